"""Dictated messages: numbers said in words are read as digits where the words around them make them numbers,
and left alone where the same words mean something else («năm nay», «một số», «tư vấn», «thứ hai» alone)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.spoken import parse_number, spoken_numbers
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW


@pytest.mark.parametrize(("said", "read"), [
    ("lớp ngày mười lăm tháng mười hai học ở đâu", "lớp ngày 15/12 học ở đâu"),
    ("ngày mười lăm tháng mười hai năm hai không hai sáu", "ngày 15/12/2026"),
    ("mùng một tháng giêng", "ngày 1/1"),
    ("khai giảng lúc mười hai giờ", "khai giảng lúc 12 giờ"),
    ("tháng một năm hai không hai bảy có lớp nào", "tháng 1 năm 2027 có lớp nào"),
    ("Tháng Bảy Đồng Nai có lớp nào không", "Tháng 7 Đồng Nai có lớp nào không"),
    ("tháng tư có lớp nào", "tháng 4 có lớp nào"),
    ("tháng năm năm sau có lớp nào", "tháng 5 năm sau có lớp nào"),
    ("quý một năm sau có lớp gì", "quý 1 năm sau có lớp gì"),
    ("quý tư có lớp gì", "quý 4 có lớp gì"),
    ("chỉ tiêu năm hai nghìn không trăm hai mươi sáu", "chỉ tiêu năm 2026"),
    ("chỉ tiêu năm hai nghìn hai mươi sáu", "chỉ tiêu năm 2026"),
    ("luật công đoàn hai không hai bốn", "luật công đoàn 2024"),
    ("lớp học hai ngày", "lớp học 2 ngày"),
    ("đợt hai học ở đâu", "đợt 2 học ở đâu"),
    ("lớp thứ hai ở đâu", "lớp thứ 2 ở đâu"),
    ("cái thứ ba còn chỗ không", "cái thứ 3 còn chỗ không"),
    ("lớp có ba mươi người", "lớp có 30 người"),
    ("đạt năm mươi phần trăm chưa", "đạt 50 phần trăm chưa"),  # «phần trăm» is a share's cue, «%» folds away
    ("một trăm linh năm học viên", "105 học viên"),
    ("chương trình số năm trăm hai mươi", "chương trình số 520"),
    ("năm người đi học", "5 người đi học"),
    ("mười năm qua có bao nhiêu lớp", "10 năm qua có bao nhiêu lớp"),
])
def test_numbers_said_in_words_are_read_as_digits(said: str, read: str) -> None:
    assert spoken_numbers(said) == read


@pytest.mark.parametrize("text", [
    "năm nay có lớp nào",            # a year, not five
    "lớp năm sau ở đâu",
    "tháng năm sau có lớp nào",      # «tháng … năm sau», not May
    "một số lớp nữ công",            # some
    "chị Mười hỏi lớp nào",          # a name
    "ba em muốn đi học",             # a father
    "lớp tư vấn pháp luật",          # «tư vấn»
    "thứ hai tuần sau có lớp không",  # a Monday
    "thứ ba học ở đâu",
    "mười năm công tác",             # ten years, «mười lăm» is fifteen
    "Lớp Năm Căn",
    "ngày mai học ở đâu",
    "lớp một",                        # a school grade
])
def test_words_that_are_no_numbers_stay(text: str) -> None:
    assert spoken_numbers(text) == text


def test_the_two_readers_once_at_odds_agree() -> None:
    # «ngày tháng năm sinh» is a date's three parts, no May; a decimal's digits said one by one stay its digits.
    assert spoken_numbers("ghi rõ ngày tháng năm sinh của học viên") == "ghi rõ ngày tháng năm sinh của học viên"
    assert spoken_numbers("đạt sáu mươi mốt phẩy hai ba phần trăm chưa") == "đạt 61,23 phần trăm chưa"
    assert spoken_numbers("tỷ lệ không phẩy năm phần trăm") == "tỷ lệ 0,5 phần trăm"
    # Said twice (the conversation reads a message, then the engine again), the reading is the same.
    once = spoken_numbers("ngày mười lăm tháng mười hai năm hai không hai sáu đạt tám mươi lăm phẩy bốn phần trăm")
    assert spoken_numbers(once) == once == "ngày 15/12/2026 đạt 85,4 phần trăm"


def test_fillers_of_speech_are_left_out_but_a_mistyped_o_stays() -> None:
    assert spoken_numbers("ờ thì là lớp tư vấn kiểu như là ở đâu") == "lớp tư vấn ở đâu"
    assert spoken_numbers("ừm lớp nữ công") == "lớp nữ công"
    # «ơ đâu», «ờ đâu» are «ở đâu» with the wrong mark.
    assert spoken_numbers("ơ đâu vây") == "ơ đâu vây"
    assert spoken_numbers("ờ đâu") == "ờ đâu"


def test_parse_number_reads_spoken_forms() -> None:
    assert parse_number(["hai", "mươi", "mốt"], 0) == (21, 3, True)
    assert parse_number(["hai", "mươi", "tư"], 0) == (24, 3, True)
    assert parse_number(["mười", "lăm"], 0) == (15, 2, True)
    assert parse_number(["một", "chín", "chín", "lăm"], 0) == (1995, 4, True)
    assert parse_number(["hai", "mươi", "năm"], 0) == (20, 2, True)  # twenty years
    assert parse_number(["lớp"], 0) is None


TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
        OrgRec(2, "LS", "LĐLĐ tỉnh Lạng Sơn", "province", "Lạng Sơn", None)]


def _course(cid: int, code: str, title: str, day: dt.date, org: int = 1, topic: str = "nu_cong") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province,
                     "Nhà văn hóa công nhân", "tap_trung", start, start + dt.timedelta(days=2),
                     start - dt.timedelta(days=3), 40, "open")


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    courses = [_course(1, "BN-12", "Tập huấn nữ công, đợt 1", dt.date(2026, 12, 15)),
               _course(2, "BN-01", "Tập huấn nữ công, đợt 2", dt.date(2027, 1, 12)),
               _course(3, "BN-04", "Tập huấn nữ công, đợt 3", dt.date(2027, 4, 7)),
               _course(4, "LS-2701", "Huấn luyện an toàn, vệ sinh lao động", dt.date(2027, 3, 2), 2, "atvsld")]
    return QAEngine.build(organisations=ORGS, courses=courses, tz=TZ)


def test_a_dictated_question_is_answered_as_the_typed_one(qa: QAEngine) -> None:
    for said, typed in (("tháng một năm hai không hai bảy Bắc Ninh có lớp nữ công nào không",
                         "tháng 1/2027 Bắc Ninh có lớp nữ công nào không"),
                        ("ờ tháng tư năm sau Bắc Ninh có lớp nữ công nào không", "tháng 4 năm sau Bắc Ninh có lớp nữ công nào không"),
                        ("lớp nữ công Bắc Ninh đợt hai học ở đâu", "lớp nữ công Bắc Ninh đợt 2 học ở đâu")):
        heard = qa.answer(said, now=FIXED_NOW)
        assert [m.code for m in heard.matches] == [m.code for m in qa.answer(typed, now=FIXED_NOW).matches], said
        assert heard.question == said  # logged as the chair sent it


def test_a_dictated_ordinal_picks_from_the_list_shown(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Bắc Ninh có lớp nữ công nào không", None, now=FIXED_NOW)
    ans, _, follow = answer_in_context(qa, "lớp thứ hai học ở đâu", subject, now=FIXED_NOW)
    assert follow.action != "choose" and ans is not None
    assert [c.code for c in ans.courses][:1] == ["BN-01"]


def test_a_term_said_in_full_keeps_a_follow_up_short(qa: QAEngine) -> None:
    # Dictated, «ATVSLĐ» is «an toàn vệ sinh lao động»: still «còn lớp X bên Y thì sao», not a question of its own.
    for said in ("còn lớp an toàn vệ sinh lao động bên Lạng Sơn thì sao", "còn lớp ATVSLĐ bên Lạng Sơn thì sao"):
        _, subject, _ = answer_in_context(qa, "Bắc Ninh có lớp nữ công nào không", None, now=FIXED_NOW)
        ans, _, follow = answer_in_context(qa, said, subject, now=FIXED_NOW)
        assert follow.action == "ask" and ans is not None, said
        assert [c.code for c in ans.courses] == ["LS-2701"], said
