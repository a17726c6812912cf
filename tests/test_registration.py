"""Registering in chat: capacity, the waiting list and its promotion notice, cancelling, /lich, linked
accounts, the deadline with the next suitable course, and the organisers' list on the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot import cli
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge.db import session_scope
from knowledge.models import Course, OutboxJob, OutboxMessage, Registration, UserProfile
from tests.conftest import FIXED_NOW, TZ_VN, FakeClock, build_deps
from tests.people import add_course, add_members, link
from tests.test_organiser import say


def course(deps: Deps, code: str = "LS-REG-01", *, capacity: int | None = 1, days: int = 20,
           deadline_days: int = 10, topic: str = "") -> int:
    with session_scope(deps.session_factory) as s:
        c = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=days), capacity=capacity,
                       deadline=FIXED_NOW + dt.timedelta(days=deadline_days))
        c.topic = topic
        if not any(True for _ in s.scalars(select(UserProfile).limit(1))):
            add_members(s, 4, first_id=100)
        return c.id


def statuses(deps: Deps, course_id: int) -> dict[str, str]:
    with deps.session_factory() as s:
        rows = s.execute(select(UserProfile.user_id, Registration.status).join(
            Registration, Registration.profile_id == UserProfile.id).where(Registration.course_id == course_id))
        return dict(rows.tuples().all())


def test_full_course_offers_the_waiting_list_and_a_freed_place_goes_to_the_first_waiting(any_deps: Deps) -> None:
    cid = course(any_deps)
    assert say(any_deps, data=f"rg:{cid}", user="100")[0].text.startswith("Đã đăng ký cho anh/chị")
    full = say(any_deps, data=f"rg:{cid}", user="101")
    assert "đã đủ 1 chỗ" in full[0].text and [b.data for b in full[0].buttons] == [f"wl:{cid}"]
    assert "vị trí số 1" in say(any_deps, data=f"wl:{cid}", user="101")[0].text
    assert "vị trí số 2" in say(any_deps, data=f"wl:{cid}", user="102")[0].text
    assert "đã ở vị trí số 1" in say(any_deps, data=f"rg:{cid}", user="101")[0].text
    assert "Đã hủy đăng ký" in say(any_deps, data=f"ok:rc:{cid}", user="100")[0].text
    assert statuses(any_deps, cid) == {"100": "cancelled", "101": "registered", "102": "waitlisted"}
    with any_deps.session_factory() as s:  # the promoted person is told, through the outbox
        [notice] = s.scalars(select(OutboxJob).where(OutboxJob.kind == "notice")).all()
        assert "chuyển từ danh sách chờ sang danh sách học" in notice.text
        assert [m.user_id for m in s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == notice.id))] == [
            "101"]
    assert "vị trí 1" in say(any_deps, "/lich", user="102")[0].text  # moved up the queue


def test_lich_lists_my_places_with_cancel_buttons(deps: Deps) -> None:
    first = course(deps, "LS-REG-01", days=20)
    second = course(deps, "LS-REG-02", days=5, deadline_days=3)
    say(deps, data=f"rg:{first}", user="100")
    say(deps, data=f"rg:{second}", user="100")
    [schedule] = say(deps, "/lich", user="100")
    assert schedule.text.index("LS-REG-02") < schedule.text.index("LS-REG-01")  # soonest first
    assert "Thứ" in schedule.text and "(đã đăng ký)" in schedule.text
    assert [b.data for b in schedule.buttons] == [f"rc:{second}", f"rc:{first}"]
    say(deps, data=f"ok:rc:{second}", user="100")  # the confirmed cancel
    assert "LS-REG-02" not in say(deps, "/lich", user="100")[0].text
    nothing = say(deps, "/lich", user="103")
    assert nothing[0].text.startswith("Anh/chị chưa đăng ký lớp nào")


def test_a_linked_person_holds_one_place_whichever_app_they_use(deps: Deps) -> None:
    cid = course(deps, capacity=5)
    with session_scope(deps.session_factory) as s:
        tg = s.scalars(select(UserProfile).where(UserProfile.user_id == "100")).one()
        za = add_members(s, 1, channel="zalo", first_id=900)[0]
        link(s, tg, za)
    say(deps, data=f"rg:{cid}", user="100")
    assert "đã đăng ký lớp" in say(deps, data=f"rg:{cid}", user="900", channel="zalo")[0].text
    assert "Lịch học của anh/chị" in say(deps, "/lich", user="900", channel="zalo")[0].text
    assert "Đã hủy đăng ký" in say(deps, data=f"ok:rc:{cid}", user="900", channel="zalo")[0].text
    assert statuses(deps, cid) == {"100": "cancelled"}


def test_after_the_deadline_the_next_suitable_course_is_offered(deps: Deps, clock: FakeClock) -> None:
    closed = course(deps, "LS-REG-OLD", days=12, deadline_days=2, topic="atvsld")
    later = course(deps, "LS-REG-NEW", days=40, deadline_days=30, topic="atvsld")
    course(deps, "LS-REG-OTHER", days=35, deadline_days=30, topic="thuong_luong")
    deps.knowledge.engine()  # built before the clock moves, like a running bot
    clock.advance(dt.timedelta(days=3))
    with session_scope(deps.session_factory) as s:
        from knowledge.db import bump_data_version

        bump_data_version(s)
    replies = say(deps, data=f"rg:{closed}", user="100")
    assert "đã hết hạn đăng ký" in replies[0].text
    assert "Lớp tương tự còn nhận đăng ký" in replies[1].text and "LS-REG-NEW" in replies[1].text
    assert [b.data for b in replies[1].buttons] == [f"rg:{later}"]
    assert statuses(deps, closed) == {}


def test_the_next_batch_here_that_also_takes_others_comes_before_the_same_batch_far_away(
        deps: Deps, clock: FakeClock) -> None:
    """Batch 1 for chairs has closed; batch 2 in the same province is for chairs and accountants, and another
    province holds one for chairs alone: the chair is offered the one at home (it takes chairs too)."""
    closed = course(deps, "LS-KT-1", days=12, deadline_days=2, topic="tai_chinh")
    home = course(deps, "LS-KT-2", days=60, deadline_days=50, topic="tai_chinh")
    far = course(deps, "CB-KT-2", days=40, deadline_days=30, topic="tai_chinh")
    with session_scope(deps.session_factory) as s:
        from knowledge.db import bump_data_version

        for cid, title, audiences, province in (
                (closed, "Tập huấn tài chính công đoàn (đợt 1)", "chu_tich_cdcs", "Lạng Sơn"),
                (home, "Tập huấn tài chính công đoàn (đợt 2)", "ke_toan_cdcs;chu_tich_cdcs", "Lạng Sơn"),
                (far, "Tập huấn tài chính công đoàn (đợt 2)", "chu_tich_cdcs", "Cao Bằng")):
            c = s.get(Course, cid)
            assert c is not None
            c.title, c.audiences, c.province = title, audiences, province
        bump_data_version(s)
    deps.knowledge.engine()
    clock.advance(dt.timedelta(days=3))
    replies = say(deps, data=f"rg:{closed}", user="100")
    assert "Lớp tương tự còn nhận đăng ký" in replies[1].text and "LS-KT-2" in replies[1].text
    assert [b.data for b in replies[1].buttons] == [f"rg:{home}"]


def test_a_class_offered_for_its_audience_only_is_not_called_similar(deps: Deps, clock: FakeClock) -> None:
    closed = course(deps, "LS-REG-OLD", days=12, deadline_days=2, topic="atvsld")
    other = course(deps, "LS-REG-OTHER", days=35, deadline_days=30, topic="thuong_luong")  # same audience only
    deps.knowledge.engine()
    clock.advance(dt.timedelta(days=3))
    with session_scope(deps.session_factory) as s:
        from knowledge.db import bump_data_version

        bump_data_version(s)
    replies = say(deps, data=f"rg:{closed}", user="100")
    assert replies[1].text.startswith("Lớp khác chủ đề nhưng cùng đối tượng, còn nhận đăng ký:")
    assert "tương tự" not in replies[1].text and [b.data for b in replies[1].buttons] == [f"rg:{other}"]
    # The notice of a cancelled class says the same of the class it offers.
    with deps.session_factory() as s:
        refused, offered = s.get(Course, closed), s.get(Course, other)
        assert refused is not None and offered is not None
        notice = WORDING.cancelled(refused, refused.starts_at, offered, TZ_VN)
    assert "Lớp khác chủ đề nhưng cùng đối tượng, còn nhận đăng ký: «" in notice.text and "tương tự" not in notice.text
    assert [b.label for b in notice.buttons] == ["Xem lớp gợi ý"]


def test_cli_lists_registrations_and_the_waiting_list(sqlite_url: str, clock: FakeClock,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    deps = build_deps(sqlite_url, clock)
    cid = course(deps)
    say(deps, data=f"rg:{cid}", user="100")
    say(deps, data=f"wl:{cid}", user="101")
    deps.session_factory.kw["bind"].dispose()
    assert cli.main(["registrations", "ls-reg-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "LS-REG-01 — Lớp thử LS-REG-01: 1/1 đã đăng ký, 1 đang chờ"
    assert out[1].startswith("đã đăng ký\ttelegram:100") and out[2].startswith("chờ #1\ttelegram:101")
    assert cli.main(["registrations", "KHONG-CO"]) == 1


def test_cli_registrations_output_is_safe_to_open_in_a_spreadsheet(sqlite_url: str, clock: FakeClock,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    deps = build_deps(sqlite_url, clock)
    cid = course(deps, capacity=None)
    names = {"100": '=HYPERLINK("http://x","bấm")', "101": "Nguyễn\tVăn\nA", "102": "@SUM(A1)", "103": "-1+2"}
    with session_scope(deps.session_factory) as s:
        for user, name in names.items():
            profile = s.scalar(select(UserProfile).where(UserProfile.user_id == user))
            assert profile is not None
            profile.full_name = name  # the name the member gave for registrations is what the list shows
    for user in names:
        say(deps, data=f"rg:{cid}", user=user)
    deps.session_factory.kw["bind"].dispose()
    assert cli.main(["registrations", "LS-REG-01"]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert len(lines) == 4 and all(len(line.split("\t")) == 5 for line in lines)
    shown = [line.split("\t")[2] for line in lines]
    assert shown == ["'=HYPERLINK(\"http://x\",\"bấm\")", "Nguyễn Văn A", "'@SUM(A1)", "'-1+2"]


def test_registration_rows_are_real(deps: Deps) -> None:
    cid = course(deps, capacity=None)
    say(deps, data=f"rg:{cid}", user="100")
    with deps.session_factory() as s:
        c = s.get(Course, cid)
        assert c is not None and c.capacity is None
    assert statuses(deps, cid) == {"100": "registered"}


def test_the_last_seat_pressed_at_once_through_two_connections_is_taken_once(db_url: str, clock: FakeClock) -> None:
    """Two processes (each its own engine and connections) press the last seat of 20 one-seat classes at the
    same moment: every class ends with exactly one place and one person told it is full."""
    import threading

    from knowledge import registrations
    from knowledge.db import make_engine, make_session_factory

    deps = build_deps(db_url, clock)
    with session_scope(deps.session_factory) as s:
        add_members(s, 2, first_id=100)
        ids = [add_course(s, f"LS-RACE-{i:02d}", starts=FIXED_NOW + dt.timedelta(days=20), capacity=1,
                          deadline=FIXED_NOW + dt.timedelta(days=10)).id for i in range(20)]
    engines = [make_engine(db_url) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: dict[str, list[str]] = {"100": [], "101": []}

    def press(user: str, engine_index: int) -> None:
        factory = make_session_factory(engines[engine_index])
        for cid in ids:
            with session_scope(factory) as s:
                profile = s.scalar(select(UserProfile).where(UserProfile.user_id == user))
                assert profile is not None
                barrier.wait(timeout=10)  # both read the profile, then both press together
                results[user].append(registrations.register(session=s, course_id=cid, profile=profile,
                                                            now=FIXED_NOW).status)

    threads = [threading.Thread(target=press, args=(u, i)) for i, u in enumerate(results)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        with deps.session_factory() as s:
            for cid in ids:
                taken = s.scalars(select(Registration).where(Registration.course_id == cid,
                                                             Registration.status == "registered")).all()
                assert len(taken) == 1, f"course {cid}: {len(taken)} places for one seat"
        for a, b in zip(results["100"], results["101"], strict=True):
            assert sorted((a, b)) == ["full", "registered"]
    finally:
        for e in engines:
            e.dispose()
        deps.session_factory.kw["bind"].dispose()
