"""Five training plans written the way union offices really produce them, for the import tests.

Each is what an office sends, not a filled-in template: a title block of several rows above the header
(«LIÊN ĐOÀN LAO ĐỘNG TỈNH …», «KẾ HOẠCH … NĂM 2027»), merged cells, a header over two rows, Excel date
serials and date cells, a single «Từ ngày - đến ngày» column, STT with Roman-numeral group rows, blank rows,
a signature block («Người lập biểu», «TM. BAN THƯỜNG VỤ»), columns in another order, columns nobody asked
for, Windows-1258 text and text garbled by a cp1252 round trip, and «x» marks in one column per format.

- `quang_ninh_xlsx`: LĐLĐ tỉnh Quảng Ninh; «Hình thức» merged over «Trực tiếp | Trực tuyến» with «x»
  marks, «Thời gian» over «Bắt đầu | Kết thúc» holding Excel serial numbers in General cells, a budget column.
- `nghe_an_csv`: LĐLĐ tỉnh Nghệ An, saved by Excel as «CSV (Comma delimited)» on Vietnamese Windows:
  Windows-1258, «;», one «Từ ngày - đến ngày» column, a serial number as text, «TT» with I, II.
- `giao_duc_xlsx`: Công đoàn Giáo dục Việt Nam (national), no organiser column, columns in its own order,
  date cells, a line of column numbers, «Ngày 15/9» without a year, formats in the office's words.
- `kcn_bac_ninh_csv`: Công đoàn các KCN tỉnh Bắc Ninh, UTF-8 that went through cp1252 once (mojibake), the
  header over two CSV lines with «x» columns per format, «Tổng cộng», signatures.
- `ho_chi_minh_xlsx`: LĐLĐ TP Hồ Chí Minh, a «Hướng dẫn» sheet first, headers with line breaks, «Số TT» with
  A, B groups, date-time cells, «Từ ngày - đến ngày» written as two dates, a targets sheet of its own.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

# Excel's day 0 (serial 1 is 1900-01-01, counting the 1900 leap day Lotus invented).
_EPOCH = dt.date(1899, 12, 30)


def serial(day: dt.date) -> int:
    """The number Excel stores for a date (shown as a number in a General cell)."""
    return (day - _EPOCH).days


def _put(sheet: Worksheet, row: int, values: list[Any]) -> None:
    for column, value in enumerate(values, start=1):
        if value is not None:
            sheet.cell(row=row, column=column, value=value)


def _title(sheet: Worksheet, issuer: str, plan: str, place_date: str, width: str = "J") -> None:
    """The official heading: the parent and issuing union left, the national motto right, «KẾ HOẠCH»."""
    sheet.merge_cells("A1:C1")
    sheet["A1"] = "TỔNG LĐLĐ VIỆT NAM"
    sheet.merge_cells("A2:C2")
    sheet["A2"] = issuer
    sheet.merge_cells(f"E1:{width}1")
    sheet["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet.merge_cells(f"E2:{width}2")
    sheet["E2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A3"] = "Số: 15/KH-LĐLĐ"
    sheet["E3"] = place_date
    sheet.merge_cells(f"A5:{width}5")
    sheet["A5"] = "KẾ HOẠCH"
    sheet.merge_cells(f"A6:{width}6")
    sheet["A6"] = plan


# --- 1. LĐLĐ tỉnh Quảng Ninh: per-format «x» columns, Excel serials ------------------------------------

QN_ROWS = {"chu_tich": 12, "atvsld": 13, "tai_chinh": 14, "nu_cong": 18, "online": 19}
QN_SECTIONS = (11, 17)
QN_FOOTER = (22, 23, 24, 27)


def quang_ninh_xlsx(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    _title(sheet, "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NINH",
           "Tổ chức các lớp tập huấn, bồi dưỡng cán bộ công đoàn NĂM 2027", "Quảng Ninh, ngày 06 tháng 01 năm 2027",
           width="K")
    # Header over rows 8–9: «Thời gian» and «Hình thức» split in two, the rest merged down.
    _put(sheet, 8, ["STT", "Tên lớp học", "Đối tượng", "Thời gian", None, "Hình thức", None, "Địa điểm",
                    "Số lượng (người)", "Kinh phí (triệu đồng)", "Ghi chú"])
    for letter in "ABCHIJK":
        sheet.merge_cells(f"{letter}8:{letter}9")
    sheet.merge_cells("D8:E8")
    sheet.merge_cells("F8:G8")
    _put(sheet, 9, [None, None, None, "Bắt đầu", "Kết thúc", "Trực tiếp", "Trực tuyến"])
    _put(sheet, 10, [f"({n})" for n in range(1, 12)])
    _put(sheet, 11, ["I", "LỚP DO LĐLĐ TỈNH TỔ CHỨC"])
    sheet.merge_cells("B11:K11")
    _put(sheet, 12, [1, "Tập huấn kỹ năng cho Chủ tịch CĐCS khu vực doanh nghiệp", "Chủ tịch CĐCS",
                     serial(dt.date(2027, 3, 16)), serial(dt.date(2027, 3, 18)), "x", None,
                     "Hội trường LĐLĐ tỉnh, phường Hồng Gai", 120, 85.5, None])
    _put(sheet, 13, [2, "Huấn luyện an toàn, vệ sinh lao động", "An toàn vệ sinh viên", serial(dt.date(2027, 4, 7)),
                     None, "x", "x", "Cung Văn hóa CNLĐ Quảng Ninh", "150", 40, "Kết hợp điểm cầu các CĐCS"])
    _put(sheet, 14, [3, "Bồi dưỡng nghiệp vụ tài chính công đoàn", "Kế toán, thủ quỹ CĐCS", "Tháng 5/2027", None,
                     "X", None, "Hội trường LĐLĐ tỉnh", 80, None, None])
    # A blank row, then the second group.
    _put(sheet, 17, ["II", "LỚP DO CÔNG ĐOÀN NGÀNH, CĐ CÁC KCN TỔ CHỨC"])
    sheet.merge_cells("B17:K17")
    _put(sheet, 18, [1, "Bồi dưỡng công tác nữ công", "Trưởng ban nữ công CĐCS", dt.datetime(2027, 6, 9), dt.datetime(2027, 6, 10),
                     "x", None, "Nhà văn hóa phường Cẩm Phả", 60, 25, None])
    sheet["D18"].number_format = "dd/mm/yyyy"
    sheet["E18"].number_format = "dd/mm/yyyy"
    _put(sheet, 19, [2, "Tập huấn chuyển đổi số trong hoạt động công đoàn", "Cán bộ công đoàn chuyên trách",
                     "Quý III/2027", None, None, "x", "Trực tuyến qua Zoom", 200, None, None])
    # Signature block: the preparer left, the standing committee right, names four rows below.
    _put(sheet, 22, ["Người lập biểu", None, None, None, None, None, None, "TM. BAN THƯỜNG VỤ"])
    _put(sheet, 23, [None, None, None, None, None, None, None, "PHÓ CHỦ TỊCH"])
    _put(sheet, 24, [None, None, None, None, None, None, None, "(đã ký)"])
    _put(sheet, 27, ["Nguyễn Thị Hoa", None, None, None, None, None, None, "Trần Văn Nam"])
    workbook.save(path)
    return path


# --- 2. LĐLĐ tỉnh Nghệ An: Windows-1258 CSV with «;» and one «Từ ngày - đến ngày» column ---------------

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def cp1258(text: str) -> bytes:
    """Text as Windows writes it in code page 1258: base letters precomposed («ê», «ơ», «ư», «đ»), the
    tone as a combining mark after them («ế» is «ê» + U+0301)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            bare = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in bare if c in _TONES)
            out.append(unicodedata.normalize("NFC", "".join(c for c in bare if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


NA_LINES = [
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN;;;;;;;",
    "BAN TỔ CHỨC;;;;;;;",
    ";;;;;;;",
    "KẾ HOẠCH MỞ LỚP BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2027;;;;;;;",
    ";;;;;;;",
    "TT;Nội dung tập huấn;Từ ngày - đến ngày;Địa điểm;Đối tượng tham gia;Số lượng;Đơn vị chủ trì;Ghi chú",
    "I;Lớp do LĐLĐ tỉnh tổ chức;;;;;;",
    "1;Tập huấn nghiệp vụ công tác công đoàn cho cán bộ mới;12/3 - 14/3/2027;Hội trường LĐLĐ tỉnh, phường Vinh"
    " Phú;Chủ tịch, Phó chủ tịch CĐCS mới bầu;150 người;LĐLĐ tỉnh Nghệ An;Học viên tự túc ăn ở",
    f"2;Kỹ năng đối thoại, thương lượng tập thể;{serial(dt.date(2027, 4, 20))};Trường Chính trị tỉnh;Ủy viên BCH"
    " CĐCS;80;LĐLĐ tỉnh Nghệ An;",
    ";;;;;;;",
    "II;Lớp do công đoàn xã, phường tổ chức;;;;;;",
    "1;Tập huấn Luật Công đoàn 2024;Từ 05/5 đến 06/5/2027;Nhà văn hóa phường Hoàng Mai;Đoàn viên, người lao"
    " động;100;Công đoàn phường Hoàng Mai;",
    "2;Bồi dưỡng nghiệp vụ kiểm tra công đoàn;Quý III/2027;Hội trường UBND xã Diễn Châu;Ủy viên UBKT"
    " CĐCS;45;CĐ xã Diễn Châu;Chờ kinh phí",
    ";;;;;;;",
    "Người lập biểu;;;;TM. BAN THƯỜNG VỤ;;;",
    ";;;;CHỦ TỊCH;;;",
    "Lê Văn An;;;;Phạm Thị Bình;;;",
]
NA_ROWS = {"nghiep_vu": 8, "doi_thoai": 9, "luat": 12, "kiem_tra": 13}


def nghe_an_csv(path: Path) -> Path:
    path.write_bytes(cp1258("\r\n".join(NA_LINES) + "\r\n"))
    return path


# --- 3. Công đoàn Giáo dục Việt Nam: a national plan in its own column order -------------------------

GD_ROWS = {"hieu_truong": 10, "online": 11, "phia_nam": 12, "gv": 13}


def giao_duc_xlsx(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KH2027"
    _title(sheet, "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM", "Bồi dưỡng cán bộ công đoàn ngành Giáo dục năm 2027",
           "Hà Nội, ngày 10 tháng 01 năm 2027")
    # Its own order: time first, the class after, the place and the province last; two columns nobody asked.
    _put(sheet, 8, ["TT", "Thời gian tổ chức", "Tên lớp", "Thành phần", "Hình thức", "Số lượng", "Địa điểm",
                    "Tỉnh/TP", "Nguồn kinh phí", "Người phụ trách"])
    _put(sheet, 9, [f"({n})" for n in range(1, 11)])
    _put(sheet, 10, [1, dt.date(2027, 3, 22), "Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn trường học",
                     "Chủ tịch CĐCS", "Trực tiếp", 150, "Trường Đại học Công đoàn", "Hà Nội", "CĐ ngành", "Ban Tổ chức"])
    sheet["B10"].number_format = "dd/mm/yyyy"
    _put(sheet, 11, [2, "Ngày 15/9", "Tập huấn chuyển đổi số cho công đoàn cơ sở giáo dục", "Cán bộ công đoàn cơ sở",
                     "Online", 500, "Trực tuyến toàn quốc", "Hà Nội", "CĐ ngành", "Ban Tuyên giáo"])
    _put(sheet, 12, [3, "06-08/10/2027", "Tập huấn thương lượng tập thể trong trường ngoài công lập", "Chủ tịch CĐCS",
                     "Trực tiếp + trực tuyến", 120, "Trường ĐH Sư phạm TP.HCM", "TP.HCM", "Xã hội hóa", "Ban Chính sách"])
    _put(sheet, 13, [4, dt.datetime(2027, 11, 3, 7, 30), "Bồi dưỡng kỹ năng cho giảng viên kiêm chức",
                     "Giảng viên kiêm chức", None, 40, "Trường Đại học Công đoàn", "Hà Nội", None, None])
    sheet["B13"].number_format = "dd/mm/yyyy hh:mm"
    _put(sheet, 15, [None, "Nơi nhận:", None, None, None, None, "TM. BAN THƯỜNG VỤ"])
    _put(sheet, 16, [None, "- Như trên;", None, None, None, None, "CHỦ TỊCH"])
    _put(sheet, 17, [None, "- Lưu VT.", None, None, None, None, "(đã ký)"])
    workbook.save(path)
    return path


# --- 4. Công đoàn các KCN tỉnh Bắc Ninh: a cp1252 round trip, «x» columns in a CSV ----------------------

KCN_LINES = [
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH,,,,,,,,",
    "CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP,,,,,,,,",
    ",,,,,,,,",
    "KẾ HOẠCH TẬP HUẤN NĂM 2027,,,,,,,,",
    "STT,Nội dung,Thời gian,,Hình thức,,Địa điểm,SL,Ghi chú",
    ",,Từ ngày,Đến ngày,Trực tiếp,Trực tuyến,,,",
    "I,Tập huấn cho cán bộ CĐCS doanh nghiệp,,,,,,,",
    "1,Kỹ năng thương lượng tập thể về tiền lương,15/04/2027,16/04/2027,x,,Thiết chế công đoàn KCN Yên Phong,60,",
    "2,Pháp luật lao động cho công nhân,22/05/2027,,,x,Trực tuyến trên Zoom,300,",
    "3,Huấn luyện an toàn vệ sinh lao động,03/06/2027,05/06/2027,x,x,Nhà văn hóa công nhân KCN Quế Võ,90,",
    ",Tổng cộng,,,,,,450,",
    ",,,,,,,,",
    "Người lập biểu,,,,,TM. BAN THƯỜNG VỤ,,,",
]
KCN_ROWS = {"thuong_luong": 8, "phap_luat": 9, "atvsld": 10}


def mojibake(text: str) -> str:
    """UTF-8 text read once as Windows-1252 (the bytes Windows has no letter for kept as they are), as a
    file opened in the wrong encoding and saved again looks."""
    raw = text.encode("utf-8")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


def kcn_bac_ninh_csv(path: Path) -> Path:
    path.write_bytes(("\r\n".join(mojibake(line) for line in KCN_LINES) + "\r\n").encode("utf-8"))
    return path


# --- 5. LĐLĐ TP Hồ Chí Minh: a guide sheet, line breaks in headers, A/B groups, a targets sheet -----------

HCM_ROWS = {"kiem_tra": 11, "nu_cong": 12, "giang_vien": 15}


def ho_chi_minh_xlsx(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = "Hướng dẫn"
    guide["A1"] = "Các đơn vị điền kế hoạch vào trang «Kế hoạch», gửi về Ban Tổ chức trước ngày 15/01/2027."
    sheet = workbook.create_sheet("Kế hoạch")
    _title(sheet, "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH", "Đào tạo, bồi dưỡng cán bộ công đoàn năm 2027",
           "TP. Hồ Chí Minh, ngày 08 tháng 01 năm 2027")
    _put(sheet, 8, ["Số TT", "Tên lớp,\nnội dung", "Đối tượng\nhọc viên", "Từ ngày -\nđến ngày", "Số ngày",
                    "Địa điểm\ntổ chức", "Số lượng\n(người)", "Đơn vị\nthực hiện", "Ghi chú"])
    _put(sheet, 10, ["A", "CÁC LỚP TẬP TRUNG"])
    sheet.merge_cells("B10:I10")
    _put(sheet, 11, ["1.", "Nghiệp vụ công tác kiểm tra công đoàn", "Ủy viên UBKT CĐCS",
                     "15/3/2027 - 17/3/2027", "03 ngày", "Trường Cán bộ công đoàn TP", 90,
                     "LĐLĐ TP Hồ Chí Minh", None])
    _put(sheet, 12, ["2.", "Bồi dưỡng nghiệp vụ nữ công", "Trưởng, phó ban nữ công CĐCS", dt.datetime(2027, 4, 12, 13, 30),
                     "1,5 ngày", "Cung Văn hóa Lao động TP", 70, "LĐLĐ TP Hồ Chí Minh", None])
    sheet["D12"].number_format = "dd/mm/yyyy hh:mm"
    _put(sheet, 14, ["B", "LỚP GIẢNG VIÊN KIÊM CHỨC"])
    sheet.merge_cells("B14:I14")
    _put(sheet, 15, ["1.", "Kỹ năng giảng dạy cho giảng viên kiêm chức", "Giảng viên kiêm chức",
                     "Cuối tháng 8/2027", "02 ngày", "Trường Cán bộ công đoàn TP", 35, "LĐLĐ TP Hồ Chí Minh", None])
    _put(sheet, 16, [None, "Cộng", None, None, None, None, 195])
    _put(sheet, 18, [None, "Người lập biểu", None, None, None, "TM. BAN THƯỜNG VỤ"])
    targets = workbook.create_sheet("Chỉ tiêu")
    targets["A1"] = "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH"
    targets["A3"] = "CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG NĂM 2027"
    _put(targets, 5, ["STT", "Đơn vị", "Nội dung", "Chỉ tiêu (người)", "Ghi chú"])
    _put(targets, 6, [1, "LĐLĐ TP Hồ Chí Minh", "Bồi dưỡng Chủ tịch CĐCS", "1.200", None])
    _put(targets, 7, [2, "LĐLĐ TP Hồ Chí Minh", "Tập huấn nghiệp vụ nữ công", "450", "Ưu tiên khu vực KCN"])
    _put(targets, 8, [None, "Tổng cộng", None, "1.650"])
    workbook.save(path)
    return path


PLANS = {
    "quang_ninh.xlsx": quang_ninh_xlsx,
    "nghe_an.csv": nghe_an_csv,
    "giao_duc.xlsx": giao_duc_xlsx,
    "kcn_bac_ninh.csv": kcn_bac_ninh_csv,
    "ho_chi_minh.xlsx": ho_chi_minh_xlsx,
}
