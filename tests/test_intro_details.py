"""A chair's long self-introduction before the question: how they were elected, their workplace, its zone and
size. Who and where they are is taken from it; the workplace's description is not what is asked."""

from __future__ import annotations

from knowledge.text import chief_positions, intro_verb, normalise, without_workplace_details

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


def test_a_head_of_is_no_school() -> None:
    """«trưởng» (a head of) and «trường» (a school) fold alike: the marks typed tell them apart."""
    head = "em là chủ tịch công đoàn, trưởng phòng hành chính kiêm nhiệm, em muốn hỏi có lớp nào không"
    assert without_workplace_details(head) == head
    school = head.replace("trưởng phòng hành chính kiêm nhiệm", "trường tiểu học Kim Đồng")
    assert without_workplace_details(school) == school.replace(" trường tiểu học Kim Đồng,", "")
    plain = "em la chu tich cong doan, truong tieu hoc Kim Dong, em muon hoi co lop nao khong"
    assert without_workplace_details(plain) == plain.replace(" truong tieu hoc Kim Dong,", "")


def test_chief_positions_are_the_heads_typed_with_their_marks() -> None:
    text = "Trưởng ban nữ công trường THCS, truong phong"
    toks = normalise(text).tokens
    assert [toks[i] for i in sorted(chief_positions(text, toks))] == ["truong"]
    assert chief_positions(text, toks) == {toks.index("truong")}
    assert chief_positions("truong phong", ("truong", "phong")) == frozenset()  # typed plain: either
    assert chief_positions("trưởng phòng", ("phong",)) == frozenset()  # not lined up: nothing told
