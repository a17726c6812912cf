"""The inbox worker of one channel in one process: keeps what arrives, and takes rows to process.

`store` is what a webhook handler or a poller awaits before it acknowledges anything (knowledge/inbox.py says
why and what is guaranteed). Updates arriving together are written in one transaction (a webhook under load
gets dozens of calls at once), each caller still answered only once its update is committed.

The worker takes as many rows as it has free slots and hands each to the channel's `process` (which runs the
core off the event loop and sends the replies). Rows whose replies went out are marked done at once by a
finisher, those finishing together in one transaction: the time between a reply's sending and its row's
`done` is the only time a SIGKILL makes a reply go out twice, so it is kept short. The worker wakes when this process stores or finishes a row, when another process adds one
(PostgreSQL LISTEN/NOTIFY on a connection of its own), and otherwise every `poll` seconds (rows of a killed
process whose claims expired, or a database without notifications, such as SQLite or PgBouncer in
transaction mode). Claims of the rows in progress are renewed every third of their time to live, on a thread
of their own (a renewal never queues behind other inbox work); a clean stop gives unfinished ones back.

A process whose renewals were held up (a loaded machine: the loop or the database late by more than the
claim's time to live) may have lost a claim to another process without knowing it yet. Before it sends a
reply it therefore checks that the claim is still its own with enough time left (`hold`): a renewal that is
overdue is done then and there, and a claim found taken over raises `ClaimLost`, so nothing is sent twice
by two live processes; only a process that dies between sending and marking done repeats a reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from knowledge import inbox
from knowledge.db import session_scope

log = logging.getLogger(__name__)

Process = Callable[[inbox.Claimed], Awaitable[None]]
T = TypeVar("T")


class InboxWorker:
    """Store and process one (channel, bot)'s updates; `start` and `stop` on the channel's event loop."""

    def __init__(self, factory: sessionmaker[Session], *, channel: str, bot: str, holder: str,
                 process: Process, now: Callable[[], dt.datetime], ttl: float = 30.0, concurrency: int = 16,
                 poll: float = 1.0) -> None:
        self.factory = factory
        self.channel = channel
        self.bot = bot
        self.holder = holder
        self.process = process
        self.now = now
        self.ttl = dt.timedelta(seconds=ttl)
        self.concurrency = concurrency
        self.poll = poll
        self.processed = 0  # rows finished by this process (tests, bench)
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._inflight: dict[int, tuple[inbox.Claimed, asyncio.Task[None]]] = {}
        # The `now` each claim's deadline was last set from (claimed or renewed): how much time it has left.
        self._renewed: dict[int, dt.datetime] = {}
        self._finished: list[inbox.Claimed] = []  # processed, to be marked done by the finisher
        self._finish_now = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._writes: list[tuple[Sequence[inbox.NewUpdate], asyncio.Future[int]]] = []
        # Threads of the inbox's own, so its short transactions never queue behind other blocking work (the
        # loop's default executor also runs the pacer's and the leases' work). Marking rows done has a lane
        # of its own: the time between a reply's sending and its row's `done` is kept short.
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix=f"inbox-{channel}")
        self._lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"inbox-{channel}-done")
        self._keep = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"inbox-{channel}-renew")
        self._writer: asyncio.Task[None] | None = None
        self._claiming: asyncio.Future[tuple[dt.datetime, list[inbox.Claimed]]] | None = None

    # -------------------------------------------------------------- receiving

    async def store(self, updates: Sequence[inbox.NewUpdate]) -> int:
        """Keep updates durably (raises SQLAlchemyError when the database cannot); how many were new."""
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._writes.append((updates, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_all(), name=f"inbox-{self.channel}-write")
        return await done

    async def _write_all(self) -> None:
        """Write what is waiting, in arrival order, one transaction per batch, until nothing waits."""
        while self._writes:
            batch, self._writes = self._writes, []

            def write(batch: list[tuple[Sequence[inbox.NewUpdate], asyncio.Future[int]]] = batch) -> set[str]:
                with session_scope(self.factory) as session:
                    return inbox.add(session=session, channel=self.channel, bot=self.bot,
                                     updates=[u for updates, _ in batch for u in updates], now=self.now())

            try:
                new = await self._in(self._io, write)
            except Exception as exc:  # every caller learns it was not kept, and does not acknowledge
                for _, fut in batch:
                    if not fut.done():
                        fut.set_exception(exc)
                continue
            for updates, fut in batch:
                if not fut.done():
                    fut.set_result(sum(u.key[:64] in new for u in updates))
            if new:
                self._wake.set()

    async def _in(self, pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)

    def wake(self) -> None:
        self._wake.set()

    # -------------------------------------------------------------- life cycle

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._run(), name=f"inbox-{self.channel}"),
                       asyncio.create_task(self._finisher(), name=f"inbox-{self.channel}-finish"),
                       asyncio.create_task(self._renew(), name=f"inbox-{self.channel}-renew")]
        url = self.factory.kw["bind"].url
        if url.get_backend_name() == "postgresql":
            self._tasks.append(asyncio.create_task(self._listen(url.set(drivername="postgresql").render_as_string(
                hide_password=False)), name=f"inbox-{self.channel}-listen"))

    async def stop(self, drain: float = 5.0) -> None:
        """Take nothing more; let the updates in progress finish for `drain` seconds, give the rest back."""
        self._stopping.set()
        self._wake.set()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        running = [t for _, t in self._inflight.values()]
        if running:
            await asyncio.wait(running, timeout=drain)
        left = [c for c, t in self._inflight.values() if not t.done()]
        claiming, self._claiming = self._claiming, None
        if claiming is not None:  # a claim was under way when the loop stopped: what it took goes back too
            with contextlib.suppress(SQLAlchemyError):
                left.extend((await claiming)[1])
        for _, task in self._inflight.values():
            task.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)
        with contextlib.suppress(SQLAlchemyError):
            if self._finished:
                await self._in(self._lane, self._finish, self._finished)
            if left:
                await self._in(self._lane, self._release, left)
        self._io.shutdown(wait=False)
        self._lane.shutdown(wait=False)
        self._keep.shutdown(wait=False)

    async def crash(self) -> None:
        """Stop at once, keeping every claim, as a SIGKILL would (tests): the claims must expire."""
        self._stopping.set()
        for task in [*self._tasks, *(t for _, t in self._inflight.values())]:
            task.cancel()
        await asyncio.gather(*self._tasks, *(t for _, t in self._inflight.values()), return_exceptions=True)

    def _release(self, claims: list[inbox.Claimed]) -> None:
        with session_scope(self.factory) as session:
            inbox.release(session=session, claims=claims)

    # -------------------------------------------------------------- processing

    async def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            free = self.concurrency - len(self._inflight)
            at: dt.datetime | None = None
            got: list[inbox.Claimed] = []
            if free > 0:
                # Shielded: cancelling the loop (a stop) cannot stop the statement in its thread, and rows it
                # takes after the cancel must still be given back by `stop`, not sit claimed until expiry.
                self._claiming = asyncio.get_running_loop().run_in_executor(self._io, self._claim, free,
                                                                            tuple(self._inflight))
                try:
                    at, got = await asyncio.shield(self._claiming)
                    self._claiming = None
                except SQLAlchemyError as exc:
                    self._claiming = None
                    log.warning("inbox %s: cannot take updates (%s); retrying", self.channel, type(exc).__name__)
            for c in got:
                assert at is not None
                self._renewed[c.id] = at
                self._inflight[c.id] = (c, asyncio.create_task(self._one(c), name=f"inbox-row-{c.id}"))
            if got and len(got) == free:
                continue  # all slots used; more may be waiting
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll)

    def _claim(self, limit: int, working: tuple[int, ...] = ()) -> tuple[dt.datetime, list[inbox.Claimed]]:
        # The rows still in progress here are never taken again by this process, even when their claim lapsed
        # (a renewal held up on a loaded machine): that would start a second turn on one row.
        now = self.now()
        with session_scope(self.factory) as session:
            return now, inbox.claim(session=session, channel=self.channel, bot=self.bot, holder=self.holder,
                                    now=now, ttl=self.ttl, limit=limit, skip=working)

    def _forget(self, claim_id: int) -> None:
        self._inflight.pop(claim_id, None)
        self._renewed.pop(claim_id, None)

    async def _finisher(self) -> None:
        while not self._stopping.is_set():
            await self._finish_now.wait()
            self._finish_now.clear()
            batch, self._finished = self._finished, []
            if not batch:
                continue
            try:
                await self._in(self._lane, self._finish, batch)
            except SQLAlchemyError as exc:
                self._finished[:0] = batch  # tried again with the next ones; the claims are still renewed
                log.warning("inbox %s: could not mark updates done (%s)", self.channel, type(exc).__name__)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), self.poll)
                self._finish_now.set()
                continue
            for c in batch:  # their slots are free only now: a killed process holds at most `concurrency` rows
                self._forget(c.id)
            self._wake.set()  # these users' next updates may be taken now

    def _finish(self, batch: list[inbox.Claimed]) -> None:
        with session_scope(self.factory) as session:
            self.processed += len(inbox.finish(session=session, claims=batch, now=self.now()))

    async def _one(self, claim: inbox.Claimed) -> None:
        finished = False
        try:
            if claim.attempts > inbox.MAX_ATTEMPTS:
                log.error("inbox %s: update %s was taken %d times without finishing; given up", self.channel,
                          claim.key, claim.attempts - 1)
                finished = True
            else:
                try:
                    await self.process(claim)
                    finished = True
                except inbox.ClaimLost:
                    log.info("inbox %s: update %s was taken over by another process", self.channel, claim.key)
        except asyncio.CancelledError:
            raise
        except Exception:  # the row stays claimed: taken again once the claim expires
            log.exception("inbox %s: update %s could not be processed", self.channel, claim.key)
        finally:
            if finished:  # the slot stays taken until the finisher has marked the row done
                self._finished.append(claim)
                self._finish_now.set()
            else:
                self._forget(claim.id)
                self._wake.set()

    async def _renew(self) -> None:
        every = self.ttl.total_seconds() / 3
        while not self._stopping.is_set():
            await asyncio.sleep(every)
            claims = [c for c, _ in self._inflight.values()]
            if not claims:
                continue
            try:
                held = await self._extend(claims)
            except SQLAlchemyError as exc:
                log.warning("inbox %s: could not renew claims (%s)", self.channel, type(exc).__name__)
                continue
            lost = [c.key for c in claims if c.id not in held and c.id in self._inflight]
            if lost:
                log.warning("inbox %s: claims on %d updates were lost", self.channel, len(lost))

    async def _extend(self, claims: list[inbox.Claimed]) -> set[int]:
        """Renew these claims now; the ids of those still this process's."""
        def work() -> tuple[dt.datetime, set[int]]:
            now = self.now()
            with session_scope(self.factory) as session:
                return now, inbox.renew(session=session, claims=claims, now=now, ttl=self.ttl)

        now, held = await self._in(self._keep, work)
        for c in claims:
            if c.id in held and c.id in self._renewed:
                self._renewed[c.id] = max(self._renewed[c.id], now)
        return held

    async def hold(self, claim: inbox.Claimed) -> None:
        """Call right before sending a claimed row's replies: returns when the claim is this process's with at
        least half its time to live left, renewing it first if its renewal is overdue; raises `ClaimLost` when
        another process took the row meanwhile (that process sends the replies kept in the row instead)."""
        last = self._renewed.get(claim.id)
        if last is not None and self.now() - last < self.ttl / 2:
            return
        if claim.id not in await self._extend([claim]):
            raise inbox.ClaimLost(f"inbox row {claim.id}")

    async def _listen(self, conninfo: str) -> None:
        """Wake whenever another process adds or finishes a row (PostgreSQL NOTIFY); reconnect on failure."""
        import psycopg

        while not self._stopping.is_set():
            try:
                conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True, connect_timeout=5)
                async with conn:
                    await conn.execute(f"LISTEN {inbox.INBOX_CHANNEL}")
                    self._wake.set()  # rows may have arrived while not listening
                    async for _ in conn.notifies():
                        self._wake.set()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # no notifications: the poll still finds everything, just later
                log.warning("inbox %s: cannot listen for notifications (%s); polling every %.0f s", self.channel,
                            type(exc).__name__, self.poll)
                await asyncio.sleep(30)
