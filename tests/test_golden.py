"""Golden answers: each question about the built-in knowledge must find the right record first, and the
reply must print its figures the Vietnamese way.

Runs `bot.cli.ask_payload` (the dict `cadrebot ask --json` prints) against one SQLite database with the
built-in knowledge and no sample, shared by the module: the questions only read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from tests.conftest import template_deps
from tests.golden_seed import GOLDEN


@pytest.fixture(scope="module")
def golden_deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "golden")


@pytest.mark.parametrize(
    ("question", "expected", "substrings"),
    GOLDEN,
    ids=[f"{i:03d}-{code}" for i, (_, code, _) in enumerate(GOLDEN)],
)
def test_golden(golden_deps: Deps, question: str, expected: str, substrings: list[str]) -> None:
    payload = ask_payload(golden_deps, question)
    matches = payload["matches"]
    assert matches, f"no match for {question!r} (intent {payload.get('intent')!r})"
    top = [m["code"] for m in matches[:3]]
    assert matches[0]["code"] == expected, f"{question!r}: expected {expected}, got {top}"
    text = "\n".join(reply["text"] for reply in payload["replies"])
    missing = [s for s in substrings if s not in text]
    assert not missing, f"{question!r}: reply lacks {missing}:\n{text}"
