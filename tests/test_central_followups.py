"""Follow-ups as chairs in the central provinces hold them: a class put off asked by the month it was planned in, a
detail two batches share, «lớp cuối tuần là lớp nào» after a list, «học online dk ko» (được, not đăng ký), a position
counted in the list shown before one class, «lớp tháng tư đó» and «dk lớp tháng 5» pointing back at classes shown."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "KH", "LĐLĐ tỉnh Khánh Hòa", "province", "Khánh Hòa", None),
    OrgRec(2, "DL", "LĐLĐ tỉnh Đắk Lắk", "province", "Đắk Lắk", None),
]
D = dt.date


def course(cid: int, code: str, title: str, day: dt.date, org: int, *, topic: str = "nghiep_vu", hour: int = 8,
           days: int = 1, status: str = "open", venue: str = "Hội trường LĐLĐ tỉnh", fmt: str = "tap_trung",
           planned: dt.date | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(hour), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), org, o.name, None, o.province, venue, fmt, start,
                     start + dt.timedelta(days=days - 1, hours=8), start - dt.timedelta(days=5), 40, status,
                     planned_start=(dt.datetime.combine(planned, dt.time(8), TZ).astimezone(dt.UTC)
                                    if planned is not None else None))


NHA_TRANG = "Hội trường LĐLĐ tỉnh, phường Nha Trang"
COURSES = [
    # Khánh Hòa: one class on the union law in two batches in the same hall, the December one put off to March.
    course(1, "KH-LCD-1", "Tập huấn Luật Công đoàn năm 2024", D(2027, 1, 22), 1, topic="phap_luat", venue=NHA_TRANG),
    course(2, "KH-LCD-2", "Tập huấn Luật Công đoàn năm 2024", D(2027, 3, 9), 1, topic="phap_luat", venue=NHA_TRANG,
           status="postponed", planned=D(2026, 12, 2)),
    # Khánh Hòa in March: a weekend class (Saturday to Saturday), a weekday one, another weekday one.
    course(3, "KH-CT-1", "Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS", D(2027, 3, 6), 1, days=8),
    course(4, "KH-TC-1", "Tập huấn tài chính công đoàn", D(2027, 3, 10), 1, topic="tai_chinh"),
    course(5, "KH-AT-1", "Tập huấn an toàn, vệ sinh lao động", D(2027, 3, 24), 1, topic="atvsld"),
    # Đắk Lắk: a finance class in May, another in December, one online in April.
    course(6, "DL-TC-5", "Tập huấn tài chính công đoàn cho chủ tịch CĐCS", D(2027, 5, 14), 2, topic="tai_chinh"),
    course(7, "DL-TC-12", "Tập huấn tài chính công đoàn cho chủ tịch CĐCS", D(2026, 12, 10), 2, topic="tai_chinh"),
    course(8, "DL-TL-4", "Tập huấn kỹ năng thương lượng tập thể", D(2027, 4, 5), 2, topic="doi_thoai",
           venue="Trực tuyến qua Zoom", fmt="truc_tuyen"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], tz=TZ)


def test_a_class_put_off_is_found_by_the_month_it_was_planned_in(qa: QAEngine) -> None:
    ans, _, _ = answer_in_context(qa, "lớp Luật Công đoàn tháng 12 ở Nha Trang", None, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["KH-LCD-2"]
    # A period with classes of its own lists only them, not those put off from it.
    ans, _, _ = answer_in_context(qa, "tháng 3 ở Khánh Hòa có lớp nào", None, now=FIXED_NOW)
    assert ans is not None and "KH-LCD-2" in {c.code for c in ans.courses}  # held in March now
    ans, _, _ = answer_in_context(qa, "tháng 1 ở Khánh Hòa có lớp nào", None, now=FIXED_NOW)
    assert ans is not None and {c.code for c in ans.courses} == {"KH-LCD-1"}


def test_a_detail_both_batches_share_is_answered_without_asking_which(qa: QAEngine) -> None:
    first, subject, _ = answer_in_context(qa, "Lớp Luật Công đoàn năm 2024 ở Khánh Hòa bao giờ học?", None,
                                          now=FIXED_NOW)
    assert first is not None and {c.code for c in first.courses} == {"KH-LCD-1", "KH-LCD-2"}
    ans, after, follow = answer_in_context(qa, "Lớp đó học ở đâu?", subject, now=FIXED_NOW)
    assert ans is not None and ans.courses[0].code == "KH-LCD-1" and follow.action == "ask"
    # No class was singled out: a registration still asks which.
    ans, _, follow = answer_in_context(qa, "đăng ký lớp đó", after, now=FIXED_NOW)
    assert ans is None and follow.action == "choose" and {c.code for c in follow.choices} == {"KH-LCD-1", "KH-LCD-2"}
    # When they start differs: which one is asked.
    ans, _, follow = answer_in_context(qa, "lớp đó học ngày nào", subject, now=FIXED_NOW)
    assert ans is None and follow.action == "choose"


def test_the_weekend_class_of_a_list_is_picked_by_its_days(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Khánh Hòa tháng 3 có lớp nào", None, now=FIXED_NOW)
    assert subject is not None and "KH-CT-1" in subject.codes
    ans, _, _ = answer_in_context(qa, "Lớp cuối tuần là lớp nào, học mấy ngày?", subject, now=FIXED_NOW)
    assert ans is not None and [c.code for c in ans.courses] == ["KH-CT-1"]
    # «lớp cuối» alone is still the last of the list.
    ans, _, _ = answer_in_context(qa, "lớp cuối học ở đâu", subject, now=FIXED_NOW)
    assert ans is not None and ans.courses[0].code == subject.codes[-1]


def test_dk_after_what_one_would_do_asks_whether_one_can(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Đắk Lắk có lớp thương lượng tập thể không", None, now=FIXED_NOW)
    ans, _, follow = answer_in_context(qa, "lop do hoc online dk ko", subject, now=FIXED_NOW)
    assert ans is not None and ans.intent != "register" and follow.aspect == "format"
    assert ans.courses[0].code == "DL-TL-4"


def test_a_position_past_one_class_counts_in_the_list_shown_before(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Khánh Hòa tháng 3 có lớp nào", None, now=FIXED_NOW)
    assert subject is not None
    second = subject.codes[1]
    _, subject, _ = answer_in_context(qa, "lớp Luật Công đoàn tháng 12 ở Nha Trang", subject, now=FIXED_NOW)
    assert subject is not None and subject.codes == ("KH-LCD-2",)
    ans, _, follow = answer_in_context(qa, "dk cai thu 2", subject, now=FIXED_NOW)
    # Inferred from the list before: offered as a choice, not registered outright.
    assert ans is None and follow.action == "choose" and [c.code for c in follow.choices] == [second]
    ans, _, _ = answer_in_context(qa, "cai thu 2 o dau", subject, now=FIXED_NOW)
    assert ans is not None and ans.courses[0].code == second


def test_the_month_class_pointed_at_is_one_of_those_in_view(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Khánh Hòa tháng 3 có lớp nào", None, now=FIXED_NOW)
    ans, _, follow = answer_in_context(qa, "vậy đăng ký giúp tôi lớp tháng ba đó luôn nhé", subject, now=FIXED_NOW)
    assert ans is None and follow.action == "choose" and follow.purpose == "register"
    assert {c.code for c in follow.choices} <= set(subject.codes if subject else ())


def test_a_registration_by_month_goes_back_to_the_class_shown_earlier(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "tháng 5 ở Đắk Lắk có lớp tài chính nào", None, now=FIXED_NOW)
    assert subject is not None and subject.codes == ("DL-TC-5",)
    _, subject, _ = answer_in_context(qa, "lớp Luật Công đoàn tháng 12 ở Nha Trang", subject, now=FIXED_NOW)
    ans, _, _ = answer_in_context(qa, "dk lop thang 5", subject, now=FIXED_NOW)
    assert ans is not None and ans.intent == "register" and ans.courses[0].code == "DL-TC-5"


def test_a_position_said_with_a_day_asked_stays_a_position(qa: QAEngine) -> None:
    _, subject, _ = answer_in_context(qa, "Khánh Hòa tháng 3 có lớp nào", None, now=FIXED_NOW)
    assert subject is not None
    for asked in ("cái thứ 2 học buổi tối hả", "lớp t2 học cuối tuần à", "cái t3 mấy ngày"):
        ans, _, _ = answer_in_context(qa, asked, subject, now=FIXED_NOW)
        at = 2 if "t3" in asked else 1
        assert ans is not None and ans.courses[0].code == subject.codes[at], asked


def test_folded_do_of_a_degree_points_at_no_class() -> None:
    from knowledge.language.followup import _named_that

    assert _named_that("dang ky giup toi lop thang 4 do luon nhe")
    assert _named_that("dk lop cuoi tuan do")
    # «chương trình nâng cao trình độ», «lớp ở đó», «lớp nào ấy»: no class pointed at.
    assert not _named_that("bao nhieu nguoi duoc hoc theo chuong trinh nang cao trinh do")
    assert not _named_that("lop nang cao trinh do")
    assert not _named_that("co lop nao o do khong")


def test_the_new_day_asked_of_a_class_put_off_is_its_date(qa: QAEngine) -> None:
    # «Bị hoãn à? Học ngày mới là ngày nào?» of the one class shown: when it is held now, not a new question.
    _, subject, _ = answer_in_context(qa, "lớp Luật Công đoàn tháng 12 ở Nha Trang", None, now=FIXED_NOW)
    for asked in ("Bị hoãn à? Học ngày mới là ngày nào?", "lịch mới khi nào"):
        ans, _, _ = answer_in_context(qa, asked, subject, now=FIXED_NOW)
        assert ans is not None and [m.code for m in ans.matches][:1] == ["KH-LCD-2"], asked
