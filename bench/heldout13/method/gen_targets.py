# -*- coding: utf-8 -*-
"""Write out/targets.csv (hand-written rows, as union offices report them)."""
import csv, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'targets.csv')
COLS = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
ROWS = [
 ['CT-NA-2025-CBCS', 'LĐLĐ tỉnh Nghệ An', '2025', 'Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở', 'Cán bộ công đoàn không chuyên trách', '4.200', 'học viên', '4.386', '31/12/2025', 'Vượt kế hoạch'],
 ['CT-NA-2026-CBCS', 'LĐLĐ tỉnh Nghệ An', '2026', 'Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở', 'Cán bộ công đoàn không chuyên trách', '4.500', 'học viên', '3.912', '31/10/2026', ''],
 ['CT-NA-2026-ATVSLD', 'LĐLĐ tỉnh Nghệ An', '2026', 'Huấn luyện an toàn, vệ sinh lao động', 'Đoàn viên, người lao động', '2.000', 'người', '1.475', '31/10/2026', ''],
 ['CT-NA-2027-CBCS', 'LĐLĐ tỉnh Nghệ An', '2027', 'Bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở', 'Cán bộ công đoàn không chuyên trách', '4.800', 'học viên', '', '', 'Kế hoạch giao đầu năm'],
 ['DN-CT2025-01', 'LĐLĐ thành phố Đà Nẵng', '2025', 'Tập huấn chủ tịch CĐCS mới bầu', 'Chủ tịch CĐCS', '300', 'người', '312', '31/12/2025', ''],
 ['DN-CT2026-01', 'LĐLĐ thành phố Đà Nẵng', '2026', 'Tập huấn chủ tịch CĐCS mới bầu', 'Chủ tịch CĐCS', '350', 'người', '298', '15/11/2026', 'Tính cả khu vực Quảng Nam cũ từ 01/7/2025'],
 ['DN-CT2027-01', 'LĐLĐ thành phố Đà Nẵng', '2027', 'Tập huấn chủ tịch CĐCS mới bầu', 'Chủ tịch CĐCS', '520', 'người', '', '', ''],
 ['HCM-2026-DT', 'LĐLĐ TP.HCM', '2026', 'Đào tạo, bồi dưỡng cán bộ công đoàn các cấp', '', '12.000', 'lượt', '10.458', '31/10/2026', ''],
 ['HCM-2026-LOP', 'LĐLĐ TP.HCM', '2026', 'Số lớp tập huấn do LĐLĐ Thành phố tổ chức', '', '150', 'lớp', '131', '31/10/2026', ''],
 ['HCM-NK-2023-2028', 'LĐLĐ TP.HCM', '2023-2028', 'Cán bộ công đoàn chuyên trách được bồi dưỡng lý luận, nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '100', '%', '86,5', '30/06/2026', 'Chỉ tiêu nhiệm kỳ'],
 ['LS-2026-CBCD', 'LĐLĐ tỉnh Lạng Sơn', '2026', 'Tập huấn nghiệp vụ cho cán bộ công đoàn', '', '2.600', 'học viên', '2.704', '15/11/2026', 'Đã vượt chỉ tiêu'],
 ['LS-2027-CBCD', 'LĐLĐ tỉnh Lạng Sơn', '2027', 'Tập huấn nghiệp vụ cho cán bộ công đoàn', '', '2.800', 'học viên', '', '', ''],
 ['LS-NK-GVKC', 'LĐLĐ tỉnh Lạng Sơn', '2023–2028', 'Bồi dưỡng giảng viên kiêm chức', 'Giảng viên kiêm chức', '60', 'người', '41', '30/09/2026', ''],
 ['BN-2026-ATVSLD', 'LĐLĐ tỉnh Bắc Ninh', '2026', 'Tập huấn ATVSLĐ cho đoàn viên, người lao động', 'Đoàn viên, người lao động', '6.000', 'người', '5.130', '31/10/2026', ''],
 ['BN-KCN-2026', 'Công đoàn các KCN tỉnh Bắc Ninh', '2026', 'Bồi dưỡng cán bộ CĐCS doanh nghiệp FDI', '', '1.200', 'học viên', '1.266', '31/10/2026', ''],
 ['BN-KCN-2027', 'Công đoàn các KCN tỉnh Bắc Ninh', '2027', 'Bồi dưỡng cán bộ CĐCS doanh nghiệp FDI', '', '1.500', 'học viên', '', '', ''],
 ['CM-2025-TCCD', 'LĐLĐ tỉnh Cà Mau', '2025', 'Tập huấn nghiệp vụ tài chính cho kế toán, thủ quỹ CĐCS', '', '400', 'người', '431', '31/12/2025', ''],
 ['CM-2026-TCCD', 'LĐLĐ tỉnh Cà Mau', '2026', 'Tập huấn nghiệp vụ tài chính cho kế toán, thủ quỹ CĐCS', '', '420', 'người', '265', '31/10/2026', ''],
 ['CTHO-2026-CBCS', 'LĐLĐ thành phố Cần Thơ', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '3.300', 'học viên', '2.845', '31/10/2026', 'Gồm cả khu vực Sóc Trăng, Hậu Giang cũ'],
 ['CTHO-2027-CBCS', 'LĐLĐ thành phố Cần Thơ', '2027', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '3.600', 'học viên', '', '', ''],
 ['KKTDNNA-2026-TL', 'Công đoàn Khu kinh tế Đông Nam Nghệ An', '2026', 'Tập huấn kỹ năng thương lượng tập thể cho chủ tịch CĐCS', 'Chủ tịch CĐCS', '180', 'người', '122', '31/10/2026', ''],
 ['GL-2026-CTM', 'LĐLĐ tỉnh Gia Lai', '2026', 'Tỷ lệ chủ tịch CĐCS mới được tập huấn nghiệp vụ', 'Chủ tịch CĐCS', '95', '%', '88,4', '31/10/2026', ''],
 ['DLK-2026-CBCS', 'LĐLĐ tỉnh Đắk Lắk', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '2.900', 'học viên', '2.311', '31/10/2026', ''],
 ['TH-2025-CBCS', 'LĐLĐ tỉnh Thanh Hóa', '2025', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '5.000', 'học viên', '5.214', '31/12/2025', ''],
 ['TH-2026-CBCS', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '5.200', 'học viên', '4.987', '31/10/2026', ''],
 ['HNGD-2026-CT', 'Công đoàn ngành Giáo dục Hà Nội', '2026', 'Tập huấn nghiệp vụ cho chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '1.100', 'người', '1.032', '31/10/2026', ''],
 ['HN-2026-CBCD', 'LĐLĐ thành phố Hà Nội', '2026', 'Đào tạo, bồi dưỡng cán bộ công đoàn', '', '40.000', 'lượt', '36.870', '31/10/2026', ''],
 ['LD-2026-LOP', 'LĐLĐ tỉnh Lâm Đồng', '2026', 'Số lớp tập huấn cán bộ công đoàn', '', '64', 'lớp', '51', '31/10/2026', ''],
 ['CSDN-2026-AT', 'Công đoàn Tổng Công ty Cao su Đồng Nai', '2026', 'Huấn luyện ATVSLĐ cho người lao động', 'Đoàn viên, người lao động', '3.500', 'người', '3.500', '30/09/2026', 'Đạt 100%'],
 ['VL-2026-CBCS', 'LĐLĐ tỉnh Vĩnh Long', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '2.400', 'học viên', '1.980', '31/10/2026', 'Gồm khu vực Bến Tre, Trà Vinh cũ'],
 ['AG-2027-ATVSLD', 'LĐLĐ tỉnh An Giang', '2027', 'Tập huấn ATVSLĐ cho người lao động', '', '2.500', 'người', '', '', ''],
 ['HP-2026-CBCS', 'LĐLĐ thành phố Hải Phòng', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '4.000', 'học viên', '3.655', '31/10/2026', ''],
]
with open(OUT, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(COLS)
    w.writerows(ROWS)
print(len(ROWS), 'targets ->', OUT)
