"""Test data for proactive messages: members with profiles and chats, courses, registrations, organisers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from knowledge import store
from knowledge.models import Course, Organisation, Person, Registration, UserProfile


def org_id(session: Session, code: str) -> int:
    found = session.scalar(select(Organisation.id).where(Organisation.code == code))
    assert found is not None, code
    return found


def add_members(session: Session, count: int, *, org: str | None = "LS", role: str | None = "chu_tich_cdcs",
                channel: str = "telegram", first_id: int = 1000, blocked: bool = False,
                details: bool = True) -> list[UserProfile]:
    """`count` members who have written to the bot (so their private chat is known); with `details`, they
    have given their name and unit for registrations already."""
    oid = org_id(session, org) if org else None
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    session.execute(insert(UserProfile), [
        {"channel": channel, "user_id": str(first_id + i), "chat_id": str(first_id + i), "role": role,
         "organisation_id": oid, "created_at": at, "last_seen_at": at, "blocked_at": at if blocked else None,
         "full_name": f"Nguyễn Văn {first_id + i}" if details else None,
         "unit_name": "CĐCS Công ty Thử" if details else None, "details_at": at if details else None}
        for i in range(count)
    ])
    session.flush()
    return list(session.scalars(select(UserProfile).where(
        UserProfile.channel == channel, UserProfile.user_id.in_([str(first_id + i) for i in range(count)]))
        .order_by(UserProfile.id)))  # in the order of the ids: the server may return rows in any order


def link(session: Session, *accounts: UserProfile, notify: str | None = None) -> Person:
    person = Person(notify_channel=notify)
    session.add(person)
    session.flush()
    for acc in accounts:
        acc.person_id = person.id
    session.flush()
    return person


def add_course(session: Session, code: str, *, starts: dt.datetime, org: str = "LS",
               deadline: dt.datetime | None = None, capacity: int | None = None) -> Course:
    course = Course(code=code, title=f"Lớp thử {code}", organiser_id=org_id(session, org), starts_at=starts,
                    ends_at=starts + dt.timedelta(hours=8), registration_deadline=deadline, capacity=capacity,
                    audiences="chu_tich_cdcs", province="Lạng Sơn", venue="Hội trường LĐLĐ tỉnh")
    session.add(course)
    session.flush()
    return course


def register(session: Session, course: Course, *profiles: UserProfile) -> None:
    for p in profiles:
        session.add(Registration(course_id=course.id, profile_id=p.id, status="registered"))
    session.flush()


def make_organiser(session: Session, channel: str, user_id: str, org: str | None) -> None:
    organisation = session.get(Organisation, org_id(session, org)) if org else None
    store.add_organiser(session=session, channel=channel, user_id=user_id, organisation=organisation)


def give_details(session: Session, channel: str, user_id: str) -> UserProfile:
    """An account that has already given its name and unit for registrations (so registering does not
    start the details dialogue first)."""
    profile = session.scalar(select(UserProfile).where(UserProfile.channel == channel, UserProfile.user_id == user_id))
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    if profile is None:
        profile = UserProfile(channel=channel, user_id=user_id, chat_id=user_id, created_at=at, last_seen_at=at)
        session.add(profile)
    profile.full_name, profile.unit_name, profile.details_at = f"Người thử {user_id}", "CĐCS Công ty Thử", at
    session.flush()
    return profile
