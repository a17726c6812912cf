"""Two batches named in one question («đợt 1 và 2», «đợt 2, đợt 3») ask for the classes of both, in date order."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine, batches_asked
from knowledge.records import CourseRec, OrgRec
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "CT", "LĐLĐ thành phố Cần Thơ", "province", "Cần Thơ", None)]


def course(cid: int, title: str, day: dt.date) -> CourseRec:
    start = dt.datetime(day.year, day.month, day.day, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"CT-{cid:02d}", title=title, topic="atvsld", audiences=("chu_tich_cdcs",),
        organiser_id=1, organiser_name=None, partner=None, province="Cần Thơ", venue="Hội trường LĐLĐ Cần Thơ",
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8), registration_deadline=None,
        capacity=40, status="open",
    )


COURSES = [
    course(1, "Huấn luyện an toàn vệ sinh lao động - Đợt 1", dt.date(2026, 12, 3)),
    course(2, "Huấn luyện an toàn vệ sinh lao động - Đợt 2", dt.date(2027, 3, 3)),
    course(3, "Huấn luyện an toàn vệ sinh lao động - Đợt 3", dt.date(2027, 6, 3)),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[], tz=TZ)


def test_batch_numbers_said_together_are_read_as_numbers() -> None:
    assert batches_asked(normalise("đợt II và đợt III ở đâu").tokens) == ["2", "3"]
    assert batches_asked(normalise("lớp đợt 1 học ở đâu").tokens) == ["1"]


@pytest.mark.parametrize("question", ["cần thơ huấn luyện an toàn vệ sinh lao động đợt 2 với 3 khi nào học",
                                      "an toàn vệ sinh lao động đợt 2, đợt 3 ở cần thơ học ngày nào"])
def test_two_batches_asked_lists_both_and_not_the_third(qa: QAEngine, question: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["CT-02", "CT-03"]


def test_one_batch_asked_is_still_that_batch_alone(qa: QAEngine) -> None:
    ans = qa.answer("an toàn vệ sinh lao động đợt 3 ở cần thơ", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["CT-03"]
