"""Gaps a field read found in conversations, each through the real conversation turn (handlers.core.handle, as
the channels and the terminal chat call it): a position said after a list of targets or of choices, a class
found first that was called off, a list of places typed while one register button is on screen, the classes
of every sector union, names inside questions kept out of what organisers read, and the date on the
organiser's buttons for attaching a class to a notice."""

from __future__ import annotations

import datetime as dt

from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from tests.conftest import FIXED_NOW
from tests.people import add_course, make_organiser
from tests.test_organiser import ORGANISER, say

# ------------------------------------------------------------------ the organiser's buttons for a class

def test_the_buttons_to_attach_a_class_to_a_notice_carry_its_date(deps: Deps) -> None:
    """Two batches of one title differ only by their dates: each button says it, short (a phone's width), the
    year only when it is not this year's, a class dated only by a period by that period."""
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "LS")
        for code, days in (("LS-AT-1", 20), ("LS-AT-2", 60)):
            c = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=days),
                           deadline=FIXED_NOW + dt.timedelta(days=days - 5))
            c.title = "Huấn luyện an toàn, vệ sinh lao động"
        planned = add_course(s, "LS-AT-3", starts=dt.datetime(2027, 3, 1, 1, tzinfo=dt.UTC))
        planned.title, planned.tentative, planned.status = "Huấn luyện an toàn, vệ sinh lao động", "quý I/2027", "planned"
        bump_data_version(s)
    say(deps, "/thongbao")
    asked = say(deps, "Mời các đồng chí dự lớp huấn luyện an toàn, vệ sinh lao động.")
    labels = [b.label for b in asked[0].buttons]
    assert "LS-AT-1: Huấn luyện an toàn, vệ sinh lao động (13/12)" in labels
    assert "LS-AT-2: Huấn luyện an toàn, vệ sinh lao động (22/01/2027)" in labels
    assert "LS-AT-3: Huấn luyện an toàn, vệ sinh lao động (dự kiến quý I/2027)" in labels
    assert labels[-1] == "Không kèm lớp"
