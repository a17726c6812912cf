"""Places, regions, abbreviations and relevance as chairs type them (issue 13): the vocabulary comes from
the data and the 2025 map, and the class that says what the question says comes first."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import courses_reply
from knowledge.language.places import CURRENT_PROVINCES, REGION_SPELLINGS, REGIONS, region_of
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec
from knowledge.text import fold
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "HUE", "LĐLĐ thành phố Huế", "province", "Huế", None),
    OrgRec(2, "HT", "Công đoàn phường Hương Thủy", "commune", "Huế", 1),
    OrgRec(3, "GL", "LĐLĐ tỉnh Gia Lai", "province", "Gia Lai", None),
    OrgRec(4, "QT", "LĐLĐ tỉnh Quảng Trị", "province", "Quảng Trị", None),
    OrgRec(5, "HN", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None),
    OrgRec(6, "CT", "LĐLĐ thành phố Cần Thơ", "province", "Cần Thơ", None),
    OrgRec(7, "DT", "LĐLĐ tỉnh Đồng Tháp", "province", "Đồng Tháp", None),
    OrgRec(8, "MT", "Công đoàn phường Mỹ Tho", "commune", "Đồng Tháp", 7),
    OrgRec(9, "MP", "CĐCS Cty CP Tập đoàn Thủy sản Minh Phú", "grassroots", "Cà Mau", None),
    OrgRec(10, "CM", "LĐLĐ tỉnh Cà Mau", "province", "Cà Mau", None),
    OrgRec(11, "HP", "LĐLĐ thành phố Hải Phòng", "province", "Hải Phòng", None),
]


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu",
           roles: tuple[str, ...] = ("chu_tich_cdcs",), venue: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, roles, org, o.name, None, o.province, venue, "tap_trung",
                     start, start + dt.timedelta(days=2), start - dt.timedelta(days=3), 40, "open")


D = dt.date
COURSES = [
    course(1, "HT-AI", "Tập huấn ứng dụng công nghệ thông tin, AI trong công tác công đoàn", D(2027, 9, 4), 2,
           topic="chuyen_doi_so", venue="Qua phần mềm Zoom"),
    course(2, "HT-DV", "Hướng dẫn sử dụng phần mềm quản lý đoàn viên", D(2027, 9, 16), 2, topic="chuyen_doi_so"),
    course(3, "HT-KT", "Tập huấn sử dụng phần mềm kế toán công đoàn", D(2027, 10, 11), 2, topic="chuyen_doi_so",
           venue="Hội trường phường Hương Thủy"),
    course(4, "HUE-TC", "Tập huấn tài chính công đoàn", D(2027, 1, 5), 1, topic="tai_chinh"),
    course(5, "GL-GV", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", D(2027, 10, 1), 3,
           topic="giang_day", roles=("giang_vien_kiem_chuc",)),
    course(6, "QT-GV", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", D(2027, 12, 16), 4,
           topic="giang_day", roles=("giang_vien_kiem_chuc",)),
    course(7, "HN-GV", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", D(2027, 2, 1), 5,
           topic="giang_day", roles=("giang_vien_kiem_chuc",)),
    course(8, "CT-GV", "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", D(2027, 3, 1), 6,
           topic="giang_day", roles=("giang_vien_kiem_chuc",)),
    course(9, "DT-NC", "Tập huấn công tác nữ công, bình đẳng giới", D(2027, 2, 23), 7, topic="nu_cong",
           venue="Hội trường LĐLĐ tỉnh (cơ sở Mỹ Tho, Tiền Giang cũ)"),
    course(10, "MT-NC", "Tập huấn kỹ năng hoạt động của Ban nữ công quần chúng", D(2027, 7, 12), 8,
           topic="nu_cong", venue="Nhà văn hóa phường Mỹ Tho (TP Mỹ Tho cũ)"),
    course(11, "CM-AT", "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 7), 10, topic="atvsld",
           roles=("doan_vien",)),
    course(12, "MP-AT", "Tập huấn công tác an toàn vệ sinh lao động, phòng chống cháy nổ", D(2027, 4, 26), 9,
           topic="atvsld", roles=("doan_vien",), venue="Hội trường Cty Minh Phú, KCN Khánh An"),
    course(13, "HP-TC-HD", "Tập huấn tài chính công đoàn cho CĐCS khu vực Hải Dương cũ", D(2027, 3, 2), 11,
           topic="tai_chinh", venue="Hội trường LĐLĐ cơ sở Hải Dương cũ, phường Hải Dương"),
    course(14, "HP-TC-HP", "Tập huấn tài chính công đoàn cho CĐCS khu vực Hải Phòng", D(2027, 3, 16), 11,
           topic="tai_chinh", venue="Cung Văn hóa Lao động Hữu nghị Việt Tiệp, Lê Chân"),
]


FACTS = [
    FactRec(1, "GL2020-GV", 3, "LĐLĐ tỉnh Gia Lai", 2020, 2020, "giang_day",
            "Gia Lai có bao nhiêu giảng viên kiêm chức học lớp kỹ năng giảng dạy?",
            "Năm 2020 Gia Lai có 35 giảng viên kiêm chức học lớp kỹ năng giảng dạy.", "so giang vien", 35, None, "người"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, tz=TZ)


def codes(qa: QAEngine, q: str) -> list[str]:
    return [m.code for m in qa.answer(q, now=FIXED_NOW).matches]


# ------------------------------------------------------------------ relevance

def test_two_topics_named_together_put_the_class_on_both_first(qa: QAEngine) -> None:
    # «phần mềm» (software) and «kế toán» (finance): the software class on accounting, not the nearest one.
    assert codes(qa, "hương thuỷ có lop phần mềm kế toán cđ ko")[0] == "HT-KT"
    assert codes(qa, "huong thuy lop phan mem ke toan cd")[0] == "HT-KT"


def test_one_topic_alone_keeps_the_nearest_class_first(qa: QAEngine) -> None:
    # A topic named alone is a category: every class of it is as relevant, the nearest comes first.
    assert codes(qa, "hương thủy có lớp phần mềm nào không")[0] == "HT-AI"


# ------------------------------------------------------------------ regions

def test_every_region_is_made_of_current_provinces() -> None:
    for region, provinces in REGIONS.items():
        assert provinces and set(provinces) <= set(CURRENT_PROVINCES), region
    assert set(REGION_SPELLINGS.values()) == set(REGIONS)
    assert region_of("mien trung") == "miền Trung" and region_of("ĐBSCL") == "đồng bằng sông Cửu Long"
    assert region_of("Tây Nguyên") == "Tây Nguyên" and region_of("Thái Nguyên") is None
    # The three regions cover the country once each.
    three = [*REGIONS["miền Bắc"], *REGIONS["miền Trung"], *REGIONS["miền Nam"]]
    assert sorted(three, key=fold) == sorted(CURRENT_PROVINCES, key=fold)


def test_a_region_finds_the_classes_of_its_provinces_and_says_so(qa: QAEngine) -> None:
    ans = qa.answer("Lớp nào dành cho giảng viên kiêm chức ở miền Trung?", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["GL-GV", "QT-GV"]  # not Hà Nội's nor Cần Thơ's, nearer as they are
    text = courses_reply(ans, TZ, FIXED_NOW)[0].text
    assert "ở miền Trung (Thanh Hóa, Nghệ An" in text
    assert [c.code for c in qa.answer("co lop giang vien kiem chuc o mien tay ko", now=FIXED_NOW).courses] == ["CT-GV"]
    assert [c.code for c in qa.answer("lớp giảng viên kiêm chức miền bắc", now=FIXED_NOW).courses] == ["HN-GV"]


# ------------------------------------------------------------------ abbreviations

def test_province_codes_are_places_where_the_question_puts_a_place() -> None:
    from knowledge.text import normalise

    def toks(q: str) -> tuple[str, ...]:
        return normalise(q).tokens

    assert "@tn" in toks("lớp ubkt cđcs ở tn tháng 1")  # after «ở»: a place (Thái Nguyên or Tây Ninh)
    assert toks("LA cũ có lớp nào")[0] == "@la" and toks("VT có lớp NC ko")[0] == "@vt"
    assert toks("ĐN (Đà Nẵng) có lớp TG ko")[0] == "@dn"
    # The same letters elsewhere keep their everyday meaning.
    assert toks("chi tieu cua tinh la bao nhieu")[4] == "la"  # «tỉnh là»
    assert toks("lop cho dn nho")[2:4] == ("doanh", "nghiep")
    assert toks("CT CĐCS có lớp gì")[:2] == ("chu", "tich")  # «CT» opening a question is chủ tịch
    # «bn» opening a class question before its year is «bạn» (the bot addressed), not Bắc Ninh.
    assert toks("bn năm nay có bn lớp") == ("nam", "nay", "co", "bao", "nhieu", "lop")
    assert toks("lop o bn nam nay")[2] == "bn"  # «ở bn»: Bắc Ninh


def test_union_shorthand_read_by_the_word_before() -> None:
    from knowledge.text import normalise

    assert normalise("ĐN có lớp TG ko").tokens[3:5] == ("tuyen", "giao")
    assert normalise("VT có lớp NC ko").tokens[3:5] == ("nu", "cong")
    assert normalise("lớp ATVSLĐ cho CN").tokens[-2:] == ("cong", "nhan")
    assert normalise("lớp của Trường ĐH Công đoàn").tokens[3:5] == ("dai", "hoc")
    assert normalise("NA có lớp GQ TCLĐ ko").tokens[3:8] == ("giai", "quyet", "tranh", "chap", "lao")
    # «hđ» with its đ is «hoạt động», never Hải Dương («HD»).
    assert normalise("lớp kỹ năng hđ cđcs").tokens[3:5] == ("hoat", "dong")
    assert normalise("lop o HD").tokens[-1] == "hd"


def test_a_code_for_two_provinces_finds_either_and_a_full_name_decides(qa: QAEngine) -> None:
    ans = qa.answer("lớp giảng viên kiêm chức ở qt", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["QT-GV"]
    slots = qa.answer("ĐN (Đà Nẵng) có lớp TG ko", now=FIXED_NOW).slots
    assert slots.provinces == ("Đà Nẵng",)
    slots = qa.answer("ở tn có lớp nào", now=FIXED_NOW).slots
    assert set(slots.provinces) == {"Thái Nguyên", "Tây Ninh"}


def test_a_province_shortened_on_a_phone_is_the_province(qa: QAEngine) -> None:
    from knowledge.slots import short_forms

    assert short_forms("Quảng Trị") == ["quangtri", "qtri"] and short_forms("Đà Nẵng") == ["danang", "dnang"]
    # A short form spelt like a word is left out: «khoa» is khóa, «lan» is lần, «nan» is nạn.
    assert short_forms("Khánh Hòa") == ["khanhhoa"] and short_forms("Long An") == ["longan"]
    assert short_forms("Nghệ An") == ["nghean"] and short_forms("Huế") == []
    assert [c.code for c in qa.answer("qtri có lớp giảng viên kiêm chức ko", now=FIXED_NOW).courses] == ["QT-GV"]
    assert qa.answer("gialai co lop giang vien kiem chuc ko", now=FIXED_NOW).courses[0].code == "GL-GV"
    assert qa.answer("khoa hoc giang vien kiem chuc", now=FIXED_NOW).slots.provinces == ()


def test_what_time_and_which_month_ask_about_a_class_not_a_count(qa: QAEngine) -> None:
    for q in ("lớp giảng viên kiêm chức ở gia lai học mấy h", "gia lai lop giang vien kiem chuc hoc thang may"):
        ans = qa.answer(q, now=FIXED_NOW)
        assert ans.intent == "course" and ans.courses[0].code == "GL-GV", q


# ------------------------------------------------------------------ places and unions of the data

def test_a_ward_named_puts_the_classes_held_or_organised_there_first(qa: QAEngine) -> None:
    # Both say «Mỹ Tho»; the ward's own class (its union, «phường Mỹ Tho») comes first, the province's class
    # at its «cơ sở Mỹ Tho» after it, nearer as it is.
    assert codes(qa, "My Tho co lop nu cong ko")[:2] == ["MT-NC", "DT-NC"]


def test_a_company_is_named_by_the_name_it_goes_by(qa: QAEngine) -> None:
    from knowledge.search.vocabulary import org_variants

    assert "minh phu" in org_variants("CĐCS Cty CP Tập đoàn Thủy sản Minh Phú")
    variants = org_variants("Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên")
    assert "samsung electronics thai nguyen" in variants and "thai nguyen" not in variants
    assert codes(qa, "Minh Phú có lớp ATVSLĐ cho CN ko")[0] == "MP-AT"


def test_the_area_of_a_province_puts_the_provinces_merged_into_it_last(qa: QAEngine) -> None:
    # «khu vực Hải Phòng», «Hải Phòng cũ»: the city's own area before the former Hải Dương merged into it.
    assert codes(qa, "lớp tài chinh cđcs khu vuc hai phong học ở đâu")[:2] == ["HP-TC-HP", "HP-TC-HD"]
    assert codes(qa, "lớp tài chính ở Hải Phòng cũ")[:2] == ["HP-TC-HP", "HP-TC-HD"]
    # The province named plainly is all of it, nearest first; the former province named finds its own.
    assert codes(qa, "lớp tài chính ở Hải Phòng")[:2] == ["HP-TC-HD", "HP-TC-HP"]
    assert codes(qa, "lớp tài chính ở Hải Dương")[0] == "HP-TC-HD"


def test_i_and_y_are_one_vowel_after_k_and_l(qa: QAEngine) -> None:
    from knowledge.text import index_tokens, normalise

    assert normalise("lớp kĩ năng lí luận").tokens[1:] == ("ky", "nang", "ly", "luan")
    assert index_tokens("Kỹ năng, lý luận") == ["ky", "nang", "ly", "luan"]
    assert codes(qa, "co lop ki nang giang day cho giang vien kiem chuc o qtri ko")[0] == "QT-GV"
