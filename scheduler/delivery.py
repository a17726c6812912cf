"""The delivery engine: leader election, one pacer per channel, the reminder planner, and closing finished
jobs with a report.

Every process runs a `Delivery`; only the elected leader sends and plans reminders. A passive process tries again every
`retry` seconds, so it takes over well within 30 s after the leader dies. Jobs whose messages are all
settled are closed once (a conditional update) and their delivery report is queued through the outbox too.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from knowledge import outbox
from knowledge.db import session_scope
from scheduler.leader import Leadership
from scheduler.pacer import Pacer, PacerConfig, Sender
from scheduler.planner import Planner

log = logging.getLogger(__name__)

UNSERVED_SWEEP_SECONDS = 300.0


class Delivery:
    """Runs the pacers while this process is the leader."""

    def __init__(self, engine: Engine, session_factory: sessionmaker[Session], senders: Sequence[Sender], *,
                 now: Callable[[], dt.datetime], tz: dt.tzinfo, configs: dict[str, PacerConfig] | None = None,
                 retry: float = 10.0, tick: float = 1.0, leadership: Leadership | None = None,
                 planner: Planner | None = None) -> None:
        self.factory = session_factory
        self.senders = list(senders)
        self.now = now
        self.tz = tz
        self.configs = configs or {}
        self.retry = retry  # seconds between attempts to become the leader
        self.tick = tick  # seconds between closing finished jobs and checking the lock
        self.leadership = leadership or Leadership(engine)
        self.planner = planner
        if planner is not None:
            planner.on_queued = self.poke  # a reminder just queued goes out now, not at the next tick
        self.pacers: list[Pacer] = []
        self.leading = asyncio.Event()
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._last_sweep = -UNSERVED_SWEEP_SECONDS

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="delivery")

    def poke(self) -> None:
        for pacer in self.pacers:
            pacer.poke()

    async def stop(self, drain: float = 3.0) -> None:
        """Stop sending (in-flight sends get `drain` seconds) and give up the leadership."""
        self._stopping.set()
        await self._stop_pacers(drain)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await asyncio.to_thread(self.leadership.release)

    async def _stop_pacers(self, drain: float) -> None:
        pacers, self.pacers = self.pacers, []
        self.leading.clear()
        if self.planner is not None:
            await self.planner.stop()
        if pacers:
            await asyncio.gather(*(p.stop(drain) for p in pacers))

    async def _wait(self, seconds: float) -> bool:
        """Sleep unless stopping; True when stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)
        return self._stopping.is_set()

    async def _run(self) -> None:
        while not self._stopping.is_set():
            if not await asyncio.to_thread(self.leadership.try_acquire):
                if await self._wait(self.retry):
                    return
                continue
            log.info("this process sends the outbox (leader)")
            self.pacers = [Pacer(s, self.factory, now=self.now, config=self.configs.get(s.name)) for s in self.senders]
            for pacer in self.pacers:
                pacer.start()
            if self.planner is not None:
                await self.planner.start()
            self.leading.set()
            while not self._stopping.is_set():
                await self.finish_jobs()
                if await self._wait(self.tick):
                    return
                if not await asyncio.to_thread(self.leadership.still_held):
                    log.warning("lost the outbox leadership; sending stops until it is regained")
                    await self._stop_pacers(3.0)
                    break

    async def finish_jobs(self) -> list[int]:
        """Close finished jobs and queue their reports; returns the ids closed."""
        # Looking for rows of channels nobody runs reads past the indexes: at start, then every few minutes.
        sweep = time.monotonic() - self._last_sweep >= UNSERVED_SWEEP_SECONDS
        if sweep:
            self._last_sweep = time.monotonic()

        def work() -> list[int]:
            with session_scope(self.factory) as session:
                now = self.now()
                if sweep:
                    unserved = outbox.fail_unserved(session=session, served=[s.name for s in self.senders], now=now)
                    if unserved:
                        log.warning("outbox: %d messages for channels that are not configured were given up",
                                    unserved)
                closed = outbox.finish_jobs(session=session, now=now)
                for job in closed:
                    outbox.report_finished(session=session, job=job, now=now, tz=self.tz)
                return [j.id for j in closed]

        try:
            closed = await asyncio.to_thread(work)
        except SQLAlchemyError as exc:
            log.warning("outbox: could not close finished jobs (%s); will retry", type(exc).__name__)
            return []
        if closed:
            log.info("outbox: jobs finished: %s", closed)
            self.poke()  # their reports are due now
        return closed
