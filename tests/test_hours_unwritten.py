"""A class whose plan gave only its dates (`courses.hours_written` false: the 08:00–17:00 stored is the import's
guess) is reminded of by day, saved to calendars as an all-day event, and gets its hour only when an organiser
types one — on the web workspace or with `cadrebot course move` — which a plan re-uploaded does not take back
unless the file is chosen over the web (`--theo-tep`).

Time is a controllable clock (the planner with `autorun=False`, fired by `run_due`); databases are fresh, on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from handlers import compose
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import format as vn
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, OutboxJob, Registration, UserProfile
from knowledge.transfer import import_file
from tests.conftest import TZ_VN, VN, FakeClock, build_deps
from tests.people import add_course, add_members
from tests.test_organiser import say
from tests.test_reminders import at, keys, planner, quiet_others, run, sent, tick
from tests.test_web_pages import digest_of, plan_csv, upload
from tests.web_harness import WebHarness

# Monday 07/12/2026 to Wednesday 09/12/2026, as a plan that gives the days only is stored.
STARTS = dt.datetime(2026, 12, 7, 8, 0, tzinfo=VN)
CONFIG = reminders.Config(wording=WORDING)


def dated_only(deps: Deps, *, hours_written: bool = False) -> int:
    """A three-day class with two chairs registered; its id."""
    with session_scope(deps.session_factory) as s:
        quiet_others(s)
        course = add_course(s, "LS-NGAY-01", starts=STARTS)
        course.ends_at = dt.datetime(2026, 12, 9, 17, 0, tzinfo=VN)
        course.hours_written = hours_written
        for p in add_members(s, 2, first_id=100):
            s.add(Registration(course_id=course.id, profile_id=p.id, status="registered"))
        s.flush()
        return course.id


# ------------------------------------------------------------------ 1. reminders by day

def test_a_class_without_an_hour_is_reminded_by_day_never_hours_before_a_guessed_start(any_deps: Deps,
                                                                                       clock: FakeClock) -> None:
    cid = dated_only(any_deps)

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        # The rungs counted in days stay; «2 giờ trước» would fire at 06:00 for an 08:00 nobody wrote.
        assert sorted(p.job_ids()) == sorted([f"remind:{cid}:7d", f"remind:{cid}:1d@07:00"])
        for when in (at(30, 8, month=11), at(6, 7)):
            assert await tick(p, clock, when) == 1
        assert await tick(p, clock, at(7, 6)) == 0 and await tick(p, clock, at(7, 12)) == 0
        assert p.job_ids() == []
        await p.stop()

    run(scenario)
    assert keys(any_deps) == [f"remind:{cid}:7d", f"remind:{cid}:1d@07:00"]
    week, day = (body for _, _, body in sent(any_deps))
    assert "Thời gian: Thứ Hai, 07/12/2026 đến Thứ Tư, 09/12/2026" in week and "08:00" not in week
    assert "ngày mai" in day and "giờ nữa" not in day
    # The calendar file sent with them: all day, over the three days (DTEND is the day after the last).
    with any_deps.session_factory() as s:
        attachment = s.scalar(select(OutboxJob.attachment).where(
            OutboxJob.key.like(f"remind:{cid}:7d:%")))
    assert attachment is not None
    assert "DTSTART;VALUE=DATE:20261207" in attachment and "DTEND;VALUE=DATE:20261210" in attachment
    assert "DTSTART:" not in attachment and "DTEND:" not in attachment


def test_an_own_ladder_keeps_its_day_rungs_and_drops_those_counted_in_hours() -> None:
    course = Course(id=9, code="X", title="Lớp", status="open", audiences="", starts_at=STARTS,
                    registration_deadline=None, reminders="3 ngày; 1 ngày 2 giờ; 1 ngày lúc 18:00; 90 phút",
                    hours_written=False, tentative=None, description="")
    now = at(23, 9, month=11)
    planned = reminders.plan_course(course, sent=set(), now=now, config=CONFIG, tz=TZ_VN)
    assert [p.rung.key for p in planned] == ["3d", "1d@18:00"]
    course.hours_written = True
    planned = reminders.plan_course(course, sent=set(), now=now, config=CONFIG, tz=TZ_VN)
    assert [p.rung.key for p in planned] == ["3d", "1d120m", "1d@18:00", "90m"]


def test_a_late_reminder_on_the_day_says_today_without_counting_hours() -> None:
    course = Course(id=9, code="X", title="Lớp thử", status="open", audiences="", starts_at=STARTS, ends_at=None,
                    hours_written=False, tentative=None, description="", venue=None, province=None)
    text = WORDING.class_reminder(course, "day", at(7, 7), TZ_VN, None).text
    assert text.startswith("⏰ Nhắc lịch học: hôm nay là lớp «Lớp thử» bắt đầu.") and "giờ nữa" not in text
    assert "Thời gian: Thứ Hai, 07/12/2026\n" in text


def test_a_reimport_that_drops_the_hour_drops_the_scheduled_two_hour_reminder(any_deps: Deps, clock: FakeClock,
                                                                              tmp_path: Path) -> None:
    cid = dated_only(any_deps, hours_written=True)
    csv = tmp_path / "lop.csv"
    csv.write_text("Mã lớp,Tên lớp,Ngày bắt đầu,Ngày kết thúc\n"
                   "LS-NGAY-01,Lớp thử LS-NGAY-01,07/12/2026,09/12/2026\n", encoding="utf-8")

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        assert p.planned()[f"remind:{cid}:2h"] == at(7, 6)
        with any_deps.session_factory() as s:
            report = import_file(s, csv, tz=TZ_VN, reminder_config=CONFIG, now=clock.now())
        assert report.notified == {}  # the same days: nothing to tell
        await p.sync()  # the rebuild after the import's data version
        assert f"remind:{cid}:2h" not in p.job_ids() and f"remind:{cid}:1d@07:00" in p.job_ids()
        # A job planned before (another process, a scheduler not yet re-planned) finds nothing to send.
        with session_scope(any_deps.session_factory) as s:
            fired = reminders.fire(session=s, job_id=f"remind:{cid}:2h", now=at(7, 6), config=CONFIG, tz=TZ_VN)
        assert fired.status == "gone"
        for when in (at(30, 8, month=11), at(6, 7), at(7, 6), at(7, 12)):
            await tick(p, clock, when)
        await p.stop()

    run(scenario)
    assert keys(any_deps) == [f"remind:{cid}:7d", f"remind:{cid}:1d@07:00"]


# ------------------------------------------------------------------ 2. the calendar file

def test_the_calendar_file_is_all_day_without_an_hour_and_timed_with_one() -> None:
    course = Course(id=9, code="LS-NGAY-01", title="Lớp thử", status="open", starts_at=STARTS,
                    ends_at=dt.datetime(2026, 12, 9, 17, 0, tzinfo=VN), hours_written=False, description="",
                    venue=None, province="Lạng Sơn")
    ics = reminders.calendar(course, at(23, 9, month=11), TZ_VN)
    assert "DTSTART;VALUE=DATE:20261207\r\n" in ics and "DTEND;VALUE=DATE:20261210\r\n" in ics
    course.ends_at = None  # one day
    ics = reminders.calendar(course, at(23, 9, month=11), TZ_VN)
    assert "DTSTART;VALUE=DATE:20261207\r\n" in ics and "DTEND;VALUE=DATE:20261208\r\n" in ics
    course.hours_written = True
    ics = reminders.calendar(course, at(23, 9, month=11), TZ_VN)
    assert "DTSTART:20261207T010000Z" in ics and "VALUE=DATE" not in ics


# ------------------------------------------------------------------ 3. an hour typed by an organiser

def test_the_command_line_gives_the_hour_only_when_one_is_typed(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from bot import cli

    monkeypatch.setenv("CADREBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    real = FakeClock(dt.datetime.now(VN).replace(second=0, microsecond=0))  # the command line runs on the real clock
    deps = build_deps(db_url, real)
    day = (real.now() + dt.timedelta(days=20)).astimezone(TZ_VN).replace(hour=8, minute=0)
    with session_scope(deps.session_factory) as s:
        quiet_others(s)
        course = add_course(s, "LS-NGAY-02", starts=day)
        course.hours_written = False
        s.add(Registration(course_id=course.id, profile_id=add_members(s, 1, first_id=100)[0].id,
                           status="registered"))
        cid = course.id
    deps.session_factory.kw["bind"].dispose()

    def held() -> tuple[dt.datetime, bool]:
        with deps.session_factory() as s:
            c = s.get(Course, cid)
            assert c is not None
            return c.starts_at.astimezone(TZ_VN), c.hours_written

    later = day + dt.timedelta(days=2)
    assert cli.main(["course", "move", "LS-NGAY-02", f"{later:%d/%m/%Y}"]) == 0  # a date alone
    assert held() == (later, False)
    assert cli.main(["reminders"]) == 0
    assert f"remind:{cid}:2h" not in capsys.readouterr().out
    assert cli.main(["course", "move", "LS-NGAY-02", f"{later:%d/%m/%Y} 7h30"]) == 0
    assert held() == (later.replace(hour=7, minute=30), True)
    assert cli.main(["reminders"]) == 0
    assert f"remind:{cid}:2h" in capsys.readouterr().out
    notices = [body for _, _, body in sent(deps, "notice")]
    # The date-only move says the day only, before and after; the typed hour is said as the news it is.
    assert f"Thời gian mới: {vn.weekday_date(later)} (trước đây: {vn.weekday_date(day)})" in notices[0]
    assert f"Đã có giờ học: {vn.weekday_date(later)}, lúc 07:30" in notices[1]
    deps.session_factory.kw["bind"].dispose()


HEADER = ["Mã lớp", "Tên lớp", "Đơn vị tổ chức", "Ngày bắt đầu", "Ngày kết thúc", "Địa điểm", "Trạng thái"]
PLAN = [["LS-K01", "Tập huấn nghiệp vụ công đoàn", "LĐLĐ tỉnh Lạng Sơn", "08/01/2027", "09/01/2027",
         "Hội trường LĐLĐ tỉnh", "Mở đăng ký"]]


def the_class(web: WebHarness) -> Course:
    with web.deps.session_factory() as s:
        found = s.scalar(select(Course).where(Course.code == "LS-K01"))
        assert found is not None
        return found


def test_the_web_move_gives_the_hour_only_when_one_is_typed_and_a_reupload_keeps_it(
        organiser_web: WebHarness) -> None:
    web = organiser_web
    page = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    assert web.post("/quanly/kehoach/nhap", {"csrf": page.csrf(), "tep": digest_of(page)}).status == 200
    ident = the_class(web).id
    assert the_class(web).hours_written is False
    page = web.get(f"/quanly/lop/{ident}")
    # No guessed hour offered in the form, nor printed as the class's.
    assert 'name="gio" value=""' in page.text and "Kế hoạch chưa ghi giờ học của lớp này" in page.text
    assert "08/01/2027 – 09/01/2027 (chưa có giờ học)" in page.text and "Hiện lớp kết thúc ngày 09/01/2027" in page.text
    csrf = page.csrf()

    moved = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "12/01/2027", "gio": ""})
    assert moved.status == 303
    c = the_class(web)
    assert c.hours_written is False and c.starts_at == dt.datetime(2027, 1, 12, 8, 0, tzinfo=web.deps.tz)

    # The hour the import had guessed, typed by the organiser: the class's hour now, though the start is the same.
    moved = web.post(f"/quanly/lop/{ident}/doi", {"csrf": csrf, "ngay": "12/01/2027", "gio": "8h"})
    assert moved.status == 303
    c = the_class(web)
    assert c.hours_written is True and c.starts_at == dt.datetime(2027, 1, 12, 8, 0, tzinfo=web.deps.tz)
    assert 'name="gio" value="08:00"' in web.get(f"/quanly/lop/{ident}").text

    # The plan uploaded again (days only) says what it would change back, and keeps the web's hour by default…
    preview = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    assert ("(08:00 ngày 12/01/2027 đến 17:00 ngày 13/01/2027, tại Hội trường LĐLĐ tỉnh); tải lên sẽ đưa về "
            "ngày 08/01/2027 đến ngày 09/01/2027 (chưa có giờ học)") in preview.text
    done = web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview), "hoi_1": "LS-K01",
                                             "giu_1": "LS-K01"})
    assert done.status == 200
    assert the_class(web).hours_written is True
    # …and when the file is chosen, its days come back without an hour.
    preview = upload(web, "ke-hoach.csv", plan_csv(PLAN, HEADER))
    done = web.post("/quanly/kehoach/nhap", {"csrf": preview.csrf(), "tep": digest_of(preview), "hoi_1": "LS-K01"})
    assert done.status == 200
    c = the_class(web)
    assert c.hours_written is False and c.starts_at == dt.datetime(2027, 1, 8, 8, 0, tzinfo=web.deps.tz)


def test_an_import_by_the_file_takes_the_hour_back_with_the_days(any_deps: Deps, clock: FakeClock,
                                                                 tmp_path: Path) -> None:
    cid = dated_only(any_deps)
    with session_scope(any_deps.session_factory) as s:
        course = s.get(Course, cid)
        assert course is not None
        reminders.reschedule(session=s, course=course, now=clock.now(), tz=TZ_VN, config=CONFIG,
                             starts_at=STARTS.replace(hour=13, minute=30), hour_given=True)
        course.web_changed_at = clock.now()
        bump_data_version(s)
    csv = tmp_path / "lop.csv"
    csv.write_text("Mã lớp,Tên lớp,Ngày bắt đầu,Ngày kết thúc\n"
                   "LS-NGAY-01,Lớp thử LS-NGAY-01,07/12/2026,09/12/2026\n", encoding="utf-8")
    for undo, hour, written in ((False, 13, True), (True, 8, False)):  # kept by default; `--theo-tep`: the file's
        with any_deps.session_factory() as s:
            import_file(s, csv, tz=TZ_VN, reminder_config=CONFIG, now=clock.now(), undo_web=undo)
        with any_deps.session_factory() as s:
            c = s.get(Course, cid)
            assert c is not None
            assert (c.starts_at.astimezone(TZ_VN).hour, c.hours_written) == (hour, written), undo


# ------------------------------------------------------------------ 4. the words

def test_the_unwritten_hour_is_said_in_a_line_a_phone_shows_whole() -> None:
    course = Course(code="X", title="Lớp", starts_at=STARTS, hours_written=False)
    line = compose.hours_unwritten(course, TZ_VN, "LĐLĐ tỉnh Lạng Sơn")
    # Not in the plan; the usual start, as a guess; whom to ask.
    assert line == "Giờ học: kế hoạch chưa ghi (thường khoảng 08:00, chưa chắc); anh/chị hỏi LĐLĐ tỉnh Lạng Sơn để biết giờ."
    assert len(line) <= 110 and "bạn" not in line


# ------------------------------------------------------------------ 6. the reminder menu promises no hour

def test_the_reminder_menu_says_a_class_without_an_hour_gets_no_reminder_before_the_hour(any_deps: Deps,
                                                                                          clock: FakeClock) -> None:
    dated_only(any_deps)
    hours_line = next(line for line in say(any_deps, "/nhacnho", user="100")[0].text.splitlines()
                      if line.startswith("• Nhắc trước giờ học"))
    assert "đang bật" in hours_line and "chưa báo giờ học" in hours_line and "theo ngày" in hours_line
    # Once the organiser gives the hour the class gets that reminder, and the menu says nothing more.
    with session_scope(any_deps.session_factory) as s:
        course = s.scalar(select(Course).where(Course.code == "LS-NGAY-01"))
        assert course is not None
        course.hours_written = True
    hours_line = next(line for line in say(any_deps, "/nhacnho", user="100")[0].text.splitlines()
                      if line.startswith("• Nhắc trước giờ học"))
    assert hours_line == "• Nhắc trước giờ học (2 giờ): đang bật"


def test_the_reminder_menu_names_only_the_classes_without_an_hour(any_deps: Deps, clock: FakeClock) -> None:
    dated_only(any_deps)
    with session_scope(any_deps.session_factory) as s:
        timed = add_course(s, "LS-GIO-02", starts=STARTS + dt.timedelta(days=14))
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "100"))
        assert profile is not None
        s.add(Registration(course_id=timed.id, profile_id=profile.id, status="registered"))
    text = say(any_deps, "/nhacnho", user="100")[0].text
    assert "(trừ lớp chưa báo giờ học: LS-NGAY-01)" in text and "LS-GIO-02" not in text
    # Someone with no class registered is promised nothing either way.
    assert "chưa báo giờ" not in say(any_deps, "/nhacnho", user="999")[0].text
