"""The reminder planner: APScheduler jobs that mirror the reminders the database says are still to send.

APScheduler 3 (AsyncIOScheduler, in the bot's event loop) only keeps time. The database is the truth: at
start every job is rebuilt from it with replace_existing and a stable id (the moment its reminders fall
due; each reminder, one per course and rung, sits in exactly one), so restarts never pile up jobs; a reminder that fell due while the bot was down is planned for now (misfire_grace_time
None: APScheduler's default of 1 s would silently drop it) and `knowledge.reminders.fire` decides, when it
runs, whether it is still useful. Each firing queues a keyed outbox job, so a reminder goes out once even if
two processes fire it. The planner runs only on the leader that scheduler/delivery.py elects.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_RUNNING
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from knowledge import reminders
from knowledge.db import data_version, session_scope

log = logging.getLogger(__name__)

SYNC_JOB = "planner:sync"
DB_RETRY = dt.timedelta(seconds=30)


class Planner:
    """Keeps one APScheduler job per reminder still to send, and fires them into the outbox."""

    def __init__(self, session_factory: sessionmaker[Session], *, now: Callable[[], dt.datetime], tz: dt.tzinfo,
                 config: reminders.Config, sync_every: float = 15.0, full_every: float = 3600.0,
                 autorun: bool = True) -> None:
        self.factory = session_factory
        self.now = now
        self.tz = tz
        self.config = config
        self.sync_every = sync_every  # seconds between looks for changed courses (an import, a moved class)
        self.full_every = full_every  # seconds between rebuilds even without a visible change
        # False in tests: APScheduler keeps the jobs but `run_due` fires them by the controllable clock.
        self.autorun = autorun
        self.on_queued: Callable[[], None] = lambda: None  # the delivery engine's poke
        self.scheduler: AsyncIOScheduler | None = None
        self._planned: dict[str, tuple[str, dt.datetime]] = {}  # reminder id → (outbox key, run at)
        self._slots: dict[dt.datetime, set[str]] = {}  # run at → the reminders queued then
        self._version: int | None = None
        self._rebuilt_at: dt.datetime | None = None
        self._lock = asyncio.Lock()
        self.fired = 0

    @property
    def running(self) -> bool:
        return self.scheduler is not None

    async def start(self) -> int:
        """Start the scheduler and rebuild every job from the database; returns how many are planned."""
        scheduler = AsyncIOScheduler(timezone=dt.UTC, job_defaults={
            "misfire_grace_time": None, "coalesce": True, "max_instances": 1})
        self.scheduler = scheduler
        scheduler.start(paused=True)
        try:
            count = await self.rebuild()
        except SQLAlchemyError as exc:
            log.warning("reminders: could not plan at start (%s); will retry", type(exc).__name__)
            count = 0
        if self.scheduler is not scheduler:
            return 0  # stopped (SIGTERM, lost leadership) while planning
        scheduler.add_job(self.sync, "interval", seconds=self.sync_every, id=SYNC_JOB, replace_existing=True)
        if self.autorun:
            scheduler.resume()
        log.info("reminders: %d planned", count)
        return count

    async def stop(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        self._planned.clear()
        self._slots.clear()
        self._version = None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=False)

    def job_ids(self) -> list[str]:
        """The reminders planned now (course and rung), whatever APScheduler job holds each."""
        return sorted(self._planned)

    def planned(self) -> dict[str, dt.datetime]:
        """Each planned reminder and when it will be queued."""
        return {job_id: run_at for job_id, (_key, run_at) in self._planned.items()}

    def scheduler_jobs(self) -> int:
        """APScheduler jobs holding reminders: one per distinct time, however many reminders fall on it."""
        if self.scheduler is None:
            return 0
        return sum(1 for j in self.scheduler.get_jobs() if j.id != SYNC_JOB)

    async def rebuild(self) -> int:
        """Make APScheduler's jobs equal to the reminders the database says are still to send."""
        async with self._lock:
            def read() -> tuple[int, list[reminders.Planned]]:
                with session_scope(self.factory) as session:
                    return data_version(session), reminders.plan(session=session, now=self.now(),
                                                                 config=self.config, tz=self.tz)

            version, planned = await asyncio.to_thread(read)
            # Thousands of add_job calls would hold the event loop; APScheduler is thread-safe, and paused it
            # neither wakes up per job nor fires half a plan. The lock keeps firing out of the bookkeeping.
            await asyncio.to_thread(self._apply, planned)
            self._version, self._rebuilt_at = version, self.now()
            return len(planned)

    def _apply(self, planned: list[reminders.Planned]) -> None:
        scheduler = self.scheduler
        if scheduler is None:
            return
        running = scheduler.state == STATE_RUNNING
        if running:
            scheduler.pause()
        try:
            wanted = {p.job_id: p for p in planned}
            for job_id in [j for j in self._planned if j not in wanted]:
                self._remove(job_id)
            for p in planned:
                if self._planned.get(p.job_id) != (p.key, p.run_at):
                    self._add(p.job_id, p.key, p.run_at)
        finally:
            if running:
                scheduler.resume()

    # Reminders that fall due at the same moment (a class's 300 registrants are one reminder each, but a
    # province's classes at 08:00 share their 7-day time too) share one APScheduler job, whose stable id is
    # that moment: 100,000 reminders are a few thousand jobs, and a restart replaces them rather than adding.

    @staticmethod
    def _slot_id(run_at: dt.datetime) -> str:
        return f"at:{int(run_at.timestamp())}"

    def _add(self, job_id: str, key: str, run_at: dt.datetime) -> None:
        assert self.scheduler is not None
        self._remove(job_id)
        self._planned[job_id] = (key, run_at)
        members = self._slots.setdefault(run_at, set())
        if not members:
            self.scheduler.add_job(self._fire_slot, "date", run_date=run_at, args=[run_at], id=self._slot_id(run_at),
                                   replace_existing=True)
        members.add(job_id)

    def _remove(self, job_id: str) -> None:
        old = self._planned.pop(job_id, None)
        if old is None:
            return
        members = self._slots.get(old[1])
        if members is None:
            return
        members.discard(job_id)
        if not members:
            del self._slots[old[1]]
            if self.scheduler is not None:
                with contextlib.suppress(JobLookupError):  # it is running right now
                    self.scheduler.remove_job(self._slot_id(old[1]))

    async def sync(self) -> None:
        """Rebuild when courses changed (an import, a moved or cancelled class), and now and then anyway."""
        try:
            version = await asyncio.to_thread(self._read_version)
        except SQLAlchemyError as exc:
            log.warning("reminders: could not check for changes (%s)", type(exc).__name__)
            return
        stale = self._rebuilt_at is None or self.now() - self._rebuilt_at >= dt.timedelta(seconds=self.full_every)
        if version != self._version or stale:
            try:
                count = await self.rebuild()
            except SQLAlchemyError as exc:
                log.warning("reminders: could not re-plan (%s); will retry", type(exc).__name__)
                return
            log.info("reminders: re-planned, %d to send", count)

    def _read_version(self) -> int:
        with session_scope(self.factory) as session:
            return data_version(session)

    async def _fire_slot(self, run_at: dt.datetime) -> None:
        """Queue every reminder planned for this moment (APScheduler calls this at its time)."""
        async with self._lock:
            members = sorted(self._slots.pop(run_at, set()))
            for job_id in members:
                self._planned.pop(job_id, None)
            for job_id in members:
                await self._fire(job_id)

    async def _fire(self, job_id: str) -> None:
        """Queue one reminder, or plan it again when it is not yet time (quiet hours, a moved class)."""

        def work() -> reminders.Fired:
            with session_scope(self.factory) as session:
                return reminders.fire(session=session, job_id=job_id, now=self.now(), config=self.config, tz=self.tz)

        try:
            fired = await asyncio.to_thread(work)
        except SQLAlchemyError as exc:
            log.warning("reminders: could not queue %s (%s); trying again shortly", job_id, type(exc).__name__)
            if self.scheduler is not None:
                self._add(job_id, "", self.now() + DB_RETRY)
            return
        if fired.status == "later" and fired.run_at is not None and self.scheduler is not None:
            self._add(job_id, "", fired.run_at)  # the quiet hours, or a class moved since it was planned
        elif fired.status == "queued":
            self.fired += 1
            log.info("reminders: %s queued for %d people", job_id, fired.total)
            self.on_queued()

    async def run_due(self) -> int:
        """Fire every job whose time has come by `now` (tests drive the planner with a controllable clock)."""
        if self.scheduler is None:
            return 0
        now = self.now()
        due = sorted((j for j in self.scheduler.get_jobs() if j.id != SYNC_JOB and j.next_run_time <= now),
                     key=lambda j: j.next_run_time)
        count = 0
        for job in due:
            self.scheduler.remove_job(job.id)
            count += len(self._slots.get(job.args[0], ()))
            await self._fire_slot(job.args[0])
        return count
