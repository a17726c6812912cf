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
import re
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from knowledge.plans.dates import period_bounds
from knowledge.text import clean, fold, hoan_apart

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


# Plans are written in Vietnam's time: a new date in a note keeps the class's own hour («Chiều 22/12, 13:30»
# put off to 12/5 is held on 12/5 at 13:30), as offices move a session, not its time of day.
_PLAN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# The new date a note gives a class put off, folded: said after «sang», «đến/tới ngày», «lịch mới», «ngày mới», or
# «dời»/«lùi» … «sang/đến» («Hoãn sang 15/03/2027», «lùi lịch đến 5/1/2027», «lịch mới: 20/01/2027»). Any
# other date («trùng lịch họp vào 01/12», «lịch cũ 18/11», «từ 30/11») is no new date.
# «16-17/12/2026»: a class of two days starts on the first.
# The year as written, whatever its length: «15/01/20277» is a slip to ask about, never 15/01 of a year guessed.
_DAY = r"(\d{1,2})(?: ?[-–] ?\d{1,2}(?=[/.]))?[/.-](\d{1,2})(?:[/.-](\d+))?\b"
_NEW_DATE = re.compile(
    r"\b(?:sang|(?:den|toi) ngay|(?:lich|ngay) moi"
    r"|(?:doi|lui)(?: (?!sang\b|den\b|toi\b)[a-z]+){0,4}(?: tu (?:ngay )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)?"
    r" (?:sang|den|toi))"
    r"(?: (?:ngay|thu \w+|chu nhat|t[2-7]|cn|la))*:? " + _DAY)
# Words of those phrases as they may be typed: plain, or with these marks. «sáng 15/1» (a morning), «đổi»,
# «đợi đến 15/1» (wait until) and «tôi» fold the same and say no new date.
_MARKED = {"sang": ("sang",), "den": ("đến", "đên"), "toi": ("tới",), "moi": ("mới",), "doi": ("dời",),
           "lui": ("lùi",)}
# «từ ngày 01/12 đến ngày 03/12»: the days a class runs, not a date it is put off to.
_RANGE_BEFORE = re.compile(r"\btu (?:ngay )?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})? ?$")
# A date written without a year is the next such day after the old start, and only within this window: a day
# nearly a year out is more likely a slip (or a day before the old one) than a postponement left without a year.
YEARLESS_WINDOW = dt.timedelta(days=183)

# «hạn đăng ký đến 25/11», «hạn nộp trước ngày 5/1»: a deadline the note gives, no new date of the class.
_DEADLINE_SAID = re.compile(r"\bhan (?:chot )?(?:dang ky|dang ki|dk|dki|nop(?: ho so)?|ghi danh)?\s*"
                            r"(?:den|truoc|toi|la|:)?\s*(?:ngay )?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?")


def _said_as_meant(found: re.Match[str], marked: str | None) -> bool:
    """Whether the words of a match that may be other words typed with marks («sáng», «đổi», «đợi») were
    typed plain or as the word meant. `marked`: the note lower-cased with its marks, letter for letter beside
    the folded text (None when the two do not line up, and nothing is checked)."""
    if marked is None:
        return True
    for word in re.finditer(r"[a-z]+", found.group(0)):
        forms = _MARKED.get(word.group(0))
        typed = marked[found.start() + word.start():found.start() + word.end()]
        if forms is not None and typed != word.group(0) and typed not in forms:
            return False
    return True


def postponed_to(note: str | None, starts_at: dt.datetime) -> dt.datetime | None:
    """The new start of a class put off («Hoãn» in the plan), as its note gives it, or None when the note gives
    none («Tạm hoãn, sẽ thông báo sau»), at the class's own hour. A date without a year is the first such day after the old start, when
    that is within YEARLESS_WINDOW of it."""
    folded = _DEADLINE_SAID.sub(lambda m: " " * len(m.group(0)), fold(note or ""))
    lowered = clean(note or "").lower()
    marked = lowered if len(lowered) == len(folded) else None
    old = starts_at.astimezone(_PLAN_TZ)
    pos = 0
    while (found := _NEW_DATE.search(folded, pos)) is not None:
        pos = found.start() + 1
        if not _said_as_meant(found, marked):
            continue
        if found.group(0).startswith(("den", "toi")) and _RANGE_BEFORE.search(folded, 0, found.start()):
            continue
        return _new_start(int(found.group(1)), int(found.group(2)), found.group(3), old)
    return None


def _new_start(day: int, month: int, year: str | None, old: dt.datetime) -> dt.datetime | None:
    if year is not None and len(year) not in (2, 4):
        return None  # «20277»: no year a plan writes (`bad_year` says so at import)
    try:
        if year is not None:
            said = int(year) + (2000 if len(year) == 2 else 0)
            new = dt.datetime.combine(dt.date(said, month, day), old.time(), _PLAN_TZ)
            # A class is put off to a later day: an earlier one is a slip (of the year, most often).
            return new if new.date() >= old.date() else None
        for candidate in (old.year, old.year + 1):
            try:
                new = dt.datetime.combine(dt.date(candidate, month, day), old.time(), _PLAN_TZ)
            except ValueError:
                continue  # 29/02 of a year without it: the next year may have it
            if new.date() > old.date():
                return new if new - old <= YEARLESS_WINDOW else None
    except ValueError:
        return None  # «32/13»: no date, so no new date
    return None


# A date whose year has other than 2 or 4 digits («15/01/20277», «5/1/202»), written with slashes as notes do.
_BAD_YEAR = re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:\d{5,}|\d{3}|\d)(?![\d/])")


def bad_year(note: str | None) -> str | None:
    """The first date of a note written with a year no calendar date has («15/01/20277»), as written; None when
    every date's year has 2 or 4 digits. Such a date is never read as a new date (nor as a yearless one)."""
    found = _BAD_YEAR.search(note or "")
    return found.group(0) if found else None


def held_when(status: str, note: str | None, starts_at: dt.datetime,
              ends_at: dt.datetime | None) -> tuple[dt.datetime, dt.datetime | None]:
    """When a class is held: a class put off («Đã hoãn») whose note gives the new date is held then (its length
    kept); the row keeps the plan's own dates. Search, answers, reminders, notices and the organiser's pages
    read this one rule, so nobody is told or reminded of the date given up."""
    new = postponed_to(note, starts_at) if status == "postponed" else None
    if new is None:
        return starts_at, ends_at
    return new, ends_at + (new - starts_at) if ends_at is not None else None


def held_period(status: str, note: str | None, starts_at: dt.datetime, tentative: str | None) -> str | None:
    """The period a class is dated by («tháng 12/2026»), or None: a class put off to a day its note gives is
    dated by that day, not by the period the plan first gave it."""
    if tentative and status == "postponed" and postponed_to(note, starts_at) is not None:
        return None
    return tentative


# A sentence of a note that puts the class off («Hoãn sang 15/01/2027», «Tạm hoãn, sẽ thông báo sau», «Lùi lịch
# đến …», «dời sang …»), over the folded note with a «hoàn» told apart (text.hoan_apart).
_PUTS_OFF = re.compile(r"\b(?:hoan|lui|doi sang|doi lich|doi ngay)\b")
# … and says the new day is still to come («sẽ thông báo sau», «chưa có lịch»): no day of its own yet.
_DAY_TO_COME = re.compile(r"\b(?:(?:se )?thong bao (?:sau|lai)|bao sau|bao lai|se bao|chua co (?:lich|ngay))\b")
_SENTENCE_END = re.compile(r"(?<=[.;!?\n])\s+")


def stale_notes(status: str, note: str | None, starts_at: dt.datetime, tentative: str | None) -> list[str]:
    """The sentences of a class's note that put it off although it no longer is: its status is not «Đã hoãn»
    (nor called off) and the sentence puts it off to a day other than its own («Hoãn sang 15/01/2027» on a class
    the organiser has since moved to 20/01/2027 and opened again) or to a day still to come («Tạm hoãn, sẽ thông
    báo sau» on a class with its day). A sentence that tells how the class came to its day («Hoãn lịch cũ
    18/11/2026, dời sang 12/12/2026» on a class of 12/12) is no stale one."""
    if not note or status in ("postponed", "cancelled"):
        return []
    day = starts_at.astimezone(_PLAN_TZ).date()
    out: list[str] = []
    for sentence in _SENTENCE_END.split(note.strip()):
        folded = hoan_apart(sentence, fold(sentence))
        if not _PUTS_OFF.search(folded):
            continue
        said = _day_said(sentence)
        if said is not None:
            d, m, y = said
            if (d, m) != (day.day, day.month) or (y is not None and y != day.year):
                out.append(sentence)
        elif not tentative and _DAY_TO_COME.search(folded):
            out.append(sentence)
    return out


def _day_said(note: str) -> tuple[int, int, int | None] | None:
    """The new day a note puts a class off to, as written (day, month, year or None), whatever the old day."""
    folded = _DEADLINE_SAID.sub(lambda m: " " * len(m.group(0)), fold(note))
    lowered = clean(note).lower()
    marked = lowered if len(lowered) == len(folded) else None
    for found in _NEW_DATE.finditer(folded):
        if not _said_as_meant(found, marked) or (
                found.group(0).startswith(("den", "toi")) and _RANGE_BEFORE.search(folded, 0, found.start())):
            continue
        year = found.group(3)
        if year is not None and len(year) not in (2, 4):
            return None
        return (int(found.group(1)), int(found.group(2)),
                None if year is None else int(year) + (2000 if len(year) == 2 else 0))
    return None


def note_shown(course: Kept) -> str:
    """A class's note as chairs are shown it: without its stale sentences (`stale_notes`)."""
    note = course.description or ""
    stale = stale_notes(course.status, note, course.starts_at, course.tentative)
    if not stale:
        return note
    kept = [s for s in _SENTENCE_END.split(note.strip()) if s not in stale]
    return " ".join(kept)


class Kept(Dated, Protocol):
    """What `held` reads of a class row."""

    @property
    def status(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def ends_at(self) -> dt.datetime | None: ...


def held(course: Kept) -> tuple[dt.datetime, dt.datetime | None]:
    """`held_when` of a class row."""
    return held_when(course.status, course.description, course.starts_at, course.ends_at)


@dataclass(frozen=True, slots=True)
class HeldDates:
    """A class's `Dated` view at the dates it is held (for `started`, `finish`)."""

    starts_at: dt.datetime
    ends_at: dt.datetime | None
    tentative: str | None


def period_of(course: Kept) -> str | None:
    """`held_period` of a class row."""
    return held_period(course.status, course.description, course.starts_at, course.tentative)


def as_held(course: Kept) -> HeldDates:
    starts_at, ends_at = held(course)
    return HeldDates(starts_at, ends_at, period_of(course))


class Noted(Protocol):
    """What `put_off_to` reads of a class."""

    @property
    def starts_at(self) -> dt.datetime: ...
    @property
    def description(self) -> str: ...


def put_off_to(course: Noted) -> dt.datetime | None:
    """`postponed_to` of a class row or of its search record (knowledge.records), whose `starts_at` is already
    the new start: its note is read against the plan's own start, which the record keeps beside it."""
    planned: dt.datetime | None = getattr(course, "planned_start", None)
    return postponed_to(course.description, planned or course.starts_at)
