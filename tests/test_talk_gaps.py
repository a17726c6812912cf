"""Gaps a field read found in conversations, each through the real conversation turn (handlers.core.handle, as
the channels and the terminal chat call it): a position said after a list of targets or of choices, a class
found first that was called off, a list of places typed while one register button is on screen, the classes
of every sector union, names inside questions kept out of what organisers read, and the date on the
organiser's buttons for attaching a class to a notice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers import compose
from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Organisation
from tests.conftest import FIXED_NOW
from tests.people import add_course, make_organiser, org_id
from tests.test_followup_chat import text_of
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


# ------------------------------------------------------------------ places typed while a register button is shown

def _union(s: Session, code: str, name: str, province: str) -> int:
    org = Organisation(code=code, name=name, kind="province", province=province, parent_id=org_id(s, "TLD"), aliases="")
    s.add(org)
    s.flush()
    return org.id


def safety_classes(deps: Deps) -> None:
    """A safety class in Lạng Sơn, Cao Bằng and Hồ Chí Minh each, and a finance class in Lạng Sơn."""
    with session_scope(deps.session_factory) as s:
        unions = {"LS": org_id(s, "LS"), "CB": _union(s, "CB", "Liên đoàn Lao động tỉnh Cao Bằng", "Cao Bằng"),
                  "HCM": _union(s, "HCM", "Liên đoàn Lao động Thành phố Hồ Chí Minh", "Hồ Chí Minh")}
        rows = (("LS-AT", "LS", "Lạng Sơn", "atvsld", "Huấn luyện an toàn, vệ sinh lao động", 10),
                ("CB-AT", "CB", "Cao Bằng", "atvsld", "Huấn luyện an toàn, vệ sinh lao động", 15),
                ("HCM-AT", "HCM", "Hồ Chí Minh", "atvsld", "Huấn luyện an toàn, vệ sinh lao động", 20),
                ("LS-TC", "LS", "Lạng Sơn", "tai_chinh", "Tập huấn tài chính công đoàn cơ sở", 25))
        for code, org, province, topic, title, days in rows:
            c = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=days),
                           deadline=FIXED_NOW + dt.timedelta(days=days - 3), capacity=30)
            c.title, c.topic, c.province, c.organiser_id = title, topic, province, unions[org]
            c.venue = f"Hội trường LĐLĐ {province}"
        bump_data_version(s)


def register_button_on_screen(deps: Deps, user: str) -> None:
    """The Lạng Sơn safety class opened: its card and its one «Đăng ký lớp này» button."""
    listed = say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user=user)
    card = say(deps, data=next(b.data for r in listed for b in r.buttons if b.data.startswith("c:")), user=user)
    assert [b.label for r in card for b in r.buttons] == ["Đăng ký lớp này"]


@pytest.mark.parametrize(("typed", "there", "not_there"), [
    ("Hồ Chí Minh", ["Hội trường LĐLĐ Hồ Chí Minh"], ["Hội trường LĐLĐ Cao Bằng"]),
    ("Cao Bằng Lạng Sơn", ["Hội trường LĐLĐ Cao Bằng"], ["Hội trường LĐLĐ Hồ Chí Minh"]),
    ("Cao Bằng và Hồ Chí Minh", ["Hội trường LĐLĐ Cao Bằng", "Hội trường LĐLĐ Hồ Chí Minh"], []),
])
def test_places_typed_under_one_register_button_are_a_question_about_them(
        deps: Deps, typed: str, there: list[str], not_there: list[str]) -> None:
    """Capitalised words that open on a family name («Cao», «Hồ») read as a person's full name; the data knows
    them as places, so the message asks about those places (the class's topic there), not for the form."""
    safety_classes(deps)
    register_button_on_screen(deps, "p1")
    replies = text_of(say(deps, typed, user="p1"))
    assert replies != compose.DETAILS_BEFORE_REGISTER.format(number=1)
    for venue in there:
        assert venue in replies, (typed, replies)
    for venue in not_there:
        assert venue not in replies, (typed, replies)


def test_a_persons_name_under_one_register_button_still_says_how_to_open_the_form(deps: Deps) -> None:
    safety_classes(deps)
    register_button_on_screen(deps, "p2")
    assert text_of(say(deps, "Nguyễn Văn An", user="p2")) == compose.DETAILS_BEFORE_REGISTER.format(number=1)


def test_places_typed_under_a_class_opened_from_a_notice_ask_for_its_topic_there(deps: Deps) -> None:
    """A class opened by a button of a notice (no question asked before): the places typed ask for classes on its
    topic there."""
    safety_classes(deps)
    with session_scope(deps.session_factory) as s:
        course_id = s.scalar(select(Course.id).where(Course.code == "LS-AT"))
    card = say(deps, data=f"c:{course_id}", user="p3")
    assert [b.label for r in card for b in r.buttons] == ["Đăng ký lớp này"]
    replies = text_of(say(deps, "Hồ Chí Minh", user="p3"))
    assert "Hội trường LĐLĐ Hồ Chí Minh" in replies and "Tập huấn tài chính" not in replies
