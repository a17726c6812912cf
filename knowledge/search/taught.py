"""What organisers taught the bot, as the answering engine looks it up: a question it could not answer,
either pointing at a course, target or fact (another way of asking for it) or carrying the organiser's own
short answer.

The book is small (tens to a few thousand questions) and is swapped into a running engine on its own,
without rebuilding the search index: teaching must show in chat at once and cost next to nothing.
A question matches a taught one when their keys are equal, or, for questions of at least three words,
when rapidfuzz's `token_sort_ratio` of the keys reaches `FUZZY_CUTOFF` (word order and one slip of a
letter do not matter; a subset of the words is not enough, unlike with `token_set_ratio`).

Taught answers belong to a union: each union may teach its own answer to a question, and an asker gets the
one nearest their union — their own union's, else the nearest union up the tree, else a national one (no
union). An asker without a union gets their province's answer (when their profile names a province), else
a national one. Another union's answer is never given: a province must not answer for the whole country.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.text import STOP_FOLDED, Norm, fold, normalise

FUZZY_CUTOFF = 90.0
FUZZY_MIN_WORDS = 3


def question_key(norm: Norm) -> str:
    """The folded words of a question without the plain stop words: the same whether typed with or without
    diacritics («chỉ tiêu năm nay là gì» and «chi tieu nam nay la gi» meet)."""
    words = [t for t in norm.tokens if t not in STOP_FOLDED]
    return " ".join(words) if words else norm.folded


def key_of(text: str) -> str:
    return question_key(normalise(text))


@dataclass(frozen=True, slots=True)
class TaughtRec:
    """One taught question: `record_kind`/`record_code` for a phrasing, `answer` for an own answer."""

    id: int
    key: str
    question: str
    record_kind: str | None
    record_code: str | None
    answer: str | None
    author: str
    created_at: dt.datetime
    organisation_id: int | None = None  # the union that taught it; None: national


class TaughtBook:
    """Taught questions by key and union; of one union's teachings of a key, the newest wins.

    `parents` maps a union to the union above it (to walk up the tree), `provinces` a folded province name
    to its province unions (for askers who gave a province but no union)."""

    def __init__(self, recs: Iterable[TaughtRec] = (), *, parents: Mapping[int, int | None] | None = None,
                 provinces: Mapping[str, Sequence[int]] | None = None) -> None:
        self.by_key: dict[str, dict[int | None, TaughtRec]] = {}
        for rec in sorted(recs, key=lambda r: (r.created_at, r.id)):
            self.by_key.setdefault(rec.key, {})[rec.organisation_id] = rec
        self._parents = dict(parents or {})
        self._provinces = {fold(k): tuple(v) for k, v in (provinces or {}).items()}
        # Keys of three words or more, by length: a ratio of 90 needs lengths within about 20% of each other
        # (Indel ratio ≤ 2·min/(a+b)), so a question is only compared with keys of a similar length.
        self._long = sorted((k for k in self.by_key if len(k.split()) >= FUZZY_MIN_WORDS), key=len)
        self._lengths = [len(k) for k in self._long]

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_key.values())

    def chain(self, organisation_id: int | None = None, province: str | None = None) -> tuple[int | None, ...]:
        """The unions whose answers an asker may get, nearest first, ending with None (national)."""
        if organisation_id is not None:
            starts: Sequence[int] = (organisation_id,)
        elif province:
            starts = self._provinces.get(fold(province), ())
        else:
            starts = ()
        out: list[int | None] = []
        for start in starts:
            node: int | None = start
            while node is not None and node not in out:  # `not in`: a broken tree with a loop must not hang
                out.append(node)
                node = self._parents.get(node)
        out.append(None)
        return tuple(out)

    @staticmethod
    def _nearest(by_union: dict[int | None, TaughtRec], chain: tuple[int | None, ...]) -> TaughtRec | None:
        return next((by_union[u] for u in chain if u in by_union), None)

    def find(self, norm: Norm, *, organisation_id: int | None = None,
             province: str | None = None) -> TaughtRec | None:
        """The taught answer for the question nearest the asker's union (see the module docstring)."""
        if not self.by_key:
            return None
        key = question_key(norm)
        chain = self.chain(organisation_id, province)
        exact = self.by_key.get(key)
        hit = self._nearest(exact, chain) if exact else None
        if hit is not None or len(key.split()) < FUZZY_MIN_WORDS or not self._long:
            return hit
        size = len(key)
        lo = bisect.bisect_left(self._lengths, size * FUZZY_CUTOFF / (200 - FUZZY_CUTOFF))
        hi = bisect.bisect_right(self._lengths, size * (200 - FUZZY_CUTOFF) / FUZZY_CUTOFF)
        if lo >= hi:
            return None
        # Best first; a near key taught only by unions the asker does not belong to is passed over.
        for cand, _, _ in process.extract(key, self._long[lo:hi], scorer=fuzz.token_sort_ratio,
                                          score_cutoff=FUZZY_CUTOFF, limit=None):
            hit = self._nearest(self.by_key[cand], chain)
            if hit is not None:
                return hit
        return None


EMPTY = TaughtBook()
