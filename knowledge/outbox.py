"""The outbox: every proactive message is a row here before it is sent, so a crash loses nothing.

A job (an announcement, a delivery report, later a reminder) has one row per recipient account, unique per
(job, account). The pacer (scheduler/) reads due rows and records each outcome at once; rows still pending
after a crash are simply sent after the restart, so a message can repeat only if it was in flight.

Audiences are chosen here too: an organiser's scope (a union and its sub-unions), narrowed to a union, a
role, the people registered for a course, or the people with no training this year. A person with linked
accounts gets one message, on the app they chose or used last; people who blocked the bot are left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, case, delete, exists, func, insert, select, true, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from knowledge.db import insert_ignore
from knowledge.messages import Button, buttons_from_json, buttons_to_json
from knowledge.models import (
    Course,
    Organisation,
    OrganiserRole,
    OutboxJob,
    OutboxMessage,
    Person,
    Registration,
    UserProfile,
)
from knowledge.store import delivery_account
from knowledge.wording import Wording

DELIVERY_CHANNELS = ("telegram", "zalo")  # where a proactive message can go; the terminal has no push
FINAL_STATES = ("sent", "failed", "blocked")
# Transient failures (5xx, timeouts) of one message, while its channel otherwise works, before it is given up
# as failed; an outage of the whole channel pauses sending instead and uses up no attempt (scheduler/pacer).
MAX_ATTEMPTS = 6
AUDIENCE_KINDS = ("scope", "org", "role", "course", "untrained")
# Reminders, change notices, promotions and reports go before broadcasts: a class that starts in two hours
# must not wait behind a province-wide announcement.
URGENT, BULK = 0, 1


def priority_of(kind: str) -> int:
    return BULK if kind == "broadcast" else URGENT


# ------------------------------------------------------------------ organisers and their scope

@dataclass(frozen=True, slots=True)
class Scope:
    """The unions an organiser may address: `None` roots means every union (a national organiser)."""

    roots: tuple[int, ...] | None

    @property
    def everything(self) -> bool:
        return self.roots is None


def organiser_scope(*, session: Session, channel: str, user_id: str) -> Scope | None:
    """The organiser's scope, or None when this account holds no organiser role."""
    roles = list(session.scalars(select(OrganiserRole.organisation_id).where(
        OrganiserRole.channel == channel, OrganiserRole.user_id == user_id)))
    if not roles:
        return None
    if any(r is None for r in roles):
        return Scope(None)
    return Scope(tuple(sorted(r for r in roles if r is not None)))


def subtree(*, session: Session, roots: Iterable[int]) -> set[int]:
    """The given unions and every union below them."""
    children: dict[int, list[int]] = {}
    for oid, parent in session.execute(select(Organisation.id, Organisation.parent_id)):
        if parent is not None:
            children.setdefault(parent, []).append(oid)
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        oid = stack.pop()
        if oid in seen:
            continue
        seen.add(oid)
        stack.extend(children.get(oid, ()))
    return seen


def in_scope(*, session: Session, scope: Scope, organisation_id: int | None) -> bool:
    if scope.roots is None:
        return True
    return organisation_id is not None and organisation_id in subtree(session=session, roots=scope.roots)


# ------------------------------------------------------------------ audiences

@dataclass(frozen=True, slots=True)
class Audience:
    """Who receives an announcement: a kind from AUDIENCE_KINDS and its value (a union, role or course id)."""

    kind: str
    value: str = ""


@dataclass(slots=True)
class Recipients:
    """The accounts to write to, and how many matching people cannot be reached."""

    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # (channel, user_id, chat_id)
    skipped: int = 0

    @property
    def count(self) -> int:
        return len(self.accounts)


def _year_bounds(now: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    year = now.astimezone(tz).year
    return dt.datetime(year, 1, 1, tzinfo=tz), dt.datetime(year + 1, 1, 1, tzinfo=tz)


def _audience_filter(session: Session, audience: Audience, now: dt.datetime,
                     tz: dt.tzinfo) -> ColumnElement[bool] | None:
    """The SQL condition on user_profiles for one audience (None: everyone)."""
    if audience.kind == "scope":
        return None
    if audience.kind == "org":
        ids = subtree(session=session, roots=[int(audience.value)])
        return UserProfile.organisation_id.in_(ids)
    if audience.kind == "role":
        return UserProfile.role == audience.value
    if audience.kind == "course":
        return exists().where(Registration.profile_id == UserProfile.id,
                              Registration.course_id == int(audience.value), Registration.status == "registered")
    if audience.kind == "untrained":
        start, end = _year_bounds(now, tz)
        trained = (select(Registration.id).join(Course, Course.id == Registration.course_id)
                   .where(Registration.profile_id == UserProfile.id, Registration.status == "registered",
                          Course.status != "cancelled", Course.starts_at >= start, Course.starts_at < end))
        return ~exists(trained)
    raise ValueError(f"unknown audience kind {audience.kind!r}")


def _recipient_condition(session: Session, scope: Scope, audience: Audience, now: dt.datetime,
                         tz: dt.tzinfo) -> ColumnElement[bool]:
    cond: list[ColumnElement[bool]] = []
    if scope.roots is not None:
        cond.append(UserProfile.organisation_id.in_(subtree(session=session, roots=scope.roots)))
    extra = _audience_filter(session, audience, now, tz)
    if extra is not None:
        cond.append(extra)
    return and_(*cond) if cond else true()


def select_recipients(*, session: Session, scope: Scope, audience: Audience, now: dt.datetime,
                      tz: dt.tzinfo) -> Recipients:
    """The accounts an announcement to `audience` within `scope` goes to: one per person, never a blocked one."""
    return select_profiles(session=session, condition=_recipient_condition(session, scope, audience, now, tz))


@dataclass(frozen=True, slots=True)
class RecipientCount:
    """How many people `select_recipients` would write to, and how many it would leave out."""

    count: int
    skipped: int


def count_recipients(*, session: Session, scope: Scope, audience: Audience, now: dt.datetime,
                     tz: dt.tzinfo) -> RecipientCount:
    """The figures of `select_recipients`, counted by the database: a preview to 100k people reads one row.

    Materialising every account in Python held the GIL for seconds while other users waited for answers.
    """
    return count_profiles(session=session, condition=_recipient_condition(session, scope, audience, now, tz))


def count_profiles(*, session: Session, condition: ColumnElement[bool]) -> RecipientCount:
    """The figures of `select_profiles`: a person counts once if any of their accounts is reachable."""
    reachable = and_(UserProfile.blocked_at.is_(None), UserProfile.chat_id.is_not(None), UserProfile.chat_id != "")
    alone = UserProfile.person_id.is_(None)
    row = session.execute(
        select(func.count().filter(and_(alone, reachable)),
               func.count().filter(and_(alone, ~reachable)),
               func.count(UserProfile.person_id.distinct()),
               func.count(case((reachable, UserProfile.person_id)).distinct()))
        .where(UserProfile.channel.in_(DELIVERY_CHANNELS), condition)
    ).one()
    lone_ok, lone_skipped, people, people_ok = (int(v or 0) for v in row)
    return RecipientCount(lone_ok + people_ok, lone_skipped + people - people_ok)


def select_profiles(*, session: Session, condition: ColumnElement[bool]) -> Recipients:
    """The accounts of the profiles matching `condition`: one per person, never a blocked one."""
    rows = session.execute(
        select(UserProfile.channel, UserProfile.user_id, UserProfile.chat_id, UserProfile.person_id,
               UserProfile.blocked_at, UserProfile.last_seen_at)
        .where(UserProfile.channel.in_(DELIVERY_CHANNELS), condition).order_by(UserProfile.id)
    ).all()
    out = Recipients()
    people: dict[int, list[tuple[str, str, str | None, dt.datetime | None, dt.datetime]]] = {}
    for channel, user_id, chat_id, person_id, blocked_at, last_seen in rows:
        if person_id is not None:
            people.setdefault(person_id, []).append((channel, user_id, chat_id, blocked_at, last_seen))
        elif blocked_at is None and chat_id:
            out.accounts.append((channel, user_id, chat_id))
        else:
            out.skipped += 1
    if people:
        preferred = dict(session.execute(select(Person.id, Person.notify_channel)
                                         .where(Person.id.in_(list(people)))).tuples().all())
        for person_id, accounts in people.items():
            reachable = [a for a in accounts if a[3] is None and a[2]]
            if not reachable:
                out.skipped += 1
                continue
            chosen = [a for a in reachable if a[0] == preferred.get(person_id)] or reachable
            best = max(chosen, key=lambda a: a[4])
            out.accounts.append((best[0], best[1], str(best[2])))
    return out


# ------------------------------------------------------------------ jobs

def create_job(
    *, session: Session, kind: str, text: str, recipients: Recipients, now: dt.datetime,
    buttons: Sequence[Button] = (), audience: str = "", course_id: int | None = None,
    created_by: tuple[str, str] | None = None, key: str | None = None, attachment: str | None = None,
    not_before: dt.datetime | None = None,
) -> OutboxJob | None:
    """A job and one pending row per recipient, in one transaction; None when a job with `key` exists.
    Nothing is sent before `not_before` (the end of the quiet hours, for a notice)."""
    values = dict(
        kind=kind, key=key, text=text, buttons=buttons_to_json(buttons), audience=audience,
        attachment=attachment,
        course_id=course_id, created_by_channel=created_by[0] if created_by else None,
        created_by_user=created_by[1] if created_by else None, status="sending" if recipients.count else "done",
        total=recipients.count, skipped=recipients.skipped, created_at=now,
        finished_at=None if recipients.count else now,
    )
    # Keyed jobs (reports, reminders, a confirmed draft) may be created by two processes at the same moment:
    # the database keeps the first and the second gets None.
    job_id = insert_ignore(session, OutboxJob, values, "key") if key is not None else None
    if key is not None and job_id is None:
        return None
    if job_id is None:
        job = OutboxJob(**values)
        session.add(job)
        session.flush()
    else:
        found = session.get(OutboxJob, job_id)
        assert found is not None
        job = found
    if recipients.accounts:
        # One multi-row INSERT per batch: 100,000 recipients are a few statements, not 100,000 round trips.
        session.execute(insert(OutboxMessage), [
            {"job_id": job.id, "channel": c, "user_id": u, "chat_id": chat, "state": "pending", "attempts": 0,
             "next_attempt_at": not_before or now, "priority": priority_of(kind)}
            for c, u, chat in recipients.accounts
        ])
    return job


def account_recipient(*, session: Session, channel: str, user_id: str) -> Recipients:
    """One account as an audience (for a delivery report): its person's delivery account, if reachable."""
    account = delivery_account(session=session, channel=channel, user_id=user_id)
    if account is None or account.channel not in DELIVERY_CHANNELS or account.chat_id is None:
        return Recipients(skipped=1)
    return Recipients([(account.channel, account.user_id, account.chat_id)])


@dataclass(frozen=True, slots=True)
class Due:
    """A message ready to send, with its text and buttons."""

    id: int
    job_id: int
    channel: str
    user_id: str
    chat_id: str
    attempts: int
    text: str
    buttons: tuple[Button, ...]
    attachment: str | None = None  # an .ics calendar


def due_messages(*, session: Session, channel: str, now: dt.datetime, limit: int,
                 exclude: Iterable[int] = ()) -> list[Due]:
    """Pending messages of one channel whose time has come: urgent ones (reminders, notices) first, oldest
    first; the rest of the batch shared between the organisers whose broadcasts are sending, so one
    organiser's 100,000-recipient announcement does not hold back another's."""
    skip = set(exclude)
    out = _due(session, channel, now, limit, skip, OutboxMessage.priority == URGENT)
    if len(out) >= limit:
        return out
    # Open broadcasts of this channel, grouped by who sent them (a few rows: one per open job).
    jobs = session.execute(select(OutboxJob.id, OutboxJob.created_by_channel, OutboxJob.created_by_user)
                           .where(OutboxJob.status == "sending", OutboxJob.kind == "broadcast")
                           .order_by(OutboxJob.id)).all()
    by_owner: dict[tuple[str | None, str | None], list[int]] = {}
    for job_id, ch, user in jobs:
        by_owner.setdefault((ch, user), []).append(job_id)
    if not by_owner:
        return out
    room = limit - len(out)
    share = max(1, -(-room // len(by_owner)))
    lanes: list[list[Due]] = []
    for job_ids in by_owner.values():
        lane: list[Due] = []
        for job_id in job_ids:  # an organiser's own announcements go out oldest first
            lane += _due(session, channel, now, share - len(lane), skip,
                         (OutboxMessage.job_id == job_id) & (OutboxMessage.priority == BULK))
            if len(lane) >= share:
                break
        lanes.append(lane)
    # Interleaved, so each organiser gets an equal part of the channel's rate.
    for i in range(share):
        for lane in lanes:
            if i < len(lane) and len(out) < limit:
                out.append(lane[i])
    return out


def _due(session: Session, channel: str, now: dt.datetime, limit: int, skip: set[int],
         cond: ColumnElement[bool]) -> list[Due]:
    if limit <= 0:
        return []
    q = (select(OutboxMessage.id, OutboxMessage.job_id, OutboxMessage.user_id, OutboxMessage.chat_id,
                OutboxMessage.attempts, OutboxJob.text, OutboxJob.buttons, OutboxJob.attachment)
         .join(OutboxJob, OutboxJob.id == OutboxMessage.job_id)
         .where(OutboxMessage.channel == channel, OutboxMessage.state == "pending", cond,
                OutboxMessage.next_attempt_at <= now, OutboxJob.status == "sending")
         .order_by(OutboxMessage.id).limit(limit + len(skip)))
    out: list[Due] = []
    for mid, job_id, user_id, chat_id, attempts, text, buttons, attachment in session.execute(q):
        if mid in skip:
            continue
        out.append(Due(mid, job_id, channel, user_id, chat_id, attempts, text,
                       buttons_from_json(buttons), attachment))
        if len(out) == limit:
            break
    return out


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one send: sent, blocked, failed (permanent), retry (transient) or later (rate limit)."""

    message_id: int
    result: str
    error: str | None = None
    retry_in: float = 0.0  # for "retry": seconds until the next attempt


def record(*, session: Session, outcomes: Sequence[Outcome], now: dt.datetime) -> None:
    """Write send outcomes; a blocked recipient is marked inactive so later jobs skip them."""
    for o in outcomes:
        row = session.get(OutboxMessage, o.message_id)
        if row is None or row.state != "pending":
            continue
        error = o.error[:300] if o.error else None
        if o.result == "sent":
            row.state, row.sent_at, row.attempts = "sent", now, row.attempts + 1
        elif o.result == "blocked":
            row.state, row.last_error, row.attempts = "blocked", error, row.attempts + 1
            session.execute(update(UserProfile).where(UserProfile.channel == row.channel,
                                                      UserProfile.user_id == row.user_id,
                                                      UserProfile.blocked_at.is_(None)).values(blocked_at=now))
        elif o.result == "failed":
            row.state, row.last_error, row.attempts = "failed", error, row.attempts + 1
        elif o.result == "retry":
            row.attempts += 1
            row.last_error = error
            if row.attempts >= MAX_ATTEMPTS:
                row.state = "failed"
            else:
                row.next_attempt_at = now + dt.timedelta(seconds=o.retry_in)
        # "later" (Telegram asked us to slow down): the row stays as it is and is simply sent again.


def purge_sent(*, session: Session, before: dt.datetime, limit: int) -> int:
    """Delete up to `limit` messages sent before `before`, adding them to their job's `purged_sent` so its
    report keeps counting them; returns how many were deleted."""
    rows = session.execute(select(OutboxMessage.id, OutboxMessage.job_id).where(
        OutboxMessage.state == "sent", OutboxMessage.sent_at < before).order_by(OutboxMessage.id).limit(limit)).all()
    if not rows:
        return 0
    per_job: dict[int, int] = {}
    for _mid, job_id in rows:
        per_job[job_id] = per_job.get(job_id, 0) + 1
    for job_id, n in per_job.items():
        session.execute(update(OutboxJob).where(OutboxJob.id == job_id)
                        .values(purged_sent=OutboxJob.purged_sent + n))
    session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_([mid for mid, _ in rows])))
    return len(rows)


def finish_jobs(*, session: Session, now: dt.datetime) -> list[OutboxJob]:
    """Close every job with nothing left to send; returns the jobs this call closed."""
    open_jobs = list(session.scalars(select(OutboxJob).where(OutboxJob.status == "sending")))
    if not open_jobs:
        return []
    busy = set(session.scalars(select(OutboxMessage.job_id).where(
        OutboxMessage.job_id.in_([j.id for j in open_jobs]), OutboxMessage.state == "pending").distinct()))
    closed: list[OutboxJob] = []
    for job in open_jobs:
        if job.id in busy:
            continue
        # Conditional, so two processes finishing the same job cannot both report it.
        done = session.execute(update(OutboxJob).where(OutboxJob.id == job.id, OutboxJob.status == "sending")
                               .values(status="done", finished_at=now))
        if int(getattr(done, "rowcount", 0) or 0) == 1:
            session.refresh(job)
            closed.append(job)
    return closed


def report_finished(*, session: Session, job: OutboxJob, now: dt.datetime, tz: dt.tzinfo,
                    wording: Wording) -> OutboxJob | None:
    """Queue the delivery report of a finished announcement to the organiser who made it (once)."""
    if job.kind != "broadcast" or job.created_by_channel is None or job.created_by_user is None:
        return None
    counts = job_counts(session=session, job_ids=[job.id]).get(job.id, Counts())
    recipients = account_recipient(session=session, channel=job.created_by_channel, user_id=job.created_by_user)
    number = broadcast_number(session=session, job_id=job.id)
    return create_job(session=session, kind="report", key=f"report:{job.id}", now=now, recipients=recipients,
                      text=wording.report(job, counts, tz, number), audience="người tổ chức")


# ------------------------------------------------------------------ reports

@dataclass(slots=True)
class Counts:
    sent: int = 0
    pending: int = 0
    failed: int = 0
    blocked: int = 0


def job_counts(*, session: Session, job_ids: Sequence[int]) -> dict[int, Counts]:
    """Messages per state for each job (sent ones deleted by retention included)."""
    out: dict[int, Counts] = {j: Counts() for j in job_ids}
    if not job_ids:
        return out
    for job_id, purged in session.execute(select(OutboxJob.id, OutboxJob.purged_sent)
                                          .where(OutboxJob.id.in_(list(job_ids)))):
        out[job_id].sent += int(purged or 0)
    rows = session.execute(select(OutboxMessage.job_id, OutboxMessage.state, func.count())
                           .where(OutboxMessage.job_id.in_(list(job_ids)))
                           .group_by(OutboxMessage.job_id, OutboxMessage.state))
    for job_id, state, n in rows:
        c = out[job_id]
        if state in ("sent", "pending", "failed", "blocked"):
            setattr(c, state, getattr(c, state) + int(n))
    return out


def broadcast_number(*, session: Session, job_id: int) -> int:
    """An announcement's number as organisers see it: its place among announcements (1 for the first). Job ids
    are shared with reminders, notices and reports, so the first announcement would otherwise be «#2» or «#9»."""
    return int(session.scalar(select(func.count()).select_from(OutboxJob).where(
        OutboxJob.kind == "broadcast", OutboxJob.id <= job_id)) or 0)


def broadcast_by_number(*, session: Session, number: int) -> OutboxJob | None:
    """The announcement an organiser names by its number (`broadcast_number`)."""
    if number < 1:
        return None
    return session.scalar(select(OutboxJob).where(OutboxJob.kind == "broadcast").order_by(OutboxJob.id)
                          .offset(number - 1).limit(1))


def recent_jobs(*, session: Session, channel: str | None, user_id: str | None, limit: int = 5) -> list[OutboxJob]:
    """An organiser's latest announcements (everyone's, for the command line)."""
    q = select(OutboxJob).where(OutboxJob.kind == "broadcast")
    if channel is not None:
        q = q.where(OutboxJob.created_by_channel == channel, OutboxJob.created_by_user == user_id)
    return list(session.scalars(q.order_by(OutboxJob.id.desc()).limit(limit)))


def pending_by_channel(*, session: Session) -> dict[str, int]:
    """How many messages wait per channel (for the health check and the command line)."""
    rows = session.execute(select(OutboxMessage.channel, func.count()).where(OutboxMessage.state == "pending")
                           .group_by(OutboxMessage.channel))
    return {c: int(n) for c, n in rows}


def cancel_job(*, session: Session, job_id: int) -> bool:
    """Stop an announcement: what is not sent yet will not be."""
    done = session.execute(update(OutboxJob).where(OutboxJob.id == job_id, OutboxJob.status == "sending")
                           .values(status="cancelled"))
    return int(getattr(done, "rowcount", 0) or 0) == 1

