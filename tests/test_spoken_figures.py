"""Numbers said in words, as a phone's voice typing writes them down, are read as the figures the articles
print: a year, a document's number, a count, a decimal, a language level."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from knowledge.language.spoken import spoken_numbers
from tests.conftest import FIXED_NOW, template_deps
from tests.conftest import payload_text as reply_text


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "spoken_figures")


@pytest.mark.parametrize(("said", "written"), [
    ("năm hai nghìn không trăm mười sáu", "năm 2016"),
    ("năm hai ngàn không trăm hai mươi", "năm 2020"),
    ("chương trình số một nghìn bốn trăm sáu mươi tư", "chương trình số 1464"),
    ("chương trình một trăm linh bốn", "chương trình 104"),
    ("tám nghìn ba trăm bốn mươi ba cán bộ", "8343 cán bộ"),
    ("trên bốn trăm lượt", "trên 400 lượt"),
    ("đạt tám mươi lăm phẩy bốn phần trăm", "đạt 85,4 phần trăm"),
    ("sáu mươi mốt phẩy hai ba phần trăm", "61,23 phần trăm"),
    ("hơn hai phẩy một tỷ đồng", "hơn 2,1 tỷ đồng"),
    ("ngày hai mươi chín tháng mười một", "ngày 29/11"),  # the day, as the period reader reads one
    ("bậc ba tương đương bê một", "bậc 3 tương đương B1"),
    ("trình độ a hai", "trình độ A2"),
    ("tháng tư", "tháng 4"),
    ("một trăm phần trăm", "100 phần trăm"),
    ("85 phẩy 4%", "85,4%"),
    ("tăng hai triệu ba trăm nghìn đồng", "tăng 2300000 đồng"),
    ("hạng hai", "hạng 2"),
])
def test_numbers_said_in_words_are_written_in_figures(said: str, written: str) -> None:
    assert spoken_numbers(said) == written


@pytest.mark.parametrize("text", [
    "năm nay có mấy lớp",  # «năm» is the year
    "hai lớp ở Hà Nội",  # a lone digit word may be a word: nothing to gain from rewriting it
    "ba tôi đi học",  # «ba» (father)
    "anh Mười ở Cần Thơ",  # a name
    "không có lớp nào",
    "mấy nghìn người",
    "mã lớp HN-hai mươi",  # a part of a code
    "ghi rõ ngày tháng năm sinh",  # a date's parts, no May
    "ngày tháng năm nào cũng được",
    "mã lớp HN/hai",  # a part of a code
])
def test_words_that_are_no_numbers_stay_words(text: str) -> None:
    assert spoken_numbers(text) == text


def test_a_span_of_years_is_not_a_figure() -> None:
    """«hai mươi năm», «mười năm»: after the tens, «năm» is years, not a five."""
    assert spoken_numbers("hai mươi năm") == "20 năm"
    assert spoken_numbers("mười năm trước") == "10 năm trước"


def test_the_question_is_read_with_the_figures(deps: Deps) -> None:
    # Read where the message comes in (the engine's entry), not in the normaliser the records share.
    norm, _ = deps.knowledge.engine().read("liên đoàn lao động huyện mê linh năm hai nghìn không trăm hai mươi tổ "
                                           "chức mấy lớp", now=FIXED_NOW)
    assert "2020" in norm.tokens


@pytest.mark.parametrize(("question", "figure"), [
    ("sóc trăng có bao nhiêu người đạt trình độ ngoại ngữ bậc ba tương đương bê một", "863"),
    ("chương trình số một trăm linh bốn của liên đoàn lao động tỉnh lạng sơn ban hành ngày nào", "29/11/2013"),
    ("liên đoàn lao động huyện mê linh năm hai nghìn không trăm hai mươi tổ chức mấy lớp tập huấn", "2 lớp"),
])
def test_a_dictated_question_gets_the_figure_it_asks(deps: Deps, question: str, figure: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("fact", "document"), (payload["intent"], payload["matches"][:1])
    assert figure in reply_text(payload)


def test_a_rise_since_a_year_said_in_words_is_the_figures_rise(deps: Deps) -> None:
    payload = ask_payload(deps, "tỷ lệ công đoàn cơ sở vững mạnh ở lạng sơn tăng bao nhiêu so với năm hai nghìn "
                                "không trăm mười ba")
    assert "8,8%" in reply_text(payload)
