"""The course index built by groups of equal values is the index a course-by-course build makes, and
answering a question reads a bounded number of courses, whatever the number of courses (not timed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from array import array
from collections.abc import Iterator
from typing import Any

import pytest

import knowledge.index as index_module
import knowledge.qa as qa_module
from knowledge.generate import generate_dataset
from knowledge.index import (
    NATIONAL_SCOPE,
    RERANK,
    CourseIndex,
    _bitmap,
    _pairs,
    iter_bits,
    national_scope,
    org_ancestors,
)
from knowledge.language.places import current_province
from knowledge.qa import QAEngine
from knowledge.records import CourseRec, OrgRec
from knowledge.search.vocabulary import place_mentions
from knowledge.slots import base_matcher, province_key
from knowledge.text import fold, index_tokens
from tests.conftest import FIXED_NOW


def _reference(courses: list[CourseRec], orgs: dict[int, OrgRec]) -> dict[str, set[int]]:
    """Every key's courses, made the plain way: each course's keys, one course at a time."""
    order = sorted(courses, key=lambda c: (c.starts_at, c.id))
    matcher = base_matcher()
    out: dict[str, set[int]] = {}

    def words(text: str | None, pairs: bool = True) -> set[str]:
        toks = index_tokens(text or "")
        return {*("w:" + t for t in toks), *(("b:" + b for b in _pairs(toks)) if pairs else ())}

    for i, c in enumerate(order):
        org = orgs.get(c.organiser_id) if c.organiser_id is not None else None
        province = c.province or (org.province if org else None)
        keys = {*words(c.title), *words(c.partner, False), *words(c.venue), *words(c.organiser_name),
                *words(c.description, False), *words(c.topic_text), *words(c.audience_text),
                "t:" + c.topic, "f:" + c.format, "s:" + c.status,
                "p:" + province_key(current_province(province) or province)}
        here = [*place_mentions(c.venue), *place_mentions(c.organiser_name)]
        if province:
            here.append(("tinh", province_key(province)))
        keys.update("l:" + name for _, name in here)
        keys.update("r:" + a for a in c.audiences)
        if c.topic_text:  # the organiser's topic cell names every topic it is on
            keys.update(f"t:{h.value}" for h in matcher.find(index_tokens(c.topic_text)) if h.kind == "topic")
        if not c.topic or not c.audiences:
            hits = matcher.find(index_tokens(c.title))
            keys.update(f"{h.kind[0]}:{h.value}" for h in hits if h.kind in ("topic", "role")
                        and ((h.kind == "topic" and not c.topic) or (h.kind == "role" and not c.audiences)))
        if c.organiser_id is not None:
            chain = org_ancestors(orgs, c.organiser_id) or (c.organiser_id,)
            keys.update(f"o:{a}" for a in chain)
            keys.add(f"od:{c.organiser_id}")  # the organiser itself, its own classes first
            if national_scope(orgs, chain):
                keys.add(f"o:{NATIONAL_SCOPE}")  # a national body's class: «lớp toàn quốc»
        for k in keys:
            out.setdefault(k, set()).add(i)
    return out


def _courses() -> tuple[list[CourseRec], dict[int, OrgRec]]:
    ds = generate_dataset(1500, seed=3, today=FIXED_NOW.date())
    courses = list(ds.courses)
    # Courses whose organiser left the topic or audience empty (the title's words stand for them), ones
    # whose venue names a ward, and one whose organiser is unknown.
    for j in range(0, 60, 3):
        courses[j] = dataclasses.replace(courses[j], topic="", audiences=())
        courses[j + 1] = dataclasses.replace(courses[j + 1], audiences=(), venue="Nhà văn hóa phường Hội An, Đà Nẵng")
        courses[j + 2] = dataclasses.replace(courses[j + 2], organiser_id=None, province=None, partner=None)
    return courses, {o.id: o for o in ds.organisations}


def test_grouped_build_gives_the_course_by_course_index() -> None:
    courses, orgs = _courses()
    idx = CourseIndex(courses, orgs, base_matcher())
    want = _reference(courses, orgs)
    have = set(idx._bits) | set(idx._lists)
    assert have == set(want)
    for key, positions in want.items():
        assert idx.bits(key) == sum(1 << p for p in positions), key
        if key.startswith("w:"):
            assert idx.df[key[2:]] == len(positions), key
    # Rare keys stay position lists, frequent ones bitmaps, as before.
    assert idx._lists and idx._bits
    assert all(len(v) < max(1, idx.n // 64) for v in idx._lists.values())


def test_bitmaps_and_set_bits_agree() -> None:
    rng = random.Random(7)
    for n in (1, 8, 9, 100, 4096, 20_000):
        for _ in range(10):
            chosen = rng.sample(range(n), rng.randint(0, n))
            x = _bitmap(array("I", chosen + chosen[: len(chosen) // 3]), n)
            assert x == sum(1 << p for p in set(chosen))
            assert list(iter_bits(x)) == sorted(chosen)
    assert list(iter_bits(0)) == []


def test_titles_read_word_by_word_fold_and_tokenise_as_a_whole() -> None:
    """The build reads titles one distinct word at a time; the folded title and its tokens are those of
    fold() and index_tokens() on the whole title, whatever the spaces, controls and invisible marks."""
    rng = random.Random(5)
    pieces = [*"aAđĐơưễỄ -_1", "\u200b", "\x01", "\x1c", "\x85", "\u2028", "\u0301", "ð", "ß", "İ", "Σ", "\t",
              "\n", "ǅ", "LĐLĐ", "CĐCS", "ko", "  ", "\ufeff", "ﬁ", "\u00a0", "\u3000", "e\u0301", "²"]
    base = generate_dataset(1, seed=1, today=FIXED_NOW.date()).courses[0]
    titles = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    courses = [dataclasses.replace(base, id=i + 1, code=f"X-{i}", title=t) for i, t in enumerate(titles)]
    idx = CourseIndex(courses, {}, base_matcher())
    for pos, c in enumerate(idx.courses):
        assert idx.folded_title(pos) == fold(c.title), repr(c.title)
        assert idx.fields(pos)[0] == frozenset(index_tokens(c.title)), repr(c.title)
        want = {"w:" + t for t in index_tokens(c.title)} | {"b:" + b for b in _pairs(index_tokens(c.title))}
        assert all(idx.bits(k) >> pos & 1 for k in want), repr(c.title)


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    def wrap(self, fn: Any) -> Any:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return fn(*args, **kwargs)

        return counted


@pytest.fixture(scope="module")
def engine() -> Iterator[QAEngine]:
    ds = generate_dataset(6000, seed=2, today=FIXED_NOW.date())
    yield QAEngine.build(organisations=ds.organisations, courses=ds.courses)


QUESTIONS = [
    "lớp nghiệp vụ cho chủ tịch CĐCS", "tap huan thuong luong tap the o ha noi thang toi",
    "Lớp bồi dưỡng quản lý nhà nước ngạch chuyên viên khi nào học?", "khoa hoc ky nang dam phan thuong luong",
    "lop ATVSLĐ gan nhat", "có lớp tài chính công đoàn nào ở Lạng Sơn không", "lop boi duong can bo moi",
]


def test_an_answer_reads_a_bounded_number_of_courses(engine: QAEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranking reads the words of at most RERANK courses and calls rapidfuzz a bounded number of times per
    answer, with thousands of matching courses: the query path never scans the courses."""
    fuzz_calls = _Counter()
    for module in (index_module, qa_module):
        monkeypatch.setattr(module.fuzz, "token_set_ratio", fuzz_calls.wrap(module.fuzz.token_set_ratio))
    most = 0
    for q in QUESTIONS:
        engine.courses._fields.clear()  # the courses whose words ranking read for this answer
        fuzz_calls.calls = 0
        ans = engine.answer(q, now=FIXED_NOW)
        assert ans.intent == "course" and ans.course_total > 0, q
        assert len(engine.courses._fields) <= RERANK, q
        assert fuzz_calls.calls <= RERANK + 40, q  # the courses reranked and the knowledge candidates
        most = max(most, len(engine.courses._fields))
    assert most > 0 and max(engine.answer(q, now=FIXED_NOW).course_total for q in QUESTIONS) > RERANK


def test_coded_columns_and_positions_give_the_same_bits() -> None:
    rng = random.Random(11)
    for n in (1, 7, 8, 9, 1000, 4099):
        column = bytes(rng.randrange(0, 256) for _ in range(n))
        marked = set(rng.sample(range(1, 256), 40))
        table = bytes(1 if c in marked else 0 for c in range(256))
        want = sum(1 << p for p, c in enumerate(column) if c in marked)
        assert index_module._coded_bits([column[r::8] for r in range(8)], table) == want
        # The same courses as positions: set bit by bit when few, as numpy's packed bytes when many.
        assert index_module._bitmap(array("I", [p for p, c in enumerate(column) if c in marked]), n) == want


def test_many_valued_fields_and_courses_out_of_id_order_give_the_course_by_course_index() -> None:
    """Venues of more than one block of codes, keys read from the code columns and from positions, and
    records given in no id order with codes alike once lower-cased: the index is the plain one."""
    courses, orgs = _courses()
    courses = [dataclasses.replace(c, venue=f"Hội trường số {j % 700} phường Hội An") for j, c in enumerate(courses)]
    courses += [dataclasses.replace(courses[0], id=10_000_000, code=courses[0].code.lower(),
                                    starts_at=courses[0].starts_at + dt.timedelta(days=1))]
    low = courses[0].code.lower()
    random.Random(5).shuffle(courses)
    idx = CourseIndex(courses, orgs, base_matcher())
    want = _reference(courses, orgs)
    assert set(idx._bits) | set(idx._lists) == set(want)
    for key, positions in want.items():
        assert idx.bits(key) == sum(1 << p for p in positions), key
    order = sorted(courses, key=lambda c: (c.starts_at, c.id))
    assert [idx.courses[p].code for p in range(idx.n)] == [c.code for c in order]
    for c in order:
        assert idx.by_id[c.id] == order.index(c)
    # Two codes alike once lower-cased: the one later in date order has the key, as with one course at a time.
    alike = [p for p, c in enumerate(order) if c.code.lower() == low]
    assert len(alike) == 2 and idx.by_code[low] == max(alike)


def test_building_an_engine_holds_the_cycle_collector_off_and_gives_it_back() -> None:
    import gc

    seen: list[bool] = []
    assert gc.isenabled()
    with index_module.no_cycle_collection():
        with index_module.no_cycle_collection():
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        with index_module.no_cycle_collection():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
