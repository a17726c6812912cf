"""«năm ngoái tỉnh mình được bao nhiêu», «Nghệ An năm 2025 dc bn ạ»: what a province or union reached in a year,
asked with nothing counted after it, is its plan's figures; a class's «được bao nhiêu người» is not."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import CourseRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "QT", "LĐLĐ tỉnh Quảng Trị", "province", "Quảng Trị", None)]


def plan(tid: int, year: int, target: float, achieved: float) -> TargetRec:
    return TargetRec(id=tid, code=f"CT-QT-{year}", organisation_id=1, organisation_name=ORGS[0].name,
                     period_start=year, period_end=year, metric="Đào tạo cán bộ công đoàn", audience=None,
                     target_value=target, unit="học viên", achieved_value=achieved, as_of=dt.date(year, 12, 31))


START = dt.datetime(2027, 1, 12, 8, tzinfo=TZ).astimezone(dt.UTC)
COURSES = [CourseRec(1, "QT-TC", "Nghiệp vụ tài chính công đoàn", "tai_chinh", ("chu_tich_cdcs",), 1, ORGS[0].name,
                     None, "Quảng Trị", "Hội trường LĐLĐ tỉnh", "tap_trung", START, START + dt.timedelta(days=1),
                     START - dt.timedelta(days=5), 40, "open")]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[plan(1, 2025, 900, 930), plan(2, 2026, 1000, 640)],
                          facts=[], tz=TZ)


@pytest.mark.parametrize("q", ["nam ngoai tinh minh duoc bao nhieu a", "năm 2025 tỉnh mình dc bn ko"])
def test_my_province_last_year(qa: QAEngine, q: str) -> None:
    ans = qa.answer(q, now=FIXED_NOW, profile=Profile(province="Quảng Trị"))
    assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["CT-QT-2025"]


def test_a_province_named(qa: QAEngine) -> None:
    ans = qa.answer("quang tri nam ngoai duoc bao nhieu", now=FIXED_NOW)
    assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["CT-QT-2025"]


def test_a_class_counted_is_no_plan(qa: QAEngine) -> None:
    assert qa.answer("lop tai chinh o quang tri nam nay duoc bao nhieu", now=FIXED_NOW).intent != "target"
