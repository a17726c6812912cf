"""Real office plans: a part of the day instead of an hour («Chiều 22/12/2026»), a class put off keeping its
hour, batch rows («Đợt 1», «Đợt 2 (tháng 3/2027)», «Đợt II») between classes, the headers offices give the
class name, a missing column said with the names it goes by, and cells as spreadsheets leave them (line
breaks, non-breaking spaces, «(*)» marks, Excel serial dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders, timing
from knowledge.models import Course
from knowledge.plans.dates import parse_when
from knowledge.qa import QAEngine
from knowledge.seed import load_builtin
from knowledge.transfer import ImportReport, TransferError, import_file
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)


def run(session: Session, path: Path) -> ImportReport:
    return import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)


def local(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.astimezone(TZ).replace(tzinfo=None)


def course(session: Session, words: str) -> Course:
    found = session.scalars(select(Course).where(Course.title.contains(words))).all()
    assert len(found) == 1, [c.title for c in found]
    return found[0]


def plan_xlsx(path: Path, rows: list[list[Any]], merge_rows: tuple[int, ...] = ()) -> Path:
    """A sheet as a provincial office lays it out: title block, then the table; `merge_rows` are merged across."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KH 2027"
    for row in [["TỔNG LĐLĐ VIỆT NAM"], ["LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"], [],
                ["KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2027"], [], *rows]:
        sheet.append(row)
    for number in merge_rows:
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=4)
    book.save(path)
    return path


# --- 1. Part of the day instead of an hour ---------------------------------------------------------------


def test_part_of_day_words_give_the_usual_hour_and_an_hour_written_wins() -> None:
    def clock(text: str) -> tuple[dt.date, dt.time | None, str | None]:
        when = parse_when(text, 2027)
        return when.start, when.time, when.part

    day = dt.date(2026, 12, 22)
    assert clock("Chiều 22/12/2026") == (day, dt.time(13, 30), "chiều")
    assert clock("Buổi chiều, 22/12/2026") == (day, dt.time(13, 30), "chiều")
    assert clock("Sáng 22/12/2026") == (day, dt.time(8, 0), "sáng")
    assert clock("Tối 22/12/2026") == (day, dt.time(18, 30), "tối")
    assert clock("chieu 22/12/2026") == (day, dt.time(13, 30), "chiều")  # typed without marks
    # An hour said wins over the part of the day, which only tells afternoon from morning.
    assert clock("14h00 ngày 22/12/2026") == (day, dt.time(14, 0), None)
    assert clock("Chiều 14h00 ngày 22/12/2026") == (day, dt.time(14, 0), None)
    assert clock("2h chiều 22/12/2026") == (day, dt.time(14, 0), None)
    assert clock("7h30 tối 22/12/2026") == (day, dt.time(19, 30), None)
    # «tới» folds like «tối» but is no evening; a period with a part of the day stays a period.
    assert parse_when("Chiều 22 - 23/12/2026").end == dt.date(2026, 12, 23)
    assert parse_when("Tháng 3/2027 (buổi chiều)").tentative == "tháng 3/2027"


def test_a_plan_with_afternoon_and_evening_classes_imports_with_the_hours_assumed_said(
        session: Session, tmp_path: Path) -> None:
    rows = [["Tên lớp", "Thời gian", "Địa điểm"],
            ["Tập huấn nghiệp vụ công đoàn", "Chiều 22/12/2026", "Hội trường LĐLĐ tỉnh"],
            ["Tập huấn an toàn, vệ sinh lao động", "Sáng 23/12/2026", "Hội trường LĐLĐ tỉnh"],
            ["Bồi dưỡng kỹ năng thương lượng tập thể", "Tối 24/12/2026", "Nhà văn hóa công nhân"],
            ["Tập huấn công tác nữ công", "14h00 ngày 25/12/2026", "Hội trường LĐLĐ tỉnh"]]
    report = run(session, write_csv(tmp_path / "ke-hoach.csv", rows))

    assert local(course(session, "nghiệp vụ").starts_at) == dt.datetime(2026, 12, 22, 13, 30)
    assert local(course(session, "an toàn").starts_at) == dt.datetime(2026, 12, 23, 8, 0)
    assert local(course(session, "thương lượng").starts_at) == dt.datetime(2026, 12, 24, 18, 30)
    assert local(course(session, "nữ công").starts_at) == dt.datetime(2026, 12, 25, 14, 0)
    said = {w.row: w.message for w in report.warnings if w.column == "Thời gian"}
    # The afternoon and evening hours were guessed: the organiser is told, with how to write the hour.
    assert set(said) == {2, 4}
    assert "buổi «chiều»" in said[2] and "13:30" in said[2] and "14h00 ngày" in said[2]
    assert "18:30" in said[4]
    assert "Dòng 2, cột \"Thời gian\"" in report.summary()


def test_an_end_written_as_a_morning_ends_that_morning(session: Session, tmp_path: Path) -> None:
    rows = [["Tên lớp", "Từ ngày", "Đến ngày"],
            ["Tập huấn kỹ năng tuyên truyền", "Chiều 22/12/2026", "Sáng 23/12/2026"]]
    report = run(session, write_csv(tmp_path / "ke-hoach.csv", rows))

    found = course(session, "tuyên truyền")
    assert (local(found.starts_at), local(found.ends_at)) == (dt.datetime(2026, 12, 22, 13, 30),
                                                            dt.datetime(2026, 12, 23, 11, 30))
    assert any(w.column == "Đến ngày" and "11:30" in w.message for w in report.warnings)


# --- 2. A class put off keeps its hour --------------------------------------------------------------------


def test_a_class_put_off_keeps_its_own_hour_on_the_new_day(session: Session, tmp_path: Path) -> None:
    rows = [["Tên lớp", "Thời gian", "Trạng thái", "Ghi chú"],
            ["Tập huấn nghiệp vụ công đoàn", "Chiều 22/12/2026", "Hoãn", "Lùi lịch đến 12/5/2027"],
            ["Tập huấn tài chính công đoàn", "14h00 ngày 15/01/2027", "Tạm hoãn", "Hoãn sang 20/2"],
            # The status left blank: the note puts the class off all the same.
            ["Tập huấn công tác kiểm tra", "Tối 10/12/2026", "", "Lùi lịch đến 12/01/2027 do trùng lịch họp"]]
    report = run(session, write_csv(tmp_path / "ke-hoach.csv", rows))

    first, second, third = (course(session, w) for w in ("nghiệp vụ", "tài chính", "kiểm tra"))
    assert local(timing.held(first)[0]) == dt.datetime(2027, 5, 12, 13, 30)
    assert local(timing.held(second)[0]) == dt.datetime(2027, 2, 20, 14, 0)
    assert third.status == "postponed"
    assert local(timing.held(third)[0]) == dt.datetime(2027, 1, 12, 18, 30)
    told = [w.message for w in report.warnings if w.row == 4 and w.column == "Ghi chú"]
    assert told and "«Đã hoãn»" in told[0] and "12/01/2027 lúc 18:30" in told[0]
    # The note of a class whose status is written is read as written: no second word about it.
    assert not [w for w in report.warnings if w.row in (2, 3) and w.column == "Ghi chú"]


def test_the_new_day_of_a_note_is_at_the_old_hour() -> None:
    old = dt.datetime(2026, 12, 22, 13, 30, tzinfo=TZ)
    assert timing.postponed_to("Lùi lịch đến 12/5/2027", old) == dt.datetime(2027, 5, 12, 13, 30, tzinfo=TZ)
    assert timing.postponed_to("Hoãn sang 20/2", old) == dt.datetime(2027, 2, 20, 13, 30, tzinfo=TZ)


def test_a_note_that_only_runs_on_is_no_postponement(session: Session, tmp_path: Path) -> None:
    rows = [["Tên lớp", "Thời gian", "Ghi chú"],
            ["Tập huấn nghiệp vụ công đoàn", "22/12/2026", "Học từ 22/12 đến ngày 24/12/2026"]]
    run(session, write_csv(tmp_path / "ke-hoach.csv", rows))
    assert course(session, "nghiệp vụ").status == "open"


# --- 3. Batch rows ----------------------------------------------------------------------------------------

BATCH_PLAN = [
    ["STT", "Tên lớp", "Thời gian", "Địa điểm"],
    ["Đợt 1", None, None, None],  # row 7, merged across the table
    ["1", "Tập huấn nghiệp vụ cho chủ tịch CĐCS", "15/01/2027", "Hội trường LĐLĐ tỉnh"],
    ["2", "Tập huấn an toàn, vệ sinh lao động", "20/01/2027", "Hội trường LĐLĐ tỉnh"],
    [None, "Đợt 2 (tháng 3/2027)", None, None],  # row 10
    ["3", "Tập huấn nghiệp vụ cho chủ tịch CĐCS", "Chiều 16/03/2027", "Nhà văn hóa Đồng Đăng"],
    ["4", "Bồi dưỡng kỹ năng thương lượng tập thể", None, "Nhà văn hóa Đồng Đăng"],
    ["II", "Đợt II", None, None],  # row 13: «Đợt II» written in Roman numerals too
    ["5", "Tập huấn công tác nữ công (đợt 2)", "Quý II/2027", "Hội trường LĐLĐ tỉnh"],
]


def test_batch_rows_are_sections_and_their_classes_say_the_batch(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    report = run(session, plan_xlsx(tmp_path / "ke-hoach.xlsx", BATCH_PLAN, merge_rows=(7,)))

    assert not [w for w in report.warnings if "bỏ qua" in w.message.lower() and w.row in (7, 10, 13)]
    assert report.courses.created == 5
    assert {row for _sheet, row, why in report.skipped if why == "mục"} == {7, 10, 13}
    assert "7, 10, 13 (mục)" in report.summary()
    titles = sorted(c.title for c in session.scalars(select(Course)))
    assert titles == ["Bồi dưỡng kỹ năng thương lượng tập thể (đợt 2)", "Tập huấn an toàn, vệ sinh lao động (đợt 1)",
                      "Tập huấn công tác nữ công (đợt 2)", "Tập huấn nghiệp vụ cho chủ tịch CĐCS (đợt 1)",
                      "Tập huấn nghiệp vụ cho chủ tịch CĐCS (đợt 2)"]
    # A class of the batch with no time of its own takes the batch's, said in a warning.
    bargaining = course(session, "thương lượng")
    assert bargaining.tentative == "tháng 3/2027"
    assert any(w.row == 12 and "Đợt 2 (tháng 3/2027)" in w.message for w in report.warnings)
    assert local(course(session, "chủ tịch CĐCS (đợt 2)").starts_at) == dt.datetime(2027, 3, 16, 13, 30)

    # Re-importing the same plan changes nothing; the batch's code is the title's as written.
    again = run(session, plan_xlsx(tmp_path / "ke-hoach.xlsx", BATCH_PLAN, merge_rows=(7,)))
    assert (again.courses.created, again.courses.unchanged) == (0, 5)

    qa = QAEngine.from_session(session, tz=TZ)
    answer = qa.answer("lớp nghiệp vụ chủ tịch cđcs đợt 2 học ngày nào", now=NOW)
    assert answer.matches and "(đợt 2)" in answer.matches[0].title


def test_a_class_whose_name_starts_with_its_batch_is_a_class(session: Session, tmp_path: Path) -> None:
    rows = [["Tên lớp", "Thời gian"], ["Đợt 1: Tập huấn nghiệp vụ công đoàn", "15/01/2027"]]
    report = run(session, write_csv(tmp_path / "ke-hoach.csv", rows))
    assert report.courses.created == 1 and not report.skipped


def test_a_new_part_of_the_plan_ends_the_batch(session: Session, tmp_path: Path) -> None:
    rows = [["STT", "Tên lớp", "Thời gian"], ["", "Đợt 1", ""], ["1", "Tập huấn nghiệp vụ công đoàn", "15/01/2027"],
            ["B", "LỚP DO CÔNG ĐOÀN NGÀNH TỔ CHỨC", ""], ["1", "Tập huấn tài chính công đoàn", "20/01/2027"]]
    run(session, write_csv(tmp_path / "ke-hoach.csv", rows))
    assert course(session, "tài chính").title == "Tập huấn tài chính công đoàn"
    assert course(session, "nghiệp vụ").title == "Tập huấn nghiệp vụ công đoàn (đợt 1)"


# --- 4. A missing required column -------------------------------------------------------------------------


def test_a_missing_column_is_said_with_the_names_it_goes_by_and_the_headers_found(
        session: Session, tmp_path: Path) -> None:
    rows = [["STT", "Tên lớp", "Địa điểm tổ chức", "Số lượng"], ["1", "Tập huấn nghiệp vụ", "Hội trường", "60"]]
    with pytest.raises(TransferError) as caught:
        run(session, write_csv(tmp_path / "thieu-cot.csv", rows))

    text = str(caught.value)
    assert 'Thiếu cột bắt buộc "Ngày bắt đầu"' in text
    assert "«Thời gian»" in text and "«Từ ngày»" in text and "«Thời gian tổ chức»" in text
    assert "Hàng tiêu đề trong tệp có các cột: «STT», «Tên lớp», «Địa điểm tổ chức», «Số lượng»." in text
    assert session.scalars(select(Course)).first() is None


# --- 5. The headers offices give the class name -----------------------------------------------------------


@pytest.mark.parametrize("header", ["Tên chương trình", "Nội dung bồi dưỡng", "Tên khóa học", "Chuyên đề"])
def test_the_class_name_under_the_headers_offices_use(session: Session, tmp_path: Path, header: str) -> None:
    rows = [["STT", header, "Thời gian", "Địa điểm"],
            ["1", "Chuyên đề 1: Kỹ năng đối thoại tại nơi làm việc", "15/01/2027", "Hội trường LĐLĐ tỉnh"]]
    report = run(session, write_csv(tmp_path / "ke-hoach.csv", rows))
    assert report.courses.created == 1
    assert course(session, "đối thoại").title == "Chuyên đề 1: Kỹ năng đối thoại tại nơi làm việc"


def test_a_better_name_column_is_the_title_and_the_other_goes_to_the_notes(session: Session, tmp_path: Path) -> None:
    rows = [["Nội dung bồi dưỡng", "Tên lớp", "Chuyên đề", "Thời gian"],
            ["Luật Công đoàn 2024, kỹ năng thương lượng", "Tập huấn cán bộ CĐCS mới", "Nghiệp vụ công tác công đoàn",
             "15/01/2027"]]
    report = run(session, write_csv(tmp_path / "ke-hoach.csv", rows))
    found = course(session, "cán bộ CĐCS mới")
    assert found.title == "Tập huấn cán bộ CĐCS mới"
    assert found.description == "Nội dung bồi dưỡng: Luật Công đoàn 2024, kỹ năng thương lượng"
    assert found.topic == "nghiep_vu"  # «Chuyên đề» beside a name column is the topic, as before
    assert not [w for w in report.warnings if "bỏ qua" in w.message]


# --- 6. Cells as spreadsheets leave them ------------------------------------------------------------------


def test_line_breaks_spaces_footnote_marks_and_serial_dates(session: Session, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên lớp", "Thời gian", "Địa điểm", "Số lượng"])
    sheet.append(["Tập huấn an toàn,\nvệ sinh lao động (*)", 46462, "Hội trường\u00a0LĐLĐ tỉnh\nLạng Sơn", "60 (*)"])
    sheet.append(["Tập huấn tài chính công đoàn*", "16/03/2027 (*)", "Hội trường LĐLĐ tỉnh", 40])
    sheet.append(["Tập\u00a0huấn nữ công", "46462 (*)", "Hội trường LĐLĐ tỉnh", 40])
    sheet.append(["Tập huấn kiểm tra", "Chiều\u00a016/03/2027", "Hội trường LĐLĐ tỉnh", 40])
    path = tmp_path / "ke-hoach.xlsx"
    book.save(path)
    report = run(session, path)

    assert report.courses.created == 4
    safety = course(session, "an toàn")
    assert safety.title == "Tập huấn an toàn, vệ sinh lao động"
    assert safety.venue == "Hội trường LĐLĐ tỉnh Lạng Sơn" and safety.capacity == 60
    assert local(safety.starts_at) == dt.datetime(2027, 3, 16, 8, 0)  # 46462 is 16/3/2027
    assert course(session, "tài chính").title == "Tập huấn tài chính công đoàn"
    assert local(course(session, "tài chính").starts_at) == dt.datetime(2027, 3, 16, 8, 0)
    assert course(session, "nữ công").title == "Tập huấn nữ công"
    assert local(course(session, "nữ công").starts_at) == dt.datetime(2027, 3, 16, 8, 0)
    assert local(course(session, "kiểm tra").starts_at) == dt.datetime(2027, 3, 16, 13, 30)
