"""Each test states the expected behaviour; each fails on main 7db5134 (the review's findings)."""
from __future__ import annotations
import pytest
from sqlalchemy import select
from tests.test_registration_in_talk import classes, places, details, DAY, text_of
from tests.test_organiser import say
from tests.people import give_details, add_course
from tests.conftest import FIXED_NOW
from knowledge.db import session_scope, bump_data_version
from knowledge.models import UnansweredQuestion


@pytest.mark.parametrize("said", ["không đăng ký lớp này", "chưa muốn đăng ký lớp này", "làm sao để đăng ký lớp này",
                                  "mình đăng ký lớp này được không", "đăng ký lớp này có mất phí không",
                                  "đăng ký lớp này hạn khi nào", "đăng ký cho anh Hùng lớp này",
                                  "đăng ký lớp này giúp chị Lan", "đăng ký lớp này cho đ/c Tuấn",
                                  "đăng ký lớp này thế nào", "đăng ký cho chị Hoa lớp này",
                                  "dang ky lop nay cho dong chi pho chu tich", "ko dk lop nay dau",
                                  "dk lop nay dc ko", "đăng ký lớp này hộ anh ấy"])
def test_no_place_taken_for_a_question_a_negation_or_another_person(deps, said):
    classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r1")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r1")
    say(deps, said, user="r1")
    assert places(deps, "r1") == []


@pytest.mark.parametrize("said", ["đăng ký lớp này", "dk cho mik lop do", "đk cho chị lớp này nhé",
                                  "cho em ghi danh lớp vừa rồi", "đăng ký giúp mình lớp này với"])
def test_a_plain_request_still_registers_at_once(deps, said):
    classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r1b")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r1b")
    assert text_of(say(deps, said, user="r1b")).startswith("Đã đăng ký cho anh/chị")
    assert places(deps, "r1b") == ["AT-01"]


def test_no_place_taken_shows_the_card_with_its_register_button(deps):
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r1c")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r1c")
    replies = say(deps, "đăng ký cho anh Hùng lớp này", user="r1c")
    assert "Đã đăng ký" not in text_of(replies)
    assert any(b.data == f"rg:{ids['AT-01']}" for r in replies for b in r.buttons)


def test_no_phone_shown_in_a_group(deps):
    classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r2").phone = "0912345678"
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r2", private=False)
    replies = say(deps, "đăng ký lớp này", user="r2", private=False)
    assert "0912345678" not in text_of(replies) and "Người thử" not in text_of(replies)
    assert "Thông tin đăng ký đã dùng" not in text_of(replies) and places(deps, "r2") == []
    assert any(b.data.startswith("rg:") for r in replies for b in r.buttons)  # the card's button, pressed by whoever


@pytest.mark.parametrize(("typed", "bad"), [
    (["tháng sau có tập huấn ở Hà Nội không", "CĐCS Công ty X", "bỏ qua"], "tháng sau"),
    (["bỏ qua", "CĐCS Công ty X", "bỏ qua"], "bỏ qua"),
    (["mình tên An, ở công ty may 10", "bỏ qua"], "mình tên"),
    (["Tôi là Nguyễn Văn An CĐCS Công ty May", "bỏ qua"], "Tôi là"),
    (["Nguyễn Văn Trung Tâm Công ty Xi măng", "bỏ qua"], "Trung Tâm Công ty"),
    (["Nguyễn Văn An (091) 234-5678", "Trường THCS Lê Lợi"], "An ("),
    (["Nguyễn Văn An", "Nguyễn Văn An, CĐCS Trường THCS Lê Lợi, 0912345678", "bỏ qua"], "Nguyễn Văn An, CĐCS"),
])
def test_details_not_stored_wrongly(deps, typed, bad):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r3")
    say(deps, "đăng ký lớp này", user="r3")
    for t in typed:
        say(deps, t, user="r3")
    name, unit, _ = details(deps, "r3")
    assert bad not in (name or "") and bad not in (unit or "")


def test_details_typed_just_after_the_form_ended_are_not_logged(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r4")
    say(deps, "đăng ký lớp này", user="r4")
    say(deps, "Nguyễn Văn An", user="r4")
    say(deps, "lớp này học ở đâu?", user="r4")
    say(deps, "Lê Văn Hùng, Công ty TNHH May 10", user="r4")
    with deps.session_factory() as s:
        assert not list(s.scalars(select(UnansweredQuestion.text).where(UnansweredQuestion.user_id == "r4")))


def test_closing_list_flags_planned_and_full(deps):
    classes(deps)
    with session_scope(deps.session_factory) as s:
        p = add_course(s, "PL-01", starts=FIXED_NOW + 20 * DAY, deadline=FIXED_NOW + 2 * DAY)
        p.title, p.status = "Lớp dự kiến PL", "planned"
        bump_data_version(s)
    deps.knowledge.invalidate()
    [listed] = say(deps, "lớp nào hết hạn đăng ký ngày 25/11", user="r5")
    assert "Lớp dự kiến PL" not in listed.text or "dự kiến" in listed.text.split("Lớp dự kiến PL")[1][:120]
    assert "Muốn đăng ký" not in listed.text


def test_a_number_unit_then_phone_without_comma(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r6")
    say(deps, "đăng ký lớp này", user="r6")
    r = say(deps, "Nguyễn Văn An, CĐCS Công ty May 10 - 0912345678", user="r6")
    assert "không có số" not in text_of(r)
