"""Database access for the core: snapshots of searchable records, user profiles, conversation state,
unanswered questions and organiser roles. Every function takes the session keyword-only.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from knowledge import timing
from knowledge.language.names import redact_names
from knowledge.models import (
    ConversationState,
    Course,
    Document,
    Fact,
    LinkCode,
    Organisation,
    OrganiserRole,
    Person,
    Target,
    UnansweredQuestion,
    UserProfile,
    utcnow,
)
from knowledge.records import CourseRec, DocumentRec, FactRec, OrgRec, SourceRec, TargetRec
from knowledge.text import fold
from knowledge.turns import Pause, no_pause


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Every searchable record, detached from the session."""

    organisations: list[OrgRec]
    courses: list[CourseRec]
    facts: list[FactRec]
    targets: list[TargetRec]
    documents: list[DocumentRec]


def source_rec(doc: Document | None) -> SourceRec | None:
    """A document as a citation."""
    if doc is None:
        return None
    year = doc.period_end or doc.period_start or (doc.issued_on.year if doc.issued_on else None)
    return SourceRec(code=doc.code, title=doc.title, publisher=doc.publisher, year=year, kind=doc.kind,
                     issuer=doc.issuer, author=doc.author)


def org_rec(o: Organisation) -> OrgRec:
    aliases = tuple(a.strip() for a in o.aliases.split(";") if a.strip())
    return OrgRec(o.id, o.code, o.name, o.kind, o.province, o.parent_id, aliases)


def course_rec(c: Course) -> CourseRec:
    starts_at, ends_at = timing.held_when(c.status, c.description, c.starts_at, c.ends_at)
    return CourseRec(
        id=c.id,
        code=c.code,
        title=c.title,
        topic=c.topic,
        audiences=tuple(a for a in c.audiences.split(";") if a),
        organiser_id=c.organiser_id,
        organiser_name=(c.organiser_written or c.organiser.name) if c.organiser else None,
        partner=c.partner,
        province=c.province,
        venue=c.venue,
        format=c.format,
        starts_at=starts_at,
        ends_at=ends_at,
        registration_deadline=c.registration_deadline,
        capacity=c.capacity,
        status=c.status,
        is_sample=c.is_sample,
        description=c.description,
        source=source_rec(c.source),
        tentative=timing.period_of(c),
        topic_text=c.topic_text,
        audience_text=c.audience_text,
        days=c.days,
        audience_written=c.audience_written or "",
        when_written=c.when_written or "",
        hours_written=c.hours_written is not False,
        day_part=c.day_part or "",
        planned_start=c.starts_at if c.status == "postponed" else None,
    )


CHECK_EVERY = 64  # records read between two checkpoints of a background build (~1–2 ms of work)


def _course_recs(session: Session, org_names: dict[int, str], pause: Pause = no_pause) -> list[CourseRec]:
    """Every course as a record, read as plain rows: at 100k courses, building ORM objects with their joined
    organiser and source took most of an engine rebuild. Same records as `course_rec`."""
    sources = {d.id: source_rec(d) for d in session.scalars(select(Document))}  # a few hundred at most
    # Through the connection, not the ORM session: the session's result buffers every row before the first
    # comes out (2.7 s of CPU in one stretch at 100k courses, no checkpoint possible); the connection's streams.
    rows = session.connection().execute(select(
        Course.id, Course.code, Course.title, Course.topic, Course.audiences, Course.organiser_id, Course.partner,
        Course.province, Course.venue, Course.format, Course.starts_at, Course.ends_at,
        Course.registration_deadline, Course.capacity, Course.status, Course.is_sample, Course.description,
        Course.source_id, Course.tentative, Course.topic_text, Course.audience_text, Course.days,
        Course.audience_written, Course.when_written, Course.organiser_written, Course.hours_written,
        Course.day_part))
    out: list[CourseRec] = []
    for (cid, code, title, topic, audiences, organiser_id, partner, province, venue, fmt, starts_at, ends_at,
         deadline, capacity, status, is_sample, description, source_id, tentative, topic_text, audience_text,
         days, audience_written, when_written, organiser_written, hours_written, day_part) in rows:
        tentative = timing.held_period(status, description, starts_at, tentative)
        planned_start = starts_at if status == "postponed" else None
        starts_at, ends_at = timing.held_when(status, description, starts_at, ends_at)
        out.append(CourseRec(
            id=cid, code=code, title=title, topic=topic, audiences=tuple(a for a in (audiences or "").split(";") if a),
            organiser_id=organiser_id,
            organiser_name=(organiser_written or org_names.get(organiser_id)) if organiser_id else None,
            partner=partner, province=province, venue=venue, format=fmt, starts_at=starts_at, ends_at=ends_at,
            registration_deadline=deadline, capacity=capacity, status=status, is_sample=is_sample,
            description=description, source=sources.get(source_id) if source_id else None,
            tentative=tentative, topic_text=topic_text or "", audience_text=audience_text or "", days=days,
            audience_written=audience_written or "", when_written=when_written or "",
            hours_written=hours_written is not False, day_part=day_part or "", planned_start=planned_start,
        ))
        if len(out) % CHECK_EVERY == 0:
            pause()  # a rebuild in the background steps aside for the chat's turns (knowledge/turns.py)
    return out


def load_snapshot(*, session: Session, pause: Pause = no_pause) -> Snapshot:
    """Read every searchable record; `pause` is called every few dozen courses (see knowledge/turns.py)."""
    organisations = list(session.scalars(select(Organisation)))
    orgs = [org_rec(o) for o in organisations]
    pause()
    courses = _course_recs(session, {o.id: o.name for o in organisations}, pause)
    facts = [
        FactRec(
            id=f.id, code=f.code, organisation_id=f.organisation_id,
            organisation_name=f.organisation.name if f.organisation else None, year=f.year, year_end=f.year_end,
            topic=f.topic, question=f.question, statement=f.statement, keywords=f.keywords, value=f.value,
            planned=f.planned, unit=f.unit, source=source_rec(f.source),
        )
        for f in session.scalars(select(Fact))
    ]
    pause()
    targets = [
        TargetRec(
            id=t.id, code=t.code, organisation_id=t.organisation_id, organisation_name=t.organisation.name,
            period_start=t.period_start, period_end=t.period_end, metric=t.metric, audience=t.audience,
            target_value=t.target_value, unit=t.unit, achieved_value=t.achieved_value, as_of=t.as_of,
            stated_percent=t.stated_percent,
            note=t.note, keywords=t.keywords, is_sample=t.is_sample, source=source_rec(t.source),
        )
        for t in session.scalars(select(Target))
    ]
    pause()
    documents = [
        DocumentRec(
            id=d.id, code=d.code, kind=d.kind, title=d.title, summary=d.summary, issuer=d.issuer,
            issued_on=d.issued_on, keywords=d.keywords, source=source_rec(d.source), organisation_id=d.organisation_id,
            period_start=d.period_start, period_end=d.period_end,
        )
        for d in session.scalars(select(Document))
        if d.kind not in ("article", "import", "sample")  # sources are cited, not answered
    ]
    return Snapshot(orgs, courses, facts, targets, documents)


# ------------------------------------------------------------------ profiles and state

def get_profile(*, session: Session, channel: str, user_id: str) -> UserProfile | None:
    """The user's profile; looked up once per session (one message is one session)."""
    key = ("profile", channel, user_id)
    if key in session.info:
        cached: UserProfile | None = session.info[key]
        return cached
    profile = session.scalar(select(UserProfile).where(UserProfile.channel == channel, UserProfile.user_id == user_id))
    session.info[key] = profile
    return profile


def touch_profile(
    *, session: Session, channel: str, user_id: str, display_name: str | None = None, chat_id: str | None = None,
) -> UserProfile:
    """The user's profile, created on first contact; `chat_id` is their private chat, when known."""
    profile = get_profile(session=session, channel=channel, user_id=user_id)
    if profile is None:
        profile = UserProfile(channel=channel, user_id=user_id, display_name=display_name, chat_id=chat_id)
        session.add(profile)
        session.flush()
        session.info[("profile", channel, user_id)] = profile
        return profile
    now = utcnow()
    if profile.blocked_at is not None:
        profile.blocked_at = None  # writing to the bot again means they unblocked it
    # A write per message would dominate a busy bot; "last seen" to the minute is plenty.
    if now - profile.last_seen_at > dt.timedelta(minutes=1):
        profile.last_seen_at = now
    if display_name and profile.display_name != display_name:
        profile.display_name = display_name
    if chat_id and profile.chat_id != chat_id:
        profile.chat_id = chat_id
    return profile


# ------------------------------------------------------------------ linked accounts

LINK_CODE_TTL = dt.timedelta(minutes=10)
SHARED_FIELDS = ("role", "organisation_id", "province", "reminders_off")  # what linked accounts share


def linked_accounts(*, session: Session, profile: UserProfile) -> list[UserProfile]:
    """Every account of the same person, this one first."""
    if profile.person_id is None:
        return [profile]
    others = session.scalars(select(UserProfile).where(UserProfile.person_id == profile.person_id,
                                                       UserProfile.id != profile.id).order_by(UserProfile.id))
    return [profile, *others]


def sync_linked(*, session: Session, profile: UserProfile) -> None:
    """Copy the shared profile fields to the person's other accounts (after any change)."""
    if profile.person_id is None:
        return
    for other in linked_accounts(session=session, profile=profile)[1:]:
        for name in SHARED_FIELDS:
            if getattr(other, name) != getattr(profile, name):
                setattr(other, name, getattr(profile, name))


def create_link_code(*, session: Session, channel: str, user_id: str, now: dt.datetime) -> str:
    """A fresh six-digit one-time code for this account; its older codes stop working."""
    session.execute(delete(LinkCode).where(LinkCode.channel == channel, LinkCode.user_id == user_id))
    session.execute(delete(LinkCode).where(LinkCode.expires_at < now))
    while True:
        code = f"{secrets.randbelow(1_000_000):06d}"
        if session.get(LinkCode, code) is None:
            break
    session.add(LinkCode(code=code, channel=channel, user_id=user_id, expires_at=now + LINK_CODE_TTL))
    session.flush()
    return code


def redeem_link_code(*, session: Session, code: str, channel: str, user_id: str,
                     now: dt.datetime) -> UserProfile | None:
    """Link this account with the one that asked for `code`; returns that account, or None when the code is
    unknown, expired or this account's own. A code works once."""
    row = session.get(LinkCode, code.strip())
    # Linking joins one person's accounts on different apps; two accounts of one app are two people.
    if row is None or row.expires_at < now or row.channel == channel:
        return None
    owner = (row.channel, row.user_id)
    if not _apps_distinct(session, owner, (channel, user_id)):
        return None
    # Claim the code with one conditional DELETE, so two processes cannot both redeem it.
    claimed = session.execute(delete(LinkCode).where(LinkCode.code == row.code, LinkCode.expires_at >= now))
    session.expunge(row)
    if int(getattr(claimed, "rowcount", 0) or 0) != 1:
        return None
    # The code's owner is looked up, not "touched": linking must not count as them using the app.
    first = get_profile(session=session, channel=owner[0], user_id=owner[1])
    if first is None:
        return None
    second = touch_profile(session=session, channel=channel, user_id=user_id)
    if first.person_id is None:
        person = Person()
        session.add(person)
        session.flush()
        first.person_id = person.id
    if second.person_id is not None and second.person_id != first.person_id:
        # Both already linked elsewhere: everyone of the second person joins the first.
        for acc in linked_accounts(session=session, profile=second):
            acc.person_id = first.person_id
    second.person_id = first.person_id
    # One whole profile wins (union and province belong together): the more complete one, the code's owner
    # on a tie. Mixing fields of two profiles could pair one account's union with the other's province.
    winner = max((first, second), key=lambda p: sum(getattr(p, n) is not None for n in SHARED_FIELDS))
    sync_linked(session=session, profile=winner)
    session.flush()
    return first


def _apps_distinct(session: Session, *accounts: tuple[str, str]) -> bool:
    """Would joining these accounts' people leave at most one account per app?"""
    channels: list[str] = []
    for channel, user_id in accounts:
        profile = get_profile(session=session, channel=channel, user_id=user_id)
        channels += [a.channel for a in linked_accounts(session=session, profile=profile)] if profile else [channel]
    return len(channels) == len(set(channels))


def unlink(*, session: Session, channel: str, user_id: str) -> bool:
    """Detach this account from its person; False when it was not linked."""
    profile = get_profile(session=session, channel=channel, user_id=user_id)
    if profile is None or profile.person_id is None:
        return False
    rest = linked_accounts(session=session, profile=profile)[1:]
    profile.person_id = None
    if len(rest) == 1:
        rest[0].person_id = None  # a person of one account is no link at all
    return True


def set_notify_channel(*, session: Session, profile: UserProfile, channel: str | None) -> None:
    if profile.person_id is not None:
        person = session.get(Person, profile.person_id)
        if person is not None:
            person.notify_channel = channel


def notify_channel(*, session: Session, profile: UserProfile) -> str | None:
    person = session.get(Person, profile.person_id) if profile.person_id is not None else None
    return person.notify_channel if person is not None else None


def delivery_account(*, session: Session, channel: str, user_id: str) -> UserProfile | None:
    """Where a proactive message for this person goes: the chosen app, else the app used last; never a
    blocked account or one without a known chat."""
    profile = get_profile(session=session, channel=channel, user_id=user_id)
    if profile is None:
        return None
    reachable = [a for a in linked_accounts(session=session, profile=profile)
                 if a.blocked_at is None and a.chat_id is not None]
    if not reachable:
        return None
    preferred = notify_channel(session=session, profile=profile)
    chosen = [a for a in reachable if a.channel == preferred] or reachable
    return max(chosen, key=lambda a: a.last_seen_at)


def mark_blocked(*, session: Session, channel: str, user_id: str, at: dt.datetime | None = None) -> None:
    """Remember that the user blocked the bot, so proactive messages can skip them."""
    profile = touch_profile(session=session, channel=channel, user_id=user_id)
    profile.blocked_at = at or utcnow()


def _state_row(session: Session, channel: str, user_id: str) -> ConversationState | None:
    # session.get finds an existing row in the identity map, but asks again for a missing one: remember that.
    key = ("state", channel, user_id)
    if key in session.info:
        cached: ConversationState | None = session.info[key]
        return cached
    row = session.get(ConversationState, (channel, user_id))
    session.info[key] = row
    return row


def get_state(*, session: Session, channel: str, user_id: str) -> dict[str, Any]:
    """The user's conversation state: one dict per session, so every reader in one turn sees every change."""
    key = ("state-dict", channel, user_id)
    if key not in session.info:
        row = _state_row(session, channel, user_id)
        session.info[key] = copy.deepcopy(row.state) if row else {}  # nested lists change in place
    state: dict[str, Any] = session.info[key]
    return state


def set_state(*, session: Session, channel: str, user_id: str, state: dict[str, Any]) -> None:
    """Replace the user's conversation state (an empty dict clears it)."""
    session.info[("state-dict", channel, user_id)] = state
    row = _state_row(session, channel, user_id)
    if not state:
        if row is not None:
            session.delete(row)
            session.info[("state", channel, user_id)] = None
        return
    if row is None:
        row = ConversationState(channel=channel, user_id=user_id, state=copy.deepcopy(state))
        session.add(row)
        session.info[("state", channel, user_id)] = row
    elif row.state != state:
        row.state = copy.deepcopy(state)  # a copy: the JSON column notices a new value, not changes made in place
        row.updated_at = utcnow()


def log_unanswered(
    *, session: Session, channel: str, user_id: str, text: str, normalised: str, intent: str, confidence: float,
    at: dt.datetime | None = None, reason: str = "", offered: Sequence[str] = (),
) -> None:
    """Keep a question the bot could not answer, for organisers, with why and what it offered instead.

    A phone number, an ID number, an e-mail address or a person's name typed outside the registration form
    (someone sending their details where the bot did not ask for them, a chair introducing themselves in a
    question) is not written into this log: organisers read these questions, and personal data is stored only
    for a stated purpose (Law 91/2025/QH15)."""
    kept = redact(text)
    if kept != text:  # the normalised form has lost the «@» and the dots that would let it be redacted alike
        normalised = fold(kept)
    session.add(
        UnansweredQuestion(
            asked_at=at or utcnow(), channel=channel, user_id=user_id, text=kept[:4000],
            normalised=normalised[:4000], intent=intent, confidence=confidence, reason=reason[:30],
            offered="\n".join(offered)[:4000],
        )
    )


# A Vietnamese phone number: 0, 84 or +84 (the area code may stand in brackets), then ten digits starting
# with 2 (a landline) or nine starting with 3, 5, 7, 8, 9 (a mobile), grouped by spaces, dots or dashes; letters
# may touch it («sdt0912…»), digits, «/» and «-» before it may not (a class code, a document number).
# Dates («01 02 2026») and money («84.000.000.000») fail the first-digit rule. A citizen ID is twelve digits
# starting with 0; an e-mail address is anything around an «@» with a dotted domain.
_SEP = r"(?:\)?\s?[.\-]?\s?)"
_PHONE = re.compile(rf"(?<![\d/.\-])(?:\(\s?(?:\+\s?84|0)|\+\s?84|84|0){_SEP}"
                    rf"(?:2(?:{_SEP}\d){{9}}|[35789](?:{_SEP}\d){{8}})(?!\d)")
_CITIZEN_ID = re.compile(r"(?<![\d/.\-])0\d{2}(?:[\s.]?\d){9}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
REDACTED_PHONE, REDACTED_ID, REDACTED_EMAIL = "[số điện thoại]", "[số giấy tờ]", "[email]"


def redact(text: str) -> str:
    """The text with phone numbers, citizen ID numbers, e-mail addresses and people's names
    (knowledge.language.names) replaced by a placeholder; the rest of a question stays as typed."""
    return redact_names(_PHONE.sub(REDACTED_PHONE, _CITIZEN_ID.sub(REDACTED_ID, _EMAIL.sub(REDACTED_EMAIL, text))))


def recent_unanswered(*, session: Session, limit: int = 50) -> list[UnansweredQuestion]:
    return list(session.scalars(select(UnansweredQuestion).order_by(UnansweredQuestion.id.desc()).limit(limit)))


# ------------------------------------------------------------------ organisations and organisers

def find_organisation(*, session: Session, ref: str) -> Organisation | None:
    """An organisation by code or by name, ignoring case and diacritics."""
    org = session.scalar(select(Organisation).where(func.upper(Organisation.code) == ref.strip().upper()))
    if org is not None:
        return org
    wanted = fold(ref)
    for o in session.scalars(select(Organisation)):
        if fold(o.name) == wanted or wanted in (fold(a) for a in o.aliases.split(";") if a):
            return o
    return None


def course_by_code(*, session: Session, code: str) -> Course | None:
    """A course by its code, ignoring case and surrounding spaces."""
    return session.scalar(select(Course).where(func.upper(Course.code) == code.strip().upper()))


def top_organisations(*, session: Session) -> list[Organisation]:
    """The unions a user picks first: every one directly under a national body, or without a parent."""
    orgs = list(session.scalars(select(Organisation).order_by(Organisation.name)))
    national = {o.id for o in orgs if o.kind == "national"}
    return [o for o in orgs if o.kind != "national" and (o.parent_id is None or o.parent_id in national)]


def child_organisations(*, session: Session, parent_id: int) -> list[Organisation]:
    return list(session.scalars(select(Organisation).where(Organisation.parent_id == parent_id)
                                .order_by(Organisation.name)))


def add_organiser(*, session: Session, channel: str, user_id: str, organisation: Organisation | None) -> bool:
    """Grant the organiser role; False when it was already there."""
    org_id = organisation.id if organisation else None
    exists = session.scalar(
        select(OrganiserRole).where(
            OrganiserRole.channel == channel, OrganiserRole.user_id == user_id,
            OrganiserRole.organisation_id.is_(None) if org_id is None else OrganiserRole.organisation_id == org_id,
        )
    )
    if exists:
        return False
    session.add(OrganiserRole(channel=channel, user_id=user_id, organisation_id=org_id))
    session.flush()
    return True


def remove_organiser(*, session: Session, channel: str, user_id: str) -> int:
    """Withdraw every organiser role of a user; returns how many were removed."""
    result = session.execute(
        delete(OrganiserRole).where(OrganiserRole.channel == channel, OrganiserRole.user_id == user_id)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def list_organisers(*, session: Session) -> list[OrganiserRole]:
    return list(session.scalars(select(OrganiserRole).order_by(OrganiserRole.channel, OrganiserRole.user_id)))


def is_organiser(*, session: Session, channel: str, user_id: str) -> bool:
    return session.scalar(
        select(func.count()).select_from(OrganiserRole).where(
            OrganiserRole.channel == channel, OrganiserRole.user_id == user_id
        )
    ) != 0
