"""Classes found by what their venues and titles say: a commune or village named only in a venue, a ward that
carries a former province's name, a place that is a commune today and a former district in other venues, the
province's own federation for one class asked by its place, a topic asked before classes where it only serves
another, and a class's sitting by its letter («lớp A»)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None),
    OrgRec(2, "NAKCN", "Công đoàn các Khu công nghiệp tỉnh Nghệ An", "industrial_zone", "Nghệ An", 1),
    OrgRec(3, "CT", "LĐLĐ TP Cần Thơ", "province", "Cần Thơ", None),
]


def course(cid: int, title: str, topic: str, day: dt.date, venue: str, org: int = 1) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, f"K-{cid:02}", title, topic, ("uy_vien_bch",), org, o.name, None, o.province, venue,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open")


D = dt.date
COURSES = [
    course(1, "Tập huấn công tác nữ công và bình đẳng giới", "nu_cong", D(2027, 3, 2),
           "Nhà văn hóa xã Quỳ Hợp (huyện Quỳ Hợp cũ)"),
    course(2, "Tập huấn nữ công cho nữ công nhân làm ca", "nu_cong", D(2026, 12, 10),
           "Nhà văn hóa công nhân KCN Bắc Vinh, phường Vinh Phú", org=2),
    course(3, "Kỹ năng tuyên truyền phát triển đoàn viên, thành lập CĐCS", "phat_trien_doan_vien", D(2026, 12, 3),
           "Nhà văn hóa xã Châu Quang (huyện Quỳ Hợp cũ)"),
    course(4, "Phổ biến pháp luật lao động cho người lao động", "tuyen_giao", D(2026, 12, 5),
           "Hội trường LĐLĐ tỉnh, phường Trường Vinh"),
    course(5, "Tập huấn kỹ năng tuyên truyền trên mạng xã hội", "tuyen_giao", D(2027, 4, 6),
           "Nhà văn hóa thôn Yên Lạc, xã Nghĩa Đàn"),
    course(6, "Kỹ năng thương lượng tập thể", "thuong_luong", D(2027, 1, 12), "Hội trường LĐLĐ tỉnh, phường Trường Vinh"),
    course(7, "Kỹ năng thương lượng tập thể (lớp A)", "thuong_luong", D(2027, 5, 11),
           "Hội trường LĐLĐ tỉnh, phường Trường Vinh"),
    course(8, "Bồi dưỡng nghiệp vụ công tác công đoàn", "nghiep_vu", D(2026, 12, 8),
           "Hội trường LĐLĐ thành phố, phường Ninh Kiều", org=3),
    course(9, "Bồi dưỡng nghiệp vụ công tác công đoàn", "nghiep_vu", D(2027, 2, 9),
           "Hội trường cơ sở 2 LĐLĐ thành phố, phường Sóc Trăng (TP Sóc Trăng cũ)", org=3),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


def codes(qa: QAEngine, question: str) -> list[str]:
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent in ("course", "register"), (ans.intent, question)
    return [c.code for c in ans.courses]


def test_a_place_before_a_closing_nha_is_the_place_asked(qa: QAEngine) -> None:
    """«… tại Quỳ Hợp nha?»: «nha» closes the question; only «tỉnh nhà», «quê nhà» make a place one's own."""
    assert codes(qa, "Lớp tập huấn tổ chức tại Quỳ Hợp nha?")[:1] == ["K-01"]


def test_tui_is_the_asker_and_a_commune_alone_is_specific(qa: QAEngine) -> None:
    """«tui» is «tôi»: no word the classes must say; a commune of the venues names the classes held there."""
    assert codes(qa, "tui hỏi mai quỳ hợp có lớp gì không")[:1] == ["K-01"]


def test_a_village_of_a_venue_is_a_place(qa: QAEngine) -> None:
    assert codes(qa, "toi muon hoi o yen lac co lop nao sap hoc khong") == ["K-05"]


def test_a_commune_today_before_a_venue_naming_it_as_a_former_district(qa: QAEngine) -> None:
    """«Quỳ Hợp» said bare is the commune: a venue in «xã Châu Quang (huyện Quỳ Hợp cũ)» comes after."""
    found = codes(qa, "quỳ hợp có lớp gì cho cán bộ công đoàn không")
    assert found.index("K-01") < found.index("K-03")


def test_a_ward_named_as_a_former_province_is_that_ward(qa: QAEngine) -> None:
    """«phường Sóc Trăng ở Cần Thơ»: the ward of that name, not the whole former province; «nvụ» is «nghiệp vụ»."""
    assert codes(qa, "dia diem lop nvu cong doan o phuong soc trang o can tho la o dau")[:1] == ["K-09"]


def test_a_topic_asked_before_classes_where_it_serves_another(qa: QAEngine) -> None:
    """«lớp tuyên truyền»: «kỹ năng tuyên truyền phát triển đoàn viên» is about members, «Phổ biến pháp luật»
    (filed under propaganda) about the law; the class on propaganda itself comes first."""
    assert codes(qa, "ở nghệ an sắp tới có lớp tuyên truyền nào không")[:1] == ["K-05"]
