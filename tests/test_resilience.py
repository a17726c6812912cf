"""Findings of the fault and security probe (issue 16) that need a test of their own: linking across apps,
bounded lock waits, the web server under slow or abusive clients, import limits."""

from __future__ import annotations


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
