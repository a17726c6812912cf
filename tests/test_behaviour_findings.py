"""What a behaviour-only tester found, through the real core on a fresh database: a name typed before the
register choice is pressed is never logged and gets the way to open the form; «xem / xóa thông tin của tôi» in
words lead to the person's own data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers import compose, enrol
from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.language.talk import account_request
from knowledge.models import Course, UnansweredQuestion
from tests.people import give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import classes, details, text_of


def logged(deps: Deps) -> list[str]:
    with deps.session_factory() as s:
        return [u.text for u in s.scalars(select(UnansweredQuestion))]


def test_a_bare_full_name_reads_as_someones_details() -> None:
    assert enrol.looks_like_details("Trần Văn Bình") and enrol.looks_like_details("Nguyễn Thị Thu Hà")
    # Places and class words opening on a family name are not names.
    assert not enrol.looks_like_details("Lâm Đồng") and not enrol.looks_like_details("Lê Thị Mai ở đâu")
    assert not enrol.looks_like_details("Bồi Dưỡng Chủ Tịch")


def test_a_name_typed_before_the_register_choice_opens_the_form_and_is_never_logged(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u1")
    card = say(deps, "1", user="u1")  # the class's card, its one choice «Đăng ký lớp này»
    assert [b.label for r in card for b in r.buttons] == ["Đăng ký lớp này"]
    replies = say(deps, "Trần Văn Bình", user="u1")
    # The form of that one class opens (its data-use note first); the name is asked again under the note.
    assert text_of(replies).startswith(compose.FORM_OPENED) and "Họ và tên" in text_of(replies)
    assert not any("Bình" in t for t in logged(deps))
    assert "Đơn vị của anh/chị" in text_of(say(deps, "Trần Văn Bình", user="u1"))


@pytest.mark.parametrize(("said", "kind"), [
    ("xóa thông tin của tôi", "delete_data"), ("xoá dữ liệu của em", "delete_data"),
    ("xóa số điện thoại đăng ký", "delete_data"), ("cho tôi xem thông tin của tôi", "show_data"),
    ("tôi đã cung cấp thông tin gì", "show_data"),
    # Not the person's own data: a class's details, a registration to cancel.
    ("cho em xem thông tin của lớp", None), ("xóa tên em khỏi lớp", "cancel"), ("hủy đăng ký lớp đó", "cancel"),
])
def test_asking_for_ones_own_data_in_words(said: str, kind: str | None) -> None:
    assert account_request(said) == kind


def test_ones_own_data_is_shown_and_deleted_when_asked_in_words(deps: Deps) -> None:
    classes(deps)
    none_yet = say(deps, "xóa thông tin của tôi", user="u2")
    assert none_yet[0].text == compose.NO_DETAILS_KEPT and "Hồ sơ của anh/chị" in text_of(none_yet)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u2")
    say(deps, "đăng ký lớp này", user="u2")
    say(deps, "Nguyễn Văn An, CĐCS Công ty May Hòa Phú, 0912345678", user="u2")
    shown = say(deps, "cho tôi xem thông tin của tôi", user="u2")
    assert "Nguyễn Văn An" in text_of(shown) and "Xóa thông tin đăng ký" in [b.label for r in shown for b in r.buttons]
    asked = say(deps, "xoá dữ liệu của em", user="u2")
    assert "Xóa họ tên, đơn vị và số điện thoại" in text_of(asked)
    done = say(deps, data=next(b.data for r in asked for b in r.buttons if b.label == "Xóa thông tin"), user="u2")
    assert text_of(done).startswith("Đã xóa họ tên")
    assert details(deps, "u2")[0] is None
    assert not any("xóa" in t.lower() or "xoá" in t.lower() for t in logged(deps))


def test_a_class_pointed_at_after_an_answer_of_another_kind_is_asked_not_picked(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="u3")
    other = say(deps, "quy định về văn bản xyzqw abcde là gì", user="u3")  # left unanswered
    assert not any(b.data.startswith(("c:", "rg:")) for r in other for b in r.buttons)
    # The list is no longer what was seen last: which class is asked, the classes seen before as choices.
    which = say(deps, "đăng ký lớp này", user="u3")
    assert which[0].text.startswith(compose.WHICH_REGISTER) and enrol.ASK_NAME not in text_of(which)
    assert "Bồi dưỡng cán bộ nữ công CĐCS" in text_of(which)
    # Those choices are now what was seen: «cái thứ 2» is the second of them.
    assert "Tập huấn công tác nữ công" in say(deps, "cái thứ 2", user="u3")[0].text
    say(deps, "quy định về văn bản xyzqw abcde là gì", user="u3")
    assert say(deps, "cái thứ 2", user="u3")[0].text.startswith(compose.WHICH_DETAILS)


@pytest.mark.parametrize(("intro", "warned"), [
    (None, "hồ sơ của anh/chị ở Hà Nội"),
    # Said in the talk: newer than the saved profile, and not contradicted.
    ("mình là chủ tịch CĐCS ở Lạng Sơn", None),
    ("mình là chủ tịch CĐCS ở Cao Bằng", "anh/chị cho biết mình ở Cao Bằng"),
])
def test_the_province_said_in_the_talk_stands_over_the_saved_one_when_registering(
        deps: Deps, intro: str | None, warned: str | None) -> None:
    classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "u4").province = "Hà Nội"
    if intro:
        say(deps, intro, user="u4")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u4")
    replies = text_of(say(deps, "đăng ký lớp này", user="u4"))
    if warned is None:
        assert "Đã đăng ký" in replies and "ở Hà Nội" not in replies
    else:
        assert warned in replies and "Đã đăng ký" not in replies


def test_whether_a_class_in_view_is_held_online_says_how_where_and_when(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        course = s.get(Course, ids["AT-01"])
        assert course is not None
        course.format, course.venue = "truc_tuyen", "Zoom"
        bump_data_version(s)
    deps.knowledge.invalidate()
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u5")
    said = text_of(say(deps, "lớp đó có học online không", user="u5"))
    assert "Hình thức: Trực tuyến." in said and "Học trực tuyến qua: Zoom." in said and "Thời gian:" in said
