"""A terse topic and place («thuong luong tap the ha tinh») when a plan of that province sets figures on the same
topic and classes on it exist: with no word of a target or a count, the classes are what a chair means."""

from __future__ import annotations

import dataclasses

from knowledge.qa import QAEngine
from knowledge.records import TargetRec
from tests.conftest import FIXED_NOW
from tests.test_terse_evidence import COURSES, ORGS, TZ, target


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
