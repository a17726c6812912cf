"""Registering for courses from the chat: places within capacity, a waiting list, cancelling, promotion.

A person holds one place per course whichever linked account (Telegram, Zalo) they register from. A full
course offers its waiting list; a freed place goes to the first person waiting, who is told through the
outbox. Registration closes at the deadline (or when the class starts); then the next suitable course is
offered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Select, case, delete, func, literal, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from knowledge import outbox, timing
from knowledge.db import insert_ignore
from knowledge.language.followup import base_title
from knowledge.models import Course, Registration, UserProfile, UTCDateTime
from knowledge.store import linked_accounts
from knowledge.wording import Wording


def maybe_upcoming(now: dt.datetime) -> ColumnElement[bool]:
    """A database filter that keeps every class not yet started by `knowledge.timing.started` (and a few more,
    that it then drops): those starting after `now`, and those dated by a period that may not be over."""
    return (Course.starts_at > now) | ((func.coalesce(Course.tentative, "") != "")
                                       & (Course.starts_at > now - timing.LONGEST_PERIOD))


def periods_under_way(session: Session, now: dt.datetime) -> list[int]:
    """Classes dated only by a period that has begun and is not over («quý IV/2026» in November): their stored
    start (the period's first day) has passed, yet `knowledge.timing.started` counts them as not started. A
    class put off to a day its note gives is dated by that day, not by its period (`timing.as_held`)."""
    rows = session.execute(select(Course.id, Course.status, Course.description, Course.tentative,
                                  Course.starts_at, Course.ends_at).where(
        func.coalesce(Course.tentative, "") != "", Course.starts_at <= now,
        Course.starts_at > now - timing.LONGEST_PERIOD))
    return [row.id for row in rows if timing.period_of(row) and not timing.started(timing.as_held(row), now)]


@dataclass(frozen=True, slots=True)
class PutOff:
    """A class put off («Đã hoãn»): when it is held, and whether its note gives no new date yet."""

    held: timing.HeldDates
    undated: bool


def postponed_held(session: Session) -> dict[int, PutOff]:
    """Every class put off, by id: few rows, read whole, so that lists kept in the database can filter and sort
    them by the dates they are held."""
    return {c.id: PutOff(timing.as_held(c), timing.postponed_to(c.description, c.starts_at) is None)
            for c in session.scalars(select(Course).where(Course.status == "postponed"))}


@dataclass(frozen=True, slots=True)
class HeldColumns:
    """SQL expressions of when each class is held (`timing.held`): its row's dates, or for a class put off to
    a day its note gives, that day (its length kept)."""

    starts_at: ColumnElement[dt.datetime]
    ends_at: ColumnElement[dt.datetime | None]


def held_columns(session: Session, postponed: dict[int, PutOff] | None = None) -> HeldColumns:
    """`HeldColumns` (`postponed`: `postponed_held`, when the caller has it already)."""
    moved = {cid: p.held for cid, p in (postponed_held(session) if postponed is None else postponed).items()
             if not p.undated}
    if not moved:
        return HeldColumns(Course.starts_at.expression, Course.ends_at.expression)
    kind = UTCDateTime()
    starts = case({cid: literal(h.starts_at, kind) for cid, h in moved.items()}, value=Course.id,
                  else_=Course.starts_at)
    ends = case({cid: literal(h.ends_at, kind) for cid, h in moved.items()}, value=Course.id, else_=Course.ends_at)
    return HeldColumns(starts, ends)


def not_started(session: Session, now: dt.datetime) -> ColumnElement[bool]:
    """A database filter of exactly the classes `knowledge.timing.started` counts as not started, for lists
    that a LIMIT or an ORDER BY keeps in the database (an organiser's classes to come, to announce). A class
    put off counts at its new date, or, with none yet, at the plan's (as an announcement checks it)."""
    under_way = periods_under_way(session, now)
    coming = [cid for cid, p in postponed_held(session).items() if not timing.started(p.held, now)]
    dated = (Course.starts_at > now) | Course.id.in_(under_way) if under_way else Course.starts_at > now
    return ((Course.status != "postponed") & dated) | Course.id.in_(coming)


@dataclass(frozen=True, slots=True)
class Result:
    """`status`: registered, already, waitlisted, already_waiting, closed (deadline passed), started,
    cancelled, not_open (planned or finished), full, left (cancelled a place), not_registered or unknown. `position` is on the waiting list."""

    status: str
    course: Course | None = None
    position: int = 0


def _person_rows(session: Session, course_id: int, profile: UserProfile) -> list[Registration]:
    """This person's registrations for the course, over all their linked accounts."""
    ids = [a.id for a in linked_accounts(session=session, profile=profile)]
    return list(session.scalars(select(Registration).where(Registration.course_id == course_id,
                                                           Registration.profile_id.in_(ids))))


def _lock_course(session: Session, course_id: int) -> Course | None:
    """The course, locked until the end of the transaction against a concurrent registration for its seats.

    PostgreSQL: a row lock. SQLite has none, and pysqlite runs reads outside any transaction until the first
    write, so two processes could both count a free seat and both take it. A no-op write first takes SQLite's
    database write lock (waiting up to the busy timeout), so the count below is read under it, and it holds
    until the seat is written and committed.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(update(Course).where(Course.id == course_id).values(capacity=Course.capacity)
                        .execution_options(synchronize_session=False))
        return session.scalar(select(Course).where(Course.id == course_id).execution_options(populate_existing=True))
    return session.scalar(select(Course).where(Course.id == course_id).with_for_update(of=Course))


def _open_course(session: Session, course_id: int, now: dt.datetime) -> tuple[Course | None, str | None]:
    """The course, locked against a concurrent last-seat registration, and why it is closed."""
    course = _lock_course(session, course_id)
    if course is None:
        return None, "unknown"
    if course.status == "cancelled":
        return course, "cancelled"
    if course.status == "postponed":
        # Put off: refused as put off only while it has no new date; past its new date or deadline, refused as
        # any class is (not told it has no new date when it has one).
        new = timing.postponed_to(course.description, course.starts_at)
        if new is None:
            return course, "postponed"
        if new <= now:
            return course, "started"
    elif course.status != "open":
        return course, "not_open"  # «Dự kiến» (a class with only a month defaults to it), or finished
    elif timing.started(course, now):  # a class dated by a period: once the period is over
        return course, "started"
    if course.registration_deadline is not None and course.registration_deadline < now:
        return course, "closed"
    return course, None


def _set_status(session: Session, course: Course, profile: UserProfile, rows: list[Registration], status: str,
                now: dt.datetime) -> bool:
    """Give this account a row with `status`; False when another process just inserted the same one."""
    mine = next((r for r in rows if r.profile_id == profile.id), rows[0] if rows else None)
    if mine is not None:
        mine.status, mine.updated_at = status, now
        if status == "waitlisted":
            mine.created_at = now  # the queue is ordered by when one joined it
        session.flush()
        return True
    new_id = insert_ignore(session, Registration, {"course_id": course.id, "profile_id": profile.id,
                                                    "status": status, "created_at": now, "updated_at": now},
                           "course_id, profile_id")
    return new_id is not None


def register(*, session: Session, course_id: int, profile: UserProfile, now: dt.datetime) -> Result:
    """Give the person a place on the course, if it still takes registrations and has room."""
    return _take(session, course_id, profile, now, wait=False)


def join_waitlist(*, session: Session, course_id: int, profile: UserProfile, now: dt.datetime) -> Result:
    """Put the person on the course's waiting list (or give them a place if one is free by now)."""
    return _take(session, course_id, profile, now, wait=True)


def _take(session: Session, course_id: int, profile: UserProfile, now: dt.datetime, *, wait: bool) -> Result:
    course, closed = _open_course(session, course_id, now)
    if closed is not None:
        return Result(closed, course)
    assert course is not None
    rows = _person_rows(session, course.id, profile)
    if any(r.status == "registered" for r in rows):
        return Result("already", course)
    waiting = next((r for r in rows if r.status == "waitlisted"), None)
    full = course.capacity is not None and registered_count(session=session, course_id=course.id) >= course.capacity
    if full or (wait and waiting is not None):
        if waiting is not None:
            return Result("already_waiting", course, waitlist_position(session=session, registration=waiting))
        if not wait:
            return Result("full", course)
        _set_status(session, course, profile, rows, "waitlisted", now)
        row = next(r for r in _person_rows(session, course.id, profile) if r.status == "waitlisted")
        return Result("waitlisted", course, waitlist_position(session=session, registration=row))
    if not _set_status(session, course, profile, rows, "registered", now):
        return Result("already", course)  # a double press handled by two processes
    return Result("registered", course)


def cancel(*, session: Session, course_id: int, profile: UserProfile, now: dt.datetime, tz: dt.tzinfo,
           wording: Wording) -> Result:
    """Give up a place (or leave the waiting list); a freed place goes to the first person waiting."""
    course = _lock_course(session, course_id)
    if course is None:
        return Result("unknown")
    rows = [r for r in _person_rows(session, course.id, profile) if r.status in ("registered", "waitlisted")]
    if not rows:
        return Result("not_registered", course)
    had_place = any(r.status == "registered" for r in rows)
    for r in rows:
        r.status, r.updated_at = "cancelled", now
    session.flush()
    if had_place and course.status != "cancelled" and not timing.started(timing.as_held(course), now):
        promote_waiting(session=session, course=course, now=now, tz=tz, wording=wording)
    return Result("left", course)


def promote_waiting(*, session: Session, course: Course, now: dt.datetime, tz: dt.tzinfo,
                    wording: Wording) -> list[Registration]:
    """Fill free places from the waiting list, first come first served, and tell each person promoted."""
    promoted: list[Registration] = []
    while course.capacity is None or registered_count(session=session, course_id=course.id) < course.capacity:
        first = session.scalar(select(Registration).where(
            Registration.course_id == course.id, Registration.status == "waitlisted",
        ).order_by(Registration.created_at, Registration.id).limit(1))
        if first is None:
            break
        first.status, first.updated_at = "registered", now
        session.flush()
        promoted.append(first)
        profile = session.get(UserProfile, first.profile_id)
        if profile is None:
            continue
        reply = wording.promoted(course, tz)
        outbox.create_job(session=session, kind="notice", text=reply.text, buttons=reply.buttons, now=now,
                          course_id=course.id,
                          key=f"promoted:{first.id}:{int(now.timestamp())}", audience="người được nhận từ danh sách chờ",
                          recipients=outbox.account_recipient(session=session, channel=profile.channel,
                                                              user_id=profile.user_id))
    return promoted


def waitlist_position(*, session: Session, registration: Registration) -> int:
    """1 for the first person waiting."""
    ahead = session.scalar(select(func.count()).select_from(Registration).where(
        Registration.course_id == registration.course_id, Registration.status == "waitlisted",
        (Registration.created_at < registration.created_at)
        | ((Registration.created_at == registration.created_at) & (Registration.id < registration.id)),
    ))
    return int(ahead or 0) + 1


def own_status(*, session: Session, profile: UserProfile, course_ids: Collection[int]) -> dict[int, str]:
    """This person's standing place on each of `course_ids` («registered» or «waitlisted»), over all their
    linked accounts; classes they hold nothing on are left out."""
    if not course_ids:
        return {}
    ids = [a.id for a in linked_accounts(session=session, profile=profile)]
    rows = session.execute(select(Registration.course_id, Registration.status).where(
        Registration.course_id.in_(list(course_ids)), Registration.profile_id.in_(ids),
        Registration.status.in_(("registered", "waitlisted"))))
    out: dict[int, str] = {}
    for course_id, status in rows:
        # A place beats a waiting-list entry when linked accounts hold both.
        if out.get(course_id) != "registered":
            out[course_id] = status
    return out


def registered_count(*, session: Session, course_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Registration).where(
        Registration.course_id == course_id, Registration.status == "registered")) or 0)


def my_registrations(*, session: Session, profile: UserProfile, now: dt.datetime) -> list[Registration]:
    """The person's places and waiting-list entries for courses not yet over, soonest first (a class dated
    only by a period stays until the period is over)."""
    ids = [a.id for a in linked_accounts(session=session, profile=profile)]
    rows = session.scalars(select(Registration).join(Course, Course.id == Registration.course_id).where(
        Registration.profile_id.in_(ids), Registration.status.in_(("registered", "waitlisted")),
        (func.coalesce(Course.ends_at, Course.starts_at) >= now) | maybe_upcoming(now) | (Course.status == "postponed"),
    ).order_by(Course.starts_at))
    # A class put off is kept until its new date is over (its row keeps the plan's dates, maybe past), and one
    # with no new date yet is kept whatever the day given up: the place still stands and may be given up.
    held = [(r, timing.as_held(r.course)) for r in rows]
    return [r for r, h in sorted(held, key=lambda rh: rh[1].starts_at)
            if timing.finish(h, h.ends_at) >= now
            or (r.course.status == "postponed" and timing.put_off_to(r.course) is None)]


def next_suitable(*, session: Session, course: Course, now: dt.datetime, dated: bool = False,
                  room: bool = False) -> Course | None:
    """The soonest course like this one (same topic, else same audience) that still takes registrations, one
    in the same province first: a chair turned away in Lạng Sơn is helped by a class in Lạng Sơn. `dated`:
    only classes with a day (for one turned away because its plan gives only a period); `room`: only classes
    with a place left (for one turned away because it is full)."""
    # A class put off to a new day its note gives takes registrations as an open one does (`takes_registrations`
    # drops one with no new date yet, or past it): sorted by the day it is held.
    held = held_columns(session)
    open_ = select(Course).where(
        Course.id != course.id, ((Course.status == "open") & maybe_upcoming(now)) | (Course.status == "postponed"),
        (Course.registration_deadline.is_(None)) | (Course.registration_deadline >= now),
    ).order_by(held.starts_at, Course.id)
    if dated:
        open_ = open_.where((func.coalesce(Course.tentative, "") == "") | (Course.status == "postponed"))
    kinds: list[ColumnElement[bool]] = []
    # The same class held again first (another batch, or the same title later): what the chair wanted, for the
    # same people; only then a class merely on its topic or for its audience.
    head = course.title.split("(")[0].strip()[:40]
    if head:
        kinds.append(Course.title.startswith(head, autoescape=True))
    if course.topic:
        kinds.append(Course.topic == course.topic)
    if course.audiences:
        kinds.append(Course.audiences.contains(course.audiences.split(";")[0]))
    for i, kind in enumerate(kinds):
        found = [c for c in session.scalars(open_.where(kind).limit(50))
                 if takes_registrations(c, now) and not (dated and timing.period_of(c))]
        if i == 0 and head:
            found = [c for c in found if _same_course(c, course)]
        if room:
            full = full_ones(session=session, courses=found)  # one query for them all
            found = [c for c in found if c.id not in full]
        if found:
            here = [c for c in found if course.province and c.province == course.province]
            return (here or found)[0]
    return None


def _same_course(other: Course, course: Course) -> bool:
    """The same class held again: its title but for the batch mark, for the same people (or for anyone). A batch
    that also takes others («Chủ tịch CĐCS; Kế toán CĐCS» after «Chủ tịch CĐCS») takes the same people."""
    if base_title(other.title) != base_title(course.title):
        return False
    return (not other.audiences or not course.audiences
            or set(course.audiences.split(";")) <= set(other.audiences.split(";")))


def course_registrations(*, session: Session, course_id: int) -> list[tuple[Registration, UserProfile]]:
    """Everyone on the course and its waiting list, in order (for organisers)."""
    rows = session.execute(select(Registration, UserProfile).join(UserProfile, UserProfile.id == Registration.profile_id)
                           .where(Registration.course_id == course_id,
                                  Registration.status.in_(("registered", "waitlisted")))
                           .order_by(Registration.status, Registration.created_at, Registration.id))
    return [(r, p) for r, p in rows.tuples()]


# ------------------------------------------------------------------ what an organiser needs of a registration

class Open(timing.Dated, Protocol):
    """What deciding on registration reads of a class (a Course or a CourseRec)."""

    @property
    def status(self) -> str: ...
    @property
    def registration_deadline(self) -> dt.datetime | None: ...
    @property
    def description(self) -> str: ...


def full_for(*, session: Session, course: Course, profile: UserProfile) -> bool:
    """Whether the course has no place left for this person: full, and they hold neither a place nor a
    waiting-list entry on it (one who does is told so by the registration itself)."""
    if course.capacity is None or registered_count(session=session, course_id=course.id) < course.capacity:
        return False
    return not any(r.status in ("registered", "waitlisted") for r in _person_rows(session, course.id, profile))


def takes_registrations(course: Open, now: dt.datetime) -> bool:
    """Open (a class dated only by a period is «Dự kiến» unless its plan opened it), not started (see
    knowledge.timing) and before its deadline. A class put off («Đã hoãn») takes them only once its note gives
    the new date, until that date."""
    if course.status == "postponed":
        new = timing.put_off_to(course)
        return new is not None and new > now and (
            course.registration_deadline is None or course.registration_deadline >= now)
    return (course.status == "open" and not timing.started(course, now)
            and (course.registration_deadline is None or course.registration_deadline >= now))


@dataclass(frozen=True, slots=True)
class Details:
    """A person's registration details, as they gave them (with consent) for attendance lists."""

    full_name: str
    unit: str
    phone: str | None
    given_at: dt.datetime | None


def details_of(*, session: Session, profile: UserProfile) -> Details | None:
    """The details the person gave from any of their linked accounts, or None."""
    for account in linked_accounts(session=session, profile=profile):
        if account.full_name and account.unit_name:
            return Details(account.full_name, account.unit_name, account.phone, account.details_at)
    return None


def save_details(*, profile: UserProfile, full_name: str, unit: str, phone: str | None, now: dt.datetime) -> None:
    profile.full_name, profile.unit_name, profile.phone, profile.details_at = full_name, unit, phone, now


def change_phone(*, session: Session, profile: UserProfile, phone: str | None, now: dt.datetime) -> bool:
    """Set (or, with None, erase) the phone of the details given, on every linked account that holds them;
    False when none does."""
    had = False
    for account in linked_accounts(session=session, profile=profile):
        if account.full_name and account.unit_name:
            account.phone, account.details_at, had = phone, now, True
    return had


def change_name(*, session: Session, profile: UserProfile, full_name: str, now: dt.datetime) -> bool:
    """Set the full name of the details given, on every linked account that holds them; False when none does."""
    had = False
    for account in linked_accounts(session=session, profile=profile):
        if account.full_name and account.unit_name:
            account.full_name, account.details_at, had = full_name, now, True
    return had


def delete_details(*, session: Session, profile: UserProfile) -> bool:
    """Erase the details from every linked account; False when there were none."""
    had = False
    for account in linked_accounts(session=session, profile=profile):
        had = had or bool(account.full_name or account.unit_name or account.phone)
        account.full_name = account.unit_name = account.phone = None
        account.details_at = None
    return had


def erase_profile(*, session: Session, profile: UserProfile) -> None:
    """Everything the person gave or said, erased from every linked account (the right to erasure, Law 91/2025):
    the registration details, role, union and province, the questions kept for organisers and the conversation's
    state. Their places in classes stay, without a name (an organiser's list shows a place taken), and the chat
    to write to, so a class they hold a place in can still be called off to them; reminders they turned off stay
    off (erasing is no consent to more messages). The conversation state of `profile` itself is the caller's to
    clear (a turn holds it and saves it as it ends)."""
    from knowledge.models import ConversationState, UnansweredQuestion

    for account in linked_accounts(session=session, profile=profile):
        account.full_name = account.unit_name = account.phone = None
        account.details_at = None
        account.role = account.province = account.display_name = None
        account.organisation_id = None
        session.execute(delete(UnansweredQuestion).where(UnansweredQuestion.channel == account.channel,
                                                         UnansweredQuestion.user_id == account.user_id))
        if account is not profile:  # (the caller's own is in its hands, cleared there, saved as the turn ends)
            session.execute(delete(ConversationState).where(ConversationState.channel == account.channel,
                                                            ConversationState.user_id == account.user_id))


def seats(*, session: Session, course: Course) -> tuple[int, int | None]:
    """(places taken, capacity); capacity None: no limit."""
    return registered_count(session=session, course_id=course.id), course.capacity


def waiting_count(*, session: Session, course_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Registration).where(
        Registration.course_id == course_id, Registration.status == "waitlisted")) or 0)


def overlapping(*, session: Session, profile: UserProfile, course: Course, now: dt.datetime) -> list[Course]:
    """The person's other classes (places or waiting) whose days meet this one's (a class put off: at the days
    it is held, `timing.as_held`)."""
    this = timing.as_held(course)
    start, end = this.starts_at, this.ends_at or this.starts_at
    out = []
    for r in my_registrations(session=session, profile=profile, now=now):
        other, held = r.course, timing.as_held(r.course)
        if other.id == course.id or held.tentative or this.tentative:
            continue
        if held.starts_at <= end and start <= (held.ends_at or held.starts_at):
            out.append(other)
    return out


# ------------------------------------------------------------------ which classes take a registration now

def open_now(*, session: Session, now: dt.datetime, among: Collection[int] | None = None,
             limit: int = 200) -> list[Course]:
    """The classes anyone can register for at `now` (of `among`, when given): open (not called off, not only
    planned), not started (see knowledge.timing), before their deadline and with a place left; the nearest
    deadline first, then those giving none, by their start («lớp nào đang mở đăng ký»)."""
    query = select(Course).where(
        ((Course.status == "open") & maybe_upcoming(now)) | (Course.status == "postponed"),
        (Course.registration_deadline.is_(None)) | (Course.registration_deadline >= now),
    ).order_by(Course.registration_deadline.is_(None), Course.registration_deadline, Course.starts_at, Course.id)
    query, fetch = _among(query, among, limit * 2)
    rows = [c for c in session.scalars(query.limit(fetch))
            if takes_registrations(c, now) and (among is None or c.id in among)]
    taken = _taken(session, [c.id for c in rows if c.capacity is not None])
    return [c for c in rows if c.capacity is None or taken.get(c.id, 0) < c.capacity][:limit]


def closing_between(*, session: Session, start: dt.datetime, end: dt.datetime, now: dt.datetime,
                    among: Collection[int] | None = None, limit: int = 200) -> list[Course]:
    """The classes (of `among`, when given) whose registration deadline falls in [start, end) («lớp nào hết
    hạn đăng ký tuần này»), by deadline: not called off and not started (one whose deadline passed earlier in
    the window is listed too; the reply flags it)."""
    query = select(Course).where(
        Course.status.in_(("open", "planned", "postponed")), Course.registration_deadline.is_not(None),
        Course.registration_deadline >= start, Course.registration_deadline < end,
    ).order_by(Course.registration_deadline, Course.starts_at, Course.id)
    query, fetch = _among(query, among, limit)
    # A class put off counts with its new date (it takes registrations then, as `open_now` says), not before.
    rows = [c for c in session.scalars(query.limit(fetch)) if not timing.started(timing.as_held(c), now)
            and (c.status != "postponed" or timing.postponed_to(c.description, c.starts_at) is not None)]
    return [c for c in rows if among is None or c.id in among][:limit]


def full_ones(*, session: Session, courses: Collection[Course]) -> set[int]:
    """The ids of `courses` with no place left (a capacity, all of it taken), in one query: a list by deadline
    says so beside each one («(đã đủ chỗ)»), and invites no registration for them."""
    limited = [c for c in courses if c.capacity is not None]
    taken = _taken(session, [c.id for c in limited])
    return {c.id for c in limited if c.capacity is not None and taken.get(c.id, 0) >= c.capacity}


# Ids put in one SQL «IN (…)» at most (SQLite's and the drivers' limits on bound parameters are far above it).
_IN_LIMIT = 900


def _among(query: Select[tuple[Course]], among: Collection[int] | None, fetch: int) -> tuple[Select[tuple[Course]], int]:
    """The query kept to the classes `among` (in SQL when they are few; else more rows are read and the
    caller keeps those among them)."""
    if among is None:
        return query, fetch
    if len(among) <= _IN_LIMIT:
        return query.where(Course.id.in_(list(among))), fetch
    return query, fetch * 20


def _taken(session: Session, course_ids: list[int]) -> dict[int, int]:
    """Places taken per course, in one query."""
    if not course_ids:
        return {}
    rows = session.execute(select(Registration.course_id, func.count()).where(
        Registration.course_id.in_(course_ids), Registration.status == "registered",
    ).group_by(Registration.course_id))
    return {cid: int(n) for cid, n in rows.tuples()}
