"""Two kinds of follow-up chairs word in many ways (knowledge/language/followup.py): the wish to register for a
class of the list said without «đăng ký» («em muốn học lớp thứ 2», «cho em theo học lớp đầu», «giữ chỗ cho
mình», «báo danh lớp cuối»), and how far a plan's figure still is from its target, after that figure («cần thêm
bao nhiêu nữa», «phải mở thêm mấy lớp nữa», «tỷ lệ hoàn thành bao nhiêu»)."""

from __future__ import annotations

import pytest

from knowledge.language.followup import Subject, wants_register
from knowledge.qa import QAEngine
from knowledge.search.subject import answer_in_context
from tests.conftest import FIXED_NOW
from tests.test_followup_returns import qa, talk  # noqa: F401  (the fixture, with its classes and plans)


@pytest.mark.parametrize(("wish", "code"), [
    ("em muốn học lớp thứ 2", "HUE-NC-2"),
    ("cho em theo học lớp đầu tiên", "HUE-NC-1"),
    ("mình xin tham gia lớp cuối", "HUE-NC-2"),
    ("đặt chỗ giúp em lớp thứ hai", "HUE-NC-2"),
    ("báo danh lớp đầu cho mình", "HUE-NC-1"),
    ("cho em 1 suất lớp thứ 2", "HUE-NC-2"),
])
def test_a_wish_to_join_a_class_of_the_list_registers_for_it(qa: QAEngine, wish: str, code: str) -> None:  # noqa: F811
    _, (codes, intent, asked) = talk(qa, "Huế có những lớp nữ công nào", wish)
    assert (intent, asked, codes[:1]) == ("register", code, [code])


def test_giu_cho_right_after_one_class_registers_for_it(qa: QAEngine) -> None:  # noqa: F811
    *_, (codes, intent, _) = talk(qa, "Huế có những lớp nữ công nào", "lớp thứ 2 học ở đâu", "ok giữ chỗ cho mình nhé")
    assert (intent, codes[:1]) == ("register", ["HUE-NC-2"])


@pytest.mark.parametrize("asked", ["em muốn học về an toàn lao động thì có lớp nào", "ai được tham gia lớp này",
                                   "xin cho em hỏi lớp này học ở đâu", "chỉ tiêu đạt cho chủ tịch CĐCS bao nhiêu"])
def test_words_near_a_wish_that_ask_something_else_are_no_registration(asked: str) -> None:
    assert not wants_register(asked)


@pytest.mark.parametrize("gap", ["cần thêm bao nhiêu nữa", "phải mở thêm mấy lớp nữa", "còn bao nhiêu nữa mới đạt",
                                 "tỷ lệ hoàn thành bao nhiêu", "tỉ lệ đạt bao nhiêu", "hoàn thành chưa"])
def test_how_far_the_plan_still_is_asks_the_same_plan(qa: QAEngine, gap: str) -> None:  # noqa: F811
    subject: Subject | None = None
    for text in ("năm nay LĐLĐ Quảng Ninh bồi dưỡng chủ tịch CĐCS đạt bao nhiêu", gap):
        ans, subject, follow = answer_in_context(qa, text, subject, now=FIXED_NOW)
    assert ans is not None and follow.action == "ask"
    assert (ans.intent, [m.code for m in ans.matches][:1]) == ("target", ["CT-QNI-26"])
