"""Messages of two parts: something remembered first (a figure of an article, a year gone by, a class heard
of), then the question. The clause that asks decides what kind of thing is asked; the scene only fills in
what the clause leaves unsaid (a topic, a place), and its year never filters the classes searched.

A message asking two things is answered on the second, with the first offered as a choice.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handlers import compose
from handlers.deps import Deps
from knowledge.language.compound import asks, split_compound
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_handlers import say
from tests.test_transfer import import_into, write_csv
from tests.test_trial_sixty_one import COURSE_HEADER

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
YEAR = FIXED_NOW.year


# ---------------------------------------------------------------- taking the message apart

@pytest.mark.parametrize(("text", "scene", "question"), [
    ("năm 2019 Nghệ An tập huấn 30 lớp nữ công, còn Hà Tĩnh bây giờ có lớp nữ công nào không",
     "năm 2019 Nghệ An tập huấn 30 lớp nữ công", "còn Hà Tĩnh bây giờ có lớp nữ công nào không"),
    ("Hồi trước Thanh Hóa mở lớp kế toán cho 50 người; vậy năm nay Hà Tĩnh có lớp kế toán nào sắp tới không?",
     "Hồi trước Thanh Hóa mở lớp kế toán cho 50 người", "vậy năm nay Hà Tĩnh có lớp kế toán nào sắp tới không?"),
    ("ngay xua nghe an dat 70% can bo duoc hoc, gio o ha tinh co lop nghiep vu nao ko",
     "ngay xua nghe an dat 70% can bo duoc hoc", "gio o ha tinh co lop nghiep vu nao ko"),
    # typed without marks or commas, as dictated: cut before «còn» after a scene in the past
    ("hoi 2019 nghe an tap huan nu cong 30 lop con ha tinh gio co lop nu cong nao ko",
     "hoi 2019 nghe an tap huan nu cong 30 lop", "con ha tinh gio co lop nu cong nao ko"),
    # «hồi» typed with its marks says the past, whatever the dictated year became
    ("hồi hai không mười chín nghệ an tập huấn nữ công còn hà tĩnh bây giờ có lớp nữ công nào không",
     "hồi hai không mười chín nghệ an tập huấn nữ công", "còn hà tĩnh bây giờ có lớp nữ công nào không"),
    # a figure remembered, then a clause of its own after a comma
    ("Nghệ An có 1.200 cán bộ được bồi dưỡng, Hà Tĩnh có lớp bồi dưỡng nào không",
     "Nghệ An có 1.200 cán bộ được bồi dưỡng", "Hà Tĩnh có lớp bồi dưỡng nào không"),
])
def test_the_scene_and_the_clause_that_asks_are_taken_apart(text: str, scene: str, question: str) -> None:
    compound = split_compound(text, this_year=YEAR)
    assert compound is not None
    assert (compound.scene, compound.question) == (scene, question)
    assert not compound.asks_both


@pytest.mark.parametrize("text", [
    "lớp đối thoại, thương lượng ở Hà Nam có không?",            # a comma inside a list of topics
    "có lớp nào dạy phần mềm quản lý đoàn viên, thẻ đoàn viên điện tử ko",  # «thẻ» is no «thế»
    "Hà Tĩnh có lớp nữ công nào không, mình muốn đăng ký",       # the question first, a wish after it
    "Nghệ An có lớp kế toán không, còn đăng ký được không",      # «còn đăng ký» asks of the same class
    "ừm, Hà Tĩnh có lớp nào không",                               # an opening word, no scene
    "mình ở cty may Bắc Ninh, có lớp nào ko",                     # said of oneself, no scene remembered
    "lớp nữ công ở Hà Tĩnh học mấy giờ",                          # one clause: «giờ» of «mấy giờ» is no «now»
    "thang 5/2027 o nghe an co nhung lop nao",                    # «những» typed plain is no «nhưng»
    "cho em hoi nam 2027 nghe an co lop nao",                     # «hỏi» typed plain is no «hồi»
    "hồi 2019 Nghệ An tập huấn 30 lớp nữ công",                   # nothing asked
])
def test_one_question_is_not_taken_apart(text: str) -> None:
    assert split_compound(text, this_year=YEAR) is None


def test_two_questions_are_told_apart_at_a_question_mark_or_a_pivot() -> None:
    compound = split_compound("Năm 2019 Nghệ An tập huấn bao nhiêu lớp nữ công? Hà Tĩnh có lớp nào sắp mở không?",
                              this_year=YEAR)
    assert compound is not None and compound.asks_both
    assert compound.question == "Hà Tĩnh có lớp nào sắp mở không?"
    assert split_compound("Nghệ An tập huấn bao nhiêu lớp nữ công, còn Hà Tĩnh có lớp nào ko",
                          this_year=YEAR) is not None


@pytest.mark.parametrize(("clause", "asking"), [
    ("có lớp nào không", True), ("ở đâu", True), ("bao giờ học", True), ("học mấy ngày", True),
    ("lớp cho cán bộ không chuyên trách", False),    # «không» inside a role
    ("cty may Sao Mai", False),                      # «may» of a trade, «Sao» of a name
    ("mở ở hội trường đầu phường", False),           # «đầu» is no «đâu»
    ("bên mình chưa", True),
])
def test_a_clause_asks_by_its_interrogative_words(clause: str, asking: bool) -> None:
    assert asks(clause) is asking


# ---------------------------------------------------------------- which reading answers

ORGS = [
    OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(2, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None),
]


def course(cid: int, code: str, title: str, topic: str, org: int, start: dt.datetime) -> CourseRec:
    start = start.astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=code, title=title, topic=topic, audiences=(), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province=ORGS[org - 1].province,
        venue=f"Hội trường {ORGS[org - 1].name}", format="tap_trung", starts_at=start,
        ends_at=start + dt.timedelta(days=1), registration_deadline=None, capacity=40, status="open",
    )


COURSES = [
    course(1, "HT-NC-01", "Tập huấn công tác nữ công", "nu_cong", 2, dt.datetime(2027, 3, 9, 8, tzinfo=TZ)),
    course(2, "HT-TC-01", "Bồi dưỡng nghiệp vụ tài chính công đoàn", "tai_chinh", 2,
           dt.datetime(2026, 12, 15, 8, tzinfo=TZ)),
    course(3, "NA-NC-01", "Tập huấn công tác nữ công", "nu_cong", 1, dt.datetime(2027, 4, 6, 8, tzinfo=TZ)),
]
FACTS = [
    FactRec(1, "NA2019-NUCONG", 1, ORGS[0].name, 2019, None, "nu_cong",
            "Năm 2019 Nghệ An tập huấn công tác nữ công bao nhiêu lớp?",
            "Năm 2019, LĐLĐ tỉnh Nghệ An tổ chức 30 lớp tập huấn công tác nữ công cho 2.100 cán bộ nữ công.",
            "nữ công;tập huấn;số lớp;Nghệ An", 30, None, "lớp"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, tz=TZ)


def codes(qa: QAEngine, text: str) -> tuple[str, list[str]]:
    ans = qa.answer(text, now=FIXED_NOW)
    return ans.intent, [c.code for c in ans.courses] or [m.code for m in ans.matches]


@pytest.mark.parametrize("text", [
    "hồi 2019 Nghệ An tập huấn nữ công 30 lớp, còn Hà Tĩnh bây giờ có lớp nữ công nào sắp mở ko",
    "hoi 2019 nghe an tap huan nu cong 30 lop con ha tinh gio co lop nu cong nao ko",
    "Năm 2019 Nghệ An mở 30 lớp tập huấn nữ công cho 2.100 cán bộ; vậy Hà Tĩnh có lớp nữ công nào sắp tới không?",
])
def test_a_class_asked_after_a_remembered_figure_gets_the_classes(qa: QAEngine, text: str) -> None:
    intent, found = codes(qa, text)
    assert intent in ("course", "register") and found[:1] == ["HT-NC-01"], (intent, found)


def test_the_message_is_said_back_as_typed_and_a_follow_up_rewrites_the_clause(qa: QAEngine) -> None:
    typed = "hồi 2019 Nghệ An tập huấn nữ công 30 lớp, còn Hà Tĩnh bây giờ có lớp nữ công nào ko"
    ans, subject, _ = answer_in_context(qa, typed, None, now=FIXED_NOW)
    assert ans is not None and ans.question == typed
    assert subject is not None and "2019" not in subject.question and "30" not in subject.question
    again, _, _ = answer_in_context(qa, "thế còn Nghệ An?", subject, now=FIXED_NOW)
    assert again is not None and [c.code for c in again.courses] == ["NA-NC-01"]


def test_the_scenes_year_does_not_filter_the_classes(qa: QAEngine) -> None:
    ans = qa.answer("hồi 2019 Nghệ An tập huấn nữ công 30 lớp, còn Hà Tĩnh giờ có lớp nữ công nào không",
                    now=FIXED_NOW)
    assert ans.slots.time is None and not ans.relaxed


def test_the_scenes_topic_fills_in_a_clause_that_names_none(qa: QAEngine) -> None:
    """«còn bây giờ Hà Tĩnh có lớp nào không» after 2019's classes on nữ công asks for nữ công classes: the
    Hà Tĩnh class on finance, sooner, is not the one asked for."""
    intent, found = codes(qa, "Năm 2019 Nghệ An tập huấn 30 lớp nữ công, còn bây giờ Hà Tĩnh có lớp nào không")
    assert intent in ("course", "register") and found == ["HT-NC-01"], (intent, found)


def test_a_record_asked_after_a_class_heard_of_gets_the_record(qa: QAEngine) -> None:
    intent, found = codes(qa, "Tháng 3 sang năm Hà Tĩnh có lớp nữ công, vậy năm 2019 Nghệ An tập huấn nữ công "
                              "được bao nhiêu lớp?")
    assert intent == "fact" and found[:1] == ["NA2019-NUCONG"], (intent, found)


def test_a_record_asked_after_classes_takes_nothing_of_their_topic(qa: QAEngine) -> None:
    """The scene's topic fills in a class question, never a record's question that answers on its own."""
    intent, found = codes(qa, "Hà Tĩnh sắp có lớp tài chính công đoàn, còn năm 2019 Nghệ An tập huấn được bao nhiêu "
                              "lớp?")
    assert intent == "fact" and found[:1] == ["NA2019-NUCONG"], (intent, found)


def test_a_record_asked_with_its_year_first_stays_a_record(qa: QAEngine) -> None:
    """A comma after the year is no scene: the clause after it asks of the same record."""
    intent, found = codes(qa, "Năm 2019 ở Nghệ An, tập huấn nữ công được bao nhiêu lớp?")
    assert intent == "fact" and found[:1] == ["NA2019-NUCONG"], (intent, found)


def test_two_questions_are_answered_on_the_second_and_the_first_is_kept(qa: QAEngine) -> None:
    ans = qa.answer("Năm 2019 Nghệ An tập huấn nữ công bao nhiêu lớp? Còn Hà Tĩnh bây giờ có lớp nữ công nào không?",
                    now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["HT-NC-01"]
    assert ans.also == "Năm 2019 Nghệ An tập huấn nữ công bao nhiêu lớp?"


def test_a_second_question_about_the_same_classes_keeps_the_whole_message(qa: QAEngine) -> None:
    """«… có lớp nữ công nào không? Học ở đâu?»: the second asks of the classes the first finds."""
    ans = qa.answer("Hà Tĩnh sắp tới có lớp nữ công nào không? Học ở đâu vậy?", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["HT-NC-01"] and not ans.also


# ---------------------------------------------------------------- the reply

KH_COURSE = ["KH-KT-01", "Bồi dưỡng kế toán, thủ quỹ CĐCS", "Tài chính công đoàn", "Kế toán công đoàn cơ sở",
             "LĐLĐ tỉnh Khánh Hòa", "Khánh Hòa", "Hội trường LĐLĐ tỉnh, phường Nha Trang", "tập trung", "12/01/2027",
             "14/01/2027", "05/01/2027", "50", ""]


def test_the_first_of_two_questions_is_offered_and_answered_when_chosen(deps: Deps, tmp_path: Path) -> None:
    import_into(deps, write_csv(tmp_path / "courses.csv", [COURSE_HEADER, KH_COURSE]))
    replies = say(deps, "Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh? Còn Khánh Hòa bây giờ có lớp kế toán "
                        "nào sắp mở không?", user="c1")
    text = "\n".join(r.text for r in replies)
    assert "Bồi dưỡng kế toán, thủ quỹ CĐCS" in text
    assert "Anh/chị còn hỏi: «Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh»" in text
    offer = next(b for r in replies for b in r.buttons if b.label == compose.ALSO_LABEL)
    first = "\n".join(r.text for r in say(deps, data=offer.data, user="c1"))
    assert "1.238" in first
