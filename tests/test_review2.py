"""Defects found by the review of the merged work (review2): each test is a question a chair might type that
the merged code answered worse than before."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import courses_reply
from knowledge.language.followup import asks_cancelled
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "QT", "LĐLĐ tỉnh Quảng Trị", "province", "Quảng Trị", None)]


def course(cid: int, title: str, topic: str, day: dt.date, status: str = "open") -> CourseRec:
    start = dt.datetime(day.year, day.month, day.day, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"QT-{cid:02d}", title=title, topic=topic, audiences=("chu_tich_cdcs",), organiser_id=1,
        organiser_name=None, partner=None, province="Quảng Trị", venue="Hội trường LĐLĐ tỉnh Quảng Trị",
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=5), capacity=40, status=status,
    )


COURSES = [
    course(1, "Kỹ năng thương lượng tập thể cho chủ tịch CĐCS", "thuong_luong", dt.date(2027, 1, 12)),
    course(2, "Hướng dẫn quản lý tài chính CĐCS", "tai_chinh", dt.date(2027, 1, 20)),
    course(3, "Huấn luyện an toàn, vệ sinh lao động", "atvsld", dt.date(2027, 2, 3)),
    course(4, "Tập huấn công tác nữ công", "nu_cong", dt.date(2026, 12, 16), status="cancelled"),
    course(5, "Bồi dưỡng kỹ năng tuyên truyền", "tuyen_truyen", dt.date(2027, 3, 10), status="cancelled"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


@pytest.mark.parametrize("question", [
    "lớp thươg lượg tập thể",          # both syllables of the phrase lose their «n»
    "có lớp kỹ năg thươg lượg không",
    "lop tai chnh cog doan",            # «tài chính» and «công đoàn» both misspelt, side by side
])
def test_two_slips_side_by_side_still_find_the_class(qa: QAEngine, question: str) -> None:
    # Each slip has the other as its neighbour, so neither makes a known phrase on its own; the question is
    # still about the class whose title says the phrase, not about a class no plan holds.
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course"
    assert ans.courses, question
    wanted = "QT-02" if "tai" in question else "QT-01"
    assert ans.courses[0].code == wanted


def test_a_word_no_class_says_is_still_no_class(qa: QAEngine) -> None:
    # The second pass corrects slips only: a real subject the classes lack is still «no such class».
    ans = qa.answer("lớp kỹ năng viết báo cáo", now=FIXED_NOW)
    assert not ans.courses


@pytest.mark.parametrize("question", ["lớp nữ công bị hoãn à", "lớp nữ công tháng 12 hoãn rồi hả"])
def test_a_class_called_off_is_found_however_the_delay_is_said(qa: QAEngine, question: str) -> None:
    # The search and the follow-up read the same words for a class called off: «bị hoãn», «hoãn rồi» look
    # among the cancelled classes as «bị hủy» does.
    ans = qa.answer(question, now=FIXED_NOW)
    assert [c.code for c in ans.courses][:1] == ["QT-04"]
    assert asks_cancelled(question)


def test_asking_which_classes_were_called_off_lists_those_first(qa: QAEngine) -> None:
    # The cancellation itself is asked: the cancelled classes lead the list whatever their dates.
    ans = qa.answer("có lớp nào bị hủy không", now=FIXED_NOW)
    assert [c.status for c in ans.courses[:2]] == ["cancelled", "cancelled"]


def test_asking_whether_classes_still_run_lists_the_running_ones_first(qa: QAEngine) -> None:
    # «còn tổ chức không» is read as «còn học không»: the classes still held first, the cancelled after.
    ans = qa.answer("các lớp ở Quảng Trị còn tổ chức không", now=FIXED_NOW)
    statuses = [c.status for c in ans.courses]
    assert "cancelled" in statuses
    assert statuses == sorted(statuses, key=lambda s: s == "cancelled")


def test_a_period_with_no_class_says_earlier_classes_are_the_nearest_not_later(qa: QAEngine) -> None:
    # March has no negotiation class; the nearest is in January, before it: not «the nearest after that».
    before = courses_reply(qa.answer("lớp thương lượng tập thể tháng 3 năm 2027", now=FIXED_NOW), TZ, FIXED_NOW)
    assert "gần nhất sau đó" not in before[0].text
    assert "Không có lớp nào đúng thời gian" in before[0].text
    assert "Lớp gần nhất trước tháng 3/2027:" in before[0].text
    # December has no finance class; the nearest is in January, after it (and none is held before it).
    after = courses_reply(qa.answer("lớp tài chính tháng 12", now=FIXED_NOW), TZ, FIXED_NOW)
    assert "Lớp gần nhất sau tháng 12/2026:" in after[0].text and "gần nhất trước" not in after[0].text


def test_two_real_words_the_data_does_not_say_are_left_as_typed(qa: QAEngine) -> None:
    # «thì sao» closes a follow-up; neither word is in these classes, yet they are words, not slips.
    assert qa.answer("còn ở Quảng Trị thì sao", now=FIXED_NOW).norm.tokens[-2:] == ("thi", "sao")
