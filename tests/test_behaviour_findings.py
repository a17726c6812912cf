"""What a behaviour-only tester found, through the real core on a fresh database: a name typed before the
register choice is pressed is never logged and gets the way to open the form."""

from __future__ import annotations

from sqlalchemy import select

from handlers import compose, enrol
from handlers.deps import Deps
from knowledge.models import UnansweredQuestion
from tests.test_organiser import say
from tests.test_registration_in_talk import classes, text_of


def logged(deps: Deps) -> list[str]:
    with deps.session_factory() as s:
        return [u.text for u in s.scalars(select(UnansweredQuestion))]


def test_a_bare_full_name_reads_as_someones_details() -> None:
    assert enrol.looks_like_details("Trần Văn Bình") and enrol.looks_like_details("Nguyễn Thị Thu Hà")
    # Places and class words opening on a family name are not names.
    assert not enrol.looks_like_details("Lâm Đồng") and not enrol.looks_like_details("Lê Thị Mai ở đâu")
    assert not enrol.looks_like_details("Bồi Dưỡng Chủ Tịch")


def test_a_name_typed_before_the_register_choice_is_pointed_to_it_and_never_logged(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u1")
    card = say(deps, "1", user="u1")  # the class's card, its one choice «Đăng ký lớp này»
    assert [b.label for r in card for b in r.buttons] == ["Đăng ký lớp này"]
    replies = say(deps, "Trần Văn Bình", user="u1")
    assert "Đăng ký lớp này" in text_of(replies) and "họ tên" in text_of(replies)
    assert not any("Bình" in t for t in logged(deps))
    assert text_of(replies) == compose.DETAILS_BEFORE_REGISTER.format(number=1)
