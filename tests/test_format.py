"""Vietnamese number, percentage, progress and date formatting; token redaction in logs."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from bot.logs import RedactingFilter
from knowledge import format as vn
from tests.conftest import TZ_VN


@pytest.mark.parametrize(
    ("value", "text"), [(3831, "3.831"), (38386, "38.386"), (61.23, "61,23"), (2.1, "2,1"), (100, "100"), (0, "0")]
)
def test_number(value: float, text: str) -> None:
    assert vn.number(value) == text


def test_percent_and_progress() -> None:
    assert vn.percent(3831, 3580) == "107%"
    assert vn.percent(32775, 53527) == "61,23%"
    assert vn.progress(3831, 3580) == "đạt 3.831/3.580 (107%)"
    # The source's own figure wins: it printed 97,9% for 8.891/9.074.
    assert vn.progress(8891, 9074, 97.9) == "đạt 8.891/9.074 (97,9%)"


def test_dates_in_local_time() -> None:
    late_utc = dt.datetime(2027, 1, 4, 20, 0, tzinfo=dt.UTC)  # already 5 January in Hà Nội
    assert vn.date(late_utc, TZ_VN) == "05/01/2027"
    assert vn.weekday_date(late_utc, TZ_VN) == "Thứ Ba, 05/01/2027"
    assert vn.date_time(late_utc, TZ_VN) == "03:00 Thứ Ba, 05/01/2027"
    assert vn.period(2013, 2018) == "giai đoạn 2013–2018" and vn.period(2016, 2016) == "năm 2016"


def test_weekdays_are_spelled_as_vietnamese_writes_them() -> None:
    monday = dt.date(2027, 1, 4)
    said = [vn.weekday_date(monday + dt.timedelta(days=i)).split(",")[0] for i in range(7)]
    assert said == ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
    assert vn.date_time(dt.datetime(2027, 1, 10, 1, 0, tzinfo=dt.UTC), TZ_VN) == "08:00 Chủ nhật, 10/01/2027"


def test_no_text_spells_sunday_otherwise() -> None:
    """Cards, notices and pages all say «Chủ nhật» through the one helper; none writes «Chủ Nhật» itself."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = [p for folder in ("knowledge", "handlers", "scheduler", "bot") for p in (root / folder).rglob("*")
             if p.suffix in (".py", ".html", ".js", ".txt", ".md")]
    assert files and not [p for p in files if "Chủ Nhật" in p.read_text(encoding="utf-8")]


def test_tokens_are_redacted_from_messages_and_tracebacks() -> None:
    token = "123456789:AAHk-abcdefghijklmnopqrstuvwxyz0123"
    f = RedactingFilter([token])
    try:
        raise RuntimeError(f"GET https://api.telegram.org/bot{token}/getMe failed")
    except RuntimeError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "call %s", (f"/bot{token}/x",), sys.exc_info())
    assert f.filter(record)
    text = record.getMessage() + (record.exc_text or "")
    assert token not in text and "[REDACTED]" in text
