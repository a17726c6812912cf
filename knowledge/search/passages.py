"""The source articles' own sentences as a second source of answers.

The curated facts (`knowledge.seed_data`) say the articles' main figures in a few sentences each; a reader
asks about any detail of them («lớp … kéo dài mấy ngày», «ai viết bài», «đề án … giai đoạn nào»). This
index splits every article (`knowledge.seed_articles`) into sentences, each with its article's source (title,
publisher, author, year), its union and place, and finds the sentence that says what a question asks:

- words are compared folded and expanded, as the engine reads questions (diacritics, abbreviations,
  teencode), each weighted by how rare it is among the sentences;
- identifiers and figures match exactly or not at all: every number of the question (a figure, a document
  number, a date, a year) must be printed in the sentence, a year may also be the article's own;
- a province the question names must be the article's, on either side of the 2025 merger (a question on
  Cần Thơ «trước đây là Sóc Trăng» finds the Sóc Trăng article);
- the sentence must share the question's own specific words, not only the union's common ones or a place:
  «ải Chi Lăng ở đâu» shares nothing with an article that names Chi Lăng.

A sentence knows its article's context words (the union's names, its province before and after 2025) as if
it said them: «toàn tỉnh có 8.343 CBCĐ» is a Lạng Sơn figure.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge.language.paraphrase import also_said
from knowledge.records import SourceRec
from knowledge.text import index_tokens

# A sentence ends at «. », «! », «? » before a capital or an opening quote (not inside «v.v...» or «TP. HCM»).
# An ellipsis («pháp luật... Liên đoàn») goes on with the same sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\.\.\.)\s+(?=[A-ZĐÀ-Ỹ“\"«(])")
_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+")
# Asked of an article itself, not of its content: answered by its headline, date line and byline.
ABOUT_ARTICLE = "bai viet bai bao dang ngay nao tac gia ai viet nguoi viet trang bao nao bao nao dang tren"
_ABOUT_WORDS = frozenset({"bai", "viet", "bao", "dang", "tac", "gia", "trang"})


def numbers_in(text: str) -> frozenset[str]:
    """Every run of digits a text prints, thousands dots removed («3.831/3.580» → 3831, 3580), leading
    zeros kept apart («04/3/2010» → 04, 4, 3, 2010) so «4/3» and «04/3» meet."""
    out: set[str] = set()
    for run in _NUMBER.findall(_THOUSANDS.sub("", text)):
        out.add(run)
        out.add(run.lstrip("0") or "0")
    return frozenset(out)


# What a small number counts when the question gives it as a figure of what it asks about («lớp 3 ngày», «2 đợt»):
# folded unit words.
_UNITS = r"(?:ngay|buoi|lop|nguoi|dot|khoa|luot|tuan|thang|nam|dong chi|can bo|hoc vien|cuoc|tiet)"
_COUNTED_FIGURE = re.compile(rf"(?<![\d/.,])(\d{{1,2}}) {_UNITS}\b")


def counted_figures(folded: str) -> frozenset[str]:
    """The small numbers a folded question gives with what they count («đi lớp 3 ngày» → 3): a figure of the
    thing asked about, which a sentence printing it says, unlike a bare small number («2 số», «cả 2»)."""
    return frozenset(m.group(1).lstrip("0") or "0" for m in _COUNTED_FIGURE.finditer(folded))


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence of an article (or its headline with date line and byline), as printed."""

    code: str  # «BAI-HN-2016#12»: the article's code and the sentence's place in it
    text: str
    source: SourceRec
    organisation_id: int | None
    province: str  # the article's province as the engine names it, "" if none
    tokens: frozenset[str]  # its own folded, expanded words
    context: frozenset[str]  # its article's words (union names, place, years)
    context_pairs: frozenset[str]  # their word pairs, name by name
    numbers: frozenset[str]
    years: frozenset[str]  # the article's own years, also matched by a year in a question
    bigrams: frozenset[str]
    header: bool = False  # the article's headline, date line and byline
    # What it says in the chairs' other words («in» of «phát hành», see knowledge.language.paraphrase), and
    # their word pairs: they count as said, but do not make its own words look common when sentences are
    # gathered for a question («học» of «người học» is no reason to pass over every sentence saying «học»).
    also: frozenset[str] = frozenset()
    also_pairs: frozenset[str] = frozenset()
    # The header's article as a whole: a question about the article («bài về HTX Đồng Tâm đăng ngày nào»)
    # names what the article tells, which its headline need not say.
    article: frozenset[str] = frozenset()
    article_pairs: frozenset[str] = frozenset()

    @property
    def says(self) -> frozenset[str]:
        """Its own words and the other ways of saying them."""
        return self.tokens | self.also

    @property
    def pairs(self) -> frozenset[str]:
        return self.bigrams | self.also_pairs

    @property
    def words(self) -> frozenset[str]:
        return self.tokens | self.context | self.also

    @property
    def all_pairs(self) -> frozenset[str]:
        return self.bigrams | self.context_pairs | self.also_pairs


@dataclass(frozen=True, slots=True)
class PassageHit:
    passage: Passage
    coverage: float  # share of the question's word weight the sentence (with its context) says
    own: float  # weight of the question's words the sentence itself says (not its context)
    rare: bool  # it says a rare word of the question (or one of its figures)
    bigrams: int
    figure: bool = False  # it gives a figure a «how many» question asks for

    @property
    def rank(self) -> float:
        """Coverage first; then the question's word pairs it says, a figure asked for, a rare word said."""
        return self.coverage + 0.02 * self.bigrams + 0.15 * self.figure + 0.03 * self.rare


def split_sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


class PassageIndex:
    """Sentences of the source articles, scored against a question's words (a few hundred: a scan is cheap,
    and only questions that the curated records do not answer well reach it)."""

    RARE_DF = 5  # a word said by at most this many sentences is specific to them

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = list(passages)
        self._by_code = {p.code: p for p in self.passages}
        df: dict[str, int] = {}
        # How rare a word is counts the sentences saying it in other words too: «tiếng Anh» is as common as the
        # «ngoại ngữ» it stands for.
        for p in self.passages:
            for t in p.says:
                df[t] = df.get(t, 0) + 1
        self.df = df
        self.bigram_df: dict[str, int] = {}
        for p in self.passages:
            for b in p.pairs:
                self.bigram_df[b] = self.bigram_df.get(b, 0) + 1
        n = len(self.passages)
        self.max_idf = math.log((n + 1) / 0.5) if n else 0.0
        self.idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
        self.by_word: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            for t in p.tokens | p.context:
                self.by_word.setdefault(t, []).append(i)
        # The sentences saying a word in other words: found by it, without making the word look common.
        self.by_also: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            for t in p.also - p.context:
                self.by_also.setdefault(t, []).append(i)

    def _said(self) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
        """Each sentence's `says` and `pairs`, made once (on the first search) rather than per question."""
        got = self.__dict__.get("_said_sets")
        if got is None:
            got = self.__dict__["_said_sets"] = ([p.says for p in self.passages], [p.pairs for p in self.passages])
        return got

    def following(self, passage: Passage) -> Passage | None:
        """The sentence after `passage` in its article (not the header nor a list beside it), or None."""
        article, _, n = passage.code.rpartition("#")
        if not n.isdigit():
            return None
        nxt = self._by_code.get(f"{article}#{int(n) + 1}")
        return nxt if nxt is not None and not nxt.header and ":" not in nxt.text[:40] else None

    def weight(self, token: str) -> float:
        # A word no sentence says weighs most: the question asks about something the articles do not have.
        return self.idf.get(token, self.max_idf)

    def knows(self, token: str) -> bool:
        """Whether some sentence says the word or has it as its article's context."""
        return token in self.by_word or token in self.by_also

    def search(
        self, words: Sequence[str], numbers: Iterable[str], *, years: Iterable[str] = (),
        areas: Sequence[frozenset[str]] = (), bigrams: Iterable[str] = (), places: Iterable[str] = (),
        counts: bool = False, phrases: Iterable[tuple[str, ...]] = (), named_phrases: Iterable[tuple[str, ...]] = (),
        of_article: bool = False,
    ) -> list[PassageHit]:
        """Sentences that say the question's numbers and lie in its provinces, best first.

        `words` are the question's content words (folded, expanded), `numbers` its figures and identifiers,
        `years` those of its numbers that are years, `areas` the folded keys of each province it names,
        `places` its words that name a place or a union (they count, but are nothing specific on their own:
        «ải Chi Lăng» shares only a name with an article on Chi Lăng's unions); `counts` when it asks how
        many («mấy lớp»): a sentence that gives a figure goes first among those that say its words;
        `phrases` the terms it names (a topic, a role): their words count only where the sentence says the
        whole term («chuyển đổi số» is not «so với … đổi mới … chuyên môn»); `named` the places and unions
        it names that some sentence knows: a sentence must say each of them, itself or as its article's context
        (a question on Mê Linh is not answered by the Hà Nội article); `of_article` when it asks about an article
        itself in so many words («bài về … đăng ngày nào», «ai viết»): a header then says what its article tells."""
        asked = frozenset(words)
        if not asked or not self.passages:
            return []
        weight = {t: self.weight(t) for t in asked}
        total = sum(weight.values())
        if total <= 0:
            return []
        nums = frozenset(numbers)
        yrs = frozenset(years)
        named = frozenset(places)
        must = [(frozenset(n), bigrams_of(n)) for n in named_phrases if n]
        about = len(asked & _ABOUT_WORDS) >= 2
        pairs = frozenset(bigrams)
        terms = [(frozenset(t), bigrams_of(t)) for t in phrases if len(t) > 1]
        # What makes a match specific, known before looking at any sentence: a figure that is no year, a
        # rare word, a rare pair of words that is not a place's name.
        specific = bool(nums - yrs)
        rare_words = frozenset(t for t in asked - named if self.df.get(t, 0) <= self.RARE_DF)
        rare_pairs = frozenset(b for b in pairs if self.bigram_df.get(b, 0) <= self.RARE_DF
                               and not set(b.split("_")) & named)
        # Sentences that share a word of the question less common than the union's own («công đoàn», «cán
        # bộ» are in most of them): any good match shares one; with none such, every sharing sentence.
        common = len(self.passages) // 4
        candidates: set[int] = set()
        for t in asked:
            if len(self.by_word.get(t, ())) <= common:
                candidates.update(self.by_word.get(t, ()))
        if not candidates:
            for t in asked:
                candidates.update(self.by_word.get(t, ()))
        # And the sentences saying a word of the question in other words («in» for «phát hành»), unless the
        # word is common anyway.
        for t in asked:
            if len(self.by_word.get(t, ())) <= common:
                candidates.update(self.by_also.get(t, ()))
        hits: list[PassageHit] = []
        says, said_pairs = self._said()
        # Most candidates fail the figures or the provinces: tested with a set operation each, not word by word.
        area_keys = frozenset().union(*areas)
        for i in candidates:
            p = self.passages[i]
            if nums:
                # Every figure printed in the sentence, or a year of the question that is its article's own.
                missing = nums - p.numbers
                if missing and not missing <= yrs & p.years:
                    continue
            if areas and not (p.province and p.province in area_keys):
                continue
            if must and any(not (n <= p.words | (p.article if of_article else frozenset())
                                 and pairs_of <= p.all_pairs | (p.article_pairs if of_article else frozenset()))
                            for n, pairs_of in must):
                continue
            whole = of_article and p.header  # asked of the article itself: its header says what the article tells
            own = asked & (says[i] | p.article) if whole else asked & says[i]
            if terms:
                for words_of, pairs_of in terms:
                    if not pairs_of <= said_pairs[i]:
                        own = own - words_of
            said = own | (asked & p.context)
            own = own - named
            shared = pairs & said_pairs[i]
            # An article's header is what a question about the article itself («ai viết, đăng ngày nào») asks.
            rare = specific or bool(own & rare_words) or bool(shared & rare_pairs) or (about and p.header)
            hits.append(PassageHit(p, sum(map(weight.__getitem__, said)) / total, sum(map(weight.__getitem__, own)),
                                   rare, len(shared), counts and bool(p.numbers - p.years)))
        hits.sort(key=lambda h: (h.rank, h.own), reverse=True)
        return hits


def bigrams_of(tokens: Sequence[str]) -> frozenset[str]:
    return frozenset(f"{a}_{b}" for a, b in itertools.pairwise(tokens))


# What a photo's caption is asked by: the photo itself («buổi tập huấn trong ảnh», «hình chụp ai»).
PHOTO_WORDS = "ảnh hình ảnh trong ảnh trong hình ảnh chụp"


def make_passages(
    code: str, sentences: Iterable[str], source: SourceRec, *, organisation_id: int | None, province: str,
    context: Iterable[str], years: Iterable[int], header: str = "", captions: Iterable[str] = (),
) -> list[Passage]:
    """The passages of one article: its header first (headline, date line, byline), then each sentence.
    `context` are the names its sentences stand under (its union's names, its province's); `captions` the
    sentences printed under a photo, which say what the photo shows."""
    photo = index_tokens(PHOTO_WORDS)
    under_photo = frozenset(captions)
    names = [index_tokens(name) for name in context]
    ctx = frozenset(t for n in names for t in n)
    ctx_pairs = frozenset(b for n in names for b in bigrams_of(n))
    yrs = frozenset(str(y) for y in years)
    out: list[Passage] = []
    if header:
        toks = index_tokens(header)
        # The header answers questions about the article itself («đăng ngày nào, ai viết»).
        extra = index_tokens(ABOUT_ARTICLE)
        said = [index_tokens(sentence) for sentence in sentences]
        out.append(Passage(f"{code}#0", header, source, organisation_id, province, frozenset(toks + extra), ctx,
                           ctx_pairs, numbers_in(header), yrs, bigrams_of(toks) | bigrams_of(extra), header=True,
                           article=frozenset(t for s in said for t in s),
                           article_pairs=frozenset(b for s in said for b in bigrams_of(s))))
    for n, sentence in enumerate(sentences, start=1):
        toks = index_tokens(sentence)
        # What the sentence says in the chairs' other words too («ra đời» of «ban hành», «in» of «phát hành»).
        others = also_said(toks)
        if sentence in under_photo:
            others.append(tuple(photo))
        own = frozenset(toks)
        out.append(Passage(f"{code}#{n}", sentence, source, organisation_id, province, own, ctx, ctx_pairs,
                           numbers_in(sentence), yrs, bigrams_of(toks),
                           also=frozenset().union(*others) - own,
                           also_pairs=frozenset().union(*(bigrams_of(o) for o in others))))
    return out


# «so sánh A và B», «so sánh A với B»: two sides compared, each a question of its own.
_COMPARED = re.compile(r"(?i)(?<!\w)so s[aá]nh(?!\w)\s+(.+?)\s+(?:và|va|với|voi)\s+(.+)$")


def compared_sides(question: str) -> tuple[str, str] | None:
    """The two sides of a comparison («so sánh tỷ lệ … Hà Nội 2016 và tỷ lệ … Sóc Trăng»), each as a question
    alone, or None when the question compares nothing. The last «và»/«với» splits them: a side may list things
    with «,» but rarely with another «và»."""
    m = _COMPARED.search(question)
    if m is None:
        return None
    first, second = m.group(1).strip(" ,?"), m.group(2).strip(" ,?")
    if len(first.split()) < 2 or len(second.split()) < 2:
        return None
    return first, second
