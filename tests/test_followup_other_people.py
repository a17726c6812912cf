"""«có lớp nào cho đoàn viên, người lao động không» right after the classes of one union (or place): that union's
classes for those people, as «thế có lớp nào cho …» asks it; naming a place of its own, it is a question of its
own (knowledge/language/followup.py resolve)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.followup import Subject
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_followup_lists import TZ

ORGS = [OrgRec(1, "DK", "Công đoàn Dầu khí Việt Nam", "sector", None, None),
        OrgRec(2, "HUE", "LĐLĐ thành phố Huế", "province", "Huế", None)]


def course(cid: int, code: str, title: str, day: dt.date, org: int, topic: str, role: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, topic, (role,), org, ORGS[org - 1].name, None, ORGS[org - 1].province,
                     "Hội trường", "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40,
                     "open")


D = dt.date
COURSES = [
    course(1, "DK-TC", "Nghiệp vụ tài chính cho kế toán công đoàn", D(2026, 12, 8), 1, "tai_chinh", "ke_toan_cdcs"),
    course(2, "DK-DV", "Tập huấn pháp luật lao động cho đoàn viên", D(2027, 3, 2), 1, "phap_luat", "doan_vien"),
    course(3, "HUE-DV", "Tập huấn pháp luật lao động cho đoàn viên", D(2026, 12, 1), 2, "phap_luat", "doan_vien"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def talk(qa: QAEngine, *turns: str) -> list[list[str]]:
    subject: Subject | None = None
    out = []
    for text in turns:
        ans, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW)
        out.append([c.code for c in ans.courses] if ans is not None else [])
    return out


def test_other_people_after_a_union_s_classes_keep_the_union(qa: QAEngine) -> None:
    said = talk(qa, "sắp tới công đoàn dầu khí có lớp cho kế toán công đoàn nào không",
                "có lớp nào cho đoàn viên, người lao động không")
    assert said == [["DK-TC"], ["DK-DV"]]


def test_other_people_in_a_place_of_their_own_are_a_question_of_its_own(qa: QAEngine) -> None:
    said = talk(qa, "sắp tới công đoàn dầu khí có lớp cho kế toán công đoàn nào không",
                "ở Huế có lớp nào cho đoàn viên, người lao động không")
    assert said[1] == ["HUE-DV"]
