"""When a class has started and when it is over: one answer for search, registration and reminders.

A class with a day has started at its start. A class the plan dates only by a period («tháng 9/2027»,
«quý IV/2026», «6 tháng đầu năm 2027», «năm 2027») keeps the period's first day as its start, but nobody
knows it has begun while the period lasts: it counts as not started, and so upcoming, until the period is
over. Search lists it that way (knowledge.index), and registration and reminders must say the same, or a
chair is shown a class as coming and then told it has started. Pure functions, no database: the search
index uses them too (knowledge.registrations has the matching database filter).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from knowledge.plans.dates import period_bounds

# The longest period a plan writes (a whole year): a period class starting earlier than this is over.
LONGEST_PERIOD = dt.timedelta(days=366)


class Dated(Protocol):
    """What these rules read of a class (a Course, a CourseRec, or a row of these columns)."""

    @property
    def starts_at(self) -> dt.datetime: ...
    @property
    def tentative(self) -> str | None: ...


def period_end(tentative: str | None, starts_at: dt.datetime) -> dt.datetime | None:
    """When the period of a class dated only by a period is over (the first moment after it, at the class's
    own hour), or None for a class with a day (or a period label this code does not write)."""
    bounds = period_bounds(tentative) if tentative else None
    if bounds is None:
        return None
    opens, closes = bounds
    return starts_at + dt.timedelta(days=(closes - opens).days)


def started(course: Dated, now: dt.datetime) -> bool:
    """Whether the class has begun: its start has passed, or, dated only by a period, the period is over."""
    end = period_end(course.tentative, course.starts_at)
    return (end if end is not None else course.starts_at) <= now


def finish(course: Dated, ends_at: dt.datetime | None) -> dt.datetime:
    """The moment after which the class is over: the end of its period, else its end, else its start."""
    end = period_end(course.tentative, course.starts_at)
    return end if end is not None else (ends_at or course.starts_at)
