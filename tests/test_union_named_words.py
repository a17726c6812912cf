"""A question naming a union whose own classes do not fit is still ranked by its own words: the batch it asks
for («đợt 2») and its subject come first among the classes of the place the union stands for; and a role said
introducing oneself («Tôi là chủ tịch CĐCS Công ty …») is the asker's, not a filter that sends the answer to
another province. Small hand-made data: a former district's union (the name a chair says), a commune union with two batches of one class, a company union with no
class of its own in a province that holds a records-keeping class for office staff."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "ML", "Công đoàn xã Mê Linh", "commune", "Hà Nội", None),
    OrgRec(2, "TH", "Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa", None),
    OrgRec(3, "NA", "Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(4, "LHD", "CĐCS Công ty TNHH Lọc hóa dầu Nghi Sơn", "grassroots", "Thanh Hóa", 2),
    # The former district's union, as the built-in knowledge has it: the name a chair says, with no class of its own.
    OrgRec(5, "HN-MELINH", "Liên đoàn Lao động huyện Mê Linh", "district", "Hà Nội", None,
           ("LĐLĐ huyện Mê Linh", "Công đoàn huyện Mê Linh", "Mê Linh")),
]


def course(cid: int, title: str, day: dt.date, topic: str, org: int, audience: str, venue: str | None = None,
           ) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"K-{cid:02d}", title=title, topic=topic, audiences=(audience,), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province=ORGS[org - 1].province, venue=venue,
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=3), capacity=50, status="open",
    )


D = dt.date
COURSES = [
    course(1, "Tập huấn nghiệp vụ tuyên giáo - Đợt 1", D(2027, 3, 10), "tuyen_giao", 1, "can_bo_cdcs",
           "Hội trường UBND xã Mê Linh"),
    course(2, "Tập huấn nghiệp vụ tuyên giáo - Đợt 2", D(2027, 5, 10), "tuyen_giao", 1, "can_bo_cdcs",
           "Hội trường UBND xã Mê Linh"),
    course(3, "Nghiệp vụ văn thư, lưu trữ hồ sơ công đoàn", D(2027, 4, 6), "van_thu", 2, "can_bo_cdcs",
           "Hội trường LĐLĐ tỉnh Thanh Hóa"),
    course(4, "Văn thư, lưu trữ cho chủ tịch công đoàn cơ sở", D(2026, 12, 15), "van_thu", 3, "chu_tich_cdcs",
           "Hội trường LĐLĐ tỉnh Nghệ An"),
]


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


@pytest.mark.parametrize("question", [
    "lop tuyen giao dot 2 o me linh",
    "lớp tuyên giáo đợt 2 ở Mê Linh học ngày nào",
])
def test_the_batch_asked_comes_first_among_a_named_unions_classes(engine: QAEngine, question: str) -> None:
    answer = engine.answer(question, now=FIXED_NOW)
    assert answer.intent == "course"
    assert answer.matches[0].code == "K-02"


def test_the_other_batch_still_comes_first_when_it_is_the_one_asked(engine: QAEngine) -> None:
    answer = engine.answer("lop tuyen giao dot 1 o me linh", now=FIXED_NOW)
    assert answer.matches[0].code == "K-01"


def test_a_role_said_introducing_oneself_keeps_the_answer_in_the_unions_province(engine: QAEngine) -> None:
    answer = engine.answer(
        "Tôi là chủ tịch CĐCS Công ty Lọc hóa dầu Nghi Sơn. Tỉnh có lớp văn thư lưu trữ nào không?", now=FIXED_NOW)
    assert answer.intent == "course"
    assert answer.matches[0].code == "K-03"  # Thanh Hóa's class, not Nghệ An's one for chairs


def test_a_class_asked_for_a_role_is_still_filtered_by_it(engine: QAEngine) -> None:
    answer = engine.answer("lớp văn thư lưu trữ cho chủ tịch công đoàn cơ sở", now=FIXED_NOW)
    assert answer.matches[0].code == "K-04"
