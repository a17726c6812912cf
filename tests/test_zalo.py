"""The Zalo channel, end to end: the real channel and httpx client over HTTP to a fake Zalo Bot API server."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.app import build_app
from bot.serve import ConfigError, Runtime, check_settings, serve
from bot.settings import Settings
from bot.zalo_channel import MAX_TEXT, WEBHOOK_PATH, ZaloChannel, ZaloClient, ZaloConfig, ZaloError
from handlers import compose
from handlers.deps import Deps
from knowledge import store
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, UserProfile
from tests.conftest import FakeClock
from tests.fake_telegram import TOKEN as TG_TOKEN
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import TOKEN, FakeZalo

SECRET = "zalo_webhook_secret_1"


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


class Sleeps:
    """A controllable sleep: records each back-off and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)


@asynccontextmanager
async def polling_bot(deps: Deps, fake: FakeZalo, *, sleep: Sleeps | None = None,
                      poll_margin: float = 10.0) -> AsyncIterator[ZaloChannel]:
    client = ZaloClient(TOKEN, fake.api_url, poll_margin=poll_margin)
    channel = ZaloChannel(ZaloConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=1), deps, sleep=sleep,
                          client=client)
    assert await channel.start()
    try:
        yield channel
    finally:
        await channel.stop()


def option(text: str, label: str) -> str:
    """The number to type for the numbered option containing `label`."""
    return next(m.group(1) for m in re.finditer(r"^(\d+)\. (.*)$", text, re.M) if label in m.group(2))


def profile(deps: Deps, channel: str, user_id: str) -> UserProfile | None:
    with deps.session_factory() as s:
        return s.scalar(select(UserProfile).where(UserProfile.channel == channel, UserProfile.user_id == user_id))


# ------------------------------------------------------------------ conversation

def test_question_then_numbered_choice(sample_deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(sample_deps, fake):
            await fake.say("z1", "lớp tập huấn sắp tới")
            # Full option labels (never cut on Zalo) may carry the list over into a second message.
            await fake.wait_until(lambda: any(re.search(r"^\d+\. Xem thêm", m.text, re.M) for m in fake.to("z1")))
            pieces = len(fake.to("z1"))
            listing = "\n".join(m.text for m in fake.to("z1"))
            assert "\n1. Chi tiết:" in listing and "để chọn." in listing
            assert "<" not in listing  # plain text, no markup
            await fake.say("z1", "1")
            detail = (await fake.wait_sent(pieces + 1, chat_id="z1"))[pieces]
            assert "Mã lớp: MAU-" in detail.text
            assert not fake.errors
            assert fake.calls.index("deleteWebhook") < fake.calls.index("getUpdates")  # never polls over a webhook

    run(scenario)


def test_first_greeting_starts_onboarding_with_numbered_lists(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(deps, fake):
            await fake.say("z2", "xin chào")
            welcome, roles = await fake.wait_sent(2, chat_id="z2")
            assert "Xin chào" in welcome.text and "1. Chủ tịch CĐCS" in roles.text
            await fake.say("z2", "1")
            await fake.wait_sent(4, chat_id="z2")
            unions = fake.to("z2")[3].text
            # Today's provincial LĐLĐs, numbered; the LĐLĐ of Sóc Trăng ended with its province in 2025.
            assert "Liên đoàn Lao động thành phố Cần Thơ" in unions and "Lao động tỉnh Sóc Trăng" not in unions
            await fake.say("z2", "lang son")  # typed instead of paging to it
            picked, children = (await fake.wait_sent(6, chat_id="z2"))[4:6]
            assert "Lạng Sơn" in picked.text
            assert "Chi Lăng" not in children.text  # a district's LĐLĐ is history, not a choice
            await fake.say("z2", option(children.text, "Đồng Tâm"))
            await fake.wait_sent(7, chat_id="z2")
            # Another member types a former district's union code: today's union of its province is saved.
            await fake.say("z2b", "/hoso")
            await fake.wait_sent(1, chat_id="z2b")
            await fake.say("z2b", "2")  # "Đổi đơn vị, tỉnh"
            await fake.wait_sent(2, chat_id="z2b")
            await fake.say("z2b", "LS-CAOLOC")
            await fake.wait_sent(3, chat_id="z2b")
        p = profile(deps, "zalo", "z2")
        assert p is not None and p.role == "chu_tich_cdcs" and p.province == "Lạng Sơn"
        assert p.organisation is not None and p.organisation.code == "LS-HTXDONGTAM"
        assert p.chat_id == "z2" and p.display_name == "Người dùng z2"
        typed = profile(deps, "zalo", "z2b")
        assert typed is not None and typed.organisation is not None and typed.organisation.code == "LS"

    run(scenario)


def test_long_answer_is_split_at_2000_characters(sample_deps: Deps) -> None:
    lines = [f"Buổi {i}: nội dung chuyên đề về kỹ năng thương lượng tập thể" for i in range(100)]
    with session_scope(sample_deps.session_factory) as s:
        c = Course(code="DAI-Z", title="Lớp mô tả dài", starts_at=dt.datetime(2027, 3, 1, 8, tzinfo=dt.UTC),
                   ends_at=None, registration_deadline=None, description="\n".join(lines))
        s.add(c)
        bump_data_version(s)

    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(sample_deps, fake):
            # The class named by its code: its whole description, split.
            await fake.say("z3", "DAI-Z lớp mô tả dài")
            await fake.wait_until(lambda: any("Buổi 99" in m.text for m in fake.to("z3")))
            parts = fake.to("z3")
            assert len(parts) >= 3 and all(len(m.text) <= MAX_TEXT for m in parts) and not fake.errors
            joined = "\n".join(m.text for m in parts).split("\n")
            assert all(line in joined for line in lines)

    run(scenario)


def test_sticker_and_group_chatter(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(deps, fake):
            await fake.push(fake.message("z4", None, event="message.sticker.received"))
            [reply] = await fake.wait_sent(1, chat_id="z4")
            assert reply.text == compose.NO_MEDIA
            await fake.say("g1", "chào cả nhà", chat_type="GROUP")
            await fake.say("g1", "/help", chat_type="GROUP")
            [help_reply] = await fake.wait_sent(1, chat_id="g1")
            assert help_reply.text.startswith("Hướng dẫn sử dụng")

    run(scenario)


def test_personal_lists_asked_in_a_group_go_privately(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(deps, fake):
            fake.blocked.add("z6")  # z6 cannot be written to privately
            await fake.say("z5", "/lich", chat_type="GROUP", chat_id="g2")
            private = await fake.wait_sent(1, chat_id="z5")
            assert "chưa đăng ký lớp nào" in private[0].text
            await fake.say("z6", "/hoso", chat_type="GROUP", chat_id="g2")
            [note] = await fake.wait_sent(1, chat_id="g2")
            assert note.text == compose.OPEN_PRIVATE_CHAT
            assert not fake.to("z6") and not fake.errors

    run(scenario)


def test_duplicate_message_is_answered_once(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(deps, fake):
            update = fake.message("z5", "/help", message_id="same-1")
            await fake.push(update, update, fake.message("z5", "/hoso"))
            await fake.wait_sent(2, chat_id="z5")
            await fake.wait_until(lambda: not fake.queue)
            await fake.wait_until(lambda: fake.calls.count("getUpdates") >= 4)
        assert [m.text.split("\n")[0] for m in fake.to("z5")] == ["Hướng dẫn sử dụng", "Hồ sơ của anh/chị:"]

    run(scenario)


# ------------------------------------------------------------------ failures

def test_server_errors_and_timeouts_back_off_and_never_end_the_loop(deps: Deps) -> None:
    sleeps = Sleeps()

    async def scenario() -> None:
        async with FakeZalo() as fake:
            fake.failures["getUpdates"] = [500, 502, 503, "hang"]
            fake.failures["sendMessage"] = [502]
            async with polling_bot(deps, fake, sleep=sleeps, poll_margin=0.3):
                await fake.say("z6", "/help")
                [reply] = await fake.wait_sent(1, chat_id="z6")
                assert reply.text.startswith("Hướng dẫn sử dụng")
        assert sleeps.delays[:3] == [1.0, 2.0, 4.0]  # growing back-off on 5xx
        assert 1.0 in sleeps.delays[3:]  # the failed send was retried after a pause

    run(scenario)


def test_an_error_on_an_empty_poll_is_tolerated(deps: Deps) -> None:
    sleeps = Sleeps()

    async def scenario() -> None:
        async with FakeZalo(empty_poll_error=True) as fake, polling_bot(deps, fake, sleep=sleeps):
            await fake.wait_until(lambda: fake.calls.count("getUpdates") >= 2)
            await fake.say("z7", "/help")
            await fake.wait_sent(1, chat_id="z7")

    run(scenario)


def test_errors_never_carry_the_token() -> None:
    async def scenario() -> None:
        client = ZaloClient(TOKEN, "http://127.0.0.1:9/bot", timeout=2)
        with pytest.raises(ZaloError) as caught:
            await client.get_me()
        await client.close()
        assert caught.value.transient and TOKEN not in str(caught.value)

    run(scenario)


# ------------------------------------------------------------------ webhook, and both channels in one process

def _settings(url: str, **env: str) -> Settings:
    return Settings(_env_file=None, CADREBOT_DATABASE_URL=url, CADREBOT_SAMPLE_DATA="false", **env)  # type: ignore[call-arg]


@asynccontextmanager
async def served(settings: Settings, clock: FakeClock) -> AsyncIterator[tuple[Runtime, Deps]]:
    app = build_app(settings, clock=clock)
    stop = asyncio.Event()
    rt = Runtime()
    task = asyncio.create_task(serve(app, stop=stop, runtime=rt, install_signals=False))
    await asyncio.wait_for(rt.started.wait(), 10)
    try:
        yield rt, app.deps
    finally:
        stop.set()
        await task
        app.close()


def test_webhook_checks_the_secret_and_never_polls(sqlite_url: str, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake:
            settings = _settings(sqlite_url, ZALO_BOT_TOKEN=TOKEN, ZALO_API_URL=fake.api_url,
                                 WEBHOOK_BASE_URL="https://bot.example.vn", WEBHOOK_SECRET=SECRET,
                                 WEBHOOK_LISTEN="127.0.0.1:0")
            async with served(settings, clock) as (rt, _):
                assert fake.webhook == {"url": "https://bot.example.vn" + WEBHOOK_PATH, "secret_token": SECRET}
                assert rt.web is not None
                update = fake.message("z8", "/help")
                async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{rt.web.port}") as client:
                    assert (await client.post(WEBHOOK_PATH, json=update)).status_code == 403
                    wrong = {"X-Bot-Api-Secret-Token": SECRET[:-1]}
                    assert (await client.post(WEBHOOK_PATH, json=update, headers=wrong)).status_code == 403
                    ok = {"X-Bot-Api-Secret-Token": SECRET}
                    assert (await client.post(WEBHOOK_PATH, json=update, headers=ok)).status_code == 200
                    assert (await client.post(WEBHOOK_PATH, json=update, headers=ok)).status_code == 200
                    envelope = {"ok": True, "result": fake.message("z8", "/hoso")}
                    assert (await client.post(WEBHOOK_PATH, json=envelope, headers=ok)).status_code == 200
                    await fake.wait_sent(2, chat_id="z8")
                    health = (await client.get("/healthz")).json()
                    assert health["channels"] == {"zalo": "webhook"}
            assert "getUpdates" not in fake.calls
            assert [m.text.split("\n")[0] for m in fake.to("z8")] == ["Hướng dẫn sử dụng", "Hồ sơ của anh/chị:"]

    run(scenario)


def test_zalo_webhook_secret_must_be_long_enough() -> None:
    base = {"ZALO_BOT_TOKEN": TOKEN, "WEBHOOK_BASE_URL": "https://bot.example.vn"}
    with pytest.raises(ConfigError):
        check_settings(Settings(_env_file=None, WEBHOOK_SECRET="short", **base))  # type: ignore[call-arg]
    check_settings(Settings(_env_file=None, WEBHOOK_SECRET=SECRET, **base))  # type: ignore[call-arg]


def test_linking_telegram_and_zalo_accounts(sqlite_url: str, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with FakeZalo() as zalo, FakeTelegram() as tg:
            settings = _settings(sqlite_url, ZALO_BOT_TOKEN=TOKEN, ZALO_API_URL=zalo.api_url,
                                 TELEGRAM_BOT_TOKEN=TG_TOKEN, TELEGRAM_API_URL=tg.api_url)
            async with served(settings, clock) as (rt, deps):
                assert sorted(ch.name for ch in rt.channels) == ["telegram", "zalo"]
                await tg.send_text(801, "/lienket")
                [code_msg] = await tg.wait_sent(1, chat_id=801)
                code = code_msg.visible.split("Mã liên kết của anh/chị: ")[1][:6]
                assert code.isdigit()
                await zalo.say("z9", "/lienket 000000" if code != "000000" else "/lienket 111111")
                await zalo.say("z9", f"liên kết {code}")  # typed without the slash, as on Zalo
                await zalo.wait_sent(2, chat_id="z9")
                bad, done = zalo.to("z9")
                assert bad.text == compose.LINK_BAD and "Telegram" in done.text
                await zalo.say("z10", f"/lienket {code}")  # a code works once
                [reused] = await zalo.wait_sent(1, chat_id="z10")
                assert reused.text == compose.LINK_BAD
                # The profile is shared: a role chosen on Telegram shows on Zalo.
                await tg.press(801, "role:chu_tich_cdcs")
                await tg.wait_sent(3, chat_id=801)
                await zalo.say("z9", "/hoso")
                await zalo.wait_sent(3, chat_id="z9")
                assert "Chủ tịch CĐCS" in zalo.to("z9")[2].text
                # Proactive messages go to the app used last, or the one the person chose.
                with session_scope(deps.session_factory) as s:
                    tg_acc = store.get_profile(session=s, channel="telegram", user_id="801")
                    assert tg_acc is not None
                    tg_acc.last_seen_at -= dt.timedelta(hours=1)
                with deps.session_factory() as s:
                    target = store.delivery_account(session=s, channel="telegram", user_id="801")
                    assert target is not None and (target.channel, target.chat_id) == ("zalo", "z9")
                await tg.send_text(801, "/lienket")
                await tg.wait_sent(5, chat_id=801)
                choose = {b["text"]: b["data"] for b in tg.to(801)[4].buttons}
                await tg.press(801, choose["Nhận tin qua Telegram"])
                await tg.wait_sent(6, chat_id=801)
                with deps.session_factory() as s:
                    target = store.delivery_account(session=s, channel="zalo", user_id="z9")
                    assert target is not None and (target.channel, target.chat_id) == ("telegram", "801")
                await zalo.say("z9", "/lienket")
                status = (await zalo.wait_sent(5, chat_id="z9"))[4]
                assert "Telegram, Zalo" in status.text or "Zalo, Telegram" in status.text
                await zalo.say("z9", option(status.text, "Hủy liên kết"))
                confirm = (await zalo.wait_sent(6, chat_id="z9"))[5]  # destroying the link asks first
                await zalo.say("z9", option(confirm.text, "Có, hủy liên kết"))
                await zalo.wait_until(lambda: any("Đã hủy liên kết" in m.text for m in zalo.to("z9")))
            a, b = profile(deps, "telegram", "801"), profile(deps, "zalo", "z9")
            assert a is not None and b is not None and a.person_id is None and b.person_id is None

    run(scenario)


def test_accept_ignores_updates_without_a_message(deps: Deps) -> None:
    async def scenario() -> None:
        async with FakeZalo() as fake, polling_bot(deps, fake) as channel:
            weird: list[Any] = [{"event_name": "user.follow"}, {"message": "x"}, {"message": {"chat": {}}}]
            for u in weird:
                assert await channel.accept(u) is False
            await fake.say("z11", "/help")
            await fake.wait_sent(1, chat_id="z11")
            assert len(fake.sent) == 1

    run(scenario)


def test_unreachable_telegram_does_not_hold_zalo_or_the_stop(sqlite_url: str, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with FakeZalo() as zalo:
            settings = _settings(sqlite_url, ZALO_BOT_TOKEN=TOKEN, ZALO_API_URL=zalo.api_url,
                                 TELEGRAM_BOT_TOKEN=TG_TOKEN, TELEGRAM_API_URL="http://127.0.0.1:9/bot")
            app = build_app(settings, clock=clock)
            stop = asyncio.Event()
            task = asyncio.create_task(serve(app, stop=stop, install_signals=False))
            await zalo.say("z20", "/help")
            await zalo.wait_sent(1, chat_id="z20")  # Zalo answers while Telegram is still being retried
            began = asyncio.get_running_loop().time()
            stop.set()
            await asyncio.wait_for(task, 10)
            # Zalo lets its current long poll end, so no handed-out update is lost; Telegram holds nothing.
            assert asyncio.get_running_loop().time() - began < 9
            app.close()

    run(scenario)
