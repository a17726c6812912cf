"""The shortcuts that make an answer cheaper at 100k courses give what the plain ways give: `a & ~b` without the
negative complement, the search's starting classes kept once, a record's key given to `token_set_ratio` as its
sorted words, a sentence's figures and provinces tested with set operations."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from knowledge.index import _AUDIENCE_WORDS, _without, iter_bits
from knowledge.qa import QAEngine
from tests.conftest import newcomer_engine

TZ_NAME = "Asia/Ho_Chi_Minh"


@pytest.fixture(scope="module")
def qa(_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> QAEngine:
    return newcomer_engine(_sqlite_template, tmp_path_factory, "speed")


def test_without_is_and_not() -> None:
    rng = random.Random(4)
    for _ in range(500):
        a, b = rng.getrandbits(rng.randint(0, 3000)), rng.getrandbits(rng.randint(0, 3000))
        assert _without(a, b) == a & ~b
        assert _without(a, -1) == 0 and _without(a, 0) == a


def test_iter_bits_gives_every_set_bit_lowest_first() -> None:
    rng = random.Random(7)
    for n in (0, 1, 8, 9, 2048, 2049, 30_000, 100_000):
        for p in (1.0, 0.5, 0.02, 0.0005):
            x = sum(1 << i for i in range(n) if rng.random() < p)
            assert list(iter_bits(x)) == [i for i in range(n) if x >> i & 1]
    assert list(iter_bits(0)) == [] and list(iter_bits(-3)) == []


def test_audience_words_lookahead_finds_what_the_plain_pattern_finds() -> None:
    import re
    plain = re.compile(_AUDIENCE_WORDS.pattern.replace("(?=[bcdgknptu])", ""))
    titles = ["tap huan ky nang cho chu tich cdcs", "boi duong phat trien doan vien", "lop cho doan vien moi",
              "nghiep vu ke toan", "ubkt co so", "tap huan (to truong) cong doan", "ket nap doan vien 2026",
              "ban nu cong", "xbch", "lop cnvcld", ""]
    for t in titles:
        assert (_AUDIENCE_WORDS.search(t) is None) == (plain.search(t) is None), t


def test_role_tiers_memoised_are_the_tiers_worked_out(qa: QAEngine) -> None:
    ix = qa.courses
    for roles in (frozenset({"chu_tich_cdcs"}), frozenset({"chu_tich_cdcs", "pho_chu_tich_cdcs"}), frozenset()):
        for pos in range(ix.n):
            assert ix.role_tier(pos, roles) == ix._tier_of(ix._role_parts(pos), roles)


def test_live_classes_are_kept_once_and_are_the_plain_masks(qa: QAEngine) -> None:
    idx = qa.courses
    finished, cancelled = idx.bits("s:finished"), idx.bits("s:cancelled")
    assert idx._live(True, True) == idx.all
    assert idx._live(True, False) == idx.all & ~cancelled
    assert idx._live(False, True) == idx.all & ~finished
    assert idx._live(False, False) == idx.all & ~finished & ~cancelled
    assert idx._live(False, False) is idx._live(False, False)


def test_records_keys_sorted_once_score_as_the_keys_themselves(qa: QAEngine) -> None:
    rows = qa._knowledge_rows()
    words = sorted({w for row in rows for w in row.item.key.split()})
    rng = random.Random(5)
    queries = [" ".join(rng.sample(words, rng.randint(1, 10))) for _ in range(300)] + ["", "lop", "xyz"]
    for row in rows:
        for q in queries:
            assert fuzz.token_set_ratio(q, row.fuzz_key) == fuzz.token_set_ratio(q, row.item.key)


def test_sentences_keep_to_the_figures_and_provinces_asked(qa: QAEngine) -> None:
    """Every figure printed in the sentence or, for a year, its article's own; the province one of those asked."""
    index = qa.passages
    rng = random.Random(6)
    for _ in range(200):
        p = rng.choice(index.passages)
        words = sorted(p.tokens)[:3]
        nums = set(rng.sample(sorted(p.numbers | p.years), min(2, len(p.numbers | p.years))))
        if rng.random() < 0.3:
            nums.add("987654")
        years = {n for n in nums if len(n) == 4}
        areas = [frozenset({p.province})] if p.province and rng.random() < 0.5 else []
        hits = index.search(words, nums, years=years, areas=areas)
        for h in hits:
            assert all(n in h.passage.numbers or (n in years and n in h.passage.years) for n in nums)
            assert not areas or h.passage.province in areas[0]
        if "987654" in nums:
            assert hits == []
        elif p.tokens:
            assert p in [h.passage for h in hits]
