"""Class questions as chairs really type them: a closing particle with a wrong tone mark («ở đâu thê?»), a part
of a topic named in its own words («đối thoại tại nơi làm việc»), the members' software («phần mềm quản lý đoàn
viên», whose «đoàn viên» is no audience), «Cho mình …» opening a question, and a chair who introduces
themselves and then sends someone else to a class."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine, _asks_for_me
from knowledge.records import CourseRec, FactRec, OrgRec, SourceRec
from knowledge.slots import extract
from knowledge.text import normalise, respelled
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
GL = OrgRec(1, "GL", "LĐLĐ tỉnh Gia Lai", "province", "Gia Lai", None)


def course(cid: int, code: str, title: str, topic: str, audiences: tuple[str, ...], day: dt.date) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, topic, audiences, GL.id, GL.name, None, GL.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), None, 40, "open")


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=[GL], courses=[
        course(1, "GL-TL-1", "Kỹ năng thương lượng tập thể và ký kết thỏa ước lao động tập thể", "thuong_luong",
               ("chu_tich_cdcs",), dt.date(2027, 3, 4)),
        course(2, "GL-TL-2", "Kỹ năng đối thoại tại nơi làm việc cho cán bộ công đoàn", "thuong_luong",
               ("chu_tich_cdcs",), dt.date(2027, 6, 16)),
        course(3, "GL-CT-1", "Tập huấn kỹ năng điều hành cho chủ tịch công đoàn cơ sở", "nghiep_vu",
               ("chu_tich_cdcs",), dt.date(2027, 1, 10)),
        course(4, "GL-AT-1", "Huấn luyện an toàn, vệ sinh lao động nhóm 4", "atvsld", ("doan_vien",),
               dt.date(2027, 2, 20)),
        course(5, "GL-PL-1", "Phổ biến pháp luật lao động", "phap_luat", ("doan_vien",), dt.date(2027, 1, 5)),
        course(6, "GL-PL-2", "Tư vấn pháp luật cho người lao động", "phap_luat", ("doan_vien",),
               dt.date(2027, 4, 5)),
        course(7, "GL-TC-1", "Quản lý tài chính công đoàn cơ sở", "tai_chinh", ("ke_toan_cdcs",),
               dt.date(2027, 1, 20)),
        course(8, "GL-TC-2", "Hướng dẫn thu, nộp đoàn phí, kinh phí công đoàn", "tai_chinh", ("ke_toan_cdcs",),
               dt.date(2027, 5, 1)),
        # «tục» is a word of the data («tiếp tục»), so «tực tiếp» is no unknown word to correct.
        course(9, "GL-NV-9", "Tiếp tục nâng cao kỹ năng hoạt động công đoàn", "nghiep_vu", ("chu_tich_cdcs",),
               dt.date(2027, 8, 1)),
    ], tz=TZ)


def codes(qa: QAEngine, q: str) -> list[str]:
    ans = qa.answer(q, now=FIXED_NOW)
    assert ans.intent == "course", (ans.intent, ans.band)
    return [c.code for c in ans.courses]


@pytest.mark.parametrize("q", ["Lớp học ở đâu thê?", "có lớp nào không vây", "lớp khi nào thê"])
def test_a_closing_particle_with_a_wrong_mark_is_no_word_of_the_class(q: str) -> None:
    assert normalise(q).content[-1] not in ("the", "vay")


@pytest.mark.parametrize("q", ["lớp thương lượng tập thể?", "lớp tập thể"])
def test_a_word_of_a_title_at_the_end_stays(q: str) -> None:
    assert normalise(q).content[-1] == "the"


@pytest.mark.parametrize("q", [
    "Lớp đối thoại tại nơi làm viiệc ở tỉnh Gia Lai học ở đâu thê?",
    "lop doi thoai tai noi lam viec o gia lai hoc o dau",
    "lớp đối thoại tại nơi làm việc bắt đầu khi nào",
])
def test_a_part_of_a_topic_named_for_one_class_finds_the_class_that_says_it(qa: QAEngine, q: str) -> None:
    assert codes(qa, q)[0] == "GL-TL-2"


def test_a_list_of_a_topics_classes_stays_nearest_first(qa: QAEngine) -> None:
    assert codes(qa, "có lớp thỏa ước lao động tập thể nào không")[0] == "GL-TL-1"
    # A phrase of the topic's own catalogue name names the whole topic.
    assert codes(qa, "lớp tư vấn pháp luật gần nhất học ở đâu")[0] == "GL-PL-1"


@pytest.mark.parametrize("q", ["lớp về đóng kinh phí công đoàn và đoàn phí",
                               "lop ve dong kinh phi cong doan 2% va doan phi"])
def test_two_parts_of_a_topic_named_apart_find_the_class_on_both(qa: QAEngine, q: str) -> None:
    assert codes(qa, q)[0] == "GL-TC-2"


@pytest.mark.parametrize("q, role", [
    ("lớp phần mềm quản lý đoàn viên", None),
    ("lớp tập hợp đoàn viên", None),
    ("lớp pháp luật cho đoàn viên", "doan_vien"),
])
def test_people_managed_are_no_audience(qa: QAEngine, q: str, role: str | None) -> None:
    slots = extract(normalise(q), FIXED_NOW, qa.matcher)
    assert (role in slots.roles) if role else "doan_vien" not in slots.roles


@pytest.mark.parametrize("q, mine", [
    ("Cho minh sap toi co lop viet tin bai nao ko", False),
    ("cho mình tháng sau có lớp nào không", False),
    ("chào bạn cho mình năm sau có lớp gì", False),
    ("cho mình lớp nào phù hợp", True),
    ("có lớp nào cho mình không", True),
    ("cho em lớp gần nhất", True),
])
def test_cho_minh_opening_a_question_asks_to_be_told(q: str, mine: bool) -> None:
    assert _asks_for_me(normalise(q)) is mine


def test_a_chair_sending_someone_asks_for_the_class_not_for_chairs(qa: QAEngine) -> None:
    q = ("chao ban, minh la chu tich cdcs mot cong ty o gia lai. ben minh muon cu nguoi di hoc lop huan luyen "
         "nhom 4, co lop nao khong?")
    assert codes(qa, q)[0] == "GL-AT-1"
    # Sending someone to a class for chairs: the class is for chairs.
    q = "tôi là chủ tịch CĐCS, muốn cử người đi học lớp cho chủ tịch công đoàn cơ sở ở Gia Lai"
    assert codes(qa, q)[0] == "GL-CT-1"


@pytest.mark.parametrize("typed, meant", [
    ("viiec", "viec"), ("dooan", "doan"), ("mnih", "minh"), ("bjet", "biet"), ("khnog", "khong"),
    ("congg", "cong"), ("thhong", "thong"),
])
def test_a_slip_that_leaves_no_syllable_is_put_right(typed: str, meant: str) -> None:
    assert respelled(typed) == meant


@pytest.mark.parametrize("word", ["vii", "xii", "online", "zoom", "atvsld", "app", "meet", "cty", "alo", "hnay",
                                  "truong", "nguyen", "tuc", "excel"])
def test_syllables_acronyms_numerals_and_foreign_words_stay(word: str) -> None:
    assert respelled(word) == word


def test_a_respelled_pronoun_is_read_as_the_pronoun() -> None:
    norm = normalise("tỉnh mnìh có lớp Công đooàn nào")
    assert norm.tokens[:2] == ("tinh", "minh") and "doan" in norm.tokens
    assert "minh" not in norm.content


@pytest.mark.parametrize("q", ["tôi mới lên chủ tịch, nên học lớp gì", "có nên đi tập huấn không",
                               "e nen hc lop j"])
def test_nen_before_taking_a_class_asks_advice(q: str) -> None:
    norm = normalise(q)
    assert "nen" not in norm.content
    assert "hc" not in norm.tokens


def test_nen_alone_stays_a_word() -> None:
    assert "nen" in normalise("lớp nền tảng số").content


def test_changing_the_subject_says_nothing_of_the_class() -> None:
    content = normalise("chuyển chủ đề chút, lớp huấn luyện ATVSLĐ nhóm 4 có không").content
    assert not {"chuyen", "chu", "de"} & set(content)


def test_the_topic_asked_about_is_no_term_of_an_article_over_the_classes() -> None:
    """«còn lớp nào về ATVSLĐ ở Hà Nội»: an article telling of a class held «về … an toàn, vệ sinh lao động» says
    «về an» where no class title does; the pair is half the topic asked, no term of the article's own."""
    hn = OrgRec(1, "HN", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None)
    ml = OrgRec(2, "HN-MELINH", "LĐLĐ huyện Mê Linh", "district", "Hà Nội", 1)
    start = dt.datetime.combine(dt.date(2027, 3, 2), dt.time(8), TZ).astimezone(dt.UTC)
    safety = CourseRec(1, "HN-AT-1", "Vai trò công đoàn trong công tác an toàn, vệ sinh lao động", "atvsld",
                       ("doan_vien",), hn.id, hn.name, None, "Hà Nội", None, "tap_trung", start,
                       start + dt.timedelta(days=1), None, 40, "open")
    src = SourceRec("BAI-MELINH-2020", "Chú trọng công tác đào tạo", "Báo Lao động Thủ đô", 2020, "article")
    fact = FactRec(1, "ML-1", ml.id, ml.name, 2020, None, "nghiep_vu", "Mê Linh tập huấn mấy lớp?",
                   "Năm 2020 LĐLĐ huyện Mê Linh tổ chức 2 lớp tập huấn.", "", 2, None, "lớp", src)
    qa = QAEngine.build(organisations=[hn, ml], courses=[safety], facts=[fact], tz=TZ)
    for q in ("còn lớp nào về an toàn vệ sinh lao động ở Hà Nội không", "con lop nao ve atvsld o ha noi ko"):
        ans = qa.answer(q, now=FIXED_NOW)
        assert ans.intent == "course" and ans.courses[0].code == "HN-AT-1", (q, ans.intent, ans.matches[:1])


@pytest.mark.parametrize("q", ["lớp tập huân PCCC, cháy nổ cho doanh nghiệp", "lop phong chay chua chay",
                               "có lớp cháy nổ nào không"])
def test_fire_safety_is_the_labour_safety_topic(qa: QAEngine, q: str) -> None:
    assert extract(normalise(q), FIXED_NOW, qa.matcher).topics == ("atvsld",)


def test_a_format_typed_as_another_real_word_is_read_as_the_format(qa: QAEngine) -> None:
    # «tực» is a word, but never before «tiếp»; «tiếp tục» (to go on) stays what it is.
    assert "tap_trung" in qa.answer("còn học tực tiếp ở Gia Lai thì có lớp nào?", now=FIXED_NOW).slots.formats
    assert not qa.answer("lớp tiếp tục học ở Gia Lai", now=FIXED_NOW).slots.formats
