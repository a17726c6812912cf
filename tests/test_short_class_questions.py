"""Short or odd class questions and which kind of record answers them: a class word with a former district
(«lop o huyen X») is a place to attend, not the name of an article about that district; a topic typed alone
(«ATVSLĐ») asks for classes, not a plan's figures; a batch no class of the topic has («đợt 2») still gets the
topic's classes there; «lớp dự kiến ở <tỉnh>» asks for the planned classes of the province; a role no class
and no article is for («kế toán CĐCS») is said as such, not answered with an article about other people.
Small hand-made data: one province, a former district's hall, an article's facts and a plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "CB", "Liên đoàn Lao động tỉnh Cao Bằng", "province", "Cao Bằng", None),
    OrgRec(2, "QY", "Liên đoàn Lao động tỉnh Quảng Yên", "province", "Quảng Ninh", None),
]


def course(cid: int, title: str, day: dt.date, topic: str, venue: str, *, audiences: tuple[str, ...] = (
        "chu_tich_cdcs",), tentative: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"S-{cid:02d}", title=title, topic=topic, audiences=audiences, organiser_id=1,
        organiser_name=ORGS[0].name, partner=None, province="Cao Bằng", venue=venue,
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=3), capacity=50, status="open", tentative=tentative,
    )


D = dt.date
HALL = "Hội trường UBND xã Quảng Hòa (huyện Quảng Hòa cũ)"
COURSES = [
    course(1, "Nghiệp vụ công tác công đoàn cho chủ tịch CĐCS", D(2026, 12, 10), "nghiep_vu", HALL),
    course(2, "Kỹ năng tuyên truyền cho cán bộ công đoàn", D(2027, 1, 14), "tuyen_truyen", HALL),
    course(3, "Huấn luyện an toàn, vệ sinh lao động cho cán bộ công đoàn", D(2026, 12, 16), "atvsld",
           "Hội trường LĐLĐ tỉnh Cao Bằng"),
    course(4, "Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên", D(2027, 3, 2), "atvsld",
           "Hội trường LĐLĐ tỉnh Cao Bằng"),
    course(5, "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc", D(2027, 2, 1), "doi_thoai",
           "Hội trường LĐLĐ tỉnh Cao Bằng", tentative="tháng 2/2027"),
]
FACTS = [
    FactRec(id=1, code="QH-CB", organisation_id=1, organisation_name=ORGS[0].name, year=2019, year_end=None,
            topic="nghiep_vu", question="Huyện Quảng Hòa có bao nhiêu cán bộ công đoàn?",
            statement="Năm 2019 Huyện Quảng Hòa có 412 cán bộ công đoàn cơ sở, LĐLĐ huyện Quảng Hòa bồi dưỡng "
                      "nghiệp vụ cho 300 người.",
            keywords="Huyện Quảng Hòa, cán bộ công đoàn", value=412, planned=None, unit="cán bộ"),
    FactRec(id=2, code="AT-CB", organisation_id=1, organisation_name=ORGS[0].name, year=2020, year_end=None,
            topic="atvsld", question="Năm 2020 Cao Bằng tập huấn an toàn vệ sinh lao động cho bao nhiêu người?",
            statement="Năm 2020 LĐLĐ tỉnh Cao Bằng tổ chức 2 lớp tập huấn an toàn, vệ sinh lao động cho 400 "
                      "lượt cán bộ, đoàn viên công đoàn.",
            keywords="an toàn vệ sinh lao động", value=400, planned=None, unit="lượt"),
]
TARGET = TargetRec(id=1, code="CT-AT", organisation_id=1, organisation_name=ORGS[0].name, period_start=2026,
                   period_end=2026, metric="Huấn luyện an toàn, vệ sinh lao động", audience=None,
                   target_value=5000, unit="người", achieved_value=4200, as_of=dt.date(2026, 11, 1))


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, targets=[TARGET], tz=TZ)


def codes(engine: QAEngine, q: str) -> tuple[str, set[str]]:
    ans = engine.answer(q, now=FIXED_NOW)
    return ans.intent, {c.code for c in ans.courses}


@pytest.mark.parametrize("question", ["lop o huyen quang hoa", "lớp ở huyện Quảng Hòa", "lop o quang hoa"])
def test_a_class_word_and_a_former_district_lists_the_classes_held_there(engine: QAEngine, question: str) -> None:
    assert codes(engine, question) == ("course", {"S-01", "S-02"})


def test_a_fact_question_about_the_district_still_gets_the_article(engine: QAEngine) -> None:
    ans = engine.answer("Huyện Quảng Hòa có bao nhiêu cán bộ công đoàn?", now=FIXED_NOW)
    assert ans.intent == "fact" and ans.matches[0].code == "QH-CB"


@pytest.mark.parametrize("question", ["ATVSLD", "an toàn vệ sinh lao động"])
def test_a_topic_typed_alone_asks_for_its_classes(engine: QAEngine, question: str) -> None:
    assert codes(engine, question) == ("course", {"S-03", "S-04"})


def test_a_plan_word_with_the_topic_still_asks_for_the_plan(engine: QAEngine) -> None:
    ans = engine.answer("chỉ tiêu ATVSLĐ Cao Bằng năm nay đạt bao nhiêu", now=FIXED_NOW)
    assert ans.intent == "target" and ans.matches[0].code == "CT-AT"


def test_a_batch_no_class_of_the_topic_has_still_gets_the_topics_classes(engine: QAEngine) -> None:
    assert codes(engine, "atvsld cao bang dot 2") == ("course", {"S-03", "S-04"})


def test_planned_classes_of_a_province(engine: QAEngine) -> None:
    intent, found = codes(engine, "lớp dự kiến ở cao bằng")
    assert intent == "course" and found == {"S-05"}


def test_a_role_no_class_or_article_is_for_is_not_answered_by_an_article(engine: QAEngine) -> None:
    """«kế toán CĐCS»: the ATVSLĐ article says «an toàn» and «cán bộ công đoàn», not the accountant."""
    held = FactRec(id=3, code="LOP-CB", organisation_id=1, organisation_name=ORGS[0].name, year=2020, year_end=None,
                   topic="nghiep_vu", question="Năm 2020 LĐLĐ tỉnh Cao Bằng tổ chức mấy lớp tập huấn cho cán bộ "
                                               "công đoàn cơ sở?",
                   statement="Năm 2020 LĐLĐ tỉnh Cao Bằng tổ chức 2 lớp tập huấn cho 400 lượt cán bộ công đoàn cơ "
                             "sở về nghiệp vụ công tác công đoàn, an toàn, vệ sinh lao động.",
                   keywords="lớp tập huấn, cán bộ công đoàn cơ sở", value=2, planned=None, unit="lớp")
    eng = QAEngine.build(organisations=ORGS, courses=COURSES[:2], facts=[held], tz=TZ)
    ans = eng.answer("lop cho ke toan cdcs", now=FIXED_NOW)
    assert ans.intent != "fact"


def test_the_role_check_leaves_an_article_that_says_the_role(engine: QAEngine) -> None:
    fact = dataclasses.replace(FACTS[1], code="KT-CB", question="Cao Bằng tập huấn cho bao nhiêu kế toán CĐCS?",
                               statement="Năm 2020 LĐLĐ tỉnh Cao Bằng tập huấn nghiệp vụ cho 120 kế toán công "
                                         "đoàn cơ sở.", keywords="kế toán công đoàn cơ sở", value=120)
    eng = QAEngine.build(organisations=ORGS, courses=COURSES[:2], facts=[fact], tz=TZ)
    ans = eng.answer("năm 2020 cao bằng tập huấn bao nhiêu kế toán cdcs", now=FIXED_NOW)
    assert ans.intent == "fact" and ans.matches[0].code == "KT-CB"
