"""Registering for a course from the chat: one place per person, within capacity and before the deadline.

The waiting list, cancellations and reminders build on these rows (the reminders issue).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.db import insert_ignore
from knowledge.models import Course, Registration, UserProfile


@dataclass(frozen=True, slots=True)
class Result:
    """`status`: registered, already, closed (deadline passed), started, cancelled, full or unknown."""

    status: str
    course: Course | None = None


def register(*, session: Session, course_id: int, profile: UserProfile, now: dt.datetime) -> Result:
    """Give the person a place on the course, if the course still takes registrations."""
    # On PostgreSQL the course row is locked, so two last-seat registrations cannot both pass the capacity
    # check; SQLite serialises writers anyway (and SQLAlchemy leaves FOR UPDATE out there).
    course = session.scalar(select(Course).where(Course.id == course_id).with_for_update())
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
        # A double press handled by two processes: the second insert is ignored, not an error for the user.
        new_id = insert_ignore(session, Registration, {"course_id": course.id, "profile_id": profile.id,
                                                        "status": "registered", "created_at": now,
                                                        "updated_at": now}, "course_id, profile_id")
        if new_id is None:
            return Result("already", course)
    else:
        row.status = "registered"
    session.flush()
    return Result("registered", course)


def registered_count(*, session: Session, course_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Registration).where(
        Registration.course_id == course_id, Registration.status == "registered")) or 0)
