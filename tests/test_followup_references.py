"""Which class a follow-up means, as chairs point at them: a new complete question in the middle of a talk
is read on its own, a class code corrects the class exactly, «cái kia» is the other class talked of, a
position counts inside the group a message names («lớp thứ 2 của tháng 3»), «lớp ấy» after «lớp … gần nhất
là lớp nào» is the nearest one, and a registration never picks a class itself
(knowledge/language/followup.py, knowledge/search/subject.py)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from handlers.compose import courses_reply
from knowledge.language.followup import NONE, Named, Subject, aspect_asked, new_topic, resolve
from knowledge.qa import QAEngine
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_followup_lists import ORGS, TZ, D, course

COURSES = [
    # Huế: nữ công classes in January and March, one online; Đà Nẵng: classes in the city and in the former
    # Quảng Nam (Tam Kỳ, Hội An); an online class of Đà Nẵng in December.
    course(1, "HUE-NC-1", "Tập huấn công tác nữ công", D(2027, 1, 6), 4, topic="nu_cong", venue="Hội trường LĐLĐ Huế"),
    course(2, "HUE-NC-2", "Kỹ năng hoạt động của Ban nữ công", D(2027, 1, 20), 4, topic="nu_cong",
           venue="Nhà văn hóa phường Thuận Hóa"),
    course(3, "HUE-NC-3", "Phòng chống quấy rối tình dục nơi làm việc", D(2027, 3, 3), 4, topic="nu_cong",
           venue="Hội trường Cty Dệt Hoa Sen"),
    course(4, "HUE-NC-4", "Bình đẳng giới trong doanh nghiệp", D(2027, 3, 17), 4, topic="nu_cong",
           venue="Hội trường KCN Phú Bài"),
    course(5, "DN-PL-1", "Tập huấn pháp luật lao động", D(2027, 2, 2), 1, venue="Hội trường phường Hải Châu"),
    course(6, "DN-PL-2", "Tư vấn pháp luật cho cán bộ công đoàn", D(2027, 2, 9), 1,
           venue="Hội trường phường Tam Kỳ (Quảng Nam cũ)"),
    course(7, "DN-PL-3", "Phổ biến pháp luật lao động cho đoàn viên", D(2027, 2, 16), 1,
           venue="Nhà văn hóa phường Hội An (Quảng Nam cũ)"),
    course(8, "DN-TG-1", "Kỹ năng tuyên truyền trên mạng xã hội", D(2026, 12, 8), 1, topic="tuyen_giao",
           how="truc_tuyen", venue="Zoom"),
    # One title in two batches, run by two unions of the province.
    course(9, "DN-TDV-1", "Cài đặt thẻ đoàn viên điện tử - Đợt 1", D(2026, 12, 15), 1, topic="tuyen_giao",
           venue="Hội trường LĐLĐ thành phố"),
    course(10, "DN-TDV-2", "Cài đặt thẻ đoàn viên điện tử - Đợt 2", D(2027, 2, 23), 2, topic="tuyen_giao",
           venue="Hội trường ngành Y tế"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def talk(qa: QAEngine, turns: list[str]) -> list[list[str]]:
    """The classes each message was answered with (a choice to make: the classes offered, marked «?»)."""
    subject: Subject | None = None
    out: list[list[str]] = []
    for text in turns:
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
        out.append([c.code for c in ans.courses] if ans is not None else ["?", *(c.code for c in follow.choices)])
    return out


# ---------------------------------------------------------------- a new question of its own

def test_a_format_named_with_a_period_is_a_question_of_its_own(qa: QAEngine) -> None:
    # Not the Huế nữ công question again, nor a pick among its classes: online classes in December, anywhere.
    said = talk(qa, ["Huế có lớp nữ công nào không", "lớp trực tuyến tháng 12"])
    assert said[1] == ["DN-TG-1"]


def test_naming_a_format_asks_nothing_of_it() -> None:
    assert aspect_asked("lớp trực tuyến tháng 12") is None
    for asked in ("học online không", "lớp đó online à", "học trực tiếp hay online", "có học online không"):
        assert aspect_asked(asked) == "format", asked


def test_two_things_named_after_a_list_with_nothing_asked_of_one_class_is_no_pick() -> None:
    listed = Subject(kind="courses", question="lớp nữ công ở Huế", codes=("A", "B", "C"), titles=("a", "b", "c"),
                     phrases=(("topic", "nu cong"), ("place", "hue")))
    named = Named(fitting=(1,), phrases=(("format", "truc tuyen"),), rest="lop")
    assert resolve("lớp trực tuyến tháng 12", listed, fit=lambda codes: named) == NONE
    # A question about one class still picks it among the list.
    picked = resolve("lớp trực tuyến tháng 12 học ở đâu", listed, fit=lambda codes: named)
    assert (picked.action, picked.code) == ("ask", "B")


def test_a_reply_that_lists_classes_elsewhere_says_so_on_every_line(qa: QAEngine) -> None:
    ans = qa.answer("lớp tuyên truyền trực tuyến ở Huế tháng 12", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["DN-TG-1"] and "place" in ans.relaxed
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "Các lớp phù hợp" not in text and "Các lớp ở nơi khác" in text
    assert "Tỉnh/thành phố: Đà Nẵng (học trực tuyến)" in text  # an online class has no venue to show where


def test_a_topic_switch_opener_leaves_the_question_alone() -> None:
    assert new_topic("chuyển chủ đề chút, lớp ATVSLĐ ở Tiền Giang có không") == "lớp ATVSLĐ ở Tiền Giang có không"
    assert new_topic("chuyen chu de chut, lop kiem tra o Binh Phuoc") == "lop kiem tra o Binh Phuoc"
    assert new_topic("hỏi việc khác nhé: chỉ tiêu năm nay") == "chỉ tiêu năm nay"
    assert new_topic("chuyển việc sang công ty mới thì sao") is None  # changing jobs, not the subject
    assert new_topic("lớp chuyển đổi số ở đâu") is None


def test_after_a_topic_switch_the_question_is_not_read_against_the_list(qa: QAEngine) -> None:
    said = talk(qa, ["Huế có lớp nữ công nào không", "chuyển chủ đề chút, lớp pháp luật ở Đà Nẵng có không"])
    assert said[1] == ["DN-PL-1", "DN-PL-2", "DN-PL-3"]


# ---------------------------------------------------------------- a class named by its code

def test_a_correction_by_code_is_that_class_exactly_asked_the_same(qa: QAEngine) -> None:
    subject = None
    for text in ("Huế có lớp nữ công nào không", "lớp đầu tiên học ở đâu"):
        _, subject, _ = answer_in_context(qa, text, subject, now=FIXED_NOW)
    ans, subject, follow = answer_in_context(qa, "à nhầm, HUE-NC-3", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["HUE-NC-3"]
    assert (follow.code, follow.aspect) == ("HUE-NC-3", "place")  # «ở đâu» asked again, of this class
    assert subject is not None and subject.focus == "HUE-NC-3" and len(subject.codes) == 4  # the list stays
    ans, _, _ = answer_in_context(qa, "ý em là lớp DN-PL-2", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["DN-PL-2"]


def test_a_code_that_is_no_class_is_not_taken_for_a_near_one(qa: QAEngine) -> None:
    assert [c.code for c in qa.courses_coded("à nhầm, HUE-NC-33")] == []
    assert [c.code for c in qa.courses_coded("à nhầm, HUE-NC-3")] == ["HUE-NC-3"]


# ---------------------------------------------------------------- the other class

def test_the_other_class_is_the_one_talked_of_before(qa: QAEngine) -> None:
    said = talk(qa, ["Huế có lớp nữ công nào không", "lớp đầu tiên học ở đâu", "cái thứ 3 thì sao", "thế cái kia?"])
    assert said[1:] == [["HUE-NC-1"], ["HUE-NC-3"], ["HUE-NC-1"]]


def test_the_other_of_two_and_a_choice_when_unclear() -> None:
    two = Subject(kind="courses", question="q", codes=("A", "B"), titles=("a", "b"), focus="A", asked="place")
    f = resolve("còn lớp kia thì sao", two)
    assert (f.action, f.code, f.aspect) == ("ask", "B", "place")
    three = dataclasses.replace(two, codes=("A", "B", "C"), titles=("a", "b", "c"))
    f = resolve("thế cái kia?", three)
    assert f.action == "choose" and [c.code for c in f.choices] == ["B", "C"]
    f = resolve("thế cái kia?", dataclasses.replace(three, before="C"))
    assert (f.action, f.code) == ("ask", "C")


def test_the_other_with_one_class_in_view_and_none_before_is_that_class() -> None:
    # «lớp nữ công Đà Nẵng» → «à nhầm, ở Khánh Hòa» (one class) → «cái kia»: the class just shown, not off topic.
    one = Subject(kind="courses", question="q", codes=("A",), titles=("a",))
    f = resolve("cái kia", one)
    assert (f.action, f.code) == ("ask", "A")


def test_the_class_talked_of_before_is_kept_in_the_state() -> None:
    s = Subject(kind="courses", question="q", codes=("A", "B"), titles=("a", "b"), focus="A").focused("B")
    assert (s.focus, s.before) == ("B", "A")
    assert Subject.from_dict(json.loads(json.dumps(s.to_dict()))) == s


# ---------------------------------------------------------------- positions inside a group

def test_a_position_inside_a_month_not_in_view_registers_that_class(qa: QAEngine) -> None:
    said = talk(qa, ["tháng 1 ở Huế có lớp nữ công nào", "đăng ký cho mình lớp thứ 2 của tháng 3 nhé"])
    assert said == [["HUE-NC-1", "HUE-NC-2"], ["HUE-NC-4"]]


def test_a_position_inside_the_group_named_of_the_list_in_view(qa: QAEngine) -> None:
    # The list: DN-PL-1 (Hải Châu), DN-PL-2 (Tam Kỳ), DN-PL-3 (Hội An); the last two in the former Quảng Nam.
    said = talk(qa, ["Đà Nẵng có lớp pháp luật nào không", "cái thứ 2 ở Quảng Nam cũ học ngày nào"])
    assert said[1] == ["DN-PL-3"]
    # A registration where the two readings (second of the list, second in Quảng Nam) differ asks which.
    said = talk(qa, ["Đà Nẵng có lớp pháp luật nào không", "đăng ký cái thứ 2 ở Quảng Nam cũ"])
    assert said[1] == ["?", "DN-PL-2", "DN-PL-3"]


def test_a_registration_of_a_new_search_with_several_classes_asks_which(qa: QAEngine) -> None:
    said = talk(qa, ["tháng 1 ở Huế có lớp nữ công nào", "đăng ký cho mình lớp tháng 3"])
    assert said[1] == ["?", "HUE-NC-3", "HUE-NC-4"]


def test_a_position_typed_with_a_slip_is_read(qa: QAEngine) -> None:
    assert qa.respell("lớp thứ lhất bắt đầu hôm nào") == "lớp thứ nhat bắt đầu hôm nào"


# ---------------------------------------------------------------- the one class asked for

def test_that_class_after_the_nearest_one_was_asked_is_the_first_shown(qa: QAEngine) -> None:
    said = talk(qa, ["lớp nữ công gần nhất ở Huế là lớp nào", "lớp ấy ở đâu", "đăng ký lớp ấy giúp mình"])
    assert said[0][0] == "HUE-NC-1" and len(said[0]) > 1  # a list, the nearest first
    assert said[1:] == [["HUE-NC-1"], ["HUE-NC-1"]]
    # Asked for several, «lớp ấy» is still unclear.
    said = talk(qa, ["những lớp nữ công gần nhất ở Huế", "lớp ấy ở đâu"])
    assert said[1][0] == "?"


def test_another_batch_run_by_another_union_of_the_province(qa: QAEngine) -> None:
    said = talk(qa, ["lớp thẻ đoàn viên điện tử đợt 1 ở Đà Nẵng học ở đâu", "nhầm, đợt 2 mới đúng", "đăng ký lớp đó"])
    assert said == [["DN-TDV-1"], ["DN-TDV-2"], ["DN-TDV-2"]]


def test_a_numbered_class_past_the_end_of_the_list_is_offered_not_searched() -> None:
    # «lớp 2» after one class: no second class was shown; the one shown is offered, nothing registered.
    one = Subject(kind="course", question="lớp thương lượng ở Tuyên Quang", codes=("TQ-1",), titles=("Thương lượng",))
    for text, purpose in (("lớp 2 ở đâu", "details"), ("ĐK lớp 2", "register")):
        f = resolve(text, one)
        assert (f.action, f.purpose, f.beyond) == ("choose", purpose, 2), text
        assert [c.code for c in f.choices] == ["TQ-1"]
    assert resolve("lớp 6 tháng đầu năm có không", one).beyond is None  # a period, not a position
    assert resolve("có lớp 2 ngày không", one).beyond is None  # a length


def test_who_the_matter_was_done_with_is_a_detail_of_the_fact_in_view() -> None:
    fact = Subject(kind="fact", question="Mê Linh năm 2020 mở mấy lớp", codes=("ML-LOP",), titles=("Mê Linh 2020",))
    for text in ("phoi hop vs ai v ad", "phối hợp với đơn vị nào"):
        f = resolve(text, fact)
        assert f.action == "ask" and f.question.startswith("me linh nam 2020 mo may lop"), text
    assert resolve("phoi hop vs ai v ad", None).action == "none"


def test_a_position_in_chairs_shorthand() -> None:
    listed = Subject(kind="courses", question="lớp nghiệp vụ ở Điện Biên", codes=("A", "B", "C"), titles=("a", "b", "c"))
    f = resolve("lop t2 o dau v", listed)
    assert (f.action, f.code, f.aspect) == ("ask", "B", "place")
    assert resolve("lớp T2/2027 ở đâu", listed).code is None  # a month, not the second class
