"""Immutable in-memory views of database rows, used by the search index and by answer composition.

The index holds these instead of ORM objects: they are small (slots), detached from any session, and can
be generated directly for benchmarks without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceRec:
    """Where a record comes from: enough to cite it ("Báo Lạng Sơn, 2018")."""

    code: str
    title: str
    publisher: str | None
    year: int | None
    kind: str
    issuer: str | None = None  # who issued it (a resolution's union), when not a publisher
    author: str | None = None  # who wrote an article («Lục Bích Phúc, Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng»)


@dataclass(frozen=True, slots=True)
class OrgRec:
    id: int
    code: str
    name: str
    kind: str
    province: str | None
    parent_id: int | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CourseRec:
    id: int
    code: str
    title: str
    topic: str
    audiences: tuple[str, ...]
    organiser_id: int | None
    organiser_name: str | None  # as the plan wrote it (`Course.organiser_written`), else the union's name
    partner: str | None
    province: str | None
    venue: str | None
    format: str
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime | None
    registration_deadline: dt.datetime | None
    capacity: int | None
    status: str
    is_sample: bool = False
    description: str = ""
    source: SourceRec | None = None
    tentative: str | None = None  # «tháng 9/2027» when only the period is known
    when_written: str = ""  # that period as the plan wrote it («T9/2027»), shown as written
    hours_written: bool = True  # False: the plan gave only dates, the hours stored are the import's
    day_part: str = ""  # «chiều» when the plan gave only that part of the day: its hours are the import's
    topic_text: str = ""  # the organiser's own words, outside the catalogue
    audience_text: str = ""
    days: int | None = None  # days of study the plan gives («Số ngày»), when it gives them
    audience_written: str = ""  # the audience cell as the plan wrote it
    # A class put off: the plan's own start, which its note's new date is read against (starts_at is the new one;
    # read against that, a date without a year would be no postponement). None for any other class.
    planned_start: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class TargetRec:
    id: int
    code: str
    organisation_id: int
    organisation_name: str
    period_start: int
    period_end: int
    metric: str
    audience: str | None
    target_value: float
    unit: str
    achieved_value: float | None
    as_of: dt.date | None
    note: str = ""
    keywords: str = ""
    is_sample: bool = False
    source: SourceRec | None = None
    stated_percent: float | None = None


@dataclass(frozen=True, slots=True)
class FactRec:
    id: int
    code: str
    organisation_id: int | None
    organisation_name: str | None
    year: int | None
    year_end: int | None
    topic: str
    question: str
    statement: str
    keywords: str
    value: float | None
    planned: float | None
    unit: str | None
    source: SourceRec | None = None


@dataclass(frozen=True, slots=True)
class DocumentRec:
    id: int
    code: str
    kind: str
    title: str
    summary: str
    issuer: str | None
    issued_on: dt.date | None
    keywords: str = ""
    source: SourceRec | None = None
    organisation_id: int | None = None
    period_start: int | None = None
    period_end: int | None = None
