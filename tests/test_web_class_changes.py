"""Changing a class on the web workspace: moving it keeps its length only when the organiser gives no end and
the class still ends in time (else the end is shown to confirm), times are read as plans write them, and a
plan uploaded again says which classes it would change back and lets the organiser keep the web change."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from sqlalchemy import select

from knowledge.models import Course
from tests.test_web_pages import digest_of, plan_csv, upload
from tests.web_harness import WebHarness

HEADER = ["Mã lớp", "Tên lớp", "Đơn vị tổ chức", "Ngày bắt đầu", "Ngày kết thúc", "Địa điểm", "Trạng thái"]
PLAN = [["LS-K01", "Tập huấn nghiệp vụ công đoàn", "LĐLĐ tỉnh Lạng Sơn", "08/01/2027 08:00", "08/01/2027 17:00",
         "Hội trường LĐLĐ tỉnh", "Mở đăng ký"]]


def at(web: WebHarness, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 1, day, hour, minute, tzinfo=web.deps.tz)


def imported(web: WebHarness) -> int:
    """The plan's one class (08/01/2027 08:00–17:00), imported through the page; its id."""
    page = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    assert web.post("/quanly/kehoach/nhap", {"csrf": page.csrf(), "tep": digest_of(page)}).status == 200
    return course(web).id


def course(web: WebHarness) -> Course:
    with web.deps.session_factory() as s:
        found = s.scalar(select(Course).where(Course.code == "LS-K01"))
        assert found is not None
        return found


def test_moving_a_day_class_to_the_afternoon_shows_the_end_before_saving(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = imported(web)
    page = web.get(f"/quanly/lop/{ident}")
    assert "Hiện lớp kết thúc lúc 17:00 ngày 08/01/2027" in page.text
    fields = {"csrf": page.csrf(), "ngay": "09/01/2027", "gio": "13:30"}
    asked = web.post(f"/quanly/lop/{ident}/doi", fields)
    assert asked.status == 400
    assert "Giữ nguyên thời lượng thì lớp sẽ kết thúc lúc 22:30 ngày 09/01/2027, muộn hơn giờ kết thúc cũ (17:00)" \
        in asked.text
    assert 'name="ngay_kt" value="09/01/2027"' in asked.text and 'name="gio_kt" value="22:30"' in asked.text
    assert (course(web).starts_at, course(web).ends_at) == (at(web, 8, 8), at(web, 8, 17))  # nothing saved
    moved = web.post(f"/quanly/lop/{ident}/doi", {**fields, "ngay_kt": "09/01/2027", "gio_kt": "17:00"})
    assert moved.status == 303
    assert (course(web).starts_at, course(web).ends_at) == (at(web, 9, 13, 30), at(web, 9, 17))
    # The page, the attendance list and the calendar file all say it.
    assert "09/01/2027 13:30 – 17:00" in web.get(f"/quanly/lop/{ident}").text
    roster = openpyxl.load_workbook(io.BytesIO(web.get(f"/quanly/lop/{ident}/diemdanh.xlsx").body))
    cells = " ".join(str(c.value) for row in roster.active.iter_rows() for c in row if c.value)
    assert "09/01/2027 13:30 – 17:00" in cells and "22:30" not in cells


def test_an_end_the_organiser_confirms_is_kept_as_given(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = imported(web)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    # Resubmitting the end the page proposed is a choice made seeing it.
    moved = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "09/01/2027", "gio": "13:30",
                                                   "ngay_kt": "09/01/2027", "gio_kt": "22:30"})
    assert moved.status == 303 and course(web).ends_at == at(web, 9, 22, 30)
    earlier = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "10/01/2027", "gio": "13h",
                                                     "gio_kt": "12:00"})
    assert earlier.status == 400 and "Giờ kết thúc phải sau giờ bắt đầu" in earlier.text


def test_times_are_read_as_plans_write_them_and_a_length_that_fits_is_kept(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = imported(web)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    for typed, hour, minute in (("8h", 8, 0), ("7 giờ 45", 7, 45), ("7h30", 7, 30)):
        moved = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "12.01.2027", "gio": typed})
        assert moved.status == 303, (typed, re.findall(r'role="alert">([^<]*)', moved.text))
        length = dt.timedelta(hours=9)  # ends no later than before: kept without asking
        assert (course(web).starts_at, course(web).ends_at) == (at(web, 12, hour, minute),
                                                                at(web, 12, hour, minute) + length)
    bad = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "12/01/2027", "gio": "tám giờ kém"})
    assert bad.status == 400 and "giờ như 08:00, 8h, 13h30" in bad.text


def test_a_plan_uploaded_again_says_what_it_would_undo_and_keeps_the_web_change(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = imported(web)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    assert web.post(f"/quanly/lop/{ident}/huy", {"csrf": csrf, "xacnhan": "1"}).status == 303
    preview = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    text = preview.text
    assert ("Lớp LS-K01 đã được sửa trên trang quản lý ngày 23/11/2026 (đã hủy); tải lên sẽ đưa về mở lại lớp, "
            "08:00–17:00 ngày 08/01/2027, tại Hội trường LĐLĐ tỉnh.") in text
    assert 'name="giu_1" value="LS-K01" checked' in text
    # Confirmed with the box ticked, as shown: the class stays cancelled.
    done = web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview), "hoi_1": "LS-K01",
                                             "giu_1": "LS-K01"})
    assert done.status == 200 and "Đã giữ thay đổi trên trang quản lý" in done.text
    assert course(web).status == "cancelled"
    # Unticked: the plan's values are taken again, and the class no longer counts as changed on the web.
    preview = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    done = web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview), "hoi_1": "LS-K01"})
    assert done.status == 200 and "Đã đưa về như tệp" in done.text
    assert course(web).status == "open" and course(web).web_changed_at is None
    again = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    assert "đã được sửa trên trang quản lý" not in again.text


def test_a_moved_class_is_not_moved_back_unseen(organiser_web: WebHarness) -> None:
    web = organiser_web
    ident = imported(web)
    csrf = web.get(f"/quanly/lop/{ident}").csrf()
    web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "15/01/2027", "gio": "08:00",
                                          "dia_diem": "Nhà văn hóa phường"})
    preview = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    assert ("(08:00–17:00 ngày 15/01/2027, tại Nhà văn hóa phường); tải lên sẽ đưa về 08:00–17:00 ngày 08/01/2027, "
            "tại Hội trường LĐLĐ tỉnh.") in preview.text
    # A confirmation that names the class but not its box (or a preview from before the change): kept.
    web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview), "giu_1": "LS-K01",
                                      "hoi_1": "LS-K01"})
    assert (course(web).starts_at, course(web).venue) == (at(web, 15, 8), "Nhà văn hóa phường")


def test_the_command_line_move_shows_a_late_end_and_takes_one_given(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bot import cli
    from knowledge.db import session_scope
    from tests.conftest import FakeClock, build_deps
    from tests.people import add_course

    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    deps = build_deps(sqlite_url, FakeClock(dt.datetime.now(dt.UTC)))
    start = (dt.datetime.now(deps.tz) + dt.timedelta(days=30)).replace(hour=8, minute=0, second=0, microsecond=0)
    with session_scope(deps.session_factory) as s:
        add_course(s, "LS-CLI-01", starts=start)  # 08:00–16:00
    deps.session_factory.kw["bind"].dispose()
    later = start + dt.timedelta(days=1, hours=5, minutes=30)
    assert cli.main(["course", "move", "LS-CLI-01", f"{later:%d/%m/%Y} 13h30"]) == 2
    assert f"lớp kết thúc lúc 21:30 ngày {later:%d/%m/%Y}" in capsys.readouterr().err
    assert cli.main(["course", "move", "LS-CLI-01", f"{later:%d/%m/%Y} 13h30", "--end", f"{later:%d/%m/%Y} 17h"]) == 0
    with deps.session_factory() as s:
        moved = s.scalar(select(Course).where(Course.code == "LS-CLI-01"))
        assert moved is not None and moved.ends_at == later.replace(hour=17, minute=0)
