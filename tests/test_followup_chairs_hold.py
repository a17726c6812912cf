"""Follow-up conversations as union chairs hold them: last year asked after a list of classes, a batch said with
the topic whose own batch is over, a month that a half-year plan may fall in, and topics named as alternatives."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import courses_reply
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context, shown_courses
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HP", "LĐLĐ thành phố Hải Phòng", "province", "Hải Phòng", None),
    OrgRec(2, "HP-KCN", "Công đoàn các KCN Hải Phòng", "industrial_zone", "Hải Phòng", 1),
    OrgRec(3, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(4, "PT", "LĐLĐ tỉnh Phú Thọ", "province", "Phú Thọ", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu",
           status: str = "open", tentative: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, "Hội trường",
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, status,
                     tentative=tentative)


D = dt.date
COURSES = [
    # Hải Phòng: the first batch of the chairs' class is over, the second to come; another union's safety class
    # carries a «(Đợt 1)» of its own.
    course(1, "HP-NV-1", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (Đợt 1)", D(2026, 9, 21), 1, status="finished"),
    course(2, "HP-NV-2", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS (Đợt 2)", D(2026, 12, 9), 1),
    course(3, "HP-AT-1", "Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên (Đợt 1)", D(2027, 1, 18),
           2, topic="atvsld"),
    course(4, "HP-TC-1", "Kỹ năng giải quyết tranh chấp lao động", D(2026, 12, 15), 1, topic="tranh_chap"),
    course(5, "HP-TC-2", "Giải quyết tranh chấp lao động tại doanh nghiệp", D(2027, 3, 2), 2, topic="tranh_chap"),
    # Nghệ An: two classes filed under digital work, one on office computing, one on the members' software; a
    # women's class dated in February.
    course(6, "NA-CDS-1", "Bồi dưỡng tin học văn phòng cho cán bộ công đoàn", D(2026, 12, 10), 3,
           topic="chuyen_doi_so"),
    course(7, "NA-CDS-2", "Tập huấn sử dụng phần mềm quản lý đoàn viên", D(2026, 12, 22), 3, topic="chuyen_doi_so"),
    course(8, "NA-NC-1", "Tập huấn công tác nữ công", D(2027, 2, 24), 3, topic="nu_cong"),
    # Phú Thọ: a women's class the plan dates only by the first half of 2027.
    course(9, "PT-NC-1", "Bồi dưỡng nghiệp vụ nữ công, bình đẳng giới", D(2027, 1, 1), 4, topic="nu_cong",
           tentative="6 tháng đầu năm 2027"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def test_last_year_after_a_list_says_plainly_none_was_held(qa: QAEngine) -> None:
    first, subject, _ = answer_in_context(qa, "Hải Phòng có lớp tranh chấp lao động nào không", None, now=FIXED_NOW)
    assert first is not None and {c.code for c in first.courses} == {"HP-TC-1", "HP-TC-2"}
    for asked in ("năm ngoái thì sao", "thế năm trước thì sao"):
        ans, _, _ = answer_in_context(qa, asked, subject, now=FIXED_NOW)
        assert ans is not None and ans.intent == "course"
        # None held in 2025: no class of later months passed off as last year's.
        assert ans.courses == [] and ans.held_none
        text = courses_reply(ans, TZ, FIXED_NOW)[0].text
        assert "2025" in text and "không có lớp nào" in text and "Hải Phòng" in text
        assert "gần nhất sau đó" not in text


def test_last_year_after_a_list_lists_the_classes_held_then() -> None:
    held = course(20, "HP-TC-0", "Kỹ năng giải quyết tranh chấp lao động", D(2025, 6, 10), 1, topic="tranh_chap",
                  status="finished")
    engine = QAEngine.build(organisations=ORGS, courses=[*COURSES, held], facts=[], tz=TZ)
    _, subject, _ = answer_in_context(engine, "Hải Phòng có lớp tranh chấp lao động nào không", None, now=FIXED_NOW)
    ans, _, _ = answer_in_context(engine, "năm ngoái thì sao", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["HP-TC-0"]


@pytest.mark.parametrize("q", ["lớp bồi dưỡng nghiệp vụ công đoàn đợt 1 của LĐLĐ TP Hải Phòng",
                               "có lớp nghiệp vụ công đoàn đợt 1 của LĐLĐ TP Hải Phòng không"])
def test_a_batch_said_with_its_topic_is_that_topics_batch_even_when_over(qa: QAEngine, q: str) -> None:
    ans = qa.answer(q, now=FIXED_NOW)
    # Not the safety class whose title also says «Đợt 1»: the chairs' first batch, over, then its second.
    assert [c.code for c in ans.courses] == ["HP-NV-1", "HP-NV-2"]
    assert ans.matches[0].code == "HP-NV-1"
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "Đợt 1 anh/chị hỏi đã kết thúc" in text and "đợt 2" in text


def test_topics_named_as_alternatives_each_find_their_classes(qa: QAEngine) -> None:
    ans = qa.answer("Nghệ An có lớp tin học, chuyển đổi số hay phần mềm quản lý đoàn viên nào không?", now=FIXED_NOW)
    assert {c.code for c in ans.courses} == {"NA-CDS-1", "NA-CDS-2"}
    # The list is nearest first, so «lớp thứ hai» is the software class.
    assert [c.code for c in shown_courses(ans)] == ["NA-CDS-1", "NA-CDS-2"]


def test_a_month_lists_a_class_of_a_half_year_holding_it_last(qa: QAEngine) -> None:
    ans, subject, _ = answer_in_context(qa, "tháng 2 năm sau có lớp nữ công nào không", None, now=FIXED_NOW)
    assert ans is not None
    assert [c.code for c in shown_courses(ans)] == ["NA-NC-1", "PT-NC-1"]
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "6 tháng đầu năm 2027" in text and "chưa rõ có học trong tháng 2/2027" in text
    assert "Lớp xếp cuối danh sách chỉ dự kiến" in text  # said of the list below, not «the last class» asked of
    # «lớp đầu tiên» is the class dated in February.
    first, _, _ = answer_in_context(qa, "lớp đầu tiên học ở đâu", subject, now=FIXED_NOW)
    assert first is not None and first.matches[0].code == "NA-NC-1"


def test_a_quarter_still_keeps_to_the_classes_dated_in_it(qa: QAEngine) -> None:
    # A half-year class is no answer to a quarter asked (only a month it may fall in lists it, last).
    codes = [c.code for c in qa.answer("quý 2 năm sau có lớp nữ công nào", now=FIXED_NOW).courses]
    assert "PT-NC-1" not in codes
