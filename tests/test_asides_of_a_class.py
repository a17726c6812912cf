"""What a black-box tester saw turned away as «out of scope» that is not: a detail of the class in view that no
plan records (a certificate, meals, an allowance), a question for a person or about the bot, a reminder asked
for, and a button's label typed after its buttons were gone. Through the real core on a fresh database."""

from __future__ import annotations

import pytest

from handlers import compose
from handlers.deps import Deps
from tests.test_organiser import say
from tests.test_registration_in_talk import classes, text_of


def _safety_class_in_view(deps: Deps, user: str) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user=user)
    say(deps, "1", user=user)  # its card: the class in view


@pytest.mark.parametrize(("asked", "said"), [
    ("co dc cap giay chung nhan ko", "việc cấp giấy chứng nhận"), ("an o dau", "việc ăn uống"),
    ("có được hỗ trợ tiền ăn không", "việc ăn uống"), ("học xong có chứng chỉ không ạ", "việc cấp giấy chứng nhận"),
    ("có bố trí chỗ ở không", "chỗ ở"), ("ăn ở thế nào ạ", "việc ăn, ở"), ("có lo ăn ở không", "việc ăn, ở"),
])
def test_a_detail_no_plan_records_is_said_unwritten_for_the_class_in_view(deps: Deps, asked: str, said: str) -> None:
    _safety_class_in_view(deps, "u1")
    replies = say(deps, asked, user="u1")
    text = text_of(replies)
    assert compose.OFF_TOPIC_HEAD not in text
    assert text.startswith("Huấn luyện an toàn, vệ sinh lao động\n")
    assert f"Kế hoạch lớp không ghi {said}; anh/chị hỏi" in text
    assert "Xem chi tiết lớp" in [b.label for r in replies for b in r.buttons]


def test_with_no_class_in_view_such_a_detail_names_no_class(deps: Deps) -> None:
    classes(deps)
    text = text_of(say(deps, "co dc cap giay chung nhan ko", user="u2"))
    assert "Kế hoạch lớp không ghi" not in text


@pytest.mark.parametrize("asked", ["toi muon noi chuyen voi nguoi that", "co ai o do ko", "bot ơi bot là ai"])
def test_asking_for_a_person_gets_an_honest_self_introduction(deps: Deps, asked: str) -> None:
    classes(deps)
    text = text_of(say(deps, asked, user="u3"))
    assert compose.OFF_TOPIC_HEAD not in text
    assert "trợ lý tự động" in text and "không phải người trực" in text and "LĐLĐ" in text


def test_asking_for_a_person_under_a_class_names_its_organiser_when_the_plan_gives_one(deps: Deps) -> None:
    reply = compose.who_answers("liên đoàn lao động tỉnh Lạng Sơn")
    assert "Liên đoàn Lao động tỉnh Lạng Sơn (đơn vị tổ chức lớp đang xem)" in reply.text
    assert "đơn vị tổ chức lớp đang xem" not in compose.who_answers(None).text


def test_a_reminder_asked_for_is_told_which_reminders_go_out(deps: Deps) -> None:
    classes(deps)
    text = text_of(say(deps, "nhắc em trước 3 ngày nhé", user="u4"))
    assert compose.OFF_TOPIC_HEAD not in text
    assert "lịch nhắc do đơn vị vận hành đặt" in text and "/nhacnho" in text


@pytest.mark.parametrize(("label", "command"), [("Lưu vào hồ sơ", "/hoso"), ("Bỏ qua", None)])
def test_a_buttons_label_typed_after_it_lapsed_says_the_choice_has_expired(
        deps: Deps, label: str, command: str | None) -> None:
    classes(deps)
    text = text_of(say(deps, label, user="u5"))
    assert text.startswith(compose.LAPSED_CHOICE) and compose.OFF_TOPIC_HEAD not in text
    if command:
        assert command in text


def test_online_asked_of_a_class_held_in_a_hall_is_answered_no(deps: Deps) -> None:
    _safety_class_in_view(deps, "u5")
    text = text_of(say(deps, "học online đc ko", user="u5"))
    assert "không học trực tuyến" in text and compose.OFF_TOPIC_HEAD not in text


def test_such_a_detail_under_a_list_is_of_its_classes_not_off_topic(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="u6")  # two classes listed, none picked
    text = text_of(say(deps, "có ăn ở không", user="u6"))
    assert compose.OFF_TOPIC_HEAD not in text
    assert text.startswith("Kế hoạch các lớp vừa nêu không ghi việc ăn, ở; anh/chị hỏi")


def test_a_class_picked_with_such_a_detail_gets_the_detail_said_unwritten(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp nữ công ở Lạng Sơn", user="u7")
    text = text_of(say(deps, "lớp 2 có cấp giấy chứng nhận không", user="u7"))
    assert text.startswith("Tập huấn công tác nữ công\n")
    assert "Kế hoạch lớp không ghi việc cấp giấy chứng nhận" in text


def test_deleting_all_ones_data_erases_the_whole_profile_after_asking(deps: Deps) -> None:
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.models import ConversationState, Registration, UnansweredQuestion, UserProfile
    from tests.people import give_details
    from tests.test_organiser import press

    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "e1")
    say(deps, "/start", user="e1")
    say(deps, "Chủ tịch CĐCS", user="e1")
    say(deps, "Lạng Sơn", user="e1")
    say(deps, "thời tiết hôm nay thế nào", user="e1")  # kept for organisers as turned away
    placed = say(deps, data=f"rg:{ids['AT-01']}", user="e1")  # a place in a class
    assert "Đã đăng ký" in text_of(placed) or "đăng ký" in text_of(placed)
    asked = say(deps, "xóa toàn bộ dữ liệu của tôi", user="e1")
    assert text_of(asked) == compose.ERASE_PROFILE_ASK
    with deps.session_factory() as s:  # nothing erased before the choice is pressed
        assert s.scalar(select(UserProfile.full_name).where(UserProfile.user_id == "e1"))
        assert list(s.scalars(select(UnansweredQuestion).where(UnansweredQuestion.user_id == "e1")))
    done = press(asked, "Xóa hết", deps, user="e1")
    assert text_of(done) == compose.ERASED_PROFILE
    with deps.session_factory() as s:
        p = s.scalar(select(UserProfile).where(UserProfile.user_id == "e1"))
        assert p is not None
        assert (p.full_name, p.unit_name, p.phone, p.role, p.organisation_id, p.province) == (None,) * 6
        assert not list(s.scalars(select(UnansweredQuestion).where(UnansweredQuestion.user_id == "e1")))
        state = s.scalar(select(ConversationState.state).where(ConversationState.user_id == "e1"))
        assert not state or "said" not in state
        # The place in the class stays, without a name.
        assert s.scalar(select(Registration.status).where(Registration.profile_id == p.id)) == "registered"
    # /hoso says nothing is kept, and offers the same erasure.
    shown = say(deps, "/hoso", user="e1")
    assert "Vai trò: chưa chọn" in text_of(shown)
    assert "Xóa toàn bộ hồ sơ" in [b.label for r in shown for b in r.buttons]


def test_erasing_the_profile_is_refused_in_a_group(deps: Deps) -> None:
    classes(deps)
    replies = say(deps, data="hs:eraseok", user="e2", private=False)
    assert text_of(replies) == compose.PROFILE_IN_GROUP
