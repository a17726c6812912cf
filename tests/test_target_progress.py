"""Progress towards a target asked with no year («tiến độ bồi dưỡng chủ tịch đến đâu rồi», «còn thiếu bao nhiêu»):
where the plan stands now, which this year's targets say; last year's figures, done and closed, are no answer."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "NA", "Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An", None)]
CHAIRS = "Bồi dưỡng nghiệp vụ Chủ tịch, Phó Chủ tịch CĐCS"


def target(tid: int, year: int, metric: str, goal: int, done: int) -> TargetRec:
    return TargetRec(tid, f"NA-{year}-{tid}", 1, ORGS[0].name, year, year, metric, None, goal, "học viên", done,
                     dt.date(year, 11, 15))


TARGETS = [target(1, 2025, CHAIRS, 600, 648), target(2, 2026, CHAIRS, 650, 520),
           target(3, 2026, "Huấn luyện an toàn, vệ sinh lao động", 400, 310)]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=[], targets=TARGETS, tz=TZ)


CHAIR = Profile(role="chu_tich_cdcs", organisation_id=1, province="Nghệ An")


@pytest.mark.parametrize("asked", ["tiến độ bồi dưỡng chủ tịch cđcs đến đâu rồi",
                                   "bồi dưỡng chủ tịch cđcs đạt bao nhiêu rồi", "chỉ tiêu bồi dưỡng chủ tịch đạt chưa"])
def test_progress_asked_with_no_year_is_this_years(qa: QAEngine, asked: str) -> None:
    ans = qa.answer(asked, now=FIXED_NOW, profile=CHAIR)
    assert ans.intent == "target" and [m.code for m in ans.matches][:1] == ["NA-2026-2"]
    assert "NA-2025-1" not in [m.code for m in ans.matches]


def test_targets_asked_with_no_year_and_no_progress_still_show_last_year_after(qa: QAEngine) -> None:
    ans = qa.answer("chỉ tiêu bồi dưỡng chủ tịch cđcs", now=FIXED_NOW, profile=CHAIR)
    codes = [m.code for m in ans.matches]
    assert codes[:1] == ["NA-2026-2"] and "NA-2025-1" in codes
