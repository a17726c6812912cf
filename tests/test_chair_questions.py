"""Course questions as union chairs type them: shorthand read from its neighbours (a month code, «lđ», a province
code typed with «đ», a sector's initials after «ngành»), periods of two months or half a year, planned classes,
classes still open for registration, last year's classes, and the asker's own union said in passing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine, _slip
from knowledge.records import CourseRec, OrgRec
from knowledge.search.acronyms import learn, spell_out
from knowledge.slots import base_matcher, extract, parse_time
from knowledge.text import normalise
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORG = OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None)
OTHER = OrgRec(2, "CSV", "CĐCS Công ty TNHH Changshin Việt Nam", "enterprise", "Nghệ An", 1)


def tokens(q: str) -> tuple[str, ...]:
    return normalise(q).tokens


def test_shorthand_is_read_from_where_it_stands() -> None:
    assert tokens("T1/2027 có lớp j")[:3] == ("thang", "1", "2027")
    assert tokens("lớp Q3/2027")[1:3] == ("quy", "3")
    assert tokens("lớp tranh chấp lđ tháng 12")[3:5] == ("lao", "dong")
    assert tokens("lớp cho CB CĐ chuyên trách ở LĐ")[-1] == "@ld"  # Lâm Đồng after «ở»
    assert tokens("TCCĐ ĐN có lớp nào")[:5] == ("tai", "chinh", "cong", "doan", "@dn")  # «Đ»: no «doanh nghiệp»
    assert tokens("KH có lớp TC CĐ cho kế toán ko")[0] == "@kh"  # a place opening a class question
    assert tokens("CT có lớp nào")[:2] == ("chu", "tich")  # a chair, not Cần Thơ
    assert "online" in tokens("thág sau co lop nao hok onlai ko")


def test_two_months_and_half_a_year_are_periods() -> None:
    both = parse_time(normalise("tháng 1 với tháng 2 năm sau ở Vĩnh Long có lớp nào"), FIXED_NOW)
    assert both is not None and (both.start.month, both.end.month, both.start.year) == (1, 3, 2027)
    half = parse_time(normalise("lop du kien 6 thang dau nam 2027"), FIXED_NOW)
    assert half is not None and (half.start.month, half.end.month, half.year) == (1, 7, 2027)


def test_a_sector_is_spelt_out_by_its_initials_after_nganh() -> None:
    table = learn({"CĐ ngành Giáo dục Hà Tĩnh": 3, "CĐ ngành Nông nghiệp và Môi trường Gia Lai": 2})
    assert spell_out("CĐ ngành GD Hà Tĩnh có lớp nào", table, frozenset()) == "CĐ ngành giao duc Hà Tĩnh có lớp nào"
    assert spell_out("CĐ ngành NN&MT Gia Lai", table, frozenset()) == "CĐ ngành nong nghiep va moi truong Gia Lai"
    assert spell_out("lớp GD ở Hà Tĩnh", table, frozenset()) == "lớp GD ở Hà Tĩnh"  # no «ngành» before it


def test_a_letter_spelt_by_its_sound_is_a_slip() -> None:
    assert _slip("kan", "can")  # «kan thơ» is Cần Thơ
    assert not _slip("dam", "lam")


def test_a_school_named_as_the_place_is_no_topic_and_a_role_after_lam_is_the_asker() -> None:
    s = extract(normalise("lớp ở trường chính trị Trần Phú"), FIXED_NOW, base_matcher())
    assert s.topics == ()
    s = extract(normalise("e lam ke toan cd, tinh minh co lop nao"), FIXED_NOW, base_matcher())
    assert s.roles == ("ke_toan_cdcs",) and s.topics == ()


def course(cid: int, code: str, title: str, day: dt.date, *, topic: str = "tai_chinh", tentative: str | None = None,
           deadline: dt.date | None = None, status: str = "open", org: OrgRec = ORG) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    due = dt.datetime.combine(deadline, dt.time(17), TZ).astimezone(dt.UTC) if deadline else None
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org.id, org.name, None, "Nghệ An", None,
                     "tap_trung", start, start + dt.timedelta(days=1), due, 40, status, tentative=tentative)


def engine(*courses: CourseRec) -> QAEngine:
    return QAEngine.build(organisations=[ORG, OTHER], courses=list(courses), facts=[], tz=TZ)


def codes(qa: QAEngine, q: str) -> list[str]:
    return [c.code for c in qa.answer(q, now=FIXED_NOW).courses]


def test_planned_classes_are_those_with_no_day_yet() -> None:
    qa = engine(
        course(1, "NA-1", "Tập huấn tài chính công đoàn", dt.date(2027, 2, 3)),
        course(2, "NA-2", "Tập huấn tài chính công đoàn", dt.date(2027, 4, 1), tentative="quý II/2027",
               status="planned"),
    )
    assert codes(qa, "lớp dự kiến ở Nghệ An năm 2027 chưa có ngày cụ thể") == ["NA-2"]
    assert codes(qa, "lớp ở Nghệ An năm 2027")[:1] == ["NA-1"]


def test_classes_still_open_for_registration_come_first() -> None:
    qa = engine(
        course(1, "NA-1", "Tập huấn tài chính công đoàn", dt.date(2026, 12, 3), deadline=dt.date(2026, 11, 20)),
        course(2, "NA-2", "Tập huấn tài chính công đoàn", dt.date(2026, 12, 10)),
        course(3, "NA-3", "Tập huấn tài chính công đoàn", dt.date(2026, 12, 20), deadline=dt.date(2026, 12, 15)),
    )
    assert codes(qa, "lớp tài chính nào còn hạn đăng ký ở Nghệ An") == ["NA-3", "NA-2"]


def test_last_years_classes_answer_which_classes_there_were() -> None:
    qa = engine(
        course(1, "NA-25", "Tập huấn tài chính công đoàn", dt.date(2025, 5, 6), status="finished"),
        course(2, "NA-27", "Tập huấn tài chính công đoàn", dt.date(2027, 5, 6)),
    )
    ans = qa.answer("nam ngoai nghe an co lop tai chinh cong doan nao", now=FIXED_NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses] == ["NA-25"]


def test_the_askers_own_union_said_in_passing_does_not_filter_the_classes() -> None:
    own = course(3, "CSV-1", "Huấn luyện an toàn lao động", dt.date(2027, 3, 1), topic="atvsld", org=OTHER)
    qa = engine(course(1, "NA-12", "Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS", dt.date(2026, 12, 8), topic="nghiep_vu"),
                dataclasses.replace(own, audiences=("doan_vien",)))
    q = "Mình là CT CĐCS cty Changshin ở Nghệ An, cho hỏi có lớp nào cho chủ tịch ở Nghệ An tháng 12 ko"
    assert codes(qa, q)[:1] == ["NA-12"]
