"""Questions the seed records only seem to answer: when a body was founded (a record sharing its name and a year
does not say it), and the weather (a storm heading for a province read as a plan's «KH»). Both get no record;
a founding question is logged as unknown. A record's figure is said with its unit, as the article prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "unasked")


def _text(payload: dict[str, object]) -> str:
    replies = payload["replies"]
    assert isinstance(replies, list)
    return "\n".join(str(r["text"]) for r in replies)


@pytest.mark.parametrize("question", ["công đoàn việt nam thành lập năm nào", "Công đoàn Việt Nam ra đời ngày nào"])
def test_a_founding_date_no_record_says_is_not_answered(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["intent"] == "unknown" and payload["band"] == "low"
    assert "Nguồn:" not in _text(payload)  # no record quoted as if it said so


@pytest.mark.parametrize("question", ["bão số mấy sắp vào KH vậy ad", "mai Cần Thơ có mưa không"])
def test_the_weather_is_small_talk_even_with_a_province_code(deps: Deps, question: str) -> None:
    assert ask_payload(deps, question)["intent"] == "off_topic"


def test_a_storm_beside_a_class_is_not_small_talk(deps: Deps) -> None:
    assert ask_payload(deps, "bão số 3 có làm hoãn lớp tập huấn ở Huế không")["intent"] != "off_topic"


def test_a_members_figure_keeps_its_unit(deps: Deps) -> None:
    text = _text(ask_payload(deps, "cdcs htx dong tam doan vien tang tu bao nhieu len bao nhieu"))
    assert "10 đoàn viên" in text and "38 đoàn viên" in text


def test_civil_servants_written_as_offices_write_them() -> None:
    from knowledge.lexicon import ABBREVIATIONS

    assert ABBREVIATIONS["cbccvc"] == "can bo cong chuc vien chuc"


def test_civil_servants_abbreviated_find_their_figure(deps: Deps) -> None:
    assert "14.581" in _text(ask_payload(deps, "ST bn CBCCVC học CNTT"))
