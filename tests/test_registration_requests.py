"""A registration request names one class or asks which: «đăng ký lớp nữ công ở Hải Phòng» that finds several
classes lists them and asks which one, each open class a choice (buttons on Telegram, numbered lines on Zalo
and in the terminal); only a request naming one class (the only one found, or the one whose whole title it
says) is offered directly. After the bot turns a registration away and offers another class, «đăng ký lớp
đó», «lớp kia», «ok đk lớp đấy» go to the class offered, never back to the one turned away."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cli import main
from handlers import compose
from handlers.deps import Deps
from handlers.types import Reply
from knowledge.db import bump_data_version, session_scope
from knowledge.language.followup import Subject
from knowledge.models import Course, Registration, UserProfile
from tests.conftest import FIXED_NOW  # Monday 23/11/2026, 09:00 in Hà Nội
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import FakeZalo
from tests.people import add_course, add_members, give_details
from tests.test_cli import env  # noqa: F401 (a fixture: the CLI on a fresh database)
from tests.test_organiser import say
from tests.test_telegram import polling_bot as telegram_bot
from tests.test_transfer import write_csv
from tests.test_zalo import option
from tests.test_zalo import polling_bot as zalo_bot

DAY = dt.timedelta(days=1)


def women_classes(deps: Deps) -> dict[str, int]:
    """Three classes on women's work in Lạng Sơn (two of one title), and one whose deadline has passed."""
    specs = [  # code, title, days from now, deadline in days from now
        ("NC-01", "Bồi dưỡng cán bộ nữ công CĐCS", 20, 10),
        ("NC-02", "Tập huấn công tác nữ công", 40, 30),
        ("NC-03", "Bồi dưỡng cán bộ nữ công CĐCS", 60, 50),
        ("NC-00", "Tập huấn nữ công và bình đẳng giới", 5, -1),
    ]
    ids = {}
    with session_scope(deps.session_factory) as s:
        for code, title, days, deadline in specs:
            c = add_course(s, code, starts=FIXED_NOW + days * DAY, deadline=FIXED_NOW + deadline * DAY)
            c.title, c.topic = title, "nu_cong"
            ids[code] = c.id
        for uid in ("900", "901"):
            give_details(s, "telegram", uid)
        bump_data_version(s)
    deps.knowledge.invalidate()
    return ids


def registered(deps: Deps, user: str = "900") -> list[str]:
    with deps.session_factory() as s:
        return list(s.scalars(select(Course.code).join(Registration, Registration.course_id == Course.id)
                              .join(UserProfile, UserProfile.id == Registration.profile_id)
                              .where(UserProfile.user_id == user, Registration.status == "registered")))


def choices(replies: list[Reply]) -> list[tuple[str, str]]:
    return [(b.label, b.data) for r in replies for b in r.buttons]


# ------------------------------------------------------------------ several classes: which one

def test_a_request_finding_several_classes_asks_which_and_registers_none(deps: Deps) -> None:
    ids = women_classes(deps)
    replies = say(deps, "đăng ký lớp nữ công ở Lạng Sơn", user="900")
    assert not any("Đăng ký lớp này" in label for label, _ in choices(replies))
    last = replies[-1]
    assert compose.WHICH_REGISTER in last.text
    # The open classes are the choices, in the order listed (soonest first); the one past its deadline is
    # listed, named as taking no registration, and offered as no choice.
    assert [b.data for b in last.buttons] == [f"rg:{ids['NC-01']}", f"rg:{ids['NC-02']}", f"rg:{ids['NC-03']}"]
    assert "«Tập huấn nữ công và bình đẳng giới» không nhận đăng ký" in last.text
    # Two classes of one title are told apart by their dates.
    labels = [b.label for b in last.buttons]
    assert labels[0].startswith("Đăng ký: Bồi dưỡng cán bộ nữ công CĐCS (") and labels[0] != labels[2]
    assert registered(deps) == []


def test_the_choice_pressed_is_the_class_registered(deps: Deps) -> None:
    ids = women_classes(deps)
    say(deps, "cho em đk lớp nữ công ở Lạng Sơn", user="900")
    replies = say(deps, data=f"rg:{ids['NC-02']}", user="900")
    assert "Đã đăng ký cho anh/chị lớp «Tập huấn công tác nữ công»" in replies[0].text
    assert registered(deps) == ["NC-02"]


def test_after_asking_which_a_position_counts_in_the_order_shown(deps: Deps) -> None:
    women_classes(deps)
    say(deps, "đăng ký lớp nữ công ở Lạng Sơn", user="900")
    replies = say(deps, "đăng ký lớp thứ 3 cho mình", user="900")
    assert "Để đăng ký lớp «Tập huấn công tác nữ công»" in replies[-1].text  # 00 (past), 01, 02 shown soonest first


def test_a_request_saying_one_class_whole_title_is_offered_that_class(deps: Deps) -> None:
    ids = women_classes(deps)
    replies = say(deps, "đăng ký lớp tập huấn công tác nữ công ở Lạng Sơn", user="900")
    assert [b.data for b in replies[-1].buttons] == [f"rg:{ids['NC-02']}"]
    assert "Để đăng ký lớp «Tập huấn công tác nữ công»" in replies[-1].text
    # A title two classes share names neither: which one is asked.
    replies = say(deps, "đăng ký lớp bồi dưỡng cán bộ nữ công CĐCS ở Lạng Sơn", user="901")
    assert compose.WHICH_REGISTER in replies[-1].text
    assert [b.data for b in replies[-1].buttons] == [f"rg:{ids['NC-01']}", f"rg:{ids['NC-03']}"]


def test_the_only_class_found_is_offered_directly(deps: Deps) -> None:
    ids = women_classes(deps)
    with session_scope(deps.session_factory) as s:
        only = add_course(s, "AT-01", starts=FIXED_NOW + 30 * DAY, deadline=FIXED_NOW + 20 * DAY)
        only.title, only.topic = "Huấn luyện an toàn, vệ sinh lao động", "atvsld"
        bump_data_version(s)
    deps.knowledge.invalidate()
    # With details on file, the register choice to press (a place is never taken on a request read from words).
    replies = say(deps, "cho em đk lớp atvsld ở Lạng Sơn", user="900")
    assert [b.label for b in replies[-1].buttons] == ["Đăng ký lớp này"]
    assert replies[-1].buttons[0].data == f"rg:{only.id}" and ids
    assert "bấm «Đăng ký lớp này»" in replies[-1].text
    # A first registration instead opens the form itself (nothing is taken until the details are typed).
    assert say(deps, "cho em đk lớp atvsld ở Lạng Sơn", user="902")[-1].text == "Họ và tên của anh/chị là gì?"
    # Where there are no buttons, how to pick it says to type its number.
    with session_scope(deps.session_factory) as s:
        give_details(s, "zalo", "z91")
    on_zalo = say(deps, "cho em đk lớp atvsld ở Lạng Sơn", user="z91", channel="zalo")
    assert "gõ số ứng với «Đăng ký lớp này»" in on_zalo[-1].text and "bấm" not in on_zalo[-1].text
    assert on_zalo[-1].buttons[0].data == f"rg:{only.id}"


def test_when_none_of_the_classes_found_takes_registrations_the_reply_says_so(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        for code, days in (("TC-01", 3), ("TC-02", 6)):
            c = add_course(s, code, starts=FIXED_NOW + days * DAY, deadline=FIXED_NOW - DAY)
            c.title, c.topic = f"Nghiệp vụ tài chính công đoàn {code}", "tai_chinh"
        give_details(s, "telegram", "900")
        bump_data_version(s)
    deps.knowledge.invalidate()
    replies = say(deps, "đăng ký lớp tài chính công đoàn ở Lạng Sơn", user="900")
    assert "Các lớp trên đều không nhận đăng ký lúc này" in replies[1].text
    assert not any(d.startswith("rg:") for _, d in choices(replies))


def test_long_titles_keep_their_dates_on_telegram_buttons() -> None:
    label = "Đăng ký: Tập huấn công tác ATVSLĐ và phòng chống cháy nổ tại doanh nghiệp (06/01/2027)"
    cut = compose.short(label)
    assert len(cut) <= 56 and cut.endswith("… (06/01/2027)")
    assert compose.short("Chi tiết: Tập huấn công tác ATVSLĐ và phòng chống cháy nổ tại doanh nghiệp").endswith("…")


def test_on_telegram_buttons_and_on_zalo_numbered_choices(deps: Deps) -> None:
    ids = women_classes(deps)
    with session_scope(deps.session_factory) as s:
        give_details(s, "zalo", "z90")

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram_bot(deps, fake):
            await fake.send_text(900, "đăng ký lớp nữ công ở Lạng Sơn")
            listing, which = await fake.wait_sent(2, chat_id=900)
            assert [b["data"][:2] for b in listing.buttons] == ["c:"] * 4  # the list's own: details
            assert which.visible.startswith(compose.WHICH_REGISTER)
            assert [b["data"] for b in which.buttons] == [f"rg:{ids[c]}" for c in ("NC-01", "NC-02", "NC-03")]
            assert not fake.errors
        async with FakeZalo() as zalo, zalo_bot(deps, zalo):
            await zalo.say("z90", "cho em đk lớp nữ công ở Lạng Sơn")
            listing, which = await zalo.wait_sent(2, chat_id="z90")
            # Numbered across the turn: the list's details 1–4, the registrations after them.
            assert "Gõ số 1, 2, 3 hoặc 4 để chọn." in listing.text
            assert which.text.startswith(compose.WHICH_REGISTER) and "Gõ số 5, 6 hoặc 7 để chọn." in which.text
            await zalo.say("z90", option(which.text, "Đăng ký: Tập huấn công tác nữ công"))
            [done] = (await zalo.wait_sent(3, chat_id="z90"))[2:]
            assert "Đã đăng ký cho anh/chị lớp «Tập huấn công tác nữ công»" in done.text
            assert not zalo.errors

    asyncio.run(scenario())
    assert registered(deps, "z90") == ["NC-02"]


PLAN = [
    ["Tên lớp", "Chủ đề", "Đối tượng", "Tỉnh/Thành phố", "Thời gian", "Hạn đăng ký", "Trạng thái"],
    ["Bồi dưỡng cán bộ nữ công CĐCS", "Nữ công", "Chủ tịch CĐCS", "Hải Phòng", "10/3/2030", "1/3/2030", ""],
    ["Tập huấn công tác nữ công", "Nữ công", "Chủ tịch CĐCS", "Hải Phòng", "10/4/2030", "1/4/2030", ""],
    ["Bồi dưỡng cán bộ nữ công CĐCS", "Nữ công", "Chủ tịch CĐCS", "Hải Phòng", "10/5/2030", "1/5/2030", ""],
]


def test_ask_json_and_the_terminal_chat_ask_which(env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(write_csv(tmp_path / "kh.csv", PLAN))]) == 0
    capsys.readouterr()
    assert main(["ask", "đăng ký lớp nữ công ở Hải Phòng", "--as", "cli:r16", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["intent"] == "register"
    listing, reply = payload["replies"]
    assert "Tập huấn công tác nữ công" in listing["text"] and reply["text"].startswith(compose.WHICH_REGISTER)
    assert [b["label"][:9] for b in reply["buttons"]] == ["Đăng ký: "] * 3
    assert all(b["data"].startswith("rg:") for b in reply["buttons"])
    # In the terminal: the choices are numbered; the number typed starts the registration of that class.
    monkeypatch.setattr(sys, "stdin", io.StringIO(
        "đăng ký lớp nữ công ở Hải Phòng\n5\nNguyễn Văn An\nCĐCS Công ty Cảng\n0912345678\nthoát\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "Gõ số 4, 5 hoặc 6 để chọn." in out and "5. Đăng ký: Tập huấn công tác nữ công" in out
    assert "Họ và tên của anh/chị là gì?" in out
    assert "Đã đăng ký cho anh/chị lớp «Tập huấn công tác nữ công»" in out


# ------------------------------------------------------------------ after a refusal, the class offered

def refused_then_offered(deps: Deps) -> tuple[int, int]:
    """A class dated only by «tháng 3/2027» that takes no registration yet, and a dated one of its topic."""
    with session_scope(deps.session_factory) as s:
        planned = add_course(s, "LS-DK-03", starts=dt.datetime(2027, 3, 1, 8, tzinfo=FIXED_NOW.tzinfo))
        planned.title, planned.topic, planned.status = "Tập huấn nghiệp vụ tài chính công đoàn", "tai_chinh", "planned"
        planned.tentative, planned.ends_at = "tháng 3/2027", None
        dated = add_course(s, "LS-TC-01", starts=FIXED_NOW + 30 * DAY, deadline=FIXED_NOW + 25 * DAY)
        dated.title, dated.topic = "Bồi dưỡng kế toán công đoàn cơ sở", "tai_chinh"
        add_members(s, 1, first_id=800)
        give_details(s, "telegram", "800")
        bump_data_version(s)
    deps.knowledge.invalidate()
    return planned.id, dated.id


@pytest.mark.parametrize("said", ["đăng ký lớp đó", "vậy đăng ký lớp kia cho em", "ok đk lớp đấy", "đk lớp kia giúp mình"])
def test_after_a_refusal_a_registration_referring_back_goes_to_the_class_offered(deps: Deps, said: str) -> None:
    planned, dated = refused_then_offered(deps)
    say(deps, data=f"c:{planned}", user="800")
    refusal = say(deps, "cho mình đăng ký lớp này", user="800")
    assert "chưa nhận đăng ký" in refusal[0].text and refusal[-1].buttons[0].data == f"rg:{dated}"
    replies = say(deps, said, user="800")
    # The class offered is the one in view: registered at once (the details were given before), with its
    # cancel choice.
    assert "Đã đăng ký cho anh/chị lớp «Bồi dưỡng kế toán công đoàn cơ sở»" in replies[-1].text
    assert not any("Tập huấn nghiệp vụ tài chính" in r.text for r in replies)  # not turned away a second time
    assert [b.data for b in replies[-1].buttons] == [f"rc:{dated}"]


def test_after_a_refused_button_the_class_offered_is_the_one_in_view(deps: Deps) -> None:
    planned, dated = refused_then_offered(deps)
    say(deps, data=f"rg:{planned}", user="800")
    replies = say(deps, "ok đk lớp kia nhé", user="800")
    assert "Đã đăng ký cho anh/chị lớp «Bồi dưỡng kế toán công đoàn cơ sở»" in replies[-1].text
    assert [b.data for b in replies[-1].buttons] == [f"rc:{dated}"]
    # A question about «lớp đó» is about the class offered too.
    replies = say(deps, "lớp đó học ở đâu", user="800")
    assert replies[0].text.startswith("Bồi dưỡng kế toán công đoàn cơ sở")


def test_the_class_offered_is_kept_in_the_conversation_state_only_while_in_focus() -> None:
    subject = Subject(kind="courses", codes=("A", "B"), titles=("a", "b"), focus="B", before="A", offered="B")
    back = Subject.from_dict(subject.to_dict())
    assert back is not None and back.offered == "B"
    assert Subject.from_dict({**subject.to_dict(), "offered": "Z"}).offered is None  # type: ignore[union-attr]
    from knowledge.language.followup import resolve

    assert resolve("đăng ký lớp kia", subject).code == "B"
    assert resolve("đăng ký lớp kia", subject.focused("A")).code == "B"  # focus moved: «kia» is the other again
    assert resolve("đăng ký lớp kia", Subject(kind="courses", codes=("A", "B"), titles=("a", "b"), focus="B",
                                              before="A")).code == "A"


# ------------------------------------------------------------------ asking about registering, answered

def test_questions_about_registering_for_the_class_in_view_are_answered_not_registered(deps: Deps) -> None:
    women_classes(deps)
    user = "902"
    say(deps, "lớp nữ công ở Lạng Sơn", user=user)
    card = "\n".join(r.text for r in say(deps, "cái thứ 2", user=user))
    assert "Mã lớp" in card
    fee = say(deps, "lop nay dk co mat phi ko", user=user)
    assert len(fee) == 1 and "học phí" in fee[0].text and "Mã lớp" not in fee[0].text
    assert any("Đăng ký" in b.label for b in fee[0].buttons)
    deadline = say(deps, "đăng ký lớp này hạn khi nào vậy", user=user)
    assert len(deadline) == 1 and deadline[0].text.count("Hạn đăng ký:") == 1 and "Mã lớp" not in deadline[0].text
    how = say(deps, "dk lop nay ntn", user=user)
    assert len(how) == 1 and "họ tên" in how[0].text and any("Đăng ký" in b.label for b in how[0].buttons)
    with session_scope(deps.session_factory) as s:
        assert not s.scalars(select(Registration)).all()  # asking registers nobody
