# -*- coding: utf-8 -*-
"""Write targets.csv (hand-written rows; small figures so replies need no thousand separators)."""
import csv, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'targets.csv')
H = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
ROWS = [
 ['CT-NA-2025-CT', 'LĐLĐ tỉnh Nghệ An', '2025', 'Bồi dưỡng nghiệp vụ Chủ tịch, Phó Chủ tịch CĐCS', 'Chủ tịch CĐCS', '600', 'học viên', '648', '31/12/2025', 'Vượt kế hoạch'],
 ['CT-NA-2025-LOP', 'LĐLĐ tỉnh Nghệ An', '2025', 'Số lớp tập huấn nghiệp vụ công đoàn', '', '24', 'lớp', '24', '31/12/2025', ''],
 ['CT-NA-2026-CT', 'LĐLĐ tỉnh Nghệ An', '2026', 'Bồi dưỡng nghiệp vụ Chủ tịch, Phó Chủ tịch CĐCS', 'Chủ tịch CĐCS', '650', 'học viên', '520', '15/11/2026', 'Còn 2 lớp Chủ tịch CĐCS mới bầu tháng 12'],
 ['CT-NA-2026-ATVS', 'LĐLĐ tỉnh Nghệ An', '2026', 'Huấn luyện an toàn, vệ sinh lao động', '', '400', 'học viên', '310', '15/11/2026', ''],
 ['CT-NA-2328-LLCT', 'LĐLĐ tỉnh Nghệ An', '2023-2028', 'Đào tạo trung cấp lý luận chính trị cho cán bộ công đoàn chuyên trách', 'Cán bộ công đoàn chuyên trách', '60', 'người', '41', '30/06/2026', 'Nhiệm kỳ 2023-2028'],
 ['CT-TH-2025-CS', 'Liên đoàn Lao động tỉnh Thanh Hóa', '2025', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '900', 'học viên', '936', '31/12/2025', ''],
 ['CT-TH-2026-CS', 'Liên đoàn Lao động tỉnh Thanh Hóa', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '950', 'học viên', '760', '31/10/2026', ''],
 ['CT-TH-2026-NC', 'Liên đoàn Lao động tỉnh Thanh Hóa', '2026', 'Tập huấn công tác nữ công', 'Trưởng, phó ban nữ công CĐCS', '200', 'học viên', '150', '31/10/2026', 'Lớp nữ công KCN Lễ Môn hoãn sang tháng 1/2027'],
 ['CT-HT-2025', 'LĐLĐ tỉnh Hà Tĩnh', '2025', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn', '', '500', 'học viên', '455', '31/12/2025', 'Không đạt do hoãn 1 lớp'],
 ['CT-HT-2026', 'LĐLĐ tỉnh Hà Tĩnh', '2026', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn', '', '520', 'học viên', '390', '15/11/2026', ''],
 ['CT-QT-2025', 'LĐLĐ tỉnh Quảng Trị', '2025', 'Bồi dưỡng cán bộ công đoàn (gồm khu vực Quảng Bình cũ)', '', '700', 'học viên', '714', '31/12/2025', 'Số liệu gộp hai tỉnh từ 01/7/2025'],
 ['CT-QT-2026', 'LĐLĐ tỉnh Quảng Trị', '2026', 'Bồi dưỡng cán bộ công đoàn', '', '750', 'học viên', '600', '15/11/2026', ''],
 ['CT-CT-2025', 'LĐLĐ TP Cần Thơ', '2025', 'Tập huấn nghiệp vụ cán bộ công đoàn', '', '800', 'học viên', '760', '31/12/2025', 'Số liệu gồm Sóc Trăng, Hậu Giang cũ'],
 ['CT-CT-2026', 'LĐLĐ TP Cần Thơ', '2026', 'Tập huấn nghiệp vụ cán bộ công đoàn', '', '850', 'học viên', '595', '31/10/2026', ''],
 ['CT-CT-2026-LOP', 'LĐLĐ TP Cần Thơ', '2026', 'Số lớp tập huấn', '', '30', 'lớp', '21', '31/10/2026', ''],
 ['CT-VL-2025', 'LĐLĐ tỉnh Vĩnh Long', '2025', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '640', 'học viên', '672', '31/12/2025', 'Vượt chỉ tiêu'],
 ['CT-VL-2026', 'LĐLĐ tỉnh Vĩnh Long', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '700', 'học viên', '490', '15/11/2026', ''],
 ['CT-DT-2025', 'LĐLĐ tỉnh Đồng Tháp', '2025', 'Tập huấn cán bộ công đoàn', '', '560', 'học viên', '532', '31/12/2025', ''],
 ['CT-DT-2026', 'LĐLĐ tỉnh Đồng Tháp', '2026', 'Tập huấn cán bộ công đoàn', '', '600', 'học viên', '450', '15/11/2026', ''],
 ['CT-AG-2025', 'LĐLĐ tỉnh An Giang', '2025', 'Bồi dưỡng nghiệp vụ công đoàn', '', '720', 'học viên', '684', '31/12/2025', ''],
 ['CT-AG-2026', 'LĐLĐ tỉnh An Giang', '2026', 'Bồi dưỡng nghiệp vụ công đoàn', '', '760', 'học viên', '608', '15/11/2026', 'Gồm khu vực Kiên Giang cũ'],
 ['CT-CM-2025', 'LĐLĐ tỉnh Cà Mau', '2025', 'Tập huấn nghiệp vụ cán bộ công đoàn', '', '480', 'học viên', '432', '31/12/2025', ''],
 ['CT-CM-2026', 'LĐLĐ tỉnh Cà Mau', '2026', 'Tập huấn nghiệp vụ cán bộ công đoàn', '', '500', 'học viên', '350', '15/11/2026', ''],
 ['CT-TN-2025', 'LĐLĐ tỉnh Tây Ninh', '2025', 'Bồi dưỡng cán bộ công đoàn', '', '820', 'học viên', '861', '31/12/2025', ''],
 ['CT-TN-2026', 'LĐLĐ tỉnh Tây Ninh', '2026', 'Bồi dưỡng cán bộ công đoàn', '', '880', 'học viên', '704', '15/11/2026', ''],
 ['CT-GDNA-2025', 'Công đoàn Giáo dục tỉnh Nghệ An', '2025', 'Bồi dưỡng Chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '280', 'học viên', '294', '31/12/2025', ''],
 ['CT-GDNA-2026', 'Công đoàn Giáo dục tỉnh Nghệ An', '2026', 'Bồi dưỡng Chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', '300', 'học viên', '240', '15/11/2026', ''],
 ['CT-KCNTN-2025', 'Công đoàn các KCN tỉnh Tây Ninh', '2025', 'Tập huấn pháp luật cho công nhân lao động KCN', 'Đoàn viên, người lao động', '850', 'người', '816', '31/12/2025', ''],
 ['CT-KCNTN-2026', 'Công đoàn các KCN tỉnh Tây Ninh', '2026', 'Tập huấn pháp luật cho công nhân lao động KCN', 'Đoàn viên, người lao động', '900', 'người', '855', '15/11/2026', ''],
 ['CT-VCTH-2026', 'Công đoàn Viên chức tỉnh Thanh Hóa', '2026', 'Tỷ lệ Ủy viên BCH CĐCS được tập huấn', 'Ủy viên BCH công đoàn', '90', '%', '72', '31/10/2026', ''],
]
with open(OUT, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\r\n')
    w.writerow(['BẢNG CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN 2025 - 2026'] + [''] * 9)
    w.writerow(['(số liệu các đơn vị báo cáo, cập nhật đến tháng 11/2026)'] + [''] * 9)
    w.writerow(H)
    for r in ROWS:
        w.writerow(r)
    w.writerow(['Người lập biểu: Trần Thị Lập'] + [''] * 9)
print(len(ROWS), 'targets')
