"""Load the built-in knowledge and the sample schedule (data in `knowledge.seed_data`) into the database.

`load_builtin` upserts by code and is idempotent: a second call changes nothing and does not bump the
data version, so every process start can call it without invalidating search indexes. `load_sample`
fills an empty database with an illustrative schedule dated relative to "today"; it never touches a
database that already has a course, so real announcements are never mixed with invented ones.
Neither function commits: the caller owns the unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.db import bump_data_version
from knowledge.models import Base, Course, Document, Fact, Organisation, Target
from knowledge.plans import sample
from knowledge.seed_data import (
    DOCUMENTS,
    FACTS,
    ORGANISATIONS,
    SAMPLE_COURSES,
    SAMPLE_DOCUMENT,
    SAMPLE_ORGANISATIONS,
    SAMPLE_TARGETS,
    TARGETS,
    DocumentSeed,
    OrganisationSeed,
    SampleCourseSeed,
    When,
)

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
CLASS_START = dt.time(8, 0)
CLASS_END = dt.time(17, 0)
DEADLINE_TIME = dt.time(17, 0)

M = TypeVar("M", bound=Base)


@dataclass
class LoadReport:
    """What a load changed, per kind of record."""

    organisations_created: int = 0
    organisations_updated: int = 0
    documents_created: int = 0
    documents_updated: int = 0
    facts_created: int = 0
    facts_updated: int = 0
    targets_created: int = 0
    targets_updated: int = 0
    courses_created: int = 0
    # load_sample found courses already there and did nothing.
    sample_skipped: bool = False

    @property
    def changes(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "sample_skipped")

    def count(self, kind: str, created: bool) -> None:
        name = f"{kind}_{'created' if created else 'updated'}"
        setattr(self, name, getattr(self, name) + 1)

    def __str__(self) -> str:
        if self.sample_skipped:
            return "sample skipped: the database already has courses"
        parts = []
        for kind in ("organisations", "documents", "facts", "targets", "courses"):
            created = getattr(self, f"{kind}_created")
            updated = getattr(self, f"{kind}_updated", 0)
            if created or updated:
                parts.append(f"{kind} +{created} ~{updated}")
        return ", ".join(parts) or "no changes"


def _upsert(
    session: Session,
    model: type[M],
    code: str,
    values: Mapping[str, Any],
    existing: Mapping[str, M],
    report: LoadReport,
    kind: str,
) -> M:
    """Create the row or update only the columns that differ, counting what changed."""
    row = existing.get(code)
    if row is None:
        row = model(code=code, **values)
        session.add(row)
        report.count(kind, created=True)
        return row
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    if changed:
        report.count(kind, created=False)
    return row


def _existing(session: Session, model: type[M], codes: Iterable[str]) -> dict[str, M]:
    wanted = list(codes)
    column = model.code  # type: ignore[attr-defined]
    rows = session.scalars(select(model).where(column.in_(wanted))).unique().all()
    return {row.code: row for row in rows}  # type: ignore[attr-defined]


def _upsert_organisations(
    session: Session, seeds: Iterable[OrganisationSeed], report: LoadReport
) -> dict[str, int]:
    seeds = list(seeds)
    existing = _existing(session, Organisation, (s.code for s in seeds))
    ids = {code: row.id for code, row in existing.items()}
    # Parents may already be in the database from an earlier load of another list.
    known = _existing(session, Organisation, {s.parent for s in seeds if s.parent})
    ids.update({code: row.id for code, row in known.items()})
    for seed in seeds:
        values = {
            "name": seed.name,
            "kind": seed.kind,
            "province": seed.province,
            "parent_id": ids[seed.parent] if seed.parent else None,
            "aliases": seed.aliases,
        }
        row = _upsert(session, Organisation, seed.code, values, existing, report, "organisations")
        session.flush()  # children need the id
        ids[seed.code] = row.id
    return ids


def _upsert_documents(
    session: Session, seeds: Iterable[DocumentSeed], org_ids: Mapping[str, int], report: LoadReport
) -> dict[str, int]:
    seeds = list(seeds)
    existing = _existing(session, Document, (s.code for s in seeds))
    ids = {code: row.id for code, row in existing.items()}
    for seed in seeds:
        values = {
            "kind": seed.kind,
            "title": seed.title,
            "summary": seed.summary,
            "issuer": seed.issuer,
            "issued_on": seed.issued_on,
            "author": seed.author,
            "publisher": seed.publisher,
            "organisation_id": org_ids[seed.organisation] if seed.organisation else None,
            "source_id": ids[seed.source] if seed.source else None,
            "period_start": seed.period_start,
            "period_end": seed.period_end,
            "keywords": seed.keywords,
        }
        row = _upsert(session, Document, seed.code, values, existing, report, "documents")
        session.flush()  # later documents cite this one
        ids[seed.code] = row.id
    return ids


def load_builtin(session: Session) -> LoadReport:
    """Upsert the built-in organisations, documents, facts and targets; bump data_version on change."""
    report = LoadReport()
    org_ids = _upsert_organisations(session, ORGANISATIONS, report)
    doc_ids = _upsert_documents(session, DOCUMENTS, org_ids, report)

    facts = _existing(session, Fact, (f.code for f in FACTS))
    for fact in FACTS:
        _upsert(session, Fact, fact.code, {
            "organisation_id": org_ids[fact.organisation] if fact.organisation else None,
            "year": fact.year,
            "year_end": fact.year_end,
            "topic": fact.topic,
            "question": fact.question,
            "statement": fact.statement,
            "keywords": fact.keywords,
            "value": fact.value,
            "planned": fact.planned,
            "unit": fact.unit,
            "source_id": doc_ids[fact.source],
        }, facts, report, "facts")

    targets = _existing(session, Target, (t.code for t in TARGETS))
    for target in TARGETS:
        _upsert(session, Target, target.code, {
            "organisation_id": org_ids[target.organisation],
            "period_start": target.period_start,
            "period_end": target.period_end,
            "metric": target.metric,
            "audience": target.audience,
            "target_value": target.target_value,
            "unit": target.unit,
            "achieved_value": target.achieved_value,
            "stated_percent": target.stated_percent,
            "as_of": target.as_of,
            "note": target.note,
            "keywords": target.keywords,
            "is_sample": False,
            "source_id": doc_ids[target.source],
        }, targets, report, "targets")

    session.flush()
    if report.changes:
        bump_data_version(session)
    return report


# ---------------------------------------------------------------------------------------------------
# Sample schedule
# ---------------------------------------------------------------------------------------------------


def resolve_day(when: When, today: dt.date) -> dt.date:
    """The calendar day a `When` means for a given today; Saturdays and Sundays move to Monday."""
    if when.anchor == "next_week":
        base = today + dt.timedelta(days=7 - today.weekday())
    elif when.anchor == "next_month":
        base = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    else:
        base = today
    day = base + dt.timedelta(days=when.days)
    if day.weekday() >= 5:
        day += dt.timedelta(days=7 - day.weekday())
    return day


def _local(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=LOCAL_TZ).astimezone(dt.UTC)


def sample_course_times(
    seed: SampleCourseSeed, today: dt.date
) -> tuple[dt.datetime, dt.datetime, dt.datetime | None]:
    """(starts_at, ends_at, registration_deadline) as aware UTC datetimes for a sample course."""
    start_day = resolve_day(seed.start, today)
    end_day = start_day + dt.timedelta(days=seed.duration_days - 1)
    deadline: dt.datetime | None = None
    if seed.deadline is not None:
        if seed.deadline.anchor == "before_today":
            deadline_day = today - dt.timedelta(days=seed.deadline.days)
        else:
            # An open registration must still be open tomorrow, however close the start is.
            deadline_day = max(start_day - dt.timedelta(days=seed.deadline.days), today + dt.timedelta(days=1))
            deadline_day = min(deadline_day, start_day - dt.timedelta(days=1))
        deadline = _local(deadline_day, DEADLINE_TIME)
    return _local(start_day, CLASS_START), _local(end_day, CLASS_END), deadline


def load_sample(session: Session, today: dt.date) -> LoadReport:
    """Insert the sample schedule and current-year sample targets, only into a database with no class and no
    imported target."""
    report = LoadReport()
    # Never beside a real plan: an organiser's targets alone also keep the sample out.
    if session.scalar(select(func.count()).select_from(Course)) or sample.has_real_data(session):
        report.sample_skipped = True
        return report

    org_ids = _upsert_organisations(session, ORGANISATIONS + SAMPLE_ORGANISATIONS, report)
    doc_ids = _upsert_documents(session, (SAMPLE_DOCUMENT,), org_ids, report)
    source_id = doc_ids[SAMPLE_DOCUMENT.code]

    for seed in SAMPLE_COURSES:
        starts_at, ends_at, deadline = sample_course_times(seed, today)
        session.add(Course(
            code=seed.code,
            title=seed.title,
            topic=seed.topic,
            audiences=";".join(seed.audiences),
            organiser_id=org_ids[seed.organiser],
            partner=seed.partner,
            province=seed.province,
            venue=seed.venue,
            format=seed.format,
            starts_at=starts_at,
            ends_at=ends_at,
            registration_deadline=deadline,
            capacity=seed.capacity,
            status=seed.status,
            description=seed.description,
            is_sample=True,
            source_id=source_id,
        ))
        report.courses_created += 1

    targets = _existing(session, Target, (t.code for t in SAMPLE_TARGETS))
    for target in SAMPLE_TARGETS:
        _upsert(session, Target, target.code, {
            "organisation_id": org_ids[target.organisation],
            "period_start": today.year,
            "period_end": today.year,
            "metric": target.metric,
            "audience": target.audience,
            "target_value": target.target_value,
            "unit": target.unit,
            "achieved_value": target.achieved_value,
            "as_of": today,
            "note": "Số liệu minh họa, không phải chỉ tiêu thật.",
            "keywords": target.keywords,
            "is_sample": True,
            "source_id": source_id,
        }, targets, report, "targets")

    session.flush()
    if report.changes:
        bump_data_version(session)
    return report
