"""A class the plan dates only by a period is upcoming until that period ends: without a day nobody knows it
has started. A class with a real start date is upcoming only until that day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.plans.dates import parse_when, period_bounds
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW  # 23/11/2026

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "DN", "LĐLĐ thành phố Đà Nẵng", "province", "Đà Nẵng", None)]


def course(cid: int, title: str, topic: str, day: dt.date, tentative: str | None = None) -> CourseRec:
    start = dt.datetime(day.year, day.month, day.day, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"DN-{cid:02d}", title=title, topic=topic, audiences=("chu_tich_cdcs",),
        organiser_id=1, organiser_name=None, partner=None, province="Đà Nẵng",
        venue="Hội trường LĐLĐ thành phố Đà Nẵng", format="tap_trung", starts_at=start,
        ends_at=None if tentative else start + dt.timedelta(hours=8), registration_deadline=None, capacity=50,
        status="open", tentative=tentative,
    )


COURSES = [
    course(1, "Bồi dưỡng nghiệp vụ kế toán công đoàn", "tai_chinh", dt.date(2026, 10, 1), "quý IV/2026"),
    course(2, "Tập huấn kỹ năng thương lượng tập thể", "thuong_luong", dt.date(2026, 11, 1), "tháng 11/2026"),
    course(3, "Tập huấn kỹ năng thương lượng tập thể ở doanh nghiệp", "thuong_luong", dt.date(2026, 11, 20)),
    course(4, "Bồi dưỡng nghiệp vụ kế toán cho thủ quỹ", "tai_chinh", dt.date(2026, 10, 1), "tháng 10/2026"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[], tz=TZ)


def codes(qa: QAEngine, question: str) -> list[str]:
    return [c.code for c in qa.answer(question, now=FIXED_NOW).courses]


def test_the_period_a_plan_writes_has_a_first_day_and_an_end() -> None:
    label = parse_when("Quý 4/2026").tentative
    assert label is not None
    assert period_bounds(label) == (dt.date(2026, 10, 1), dt.date(2027, 1, 1))
    assert period_bounds(parse_when("T12/2026").tentative or "") == (dt.date(2026, 12, 1), dt.date(2027, 1, 1))


def test_a_class_of_the_quarter_under_way_is_still_upcoming(qa: QAEngine) -> None:
    found = codes(qa, "đà nẵng quý 4 năm nay có lớp kế toán công đoàn nào không")
    assert "DN-01" in found
    assert "DN-04" not in found  # its month is over


def test_a_class_of_the_month_under_way_is_found_but_a_dated_one_that_began_is_not(qa: QAEngine) -> None:
    found = codes(qa, "tháng 11 này đà nẵng còn lớp thương lượng tập thể nào")
    assert "DN-02" in found
    assert "DN-03" not in found  # began on 20/11
