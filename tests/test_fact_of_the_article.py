"""A figure asked by the programme or matter its article is about: «tôi nghe nói Lạng Sơn có chương trình nâng cao
chất lượng cán bộ công đoàn, kết quả bao nhiêu phần trăm …». The fact's own sentence does not repeat what the
article is about (its title, «Giải pháp nâng cao chất lượng hoạt động công đoàn»), and a hearsay opening («tôi
nghe nói», «nghe đâu») is how the asker came to ask, no word of what is asked: neither leaves the fact unsaid.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from tests.conftest import payload_text as reply_text
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "fact_of_the_article")


def ask(deps: Deps, text: str) -> str:
    return reply_text(ask_payload(deps, text))


def test_a_figure_asked_by_the_matter_its_article_is_about(deps: Deps) -> None:
    reply = ask(deps, "nghe đâu Lạng Sơn có giải pháp nâng cao chất lượng hoạt động công đoàn, họ cử bao nhiêu "
                      "cán bộ đi học lớp của Tổng Liên đoàn")
    assert "25 CBCĐ" in reply
    reply = ask(deps, "tôi nghe nói Lạng Sơn có chương trình nâng cao chất lượng cán bộ công đoàn thì bao nhiêu "
                      "phần trăm cán bộ không chuyên trách được bồi dưỡng")
    assert "70%" in reply


def test_the_article_s_words_answer_nothing_else(deps: Deps) -> None:
    reply = ask(deps, "chất lượng không khí ở Lạng Sơn hôm nay thế nào")
    assert "%" not in reply and "CBCĐ" not in reply
