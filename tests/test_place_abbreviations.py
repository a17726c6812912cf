"""Provinces as chairs abbreviate them in lower case: a code that opens a question before the class asked for
(«tn có lớp nv nào», «ad ơi qn có lớp atvslđ k», «cb có lớp…») is its province; elsewhere the code keeps its
other reading («cb» cán bộ, «bn» bao nhiêu, «ct» chủ tịch, «bd» bồi dưỡng before whom it trains). A follow-up
naming another place replaces the province so read. And a batch asked («đợt 1») of a class whose other batch
was found first is answered by the batch asked, held already or not, when a detail of it is asked. «Đơn vị
mình» from the chair of a union that holds classes of its own is that union, not the whole province."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.lexicon import PLACE_CODE_MARK
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "TN", "Liên đoàn Lao động tỉnh Thái Nguyên", "province", "Thái Nguyên", None),
    OrgRec(2, "CB", "Liên đoàn Lao động tỉnh Cao Bằng", "province", "Cao Bằng", None),
    OrgRec(3, "LS", "Liên đoàn Lao động tỉnh Lạng Sơn", "province", "Lạng Sơn", None),
    OrgRec(4, "HN", "Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(5, "BVTN", "Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Thái Nguyên", "grassroots", "Thái Nguyên", 1),
]
D = dt.date


def course(cid: int, title: str, day: dt.date, org: int, topic: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, f"K-{cid}", title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


COURSES = [
    course(1, "Bồi dưỡng nghiệp vụ công đoàn cho chủ tịch CĐCS", D(2027, 1, 6), 1, "nghiep_vu"),
    course(2, "Huấn luyện an toàn, vệ sinh lao động", D(2027, 2, 6), 2, "atvsld"),
    course(3, "Bồi dưỡng nghiệp vụ công đoàn cho chủ tịch CĐCS", D(2027, 3, 2), 3, "nghiep_vu"),
    course(4, "Huấn luyện an toàn, vệ sinh lao động", D(2027, 3, 9), 4, "atvsld"),
    course(5, "Bồi dưỡng nghiệp vụ công đoàn cho chủ tịch CĐCS", D(2027, 4, 2), 4, "nghiep_vu"),
    # One class in two batches: the first held last year, the second to come.
    course(6, "Tổ chức hội nghị người lao động và đối thoại định kỳ đợt 1", D(2025, 4, 2), 4, "doi_thoai"),
    course(7, "Tổ chức hội nghị người lao động và đối thoại định kỳ (đợt 2)", D(2027, 5, 3), 4, "doi_thoai"),
    course(8, "Nghiệp vụ công đoàn cho cán bộ công đoàn cơ sở", D(2027, 6, 2), 1, "nghiep_vu"),
    course(9, "Nghiệp vụ công đoàn cho cán bộ công đoàn cơ sở", D(2027, 6, 9), 3, "nghiep_vu"),
    course(10, "Tập huấn kỹ năng sơ cấp cứu tại nơi làm việc", D(2027, 2, 20), 5, "atvsld"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


@pytest.mark.parametrize(("question", "code"), [
    ("tn có lớp nv cđ nào ko", "tn"),
    ("ad ơi tn có lớp nv cđ nào cho ct cđcs ko ạ", "tn"),
    ("qn có lớp atvslđ nào sắp tới k ad", "qn"),
    ("cb có lớp atvslđ, pccn nào ko", "cb"),
    ("chào ad, dn có lớp nào ko", "dn"),
])
def test_a_lower_case_code_opening_a_class_question_is_a_place(question: str, code: str) -> None:
    assert PLACE_CODE_MARK + code in normalise(question).tokens


@pytest.mark.parametrize(("question", "words"), [
    ("cb có được học lớp nào không", ("can", "bo")),  # no class right after: cán bộ
    ("có lớp nào cho cb ko", ("can", "bo")),
    ("bn có lớp nào cho ct ko", ("bao", "nhieu")),  # «bn» stays «bao nhiêu» (or «bạn»), never Bắc Ninh here
    ("ct có lớp nào không", ("chu", "tich")),  # chairs asked about
    ("em hỏi tn có lớp nào", ("tn",)),  # not opening the question
])
def test_a_code_keeps_its_other_reading_elsewhere(question: str, words: tuple[str, ...]) -> None:
    tokens = normalise(question).tokens
    assert all(w in tokens for w in words)
    assert not any(t.startswith(PLACE_CODE_MARK) for t in tokens)


@pytest.mark.parametrize("question", ["ct bd ct cđcs", "lớp bd ct cđcs ở tn", "bd cán bộ công đoàn"])
def test_bd_before_or_after_a_role_is_boi_duong(question: str) -> None:
    tokens = normalise(question).tokens
    assert "boi" in tokens and "duong" in tokens and "bd" not in tokens


def test_bd_after_a_place_cue_stays_the_province() -> None:
    assert "bd" in normalise("ở bd có lớp nào").tokens


@pytest.mark.parametrize(("question", "code"), [
    ("ad ơi tn có lớp nv cđ nào cho ct cđcs ko ạ", "K-1"),
    ("cb có lớp atvslđ nào ko", "K-2"),
])
def test_the_province_so_read_finds_its_classes(qa: QAEngine, question: str, code: str) -> None:
    assert [m.code for m in qa.answer(question, now=FIXED_NOW).matches][:1] == [code]


def test_a_follow_up_naming_another_place_replaces_the_code(qa: QAEngine) -> None:
    first, subject, _ = answer_in_context(qa, "ad ơi tn có lớp nv cđ nào ko", None, now=FIXED_NOW)
    assert first is not None and sorted(m.code for m in first.matches) == ["K-1", "K-8"]
    ans, _, _ = answer_in_context(qa, "còn Lạng Sơn thì sao", subject, now=FIXED_NOW)
    assert ans is not None and sorted(m.code for m in ans.matches) == ["K-3", "K-9"]  # not Thái Nguyên's too


def test_a_past_batch_asked_is_answered_before_the_next(qa: QAEngine) -> None:
    ans = qa.answer("lớp đối thoại định kỳ Hà Nội đợt 1 bắt đầu hôm nào", now=FIXED_NOW)
    assert ans.matches[0].code == "K-6"
    ans = qa.answer("lớp đối thoại định kỳ Hà Nội đợt 2 bắt đầu hôm nào", now=FIXED_NOW)
    assert ans.matches[0].code == "K-7"


def test_my_unit_is_the_askers_own_union_where_it_holds_classes(qa: QAEngine) -> None:
    me = Profile(role="chu_tich_cdcs", organisation_id=5, province="Thái Nguyên")
    ans = qa.answer("Đơn vị mình có lớp nào sắp tổ chức không?", now=FIXED_NOW, profile=me)
    assert [m.code for m in ans.matches] == ["K-10"]
    ans = qa.answer("Tỉnh mình có lớp nào sắp tổ chức không?", now=FIXED_NOW, profile=me)
    assert {"K-1", "K-8"} <= {m.code for m in ans.matches}  # the province, not only the unit


def test_two_batches_in_the_question_leave_the_batch_found(qa: QAEngine) -> None:
    # «đợt 1 … còn đợt 2»: the first batch only said in passing; the class found is not moved for it.
    ans = qa.answer("lớp đối thoại định kỳ Hà Nội đợt 1 bị hủy rồi hả, còn đợt 2 bắt đầu hôm nào", now=FIXED_NOW)
    assert ans.matches[0].code == "K-7"


def test_a_code_two_provinces_share_is_the_askers_own() -> None:
    tay_ninh = OrgRec(6, "TNI", "Liên đoàn Lao động tỉnh Tây Ninh", "province", "Tây Ninh", None)
    start = dt.datetime.combine(D(2027, 1, 9), dt.time(8), TZ).astimezone(dt.UTC)
    theirs = CourseRec(11, "K-11", "Bồi dưỡng nghiệp vụ công đoàn cho chủ tịch CĐCS", "nghiep_vu", ("chu_tich_cdcs",),
                       6, tay_ninh.name, None, "Tây Ninh", None, "tap_trung", start, start + dt.timedelta(days=1),
                       start - dt.timedelta(days=5), 40, "open")
    both = QAEngine.build(organisations=[*ORGS, tay_ninh], courses=[*COURSES, theirs], facts=[], targets=[], tz=TZ)
    ask = "tn có lớp nv cđ nào ko"
    assert {"K-1", "K-11"} <= {m.code for m in both.answer(ask, now=FIXED_NOW).matches}  # no profile: either
    mine = both.answer(ask, now=FIXED_NOW, profile=Profile(province="Tây Ninh")).matches
    assert [m.code for m in mine] == ["K-11"]
    mine = both.answer(ask, now=FIXED_NOW, profile=Profile(province="Thái Nguyên")).matches
    assert "K-11" not in {m.code for m in mine}


def test_the_reading_of_a_lower_case_code_is_said(qa: QAEngine) -> None:
    # A chair who meant something else by «tn» sees how it was read.
    assert qa.answer("ad ơi tn có lớp nv cđ nào ko", now=FIXED_NOW).reading.startswith("«tn» là Thái Nguyên")
    mine = Profile(province="Thái Nguyên")
    assert qa.answer("tn có lớp nv cđ nào ko", now=FIXED_NOW, profile=mine).reading == "«tn» là Thái Nguyên"
    assert qa.answer("Thái Nguyên có lớp nv cđ nào ko", now=FIXED_NOW).reading == ""
