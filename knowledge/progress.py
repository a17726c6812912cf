"""Training targets as organisers keep them up to date: the targets in their scope, the achieved value and
its as-of date changed from the workspace, and the figures of one union's chart (this year against the
target and against last year). Drawing the chart is handlers/charts.py's job; this module only reads and
writes the data, with the scope checked here, on the server, for every change.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.db import bump_data_version
from knowledge.models import Organisation, Target
from knowledge.outbox import Scope, subtree
from knowledge.search.taught import key_of

SAME_METRIC = 85.0  # token_sort_ratio of two metrics' keys that makes them one series over the years


class ProgressError(ValueError):
    """A change the caller must refuse; `code` (not_found, negative, future, not_a_number) says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def targets_in_scope(*, session: Session, scope: Scope) -> list[Target]:
    """The scope's targets: the newest period first, then by union and code."""
    q = select(Target)
    if scope.roots is not None:
        q = q.where(Target.organisation_id.in_(subtree(session=session, roots=scope.roots)))
    targets = list(session.scalars(q))
    targets.sort(key=lambda t: (-t.period_end, -t.period_start, t.organisation.name, t.code))
    return targets


def target_in_scope(*, session: Session, scope: Scope, target_id: int) -> Target:
    """One target of the scope; ProgressError("not_found") for another union's or a missing one."""
    target = session.get(Target, target_id)
    if target is None or (scope.roots is not None
                          and target.organisation_id not in subtree(session=session, roots=scope.roots)):
        raise ProgressError("not_found")
    return target


def update_progress(*, session: Session, scope: Scope, target_id: int, achieved: float, as_of: dt.date,
                    today: dt.date) -> Target:
    """Set what a target has achieved and when that was counted. The percentage the source printed no
    longer applies, so it is dropped; every engine reloads (the bot answers the new figure)."""
    target = target_in_scope(session=session, scope=scope, target_id=target_id)
    if not math.isfinite(achieved):
        raise ProgressError("not_a_number")
    if achieved < 0:
        raise ProgressError("negative")
    if as_of > today:
        raise ProgressError("future")
    target.achieved_value = achieved
    target.as_of = as_of
    target.stated_percent = None
    session.flush()
    bump_data_version(session)
    return target


# ------------------------------------------------------------------ the chart's figures

@dataclass(frozen=True, slots=True)
class ChartRow:
    """One metric: this year's target and result, and last year's when the union had one for it."""

    code: str
    metric: str
    unit: str
    target: float
    achieved: float | None
    last_target: float | None = None
    last_achieved: float | None = None

    @property
    def percent(self) -> float | None:
        return 100 * self.achieved / self.target if self.achieved is not None and self.target else None

    @property
    def last_percent(self) -> float | None:
        if self.last_achieved is None or not self.last_target:
            return None
        return 100 * self.last_achieved / self.last_target


@dataclass(frozen=True, slots=True)
class ChartData:
    organisation_id: int
    organisation: str
    code: str
    year: int
    rows: tuple[ChartRow, ...]
    sample: bool = False
    as_of: dt.date | None = None  # the latest count among this year's targets


def _covers(t: Target, year: int) -> bool:
    return t.period_start <= year <= t.period_end


def chart_data(*, session: Session, organisation_id: int, year: int) -> ChartData | None:
    """The figures of one union's chart for `year`, or for its latest year with targets when it has none
    for `year`; None when the union has no targets at all."""
    org = session.get(Organisation, organisation_id)
    if org is None:
        return None
    targets = list(session.scalars(select(Target).where(Target.organisation_id == organisation_id)
                                   .order_by(Target.id)))
    if not targets:
        return None
    if not any(_covers(t, year) for t in targets):
        year = max(t.period_end for t in targets)
    current = [t for t in targets if _covers(t, year)]
    # Last year's figure is a target of its own for that year (a multi-year target covers both years).
    previous = [t for t in targets if _covers(t, year - 1) and not _covers(t, year)]
    rows: list[ChartRow] = []
    for t in current:
        key = key_of(t.metric)
        last = next((p for p in previous if p.unit == t.unit
                     and (key_of(p.metric) == key or fuzz.token_sort_ratio(key_of(p.metric), key) >= SAME_METRIC)),
                    None)
        rows.append(ChartRow(t.code, t.metric, t.unit, t.target_value, t.achieved_value,
                             last.target_value if last else None, last.achieved_value if last else None))
    dates = [t.as_of for t in current if t.as_of]
    return ChartData(org.id, org.name, org.code, year, tuple(rows), sample=any(t.is_sample for t in current),
                     as_of=max(dates) if dates else None)


def organisation_by_code(*, session: Session, code: str) -> Organisation | None:
    return session.scalar(select(Organisation).where(Organisation.code == code))
