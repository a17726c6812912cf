"""The durable inbox: every platform update is a row before the platform is told it arrived.

A channel writes each update it receives (`add`, one short transaction, duplicates ignored by the unique
(channel, bot, key)) and only then answers the webhook's 200 or polls again (which confirms the offset).
Any process serving that channel then takes rows (`claim`) and processes them:

- **Per user, in order.** A row is taken only when none of the same user's earlier rows is unfinished
  (pending, claimed or answered): a user's updates are processed one after another across all processes.
- **Claims expire.** A claim holds until `claim_until`; a process renews the claims of what it is working
  on (`renew`). A killed process stops renewing, and its rows are taken again once the claim expires.
- **Exactly once for the core, at least once for the replies, repeated only for the update in flight.**
  `answered` is called inside the core's own transaction (handlers.core.respond_now): the conversation's
  changes, the replies (kept in the row) and the row's new state commit together, and only while the claim
  is still this process's (a fencing check), else the whole turn rolls back. The replies are sent after that
  commit and the row is marked `done` after they went out. A crash before the commit leaves nothing done:
  the row is taken again and the turn runs again from the same state. A crash between the commit and `done`
  leaves an answered row: the next taker sends the kept replies again without running the core, so the only
  duplicate a crash can cause is a reply to an update that was being sent at that moment.

On PostgreSQL `claim` uses `FOR UPDATE SKIP LOCKED`, so processes never wait for one another's rows, and every
insert notifies `INBOX_CHANNEL` so the others wake at once; on SQLite the claim is one short write
transaction (SQLite serialises writers) and waking is the process's own event plus a short poll.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, exists, func, select, tuple_, update
from sqlalchemy.orm import Session, aliased

from knowledge.messages import Button, Reply
from knowledge.models import InboxUpdate

INBOX_CHANNEL = "cadrebot_inbox"  # PostgreSQL NOTIFY channel: "a row was added or finished"
_claims = itertools.count(1)
MAX_ATTEMPTS = 5  # claims of one row; beyond this the update is given up (it keeps killing its taker)


class ClaimLost(Exception):
    """The row's claim expired and another process took it: this process must not answer it."""


@dataclass(frozen=True, slots=True)
class NewUpdate:
    """An update as received: its platform id, whose it is (for ordering), and its raw JSON."""

    key: str
    user: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Claimed:
    """A row taken by this process: the raw update, and the replies if the core already answered it."""

    id: int
    key: str
    user: str
    payload: dict[str, Any]
    attempts: int
    answer: Answer | None
    token: str  # the claim: holder and a number, checked by every later step (the fence)


@dataclass(frozen=True, slots=True)
class Answer:
    """The replies kept for an update, and where they go: `chat`, or when the bot may not write there (a
    personal list asked for in a group) a short note to `fallback_chat`."""

    chat: str
    replies: tuple[Reply, ...]
    fallback_chat: str | None = None

    def to_json(self) -> str:
        return json.dumps({"chat": self.chat, "fallback": self.fallback_chat,
                           "replies": [{"text": r.text, "buttons": [[b.label, b.data, b.number] for b in r.buttons]}
                                       for r in self.replies]}, ensure_ascii=False)

    @staticmethod
    def from_json(raw: str) -> Answer:
        data = json.loads(raw)
        replies = tuple(Reply(str(r["text"]), tuple(Button(str(b[0]), str(b[1]), int(b[2])) for b in r["buttons"]))
                        for r in data["replies"])
        return Answer(str(data["chat"]), replies, data.get("fallback"))


def _notify(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(INBOX_CHANNEL, "")))


def add(*, session: Session, channel: str, bot: str, updates: Sequence[NewUpdate], now: dt.datetime) -> set[str]:
    """Keep updates, in the order given, with one statement; returns the keys that were new (a repeat of a
    kept update is ignored)."""
    if not updates:
        return set()
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    rows = [{"channel": channel, "bot": bot, "update_key": u.key[:64], "user_key": u.user[:64],
             "payload": json.dumps(u.payload, ensure_ascii=False), "state": "pending", "attempts": 0,
             "received_at": now} for u in updates]
    stmt = dialect_insert(InboxUpdate).values(rows).on_conflict_do_nothing(
        index_elements=["channel", "bot", "update_key"]).returning(InboxUpdate.update_key)
    new = set(session.scalars(stmt))
    if new:
        _notify(session)
    return new


def claim(*, session: Session, channel: str, bot: str, holder: str, now: dt.datetime, ttl: dt.timedelta,
          limit: int, skip: Collection[int] = ()) -> list[Claimed]:
    """Take up to `limit` rows that are free (never claimed, or the claim expired) and first in line for
    their user, oldest first; they are this claim's (`holder` plus a number) until `now + ttl` unless renewed.
    `skip`: rows the caller is still working on. Their claim may have lapsed (a renewal held up), but taking
    them again would start a second turn on them in the same process; their own send renews them late.

    One UPDATE … WHERE id IN (SELECT …) RETURNING statement: on SQLite a writing statement takes the write
    lock before it reads, so two processes cannot take the same row; on PostgreSQL the inner SELECT locks
    its rows and skips those another process is locking (SKIP LOCKED).
    """
    if limit <= 0:
        return []
    earlier = aliased(InboxUpdate)
    row = InboxUpdate
    # The per-user check reads committed rows: a user's earlier row being claimed elsewhere is unfinished,
    # so it still holds the later ones back.
    waiting = exists().where(and_(
        earlier.channel == row.channel, earlier.bot == row.bot, earlier.user_key == row.user_key,
        earlier.state != "done", earlier.id < row.id))
    free = (select(row.id).where(
        row.channel == channel, row.bot == bot, row.state != "done",
        (row.claim_until.is_(None)) | (row.claim_until <= now), ~waiting,
        *((row.id.not_in(list(skip)),) if skip else ()))
        .order_by(row.id).limit(limit))
    chosen: Any = free.scalar_subquery()
    if session.get_bind().dialect.name == "postgresql":
        # A materialised CTE runs the locking SELECT exactly once.
        chosen = select(free.with_for_update(skip_locked=True).cte("free").prefix_with("MATERIALIZED").c.id)
    token = f"{holder[:100]}/{next(_claims)}"
    taken = session.execute(update(row).where(row.id.in_(chosen)).values(
        claimed_by=token, claim_until=now + ttl, attempts=row.attempts + 1,
    ).returning(row.id, row.update_key, row.user_key, row.payload, row.attempts, row.replies)).all()
    return sorted((Claimed(r[0], r[1], r[2], json.loads(r[3]), r[4], Answer.from_json(r[5]) if r[5] else None,
                           token) for r in taken), key=lambda c: c.id)


def renew(*, session: Session, claims: Sequence[Claimed], now: dt.datetime, ttl: dt.timedelta) -> set[int]:
    """Extend these claims, in one statement (row locks held for the shortest time); returns the ids of the
    rows still held by them."""
    if not claims:
        return set()
    row = InboxUpdate
    done = session.execute(update(row).where(
        tuple_(row.id, row.claimed_by).in_([(c.id, c.token) for c in claims]), row.state != "done",
    ).values(claim_until=now + ttl).returning(row.id))
    return set(done.scalars())


def answered(*, session: Session, claim: Claimed, answer: Answer, now: dt.datetime) -> None:
    """Keep the replies and mark the row answered, in the caller's transaction (the core's own); raises
    `ClaimLost` when the claim is no longer this process's, so that the whole transaction rolls back."""
    row = InboxUpdate
    done = session.execute(update(row).where(
        row.id == claim.id, row.claimed_by == claim.token, row.state == "pending",
    ).values(state="answered", replies=answer.to_json()))
    if int(getattr(done, "rowcount", 0) or 0) != 1:
        raise ClaimLost(f"inbox row {claim.id}")


def finish(*, session: Session, claims: Sequence[Claimed], now: dt.datetime) -> set[int]:
    """The replies went out (or there was nothing to answer): these rows are done and each user's next
    update may be taken. The kept replies are dropped: they were only for a crash before sending, and one
    may hold a secret (the /quanly sign-in link) that must not sit in the table for the retention time. Returns the ids finished; a row another process had taken meanwhile is not (that
    process finishes it instead)."""
    if not claims:
        return set()
    row = InboxUpdate
    done = session.execute(update(row).where(
        tuple_(row.id, row.claimed_by).in_([(c.id, c.token) for c in claims]), row.state != "done",
    ).values(state="done", done_at=now, replies=None).returning(row.id))
    return set(done.scalars())


def release(*, session: Session, claims: Sequence[Claimed]) -> int:
    """Give back claims (a process stopping cleanly), so others need not wait for them to expire."""
    row = InboxUpdate
    n = 0
    for c in claims:
        done = session.execute(update(row).where(row.id == c.id, row.claimed_by == c.token, row.state != "done")
                               .values(claim_until=None, attempts=row.attempts - 1))
        n += int(getattr(done, "rowcount", 0) or 0)
    if n:
        _notify(session)
    return n


def open_count(*, session: Session, channel: str | None = None) -> int:
    """Updates not yet done (for /healthz and tests)."""
    query = select(func.count()).select_from(InboxUpdate).where(InboxUpdate.state != "done")
    if channel is not None:
        query = query.where(InboxUpdate.channel == channel)
    return int(session.scalar(query) or 0)


def purge_done(*, session: Session, before: dt.datetime, limit: int) -> int:
    """Delete at most `limit` done rows finished before `before`; returns how many."""
    ids = list(session.scalars(select(InboxUpdate.id).where(
        InboxUpdate.state == "done", InboxUpdate.done_at < before).order_by(InboxUpdate.id).limit(limit)))
    if not ids:
        return 0
    session.execute(delete(InboxUpdate).where(InboxUpdate.id.in_(ids)))
    return len(ids)
