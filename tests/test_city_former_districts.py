"""The cities' districts before 2025 as people still say them («tôi ở Hà Đông», «e o cau giay»): the city, where the
plans never name them (a blind tester's «no class» for a Hà Đông cadre), never read as a slip of other words."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HN", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(2, "DN", "LĐLĐ thành phố Đà Nẵng", "province", "Đà Nẵng", None),
    OrgRec(3, "HP", "LĐLĐ thành phố Hải Phòng", "province", "Hải Phòng", None),
]


def course(cid: int, code: str, title: str, org: int, venue: str, day: dt.date,
           roles: tuple[str, ...] = ("can_bo_chuyen_trach",)) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, "nghiep_vu", roles, org, o.name, None, o.province, venue, "tap_trung", start,
                     start + dt.timedelta(hours=8), start - dt.timedelta(days=5), 40, "open")


COURSES = [
    course(1, "HN-1", "Bồi dưỡng nghiệp vụ cán bộ chuyên trách", 1, "Trường Trung cấp Công đoàn Hà Nội",
           dt.date(2026, 12, 10)),
    course(2, "DN-1", "Bồi dưỡng nghiệp vụ cán bộ chuyên trách", 2, "Hội trường LĐLĐ thành phố", dt.date(2026, 12, 3)),
    # A ward of today named in a plan as its former district: the plan's place, not the city read for it.
    course(3, "HP-1", "Bồi dưỡng nghiệp vụ cán bộ chuyên trách", 3, "Nhà văn hóa phường Kiến An", dt.date(2027, 1, 5)),
    course(4, "HP-2", "Bồi dưỡng nghiệp vụ cán bộ chuyên trách", 3, "Hội trường phường Lê Chân", dt.date(2026, 12, 1)),
]


def codes(qa: QAEngine, question: str) -> list[str]:
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course" and ans.band != "low", (question, ans.intent, ans.band)
    return [c.code for c in ans.courses]


def test_a_former_district_of_a_city_is_that_city() -> None:
    qa = QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)
    assert codes(qa, "tôi ở hà đông, có lớp nào cho cán bộ chuyên trách không") == ["HN-1"]
    assert codes(qa, "có lớp nào cho cán bộ chuyên trách ở hà đông không") == ["HN-1"]
    assert codes(qa, "e o cau giay co lop nao ko") == ["HN-1"]
    assert codes(qa, "có lớp nào ở sơn trà không") == ["DN-1"]


def test_its_words_are_no_slip_of_other_words() -> None:
    qa = QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)
    # «dong» beside «ha» is Hà Đông as typed, not a slip the spelling fixes would make another word of.
    assert qa.respell("lop o ha dong khong") == "lop o ha dong khong"
    assert codes(qa, "lop o ha dong khong") == ["HN-1"]


def test_a_district_the_plans_name_is_their_place() -> None:
    qa = QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)
    # «Kiến An» is a venue's ward in the data: the classes held there, not every class of the city.
    assert codes(qa, "lớp ở kiến an") == ["HP-1"]
