"""Registration inside the conversation, through the real core on a fresh database: «đăng ký lớp này» after one
class starts the registration itself (the details form the first time, the place at once when the details were
given before, with a cancel choice); several classes in view ask which; the details typed in one message are
split; a question typed in the form is answered and the form ends; «lớp nào đang mở đăng ký» and «lớp nào hết
hạn đăng ký tuần này» list from the registration rules. Through the Telegram and Zalo fakes too (the real
HTTP stack); the clock is a fake one, moved by hand."""

from __future__ import annotations

import asyncio
import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from bot.cli import ask_payload
from handlers import compose, enrol
from handlers.deps import Deps
from handlers.types import Reply
from knowledge import registrations
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Registration, UserProfile
from tests.conftest import FIXED_NOW, FakeClock  # Monday 23/11/2026, 09:00 in Hà Nội
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import FakeZalo
from tests.people import add_course, give_details
from tests.test_organiser import say
from tests.test_telegram import polling_bot as telegram_bot
from tests.test_zalo import option
from tests.test_zalo import polling_bot as zalo_bot

DAY = dt.timedelta(days=1)


def classes(deps: Deps) -> dict[str, int]:
    """Classes in Lạng Sơn: a safety class (alone on its topic), two on women's work, and four that take no
    registration now (deadline passed, full, called off, only planned)."""
    specs = [  # code, title, topic, starts in days, deadline in days, capacity
        ("AT-01", "Huấn luyện an toàn, vệ sinh lao động", "atvsld", 30, 20, 30),
        ("NC-01", "Bồi dưỡng cán bộ nữ công CĐCS", "nu_cong", 10, 1, None),
        ("NC-02", "Tập huấn công tác nữ công", "nu_cong", 12, 3, None),
        ("TC-01", "Nghiệp vụ tài chính công đoàn", "tai_chinh", 12, -1, None),
        ("TC-02", "Kỹ năng quản lý tài chính CĐCS", "tai_chinh", 14, 8, 1),
        ("KT-01", "Nghiệp vụ công tác kiểm tra", "kiem_tra", 16, 5, None),
        ("TT-01", "Tuyên truyền pháp luật lao động", "tuyen_truyen", 90, None, None),
    ]
    ids = {}
    with session_scope(deps.session_factory) as s:
        for code, title, topic, days, deadline, capacity in specs:
            c = add_course(s, code, starts=FIXED_NOW + days * DAY,
                           deadline=FIXED_NOW + deadline * DAY if deadline is not None else None, capacity=capacity)
            c.title, c.topic = title, topic
            ids[code] = c.id
        s.get(Course, ids["KT-01"]).status = "cancelled"  # type: ignore[union-attr]
        s.get(Course, ids["TT-01"]).status = "planned"  # type: ignore[union-attr]
        taken = give_details(s, "telegram", "taken")
        s.add(Registration(course_id=ids["TC-02"], profile_id=taken.id, status="registered", created_at=FIXED_NOW,
                           updated_at=FIXED_NOW))
        bump_data_version(s)
    deps.knowledge.invalidate()
    return ids


def text_of(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def data_of(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies for b in r.buttons]


def places(deps: Deps, user: str) -> list[str]:
    with deps.session_factory() as s:
        return sorted(s.scalars(select(Course.code).join(Registration, Registration.course_id == Course.id)
                                .join(UserProfile, UserProfile.id == Registration.profile_id)
                                .where(UserProfile.user_id == user, Registration.status == "registered")))


def details(deps: Deps, user: str) -> tuple[str | None, str | None, str | None]:
    with deps.session_factory() as s:
        p = s.scalar(select(UserProfile).where(UserProfile.user_id == user))
        assert p is not None
        return p.full_name, p.unit_name, p.phone


def well_written(replies: list[Reply]) -> None:
    """Every reply is NFC Vietnamese addressing the user as «anh/chị» where it addresses them at all."""
    for r in replies:
        assert unicodedata.is_normalized("NFC", r.text)
        assert " bạn " not in f" {r.text} "


# ------------------------------------------------------------------ «đăng ký lớp này» after one class

@pytest.mark.parametrize("said", ["đăng ký lớp này", "dk cho mik lop do", "cho em ghi danh lớp vừa rồi"])
def test_a_registration_in_words_after_one_class_starts_the_form(deps: Deps, said: str) -> None:
    ids = classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u1")
    replies = say(deps, said, user="u1")
    well_written(replies)
    purpose, ask_name = replies
    assert "«Huấn luyện an toàn, vệ sinh lao động»" in purpose.text and "91/2025/QH15" in purpose.text
    assert "/hoso" in purpose.text and ask_name.text == enrol.ASK_NAME
    done = say(deps, "Nguyễn Văn An, CĐCS Công ty May Hòa Phú, 0912345678", user="u1")
    well_written(done)
    assert done[0].text.startswith("Đã lưu: Nguyễn Văn An — CĐCS Công ty May Hòa Phú — 0912345678")
    assert done[1].text.startswith("Đã đăng ký cho anh/chị lớp «Huấn luyện an toàn, vệ sinh lao động»")
    assert data_of(done) == [f"rc:{ids['AT-01']}"]  # the way to cancel, beside the confirmation
    assert details(deps, "u1") == ("Nguyễn Văn An", "CĐCS Công ty May Hòa Phú", "0912345678")
    assert places(deps, "u1") == ["AT-01"]


def test_with_the_details_given_before_the_place_is_taken_at_once_and_can_be_cancelled(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "k1")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="k1")
    replies = say(deps, "dk cho mik lop do", user="k1")
    well_written(replies)
    [done] = replies
    assert done.text.startswith("Đã đăng ký cho anh/chị lớp «Huấn luyện an toàn, vệ sinh lao động»")
    assert "Thông tin đăng ký đã dùng: Người thử k1 — CĐCS Công ty Thử" in done.text and "/hoso" in done.text
    assert [(b.label, b.data) for b in done.buttons] == [("Hủy đăng ký lớp này", f"rc:{ids['AT-01']}")]
    assert places(deps, "k1") == ["AT-01"]
    # Cancelling asks once more, then gives the place up.
    confirm = say(deps, data=done.buttons[0].data, user="k1")
    assert "hủy" in confirm[0].text.lower() and places(deps, "k1") == ["AT-01"]
    gone = say(deps, data=confirm[0].buttons[0].data, user="k1")
    assert gone[0].text.startswith("Đã hủy đăng ký lớp «Huấn luyện an toàn, vệ sinh lao động»")
    assert places(deps, "k1") == []


def test_a_class_opened_from_a_list_is_the_one_in_view(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "k2")
    say(deps, "lớp nữ công ở Lạng Sơn", user="k2")
    say(deps, data=f"c:{ids['NC-02']}", user="k2")
    done = say(deps, "đăng ký lớp này", user="k2")
    assert done[0].text.startswith("Đã đăng ký cho anh/chị lớp «Tập huấn công tác nữ công»")
    assert places(deps, "k2") == ["NC-02"]


def test_several_classes_in_view_ask_which_with_numbers_and_register_none(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "k3")
    say(deps, "lớp nữ công ở Lạng Sơn", user="k3")
    [which] = say(deps, "đăng ký lớp này", user="k3")
    well_written([which])
    assert which.text.startswith(compose.WHICH_REGISTER)
    # Buttons on Telegram, and the same choices numbered in the text for a number typed back.
    assert [b.data for b in which.buttons] == [f"rg:{ids['NC-01']}", f"rg:{ids['NC-02']}"]
    assert "1. Bồi dưỡng cán bộ nữ công CĐCS" in which.text and "2. Tập huấn công tác nữ công" in which.text
    assert compose.TYPE_NUMBER in which.text
    assert places(deps, "k3") == []  # never a guess
    done = say(deps, "2", user="k3")
    assert done[0].text.startswith("Đã đăng ký cho anh/chị lớp «Tập huấn công tác nữ công»")
    assert places(deps, "k3") == ["NC-02"]


def test_several_classes_in_view_none_taking_registrations(deps: Deps, clock: FakeClock) -> None:
    classes(deps)
    clock.advance(9 * DAY)  # both finance classes are past their deadline
    say(deps, "lớp tài chính công đoàn ở Lạng Sơn", user="k6")
    [none] = say(deps, "đăng ký lớp này", user="k6")
    assert none.text == compose.NONE_OPEN_IN_VIEW and not none.buttons
    assert enrol.ASK_NAME not in none.text


def test_a_class_picked_by_position_shows_its_register_step_first(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "k4")
    say(deps, "lớp nữ công ở Lạng Sơn", user="k4")
    replies = say(deps, "đăng ký lớp thứ 2 cho mình", user="k4")
    assert "Để đăng ký lớp «Tập huấn công tác nữ công»" in replies[-1].text
    assert data_of(replies[-1:]) == [f"rg:{ids['NC-02']}"] and places(deps, "k4") == []


def test_a_request_for_ones_workers_is_not_the_chairs_own_place(deps: Deps) -> None:
    classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "k5")
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="k5")
    replies = say(deps, "ĐK cho CNLĐ cty e", user="k5")
    assert not any("Đã đăng ký" in r.text for r in replies) and places(deps, "k5") == []


def test_a_class_that_takes_no_registration_is_refused_not_started(deps: Deps) -> None:
    ids = classes(deps)
    say(deps, "lớp tài chính công đoàn ở Lạng Sơn", user="u2")
    say(deps, data=f"c:{ids['TC-01']}", user="u2")
    replies = say(deps, "đăng ký lớp này", user="u2")
    assert "hết hạn đăng ký" in text_of(replies) and enrol.ASK_NAME not in text_of(replies)
    with deps.session_factory() as s:
        assert s.scalar(select(UserProfile.full_name).where(UserProfile.user_id == "u2")) is None


# ------------------------------------------------------------------ the details in one message

@pytest.mark.parametrize(("typed", "want"), [
    ("Nguyễn Văn An, CĐCS Công ty May Hòa Phú, 0912345678",
     ("Nguyễn Văn An", "CĐCS Công ty May Hòa Phú", "0912345678")),
    ("Nguyễn Văn An\nCĐCS Công ty May Hòa Phú\n+84 912 345 678",
     ("Nguyễn Văn An", "CĐCS Công ty May Hòa Phú", "0912345678")),
    ("Trần Thị Bích; Trường THCS Vĩnh Trại; 84.912.345.678",
     ("Trần Thị Bích", "Trường THCS Vĩnh Trại", "0912345678")),
    ("Lê Văn Trường CĐCS Công ty Cảng 0987 654 321", ("Lê Văn Trường", "CĐCS Công ty Cảng", "0987654321")),
    ("Nguyễn Văn An - CĐCS Công ty May Hòa Phú - 0912 345 678",
     ("Nguyễn Văn An", "CĐCS Công ty May Hòa Phú", "0912345678")),
    ("Nguyen Van An, CDCS cty may Hoa Phu, 0912345678", ("Nguyen Van An", "CDCS cty may Hoa Phu", "0912345678")),
    ("Tên: Đỗ Minh Khoa, Đơn vị: Công ty TNHH Giày Thái Bình, SĐT: 0356 123 456",
     ("Đỗ Minh Khoa", "Công ty TNHH Giày Thái Bình", "0356123456")),
])
def test_name_unit_and_phone_in_one_message_are_split(deps: Deps, typed: str,
                                                      want: tuple[str, str, str]) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u3")
    say(deps, "đăng ký lớp này", user="u3")
    done = say(deps, typed, user="u3")
    assert done[-1].text.startswith("Đã đăng ký") and details(deps, "u3") == want


def test_name_and_unit_without_a_phone_ask_the_phone_then_skip(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u4")
    say(deps, "đăng ký lớp này", user="u4")
    [ask_phone] = say(deps, "Phạm Thu Hà, CĐCS Bệnh viện Đa khoa tỉnh", user="u4")
    assert ask_phone.text == enrol.ASK_PHONE
    wrong = say(deps, "0123 45", user="u4")
    assert "chưa đúng" in wrong[0].text
    done = say(deps, data=next(d for d in data_of([ask_phone]) if d.endswith("skip")), user="u4")
    assert done[-1].text.startswith("Đã đăng ký") and details(deps, "u4") == (
        "Phạm Thu Hà", "CĐCS Bệnh viện Đa khoa tỉnh", None)


def test_name_and_phone_first_then_the_unit(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u11")
    say(deps, "đăng ký lớp này", user="u11")
    [ask_unit] = say(deps, "Hoàng Thị Lan 0912.345.678", user="u11")
    assert ask_unit.text == enrol.ASK_UNIT
    done = say(deps, "CĐCS Trường Mầm non Hoa Sen", user="u11")
    assert done[-1].text.startswith("Đã đăng ký") and details(deps, "u11") == (
        "Hoàng Thị Lan", "CĐCS Trường Mầm non Hoa Sen", "0912345678")


def test_a_single_name_is_still_asked_step_by_step(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u12")
    say(deps, "đăng ký lớp này", user="u12")
    assert say(deps, "Nguyễn Văn Phong", user="u12")[0].text == enrol.ASK_UNIT  # «Phong» is a name, not a unit
    assert say(deps, "CĐCS Công ty Cảng", user="u12")[0].text == enrol.ASK_PHONE


def test_consent_a_stop_and_no_phone_said_in_words(deps: Deps) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u15")
    say(deps, "đăng ký lớp này", user="u15")
    [again] = say(deps, "đồng ý", user="u15")  # consent to the purpose, not a name
    assert again.text.endswith(enrol.ASK_NAME) and details(deps, "u15") == (None, None, None)
    assert say(deps, "Vũ Thị Mai, CĐCS Công ty Điện lực", user="u15")[0].text == enrol.ASK_PHONE
    done = say(deps, "không có ạ", user="u15")  # no phone: as «Bỏ qua»
    assert done[-1].text.startswith("Đã đăng ký") and details(deps, "u15") == (
        "Vũ Thị Mai", "CĐCS Công ty Điện lực", None)
    # Another class: giving up in words stops the form, nothing kept.
    say(deps, "lớp nữ công ở Lạng Sơn", user="u16")
    say(deps, "cái thứ 2 học ở đâu", user="u16")
    assert say(deps, "đăng ký lớp này", user="u16")[-1].text == enrol.ASK_NAME
    assert say(deps, "Dũng", user="u16")[0].text == enrol.ASK_UNIT  # a name, not «dừng»
    assert say(deps, "thôi không đăng ký nữa", user="u16")[0].text == enrol.STOPPED
    assert places(deps, "u16") == [] and details(deps, "u16") == (None, None, None)
    assert say(deps, "đăng ký lớp này", user="u16")[-1].text == enrol.ASK_NAME
    assert say(deps, "Huy Hoàng", user="u16")[0].text == enrol.ASK_UNIT  # «Huy» is no «hủy»
    assert say(deps, "hủy nhé", user="u16")[0].text == enrol.STOPPED


@pytest.mark.parametrize(("typed", "phone"), [
    ("0912345678", "0912345678"), ("0912 345 678", "0912345678"), ("0912.345.678", "0912345678"),
    ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"), ("+84-38-123-4567", "0381234567"),
    ("0243 825 1234", "02438251234"),  # a union office's landline
    ("0123 456", None), ("0112345678", None), ("091234567890", None), ("abc", None), ("+1 202 555 0100", None),
])
def test_vietnamese_phone_numbers(typed: str, phone: str | None) -> None:
    assert enrol.phone_number(typed) == phone


# ------------------------------------------------------------------ a question typed in the form

# A question about the form's own class («lớp này học ở đâu?») is answered and the form goes on: see
# tests/test_registration_follow_ups.py. A question of its own ends it.
@pytest.mark.parametrize("question", ["có lớp nào cho chủ tịch CĐCS không", "lớp nào ở Hà Nội vậy"])
def test_a_question_in_the_form_is_answered_and_the_form_ends(deps: Deps, question: str) -> None:
    classes(deps)
    say(deps, "lớp an toàn vệ sinh lao động ở Lạng Sơn", user="u5")
    say(deps, "đăng ký lớp này", user="u5")
    replies = say(deps, question, user="u5")
    well_written(replies)
    assert replies[0].text.startswith("Mình tạm dừng đăng ký lớp «Huấn luyện an toàn, vệ sinh lao động»")
    assert "chưa được lưu" in replies[0].text
    assert enrol.ASK_UNIT not in text_of(replies)  # not taken for a name
    answer = text_of(replies[1:])
    # The question answered as any question is, not the form asked again nor its name refused.
    assert answer and enrol.ASK_NAME not in answer and "Họ và tên cần" not in answer
    assert details(deps, "u5") == (None, None, None) and places(deps, "u5") == []
    # The form is over: a name typed now is no answer to it.
    after = say(deps, "Nguyễn Văn An", user="u5")
    assert enrol.ASK_UNIT not in text_of(after) and details(deps, "u5") == (None, None, None)


# ------------------------------------------------------------------ which classes take registrations now

@pytest.mark.parametrize("asked", ["lớp nào đang mở đăng ký", "lop nao con dang ky duoc",
                                   "còn lớp nào nhận đăng ký không ạ", "có lớp nào còn hạn đăng ký không",
                                   "hiện tại lớp nào đăng ký được", "khoá nào đang mở đăng kí",
                                   "lớp nào còn mở đăng ký cho chủ tịch cđcs"])
def test_the_classes_open_for_registration_now(deps: Deps, asked: str) -> None:
    classes(deps)
    [listed] = say(deps, asked, user="u6")
    well_written([listed])
    assert listed.text.startswith("Các lớp đang nhận đăng ký (còn hạn, còn chỗ)")
    assert "Các lớp phù hợp" not in listed.text
    for title in ("Huấn luyện an toàn, vệ sinh lao động", "Bồi dưỡng cán bộ nữ công CĐCS", "Tập huấn công tác nữ công"):
        assert title in listed.text
    # Deadline passed, full, called off, only planned: none of them.
    for title in ("Nghiệp vụ tài chính công đoàn", "Kỹ năng quản lý tài chính CĐCS", "Nghiệp vụ công tác kiểm tra",
                  "Tuyên truyền pháp luật lao động"):
        assert title not in listed.text
    # Nearest deadline first.
    assert listed.text.index("Bồi dưỡng cán bộ nữ công") < listed.text.index("Tập huấn công tác nữ công") < (
        listed.text.index("Huấn luyện an toàn"))


def test_the_open_list_asked_while_onboarding_waits_for_the_union(deps: Deps) -> None:
    classes(deps)
    greeted = say(deps, "xin chào", user="u31")
    role = next(b.data for r in greeted for b in r.buttons if b.label == "Chủ tịch CĐCS")
    asked_union = say(deps, data=role, user="u31")
    assert "tỉnh/thành phố nào" in text_of(asked_union)
    # A new member asks instead of naming a union: the question gets the same list as anyone's.
    [listed] = say(deps, "lớp nào đang mở đăng ký", user="u31")
    assert listed.text.startswith("Các lớp đang nhận đăng ký (còn hạn, còn chỗ)")
    assert "Nghiệp vụ tài chính công đoàn" not in listed.text  # its deadline has passed


def test_ask_json_reports_the_open_list_as_its_matches(deps: Deps) -> None:
    classes(deps)
    payload = ask_payload(deps, "lớp nữ công nào còn nhận đăng ký", user_id="u30")
    assert payload["intent"] == "registration_list"
    titles = [m["title"] for m in payload["matches"]]
    assert titles and all(m["kind"] == "course" for m in payload["matches"])
    assert all(t in payload["replies"][0]["text"] for t in titles) and not any("an toàn" in t for t in titles)


def test_the_open_list_narrowed_by_a_topic_and_followed_by_a_position(deps: Deps) -> None:
    ids = classes(deps)
    [listed] = say(deps, "lớp nữ công nào còn nhận đăng ký", user="u7")
    assert "Tập huấn công tác nữ công" in listed.text and "an toàn" not in listed.text
    replies = say(deps, "đăng ký lớp thứ 2", user="u7")
    assert data_of(replies[-1:]) == [f"rg:{ids['NC-02']}"]


def test_the_open_list_narrowed_by_a_place(deps: Deps) -> None:
    classes(deps)
    with session_scope(deps.session_factory) as s:
        hn = add_course(s, "HN-AT-01", org="HN", starts=FIXED_NOW + 20 * DAY, deadline=FIXED_NOW + 10 * DAY)
        hn.title, hn.topic, hn.province, hn.venue = "An toàn lao động cho CĐCS Hà Nội", "atvsld", "Hà Nội", "Cung Văn hóa"
        bump_data_version(s)
    deps.knowledge.invalidate()
    [there] = say(deps, "ở Hà Nội lớp nào còn đăng ký được", user="u13")
    assert there.text.startswith("Các lớp đang nhận đăng ký") and "An toàn lao động cho CĐCS Hà Nội" in there.text
    assert "nữ công" not in there.text
    [everywhere] = say(deps, "lớp nào đang mở đăng ký", user="u14")
    assert "An toàn lao động cho CĐCS Hà Nội" in everywhere.text and "nữ công" in everywhere.text


def test_the_open_list_narrowed_by_an_audience(deps: Deps) -> None:
    classes(deps)
    with session_scope(deps.session_factory) as s:
        dv = add_course(s, "DV-01", starts=FIXED_NOW + 25 * DAY, deadline=FIXED_NOW + 15 * DAY)
        dv.title, dv.topic, dv.audiences = "Kỹ năng cho đoàn viên mới", "phat_trien_doan_vien", "doan_vien"
        bump_data_version(s)
    deps.knowledge.invalidate()
    [chairs] = say(deps, "lớp nào còn mở đăng ký cho chủ tịch cđcs", user="u17")
    assert "Tập huấn công tác nữ công" in chairs.text and "Kỹ năng cho đoàn viên mới" not in chairs.text
    [members] = say(deps, "lớp nào cho đoàn viên còn đăng ký được", user="u18")
    assert "Kỹ năng cho đoàn viên mới" in members.text and "nữ công" not in members.text


def test_the_open_list_moves_with_the_clock(deps: Deps, clock: FakeClock) -> None:
    classes(deps)
    clock.advance(2 * DAY)  # NC-01's deadline has passed
    [listed] = say(deps, "lớp nào đang mở đăng ký", user="u8")
    assert "Bồi dưỡng cán bộ nữ công CĐCS" not in listed.text and "Tập huấn công tác nữ công" in listed.text


@pytest.mark.parametrize(("asked", "shown", "hidden"), [
    ("lớp nào hết hạn đăng ký ngày mai", ["Bồi dưỡng cán bộ nữ công CĐCS"], ["Tập huấn công tác nữ công"]),
    ("lop nao het han dang ky tuan nay", ["Bồi dưỡng cán bộ nữ công CĐCS", "Tập huấn công tác nữ công"],
     ["Nghiệp vụ tài chính công đoàn", "Huấn luyện an toàn"]),
    # Its one class is full: said beside it, and no registration invited.
    ("những lớp nào hết hạn đăng ký tuần sau", ["Kỹ năng quản lý tài chính CĐCS (đã đủ chỗ)"],
     ["nữ công", "kiểm tra", "Muốn đăng ký"]),
    ("những lớp nào có hạn đăng ký trong tháng này",  # November: a deadline passed this month is flagged
     ["nữ công CĐCS", "Tập huấn công tác nữ công", "Nghiệp vụ tài chính công đoàn", "(đã hết hạn)"],
     ["kiểm tra", "Kỹ năng quản lý tài chính CĐCS"]),
    ("lớp nào hạn chót đăng ký là ngày mai", ["Bồi dưỡng cán bộ nữ công CĐCS"], ["Tập huấn công tác nữ công"]),
])
def test_classes_by_their_deadline_in_a_period(deps: Deps, asked: str, shown: list[str], hidden: list[str]) -> None:
    classes(deps)
    [listed] = say(deps, asked, user="u9")
    well_written([listed])
    assert listed.text.startswith("Các lớp hết hạn đăng ký ")
    assert all(t in listed.text for t in shown) and not any(t in listed.text for t in hidden)


def test_none_closing_today_then_one_when_the_day_comes(deps: Deps, clock: FakeClock) -> None:
    classes(deps)
    [none] = say(deps, "lớp nào hết hạn đăng ký hôm nay", user="u10")
    assert none.text.startswith("Không có lớp nào hết hạn đăng ký hôm nay")
    clock.advance(3 * DAY)  # Thursday: NC-02 closes today
    [today] = say(deps, "lớp nào hết hạn đăng ký hôm nay", user="u10")
    assert "Tập huấn công tác nữ công" in today.text and "(hôm nay, đến" in today.text
    assert "«đăng ký lớp này»" in today.text
    # The one class listed is the class in view: «đk lớp này» starts its registration.
    replies = say(deps, "đk lớp này", user="u10")
    assert "«Tập huấn công tác nữ công»" in replies[0].text and replies[-1].text == enrol.ASK_NAME


def test_a_remark_about_a_passed_deadline_is_left_to_the_engine(deps: Deps) -> None:
    assert enrol.registration_list_asked("lớp 3/12 hết hạn đăng ký rồi hả, vậy tháng 1 có lớp nào") is None
    assert enrol.registration_list_asked("lớp này còn đăng ký được không") is None
    assert enrol.registration_list_asked("lớp nào hết hạn đăng ký rồi") is None
    assert enrol.registration_list_asked("cái thứ 2 khi nào mở đăng ký") is None
    assert enrol.registration_list_asked("lớp nào ở Đồng Nai tháng sau") is None  # «Đồng» closes nothing
    assert enrol.registration_list_asked("lớp nào ở Đồng Nai còn nhận đăng ký") == "open"
    assert enrol.narrowing("lớp nào ở Đồng Nai còn nhận đăng ký") == "lop nao o dong nai"
    assert enrol.narrowing("lop nao con dang ky duoc") == ""
    assert enrol.registration_list_asked("lớp đầu tiên còn đăng ký được không") is None
    assert enrol.registration_list_asked("lop nao con dk dc ko") == "open"
    assert enrol.registration_list_asked("các lớp tôi đã đăng ký") is None  # one's own places (/lich)
    assert enrol.registration_list_asked("lớp ATVSLĐ nào còn nhận đăng ký") == "open"
    assert enrol.registration_list_asked("lớp nào sắp hết hạn đăng ký tuần này") == "closing"


# ------------------------------------------------------------------ through the channels

def test_on_zalo_the_form_from_words_and_the_details_in_one_message(deps: Deps) -> None:
    ids = classes(deps)

    async def scenario() -> None:
        async with FakeZalo() as zalo, zalo_bot(deps, zalo):
            await zalo.say("z1", "lớp an toàn vệ sinh lao động ở Lạng Sơn")
            await zalo.wait_sent(1, chat_id="z1")
            await zalo.say("z1", "dk cho mik lop do")
            purpose, ask_name = (await zalo.wait_sent(3, chat_id="z1"))[1:3]
            assert "91/2025/QH15" in purpose.text and "Họ và tên" in ask_name.text
            await zalo.say("z1", "Nguyễn Văn An, CĐCS Công ty May Hòa Phú, 0912 345 678")
            saved, done = (await zalo.wait_sent(5, chat_id="z1"))[3:5]
            assert "Nguyễn Văn An — CĐCS Công ty May Hòa Phú — 0912345678" in saved.text
            assert done.text.startswith("Đã đăng ký cho anh/chị lớp «Huấn luyện an toàn, vệ sinh lao động»")
            # No buttons on Zalo: the cancel choice is a numbered line, typed back (and confirmed).
            await zalo.say("z1", option(done.text, "Hủy đăng ký lớp này"))
            confirm = (await zalo.wait_sent(6, chat_id="z1"))[5]
            await zalo.say("z1", option(confirm.text, "Có, hủy chỗ"))
            gone = (await zalo.wait_sent(7, chat_id="z1"))[6]
            assert gone.text.startswith("Đã hủy đăng ký")
            assert not zalo.errors

    asyncio.run(scenario())
    assert places(deps, "z1") == [] and ids


def test_on_telegram_which_class_then_the_open_list(deps: Deps) -> None:
    ids = classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "telegram", "702")

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram_bot(deps, fake):
            await fake.send_text(702, "lớp nữ công ở Lạng Sơn")
            await fake.wait_sent(1, chat_id=702)
            await fake.send_text(702, "đk lớp này giúp mình")
            which = (await fake.wait_sent(2, chat_id=702))[1]
            assert which.visible.startswith(compose.WHICH_REGISTER) and "2. Tập huấn công tác nữ công" in which.visible
            assert [b["data"] for b in which.buttons] == [f"rg:{ids['NC-01']}", f"rg:{ids['NC-02']}"]
            await fake.press(702, f"rg:{ids['NC-01']}")
            done = (await fake.wait_sent(3, chat_id=702))[2]
            assert done.visible.startswith("Đã đăng ký cho anh/chị lớp «Bồi dưỡng cán bộ nữ công CĐCS»")
            await fake.send_text(702, "lop nao con dang ky duoc")
            listed = (await fake.wait_sent(4, chat_id=702))[3]
            assert listed.visible.startswith("Các lớp đang nhận đăng ký") and "Nghiệp vụ tài chính" not in listed.visible
            assert not fake.errors

    asyncio.run(scenario())
    assert places(deps, "702") == ["NC-01"]


# ------------------------------------------------------------------ on SQLite and on PostgreSQL

def test_on_either_database_the_lists_and_a_place_taken_in_words(any_deps: Deps) -> None:
    ids = classes(any_deps)
    [listed] = say(any_deps, "lớp nào đang mở đăng ký", user="p1")
    assert listed.text.startswith("Các lớp đang nhận đăng ký") and "Kỹ năng quản lý tài chính" not in listed.text
    [closing] = say(any_deps, "lớp nào hết hạn đăng ký tuần này", user="p1")
    # (The sample's classes are there too.)
    assert "Tập huấn công tác nữ công" in closing.text and "• Huấn luyện an toàn, vệ sinh lao động\n" not in closing.text
    with session_scope(any_deps.session_factory) as s:
        give_details(s, "telegram", "p1")
    say(any_deps, data=f"c:{ids['AT-01']}", user="p1")
    [done] = say(any_deps, "đk lớp này giúp mình", user="p1")
    assert done.text.startswith("Đã đăng ký") and places(any_deps, "p1") == ["AT-01"]


def test_open_and_closing_queries_among_many_ids(deps: Deps) -> None:
    ids = classes(deps)
    with deps.session_factory() as s:
        every = [c.code for c in registrations.open_now(session=s, now=FIXED_NOW)]
        assert every == ["NC-01", "NC-02", "AT-01"]  # nearest deadline first; full, closed, cancelled, planned out
        many = set(range(100_000, 101_000)) | {ids["AT-01"]}  # past the ids put in one SQL «IN»
        assert [c.code for c in registrations.open_now(session=s, now=FIXED_NOW, among=many)] == ["AT-01"]
        week = registrations.closing_between(session=s, start=FIXED_NOW - DAY, end=FIXED_NOW + 7 * DAY,
                                             now=FIXED_NOW, among={ids["NC-02"], ids["TC-01"]})
        assert [c.code for c in week] == ["TC-01", "NC-02"]
