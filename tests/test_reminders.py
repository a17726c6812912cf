"""Reminders: the class ladder and deadline reminders, sent once each through the outbox, across restarts,
moves and cancellations, quiet hours and opt-outs; the planner on one elected leader.

Time is a controllable clock: the planner is started with `autorun=False` and `run_due` fires what is due by
that clock, the way APScheduler would at that moment. One test lets APScheduler itself fire, on the real
clock, to show the wiring.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from handlers.core import handle
from handlers.deps import Deps
from handlers.notices import WORDING
from handlers.types import Incoming, Reply
from knowledge import format as vn
from knowledge import reminders
from knowledge.db import bump_data_version, make_engine, make_session_factory, session_scope
from knowledge.models import Course, OutboxJob, OutboxMessage, Registration, UserProfile
from knowledge.transfer import import_file
from scheduler.delivery import Delivery
from scheduler.leader import Leadership
from scheduler.planner import Planner
from tests.conftest import TZ_VN, VN, FakeClock, build_deps
from tests.people import add_course, add_members, link, org_id
from tests.test_organiser import say

# The class: Monday 07/12/2026 08:00 in Hà Nội; registration closes Thursday 03/12 17:00.
STARTS = dt.datetime(2026, 12, 7, 8, 0, tzinfo=VN)
DEADLINE = dt.datetime(2026, 12, 3, 17, 0, tzinfo=VN)


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=VN)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


def setup(deps: Deps, *, starts: dt.datetime = STARTS, deadline: dt.datetime | None = DEADLINE) -> int:
    """Chairs 100, 101 registered, 102 waiting, 103 not registered (all LĐLĐ Lạng Sơn, the course's union and
    audience); 200 a member of a Lạng Sơn sub-union but another role; 300 a chair in Sóc Trăng."""
    with session_scope(deps.session_factory) as s:
        quiet_others(s)
        course = add_course(s, "LS-NHAC-01", starts=starts, deadline=deadline)
        chairs = add_members(s, 4, first_id=100)
        add_members(s, 1, org="LS-CAOLOC", role="doan_vien", first_id=200)
        add_members(s, 1, org="ST", first_id=300)
        for p, status in zip(chairs[:3], ("registered", "registered", "waitlisted"), strict=True):
            s.add(Registration(course_id=course.id, profile_id=p.id, status=status))
        return course.id


def quiet_others(s: Session) -> None:
    """The built-in courses (from the articles) are over for these tests: only the test's course reminds."""
    s.execute(update(Course).values(status="finished"))


def planner(deps: Deps, clock: FakeClock, **config: object) -> Planner:
    return Planner(deps.session_factory, now=clock.now, tz=TZ_VN, config=reminders.Config(wording=WORDING, **config),  # type: ignore[arg-type]
                   autorun=False)


def sent(deps: Deps, kind: str = "reminder") -> list[tuple[str, list[str], str]]:
    """(key, recipients, text) of every queued job of `kind`, in order."""
    with deps.session_factory() as s:
        out = []
        for job in s.scalars(select(OutboxJob).where(OutboxJob.kind == kind).order_by(OutboxJob.id)):
            users = sorted(s.scalars(select(OutboxMessage.user_id).where(OutboxMessage.job_id == job.id)))
            out.append((job.key or "", users, job.text))
        return out


def keys(deps: Deps) -> list[str]:
    return [k.rsplit(":", 1)[0] for k, _, _ in sent(deps)]


async def press(deps: Deps, data: str, user: str) -> list[Reply]:
    return await handle(Incoming("telegram", user, user, callback_data=data), deps)


async def tick(p: Planner, clock: FakeClock, until: dt.datetime) -> int:
    """Move the clock to `until` and fire what is due."""
    clock.advance(until - clock.now())
    return await p.run_due()


# ------------------------------------------------------------------ the ladder itself

def test_ladders_are_read_as_organisers_write_them() -> None:
    assert reminders.parse_ladder("7 ngày; 1 ngày lúc 07:00; 2 giờ") == reminders.DEFAULT_LADDER
    assert reminders.parse_ladder("7d, 1d@07:00, 2h") == reminders.DEFAULT_LADDER
    assert [r.key for r in reminders.parse_ladder("3 ngay, 1 ngay luc 7h30, 90 phút")] == ["3d", "1d@07:30", "90m"]
    assert reminders.parse_ladder("không") == ()
    for bad in ("hôm qua", "1 ngày lúc 25:00", "7d, 7d", "0 giờ", ""):
        with pytest.raises(reminders.LadderError):
            reminders.parse_ladder(bad)


def test_default_ladder_quiet_hours_and_the_exempt_last_reminder() -> None:
    early = Course(id=7, code="X", title="Lớp sớm", status="open", audiences="", reminders=None,
                   starts_at=at(8, 6, 30), registration_deadline=at(3, 23, 0))
    now = at(23, 9, month=11)
    plan = {p.job_id: p for p in reminders.plan_course(early, sent=set(), now=now, config=reminders.Config(wording=WORDING), tz=TZ_VN)}
    # 7 days before 06:30 is inside the quiet hours: held until 07:00; 2 hours before (04:30) is not held.
    assert plan["remind:7:7d"].due == at(1, 6, 30) and plan["remind:7:7d"].run_at == at(1, 7, 0)
    assert plan["remind:7:1d@07:00"].run_at == at(7, 7, 0)
    assert plan["remind:7:2h"].run_at == at(8, 4, 30)
    # Deadline reminders 3 days and 1 day before 23:00 fall in the quiet hours too: the next morning.
    assert plan["deadline:7:3d"].run_at == at(1, 7, 0) and plan["deadline:7:1d"].run_at == at(3, 7, 0)
    assert reminders.quiet(at(1, 21, 0), reminders.Config(wording=WORDING), TZ_VN)
    assert not reminders.quiet(at(1, 7, 0), reminders.Config(wording=WORDING), TZ_VN)


def test_a_course_can_have_its_own_ladder() -> None:
    course = Course(id=8, code="Y", title="Lớp riêng", status="open", audiences="", reminders="3d; 30m",
                    starts_at=STARTS, registration_deadline=None)
    plan = reminders.plan_course(course, sent=set(), now=at(23, 9, month=11), config=reminders.Config(wording=WORDING), tz=TZ_VN)
    assert [p.job_id for p in plan] == ["remind:8:3d", "remind:8:30m"]


# ------------------------------------------------------------------ sending

def test_each_reminder_goes_once_to_the_right_people(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        assert sorted(p.job_ids()) == sorted([f"remind:{cid}:7d", f"remind:{cid}:1d@07:00", f"remind:{cid}:2h",
                                              f"deadline:{cid}:3d", f"deadline:{cid}:1d"])
        assert await tick(p, clock, at(30, 7, 59, month=11)) == 0
        for when in (at(30, 8, month=11), at(30, 17, month=11), at(2, 17), at(6, 7), at(7, 6)):
            assert await tick(p, clock, when) == 1
        assert await tick(p, clock, at(7, 12)) == 0 and p.job_ids() == []
        await p.stop()

    run(scenario)
    got = sent(any_deps)
    assert [k for k in keys(any_deps)] == [f"remind:{cid}:7d", f"deadline:{cid}:3d", f"deadline:{cid}:1d",
                                           f"remind:{cid}:1d@07:00", f"remind:{cid}:2h"]
    by_key = {k.rsplit(":", 1)[0]: (users, body) for k, users, body in got}
    # The class ladder: the registered, not the person waiting; deadline reminders: the one chair who fits the
    # course and has not registered (not the waiting one, not another role, not another union).
    assert by_key[f"remind:{cid}:7d"][0] == ["100", "101"]
    assert by_key[f"deadline:{cid}:3d"][0] == ["103"]
    week = by_key[f"remind:{cid}:7d"][1]
    assert "còn 7 ngày nữa" in week and "Thứ Hai, 07/12/2026, lúc 08:00" in week
    assert "ngày mai" in by_key[f"remind:{cid}:1d@07:00"][1]
    assert "còn khoảng 2 giờ nữa" in by_key[f"remind:{cid}:2h"][1]
    assert "Hạn đăng ký: 17:00 Thứ Năm, 03/12/2026" in by_key[f"deadline:{cid}:3d"][1]
    with any_deps.session_factory() as s:
        job = s.scalar(select(OutboxJob).where(OutboxJob.key.like(f"remind:{cid}:7d:%")))
        assert job is not None and job.attachment is not None
        assert "BEGIN:VEVENT" in job.attachment and "DTSTART:20261207T010000Z" in job.attachment
        assert ("Hủy chỗ", f"rc:{cid}") in [tuple(b) for b in job.buttons]


def test_registering_stops_deadline_reminders_and_starts_the_class_ones(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        await tick(p, clock, at(30, 17, month=11))  # 7 days before the class, 3 days before the deadline
        assert (await press(any_deps, f"rg:{cid}", "103"))[0].text.startswith("Đã đăng ký cho anh/chị")
        await tick(p, clock, at(2, 17))
        await tick(p, clock, at(6, 7))
        await p.stop()

    run(scenario)
    by_key = {k.rsplit(":", 1)[0]: users for k, users, _ in sent(any_deps)}
    assert by_key[f"deadline:{cid}:3d"] == ["103"]
    assert by_key[f"deadline:{cid}:1d"] == []
    assert by_key[f"remind:{cid}:1d@07:00"] == ["100", "101", "103"]


def test_restart_across_a_due_time_sends_once_and_restarts_keep_one_job_each(any_deps: Deps,
                                                                                clock: FakeClock) -> None:
    cid = setup(any_deps)

    async def scenario() -> None:
        first = planner(any_deps, clock)
        await first.start()
        await first.stop()  # the bot goes down before the 7-day reminder…
        clock.advance(at(30, 10, month=11) - clock.now())  # …and comes back two hours after it fell due
        second = planner(any_deps, clock)
        await second.start()
        assert await second.run_due() == 1  # sent once, at start, late but still useful
        await second.stop()
        for _ in range(3):
            again = planner(any_deps, clock)
            await again.start()
            ids = again.job_ids()
            assert len(ids) == len(set(ids)) == 4 and f"remind:{cid}:7d" not in ids
            assert again.scheduler_jobs() == len(set(again.planned().values())) == 4
            await again.rebuild()
            await again.rebuild()  # re-planning replaces jobs, it never adds a second one
            assert sorted(again.job_ids()) == sorted(ids)
            assert await again.run_due() == 0
            await again.stop()

    run(scenario)
    assert keys(any_deps) == [f"remind:{cid}:7d"]
    assert "còn 7 ngày nữa" in sent(any_deps)[0][2]


def test_only_the_latest_missed_reminder_is_sent_and_nothing_once_the_class_began(any_deps: Deps,
                                                                                 clock: FakeClock) -> None:
    cid = setup(any_deps, deadline=None)

    async def scenario() -> None:
        clock.advance(at(7, 6, 30) - clock.now())  # down for two weeks: 7 d, 1 d and 2 h all missed
        p = planner(any_deps, clock)
        await p.start()
        assert p.job_ids() == [f"remind:{cid}:2h"]
        await p.run_due()
        await p.stop()
        clock.advance(dt.timedelta(hours=2))  # the class has begun
        late = planner(any_deps, clock)
        assert await late.start() == 0
        await late.stop()

    run(scenario)
    assert keys(any_deps) == [f"remind:{cid}:2h"]


def test_quiet_hours_hold_a_late_reminder_until_morning(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps, deadline=None)

    async def scenario() -> None:
        clock.advance(at(30, 23, month=11) - clock.now())  # back at 23:00, the 7-day reminder missed
        p = planner(any_deps, clock)
        await p.start()
        assert await p.run_due() == 0
        assert await tick(p, clock, at(1, 6, 59)) == 0
        assert await tick(p, clock, at(1, 7, 0)) == 1
        await p.stop()

    run(scenario)
    assert keys(any_deps) == [f"remind:{cid}:7d"]
    assert "còn 6 ngày nữa" in sent(any_deps)[0][2]


def test_moving_a_class_tells_everyone_and_replans_its_reminders(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)
    later = STARTS + dt.timedelta(days=7)

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        with session_scope(any_deps.session_factory) as s:
            course = s.get(Course, cid)
            assert course is not None
            reminders.reschedule(session=s, course=course, now=clock.now(), tz=TZ_VN, config=p.config,
                                 starts_at=later, venue="Nhà văn hóa lao động")
            bump_data_version(s)
        await p.sync()
        jobs = p.planned()
        assert jobs[f"remind:{cid}:7d"] == at(7, 8)
        assert await tick(p, clock, at(30, 8, month=11)) == 0  # the old 7-day time: nothing
        await tick(p, clock, at(7, 8))
        await p.stop()

    run(scenario)
    notices = sent(any_deps, "notice")
    assert len(notices) == 1
    _, users, body = notices[0]
    assert users == ["100", "101", "102"]  # the waiting person is told too
    assert "Thời gian mới: Thứ Hai, 14/12/2026, lúc 08:00" in body and "Nhà văn hóa lao động" in body
    week = [(k, u) for k, u, _ in sent(any_deps) if k.startswith(f"remind:{cid}:7d:")]
    assert week == [(f"remind:{cid}:7d:{int(later.timestamp())}", ["100", "101"])]


def test_cancelling_a_class_tells_everyone_and_leaves_no_reminders(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        with session_scope(any_deps.session_factory) as s:
            course = s.get(Course, cid)
            assert course is not None
            reminders.reschedule(session=s, course=course, now=clock.now(), tz=TZ_VN, config=p.config, cancel=True)
            bump_data_version(s)
        await p.sync()
        assert p.job_ids() == []
        await tick(p, clock, at(7, 7))
        await p.stop()

    run(scenario)
    assert sent(any_deps) == []
    [(_, users, body)] = sent(any_deps, "notice")
    assert users == ["100", "101", "102"] and "đã bị HỦY" in body


def test_a_reimport_that_moves_a_class_notifies_and_the_planner_follows(any_deps: Deps, clock: FakeClock,
                                                                        tmp_path: Path) -> None:
    cid = setup(any_deps)
    csv = tmp_path / "lop.csv"
    csv.write_text("Mã lớp,Tên lớp,Ngày bắt đầu,Ngày kết thúc\n"
                   "LS-NHAC-01,Lớp thử LS-NHAC-01,08/12/2026 14:00,08/12/2026 17:00\n", encoding="utf-8")

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        with any_deps.session_factory() as s:
            report = import_file(s, csv, tz=TZ_VN, reminder_config=reminders.Config(wording=WORDING), now=clock.now())
        assert report.notified == {"LS-NHAC-01": 3}
        await p.sync()
        jobs = p.planned()
        assert jobs[f"remind:{cid}:2h"] == at(8, 12)
        await p.stop()

    run(scenario)
    [(_, _, body)] = sent(any_deps, "notice")
    assert "Thứ Ba, 08/12/2026, lúc 14:00" in body


def test_notices_at_night_wait_for_the_morning(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)
    clock.advance(at(23, 22, month=11) - clock.now())
    with session_scope(any_deps.session_factory) as s:
        course = s.get(Course, cid)
        assert course is not None
        reminders.reschedule(session=s, course=course, now=clock.now(), tz=TZ_VN, config=reminders.Config(wording=WORDING),
                             starts_at=STARTS + dt.timedelta(hours=1))
    with any_deps.session_factory() as s:
        times = set(s.scalars(select(OutboxMessage.next_attempt_at)))
    assert times == {at(24, 7, month=11)}


def test_nhacnho_turns_each_kind_off_and_on_for_linked_accounts_too(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)
    with session_scope(any_deps.session_factory) as s:
        zalo = add_members(s, 1, channel="zalo", first_id=100)[0]
        tele = s.scalar(select(UserProfile).where(UserProfile.channel == "telegram", UserProfile.user_id == "100"))
        assert tele is not None
        link(s, tele, zalo, notify="telegram")
    menu = say(any_deps, "/nhacnho", user="100")[0]
    assert "Nhắc trước lớp học vài ngày (7 ngày): đang bật" in menu.text
    assert [b.data for b in menu.buttons] == ["nn:off:week", "nn:off:day", "nn:off:hours", "nn:off:deadline"]
    after = say(any_deps, data="nn:off:week", user="100")[0]
    assert after.text.startswith("Đã tắt") and "nn:on:week" in [b.data for b in after.buttons]
    with any_deps.session_factory() as s:
        assert set(s.scalars(select(UserProfile.reminders_off).where(UserProfile.user_id == "100"))) == {"week"}

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        await tick(p, clock, at(30, 8, month=11))
        await handle(Incoming("telegram", "101", "101", "/nhacnho tat"), any_deps)
        await tick(p, clock, at(6, 7))
        await handle(Incoming("telegram", "101", "101", "/nhacnho bat"), any_deps)
        await tick(p, clock, at(7, 6))
        await p.stop()

    run(scenario)
    by_key = {k.rsplit(":", 1)[0]: users for k, users, _ in sent(any_deps)}
    assert by_key[f"remind:{cid}:7d"] == ["101"]
    assert by_key[f"remind:{cid}:1d@07:00"] == ["100"]
    assert by_key[f"remind:{cid}:2h"] == ["100", "101"]
    assert "Mình không hiểu" not in say(any_deps, data="nn:off:nonsense", user="100")[0].text


def test_a_person_promoted_from_the_waiting_list_gets_the_next_reminders(any_deps: Deps, clock: FakeClock) -> None:
    cid = setup(any_deps)

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        await tick(p, clock, at(30, 8, month=11))
        with session_scope(any_deps.session_factory) as s:
            s.get(Course, cid).capacity = 2  # type: ignore[union-attr]
        assert "hủy" in (await press(any_deps, f"ok:rc:{cid}", "101"))[0].text
        await tick(p, clock, at(6, 7))
        await p.stop()

    run(scenario)
    by_key = {k.rsplit(":", 1)[0]: users for k, users, _ in sent(any_deps)}
    assert by_key[f"remind:{cid}:7d"] == ["100", "101"]
    assert by_key[f"remind:{cid}:1d@07:00"] == ["100", "102"]
    assert [users for _, users, _ in sent(any_deps, "notice")] == [["102"]]  # «Tin vui: …»


# ------------------------------------------------------------------ the engine

def test_apscheduler_fires_a_due_reminder_in_the_event_loop(tmp_path: Path) -> None:
    """On the real clock: a class an hour away, its 2-hour reminder due already, goes out at start."""
    real = FakeClock(dt.datetime.now(VN))
    deps = build_deps(f"sqlite:///{tmp_path / 'real.db'}", real)
    cid = setup(deps, starts=real.now() + dt.timedelta(hours=1), deadline=None)

    async def scenario() -> None:
        p = Planner(deps.session_factory, now=lambda: dt.datetime.now(VN), tz=TZ_VN,
                    config=reminders.Config(wording=WORDING, quiet_start=dt.time(0, 0), quiet_end=dt.time(0, 0)))
        queued = asyncio.Event()
        p.on_queued = queued.set
        await p.start()
        await asyncio.wait_for(queued.wait(), 10)
        await p.stop()

    try:
        run(scenario)
    finally:
        deps.session_factory.kw["bind"].dispose()
    assert keys(deps) == [f"remind:{cid}:2h"]


def test_one_planner_per_postgresql_deployment_and_takeover_when_it_dies(pg_url: str, clock: FakeClock) -> None:
    deps = build_deps(pg_url, clock)
    cid = setup(deps)
    engines = [make_engine(pg_url) for _ in range(3)]

    async def scenario() -> None:
        one_p, two_p = planner(deps, clock), planner(deps, clock)
        one = Delivery(engines[0], make_session_factory(engines[0]), [], now=clock.now, tz=TZ_VN, wording=WORDING, retry=0.05,
                       tick=0.05, planner=one_p)
        two = Delivery(engines[1], make_session_factory(engines[1]), [], now=clock.now, tz=TZ_VN, wording=WORDING, retry=0.05,
                       tick=0.05, planner=two_p)
        two_lock = count_refusals(two.leadership)
        one.start()
        await asyncio.wait_for(one.leading.wait(), 5)
        two.start()
        await asyncio.wait_for(_until(lambda: two_lock.refused >= 3), 5)  # the passive one tried to lead, and failed
        assert one_p.running and not two_p.running and not two.leading.is_set()
        # The leader's process dies: its lease is not given back and expires after its time to live.
        await one.crash()
        clock.advance(dt.timedelta(seconds=31))
        await asyncio.wait_for(two.leading.wait(), 5)
        assert two_p.running
        await asyncio.wait_for(_until(lambda: not one_p.running), 5)
        await tick(two_p, clock, at(30, 8, month=11))
        await one_p.run_due()
        await one.stop()
        await two.stop()

    try:
        run(scenario)
        assert keys(deps) == [f"remind:{cid}:7d"]
    finally:
        for e in engines:
            e.dispose()
        deps.session_factory.kw["bind"].dispose()


class Refusals:
    """How often a real lease refused this process, so that a test waits for attempts instead of sleeping."""

    def __init__(self) -> None:
        self.refused = 0


def count_refusals(leadership: Leadership) -> Refusals:
    counter = Refusals()
    take = leadership.try_acquire

    def counting() -> bool:
        got = take()
        counter.refused += not got
        return got

    leadership.try_acquire = counting  # type: ignore[method-assign]
    return counter


async def _until(check: Callable[[], bool]) -> None:
    while not check():
        await asyncio.sleep(0.02)


def test_union_and_role_decide_who_hears_of_a_deadline(any_deps: Deps, clock: FakeClock) -> None:
    with session_scope(any_deps.session_factory) as s:
        quiet_others(s)
        course = add_course(s, "LS-ALL", starts=STARTS, deadline=DEADLINE)
        course.audiences = ""  # for everyone in LĐLĐ Lạng Sơn and below
        add_members(s, 1, first_id=100)
        add_members(s, 1, org="LS-CAOLOC", role="doan_vien", first_id=200)
        add_members(s, 1, org="ST", first_id=300)
        add_members(s, 1, org=None, role=None, first_id=400)
        cid = course.id
        assert org_id(s, "LS-CAOLOC")

    async def scenario() -> None:
        p = planner(any_deps, clock)
        await p.start()
        await tick(p, clock, at(30, 17, month=11))
        await p.stop()

    run(scenario)
    by_key = {k.rsplit(":", 1)[0]: users for k, users, _ in sent(any_deps)}
    assert by_key[f"deadline:{cid}:3d"] == ["100", "200"]


def test_reminders_carry_the_calendar_file_on_telegram_and_a_link_on_zalo(deps: Deps, clock: FakeClock) -> None:
    from scheduler.pacer import Pacer
    from tests.fake_telegram import FakeTelegram
    from tests.fake_zalo import FakeZalo
    from tests.test_delivery import FAST, pacing, telegram
    from tests.test_zalo import polling_bot

    cid = setup(deps)
    with session_scope(deps.session_factory) as s:
        zalo = add_members(s, 1, channel="zalo", first_id=900)[0]
        s.add(Registration(course_id=cid, profile_id=zalo.id, status="registered"))

    async def scenario() -> None:
        p = planner(deps, clock, public_url="https://bot.example.vn/")
        await p.start()
        await tick(p, clock, at(30, 8, month=11))
        await p.stop()
        async with FakeTelegram() as tg, telegram(deps, tg) as ch, pacing(ch, deps), \
                FakeZalo() as fz, polling_bot(deps, fz) as zch:
            zpacer = Pacer(zch, deps.session_factory, now=deps.clock.now, config=FAST)
            zpacer.start()
            await tg.wait_until(lambda: len(tg.sent) == 2)
            await _until(lambda: len(fz.sent) == 1)
            await zpacer.stop()
            assert not tg.errors
            for m in tg.sent:
                assert m.document is not None and m.document[0] == "lich-hoc.ics"
                assert b"SUMMARY:L\xe1\xbb\x9bp th\xe1\xbb\xad LS-NHAC-01" in m.document[1]
                assert "Thứ Hai, 07/12/2026, lúc 08:00" in m.visible
                assert [b["data"] for b in m.buttons] == [f"c:{cid}", f"rc:{cid}", "nn:off:week"]
            zalo_text = fz.sent[0].text
            assert f"https://bot.example.vn/ics/{cid}.ics" in zalo_text and "1. Xem chi tiết lớp" in zalo_text

    run(scenario)


def test_the_calendar_link_serves_the_class(any_deps: Deps, clock: FakeClock) -> None:
    deps = any_deps
    import aiohttp
    from aiohttp import web

    from bot.app import App
    from bot.serve import _calendar
    from bot.settings import Settings
    from bot.web import WebServer

    cid = setup(deps)

    async def scenario() -> None:
        app = App(settings=Settings(_env_file=None), engine=deps.session_factory.kw["bind"], deps=deps)  # type: ignore[call-arg]
        server = WebServer("127.0.0.1:0", health=lambda: asyncio.sleep(0, {}))

        async def calendar(request: web.Request) -> web.Response:
            return await _calendar(app, request)

        server.app.router.add_get("/ics/{course}.ics", calendar)
        await server.start()
        try:
            async with aiohttp.ClientSession() as http:
                async with http.get(f"http://127.0.0.1:{server.port}/ics/{cid}.ics") as resp:
                    body = await resp.text()
                    assert resp.status == 200 and resp.content_type == "text/calendar"
                    assert "DTSTART:20261207T010000Z" in body and "LOCATION:Hội trường LĐLĐ tỉnh\\, Lạng Sơn" in body
                async with http.get(f"http://127.0.0.1:{server.port}/ics/99999.ics") as resp:
                    assert resp.status == 404 and "Không tìm thấy lớp" in await resp.text()
                # Beyond a database integer (2³¹ and more: PostgreSQL would refuse the query), or not digits.
                for bad in ("2147483648", "2147483647", "99999999999", "%C2%B2", "-1", "0x10"):
                    async with http.get(f"http://127.0.0.1:{server.port}/ics/{bad}.ics") as resp:
                        assert resp.status == 404, bad
        finally:
            await server.stop()

    run(scenario)


def test_command_line_moves_cancels_and_sets_a_course_ladder(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from bot import cli

    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    real = FakeClock(dt.datetime.now(VN).replace(second=0, microsecond=0))  # the command line runs on the real clock
    deps = build_deps(sqlite_url, real)
    cid = setup(deps, starts=real.now() + dt.timedelta(days=14), deadline=None)
    deps.session_factory.kw["bind"].dispose()
    moved = (real.now() + dt.timedelta(days=21)).astimezone(TZ_VN).replace(hour=8, minute=0)

    assert cli.main(["course", "reminders", "LS-NHAC-01"]) == 0
    assert capsys.readouterr().out.startswith("7 ngày; 1 ngày lúc 07:00; 2 giờ (mặc định của hệ thống)")
    assert cli.main(["course", "reminders", "LS-NHAC-01", "3 ngày; 1 giờ"]) == 0
    assert cli.main(["course", "reminders", "LS-NHAC-01", "hôm qua"]) == 2
    assert "Lịch nhắc không hợp lệ" in capsys.readouterr().err
    assert cli.main(["reminders"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 tin nhắc đang chờ.") and f"remind:{cid}:3d" in out and f"remind:{cid}:1h" in out

    # The class started at the clock's hour and lasts 8 hours: moved to 08:00 it may end later in the day than it
    # used to (then refused, the end shown), so the end is given.
    assert cli.main(["course", "move", "LS-NHAC-01", f"{moved:%d/%m/%Y %H:%M}", "--venue", "Phòng 2",
                     "--end", f"{moved + dt.timedelta(hours=8):%d/%m/%Y %H:%M}"]) == 0
    assert "3 người đã đăng ký sẽ nhận thông báo" in capsys.readouterr().out
    assert cli.main(["course", "move", "LS-NHAC-01", "hôm qua"]) == 2
    assert cli.main(["course", "cancel", "LS-NHAC-01"]) == 0
    assert cli.main(["course", "cancel", "LS-NHAC-01"]) == 1
    assert cli.main(["course", "move", "KHONG-CO", "01/01/2030"]) == 1
    notices = sent(deps, "notice")
    assert [users for _, users, _ in notices] == [["100", "101", "102"]] * 2
    assert f"Thời gian mới: {vn.weekday_date(moved)}, lúc 08:00" in notices[0][2]
    assert "Phòng 2" in notices[0][2] and "đã bị HỦY" in notices[1][2]
    assert cli.main(["reminders"]) == 0 and capsys.readouterr().out.endswith("0 tin nhắc đang chờ.\n")


def test_bad_reminder_settings_are_refused_with_the_reason() -> None:
    from pydantic import ValidationError

    from bot.settings import Settings

    config = Settings(CADREBOT_REMINDERS="5 ngày, 3 giờ", CADREBOT_QUIET_HOURS="22:00-06:30",  # type: ignore[call-arg]
                      _env_file=None).reminder_config()
    assert [r.key for r in config.ladder] == ["5d", "3h"] and config.quiet_end == dt.time(6, 30)
    with pytest.raises(ValidationError, match="mốc nhắc"):
        Settings(CADREBOT_REMINDERS="sớm", _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="21:00-07:00"):
        Settings(CADREBOT_QUIET_HOURS="đêm", _env_file=None)  # type: ignore[call-arg]


def test_stopping_while_the_planner_starts_leaves_nothing_running(deps: Deps, clock: FakeClock) -> None:
    """SIGTERM right after winning the leadership: the plan being built is dropped, not half started."""
    setup(deps)

    async def scenario() -> None:
        p = planner(deps, clock)
        starting = asyncio.ensure_future(p.start())
        await asyncio.sleep(0)  # the plan is being read in a worker thread
        await p.stop()
        assert await starting == 0
        assert not p.running and p.job_ids() == []

    run(scenario)
