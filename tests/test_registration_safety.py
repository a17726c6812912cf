"""Registration in the conversation done safely: no place taken for a negation, a question or another person,
nor from a group, nor for a class left behind; no question, filler or greeting stored as a name or a unit;
the details split where they should be; never logged as unanswered; lists by deadline flag what takes no
registration. (From an independent review, with its reproductions.)"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from handlers import compose, enrol
from handlers.types import Incoming
from knowledge.db import bump_data_version, session_scope
from knowledge.models import UnansweredQuestion
from tests.conftest import FIXED_NOW
from tests.people import add_course, give_details
from tests.test_organiser import say
from tests.test_registration_in_talk import DAY, classes, details, places, text_of


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
                                  "cho em ghi danh lớp vừa rồi", "đăng ký giúp mình lớp này với",
                                  "đăng ký lớp này cho em"])
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
    assert [b.data for r in replies for b in r.buttons] == [f"rg:{ids['AT-01']}"]
    assert replies[-1].text.endswith(compose.FOR_SOMEONE_ELSE)
    assert "Mã lớp" not in text_of(replies)  # the card was the last reply: its register step only
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r1c")
    asked = say(deps, "đăng ký lớp này có mất phí không", user="r1c")
    assert compose.FOR_SOMEONE_ELSE not in text_of(asked) and places(deps, "r1c") == []


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


# ------------------------------------------------------------------ what is never stored as a name or a unit

@pytest.mark.parametrize("typed", ["bỏ qua", "để sau", "lúc khác nhé", "cancel", "quay lại", "chưa", "menu",
                                   "xin chào", "Ok luôn", "cho mình hỏi chút", "lop nu cong o dau vay",
                                   "tháng sau có tập huấn ở Hà Nội không", "xem lớp khác", "đăng ký lớp khác"])
def test_no_name_from_filler_or_a_question(deps, typed):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r7")
    say(deps, "đăng ký lớp này", user="r7")
    replies = say(deps, typed, user="r7")
    assert enrol.ASK_UNIT not in text_of(replies)
    say(deps, "CĐCS Công ty X", user="r7")
    say(deps, "bỏ qua", user="r7")
    assert details(deps, "r7") == (None, None, None) and places(deps, "r7") == []


@pytest.mark.parametrize("typed", ["ai tổ chức vậy", "lớp nữ công", "bỏ qua", "để sau nha", "ok", "chào bot"])
def test_no_unit_from_filler_or_a_question(deps, typed):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r8")
    say(deps, "đăng ký lớp này", user="r8")
    say(deps, "Nguyễn Văn An", user="r8")
    replies = say(deps, typed, user="r8")
    assert enrol.ASK_PHONE not in text_of(replies)
    say(deps, "bỏ qua", user="r8")
    assert details(deps, "r8")[1] is None and places(deps, "r8") == []


@pytest.mark.parametrize(("typed", "want"), [
    ("mình tên An, ở công ty may 10", ("An", "công ty may 10", None)),
    ("Tôi là Nguyễn Văn An CĐCS Công ty May", ("Nguyễn Văn An", "CĐCS Công ty May", None)),
    ("tên em là Trần Thị Nhi, làm ở Trường THCS Lê Lợi", ("Trần Thị Nhi", "Trường THCS Lê Lợi", None)),
    ("Nguyễn Thu Hà, Khoa Nội Bệnh viện Đa khoa tỉnh", ("Nguyễn Thu Hà", "Khoa Nội Bệnh viện Đa khoa tỉnh", None)),
])
def test_what_is_said_around_the_details_is_left_out(typed, want):
    assert enrol._details_in_one(typed, "name") == want


@pytest.mark.parametrize("name", ["Trần Thị Nhi", "Nguyễn Thu Hà", "Lê Hồng", "Nguyễn Văn Dũng", "Phạm Chí Thanh",
                                  "Nguyen Van Khoa"])
def test_names_that_look_like_particles_are_still_names(name):
    assert enrol._valid_name(name)


def test_the_intro_is_left_out_of_a_name_typed_alone(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r9")
    say(deps, "đăng ký lớp này", user="r9")
    say(deps, "Tên tôi là Lê Văn Hùng", user="r9")
    say(deps, "tôi công tác tại CĐCS Công ty Điện lực", user="r9")
    say(deps, "bỏ qua", user="r9")
    assert details(deps, "r9") == ("Lê Văn Hùng", "CĐCS Công ty Điện lực", None)


# ------------------------------------------------------------------ only the class the last reply showed

def test_a_bare_register_does_not_take_a_class_left_behind(deps):
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r10")
    say(deps, "lớp nữ công ở Lạng Sơn", user="r10")
    say(deps, data=f"c:{ids['NC-02']}", user="r10")
    say(deps, "thủ tục kết nạp đoàn viên", user="r10")
    replies = say(deps, "đăng ký", user="r10")
    assert "Đã đăng ký" not in text_of(replies) and places(deps, "r10") == []


def test_a_register_just_after_the_card_opened_takes_the_place(deps):
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "r11")
    say(deps, "lớp nữ công ở Lạng Sơn", user="r11")
    say(deps, data=f"c:{ids['NC-02']}", user="r11")
    assert text_of(say(deps, "đăng ký lớp này", user="r11")).startswith("Đã đăng ký cho anh/chị")
    assert places(deps, "r11") == ["NC-02"]


def test_closing_list_invites_only_for_a_class_that_takes_registrations(deps):
    classes(deps)
    with session_scope(deps.session_factory) as s:
        p = add_course(s, "PL-02", starts=FIXED_NOW + 20 * DAY, deadline=FIXED_NOW + 2 * DAY)
        p.title, p.status = "Lớp dự kiến thứ hai", "planned"
        bump_data_version(s)
    deps.knowledge.invalidate()
    [listed] = say(deps, "lớp nào hết hạn đăng ký tuần này", user="r12")
    assert "Lớp dự kiến thứ hai (dự kiến, chưa nhận đăng ký)" in listed.text
    assert "Bồi dưỡng cán bộ nữ công CĐCS\n" in listed.text  # an open class: no flag
    assert "Muốn đăng ký lớp nào" in listed.text


def test_details_typed_after_the_form_was_left_go_on_with_it(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r13")
    say(deps, "đăng ký lớp này", user="r13")
    say(deps, "lớp này học ở đâu?", user="r13")
    assert say(deps, "Lê Văn Hùng, CĐCS Công ty TNHH May 10", user="r13")[-1].text.startswith(enrol.ASK_PHONE[:20])
    say(deps, "bỏ qua", user="r13")
    assert details(deps, "r13") == ("Lê Văn Hùng", "CĐCS Công ty TNHH May 10", None)
    assert places(deps, "r13") == ["AT-01"]


def test_details_typed_in_a_group_are_not_logged(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r14", private=False)
    say(deps, "đăng ký lớp này", user="r14", private=False)
    say(deps, "Trần Thị Mai, CĐCS Trường THCS Lê Lợi, 0987 654 321", user="r14", private=False)
    with deps.session_factory() as s:
        assert not list(s.scalars(select(UnansweredQuestion.text).where(UnansweredQuestion.user_id == "r14")))


# ------------------------------------------------------------------ the details split where they should be

@pytest.mark.parametrize(("typed", "step", "want"), [
    ("Nguyễn Văn Trung Tâm Công ty Xi măng", "name", ("Nguyễn Văn Trung Tâm", "Công ty Xi măng", None)),
    ("Lê Thị Hoa Trung tâm Y tế huyện", "name", ("Lê Thị Hoa", "Trung tâm Y tế huyện", None)),
    ("Nguyễn Văn An (091) 234-5678", "name", ("Nguyễn Văn An", None, "0912345678")),
    ("Nguyễn Văn An, CĐCS Công ty May 10 - 0912345678", "name",
     ("Nguyễn Văn An", "CĐCS Công ty May 10", "0912345678")),
    ("Nguyễn Văn An, CĐCS Trường THCS Lê Lợi, 0912345678", "unit",
     ("Nguyễn Văn An", "CĐCS Trường THCS Lê Lợi", "0912345678")),
    ("CĐCS Công ty May, KCN Tân Bình, 0912345678", "unit",  # a unit with a comma is no name
     (None, "CĐCS Công ty May, KCN Tân Bình", "0912345678")),
    ("CĐCS Công ty May 10, 0912345678", "unit", (None, "CĐCS Công ty May 10", "0912345678")),
])
def test_details_split(typed, step, want):
    assert enrol._details_in_one(typed, step) == want


def test_everything_typed_again_at_the_unit_step(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r15")
    say(deps, "đăng ký lớp này", user="r15")
    say(deps, "Nguyễn Văn An", user="r15")
    say(deps, "Nguyễn Văn An, CĐCS Trường THCS Lê Lợi", user="r15")
    say(deps, "bỏ qua", user="r15")
    assert details(deps, "r15") == ("Nguyễn Văn An", "CĐCS Trường THCS Lê Lợi", None)


# ------------------------------------------------------------------ the form as people use it

@pytest.mark.parametrize("typed", ["0912345678 ạ", "sđt 0912345678", "số của em là 0912345678", "0912345678?"])
def test_a_phone_with_words_around_it(deps, typed):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r16")
    say(deps, "đăng ký lớp này", user="r16")
    say(deps, "Nguyễn Văn An", user="r16")
    say(deps, "CĐCS Công ty May", user="r16")
    say(deps, typed, user="r16")
    assert details(deps, "r16") == ("Nguyễn Văn An", "CĐCS Công ty May", "0912345678")
    assert places(deps, "r16") == ["AT-01"]


def test_a_command_ends_the_form(deps):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r17")
    say(deps, "đăng ký lớp này", user="r17")
    say(deps, "/start", user="r17")
    say(deps, "Chủ tịch CĐCS", user="r17")
    assert details(deps, "r17")[0] is None and not enrol.awaits_text(
        Incoming("telegram", "r17", "r17", ""), deps.session_factory())


@pytest.mark.parametrize(("asked", "label"), [("lớp nào hết hạn đăng ký trong 3 ngày tới", "trong 3 ngày tới"),
                                              ("lop nao het han dang ky 10 ngay toi", "trong 10 ngày tới"),
                                              # dictated: the count said in words
                                              ("lớp nào hết hạn đăng ký trong ba ngày tới", "trong 3 ngày tới")])
def test_closing_in_the_next_days(deps, asked, label):
    classes(deps)
    [listed] = say(deps, asked, user="r18")
    assert listed.text.startswith(f"Các lớp hết hạn đăng ký {label}")
    assert "Bồi dưỡng cán bộ nữ công CĐCS" in listed.text and "Tập huấn công tác nữ công" in listed.text
    assert "Huấn luyện an toàn" not in listed.text


def test_closing_yesterday(deps, clock):
    classes(deps)
    clock.advance(2 * DAY)  # Wednesday: NC-01 closed yesterday
    [listed] = say(deps, "lớp nào hết hạn đăng ký hôm qua", user="r19")
    assert listed.text.startswith("Các lớp hết hạn đăng ký hôm qua") and "Bồi dưỡng cán bộ nữ công CĐCS" in listed.text
    assert "Muốn đăng ký" not in listed.text


@pytest.mark.parametrize(("typed", "personal"), [
    ("Nguyễn Thị Hạnh, CĐCS Công ty Dệt Phú Thọ", True),
    ("Lê Công Trường - Công ty TNHH May 10", True),  # «Công», «Trường» are given names here
    ("Phạm Văn Tâm 0912 345 678", True),
    # Questions about union matters the records do not answer: logged for organisers, never taken for details.
    ("ban chap hanh cdcs gom toi da bao nhieu nguoi", False),
    ("can bo cong doan lang son duoc phu cap trach nhiem", False),
    ("đoàn viên công đoàn Sóc Trăng đóng đoàn phí mấy phần trăm lương", False),
    ("liên hệ ai ở LĐLĐ Quảng Trị để hỏi về lớp học", False),
])
def test_what_reads_as_someones_details(typed: str, personal: bool) -> None:
    assert enrol.looks_like_details(typed) is personal


@pytest.mark.parametrize("said", ["ai đã đăng ký lớp này", "cho xin số điện thoại người đăng ký lớp này",
                                  "danh sách người đăng ký lớp này", "bao nhiêu người đk lớp này rồi"])
def test_a_question_about_who_registered_starts_no_form(deps, said):
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="r9")  # no details saved: a plain request would ask them
    replies = say(deps, said, user="r9")
    assert enrol.ASK_NAME not in text_of(replies) and "mình xin họ và tên" not in text_of(replies)
    assert places(deps, "r9") == [] and details(deps, "r9") == (None, None, None)
