"""A class dated only by a period that has begun and is not over («quý IV/2026» in November) has not started
(knowledge.timing): members can still register. The organiser's lists say the same: the chat's classes to
attach to an announcement, the workspace's classes to attach, its «sắp tới» list and its count of coming
classes include it; once the period is over it is among the past classes."""

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


def period_classes(session: Session) -> dict[str, int]:
    """In Lạng Sơn: a class of «quý IV/2026» (under way), one of «quý III/2026» (over), one that started
    yesterday, and one next month."""
    def period(code: str, first_day: dt.datetime, label: str) -> Course:
        c = add_course(session, code, starts=first_day, deadline=FIXED_NOW + dt.timedelta(days=20))
        c.tentative, c.when_written, c.ends_at = label, label, None
        return c

    made = [
        period("P-Q4", dt.datetime(2026, 10, 1, 8, tzinfo=FIXED_NOW.tzinfo), "quý IV/2026"),
        period("P-Q3", dt.datetime(2026, 7, 1, 8, tzinfo=FIXED_NOW.tzinfo), "quý III/2026"),
        add_course(session, "D-PAST", starts=FIXED_NOW - dt.timedelta(days=1)),
        add_course(session, "D-NEXT", starts=FIXED_NOW + dt.timedelta(days=30)),
    ]
    session.flush()
    return {c.code: c.id for c in made}


def test_the_database_filter_is_the_rule_of_started(session: Session) -> None:
    from knowledge.seed import load_builtin

    load_builtin(session)
    ids = period_classes(session)
    now = FIXED_NOW.astimezone(dt.UTC)
    assert registrations.periods_under_way(session, now) == [ids["P-Q4"]]
    coming = set(session.scalars(Course.__table__.select().with_only_columns(Course.code)
                                 .where(registrations.not_started(session, now))))
    assert coming == {"P-Q4", "D-NEXT"}


def test_the_organiser_chat_offers_a_period_class_under_way_to_attach(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "LS")
        ids = period_classes(s)
    say(deps, "/thongbao")
    asked = say(deps, "Mời các đồng chí đăng ký lớp tập huấn quý này.")
    offered = [b.data for b in asked[0].buttons]
    assert f"bc:c:{ids['P-Q4']}" in offered and f"bc:c:{ids['D-NEXT']}" in offered
    assert f"bc:c:{ids['P-Q3']}" not in offered and f"bc:c:{ids['D-PAST']}" not in offered
    audience = say(deps, data=f"bc:c:{ids['P-Q4']}")
    assert "Gửi cho ai?" in audience[0].text  # attached: the draft goes on to whom it is for


def test_the_workspace_lists_a_period_class_under_way_as_coming(organiser_web: WebHarness) -> None:
    web = organiser_web
    before = web.get("/quanly/").text
    with session_scope(web.deps.session_factory) as s:
        ids = period_classes(s)
    page = web.get("/quanly/thongbao").text
    assert f'<option value="{ids["P-Q4"]}">dự kiến quý IV/2026 · P-Q4' in page
    assert "P-Q3" not in page and "D-PAST" not in page and "D-NEXT" in page
    coming = web.get("/quanly/lop").text
    assert "P-Q4" in coming and "D-NEXT" in coming and "P-Q3" not in coming
    past = web.get("/quanly/lop?khi=da_qua").text
    assert "P-Q3" in past and "D-PAST" in past and "P-Q4" not in past
    after = web.get("/quanly/").text

    def count(text: str) -> int:
        found = re.search(r"<strong>([\d.]+)</strong> lớp sắp tới", text)
        assert found
        return int(found.group(1).replace(".", ""))

    assert count(after) == count(before) + 2  # «quý IV/2026» and next month's
