"""«lớp thứ 2 học online à» after a list of one class: the list is shorter, so the class shown is offered with how it
is held asked — not a search for online classes whose second one the user never saw (a blind tester was offered
a class never shown, then told its seats)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "HG", "Công đoàn phường Hồng Gai", "ward", "Quảng Ninh", None),
        OrgRec(2, "QN", "LĐLĐ tỉnh Quảng Ninh", "province", "Quảng Ninh", None)]


def course(cid: int, code: str, title: str, roles: tuple[str, ...], fmt: str, venue: str, org: int = 1) -> CourseRec:
    start = dt.datetime(2026, 12, 20 + cid, 8, tzinfo=TZ).astimezone(dt.UTC)
    return CourseRec(cid, code, title, "kiem_tra" if cid in (1, 4) else "nghiep_vu", roles, org, ORGS[org - 1].name,
                     None,
                     "Quảng Ninh", venue, fmt, start, start + dt.timedelta(hours=8), start - dt.timedelta(days=5),
                     40, "open")


COURSES = [
    course(1, "HG-KT", "Bồi dưỡng nghiệp vụ công tác kiểm tra công đoàn", ("uy_vien_ubkt",), "tap_trung",
           "Hội trường UBND phường Hồng Gai (TP Hạ Long cũ)"),
    course(2, "HG-NV", "Bồi dưỡng nghiệp vụ công tác công đoàn", ("chu_tich_cdcs",), "truc_tuyen", "Trực tuyến"),
    course(3, "HG-NV2", "Bồi dưỡng nghiệp vụ công tác công đoàn (đợt 2)", ("chu_tich_cdcs",), "truc_tuyen",
           "Trực tuyến"),
    # The province's online class for inspection members: none of Hạ Long's list, yet an online one.
    course(4, "QN-KT-ON", "Nghiệp vụ kiểm tra, giám sát", ("uy_vien_ubkt",), "truc_tuyen", "Trực tuyến", org=2),
]


def test_a_position_past_a_one_class_list_asked_with_a_format_offers_the_class_shown() -> None:
    qa = QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)
    first, subject, _ = answer_in_context(qa, "e ở hạ long, ubkt có lớp j k", None, now=FIXED_NOW)
    assert first is not None and [c.code for c in first.courses] == ["HG-KT"]
    ans, _, follow = answer_in_context(qa, "lớp thứ 2 học online à", subject, now=FIXED_NOW)
    assert ans is None and follow.action == "choose" and follow.beyond == 2 and follow.shown == 1
    assert [c.code for c in follow.choices] == ["HG-KT"]
