"""Classes the plan dates only by a month or a quarter in searches: a class planned for the month asked is one of
that month's classes, also when the place asked is a district union's name said of the hall («ở Diễn Châu») and when
its title says «nghiệp vụ công tác công đoàn» though it is filed under another topic."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PROVINCE = OrgRec(1, "NA", "LĐLĐ tỉnh Nghệ An", "province", "Nghệ An", None)
DISTRICT = OrgRec(2, "DC", "Liên đoàn Lao động huyện Diễn Châu", "district", "Nghệ An", 1)  # no class of its own
COMMUNE = OrgRec(3, "DCX", "Công đoàn xã Diễn Thành", "commune", "Nghệ An", 1)
HALL = "Hội trường UBND xã Diễn Thành (huyện Diễn Châu cũ)"


def course(cid: int, code: str, title: str, topic: str, day: dt.date, tentative: str | None = None) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, topic, ("chu_tich_cdcs",), COMMUNE.id, COMMUNE.name, None, "Nghệ An", HALL,
                     "tap_trung", start, None if tentative else start + dt.timedelta(hours=8), None, 40,
                     "planned" if tentative else "open", tentative=tentative)


def engine() -> QAEngine:
    courses = [
        course(1, "DC-1", "Nghiệp vụ công tác công đoàn cho chủ tịch CĐCS", "nghiep_vu", dt.date(2026, 12, 11)),
        course(2, "DC-2", "Nghiệp vụ công tác công đoàn cho CĐCS mới thành lập", "phat_trien_doan_vien",
               dt.date(2027, 1, 1), tentative="tháng 1/2027"),
    ]
    return QAEngine.build(organisations=[PROVINCE, DISTRICT, COMMUNE], courses=courses, facts=[], tz=TZ)


def test_a_class_planned_for_the_month_asked_answers_the_month_at_a_place_said_by_its_hall() -> None:
    ans = engine().answer("lop o dien chau thang 1", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["DC-2"]
    assert "time" not in ans.relaxed


def test_a_class_titled_nghiep_vu_on_another_topic_answers_the_month_its_plan_gives() -> None:
    ans = engine().answer("lop nghiep vu cong doan o dien chau thang 1", now=FIXED_NOW)
    assert [c.code for c in ans.courses] == ["DC-2"]
