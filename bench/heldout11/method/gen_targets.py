# targets.csv for set b11 (hand-chosen figures)
import csv, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'targets.csv')
T = [
 # code, unit, year, content, audience, target, uom, achieved, as-of, note
 ('CT-HN-2026-CBCD','LĐLĐ thành phố Hà Nội','2026','Bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở','','4.500','học viên','3.912','31/10/2026',''),
 ('CT-HN-2026-ATVSLD','LĐLĐ thành phố Hà Nội','2026','Huấn luyện an toàn, vệ sinh lao động','','3.200','học viên','2.874','31/10/2026','Trường Trung cấp Công đoàn Hà Nội thực hiện'),
 ('CT-HN-2025-CBCD','LĐLĐ thành phố Hà Nội','2025','Bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở','','4.200','học viên','4.356','31/12/2025','Vượt kế hoạch'),
 ('CT-HP-2026-CBCD','LĐLĐ thành phố Hải Phòng','2026','Tập huấn nghiệp vụ cho cán bộ CĐCS','','3.600','học viên','2.415','31/10/2026','Gồm cả địa bàn Hải Dương cũ'),
 ('CT-QN-2026-CBCD','LĐLĐ tỉnh Quảng Ninh','2026','Bồi dưỡng cán bộ công đoàn các cấp','','2.800','học viên','2.650','15/11/2026',''),
 ('CT-BN-2026-CTCDCS','LĐLĐ tỉnh Bắc Ninh','2026','Bồi dưỡng kỹ năng cho Chủ tịch CĐCS','Chủ tịch CĐCS','1.200','người','986','31/10/2026',''),
 ('CT-BN-2025-CTCDCS','LĐLĐ tỉnh Bắc Ninh','2025','Bồi dưỡng kỹ năng cho Chủ tịch CĐCS','Chủ tịch CĐCS','1.100','người','1.064','31/12/2025',''),
 ('CT-HY-2026-CBCD','LĐLĐ tỉnh Hưng Yên','2026','Tập huấn nghiệp vụ công tác công đoàn','','2.400','học viên','1.730','31/10/2026',''),
 ('CT-NB-2026-CBCD','LĐLĐ tỉnh Ninh Bình','2026','Tập huấn nghiệp vụ cán bộ CĐCS','','3.000','học viên','2.118','31/10/2026','Sau hợp nhất Hà Nam, Nam Định, Ninh Bình'),
 ('CT-NB-2026-LOP','LĐLĐ tỉnh Ninh Bình','2026','Số lớp tập huấn do LĐLĐ tỉnh tổ chức','','40','lớp','29','31/10/2026',''),
 ('CT-PT-2026-CBCD','LĐLĐ tỉnh Phú Thọ','2026','Bồi dưỡng nghiệp vụ cán bộ công đoàn','','3.300','học viên','2.970','31/10/2026',''),
 ('CT-PT-2025-CBCD','LĐLĐ tỉnh Phú Thọ','2025','Bồi dưỡng nghiệp vụ cán bộ công đoàn','','3.000','học viên','2.745','31/12/2025','Năm đầu sau hợp nhất'),
 ('CT-TN-2026-CBCD','LĐLĐ tỉnh Thái Nguyên','2026','Tập huấn cán bộ CĐCS','','2.100','học viên','1.544','31/10/2026',''),
 ('CT-TQ-2026-CBCD','LĐLĐ tỉnh Tuyên Quang','2026','Bồi dưỡng cán bộ công đoàn cơ sở','','1.500','học viên','1.322','31/10/2026',''),
 ('CT-LC-2026-CBCD','LĐLĐ tỉnh Lào Cai','2026','Bồi dưỡng cán bộ công đoàn cơ sở','','1.600','học viên','1.187','31/10/2026',''),
 ('CT-LS-2026-CBCD','LĐLĐ tỉnh Lạng Sơn','2026','Bồi dưỡng nghiệp vụ CBCĐ không chuyên trách','','70','%','64,5','31/10/2026',''),
 ('CT-LS-2025-CBCD','LĐLĐ tỉnh Lạng Sơn','2025','Bồi dưỡng nghiệp vụ CBCĐ không chuyên trách','','70','%','71,2','31/12/2025','Đạt chỉ tiêu'),
 ('CT-CB-2026-CBCD','LĐLĐ tỉnh Cao Bằng','2026','Tập huấn nghiệp vụ cán bộ CĐCS','','900','học viên','812','31/10/2026',''),
 ('CT-DB-2026-CBCD','LĐLĐ tỉnh Điện Biên','2026','Tập huấn nghiệp vụ cán bộ CĐCS','','850','học viên','590','31/10/2026',''),
 ('CT-LCH-2026-CBCD','LĐLĐ tỉnh Lai Châu','2026','Tập huấn nghiệp vụ cán bộ CĐCS','','700','học viên','655','31/10/2026',''),
 ('CT-SL-2026-CBCD','LĐLĐ tỉnh Sơn La','2026','Bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở','','1.400','học viên','1.090','31/10/2026',''),
 ('CT-TH-2026-CBCD','LĐLĐ tỉnh Thanh Hóa','2026','Bồi dưỡng nghiệp vụ cán bộ CĐCS','','5.200','học viên','4.037','31/10/2026',''),
 ('CT-TH-2025-CBCD','LĐLĐ tỉnh Thanh Hóa','2025','Bồi dưỡng nghiệp vụ cán bộ CĐCS','','5.000','học viên','5.138','31/12/2025','Vượt kế hoạch'),
 ('CT-NA-2026-CBCD','LĐLĐ tỉnh Nghệ An','2026','Bồi dưỡng nghiệp vụ cán bộ CĐCS','','4.800','học viên','3.365','31/10/2026',''),
 ('CT-NA-2027-CBCD','LĐLĐ tỉnh Nghệ An','2027','Bồi dưỡng nghiệp vụ cán bộ CĐCS','','5.000','học viên','','','Kế hoạch năm 2027'),
 ('CT-HT-2026-CBCD','LĐLĐ tỉnh Hà Tĩnh','2026','Tập huấn cán bộ công đoàn cơ sở','','2.000','học viên','1.876','31/10/2026',''),
 ('CT-HT-2026-KKT','Công đoàn KKT tỉnh Hà Tĩnh','2026','Tập huấn ATVSLĐ cho người lao động khu kinh tế','','1.500','người','1.210','31/10/2026',''),
 ('CT-KCNHN-2026-PTDV','Công đoàn các KCN và chế xuất Hà Nội','2026','Phát triển đoàn viên mới','','6.000','đoàn viên','5.240','31/10/2026',''),
 ('CT-GDHN-2026-CBCD','Công đoàn ngành Giáo dục Hà Nội','2026','Tập huấn nghiệp vụ cho Chủ tịch CĐCS trường học','Chủ tịch CĐCS','950','người','948','31/10/2026',''),
 ('CT-TH-2023-2028-CDCT','LĐLĐ tỉnh Thanh Hóa','2023-2028','Cán bộ CĐ chuyên trách được bồi dưỡng lý luận, nghiệp vụ','Cán bộ công đoàn chuyên trách','100','%','82','31/10/2026','Nhiệm kỳ 2023-2028'),
 ('CT-BN-2026-KCN','Công đoàn các KCN tỉnh Bắc Ninh','2026','Tập huấn kỹ năng đối thoại, thương lượng tập thể','','800','học viên','455','31/10/2026',''),
 ('CT-QN-2027-CBCD','LĐLĐ tỉnh Quảng Ninh','2027','Bồi dưỡng cán bộ công đoàn các cấp','','3.000','học viên','','','Kế hoạch năm 2027'),
]
with open(OUT, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['Mã chỉ tiêu','Đơn vị','Năm','Nội dung','Đối tượng','Chỉ tiêu','Đơn vị tính','Đã đạt','Tính đến ngày','Ghi chú'])
    w.writerows(T)
print(len(T), 'targets')
