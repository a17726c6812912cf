"""How chairs name the national level of classes: «lớp toàn quốc», «lớp cấp trung ương», «lớp của Tổng Liên
đoàn». Each asks for the classes of the national bodies (the Tổng Liên đoàn, a national sector union), not for
every class under the Tổng Liên đoàn nor for those of the city that hosts them. Hand-made data: the Tổng Liên
đoàn, a national sector union and a city's LĐLĐ, each with classes held in that city."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
ORGS = [
    OrgRec(1, "TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None, ("Tổng Liên đoàn", "TLĐ")),
    OrgRec(2, "CTVN", "Công đoàn Công Thương Việt Nam", "sector", None, 1),
    OrgRec(3, "DN", "Liên đoàn Lao động thành phố Đà Nẵng", "province", "Đà Nẵng", 1),
]


def course(cid: int, title: str, day: dt.date, topic: str, org: int) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"N-{cid:02d}", title=title, topic=topic, audiences=("chu_tich_cdcs",), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province="Đà Nẵng", venue="Hội trường số 2",
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=3), capacity=50, status="open",
    )


D = dt.date
COURSES = [
    course(1, "Tập huấn an toàn vệ sinh lao động ngành công thương", D(2027, 1, 20), "atvsld", 2),
    course(2, "Tập huấn kỹ năng thương lượng tập thể", D(2027, 3, 5), "thuong_luong", 1),
    course(3, "Tập huấn tài chính công đoàn", D(2027, 1, 12), "tai_chinh", 3),
    course(4, "Nghiệp vụ công tác công đoàn cho chủ tịch CĐCS", D(2026, 12, 15), "nghiep_vu", 3),
]
NATIONAL = {"N-01", "N-02"}
# An article's account of classes held across the country: it says «toàn quốc» too, about the past.
FACTS = [
    FactRec(id=1, code="F-TQ", organisation_id=1, organisation_name=ORGS[0].name, year=2016, year_end=None,
            topic="nghiep_vu", question="Năm 2016 Tổng Liên đoàn mở bao nhiêu lớp cho cán bộ công đoàn toàn quốc?",
            statement="Năm 2016 Tổng Liên đoàn mở 12 lớp bồi dưỡng cho cán bộ công đoàn toàn quốc.",
            keywords="lớp, toàn quốc", value=12, planned=None, unit="lớp"),
]


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, tz=TZ)


def codes(engine: QAEngine, q: str) -> tuple[str, set[str]]:
    ans = engine.answer(q, now=NOW)
    return ans.intent, {c.code for c in ans.courses}


@pytest.mark.parametrize("question", ["lớp toàn quốc", "lop ca nuoc", "lớp cấp trung ương",
                                      "lớp của tổng liên đoàn", "tổng liên đoàn có lớp nào"])
def test_the_national_level_named_alone_lists_the_national_bodies_classes(engine: QAEngine, question: str) -> None:
    assert codes(engine, question) == ("course", NATIONAL)


def test_a_year_after_the_central_level_is_no_typo_of_another_word(engine: QAEngine) -> None:
    """«trung ương năm 2027»: «ương» beside «năm» is the scope word, not a slip for a word the data says."""
    assert codes(engine, "lớp cấp trung ương năm 2027") == ("course", NATIONAL)


def test_the_citys_own_union_keeps_its_own_classes(engine: QAEngine) -> None:
    assert codes(engine, "LĐLĐ Đà Nẵng có lớp nào")[1] == {"N-03", "N-04"}
