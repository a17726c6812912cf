"""Training plans built with openpyxl the way provincial union offices write them, for the import tests.

A title block (the issuing union over the national one, the national motto, place and date, «KẾ HOẠCH»
and the plan's year), a two-line header merged over two rows with «Thời gian» split into «Bắt đầu» and
«Kết thúc», a line of column numbers, Roman-numeral sections, an organiser written once for a group of
rows (merged vertically), no class-code column, dates as text, Excel dates, ranges, a month and a quarter,
audiences in the office's own words, a total row and a signature block.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

HEADER_ROW = 8
# Excel row of each class in the plan (as the importer reports them).
CLASS_ROWS = {"nghiep_vu": 12, "tai_chinh": 13, "thuong_luong": 14, "nu_cong": 16, "atvsld": 17}
SECTION_ROWS = (11, 15)
TOTAL_ROW = 18
FOOTER_ROWS = (20, 21, 24)


def _put(sheet: Worksheet, row: int, values: list[Any]) -> None:
    for column, value in enumerate(values, start=1):
        if value is not None:
            sheet.cell(row=row, column=column, value=value)


def provincial_plan(path: Path, *, tai_chinh_when: Any = "Tháng 9/2027") -> Path:
    """LĐLĐ tỉnh Lạng Sơn's 2027 plan; `tai_chinh_when` is what the finance class's «Bắt đầu» cell says."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KH 2027"
    # Title block.
    sheet.merge_cells("A1:C1")
    sheet["A1"] = "TỔNG LĐLĐ VIỆT NAM"
    sheet.merge_cells("A2:C2")
    sheet["A2"] = "LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"
    sheet.merge_cells("F1:J1")
    sheet["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet.merge_cells("F2:J2")
    sheet["F2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A3"] = "Số: 12/KH-LĐLĐ"
    sheet["F3"] = "Lạng Sơn, ngày 05 tháng 01 năm 2027"
    sheet.merge_cells("A5:J5")
    sheet["A5"] = "KẾ HOẠCH"
    sheet.merge_cells("A6:J6")
    sheet["A6"] = "Đào tạo, bồi dưỡng cán bộ công đoàn năm 2027"
    # Header over two lines: every heading merged over rows 8–9 but «Thời gian», split in two.
    headers = ["STT", "Nội dung", "Đối tượng", "Thời gian", None, "Số ngày", "Địa điểm", "Số lượng",
               "Đơn vị thực hiện", "Ghi chú"]
    _put(sheet, HEADER_ROW, headers)
    for letter in "ABCFGHIJ":
        sheet.merge_cells(f"{letter}8:{letter}9")
    sheet.merge_cells("D8:E8")
    _put(sheet, 9, [None, None, None, "Bắt đầu", "Kết thúc"])
    _put(sheet, 10, [f"({n})" for n in range(1, 11)])
    # Sections and classes.
    _put(sheet, 11, ["I", "LỚP DO LĐLĐ TỈNH TỔ CHỨC"])
    sheet.merge_cells("B11:J11")
    _put(sheet, 12, [1, "Tập huấn nghiệp vụ cho cán bộ CĐCS mới", "Chủ tịch và P.Chủ tịch công đoàn cơ sở",
                     "3-5/9/2027", None, None, "Hội trường LĐLĐ tỉnh", 80, "LĐLĐ tỉnh Lạng Sơn"])
    _put(sheet, 13, [2, "Tập huấn tài chính công đoàn", "Thủ quỹ, kế toán công đoàn", tai_chinh_when, None,
                     None, "Hội trường LĐLĐ tỉnh", 60])
    _put(sheet, 14, [3, "Kỹ năng thương lượng tập thể", "Ban chấp hành CĐCS", dt.datetime(2027, 10, 12), None, 2,
                     "Trường Chính trị tỉnh", 50, None, "Mời báo cáo viên"])
    sheet["D14"].number_format = "dd/mm/yyyy"
    sheet.merge_cells("I12:I14")  # one organiser for the three rows
    _put(sheet, 15, ["II", "LỚP DO CÔNG ĐOÀN CẤP TRÊN CƠ SỞ TỔ CHỨC"])
    sheet.merge_cells("B15:J15")
    _put(sheet, 16, [1, "Bồi dưỡng công tác nữ công", "Cán bộ nữ công CĐCS", "Quý IV/2027", None, None,
                     "Nhà văn hóa phường", 40, "CĐ phường Đông Kinh"])
    _put(sheet, 17, [2, "Huấn luyện an toàn, vệ sinh lao động", "Đoàn viên, người lao động", "03/11 - 05/11/2027",
                     None, None, "KCN Đồng Đăng", 100, "Công đoàn các KCN tỉnh Lạng Sơn"])
    _put(sheet, TOTAL_ROW, [None, "Tổng cộng", None, None, None, None, None, 330])
    # Signature block.
    _put(sheet, 20, ["Nơi nhận:", None, None, None, None, None, "TM. BAN THƯỜNG VỤ"])
    _put(sheet, 21, ["- Như trên;", None, None, None, None, None, "CHỦ TỊCH"])
    _put(sheet, 22, ["- Lưu VT."])
    _put(sheet, 24, [None, None, None, None, None, None, "Nguyễn Văn A"])
    workbook.save(path)
    return path
