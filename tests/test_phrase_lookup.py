"""The phrase lookups of the answering engine read a question word by word (by each phrase's first word)
instead of searching the text once per phrase: the same answers as the regular expression and the text
search they replace, at the edges too (a phrase at the start or the end, doubled spaces, a line break)."""

from __future__ import annotations

from knowledge.qa import _has, _phrase_pattern, _phrase_positions

PHRASES = ("lop", "khoa hoc", "co lop", "lop nao", "tap huan", "boi duong can bo", "x")


def _by_pattern(folded: str, *phrases: str) -> bool:
    return _phrase_pattern(phrases).search(folded) is not None


def _by_text(tokens: list[str], phrases: tuple[str, ...]) -> frozenset[int]:
    text = " " + " ".join(tokens) + " "
    starts = [0]
    for t in tokens:
        starts.append(starts[-1] + len(t) + 1)
    out: set[int] = set()
    for phrase in phrases:
        at = text.find(f" {phrase} ")
        while at >= 0:
            if at in starts:
                first = starts.index(at)
                out.update(range(first, first + len(phrase.split())))
            at = text.find(f" {phrase} ", at + 1)
    return frozenset(out)


def test_has_reads_phrases_as_whole_words_like_the_pattern() -> None:
    texts = ["co lop nao", "lop", "khoa hocx", "xkhoa hoc", "boi duong can bo", "boi duong can", "  lop  ",
             "co  lop", "tap huan\n", "cac lop\n", "", " ", "hoc x y", "lopx lop"]
    for text in texts:
        assert _has(text, *PHRASES) == _by_pattern(text, *PHRASES), text
    assert _has("co lop nao", "lop nao")
    assert not _has("co lopnao", "lop nao")
    assert _has("chieu nay\n", "nay") == _by_pattern("chieu nay\n", "nay")  # «$» before a final line break


def test_phrase_positions_cover_every_mention_like_the_text_search() -> None:
    cases = [["co", "lop", "nao", "lop", "nao"], ["boi", "duong", "can", "bo", "lop"], ["x", "x"], [],
             ["khoa", "hoc", "khoa", "hoc", "co", "lop"]]
    for tokens in cases:
        assert _phrase_positions(tokens, PHRASES) == _by_text(tokens, PHRASES), tokens
    assert _phrase_positions(["co", "lop", "nao"], PHRASES) == frozenset({0, 1, 2})
    # A token that is no single word (never made by the normaliser) is read by the text search.
    odd = ["co lop", "nao"]
    assert _phrase_positions(odd, PHRASES) == _by_text(odd, PHRASES)
