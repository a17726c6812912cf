"""What organisers taught the bot, as the answering engine looks it up: a question it could not answer,
either pointing at a course, target or fact (another way of asking for it) or carrying the organiser's own
short answer.

The book is small (tens to a few thousand questions) and is swapped into a running engine on its own,
without rebuilding the search index: teaching must show in chat at once and cost next to nothing.
A question matches a taught one when their keys are equal, or, for questions of at least three words,
when rapidfuzz's `token_sort_ratio` of the keys reaches `FUZZY_CUTOFF` (word order and one slip of a
letter do not matter; a subset of the words is not enough, unlike with `token_set_ratio`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.text import STOP_FOLDED, Norm, normalise

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


class TaughtBook:
    """Taught questions by key; the newest teaching of a key wins."""

    def __init__(self, recs: Iterable[TaughtRec] = ()) -> None:
        self.by_key: dict[str, TaughtRec] = {}
        for rec in sorted(recs, key=lambda r: (r.created_at, r.id)):
            self.by_key[rec.key] = rec
        # Keys of three words or more, by length: a ratio of 90 needs lengths within about 20% of each other
        # (Indel ratio ≤ 2·min/(a+b)), so a question is only compared with keys of a similar length.
        self._long = sorted((k for k in self.by_key if len(k.split()) >= FUZZY_MIN_WORDS), key=len)
        self._lengths = [len(k) for k in self._long]

    def __len__(self) -> int:
        return len(self.by_key)

    def find(self, norm: Norm) -> TaughtRec | None:
        if not self.by_key:
            return None
        key = question_key(norm)
        hit = self.by_key.get(key)
        if hit is not None or len(key.split()) < FUZZY_MIN_WORDS or not self._long:
            return hit
        size = len(key)
        lo = bisect.bisect_left(self._lengths, size * FUZZY_CUTOFF / (200 - FUZZY_CUTOFF))
        hi = bisect.bisect_right(self._lengths, size * (200 - FUZZY_CUTOFF) / FUZZY_CUTOFF)
        if lo >= hi:
            return None
        best = process.extractOne(key, self._long[lo:hi], scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF)
        return self.by_key[best[0]] if best is not None else None


EMPTY = TaughtBook()
