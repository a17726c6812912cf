"""Announcements written in the organiser workspace: the same message, audiences and checks as /thongbao in
chat (handlers/organiser.py), taken from one form instead of several chat steps.

Every value of the form is checked here against the organiser's scope: the attached class must be theirs
and still ahead, a union must be within their unions, a role must exist. The preview is the message exactly
as members will see it, with the recipient count; sending counts again and is keyed by the form's token,
so a form sent twice queues one announcement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from handlers.organiser import MAX_ANNOUNCEMENT, Announcement, audience_label, build_announcement
from knowledge import outbox, timing
from knowledge.lexicon import ROLES
from knowledge.models import Course, OutboxJob
from knowledge.text import clean_lines


class DraftError(ValueError):
    """`code`: empty, too_long, no_course, course_closed, bad_audience, nobody."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Preview:
    announcement: Announcement
    audience: outbox.Audience
    label: str
    count: int
    skipped: int


def _course(session: Session, scope: outbox.Scope, course_id: int | None, now: dt.datetime) -> Course | None:
    if not course_id:
        return None
    course = session.get(Course, course_id)
    if course is None or not outbox.in_scope(session=session, scope=scope, organisation_id=course.organiser_id):
        raise DraftError("no_course")
    # A period class: once the period is over; a class put off: by its new date.
    if course.status == "cancelled" or timing.started(timing.as_held(course), now):
        raise DraftError("course_closed")
    return course


def audience_of(session: Session, scope: outbox.Scope, kind: str, value: str, course: Course | None) -> outbox.Audience:
    """The audience a form names, checked against the scope."""
    if kind in ("scope", "untrained"):
        return outbox.Audience(kind)
    if kind == "org" and value.isdigit() and outbox.in_scope(session=session, scope=scope, organisation_id=int(value)):
        return outbox.Audience("org", value)
    if kind == "role" and any(r.key == value for r in ROLES):
        return outbox.Audience("role", value)
    if kind == "course" and course is not None:
        return outbox.Audience("course", str(course.id))
    raise DraftError("bad_audience")


def preview(*, session: Session, scope: outbox.Scope, body: str, course_id: int | None, kind: str, value: str,
            now: dt.datetime, tz: dt.tzinfo) -> Preview:
    """The message as members will see it, and who would get it."""
    text = clean_lines(body)
    if not text.strip():
        raise DraftError("empty")
    if len(text) > MAX_ANNOUNCEMENT:
        raise DraftError("too_long")
    course = _course(session, scope, course_id, now)
    audience = audience_of(session, scope, kind, value, course)
    recipients = outbox.select_recipients(session=session, scope=scope, audience=audience, now=now, tz=tz)
    ann = build_announcement(session=session, body=text, course=course, scope=scope, tz=tz)
    label = audience_label(session=session, audience=audience, now=now, tz=tz)
    return Preview(ann, audience, label, recipients.count, recipients.skipped)


def send(*, session: Session, scope: outbox.Scope, creator: tuple[str, str], body: str, course_id: int | None,
         kind: str, value: str, token: str, now: dt.datetime, tz: dt.tzinfo) -> tuple[OutboxJob | None, Preview]:
    """Queue the announcement; the job is None when this form's token was already sent."""
    shown = preview(session=session, scope=scope, body=body, course_id=course_id, kind=kind, value=value, now=now,
                    tz=tz)
    recipients = outbox.select_recipients(session=session, scope=scope, audience=shown.audience, now=now, tz=tz)
    if not recipients.count:
        raise DraftError("nobody")
    ann = shown.announcement
    job = outbox.create_job(
        session=session, kind="broadcast", text=ann.text, buttons=ann.buttons, recipients=recipients, now=now,
        audience=shown.label, course_id=ann.course_id, created_by=creator,
        key=f"broadcast:web:{creator[0]}:{creator[1]}:{token[:40]}",
    )
    return job, shown
