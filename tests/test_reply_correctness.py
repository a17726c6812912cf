"""Replies that say what was really found: what was relaxed, how many, which deadlines, impossible dates,
which plan's targets (review 13, section 2)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import courses_reply
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "LS", "Liên đoàn Lao động tỉnh Lạng Sơn", "province", "Lạng Sơn", None),
    OrgRec(2, "HN", "Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", None),
]


def course(cid: int, title: str, day: dt.date, *, topic: str = "thuong_luong", province: str = "Lạng Sơn",
           org: int = 1, deadline_days: int = 3) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"T-{cid:03d}", title=title, topic=topic, audiences=("chu_tich_cdcs",), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province=province, venue=None, format="tap_trung",
        starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=deadline_days), capacity=50, status="open",
    )


D = dt.date
COURSES = [
    course(1, "Tập huấn thương lượng tập thể", D(2026, 12, 2)),
    course(2, "Kỹ năng đối thoại, thương lượng", D(2026, 12, 20)),
    course(3, "Thương lượng tập thể nâng cao", D(2027, 1, 15)),
    course(4, "Nghiệp vụ công đoàn", D(2027, 2, 10), topic="nghiep_vu", province="Hà Nội", org=2),
    # Deadline 21/11, already passed on 23/11 though the class is ahead.
    course(5, "Kỹ năng hoạt động công đoàn", D(2026, 11, 24), topic="nghiep_vu"),
    # Starts late but closes early (26/11).
    course(6, "Nghiệp vụ kiểm tra", D(2027, 1, 5), topic="nghiep_vu", deadline_days=40),
]


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


def test_place_relaxed_keeps_the_month_asked(engine: QAEngine) -> None:
    # No class on the topic in Hà Nội: the place is what is dropped, the month asked still holds.
    ans = engine.answer("lớp thương lượng ở Hà Nội tháng 12", now=FIXED_NOW)
    assert ans.relaxed == ("place",)
    assert [c.code for c in ans.courses] == ["T-001", "T-002"]
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "đúng thời gian" not in text and "Hà Nội" in text.splitlines()[0]


def test_how_many_classes_is_answered_by_the_number(engine: QAEngine) -> None:
    ans = engine.answer("có bao nhiêu lớp thương lượng ở Lạng Sơn", now=FIXED_NOW)
    assert ans.course_total == 3
    assert courses_reply(ans, TZ, FIXED_NOW)[0].text.startswith("Có 3 lớp")
    # A plain list is not counted.
    plain = engine.answer("lớp thương lượng ở Lạng Sơn", now=FIXED_NOW)
    assert not courses_reply(plain, TZ, FIXED_NOW)[0].text.startswith("Có ")


def test_closing_deadlines_nearest_first_without_passed_ones(engine: QAEngine) -> None:
    ans = engine.answer("lớp nào hạn đăng ký sắp hết", now=FIXED_NOW)
    assert ans.by_deadline
    assert [c.code for c in ans.courses] == ["T-006", "T-001", "T-002", "T-003", "T-004"]
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "hạn gần nhất trước" in text and "đã hết hạn" not in text
    assert text.index("Nghiệp vụ kiểm tra") < text.index("Tập huấn thương lượng tập thể")


@pytest.mark.parametrize(("question", "said"), [
    ("lớp tháng 13", "tháng 13"), ("khóa học tháng 0 ở Lạng Sơn", "tháng 0"), ("có lớp nào ngày 31/2 không", "ngày 31/2"),
])
def test_impossible_month_or_day_is_said_back(engine: QAEngine, question: str, said: str) -> None:
    ans = engine.answer(question, now=FIXED_NOW)
    assert (ans.intent, ans.impossible) == ("bad_time", said)


@pytest.mark.parametrize("question", ["lớp tháng 12", "lớp ngày 29/2", "lương tháng 13 có không"])
def test_possible_dates_and_thirteenth_month_pay_are_not_impossible(engine: QAEngine, question: str) -> None:
    assert engine.answer(question, now=FIXED_NOW).intent != "bad_time"


def plan(tid: int, year: int, achieved: float) -> TargetRec:
    return TargetRec(tid, f"CT-LS-{year}", 1, ORGS[0].name, year, year, "Bồi dưỡng Chủ tịch CĐCS", "chu_tich_cdcs",
                     1000, "người", achieved, dt.date(year, 10, 31))


def test_year_after_a_place_is_the_year_asked() -> None:
    # A class of the place saying the year too (a «Lạng Sơn 2026» event) does not make the year a title's.
    titled = course(9, "Hội thao Lạng Sơn 2026", D(2026, 12, 5), topic="nghiep_vu")
    eng = QAEngine.build(organisations=ORGS, courses=[*COURSES, titled], targets=[plan(1, 2025, 900),
                                                                                 plan(2, 2026, 600)], tz=TZ)
    ans = eng.answer("chỉ tiêu lạng sơn 2026 đạt bao nhiêu", now=FIXED_NOW)
    assert ans.intent == "target" and [i.code for i in ans.items] == ["CT-LS-2026"]


def test_targets_of_no_union_asked_ask_which_unless_the_profile_says() -> None:
    hanoi = TargetRec(3, "CT-HNEVN-2026", 2, ORGS[1].name, 2026, 2026, "Bồi dưỡng Chủ tịch CĐCS", "chu_tich_cdcs",
                      2000, "người", 900, dt.date(2026, 10, 31))
    eng = QAEngine.build(organisations=ORGS, courses=COURSES, targets=[plan(2, 2026, 600), hanoi], tz=TZ)
    assert eng.answer("chỉ tiêu năm nay", now=FIXED_NOW).intent == "target_where"
    mine = eng.answer("chỉ tiêu năm nay", now=FIXED_NOW, profile=Profile(province="Hà Nội"))
    assert mine.intent == "target" and [i.code for i in mine.items] == ["CT-HNEVN-2026"]
    # A word of a union's own name or code («HNEVN») names it.
    assert [i.code for i in eng.answer("chỉ tiêu HNEVN năm nay", now=FIXED_NOW).items] == ["CT-HNEVN-2026"]
    assert [i.code for i in eng.answer("chỉ tiêu năm nay của Lạng Sơn", now=FIXED_NOW).items] == ["CT-LS-2026"]


def test_a_class_code_is_no_impossible_month(engine: QAEngine) -> None:
    # «TH» in a code may be written out as «tháng» for the search; the code itself names no month.
    assert engine.answer("hạn đăng ký lớp DNG-TH-27-14", now=FIXED_NOW).intent != "bad_time"
