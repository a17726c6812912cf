"""Ranking among classes that all pass a question's filters: what the question names beyond the filters
decides before the date does (who a class is meant for, which of a topic's phrases it says), and a
follow-up about «that class» after a list goes to the one that answered the question best."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "YB", "LĐLĐ tỉnh Yên Bái", "province", "Yên Bái", None),
    OrgRec(2, "TN", "LĐLĐ tỉnh Thái Nguyên", "province", "Thái Nguyên", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu",
           roles: tuple[str, ...] = ("chu_tich_cdcs",), topic_text: str = "", audience_text: str = "") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, o.province, None, "tap_trung",
                     start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 50, "open",
                     topic_text=topic_text, audience_text=audience_text)


D = dt.date
COURSES = [
    # Yên Bái: a broad class open to chairs and committee members comes first by date; the class made for
    # chairs, and one made only for committee members, come later.
    course(1, "XYB-LAW-27", "Phổ biến Luật Công đoàn năm 2024", D(2027, 1, 12), 1, topic="phap_luat",
           roles=("chu_tich_cdcs", "uy_vien_bch")),
    course(2, "XYB-CHAIR-27", "Bồi dưỡng kỹ năng điều hành cho Chủ tịch CĐCS", D(2027, 3, 2), 1),
    course(3, "XYB-BCH-27", "Tập huấn kỹ năng hoạt động công đoàn", D(2027, 4, 6), 1, roles=("uy_vien_bch",)),
    # Thái Nguyên: a class for lecturers alone but about propaganda, a teaching-skills class whose organiser
    # listed upper-level cadres as its audience, and one whose topic, in the organiser's words, is lecturers.
    course(4, "XTN-PROP-27", "Tập huấn công tác tuyên truyền miệng", D(2027, 1, 5), 2, topic="tuyen_giao",
           roles=("giang_vien_kiem_chuc",)),
    course(5, "XTN-TEACH-27", "Tập huấn phương pháp thuyết trình tích cực", D(2027, 2, 9), 2, topic="giang_day",
           roles=("can_bo_cap_tren",)),
    course(6, "XTN-TEACH2-27", "Lớp nâng cao kỹ năng đứng lớp", D(2027, 5, 9), 2, topic="",
           roles=("uy_vien_bch", "giang_vien_kiem_chuc"), topic_text="Giảng viên kiêm chức công đoàn"),
    # Thái Nguyên finance: the broad finance class first by date, then the one for accountants.
    course(7, "XTN-FUND-27", "Bồi dưỡng nghiệp vụ tài chính, thủ quỹ công đoàn cơ sở", D(2027, 3, 1), 2,
           topic="tai_chinh", roles=(), audience_text="Thủ quỹ CĐCS"),
    course(10, "XYB-VICE-27", "Bồi dưỡng nghiệp vụ cho Phó chủ tịch công đoàn cơ sở", D(2027, 1, 8), 1,
           roles=("pho_chu_tich_cdcs",)),
    course(9, "XYB-GV-27", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", D(2026, 12, 20), 1,
           topic="giang_day", roles=("giang_vien_kiem_chuc",)),
    course(8, "XTN-ACC-27", "Bồi dưỡng nghiệp vụ tài chính, kế toán công đoàn cơ sở", D(2027, 6, 1), 2,
           topic="tai_chinh", roles=(), audience_text="Kế toán CĐCS"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


def codes(qa: QAEngine, q: str) -> list[str]:
    return [c.code for c in qa.answer(q, now=FIXED_NOW).courses]


def test_class_made_for_the_role_asked_comes_before_a_broad_one(qa: QAEngine) -> None:
    got = codes(qa, "Yên Bái có lớp nào cho chủ tịch công đoàn cơ sở không?")
    assert got[0] == "XYB-CHAIR-27"
    assert "XYB-LAW-27" in got  # still listed, after it


def test_class_whose_only_audience_is_the_role_comes_before_a_broad_one(qa: QAEngine) -> None:
    got = codes(qa, "lớp cho ủy viên ban chấp hành ở yên bái")
    assert got[:2] == ["XYB-BCH-27", "XYB-LAW-27"]


def test_teaching_classes_answer_a_question_about_lecturers(qa: QAEngine) -> None:
    # The teaching topic trains lecturers whoever the organiser listed; a class that only lists them
    # among its audience comes after the classes about their work.
    got = codes(qa, "thái nguyên có lớp giảng viên kiêm chức nào")
    assert set(got[:2]) == {"XTN-TEACH-27", "XTN-TEACH2-27"}
    assert got[2:] == ["XTN-PROP-27"]


def test_a_topic_narrowed_by_another_of_its_phrases_ranks_the_classes_that_say_it(qa: QAEngine) -> None:
    assert codes(qa, "thái nguyên có lớp tài chính công đoàn cho kế toán không")[0] == "XTN-ACC-27"
    # The topic alone is a category: its nearest class first.
    assert codes(qa, "lớp tài chính công đoàn ở thái nguyên")[0] == "XTN-FUND-27"


def test_that_class_after_a_list_is_the_one_that_answered_best(qa: QAEngine) -> None:
    ans, subject, _ = answer_in_context(qa, "thái nguyên có lớp tài chính công đoàn về kế toán không", None,
                                        now=FIXED_NOW)
    assert ans is not None and {c.code for c in ans.courses} == {"XTN-ACC-27", "XTN-FUND-27"}
    assert subject is not None and subject.best == ("XTN-ACC-27",)
    # The subject goes through the conversation state and back.
    kept = Subject.from_dict(json.loads(json.dumps(subject.to_dict())))
    assert kept is not None and kept.best == ("XTN-ACC-27",)
    ans, _, follow = answer_in_context(qa, "lớp đó học mấy ngày?", kept, now=FIXED_NOW)
    assert ans is not None and [m.code for m in ans.matches][:1] == ["XTN-ACC-27"]
    # Registration never guesses: with two classes in view it asks which.
    ans, _, follow = answer_in_context(qa, "đăng ký lớp đó cho mình", kept, now=FIXED_NOW)
    assert ans is None and follow.action == "choose"


def test_that_class_after_a_list_of_equals_is_asked_back(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "lớp tài chính công đoàn ở thái nguyên", None, now=FIXED_NOW)
    assert subject is not None and subject.best == ()
    # (Asked where, both held in one hall, the answer is the same whichever is meant: knowledge.search.subject
    # .shared_detail. Their days differ, so «ngày nào» must ask which.)
    ans, _, follow = answer_in_context(qa, "lớp đó học ngày nào?", subject, now=FIXED_NOW)
    assert ans is None and follow.action == "choose"
    assert {c.code for c in follow.choices} == {"XTN-ACC-27", "XTN-FUND-27"}


def test_the_askers_province_counts_however_it_was_written(qa: QAEngine) -> None:
    me = Profile(role="giang_vien_kiem_chuc", province="tỉnh Thái Nguyên")
    ans = qa.answer("có lớp nào phù hợp với tôi không", now=FIXED_NOW, profile=me)
    assert ans.courses and ans.courses[0].province == "Thái Nguyên"


def test_a_misspelt_chairs_question_does_not_get_the_vice_chairs_class(qa: QAEngine) -> None:
    # A typo leaves a word of the question unmatched; searching with the role's words instead of the role
    # must not pick the class whose title names a longer role holding those words.
    got = codes(qa, "cho minh hoi lop boi dưng chu tich công đoààn co sở ở yên bái học khi nào")
    assert got and got[0] != "XYB-VICE-27"
    assert "XYB-CHAIR-27" in got
