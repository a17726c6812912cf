"""Who the asker said they are in a message («em là chủ tịch CĐCS cty may ở Tiền Hải, tháng 1 có lớp nào cho em»)
holds for the rest of the talk: «còn tháng sau thì sao» is for that chair in that province (a blind tester got
every province's February classes), and the conversation state keeps it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.language.followup import Subject
from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "HY", "LĐLĐ tỉnh Hưng Yên", "province", "Hưng Yên", None),
        OrgRec(2, "HT", "LĐLĐ tỉnh Hà Tĩnh", "province", "Hà Tĩnh", None)]


def course(cid: int, code: str, org: int, day: dt.date, venue: str) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    o = ORGS[org - 1]
    return CourseRec(cid, code, "Bồi dưỡng nghiệp vụ công tác công đoàn", "nghiep_vu", ("chu_tich_cdcs",), org,
                     o.name, None, o.province, venue, "tap_trung", start, start + dt.timedelta(hours=8),
                     start - dt.timedelta(days=5), 40, "open")


COURSES = [
    course(1, "HY-1", 1, dt.date(2027, 1, 14), "Nhà văn hóa xã Tiền Hải (huyện Tiền Hải cũ)"),
    course(2, "HY-2", 1, dt.date(2027, 2, 3), "Hội trường LĐLĐ tỉnh, phường Phố Hiến"),
    course(3, "HT-2", 2, dt.date(2027, 2, 1), "Hội trường LĐLĐ tỉnh Hà Tĩnh"),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


def test_the_province_said_in_an_introduction_holds_for_the_next_period(qa: QAEngine) -> None:
    first, subject, _ = answer_in_context(
        qa, "em là chủ tịch cđcs cty may ở tiền hải, tháng 1 có lớp nào cho em ko ạ", None, now=FIXED_NOW)
    assert first is not None and [c.code for c in first.courses] == ["HY-1"]
    assert subject is not None and subject.said_province == "Hưng Yên"
    # Through the conversation state, as the channels keep it between messages.
    kept = Subject.from_dict(subject.to_dict())
    assert kept is not None and kept.said_province == "Hưng Yên" and kept.said_role == subject.said_role
    then, after, _ = answer_in_context(qa, "còn tháng sau thì sao", kept, now=FIXED_NOW)
    assert then is not None and [c.code for c in then.courses] == ["HY-2"]
    assert after is not None and after.said_province == "Hưng Yên"


def test_a_saved_profile_alone_is_not_kept_as_said(qa: QAEngine) -> None:
    mine = Profile(role="chu_tich_cdcs", organisation_id=2, province="Hà Tĩnh")
    _, subject, _ = answer_in_context(qa, "tháng 2 có lớp nào cho em không", None, now=FIXED_NOW, profile=mine)
    assert subject is not None and (subject.said_role, subject.said_union, subject.said_province) == (None, None, None)
