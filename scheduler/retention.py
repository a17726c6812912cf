"""Retention: rows that are only history (sent outbox messages, later processed inbox updates) are deleted
once older than a configurable age, in small batches, each its own short transaction, by the process that
holds the planner lease.

To retain another table, add a `Purger` to `PURGERS`: a name and a function that deletes at most `limit`
rows older than `before` in the session it is given and returns how many it deleted (0 when done).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from knowledge import inbox, outbox
from knowledge.db import session_scope

PurgeFn = Callable[[Session, dt.datetime, int], int]


@dataclass(frozen=True, slots=True)
class Purger:
    name: str
    purge: PurgeFn


def _outbox_sent(session: Session, before: dt.datetime, limit: int) -> int:
    return outbox.purge_sent(session=session, before=before, limit=limit)


def _inbox_done(session: Session, before: dt.datetime, limit: int) -> int:
    return inbox.purge_done(session=session, before=before, limit=limit)


PURGERS: list[Purger] = [Purger("outbox_sent", _outbox_sent), Purger("inbox_done", _inbox_done)]


@dataclass(frozen=True, slots=True)
class Policy:
    days: float = 90.0
    batch: int = 5000  # rows per transaction: short enough not to hold up chat work
    max_batches: int = 200  # per run; the rest waits for the next run


@dataclass(slots=True)
class Purged:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __str__(self) -> str:
        return ", ".join(f"{n} {name}" for name, n in self.counts.items() if n) or "nothing"


def purge(factory: sessionmaker[Session], *, now: dt.datetime, policy: Policy,
          purgers: list[Purger] | None = None) -> Purged:
    """Run every purger in batches until it has nothing older than the policy's age (or the run's cap)."""
    before = now - dt.timedelta(days=policy.days)
    out = Purged()
    for purger in purgers or PURGERS:
        total = 0
        for _ in range(policy.max_batches):
            with session_scope(factory) as session:
                n = purger.purge(session, before, policy.batch)
            total += n
            if n < policy.batch:
                break
        out.counts[purger.name] = total
    return out
