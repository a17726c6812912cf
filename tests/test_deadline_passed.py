"""«lớp nào hết hạn đăng ký rồi»: the classes still to come whose registration deadline is past, said so in the
heading, or a plain sentence that none is; never every class. «sắp hết hạn» keeps the classes still open."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import NO_PASSED_DEADLINE, courses_reply
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
ORGS = [OrgRec(1, "KH", "Liên đoàn Lao động tỉnh Khánh Hòa", "province", "Khánh Hòa", None)]


def course(cid: int, day: dt.date, deadline: dt.date) -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"H-{cid:02d}", title=f"Tập huấn nghiệp vụ công đoàn khóa {cid}", topic="nghiep_vu",
        audiences=("chu_tich_cdcs",), organiser_id=1, organiser_name=ORGS[0].name, partner=None,
        province="Khánh Hòa", venue="Hội trường LĐLĐ tỉnh", format="tap_trung", starts_at=start,
        ends_at=start + dt.timedelta(hours=8),
        registration_deadline=dt.datetime.combine(deadline, dt.time(23, 59), TZ).astimezone(dt.UTC),
        capacity=50, status="open",
    )


D = dt.date
CLOSED = course(1, D(2026, 12, 4), D(2026, 11, 28))
OPEN = course(2, D(2026, 12, 20), D(2026, 12, 15))
LATER = course(3, D(2027, 2, 2), D(2027, 1, 25))
CLOSED_TOO = course(4, D(2026, 12, 7), D(2026, 11, 30))


@pytest.mark.parametrize("question", ["lop nao het han dang ky roi", "lớp nào đã hết hạn đăng ký"])
def test_the_classes_whose_deadline_has_passed(question: str) -> None:
    eng = QAEngine.build(organisations=ORGS, courses=[CLOSED, OPEN, LATER, CLOSED_TOO], tz=TZ)
    ans = eng.answer(question, now=NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses] == ["H-01", "H-04"]
    assert "đã hết hạn đăng ký" in courses_reply(ans, TZ, NOW)[0].text.splitlines()[0]


def test_none_passed_is_said_plainly() -> None:
    eng = QAEngine.build(organisations=ORGS, courses=[OPEN, LATER], tz=TZ)
    ans = eng.answer("lop nao het han dang ky roi", now=NOW)
    assert ans.intent == "course" and not ans.courses
    assert courses_reply(ans, TZ, NOW)[0].text == NO_PASSED_DEADLINE


def test_closing_soon_still_lists_the_open_ones() -> None:
    eng = QAEngine.build(organisations=ORGS, courses=[CLOSED, OPEN, LATER], tz=TZ)
    ans = eng.answer("lớp nào sắp hết hạn đăng ký", now=NOW)
    assert [c.code for c in ans.courses][:1] == ["H-02"]
