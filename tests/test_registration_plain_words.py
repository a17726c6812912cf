"""What a behaviour-only tester found in the registration, confirmation, privacy and reminder flows, through the
real core on a fresh database (and the Zalo fake, where the numbers typed back matter):

- a registration naming a class finds it by all its words (title, batch, place), as a question does, never the
  class merely on screen that shares its batch; with two such classes it asks which;
- every prompt that says «gõ số N» accepts N while it is pending, also after a word in between;
- a yes or a no typed at a confirmation («có», «co», «ok hủy đi», «👍», «không») answers it; such replies are
  never logged as unanswered questions;
- details typed in one message with courtesy around them («… 0912.345.678 ạ») are read;
- plain words reach one's places, data and reminder settings: «em muốn hủy lớp …», «hủy đk lớp đó», «tắt nhắc
  trước giờ học», «tôi muốn xóa số điện thoại», «bot đang lưu những thông tin gì của tôi», «đổi số điện thoại …»,
  «lớp của e còn học ko», «sao lớp 16/12 bị hủy vậy»;
- a self-introduction offers to keep its role and province in the profile (why, one choice), never silently."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import select

from handlers import compose, enrol
from handlers.deps import Deps
from knowledge import reminders
from knowledge.db import bump_data_version, session_scope
from knowledge.language.talk import small_talk, yes_no
from knowledge.models import Course, Organisation, Registration, UnansweredQuestion, UserProfile
from tests.conftest import FIXED_NOW  # Monday 23/11/2026, 09:00 in Hà Nội
from tests.fake_zalo import FakeZalo
from tests.people import add_course, give_details, make_organiser
from tests.test_organiser import ORGANISER, press, say, setup_province
from tests.test_registration_in_talk import data_of, places, text_of
from tests.test_zalo import polling_bot as zalo_bot

DAY = dt.timedelta(days=1)


def plan(deps: Deps) -> dict[str, int]:
    """Two batches of a chairs' class in Lạng Sơn, a class on dialogue at the workplace in two batches (the first
    in Yên Phong), a first batch on collective bargaining elsewhere in Bắc Ninh (the same catalogue topic), a
    Hà Nội class on labour disputes, and a Sóc Trăng class on 16/12 called off with the organiser's note."""
    specs = [  # code, title, topic, province, venue, organiser, starts in days
        ("LS-CT-01", "Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS (đợt 1)", "nghiep_vu", "Lạng Sơn",
         "Hội trường LĐLĐ tỉnh", "LS", 22),
        ("LS-CT-02", "Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS (đợt 2)", "nghiep_vu", "Lạng Sơn",
         "Hội trường LĐLĐ tỉnh", "LS", 50),
        ("BN-DT-01", "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc (đợt 1)", "thuong_luong", "Bắc Ninh",
         "Nhà văn hóa công nhân KCN Yên Phong", "BN", 27),
        ("BN-DT-02", "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc (đợt 2)", "thuong_luong", "Bắc Ninh",
         "Nhà văn hóa phường Từ Sơn", "BN", 117),
        ("BN-TL-01", "Tập huấn thương lượng tập thể (đợt 1)", "thuong_luong", "Bắc Ninh",
         "Nhà văn hóa phường Từ Sơn", "BN", 48),
        ("HN-02", "Tập huấn kỹ năng giải quyết tranh chấp lao động", "tranh_chap", "Hà Nội",
         "Cung Văn hóa Lao động Thủ đô", "HN", 25),
        ("ST-01", "Bồi dưỡng nghiệp vụ cho phó chủ tịch CĐCS", "nghiep_vu", "Sóc Trăng", "Hội trường LĐLĐ tỉnh",
         "ST", 23),  # 16/12/2026
    ]
    ids = {}
    with session_scope(deps.session_factory) as s:
        if s.scalar(select(Organisation.id).where(Organisation.code == "BN")) is None:  # a union of the sample only
            s.add(Organisation(code="BN", name="Liên đoàn Lao động tỉnh Bắc Ninh", kind="province", province="Bắc Ninh"))
            s.flush()
        for code, title, topic, province, venue, org, days in specs:
            c = add_course(s, code, starts=FIXED_NOW + days * DAY, deadline=FIXED_NOW + (days - 5) * DAY, org=org)
            c.title, c.topic, c.province, c.venue = title, topic, province, venue
            ids[code] = c.id
        off = s.get(Course, ids["ST-01"])
        assert off is not None
        off.audiences, off.status, off.description = "pho_chu_tich_cdcs", "cancelled", "Hủy do trùng lịch Đại hội"
        bump_data_version(s)
    deps.knowledge.invalidate()
    return ids


def hold(deps: Deps, user: str, *codes: str, channel: str = "telegram") -> None:
    """`user` has given their details and holds a place in each class of `codes`."""
    with session_scope(deps.session_factory) as s:
        p = give_details(s, channel, user)
        p.phone = "0912345678"
        for code in codes:
            course = s.scalar(select(Course).where(Course.code == code))
            assert course is not None
            s.add(Registration(course_id=course.id, profile_id=p.id, status="registered", created_at=FIXED_NOW,
                               updated_at=FIXED_NOW))


def logged(deps: Deps) -> list[str]:
    with deps.session_factory() as s:
        return [u.text for u in s.scalars(select(UnansweredQuestion))]


# ------------------------------------------------------------------ 1. a class named by its words

def test_a_request_naming_a_class_by_its_words_offers_that_class(deps: Deps) -> None:
    ids = plan(deps)
    # The bargaining class shares the topic and the batch, not «tại nơi làm việc»: only one class has all the words.
    replies = say(deps, "đăng ký lớp đối thoại tại nơi làm việc đợt 1", user="f1")
    assert data_of(replies[-1:]) == [f"rg:{ids['BN-DT-01']}"]
    assert "Để đăng ký lớp «Bồi dưỡng kỹ năng đối thoại tại nơi làm việc (đợt 1)»" in replies[-1].text
    assert places(deps, "f1") == []  # offered, never taken on a guess


@pytest.mark.parametrize("typed", ["dk lop doi thoai dot 1 o yen phong", "đăng ký lớp đối thoại tại nơi làm việc đợt 1"])
def test_a_class_on_screen_is_not_picked_by_its_batch_for_a_request_naming_another(deps: Deps, typed: str) -> None:
    ids = plan(deps)
    hold(deps, "f2", "LS-CT-01")
    say(deps, "các lớp cho chủ tịch cđcs ở lạng sơn", user="f2")  # the Lạng Sơn «… (đợt 1)» is on screen
    replies = say(deps, typed, user="f2")
    assert "rồi" not in text_of(replies) and "chủ tịch CĐCS (đợt 1)" not in replies[-1].text
    assert data_of(replies[-1:]) == [f"rg:{ids['BN-DT-01']}"]
    # Now that class is the one in view: a plain request for it is its registration itself.
    again = say(deps, "đăng ký lớp đối thoại tại nơi làm việc đợt 1", user="f2")
    assert again[-1].text.startswith("Đã đăng ký") and places(deps, "f2") == ["BN-DT-01", "LS-CT-01"]


def test_a_batch_of_the_list_is_still_the_one_asked_when_nothing_else_is_said(deps: Deps) -> None:
    ids = plan(deps)
    say(deps, "các lớp cho chủ tịch cđcs ở lạng sơn", user="f3")
    replies = say(deps, "đăng ký lớp đợt 2", user="f3")
    assert data_of(replies[-1:]) == [f"rg:{ids['LS-CT-02']}"]


def test_two_classes_with_all_the_words_are_asked_about(deps: Deps) -> None:
    ids = plan(deps)
    replies = say(deps, "đăng ký lớp đối thoại tại nơi làm việc", user="f4")  # both batches say it
    assert replies[-1].text.startswith(compose.WHICH_REGISTER)
    assert {f"rg:{ids['BN-DT-01']}", f"rg:{ids['BN-DT-02']}"} <= set(data_of(replies[-1:]))
    assert places(deps, "f4") == []


# ------------------------------------------------------------------ 2. «gõ số N» while pending

def test_on_zalo_a_request_naming_one_class_opens_its_form_and_the_name_typed_fills_it(deps: Deps) -> None:
    plan(deps)

    async def scenario() -> None:
        async with FakeZalo() as zalo, zalo_bot(deps, zalo):
            await zalo.say("z1", "dang ky lop HN-02")
            sent = await zalo.wait_sent(3, chat_id="z1")
            # The class understood, the data-use note, then the form's first question (a first registration).
            assert "91/2025/QH15" in sent[1].text and "Họ và tên" in sent[2].text
            await zalo.say("z1", "Trần Văn Hùng")
            unit = (await zalo.wait_sent(4, chat_id="z1"))[-1]
            assert "Đơn vị của anh/chị" in unit.text and "ngoài phạm vi" not in unit.text
            assert not zalo.errors

    asyncio.run(scenario())


def test_a_pending_choice_survives_a_stray_message(deps: Deps) -> None:
    plan(deps)
    hold(deps, "p1", "HN-02", channel="zalo")
    say(deps, "/lich", user="p1", channel="zalo")
    confirm = say(deps, "1", user="p1", channel="zalo")
    assert confirm[0].text.startswith("Anh/chị chắc chắn muốn hủy chỗ")
    say(deps, "thời tiết hôm nay thế nào", user="p1", channel="zalo")  # out of scope, in between
    done = say(deps, "1", user="p1", channel="zalo")
    assert done[0].text.startswith("Đã hủy đăng ký") and places(deps, "p1") == []


def test_a_number_with_nothing_pending_is_said_so_and_never_logged(deps: Deps) -> None:
    plan(deps)
    for n in ("1", "2", "3"):
        assert say(deps, n, user="p2", channel="zalo")[0].text == compose.NO_CHOICE_PENDING
    assert logged(deps) == []


# ------------------------------------------------------------------ 3. yes and no typed

@pytest.mark.parametrize(("typed", "answer"), [
    ("có", "yes"), ("co", "yes"), ("ok huy di", "yes"), ("👍", "yes"), ("vâng ạ", "yes"), ("đồng ý", "yes"),
    ("Có, hủy chỗ", "yes"), ("không", "no"), ("ko", "no"), ("thôi", "no"), ("đừng hủy", "no"),
    ("không, giữ nguyên", "no"), ("có lớp nào khác không", None), ("1", None), ("lớp ở đâu", None),
])
def test_a_typed_yes_or_no(typed: str, answer: str | None) -> None:
    assert yes_no(typed) == answer


@pytest.mark.parametrize("typed", ["co", "có", "ok huy di", "👍"])
def test_a_typed_yes_confirms_giving_up_a_place(deps: Deps, typed: str) -> None:
    plan(deps)
    hold(deps, "y1", "HN-02", channel="zalo")
    say(deps, "/lich", user="y1", channel="zalo")
    say(deps, "1", user="y1", channel="zalo")
    done = say(deps, typed, user="y1", channel="zalo")
    assert done[0].text.startswith("Đã hủy đăng ký") and places(deps, "y1") == []
    assert logged(deps) == []


def test_a_typed_no_keeps_the_place(deps: Deps) -> None:
    plan(deps)
    hold(deps, "y2", "HN-02", channel="zalo")
    say(deps, "/lich", user="y2", channel="zalo")
    say(deps, "1", user="y2", channel="zalo")
    assert say(deps, "không", user="y2", channel="zalo")[0].text == compose.KEPT
    assert places(deps, "y2") == ["HN-02"]


def test_a_typed_yes_cancels_the_organisers_draft(deps: Deps) -> None:
    setup_province(deps)
    say(deps, "/thongbao")
    say(deps, "Nội dung thông báo")
    preview = press(say(deps, data="bc:c:0"), "Mọi người trong phạm vi", deps)
    asked = press(preview, "Hủy", deps)
    assert asked[0].text == compose.CONFIRM_CANCEL_DRAFT
    done = say(deps, "có")
    assert compose.CONFIRM_CANCEL_DRAFT not in done[0].text and "ngoài phạm vi" not in done[0].text
    assert say(deps, data="bc:send")[0].text.startswith("Lựa chọn này không còn")  # no draft left to send


def test_yes_words_with_nothing_asked_are_small_talk_never_logged(deps: Deps) -> None:
    plan(deps)
    # «đúng rồi», «rồi» after a step already done (the union saved) are a yes to nothing: small talk too.
    for typed in ("co", "có", "đồng ý", "đúng rồi", "rồi ạ"):
        assert small_talk(typed) == "ack"
        say(deps, typed, user="y3")
    assert logged(deps) == []
    assert small_talk("đăng ký") is None and small_talk("hủy đi") is None  # these ask for something


# ------------------------------------------------------------------ 4. details with courtesy around them

def test_details_in_one_message_ending_in_a_courtesy_word_are_read(deps: Deps) -> None:
    plan(deps)
    say(deps, "dang ky lop HN-02", user="d1")
    say(deps, "đăng ký lớp này", user="d1")
    replies = say(deps, "Trần Văn Hùng CĐCS cty TNHH Điện tử Quế Võ, sdt 0912.345.678 ạ", user="d1")
    assert "Trần Văn Hùng — CĐCS cty TNHH Điện tử Quế Võ — 0912345678" in replies[0].text
    assert places(deps, "d1") == ["HN-02"]


@pytest.mark.parametrize(("typed", "read"), [
    ("Dạ, Trần Văn Hùng, CĐCS cty May ạ", ("Trần Văn Hùng", "CĐCS cty May", None)),
    ("Lê Văn Nam, CĐCS cty X, 0912345678 em cảm ơn", ("Lê Văn Nam", "CĐCS cty X", "0912345678")),
    # «Nha», «Nhã» are names, not «nha»: only the lower-case particle is courtesy.
    ("Nguyễn Thị Nha, CĐCS Trường Nha Trang nhé", ("Nguyễn Thị Nha", "CĐCS Trường Nha Trang", None)),
])
def test_courtesy_around_the_details_is_no_part_of_them(typed: str, read: tuple[str, str, str | None]) -> None:
    assert enrol._details_in_one(typed, "name") == read


def test_details_that_cannot_be_split_are_not_called_a_name_with_digits(deps: Deps) -> None:
    plan(deps)
    say(deps, "dang ky lop HN-02", user="d2")
    say(deps, "đăng ký lớp này", user="d2")
    replies = say(deps, "Trần Văn Hùng 0912.345.678 0987.654.321", user="d2")
    assert replies[0].text == enrol.NOT_SPLIT


# ------------------------------------------------------------------ 5. plain words

def test_giving_up_a_place_named_in_plain_words_asks_to_confirm_it(deps: Deps) -> None:
    ids = plan(deps)
    hold(deps, "w1", "HN-02", "LS-CT-01")
    asked = say(deps, "em muon huy lop giai quyet tranh chap ld", user="w1")
    assert asked[0].text.startswith("Anh/chị chắc chắn muốn hủy chỗ ở lớp «Tập huấn kỹ năng giải quyết tranh chấp")
    assert data_of(asked)[0] == f"ok:rc:{ids['HN-02']}"
    # Two places and none named: which one is asked.
    listed = say(deps, "hủy đăng ký", user="w1")
    assert listed[0].text == compose.WHICH_TO_CANCEL and len(listed[0].buttons) == 2


def test_giving_up_the_only_place_asks_to_confirm_it_at_once(deps: Deps) -> None:
    ids = plan(deps)
    hold(deps, "w2", "HN-02")
    asked = say(deps, "huy dk lop do", user="w2")
    assert data_of(asked) == [f"ok:rc:{ids['HN-02']}", "no"]
    assert places(deps, "w2") == ["HN-02"]


def test_a_reminder_setting_in_plain_words(deps: Deps) -> None:
    plan(deps)
    say(deps, "/nhacnho", user="w3")
    replies = say(deps, "tat nhac truoc gio hoc", user="w3")
    assert replies[0].text.startswith("Đã tắt: nhắc trước giờ học")
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "w3"))
        assert profile is not None and reminders.kinds_off(profile) == {"hours"}
    say(deps, "không nhận tin nhắc nữa", user="w3")
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "w3"))
        assert profile is not None and reminders.kinds_off(profile) == set(reminders.KINDS)


def test_ones_own_data_seen_changed_and_deleted_in_plain_words(deps: Deps) -> None:
    plan(deps)
    hold(deps, "w4")
    shown = say(deps, "bot đang lưu những thông tin gì của tôi", user="w4")
    assert "Người thử w4" in text_of(shown) and "0912345678" in text_of(shown)
    changed = say(deps, "doi so dien thoai 0987654321", user="w4")
    assert changed[0].text.startswith("Đã đổi số điện thoại đăng ký thành 0987654321")
    asked = say(deps, "toi muon xoa so dien thoai", user="w4")
    assert "Xóa số điện thoại 0987654321" in asked[0].text
    say(deps, "có", user="w4")
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "w4"))
        assert profile is not None and profile.phone is None and profile.full_name == "Người thử w4"
    assert logged(deps) == []


def test_ones_class_called_off_is_said_when_asked_if_it_still_runs(deps: Deps) -> None:
    plan(deps)
    hold(deps, "w5", "ST-01")
    replies = say(deps, "lop cua e con hoc ko", user="w5")
    assert replies[0].text.startswith("Lớp «Bồi dưỡng nghiệp vụ cho phó chủ tịch CĐCS» của anh/chị đã bị hủy.")
    assert "Hủy do trùng lịch Đại hội" in replies[0].text


@pytest.mark.parametrize("typed", ["sao lop 16/12 bi huy vay", "vì sao lớp ngày 16/12 bị hủy"])
def test_why_a_class_was_called_off_is_its_note(deps: Deps, typed: str) -> None:
    plan(deps)
    replies = say(deps, typed, user="w6")
    assert "ĐÃ HỦY" in text_of(replies) and "Hủy do trùng lịch Đại hội" in text_of(replies)


# ------------------------------------------------------------------ 6. what one says of oneself

def test_a_self_introduction_is_offered_to_the_profile_and_kept_only_when_chosen(deps: Deps) -> None:
    plan(deps)
    replies = say(deps, "em là phó chủ tịch công đoàn cơ sở ở Sóc Trăng", user="s1", channel="zalo")
    offer = replies[-1]
    assert "lưu vai trò «Phó chủ tịch CĐCS»" in offer.text and "/hoso" in offer.text and "thông báo" in offer.text
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "s1"))
        assert profile is not None and profile.role is None  # nothing saved silently
    assert say(deps, "1", user="s1", channel="zalo")[0].text.startswith("Đã lưu vào hồ sơ")
    shown = text_of(say(deps, "/hoso", user="s1", channel="zalo"))
    assert "Vai trò: Phó chủ tịch CĐCS" in shown and "Sóc Trăng" in shown
    # Said again, it is what the profile holds: nothing more to offer.
    again = say(deps, "em là phó chủ tịch công đoàn cơ sở ở Sóc Trăng", user="s1", channel="zalo")
    assert not any("lưu vai trò" in r.text for r in again)


def test_the_offer_comes_once_and_after_the_answer_to_a_question(deps: Deps) -> None:
    plan(deps)
    first = say(deps, "em là phó chủ tịch cđcs ở Sóc Trăng, có lớp nào cho em không", user="s2")
    assert "lưu vai trò" in first[-1].text and "lưu vai trò" not in first[0].text
    second = say(deps, "em là phó chủ tịch cđcs ở Sóc Trăng, lớp tháng sau thì sao", user="s2")
    assert not any("lưu vai trò" in r.text for r in second)
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", ORGANISER, "LS")  # (an organiser's account is untouched by this)
