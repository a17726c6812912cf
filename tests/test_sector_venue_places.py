"""A class is held at every place its venue names: a national sector union's class held in a ward of a former
district is that former province's, though its union is no province's; a class held in an economic zone's town is
the zone's, though another union runs it and its venue does not say «khu kinh tế». Small hand-made plan: a
national sector union with classes at venues in two provinces, two provincial federations and a zone's union with
a class held in the zone and one online."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.vocabulary import place_mentions
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [
    OrgRec(1, "TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None),
    OrgRec(2, "CDGT", "Công đoàn Giao thông vận tải Việt Nam", "sector", None, 1),
    OrgRec(3, "HY", "Liên đoàn Lao động tỉnh Hưng Yên", "province", "Hưng Yên", None),
    OrgRec(4, "BN", "Liên đoàn Lao động tỉnh Bắc Ninh", "province", "Bắc Ninh", None),
    OrgRec(5, "KKTVD", "Công đoàn KKT Vân Đồn", "industrial_zone", "Quảng Ninh", None),
]


def course(cid: int, title: str, day: dt.date, org: int, audience: str, province: str, venue: str,
           fmt: str = "tap_trung") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"SV-{cid:02d}", title=title, topic="atvsld", audiences=(audience,), organiser_id=org,
        organiser_name=ORGS[org - 1].name, partner=None, province=province, venue=venue, format=fmt,
        starts_at=start, ends_at=start + dt.timedelta(hours=8), registration_deadline=start - dt.timedelta(days=3),
        capacity=50, status="open",
    )


D = dt.date
COURSES = [
    # The sector union's classes, in two provinces: one in a commune of former Thái Bình (now Hưng Yên), one in
    # a ward of former Bắc Giang (now Bắc Ninh), one in Vân Đồn.
    course(1, "An toàn lao động cho lái xe vận tải", D(2026, 12, 8), 2, "doan_vien", "Hưng Yên",
           "Hội trường UBND xã Kiến Xương (huyện Kiến Xương cũ)"),
    course(2, "An toàn lao động cho công nhân bến xe", D(2027, 1, 12), 2, "doan_vien", "Bắc Ninh",
           "Nhà văn hóa xã Lục Nam (huyện Lục Nam cũ)"),
    course(3, "An toàn lao động cho công nhân cảng", D(2026, 12, 5), 2, "doan_vien", "Quảng Ninh",
           "Cảng Cái Rồng, đặc khu Vân Đồn (huyện Vân Đồn cũ)"),
    # The federations' own: Hưng Yên's in former Hưng Yên and in former Thái Bình, Bắc Ninh's in former Bắc Ninh.
    course(4, "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 15), 3, "doan_vien", "Hưng Yên",
           "Hội trường LĐLĐ tỉnh, phường Phố Hiến (TP Hưng Yên cũ)"),
    course(5, "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 20), 3, "doan_vien", "Hưng Yên",
           "Trung tâm Hội nghị phường Trần Lãm (TP Thái Bình cũ)"),
    course(6, "Huấn luyện an toàn, vệ sinh lao động", D(2026, 12, 22), 4, "doan_vien", "Bắc Ninh",
           "Hội trường LĐLĐ tỉnh, phường Kinh Bắc (TP Bắc Ninh cũ)"),
    # The zone's union: one class online (its union is the zone's, nobody meets there), one held in the zone.
    course(7, "An toàn lao động trong doanh nghiệp", D(2026, 11, 28), 5, "doan_vien", "Quảng Ninh",
           "Trực tuyến qua Zoom", "truc_tuyen"),
    course(8, "An toàn lao động cho cán bộ công đoàn", D(2026, 12, 18), 5, "uv_bch", "Quảng Ninh",
           "Thiết chế công đoàn KKT Vân Đồn, đặc khu Vân Đồn"),
]


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, facts=[], targets=[], tz=TZ)


def codes(engine: QAEngine, question: str) -> list[str]:
    answer = engine.answer(question, now=FIXED_NOW)
    assert answer.intent == "course", question
    return [m.code for m in answer.matches]


@pytest.mark.parametrize("question", ["lớp nào ở Thái Bình cũ", "co lop nao o thai binh cu khong"])
def test_a_sector_unions_class_in_a_former_district_is_the_former_provinces(engine: QAEngine, question: str) -> None:
    # Kiến Xương was a district of Thái Bình: the sector union's class there comes with Hưng Yên's in Thái Bình,
    # not Hưng Yên's held in former Hưng Yên.
    assert codes(engine, question) == ["SV-01", "SV-05"]


def test_a_former_provinces_district_named_by_a_venue_is_in_it(engine: QAEngine) -> None:
    assert codes(engine, "bên Bắc Giang cũ có lớp nào") == ["SV-02"]


def test_the_province_of_the_venue_holds_the_sector_unions_class(engine: QAEngine) -> None:
    assert codes(engine, "Bắc Ninh có lớp nào") == ["SV-06", "SV-02"]


def test_a_class_held_in_an_economic_zones_town_is_the_zones(engine: QAEngine) -> None:
    # Held in Vân Đồn by the sector union: before the zone union's class for the same people held online.
    assert codes(engine, "lớp cho đoàn viên ở khu kinh tế Vân Đồn")[0] == "SV-03"


def test_the_zone_asked_as_a_place_holds_another_unions_class(engine: QAEngine) -> None:
    assert set(codes(engine, "lớp ở khu kinh tế Vân Đồn")) == {"SV-03", "SV-07", "SV-08"}


def test_the_zones_union_asked_as_organiser_is_its_own_classes(engine: QAEngine) -> None:
    assert set(codes(engine, "lớp của công đoàn KKT Vân Đồn")) == {"SV-07", "SV-08"}


def test_an_office_writes_thi_xa_short() -> None:
    assert ("thi xa", "nghi son") in place_mentions("Hội trường Nhà máy, phường Hải Bình (TX Nghi Sơn cũ)")
