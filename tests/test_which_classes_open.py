"""«lớp nào gần nhất mà tôi đăng ký được», «lớp nào còn đăng ký được», «lớp nào em có thể đăng ký»: which classes
are open, asked of the classes — a list of those still taking registrations, never a registration, nor a «which
class?» with no choices (a blind tester got a class whose deadline had passed, and an empty choice)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "LC", "LĐLĐ tỉnh Lào Cai", "province", "Lào Cai", None)]


def course(cid: int, code: str, title: str, day: dt.date, deadline: dt.date, **kw: object) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    end_of = dt.datetime.combine(deadline, dt.time(23, 59), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, "nghiep_vu", ("chu_tich_cdcs",), 1, ORGS[0].name, None, "Lào Cai",
                     "Hội trường LĐLĐ tỉnh", "tap_trung", start, start + dt.timedelta(hours=8), end_of, 40, "open",
                     **kw)  # type: ignore[arg-type]


COURSES = [
    # Not started, but its deadline passed a week ago.
    course(1, "LC-1", "Bồi dưỡng nghiệp vụ công tác công đoàn", dt.date(2026, 11, 27), dt.date(2026, 11, 16)),
    course(2, "LC-2", "Kỹ năng thương lượng tập thể", dt.date(2026, 12, 16), dt.date(2026, 12, 6)),
    course(3, "LC-3", "Kỹ năng tuyên truyền phát triển đoàn viên", dt.date(2027, 1, 12), dt.date(2027, 1, 5)),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


@pytest.mark.parametrize("question", [
    "lớp nào gần nhất mà tôi đăng ký được",
    "lớp nào còn đăng ký được",
    "lop nao em co the dang ky",
    "lớp nào đang nhận đăng ký",
])
def test_which_classes_are_open_lists_the_open_ones(qa: QAEngine, question: str) -> None:
    ans, _, follow = answer_in_context(qa, question, None, now=FIXED_NOW)
    assert ans is not None and follow.action != "choose", (question, follow)
    assert ans.intent == "course"
    # Every open class («có thể» no word of the class: «tập thể» narrows nothing), the closed one left out.
    assert [c.code for c in ans.courses] == ["LC-2", "LC-3"]


def test_a_wish_to_register_stays_one(qa: QAEngine) -> None:
    ans, _, follow = answer_in_context(qa, "em muốn đăng ký lớp thương lượng tập thể", None, now=FIXED_NOW)
    assert (ans is not None and ans.intent == "register") or follow.purpose == "register"
