"""Back to a plan's figures after an aside about classes or a fact: «quay lại chỉ tiêu lúc nãy, còn thiếu bao
nhiêu» goes on with the plan asked before (knowledge/language/followup.py Subject.plan, _back_to_plan); a plan
named anew («quay lại chỉ tiêu năm 2025») is a question of its own."""

from __future__ import annotations

from knowledge.language.followup import Subject
from knowledge.qa import QAEngine
from tests.test_followup_returns import qa, talk  # noqa: F401  (the fixture, with its classes and plans)


def test_back_to_the_plan_after_classes(qa: QAEngine) -> None:  # noqa: F811
    *_, (codes, intent, _) = talk(qa, "năm nay LĐLĐ Quảng Ninh bồi dưỡng chủ tịch CĐCS đạt bao nhiêu",
                                  "à mà Huế có lớp nữ công nào không", "quay lại chỉ tiêu lúc nãy, còn thiếu bao nhiêu")
    assert (intent, codes[:1]) == ("target", ["CT-QNI-26"])


def test_the_plan_again_as_it_was_asked(qa: QAEngine) -> None:  # noqa: F811
    *_, (codes, intent, _) = talk(qa, "năm nay LĐLĐ Quảng Ninh bồi dưỡng chủ tịch CĐCS đạt bao nhiêu",
                                  "Huế có lớp nữ công nào không", "lớp đầu học ở đâu", "thôi quay lại chỉ tiêu lúc nãy nhé")
    assert (intent, codes[:1]) == ("target", ["CT-QNI-26"])


def test_the_plan_is_kept_in_the_state() -> None:
    kept = Subject(kind="courses", question="lớp nữ công ở Huế", codes=("A",), titles=("a",), plan="chỉ tiêu Huế")
    assert Subject.from_dict(kept.to_dict()) == kept
