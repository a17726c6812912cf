"""The channel-agnostic conversation: bad input, commands, choices, profile, unanswered log."""

from __future__ import annotations

import asyncio
import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from handlers import compose
from handlers.core import handle, respond
from handlers.deps import Deps
from handlers.types import Incoming, Reply
from knowledge import store
from knowledge.models import ConversationState, Course, UnansweredQuestion, UserProfile
from tests.conftest import FakeClock, build_deps


def say(deps: Deps, text: str = "", *, user: str = "u1", data: str | None = None, channel: str = "test") -> list[Reply]:
    return asyncio.run(handle(Incoming(channel, user, user, text, callback_data=data), deps))


def unanswered(deps: Deps) -> list[UnansweredQuestion]:
    with deps.session_factory() as s:
        return list(s.scalars(select(UnansweredQuestion).order_by(UnansweredQuestion.id)))


# ------------------------------------------------------------------ bad input

@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_input_gets_a_prompt(sample_deps: Deps, text: str) -> None:
    assert say(sample_deps, text)[0].text == compose.EMPTY


def test_emoji_only_gets_a_clear_reply(sample_deps: Deps) -> None:
    replies = say(sample_deps, "🙂👍🎉")
    assert replies[0].text == compose.NO_TEXT


def test_ten_thousand_characters_are_cut_not_rejected(sample_deps: Deps) -> None:
    replies = say(sample_deps, "lớp tập huấn " + "a" * 10_000)
    # Said to be long: read in part and answered, or (no question found in it) the question asked for alone.
    assert replies[0].text in (compose.TRUNCATED, compose.LONG_UNCLEAR)
    assert len(replies) >= 2 or replies[0].text == compose.LONG_UNCLEAR


def test_nfd_question_gets_the_same_answer(sample_deps: Deps) -> None:
    q = "Lớp nào dành cho chủ tịch công đoàn cơ sở?"
    assert say(sample_deps, unicodedata.normalize("NFD", q), user="a") == say(sample_deps, q, user="b")


def test_html_and_sql_looking_text_is_harmless_and_kept(sample_deps: Deps) -> None:
    with sample_deps.session_factory() as s:
        before = s.scalar(select(func.count()).select_from(Course))
    evil = "<script>alert(1)</script>'; DROP TABLE courses;--"
    replies = say(sample_deps, evil)
    assert replies and all(isinstance(r.text, str) and r.text for r in replies)
    with sample_deps.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Course)) == before
    assert [u.text for u in unanswered(sample_deps)] == [evil]


def test_details_typed_where_nobody_asked_are_not_kept_in_the_unanswered_log(sample_deps: Deps) -> None:
    # Someone's details (a name and a unit, or a phone number) are not logged at all, not even redacted.
    say(sample_deps, "Nguyễn Văn An, CĐCS Công ty May Hòa Phú, 0912 345 678, an.nguyen@gmail.com")
    say(sample_deps, "Trần Thị Mai, Trường THCS Lê Lợi")
    assert not any("Nguyễn Văn An" in u.text or "Trần Thị Mai" in u.text for u in unanswered(sample_deps))
    # A message that only carries an address is still kept, redacted.
    say(sample_deps, "gửi giúp tài liệu qua an.nguyen@gmail.com xyzqw")
    logged = unanswered(sample_deps)[-1]
    assert "gmail" not in logged.text + logged.normalised and "[email]" in logged.text
    # What organisers need to read stays: document numbers, dates and figures are not phones.
    say(sample_deps, "văn bản 1464/CTr-TLĐ ngày 15/12/2026 giao 3.831 người hỏi gì vậy xyzqw")
    assert "1464/CTr-TLĐ ngày 15/12/2026 giao 3.831" in unanswered(sample_deps)[-1].text


@pytest.mark.parametrize(("typed", "kept"), [
    ("sdt0912345678 nhé", "sdt[số điện thoại] nhé"),
    ("gọi 0987.654.321hoặc zalo", "gọi [số điện thoại]hoặc zalo"),
    ("(024) 3826 1234 hoặc (+84) 912 345 678", "[số điện thoại] hoặc [số điện thoại]"),
    ("0912 - 345 - 678", "[số điện thoại]"),
    ("CCCD: 038 090 001 234", "CCCD: [số giấy tờ]"),
    # Not personal: a class code, money, a date and time written with spaces, a share.
    ("lớp CT-2027-0912345678 kinh phí 84.000.000.000 đồng", "lớp CT-2027-0912345678 kinh phí 84.000.000.000 đồng"),
    ("ngày 01 02 2026 08 30, đạt 0,5%", "ngày 01 02 2026 08 30, đạt 0,5%"),
])
def test_what_is_taken_for_a_phone_or_an_id_number(typed: str, kept: str) -> None:
    assert store.redact(typed) == kept


def test_unknown_command(sample_deps: Deps) -> None:
    assert say(sample_deps, "/xyz")[0].text == compose.UNKNOWN_COMMAND.format(cmd="/xyz")


def test_command_with_bot_name_is_understood(sample_deps: Deps) -> None:
    assert say(sample_deps, "/help@cadrebot")[0].text == compose.HELP


# ------------------------------------------------------------------ small talk and scope

def test_greeting_thanks_help(sample_deps: Deps) -> None:
    assert say(sample_deps, "xin chào")[0].text == compose.WELCOME
    assert say(sample_deps, "cảm ơn bạn nhiều")[0].text == compose.THANKS
    assert say(sample_deps, "bạn làm được gì")[0].text == compose.HELP


@pytest.mark.parametrize("q", ["Thời tiết Hà Nội hôm nay?", "giá vàng hôm nay bao nhiêu", "asdfgh qwerty"])
def test_off_topic_never_gets_a_course(sample_deps: Deps, q: str) -> None:
    outcome = asyncio.run(respond(Incoming("test", "u", "u", q), sample_deps))
    assert outcome.answer is not None
    assert outcome.answer.intent in ("off_topic", "unknown")
    assert not outcome.answer.courses
    assert all(not b.data.startswith("c:") for r in outcome.replies for b in r.buttons)
    logged = unanswered(sample_deps)
    assert logged[-1].text == q and logged[-1].user_id == "u" and logged[-1].normalised


# ------------------------------------------------------------------ courses, buttons, numbered choices

def test_course_list_has_detail_buttons_that_work(sample_deps: Deps) -> None:
    replies = say(sample_deps, "lớp tập huấn sắp tới")
    buttons = [b for r in replies for b in r.buttons]
    assert buttons and all(b.data.startswith(("c:", compose.PAGE_PREFIX)) for b in buttons)
    detail = say(sample_deps, data=buttons[0].data)[0].text
    assert "Mã lớp: MAU-" in detail and "Bắt đầu:" in detail


def test_typing_the_number_picks_the_button(sample_deps: Deps) -> None:
    replies = say(sample_deps, "lớp tập huấn sắp tới")
    first = next(b for r in replies for b in r.buttons)
    by_number = say(sample_deps, "1")
    assert by_number == say(sample_deps, data=first.data)


def test_numbered_choice_survives_a_restart(sample_deps: Deps, sqlite_url: str, clock: FakeClock) -> None:
    replies = say(sample_deps, "lớp tập huấn sắp tới")
    second = [b for r in replies for b in r.buttons][1]
    restarted = build_deps(sqlite_url, clock, sample=True)
    assert say(restarted, "2") == say(restarted, data=second.data)


def test_stale_button_gets_a_clear_reply(sample_deps: Deps) -> None:
    assert say(sample_deps, data="c:999999")[0].text == compose.STALE
    assert say(sample_deps, data="k:f:999999")[0].text == compose.STALE
    assert say(sample_deps, data="garbage")[0].text == compose.STALE


def test_a_number_without_pending_choices_is_a_question(sample_deps: Deps) -> None:
    replies = say(sample_deps, "7")
    assert replies and replies[0].text != compose.STALE


# ------------------------------------------------------------------ profile, on both backends

def test_profile_flow_and_ranking_for_me(any_deps: Deps) -> None:
    say(any_deps, "/hoso", user="p")
    roles = say(any_deps, "1", user="p")  # "Đổi vai trò"
    keys = [b.data for b in roles[0].buttons]
    assert "role:chu_tich_cdcs" in keys
    asked = say(any_deps, str(keys.index("role:chu_tich_cdcs") + 1), user="p")
    assert "Chủ tịch CĐCS" in asked[0].text
    saved = say(any_deps, "Lạng Sơn", user="p")
    assert "Lạng Sơn" in saved[0].text
    with any_deps.session_factory() as s:
        prof = s.scalar(select(UserProfile).where(UserProfile.user_id == "p"))
        assert prof is not None and prof.role == "chu_tich_cdcs" and prof.province == "Lạng Sơn"
    outcome = asyncio.run(respond(Incoming("test", "p", "p", "lớp nào dành cho tôi?"), any_deps))
    assert outcome.answer is not None and outcome.answer.used_profile
    assert outcome.answer.courses
    assert all("chu_tich_cdcs" in c.audiences for c in outcome.answer.courses)


def test_unknown_union_is_asked_again_and_can_be_skipped(any_deps: Deps) -> None:
    say(any_deps, "/hoso", user="q")
    say(any_deps, "2", user="q")
    assert "chưa tìm thấy" in say(any_deps, "xyzxyz", user="q")[0].text
    assert "Đã bỏ qua" in say(any_deps, "bỏ qua", user="q")[0].text
    with any_deps.session_factory() as s:
        state = s.get(ConversationState, ("test", "q"))
        assert state is None or "await" not in state.state


def test_start_with_union_code_preselects_it(any_deps: Deps) -> None:
    replies = say(any_deps, "/start LS", user="d")
    assert replies[0].text.startswith(compose.WELCOME) and "Liên đoàn Lao động tỉnh Lạng Sơn" in replies[0].text
    with any_deps.session_factory() as s:
        prof = s.scalar(select(UserProfile).where(UserProfile.user_id == "d"))
        assert prof is not None and prof.organisation is not None and prof.organisation.code == "LS"


def test_union_is_picked_with_buttons_then_a_sub_union(any_deps: Deps) -> None:
    say(any_deps, "/hoso", user="b")
    asked = say(any_deps, data="hs:org", user="b")
    # Today's 34 provincial LĐLĐs, by province, a page at a time; no union of the old map among them.
    offered: dict[str, str] = {}
    while True:
        offered.update({b.label: b.data for b in asked[0].buttons if b.data.startswith("org:")})
        more = [b for b in asked[0].buttons if b.data.startswith("og:")]
        if not more:
            break
        asked = say(any_deps, data=more[0].data, user="b")
    assert len(offered) == 34 and not any("Sóc Trăng" in label for label in offered)
    picked = say(any_deps, data=offered["Liên đoàn Lao động tỉnh Lạng Sơn"], user="b")
    assert "Đã lưu đơn vị" in picked[0].text and "Lạng Sơn" in picked[0].text
    children = {b.label: b.data for b in picked[1].buttons}
    # The districts' LĐLĐs ended in 2025: a grassroots union below the province is offered, they are not.
    assert not any("Chi Lăng" in label or "Cao Lộc" in label for label in children)
    say(any_deps, data=children["Công đoàn cơ sở Hợp tác xã Đồng Tâm"], user="b")
    with any_deps.session_factory() as s:
        prof = s.scalar(select(UserProfile).where(UserProfile.user_id == "b"))
        assert prof is not None and prof.organisation is not None and prof.organisation.code == "LS-HTXDONGTAM"
        assert prof.province == "Lạng Sơn"
    assert say(any_deps, data="org:999999", user="b")[0].text == compose.STALE


def test_new_user_is_asked_role_then_union(any_deps: Deps) -> None:
    start = say(any_deps, "/start", user="n")
    assert start[0].text == compose.WELCOME and start[1].buttons[0].data.startswith("role:")
    after_role = say(any_deps, data=start[1].buttons[0].data, user="n")
    assert any(b.data.startswith("org:") for b in after_role[1].buttons)


def test_long_course_list_pages_forward(sample_deps: Deps) -> None:
    first = say(sample_deps, "lớp tập huấn sắp tới", user="pg")
    more = [b for b in first[0].buttons if b.data.startswith(compose.PAGE_PREFIX)]
    assert len(more) == 1 and "lớp 1–5 trong" in first[0].text
    second = say(sample_deps, data=more[0].data, user="pg")
    assert "lớp 6–10 trong" in second[0].text
    first_ids = {b.data for b in first[0].buttons if b.data.startswith("c:")}
    second_ids = {b.data for b in second[0].buttons if b.data.startswith("c:")}
    assert second_ids and not first_ids & second_ids
    assert say(sample_deps, data="p:100000", user="pg")[0].text == compose.NO_MORE
    assert say(sample_deps, data="p:5", user="someone-else")[0].text == compose.STALE


def test_a_photo_without_caption_gets_a_clear_reply(sample_deps: Deps) -> None:
    msg = Incoming("test", "m", "m", "", has_media=True)
    assert asyncio.run(handle(msg, sample_deps))[0].text == compose.NO_MEDIA


# ------------------------------------------------------------------ splitting

def test_split_text_on_line_boundaries() -> None:
    text = "\n".join(f"dòng {i} " + "x" * 50 for i in range(200))
    parts = compose.split_text(text, 2000)
    assert all(len(p) <= 2000 for p in parts)
    assert "\n".join(parts) == text
    assert compose.split_text("a" * 5000, 2000) == ["a" * 2000, "a" * 2000, "a" * 1000]


def test_close_call_offers_up_to_three_choices_that_answer(sample_deps: Deps) -> None:
    replies = say(sample_deps, "hà nội 2016")
    assert replies[0].text == compose.DID_YOU_MEAN
    buttons = replies[0].buttons
    assert 1 <= len(buttons) <= 3 and all(b.data.startswith("k:") for b in buttons)
    picked = say(sample_deps, "1")
    assert picked == say(sample_deps, data=buttons[0].data)
    assert "Nguồn:" in picked[0].text


# ------------------------------------------------------------------ linked accounts

def test_linking_keeps_the_profile_already_filled_in(any_deps: Deps) -> None:
    say(any_deps, data="role:chu_tich_cdcs", user="t1", channel="telegram")
    say(any_deps, "Lạng Sơn", user="t1", channel="telegram")
    code_text = say(any_deps, "/lienket", user="t1", channel="telegram")[0].text
    code = code_text.split("Mã liên kết của anh/chị: ")[1][:6]
    assert say(any_deps, "/lienket 12345x", user="z1", channel="zalo")[0].text == compose.LINK_BAD
    assert say(any_deps, f"/lienket {code}", user="t1", channel="telegram")[0].text == compose.LINK_BAD  # own code
    assert "Telegram" in say(any_deps, f"/lienket {code}", user="z1", channel="zalo")[0].text
    with any_deps.session_factory() as s:
        z = s.scalar(select(UserProfile).where(UserProfile.channel == "zalo", UserProfile.user_id == "z1"))
        t = s.scalar(select(UserProfile).where(UserProfile.channel == "telegram", UserProfile.user_id == "t1"))
        assert z is not None and t is not None and z.person_id == t.person_id is not None
        assert (z.role, z.province) == ("chu_tich_cdcs", "Lạng Sơn") == (t.role, t.province)


def test_expired_link_code_is_refused(deps: Deps, clock: FakeClock) -> None:
    code = say(deps, "/lienket", user="t2", channel="telegram")[0].text.split(": ")[1][:6]
    clock.advance(dt.timedelta(minutes=11))
    assert say(deps, f"/lienket {code}", user="z2", channel="zalo")[0].text == compose.LINK_BAD


def test_linking_takes_one_whole_profile_and_leaves_the_owner_untouched(any_deps: Deps) -> None:
    say(any_deps, data="role:doan_vien", user="t3", channel="telegram")
    say(any_deps, "bỏ qua", user="t3", channel="telegram")  # a role only
    say(any_deps, data="role:chu_tich_cdcs", user="z3", channel="zalo")
    # A former district's LĐLĐ (ended 2025) typed by its code is today's LĐLĐ of its province.
    say(any_deps, "HN-MELINH", user="z3", channel="zalo")
    code = say(any_deps, "/lienket", user="t3", channel="telegram")[0].text.split(": ")[1][:6]
    with any_deps.session_factory() as s:
        before = s.scalar(select(UserProfile).where(UserProfile.user_id == "t3"))
        assert before is not None
        seen_before = before.last_seen_at
    say(any_deps, f"/lienket {code}", user="z3", channel="zalo")
    with any_deps.session_factory() as s:
        t = s.scalar(select(UserProfile).where(UserProfile.user_id == "t3"))
        z = s.scalar(select(UserProfile).where(UserProfile.user_id == "z3"))
        assert t is not None and z is not None and t.organisation is not None
        # Zalo's profile is the complete one (role, union and province), so it wins as a whole.
        assert (t.role, t.organisation.code, t.province) == ("chu_tich_cdcs", "HN", "Hà Nội")
        assert (z.role, z.organisation_id, z.province) == (t.role, t.organisation_id, t.province)
        assert t.last_seen_at == seen_before


def test_link_codes_are_not_shown_in_groups_and_guessing_is_limited(deps: Deps) -> None:
    group = Incoming("telegram", "-100", "t4", "/lienket", private=False)
    assert asyncio.run(handle(group, deps))[0].text == compose.LINK_IN_GROUP
    for _ in range(5):
        assert say(deps, "/lienket 000001", user="z4", channel="zalo")[0].text == compose.LINK_BAD
    code = say(deps, "/lienket", user="t4", channel="telegram")[0].text.split(": ")[1][:6]
    assert say(deps, f"/lienket {code}", user="z4", channel="zalo")[0].text == compose.LINK_TOO_MANY


def test_typed_link_code_wins_over_a_pending_question(deps: Deps) -> None:
    code = say(deps, "/lienket", user="t5", channel="telegram")[0].text.split(": ")[1][:6]
    say(deps, "xin chào", user="z5", channel="zalo")
    say(deps, "1", user="z5", channel="zalo")  # a role; now the union is being asked
    assert "Telegram" in say(deps, f"liên kết {code}", user="z5", channel="zalo")[0].text
