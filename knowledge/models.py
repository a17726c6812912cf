"""SQLAlchemy 2 typed models: the single source of truth for cadrebot's domain.

Organisations form a hierarchy (Tổng LĐLĐ → LĐLĐ tỉnh/TP → LĐLĐ quận/huyện, công đoàn ngành → CĐCS).
Courses, targets, documents and facts each keep the document they came from (`source`), so every answer
can cite it. Times are stored as UTC; the `UTCDateTime` type makes SQLite hand them back aware.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy import true as sql_true
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Now, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        # SQLite has no zone support: keep the naive UTC wall time there.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON(), list[list[str]]: JSON()}  # noqa: RUF012


class Organisation(Base):
    """A union body; `kind` is national, province, sector, commune (xã, phường, đặc khu), industrial_zone,
    district (before 1/7/2025), grassroots, school or centre. Commune and industrial-zone unions sit
    directly under their province's LĐLĐ: since 1/7/2025 there is no district level."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="province")
    province: Mapped[str | None] = mapped_column(String(80))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    # Other names people use for it, ";"-separated ("Thủ đô;LĐLĐ Hà Nội").
    aliases: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Organisation | None] = relationship(remote_side=[id], lazy="joined")


class Document(Base):
    """A programme, resolution, plan or report, or the article a fact was read from."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # programme|resolution|plan|article|import|sample
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    issuer: Mapped[str | None] = mapped_column(String(200))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    author: Mapped[str | None] = mapped_column(String(120))
    publisher: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    # The years a report or article is about (a 2024 web page may report on 2013–2018): cited as its year.
    period_start: Mapped[int | None] = mapped_column(Integer)
    period_end: Mapped[int | None] = mapped_column(Integer)
    # The article that mentions this document, when it is not itself the article.
    source_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    keywords: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(lazy="joined")
    source: Mapped[Document | None] = relationship(remote_side=[id], lazy="joined", join_depth=1)


class Course(Base):
    """A training class (lớp tập huấn, bồi dưỡng); audiences is a ";"-separated list of role keys."""

    __tablename__ = "courses"
    # A column the database fills (audience_written) is read back on insert, not left to load later: sessions
    # keep objects after commit, and a detached class must still say it.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 (SQLAlchemy reads it as a plain class attribute)
    __table_args__ = (
        Index("ix_courses_starts_at", "starts_at"),
        # One class per code whatever the case: "LS-01" and "ls-01" are the same class (migration 0008_inbox).
        Index("uq_courses_code_upper", sql_text("upper(code)"), unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(String(40), default="")
    audiences: Mapped[str] = mapped_column(Text, default="")
    organiser_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    partner: Mapped[str | None] = mapped_column(String(200))
    province: Mapped[str | None] = mapped_column(String(80))
    venue: Mapped[str | None] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(20), default="tap_trung")
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    registration_deadline: Mapped[dt.datetime | None]
    capacity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="open")  # planned|open|cancelled|finished|postponed (no CHECK: a new one needs no migration)
    description: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    # This course's own reminder ladder ("7 ngày; 1 ngày lúc 07:00; 2 giờ"); None: the deployment's.
    reminders: Mapped[str | None] = mapped_column(String(120), default=None)
    # A plan that gives only a month or a quarter ("tháng 9/2027", "quý IV/2027"): starts_at is the first
    # day of that period, shown as «dự kiến …», and no class reminder is sent until a date is imported.
    tentative: Mapped[str | None] = mapped_column(String(40), default=None)
    # That period as the plan wrote it («T4/2027», «Quý I/2027 (chờ kinh phí)»), shown as written; "" for a
    # class with a date, or imported before the column existed (then `tentative` is shown).
    when_written: Mapped[str] = mapped_column(Text, server_default="")  # no Python default: see audience_written
    # False when the plan gave only a date and the import took 08:00–17:00 for it: replies say the day, not those
    # hours (migration 0013_hours_written).
    hours_written: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sql_true())
    # «sáng», «trưa», «chiều» or «tối» when the plan gave only that part of the day («Chiều 14/12/2026»): the hours
    # stored are that part's usual ones, for sorting and reminders, and replies say the part, not those hours
    # (migration 0014_day_part). None when the plan gave an hour, a date alone, or nothing.
    day_part: Mapped[str | None] = mapped_column(String(8))
    # How many days the plan says the class studies («Số ngày»), when it says so: not always the days from
    # start to end (a class may meet on two Saturdays); None when the plan gave only dates.
    days: Mapped[int | None] = mapped_column(Integer)
    # The organiser's own words for a topic or audiences not in the catalogue, "; "-separated, as written.
    topic_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    audience_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The audience cell as the plan wrote it, for a reply that says whom the class is for.
    # (No default on the Python side: an insert that does not set it leaves it to the database.)
    audience_written: Mapped[str] = mapped_column(Text, server_default="")
    # When an organiser last moved, re-placed or cancelled the class on the web workspace: a re-upload of the
    # plan that would undo it says so and lets them keep it; cleared once the plan's values are taken again.
    web_changed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The organiser cell as the plan wrote it («LĐLĐ tỉnh Tuyên Quang», «CĐ ngành Giáo dục Nghệ An»), when it is
    # one of its union's own spellings: a class's reply says who runs it as the office does; lists of unions
    # show the union's full name. "" when the plan named none (or named a union that ended, now today's).
    organiser_written: Mapped[str] = mapped_column(Text, server_default="")  # no Python default: see audience_written
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    organiser: Mapped[Organisation | None] = relationship(lazy="joined")
    source: Mapped[Document | None] = relationship(lazy="joined")


class Target(Base):
    """A training target of a union for one year or a range of years, with progress."""

    __tablename__ = "targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(Text)
    audience: Mapped[str | None] = mapped_column(String(40))
    target_value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40))
    achieved_value: Mapped[float | None] = mapped_column(Float)
    # The percentage exactly as the source prints it ("97,9%" for 8.891/9.074): reports round and
    # truncate inconsistently, and the bot must not contradict its own citation.
    stated_percent: Mapped[float | None] = mapped_column(Float)
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))

    organisation: Mapped[Organisation] = relationship(lazy="joined")
    source: Mapped[Document | None] = relationship(lazy="joined")


class Fact(Base):
    """One training fact read from a source article, as a ready Vietnamese statement plus its figures."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    year: Mapped[int | None] = mapped_column(Integer)
    year_end: Mapped[int | None] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(40), default="")
    question: Mapped[str] = mapped_column(Text)  # what it answers, in the user's words
    statement: Mapped[str] = mapped_column(Text)
    keywords: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[float | None] = mapped_column(Float)
    planned: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(40))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))

    organisation: Mapped[Organisation | None] = relationship(lazy="joined")
    source: Mapped[Document | None] = relationship(lazy="joined")


class Person(Base):
    """One human behind linked accounts (Telegram and Zalo); accounts without a link have no person."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Where proactive messages go: a channel name, or None for "the app the person used last".
    notify_channel: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class LinkCode(Base):
    """A short one-time code shown on one app and typed on the other to link the two accounts."""

    __tablename__ = "link_codes"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[dt.datetime]


class UserProfile(Base):
    """Who a chat user is: role and union, used to rank answers. One row per account (channel, user)."""

    __tablename__ = "user_profiles"
    __table_args__ = (UniqueConstraint("channel", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(40))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    province: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Set when a send is refused because the user blocked the bot; cleared when they write again.
    blocked_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The private chat to write to first (Telegram and Zalo give it with every message).
    chat_id: Mapped[str | None] = mapped_column(String(64))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    # Reminder kinds this person turned off with /nhacnho, ";"-separated (week;day;hours;deadline).
    reminders_off: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # Registration details, given once with consent (Law 91/2025/QH15) for the organisers' attendance
    # lists; the owner sees and deletes them with /hoso. details_at: when they were given.
    full_name: Mapped[str | None] = mapped_column(String(120), default=None)
    unit_name: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(20), default=None)
    details_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    organisation: Mapped[Organisation | None] = relationship(lazy="joined")


class ConversationState(Base):
    """Pending choices and multi-step flows, per (channel, user), so any process can continue them."""

    __tablename__ = "conversation_states"

    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class UnansweredQuestion(Base):
    """A question the bot could not answer, kept for organisers to review."""

    __tablename__ = "unanswered_questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    asked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(30))
    confidence: Mapped[float] = mapped_column(Float)
    # Why the reply did not answer (low, choice, no_course, off_topic_domain, ask_which) and what it offered
    # instead, one "kind code: title" a line, so organisers see what the bot proposed.
    reason: Mapped[str] = mapped_column(String(30), default="", server_default="")
    offered: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Set when an organiser dealt with it (answered the member, taught the bot, or set it aside): the list
    # of open questions shows only rows without it. handled: answered|taught|dismissed, possibly both
    # "answered;taught".
    handled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    handled: Mapped[str] = mapped_column(String(40), default="", server_default="")
    handled_by: Mapped[str | None] = mapped_column(String(90), default=None)  # "channel:user" of the organiser


class TaughtAnswer(Base):
    """What an organiser taught the bot about a question it could not answer: either another phrasing of
    a course, target or fact (`record_kind`, `record_code`), or a short answer of their own (`answer`),
    given from then on with its author and date. `normalised` is the folded question, the lookup key."""

    __tablename__ = "taught_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(Text, index=True)
    record_kind: Mapped[str | None] = mapped_column(String(20), default=None)  # course|target|fact
    record_code: Mapped[str | None] = mapped_column(String(60), default=None)
    answer: Mapped[str | None] = mapped_column(Text, default=None)
    author: Mapped[str] = mapped_column(String(200), default="")  # the union (or person) the answer is from
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    created_by: Mapped[str | None] = mapped_column(String(90), default=None)  # "channel:user"
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OrganiserRole(Base):
    """An organiser, scoped to a union and its sub-unions (no organisation: every union)."""

    __tablename__ = "organiser_roles"
    __table_args__ = (UniqueConstraint("channel", "user_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    organisation: Mapped[Organisation | None] = relationship(lazy="joined")


class Registration(Base):
    """A person's place on a course (or on its waiting list)."""

    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("course_id", "profile_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"), index=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("user_profiles.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="registered")  # registered|waitlisted|cancelled
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    course: Mapped[Course] = relationship(lazy="joined")


class OutboxJob(Base):
    """One proactive send: an announcement, a reminder, a delivery report. Its recipients are OutboxMessages.

    `key` makes a job idempotent (a reminder or a report is created once however often it is planned).
    """

    __tablename__ = "outbox_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # broadcast|report|reminder|notice
    key: Mapped[str | None] = mapped_column(String(120), unique=True)
    text: Mapped[str] = mapped_column(Text)
    # [[label, data], ...]: buttons under the message (numbered lines where a channel has none).
    buttons: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("courses.id", ondelete="SET NULL"), index=True)
    audience: Mapped[str] = mapped_column(Text, default="")  # how the recipients were chosen, in words
    attachment: Mapped[str | None] = mapped_column(Text, default=None)  # an .ics calendar, for reminders
    created_by_channel: Mapped[str | None] = mapped_column(String(20))
    created_by_user: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="sending")  # sending|done|cancelled
    total: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)  # recipients left out: blocked the bot, no chat
    purged_sent: Mapped[int] = mapped_column(Integer, default=0)  # sent rows deleted by retention, still counted
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class OutboxMessage(Base):
    """One job's message to one recipient account; its state is what makes delivery survive a crash.

    pending → sending → sent; or failed (gave up), blocked (the person blocked the bot or the chat is gone).
    """

    __tablename__ = "outbox_messages"
    __table_args__ = (
        UniqueConstraint("job_id", "channel", "user_id"),
        # The pacer reads a channel's pending rows in id order; closing jobs counts pending rows per job.
        Index("ix_outbox_messages_due", "channel", "state", "id"),
        Index("ix_outbox_messages_job_state", "job_id", "state"),
        # Urgent rows (reminders, notices) of a channel first; a broadcast's pending rows in order.
        Index("ix_outbox_messages_urgent", "channel", "state", "priority", "id"),
        Index("ix_outbox_messages_job_pending", "job_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("outbox_jobs.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime]
    last_error: Mapped[str | None] = mapped_column(String(300))
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    priority: Mapped[int] = mapped_column(SmallInteger, default=1)  # 0 urgent (reminders, notices), 1 broadcasts


class Lease(Base):
    """A leadership held until `expires_at` (one sender per channel, one planner per deployment). Each new
    holder gets a larger `fence`, and work is checked against it, so a holder that stalled past its expiry
    cannot act on a lease someone else took."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    fence: Mapped[int] = mapped_column(BigInteger)
    expires_at: Mapped[dt.datetime]
    acquired_at: Mapped[dt.datetime]
    detail: Mapped[str] = mapped_column(String(200), default="")


class SignInLink(Base):
    """A one-time sign-in link to the organiser web workspace. Only the SHA-256 of its token is stored, so
    a copy of the database signs nobody in; `used_at` makes it single-use."""

    __tablename__ = "signin_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class WebSession(Base):
    """A signed-in organiser's browser session (the cookie holds the token, the row only its SHA-256).
    `csrf` is the per-session value every form must send back; it is not a credential on its own."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[str] = mapped_column(String(64))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)
    ended_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The plan uploaded for preview, waiting for the organiser's confirmation: kept with the session (not in
    # the browser, not in one process's memory), so any web worker can import it; deferred, so checking a
    # session on every request never reads it.
    plan_name: Mapped[str | None] = mapped_column(String(200), default=None)
    plan_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    plan_data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)


class InboxUpdate(Base):
    """One update from a platform (a webhook call or a poll), kept before the platform is told it arrived.

    Unique per (channel, bot, key): the key is Telegram's update_id or Zalo's message_id, so a redelivered
    update is recognised in any process and after any restart. `user_key` orders each user's updates.
    pending (claimed by a process until `claim_until`) → answered (the core ran; its replies are kept in
    `replies`, committed with the core's own changes) → done (the replies were sent).
    """

    __tablename__ = "inbox_updates"
    __table_args__ = (
        UniqueConstraint("channel", "bot", "update_key"),
        # What is still to do, in arrival order; done rows (most of the table) are left out of the index.
        Index("ix_inbox_updates_open", "channel", "bot", "id",
              postgresql_where=sql_text("state <> 'done'"), sqlite_where=sql_text("state <> 'done'")),
        # A user's earlier unfinished update holds back their later ones.
        Index("ix_inbox_updates_user", "channel", "bot", "user_key", "id",
              postgresql_where=sql_text("state <> 'done'"), sqlite_where=sql_text("state <> 'done'")),
        Index("ix_inbox_updates_done_at", "done_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    bot: Mapped[str] = mapped_column(String(40))
    update_key: Mapped[str] = mapped_column(String(64))
    user_key: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # the update as the platform sent it (JSON)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    claimed_by: Mapped[str | None] = mapped_column(String(120), default=None)
    claim_until: Mapped[dt.datetime | None] = mapped_column(default=None)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    replies: Mapped[str | None] = mapped_column(Text, default=None)  # JSON, once answered
    received_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class MetaValue(Base):
    """Small key/value settings; `data_version` tells every process when its search index is stale."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
