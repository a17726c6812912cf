"""A class written for the grassroots cadres as a whole («Cán bộ CĐCS») is a class for each grassroots officer:
listed when a chair, a vice-chair or a committee member asks, after the classes whose audience names that role,
and never for the cadres of the unions above, lecturers or members."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PROVINCE = OrgRec(1, "QT", "LĐLĐ tỉnh Quảng Trị", "province", "Quảng Trị", None)
COMPANY = OrgRec(2, "CSV", "CĐCS Công ty TNHH Giày Hải Lăng", "grassroots", "Quảng Trị", 1)


def course(cid: int, code: str, title: str, day: dt.date, audiences: tuple[str, ...] = (), written: str = "",
           org: OrgRec = PROVINCE, topic: str = "nghiep_vu") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, topic, audiences, org.id, org.name, None, org.province, None,
                     "tap_trung", start, start + dt.timedelta(days=1), start - dt.timedelta(days=5), 40, "open",
                     audience_text=written)


COURSES = [
    course(1, "QT-CT", "Kỹ năng điều hành cuộc họp", dt.date(2026, 12, 20), ("chu_tich_cdcs", "uy_vien_bch")),
    course(2, "QT-CB", "Bồi dưỡng nghiệp vụ tuyên giáo công đoàn", dt.date(2026, 12, 8), written="Cán bộ CĐCS"),
    course(3, "QT-PX", "Nghiệp vụ cho cán bộ phường", dt.date(2026, 12, 10), written="Cán bộ CĐ phường, xã"),
    course(4, "QT-DV", "Tìm hiểu Bộ luật Lao động", dt.date(2026, 12, 12), ("doan_vien",)),
    course(5, "QT-GV", "Phương pháp soạn bài", dt.date(2026, 12, 14), ("giang_vien_kiem_chuc",)),
]


def codes(qa: QAEngine, q: str) -> list[str]:
    return [c.code for c in qa.answer(q, now=FIXED_NOW).courses]


def test_a_class_for_grassroots_cadres_is_listed_for_a_chair_after_the_chairs_own() -> None:
    qa = QAEngine.build(organisations=[PROVINCE], courses=COURSES, facts=[], tz=TZ)
    # The general class is earlier, yet the class naming chairs comes first.
    assert codes(qa, "ở Quảng Trị tháng 12 có lớp nào cho chủ tịch công đoàn cơ sở không") == ["QT-CT", "QT-CB"]
    assert codes(qa, "lớp nào cho phó chủ tịch CĐCS ở Quảng Trị") == ["QT-CB"]
    assert codes(qa, "lớp cho ủy viên ban chấp hành ở Quảng Trị") == ["QT-CT", "QT-CB"]


def test_a_class_for_grassroots_cadres_is_no_class_for_lecturers_or_members() -> None:
    qa = QAEngine.build(organisations=[PROVINCE], courses=COURSES, facts=[], tz=TZ)
    assert "QT-CB" not in codes(qa, "lớp nào cho giảng viên kiêm chức ở Quảng Trị")
    assert "QT-CB" not in codes(qa, "lớp nào cho đoàn viên ở Quảng Trị")


def test_the_askers_own_union_with_a_class_only_at_another_time_gives_way_to_the_period_asked() -> None:
    # The company's own class for its cadres is in January; the chair asks for December.
    own = course(6, "CSV-1", "Huấn luyện an toàn, vệ sinh lao động nhóm 4", dt.date(2027, 1, 12),
                 written="Cán bộ CĐCS", org=COMPANY, topic="atvsld")
    qa = QAEngine.build(organisations=[PROVINCE, COMPANY], courses=[*COURSES, own], facts=[], tz=TZ)
    got = codes(qa, "Mình là CT CĐCS công ty giày Hải Lăng ở Quảng Trị, có lớp nào cho chủ tịch ở Quảng Trị "
                    "tháng 12 ko")
    assert got[:1] == ["QT-CT"] and "CSV-1" not in got
