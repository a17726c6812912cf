"""One-time sign-in links and web sessions (knowledge/signin.py), on both backends."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from knowledge import signin, store
from knowledge.models import SignInLink, WebSession
from tests.conftest import FIXED_NOW


def test_only_organisers_get_links_and_a_link_opens_exactly_one_session_even_when_raced(
        session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        assert signin.issue_link(session=s, channel="zalo", user_id="x", now=FIXED_NOW) is None
        store.add_organiser(session=s, channel="zalo", user_id="x", organisation=None)
        token = signin.issue_link(session=s, channel="zalo", user_id="x", now=FIXED_NOW)
        s.commit()
    assert token is not None
    first = session_factory()
    won = signin.redeem_link(session=first, token=token, now=FIXED_NOW)  # not committed yet: holds the row
    results: list[signin.Redeemed | None] = []

    def other() -> None:
        with session_factory() as s:
            try:
                results.append(signin.redeem_link(session=s, token=token, now=FIXED_NOW))
                s.commit()
            except Exception:  # waiting too long for the first one's lock is also a refusal
                s.rollback()
                results.append(None)

    racer = threading.Thread(target=other)
    racer.start()
    first.commit()
    first.close()
    racer.join(30)
    assert won is not None and results == [None]
    with session_factory() as s:
        assert len(s.scalars(select(WebSession)).all()) == 1
        assert s.scalars(select(SignInLink.used_at)).one() is not None


def test_sessions_end_by_time_sign_out_or_losing_the_role(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        store.add_organiser(session=s, channel="telegram", user_id="1", organisation=None)
        token = signin.issue_link(session=s, channel="telegram", user_id="1", now=FIXED_NOW)
        assert token is not None
        redeemed = signin.redeem_link(session=s, token=token, now=FIXED_NOW + dt.timedelta(minutes=9))
        s.commit()
    assert redeemed is not None
    cookie = redeemed.token
    with session_factory() as s:
        login = signin.login_for(session=s, token=cookie, now=FIXED_NOW + dt.timedelta(hours=7))
        assert login is not None and login.scope.everything and login.account == "telegram:1"
        assert signin.login_for(session=s, token=cookie, now=FIXED_NOW + dt.timedelta(hours=8, minutes=10)) is None
        assert signin.login_for(session=s, token=login.session_hash, now=FIXED_NOW) is None  # the digest is no key
        signin.end_session(session=s, session_hash=login.session_hash, now=FIXED_NOW)
        s.commit()
        assert signin.login_for(session=s, token=cookie, now=FIXED_NOW) is None
        late = signin.issue_link(session=s, channel="telegram", user_id="1", now=FIXED_NOW)
        assert late is not None
        assert signin.redeem_link(session=s, token=late, now=FIXED_NOW + dt.timedelta(minutes=10)) is None
        fresh = signin.redeem_link(session=s, token=late, now=FIXED_NOW)
        assert fresh is not None
        store.remove_organiser(session=s, channel="telegram", user_id="1")
        assert signin.login_for(session=s, token=fresh.token, now=FIXED_NOW) is None
