"""A class in a list says its part of the day and how many times it meets when its first and last day span more
(a blind tester read «Tối 25/12 – Tối 29/12, 3 buổi» listed as «25/12 – 29/12» as five working days)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from handlers.compose import course_line
from knowledge.records import CourseRec

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def course(start: dt.datetime, end: dt.datetime, **kw: object) -> CourseRec:
    base = CourseRec(1, "K-1", "Huấn luyện an toàn, vệ sinh lao động", "atvsld", ("doan_vien",), 1, "LĐLĐ tỉnh X",
                     None, "Hải Phòng", "Nhà văn hóa công nhân", "tap_trung", start.astimezone(dt.UTC),
                     end.astimezone(dt.UTC), None, 40, "open")
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def when(c: CourseRec) -> str:
    return course_line(c, TZ).splitlines()[1]


def test_an_evening_class_in_sessions_says_the_evening_and_its_sessions() -> None:
    c = course(dt.datetime(2026, 12, 25, 18, 30, tzinfo=TZ), dt.datetime(2026, 12, 29, 21, 0, tzinfo=TZ),
               day_part="tối", description="Số buổi học: 3", days=3)
    assert when(c).startswith("  Thời gian: buổi tối Thứ Sáu, 25/12/2026 – Thứ Ba, 29/12/2026 (3 buổi)")


def test_a_class_meeting_on_some_days_of_its_span_says_how_many() -> None:
    c = course(dt.datetime(2027, 1, 9, 8, 0, tzinfo=TZ), dt.datetime(2027, 1, 16, 17, 0, tzinfo=TZ), days=2)
    assert "(2 ngày học)" in when(c)


def test_a_class_held_every_day_between_adds_nothing() -> None:
    c = course(dt.datetime(2027, 1, 11, 8, 0, tzinfo=TZ), dt.datetime(2027, 1, 13, 17, 0, tzinfo=TZ), days=3)
    assert when(c) == "  Thời gian: Thứ Hai, 11/01/2027 – Thứ Tư, 13/01/2027 · Tập trung (trực tiếp)"
