#!/usr/bin/env python3
"""Write ../targets.csv (hand-written rows, as provincial offices type them)."""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

COLS = ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt",
        "Tính đến ngày", "Ghi chú"]
ROWS = [
 ("CT-CTHO-2025-CTCS", "LĐLĐ TP Cần Thơ", "2025", "Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.600", "học viên", "1.655", "31/12/2025", "Vượt kế hoạch"),
 ("CT-CTHO-2026-CTCS", "LĐLĐ TP Cần Thơ", "2026", "Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.850", "học viên", "1.412", "31/10/2026", "Gồm cả khu vực Sóc Trăng, Hậu Giang cũ"),
 ("CT-CTHO-2027-CTCS", "LĐLĐ TP Cần Thơ", "2027", "Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "2.000", "học viên", "", "", "Dự kiến"),
 ("CT-KCNCT-2026-ATVSV", "Công đoàn các KCN Cần Thơ", "2026", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên", "", "1.200", "người", "964", "15/11/2026", ""),
 ("CT-AG-2025-CBCS", "Liên đoàn Lao động tỉnh An Giang", "2025", "Tập huấn cán bộ công đoàn cơ sở", "", "4.200", "học viên", "4.305", "31/12/2025", ""),
 ("CT-AG-2026-CBCS", "Liên đoàn Lao động tỉnh An Giang", "2026", "Tập huấn cán bộ công đoàn cơ sở", "", "4.500", "học viên", "3.912", "31/10/2026", "Sau hợp nhất với Kiên Giang"),
 ("CT-GDAG-2026-BCH", "CĐ ngành Giáo dục An Giang", "2026", "Bồi dưỡng ủy viên BCH CĐCS trường học", "Ủy viên BCH công đoàn", "900", "học viên", "655", "31/10/2026", ""),
 ("CT-DT-2026-CBCS", "LĐLĐ tỉnh Đồng Tháp", "2026", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", "", "3.200", "học viên", "2.748", "31/10/2026", ""),
 ("CT-DT-2026-KCT", "LĐLĐ tỉnh Đồng Tháp", "2026", "Tỷ lệ cán bộ CĐ không chuyên trách được tập huấn", "Cán bộ công đoàn không chuyên trách", "75", "%", "68,5", "31/10/2026", ""),
 ("CT-VL-2025-CBCS", "LĐLĐ tỉnh Vĩnh Long", "2025", "Tập huấn, bồi dưỡng cán bộ công đoàn", "", "4.800", "lượt học viên", "4.650", "31/12/2025", "Chưa đạt"),
 ("CT-VL-2026-CBCS", "LĐLĐ tỉnh Vĩnh Long", "2026", "Tập huấn, bồi dưỡng cán bộ công đoàn", "", "5.100", "lượt học viên", "4.020", "31/10/2026", ""),
 ("CT-CM-2026-HV", "LĐLĐ tỉnh Cà Mau", "2026", "Học viên các lớp tập huấn cán bộ CĐCS", "", "2.400", "học viên", "2.515", "15/11/2026", "Đã vượt chỉ tiêu"),
 ("CT-CM-2026-LOP", "LĐLĐ tỉnh Cà Mau", "2026", "Số lớp tập huấn cán bộ CĐCS", "", "48", "lớp", "41", "15/11/2026", ""),
 ("CT-TNI-2026-CBCS", "LĐLĐ tỉnh Tây Ninh", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "3.600", "học viên", "2.950", "31/10/2026", ""),
 ("CT-KCNTN-2026-TLTT", "Công đoàn các KCN Tây Ninh", "2026", "Tập huấn thương lượng tập thể cho Chủ tịch CĐCS doanh nghiệp", "Chủ tịch CĐCS", "350", "người", "212", "31/10/2026", ""),
 ("CT-DN-2026-CBCS", "LĐLĐ tỉnh Đồng Nai", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "6.000", "học viên", "5.240", "31/10/2026", ""),
 ("CT-KCNDN-2026-FDI", "Công đoàn các KCN Đồng Nai", "2026", "Tập huấn cán bộ CĐCS doanh nghiệp FDI", "", "1.500", "học viên", "1.180", "31/10/2026", ""),
 ("CT-HCM-2025-CBCS", "LĐLĐ TP.HCM", "2025", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "11.500", "học viên", "11.920", "31/12/2025", "Vượt 3,7%"),
 ("CT-HCM-2026-CBCS", "LĐLĐ TP.HCM", "2026", "Bồi dưỡng cán bộ công đoàn cơ sở", "", "12.000", "học viên", "10.875", "31/10/2026", "Gồm Bình Dương, Bà Rịa - Vũng Tàu cũ"),
 ("CT-HCM-2026-2028-CTCS", "LĐLĐ TP.HCM", "2026-2028", "Chủ tịch CĐCS nhiệm kỳ mới được bồi dưỡng nghiệp vụ", "Chủ tịch CĐCS", "100", "%", "46,2", "31/10/2026", "Cả nhiệm kỳ"),
 ("CT-GDHCM-2026-CBCS", "CĐ ngành Giáo dục TP.HCM", "2026", "Tập huấn cán bộ CĐCS trường học", "", "2.800", "học viên", "2.105", "31/10/2026", ""),
 ("CT-KCXHCM-2026-CBCS", "Công đoàn các KCX-KCN TP.HCM", "2026", "Tập huấn cán bộ CĐCS doanh nghiệp", "", "3.000", "người", "2.460", "31/10/2026", ""),
 ("CT-NK-2026-CBCS", "Công đoàn phường Ninh Kiều", "2026", "Tập huấn cán bộ CĐCS trên địa bàn phường", "", "300", "học viên", "188", "31/10/2026", ""),
]


def main():
    with open(os.path.join(OUT, "targets.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(COLS)
        w.writerows(ROWS)
    print(len(ROWS), "targets")


if __name__ == "__main__":
    main()
