"""Batches as offices number them: «đợt 02» is the batch «đợt 2» a chair types, in a question and in a follow-up;
and a message naming its own class (another topic and place) with a batch is a question of its own, not a pick
of that batch from the list in view."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import batch_asked, batch_of
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HN", "Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(2, "CT", "Liên đoàn Lao động thành phố Cần Thơ", "province", "Cần Thơ", None),
]
D = dt.date


def course(cid: int, title: str, day: dt.date, org: int, topic: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, f"K-{cid}", title, topic, ("can_bo_cdcs",), org, o.name, None, o.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


COURSES = [
    course(1, "Nghiệp vụ văn thư, lưu trữ hồ sơ công đoàn - Đợt 1", D(2027, 1, 6), 1, "van_thu"),
    course(2, "Nghiệp vụ văn thư, lưu trữ hồ sơ công đoàn, đợt 02", D(2027, 4, 6), 1, "van_thu"),
    course(3, "Bồi dưỡng nghiệp vụ cho ủy viên UBKT công đoàn cơ sở, đợt 01", D(2027, 3, 2), 2, "kiem_tra"),
    course(4, "Bồi dưỡng nghiệp vụ cho ủy viên UBKT công đoàn cơ sở, đợt 02", D(2027, 6, 2), 2, "kiem_tra"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


def test_a_padded_batch_number_is_the_batch() -> None:
    assert batch_of("Nghiệp vụ văn thư, đợt 02") == "2" == batch_asked("thế đợt 2 thì sao")
    assert batch_asked("dot 02 hoc o dau") == "2"


@pytest.mark.parametrize(("question", "code"), [
    ("van thu luu tru ha noi dot 2 hoc ngay nao", "K-2"),
    ("lớp văn thư lưu trữ Hà Nội đợt 1", "K-1"),
    ("lop ubkt can tho dot 2", "K-4"),
])
def test_the_batch_asked_comes_first_however_the_office_numbered_it(qa: QAEngine, question: str, code: str) -> None:
    assert qa.answer(question, now=FIXED_NOW).matches[0].code == code


def test_a_batch_of_another_class_named_after_a_list_is_a_new_question(qa: QAEngine) -> None:
    listed, subject, _ = answer_in_context(qa, "lớp văn thư lưu trữ ở Hà Nội", None, now=FIXED_NOW)
    assert listed is not None and [c.code for c in listed.courses] == ["K-1", "K-2"]
    ans, _, _ = answer_in_context(qa, "lop ubkt can tho dot 2", subject, now=FIXED_NOW)
    assert ans is not None and ans.matches[0].code == "K-4"  # Cần Thơ's inspection class, not Hà Nội's đợt 2


def test_a_bare_batch_after_a_list_still_picks_it_there(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "lớp văn thư lưu trữ ở Hà Nội", None, now=FIXED_NOW)
    ans, _, _ = answer_in_context(qa, "đợt 2 học ở đâu", subject, now=FIXED_NOW)
    assert ans is not None and ans.matches[0].code == "K-2"
