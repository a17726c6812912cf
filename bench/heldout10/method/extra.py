"""Hand-written rows: batches (đợt), look-alike titles, edge cases around 'today' (23/11/2026 09:00),
and the targets table."""
C = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Đơn vị phối hợp", "Tỉnh/Thành phố", "Địa điểm",
     "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số ngày", "Số chỗ", "Trạng thái", "Ghi chú"]
_R = [
 # Quảng Ninh - three batches of the same class
 ("QN-NVCS-2027-D1", "Tập huấn nghiệp vụ CĐCS năm 2027 (đợt 1)", "Nghiệp vụ CĐ", "Chủ tịch, PCT CĐCS", "LĐLĐ tỉnh Quảng Ninh", "", "Quảng Ninh", "Hội trường LĐLĐ tỉnh, phường Hạ Long", "", "8-10/12/2026", "", "01/12/2026", "3", "120", "Mở đăng ký", "Đợt 1 cho CĐCS khu vực Hạ Long, Cẩm Phả."),
 ("QN-NVCS-2027-D2", "Tập huấn nghiệp vụ CĐCS năm 2027 (đợt 2)", "Nghiệp vụ CĐ", "Chủ tịch, PCT CĐCS", "LĐLĐ tỉnh Quảng Ninh", "", "Quảng Ninh", "Trung tâm Chính trị TP Móng Cái cũ", "", "12/01/2027 08:00", "14/01/2027 16:30", "05/01/2027", "3", "120", "Mở đăng ký", "Đợt 2 cho khu vực Móng Cái, Tiên Yên."),
 ("QN-NVCS-2027-D3", "Tập huấn nghiệp vụ CĐCS năm 2027 (đợt 3)", "Nghiệp vụ CĐ", "Chủ tịch, PCT CĐCS", "LĐLĐ tỉnh Quảng Ninh", "", "Quảng Ninh", "Uông Bí", "", "Tháng 3/2027", "", "", "3", "120", "Dự kiến", ""),
 # HCM - new chairs, batch 1 finished, batch 2 coming
 ("HCM-CTM-D1", "Bồi dưỡng Chủ tịch CĐCS mới nhiệm kỳ 2023-2028 - đợt 1", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS mới", "LĐLĐ TP Hồ Chí Minh", "Trường Đại học Tôn Đức Thắng", "Hồ Chí Minh", "Trường Cán bộ CĐ TP, quận 3 cũ", "", "20/10/2026", "22/10/2026", "", "3", "150", "Đã kết thúc", ""),
 ("HCM-CTM-D2", "Bồi dưỡng Chủ tịch CĐCS mới nhiệm kỳ 2023-2028 - đợt 2", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS mới", "LĐLĐ TP Hồ Chí Minh", "Trường Đại học Tôn Đức Thắng", "Hồ Chí Minh", "Trung tâm văn hóa phường Thủ Dầu Một (Bình Dương cũ)", "", "15/12/2026", "17/12/2026", "08/12/2026", "3", "150", "Mở đăng ký", "Ưu tiên CĐCS khu vực Bình Dương cũ."),
 ("HCM-CTM-D3", "Bồi dưỡng Chủ tịch CĐCS mới nhiệm kỳ 2023-2028 - đợt 3", "Nghiệp vụ công tác công đoàn", "Chủ tịch CĐCS mới", "LĐLĐ TP Hồ Chí Minh", "", "Hồ Chí Minh", "Hội trường phường Vũng Tàu (Bà Rịa - Vũng Tàu cũ)", "Kết hợp (trực tiếp và trực tuyến)", "9-11/3/2027", "", "28/02/2027", "3", "150", "Mở đăng ký", "Điểm cầu trực tuyến tại các phường."),
 # Thanh Hóa / Nghệ An collective bargaining (look-alike titles)
 ("TH-TLTT-2026-12", "Tập huấn kỹ năng thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS; Ủy viên BCH", "CĐ KKT Nghi Sơn và các KCN", "", "Thanh Hóa", "Nhà văn hóa CN KKT Nghi Sơn", "", "03/12 - 04/12/2026", "", "28/11/2026", "2", "80", "", ""),
 ("TH-TLTT-2027-01", "Tập huấn kỹ năng thương lượng tập thể", "Đối thoại, TLTT", "CT, PCT CĐCS doanh nghiệp", "LĐLĐ tỉnh Thanh Hóa", "Sở Nội vụ", "Thanh Hóa", "Hội trường LĐLĐ tỉnh Thanh Hóa", "", "19-21/01/2027", "", "12/01/2027", "3", "100", "Mở đăng ký", ""),
 ("NA-TLTT-2026-12", "Tập huấn kỹ năng thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS", "CĐ KKT Đông Nam Nghệ An", "", "Nghệ An", "Nhà văn hóa CN KCN VSIP Nghệ An", "", "10/12/2026", "11/12/2026", "05/12/2026", "2", "60", "Mở đăng ký", ""),
 ("NA-TLTT-2027-Q1", "Kỹ năng đối thoại tại nơi làm việc", "Đối thoại, thương lượng tập thể", "CT, PCT CĐCS", "LĐLĐ tỉnh Nghệ An", "", "Nghệ An", "Hội trường LĐLĐ tỉnh Nghệ An", "", "Quý I/2027", "", "", "2", "80", "Dự kiến", ""),
 # edge cases around today 23/11/2026 09:00
 ("DN-ATVS-2311", "Huấn luyện an toàn, vệ sinh lao động (buổi chiều)", "ATVSLĐ", "An toàn vệ sinh viên, đoàn viên", "CĐ các KCN Đà Nẵng", "", "Đà Nẵng", "Hội trường LĐLĐ thành phố Đà Nẵng", "", "23/11/2026 13:30", "23/11/2026 17:00", "20/11/2026", "1", "70", "Mở đăng ký", "Lớp học chiều nay."),
 ("CT-ATVS-2311", "Huấn luyện an toàn, vệ sinh lao động", "ATVSLĐ", "Đoàn viên, NLĐ", "CĐ các KCN Cần Thơ", "", "Cần Thơ", "KCN Trà Nóc", "", "23/11/2026 07:30", "24/11/2026", "", "2", "70", "Mở đăng ký", "Đang học."),
 ("HN-NC-2026-1124", "Tập huấn nghiệp vụ công tác nữ công", "Nữ công", "Trưởng ban nữ công CĐCS", "CĐ các KCN và chế xuất Hà Nội", "", "Hà Nội", "Nhà văn hóa CN KCN Thăng Long", "", "24/11/2026", "25/11/2026", "23/11/2026 17:00", "2", "60", "Mở đăng ký", "Hạn chót chiều nay."),
 ("HN-NC-2026-1201", "Tập huấn nghiệp vụ công tác nữ công", "Công tác nữ công, BĐG", "Ban nữ công; Chủ tịch CĐCS", "CĐ ngành Giáo dục Hà Nội", "", "Hà Nội", "Trường Trung cấp Công đoàn Hà Nội", "Trực tuyến", "01/12/2026", "", "20/11/2026", "1", "300", "Mở đăng ký", "Hết hạn đăng ký; liên hệ CĐ ngành."),
 # online classes across the country (next month)
 ("TLD-CDS-2612", "Ứng dụng AI trong công tác công đoàn", "Chuyển đổi số", "Cán bộ CĐ chuyên trách", "LĐLĐ tỉnh Gia Lai", "", "Gia Lai", "Trực tuyến qua Zoom", "Trực tuyến", "16/12/2026 14:00", "", "14/12/2026", "1", "500", "Mở đăng ký", "Link Zoom gửi trước 1 ngày."),
 ("AG-TC-2612-ONL", "Hướng dẫn quyết toán tài chính CĐ năm 2026", "Tài chính công đoàn", "Kế toán, thủ quỹ CĐCS", "LĐLĐ tỉnh An Giang", "", "An Giang", "Google Meet", "Trực tuyến", "22/12/2026", "", "18/12/2026", "1", "400", "Mở đăng ký", ""),
 # cancelled look-alike and re-planned
 ("KH-TLTT-HUY", "Tập huấn kỹ năng thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS", "LĐLĐ tỉnh Khánh Hòa", "", "Khánh Hòa", "Hội trường LĐLĐ tỉnh, phường Nha Trang", "", "07/12/2026", "08/12/2026", "", "2", "60", "Đã hủy", "Lùi sang năm 2027."),
 ("KH-TLTT-2027", "Tập huấn kỹ năng thương lượng tập thể", "Thương lượng tập thể", "Chủ tịch CĐCS", "LĐLĐ tỉnh Khánh Hòa", "", "Khánh Hòa", "Hội trường LĐLĐ tỉnh, phường Nha Trang", "", "Tháng 3/2027", "", "", "2", "60", "Dự kiến", "Tổ chức lại lớp đã hủy tháng 12/2026."),
 # Tuyên Quang / Hà Giang cũ
 ("TQ-PTDV-HG-D1", "Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS (đợt 1)", "PTĐV", "Cán bộ CĐ cấp trên cơ sở", "CĐ phường Hà Giang 1", "", "Tuyên Quang", "Nhà văn hóa phường Hà Giang 1 (Hà Giang cũ)", "", "Từ 02/12 đến 03/12/2026", "", "27/11/2026", "2", "50 người", "Mở đăng ký", ""),
 ("TQ-PTDV-HG-D2", "Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS (đợt 2)", "PTĐV", "Cán bộ CĐ cấp trên cơ sở", "CĐ phường Hà Giang 1", "", "Tuyên Quang", "Trường Chính trị tỉnh cơ sở 2 (Hà Giang cũ)", "", "14/4/2027", "", "", "2", "50 người", "Mở đăng ký", ""),
 # Lạng Sơn giảng viên kiêm chức (seed-like)
 ("LS-GVKC-2027", "Bồi dưỡng giảng viên kiêm chức công đoàn", "Kỹ năng sư phạm", "Giảng viên kiêm chức", "LĐLĐ tỉnh Lạng Sơn", "Ban Tổ chức Tổng LĐLĐ", "Lạng Sơn", "Hội trường LĐLĐ tỉnh Lạng Sơn", "", "25-27/01/2027", "", "15/01/2027", "3", "25", "Mở đăng ký", "Dành cho CT, PCT LĐLĐ cấp xã cũ và CĐ ngành."),
 # Bắc Ninh KCN TLTT batches across Bắc Giang cũ
 ("BN-TLTT-KCN-D1", "Nâng cao kỹ năng đàm phán, thương lượng tập thể ký TƯLĐTT đợt 1", "TLTT", "Chủ tịch CĐCS doanh nghiệp FDI", "CĐ các KCN tỉnh Bắc Ninh", "", "Bắc Ninh", "Nhà văn hóa CN KCN Yên Phong", "", "26/11/2026", "27/11/2026", "24/11/2026", "2", "90", "Mở đăng ký", ""),
 ("BN-TLTT-KCN-D2", "Nâng cao kỹ năng đàm phán, thương lượng tập thể ký TƯLĐTT đợt 2", "TLTT", "Chủ tịch CĐCS doanh nghiệp FDI", "CĐ KCN Quang Châu", "", "Bắc Ninh", "Nhà văn hóa CN KCN Quang Châu (Bắc Giang cũ)", "Kết hợp (trực tiếp và trực tuyến)", "2027-01-07", "2027-01-08", "2027-01-04", "2", "90", "", ""),
]
ROWS = [dict(zip(C, r)) for r in _R]

TARGETS = [
 # code, unit, year, content, audience, target, unit of measure, achieved, as of, note
 ("CT-TH-2025-CTCS", "LĐLĐ tỉnh Thanh Hóa", "2025", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.200", "học viên", "1.236", "31/12/2025", "Vượt kế hoạch"),
 ("CT-TH-2026-CTCS", "LĐLĐ tỉnh Thanh Hóa", "2026", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.300", "học viên", "865", "31/10/2026", ""),
 ("CT-TH-2026-TLTT", "LĐLĐ tỉnh Thanh Hóa", "2026", "Tập huấn kỹ năng đối thoại, thương lượng tập thể", "Ủy viên BCH công đoàn", "18", "lớp", "11", "31/10/2026", ""),
 ("CT-TH-2027-CTCS", "LĐLĐ tỉnh Thanh Hóa", "2027", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.400", "học viên", "", "", "Kế hoạch"),
 ("CT-NA-2025-CBCD", "LĐLĐ tỉnh Nghệ An", "2025", "Tập huấn cán bộ CĐ không chuyên trách", "Cán bộ công đoàn không chuyên trách", "2.500", "lượt người", "2.310", "31/12/2025", "Chưa đạt"),
 ("CT-NA-2026-CBCD", "LĐLĐ tỉnh Nghệ An", "2026", "Tập huấn cán bộ CĐ không chuyên trách", "Cán bộ công đoàn không chuyên trách", "2.600", "lượt người", "1.985", "15/11/2026", ""),
 ("CT-NA-2026-NC", "LĐLĐ tỉnh Nghệ An", "2026", "Bồi dưỡng nghiệp vụ công tác nữ công", "", "90", "%", "72,5", "15/11/2026", "Tỷ lệ trưởng ban nữ công được bồi dưỡng"),
 ("CT-QN-2026-ATVSLD", "LĐLĐ tỉnh Quảng Ninh", "2026", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên", "Đoàn viên, người lao động", "4.000", "người", "4.215", "31/10/2026", "Vượt"),
 ("CT-QN-2027-NV", "LĐLĐ tỉnh Quảng Ninh", "2027", "Tập huấn nghiệp vụ CĐCS (3 đợt)", "Chủ tịch CĐCS", "360", "học viên", "", "", ""),
 ("CT-QN-2025-NV", "LĐLĐ tỉnh Quảng Ninh", "2025", "Tập huấn nghiệp vụ CĐCS", "Chủ tịch CĐCS", "350", "học viên", "341", "31/12/2025", ""),
 ("CT-HCM-2026-CTM", "LĐLĐ TP Hồ Chí Minh", "2026", "Bồi dưỡng Chủ tịch CĐCS mới", "Chủ tịch CĐCS", "3.580", "học viên", "2.140", "31/10/2026", "Gồm khu vực Bình Dương, Bà Rịa - Vũng Tàu cũ"),
 ("CT-HCM-2026-PTDV", "LĐLĐ TP Hồ Chí Minh", "2026", "Phát triển đoàn viên", "", "60.000", "đoàn viên", "47.820", "31/10/2026", ""),
 ("CT-HCM-2025-CTM", "LĐLĐ TP Hồ Chí Minh", "2025", "Bồi dưỡng Chủ tịch CĐCS mới", "Chủ tịch CĐCS", "2.000", "học viên", "2.450", "31/12/2025", "Vượt kế hoạch"),
 ("CT-HCM-2027-CTM", "LĐLĐ TP Hồ Chí Minh", "2027", "Bồi dưỡng Chủ tịch CĐCS mới", "Chủ tịch CĐCS", "3.000", "học viên", "", "", ""),
 ("CT-HN-2026-CBCD", "LĐLĐ thành phố Hà Nội", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.600", "học viên", "3.120", "31/10/2026", ""),
 ("CT-HN-2025-CBCD", "LĐLĐ thành phố Hà Nội", "2025", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.500", "học viên", "3.702", "31/12/2025", "Đạt 105,8%"),
 ("CT-HN-2026-NC", "LĐLĐ thành phố Hà Nội", "2026", "Tập huấn nghiệp vụ nữ công", "", "40", "lớp", "31", "31/10/2026", ""),
 ("CT-LS-2026-GVKC", "LĐLĐ tỉnh Lạng Sơn", "2026", "Bồi dưỡng giảng viên kiêm chức", "Giảng viên kiêm chức", "25", "người", "0", "31/10/2026", "Lớp chuyển sang tháng 1/2027"),
 ("CT-LS-2026-KCT", "LĐLĐ tỉnh Lạng Sơn", "2026", "Bồi dưỡng, tập huấn CBCĐ không chuyên trách", "Cán bộ công đoàn không chuyên trách", "70", "%", "64,2", "31/10/2026", ""),
 ("CT-LS-2027-KCT", "LĐLĐ tỉnh Lạng Sơn", "2027", "Bồi dưỡng, tập huấn CBCĐ không chuyên trách", "Cán bộ công đoàn không chuyên trách", "75", "%", "", "", ""),
 ("CT-BN-KCN-2026", "CĐ các KCN tỉnh Bắc Ninh", "2026", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp FDI", "Chủ tịch CĐCS", "450", "học viên", "388", "15/11/2026", ""),
 ("CT-BN-KCN-2027", "CĐ các KCN tỉnh Bắc Ninh", "2027", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp FDI", "Chủ tịch CĐCS", "500", "học viên", "", "", ""),
 ("CT-DN-2026-ATVSLD", "LĐLĐ thành phố Đà Nẵng", "2026", "Huấn luyện ATVSLĐ", "Đoàn viên, người lao động", "2.200", "người", "2.050", "31/10/2026", "Gồm khu vực Quảng Nam cũ"),
 ("CT-DN-2025-ATVSLD", "LĐLĐ thành phố Đà Nẵng", "2025", "Huấn luyện ATVSLĐ", "Đoàn viên, người lao động", "1.800", "người", "1.790", "31/12/2025", ""),
 ("CT-CTH-2026-NV", "LĐLĐ thành phố Cần Thơ", "2026", "Tập huấn nghiệp vụ cho cán bộ CĐCS", "Ủy viên BCH công đoàn", "1.500", "học viên", "1.120", "31/10/2026", "Gồm Sóc Trăng, Hậu Giang cũ"),
 ("CT-CTH-2027-NV", "LĐLĐ thành phố Cần Thơ", "2027", "Tập huấn nghiệp vụ cho cán bộ CĐCS", "Ủy viên BCH công đoàn", "1.800", "học viên", "", "", ""),
 ("CT-GD-NA-2026", "CĐ ngành Giáo dục Nghệ An", "2026", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS trường học", "Chủ tịch CĐCS", "420", "học viên", "405", "15/11/2026", ""),
 ("CT-TQ-2026-PTDV", "LĐLĐ tỉnh Tuyên Quang", "2026", "Tập huấn phát triển đoàn viên, thành lập CĐCS", "Cán bộ công đoàn cấp trên cơ sở", "6", "lớp", "4", "31/10/2026", "Gồm Hà Giang cũ"),
 ("CT-AG-2026-TC", "LĐLĐ tỉnh An Giang", "2026", "Tập huấn tài chính công đoàn", "", "800", "học viên", "610", "31/10/2026", ""),
 ("CT-GL-2026-CDS", "LĐLĐ tỉnh Gia Lai", "2026", "Tập huấn chuyển đổi số", "Cán bộ công đoàn chuyên trách", "100", "%", "83,5", "31/10/2026", ""),
 ("CT-KH-2026-TLTT", "LĐLĐ tỉnh Khánh Hòa", "2026", "Tập huấn thương lượng tập thể", "Chủ tịch CĐCS", "4", "lớp", "2", "31/10/2026", "1 lớp hủy, chuyển sang 2027"),
 ("CT-DNA-2026-KCN", "CĐ các KCN Đồng Nai", "2026", "Tập huấn pháp luật lao động cho NLĐ", "Đoàn viên, người lao động", "12.000", "lượt người", "12.480", "31/10/2026", "Vượt"),
 ("CT-PT-2026-NV", "LĐLĐ tỉnh Phú Thọ", "2026", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", "", "2.000", "học viên", "1.450", "31/10/2026", "Gồm Vĩnh Phúc, Hòa Bình cũ"),
 ("CT-HP-2026-NV", "LĐLĐ thành phố Hải Phòng", "2026", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", "", "2.800", "học viên", "2.915", "31/10/2026", "Vượt; gồm Hải Dương cũ"),
]
