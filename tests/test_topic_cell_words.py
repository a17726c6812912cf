"""A plan's topic cell in the organiser's own words: «Tuyên truyền pháp luật» is filed under the catalogue's
tuyên truyền, yet its words are kept, searched and shown, and the second topic they name (the law) finds the class.
And «lịch thế nào» asks for classes' dates, not how something went."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from handlers.compose import course_detail
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec
from tests.conftest import FIXED_NOW
from tests.test_transfer import COURSE_HEADER, add_lang_son, course, run_import, write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def test_a_topic_cell_with_more_words_than_the_catalogue_is_kept(session: Session, tmp_path: Path) -> None:
    add_lang_son(session)
    row = ["", "", "", "Đoàn viên, người lao động", "LDLD-LS", "", "Lạng Sơn", "Hội trường LĐLĐ tỉnh",
           "Tập trung (trực tiếp)", "15/12/2026", "", "", "60", "Mở đăng ký", ""]
    rows = [COURSE_HEADER,
            ["LS-TTPL", "Tập huấn Luật Công đoàn 2024", "Tuyên truyền pháp luật", *row[3:]],
            ["LS-AT", "Tập huấn an toàn lao động", "An toàn, vệ sinh lao động", *row[3:]]]
    run_import(session, write_csv(tmp_path / "ke-hoach.csv", rows))
    law = course(session, "LS-TTPL")
    assert (law.topic, law.topic_text) == ("tuyen_giao", "Tuyên truyền pháp luật")
    safety = course(session, "LS-AT")
    assert (safety.topic, safety.topic_text) == ("atvsld", "")  # the catalogue's own name: nothing more to keep


ORGS = [OrgRec(1, "LD", "LĐLĐ tỉnh Lâm Đồng", "province", "Lâm Đồng", None)]


def _course(cid: int, code: str, title: str, month: int, topic: str, **extra: object) -> CourseRec:
    start = dt.datetime(2027, month, 7, 8, 0, tzinfo=TZ).astimezone(dt.UTC)
    c = CourseRec(cid, code, title, topic, ("uy_vien_bch",), 1, ORGS[0].name, None, "Lâm Đồng", "Hội trường LĐLĐ tỉnh",
                  "tap_trung", start, start + dt.timedelta(hours=8), start - dt.timedelta(days=7), 60, "open")
    return dataclasses.replace(c, **extra)  # type: ignore[arg-type]


COURSES = [
    _course(1, "LD-LAW-1", "Tập huấn Luật Công đoàn 2024 và Bộ luật Lao động", 1, "tuyen_giao",
            topic_text="Tuyên truyền pháp luật"),
    _course(2, "LD-LAW-2", "Phổ biến pháp luật lao động cho đoàn viên", 4, "phap_luat"),
    _course(3, "LD-TT-1", "Tập huấn viết tin bài tuyên truyền", 2, "tuyen_giao", topic_text="Tuyên truyền, viết tin bài"),
    _course(4, "LD-AT-1", "Tập huấn ATVSLĐ, phòng chống cháy nổ", 3, "atvsld"),
    _course(5, "LD-AT-2", "Tập huấn ATVSLĐ, phòng chống cháy nổ (lớp B)", 5, "atvsld"),
]


# An account of a past year's safety training there: «thế nào» alone would ask how it went.
FACTS = [FactRec(1, "LD-2018-AT", 1, ORGS[0].name, 2018, 2018, "atvsld", "Lâm Đồng tập huấn ATVSLĐ thế nào?",
                 "Năm 2018, LĐLĐ tỉnh Lâm Đồng tổ chức 12 lớp tập huấn an toàn, vệ sinh lao động cho 900 cán bộ.",
                 "an toàn vệ sinh lao động;ATVSLĐ", 12, None, "lớp")]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, targets=[], tz=TZ)


def test_a_class_filed_under_another_topic_is_found_by_the_topic_its_cell_names(qa: QAEngine) -> None:
    ans = qa.answer("lớp pháp luật ở lâm đồng", now=FIXED_NOW)
    assert {c.code for c in ans.courses} == {"LD-LAW-1", "LD-LAW-2"}
    # Its catalogue topic finds it too, beside the other class filed there.
    ans = qa.answer("lop tuyen truyen o lam dong", now=FIXED_NOW)
    assert {c.code for c in ans.courses} == {"LD-LAW-1", "LD-TT-1"}


def test_the_detail_says_the_organisers_own_topic(qa: QAEngine) -> None:
    text = course_detail(COURSES[0], TZ, FIXED_NOW).text
    assert "Chủ đề: Tuyên truyền pháp luật" in text
    assert "Chủ đề: An toàn, vệ sinh lao động" in course_detail(COURSES[3], TZ, FIXED_NOW).text


@pytest.mark.parametrize("question", [
    "lop atvsld o lam dong lich the nao",
    "lớp ATVSLĐ ở Lâm Đồng lịch học ra sao",
    "lịch tập huấn atvsld ở lâm đồng như thế nào",
])
def test_lich_the_nao_asks_for_the_classes(qa: QAEngine, question: str) -> None:
    assert qa.answer("năm 2018 lâm đồng tập huấn atvsld thế nào", now=FIXED_NOW).intent == "fact"
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course"
    assert [c.code for c in ans.courses] == ["LD-AT-1", "LD-AT-2"]
