"""Findings of the fault and security probe (issue 16) that need a test of their own: linking across apps,
bounded lock waits, the web server under slow or abusive clients, import limits."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import select

from handlers import compose
from handlers.deps import Deps
from knowledge.models import UserProfile
from tests.test_organiser import say


def _code(deps: Deps, user: str, channel: str) -> str:
    return say(deps, "/lienket", user=user, channel=channel)[0].text.split("Mã liên kết của bạn: ")[1][:6]


def test_linking_joins_accounts_of_different_apps_only(any_deps: Deps) -> None:
    code = _code(any_deps, "t1", "telegram")
    # Another Telegram account cannot use it, and trying does not use the code up.
    assert say(any_deps, f"/lienket {code}", user="t2", channel="telegram")[0].text == compose.LINK_BAD
    assert "Telegram" in say(any_deps, f"/lienket {code}", user="z1", channel="zalo")[0].text
    # A second Zalo account may not join the person who already has one on Zalo, through either side.
    code = _code(any_deps, "t1", "telegram")
    assert say(any_deps, f"/lienket {code}", user="z2", channel="zalo")[0].text == compose.LINK_BAD
    code = _code(any_deps, "z2", "zalo")
    assert say(any_deps, f"/lienket {code}", user="t1", channel="telegram")[0].text == compose.LINK_BAD
    with any_deps.session_factory() as s:
        people = dict(s.execute(select(UserProfile.user_id, UserProfile.person_id)).tuples().all())
    assert people["t1"] == people["z1"] is not None
    assert people.get("t2") is None and people["z2"] is None


# ------------------------------------------------------------------ bounded waits

def test_a_lock_held_elsewhere_gets_the_busy_reply_within_the_lock_timeout_and_nothing_half_written(
        any_deps: Deps, db_url: str) -> None:
    from knowledge.db import LOCK_TIMEOUT, make_engine, session_scope
    from knowledge.models import Course, Registration
    from tests.conftest import FIXED_NOW
    from tests.people import add_course

    with session_scope(any_deps.session_factory) as s:
        cid = add_course(s, "LS-LOCK-01", starts=FIXED_NOW + dt.timedelta(days=20), capacity=5).id
    say(any_deps, "xin chào", user="u1")  # known before the lock is taken
    holder = make_engine(db_url)
    try:
        with holder.connect() as conn:
            # Another session holds the class row (PostgreSQL) or SQLite's write lock, and does not let go.
            if holder.dialect.name == "postgresql":
                conn.execute(select(Course.id).where(Course.id == cid).with_for_update())
                unrelated = say(any_deps, "xin chào", user="u2")  # other rows: not held up at all
                assert unrelated[0].text != compose.BUSY
            else:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            started = time.monotonic()
            replies = say(any_deps, data=f"rg:{cid}", user="u1")
            waited = time.monotonic() - started
            assert [r.text for r in replies] == [compose.BUSY]
            assert compose.BUSY == "Hệ thống đang bận, anh/chị vui lòng thử lại sau ít phút."
            assert waited + 0.1 >= LOCK_TIMEOUT and waited < LOCK_TIMEOUT + 2.0  # bounded, not 20 s
            conn.rollback()
        with any_deps.session_factory() as s:
            assert s.scalars(select(Registration).where(Registration.course_id == cid)).all() == []
        # Once the lock is gone the same press works.
        assert say(any_deps, data=f"rg:{cid}", user="u1")[0].text.startswith("Đã đăng ký")
    finally:
        holder.dispose()
