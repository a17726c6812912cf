"""Office plans that were refused whole over one habit of the office (found by blind sets 29 and 30): an evening
class with only its last day, the signature block's dated first line, one target for several people, a targets
total labelled in the unit column with the unit summed in brackets (set 37)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.models import Course, Target
from knowledge.transfer import ImportReport, import_file
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)


def run(session: Session, path: Path) -> ImportReport:
    return import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)


def local(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.astimezone(TZ).replace(tzinfo=None)


def test_an_evening_class_with_only_its_days_ends_after_it_starts(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "toi.csv", [
        ["Tên lớp", "Ngày bắt đầu", "Ngày kết thúc", "Số ngày"],
        ["Lớp buổi tối một ngày", "13/01/2027 19:00", "", "1"],
        ["Lớp buổi tối hai ngày", "Tối 15/01/2027", "16/01/2027", ""],
        ["Lớp ban ngày", "20/01/2027", "", "2"],
    ])
    run(session, path)
    held = {c.title: (local(c.starts_at), local(c.ends_at)) for c in session.scalars(select(Course))}
    assert held["Lớp buổi tối một ngày"] == (dt.datetime(2027, 1, 13, 19, 0), dt.datetime(2027, 1, 13, 21, 0))
    start, end = held["Lớp buổi tối hai ngày"]
    assert start is not None and start.hour >= 18 and end is not None and end.date() == dt.date(2027, 1, 16)
    assert end.time() > start.time()
    assert held["Lớp ban ngày"] == (dt.datetime(2027, 1, 20, 8, 0), dt.datetime(2027, 1, 21, 17, 0))


def test_the_signature_blocks_dated_line_is_no_class(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kehoach.csv", [
        ["STT", "Tên lớp", "Ngày bắt đầu", "Ghi chú"],
        ["1", "Nghiệp vụ công tác công đoàn", "10/12/2026", ""],
        ["", "Tổng cộng", "", "1 lớp"],
        ["", "", "", ""],
        ["", "Nơi nhận:", "Hà Nội, ngày 10 tháng 11 năm 2026", ""],
        ["", "- Lưu: VT, BTC.", "PHÓ CHỦ TỊCH", ""],
    ])
    report = run(session, path)
    assert [c.title for c in session.scalars(select(Course))] == ["Nghiệp vụ công tác công đoàn"]
    assert "phần ký tên" in report.summary()


def test_one_target_for_several_people_is_kept_with_its_words(session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "chitieu.csv", [
        ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt"],
        ["NV-2026", "LĐLĐ tỉnh Nghệ An", "2026", "Bồi dưỡng nghiệp vụ công đoàn", "Chủ tịch, ủy viên BCH CĐCS", "300",
         "người", "210"],
        # «Trưởng, phó ban nữ công»: two posts of one role, the nữ công officers, so the target is theirs.
        ["NC-2026", "LĐLĐ tỉnh Nghệ An", "2026", "Bồi dưỡng công tác nữ công", "Trưởng, phó ban nữ công", "120",
         "người", "80"],
    ])
    report = run(session, path)
    target, women = sorted(session.scalars(select(Target)), key=lambda t: -t.target_value)
    assert target.target_value == 300 and target.audience is None
    assert "Chủ tịch, ủy viên BCH CĐCS" in (target.note or "")
    assert "ghi nhiều đối tượng cho một chỉ tiêu" in report.summary()
    assert women.audience == "can_bo_nu_cong"


def test_a_total_labelled_in_the_unit_column_with_its_measure_in_brackets_is_no_target(
        session: Session, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "chitieu.csv", [
        ["STT", "Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính", "Đã đạt"],
        ["1", "CT-26-HV", "LĐLĐ thành phố Cần Thơ", "2026", "Bồi dưỡng cán bộ công đoàn", "4.100", "học viên", "3.020"],
        ["2", "CT-26-LOP", "LĐLĐ thành phố Cần Thơ", "2026", "Số lớp tập huấn", "40", "lớp", "31"],
        ["", "", "Tổng cộng (học viên)", "", "", "4.100", "học viên", "3.020"],
    ])
    report = run(session, path)
    assert sorted(t.code for t in session.scalars(select(Target))) == ["CT-26-HV", "CT-26-LOP"]
    assert "dòng tổng" in report.summary()
