"""A target asked of a year («năm nay», «năm 2026», «năm ngoái») is that year's target, however many words an
account of another year shares with the question; «phải bồi dưỡng bao nhiêu học viên» asks the figure a union
must reach. With no record of the year asked, the other year's account still answers."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from knowledge.qa import Profile, QAEngine
from knowledge.records import FactRec, OrgRec, TargetRec
from tests.conftest import FIXED_NOW

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ORGS = [OrgRec(1, "HN", "LĐLĐ thành phố Hà Nội", "province", "Hà Nội", None),
        OrgRec(2, "GL", "LĐLĐ tỉnh Gia Lai", "province", "Gia Lai", None)]

# An account of 2016 that says every word of the questions below (Hà Nội, bồi dưỡng, học viên, kế hoạch).
FACTS = [FactRec(1, "HN2016-HV", 1, ORGS[0].name, 2016, 2016, "nghiep_vu", "Hà Nội bồi dưỡng bao nhiêu học viên?",
                 "Năm 2016, các cấp công đoàn Hà Nội phải bồi dưỡng 3.580 học viên theo kế hoạch; đã bồi dưỡng 3.831 "
                 "lượt học viên.", "bồi dưỡng;học viên", 3831, 3580, "học viên")]
TARGETS = [
    TargetRec(1, "CT2026-HN-HV", 1, ORGS[0].name, 2026, 2026, "Đào tạo, bồi dưỡng cán bộ công đoàn các cấp", None,
              880, "học viên", 695, None),
    TargetRec(2, "CT2025-GL-HV", 2, ORGS[1].name, 2025, 2025, "Tập huấn nghiệp vụ cho cán bộ công đoàn", None,
              620, "học viên", 640, None),
]


@pytest.fixture(scope="module")
def qa() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=[], facts=FACTS, targets=TARGETS, tz=TZ)


@pytest.mark.parametrize("question", [
    "hà nội năm nay phải bồi dưỡng bao nhiêu học viên",
    "Hà Nội năm 2026 phải bồi dưỡng bao nhiêu học viên, đạt được bao nhiêu rồi",
    "ha noi nam nay phai dao tao bao nhieu hoc vien",
])
def test_the_year_asked_is_that_years_target(qa: QAEngine, question: str) -> None:
    ans = qa.answer(question, now=FIXED_NOW)
    assert ans.intent == "target"
    assert ans.matches[0].code == "CT2026-HN-HV"


def test_the_asker_province_this_year(qa: QAEngine) -> None:
    ans = qa.answer("tỉnh mình năm nay phải bồi dưỡng bao nhiêu học viên đạt được bao nhiêu rồi", now=FIXED_NOW,
                    profile=Profile(province="Hà Nội", organisation_id=1))
    assert ans.matches[0].code == "CT2026-HN-HV"


def test_another_years_account_answers_when_that_year_has_none(qa: QAEngine) -> None:
    assert qa.answer("năm 2016 hà nội bồi dưỡng được bao nhiêu học viên", now=FIXED_NOW).matches[0].code == "HN2016-HV"


def test_a_greeting_before_a_spoken_target_question(qa: QAEngine) -> None:
    ans = qa.answer("em chào ạ liên đoàn lao động tỉnh gia lai năm 2025 phải bồi dưỡng bao nhiêu học viên", now=FIXED_NOW)
    assert ans.intent == "target" and ans.matches[0].code == "CT2025-GL-HV"
