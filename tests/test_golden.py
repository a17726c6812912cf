"""Golden answers: each question about the built-in knowledge must find the right record first.

Runs `bot.cli.ask_payload` (the dict `cadrebot ask --json` prints) on a fresh SQLite database with the
built-in knowledge loaded (the `deps` fixture from conftest). The import is inside the test so that a
missing engine fails these tests only, not the collection of the whole suite.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from tests.golden_seed import GOLDEN


@pytest.mark.parametrize(
    ("question", "expected", "substrings"),
    GOLDEN,
    ids=[f"{i:03d}-{code}" for i, (_, code, _) in enumerate(GOLDEN)],
)
def test_golden(deps: Any, question: str, expected: str, substrings: list[str]) -> None:
    from bot.cli import ask_payload

    payload: Any = ask_payload(deps, question)
    if inspect.iscoroutine(payload):
        payload = asyncio.run(payload)  # tolerate an async ask_payload
    matches = payload["matches"]
    assert matches, f"no match for {question!r} (intent {payload.get('intent')!r})"
    top = [m["code"] for m in matches[:3]]
    assert matches[0]["code"] == expected, f"{question!r}: expected {expected}, got {top}"
    text = "\n".join(reply["text"] for reply in payload["replies"])
    missing = [s for s in substrings if s not in text]
    assert not missing, f"{question!r}: reply lacks {missing}:\n{text}"
