# targets.csv for set 8 (hand-written rows)
import csv, os
OUT = os.path.join(os.path.dirname(__file__), '..')
T = [
 # code, unit, year, content, audience, target, uom, done, asof, note
 ('CT-THA-2025-CTCDCS', 'LĐLĐ tỉnh Thanh Hóa', '2025', 'Bồi dưỡng nghiệp vụ cho CT, PCT CĐCS', 'Chủ tịch CĐCS', '2.400', 'học viên', '2.515', '31/12/2025', 'Vượt kế hoạch'),
 ('CT-THA-2026-CTCDCS', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Bồi dưỡng nghiệp vụ cho CT, PCT CĐCS', 'Chủ tịch CĐCS', '2.600', 'học viên', '1.874', '31/10/2026', ''),
 ('CT-THA-2026-LOP', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Số lớp tập huấn do LĐLĐ tỉnh và CĐ cấp trên cơ sở tổ chức', '', '65', 'lớp', '48', '31/10/2026', ''),
 ('CT-THA-2027-CTCDCS', 'LĐLĐ tỉnh Thanh Hóa', '2027', 'Bồi dưỡng nghiệp vụ cho CT, PCT CĐCS', 'Chủ tịch CĐCS', '2.800', 'học viên', '', '', 'Giao theo QĐ đầu năm'),
 ('CT-THA-GD-2026-KT', 'CĐ ngành Giáo dục Thanh Hóa', '2026', 'Tập huấn tài chính CĐ cho kế toán CĐCS trường học', '', '640', 'người', '395', '15/11/2026', 'Đối tượng: kế toán CĐCS'),
 ('CT-NAN-2025-CBCD', 'LĐLĐ tỉnh Nghệ An', '2025', 'Tập huấn cán bộ công đoàn cơ sở', '', '3.000', 'học viên', '3.118', '31/12/2025', ''),
 ('CT-NAN-2026-CBCD', 'LĐLĐ tỉnh Nghệ An', '2026', 'Tập huấn cán bộ công đoàn cơ sở', '', '3.200', 'học viên', '2.950', '15/11/2026', ''),
 ('CT-NAN-2027-ATVSLD', 'LĐLĐ tỉnh Nghệ An', '2027', 'Huấn luyện ATVSLĐ cho ATVSV và NLĐ', 'Đoàn viên, người lao động', '1.500', 'người', '', '', ''),
 ('CT-NAN-YT-2026-NC', 'CĐ ngành Y tế Nghệ An', '2026', 'Bồi dưỡng cán bộ nữ công CĐCS', '', '260', 'người', '231', '31/10/2026', ''),
 ('CT-HTI-2026-CBCT', 'LĐLĐ tỉnh Hà Tĩnh', '2026', 'CB CĐ chuyên trách được bồi dưỡng nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '100', '%', '92,5', '31/10/2026', ''),
 ('CT-HTI-VC-2026-CT', 'CĐ Viên chức tỉnh Hà Tĩnh', '2026', 'Bồi dưỡng CT CĐCS khối HCSN', 'Chủ tịch CĐCS', '180', 'người', '156', '31/10/2026', ''),
 ('CT-QTR-2026-UBKT', 'LĐLĐ tỉnh Quảng Trị', '2026', 'Tập huấn nghiệp vụ kiểm tra cho UV UBKT CĐCS', 'Ủy viên ủy ban kiểm tra', '450', 'học viên', '212', '31/10/2026', 'Gồm cả địa bàn Quảng Bình cũ'),
 ('CT-HUE-2025-CBCD', 'LĐLĐ thành phố Huế', '2025', 'Bồi dưỡng cán bộ CĐ các cấp', '', '1.700', 'học viên', '1.702', '31/12/2025', ''),
 ('CT-HUE-2026-CBCD', 'LĐLĐ thành phố Huế', '2026', 'Bồi dưỡng cán bộ CĐ các cấp', '', '1.800', 'học viên', '1.650', '15/11/2026', ''),
 ('CT-DNG-2026-TLTT', 'LĐLĐ thành phố Đà Nẵng', '2026', 'Tập huấn đối thoại, TLTT cho CT CĐCS doanh nghiệp', 'Chủ tịch CĐCS', '900', 'học viên', '615', '31/10/2026', ''),
 ('CT-DNG-2027-CBCD', 'LĐLĐ thành phố Đà Nẵng', '2027', 'Bồi dưỡng cán bộ CĐ cơ sở (gồm địa bàn Quảng Nam cũ)', '', '4.500', 'học viên', '', '', ''),
 ('CT-DNG-2023-2028-CBCT', 'LĐLĐ thành phố Đà Nẵng', '2023-2028', 'CB CĐ chuyên trách được bồi dưỡng lý luận, nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '100', '%', '78', '30/06/2026', 'Nhiệm kỳ 2023-2028'),
 ('CT-EVNCPC-2026-AT', 'CĐ Tổng công ty Điện lực miền Trung', '2026', 'Huấn luyện ATVSLĐ cho NLĐ', 'Đoàn viên, người lao động', '2.000', 'người', '2.130', '31/10/2026', 'Vượt kế hoạch'),
 ('CT-QNG-2026-CBCD', 'LĐLĐ tỉnh Quảng Ngãi', '2026', 'Tập huấn cán bộ CĐCS (gồm địa bàn Kon Tum cũ)', '', '1.350', 'học viên', '980', '31/10/2026', ''),
 ('CT-GLA-2025-CBCD', 'LĐLĐ tỉnh Gia Lai', '2025', 'Tập huấn cán bộ CĐCS', '', '2.500', 'học viên', '2.488', '31/12/2025', 'Chưa đạt do sáp nhập'),
 ('CT-GLA-2026-CBCD', 'LĐLĐ tỉnh Gia Lai', '2026', 'Tập huấn cán bộ CĐCS', '', '2.700', 'học viên', '2.210', '31/10/2026', ''),
 ('CT-DLK-2026-CBCD', 'LĐLĐ tỉnh Đắk Lắk', '2026', 'Tập huấn cán bộ CĐCS', '', '2.900', 'học viên', '2.640', '31/10/2026', ''),
 ('CT-DLK-YT-2026-NC', 'CĐ ngành Y tế Đắk Lắk', '2026', 'Tập huấn nữ công, bình đẳng giới', '', '300', 'người', '318', '31/10/2026', ''),
 ('CT-LDO-2026-CBCD', 'LĐLĐ tỉnh Lâm Đồng', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '3.600', 'học viên', '2.755', '31/10/2026', ''),
 ('CT-LDO-2027-LOP', 'LĐLĐ tỉnh Lâm Đồng', '2027', 'Số lớp tập huấn', '', '90', 'lớp', '', '', ''),
 ('CT-KHA-2025-CBCD', 'LĐLĐ tỉnh Khánh Hòa', '2025', 'Bồi dưỡng cán bộ CĐCS', '', '1.900', 'học viên', '1.960', '31/12/2025', ''),
 ('CT-KHA-2026-CBCD', 'LĐLĐ tỉnh Khánh Hòa', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '2.100', 'học viên', '1.430', '31/10/2026', 'Hoãn 1 lớp do lũ'),
 ('CT-LSN-2026-CBCD', 'LĐLĐ tỉnh Lạng Sơn', '2026', 'Tập huấn nghiệp vụ cho CB CĐCS', '', '1.100', 'học viên', '1.005', '31/10/2026', ''),
 ('CT-NBI-2026-CBCD', 'LĐLĐ tỉnh Ninh Bình', '2026', 'Tập huấn cán bộ CĐCS (3 tỉnh cũ)', '', '3.000', 'học viên', '2.400', '31/10/2026', ''),
 ('CT-TQU-2027-GVKC', 'LĐLĐ tỉnh Tuyên Quang', '2027', 'Bồi dưỡng giảng viên kiêm chức', 'Giảng viên kiêm chức', '40', 'người', '', '', ''),
]
cols = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
with open(os.path.join(OUT, 'targets.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(cols)
    for t in T: w.writerow(t)
print(len(T), 'targets')
