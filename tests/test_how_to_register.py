"""«ko bik đăng ký lớp ntn», «làm sao để đăng ký»: how registering works, asked with no class named, is answered
with the steps (find the class, then its «Đăng ký lớp này»), not with a list of every class and the first one
offered for registration. A class named or pointed at is still registered for as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.compose import how_to_register
from knowledge.qa import QAEngine
from tests.conftest import FIXED_NOW, template_deps
from tests.conftest import payload_text as reply_text
from tests.test_terse_evidence import COURSES, ORGS, TZ


@pytest.fixture(scope="module")
def engine() -> QAEngine:
    return QAEngine.build(organisations=ORGS, courses=COURSES, tz=TZ)


@pytest.mark.parametrize("question", ["ko bik dang ky lop ntn", "đăng ký lớp như thế nào", "làm sao để đăng ký lớp",
                                      "cách đăng ký học", "dk lop o dau"])
def test_how_to_register_with_no_class_named(engine: QAEngine, question: str) -> None:
    assert engine.answer(question, now=FIXED_NOW).intent == "register_how"


@pytest.mark.parametrize("question", ["đăng ký lớp thương lượng tập thể hà tĩnh thế nào", "đăng ký lớp này thế nào",
                                      "hạn đăng ký thế nào", "đăng ký lớp tháng 1 như thế nào",
                                      "mình muốn học bơi, đăng ký ở đâu"])
def test_a_class_named_or_pointed_at_is_no_question_of_how(engine: QAEngine, question: str) -> None:
    assert engine.answer(question, now=FIXED_NOW).intent != "register_how"


def test_the_steps_name_the_registration_choice() -> None:
    assert "bấm «Đăng ký lớp này»" in how_to_register(buttons=True)
    assert "gõ số ứng với «Đăng ký lớp này»" in how_to_register(buttons=False)
    assert "/khoahoc" in how_to_register(buttons=True)


def test_the_chat_answers_with_the_steps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    deps = template_deps(_sqlite_template, tmp_path_factory, "register_how")
    payload = ask_payload(deps, "ko bik dang ky lop ntn")
    text = reply_text(payload)
    assert payload["intent"] == "register_how"
    assert "Đăng ký lớp này" in text and "chưa có thông tin" not in text
