"""Which class a follow-up means by its place in the list the user asked for (knowledge.search.subject
answer_in_context, as the conversation turn calls it): the last of a list of six, «cái sau»/«cái trước»,
«lớp này» asked about in another province, and a correction («à nhầm, ý em là …»)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject
from knowledge.qa import PAGE_SIZE, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(2, "TQ", "LĐLĐ tỉnh Tuyên Quang", "province", "Tuyên Quang", None),
    OrgRec(3, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
]
D = dt.date


def course(cid: int, code: str, title: str, day: dt.date, org: int, topic: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


COURSES = [
    # Nghệ An in December 2026: six classes, one more than a page.
    course(1, "NA-1", "Nghiệp vụ văn thư công đoàn", D(2026, 12, 1), 1, "nghiep_vu"),
    course(2, "NA-2", "Tập huấn an toàn hóa chất", D(2026, 12, 7), 1, "atvsld"),
    course(3, "NA-3", "Kỹ năng kiểm tra tài chính", D(2026, 12, 10), 1, "kiem_tra"),
    course(4, "NA-4", "Tuyên truyền trên mạng xã hội", D(2026, 12, 15), 1, "tuyen_giao"),
    course(5, "NA-5", "Nghiệp vụ công tác kiểm tra", D(2026, 12, 28), 1, "kiem_tra"),
    course(6, "NA-6", "Nghiệp vụ tài chính công đoàn cơ sở", D(2026, 12, 30), 1, "tai_chinh"),
    # Hà Tĩnh in March 2027: seven, a page of five and two more.
    *(course(10 + i, f"HT-{i}", f"Lớp chuyên đề số {i}", D(2027, 3, 1 + 3 * i), 3, "nghiep_vu") for i in range(7)),
    # A class on sexual harassment in Nghệ An (two batches); in Tuyên Quang two like it and another
    # class of the same catalogue topic (nữ công).
    course(20, "NA-QR-1", "Phòng, chống quấy rối tình dục tại nơi làm việc (đợt 1)", D(2027, 7, 26), 1, "nu_cong"),
    course(21, "NA-QR-2", "Phòng, chống quấy rối tình dục tại nơi làm việc (đợt 2)", D(2027, 8, 19), 1, "nu_cong"),
    course(22, "TQ-QR-1", "Phòng, chống quấy rối tình dục tại nơi làm việc", D(2027, 5, 10), 2, "nu_cong"),
    course(23, "TQ-NC-1", "Kỹ năng hoạt động của Ban nữ công", D(2027, 6, 1), 2, "nu_cong"),
    course(24, "TQ-QR-2", "Phòng, chống quấy rối tình dục tại nơi làm việc", D(2027, 6, 10), 2, "nu_cong"),
    # Two classes on collective bargaining in Tuyên Quang, and one far later.
    course(30, "TQ-TL-1", "Kỹ năng thương lượng tập thể", D(2027, 4, 14), 2, "thuong_luong"),
    course(31, "TQ-TL-2", "Kỹ năng thương lượng tập thể nâng cao", D(2027, 6, 1), 2, "thuong_luong"),
    course(32, "TQ-TL-3", "Thương lượng tập thể về tiền lương", D(2027, 9, 1), 2, "thuong_luong"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def talk(qa: QAEngine, *messages: str) -> list[tuple[list[str], str | None]]:
    """Each message's classes (or the choices offered) and intent, each read after the ones before."""
    subject: Subject | None = None
    out = []
    for text in messages:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        if ans is None:
            out.append(([c.code for c in follow.choices], None))
        else:
            out.append(([c.code for c in ans.courses], ans.intent))
    return out


def test_a_list_one_longer_than_a_page_is_shown_whole_and_its_last_class_is_the_last(qa: QAEngine) -> None:
    shown, last, deadline, register = talk(qa, "Tháng 12 ở Nghệ An có lớp gì?", "Lớp cuối cùng học ở đâu?",
                                           "Hạn đăng ký lớp đó?", "Đăng ký cho tôi lớp đó.")
    assert len(shown[0]) == PAGE_SIZE + 1  # a «Xem thêm» for one class is a tap for a single line
    assert shown[0][-1] == "NA-6"
    assert last[0] == ["NA-6"]
    assert deadline[0] == ["NA-6"]  # the class singled out stays the one the talk is about
    assert register == (["NA-6"], "register")


def test_a_list_two_longer_than_a_page_still_pages(qa: QAEngine) -> None:
    ans = qa.answer("Tháng 3 năm sau ở Hà Tĩnh có lớp nào?", now=FIXED_NOW)
    assert len(ans.courses) == PAGE_SIZE and ans.course_total == PAGE_SIZE + 2


def test_the_later_and_the_earlier_of_two(qa: QAEngine) -> None:
    listed, later, earlier, register = talk(qa, "ở Nghệ An có lớp quấy rối tình dục nào không", "cái sau học ngày nào",
                                            "còn cái trước", "đăng kí cái trước giùm e")
    assert listed[0] == ["NA-QR-1", "NA-QR-2"]
    assert later[0] == ["NA-QR-2"]
    assert earlier[0] == ["NA-QR-1"]
    assert register == (["NA-QR-1"], "register")


def test_the_class_after_and_before_the_one_in_focus_of_three(qa: QAEngine) -> None:
    listed, second, after, before = talk(qa, "Tuyên Quang có lớp thương lượng tập thể nào", "cái thứ 2 ở đâu",
                                         "lớp sau học ngày nào", "thế còn lớp trước")
    assert listed[0] == ["TQ-TL-1", "TQ-TL-2", "TQ-TL-3"]
    assert second[0] == ["TQ-TL-2"]
    assert after[0] == ["TQ-TL-3"]
    assert before[0] == ["TQ-TL-2"]


def test_after_khi_is_no_position(qa: QAEngine) -> None:
    # «lớp sau khi …» is a time, not the later class: with three in view and none in focus it picks none.
    listed, asked = talk(qa, "Tuyên Quang có lớp thương lượng tập thể nào", "lớp sau khi học xong có giấy chứng nhận không")
    assert len(listed[0]) == 3
    assert asked[0] != ["TQ-TL-2"] and asked[0] != ["TQ-TL-3"]


def test_this_class_in_another_province_lists_the_classes_like_it_there(qa: QAEngine) -> None:
    _, first, there, later = talk(qa, "ở Nghệ An có lớp quấy rối tình dục nào không", "lớp đầu ở đâu",
                                  "thế ở Tuyên Quang có lớp này k", "lớp sau học ngày nào")
    assert first[0] == ["NA-QR-1"]
    # The classes of its title there, not the class itself nor every class of its catalogue topic.
    assert there == (["TQ-QR-1", "TQ-QR-2"], "course")
    assert later[0] == ["TQ-QR-2"]


def test_this_class_in_its_own_province_is_no_search_elsewhere(qa: QAEngine) -> None:
    _, _, here = talk(qa, "ở Nghệ An có lớp quấy rối tình dục nào không", "lớp đầu ở đâu", "lớp này ở Nghệ An à")
    assert "NA-QR-1" in here[0] and set(here[0]) <= {"NA-QR-1", "NA-QR-2"}


def test_a_correction_asks_the_last_question_again_with_what_it_names(qa: QAEngine) -> None:
    april, may, who = talk(qa, "Tuyên Quang tháng 4 năm sau có lớp gì k", "à nhầm, ý em là tháng 5",
                           "lớp đó cho ai học")
    assert april[0] == ["TQ-TL-1"]
    assert may == (["TQ-QR-1"], "course")
    assert who[0] == ["TQ-QR-1"]


def test_a_correction_of_the_class_keeps_what_was_asked_of_it(qa: QAEngine) -> None:
    subject: Subject | None = None
    follows = []
    for text in ("ở Nghệ An có lớp quấy rối tình dục nào không", "đăng ký cái đầu", "à nhầm, ý e là cái sau",
                 "cái đầu ở đâu", "nhầm, cái sau"):
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        follows.append((follow.code, follow.purpose, follow.aspect, ans.intent if ans else None))
    assert follows[1] == ("NA-QR-1", "register", None, "register")
    assert follows[2] == ("NA-QR-2", "register", None, "register")  # the registration, of the class meant
    assert follows[4] == ("NA-QR-2", None, "place", "course")  # «ở đâu», of the class meant
