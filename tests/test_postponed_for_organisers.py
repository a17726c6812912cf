"""A class put off («Đã hoãn») as organisers see it: listed by the new day its note gives wherever they pick or
filter classes (the chat's and the workspace's classes to attach to an announcement, the workspace's «Sắp
tới»/«Đã qua» and date filters), one with no new date yet kept among the coming classes and marked so, the
«dời lịch» form filled with the new day, and a class put off to a new day offered as the similar class."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from handlers.deps import Deps
from knowledge import registrations
from knowledge.db import session_scope
from knowledge.models import Course
from tests.conftest import FIXED_NOW  # Monday 23/11/2026, 09:00 in Hà Nội
from tests.people import add_course, make_organiser
from tests.test_organiser import ORGANISER, say
from tests.web_harness import WebHarness

DAY = dt.timedelta(days=1)


def put_off(session: Session) -> dict[str, int]:
    """In Lạng Sơn: a class put off from last week to 15/01/2027 («MOVED»), one put off from last week with no
    new date («UNDATED»), one put off from last month to a day now past («MOVED-PAST»), one put off from next
    week to 20/12/2026 («LATER»), and an open class on 10/12/2026 («OPEN»)."""
    def postponed(code: str, starts: dt.datetime, note: str) -> Course:
        c = add_course(session, code, starts=starts)
        c.status, c.description = "postponed", note
        return c

    made = [
        postponed("MOVED", FIXED_NOW - 7 * DAY, "Hoãn sang 15/01/2027 do trùng lịch Đại hội."),
        postponed("UNDATED", FIXED_NOW - 7 * DAY, "Tạm hoãn, sẽ thông báo sau."),
        postponed("MOVED-PAST", FIXED_NOW - 40 * DAY, "Lùi đến ngày 20/11/2026."),
        postponed("LATER", FIXED_NOW + 7 * DAY, "Dời lịch sang 20/12/2026, trùng lịch họp vào 01/12."),
        add_course(session, "OPEN", starts=dt.datetime(2026, 12, 10, 8, tzinfo=FIXED_NOW.tzinfo)),
    ]
    session.flush()
    return {c.code: c.id for c in made}


def test_not_started_counts_a_postponed_class_at_its_new_date(session: Session) -> None:
    from knowledge.seed import load_builtin

    load_builtin(session)
    put_off(session)
    now = FIXED_NOW.astimezone(dt.UTC)
    coming = list(session.scalars(
        Course.__table__.select().with_only_columns(Course.code).where(registrations.not_started(session, now))
        .order_by(registrations.held_columns(session).starts_at)))
    # By the day each is held: 10/12 (open), 20/12 (LATER), 15/01 (MOVED); UNDATED's plan day has passed.
    assert coming == ["OPEN", "LATER", "MOVED"]


def test_the_organiser_chat_offers_a_class_put_off_to_a_new_day(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "LS")
        ids = put_off(s)
    say(deps, "/thongbao")
    asked = say(deps, "Mời các đồng chí đăng ký lớp tập huấn theo lịch mới.")
    offered = [b.data for b in asked[0].buttons]
    assert offered[:3] == [f"bc:c:{ids['OPEN']}", f"bc:c:{ids['LATER']}", f"bc:c:{ids['MOVED']}"]
    assert f"bc:c:{ids['UNDATED']}" not in offered and f"bc:c:{ids['MOVED-PAST']}" not in offered
    assert "Gửi cho ai?" in say(deps, data=f"bc:c:{ids['MOVED']}")[0].text


def test_the_workspace_lists_classes_put_off_by_their_new_day(organiser_web: WebHarness) -> None:
    web = organiser_web
    with session_scope(web.deps.session_factory) as s:
        ids = put_off(s)
    attach = web.get("/quanly/thongbao").text
    assert f'<option value="{ids["MOVED"]}">15/01/2027 (đã hoãn, lịch mới) · MOVED' in attach
    assert f'<option value="{ids["LATER"]}">20/12/2026 (đã hoãn, lịch mới) · LATER' in attach
    assert "UNDATED" not in attach and "MOVED-PAST" not in attach

    coming = web.get("/quanly/lop").text
    order = [code for code in re.findall(r'class="code"><a [^>]*>([A-Z-]+)</a>', coming)
             if code in ids]
    # By the day each is held; the one with no new date at its plan's (past) day, so first: it awaits a date.
    assert order == ["UNDATED", "OPEN", "LATER", "MOVED"]
    assert "15/01/2027 09:00" in coming and "Chưa có lịch mới (lịch cũ: 16/11/2026 09:00" in coming
    assert coming.count(">Đã hoãn</span>") >= 3

    past = web.get("/quanly/lop?khi=da_qua").text
    assert "MOVED-PAST" in past and ">MOVED<" not in past and "UNDATED" not in past and "LATER" not in past

    january = web.get("/quanly/lop?khi=tat_ca&tu=01/01/2027&den=31/01/2027").text
    assert ">MOVED<" in january and "LATER" not in january and "OPEN" not in january


def test_the_move_form_starts_from_the_new_day(organiser_web: WebHarness) -> None:
    web = organiser_web
    with session_scope(web.deps.session_factory) as s:
        ids = put_off(s)
    moved = web.get(f"/quanly/lop/{ids['MOVED']}").text
    # Put off from a class at 09:00: held on the new day at its own hour.
    assert 'name="ngay" value="15/01/2027"' in moved and 'name="gio" value="09:00"' in moved
    assert "15/01/2027 09:00" in moved
    undated = web.get(f"/quanly/lop/{ids['UNDATED']}").text
    assert "Chưa có lịch mới (lịch cũ: 16/11/2026 09:00" in undated
    assert 'name="ngay" value="16/11/2026"' in undated  # nothing newer to start from


def test_a_class_put_off_to_a_new_day_is_offered_as_the_similar_class(session: Session) -> None:
    from knowledge.seed import load_builtin

    load_builtin(session)
    now = FIXED_NOW.astimezone(dt.UTC)
    closed = add_course(session, "CLOSED", starts=FIXED_NOW + 5 * DAY, deadline=FIXED_NOW - DAY)
    undated = add_course(session, "UNDATED", starts=FIXED_NOW + 10 * DAY)
    moved = add_course(session, "MOVED", starts=FIXED_NOW - 7 * DAY)
    for c in (closed, undated, moved):
        c.topic = "atvsld"
    undated.status, undated.description = "postponed", "Tạm hoãn, sẽ thông báo sau."
    moved.status, moved.description = "postponed", "Hoãn sang 15/01/2027."
    session.flush()
    assert registrations.next_suitable(session=session, course=closed, now=now) is moved
    assert registrations.next_suitable(session=session, course=closed, now=now, dated=True) is moved
    # Once its new day has passed, it is no longer offered.
    assert registrations.next_suitable(session=session, course=closed,
                                       now=dt.datetime(2027, 1, 16, tzinfo=dt.UTC)) is None


def test_a_chair_turned_away_is_offered_the_class_put_off_at_its_new_day(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        closed = add_course(s, "CLOSED", starts=FIXED_NOW + 5 * DAY, deadline=FIXED_NOW - DAY)
        moved = add_course(s, "MOVED", starts=FIXED_NOW - 7 * DAY)
        closed.topic = moved.topic = "atvsld"
        moved.status, moved.description = "postponed", "Hoãn sang 15/01/2027."
        ids = {"CLOSED": closed.id, "MOVED": moved.id}
    deps.knowledge.invalidate()
    replies = say(deps, data=f"rg:{ids['CLOSED']}", user="100")
    assert "đã hết hạn đăng ký" in replies[0].text
    assert "Lớp tương tự còn nhận đăng ký" in replies[1].text and "MOVED" in replies[1].text
    assert "Thứ Sáu, 15/01/2027" in replies[1].text
    assert [b.data for b in replies[1].buttons] == [f"rg:{ids['MOVED']}"]
