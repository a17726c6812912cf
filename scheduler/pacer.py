"""The pacer: sends one channel's due outbox messages within the platform's limits, recording every outcome.

Limits (DESIGN.md): a global rate (Telegram 25 msg/s by default, under its ~30), at most one message per
chat per second, at most 8 sends in flight, a 429's `retry_after` pauses the whole channel. Permanent errors
(blocked, chat not found) are recorded and never retried; transient ones (5xx, timeouts) come back after a
bounded exponential backoff. An outcome is written as soon as the send returns, and no new send starts while
outcomes cannot be written (the database is down), so a crash can repeat at most the sends in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from knowledge import outbox
from knowledge.db import session_scope
from knowledge.messages import Reply

log = logging.getLogger(__name__)

OUTAGE_AFTER = 3  # transient failures in a row that mean an outage rather than one chat's bad luck
Monotonic = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class OutMessage:
    """What a sender is asked to deliver: the same Reply the core gives in a conversation, and an optional .ics
    calendar that channels able to send files attach."""

    reply: Reply
    calendar: str | None = None


class SendError(Exception):
    """A failed send. `kind`: "blocked" or "failed" (permanent), "transient", or "rate" (slow down)."""

    def __init__(self, reason: str, *, kind: str, retry_after: float = 0.0) -> None:
        super().__init__(reason)
        self.kind = kind
        self.retry_after = retry_after


class Sender(Protocol):
    """A channel able to deliver outbox messages (implemented in bot/ for Telegram and Zalo)."""

    name: str

    async def send_out(self, chat_id: str, user_id: str, message: OutMessage) -> None: ...


@dataclass(frozen=True, slots=True)
class PacerConfig:
    rate: float = 25.0  # messages per second over all chats
    per_chat_interval: float = 1.0  # seconds between two messages to one chat
    max_in_flight: int = 8
    batch: int = 200  # due rows read per query
    idle_poll: float = 1.0  # seconds between looks at the table when nothing is due
    backoff_base: float = 2.0  # first retry after a transient error, doubled each time
    backoff_max: float = 300.0
    db_retry_max: float = 30.0  # longest wait between attempts to reach a database that is down
    # Seconds of sending before the table is read again, so a reminder queued during a long broadcast (by
    # this process or another) waits at most about this long behind the batch already read.
    refetch: float = 1.0


class RateLimiter:
    """Evenly spaced send slots at `rate` per second; a pause (429) pushes every later slot back."""

    def __init__(self, rate: float, *, monotonic: Monotonic = time.monotonic) -> None:
        self.interval = 1.0 / rate
        self._clock = monotonic
        self._next = 0.0
        self._paused_until = 0.0

    def reserve(self) -> float:
        """Take the next slot; returns how long to wait for it."""
        now = self._clock()
        slot = max(now, self._next, self._paused_until)
        self._next = slot + self.interval
        return slot - now

    def pause(self, seconds: float) -> None:
        """No slot before `seconds` from now (Telegram's retry_after)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)
        self._next = max(self._next, self._paused_until)

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self._clock())


class Pacer:
    """One channel's sending loop over the outbox table."""

    def __init__(self, sender: Sender, session_factory: sessionmaker[Session], *, now: Callable[[], dt.datetime],
                 config: PacerConfig | None = None, monotonic: Monotonic = time.monotonic,
                 sleep: Sleep | None = None, guard: Callable[[Session], bool] | None = None) -> None:
        self.sender = sender
        # The fencing check of the channel's lease, made in the same transaction as reading due rows.
        self.guard = guard
        self.channel = sender.name
        self.factory = session_factory
        self.now = now
        self.config = config or PacerConfig()
        self.limiter = RateLimiter(self.config.rate, monotonic=monotonic)
        self._monotonic = monotonic
        self._sleep = sleep or asyncio.sleep
        self._slots = asyncio.Semaphore(self.config.max_in_flight)
        self._in_flight: set[int] = set()  # rows sent or being sent whose outcome is not written yet
        self._unwritten: list[outbox.Outcome] = []
        self._writing = asyncio.Lock()  # one writer, so an outcome is never recorded twice
        self._write_failed = False  # the database refused the last write: send nothing new until it works
        self._failing = 0  # transient failures in a row, over all chats
        self._chat_last: dict[str, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = asyncio.Event()
        self._poke = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.stats = {"sent": 0, "rate_limited": 0, "transient": 0, "permanent": 0}

    # -------------------------------------------------------------- life cycle

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"pacer-{self.channel}")

    def poke(self) -> None:
        """Look at the table now (a job was just queued)."""
        self._poke.set()

    async def stop(self, drain: float = 3.0) -> None:
        """Start nothing new; let the sends in flight finish (up to `drain` s) and write their outcomes."""
        self._stopping.set()
        self._poke.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), drain)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(SQLAlchemyError):
            await self._write()

    # -------------------------------------------------------------- the loop

    async def _run(self) -> None:
        db_wait = 1.0
        while not self._stopping.is_set():
            try:
                await self._write()
                if len(self._unwritten) >= self.config.max_in_flight:
                    await self._idle(0.05)
                    continue
                self._poke.clear()
                due = await asyncio.to_thread(self._fetch)
                fetched_at = self._monotonic()
                db_wait = 1.0
            except SQLAlchemyError as exc:
                # The database restarted or is unreachable: send nothing until outcomes can be written again.
                log.warning("outbox (%s): database unavailable (%s); retrying in %.0f s", self.channel,
                            type(exc).__name__, db_wait)
                await self._idle(db_wait)
                db_wait = min(db_wait * 2, self.config.db_retry_max)
                continue
            if not due:
                await self._idle(self.config.idle_poll)
                continue
            started = 0
            for msg in due:
                if self._stopping.is_set() or self._write_failed:
                    break
                if self._poke.is_set() or self._monotonic() - fetched_at >= self.config.refetch:
                    break  # something urgent may be waiting: read the table again
                if not self._chat_free(msg.chat_id):
                    continue
                await self._slots.acquire()
                if self._stopping.is_set():
                    self._slots.release()
                    break
                wait = self.limiter.reserve()
                if wait > 0:
                    await self._sleep(wait)
                while (paused := self.limiter.paused_for()) > 0:  # a 429 arrived while waiting for the slot
                    await self._sleep(paused)
                self._chat_last[msg.chat_id] = self._monotonic()
                self._in_flight.add(msg.id)
                task = asyncio.create_task(self._send(msg))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
                started += 1
            if not started and not self._poke.is_set():
                # Everything due is for chats written to a moment ago: wait for the first to be free.
                await self._idle(min(self.config.per_chat_interval, self.config.idle_poll))
            self._prune_chats()
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _idle(self, seconds: float) -> None:
        self._poke.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._poke.wait(), seconds)

    def _fetch(self) -> list[outbox.Due]:
        with session_scope(self.factory) as session:
            if self.guard is not None and not self.guard(session):
                return []  # the lease is gone: another process may be sending this channel now
            return outbox.due_messages(session=session, channel=self.channel, now=self.now(),
                                       limit=self._batch(), exclude=self._in_flight)

    def _batch(self) -> int:
        """Rows worth reading: about what can be sent before the next read, never more than `batch`."""
        wanted = int(self.config.rate * self.config.refetch * 2) + self.config.max_in_flight
        return max(1, min(self.config.batch, wanted))

    def _chat_free(self, chat_id: str) -> bool:
        last = self._chat_last.get(chat_id)
        return last is None or self._monotonic() - last >= self.config.per_chat_interval

    def _prune_chats(self) -> None:
        if len(self._chat_last) > 10_000:
            cutoff = self._monotonic() - self.config.per_chat_interval
            self._chat_last = {c: t for c, t in self._chat_last.items() if t >= cutoff}

    async def _send(self, msg: outbox.Due) -> None:
        # The slot is held until the outcome is written: sent-but-unrecorded messages, the only ones a crash
        # can repeat, never outnumber the in-flight window, even while a write is slow or failing.
        try:
            outcome = await self._attempt(msg)
            self._unwritten.append(outcome)
            try:
                await self._write()
            except SQLAlchemyError:
                self._write_failed = True  # the loop retries the write and sends nothing new meanwhile
        finally:
            self._slots.release()

    async def _attempt(self, msg: outbox.Due) -> outbox.Outcome:
        try:
            await self.sender.send_out(msg.chat_id, msg.user_id, outbox_message(msg))
        except SendError as exc:
            if exc.kind == "rate":
                self.stats["rate_limited"] += 1
                wait = max(exc.retry_after, 1.0)
                log.warning("%s asks to slow down: pausing %.0f s", self.channel, wait)
                self.limiter.pause(wait)
                return outbox.Outcome(msg.id, "later")
            if exc.kind in ("blocked", "failed"):
                self.stats["permanent"] += 1
                self._failing = 0  # the platform answered: it is up
                log.info("outbox %s: message %s to %s not deliverable: %s", self.channel, msg.id, msg.chat_id, exc)
                return outbox.Outcome(msg.id, exc.kind, str(exc))
            return self._transient(msg, str(exc))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # an unexpected failure of one send must not stop the others
            log.exception("outbox %s: message %s failed unexpectedly", self.channel, msg.id)
            return self._transient(msg, f"{type(exc).__name__}: {exc}")
        self.stats["sent"] += 1
        self._failing = 0
        return outbox.Outcome(msg.id, "sent")

    def _transient(self, msg: outbox.Due, error: str) -> outbox.Outcome:
        self.stats["transient"] += 1
        self._failing += 1
        if self._failing >= OUTAGE_AFTER:
            # Several failures in a row with no success between: the platform or the network is down, not this
            # chat. Pause the channel and keep the message's attempts, so an outage never uses them up.
            pause = min(self.config.backoff_base * 2 ** (self._failing - OUTAGE_AFTER), self.config.backoff_max)
            if self.limiter.paused_for() < pause:
                log.warning("%s seems unreachable (%s); pausing %.0f s", self.channel, error, pause)
                self.limiter.pause(pause)
            return outbox.Outcome(msg.id, "later", error)
        delay = min(self.config.backoff_base * 2 ** msg.attempts, self.config.backoff_max)
        log.info("outbox %s: message %s will be retried in %.0f s: %s", self.channel, msg.id, delay, error)
        return outbox.Outcome(msg.id, "retry", error, retry_in=delay)

    async def _write(self) -> None:
        """Write the outcomes gathered so far; on failure they stay queued and the error propagates."""
        async with self._writing:
            if not self._unwritten:
                return
            batch = list(self._unwritten)

            def write() -> None:
                with session_scope(self.factory) as session:
                    outbox.record(session=session, outcomes=batch, now=self.now())

            await asyncio.to_thread(write)
            self._write_failed = False
            done = {o.message_id for o in batch}
            self._unwritten = [o for o in self._unwritten if o.message_id not in done]
            self._in_flight -= done


def outbox_message(msg: outbox.Due) -> OutMessage:
    return OutMessage(Reply(msg.text, msg.buttons), msg.attachment)
