"""The delivery engine through the real Telegram stack against the fake Bot API, with faults.

Rates are set high (the limits themselves are measured in bench/outbox.py); what is checked here is that
every recipient gets the message once, whatever the server answers, and that a kill loses nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.telegram_channel import TelegramChannel, TelegramConfig
from bot.zalo_channel import ZaloChannel, ZaloClient, ZaloConfig
from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import outbox
from knowledge.db import make_engine, make_session_factory, session_scope
from knowledge.messages import Button
from knowledge.models import OutboxJob, OutboxMessage, UserProfile
from scheduler.delivery import Delivery
from scheduler.leader import PLANNER_LEASE, Leadership
from scheduler.pacer import Pacer, PacerConfig
from tests.conftest import TZ_VN, FakeClock, build_deps
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.fake_zalo import TOKEN as ZALO_TOKEN
from tests.fake_zalo import FakeZalo
from tests.people import add_members, make_organiser, org_id

ROOT = Path(__file__).resolve().parent.parent
FAST = PacerConfig(rate=500, per_chat_interval=0.2, idle_poll=0.05, backoff_base=1.0)


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(scenario())


@asynccontextmanager
async def telegram(deps: Deps, fake: FakeTelegram, **config: Any) -> AsyncIterator[TelegramChannel]:
    channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=1, **config), deps)
    assert await channel.start()
    try:
        yield channel
    finally:
        await channel.stop()


@asynccontextmanager
async def pacing(channel: TelegramChannel, deps: Deps, config: PacerConfig = FAST, *,
                 factory: Callable[[], Session] | None = None) -> AsyncIterator[Pacer]:
    pacer = Pacer(channel, factory or deps.session_factory, now=deps.clock.now, config=config)  # type: ignore[arg-type]
    pacer.start()
    try:
        yield pacer
    finally:
        await pacer.stop()


class SessionCounter:
    """A session factory that counts the sessions opened through it: each look of a pacer at the table."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory
        self.opened = 0

    def __call__(self) -> Session:
        self.opened += 1
        return self.factory()


async def eventually(check: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for a condition on state that no event announces; the timeout only turns a hang into a failure."""
    async def poll() -> None:
        while not check():
            await asyncio.sleep(0.01)
    await asyncio.wait_for(poll(), timeout)


def broadcast(deps: Deps, chats: list[int], *, by: str | None = "9", text_: str = "Thông báo lịch học") -> int:
    """A job to these Telegram chats, as /thongbao would queue it."""
    with session_scope(deps.session_factory) as s:
        found = outbox.Recipients([("telegram", str(c), str(c)) for c in chats])
        job = outbox.create_job(session=s, kind="broadcast", text=text_, recipients=found, now=deps.clock.now(),
                                buttons=[Button("Đăng ký lớp này", "rg:1")], created_by=("telegram", by) if by else None)
        assert job is not None
        return job.id


def states(deps: Deps, job_id: int) -> dict[str, str]:
    with deps.session_factory() as s:
        return {m.chat_id: m.state for m in s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == job_id))}


def members(deps: Deps, n: int, first: int = 100) -> list[int]:
    with session_scope(deps.session_factory) as s:
        add_members(s, n, first_id=first)
    return list(range(first, first + n))


# ------------------------------------------------------------------ the happy path and the report

def test_everyone_gets_the_announcement_once_and_the_organiser_a_report(any_deps: Deps) -> None:
    chats = members(any_deps, 30)
    with session_scope(any_deps.session_factory) as s:
        make_organiser(s, "telegram", "9", None)
        add_members(s, 1, first_id=9)
    job_id = broadcast(any_deps, chats)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(any_deps, fake) as channel:
            delivery = Delivery(channel.deps.session_factory.kw["bind"], any_deps.session_factory, [channel],
                                now=any_deps.clock.now, tz=TZ_VN, wording=WORDING, configs={"telegram": FAST}, tick=0.05)
            delivery.start()
            try:
                [report] = await fake.wait_sent(1, chat_id=9)
            finally:
                await delivery.stop()
            counts = Counter(m.chat_id for m in fake.sent)
            assert set(counts) == {*chats, 9} and max(counts.values()) == 1
            announcement = fake.to(100)[0]
            assert announcement.visible == "Thông báo lịch học"
            assert announcement.buttons == [{"text": "Đăng ký lớp này", "data": "rg:1"}]
            assert f"Báo cáo thông báo #{job_id} (đã gửi xong" in report.visible
            assert "• Đã gửi: 30" in report.visible and "• Đang chờ gửi: 0" in report.visible

    run(scenario)
    with any_deps.session_factory() as s:
        job = s.get(OutboxJob, job_id)
        assert job is not None and job.status == "done"


def test_one_broadcast_through_two_processes_with_one_channel_each_reaches_everyone(
        any_deps: Deps, db_url: str, clock: FakeClock) -> None:
    """A Telegram-only and a Zalo-only process on one database: nobody's row is failed for the channel the
    other serves; until the Zalo process comes, its messages wait and the Zalo channel shows as unserved."""
    with session_scope(any_deps.session_factory) as s:
        make_organiser(s, "telegram", "9", None)
        add_members(s, 1, first_id=9, org=None)
        add_members(s, 25, first_id=100)
        add_members(s, 25, first_id=500, channel="zalo")
        found = outbox.select_recipients(session=s, scope=outbox.Scope(None), audience=outbox.Audience("org", str(
            org_id(s, "LS"))), now=clock.now(), tz=TZ_VN)
        assert found.count == 50
        job = outbox.create_job(session=s, kind="broadcast", text="Thông báo chung", recipients=found,
                                now=clock.now(), created_by=("telegram", "9"))
        assert job is not None
        job_id = job.id
    zalo_engine = make_engine(db_url)
    zalo_factory = make_session_factory(zalo_engine)
    zalo_deps = build_deps(db_url, clock)

    async def scenario() -> None:
        async with FakeTelegram() as tg, FakeZalo() as za, telegram(any_deps, tg) as tg_channel:
            za_channel = ZaloChannel(ZaloConfig(token=ZALO_TOKEN, api_url=za.api_url, poll_timeout=1), zalo_deps,
                                     client=ZaloClient(ZALO_TOKEN, za.api_url))
            assert await za_channel.start()
            telegram_only = Delivery(any_deps.session_factory.kw["bind"], any_deps.session_factory, [tg_channel],
                                     now=clock.now, tz=TZ_VN, wording=WORDING, configs={"telegram": FAST}, tick=0.05, retry=0.05,
                                     unserved_grace=0)
            zalo_only = Delivery(zalo_engine, zalo_factory, [za_channel], now=clock.now, tz=TZ_VN, wording=WORDING,
                                 configs={"zalo": FAST}, tick=0.05, retry=0.05)
            telegram_only.start()
            try:
                await tg.wait_until(lambda: len({m.chat_id for m in tg.sent}) == 25)
                await asyncio.wait_for(telegram_only.leading.wait(), 5)
                [unserved] = await telegram_only.check_unserved()
                assert (unserved.channel, unserved.pending) == ("zalo", 25)
                assert set(states(any_deps, job_id).values()) == {"sent", "pending"}  # nothing failed
                zalo_only.start()
                await za.wait_until(lambda: len({m.chat_id for m in za.sent}) == 25)
                [report] = await tg.wait_sent(1, chat_id=9)
                assert "• Đã gửi: 50" in report.visible and "• Lỗi, không gửi được: 0" in report.visible
                assert await telegram_only.check_unserved() == []
            finally:
                await telegram_only.stop()
                await zalo_only.stop()
                await za_channel.stop()
            assert Counter(m.chat_id for m in tg.sent if m.chat_id != 9) == {c: 1 for c in range(100, 125)}
            assert Counter(m.chat_id for m in za.sent) == {str(c): 1 for c in range(500, 525)}

    try:
        run(scenario)
        assert set(states(any_deps, job_id).values()) == {"sent"}
    finally:
        zalo_engine.dispose()
        zalo_deps.session_factory.kw["bind"].dispose()


def test_a_reminder_queued_during_a_long_broadcast_overtakes_it(deps: Deps, clock: FakeClock) -> None:
    chats = members(deps, 250)  # 2.5 s of sending at this rate: long enough to be overtaken, no longer
    broadcast(deps, chats, by=None)
    config = PacerConfig(rate=100, per_chat_interval=0.2, idle_poll=0.05, refetch=0.1)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(deps, fake) as channel, pacing(channel, deps, config):
            await fake.wait_until(lambda: len(fake.sent) >= 50)
            with session_scope(deps.session_factory) as s:
                outbox.create_job(session=s, kind="reminder", text="Nhắc lịch học", now=clock.now(),
                                  key="remind:1:2h", recipients=outbox.Recipients([("telegram", "7", "7")]))
            queued_after = len(fake.sent)
            [reminder] = await fake.wait_sent(1, chat_id=7)
            overtaken = [m.chat_id for m in fake.sent].index(7) - queued_after
            # Behind it only what was read before it was queued: about rate × refetch, plus those in flight.
            assert overtaken <= 10 + config.max_in_flight + 5
            assert len(fake.sent) < 150  # the broadcast was far from done
            assert reminder.visible == "Nhắc lịch học"
            await fake.wait_until(lambda: len(fake.sent) == 251, timeout=20)

    run(scenario)


# ------------------------------------------------------------------ faults

def test_a_429_storm_pauses_sending_and_nobody_is_lost(deps: Deps) -> None:
    chats = members(deps, 20)
    job_id = broadcast(deps, chats, by=None)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(deps, fake) as channel:
            fake.storm_for(1.0)  # every send is refused for a second, each 429 saying retry_after 1
            async with pacing(channel, deps) as pacer:
                await fake.wait_until(lambda: len({m.chat_id for m in fake.sent}) == 20, timeout=20)
            assert Counter(m.chat_id for m in fake.sent).most_common(1)[0][1] == 1
            # The channel paused at the first 429: only the sends already in flight were refused too,
            # instead of hundreds of attempts hammering the server for the whole second.
            assert 1 <= fake.answered_429 <= FAST.max_in_flight and pacer.stats["rate_limited"] >= 1
            assert min(m.at for m in fake.sent) >= fake.rejected_at[0] + 0.9  # retry_after was honoured

    run(scenario)
    assert set(states(deps, job_id).values()) == {"sent"}


def test_blocked_and_unknown_chats_are_never_retried_and_skipped_later(any_deps: Deps) -> None:
    chats = members(any_deps, 6)
    job_id = broadcast(any_deps, chats, by=None)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(any_deps, fake) as channel:
            fake.blocked.add(101)
            fake.unknown.add(102)
            async with pacing(channel, any_deps) as pacer:
                await fake.wait_until(lambda: len(fake.sent) == 4 and fake.calls.count("sendMessage") == 6)
            # Leaving `pacing` stopped the pacer, which lets the sends in flight end and writes their outcomes.
            assert pacer.stats["permanent"] == 2
            assert (fake.attempts[101], fake.attempts[102]) == (1, 1)

    run(scenario)
    got = states(any_deps, job_id)
    assert (got["101"], got["102"]) == ("blocked", "blocked")
    with session_scope(any_deps.session_factory) as s:
        inactive = {p.user_id for p in s.scalars(select(UserProfile).where(UserProfile.blocked_at.is_not(None)))}
        assert inactive == {"101", "102"}
        later = outbox.select_recipients(session=s, scope=outbox.Scope(None), audience=outbox.Audience("scope"),
                                         now=any_deps.clock.now(), tz=TZ_VN)
        assert (later.count, later.skipped) == (4, 2)


def test_5xx_and_timeouts_are_retried_after_a_backoff_on_the_clock(deps: Deps, clock: FakeClock) -> None:
    chats = members(deps, 4)
    job_id = broadcast(deps, chats, by=None)

    async def scenario() -> None:
        # send_timeout is real time: long enough that no answered send reaches it on a loaded machine.
        async with FakeTelegram() as fake, telegram(deps, fake, send_timeout=1.0) as channel:
            fake.scripts = {101: ["502"], 102: ["timeout"]}  # 102's first send is never answered
            looks = SessionCounter(deps.session_factory)
            async with pacing(channel, deps, factory=looks) as pacer:
                await fake.wait_until(lambda: len(fake.sent) == 2 and fake.attempts.get(102) == 1)
                await eventually(lambda: pacer.stats["transient"] == 2 and not pacer._in_flight)
                with deps.session_factory() as s:
                    rows = {m.chat_id: m for m in s.scalars(select(OutboxMessage))}
                    assert [(rows[c].state, rows[c].attempts) for c in ("101", "102")] == [("pending", 1)] * 2
                    assert rows["101"].next_attempt_at > clock.now()
                # Not due yet: nothing is sent again until the clock passes the backoff. Two more looks at the
                # table: the first began after this point, and the pacer acted on it before the second.
                seen = looks.opened
                pacer.poke()
                await eventually(lambda: looks.opened >= seen + 2)
                assert (fake.attempts[101], fake.attempts[102]) == (1, 1) and not pacer._in_flight
                clock.advance(dt.timedelta(seconds=2))
                pacer.poke()
                await fake.wait_until(lambda: len(fake.sent) == 4)
            assert (fake.attempts[101], fake.attempts[102]) == (2, 2)

    run(scenario)
    assert set(states(deps, job_id).values()) == {"sent"}


def test_an_outage_pauses_the_channel_instead_of_using_up_attempts(deps: Deps, clock: FakeClock) -> None:
    chats = members(deps, 6)
    job_id = broadcast(deps, chats, by=None)
    config = PacerConfig(rate=500, per_chat_interval=0.01, idle_poll=0.02, backoff_base=0.01, backoff_max=0.02)
    # More failures than all the messages' attempts together: had the outage used attempts up, some message
    # would have failed for good.
    failures = len(chats) * outbox.MAX_ATTEMPTS + 1

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(deps, fake) as channel:
            # The outage lasts until the test ends it, not for a span of real time: a slow machine then sees
            # the same failures as a fast one, only later.
            fake.down_until = math.inf
            async with pacing(channel, deps, config) as pacer:
                async def moving_the_clock_until(done: Callable[[], bool]) -> None:
                    # Fast, so every message's own backoff runs out again and again during the outage.
                    while not done():
                        clock.advance(dt.timedelta(seconds=5))
                        pacer.poke()
                        await asyncio.sleep(0.02)  # the channel's pause between probes is real time

                def enough_or_gone() -> bool:
                    return pacer.stats["transient"] >= failures or "failed" in states(deps, job_id).values()

                await asyncio.wait_for(moving_the_clock_until(enough_or_gone), 120)
                assert set(states(deps, job_id).values()) == {"pending"}
                fake.down_until = 0.0
                await asyncio.wait_for(moving_the_clock_until(lambda: len(fake.sent) == len(chats)), 120)

    run(scenario)
    assert set(states(deps, job_id).values()) == {"sent"}


def test_one_message_per_chat_per_interval_and_at_most_eight_in_flight(deps: Deps) -> None:
    chats = members(deps, 40)
    broadcast(deps, chats, by=None, text_="Thông báo 1")
    broadcast(deps, chats[:3], by=None, text_="Thông báo 2")

    async def scenario() -> None:
        async with FakeTelegram(latency=0.05) as fake, telegram(deps, fake) as channel:
            fake.hold_until_in_flight = 8  # the first sends wait for the window to fill, however slow the machine
            async with pacing(channel, deps, PacerConfig(rate=1000, per_chat_interval=0.5, idle_poll=0.05)):
                await fake.wait_until(lambda: len(fake.sent) == 43)
            assert fake.max_in_flight == 8  # the window is used, and never exceeded
            for chat in chats[:3]:
                first, second = fake.to(chat)
                # Timed from the requests' arrival: the pacer spaces the starts of two sends to one chat.
                assert second.arrived - first.arrived >= 0.5 - 0.06

    run(scenario)


# ------------------------------------------------------------------ crashes, restarts, leaders

def test_sending_survives_a_database_restart(pg_url: str, clock: FakeClock) -> None:
    deps = build_deps(pg_url, clock)
    chats = members(deps, 60)
    job_id = broadcast(deps, chats, by=None)
    admin = make_engine(pg_url)

    async def scenario() -> None:
        async with FakeTelegram(latency=0.02) as fake, telegram(deps, fake) as channel:
            async with pacing(channel, deps, PacerConfig(rate=100, idle_poll=0.05, db_retry_max=0.5)):
                await fake.wait_until(lambda: len(fake.sent) >= 15)
                # What a server restart looks like from here: every session ends at once.
                with admin.connect() as conn:
                    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
                await fake.wait_until(lambda: len({m.chat_id for m in fake.sent}) == 60, timeout=30)
            counts = Counter(m.chat_id for m in fake.sent)
            assert sum(counts.values()) - 60 <= FAST.max_in_flight

    try:
        run(scenario)
        assert set(states(deps, job_id).values()) == {"sent"}
    finally:
        admin.dispose()
        deps.session_factory.kw["bind"].dispose()


def test_a_lease_elects_one_holder_and_another_takes_over_once_it_expires(any_deps: Deps, db_url: str,
                                                                         clock: FakeClock) -> None:
    other = make_engine(db_url)
    first = Leadership(any_deps.session_factory, "sender:telegram", now=clock.now, ttl=30)
    second = Leadership(make_session_factory(other), "sender:telegram", now=clock.now, ttl=30)
    try:
        assert first.try_acquire() and not second.try_acquire()
        fence = first.fence
        first.abandon()  # SIGKILL: nothing given back, the lease must expire
        clock.advance(dt.timedelta(seconds=29))
        assert not second.try_acquire()
        clock.advance(dt.timedelta(seconds=2))
        assert second.try_acquire() and second.fence == (fence or 0) + 1
        with any_deps.session_factory() as s:  # the fencing check: only the current holder may act
            assert second.guard(s)
        second.release()  # a clean stop hands over at once
        assert first.try_acquire() and first.still_held()
        with any_deps.session_factory() as s:
            assert not second.guard(s) and first.guard(s)
    finally:
        first.release()
        other.dispose()


def test_a_stalled_holder_learns_it_lost_the_lease_and_cannot_fetch(deps: Deps, clock: FakeClock) -> None:
    first = Leadership(deps.session_factory, "sender:telegram", now=clock.now, ttl=30)
    second = Leadership(deps.session_factory, "sender:telegram", now=clock.now, ttl=30)
    assert first.try_acquire()
    clock.advance(dt.timedelta(seconds=31))  # the first stalled (a long GC pause, a frozen VM)
    assert second.try_acquire()
    with deps.session_factory() as s:
        assert not first.guard(s)
    assert not first.still_held() and not first.held


def test_a_lease_holds_when_every_transaction_gets_another_server_session(pg_url: str, clock: FakeClock) -> None:
    """What PgBouncer in transaction mode does: consecutive transactions of one client run on different
    server sessions, and server sessions are closed under it. A session advisory lock would be lost (or kept
    by a pooled session nobody owns); the lease row is not."""
    from sqlalchemy.pool import NullPool

    pooled = make_engine(pg_url, poolclass=NullPool)  # a new server session for every transaction
    admin = make_engine(pg_url)
    factory = make_session_factory(pooled)
    lease = Leadership(factory, "sender:zalo", now=clock.now, ttl=30)
    rival = Leadership(make_session_factory(admin), "sender:zalo", now=clock.now, ttl=30)
    try:
        assert lease.try_acquire()
        with factory() as s1, factory() as s2:
            pids = {int(s.execute(text("SELECT pg_backend_pid()")).scalar_one()) for s in (s1, s2)}
        assert len(pids) == 2
        with admin.connect() as conn:  # every other server session is closed, as a pooler may do
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        for _ in range(5):  # two minutes of renewals, each in a transaction of its own
            clock.advance(dt.timedelta(seconds=25))
            assert lease.still_held() and not rival.try_acquire()
            with factory() as s:
                assert lease.guard(s)
        lease.release()
        assert rival.try_acquire()
    finally:
        lease.release()
        rival.release()
        pooled.dispose()
        admin.dispose()


def test_a_lease_taken_by_a_statement_still_under_way_when_delivery_stops_is_given_back(
        deps: Deps, clock: FakeClock) -> None:
    """A stop cancels the lease loop while its statement is still running in a thread (on a loaded machine it
    may run well after the stop began): the stop waits for it and gives back what it took, instead of
    returning with the thread still at work and leaving the lease held by a process that no longer works
    under it until it expires (never, under a fixed clock)."""
    delivery = Delivery(deps.session_factory.kw["bind"], deps.session_factory, [], now=clock.now, tz=TZ_VN,
                        wording=WORDING, tick=0.05, retry=0.1)
    entered, go, returned = threading.Event(), threading.Event(), threading.Event()
    take_now = delivery.leadership.try_acquire

    def late() -> bool:
        entered.set()
        go.wait(10)
        try:
            return take_now()
        finally:
            returned.set()

    delivery.leadership.try_acquire = late  # type: ignore[method-assign]

    async def scenario() -> None:
        delivery.start()
        await asyncio.to_thread(entered.wait, 10)
        stopping = asyncio.create_task(delivery.stop())
        await asyncio.wait({delivery._tasks[0]})  # the loop is cancelled; its statement has not run yet
        go.set()
        await asyncio.wait_for(stopping, 10)
        assert returned.is_set()  # nothing of the stopped delivery still runs

    run(scenario)
    assert not delivery.leading.is_set()
    rival = Leadership(deps.session_factory, PLANNER_LEASE, now=clock.now, ttl=30)
    assert rival.try_acquire()  # free at once, no expiry awaited


def test_two_processes_one_sender_and_takeover_when_the_leader_stops(any_deps: Deps, db_url: str,
                                                                      clock: FakeClock) -> None:
    chats = members(any_deps, 10)
    other_engine = make_engine(db_url)
    other_factory = make_session_factory(other_engine)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram(any_deps, fake) as ch1, telegram(any_deps, fake) as ch2:
            one = Delivery(any_deps.session_factory.kw["bind"], any_deps.session_factory, [ch1], now=clock.now,
                           tz=TZ_VN, wording=WORDING, configs={"telegram": FAST}, tick=0.05, retry=0.1)
            assert isinstance(one.sender_leases["telegram"], Leadership)
            two = Delivery(other_engine, other_factory, [ch2], now=clock.now, tz=TZ_VN, wording=WORDING,
                           configs={"telegram": FAST}, tick=0.05, retry=0.1)
            one.start()
            # Both of its leases, not only the sender's: each is taken by its own task, and a second process
            # started before the planner's was taken may take that one first (it is anyone's to take).
            await asyncio.wait_for(one.sending["telegram"].wait(), 5)
            await asyncio.wait_for(one.leading.wait(), 5)
            two.start()
            broadcast(any_deps, chats, by=None)
            await fake.wait_until(lambda: len(fake.sent) == 10)
            assert not two.sending["telegram"].is_set() and not two.leading.is_set()
            await one.stop()  # the leader goes away; the passive one takes over
            await asyncio.wait_for(two.sending["telegram"].wait(), 5)
            broadcast(any_deps, chats, by=None, text_="Thông báo 2")
            await fake.wait_until(lambda: len(fake.sent) == 20)
            await two.stop()
            assert max(Counter((m.chat_id, m.visible) for m in fake.sent).values()) == 1

    try:
        run(scenario)
    finally:
        other_engine.dispose()


def test_sigkill_mid_broadcast_then_restart_delivers_to_everyone(tmp_path: Path, sqlite_url: str) -> None:
    url = sqlite_url
    clock = FakeClock(dt.datetime.now(dt.UTC))
    deps = build_deps(url, clock)
    chats = members(deps, 150)
    job_id = broadcast(deps, chats, by=None)
    deps.session_factory.kw["bind"].dispose()

    async def start_bot(fake: FakeTelegram) -> asyncio.subprocess.Process:
        env = {**os.environ, "CADREBOT_DATABASE_URL": url, "CADREBOT_SAMPLE_DATA": "false",
               "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.api_url, "CADREBOT_TELEGRAM_RATE": "60",
               # The killed process cannot give its sender lease back: the next one waits for it to expire.
               "CADREBOT_LEASE_SECONDS": "2",
               "PYTHONPATH": str(ROOT)}
        for key in ("WEBHOOK_BASE_URL", "WEBHOOK_SECRET", "WEBHOOK_LISTEN", "ZALO_BOT_TOKEN"):
            env.pop(key, None)
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", cwd=str(tmp_path), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)

    async def scenario() -> None:
        async with FakeTelegram(latency=0.02) as fake:
            first = await start_bot(fake)
            try:
                await fake.wait_until(lambda: len(fake.sent) >= 40, timeout=60)
                first.send_signal(signal.SIGKILL)  # no drain, no clean-up: the hardest stop there is
                await first.wait()
            finally:
                if first.returncode is None:
                    first.kill()
            before = len(fake.sent)
            assert before < 150  # it really was killed mid-broadcast
            second = await start_bot(fake)
            try:
                await fake.wait_until(lambda: len({m.chat_id for m in fake.sent}) == 150, timeout=60)
            finally:
                second.send_signal(signal.SIGTERM)
                await asyncio.wait_for(second.wait(), 15)
            counts = Counter(m.chat_id for m in fake.sent)
            assert set(counts) == set(chats)
            assert sum(counts.values()) - 150 <= PacerConfig().max_in_flight

    run(scenario)
    check = build_deps(url, clock)
    try:
        assert set(states(check, job_id).values()) == {"sent"}
    finally:
        check.session_factory.kw["bind"].dispose()
