"""Vietnamese formatting of numbers, percentages, dates and progress ("đạt 3.831/3.580 (107%)")."""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def number(value: float, decimals: int = 2) -> str:
    """3831 → "3.831", 61.23 → "61,23", 2.1 → "2,1": dot for thousands, comma for decimals."""
    rounded = round(value, decimals)
    if abs(rounded - round(rounded)) < 10 ** (-decimals - 1):
        return f"{round(rounded):,}".replace(",", ".")
    whole, frac = f"{rounded:,.{decimals}f}".split(".")
    frac = frac.rstrip("0")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def percent(part: float, whole: float) -> str:
    """A share as Vietnamese percent: 3831/3580 → "107%", 32775/53527 → "61,23%"."""
    if whole == 0:
        return "—"
    value = part / whole * 100
    # Whole percents read better and match how reports round ("đạt 107%").
    if abs(value - round(value)) < 0.05 or value >= 100:
        return f"{round(value)}%"
    return number(value, 2) + "%"


def progress(achieved: float, target: float, stated_percent: float | None = None) -> str:
    """"đạt 3.831/3.580 (107%)"; a percentage stated by the source wins over the computed one."""
    pct = f"{number(stated_percent)}%" if stated_percent is not None else percent(achieved, target)
    return f"đạt {number(achieved)}/{number(target)} ({pct})"


def share_first(achieved: float, target: float, stated_percent: float | None = None, unit: str = "") -> str:
    """"đạt 72% (1.874/2.600 người)": the share reached before the counts, as a chair asks it («đạt bao nhiêu
    %»); a percentage stated by the source wins over the computed one."""
    pct = f"{number(stated_percent)}%" if stated_percent is not None else percent(achieved, target)
    counts = f"{number(achieved)}/{number(target)}" + (f" {unit}" if unit else "")
    return f"đạt {pct} ({counts})"


def date(value: dt.date | dt.datetime, tz: dt.tzinfo | None = None) -> str:
    """dd/mm/yyyy, in `tz` for datetimes."""
    if isinstance(value, dt.datetime) and tz is not None:
        value = value.astimezone(tz)
    return value.strftime("%d/%m/%Y")


def date_time(value: dt.datetime, tz: dt.tzinfo) -> str:
    """"08:00 Thứ Hai, 05/01/2027"."""
    local = value.astimezone(tz)
    return f"{local:%H:%M} {WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y}"


def weekday_date(value: dt.date | dt.datetime, tz: dt.tzinfo | None = None) -> str:
    """"Thứ Hai, 05/01/2027"."""
    if isinstance(value, dt.datetime) and tz is not None:
        value = value.astimezone(tz)
    return f"{WEEKDAYS[value.weekday()]}, {value:%d/%m/%Y}"


def period(start: int, end: int) -> str:
    """"năm 2016" or "giai đoạn 2013–2018"."""
    return f"năm {start}" if start == end else f"giai đoạn {start}–{end}"


_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")


def parse_number(text: str) -> float | None:
    """A number as Vietnamese write it: "3.831" → 3831, "61,23" → 61.23, "1.234,5" → 1234.5; a dot before
    exactly three digits groups thousands, otherwise (like "2.5") it is read as a decimal point. None when
    the text is not a number."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    if not _NUMBER.fullmatch(raw):
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (also d/m/yyyy, with - or .), or the ISO yyyy-mm-dd of a date field; None otherwise."""
    raw = text.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None
