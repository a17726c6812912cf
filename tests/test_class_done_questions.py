"""Whether a class has taken place («… tháng 11 học chưa», «… đã kết thúc chưa»): a month named with no year is
the one just gone by when this year's is over, and a class ended lately is listed, said to have ended, before
those to come. Hand-made data: a province's class that ended last month and its next one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from handlers.compose import course_line
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=TZ)
ORGS = [OrgRec(1, "PY", "Liên đoàn Lao động tỉnh Phú Yên", "province", "Đắk Lắk", None)]


def course(cid: int, title: str, day: dt.date, status: str = "open") -> CourseRec:
    start = dt.datetime.combine(day, dt.time(8), TZ).astimezone(dt.UTC)
    return CourseRec(
        id=cid, code=f"D-{cid:02d}", title=title, topic="kiem_tra", audiences=("uy_vien_ubkt",), organiser_id=1,
        organiser_name=ORGS[0].name, partner=None, province="Đắk Lắk", venue="Hội trường LĐLĐ tỉnh",
        format="tap_trung", starts_at=start, ends_at=start + dt.timedelta(hours=8),
        registration_deadline=start - dt.timedelta(days=3), capacity=50, status=status,
    )


ENDED = course(1, "Nghiệp vụ công tác kiểm tra công đoàn (khóa tháng 11)", dt.date(2026, 11, 18), "finished")
NEXT = course(2, "Nghiệp vụ công tác kiểm tra công đoàn", dt.date(2027, 3, 9))


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=[ENDED, NEXT], tz=TZ)


def test_a_month_gone_by_asked_whether_it_was_held_is_this_years(engine: QAEngine) -> None:
    ans = engine.answer("lớp kiểm tra công đoàn đắk lắk tháng 11 học chưa", now=NOW)
    assert ans.slots.time is not None and ans.slots.time.start.year == 2026
    assert ans.intent == "course" and [c.code for c in ans.courses] == ["D-01"]


def test_a_month_with_its_year_is_kept(engine: QAEngine) -> None:
    ans = engine.answer("lớp kiểm tra công đoàn đắk lắk tháng 11 năm 2027 học chưa", now=NOW)
    assert ans.slots.time is not None and ans.slots.time.start.year == 2027


def test_a_month_ahead_is_not_moved_back(engine: QAEngine) -> None:
    ans = engine.answer("lớp kiểm tra đắk lắk tháng 3 học chưa", now=NOW)
    assert ans.slots.time is not None and ans.slots.time.start.year == 2027


def test_whether_a_class_has_ended_lists_the_one_just_ended_first(engine: QAEngine) -> None:
    ans = engine.answer("lớp kiểm tra đắk lắk đã kết thúc chưa", now=NOW)
    assert ans.intent == "course" and [c.code for c in ans.courses] == ["D-01", "D-02"]


def test_without_asking_whether_it_was_held_an_ended_class_is_not_listed(engine: QAEngine) -> None:
    ans = engine.answer("lớp kiểm tra đắk lắk", now=NOW)
    assert [c.code for c in ans.courses] == ["D-02"]


def test_an_ended_class_says_so_in_a_list() -> None:
    assert "Trạng thái: ĐÃ KẾT THÚC" in course_line(ENDED, TZ, NOW)
    past_open = dataclasses.replace(ENDED, status="open")  # the organiser did not mark it: its dates say it
    assert "ĐÃ KẾT THÚC" in course_line(past_open, TZ, NOW)
    assert "KẾT THÚC" not in course_line(NEXT, TZ, NOW)
