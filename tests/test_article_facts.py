"""The articles' facts asked by the person who wrote them or the school a class was held with: the citation
names the author, a count of people is any people, and figures keep the article's own writing («05 lớp»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import ask_payload
from handlers.deps import Deps
from tests.conftest import payload_text as reply_text
from tests.conftest import template_deps


@pytest.fixture(scope="module")
def deps(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Deps:
    return template_deps(_sqlite_template, tmp_path_factory, "articles")


@pytest.mark.parametrize("question", [
    "Ai là người viết bài về nâng cao trình độ cho đoàn viên ở Sóc Trăng?",
    "bai viet ve nang cao trinh do doan vien soc trang tac gia la ai",
])
def test_who_wrote_an_article_is_answered_by_its_citation(deps: Deps, question: str) -> None:
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("fact", "target"), (payload["intent"], payload["matches"][:1])
    assert "Lục Bích Phúc" in reply_text(payload)


def test_how_many_people_counts_cadres_too(deps: Deps) -> None:
    """«bao nhiêu người» is answered by the class that counts its 41 cán bộ, which also names the school."""
    payload = ask_payload(deps, "soc trang mo lop quan ly nha nuoc voi truong nao, bao nhieu nguoi hoc vay")
    assert payload["matches"][0]["code"] == "ST2015-CHUYENVIENCHINH"
    text = reply_text(payload)
    assert "Tôn Đức Thắng" in text and "41" in text


def test_the_count_of_classes_is_written_as_the_article_writes_it(deps: Deps) -> None:
    payload = ask_payload(deps, "Sóc Trăng mở bao nhiêu lớp cho chủ tịch công đoàn cơ sở?")
    assert payload["matches"][0]["code"] == "ST2015-CHUTICH"
    assert "05 lớp" in reply_text(payload) and "746" in reply_text(payload)


@pytest.mark.parametrize("question", ["doan phi cong doan phai dong bao nhieu", "cong doan thu doan phi bao nhieu",
                                      "doan phi cong doan la bao nhieu"])
def test_a_topic_no_record_says_is_not_answered_by_the_records_other_words(deps: Deps, question: str) -> None:
    """«đoàn phí» is a finance matter, but the article's «kinh phí» of its classes says nothing of it, however
    many of the other words («công đoàn», «phí», «bao nhiêu») it shares."""
    payload = ask_payload(deps, question)
    assert payload["intent"] in ("unknown", "off_topic"), (payload["intent"], payload["matches"][:1])


@pytest.mark.parametrize(("question", "post"), [
    ("ông phạm bá vĩnh giữ chức gì", "Phó Chủ tịch"),
    ("bà trần thị kim anh làm chức vụ gì", "Phó Chủ tịch Thường trực"),
])
def test_a_person_named_in_full_is_asked_about_by_their_post(deps: Deps, question: str, post: str) -> None:
    """A full name the record writes is what the question is about, though it says no union word and
    words the record leaves out («giữ chức», «bà»)."""
    payload = ask_payload(deps, question)
    assert payload["intent"] == "fact", (payload["intent"], payload["matches"][:1])
    assert post in reply_text(payload)


def test_a_person_named_is_not_asked_about_their_health(deps: Deps) -> None:
    payload = ask_payload(deps, "ông phạm bá vĩnh có khỏe không")
    assert payload["intent"] not in ("fact", "target", "document"), payload["matches"][:1]
