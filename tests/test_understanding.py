"""Understanding as chairs ask: vocabulary learned from the data, the 2025 map, relevance first,
identifiers matched exactly, «toi» by context, follow-ups in context and misses that are logged."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject
from knowledge.language.places import (
    CURRENT_PROVINCES,
    FORMER_PROVINCES,
    area_note,
    current_province,
    former_names,
    former_seats,
    same_area_keys,
)
from knowledge.orgnames import guess_kind
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, DocumentRec, FactRec, OrgRec
from knowledge.search.subject import answer_in_context, miss_of, subject_of
from knowledge.search.vocabulary import org_kind, org_variants, place_mentions
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "CT", "LĐLĐ TP. Cần Thơ", "province", "Cần Thơ", None),
    OrgRec(2, "PST", "CĐ phường Sóc Trăng", "province", "Cần Thơ", 1),  # older imports call every union a province
    OrgRec(3, "KCN-BN", "Công đoàn các KCN tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(4, "BN", "LĐLĐ tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(5, "GD", "Công đoàn Giáo dục Việt Nam", "province", "Hà Nội", None),
    OrgRec(6, "ST", "Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu",
           roles: tuple[str, ...] = ("chu_tich_cdcs",), venue: str | None = None, province: str | None = None,
           status: str = "open") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, province or o.province, venue, "tap_trung",
                     start, start + dt.timedelta(days=2), start - dt.timedelta(days=3), 40, status)


D = dt.date
COURSES = [
    course(1, "CT-01", "Bồi dưỡng nghiệp vụ công đoàn cơ sở", D(2026, 12, 3), 1, venue="Hội trường LĐLĐ, phường Ninh Kiều"),
    course(2, "PST-01", "Bồi dưỡng nghiệp vụ công đoàn cơ sở", D(2027, 1, 10), 2,
           venue="Nhà văn hóa Lao động khu vực Sóc Trăng, phường Phú Lợi"),
    course(3, "KCN-01", "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 10), 3, topic="atvsld",
           venue="Nhà văn hóa công nhân KCN Quế Võ, phường Quế Võ"),
    course(4, "BN-01", "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 5), 4, topic="atvsld"),
    course(5, "BN-02", "Tập huấn Luật Công đoàn 2024 và nghiệp vụ CĐCS", D(2027, 2, 1), 4),
    course(6, "BN-03", "Tập huấn nghiệp vụ công đoàn (đợt 1)", D(2026, 12, 1), 4),
    course(7, "BN-04", "Tập huấn nghiệp vụ công đoàn (đợt 2)", D(2027, 3, 1), 4),
    course(8, "GD-01", "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn ngành giáo dục", D(2027, 4, 1), 5),
]
FACTS = [
    FactRec(1, "ST2015-LOP", 6, "LĐLĐ tỉnh Sóc Trăng", 2015, 2015, "nghiep_vu",
            "Năm 2015 Sóc Trăng mở bao nhiêu lớp tập huấn?", "Năm 2015 công đoàn Sóc Trăng mở 48 lớp tập huấn.",
            "so lop tap huan", 48, None, "lớp"),
]
DOCS = [
    DocumentRec(1, "1464/CTr-TLĐ", "programme", "Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên", "…", "TLĐ",
                dt.date(2013, 10, 8)),
    DocumentRec(2, "1644/CTr-TLĐ", "programme", "Đào tạo, bồi dưỡng cán bộ công đoàn", "…", "TLĐ",
                dt.date(2014, 1, 1)),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, documents=DOCS, tz=TZ)


def codes(qa: QAEngine, q: str) -> list[str]:
    return [m.code for m in qa.answer(q, now=FIXED_NOW).matches]


# ------------------------------------------------------------------ the 2025 map

def test_the_map_has_34_provinces_for_63() -> None:
    assert len(CURRENT_PROVINCES) == 34 and len(FORMER_PROVINCES) == 63
    assert current_province("soc trang") == "Cần Thơ" and current_province("Cần Thơ") == "Cần Thơ"
    assert current_province("Thừa Thiên Huế") == "Huế" and current_province("Hòa Bình") == "Phú Thọ"
    assert former_names("Cần Thơ") == ("Cần Thơ", "Sóc Trăng", "Hậu Giang")
    assert same_area_keys("Hậu Giang") == {"can tho", "soc trang", "hau giang"}
    assert area_note("Cần Thơ", "Sóc Trăng") == "Sóc Trăng (nay thuộc Cần Thơ)"
    assert area_note("Hà Nội", "Hà Nội") is None
    every_former = {current_province(n) for n in FORMER_PROVINCES}
    assert every_former == set(CURRENT_PROVINCES)


def test_a_former_province_finds_todays_classes_its_own_first(qa: QAEngine) -> None:
    ans = qa.answer("Sóc Trăng có lớp nghiệp vụ nào không", now=FIXED_NOW)
    assert ans.intent == "course"
    assert [c.code for c in ans.courses] == ["PST-01", "CT-01"] or [c.code for c in ans.courses][:1] == ["PST-01"]
    assert all(current_province(c.province) == "Cần Thơ" for c in ans.courses)


def test_the_new_name_finds_the_former_provinces_facts(qa: QAEngine) -> None:
    assert codes(qa, "năm 2015 Cần Thơ mở bao nhiêu lớp tập huấn")[0] == "ST2015-LOP"


def test_a_former_seat_the_plans_never_name_is_its_former_province(qa: QAEngine) -> None:
    # «Vị Thanh» was Hậu Giang's seat: a class of today's Cần Thơ answers, not «no such place».
    ans = qa.answer("lớp nghiệp vụ ở Vị Thanh", now=FIXED_NOW)
    assert ans.intent == "course" and ans.slots.provinces == ("Hậu Giang",)
    assert ans.courses and all(current_province(c.province) == "Cần Thơ" for c in ans.courses)
    # «Đồng Xoài» (Bình Phước's seat, Đồng Nai today) holds no class here: said so, none listed as if there.
    far = qa.answer("lớp an toàn vệ sinh lao động ở Đồng Xoài", now=FIXED_NOW)
    assert far.slots.provinces == ("Bình Phước",) and far.intent == "course" and far.band == "low"


# ------------------------------------------------------------------ vocabulary learned from the data

def test_places_and_union_names_are_learned_from_the_data(qa: QAEngine) -> None:
    assert ("phuong", "phu loi") in place_mentions("Nhà văn hóa, phường Phú Lợi")
    assert "khu cong nghiep bac ninh" in org_variants("Công đoàn các KCN tỉnh Bắc Ninh")
    assert "cong doan giao duc" in org_variants("Công đoàn Giáo dục Việt Nam")
    assert [c.code for c in qa.answer("lớp ở phường Phú Lợi", now=FIXED_NOW).courses] == ["PST-01"]
    assert [c.code for c in qa.answer("KCN Quế Võ có lớp nào", now=FIXED_NOW).courses] == ["KCN-01"]


def test_a_union_named_as_users_do(qa: QAEngine) -> None:
    assert [c.code for c in qa.answer("lớp ATVSLĐ của công đoàn KCN Bắc Ninh", now=FIXED_NOW).courses] == ["KCN-01"]
    assert [c.code for c in qa.answer("công đoàn giáo dục có lớp gì", now=FIXED_NOW).courses] == ["GD-01"]
    # A commune union is not its province: its own classes, not every class of Cần Thơ.
    assert [c.code for c in qa.answer("CĐ phường Sóc Trăng có lớp nào", now=FIXED_NOW).courses] == ["PST-01"]


# ------------------------------------------------------------------ relevance first, identifiers exact

def test_the_question_s_own_words_come_before_the_date(qa: QAEngine) -> None:
    ans = qa.answer("lớp tập huấn luật công đoàn 2024 ở Bắc Ninh", now=FIXED_NOW)
    assert ans.intent == "course" and ans.courses[0].code == "BN-02"  # later than BN-03, but it is the one
    assert qa.answer("lớp nghiệp vụ đợt 2 ở Bắc Ninh", now=FIXED_NOW).courses[0].code == "BN-04"


def test_document_numbers_match_exactly(qa: QAEngine) -> None:
    assert codes(qa, "Chương trình 1464/CTr-TLĐ là gì")[0] == "1464/CTr-TLĐ"
    assert codes(qa, "Chương trình 1644/CTr-TLĐ là gì")[0] == "1644/CTr-TLĐ"


def test_toi_is_decided_by_context() -> None:
    assert "toi" not in normalise("lop nao danh cho toi").content
    assert "toi" in normalise("lop thang toi").content


# ------------------------------------------------------------------ follow-ups and misses

def test_a_short_dialogue(qa: QAEngine) -> None:
    ans, subject, _follow = answer_in_context(qa, "Bắc Ninh có lớp nghiệp vụ nào", None, now=FIXED_NOW)
    assert ans is not None and subject is not None and subject.kind == "courses" and len(subject.codes) >= 2
    listed = subject.codes
    ans, subject, _follow = answer_in_context(qa, "cái thứ 2 học ở đâu", subject, now=FIXED_NOW)
    assert ans is not None and ans.courses[0].code == listed[1] and subject is not None and subject.focus == listed[1]
    ans, subject, _follow = answer_in_context(qa, "đăng ký lớp đó cho mình", subject, now=FIXED_NOW)
    assert ans is not None and ans.intent == "register" and ans.courses[0].code == listed[1]


def test_registration_with_several_classes_asks_which(qa: QAEngine) -> None:
    ans, subject, _follow = answer_in_context(qa, "Bắc Ninh có lớp nghiệp vụ nào", None, now=FIXED_NOW)
    ans, subject2, follow = answer_in_context(qa, "đăng ký lớp này", subject, now=FIXED_NOW)
    assert ans is None and follow.action == "choose" and follow.purpose == "register" and subject2 == subject
    assert subject is not None and [c.code for c in follow.choices] == list(subject.codes)
    assert all(c.question == f"đăng ký {c.code}" for c in follow.choices)
    miss = miss_of(qa, ans, follow)
    assert miss is not None and miss.reason == "ask_which" and len(miss.offered) == len(follow.choices)


def test_another_period_for_the_same_question(qa: QAEngine) -> None:
    first = qa.answer("tháng sau Bắc Ninh có lớp nghiệp vụ nào", now=FIXED_NOW)
    subject = subject_of(first)
    assert subject is not None and Subject.from_dict(subject.to_dict()) == subject
    ans, _, _ = answer_in_context(qa, "thế tháng 3 năm sau?", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["BN-04"]


def test_misses_are_recognised(qa: QAEngine) -> None:
    assert miss_of(qa, qa.answer("xin chào", now=FIXED_NOW)) is None
    assert miss_of(qa, qa.answer("Bắc Ninh có lớp nghiệp vụ nào", now=FIXED_NOW)) is None
    off = qa.answer("giá vàng hôm nay bao nhiêu", now=FIXED_NOW)
    assert off.intent == "off_topic" and miss_of(qa, off) is None
    # A union matter that is not training: turned away, and still logged for its union words.
    low = qa.answer("công đoàn nên tặng quà Tết gì cho công nhân", now=FIXED_NOW)
    assert low.band == "low" and not low.courses
    miss = miss_of(qa, low)
    assert miss is not None and miss.reason in ("low", "no_course", "off_topic_domain")


@pytest.mark.parametrize("text", [
    "", "   ", "🙂🙂", "a" * 10_000, "lớp " * 3000, "lo\u0301p a\u0300y o\u031b\u0309 đâu",  # NFD
    "lớp\u200b này\u200d ở đâu", "<b>lớp</b> ấy'; DROP TABLE courses;--", "cái thứ 99999999999999999999",
    "đợt 0", "thế tháng 13?", "còn ở ?", "năm 99999 được bao nhiêu",
])
def test_bad_input_never_breaks_a_follow_up(qa: QAEngine, text: str) -> None:
    first = qa.answer("Bắc Ninh có lớp nghiệp vụ nào", now=FIXED_NOW)
    subject = subject_of(first)
    ans, new, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
    assert follow.action in ("none", "ask", "choose", "which")
    assert new is None or Subject.from_dict(new.to_dict()) == new
    if ans is not None:
        assert ans.intent


@pytest.mark.parametrize(("q", "code"), [
    ("Lớp nghiệp vụ đợt 2 ở Bắc Ninh hạn đăng ký đến ngày nào?", "BN-04"),
    ("tháng 12 có lớp ATVSLĐ ở Bắc Ninh không", "BN-01"),
    ("lớp an toàn vệ sinh lao động của công đoàn KCN Bắc Ninh còn bao nhiêu chỗ", "KCN-01"),
    ("lop luat cong doan 2024 hoc may ngay", "BN-02"),
])
def test_questions_about_a_class_get_the_class(qa: QAEngine, q: str, code: str) -> None:
    """A month, «hạn đăng ký», «còn bao nhiêu chỗ», «học mấy ngày» ask about a class, not a plan's figures."""
    ans = qa.answer(q, now=FIXED_NOW)
    assert ans.intent == "course" and ans.courses[0].code == code


def test_the_answer_says_which_filter_it_relaxed(qa: QAEngine) -> None:
    ans = qa.answer("lớp ATVSLĐ ở phường Phú Lợi", now=FIXED_NOW)
    assert ans.intent == "course" and ans.courses and "place" in ans.relaxed
    assert all(c.topic == "atvsld" for c in ans.courses)
    # What was asked for does not exist: logged for the organisers with the classes offered instead.
    miss = miss_of(qa, ans)
    assert miss is not None and miss.reason.startswith("relaxed:") and "place" in miss.reason
    assert miss.offered and miss.offered[0].startswith(f"course {ans.courses[0].code}")


# ------------------------------------------------------------------ generality (issue 13, second pass)

def test_an_identifier_matches_exactly_or_not_at_all(qa: QAEngine) -> None:
    """Two swapped digits name another programme: no answer, the look-alike is logged as offered."""
    ans = qa.answer("Chương trình 1446/CTr-TLĐ nói về gì", now=FIXED_NOW)
    assert ans.band == "low" and ans.intent == "unknown"
    miss = miss_of(qa, ans)
    assert miss is not None and miss.reason == "low"
    right = qa.answer("Chương trình 1464/CTr-TLĐ nói về gì", now=FIXED_NOW)
    assert right.band == "confident" and right.matches[0].code == "1464/CTr-TLĐ"


def test_a_former_province_reaches_its_former_seat() -> None:
    # The seat first, then the former province's other towns.
    assert former_seats("Bình Dương")[0] == "thu dau mot" and former_seats("binh duong")[0] == "thu dau mot"
    assert "thuan an" in former_seats("Bình Dương")
    # A town whose name typed without marks is an everyday phrase is left out: «là gì», «đi ăn».
    assert "la gi" not in former_seats("Bình Thuận") and "di an" not in former_seats("Bình Dương")
    assert former_seats("Bà Rịa - Vũng Tàu") == ("ba ria", "vung tau")
    assert former_seats("Hà Nội") == () and former_seats("Cần Thơ") == ()


def test_union_kinds_have_one_guess() -> None:
    assert guess_kind("Công đoàn Y tế Việt Nam") == "sector" == org_kind("Công đoàn Y tế Việt Nam", "grassroots")
    assert guess_kind("Công đoàn cơ sở Hợp tác xã Đồng Tâm") == "grassroots"
    assert org_kind("Công đoàn các KCN tỉnh Bắc Ninh", "province") == "industrial_zone"
    assert org_kind("LĐLĐ tỉnh Lạng Sơn", "province") == "province"
    assert org_kind("Công đoàn phường Sóc Trăng", "commune") == "commune"


def test_a_long_union_name_is_also_its_initials() -> None:
    assert "gtvt" in org_variants("Công đoàn Giao thông vận tải Việt Nam")
    assert not [v for v in org_variants("Công đoàn Giáo dục Việt Nam") if v == "gd"]  # two letters: ambiguous


def test_everyday_questions_with_union_words_get_no_class(qa: QAEngine) -> None:
    for q in ("có lớp học bơi nào cho người lớn không", "học kế toán online ở đâu uy tín"):
        ans = qa.answer(q, now=FIXED_NOW)
        assert not ans.courses and ans.band == "low", q


def test_phone_shorthand_read_by_its_neighbours() -> None:
    assert normalise("th 12/2026 có lớp t.huấn nào").tokens[:5] == ("thang", "12", "2026", "co", "lop")
    assert "tap" in normalise("lớp t.huấn ở đâu").tokens
    assert normalise("học từ ng nào đến ng nào").tokens == ("hoc", "tu", "ngay", "nao", "den", "ngay", "nao")
    assert normalise("nhận bao nhiêu ng").tokens[-1] == "nguoi"  # elsewhere «ng» is người
    assert normalise("nguoi nao phu trach").tokens[0] == "nguoi"  # a word typed in full stays itself
    assert normalise("CĐ P. Lào Cai có lớp nào").tokens[:3] == ("cong", "doan", "phuong")


def test_typos_of_the_asking_words_are_read(qa: QAEngine) -> None:
    """Doubled letters and swapped letters in the words chairs ask with («khhi», «lớớp», «noà»)."""
    for q in ("Cần Thơ có lớớp noà ko", "lop o Can Tho hoc khhi nao"):
        ans = qa.answer(q, now=FIXED_NOW)
        assert ans.intent == "course" and ans.courses and ans.courses[0].code in ("CT-01", "PST-01"), q


def test_a_period_already_over_finds_its_classes() -> None:
    """«Lớp chuyển đổi số tháng 10 vừa rồi ở Cần Thơ còn đăng ký được không?»: the class held then, not the
    next one; a period to come never lists a finished class."""
    held = course(1, "CDS-10", "Tập huấn chuyển đổi số", D(2026, 10, 12), 1, topic="chuyen_doi_so",
                  status="finished")
    coming = course(2, "CDS-03", "Tập huấn chuyển đổi số", D(2027, 3, 2), 1, topic="chuyen_doi_so")
    engine = QAEngine.build(organisations=ORGS, courses=[held, coming], tz=TZ)
    past = engine.answer("Lớp chuyển đổi số tháng 10 vừa rồi ở Cần Thơ còn đăng ký được không?", now=FIXED_NOW)
    assert past.intent in ("course", "register") and [c.code for c in past.courses] == ["CDS-10"]
    ahead = engine.answer("lớp chuyển đổi số ở Cần Thơ sắp tới", now=FIXED_NOW)
    assert [c.code for c in ahead.courses] == ["CDS-03"]

