"""The channel pipeline end to end: the numbers a user sees are the numbers the core stored, on every channel.

A question whose answer spreads several buttons over two replies ("tôi muốn đăng ký lớp…": a course list,
then which of its classes to register) is asked on Telegram (through the fake Bot API), Zalo (through the fake Zalo API),
the terminal chat and the CLI; each offered option is then pressed or its number typed, and each must do its
own thing. Also: a proactive message never replaces the user's pending options; destructive choices ask.
"""

from __future__ import annotations

import asyncio
import io
import queue
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import cli
from bot.terminal import chat
from bot.zalo_channel import ZaloChannel, ZaloClient, ZaloConfig
from handlers import callbacks, commands, compose
from handlers.core import COMMAND_HANDLERS, ROUTES, handle
from handlers.deps import Deps
from handlers.types import Button, Incoming, Reply
from knowledge import outbox
from knowledge.db import session_scope
from knowledge.language.followup import Subject
from knowledge.models import ConversationState, Course, Registration
from scheduler.pacer import Pacer, PacerConfig
from tests.conftest import FakeClock, build_deps
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import TOKEN as ZALO_TOKEN
from tests.fake_zalo import FakeZalo
from tests.people import give_details
from tests.test_telegram import polling_bot as telegram_bot
from tests.test_zalo import polling_bot as zalo_bot

QUESTION = "tôi muốn đăng ký lớp tập huấn sắp tới"
OPTION = re.compile(r"^(\d+)\. (.+)$", re.M)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


def expected(deps: Deps, data: str) -> str:
    """What the reply to an option must contain: its own course, page or registration."""
    d = callbacks.unpack(data)
    with deps.session_factory() as s:
        if d.prefix == "c":
            course = s.get(Course, d.ident())
            assert course is not None
            return f"Mã lớp: {course.code}"
        if d.prefix == "p":
            return f"lớp {int(d.fields[0]) + 1}–"
        assert d.prefix == "rg"
        course = s.get(Course, d.ident())
        assert course is not None
        # Registered, or warned first: one person registering each class offered meets an overlap.
        return f"lớp «{course.title}»"


def offered(deps: Deps, user: str, channel: str) -> list[str]:
    """The option data the core stored for the user, in number order."""
    with deps.session_factory() as s:
        row = s.get(ConversationState, (channel, user))
        return list(row.state["choices"]) if row else []


def numbered_options(text: str) -> dict[int, str]:
    return {int(m.group(1)): m.group(2) for m in OPTION.finditer(text)}


def test_the_answer_spreads_options_over_two_replies(sample_deps: Deps) -> None:
    replies = asyncio.run(handle(Incoming("zalo", "u", "u", QUESTION), sample_deps))
    assert len(replies) == 2 and all(r.buttons for r in replies)
    numbers = [b.number for r in replies for b in r.buttons]
    assert numbers == list(range(1, len(numbers) + 1))  # continuous across the replies of the turn
    assert replies[1].text.startswith(compose.WHICH_REGISTER) and all(b.data.startswith("rg:") for b in replies[1].buttons)


def ready(deps: Deps, channel: str, *users: str) -> None:
    """These accounts gave their registration details already: «Đăng ký lớp này» registers at once."""
    with session_scope(deps.session_factory) as s:
        for user in users:
            give_details(s, channel, user)


def test_telegram_each_pressed_button_does_its_own_option(sample_deps: Deps) -> None:
    ready(sample_deps, "telegram", "701")

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram_bot(sample_deps, fake):
            await fake.send_text(701, QUESTION)
            first = await fake.wait_sent(2, chat_id=701)
            datas = [b["data"] for m in first for b in m.buttons]
            assert len(datas) >= 3 and [m for m in first if m.buttons] == first  # buttons on both messages
            assert first[1].visible.startswith(compose.WHICH_REGISTER)
            for data in datas:
                count = len(fake.to(701))
                await fake.press(701, data)
                want = expected(sample_deps, data)
                await fake.wait_until(lambda c=count, w=want: any(w in m.visible for m in fake.to(701)[c:]))

    run(scenario)


def test_zalo_each_typed_number_does_its_own_option(sample_deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, zalo_bot(sample_deps, fake):
            number, total = 1, 0
            while True:
                user = f"z70-{number}"  # a fresh conversation per option: no late message of the last one
                ready(sample_deps, "zalo", user)
                await fake.say(user, QUESTION)
                await fake.wait_until(lambda u=user: any(compose.WHICH_REGISTER in m.text for m in fake.to(u)))
                shown: dict[int, str] = {}
                for m in fake.to(user):
                    shown |= numbered_options(m.text)
                datas = offered(sample_deps, user, "zalo")
                total = len(datas)
                assert sorted(shown) == list(range(1, total + 1)) and total >= 3
                assert shown[total].startswith("Đăng ký: ") and datas[-1].startswith("rg:")
                count = len(fake.to(user))
                await fake.say(user, str(number))
                want = expected(sample_deps, datas[number - 1])
                await fake.wait_until(lambda u=user, c=count, w=want: any(w in m.text for m in fake.to(u)[c:]))
                if number == total:
                    break
                number += 1

    run(scenario)


class Keyboard(io.TextIOBase):
    """A terminal's input that the test types into line by line."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        return self.lines.get()


class Screen(io.StringIO):
    """A terminal's output that the test can wait on, without sleeping."""

    def __init__(self) -> None:
        super().__init__()
        self.changed = asyncio.Event()

    def write(self, text: str) -> int:
        self.changed.set()
        return super().write(text)

    async def shows(self, marker: str, start: int) -> str:
        while marker not in self.getvalue()[start:]:
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), 10)
        return self.getvalue()[start:]


def test_terminal_each_typed_number_does_its_own_option(sample_deps: Deps) -> None:
    """The bug a newcomer met first: «1. Đăng ký lớp này» under the second reply opened another class."""
    keys = Keyboard()
    ready(sample_deps, "terminal", "t70")

    async def scenario() -> None:
        out = Screen()
        task = asyncio.create_task(chat(sample_deps, keys, out, user_id="t70"))
        await out.shows("Anh/chị: ", 0)
        number = 1
        while True:
            start = len(out.getvalue())
            keys.lines.put(QUESTION + "\n")
            await out.shows(compose.WHICH_REGISTER, start)
            text = await out.shows("Anh/chị: ", start)
            shown = numbered_options(text)
            datas = offered(sample_deps, "t70", "terminal")
            assert sorted(shown) == list(range(1, len(datas) + 1)), text
            assert shown[len(datas)].startswith("Đăng ký: ")
            # A class registered for loses its «Đăng ký» option (handlers/registered.py): the question
            # asked again offers one fewer, and the numbers after it move up.
            if number > len(datas):
                break
            start = len(out.getvalue())
            keys.lines.put(f"{number}\n")
            await out.shows(expected(sample_deps, datas[number - 1]), start)
            await out.shows("Anh/chị: ", start)
            number += 1
        keys.lines.put("thoát\n")
        keys.lines.put("")  # end of input: the reader thread stops too
        assert await task == 0

    asyncio.run(scenario())


def test_cli_each_typed_number_does_its_own_option(sample_deps: Deps, sqlite_url: str, clock: FakeClock,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    monkeypatch.setattr("bot.app.SystemClock", lambda tz: clock)  # the sample's dates are the fixed clock's
    ready(sample_deps, "cli", "local")
    datas: list[str] = []
    number = 1
    while True:
        assert cli.main(["ask", QUESTION]) == 0
        shown = numbered_options(capsys.readouterr().out)
        datas = offered(sample_deps, "local", "cli")
        assert sorted(shown) == list(range(1, len(datas) + 1)) and shown[len(datas)].startswith("Đăng ký: ")
        if number > len(datas):  # a class registered for is offered no more: one option fewer
            break
        assert cli.main(["ask", str(number)]) == 0
        assert expected(sample_deps, datas[number - 1]) in capsys.readouterr().out
        number += 1


# ------------------------------------------------------------------ proactive messages and confirmation

def test_a_reminder_on_zalo_never_replaces_the_list_being_answered(sample_deps: Deps, clock: FakeClock) -> None:
    """The numbers of a proactive message come after the user's own; both work, and «Hủy chỗ» asks first."""
    with session_scope(sample_deps.session_factory) as s:
        course = s.scalars(select(Course).where(Course.code.like("MAU-%")).order_by(Course.starts_at)).first()
        assert course is not None
        cid = course.id

    async def scenario() -> None:
        async with FakeZalo() as fake:
            channel = ZaloChannel(ZaloConfig(token=ZALO_TOKEN, api_url=fake.api_url, poll_timeout=1), sample_deps,
                                  client=ZaloClient(ZALO_TOKEN, fake.api_url))
            assert await channel.start()
            pacer = Pacer(channel, sample_deps.session_factory, now=clock.now,
                          config=PacerConfig(rate=50, idle_poll=0.05))
            try:
                await fake.say("z71", "/hoso")
                await fake.wait_sent(1, chat_id="z71")
                own = numbered_options(fake.to("z71")[0].text)
                assert own == {1: "Đổi vai trò", 2: "Đổi đơn vị, tỉnh", 3: "Xóa toàn bộ hồ sơ"}
                await fake.say("z71", "1")  # pick a role: "1. Chủ tịch CĐCS"…
                await fake.wait_sent(2, chat_id="z71")
                roles = numbered_options(fake.to("z71")[1].text)
                await fake.say("z71", str(next(n for n, label in roles.items() if label == "Chủ tịch CĐCS")))
                await fake.wait_sent(4, chat_id="z71")  # saved, then "which union?" with its own list
                unions = numbered_options(fake.to("z71")[3].text)
                with session_scope(sample_deps.session_factory) as s:
                    outbox.create_job(session=s, kind="notice", text="Lớp đổi lịch.",
                                      buttons=[Button("Xem chi tiết lớp", f"c:{cid}"), Button("Hủy chỗ", f"rc:{cid}")],
                                      now=clock.now(), recipients=outbox.Recipients([("zalo", "z71", "z71")]))
                pacer.start()
                notice = (await fake.wait_sent(5, chat_id="z71"))[4]
                numbers = numbered_options(notice.text)
                assert min(numbers) == len(unions) + 1  # after the user's own options, not in their place
                # The user's own list still works: a province's union is still the number it was (today's 34
                # provincial unions come a page at a time, so whichever is listed first).
                await fake.say("z71", str(next(n for n, label in unions.items() if label.startswith("Liên đoàn"))))
                await fake.wait_until(lambda: any("Đã lưu đơn vị" in m.text for m in fake.to("z71")[5:]))
            finally:
                await pacer.stop()
                await channel.stop()

    run(scenario)


def test_destructive_choices_ask_first(sample_deps: Deps) -> None:
    def say(data: str, user: str = "d1") -> list[Reply]:
        return asyncio.run(handle(Incoming("zalo", user, user, callback_data=data), sample_deps))

    ready(sample_deps, "zalo", "d1")
    with sample_deps.session_factory() as s:
        course = s.scalars(select(Course).where(Course.code.like("MAU-%"), Course.status == "open")
                          .order_by(Course.starts_at.desc())).first()
        assert course is not None
        cid = course.id
    assert say(f"rg:{cid}")[0].text.startswith("Đã đăng ký")
    ask = say(f"rc:{cid}")
    assert ask[0].text.startswith("Anh/chị chắc chắn muốn hủy chỗ") and [b.data for b in ask[0].buttons] == [
        f"ok:rc:{cid}", "no"]
    assert say("no")[0].text == compose.KEPT
    with sample_deps.session_factory() as s:
        assert s.scalar(select(Registration.status).where(Registration.course_id == cid)) == "registered"
    assert say(f"ok:rc:{cid}")[0].text.startswith("Đã hủy đăng ký")
    assert say("lk:off")[0].text == compose.CONFIRM_UNLINK
    assert say("bc:cancel")[0].text == compose.CONFIRM_CANCEL_DRAFT
    assert say("ok:c:1")[0].text == compose.STALE  # only destructive choices have a confirmed form


# ------------------------------------------------------------------ tables kept in step

def test_the_command_table_drives_the_router_help_and_unknown_text() -> None:
    assert set(COMMAND_HANDLERS) == {c.name for c in commands.COMMANDS}
    for c in commands.COMMANDS:
        assert f"/{c.name}" in compose.HELP_ORGANISER
        assert (f"/{c.name}" in compose.HELP) is not c.organiser
        assert (f"/{c.name}" in compose.UNKNOWN_COMMAND) is not c.organiser


def test_every_button_prefix_has_a_route_and_data_fits() -> None:
    for prefix in ("c", "k", "p", "rg", "wl", "rc", "bc", "nn", "hs", "role", "lk", "org", "og", "oc", "no"):
        assert prefix in ROUTES
    assert callbacks.unpack(callbacks.pack("oc", 12, 3)) == callbacks.Data("oc", ("12", "3"))
    with pytest.raises(ValueError):
        callbacks.pack("bc", "x" * 70)
    with pytest.raises(ValueError):
        callbacks.pack("bc", "a:b", "c")


def test_the_subject_of_the_last_answer_is_kept_for_follow_ups(sample_deps: Deps, sqlite_url: str,
                                                              clock: FakeClock) -> None:
    asyncio.run(handle(Incoming("zalo", "s1", "s1", "lớp tập huấn sắp tới"), sample_deps))
    restarted = build_deps(sqlite_url, clock, sample=True)
    with restarted.session_factory() as s:
        row = s.get(ConversationState, ("zalo", "s1"))
        assert row is not None
        subject = Subject.from_dict(row.state.get("subject"))
    assert subject is not None and subject.kind == "courses" and len(subject.codes) == 5
    asyncio.run(handle(Incoming("zalo", "s1", "s1", "1"), restarted))
    with restarted.session_factory() as s:
        row = s.get(ConversationState, ("zalo", "s1"))
        assert row is not None
        kept = Subject.from_dict(row.state["subject"])  # the list stays, the class opened is in focus
        assert kept is not None and kept.codes == subject.codes and kept.focus == subject.codes[0]
    restarted.session_factory.kw["bind"].dispose()


# ------------------------------------------------------------------ the engine swapped in the background

def test_a_slow_rebuild_runs_in_the_background_and_swaps_in_when_ready(sample_deps: Deps,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from knowledge.db import bump_data_version
    from knowledge.qa import QAEngine
    from knowledge.service import KnowledgeService

    service = KnowledgeService(sample_deps.session_factory, tz=sample_deps.tz, check_every=0.0, background_above=0)
    old = service.engine()  # the first build is in line: there is nothing older to answer with
    release, started = threading.Event(), threading.Event()
    real = QAEngine.from_session

    def slow(session: object, **kw: object) -> QAEngine:
        started.set()
        assert release.wait(10)
        return real(session, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(QAEngine, "from_session", staticmethod(slow))
    with session_scope(sample_deps.session_factory) as s:
        bump_data_version(s)
    assert service.engine() is old  # the rebuild started; the answer did not wait for it
    assert started.wait(10)
    assert service.engine() is old  # still building: still the old engine, and no second build
    release.set()
    service.wait_rebuilt(10)
    new = service.engine()
    assert new is not old and service.engine() is new


def test_a_big_build_pauses_the_cycle_collector_and_freezes_the_engine(sample_deps: Deps,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Full collections walking a 100k engine held the GIL for up to a second while others waited."""
    import gc

    from knowledge.qa import QAEngine
    from knowledge.service import KnowledgeService

    real = QAEngine.from_session
    during: list[bool] = []

    def watched(session: object, **kw: object) -> QAEngine:
        during.append(gc.isenabled())
        return real(session, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(QAEngine, "from_session", staticmethod(watched))
    assert gc.isenabled()
    gc.unfreeze()
    try:
        small = KnowledgeService(sample_deps.session_factory, tz=sample_deps.tz, check_every=0.0)
        small.engine()
        assert gc.get_freeze_count() == 0  # a small engine costs a collection little: nothing frozen
        big = KnowledgeService(sample_deps.session_factory, tz=sample_deps.tz, check_every=0.0, background_above=0)
        engine = big.engine()
        assert during == [False, False] and gc.isenabled()  # paused while building, back on after
        assert gc.get_freeze_count() > 0 and big.engine() is engine
    finally:
        gc.unfreeze()


def test_a_replaced_engine_is_freed_in_steps_only_once_no_turn_holds_it(sample_deps: Deps,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge import service
    from knowledge.qa import QAEngine

    with sample_deps.session_factory() as s:
        engine = QAEngine.from_session(s, tz=sample_deps.tz)
    index = engine.courses
    assert index.courses
    monkeypatch.setattr(service, "RETIRE_WAIT", 0.0)
    service._retire([engine])  # a turn (here: this test) still answers with it: left alone
    assert index.courses and engine.courses is index
    box = [engine]
    del engine
    service._retire(box)
    assert not index.courses and not index.by_id  # nobody held it any more: emptied


def test_an_engine_holds_no_reference_cycle_so_a_frozen_one_is_still_freed(sample_deps: Deps) -> None:
    import gc

    from knowledge.qa import QAEngine
    from knowledge.store import load_snapshot

    with sample_deps.session_factory() as s:
        snap = load_snapshot(session=s)
    gc.collect()
    gc.disable()
    try:
        engine = QAEngine(snap, tz=sample_deps.tz)
        for q in ("lớp tập huấn sắp tới ở Lạng Sơn", "chỉ tiêu đào tạo năm nay", "lop ky nang thuong luong", "xin chào"):
            engine.answer(q, now=FakeClock().now())
        del engine
        assert gc.collect() == 0  # everything was freed by reference counting alone
    finally:
        gc.enable()


def test_organisers_get_their_own_menu_and_help(sample_deps: Deps) -> None:
    from bot.telegram_channel import COMMANDS as MENU
    from bot.telegram_channel import ORGANISER_COMMANDS
    from tests.people import make_organiser

    with session_scope(sample_deps.session_factory) as s:
        make_organiser(s, "telegram", "9", None)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram_bot(sample_deps, fake):
            assert fake.commands is not None
            assert [c["command"] for c in fake.commands] == [c for c, _ in MENU]
            assert "thongbao" not in {c["command"] for c in fake.commands}
            assert [c["command"] for c in fake.chat_commands[9]] == [c for c, _ in ORGANISER_COMMANDS]
            assert set(fake.chat_commands) == {9}  # nobody else's chat gets the organiser menu
            await fake.send_text(9, "/help")
            await fake.send_text(10, "/help")
            [organiser_help] = await fake.wait_sent(1, chat_id=9)
            [member_help] = await fake.wait_sent(1, chat_id=10)
            assert "/thongbao" in organiser_help.visible and "/thongbao" not in member_help.visible

    run(scenario)


# ------------------------------------------------------------------ the terminal chat for newcomers

def test_ctrl_c_at_the_prompt_leaves_cleanly(sqlite_url: str, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "ZALO_BOT_TOKEN")}
    env |= {"CADREBOT_DATABASE_URL": sqlite_url, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "chat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=tmp_path, text=True)
    assert proc.stdout is not None
    seen = ""
    while "Anh/chị: " not in seen:  # the prompt: the chat is waiting for a line
        char = proc.stdout.read(1)
        assert char, proc.stderr.read() if proc.stderr else ""
        seen += char
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and "Tạm biệt!" in out
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_terminal_log_lines_go_to_a_file_in_vietnam_time(tmp_path: Path) -> None:
    import datetime as dt
    import logging
    from zoneinfo import ZoneInfo

    from bot.cli import chat_log
    from bot.logs import setup_logging

    path = chat_log(f"sqlite:///{tmp_path / 'cadrebot.db'}")
    assert path == tmp_path / "cadrebot-chat.log"
    root = logging.getLogger()
    kept = root.handlers[:], root.level
    try:
        setup_logging(logging.INFO, path=path, tz=ZoneInfo("Asia/Ho_Chi_Minh"))
        logging.getLogger("cadrebot.test").info("một dòng nhật ký")
        for h in root.handlers:
            h.flush()
        line = path.read_text(encoding="utf-8").strip()
    finally:
        for h in root.handlers:
            h.close()
        root.handlers[:], _ = kept
        root.setLevel(kept[1])
    stamp = dt.datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S")
    vietnam = dt.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).replace(tzinfo=None)
    assert abs((vietnam - stamp).total_seconds()) < 120 and line.endswith("một dòng nhật ký")


def test_a_miss_explains_once_then_gives_a_one_line_hint(sample_deps: Deps) -> None:
    def ask(text: str) -> str:
        return asyncio.run(handle(Incoming("zalo", "m1", "m1", text), sample_deps))[0].text

    first = ask("giá vàng hôm nay bao nhiêu")
    second = ask("thời tiết Hà Nội hôm nay")
    assert compose.ABLE_SHORT in first
    assert compose.ABLE_SHORT not in second and second.endswith(compose.HINT) and len(second) < len(first) / 2
    assert "bạn" not in first.lower().replace("anh/chị", "") and "anh/chị" in first
