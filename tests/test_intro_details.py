"""A chair's long self-introduction before the question: how they were elected, their workplace, its zone and
size. Who and where they are is taken from it; the workplace's description is not what is asked."""

from __future__ import annotations

from knowledge.text import intro_verb, normalise, without_workplace_details

LONG = ("Chào anh chị, em mới được bầu làm chủ tịch công đoàn công ty may Tiến Thành ở KCN Phố Nối, công ty có "
        "500 công nhân, em muốn hỏi có lớp nào cho chủ tịch mới không ạ")


def test_the_workplace_size_after_an_introduction_is_left_out() -> None:
    assert without_workplace_details(LONG) == LONG.replace(" công ty có 500 công nhân,", "")
    text = "e lam ct cdcs o thai nguyen, cty e co 1.200 cn chu yeu la nu. co lop nu cong nao ko"
    assert without_workplace_details(text) == "e lam ct cdcs o thai nguyen, co lop nu cong nao ko"


def test_clauses_that_ask_or_say_when_stay() -> None:
    for text in ("em là CT CĐCS Hà Nội, tháng 12/2026, có lớp gì", "công ty có 500 công nhân, có lớp nào",
                 "em là CT CĐCS, Lạng Sơn, lớp ATVSLĐ", "mình là chủ tịch CĐCS, công ty có lớp ATVSLĐ không"):
        assert without_workplace_details(text) == text


def test_elected_as_is_one_introducing_verb() -> None:
    toks = normalise("em mới được bầu làm chủ tịch").tokens
    assert toks[intro_verb(toks, 0) or 0] == "lam" and intro_verb(toks, 0) == 4
