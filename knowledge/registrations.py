"""Registering for a course from the chat: one place per person, within capacity and before the deadline.

The waiting list, cancellations and reminders build on these rows (the reminders issue).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.models import Course, Registration, UserProfile


@dataclass(frozen=True, slots=True)
class Result:
    """`status`: registered, already, closed (deadline passed), started, cancelled, full or unknown."""

    status: str
    course: Course | None = None


def register(*, session: Session, course_id: int, profile: UserProfile, now: dt.datetime) -> Result:
    """Give the person a place on the course, if the course still takes registrations."""
    course = session.get(Course, course_id)
    if course is None:
        return Result("unknown")
    if course.status == "cancelled":
        return Result("cancelled", course)
    if course.starts_at <= now:
        return Result("started", course)
    if course.registration_deadline is not None and course.registration_deadline < now:
        return Result("closed", course)
    row = session.scalar(select(Registration).where(Registration.course_id == course.id,
                                                    Registration.profile_id == profile.id))
    if row is not None and row.status == "registered":
        return Result("already", course)
    if course.capacity is not None and registered_count(session=session, course_id=course.id) >= course.capacity:
        return Result("full", course)
    if row is None:
        session.add(Registration(course_id=course.id, profile_id=profile.id, status="registered", created_at=now,
                                 updated_at=now))
    else:
        row.status = "registered"
    session.flush()
    return Result("registered", course)


def registered_count(*, session: Session, course_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Registration).where(
        Registration.course_id == course_id, Registration.status == "registered")) or 0)
