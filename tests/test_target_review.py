"""Ordinary questions the target/intent rules must not turn away: a class taken again («học lại», «tổ chức
lại») is that class, whatever «lại» no title says; a plan's figures asked after a province's code («KH năm 2026
đạt bao nhiêu») are that province's plan, not nothing because an unrelated article shares a word."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, FactRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "QN", "LĐLĐ tỉnh Quảng Ninh", "province", "Quảng Ninh", None),
    OrgRec(2, "KHA", "LĐLĐ tỉnh Khánh Hòa", "province", "Khánh Hòa", None),
]


def course(cid: int, title: str, topic: str, day: dt.date, org: int, province: str) -> CourseRec:
    start = dt.datetime(day.year, day.month, day.day, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"C-{cid:02d}", title=title, topic=topic, audiences=("chu_tich_cdcs",),
        organiser_id=org, organiser_name=None, partner=None, province=province,
        venue=f"Hội trường LĐLĐ tỉnh {province}", format="tap_trung", starts_at=start,
        ends_at=start + dt.timedelta(hours=8), registration_deadline=start - dt.timedelta(days=5), capacity=60,
        status="open",
    )


COURSES = [
    course(1, "Nghiệp vụ tài chính công đoàn cơ sở", "tai_chinh", dt.date(2027, 2, 3), 1, "Quảng Ninh"),
    course(2, "Tập huấn công tác nữ công", "nu_cong", dt.date(2026, 12, 14), 2, "Khánh Hòa"),
    course(3, "Kỹ năng phát triển đoàn viên", "phat_trien_doan_vien", dt.date(2027, 3, 10), 2, "Khánh Hòa"),
]
TARGETS = [
    TargetRec(1, "KH-CT-2026", 2, ORGS[1].name, 2026, 2026, "Bồi dưỡng cán bộ công đoàn cơ sở", None, 1200,
              "học viên", 950, None),
    TargetRec(2, "QN-CT-2026", 1, ORGS[0].name, 2026, 2026, "Bồi dưỡng cán bộ công đoàn cơ sở", None, 900,
              "học viên", 700, None),
    TargetRec(3, "QN-CT-2026-CTCS", 1, ORGS[0].name, 2026, 2026, "Tập huấn Chủ tịch CĐCS mới bầu", "chu_tich_cdcs",
              300, "người", 120, None),
]
FACTS = [
    FactRec(1, "QN-DOANVIEN", 1, ORGS[0].name, 2018, 2018, "to_chuc", "Quảng Ninh kết nạp bao nhiêu đoàn viên?",
            "Năm 2018 Quảng Ninh kết nạp được 5.200 đoàn viên, đạt 104% kế hoạch.", "kết nạp đoàn viên", 5200, None,
            "người"),
    # An account of what another province reached: it shares «đạt» and nothing else of the question.
    FactRec(2, "QN-KETQUA", 1, ORGS[0].name, 2013, 2018, "nghiep_vu",
            "Tỷ lệ cán bộ công đoàn Quảng Ninh được bồi dưỡng nghiệp vụ là bao nhiêu?",
            "Đến năm 2018, 70% CBCĐ ở Quảng Ninh đã được bồi dưỡng nghiệp vụ (đạt chỉ tiêu đề ra).",
            "tỷ lệ;phần trăm;kết quả;đạt chỉ tiêu;Quảng Ninh", 70, None, "%"),
    FactRec(3, "QN-VUNGMANH", 1, ORGS[0].name, 2017, None, "",
            "Quảng Ninh có bao nhiêu công đoàn cơ sở vững mạnh?",
            "Cuối năm 2017, Quảng Ninh có 1.238 CĐCS vững mạnh, tăng 8,8% so với năm 2013.",
            "vững mạnh;xếp loại;Quảng Ninh", 1238, None, "CĐCS"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=TARGETS, facts=FACTS, tz=TZ)


def first(qa: QAEngine, question: str) -> tuple[str, str, str]:
    ans = qa.answer(question, now=FIXED_NOW)
    return ans.intent, ans.band, ans.matches[0].code if ans.matches else ""


@pytest.mark.parametrize("question", [
    "em muốn học lại lớp kế toán công đoàn",
    "lớp tài chính công đoàn tổ chức lại khi nào",
    "lop tai chinh cong doan khi nao mo lai",
])
def test_a_class_taken_again_is_that_class(qa: QAEngine, question: str) -> None:
    intent, band, code = first(qa, question)
    assert (intent in ("course", "register"), band, code) == (True, "confident", "C-01")


@pytest.mark.parametrize("question", ["KH năm 2026 đạt bao nhiêu", "KH năm 2026 đạt bao nhiêu phần trăm"])
def test_a_province_code_before_the_year_gets_its_plan(qa: QAEngine, question: str) -> None:
    assert first(qa, question) == ("target", "confident", "KH-CT-2026")


@pytest.mark.parametrize("question", [
    "Cà Mau có lớp tập huấn cho chủ tịch công đoàn cơ sở không",
    "Cà Mau có lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở không",
    "ở Điện Biên có lớp bồi dưỡng cán bộ công đoàn nào không",
])
def test_no_class_in_a_province_is_said_as_such_not_unread(qa: QAEngine, question: str) -> None:
    """A province no plan holds a class in: «no class there» (a class answer with none), not the «cannot
    answer» of another province's article or plan that shares the topic's words."""
    ans = qa.answer(question, now=FIXED_NOW)
    assert (ans.intent, ans.band, ans.matches) == ("course", "low", [])


@pytest.mark.parametrize(("typed", "kept"), [
    ("có lớp học cả bộ luật lao động không", "ca bo luat"),  # the whole code, no cadres
    ("em làm ca bộ phận đóng gói", "ca bo phan"),  # a shift of a department
])
def test_ca_bo_with_another_meaning_is_not_can_bo(typed: str, kept: str) -> None:
    from knowledge.text import normalise

    assert kept in normalise(typed).folded


def test_ca_bo_typed_short_is_still_can_bo() -> None:
    from knowledge.text import normalise

    assert "can bo cong doan" in normalise("ca bộ công đoàn có lớp gì").folded


def test_a_place_name_one_swap_from_a_province_code_stays_itself() -> None:
    """«Thịnh» (phường Hưng Thịnh) is one swap from «htinh», a code of Hà Tĩnh: a word typed is corrected into a
    syllable only, so the place is not read as Hà Tĩnh (test_target_intent keeps «hueyn» read as «huyện»)."""
    orgs = [OrgRec(1, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None)]
    engine = QAEngine.build(organisations=orgs, courses=[course(1, "Tập huấn nữ công", "nu_cong",
                                                                dt.date(2027, 1, 5), 1, "Hà Tĩnh")], tz=TZ)
    assert "htinh" in engine.vocab
    for question in ("lop o phuong Hung Thinh", "co lop nao o Thinh Long khong"):
        assert engine.answer(question, now=FIXED_NOW).slots.provinces == (), question


def test_online_classes_asked_from_a_province_without_classes_are_listed() -> None:
    """«ở Cà Mau có lớp trực tuyến nào không»: an online class is attended from anywhere, so the online classes
    (said to be held elsewhere) answer, not «no class there»."""
    online = dataclasses.replace(course(9, "Bồi dưỡng nghiệp vụ công đoàn (trực tuyến)", "nghiep_vu",
                                        dt.date(2027, 1, 20), 1, "Quảng Ninh"), format="truc_tuyen")
    engine = QAEngine.build(organisations=ORGS, courses=[*COURSES, online], targets=TARGETS, facts=FACTS, tz=TZ)
    for question in ("ở Cà Mau có lớp trực tuyến nào không", "Cà Mau có lớp online nào không"):
        ans = engine.answer(question, now=FIXED_NOW)
        assert (ans.intent, [c.code for c in ans.courses][:1]) == ("course", ["C-09"]), question
    assert engine.answer("ở Cà Mau có lớp tập huấn nào không", now=FIXED_NOW).matches == []


@pytest.mark.parametrize(("typed", "meant"), [
    ("trường ĐH SP có lớp tập huấn không", "dai hoc su pham co lop"),  # a teachers' university, not «sắp có»
    ("trường sp có lớp không", "truong su pham"),
    ("sp tới có lớp nào", "sap toi"),  # still «sắp tới» elsewhere
    ("cđ sp tới có lớp gì", "cong doan sap toi"),
])
def test_sp_after_a_university_is_su_pham(typed: str, meant: str) -> None:
    from knowledge.text import normalise

    assert meant in normalise(typed).folded


def test_a_topic_said_at_length_with_a_detail_unsaid_gets_its_classes() -> None:
    """The topic said in three phrases, a detail («mang thai, nuôi con nhỏ») no class says: the topic's classes,
    not the «not a class matter» of an errand that only shares a topic's word («thủ tục hưởng lương hưu …»)."""
    gender = course(8, "Tập huấn bình đẳng giới và công tác nữ công cho lao động nữ", "nu_cong", dt.date(2027, 1, 8),
                    1, "Quảng Ninh")
    # The data says the detail elsewhere (a safety class's note), so its words are known, not gibberish.
    safety = dataclasses.replace(course(7, "Huấn luyện an toàn, vệ sinh lao động", "atvsld", dt.date(2027, 1, 9), 1,
                                        "Quảng Ninh"), description="Ưu tiên lao động nữ mang thai, nuôi con nhỏ.")
    engine = QAEngine.build(organisations=ORGS, courses=[*COURSES, gender, safety], targets=TARGETS, facts=FACTS,
                            tz=TZ)
    ans = engine.answer("nữ công và bình đẳng giới cho lao động nữ mang thai nuôi con nhỏ", now=FIXED_NOW)
    assert (ans.intent, [c.code for c in ans.courses][:1]) == ("course", ["C-08"])


def test_a_plan_question_opening_with_kh_where_no_khanh_hoa_plan_is_held() -> None:
    """«KH năm 2026 đạt bao nhiêu %» with no plan of Khánh Hòa: read as «kế hoạch năm 2026 …», a plan's
    question (whose plan, or the one plan held), never turned away as off-topic."""
    engine = QAEngine.build(organisations=ORGS[:1], courses=COURSES[:1], targets=TARGETS[1:2], facts=FACTS, tz=TZ)
    for question in ("KH năm 2026 đạt bao nhiêu phần trăm", "KH năm 2026 đạt bao nhiêu"):
        assert engine.answer(question, now=FIXED_NOW).intent in ("target", "target_where"), question
    # A class asked stays a class question of Khánh Hòa (none there), not a plan's.
    assert engine.answer("KH có lớp nào không", now=FIXED_NOW).intent == "course"
