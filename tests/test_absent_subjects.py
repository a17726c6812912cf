"""A class question about a subject no class teaches gets «no such class» (logged), not the nearest class;
the union's own work asked about without a word of training is turned away, not answered with training.

The classes here share syllables with the subjects asked about but not the subjects: a union in Hải
Phòng is no «văn phòng», a venue at a Cao đẳng no «báo cáo», a class for bus drivers no driving lessons.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec
from knowledge.search.subject import miss_of
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HP", "LĐLĐ thành phố Hải Phòng", "province", "Hải Phòng", None),
    OrgRec(2, "GT", "Công đoàn Giao thông vận tải Việt Nam", "sector", None, None),
]


def course(cid: int, title: str, topic: str, org: int, venue: str, audiences: tuple[str, ...] = ()) -> CourseRec:
    start = dt.datetime(2027, 3, cid, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"K{cid}", title=title, topic=topic, audiences=audiences, organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province="Hải Phòng", venue=venue, format="tap_trung",
        starts_at=start, ends_at=start + dt.timedelta(days=1), registration_deadline=None, capacity=40,
        status="open",
    )


COURSES = [
    course(1, "Ứng dụng chuyển đổi số trong công tác công đoàn", "chuyen_doi_so", 1, "Cung Văn hóa Lao động"),
    course(2, "Phổ biến pháp luật lao động cho lái xe, phụ xe buýt", "phap_luat", 2, "Bến xe Cầu Rào"),
    course(3, "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc", "thuong_luong", 1, "Trường Cao đẳng Hàng hải",
           ("chu_tich_cdcs",)),
    course(4, "Kỹ năng vận động phát triển đoàn viên", "phat_trien_doan_vien", 1, "Cung Văn hóa Lao động"),
]


# An article whose words hold «báo cáo viên», «giảng viên» and «Việt Nam»: every syllable of «viết báo cáo»,
# and none of the phrase.
FACTS = [
    FactRec(1, "HP-BCV", 1, ORGS[0].name, 2025, 2025, "giang_day", "Hải Phòng bồi dưỡng bao nhiêu báo cáo viên?",
            "Năm 2025, LĐLĐ thành phố Hải Phòng bồi dưỡng 40 giảng viên, báo cáo viên công đoàn theo hướng dẫn "
            "của Tổng Liên đoàn Lao động Việt Nam.", "báo cáo viên;giảng viên", 40, None, "người"),
    FactRec(2, "HP-PTDV", 1, ORGS[0].name, 2025, 2025, "phat_trien_doan_vien",
            "Hải Phòng có tập huấn vận động kết nạp đoàn viên không?",
            "Năm 2025, LĐLĐ thành phố Hải Phòng tập huấn kỹ năng vận động kết nạp đoàn viên cho 60 cán bộ.",
            "kết nạp đoàn viên;phát triển đoàn viên", 60, None, "cán bộ"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, tz=TZ)


@pytest.mark.parametrize("question", [
    "có lớp dạy tin học văn phòng không",          # «phòng» only in «Hải Phòng»
    "mình muốn học lái xe ô tô, đăng ký ở đâu",     # drivers are whom a class is for, not what it teaches
    "lớp kỹ năng viết báo cáo tổng kết",             # «cao» only in «Cao đẳng»
    "kỹ năng nói trước đám đông",                    # a skill with no class, «lớp» unsaid
    "kỹ năng thuyết trình cho cán bộ công đoàn",
    "kỹ năng viết báo cáo",                          # the article says each syllable, not the phrase
])
def test_a_subject_no_class_teaches_is_no_class_and_is_logged(qa: QAEngine, question: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert not ans.courses and ans.band == "low", (question, ans.intent, [c.code for c in ans.courses])
    assert ans.intent in ("course", "register")  # worded as «chưa có lớp nào phù hợp», not as an unrelated record
    assert miss_of(qa, ans) is not None


@pytest.mark.parametrize(("question", "code"), [
    ("lớp chuyển đổi số ở Hải Phòng", "K1"),
    ("có lớp nào cho lái xe buýt không", "K2"),       # asked for whom: the drivers' class
    ("lớp kỹ năng đối thoại cho chủ tịch cđcs", "K3"),
    ("lop doi thoai noi lam viec hoc o dau", "K3"),
])
def test_the_subjects_the_classes_do_teach_still_find_them(qa: QAEngine, question: str, code: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == [code], (question, ans.intent)


def test_one_check_decides_for_articles_and_classes_alike(qa: QAEngine) -> None:
    """The article is still the answer where it says what is asked, word pairs and all."""
    ans = qa.answer("Hải Phòng có bao nhiêu báo cáo viên được bồi dưỡng", now=FIXED_NOW)
    assert ans.band == "confident" and [m.code for m in ans.matches][:1] == ["HP-BCV"]


@pytest.mark.parametrize("question", [
    "công tác kết nạp đoàn viên ở cơ sở",
    "ct kết nạp đoàn viên",                               # «ct» is the work here, not a chair
    "thủ tục thành lập công đoàn cơ sở gồm những gì",
    "đoàn viên nằm viện được công đoàn thăm hỏi bao nhiêu",
])
def test_union_work_without_training_words_is_turned_away(qa: QAEngine, question: str) -> None:
    """The article on training for the work shares its words; it is still no answer to how the work is done."""
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "off_topic" and not ans.courses and not ans.items, (question, ans.intent)
    miss = miss_of(qa, ans)
    assert miss is not None and miss.reason == "off_topic_domain"  # kept for the organisers


def test_the_same_work_asked_as_training_finds_the_class(qa: QAEngine) -> None:
    ans = qa.answer("có lớp tập huấn về kết nạp đoàn viên không", now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses][:1] == ["K4"]
