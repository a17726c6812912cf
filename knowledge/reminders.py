"""Reminders: what is due when, for whom, and the change notices when a class is moved or cancelled.

The database is the source of truth. A course's reminders are computed from its start (the class ladder:
7 days before, 1 day before at 07:00, 2 hours before, unless the deployment or the course says otherwise)
and from its registration deadline (3 days and 1 day before, to people it suits who have not registered).
A class whose plan gave only its dates (`hours_written` false: its 08:00 is the import's guess) gets only the
rungs counted in days (7 days, 1 day at 07:00): one counted in hours from a start nobody wrote ("2h") would
send «còn 2 giờ nữa» at 06:00 for a class that may begin at 07:30 or 13:30, so it is left out; the day before
at 07:00 has said «ngày mai» already. Each reminder is one keyed outbox job, `remind:<course>:<rung>:<start>`
or `deadline:<course>:<rung>:<deadline>`, whose recipients are chosen when it fires: one message per person,
so each registration gets each reminder at most once, and moving a class (a new start in the key) plans a
fresh ladder. The scheduler (scheduler/) only decides *when* to call `fire`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from knowledge import outbox, registrations, timing
from knowledge.models import Course, OutboxJob, Registration, UserProfile
from knowledge.text import fold
from knowledge.wording import Wording

# What a person can turn off with /nhacnho (stored in user_profiles.reminders_off).
KINDS = ("week", "day", "hours", "deadline")
TAKES_REGISTRATIONS = ("open", "postponed")
ACTIVE = ("open", "planned")
# A class put off («Đã hoãn»): reminded of, and its registrations kept, once its note gives the new date.
POSTPONED = "postponed"


class LadderError(ValueError):
    """A reminder ladder that cannot be read; the message is Vietnamese, for the organiser."""


@dataclass(frozen=True, slots=True)
class Rung:
    """One reminder before an event: `days` and `minutes` before it, or `days` before at the clock time `at`."""

    days: int = 0
    minutes: int = 0
    at: dt.time | None = None

    @property
    def key(self) -> str:
        """Stable and short: "7d", "1d@07:00", "2h", "90m"."""
        if self.at is not None:
            return f"{self.days}d@{self.at:%H:%M}"
        if self.minutes == 0:
            return f"{self.days}d"
        if self.days == 0:
            return f"{self.minutes // 60}h" if self.minutes % 60 == 0 else f"{self.minutes}m"
        return f"{self.days}d{self.minutes}m"

    @property
    def from_hour(self) -> bool:
        """Counted in hours or minutes from the class's start ("2h", "1d2h"), so only as good as that hour;
        "7d" and "1d@07:00" name a day (and a clock time of their own)."""
        return self.at is None and self.minutes > 0

    @property
    def kind(self) -> str:
        """The /nhacnho kind it belongs to: week (2 days or more), day, or hours (the same day)."""
        if self.days >= 2:
            return "week"
        if self.days == 1:
            return "day"
        return "hours"

    def due(self, event: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
        if self.at is None:
            return event - dt.timedelta(days=self.days, minutes=self.minutes)
        day = event.astimezone(tz).date() - dt.timedelta(days=self.days)
        return dt.datetime.combine(day, self.at, tzinfo=tz)

    def label(self) -> str:
        if self.at is not None:
            return f"{self.days} ngày lúc {self.at:%H:%M}"
        parts = [f"{self.days} ngày"] if self.days else []
        if self.minutes:
            parts.append(f"{self.minutes // 60} giờ" if self.minutes % 60 == 0 else f"{self.minutes} phút")
        return " ".join(parts)


_RUNG = re.compile(
    r"(?:(?P<days>\d{1,3})\s*(?:d|ngay)(?:\s*(?:@|luc)\s*(?P<hh>\d{1,2})(?:\s*[:h]\s*(?P<mm>\d{2}))?\s*h?)?)?"
    r"\s*(?:(?P<hours>\d{1,3})\s*(?:h|gio|tieng))?"
    r"\s*(?:(?P<minutes>\d{1,4})\s*(?:m|p|phut))?"
)
NO_REMINDERS = ("khong", "none", "tat", "0")


def parse_ladder(text: str) -> tuple[Rung, ...]:
    """ "7 ngày; 1 ngày lúc 07:00; 2 giờ" or "7d,1d@07:00,2h"; "không" for none. Raises LadderError."""
    folded = fold(text or "").strip()
    if folded in NO_REMINDERS:
        return ()
    rungs: list[Rung] = []
    for raw in re.split(r"[;,|]", folded):
        item = raw.strip().removeprefix("truoc").strip()
        if not item:
            continue
        m = _RUNG.fullmatch(item)
        if m is None or not any(m.group(g) for g in ("days", "hours", "minutes")):
            raise LadderError(f"không hiểu mốc nhắc «{raw.strip()}» (ví dụ đúng: «7 ngày», «1 ngày lúc 07:00», «2 giờ»)")
        days = int(m.group("days") or 0)
        minutes = int(m.group("hours") or 0) * 60 + int(m.group("minutes") or 0)
        at = None
        if m.group("hh") is not None:
            hh, mm = int(m.group("hh")), int(m.group("mm") or 0)
            if hh > 23 or mm > 59 or minutes:
                raise LadderError(f"giờ nhắc «{raw.strip()}» không hợp lệ")
            at = dt.time(hh, mm)
        if days > 60 or (days == 0 and minutes == 0 and at is None):
            raise LadderError(f"mốc nhắc «{raw.strip()}» phải từ 1 phút đến 60 ngày trước giờ học")
        rungs.append(Rung(days, minutes, at))
    if not rungs:
        raise LadderError("chưa có mốc nhắc nào")
    if len({r.key for r in rungs}) != len(rungs):
        raise LadderError("có mốc nhắc bị lặp")
    return tuple(rungs)


# The deployment's zone when a caller gives none (CADREBOT_TIMEZONE's default).
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

DEFAULT_LADDER = (Rung(days=7), Rung(days=1, at=dt.time(7, 0)), Rung(minutes=120))
DEFAULT_DEADLINE = (Rung(days=3), Rung(days=1))


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """The deployment's reminder settings, and the words of its messages (handlers.notices, wired in bot/)."""

    wording: Wording
    ladder: tuple[Rung, ...] = DEFAULT_LADDER
    deadline: tuple[Rung, ...] = DEFAULT_DEADLINE
    quiet_start: dt.time = dt.time(21, 0)
    quiet_end: dt.time = dt.time(7, 0)
    # The bot's public address (CADREBOT_PUBLIC_URL): reminders then link /ics/<course>.ics, for Zalo, which
    # cannot carry the file Telegram gets.
    public_url: str | None = None

    def ics_link(self, course: Course) -> str | None:
        return f"{self.public_url.rstrip('/')}/ics/{course.id}.ics" if self.public_url else None


def quiet(when: dt.datetime, config: Config, tz: dt.tzinfo) -> bool:
    """Within the quiet hours (21:00–07:00 by default), when only the last reminder before a class may go."""
    t = when.astimezone(tz).time()
    if config.quiet_start <= config.quiet_end:
        return config.quiet_start <= t < config.quiet_end
    return t >= config.quiet_start or t < config.quiet_end


def after_quiet(when: dt.datetime, config: Config, tz: dt.tzinfo) -> dt.datetime:
    """`when`, or the end of the quiet hours it falls in."""
    if not quiet(when, config, tz):
        return when
    local = when.astimezone(tz)
    end = dt.datetime.combine(local.date(), config.quiet_end, tzinfo=tz)
    if end <= local:
        end = dt.datetime.combine(local.date() + dt.timedelta(days=1), config.quiet_end, tzinfo=tz)
    return end


# ------------------------------------------------------------------ the plan

@dataclass(frozen=True, slots=True)
class Planned:
    """One reminder to send: `job_id` is stable per (course, rung) for the scheduler; `key` names the outbox
    job and includes the event time, so a moved class gets new reminders."""

    job_id: str
    course_id: int
    kind: str  # class | deadline
    rung: Rung
    due: dt.datetime = field(compare=False)
    run_at: dt.datetime = field(compare=False)
    key: str


class Timed(Protocol):
    """What planning reads of a course (a Course, or a row of just these columns)."""

    @property
    def id(self) -> int: ...
    @property
    def status(self) -> str: ...
    @property
    def starts_at(self) -> dt.datetime: ...
    @property
    def registration_deadline(self) -> dt.datetime | None: ...
    @property
    def reminders(self) -> str | None: ...
    @property
    def tentative(self) -> str | None: ...
    @property
    def description(self) -> str: ...
    @property
    def hours_written(self) -> bool: ...


def held_start(course: Timed) -> dt.datetime | None:
    """When the class is held: its start, or for a class put off the new date its note gives (None while it
    has none: nothing to remind of yet)."""
    if course.status == POSTPONED:
        return timing.postponed_to(course.description, course.starts_at)
    return course.starts_at


def course_ladder(course: Timed, config: Config) -> tuple[Rung, ...]:
    """The course's own ladder when it has a readable one, else the deployment's."""
    if course.reminders is None:
        return config.ladder
    try:
        return parse_ladder(course.reminders)
    except LadderError:
        return config.ladder


def rungs_to_send(course: Timed, config: Config) -> tuple[Rung, ...]:
    """The course's ladder without the rungs counted from an hour its plan never gave (see the module's
    docstring): a class dated by its days alone is reminded of by day."""
    ladder = course_ladder(course, config)
    if course.hours_written is not False:
        return ladder
    return tuple(r for r in ladder if not r.from_hour)


def _epoch(value: dt.datetime) -> int:
    return int(value.timestamp())


def _rungs_for(course: Timed, event: dt.datetime, rungs: Sequence[Rung], kind: str, prefix: str,
               sent: set[str], now: dt.datetime, config: Config, tz: dt.tzinfo) -> list[Planned]:
    """The reminders still to send before `event`: the future ones, and of those missed (the bot was down)
    only the latest, once, while it is still useful."""
    candidates: list[Planned] = []
    for rung in rungs:
        due = rung.due(event, tz)
        if due >= event:
            continue
        key = f"{prefix}:{course.id}:{rung.key}:{_epoch(event)}"
        run_at = max(due, now)
        if kind == "deadline" or rung.kind != "hours":
            run_at = after_quiet(run_at, config, tz)
        if run_at >= event:
            continue
        candidates.append(Planned(f"{prefix}:{course.id}:{rung.key}", course.id, kind, rung, due, run_at, key))
    candidates.sort(key=lambda p: p.due)
    latest_sent = max((p.due for p in candidates if p.key in sent), default=None)
    out: list[Planned] = []
    missed = [p for p in candidates if p.due <= now and p.key not in sent]
    for p in candidates:
        if p.key in sent or (latest_sent is not None and p.due <= latest_sent):
            continue  # sent, or an older reminder overtaken by a newer one already sent
        if p.due <= now and p is not missed[-1]:
            continue  # missed while down: only the latest missed one goes, late
        out.append(p)
    return out


def plan_course(course: Timed, *, sent: set[str], now: dt.datetime, config: Config, tz: dt.tzinfo) -> list[Planned]:
    """The reminders still to send for one course (one dated only by a period: until the period is over)."""
    start = held_start(course)
    if (course.status not in ACTIVE and course.status != POSTPONED) or start is None:
        return []
    period = timing.held_period(course.status, course.description, course.starts_at, course.tentative)
    if timing.started(timing.HeldDates(start, None, period), now):
        return []
    out: list[Planned] = []
    # Only a month or a quarter is known (the start is its first day): no class reminder until a date is.
    if not period:
        out = _rungs_for(course, start, rungs_to_send(course, config), "class", "remind", sent, now, config, tz)
    deadline = course.registration_deadline
    if course.status in TAKES_REGISTRATIONS and deadline is not None and deadline > now:
        event = deadline if period else min(deadline, start)
        out += _rungs_for(course, event, config.deadline, "deadline", "deadline", sent, now, config, tz)
    return out


def sent_keys(*, session: Session, course_ids: Iterable[int] | None = None, now: dt.datetime) -> set[str]:
    """Keys of reminder jobs already queued for upcoming courses (or for the given ones)."""
    q = select(OutboxJob.key).where(OutboxJob.kind == "reminder", OutboxJob.key.is_not(None))
    if course_ids is None:
        q = q.join(Course, Course.id == OutboxJob.course_id).where(registrations.maybe_upcoming(now)
                                                                   | (Course.status == POSTPONED))
        return {k for k in session.scalars(q) if k}
    ids = list(course_ids)
    keys: set[str] = set()
    for start in range(0, len(ids), 500):
        keys.update(k for k in session.scalars(q.where(OutboxJob.course_id.in_(ids[start:start + 500]))) if k)
    return keys


def plan(*, session: Session, now: dt.datetime, config: Config, tz: dt.tzinfo) -> list[Planned]:
    """Every reminder still to send, for every upcoming course (the scheduler's whole job list)."""
    sent = sent_keys(session=session, now=now)
    # Only the columns planning needs: 20,000 courses load in a fraction of the time whole objects take.
    # A class put off keeps the plan's start on its row, which may have passed before its new date: each one is
    # read (they are few) and `plan_course` goes by the new date.
    rows = session.execute(select(Course.id, Course.status, Course.starts_at, Course.registration_deadline,
                                  Course.reminders, Course.tentative, Course.description,
                                  Course.hours_written).where(
        (registrations.maybe_upcoming(now) & Course.status.in_(ACTIVE)) | (Course.status == POSTPONED)))
    out: list[Planned] = []
    for row in rows:
        out.extend(plan_course(row, sent=sent, now=now, config=config, tz=tz))
    return out


# ------------------------------------------------------------------ firing

@dataclass(frozen=True, slots=True)
class Fired:
    """What `fire` did: queued (the outbox job and its recipient count), later (not yet: the quiet hours, or
    the class moved), or gone (nothing to send: sent already, cancelled, too late)."""

    status: str
    job_id: int | None = None
    total: int = 0
    run_at: dt.datetime | None = None


def fire(*, session: Session, job_id: str, now: dt.datetime, config: Config, tz: dt.tzinfo,
         slack: dt.timedelta = dt.timedelta(seconds=5)) -> Fired:
    """Queue the reminder the scheduler's `job_id` stands for, if it is still due and useful; exactly once,
    because the outbox job's key is unique."""
    parts = job_id.split(":")
    course_id = parts[1] if len(parts) >= 3 else ""
    course = session.get(Course, int(course_id)) if course_id.isdigit() else None
    if course is None:
        return Fired("gone")
    sent = sent_keys(session=session, course_ids=[course.id], now=now)
    planned = next((p for p in plan_course(course, sent=sent, now=now, config=config, tz=tz) if p.job_id == job_id),
                   None)
    if planned is None:
        return Fired("gone")
    if planned.run_at > now + slack:
        return Fired("later", run_at=planned.run_at)
    period = timing.period_of(course)
    link = None if period else config.ics_link(course)  # no calendar entry without a date
    if planned.kind == "class":
        recipients = _registered(session, course, planned.rung.kind)
        reply = config.wording.class_reminder(course, planned.rung.kind, now, tz, link)
        audience = f"người đã đăng ký — {planned.rung.label()} trước giờ học"
    else:
        recipients = _deadline_audience(session, course)
        reply = config.wording.deadline_reminder(course, now, tz, link)
        audience = f"người phù hợp chưa đăng ký — {planned.rung.label()} trước hạn đăng ký"
    job = outbox.create_job(session=session, kind="reminder", key=planned.key, text=reply.text, buttons=reply.buttons,
                            recipients=recipients, now=now, course_id=course.id, audience=audience,
                            attachment=None if period else calendar(course, now, tz))
    if job is None:
        return Fired("gone")  # another process queued it first
    return Fired("queued", job.id, job.total)


def _not_muted(kind: str) -> ColumnElement[bool]:
    return ~(";" + UserProfile.reminders_off + ";").contains(f";{kind};")


def _registered(session: Session, course: Course, kind: str) -> outbox.Recipients:
    """People with a place on the course who did not turn this kind of reminder off."""
    # From the course's registrations to their profiles (an index each), not over every profile.
    places = select(Registration.profile_id).where(Registration.course_id == course.id,
                                                   Registration.status == "registered")
    return outbox.select_profiles(session=session, condition=and_(UserProfile.id.in_(places), _not_muted(kind)))


def _deadline_audience(session: Session, course: Course) -> outbox.Recipients:
    """People the course is meant for (role and union) who hold no place and are not waiting for one, over
    all their linked accounts, and who did not turn deadline reminders off."""
    other = aliased(UserProfile)
    taken = (select(Registration.id).join(other, other.id == Registration.profile_id)
             .where(Registration.course_id == course.id, Registration.status.in_(("registered", "waitlisted")),
                    (other.id == UserProfile.id) | (other.person_id == UserProfile.person_id)))
    cond: list[ColumnElement[bool]] = [~exists(taken), _not_muted("deadline")]
    roles = [r for r in course.audiences.split(";") if r]
    if roles:
        cond.append(UserProfile.role.in_(roles))
    if course.organiser_id is not None:
        unions = outbox.subtree(session=session, roots=[course.organiser_id])
        cond.append(UserProfile.organisation_id.in_(unions))
    return outbox.select_profiles(session=session, condition=and_(*cond))


def _where(course: Course) -> str:
    return ", ".join(filter(None, (course.venue, course.province)))


def calendar(course: Course, now: dt.datetime, tz: dt.tzinfo = VIETNAM) -> str:
    """The class as an iCalendar (.ics) event, to add to a phone's calendar in one tap; `tz` gives the days of
    a class whose plan gave no hours (an all-day event)."""
    # Imported here: icalendar costs about 0.1 s at every process start (the CLI, each bot), for a file
    # asked for only when someone saves a class to a calendar.
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//cadrebot//Lich hoc cong doan//VI")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    event = Event()
    starts_at, ends_at = timing.held(course)  # a class put off: at its new date
    event.add("uid", f"course-{course.code}@cadrebot")
    event.add("dtstamp", now.astimezone(dt.UTC))
    end = ends_at if ends_at is not None and ends_at > starts_at else None
    if course.hours_written is False:
        # The plan gave days, not hours: an all-day event over them (DTEND is the day after the last, RFC 5545),
        # never the import's 08:00–17:00 shown in a phone's calendar as if the office had set it.
        first = starts_at.astimezone(tz).date()
        last = max(first, end.astimezone(tz).date()) if end is not None else first
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))
    else:
        event.add("dtstart", starts_at.astimezone(dt.UTC))
        event.add("dtend", (end or starts_at + dt.timedelta(hours=4)).astimezone(dt.UTC))
    event.add("summary", course.title)
    if _where(course):
        event.add("location", _where(course))
    if note := timing.note_shown(course):  # without a sentence still putting off a class since moved
        event.add("description", note)
    # A moved class keeps its uid and gets a higher sequence, so calendars update the event in place.
    event.add("sequence", max(0, _epoch(starts_at) // 60 - 28_000_000))
    cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical.decode()


# ------------------------------------------------------------------ changes

@dataclass(frozen=True, slots=True)
class Snapshot:
    """What registered people were told about a class: compared after a change to decide the notice."""

    starts_at: dt.datetime
    venue: str | None
    province: str | None
    status: str
    tentative: str | None = None  # the period, when the class had no day yet
    undated: bool = False  # put off, and its note gives no new date yet
    hours_written: bool = True  # false: people were told the day only (the plan gave no hour)

    @classmethod
    def of(cls, course: Course) -> Snapshot:
        """As people were told it: a class put off at the new date its note gives (`starts_at` stays the plan's
        while there is none)."""
        new = held_start(course)
        return cls(new or course.starts_at, course.venue, course.province, course.status,
                   timing.period_of(course) or None, undated=new is None,
                   hours_written=course.hours_written is not False)


def notify_change(*, session: Session, course: Course, before: Snapshot, now: dt.datetime, tz: dt.tzinfo,
                  config: Config) -> OutboxJob | None:
    """Tell everyone registered (or waiting) that the class was cancelled, put off, moved or changed place.
    The reminders follow by themselves: their keys carry the start (a class put off: its new date), and a
    cancelled class, or one put off with no new date yet, plans none."""
    after = Snapshot.of(course)
    if after == before or (timing.started(after, now) and timing.started(before, now)):
        return None
    if after.status == "cancelled" and before.status != "cancelled":
        similar = registrations.next_suitable(session=session, course=course, now=now)
        reply = config.wording.cancelled(course, before.starts_at, similar, tz)
    elif after.status == POSTPONED and (before.status != POSTPONED or (before.undated and not after.undated)):
        # Put off, or its new date now given: when it was due (unless that was said already) and the new date.
        was = None if before.status == POSTPONED else before.starts_at
        reply = config.wording.postponed(course, was=was, new=None if after.undated else after.starts_at,
                                         period=before.tentative, tz=tz)
    elif after.status not in ACTIVE and after.status != POSTPONED:
        return None
    else:
        # A class dated only by a period that now has its day is news even when the day is the period's first.
        dated = before.tentative is not None and after.tentative is None
        moved = after.starts_at != before.starts_at and not dated and not after.undated
        new_place = (after.venue, after.province) != (before.venue, before.province)
        # Put off with no new date, now held again: news even on the plan's own date.
        reopened = before.status == "cancelled" or (before.undated and after.status != POSTPONED)
        # The hour, never given before, is given now (even the one the import had guessed): people were told
        # the day only, and their reminders now include the one before the hour.
        timed = not before.hours_written and after.hours_written and not dated
        if not (moved or dated or new_place or reopened or timed):
            return None
        reply = config.wording.changed(course, moved_from=before.starts_at if moved else None, new_place=new_place,
                                       reopened=reopened, tz=tz, period=before.tentative if dated else None,
                                       hour_given=timed, earlier_hour=before.hours_written)
    people = select(Registration.profile_id).where(Registration.course_id == course.id,
                                                   Registration.status.in_(("registered", "waitlisted")))
    recipients = outbox.select_profiles(session=session, condition=UserProfile.id.in_(people))
    if not recipients.count and not recipients.skipped:
        return None  # nobody registered: nobody to tell
    # Not at night, unless the class itself comes before the quiet hours end.
    not_before = after_quiet(now, config, tz)
    if not_before >= min(before.starts_at, after.starts_at):
        not_before = now
    dated = after.status in ACTIVE or (after.status == POSTPONED and not after.undated)
    return outbox.create_job(session=session, kind="notice", text=reply.text, buttons=reply.buttons, now=now,
                             recipients=recipients, course_id=course.id, audience="người đã đăng ký lớp",
                             not_before=not_before, attachment=calendar(course, now, tz) if dated else None)


@dataclass(frozen=True, slots=True)
class MovedEnd:
    """Where a class moved to a new start ends if it keeps its length, and whether the organiser must see
    that end first: it falls later in the day than the class used to end (08:00–17:00 moved to 13:30 would
    end at 22:30), or on another day than the class's span gives (past midnight)."""

    ends_at: dt.datetime | None
    to_confirm: bool


def moved_end(course: Course, starts_at: dt.datetime, tz: dt.tzinfo) -> MovedEnd:
    """See `MovedEnd`; a class with no end keeps none."""
    if course.ends_at is None:
        return MovedEnd(None, False)
    ends_at = starts_at + (course.ends_at - course.starts_at)
    old_start, old_end = course.starts_at.astimezone(tz), course.ends_at.astimezone(tz)
    new_start, new_end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    span_changed = (new_end.date() - new_start.date()) != (old_end.date() - old_start.date())
    return MovedEnd(ends_at, span_changed or new_end.time() > old_end.time())


def reschedule(*, session: Session, course: Course, now: dt.datetime, tz: dt.tzinfo, config: Config,
               starts_at: dt.datetime | None = None, venue: str | None = None,
               cancel: bool = False, ends_at: dt.datetime | None = None, hour_given: bool = False) -> OutboxJob | None:
    """An organiser moves a class, changes its place or cancels it; everyone registered is told. A class moved
    without a new end (`ends_at`) keeps its length (`moved_end`: callers show that end first when it runs late).
    `hour_given`: the organiser typed the start's hour (not a date alone), so it is the class's hour from now on,
    also for a class whose plan gave none (`starts_at` may then equal the start stored)."""
    before = Snapshot.of(course)
    if starts_at is not None and hour_given:
        course.hours_written = True
        course.day_part = None  # the hour typed replaces the part of the day the plan gave
    if starts_at is not None:
        length = (course.ends_at - course.starts_at) if course.ends_at is not None else None
        course.starts_at = starts_at
        if ends_at is not None:
            course.ends_at = ends_at
        elif length is not None:
            course.ends_at = starts_at + length
        if course.registration_deadline is not None and course.registration_deadline > starts_at:
            course.registration_deadline = starts_at
    elif ends_at is not None:
        course.ends_at = ends_at  # only the end changes (a class that runs shorter or longer)
    if venue is not None:
        course.venue = venue
    if starts_at is not None and course.status == POSTPONED:
        course.status = "open"  # the organiser's own new date replaces the one the note gave: no longer put off
    if cancel:
        course.status = "cancelled"
    session.flush()
    return notify_change(session=session, course=course, before=before, now=now, tz=tz, config=config)


def kinds_off(profile: UserProfile) -> set[str]:
    return {k for k in profile.reminders_off.split(";") if k in KINDS}


def set_kind(*, profile: UserProfile, kind: str, on: bool) -> None:
    """Turn one reminder kind on or off for this account (linked accounts follow via store.sync_linked)."""
    off = kinds_off(profile)
    if on:
        off.discard(kind)
    else:
        off.add(kind)
    profile.reminders_off = ";".join(k for k in KINDS if k in off)
