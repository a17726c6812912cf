# Hand-written targets: (code, union as written, year, content, audience, target, unit, achieved, as_of, note)
TARGETS = [
 ("CT-HCM-2025-01", "LĐLĐ TP. Hồ Chí Minh", "2025", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "900", "học viên", "945", "31/12/2025", "Vượt kế hoạch"),
 ("CT-HCM-2025-02", "LĐLĐ TP. Hồ Chí Minh", "2025", "Số lớp tập huấn cán bộ CĐCS", "", "40", "lớp", "38", "31/12/2025", "2 lớp chuyển sang năm 2026"),
 ("CT-HCM-2026-01", "LĐLĐ TP. Hồ Chí Minh", "2026", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "950", "học viên", "620", "15/11/2026", ""),
 ("CT-HCM-2026-02", "LĐLĐ TP. Hồ Chí Minh", "2026", "Số lớp tập huấn cán bộ CĐCS", "", "45", "lớp", "36", "15/11/2026", "Còn các lớp tháng 12"),
 ("CT-KCX-2025-01", "Công đoàn các Khu chế xuất và công nghiệp TP.HCM", "2025", "Huấn luyện ATVSLĐ cho người lao động", "Đoàn viên, người lao động", "800", "học viên", "760", "31/12/2025", ""),
 ("CT-KCX-2026-01", "Công đoàn các Khu chế xuất và công nghiệp TP.HCM", "2026", "Huấn luyện ATVSLĐ cho người lao động", "Đoàn viên, người lao động", "850", "học viên", "595", "31/10/2026", "Còn 2 lớp tháng 12"),
 ("CT-KCX-2026-02", "Công đoàn các Khu chế xuất và công nghiệp TP.HCM", "2026", "Bồi dưỡng kỹ năng thương lượng tập thể", "Chủ tịch CĐCS", "200", "học viên", "150", "31/10/2026", ""),
 ("CT-DN-2025-01", "LĐLĐ tỉnh Đồng Nai", "2025", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "500", "học viên", "500", "31/12/2025", "Đạt kế hoạch"),
 ("CT-DN-2026-01", "LĐLĐ tỉnh Đồng Nai", "2026", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "600", "học viên", "420", "20/11/2026", ""),
 ("CT-DN-2026-02", "LĐLĐ tỉnh Đồng Nai", "2026", "Tập huấn công tác kiểm tra", "Ủy viên ủy ban kiểm tra", "150", "học viên", "60", "20/11/2026", "Lớp UBKT dời sang 2027"),
 ("CT-DNKCN-2025-01", "Công đoàn các KCN Đồng Nai", "2025", "Tuyên truyền pháp luật cho người lao động", "Đoàn viên, người lao động", "900", "người", "855", "31/12/2025", ""),
 ("CT-DNKCN-2026-01", "Công đoàn các KCN Đồng Nai", "2026", "Tuyên truyền pháp luật cho người lao động", "Đoàn viên, người lao động", "960", "người", "720", "15/11/2026", ""),
 ("CT-TN-2025-01", "LĐLĐ tỉnh Tây Ninh", "2025", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "400", "học viên", "360", "31/12/2025", "Số liệu gộp Long An và Tây Ninh cũ"),
 ("CT-TN-2026-01", "LĐLĐ tỉnh Tây Ninh", "2026", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "450", "học viên", "270", "31/10/2026", "Chưa tính 2 lớp tháng 12"),
 ("CT-BN-2025-01", "LĐLĐ tỉnh Bắc Ninh", "2025", "Bồi dưỡng cán bộ CĐCS mới bầu", "Ủy viên BCH công đoàn", "700", "học viên", "665", "31/12/2025", ""),
 ("CT-BN-2026-01", "LĐLĐ tỉnh Bắc Ninh", "2026", "Bồi dưỡng cán bộ CĐCS mới bầu", "Ủy viên BCH công đoàn", "750", "học viên", "450", "31/10/2026", ""),
 ("CT-BN-2026-02", "LĐLĐ tỉnh Bắc Ninh", "2026", "Tỷ lệ Chủ tịch CĐCS được bồi dưỡng nghiệp vụ", "Chủ tịch CĐCS", "100", "%", "85", "31/10/2026", ""),
 ("CT-BNKCN-2025-01", "Công đoàn các KCN tỉnh Bắc Ninh", "2025", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên", "", "600", "học viên", "570", "31/12/2025", ""),
 ("CT-BNKCN-2026-01", "Công đoàn các KCN tỉnh Bắc Ninh", "2026", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên", "", "640", "học viên", "512", "15/11/2026", ""),
 ("CT-HP-2025-01", "LĐLĐ TP Hải Phòng", "2025", "Số lớp tập huấn cán bộ công đoàn", "", "30", "lớp", "30", "31/12/2025", "Đạt 100%"),
 ("CT-HP-2026-01", "LĐLĐ TP Hải Phòng", "2026", "Số lớp tập huấn cán bộ công đoàn", "", "32", "lớp", "24", "31/10/2026", ""),
 ("CT-HP-2026-02", "LĐLĐ TP Hải Phòng", "2026", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "500", "học viên", "350", "31/10/2026", ""),
 ("CT-HY-2025-01", "LĐLĐ tỉnh Hưng Yên", "2025", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "300", "học viên", "240", "31/12/2025", "Chưa đạt do sáp nhập tỉnh"),
 ("CT-HY-2026-01", "LĐLĐ tỉnh Hưng Yên", "2026", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "320", "học viên", "256", "15/11/2026", ""),
 ("CT-HN-2025-01", "LĐLĐ thành phố Hà Nội", "2025", "Số lớp bồi dưỡng cán bộ công đoàn", "", "33", "lớp", "33", "31/12/2025", ""),
 ("CT-HN-2026-01", "LĐLĐ thành phố Hà Nội", "2026", "Số lớp bồi dưỡng cán bộ công đoàn", "", "35", "lớp", "28", "31/10/2026", ""),
 ("CT-HN-2026-02", "LĐLĐ thành phố Hà Nội", "2026", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", "Chủ tịch CĐCS", "800", "học viên", "560", "31/10/2026", ""),
 ("CT-QN-2025-01", "LĐLĐ tỉnh Quảng Ninh", "2025", "Tập huấn công tác nữ công", "", "200", "học viên", "180", "31/12/2025", ""),
 ("CT-QN-2026-01", "LĐLĐ tỉnh Quảng Ninh", "2026", "Tập huấn công tác nữ công", "", "200", "học viên", "90", "15/11/2026", "Lớp trực tuyến tháng 1/2027 chưa tính"),
 ("CT-GD-2026-01", "Công đoàn ngành Giáo dục TP.HCM", "2026", "Bồi dưỡng Chủ tịch công đoàn trường học", "Chủ tịch CĐCS", "400", "học viên", "300", "15/11/2026", ""),
]

def write(path):
    import csv
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["BAN TỔ CHỨC - TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"] + [""] * 9)
        w.writerow(["CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 VÀ 2026 (số liệu các đơn vị báo cáo)"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt", "Tính đến ngày", "Ghi chú"])
        for t in TARGETS:
            w.writerow(list(t))

if __name__ == "__main__":
    import os
    write(os.path.join(os.path.dirname(__file__), "..", "targets.csv"))
