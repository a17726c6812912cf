"""Leadership by lease rows: one sender per channel and one planner per deployment, on any number of processes.

A lease is a row (`leases`) with a holder, an expiry and a fencing number. Taking it is one short
transaction (insert it, or take it over once it has expired, adding one to the fence); holding it is
renewing the expiry now and then; giving it up is expiring it. No statement depends on the session that
ran the one before, so this works behind PgBouncer in transaction mode, where a session advisory lock would
be lost or, worse, held by a pooled connection nobody owns. A process that dies simply stops renewing:
another takes over after the lease's time to live. Work done under a lease is checked against the fence in
the same transaction (`guard`), so a holder that stalled past its expiry cannot act after someone else took
over. Expiry is judged by the processes' clocks, which must agree to within a fraction of the time to live
(NTP does that).

Lease names: `sender:<channel>` (the process holding it sends that channel's outbox; the bot's id is kept
in `detail`, so a second bot on the same database is noticed) and `planner`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from knowledge.db import session_scope
from knowledge.models import Lease, OutboxMessage

log = logging.getLogger(__name__)

DEFAULT_TTL = 30.0  # seconds a lease lives without renewal: a dead leader is replaced within this


def holder_id() -> str:
    """This process, readable in the table: host, pid and a random part (pids are reused after restarts)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def sender_lease(channel: str) -> str:
    return f"sender:{channel}"


PLANNER_LEASE = "planner"


class Leadership:
    """Take, keep and give up one lease. Blocking calls (each one short transaction): run them in a thread."""

    def __init__(self, factory: sessionmaker[Session], name: str, *, now: Callable[[], dt.datetime],
                 ttl: float = DEFAULT_TTL, holder: str | None = None, detail: str = "") -> None:
        self.factory = factory
        self.name = name
        self.now = now
        self.ttl = dt.timedelta(seconds=ttl)
        self.holder = holder or holder_id()
        self.detail = detail[:200]
        self.fence: int | None = None
        self._renewed_at: dt.datetime | None = None

    @property
    def held(self) -> bool:
        return self.fence is not None

    def try_acquire(self) -> bool:
        """Become the holder if nobody holds the lease (or renew it); True when this process holds it."""
        if self.fence is not None:
            return self.still_held()
        try:
            with session_scope(self.factory) as session:
                fence = self._take(session)
        except SQLAlchemyError as exc:
            log.warning("lease %s: database unavailable (%s)", self.name, type(exc).__name__)
            return False
        if fence is None:
            return False
        self.fence, self._renewed_at = fence, self.now()
        log.info("lease %s taken (fence %d)", self.name, fence)
        return True

    def _take(self, session: Session) -> int | None:
        now = self.now()
        until = now + self.ttl
        values = {"name": self.name, "holder": self.holder, "fence": 1, "expires_at": until, "acquired_at": now,
                  "detail": self.detail}
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
        created = session.execute(dialect_insert(Lease).values(**values).on_conflict_do_nothing(
            index_elements=["name"]).returning(Lease.fence)).scalar()
        if created is not None:
            return int(created)
        # Taken over only once expired; on PostgreSQL a concurrent taker re-checks the condition after the
        # first commits and finds the lease alive, so exactly one wins.
        taken = session.execute(update(Lease).where(Lease.name == self.name, Lease.expires_at <= now).values(
            holder=self.holder, fence=Lease.fence + 1, expires_at=until, acquired_at=now, detail=self.detail,
        ).returning(Lease.fence)).scalar()
        return int(taken) if taken is not None else None

    def still_held(self) -> bool:
        """Renew the lease when a third of its life has passed; False once someone else has taken it."""
        if self.fence is None:
            return False
        now = self.now()
        if self._renewed_at is not None and now - self._renewed_at < self.ttl / 3:
            return True
        try:
            with session_scope(self.factory) as session:
                # Same holder and fence: nobody took it in between, even if it expired meanwhile.
                done = session.execute(update(Lease).where(
                    Lease.name == self.name, Lease.holder == self.holder, Lease.fence == self.fence,
                ).values(expires_at=now + self.ttl))
                renewed = int(getattr(done, "rowcount", 0) or 0) == 1
        except SQLAlchemyError as exc:
            # Not reachable: still ours until it expires, which the next renewal will tell.
            log.warning("lease %s: could not renew (%s)", self.name, type(exc).__name__)
            return self._renewed_at is not None and now - self._renewed_at < self.ttl
        if not renewed:
            log.warning("lease %s: taken over by another process; this one stops", self.name)
            self.fence = None
            self._renewed_at = None
            return False
        self._renewed_at = now
        return True

    def guard(self, session: Session) -> bool:
        """Inside a unit of work: is the lease still ours and alive? (the fencing check)"""
        if self.fence is None:
            return False
        return session.scalar(select(Lease.fence).where(
            Lease.name == self.name, Lease.holder == self.holder, Lease.fence == self.fence,
            Lease.expires_at > self.now())) is not None

    def release(self) -> None:
        """Give the lease up at once, so another process need not wait for it to expire."""
        if self.fence is None:
            return
        fence, self.fence, self._renewed_at = self.fence, None, None
        try:
            with session_scope(self.factory) as session:
                session.execute(update(Lease).where(
                    Lease.name == self.name, Lease.holder == self.holder, Lease.fence == fence,
                ).values(expires_at=self.now() - dt.timedelta(microseconds=1)))
        except SQLAlchemyError as exc:
            log.warning("lease %s: could not give it up (%s); it expires by itself", self.name,
                        type(exc).__name__)

    def abandon(self) -> None:
        """Forget the lease without telling the database: what a SIGKILL does (tests)."""
        self.fence = None
        self._renewed_at = None


@dataclass(frozen=True, slots=True)
class Unserved:
    """A channel with messages waiting that no process has sent for since `since` (None: never)."""

    channel: str
    pending: int
    since: dt.datetime | None


def unserved_channels(*, session: Session, now: dt.datetime, grace: dt.timedelta,
                      channels: Iterable[str] = ("telegram", "zalo")) -> list[Unserved]:
    """Channels with pending messages whose sender lease is missing or expired for more than `grace`."""
    out: list[Unserved] = []
    for channel in channels:
        lease = session.get(Lease, sender_lease(channel))
        if lease is not None and lease.expires_at > now - grace:
            continue
        pending = session.scalar(select(OutboxMessage.id).where(and_(
            OutboxMessage.channel == channel, OutboxMessage.state == "pending")).limit(1))
        if pending is None:
            continue
        count = int(session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.channel == channel, OutboxMessage.state == "pending")) or 0)
        out.append(Unserved(channel, count, lease.expires_at if lease is not None else None))
    return out
