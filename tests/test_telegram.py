"""The Telegram channel, end to end: the real PTB Application over real HTTP to a fake Bot API server."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import io
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from telegram.error import NetworkError

from bot.app import App, build_app
from bot.guards import FloodGate
from bot.logs import setup_logging
from bot.serve import ConfigError, Runtime, check_settings, serve
from bot.settings import Settings
from bot.telegram_channel import COMMANDS, MAX_TEXT, WEBHOOK_PATH, TelegramChannel, TelegramConfig, render
from bot.tg_request import AiohttpRequest
from handlers import compose
from handlers.deps import Deps
from handlers.types import Button, Reply
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, UserProfile
from knowledge.service import KnowledgeService
from tests.conftest import FakeClock
from tests.fake_telegram import TOKEN, FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
SECRET = "s3cret_Token-for-tests"


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


@asynccontextmanager
async def polling_bot(deps: Deps, fake: FakeTelegram, **kw: Any) -> AsyncIterator[TelegramChannel]:
    channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=2), deps, **kw)
    assert await channel.start()
    try:
        yield channel
    finally:
        await channel.stop()


def profile(deps: Deps, user_id: str) -> UserProfile | None:
    with deps.session_factory() as s:
        return s.scalar(select(UserProfile).where(UserProfile.channel == "telegram", UserProfile.user_id == user_id))


# ------------------------------------------------------------------ conversation through the real stack

def test_start_onboarding_stores_the_profile(any_deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(any_deps, fake):
            await fake.send_text(501, "/start")
            welcome, role_q = await fake.wait_sent(2, chat_id=501)
            assert "Xin chào" in welcome.visible
            roles = {b["text"]: b["data"] for b in role_q.buttons}
            assert "Chủ tịch CĐCS" in roles
            await fake.press(501, roles["Chủ tịch CĐCS"])
            sent = await fake.wait_sent(4, chat_id=501)
            unions = {b["text"]: b["data"] for b in sent[3].buttons}
            # Today's provincial LĐLĐs, by province: Cần Thơ's is on the first page.
            ct = next(d for t, d in unions.items() if "Cần Thơ" in t)
            await fake.press(501, ct)
            await fake.wait_sent(5, chat_id=501)
            assert len(fake.answered_callbacks) == 2  # every press answered
            assert not fake.errors
        p = profile(any_deps, "501")
        assert p is not None and p.role == "chu_tich_cdcs" and p.province == "Cần Thơ"
        assert p.display_name == "Người dùng 501" and p.chat_id == "501"

    run(scenario)


def test_deep_link_preselects_the_union(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake):
            await fake.send_text(502, "/start HN-MELINH")
            await fake.wait_sent(2, chat_id=502)
        p = profile(deps, "502")
        # A link to a former district's LĐLĐ (ended 2025) chooses today's LĐLĐ of its province.
        assert p is not None and p.organisation is not None and p.organisation.code == "HN"

    run(scenario)


def test_question_button_and_next_page(sample_deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(sample_deps, fake):
            await fake.send_text(503, "lớp tập huấn sắp tới")
            [listing] = await fake.wait_sent(1, chat_id=503)
            assert "Các lớp phù hợp" in listing.visible and listing.text.count("•") >= 5
            details = [b for b in listing.buttons if b["data"].startswith("c:")]
            more = [b for b in listing.buttons if b["data"].startswith(compose.PAGE_PREFIX)]
            assert details and more
            await fake.press(503, details[0]["data"])
            detail = (await fake.wait_sent(2, chat_id=503))[1]
            assert "Mã lớp: MAU-" in detail.visible
            await fake.press(503, more[0]["data"])
            page2 = (await fake.wait_sent(3, chat_id=503))[2]
            assert "lớp 6–10" in page2.visible
            assert len(fake.answered_callbacks) == 2 and not fake.errors

    run(scenario)


def test_stale_button_gets_a_clear_reply(sample_deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(sample_deps, fake):
            await fake.press(504, "c:987654")
            [reply] = await fake.wait_sent(1, chat_id=504)
            assert reply.visible == compose.STALE
            assert len(fake.answered_callbacks) == 1

    run(scenario)


def test_long_answer_is_split_on_line_boundaries(sample_deps: Deps) -> None:
    lines = [f"Buổi {i}: nội dung chuyên đề về kỹ năng thương lượng tập thể và đối thoại 🙂" for i in range(120)]
    with session_scope(sample_deps.session_factory) as s:
        c = Course(code="DAI-1", title="Lớp có mô tả rất dài", starts_at=dt.datetime(2027, 3, 1, 8, tzinfo=dt.UTC),
                   ends_at=None, registration_deadline=None, description="\n".join(lines))
        s.add(c)
        s.flush()
        course_id = c.id
        bump_data_version(s)

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(sample_deps, fake):
            await fake.press(505, f"c:{course_id}")
            await fake.wait_until(lambda: any("Buổi 119" in m.visible for m in fake.to(505)))
            parts = fake.to(505)
            assert len(parts) >= 2 and not fake.errors
            assert all(len(m.visible.encode("utf-16-le")) // 2 <= MAX_TEXT for m in parts)
            joined = "\n".join(m.visible for m in parts)
            assert all(line in joined.split("\n") for line in lines)  # no line was cut in half

    run(scenario)


def test_html_looking_input_is_escaped(sample_deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(sample_deps, fake):
            await fake.send_text(506, "/<b>x</b><script>alert(1)</script>")
            await fake.send_text(506, "<i>lớp</i> ATVSLĐ & <a href='x'>Lạng Sơn</a>'; DROP TABLE courses;--")
            first, _ = await fake.wait_sent(2, chat_id=506)
            assert not fake.errors  # Telegram would have refused unescaped tags
            assert "<b>x</b>" in first.visible and "&lt;b&gt;" in first.text
        with sample_deps.session_factory() as s:
            assert s.scalar(select(Course).limit(1)) is not None

    run(scenario)


def test_photo_and_sticker_get_a_clear_reply(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake):
            update = fake.message_update(507, "x")
            del update["message"]["text"]
            update["message"]["sticker"] = {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1,
                                            "is_animated": False, "is_video": False, "type": "regular"}
            await fake.push(update)
            [reply] = await fake.wait_sent(1, chat_id=507)
            assert reply.visible == compose.NO_MEDIA

    run(scenario)


def test_group_chatter_is_ignored_but_commands_answered(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake):
            await fake.send_text(-100, "chào cả nhà", user_id=7, chat_type="group")
            await fake.send_text(-100, "/help@cadre_test_bot", user_id=7, chat_type="group")
            [reply] = await fake.wait_sent(1, chat_id=-100)
            assert reply.visible.startswith("Hướng dẫn sử dụng")
            assert len(fake.to(-100)) == 1
        p = profile(deps, "7")
        assert p is not None and p.chat_id is None  # a group is not where to write to them privately

    run(scenario)


def test_commands_are_registered_and_a_failure_is_not_fatal(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            async with polling_bot(deps, fake):
                assert fake.commands is not None
                assert [c["command"] for c in fake.commands] == [c for c, _ in COMMANDS]
                assert all(c["description"] for c in fake.commands)
            fake.commands = None
            fake.failures["setMyCommands"] = [(500, "Internal Server Error")]
            async with polling_bot(deps, fake):
                await fake.send_text(508, "/help")
                await fake.wait_sent(1, chat_id=508)
            assert fake.commands is None

    run(scenario)


# ------------------------------------------------------------------ robustness

def test_blocked_user_is_remembered_and_others_still_served(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake):
            fake.blocked.add(509)
            await fake.send_text(509, "/help")
            await fake.send_text(510, "/help")
            await fake.wait_sent(1, chat_id=510)
            await fake.wait_until(lambda: fake.calls.count("sendMessage") >= 2)
            assert not fake.to(509)
        p = profile(deps, "509")
        assert p is not None and p.blocked_at is not None
        assert fake.calls.count("sendMessage") == 2  # no apology sent into a blocked chat

    run(scenario)


def test_unreadable_update_does_not_stall_polling(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake):
            bad = {"update_id": 900, "message": {"message_id": "x", "date": "never", "chat": "oops"}}
            fake._ids = iter(range(901, 2000))  # type: ignore[assignment]
            await fake.push(bad)
            await fake.send_text(511, "/help")
            await fake.wait_sent(1, chat_id=511)
            await fake.wait_until(lambda: not any(u["update_id"] == 900 for u in fake.updates))

    run(scenario)


def test_duplicate_update_in_a_batch_is_answered_once(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            update = fake.message_update(512, "/help")
            await fake.push(update, update, fake.message_update(512, "/hoso"))
            async with polling_bot(deps, fake):
                sent = await fake.wait_sent(2, chat_id=512)
                await fake.wait_until(lambda: not fake.updates or fake.updates[0]["update_id"] > 2)
            assert [m.visible.split("\n")[0] for m in sent] == ["Hướng dẫn sử dụng", "Hồ sơ của anh/chị:"]
            assert len(fake.to(512)) == 2

    run(scenario)


def test_one_flooding_user_does_not_delay_others(deps: Deps) -> None:
    frozen = [0.0]
    gate = FloodGate(burst=20, per_second=1.0, clock=lambda: frozen[0])

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake, flood=gate):
            held = fake.chat_gate[513] = asyncio.Event()  # the flooder's answers hang until the other is served
            await fake.push(*(fake.message_update(513, f"/help {i}") for i in range(30)))
            await fake.send_text(514, "/help")
            await fake.wait_sent(1, chat_id=514)
            answered_to_flooder = len(fake.to(513))
            assert answered_to_flooder == 0  # the other user did not wait behind the flood
            held.set()
            await fake.wait_sent(21, chat_id=513)
            flooder = fake.to(513)
            assert sum(m.visible == compose.FLOOD for m in flooder) == 1
            assert len(flooder) == 21  # 20 answered, 10 dropped with one notice

    run(scenario)


def test_every_press_is_answered_under_a_burst(deps: Deps) -> None:
    """30 rapid presses by one user (20 allowed at once) and a redelivered one: every query is answered once,
    even the ones the flood gate dropped, the repeat is recognised by the inbox, and the flood notice goes out
    once."""
    frozen = [0.0]
    gate = FloodGate(burst=20, per_second=1.0, clock=lambda: frozen[0])

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake, flood=gate):
            presses = [fake.callback_update(515, "c:987654") for _ in range(30)]
            await fake.push(presses[0], presses[0], *presses[1:])  # the first one delivered twice
            ids = {p["callback_query"]["id"] for p in presses}
            await fake.wait_until(lambda: len(fake.answered_callbacks) >= 30)
            await fake.wait_sent(21, chat_id=515)
            assert set(fake.answered_callbacks) == ids and len(fake.answered_callbacks) == 30
            sent = fake.to(515)
            assert sum(m.visible == compose.FLOOD for m in sent) == 1
            assert sum(m.visible == compose.STALE for m in sent) == 20  # only the allowed presses processed
            assert not fake.errors

    run(scenario)


def test_a_reply_meeting_5xx_is_retried_with_back_off(deps: Deps) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake, sleep=sleep):
            fake.scripts[521] = ["502", "502"]  # a blip: the third attempt goes through
            await fake.send_text(521, "/help")
            [reply] = await fake.wait_sent(1, chat_id=521)
            assert reply.visible != compose.ERROR and fake.attempts[521] == 3
            assert waits == [0.5, 1.0]
            fake.scripts[522] = ["502", "502", "502"]  # an outage longer than the retries: then the apology
            await fake.send_text(522, "/help")
            [apology] = await fake.wait_sent(1, chat_id=522)
            assert apology.visible == compose.ERROR and fake.attempts[522] == 4

    run(scenario)


def test_a_reply_refused_with_4xx_is_not_retried(deps: Deps) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake, sleep=sleep):
            await fake.wait_until(lambda: "getUpdates" in fake.calls)
            fake.failures["sendMessage"] = [(400, "Bad Request: message is too long")]
            await fake.send_text(523, "/help")
            [apology] = await fake.wait_sent(1, chat_id=523)
            assert apology.visible == compose.ERROR
            assert fake.calls.count("sendMessage") == 2  # the refused reply once, then the apology
            assert waits == []

    run(scenario)


def test_a_reply_that_times_out_is_retried(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            fake.scripts[524] = ["timeout"]  # the first send is never answered: it times out
            # send_timeout is real time: long enough that no answered send reaches it on a loaded machine.
            config = TelegramConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=2, send_timeout=1.0)
            channel = TelegramChannel(config, deps, sleep=lambda s: asyncio.sleep(0))
            assert await channel.start()
            try:
                await fake.send_text(524, "/help")
                [reply] = await fake.wait_sent(1, chat_id=524)
                assert reply.visible != compose.ERROR and fake.attempts[524] == 2
            finally:
                await channel.stop()

    run(scenario)


def test_in_groups_only_own_commands_are_answered_and_personal_lists_go_privately(deps: Deps) -> None:
    group = -900

    def said(text: str, user: int) -> dict[str, Any]:
        return fake.message_update(group, text, user_id=user, chat_type="group")

    async def scenario() -> None:
        async with polling_bot(deps, fake):
            fake.blocked.add(532)  # 532 never opened a private chat with the bot
            # One user's updates are handled in order, so the last reply shows that all before it were handled.
            await fake.push(said("/lich@OtherBot", 531), said("/help@OtherBot", 531), said("/lich", 531),
                            said("/lich@cadre_test_bot", 531), said("/hoso", 532), said("/help", 531))
            await fake.wait_sent(2, chat_id=group)
            private = [m.visible for m in fake.to(531)]
            assert len(private) == 4 and private[:2] == private[2:]  # /lich and /lich@ThisBot, nothing else
            assert "chưa đăng ký lớp nào" in private[0]
            [help_reply, note] = sorted(fake.to(group), key=lambda m: m.visible == compose.OPEN_PRIVATE_CHAT)
            assert note.visible == compose.OPEN_PRIVATE_CHAT and "/lich" in help_reply.visible
            assert fake.calls.count("sendMessage") == 7  # 4 to 531, /hoso refused for 532, its note, /help
            assert not fake.to(532) and not fake.errors
        p = profile(deps, "532")
        assert p is None or p.blocked_at is None  # not reachable privately is not a block

    fake = FakeTelegram()

    async def outer() -> None:
        async with fake:
            await scenario()

    run(outer)


def test_error_handler_apologises_in_vietnamese(deps: Deps, caplog: pytest.LogCaptureFixture) -> None:
    class Broken(KnowledgeService):
        def engine(self) -> Any:
            raise RuntimeError("engine exploded")

    broken = dataclasses.replace(deps, knowledge=Broken(deps.session_factory, tz=deps.tz))

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(broken, fake):
            await fake.send_text(515, "lớp nào cho chủ tịch công đoàn?")
            [reply] = await fake.wait_sent(1, chat_id=515)
            assert reply.visible == compose.ERROR

    with caplog.at_level(logging.ERROR):
        run(scenario)
    assert any("engine exploded" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_token_never_reaches_the_log(deps: Deps) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    # At DEBUG, PTB logs its API URL, which holds the token: the filter must catch it.
    setup_logging(logging.DEBUG, [TOKEN], stream=stream)

    async def scenario() -> None:
        async with FakeTelegram() as fake:
            fake.failures["getUpdates"] = [(502, "Bad Gateway")]
            fake.failures["sendMessage"] = [(500, "Internal Server Error")]
            async with polling_bot(deps, fake):
                await fake.send_text(516, "/help")
                await fake.wait_until(lambda: fake.calls.count("sendMessage") >= 2)
        # A request error with no server at all.
        channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url="http://127.0.0.1:9/bot"), deps)
        stop = asyncio.Event()
        asyncio.get_running_loop().call_later(0.2, stop.set)
        assert not await channel.start(stop)
        await channel.stop()

    try:
        run(scenario)
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    out = stream.getvalue()
    assert "Internal Server Error" in out or "update failed" in out  # the failures were logged…
    assert "[REDACTED]" in out  # …the URLs were there and were redacted…
    assert TOKEN not in out and TOKEN.split(":")[1] not in out  # …and the token never appears


def test_request_errors_do_not_carry_the_token() -> None:
    async def scenario() -> None:
        request = AiohttpRequest(connect_timeout=2)
        await request.initialize()
        try:
            for url in (f"http://127.0.0.1:9/bot{TOKEN}/getMe", f"http://[bad/bot{TOKEN}/getMe"):
                with pytest.raises(NetworkError) as caught:
                    await request.do_request(url, "POST")
                assert TOKEN not in str(caught.value) and TOKEN.split(":")[1] not in str(caught.value)
        finally:
            await request.shutdown()

    run(scenario)


def test_render_escapes_splits_and_keeps_buttons_on_the_last_piece() -> None:
    reply = Reply("<b>\n" + "\n".join("dòng " + "x" * 90 for _ in range(100)), (Button("Chi tiết", "c:1"),))
    parts = render(reply)
    assert len(parts) >= 3 and parts[0][0].startswith("&lt;b&gt;")
    assert all(markup is None for _, markup in parts[:-1]) and parts[-1][1] is not None


# ------------------------------------------------------------------ webhook, health, settings

def _settings(url: str, fake: FakeTelegram, **extra: str) -> Settings:
    env = {"CADREBOT_DATABASE_URL": url, "CADREBOT_SAMPLE_DATA": "false", "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_API_URL": fake.api_url, **extra}
    return Settings(_env_file=None, **env)  # type: ignore[call-arg]


@asynccontextmanager
async def served(app: App) -> AsyncIterator[Runtime]:
    stop = asyncio.Event()
    rt = Runtime()
    task = asyncio.create_task(serve(app, stop=stop, runtime=rt, install_signals=False))
    await asyncio.wait_for(rt.started.wait(), 10)
    try:
        yield rt
    finally:
        stop.set()
        await task


def test_webhook_checks_secret_size_duplicates_and_health(sqlite_url: str, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            settings = _settings(sqlite_url, fake, WEBHOOK_BASE_URL="https://bot.example.vn",
                                 WEBHOOK_SECRET=SECRET, WEBHOOK_LISTEN="127.0.0.1:0")
            app = build_app(settings, clock=clock)
            async with served(app) as rt:
                assert fake.webhook is not None
                assert fake.webhook["url"] == "https://bot.example.vn" + WEBHOOK_PATH
                assert fake.webhook["secret_token"] == SECRET
                assert rt.web is not None
                base = f"http://127.0.0.1:{rt.web.port}"
                update = fake.message_update(601, "/help")
                async with httpx.AsyncClient(base_url=base) as client:
                    no_secret = await client.post(WEBHOOK_PATH, json=update)
                    wrong = await client.post(WEBHOOK_PATH, json=update,
                                              headers={"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"})
                    assert (no_secret.status_code, wrong.status_code) == (403, 403)
                    ok = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
                    huge = await client.post(WEBHOOK_PATH, content=b"{" + b" " * (1024 * 1024 + 10) + b"}",
                                             headers={**ok, "Content-Type": "application/json"})
                    assert huge.status_code == 413
                    first = await client.post(WEBHOOK_PATH, json=update, headers=ok)
                    again = await client.post(WEBHOOK_PATH, json=update, headers=ok)
                    assert (first.status_code, again.status_code) == (200, 200)
                    garbage = await client.post(WEBHOOK_PATH, content=b"not json", headers=ok)
                    assert garbage.status_code == 200  # Telegram must not retry a poison update
                    await client.post(WEBHOOK_PATH, json=fake.message_update(601, "/hoso"), headers=ok)
                    await fake.wait_sent(2, chat_id=601)
                    assert rt.delivery is not None
                    await asyncio.wait_for(rt.delivery.leading.wait(), 10)
                    health = await client.get("/healthz")
                    assert health.status_code == 200
                    status = health.json()
                    assert isinstance(status.pop("reminders_planned"), int)  # how many depends on the built-in data
                    assert status.pop("inbox_waiting") in (0, 1)  # the last update's row may not be done yet
                    assert status == {"status": "ok", "channels": {"telegram": "webhook"}, "database": "ok",
                                      "outbox_leader": True}
                assert "getUpdates" not in fake.calls  # never polls while a webhook is set
            app.close()
            texts = [m.visible.split("\n")[0] for m in fake.to(601)]
            assert texts == ["Hướng dẫn sử dụng", "Hồ sơ của anh/chị:"]  # the repeated update was answered once

    run(scenario)


def test_webhook_requires_a_valid_secret() -> None:
    base = {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_BASE_URL": "https://bot.example.vn"}
    with pytest.raises(ConfigError):
        check_settings(Settings(_env_file=None, **base))  # type: ignore[call-arg]
    with pytest.raises(ConfigError):
        check_settings(Settings(_env_file=None, WEBHOOK_SECRET="có dấu", **base))  # type: ignore[call-arg]
    check_settings(Settings(_env_file=None, WEBHOOK_SECRET=SECRET, **base))  # type: ignore[call-arg]


def test_sigterm_drains_in_flight_updates_and_exits_quickly(tmp_path: Path, sqlite_url: str) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            env = {**os.environ, "CADREBOT_DATABASE_URL": sqlite_url,
                   "CADREBOT_SAMPLE_DATA": "false", "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.api_url}
            for key in ("WEBHOOK_BASE_URL", "WEBHOOK_SECRET", "WEBHOOK_LISTEN", "ZALO_BOT_TOKEN"):
                env.pop(key, None)
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", cwd=str(tmp_path), env={**env, "PYTHONPATH": str(ROOT)},
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            try:
                await fake.wait_until(lambda: "getUpdates" in fake.calls, timeout=60)
                held = fake.chat_gate[701] = asyncio.Event()  # the answer is on its way until the bot stops
                await fake.send_text(701, "/help")
                await fake.wait_until(lambda: "sendMessage" in fake.calls)
                proc.send_signal(signal.SIGTERM)
                err = proc.stderr
                assert err is not None
                logged: list[bytes] = []

                async def stopping() -> None:
                    while (line := await err.readline()) and b"stopping" not in line:
                        logged.append(line)
                    logged.append(line)

                # The waits below only guard against a hang: on a loaded machine a subprocess's shutdown may
                # take seconds of wall time. «Quickly» is asserted by what the bot did, not by the clock: it
                # finished the answer in flight and never waited out its drain bound (DRAIN_SECONDS).
                await asyncio.wait_for(stopping(), 60)  # the bot has begun to stop, the answer still unsent
                held.set()
                _, rest = await asyncio.wait_for(proc.communicate(), 60)
                stderr = b"".join(logged) + rest
            finally:
                if proc.returncode is None:
                    proc.kill()
            assert proc.returncode == 0, stderr.decode()
            assert b"gave up waiting" not in stderr, stderr.decode()
            assert stderr.rstrip().endswith(b"stopped"), stderr.decode()[-400:]
            assert [m.visible.split("\n")[0] for m in fake.to(701)] == ["Hướng dẫn sử dụng"]
            assert not fake.updates  # the answered update was confirmed: a restart will not repeat it
            assert TOKEN not in stderr.decode()

    run(scenario)



def test_flood_wait_from_telegram_is_honoured(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake):
            fake.failures["sendMessage"] = [(429, "Too Many Requests: retry after 1")]
            await fake.send_text(520, "/help")
            [reply] = await fake.wait_sent(1, chat_id=520)
            assert reply.visible.startswith("Hướng dẫn sử dụng")
            assert fake.calls.count("sendMessage") == 2

    run(scenario)
