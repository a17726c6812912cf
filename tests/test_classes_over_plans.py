"""A terse topic and place («thuong luong tap the ha tinh») when a plan of that province sets figures on the same
topic and classes on it exist: with no word of a target or a count, the classes are what a chair means."""

from __future__ import annotations

import dataclasses

from knowledge.qa import QAEngine
from knowledge.records import TargetRec
from tests.conftest import FIXED_NOW
from tests.test_terse_evidence import COURSES, FACTS, ORGS, TZ, target


def _engine() -> QAEngine:
    topical: TargetRec = dataclasses.replace(target(7, 2, 2026), code="CT-TL",
                                             metric="Tập huấn thương lượng tập thể cho cán bộ công đoàn")
    return QAEngine.build(organisations=ORGS, courses=COURSES, targets=[topical], tz=TZ)


def test_a_terse_topic_and_place_means_the_classes_over_the_plan() -> None:
    ans = _engine().answer("thuong luong tap the ha tinh", now=FIXED_NOW)
    assert ans.intent == "course"
    assert {c.code for c in ans.courses} == {"K-03", "K-04"}


def test_a_target_word_still_asks_for_the_plan() -> None:
    ans = _engine().answer("chỉ tiêu thương lượng tập thể hà tĩnh năm nay", now=FIXED_NOW)
    assert ans.intent == "target" and ans.matches[0].code == "CT-TL"


def test_a_whole_year_is_a_plans_period() -> None:
    ans = _engine().answer("thuong luong tap the ha tinh 2026", now=FIXED_NOW)
    assert ans.intent == "target" and ans.matches[0].code == "CT-TL"


def test_a_target_asked_with_what_is_required_and_what_is_done_by_a_month() -> None:
    """«phải … bao nhiêu, đến hết tháng 9 được bao nhiêu»: the plan of the year, the month is when it is counted."""
    eng = QAEngine.build(organisations=ORGS, courses=COURSES, facts=FACTS, targets=[target(1, 1, 2026)], tz=TZ)
    ans = eng.answer("Quảng Ninh cả năm 2026 phải tập huấn bao nhiêu cán bộ công đoàn cơ sở, đến hết tháng 9 "
                     "được bao nhiu", now=FIXED_NOW)
    assert ans.slots.time is not None and ans.slots.time.kind == "year"
    assert ans.matches[0].code == "CT-1"
