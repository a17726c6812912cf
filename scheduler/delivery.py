"""The delivery engine: a sender per channel, the reminder planner, closing finished jobs, and retention.

Every process runs a `Delivery` over the channels it has tokens for. Each channel has its own lease
(scheduler/leader.py): the process holding `sender:<channel>` runs that channel's pacer, so Telegram and
Zalo may be served by different processes. The `planner` lease's holder plans reminders, closes finished
jobs (queuing their reports through the outbox too), deletes old rows (retention) and watches for channels
nobody has served for a while: their messages stay pending (another process may serve them later) and
are shown in /healthz and the log instead of being failed. A passive process tries again every `retry`
seconds, so it takes over within the lease's time to live after a holder dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from knowledge import outbox
from knowledge.db import session_scope
from knowledge.wording import Wording
from scheduler import retention
from scheduler.leader import (
    DEFAULT_TTL,
    PLANNER_LEASE,
    Leadership,
    Unserved,
    holder_id,
    sender_lease,
    unserved_channels,
)
from scheduler.pacer import Pacer, PacerConfig, Sender
from scheduler.planner import Planner

log = logging.getLogger(__name__)

T = TypeVar("T")

UNSERVED_CHECK_SECONDS = 60.0  # how often the planner's holder looks for channels nobody serves
UNSERVED_GRACE_SECONDS = 300.0  # a sender lease expired (or never taken) this long means nobody serves it
RETENTION_EVERY_SECONDS = 3600.0


class Delivery:
    """Holds the leases this process can use and runs what each one stands for."""

    def __init__(self, engine: Engine, session_factory: sessionmaker[Session], senders: Sequence[Sender], *,
                 now: Callable[[], dt.datetime], tz: dt.tzinfo, wording: Wording, configs: dict[str, PacerConfig] | None = None,
                 retry: float = 10.0, tick: float = 1.0, planner: Planner | None = None,
                 lease_ttl: float = DEFAULT_TTL, retention_policy: retention.Policy | None = None,
                 bot_ids: dict[str, str] | None = None, unserved_grace: float = UNSERVED_GRACE_SECONDS) -> None:
        self.engine = engine
        self.factory = session_factory
        self.senders = list(senders)
        self.now = now
        self.tz = tz
        self.wording = wording  # the words of the delivery reports (handlers.notices, wired in bot/)
        self.configs = configs or {}
        # Seconds between attempts to take a lease. At least three looks per lease lifetime, so a dead
        # holder's lease is taken over about as soon as it expires also when the lease is short
        # (CADREBOT_LEASE_SECONDS=2 waited 10 s more than the lease itself); the defaults are unchanged.
        self.retry = min(retry, lease_ttl / 3)
        self.tick = tick  # seconds between closing finished jobs and renewing the leases
        self.planner = planner
        self.retention = retention_policy or retention.Policy()
        holder = holder_id()
        self.leadership = Leadership(session_factory, PLANNER_LEASE, now=now, ttl=lease_ttl, holder=holder)
        self.sender_leases = {
            s.name: Leadership(session_factory, sender_lease(s.name), now=now, ttl=lease_ttl, holder=holder,
                               detail=f"bot {(bot_ids or {}).get(s.name, '?')}")
            for s in self.senders}
        if planner is not None:
            planner.on_queued = self.poke  # a reminder just queued goes out now, not at the next look
        self.pacers: dict[str, Pacer] = {}
        self.leading = asyncio.Event()  # this process holds the planner lease
        self.sending = {s.name: asyncio.Event() for s in self.senders}  # this process sends for the channel
        self.unserved: list[Unserved] = []
        self.unserved_grace = dt.timedelta(seconds=unserved_grace)
        self._began = now()
        self._stopping = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        # Statements still running in a thread for this delivery (taking, renewing a lease, closing jobs).
        self._threads: set[asyncio.Future[Any]] = set()
        self._last_unserved = -UNSERVED_CHECK_SECONDS
        self._last_retention = -RETENTION_EVERY_SECONDS

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._hold(self.leadership, self._lead, self._unlead, self._coordinate),
                                           name="delivery-planner")]
        for sender in self.senders:
            lease = self.sender_leases[sender.name]
            self._tasks.append(asyncio.create_task(self._hold(
                lease, self._sender_up(sender, lease), self._sender_down(sender.name), None),
                name=f"delivery-{sender.name}"))

    def poke(self) -> None:
        for pacer in self.pacers.values():
            pacer.poke()

    async def stop(self, drain: float = 3.0) -> None:
        """Stop sending (in-flight sends get `drain` seconds) and give up every lease."""
        await self._shut(drain, give_up=True)

    async def crash(self) -> None:
        """Stop everything without giving up the leases, as a SIGKILL would (tests): they must expire."""
        for lease in (self.leadership, *self.sender_leases.values()):
            lease.abandon()
        await self._shut(0.0, give_up=False)

    async def _shut(self, drain: float, *, give_up: bool) -> None:
        self._stopping.set()
        await self._stop_pacers(drain)
        await self._unlead()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        # Cancelling a task cannot stop the statement its thread is running: a lease taken or renewed after
        # the stop began would stay held by a process that no longer works under it until it expires (never,
        # under a fixed clock). Wait for those statements, then give up (or forget) what they took.
        while self._threads:
            await asyncio.gather(*self._threads, return_exceptions=True)
        for lease in (self.leadership, *self.sender_leases.values()):
            if give_up:
                await asyncio.to_thread(lease.release)
            else:
                lease.abandon()

    async def _in_thread(self, call: Callable[..., T], *args: object) -> T:
        """`asyncio.to_thread`, but the statement is shielded and known to `stop`, which waits for it."""
        future: asyncio.Future[T] = asyncio.ensure_future(asyncio.to_thread(call, *args))
        self._threads.add(future)
        future.add_done_callback(self._threads.discard)
        return await asyncio.shield(future)

    async def _stop_pacers(self, drain: float) -> None:
        pacers, self.pacers = list(self.pacers.values()), {}
        for event in self.sending.values():
            event.clear()
        if pacers:
            await asyncio.gather(*(p.stop(drain) for p in pacers))

    async def _wait(self, seconds: float) -> bool:
        """Sleep unless stopping; True when stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        return self._stopping.is_set()

    async def _hold(self, lease: Leadership, gained: Callable[[], Awaitable[None]],
                    lost: Callable[[], Awaitable[None]], work: Callable[[], Awaitable[None]] | None) -> None:
        """Take `lease` when free, run what it stands for while it is held, stop that when it is lost."""
        while not self._stopping.is_set():
            if not await self._in_thread(lease.try_acquire):
                if await self._wait(self.retry):
                    return
                continue
            if self._stopping.is_set():
                return  # taken while stopping: `stop` gives it back; starting its work now would outlive it
            await gained()
            while not self._stopping.is_set():
                if work is not None:
                    await work()
                if await self._wait(self.tick):
                    return
                if not await self._in_thread(lease.still_held):
                    log.warning("lost the lease %s; its work stops until it is regained", lease.name)
                    await lost()
                    break

    # -------------------------------------------------------------- senders

    def _sender_up(self, sender: Sender, lease: Leadership) -> Callable[[], Awaitable[None]]:
        async def up() -> None:
            log.info("this process sends the %s outbox", sender.name)
            pacer = Pacer(sender, self.factory, now=self.now, config=self.configs.get(sender.name),
                          guard=lease.guard)
            self.pacers[sender.name] = pacer
            pacer.start()
            self.sending[sender.name].set()
        return up

    def _sender_down(self, name: str) -> Callable[[], Awaitable[None]]:
        async def down() -> None:
            self.sending[name].clear()
            pacer = self.pacers.pop(name, None)
            if pacer is not None:
                await pacer.stop(3.0)
        return down

    # -------------------------------------------------------------- the planner's holder

    async def _lead(self) -> None:
        log.info("this process plans reminders and closes finished jobs")
        if self.planner is not None:
            await self.planner.start()
        self.leading.set()

    async def _unlead(self) -> None:
        self.leading.clear()
        if self.planner is not None:
            await self.planner.stop()

    async def _coordinate(self) -> None:
        await self.finish_jobs()
        if time.monotonic() - self._last_unserved >= UNSERVED_CHECK_SECONDS:
            self._last_unserved = time.monotonic()
            await self.check_unserved()
        if time.monotonic() - self._last_retention >= RETENTION_EVERY_SECONDS:
            self._last_retention = time.monotonic()
            await self.purge()

    async def check_unserved(self) -> list[Unserved]:
        """Channels with messages waiting that no process has served for a while: logged, never failed."""
        def read() -> list[Unserved]:
            with session_scope(self.factory) as session:
                found = unserved_channels(session=session, now=self.now(), grace=self.unserved_grace)
            # A channel no process has ever served counts once this process has run for the grace period
            # (the other process may simply be starting).
            young = self.now() - self._began < self.unserved_grace
            return [u for u in found if not (young and u.since is None)]

        try:
            self.unserved = await self._in_thread(read)
        except SQLAlchemyError as exc:
            log.warning("outbox: could not look for unserved channels (%s)", type(exc).__name__)
            return self.unserved
        for u in self.unserved:
            log.warning("outbox: %d messages for %s wait and no process has sent for it %s; start a process "
                        "with that channel's token", u.pending, u.channel,
                        f"since {u.since.isoformat(timespec='seconds')}" if u.since else "yet")
        return self.unserved

    async def purge(self) -> retention.Purged:
        """Delete what the retention policy says is old enough (in batches, each its own transaction)."""
        try:
            purged = await self._in_thread(
                lambda: retention.purge(self.factory, now=self.now(), policy=self.retention))
        except SQLAlchemyError as exc:
            log.warning("retention: could not delete old rows (%s); will retry", type(exc).__name__)
            return retention.Purged()
        if purged.total:
            log.info("retention: deleted %s", purged)
        return purged

    async def finish_jobs(self) -> list[int]:
        """Close finished jobs and queue their reports; returns the ids closed."""

        def work() -> list[int]:
            with session_scope(self.factory) as session:
                now = self.now()
                closed = outbox.finish_jobs(session=session, now=now)
                for job in closed:
                    outbox.report_finished(session=session, job=job, now=now, tz=self.tz, wording=self.wording)
                return [j.id for j in closed]

        try:
            closed = await self._in_thread(work)
        except SQLAlchemyError as exc:
            log.warning("outbox: could not close finished jobs (%s); will retry", type(exc).__name__)
            return []
        if closed:
            log.info("outbox: jobs finished: %s", closed)
            self.poke()  # their reports are due now
        return closed
