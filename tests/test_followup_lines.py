"""«mục 2», «mục đầu tiên»: a line of the list shown, pointed at as chairs do, is the class at that position
(knowledge/language/followup.py _CLASS, _ORDINAL)."""

from __future__ import annotations

from knowledge.qa import QAEngine
from tests.test_followup_returns import qa, talk  # noqa: F401  (the fixture, with its classes and plans)


def test_a_line_of_the_list_is_the_class_at_that_position(qa: QAEngine) -> None:  # noqa: F811
    _, when, where, register = talk(qa, "Huế có những lớp nữ công nào", "mục 2 khai giảng khi nào",
                                    "mục đầu tiên ở đâu", "đăng ký mục 1")
    assert (when[2], where[2], register[2], register[1]) == ("HUE-NC-2", "HUE-NC-1", "HUE-NC-1", "register")
