"""Import and export of courses and targets (knowledge.transfer), on SQLite and PostgreSQL.

Files are built inside each test with tmp_path, so every case shows exactly what the organiser wrote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import data_version
from knowledge.models import Course, Document, Organisation, Target
from knowledge.transfer import (
    EXPORT_COLUMNS,
    ImportReport,
    TransferError,
    export_file,
    format_number,
    import_file,
    parse_number,
    parse_years,
)

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)

COURSE_HEADER = [column.header for column in EXPORT_COLUMNS["courses"]]
TARGET_HEADER = [column.header for column in EXPORT_COLUMNS["targets"]]

COURSE_ROWS: list[list[Any]] = [
    ["ATVSLD-2026-01", "Tập huấn an toàn, vệ sinh lao động", "An toàn, vệ sinh lao động",
     "Chủ tịch CĐCS; Đoàn viên, người lao động", "LDLD-LS", "Sở LĐ-TB&XH", "Lạng Sơn",
     "Hội trường LĐLĐ tỉnh", "Tập trung (trực tiếp)", "15/12/2026", "17/12/2026 16:30", "10/12/2026",
     "60", "Mở đăng ký", "Mang theo CCCD."],
    ["TLTT-2027-02", "Kỹ năng thương lượng tập thể", "thuong luong", "chu tich cdcs, pho chu tich",
     "LĐLĐ tỉnh Lạng Sơn", "", "TP HCM", "", "online", "05/01/2027 13:30", "", "",
     "120", "Dự kiến", ""],
]

TARGET_ROWS: list[list[Any]] = [
    ["CT-HN-2016-CBCD", "LDLD-LS", "2016", "Bồi dưỡng cán bộ công đoàn cơ sở", "Chủ tịch CĐCS",
     "3.580", "học viên", "3.831", "31/12/2016", "Vượt kế hoạch"],
    ["CT-LS-2013-2018", "LĐLĐ tỉnh Lạng Sơn", "2013–2018", "Tỷ lệ CĐCS được tập huấn", "",
     "61,23", "%", "", "", ""],
]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    """A Hà Nội wall-clock time as the aware UTC datetime the database holds."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


def write_csv(path: Path, rows: list[list[Any]], *, delimiter: str = ",", bom: bool = True) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8"))
    return path



# The target columns a plan's own sheet carries (the export writes more).
PLAN_TARGET_HEADER = ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt",
                      "Tính đến ngày"]


def import_plan(deps: Deps, folder: Path, courses: list[list[Any]], targets: list[list[Any]]) -> None:
    """Import a plan as an organiser does: its classes, then its targets, each a CSV file with its header."""
    for name, rows in (("courses.csv", courses), ("targets.csv", targets)):
        import_into(deps, write_csv(folder / name, rows))


def import_into(deps: Deps, path: Path) -> None:
    """Import one plan file into the deps' database as an organiser would, and let the bot see it."""
    from knowledge.db import bump_data_version, session_scope
    from tests.conftest import FIXED_NOW

    with session_scope(deps.session_factory) as s:
        import_file(s, path, tz=deps.tz, reminder_config=reminders.Config(wording=WORDING), now=FIXED_NOW)
        bump_data_version(s)

def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def run_import(session: Session, path: Path) -> ImportReport:
    return import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)


def add_lang_son(session: Session) -> Organisation:
    org = Organisation(code="LDLD-LS", name="LĐLĐ tỉnh Lạng Sơn", kind="province", province="Lạng Sơn",
                       aliases="LĐLĐ Lạng Sơn")
    session.add(org)
    session.commit()
    return org


def course(session: Session, code: str) -> Course:
    found = session.scalar(select(Course).where(Course.code == code))
    assert found is not None, code
    return found


def target(session: Session, code: str) -> Target:
    found = session.scalar(select(Target).where(Target.code == code))
    assert found is not None, code
    return found


def count(session: Session, model: type[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def xlsx_values(path: Path) -> dict[str, list[list[Any]]]:
    workbook = openpyxl.load_workbook(path)
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


def assert_nothing_written(session: Session) -> None:
    session.rollback()
    assert count(session, Course) == 0
    assert count(session, Target) == 0
    assert count(session, Document) == 0
    assert data_version(session) == 0


# --- Importing ------------------------------------------------------------------------------------------


def test_xlsx_with_both_sheets(session: Session, tmp_path: Path) -> None:
    lang_son = add_lang_son(session)
    courses = [COURSE_HEADER, *COURSE_ROWS]
    # Real Excel date cells: a date-only start means 08:00 local time.
    courses[1][9] = dt.date(2026, 12, 15)
    courses[2][9] = dt.datetime(2027, 1, 5, 13, 30)
    path = write_xlsx(tmp_path / "ke-hoach-2027.xlsx",
                      {"Khóa học": courses, "Chỉ tiêu": [TARGET_HEADER, *TARGET_ROWS]})

    report = run_import(session, path)

    assert (report.courses.created, report.courses.updated) == (2, 0)
    assert (report.targets.created, report.targets.updated) == (2, 0)
    assert report.organisations_created == []
    assert data_version(session) == report.data_version == 1

    first = course(session, "ATVSLD-2026-01")
    assert first.title == "Tập huấn an toàn, vệ sinh lao động"
    assert first.topic == "atvsld"
    assert first.audiences == "chu_tich_cdcs;doan_vien"
    assert first.organiser_id == lang_son.id
    assert first.partner == "Sở LĐ-TB&XH"
    assert first.province == "Lạng Sơn"
    assert first.format == "tap_trung"
    assert first.starts_at == utc(2026, 12, 15, 8, 0)
    assert first.ends_at == utc(2026, 12, 17, 16, 30)
    assert first.registration_deadline == utc(2026, 12, 10, 23, 59)
    assert first.capacity == 60
    assert first.status == "open"
    assert first.description == "Mang theo CCCD."
    assert first.is_sample is False
    assert first.source is not None and first.source.kind == "import"
    assert "ke-hoach-2027.xlsx" in first.source.title and "23/11/2026" in first.source.title

    second = course(session, "TLTT-2027-02")
    assert second.topic == "thuong_luong"
    assert second.audiences == "chu_tich_cdcs;pho_chu_tich_cdcs"
    assert second.organiser_id == lang_son.id
    assert second.province == "Hồ Chí Minh"
    assert second.format == "truc_tuyen"
    assert second.starts_at == utc(2027, 1, 5, 13, 30)
    assert second.starts_at.tzinfo is not None
    assert (second.ends_at, second.registration_deadline, second.partner) == (None, None, None)
    assert second.status == "planned"

    hanoi = target(session, "CT-HN-2016-CBCD")
    assert (hanoi.period_start, hanoi.period_end) == (2016, 2016)
    assert hanoi.target_value == 3580 and hanoi.achieved_value == 3831
    assert hanoi.unit == "học viên" and hanoi.audience == "chu_tich_cdcs"
    assert hanoi.as_of == dt.date(2016, 12, 31)
    assert hanoi.organisation_id == lang_son.id
    assert hanoi.source is not None and hanoi.source.code == report.document_code
    ranged = target(session, "CT-LS-2013-2018")
    assert (ranged.period_start, ranged.period_end) == (2013, 2018)
    assert ranged.target_value == pytest.approx(61.23)
    assert ranged.achieved_value is None and ranged.audience is None


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_with_bom_and_either_delimiter(session: Session, tmp_path: Path, delimiter: str) -> None:
    add_lang_son(session)
    path = write_csv(tmp_path / "khoa-hoc.csv", [COURSE_HEADER, *COURSE_ROWS], delimiter=delimiter)

    report = run_import(session, path)

    assert report.courses.created == 2
    assert course(session, "ATVSLD-2026-01").title == "Tập huấn an toàn, vệ sinh lao động"
    assert course(session, "ATVSLD-2026-01").audiences == "chu_tich_cdcs;doan_vien"
    assert course(session, "TLTT-2027-02").starts_at == utc(2027, 1, 5, 13, 30)


def test_csv_targets_without_bom(session: Session, tmp_path: Path) -> None:
    add_lang_son(session)
    path = write_csv(tmp_path / "chi-tieu.csv", [TARGET_HEADER, *TARGET_ROWS], delimiter=";", bom=False)

    report = run_import(session, path)

    assert report.targets.created == 2 and report.courses.total == 0
    assert target(session, "CT-HN-2016-CBCD").target_value == 3580


@pytest.mark.parametrize("headers", [
    ("ma lop", "ten lop", "ngay bat dau", "chu de", "hinh thuc", "trang thai", "doi tuong", "tinh/thanh pho"),
    ("MÃ LỚP", "TÊN LỚP", "NGÀY BẮT ĐẦU", "CHỦ ĐỀ", "HÌNH THỨC", "TRẠNG THÁI", "ĐỐI TƯỢNG", "TỈNH/THÀNH PHỐ"),
    ("Mã  lớp", " Tên lớp ", "Ngày bắt đầu (dd/mm/yyyy)", "Chu de", "Hinh  thuc", "Trang thai", "Doi tuong",
     "Tỉnh / Thành phố"),
    tuple(unicodedata.normalize("NFD", h) for h in (
        "Mã lớp", "Tên lớp", "Ngày bắt đầu", "Chủ đề", "Hình thức", "Trạng thái", "Đối tượng", "Tỉnh/Thành phố")),
])
def test_headers_and_values_match_without_diacritics(
    session: Session, tmp_path: Path, headers: tuple[str, ...]
) -> None:
    rows = [
        list(headers),
        ["K01", "Lớp ATVSLĐ", "an toan ve sinh lao dong", "truc tuyen", "Đã huỷ", "chu tich cdcs", "Hoà Bình"],
    ]
    rows[1].insert(2, "01/02/2027 7:30")
    path = write_csv(tmp_path / "k.csv", rows)

    run_import(session, path)

    found = course(session, "K01")
    assert found.starts_at == utc(2027, 2, 1, 7, 30)
    assert (found.topic, found.format, found.status) == ("atvsld", "truc_tuyen", "cancelled")
    assert found.audiences == "chu_tich_cdcs"
    assert found.province == "Hòa Bình"  # old tone placement folds to the listed name


def test_header_row_below_a_title_keeps_excel_row_numbers(session: Session, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "plan.xlsx", {"Sheet1": [
        ["KẾ HOẠCH ĐÀO TẠO NĂM 2027"],
        [],
        ["Mã lớp", "Tên lớp", "Ngày bắt đầu"],
        ["K01", "Lớp một", "02/03/2027"],
        ["K02", "Lớp hai", "31/02/2027"],
    ]})

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    [issue] = caught.value.issues
    assert (issue.sheet, issue.row, issue.column, issue.value) == ("Sheet1", 5, "Ngày bắt đầu", "31/02/2027")


def test_excel_datetime_cell_at_midnight_is_kept(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "midnight.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Mã lớp", "Tên lớp", "Ngày bắt đầu", "Ngày kết thúc"])
    sheet.append(["K01", "Lớp đêm", dt.datetime(2027, 3, 2, 0, 0), dt.datetime(2027, 3, 2, 0, 0)])
    sheet["C2"].number_format = "dd/mm/yyyy hh:mm"  # shows a time: midnight is meant
    sheet["D2"].number_format = "dd/mm/yyyy"  # shows a date only: the end of the day's classes
    workbook.save(path)

    run_import(session, path)

    assert course(session, "K01").starts_at == utc(2027, 3, 2, 0, 0)
    assert course(session, "K01").ends_at == utc(2027, 3, 2, 17, 0)


# --- Validation -----------------------------------------------------------------------------------------


def test_every_error_is_reported_with_row_and_column_and_nothing_is_written(
    session: Session, tmp_path: Path
) -> None:
    rows = [
        COURSE_HEADER,
        COURSE_ROWS[0],  # row 2 is fine
        ["K03", "Lớp ba", "", "", "", "", "", "", "", "32/13/2026", "", "", "", "", ""],
        ["K04", "Lớp bốn", "Nấu ăn", "Giám đốc", "", "", "", "", "bay", "01/02/2027", "", "", "-3", "Xong?", ""],
        ["K 05", "", "", "", "", "", "", "", "", "01/02/2027 25:00", "", "", "ba mươi", "", ""],
        ["K06", "Lớp sáu", "", "", "", "", "", "", "", "10/03/2027", "09/03/2027", "11/03/2027", "", "", ""],
    ]
    path = write_csv(tmp_path / "loi.csv", rows)

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    error = caught.value
    found = {(issue.row, issue.column) for issue in error.issues}
    assert found == {
        (3, "Ngày bắt đầu"),
        (4, "Số chỗ"), (4, "Trạng thái"),
        # «ba mươi» in the optional seats column is kept in the notes with a warning, not refused.
        (5, "Mã lớp"), (5, "Tên lớp"), (5, "Ngày bắt đầu"),
        (6, "Ngày kết thúc"), (6, "Hạn đăng ký"),
    }
    text = [str(issue) for issue in error.issues]
    assert '[loi.csv] Dòng 3, cột "Ngày bắt đầu": "32/13/2026" có ngày không tồn tại' in text[0]
    assert all(issue.sheet == "loi.csv" for issue in error.issues)
    # Sorted as the user reads the sheet: by row, then column.
    assert [issue.row for issue in error.issues] == sorted(issue.row or 0 for issue in error.issues)
    # Topics and audiences in the organiser's own words are kept as written: warnings, never errors.
    topic = next(issue for issue in error.warnings if issue.column == "Chủ đề")
    assert topic.row == 4 and '"Nấu ăn" không có trong danh mục chủ đề' in topic.message
    assert any(issue.row == 4 and issue.column == "Hình thức" for issue in error.warnings)
    audience = next(issue for issue in error.warnings if issue.column == "Đối tượng")
    assert audience.row == 4 and '"Giám đốc"' in audience.message
    assert any(issue.column == "Tên lớp" and "không được để trống" in issue.message for issue in error.issues)
    assert any("trước ngày bắt đầu" in issue.message for issue in error.issues)
    assert '"11/03/2027" sau ngày bắt đầu (10/03/2027 08:00)' in text[-1]  # the value as written
    assert "8 lỗi" in error.message and "chưa nhập gì" in error.message
    assert 'Dòng 4, cột "Số chỗ": "-3" không phải số nguyên dương' in str(error)
    assert_nothing_written(session)
    assert count(session, Organisation) == 0


def test_missing_required_column(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "thieu.csv", [["Mã lớp", "Tên lớp", "Địa điểm"], ["K01", "Lớp", "Hà Nội"]])

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    [issue] = caught.value.issues
    # The names the column goes by and the headers the file has, so the organiser can rename one.
    assert str(issue).startswith('[thieu.csv] Thiếu cột bắt buộc "Ngày bắt đầu". Cột này được nhận với một trong')
    assert "«Thời gian»" in str(issue) and str(issue).endswith("có các cột: «Mã lớp», «Tên lớp», «Địa điểm».")
    assert_nothing_written(session)


def test_duplicate_codes_in_one_file(session: Session, tmp_path: Path) -> None:
    rows = [["Mã lớp", "Tên lớp", "Ngày bắt đầu"],
            ["K01", "Lớp một", "01/02/2027"], ["K02", "Lớp hai", "01/02/2027"], ["K01", "Lớp ba", "03/02/2027"]]
    path = write_csv(tmp_path / "trung.csv", rows)

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    [issue] = caught.value.issues
    assert (issue.row, issue.column, issue.value) == (4, "Mã lớp", "K01")
    assert "trùng mã với dòng 2" in issue.message
    assert_nothing_written(session)


def test_errors_in_both_sheets_name_the_sheet(session: Session, tmp_path: Path) -> None:
    targets = [TARGET_HEADER, ["T1", "LĐLĐ Hà Nội", "2026–2020", "Nội dung", "", "nhiều", "lớp", "", "", ""]]
    path = write_xlsx(tmp_path / "x.xlsx", {
        "Khóa học": [["Mã lớp", "Tên lớp", "Ngày bắt đầu"], ["K01", "Lớp", "hôm nay"]],
        "Chỉ tiêu": targets,
    })

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    assert [(i.sheet, i.row, i.column) for i in caught.value.issues] == [
        ("Khóa học", 2, "Ngày bắt đầu"), ("Chỉ tiêu", 2, "Năm"), ("Chỉ tiêu", 2, "Chỉ tiêu"),
    ]
    assert_nothing_written(session)
    assert count(session, Organisation) == 0  # the unknown "LĐLĐ Hà Nội" was not created either


def test_a_column_given_twice_is_an_error(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", [["Mã lớp", "Tên lớp", "Ngày bắt đầu", "ten lop"],
                                          ["K01", "Lớp", "01/02/2027", "Lớp khác"]])

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    [issue] = caught.value.issues
    assert (issue.row, issue.column) == (1, "ten lop") and 'cột B ("Tên lớp")' in issue.message
    assert_nothing_written(session)


def test_windows_1258_csv_is_read_with_a_warning(session: Session, tmp_path: Path) -> None:
    # Windows-1258 writes tones as combining marks after the letter; import turns them into NFC.
    text = "Ma\u0303 lơ\u0301p,Tên lơ\u0301p,Nga\u0300y bă\u0301t đâ\u0300u\r\nK01,Lơ\u0301p ho\u0323c,01/02/2027\r\n"
    path = tmp_path / "cu.csv"
    path.write_bytes(text.encode("cp1258"))

    report = run_import(session, path)

    assert course(session, "K01").title == "Lớp học"
    assert "Windows-1258" in str(report.warnings[0])


def test_unknown_headers_are_ignored_with_a_warning(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "k.csv", [["Mã lớp", "Tên lớp", "Giảng viên", "Ngày bắt đầu"],
                                          ["K01", "Lớp", "TS. Nguyễn Văn A", "01/02/2027"]])

    report = run_import(session, path)

    assert report.courses.created == 1
    assert [(w.column, w.row) for w in report.warnings] == [("Giảng viên", None)]
    assert "bỏ qua" in str(report.warnings[0])
    assert "Giảng viên" in report.summary()


# --- Updating by code -----------------------------------------------------------------------------------


def test_reimport_updates_by_code_without_duplicating(session: Session, tmp_path: Path) -> None:
    header = ["Mã lớp", "Tên lớp", "Ngày bắt đầu", "Hạn đăng ký"]
    first = write_csv(tmp_path / "v1.csv", [header, ["K01", "Lớp một", "15/12/2026", "10/12/2026"],
                                            ["K02", "Lớp hai", "16/12/2026", ""]])
    run_import(session, first)
    created_at = course(session, "K01").created_at

    moved = write_csv(tmp_path / "v2.csv", [header, ["K01", "Lớp một (dời lịch)", "20/12/2026 14:00", "18/12/2026"]])
    report = run_import(session, moved)

    assert (report.courses.created, report.courses.updated, report.courses.unchanged) == (0, 1, 0)
    assert count(session, Course) == 2
    updated = course(session, "K01")
    assert updated.title == "Lớp một (dời lịch)"
    assert updated.starts_at == utc(2026, 12, 20, 14, 0)
    assert updated.registration_deadline == utc(2026, 12, 18, 23, 59)
    assert updated.created_at == created_at
    untouched = course(session, "K02")  # not in the second file: left alone
    assert untouched.title == "Lớp hai" and untouched.starts_at == utc(2026, 12, 16, 8, 0)
    assert data_version(session) == 2

    again = run_import(session, moved)
    assert (again.courses.created, again.courses.updated, again.courses.unchanged) == (0, 0, 1)
    assert count(session, Course) == 2


def test_first_real_import_replaces_the_sample_course_of_the_same_code(session: Session, tmp_path: Path) -> None:
    session.add(Course(code="K01", title="Lớp mẫu", starts_at=utc(2026, 12, 1, 8), is_sample=True))
    session.commit()
    path = write_csv(tmp_path / "k.csv", [["Mã lớp", "Tên lớp", "Ngày bắt đầu"], ["K01", "Lớp thật", "01/12/2026"]])

    report = run_import(session, path)

    assert report.courses.created == 1
    assert report.sample_removed is not None and report.sample_removed.courses == 1
    assert "Đã xóa dữ liệu mẫu: 1 lớp, 0 chỉ tiêu" in report.summary()
    assert course(session, "K01").is_sample is False
    assert course(session, "K01").title == "Lớp thật"


def test_reimported_target_drops_the_percentage_printed_by_its_old_source(
    session: Session, tmp_path: Path
) -> None:
    lang_son = add_lang_son(session)
    session.add(Target(code="T1", organisation=lang_son, period_start=2016, period_end=2016, metric="Tập huấn",
                       target_value=9074, unit="người", achieved_value=8891, stated_percent=97.9))
    session.commit()
    path = write_csv(tmp_path / "t.csv", [TARGET_HEADER, ["T1", "LDLD-LS", "2016", "Tập huấn", "", "9.074",
                                                         "người", "9.100", "", ""]])

    report = run_import(session, path)

    assert report.targets.updated == 1
    updated = target(session, "T1")
    assert (updated.achieved_value, updated.stated_percent) == (9100, None)


def test_unknown_organisation_is_created_once_and_reported(session: Session, tmp_path: Path) -> None:
    lang_son = add_lang_son(session)
    header = ["Mã lớp", "Tên lớp", "Ngày bắt đầu", "Đơn vị tổ chức", "Tỉnh/Thành phố"]
    courses = [header,
               ["K01", "Một", "01/02/2027", "LDLD-LS", ""],  # by code
               ["K02", "Hai", "01/02/2027", "ldld tinh lang son", ""],  # by name, without diacritics
               ["K03", "Ba", "01/02/2027", "LĐLĐ Lạng Sơn", ""],  # by alias
               ["K04", "Bốn", "01/02/2027", "Công đoàn Khu kinh tế Đồng Đăng", "Lạng Sơn"],
               ["K05", "Năm", "01/02/2027", "cong doan khu kinh te dong dang", ""]]
    targets = [TARGET_HEADER, ["T1", "LĐLĐ huyện Mê Linh", "2020", "Tập huấn", "", "12", "lớp", "", "", ""]]
    path = write_xlsx(tmp_path / "dv.xlsx", {"Khóa học": courses, "Chỉ tiêu": targets})

    report = run_import(session, path)

    assert report.organisations_created == [
        "Công đoàn Khu kinh tế Đồng Đăng (khu công nghiệp, khu kinh tế, thuộc LĐLĐ tỉnh Lạng Sơn)",
        # Abbreviations written out in the name lists show; the plan's own spelling stays an alias.
        "Liên đoàn Lao động huyện Mê Linh (quận/huyện (cũ))",
    ]
    assert "Đã tạo đơn vị mới: Công đoàn Khu kinh tế Đồng Đăng (" in report.summary()
    assert count(session, Organisation) == 3
    assert {course(session, c).organiser_id for c in ("K01", "K02", "K03")} == {lang_son.id}
    zone = course(session, "K04").organiser
    assert zone is not None and course(session, "K05").organiser_id == zone.id
    assert zone.name == "Công đoàn Khu kinh tế Đồng Đăng" and zone.province == "Lạng Sơn"
    assert zone.kind == "industrial_zone" and zone.parent_id == lang_son.id
    me_linh = target(session, "T1").organisation
    assert me_linh.name == "Liên đoàn Lao động huyện Mê Linh" and me_linh.kind == "district"
    assert me_linh.aliases == "LĐLĐ huyện Mê Linh"

    # A second import finds the organisations it created.
    assert run_import(session, path).organisations_created == []


def test_ambiguous_organisation_name_asks_for_the_code(session: Session, tmp_path: Path) -> None:
    session.add_all([Organisation(code="A", name="Công đoàn Giáo dục", aliases=""),
                     Organisation(code="B", name="Công đoàn giáo dục", aliases="")])
    session.commit()
    path = write_csv(tmp_path / "k.csv", [["Mã lớp", "Tên lớp", "Ngày bắt đầu", "Đơn vị tổ chức"],
                                          ["K01", "Lớp", "01/02/2027", "cong doan giao duc"]])

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    [issue] = caught.value.issues
    assert issue.column == "Đơn vị tổ chức" and "(A, B)" in issue.message


# --- Round trips ----------------------------------------------------------------------------------------


def rich_xlsx(tmp_path: Path) -> Path:
    courses = [COURSE_HEADER, *COURSE_ROWS,
               ["DEM-01", "Lớp có ghi chú\nnhiều dòng", "", "", "Công đoàn ngành Giáo dục", "", "Hà Nội", "",
                "Kết hợp", "01/03/2027 00:00", "01/03/2027 23:45", "", "", "Đã kết thúc", "Dòng 1\nDòng 2"]]
    targets = [TARGET_HEADER, *TARGET_ROWS,
               ["CT-X", "Công đoàn ngành Giáo dục", "2026", "Tỷ lệ", "Giảng viên kiêm chức", "0,1", "%",
                "1.234,5", "01/06/2026", "0.1 + 0.2"]]
    return write_xlsx(tmp_path / "goc.xlsx", {"Khóa học": courses, "Chỉ tiêu": targets})


def test_xlsx_round_trip_is_identical(session: Session, tmp_path: Path) -> None:
    add_lang_son(session)
    run_import(session, rich_xlsx(tmp_path))

    first = tmp_path / "xuat-1.xlsx"
    exported = export_file(session, first, kind=None, tz=TZ)
    assert (exported.courses, exported.targets, exported.kinds) == (3, 3, ("courses", "targets"))
    report = run_import(session, first)
    assert (report.courses.unchanged, report.targets.unchanged) == (3, 3)
    assert report.courses.updated == report.targets.updated == 0
    second = tmp_path / "xuat-2.xlsx"
    export_file(session, second, kind=None, tz=TZ)

    values = xlsx_values(first)
    assert values == xlsx_values(second)
    assert list(values) == ["Khóa học", "Chỉ tiêu"]
    assert values["Khóa học"][0] == COURSE_HEADER
    assert values["Chỉ tiêu"][0] == TARGET_HEADER
    by_code = {row[0]: row for row in values["Khóa học"][1:]}
    assert by_code["ATVSLD-2026-01"][2:5] == [
        "An toàn, vệ sinh lao động", "Chủ tịch CĐCS; Đoàn viên, người lao động", "LĐLĐ tỉnh Lạng Sơn"]
    # The plan gave this class's first day without an hour: the day alone, no 08:00 of the import's own.
    assert by_code["ATVSLD-2026-01"][9] == dt.datetime(2026, 12, 15, 0, 0)
    assert by_code["TLTT-2027-02"][9] == dt.datetime(2027, 1, 5, 13, 30)  # local time, not UTC
    workbook = openpyxl.load_workbook(first)
    assert workbook["Khóa học"]["J3"].number_format == "dd/mm/yyyy hh:mm"


@pytest.mark.parametrize("kind", ["courses", "targets"])
def test_csv_round_trip_is_identical(session: Session, tmp_path: Path, kind: str) -> None:
    add_lang_son(session)
    run_import(session, rich_xlsx(tmp_path))

    first = tmp_path / "xuat-1.csv"
    export_file(session, first, kind=kind, tz=TZ)
    report = run_import(session, first)
    counts = report.courses if kind == "courses" else report.targets
    assert (counts.created, counts.updated, counts.unchanged) == (0, 0, 3)
    second = tmp_path / "xuat-2.csv"
    export_file(session, second, kind=kind, tz=TZ)

    assert first.read_bytes() == second.read_bytes()
    text = first.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    if kind == "courses":
        assert lines[0] == ",".join(COURSE_HEADER)
        # A first day without its hour in the plan is written back alone; an end with its hour keeps it.
        assert ",15/12/2026,17/12/2026 16:30," in text and "15/12/2026 08:00" not in text
    else:
        assert lines[0] == ",".join(TARGET_HEADER)
        assert "2013–2018" in text and '"61,23"' in text and '"1234,5"' in text


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_days_of_study_survive_export_and_import(session: Session, tmp_path: Path, suffix: str) -> None:
    """«Số ngày» is exported as the plan gave it (two Saturdays a week apart: 2 days, not 8), so an exported
    plan imported into an empty database gives the same classes, and exports the same again."""
    add_lang_son(session)
    header = ["Mã lớp", "Tên lớp", "Ngày bắt đầu", "Ngày kết thúc", "Số ngày", "Đơn vị tổ chức"]
    run_import(session, write_csv(tmp_path / "goc.csv", [
        header, ["SAT-01", "Lớp học hai thứ Bảy", "05/12/2026", "12/12/2026", "2", "LDLD-LS"],
        ["ONE-01", "Lớp một ngày", "07/12/2026", "", "1 ngày", "LDLD-LS"],
        ["NODAYS", "Lớp không ghi số ngày", "08/12/2026", "09/12/2026", "", "LDLD-LS"]]))
    first = tmp_path / f"xuat-1.{suffix}"
    export_file(session, first, kind="courses", tz=TZ)
    for course in session.scalars(select(Course)):
        session.delete(course)
    session.commit()

    report = run_import(session, first)

    assert report.courses.created == 3
    assert {c.code: c.days for c in session.scalars(select(Course))} == {"SAT-01": 2, "ONE-01": 1, "NODAYS": None}
    second = tmp_path / f"xuat-2.{suffix}"
    export_file(session, second, kind="courses", tz=TZ)
    if suffix == "csv":
        assert first.read_bytes() == second.read_bytes()
        assert "Số ngày" in first.read_text(encoding="utf-8-sig").splitlines()[0]
    else:
        assert xlsx_values(first) == xlsx_values(second)


def test_csv_export_defaults_to_courses_and_skips_samples(session: Session, tmp_path: Path) -> None:
    session.add_all([Course(code="REAL", title="Lớp thật", starts_at=utc(2027, 1, 1, 8)),
                     Course(code="MAU", title="Lớp mẫu", starts_at=utc(2027, 1, 1, 8), is_sample=True)])
    session.commit()

    report = export_file(session, tmp_path / "k.csv", kind=None, tz=TZ)

    assert (report.kinds, report.courses, report.skipped_samples) == (("courses",), 1, 1)
    text = (tmp_path / "k.csv").read_text(encoding="utf-8-sig")
    assert "REAL" in text and "MAU" not in text
    assert "01/01/2027 08:00" in text and "Mở đăng ký" in text and "Tập trung (trực tiếp)" in text


def test_export_refuses_bad_kind_and_extension(session: Session, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="courses"):
        export_file(session, tmp_path / "x.csv", kind="lớp", tz=TZ)
    with pytest.raises(TransferError, match=r"\.xlsx hoặc \.csv"):
        export_file(session, tmp_path / "x.json", kind=None, tz=TZ)
    with pytest.raises(TransferError, match="không tồn tại"):
        export_file(session, tmp_path / "khong-co" / "x.csv", kind=None, tz=TZ)


# --- Bad files ------------------------------------------------------------------------------------------


def _missing(tmp: Path) -> Path:
    return tmp / "khong-co.xlsx"


def _directory(tmp: Path) -> Path:
    (tmp / "thu-muc.csv").mkdir()
    return tmp / "thu-muc.csv"


def _pdf(tmp: Path) -> Path:
    (tmp / "ke-hoach.pdf").write_bytes(b"%PDF-1.4")
    return tmp / "ke-hoach.pdf"


def _old_excel(tmp: Path) -> Path:
    (tmp / "cu.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    return tmp / "cu.xls"


def _empty_csv(tmp: Path) -> Path:
    (tmp / "trong.csv").write_bytes(b"")
    return tmp / "trong.csv"


def _bom_only_csv(tmp: Path) -> Path:
    (tmp / "bom.csv").write_bytes(b"\xef\xbb\xbf\r\n\r\n")
    return tmp / "bom.csv"


def _header_only_csv(tmp: Path) -> Path:
    return write_csv(tmp / "tieu-de.csv", [COURSE_HEADER])


def _unrecognised_csv(tmp: Path) -> Path:
    return write_csv(tmp / "la.csv", [["Họ tên", "Tuổi"], ["Nguyễn Văn A", "40"]])


def _empty_xlsx(tmp: Path) -> Path:
    return write_xlsx(tmp / "trong.xlsx", {"Sheet1": []})


def _corrupt_xlsx(tmp: Path) -> Path:
    (tmp / "hong.xlsx").write_bytes(b"this is not a zip file")
    return tmp / "hong.xlsx"


def _binary_csv(tmp: Path) -> Path:
    (tmp / "nhi-phan.csv").write_bytes(bytes(range(256)) * 4)
    return tmp / "nhi-phan.csv"


@pytest.mark.parametrize(("make", "expected"), [
    (_missing, "Không tìm thấy tệp"),
    (_directory, "không phải là một tệp"),
    (_pdf, "không phải .xlsx hoặc .csv"),
    (_old_excel, "Excel cũ (.xls)"),
    (_empty_csv, "trống"),
    (_bom_only_csv, "trống"),
    (_header_only_csv, "không có dòng dữ liệu nào"),
    (_unrecognised_csv, "Không nhận ra bảng"),
    (_empty_xlsx, "trống"),
    (_corrupt_xlsx, "Không đọc được tệp Excel"),
    (_binary_csv, "Không"),
])
def test_bad_files_give_a_clear_error(
    session: Session, tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)

    with pytest.raises(TransferError) as caught:
        run_import(session, path)

    assert expected in str(caught.value)
    assert unicodedata.is_normalized("NFC", str(caught.value))
    assert_nothing_written(session)


# --- Hostile text ---------------------------------------------------------------------------------------


def test_html_sql_and_formula_text_is_stored_verbatim(session: Session, tmp_path: Path) -> None:
    title = "<script>alert('xss')</script> <b>Lớp</b>"
    venue = "'; DROP TABLE courses; --"
    partner = 'Robert"); DELETE FROM organisations; --'
    note = '=HYPERLINK("http://evil.example","bấm vào đây")'
    rows = [["Mã lớp", "Tên lớp", "Ngày bắt đầu", "Địa điểm", "Đơn vị phối hợp", "Ghi chú"],
            ["K01", title, "01/02/2027", venue, partner, note],
            ["K02", "-1+1", "01/02/2027", "@SUM(A1)", "", "'=already quoted"]]
    run_import(session, write_csv(tmp_path / "x.csv", rows))

    stored = course(session, "K01")
    assert (stored.title, stored.venue, stored.partner, stored.description) == (title, venue, partner, note)
    assert inspect(session.get_bind()).has_table("courses")
    assert count(session, Course) == 2

    xlsx = tmp_path / "x.xlsx"
    export_file(session, xlsx, kind="courses", tz=TZ)
    sheet = openpyxl.load_workbook(xlsx)["Khóa học"]
    assert sheet["O2"].value == note and sheet["O2"].data_type == "s"  # text, never a formula

    # CSV: text that a spreadsheet would run gets a leading "'", which import removes again.
    exported = tmp_path / "y.csv"
    export_file(session, exported, kind="courses", tz=TZ)
    raw = exported.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw and "'-1+1" in raw and "'@SUM(A1)" in raw
    report = run_import(session, exported)
    assert report.courses.unchanged == 2
    second = course(session, "K02")
    assert (second.title, second.venue, second.description) == ("-1+1", "@SUM(A1)", "=already quoted")


# --- Values ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("3.580", 3580.0), ("61,23", 61.23), ("1.234.567,5", 1234567.5), ("2.5", 2.5), ("3580", 3580.0),
    ("1,234.5", 1234.5), (" 80% ", 80.0), (12, 12.0), (0.5, 0.5),
])
def test_numbers_are_read_the_vietnamese_way(text: str | int | float, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("value", [3580.0, 61.23, 0.1 + 0.2, 1e-7, 123456789.125])
def test_number_format_reads_back(value: float) -> None:
    assert "." not in format_number(value)
    assert parse_number(format_number(value)) == value


@pytest.mark.parametrize(("text", "years"), [
    ("2026", (2026, 2026)), ("2013-2018", (2013, 2018)), ("2013–2018", (2013, 2018)),
    ("2013 - 2018", (2013, 2018)), (2020, (2020, 2020)),
])
def test_years(text: str | int, years: tuple[int, int]) -> None:
    assert parse_years(text) == years


def test_the_days_of_study_a_plan_gives_are_kept_beside_its_dates(session: Session, tmp_path: Path) -> None:
    """«Số ngày» is how many days the class studies, which two Saturdays a week apart are not the dates'
    eight; given alone it still sets the end. The detail says the plan's number, not a count of the dates."""
    from handlers.compose import course_detail
    from knowledge.store import course_rec

    add_lang_son(session)
    header = [*COURSE_HEADER[:15], "Số ngày"]
    saturdays = ["TLTT-T7", "Thương lượng tập thể, học hai sáng thứ Bảy", "Thương lượng tập thể", "Chủ tịch CĐCS",
                 "LDLD-LS", "", "Lạng Sơn", "Hội trường LĐLĐ tỉnh", "Tập trung (trực tiếp)", "06/03/2027",
                 "13/03/2027 11:30", "", "40", "Mở đăng ký", "", "2"]
    three_days = ["NC-3N", "Công tác nữ công", "Nữ công", "Chủ tịch CĐCS", "LDLD-LS", "", "Lạng Sơn", "",
                  "Tập trung (trực tiếp)", "08/03/2027", "", "", "40", "Mở đăng ký", "", "3 ngày"]
    no_days = [*COURSE_ROWS[0], ""]

    report = run_import(session, write_csv(tmp_path / "so-ngay.csv", [header, saturdays, three_days, no_days]))

    assert report.courses.created == 3
    assert course(session, "TLTT-T7").days == 2 and course(session, "TLTT-T7").ends_at == utc(2027, 3, 13, 11, 30)
    assert course(session, "NC-3N").days == 3 and course(session, "NC-3N").ends_at is not None
    assert course(session, "NC-3N").ends_at.astimezone(TZ).date() == dt.date(2027, 3, 10)
    assert course(session, "ATVSLD-2026-01").days is None
    text = course_detail(course_rec(course(session, "TLTT-T7")), TZ, NOW).text
    assert "Số ngày học: 2 ngày" in text and "học 8 ngày" not in text
    # Without the plan's number the span of the dates is still said.
    assert "(học 3 ngày)" in course_detail(course_rec(course(session, "ATVSLD-2026-01")), TZ, NOW).text

    # A re-import of the same file changes nothing; a new number is an update.
    again = run_import(session, write_csv(tmp_path / "so-ngay.csv", [header, saturdays, three_days, no_days]))
    assert again.courses.updated == 0
    saturdays[-1] = "3"
    run_import(session, write_csv(tmp_path / "so-ngay.csv", [header, saturdays]))
    session.expire_all()
    assert course(session, "TLTT-T7").days == 3


def test_whom_a_class_is_for_is_kept_as_the_plan_wrote_it(session: Session, tmp_path: Path) -> None:
    """The roles lose what the cell says besides them («mới bầu»): the cell is kept as written, shown by the
    class's details and written back by the export; a cell that only lists roles keeps nothing of its own."""
    from handlers.compose import course_detail
    from knowledge.store import course_rec

    add_lang_son(session)
    rows = [[*COURSE_ROWS[0][:3], "Chủ tịch CĐCS mới bầu sau đại hội", *COURSE_ROWS[0][4:]], COURSE_ROWS[1]]
    run_import(session, write_csv(tmp_path / "k.csv", [COURSE_HEADER, *rows]))
    new_chairs = course(session, "ATVSLD-2026-01")
    assert new_chairs.audiences == "chu_tich_cdcs"
    assert new_chairs.audience_written == "Chủ tịch CĐCS mới bầu sau đại hội"
    now = utc(2026, 11, 23)
    assert "Đối tượng: Chủ tịch CĐCS mới bầu sau đại hội" in course_detail(course_rec(new_chairs), TZ, now).text
    out = tmp_path / "xuat.csv"
    export_file(session, out, kind="courses", tz=TZ)
    assert "Chủ tịch CĐCS mới bầu sau đại hội" in out.read_text(encoding="utf-8-sig")
    report = run_import(session, out)
    assert (report.courses.updated, report.courses.unchanged) == (0, 2)
    assert course(session, "TLTT-2027-02").audience_written == ""  # typed without accents: the labels say it better


def test_an_audience_cell_that_only_lists_roles_is_still_shown_in_its_own_words(
        session: Session, tmp_path: Path) -> None:
    """«Cán bộ CĐ chuyên trách» means one role, yet members read the plan's words, so the details say them;
    the export's own labels, read back, keep nothing of their own."""
    from handlers.compose import course_detail
    from knowledge.store import course_rec

    add_lang_son(session)
    rows = [[*COURSE_ROWS[0][:3], "Cán bộ CĐ chuyên trách", *COURSE_ROWS[0][4:]], COURSE_ROWS[1]]
    run_import(session, write_csv(tmp_path / "k.csv", [COURSE_HEADER, *rows]))
    full_time = course(session, "ATVSLD-2026-01")
    assert full_time.audiences == "can_bo_chuyen_trach"
    text = course_detail(course_rec(full_time), TZ, utc(2026, 11, 23)).text
    assert "Đối tượng: Cán bộ CĐ chuyên trách" in text and "Cán bộ công đoàn chuyên trách" not in text
    labelled = [[*COURSE_ROWS[0][:3], "Chủ tịch CĐCS; Đoàn viên, người lao động", *COURSE_ROWS[0][4:]]]
    run_import(session, write_csv(tmp_path / "k2.csv", [COURSE_HEADER, *labelled]))
    session.expire_all()
    assert course(session, "ATVSLD-2026-01").audience_written == ""


def test_sessions_written_for_the_days_are_read_not_refused(session: Session, tmp_path: Path) -> None:
    """«6 buổi» in «Số ngày» (an evening class on six Wednesdays; two sessions a day over two days) is no error
    that refuses the whole plan: the sessions are kept in the class's note and its days of study are as many as
    the dates hold, at most one a session."""
    add_lang_son(session)
    header = [*COURSE_HEADER[:15], "Số ngày"]
    evenings = ["TOI-6B", "Tin học văn phòng (học tối thứ Tư)", "Tin học", "Chủ tịch CĐCS", "LDLD-LS", "",
                "Lạng Sơn", "Phòng máy LĐLĐ tỉnh", "Tập trung (trực tiếp)", "Tối 11/11/2026", "16/12/2026 21:00", "",
                "30", "Mở đăng ký", "", "6 buổi"]
    halves = ["HAI-4B", "Kỹ năng đối thoại", "Đối thoại", "Chủ tịch CĐCS", "LDLD-LS", "", "Lạng Sơn", "",
              "Tập trung (trực tiếp)", "08/03/2027", "09/03/2027", "", "40", "Mở đăng ký", "", "4 buổi học"]
    report = run_import(session, write_csv(tmp_path / "buoi.csv", [header, evenings, halves]))
    assert report.courses.created == 2
    assert course(session, "TOI-6B").days == 6 and "Số buổi học: 6" in course(session, "TOI-6B").description
    assert course(session, "HAI-4B").days == 2 and "Số buổi học: 4" in course(session, "HAI-4B").description
