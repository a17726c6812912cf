"""A list whose classes do not all have what the question named: the classes a province's federation runs
itself before those of the unions under it («LĐLĐ tỉnh Nghệ An có lớp nào»), the classes held at the place
named before one its union holds elsewhere («Mê Linh có lớp nào»). The reply lists those that have it first, as
a group, and «lớp đầu», «cái thứ 2» count among them (knowledge/index.py CourseHits.fitting,
knowledge/search/subject.py fitting_first)."""

from __future__ import annotations

import datetime as dt

import pytest

from handlers.compose import courses_reply
from knowledge.language.followup import Subject
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_followup_lists import TZ

ORGS = [
    OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(2, "NA-YT", "Công đoàn ngành Y tế Nghệ An", "sector", "Nghệ An", 1),
    OrgRec(3, "HN", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(4, "ML", "Công đoàn xã Mê Linh", "commune", "Hà Nội", 3),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, venue: str, topic: str = "phap_luat") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


D = dt.date
COURSES = [
    # The sector union's class is the soonest; the federation's own come after it.
    course(1, "NA-YT-1", "Tập huấn cán bộ nữ công", D(2026, 11, 27), 2, "Khách sạn Công đoàn Cửa Lò", "nu_cong"),
    course(2, "NA-1", "Tập huấn pháp luật lao động", D(2026, 12, 7), 1, "Nhà văn hóa phường Trường Vinh"),
    course(3, "NA-2", "Kỹ năng thương lượng tập thể", D(2027, 6, 15), 1, "Hội trường LĐLĐ tỉnh Nghệ An",
           "thuong_luong"),
    # Mê Linh's union holds its soonest class at an industrial zone elsewhere.
    course(4, "ML-0", "Bồi dưỡng kế toán CĐCS", D(2026, 12, 9), 4, "Nhà văn hóa KCN Thăng Long, Đông Anh",
           "tai_chinh"),
    course(5, "ML-1", "Nghiệp vụ tài chính công đoàn", D(2026, 12, 23), 3, "UBND xã Mê Linh", "tai_chinh"),
    course(6, "ML-2", "Kỹ năng thương lượng tập thể", D(2027, 1, 11), 4, "UBND xã Mê Linh", "thuong_luong"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def talk(qa: QAEngine, turns: list[str]) -> list[list[str]]:
    subject: Subject | None = None
    out: list[list[str]] = []
    for text in turns:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        out.append([c.code for c in ans.courses] if ans is not None else ["?", *(c.code for c in follow.choices)])
    return out


def test_the_federation_s_own_classes_come_first_and_are_counted_first(qa: QAEngine) -> None:
    said = talk(qa, ["lđlđ tỉnh nghệ an có lớp nào sắp tới ko", "lớp đầu học ngày nào", "lớp thứ 2 thì sao",
                     "đk lớp này cho mk"])
    assert set(said[0]) == {"NA-YT-1", "NA-1", "NA-2"}
    assert said[1:] == [["NA-1"], ["NA-2"], ["NA-2"]]


def test_the_reply_lists_the_federation_s_own_classes_as_a_group(qa: QAEngine) -> None:
    text = courses_reply(qa.answer("lđlđ tỉnh nghệ an có lớp nào sắp tới ko", now=FIXED_NOW), TZ, FIXED_NOW)[0].text
    assert text.index("Trường Vinh") < text.index("Các lớp khác gần với câu hỏi") < text.index("Cửa Lò")


def test_the_classes_held_at_the_place_named_are_counted_first(qa: QAEngine) -> None:
    said = talk(qa, ["mê linh co lop nao ko", "cai thu 2 hoc may ngay", "cai thu 3 thi sao"])
    assert set(said[0]) == {"ML-0", "ML-1", "ML-2"}
    assert said[1:] == [["ML-2"], ["ML-0"]]


def test_no_group_when_every_class_has_what_was_named(qa: QAEngine) -> None:
    ans = qa.answer("mê linh có lớp thương lượng tập thể nào", now=FIXED_NOW)
    assert ans.course_fitting == ()
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "Các lớp khác gần với câu hỏi" not in text
