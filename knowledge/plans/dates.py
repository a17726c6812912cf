"""When a class takes place, read the way union offices write it in a plan.

A cell may hold an Excel date, a date as text («15/9/2027», «15/9/2027 8:00», «Ngày 15/9»), a range of
days («3-5/9/2027», «03/9 - 05/9/2027», «28/9 - 2/10/2027») or only a period: a month («Tháng 9/2027»,
«T9/2027», «cuối tháng 9/2027») or a quarter («Quý IV/2027», «Q4/2027»). A period is kept as tentative:
the class is shown «dự kiến tháng 9/2027» until a re-import gives its date. A missing year is taken from
the plan's title («Kế hoạch … năm 2027»). Pure functions, no database.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
ROMAN_LABEL = {1: "I", 2: "II", 3: "III", 4: "IV"}
EXPECTED = ("không phải thời gian hợp lệ (ví dụ 15/9/2027, 15/9/2027 08:00, 3-5/9/2027, "
            "03/9 - 05/9/2027, Tháng 9/2027, Quý IV/2027).")


class BadWhen(ValueError):
    """A cell that gives no usable time; the message (Vietnamese) says what is expected."""


@dataclass(frozen=True, slots=True)
class When:
    """A class's days: start and end (None: one day, or not known); `time` when the cell gave one;
    `tentative` the period as shown («tháng 9/2027», «quý IV/2027») when only a period is known."""

    start: dt.date
    end: dt.date | None = None
    time: dt.time | None = None
    tentative: str | None = None
    # The part of the day the cell named instead of an hour («Chiều 22/12/2026»: "chiều"); `time` is then the
    # hour that part usually starts (PART_STARTS), which the importer says it assumed.
    part: str | None = None


# Parts of the day offices write for a class without its hour, and the hours they usually stand for: when that
# part's session starts, and when it ends (for an end or a deadline written so).
PART_STARTS = {"sáng": dt.time(8, 0), "trưa": dt.time(12, 0), "chiều": dt.time(13, 30), "tối": dt.time(18, 30)}
PART_ENDS = {"sáng": dt.time(11, 30), "trưa": dt.time(13, 30), "chiều": dt.time(17, 0), "tối": dt.time(21, 0)}
# Written with its marks; plain only in a cell typed without any («chieu 22/12/2026»), since «tới» folds to «toi».
_PART = re.compile(r"(?<!\w)(?:buổi\s+)?(sáng|trưa|chiều|tối)(?!\w)")
_PART_PLAIN = re.compile(r"(?<!\w)(?:buoi\s+)?(sang|trua|chieu|toi)(?!\w)")
_PLAIN_PART = {"sang": "sáng", "trua": "trưa", "chieu": "chiều", "toi": "tối"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D")
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join(bare.lower().replace("\u200b", "").split())


def _year(text: str | None, default: int | None) -> int:
    if text is None:
        if default is None:
            raise BadWhen("thiếu năm (ví dụ 15/9/2027); tiêu đề kế hoạch cũng không ghi năm.")
        return default
    year = int(text)
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2100:
        raise BadWhen("có năm ngoài khoảng 1900–2100.")
    return year


def _date(day: str, month: str, year: int) -> dt.date:
    try:
        return dt.date(year, int(month), int(day))
    except ValueError as exc:
        raise BadWhen(f"có ngày không tồn tại ({day}/{month}/{year}).") from exc


_TIME = r"(?P<h>\d{1,2})\s*(?:[:hg]|giờ|gio)\s*(?P<mi>\d{2})?(?::\d{2})?"
_Y = r"(?:\s*[/.-]\s*(?P<{name}>\d{{4}}|\d{{2}}))?"
_SINGLE = re.compile(rf"(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}}){_Y.format(name='y')}(?:\s*[ ,T]\s*(?:luc\s*)?{_TIME})?")
_TIME_FIRST = re.compile(rf"{_TIME}\s*(?:,|ngay)?\s*(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}}){_Y.format(name='y')}")
_ISO = re.compile(rf"(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?:\s*[ t]\s*{_TIME}(?::\d{{2}})?)?")
_DAY_RANGE = re.compile(
    rf"(?P<d1>\d{{1,2}})\s*(?:-|–|—|den|,|va)\s*(?P<d2>\d{{1,2}})\s*[/.]\s*(?P<m>\d{{1,2}}){_Y.format(name='y')}")
_RANGE = re.compile(
    rf"(?P<d1>\d{{1,2}})\s*[/.]\s*(?P<m1>\d{{1,2}}){_Y.format(name='y1')}\s*(?:-|–|—|den|,|va)\s*"
    rf"(?P<d2>\d{{1,2}})\s*[/.]\s*(?P<m2>\d{{1,2}}){_Y.format(name='y2')}")
_MONTH = re.compile(
    r"(?P<when>dau|giua|cuoi)?\s*(?:thang|t)\s*(?P<m>\d{1,2})(?:\s*(?:/|-|\.|nam)\s*(?P<y>\d{4}))?")
_MONTHS = re.compile(
    r"(?:thang|t)\s*(?P<m1>\d{1,2})\s*(?:-|–|,|va|den)\s*(?:thang|t)?\s*(?P<m2>\d{1,2})"
    r"(?:\s*(?:/|-|\.|nam)\s*(?P<y>\d{4}))?")
_HALF = re.compile(r"6 thang (?P<half>dau|cuoi) nam(?:\s*(?P<y>\d{4}))?")
_YEAR = re.compile(r"(?:ca |trong )?nam\s*(?P<y>\d{4})|(?P<any>ca nam|trong nam|theo ke hoach|chua xac dinh)")
_QUARTER = re.compile(r"(?:(?:dau|giua|cuoi)\s+)?(?:quy|q)\s*(?P<q>iv|iii|ii|i|[1-4])(?:\s*(?:/|-|\.|nam)\s*(?P<y>\d{4}))?")


def _clock(match: re.Match[str]) -> dt.time | None:
    if match.groupdict().get("h") is None:
        return None
    try:
        return dt.time(int(match["h"]), int(match["mi"] or 0))
    except ValueError as exc:
        raise BadWhen("có giờ không hợp lệ (HH:MM, ví dụ 08:00).") from exc


# A time of day as offices and organisers type it: «8:00», «8h», «8h30», «13g30», «8 giờ», «13 giờ 30 phút»,
# «8:00:00», «1 giờ chiều», «7h tối». One reader for plans, the web workspace and the command line.
_CLOCK = re.compile(r"(?P<h>\d{1,2})\s*(?:(?:[:hg.]|gio)\s*(?:(?P<mi>\d{1,2})\s*(?:phut|p)?)?(?::(?P<s>\d{2}))?)?"
                    r"\s*(?P<part>sang|trua|chieu|toi|am|pm)?")
BAD_CLOCK = "có giờ không hợp lệ (HH:MM, ví dụ 08:00, 8h, 13h30)."


def parse_clock(text: str) -> dt.time | None:
    """A time of day typed any usual way (see `_CLOCK`); None when the text is no time. «chiều», «tối» and
    «pm» after an hour before 12 mean the afternoon or evening (1 giờ chiều is 13:00)."""
    match = _CLOCK.fullmatch(_fold(text))
    if match is None:
        return None
    hour, minute, second = int(match["h"]), int(match["mi"] or 0), int(match["s"] or 0)
    if match["part"] in ("chieu", "toi", "pm") and hour < 12:
        hour += 12
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        return None


# Excel counts days from 30/12/1899; a date column formatted «General» shows that number (46462 is 16/3/2027).
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
# Serials from 1/1/1955 to 31/12/2100: a smaller number in a date column is no date.
_SERIALS = (20090, 73415)


def excel_serial(number: float) -> dt.datetime | None:
    """The date (and time, from the fraction) an Excel serial number stands for; None outside 1955–2100."""
    if not _SERIALS[0] <= number <= _SERIALS[1]:
        return None
    moment = _EXCEL_EPOCH + dt.timedelta(days=float(number))
    return moment.replace(second=0, microsecond=0) + dt.timedelta(minutes=1 if moment.second >= 30 else 0)


def parse_when(cell: object, default_year: int | None = None) -> When:
    """The days a cell gives; raises BadWhen with a Vietnamese message."""
    if isinstance(cell, dt.datetime):  # a datetime only when the cell shows a time: 00:00 is meant
        return When(cell.date(), time=cell.time().replace(microsecond=0))
    if isinstance(cell, dt.date):
        return When(cell)
    if isinstance(cell, str) and re.fullmatch(r"\s*\d{5}(?:[.,]\d+)?\s*", cell):
        cell = float(cell.replace(",", "."))  # a serial pasted as text, or from a CSV
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        day = excel_serial(cell)
        if day is None:
            raise BadWhen(EXPECTED)
        return When(day.date(), time=day.time() if day.time() != dt.time(0) else None)
    if not isinstance(cell, str):
        raise BadWhen(EXPECTED)
    cell = re.sub(r"(?<=\S)\s*(?:\(\*+\)|\*+)\s*$", "", cell)  # a footnote mark («15/9/2027 (*)»)
    marked = unicodedata.normalize("NFC", cell).lower()
    found = _PART.search(marked) or (_PART_PLAIN.search(marked) if marked.isascii() else None)
    part = _PLAIN_PART.get(found[1], found[1]) if found else None
    when = _parse_text(cell, default_year, part is not None)
    if part is None or when.tentative:
        return when
    if when.time is not None:
        # «2h chiều», «Chiều 2h00 ngày 22/12»: the hour said wins; the afternoon only says it is past noon.
        if (part in ("chiều", "tối") and when.time.hour < 12) or (part == "trưa" and when.time.hour < 6):
            return replace(when, time=when.time.replace(hour=when.time.hour + 12))
        return when
    return replace(when, time=PART_STARTS[part], part=part)


def _parse_text(cell: str, default_year: int | None, has_part: bool) -> When:
    text = _fold(cell)
    if re.fullmatch(r"\d{5}(?:[.,]\d+)?", text):
        return parse_when(float(text.replace(",", ".")), default_year)  # a serial with a footnote mark
    text = re.sub(r"\(.*?\)", " ", text)  # «(2 ngày)», «(dự kiến)»
    # «2027-03-15 00:00:00»: a date cell a program wrote out as text, with the midnight it stores; no time.
    text = re.sub(r"(?<=\d)[ t]0?0:00:00(?:\.0+)?$", "", text)
    # The weekday and the morning said beside a date («Thứ Hai, 15/3/2027», «Sáng 15/3»), and the week of a
    # month («Tuần 2 tháng 3/2027»: that month, tentative) add nothing to it. They go
    # first: «Thứ Tư» folds to «thu tu», whose «tu» the next line would take for «từ» and leave «thu ,».
    # «T4» is a weekday only before a day and month: «T2/2027» is February.
    text = re.sub(r"\b(?:thu (?:[2-7]|hai|ba|tu|nam|sau|bay)|t[2-7](?=[\s,]+\d{1,2}[/.-]\d{1,2})|chu nhat|cn"
                  r"|(?:buoi )?(?:sang|trua|chieu))\b\s*,?", " ", text)
    if has_part:  # «tối» (evening); not the «tới» (to) that folds the same
        text = re.sub(r"\b(?:buoi )?toi\b\s*,?", " ", text)
    text = re.sub(r"\b(du kien|khoang|vao|ngay|tu|tu ngay|thoi gian)\b", " ", text)
    text = re.sub(r"^\s*tuan (?:\d|i{1,3}|iv)\s+(?=thang\b)", " ", text)
    text = " ".join(text.replace("den ngay", "den").split()).strip(" .,;:")
    if match := _ISO.fullmatch(text):
        return When(_date(match["d"], match["m"], _year(match["y"], None)), time=_clock(match))
    if match := _DAY_RANGE.fullmatch(text):
        year = _year(match["y"], default_year)
        start, end = _date(match["d1"], match["m"], year), _date(match["d2"], match["m"], year)
        return _ordered(start, end)
    if match := _RANGE.fullmatch(text):
        y2 = _year(match["y2"] or match["y1"], default_year)
        y1 = _year(match["y1"], None) if match["y1"] else y2
        start, end = _date(match["d1"], match["m1"], y1), _date(match["d2"], match["m2"], y2)
        if end < start and not match["y1"]:  # «28/12 - 3/1/2028» crosses the new year
            start = _date(match["d1"], match["m1"], y2 - 1)
        return _ordered(start, end)
    if match := (_SINGLE.fullmatch(text) or _TIME_FIRST.fullmatch(text)):
        return When(_date(match["d"], match["m"], _year(match["y"], default_year)), time=_clock(match))
    if match := _MONTH.fullmatch(text):
        month, year = int(match["m"]), _year(match["y"], default_year)
        if not 1 <= month <= 12:
            raise BadWhen(f"có tháng không tồn tại ({month}).")
        part = {"dau": "đầu ", "giua": "giữa ", "cuoi": "cuối "}.get(match["when"] or "", "")
        return When(dt.date(year, month, 1), tentative=f"{part}tháng {month}/{year}")
    if match := _MONTHS.fullmatch(text):
        first, last, year = int(match["m1"]), int(match["m2"]), _year(match["y"], default_year)
        if not 1 <= first < last <= 12:
            raise BadWhen(f"có khoảng tháng không hợp lệ ({first}–{last}).")
        return When(dt.date(year, first, 1), tentative=f"tháng {first}–{last}/{year}")
    if match := _HALF.fullmatch(text):
        year = _year(match["y"], default_year)
        first = match["half"] == "dau"
        return When(dt.date(year, 1 if first else 7, 1), tentative=f"6 tháng {'đầu' if first else 'cuối'} năm {year}")
    if match := _YEAR.fullmatch(text):
        year = _year(match["y"], default_year)
        return When(dt.date(year, 1, 1), tentative=f"năm {year}")
    if match := _QUARTER.fullmatch(text):
        quarter = ROMAN.get(match["q"]) or int(match["q"])
        year = _year(match["y"], default_year)
        return When(dt.date(year, 3 * quarter - 2, 1), tentative=f"quý {ROMAN_LABEL[quarter]}/{year}")
    raise BadWhen(EXPECTED)


_LABEL = re.compile(r"(?:(?:đầu|giữa|cuối) )?tháng (\d{1,2})(?:–(\d{1,2}))?/(\d{4})|6 tháng (đầu|cuối) năm (\d{4})"
                    r"|năm (\d{4})|quý (I|II|III|IV)/(\d{4})")


def period_bounds(tentative: str) -> tuple[dt.date, dt.date] | None:
    """The first day of a tentative period as `parse_when` writes it, and the first day after it
    («quý IV/2026» → 1/10/2026, 1/1/2027); None for a label it does not write."""
    m = _LABEL.fullmatch(tentative)
    if m is None:
        return None
    if m[3]:
        year, first = int(m[3]), int(m[1])
        last = int(m[2] or first)
    elif m[5]:
        year, first = int(m[5]), 1 if m[4] == "đầu" else 7
        last = first + 5
    elif m[6]:
        year, first, last = int(m[6]), 1, 12
    else:
        year = int(m[8])
        first = 3 * ROMAN[m[7].lower()] - 2
        last = first + 2
    after = dt.date(year + 1, 1, 1) if last == 12 else dt.date(year, last + 1, 1)
    return dt.date(year, first, 1), after


def _ordered(start: dt.date, end: dt.date) -> When:
    if end < start:
        raise BadWhen("có ngày kết thúc trước ngày bắt đầu.")
    return When(start, end if end != start else None)


def whole_year(year: int) -> When:
    """A class the plan gives no time for: tentatively some time in the plan's year."""
    return When(dt.date(year, 1, 1), tentative=f"năm {year}")


def plan_year(lines: list[str]) -> int | None:
    """The year a plan's title lines name («KẾ HOẠCH … NĂM 2027»), for dates written without one."""
    for line in lines:
        if match := re.search(r"\bnam\s+(\d{4})\b", _fold(line)):
            return int(match[1])
    return None
