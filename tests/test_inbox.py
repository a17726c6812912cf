"""The durable inbox on SQLite and PostgreSQL: repeats ignored, each user's updates in order, expired claims
taken again, every update processed exactly once by competing consumers, retention of done rows."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import socket
import sys
import threading
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.inbox import InboxWorker
from bot.telegram_channel import WEBHOOK_PATH as TG_WEBHOOK
from bot.telegram_channel import TelegramChannel, TelegramConfig
from bot.web import WebServer
from bot.zalo_channel import ZaloChannel, ZaloConfig
from handlers.deps import Deps
from knowledge import inbox
from knowledge.db import make_engine, make_session_factory, session_scope
from knowledge.messages import Button, Reply
from knowledge.models import InboxUpdate
from scheduler import retention
from tests.conftest import FakeClock, build_deps
from tests.fake_telegram import TOKEN, FakeTelegram
from tests.fake_zalo import TOKEN as ZALO_TOKEN
from tests.fake_zalo import FakeZalo

ROOT = Path(__file__).resolve().parent.parent
TTL = dt.timedelta(seconds=30)


def upd(n: int, user: str) -> inbox.NewUpdate:
    return inbox.NewUpdate(str(n), user, {"update_id": n, "user": user})


def add(factory: sessionmaker[Session], clock: FakeClock, *updates: inbox.NewUpdate, channel: str = "telegram") -> int:
    with session_scope(factory) as s:
        return len(inbox.add(session=s, channel=channel, bot="1", updates=list(updates), now=clock.now()))


def claim(factory: sessionmaker[Session], clock: FakeClock, holder: str, limit: int = 10,
          channel: str = "telegram") -> list[inbox.Claimed]:
    with session_scope(factory) as s:
        return inbox.claim(session=s, channel=channel, bot="1", holder=holder, now=clock.now(), ttl=TTL, limit=limit)


def finish(factory: sessionmaker[Session], clock: FakeClock, c: inbox.Claimed) -> bool:
    with session_scope(factory) as s:
        return inbox.finish(session=s, claims=[c], now=clock.now()) == {c.id}


def test_a_repeated_update_is_kept_once(session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    assert add(session_factory, clock, upd(1, "a"), upd(2, "a")) == 2
    assert add(session_factory, clock, upd(1, "a")) == 0  # a webhook retry, or the same poll after a restart
    assert add(session_factory, clock, upd(1, "a"), channel="zalo") == 1  # another channel's id 1 is another update
    [first] = claim(session_factory, clock, "p1")
    assert (first.key, first.payload) == ("1", {"update_id": 1, "user": "a"})
    assert finish(session_factory, clock, first)
    assert add(session_factory, clock, upd(1, "a")) == 0  # still a repeat once processed
    assert add(session_factory, clock, upd(9, "a"), upd(9, "a")) == 1  # twice in one batch of webhook calls


def test_each_users_updates_are_taken_in_order_one_at_a_time(session_factory: sessionmaker[Session],
                                                             clock: FakeClock) -> None:
    add(session_factory, clock, upd(1, "a"), upd(2, "b"), upd(3, "a"), upd(4, "c"), upd(5, "b"))
    first = claim(session_factory, clock, "p1")
    assert [c.key for c in first] == ["1", "2", "4"]  # a's 3 and b's 5 wait for the earlier ones
    assert claim(session_factory, clock, "p2") == []  # another process gets nothing either
    assert finish(session_factory, clock, first[1])  # b's first is done
    assert [c.key for c in claim(session_factory, clock, "p2")] == ["5"]
    assert claim(session_factory, clock, "p2") == []  # a's first is still being processed by p1
    assert finish(session_factory, clock, first[0])
    [third] = claim(session_factory, clock, "p2")
    assert third.key == "3"


def test_an_expired_claim_is_taken_again_and_the_old_holder_is_fenced_off(
        session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    add(session_factory, clock, upd(1, "a"), upd(2, "a"))
    [mine] = claim(session_factory, clock, "killed")
    clock.advance(TTL / 2)
    assert claim(session_factory, clock, "other") == []  # still claimed
    clock.advance(TTL)  # the holder was killed: nothing renewed the claim
    [again] = claim(session_factory, clock, "other")
    assert (again.id, again.attempts) == (mine.id, 2)
    with session_scope(session_factory) as s, pytest.raises(inbox.ClaimLost):
        inbox.answered(session=s, claim=mine, answer=inbox.Answer("a", (Reply("x"),)), now=clock.now())
    assert not finish(session_factory, clock, mine)  # the old holder, should it wake up, cannot finish it
    answer = inbox.Answer("a", (Reply("Chào anh/chị", (Button("Có", "y", 1),)),), fallback_chat="g")
    with session_scope(session_factory) as s:
        inbox.answered(session=s, claim=again, answer=answer, now=clock.now())
    clock.advance(TTL * 2)  # killed again after answering, before the replies went out
    [third] = claim(session_factory, clock, "third")
    assert third.answer == answer  # the kept replies are sent again; the core does not run again
    assert finish(session_factory, clock, third)
    [nxt] = claim(session_factory, clock, "third")
    assert nxt.key == "2"


def test_a_process_never_takes_back_a_row_it_is_still_working_on(
        session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    """A lapsed claim of a row still in progress here (its renewal held up) is not this process's to take
    again: that would start a second turn on it. Other processes may take it; this one renews it late."""
    add(session_factory, clock, upd(1, "a"), upd(2, "b"))
    [first, _] = claim(session_factory, clock, "p1", limit=2)
    clock.advance(TTL * 2)
    with session_scope(session_factory) as s:
        again = inbox.claim(session=s, channel="telegram", bot="1", holder="p1", now=clock.now(), ttl=TTL,
                            limit=5, skip=[first.id])
    assert [c.key for c in again] == ["2"]  # the other lapsed row, not the one in progress
    [taken] = claim(session_factory, clock, "p2")
    assert taken.id == first.id


def test_claims_are_renewed_and_released(session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    add(session_factory, clock, upd(1, "a"), upd(2, "b"))
    mine = claim(session_factory, clock, "p1")
    clock.advance(TTL * 0.9)
    with session_scope(session_factory) as s:
        assert inbox.renew(session=s, claims=mine, now=clock.now(), ttl=TTL) == {c.id for c in mine}
    clock.advance(TTL * 0.9)
    assert claim(session_factory, clock, "p2") == []  # renewed: still p1's
    with session_scope(session_factory) as s:
        assert inbox.release(session=s, claims=mine) == 2  # a clean stop gives them back at once
    assert [c.key for c in claim(session_factory, clock, "p2")] == ["1", "2"]


def test_rows_taken_by_a_claim_still_under_way_when_the_worker_stops_are_given_back(
        session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    """A stop cancels the worker while its claim statement is still running in its thread (on a loaded
    machine it may run well after the stop began): what that statement takes is given back by the stop, not
    left claimed by a process that no longer works on it until the claim expires."""
    async def scenario() -> None:
        async def never(claim: inbox.Claimed) -> None:
            raise AssertionError("a stopping worker processes nothing")

        worker = InboxWorker(session_factory, channel="telegram", bot="1", holder="stopping", process=never,
                             now=clock.now, ttl=TTL.total_seconds())
        entered, go = threading.Event(), threading.Event()
        claim_now = worker._claim

        def late(limit: int, working: tuple[int, ...] = ()) -> tuple[dt.datetime, list[inbox.Claimed]]:
            entered.set()
            go.wait(10)
            return claim_now(limit, working)

        worker._claim = late  # type: ignore[method-assign]
        worker.start()
        await asyncio.to_thread(entered.wait, 10)
        stopping = asyncio.create_task(worker.stop())
        await asyncio.wait({worker._tasks[0]})  # the loop is cancelled; its claim has not run yet
        await asyncio.to_thread(add, session_factory, clock, upd(1, "u1"))
        go.set()
        await asyncio.wait_for(stopping, 10)

    asyncio.run(scenario())
    assert [c.key for c in claim(session_factory, clock, "next")] == ["1"]  # free at once, no expiry awaited


def _consume(engine_url: str, clock: FakeClock, holder: str, seen: list[tuple[str, str, int]],
             lock: threading.Lock, start: threading.Barrier) -> None:
    engine: Engine = make_engine(engine_url)
    factory = make_session_factory(engine)
    try:
        start.wait()
        idle = 0
        while idle < 3:
            got = claim(factory, clock, holder, limit=7)
            if not got:
                with factory() as s:
                    idle = idle + 1 if inbox.open_count(session=s) == 0 else 0
                continue
            idle = 0
            for c in got:
                with session_scope(factory) as s:
                    n = s.scalar(select(InboxUpdate.attempts).where(InboxUpdate.id == c.id))
                with lock:
                    seen.append((c.user, c.key, int(n or 0)))
                assert finish(factory, clock, c)
    finally:
        engine.dispose()


def test_two_consumers_process_every_update_exactly_once_each_users_in_order(db_url: str, clock: FakeClock,
                                                                             engine: Engine) -> None:
    factory = make_session_factory(engine)
    users = [f"u{i}" for i in range(12)]
    add(factory, clock, *(upd(n, users[n % len(users)]) for n in range(1, 301)))
    seen: list[tuple[str, str, int]] = []
    lock = threading.Lock()
    start = threading.Barrier(2)
    threads = [threading.Thread(target=_consume, args=(db_url, clock, h, seen, lock, start)) for h in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads)
    assert sorted(int(k) for _, k, _ in seen) == list(range(1, 301))  # each once
    per_user: dict[str, list[int]] = defaultdict(list)
    for user, key, _ in seen:
        per_user[user].append(int(key))
    assert all(keys == sorted(keys) for keys in per_user.values())  # each user's in order
    assert {a for _, _, a in seen} == {1}  # nobody took a row another had claimed


def test_done_rows_older_than_the_retention_age_are_deleted_in_batches(
        session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    add(session_factory, clock, *(upd(n, f"u{n}") for n in range(1, 8)))
    for c in claim(session_factory, clock, "p", limit=5):
        finish(session_factory, clock, c)
    clock.advance(dt.timedelta(days=91))
    add(session_factory, clock, upd(100, "new"))
    [recent] = claim(session_factory, clock, "p", limit=1)  # the oldest open one, finished just now
    assert recent.key == "6"
    finish(session_factory, clock, recent)
    purged = retention.purge(session_factory, now=clock.now(), policy=retention.Policy(days=90, batch=2))
    assert purged.counts["inbox_done"] == 5
    with session_factory() as s:
        left = sorted(s.scalars(select(InboxUpdate.update_key)), key=int)
    assert left == ["6", "7", "100"]  # 6 was finished just now; 7 and 100 are still open, however old


# ------------------------------------------------------------------ three processes, one killed

SECRET = "inbox_Secret-0123456789"
PER_USER = 10
# 30 users keep each process busy with several users at once: the kill found rows in flight in every run
# measured (4-13 rows taken again). Answering 300 updates costs the three processes about 3.5 s of CPU, 1,000
# cost about 11 s; starting them costs about 2 s each either way.
USERS = 30


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_three_webhook_processes_one_killed_every_acknowledged_update_answered_once_in_order(
        pg_url: str, tmp_path: Path) -> None:
    """Three `cadrebot run` processes on one PostgreSQL database, each with its own webhook port, get 300
    updates of 30 users (each user's sent one after another, spread over the processes, as Telegram does);
    one is killed with SIGKILL midway, and what it did not acknowledge is delivered again to another, as
    Telegram would. Every acknowledged update is answered; each user's answers come in order; an update is
    answered twice only if it was being processed by the killed process (its row was taken again)."""
    clock = FakeClock(dt.datetime.now(dt.UTC))
    build_deps(pg_url, clock).session_factory.kw["bind"].dispose()  # built-in knowledge, once, before the race
    ports = [_free_port() for _ in range(3)]

    async def start_bot(fake: FakeTelegram, port: int) -> asyncio.subprocess.Process:
        env = {**os.environ, "CADREBOT_DATABASE_URL": pg_url, "CADREBOT_SAMPLE_DATA": "false",
               "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake.api_url,
               "WEBHOOK_BASE_URL": f"http://127.0.0.1:{port}", "WEBHOOK_SECRET": SECRET,
               "WEBHOOK_LISTEN": f"127.0.0.1:{port}",
               # The killed process's inbox claims (and leases) are taken over after this many seconds.
               "CADREBOT_LEASE_SECONDS": "2", "PYTHONPATH": str(ROOT)}
        env.pop("ZALO_BOT_TOKEN", None)
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", cwd=str(tmp_path), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)

    async def ready(client: aiohttp.ClientSession, port: int) -> None:
        while True:
            with contextlib.suppress(aiohttp.ClientError):
                async with client.get(f"http://127.0.0.1:{port}/healthz") as resp:
                    if resp.status == 200:
                        return
            await asyncio.sleep(0.05)  # polling a process that is starting: nothing to wait on instead

    acked: dict[int, list[str]] = defaultdict(list)  # user -> the commands acknowledged, in sending order
    alive = [True, True, True]

    async def user(client: aiohttp.ClientSession, fake: FakeTelegram, uid: int) -> None:
        for n in range(PER_USER):
            command = f"/u{uid}n{n}"
            update = fake.message_update(uid, command)
            target = (uid + n) % 3
            while True:  # as Telegram does: an update not acknowledged is delivered again
                if alive[target]:
                    try:
                        async with client.post(f"http://127.0.0.1:{ports[target]}/webhook/telegram", json=update,
                                               headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as resp:
                            if resp.status == 200:
                                acked[uid].append(command)
                                break
                    except aiohttp.ClientError:
                        pass
                target = (target + 1) % 3

    def answered(fake: FakeTelegram) -> Counter[str]:
        return Counter(m.visible.split("«", 1)[1].split("»", 1)[0] for m in fake.sent if "«" in m.visible)

    async def scenario() -> None:
        async with FakeTelegram() as fake, aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=10), connector=aiohttp.TCPConnector(limit=0)) as client:
            procs = [await start_bot(fake, port) for port in ports]
            try:
                await asyncio.wait_for(asyncio.gather(*(ready(client, p) for p in ports)), 120)
                senders = asyncio.gather(*(user(client, fake, 1000 + u) for u in range(USERS)))
                await fake.wait_until(lambda: len(fake.sent) >= USERS * PER_USER * 0.4, timeout=120)
                procs[0].send_signal(signal.SIGKILL)  # midway, with updates in flight
                alive[0] = False
                await procs[0].wait()
                await asyncio.wait_for(senders, 120)
                total = sum(len(v) for v in acked.values())
                assert total == USERS * PER_USER
                await fake.wait_until(lambda: len(fake.sent) >= total, timeout=120)  # cheap, checked often
                await fake.wait_until(lambda: set(answered(fake)) >= {c for v in acked.values() for c in v},
                                      timeout=120)
                engine = make_engine(pg_url)
                try:
                    async def all_done() -> None:
                        while True:
                            with engine.connect() as conn:
                                if not conn.scalar(select(func.count()).select_from(InboxUpdate).where(
                                        InboxUpdate.state != "done")):
                                    return
                            await asyncio.sleep(0.05)
                    await asyncio.wait_for(all_done(), 60)  # every row done: no reply still to come
                    with engine.connect() as conn:
                        retaken = list(conn.scalars(select(InboxUpdate.payload).where(InboxUpdate.attempts > 1)))
                        keys = conn.scalar(select(func.count()).select_from(InboxUpdate))
                finally:
                    engine.dispose()
            finally:
                for p in procs[1:]:
                    if p.returncode is None:
                        p.send_signal(signal.SIGTERM)
                for p in procs:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(p.wait(), 15)
                    if p.returncode is None:
                        p.kill()
            counts = answered(fake)
            assert keys == USERS * PER_USER  # every update kept once, whichever process it reached and how often
            assert set(counts) == {c for v in acked.values() for c in v}
            twice = {c for c, n in counts.items() if n > 1}
            assert all(n <= 2 for n in counts.values())
            assert len(twice) <= TelegramConfig(token=TOKEN).max_concurrent_updates  # the killed one's in flight
            assert {c for c in twice if not any(f'"{c}"' in r for r in retaken)} == set()
            for uid, commands in acked.items():
                got = [m.visible.split("«", 1)[1].split("»", 1)[0] for m in fake.to(uid) if "«" in m.visible]
                in_order = [c for i, c in enumerate(got) if i == 0 or got[i - 1] != c]  # a repeat comes right after
                assert in_order == commands

    asyncio.run(scenario())


# ------------------------------------------------------------------ through the channels

async def _post(server: WebServer, path: str, update: dict[str, object], header: str) -> int:
    async with aiohttp.ClientSession() as client, client.post(
            f"http://127.0.0.1:{server.port}{path}", json=update, headers={header: SECRET}) as resp:
        return resp.status


def test_an_acknowledged_update_is_answered_by_the_next_process_and_a_repeat_after_a_restart_is_not(
        any_deps: Deps) -> None:
    """Telegram by webhook: the update is kept before the 200; the process is gone before processing it (a
    kill); the next process answers it; Telegram delivers it once more, after that restart: not answered."""
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            config = TelegramConfig(token=TOKEN, api_url=fake.api_url, webhook_url="http://127.0.0.1:1",
                                    webhook_secret=SECRET)
            first = TelegramChannel(config, any_deps)  # serves the webhook, never gets to process anything
            server = WebServer("127.0.0.1:0", health=_healthy)
            server.add_webhook(TG_WEBHOOK, first.handle_webhook)
            await server.start()
            update = fake.message_update(701, "/help")
            try:
                assert await _post(server, TG_WEBHOOK, update, "X-Telegram-Bot-Api-Secret-Token") == 200
            finally:
                await server.stop()
            assert fake.sent == []  # acknowledged, and then the process was gone
            second = TelegramChannel(config, any_deps)
            assert await second.start()
            try:
                [reply] = await fake.wait_sent(1, chat_id=701)
                assert reply.visible.startswith("Hướng dẫn sử dụng")
                await _wait_done(any_deps)
                server = WebServer("127.0.0.1:0", health=_healthy)
                server.add_webhook(TG_WEBHOOK, second.handle_webhook)
                await server.start()
                try:
                    assert await _post(server, TG_WEBHOOK, update, "X-Telegram-Bot-Api-Secret-Token") == 200
                    await fake.send_text(702, "/help")  # a later update, to know the repeat was seen first
                    assert await _post(server, TG_WEBHOOK, fake.updates.pop(), "X-Telegram-Bot-Api-Secret-Token") == 200
                    await fake.wait_sent(1, chat_id=702)
                finally:
                    await server.stop()
            finally:
                await second.stop()
            assert len(fake.to(701)) == 1

    asyncio.run(scenario())


async def _healthy() -> dict[str, object]:
    return {"status": "ok"}


async def _wait_done(deps: Deps) -> None:
    def open_rows() -> int:
        with deps.session_factory() as s:
            return inbox.open_count(session=s)

    while await asyncio.to_thread(open_rows):
        await asyncio.sleep(0.01)  # the row is marked done just after the reply: nothing announces it


def test_a_claim_of_a_killed_process_is_taken_over_and_the_zalo_repeat_is_ignored(any_deps: Deps,
                                                                                   clock: FakeClock) -> None:
    """Zalo by webhook: a process takes the update and dies while its reply is on the way (its claim stays);
    once the claim has expired another process answers it. The same message again is ignored."""
    async def scenario() -> None:
        async with FakeZalo() as fake:
            config = ZaloConfig(token=ZALO_TOKEN, api_url=fake.api_url, webhook_url="http://127.0.0.1:1",
                                webhook_secret=SECRET)
            first = ZaloChannel(config, any_deps)
            held = asyncio.Event()

            async def stuck(chat_id: str, replies: object) -> None:
                held.set()
                await asyncio.Event().wait()  # never sent: the process dies here

            first.send_replies = stuck  # type: ignore[method-assign,assignment]
            assert await first.start()
            update = fake.message("z70", "/help")
            assert await first.accept(update)
            await asyncio.wait_for(held.wait(), 10)
            await first.inbox.crash()  # SIGKILL: the claim is not given back
            second = ZaloChannel(config, any_deps)
            assert await second.start()
            try:
                with any_deps.session_factory() as s:
                    [row] = s.scalars(select(InboxUpdate)).all()
                    assert row.state == "answered"  # the core ran once; its reply is kept
                clock.advance(dt.timedelta(seconds=31))  # the claim expires
                second.inbox.wake()
                [reply] = await fake.wait_sent(1, chat_id="z70")
                assert "Hướng dẫn sử dụng" in reply.text
                assert await second.accept(update)  # a redelivery: acknowledged, not kept again
                assert await second.accept(fake.message("z70", "/hoso"))  # a later one, answered after it
                await fake.wait_sent(2, chat_id="z70")
            finally:
                await second.stop()
                await first.client.close()
            assert len(fake.to("z70")) == 2

    asyncio.run(scenario())


def test_a_live_process_whose_claim_lapsed_sends_nothing_once_taken_and_renews_late_if_not(
        any_deps: Deps, clock: FakeClock) -> None:
    """A process that is alive but whose renewals were held up past the claim's time to live (a loaded
    machine): if another process took the row meanwhile, it sends nothing, the taker having the kept reply
    to send; if nobody took it, the overdue renewal is made just before sending and the reply goes out."""
    async def scenario() -> None:
        async with FakeZalo() as fake:
            config = ZaloConfig(token=ZALO_TOKEN, api_url=fake.api_url, webhook_url="http://127.0.0.1:1",
                                webhook_secret=SECRET)
            channel = ZaloChannel(config, any_deps)
            taken: list[inbox.Claimed] = []
            outcomes: list[str] = []
            handled = asyncio.Event()
            run_core, process = channel.run_core, channel.inbox.process

            def take_over() -> list[inbox.Claimed]:
                with session_scope(any_deps.session_factory) as s:
                    return inbox.claim(session=s, channel=channel.name, bot=channel.inbox.bot, holder="other",
                                       now=clock.now(), ttl=TTL, limit=10)

            async def stalled(msg: Any, claim: inbox.Claimed | None, chat: str, fallback: str | None) -> Any:
                replies = await run_core(msg, claim, chat, fallback)
                clock.advance(dt.timedelta(seconds=31))  # no renewal came in time: the claim has expired
                if msg.user_id == "z80":
                    taken.extend(await asyncio.to_thread(take_over))
                return replies

            async def watched(claim: inbox.Claimed) -> None:
                try:
                    await process(claim)
                    outcomes.append("sent")
                except inbox.ClaimLost:
                    outcomes.append("lost")
                    raise
                finally:
                    handled.set()

            async def held_up() -> None:
                # The premise: no renewal comes in time. The real renewer sleeps a third of the claim's time in
                # real seconds, so on a loaded machine it could run inside the test and renew at the moved clock.
                await asyncio.Event().wait()

            channel.run_core = stalled  # type: ignore[method-assign]
            channel.inbox.process = watched
            channel.inbox._renew = held_up  # type: ignore[method-assign]
            assert await channel.start()
            try:
                assert await channel.accept(fake.message("z80", "/help"))
                await asyncio.wait_for(handled.wait(), 10)
                assert outcomes == ["lost"]
                assert fake.to("z80") == []  # not sent by this process as well as by the taker
                [row] = taken
                assert row.answer is not None and row.answer.replies  # the taker sends the kept reply
                with session_scope(any_deps.session_factory) as s:  # and is done with it, before its claim lapses
                    assert inbox.finish(session=s, claims=taken, now=clock.now()) == {row.id}
                handled.clear()
                assert await channel.accept(fake.message("z81", "/help"))
                await asyncio.wait_for(handled.wait(), 10)
                assert outcomes == ["lost", "sent"]
                [reply] = await fake.wait_sent(1, chat_id="z81")
                assert "Hướng dẫn sử dụng" in reply.text
            finally:
                await channel.stop()

    asyncio.run(scenario())


def test_a_polled_batch_that_cannot_be_kept_is_asked_for_again_not_confirmed(deps: Deps) -> None:
    """Telegram polling: the next getUpdates confirms the batch before it; if the batch cannot be written to
    the inbox, PTB is told the call failed, asks for the same batch again, and it is answered once."""
    async def scenario() -> None:
        async with FakeTelegram() as fake:
            channel = TelegramChannel(TelegramConfig(token=TOKEN, api_url=fake.api_url, poll_timeout=1), deps)
            store = channel.inbox.store
            failed: list[int] = []

            async def flaky(updates: list[inbox.NewUpdate]) -> int:
                if not failed:
                    failed.append(len(updates))
                    raise OperationalError("INSERT", {}, Exception("the database is away"))
                return await store(updates)

            channel.inbox.store = flaky  # type: ignore[method-assign]
            assert await channel.start()
            try:
                await fake.send_text(731, "/help")
                [reply] = await fake.wait_sent(1, chat_id=731)
                assert reply.visible.startswith("Hướng dẫn sử dụng")
                await _wait_done(deps)
            finally:
                await channel.stop()
            assert failed == [1]
            assert len(fake.to(731)) == 1

    asyncio.run(scenario())


def test_the_quanly_link_is_in_no_table_once_the_reply_went_out(any_deps: Deps) -> None:
    """The kept replies serve a crash between the commit and the send; once sent they go, so the one-time
    sign-in link in a /quanly reply is not readable from the inbox for the retention time (security review)."""
    import dataclasses
    import re

    from knowledge.models import Base
    from tests.people import make_organiser

    deps = dataclasses.replace(any_deps, public_url="https://daotao.example.vn")
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", "703", "LS")

    async def scenario() -> str:
        async with FakeTelegram() as fake:
            config = TelegramConfig(token=TOKEN, api_url=fake.api_url, webhook_url="http://127.0.0.1:1",
                                    webhook_secret=SECRET)
            channel = TelegramChannel(config, deps)
            server = WebServer("127.0.0.1:0", health=_healthy)
            server.add_webhook(TG_WEBHOOK, channel.handle_webhook)
            await server.start()
            assert await channel.start()
            try:
                update = fake.message_update(703, "/quanly")
                assert await _post(server, TG_WEBHOOK, update, "X-Telegram-Bot-Api-Secret-Token") == 200
                [reply] = await fake.wait_sent(1, chat_id=703)
                await _wait_done(deps)
            finally:
                await channel.stop()
                await server.stop()
            found = re.search(r"\?t=([A-Za-z0-9_-]+)", reply.visible)
            assert found, reply.visible
            return found.group(1)

    token = asyncio.run(scenario())
    with deps.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state == "done")) == 1
        for table in Base.metadata.sorted_tables:
            for row in s.execute(table.select()):
                assert token not in repr(tuple(row)), table.name


def test_replies_are_kept_until_the_row_is_done(session_factory: sessionmaker[Session], clock: FakeClock) -> None:
    add(session_factory, clock, upd(1, "a"))
    [c] = claim(session_factory, clock, "p1")
    with session_scope(session_factory) as s:
        inbox.answered(session=s, claim=c, answer=inbox.Answer("a", (Reply("bí mật"),)), now=clock.now())
    with session_factory() as s:
        assert "bí mật" in (s.scalar(select(InboxUpdate.replies)) or "")  # a crash now: the next taker sends it
    assert finish(session_factory, clock, c)
    with session_factory() as s:
        assert s.scalar(select(InboxUpdate.replies)) is None
