"""A class the plan puts off («Hoãn»), as registered people live it: the import that postpones it tells them
through the outbox (as cancelling does), with the new date when the note gives one or saying there is none
yet; the note that later gives the new date tells them again; reminders, the calendar file, «/lich», the
waiting list and the organiser's pages follow the new date, even once the plan's old date has passed. The
class and people of tests/test_reminders.py (Monday 07/12/2026 08:00; 100 and 101 registered, 102 waiting)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from handlers import announce
from handlers.deps import Deps
from handlers.notices import WORDING
from handlers.organiser import build_announcement
from knowledge import outbox, registrations, reminders, timing
from knowledge.db import session_scope
from knowledge.models import Course, OutboxJob, UserProfile
from knowledge.plans.roster import period
from knowledge.transfer import ImportReport, import_file
from tests.conftest import TZ_VN, FakeClock
from tests.test_reminders import STARTS, at, planner, run, sent, setup, tick

CONFIG = reminders.Config(wording=WORDING)
NEW = dt.datetime(2027, 1, 15, 8, 0, tzinfo=TZ_VN)  # Friday 15/01/2027, as «Hoãn sang 15/01/2027» gives it


def reimport(deps: Deps, tmp_path: Path, now: dt.datetime, status: str, note: str) -> ImportReport:
    csv = tmp_path / "lop.csv"
    csv.write_text("Mã lớp,Tên lớp,Ngày bắt đầu,Trạng thái,Ghi chú\n"
                   f"LS-NHAC-01,Lớp thử LS-NHAC-01,07/12/2026 08:00,{status},{note}\n", encoding="utf-8")
    with deps.session_factory() as s:
        return import_file(s, csv, tz=TZ_VN, reminder_config=CONFIG, now=now)


def test_postponing_without_a_date_tells_everyone_and_stops_the_reminders(any_deps: Deps, clock: FakeClock,
                                                                          tmp_path: Path) -> None:
    cid = setup(any_deps)
    report = reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Tạm hoãn, sẽ thông báo sau.")
    assert report.notified == {"LS-NHAC-01": 3}
    [(_, users, body)] = sent(any_deps, "notice")
    assert users == ["100", "101", "102"]  # the waiting person is told too
    assert body.startswith("❗ Lớp «Lớp thử LS-NHAC-01» dự kiến Thứ Hai, 07/12/2026, lúc 08:00 đã HOÃN.")
    assert "Chưa có lịch mới; khi có, mình sẽ báo anh/chị." in body and "«Hủy chỗ»" in body
    with any_deps.session_factory() as s:
        course = s.get(Course, cid)
        assert course is not None
        assert reminders.plan_course(course, sent=set(), now=clock.now(), config=CONFIG, tz=TZ_VN) == []
        [job] = s.scalars(select(OutboxJob).where(OutboxJob.kind == "notice"))
        assert job.attachment is None  # no calendar entry without a date
    # The same file again: nothing new to tell.
    assert reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Tạm hoãn, sẽ thông báo sau.").notified == {}


def test_the_new_date_is_told_and_the_reminders_follow_it_past_the_old_date(any_deps: Deps, clock: FakeClock,
                                                                            tmp_path: Path) -> None:
    cid = setup(any_deps)
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Tạm hoãn, sẽ thông báo sau.")
    clock.advance(at(10, 9) - clock.now())  # the plan's own date (07/12) is past

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        assert p.job_ids() == []
        assert reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027").notified == {"LS-NHAC-01": 3}
        await p.sync()
        jobs = p.planned()
        assert jobs[f"remind:{cid}:7d"] == NEW - dt.timedelta(days=7)
        assert jobs[f"remind:{cid}:2h"] == NEW - dt.timedelta(hours=2)
        await tick(p, clock, NEW - dt.timedelta(days=7))
        await p.stop()

    run(scenario)
    dated = sent(any_deps, "notice")[-1][2]
    assert dated.startswith("📢 Lớp «Lớp thử LS-NHAC-01» (đã hoãn) đã có lịch mới: Thứ Sáu, 15/01/2027, lúc 08:00.")
    assert "lịch nhắc theo ngày mới" in dated
    [(key, users, body)] = sent(any_deps)
    assert key == f"remind:{cid}:7d:{int(NEW.timestamp())}" and users == ["100", "101"]
    assert "còn 7 ngày nữa" in body and "Thứ Sáu, 15/01/2027, lúc 08:00" in body and "07/12/2026" not in body
    with any_deps.session_factory() as s:
        course = s.get(Course, cid)
        assert course is not None
        assert "DTSTART:20270115T010000Z" in reminders.calendar(course, clock.now())
        assert period(course, ZoneInfo("Asia/Ho_Chi_Minh")).startswith("15/01/2027 08:00")  # the organiser's page
        chair = s.scalar(select(UserProfile).where(UserProfile.user_id == "100"))
        assert chair is not None
        assert [r.course_id for r in registrations.my_registrations(session=s, profile=chair, now=clock.now())] == [cid]


def test_postponing_with_a_date_is_one_notice_with_both_dates(any_deps: Deps, clock: FakeClock, tmp_path: Path) -> None:
    setup(any_deps)
    assert reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027").notified == {"LS-NHAC-01": 3}
    [(_, _, body)] = sent(any_deps, "notice")
    assert body.startswith("❗ Lớp «Lớp thử LS-NHAC-01» dự kiến Thứ Hai, 07/12/2026, lúc 08:00 đã HOÃN. "
                           "Lịch mới: Thứ Sáu, 15/01/2027, lúc 08:00.")
    with any_deps.session_factory() as s:
        [job] = s.scalars(select(OutboxJob).where(OutboxJob.kind == "notice"))
        assert job.attachment is not None and "DTSTART:20270115T010000Z" in job.attachment
    # Opened again at that same new date: nothing changed for anyone.
    csv_note = "Lịch mới 15/01/2027"
    assert reimport(any_deps, tmp_path, clock.now(), "Hoãn", csv_note).notified == {}


def test_a_place_given_up_after_the_old_date_goes_to_the_waiting_list(any_deps: Deps, clock: FakeClock,
                                                                       tmp_path: Path) -> None:
    cid = setup(any_deps)
    with session_scope(any_deps.session_factory) as s:
        course = s.get(Course, cid)
        assert course is not None
        course.capacity = 2
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027")
    clock.advance(STARTS + dt.timedelta(days=3) - clock.now())
    with session_scope(any_deps.session_factory) as s:
        chair = s.scalar(select(UserProfile).where(UserProfile.user_id == "100"))
        assert chair is not None
        assert registrations.cancel(session=s, course_id=cid, profile=chair, now=clock.now(), tz=TZ_VN,
                                    wording=WORDING).status == "left"
    assert any("«Lớp thử LS-NHAC-01» vừa có chỗ trống" in body and users == ["102"]
               for _, users, body in sent(any_deps, "notice"))


def test_a_postponed_class_whose_new_date_passed_reminds_nobody(any_deps: Deps, clock: FakeClock,
                                                                 tmp_path: Path) -> None:
    cid = setup(any_deps)
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027")
    later = NEW + dt.timedelta(days=1)
    with any_deps.session_factory() as s:
        course = s.get(Course, cid)
        assert course is not None
        assert reminders.plan_course(course, sent=set(), now=later, config=CONFIG, tz=TZ_VN) == []
        assert not registrations.takes_registrations(course, later)


def test_a_note_dated_before_the_old_day_gives_no_new_date() -> None:
    old = dt.datetime(2026, 12, 1, 8, tzinfo=TZ_VN)
    assert timing.postponed_to("Hoãn sang 15/01/2026", old) is None  # a slip of the year
    assert timing.postponed_to("Hoãn sang 15/01", old) == dt.datetime(2027, 1, 15, 8, tzinfo=TZ_VN)


def test_a_postponed_class_past_its_deadline_is_refused_as_closed_not_as_undated(any_deps: Deps, clock: FakeClock,
                                                                                 tmp_path: Path) -> None:
    cid = setup(any_deps)  # deadline Thursday 03/12/2026 17:00
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027")
    with session_scope(any_deps.session_factory) as s:
        chair = s.scalar(select(UserProfile).where(UserProfile.user_id == "103"))
        assert chair is not None
        late = registrations.register(session=s, course_id=cid, profile=chair, now=at(5, 9))
        after = registrations.register(session=s, course_id=cid, profile=chair, now=NEW + dt.timedelta(hours=1))
    assert (late.status, after.status) == ("closed", "started")


def test_an_announcement_of_a_class_put_off_gives_its_new_date(any_deps: Deps, clock: FakeClock,
                                                                tmp_path: Path) -> None:
    cid = setup(any_deps)
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027")
    later = STARTS + dt.timedelta(days=3)  # the plan's old day is past: the class may still be announced
    with any_deps.session_factory() as s:
        course = s.get(Course, cid)
        assert course is not None
        everyone = outbox.Scope(roots=None)
        assert announce._course(s, everyone, cid, later) is course
        shown = build_announcement(session=s, body="Mời các đồng chí đăng ký.", course=course, scope=everyone, tz=TZ_VN)
    assert "Bắt đầu: 08:00 Thứ Sáu, 15/01/2027" in shown.text and "07/12/2026" not in shown.text


def test_an_organiser_moving_a_postponed_class_sets_its_day(any_deps: Deps, clock: FakeClock, tmp_path: Path) -> None:
    cid = setup(any_deps)
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Hoãn sang 15/01/2027")
    moved_to = NEW + dt.timedelta(days=7)
    with session_scope(any_deps.session_factory) as s:
        course = s.get(Course, cid)
        assert course is not None
        reminders.reschedule(session=s, course=course, now=clock.now(), tz=TZ_VN, config=CONFIG, starts_at=moved_to)
        # The organiser's own date replaces the one the note gave: no longer put off, held then.
        assert course.status == "open" and timing.held(course)[0] == moved_to
    body = sent(any_deps, "notice")[-1][2]
    assert "Thời gian mới: Thứ Sáu, 22/01/2027, lúc 08:00 (trước đây: Thứ Sáu, 15/01/2027, lúc 08:00)" in body


def test_a_class_put_off_without_a_date_then_held_as_planned_is_told(any_deps: Deps, clock: FakeClock,
                                                                    tmp_path: Path) -> None:
    setup(any_deps)
    reimport(any_deps, tmp_path, clock.now(), "Hoãn", "Tạm hoãn, sẽ thông báo sau.")
    assert reimport(any_deps, tmp_path, clock.now(), "Mở đăng ký", "").notified == {"LS-NHAC-01": 3}
    body = sent(any_deps, "notice")[-1][2]
    assert "Lớp được mở lại: Thứ Hai, 07/12/2026, lúc 08:00." in body
    with any_deps.session_factory() as s:  # reminded of again, on its own day
        course = s.scalar(select(Course).where(Course.code == "LS-NHAC-01"))
        assert course is not None
        planned = reminders.plan_course(course, sent=set(), now=clock.now(), config=CONFIG, tz=TZ_VN)
        assert any(p.key.endswith(f":{int(STARTS.timestamp())}") for p in planned if p.kind == "class")
