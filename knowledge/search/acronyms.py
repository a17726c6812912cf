"""Acronyms learned from the data: the initials of the audiences, topics and unions organisers wrote.

Chairs type «bnc» for «ban nữ công», «cds» for «chuyển đổi số», «gtxd» for the «Giao thông - Xây dựng»
sector union, and split a long one in two («ll ct», «kt cd»). A fixed list cannot follow every plan, so the
engine reads the initials of the multi-word phrases its classes' audiences, topics, organisers and partners
say, and a question's word that is no Vietnamese syllable, no word of the data and no known abbreviation is
spelt out as the phrase of the data whose initials it is (the phrase the classes say most often).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from knowledge.lexicon import (
    ABBREVIATIONS,
    CONTEXT_ABBREVIATIONS,
    PLACE_CODES,
    PROVINCE_CODES,
    RAW_ABBREVIATIONS,
)
from knowledge.text import AMBIGUOUS, RAW_WORD, STOP_FOLDED, expand, fold, fold_tokens

# A folded Vietnamese syllable: an onset, a vowel run, a final consonant. What matches may be a word the
# data happens not to say («tốt», «nghỉ»); an acronym never matches («ubkt», «bnc», «gtvt»).
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# Where a field's text splits into phrases: a list («Chủ tịch, PCT CĐCS; Ủy viên BCH»), a note in brackets.
_SPLIT = re.compile(r"[,;:()/+\n]|\bvà\b|\bhoặc\b")
MAX_WORDS = 5
# Words of two syllables («công đoàn», «cán bộ», «cơ sở», «lao động»: what a two-letter abbreviation spells out,
# and the two the union says in every name): a run of words does not end or start between their syllables.
_COMPOUNDS = frozenset({
    *(tuple(v.split()) for v in ABBREVIATIONS.values() if len(v.split()) == 2),
    ("co", "so"), ("lao", "dong"), ("lien", "doan"),
})


def is_syllable(tok: str) -> bool:
    return _SYLLABLE.fullmatch(tok) is not None


# Particles no name opens or closes on («cho», «tại» stay content words elsewhere: «chỗ», «tài chính»).
_PARTICLES = (STOP_FOLDED - AMBIGUOUS) | {"cho", "tai"}


def _weak(tok: str) -> bool:
    return tok in _PARTICLES


def learn(texts: Mapping[str, int], extra: Iterable[str] = ()) -> dict[str, str]:
    """acronym -> phrase, from texts with how many classes say each (and phrases of the lexicon, once each).

    Every run of two to five words inside a phrase of a text gives its initials; a run that opens or closes
    on a particle («cho», «của») names nothing. Of the runs sharing initials, the one said most often wins."""
    said: dict[str, Counter[str]] = {}
    for text, weight in texts.items():
        for acronym, run in _runs(text):
            said.setdefault(acronym, Counter())[run] += weight
    # The lexicon says a phrase exists, not how often: a run its synonyms repeat («kế toán công đoàn» in
    # «kế toán công đoàn cơ sở» too) counts once, so it cannot outweigh what the classes say («kt cd»).
    for acronym, run in dict.fromkeys(pair for text in extra for pair in _runs(text)):
        said.setdefault(acronym, Counter())[run] += 1
    out: dict[str, str] = {}
    for acronym, phrases in said.items():
        if len(acronym) < 3 or is_syllable(acronym) or acronym in ABBREVIATIONS or acronym in PROVINCE_CODES:
            continue
        # The most said; of two said as often, the longer (its initials are all the acronym's letters anyway).
        out[acronym] = max(phrases.items(), key=lambda p: (p[1], len(p[0])))[0]
    sectors: dict[str, Counter[str]] = {}
    for text, weight in texts.items():
        for acronym, run in _sector_runs(text):
            sectors.setdefault(acronym, Counter())[run] += weight
    for acronym, phrases in sectors.items():
        # The most said: «gd» is «giáo dục», not «giáo dục Hà» of one union's name.
        out[SECTOR + acronym] = max(phrases.items(), key=lambda p: (p[1], -len(p[0])))[0]
    return out


# Key prefix of the sectors named after «ngành» (see `_sector_runs`).
SECTOR = "nganh:"


def _sector_runs(text: str) -> Iterable[tuple[str, str]]:
    """(initials, run) for the words after «ngành» in a union's name («CĐ ngành Giáo dục Hà Tĩnh»: «gd» for
    «giáo dục», «gdht» …; «Nông nghiệp và Môi trường»: «nnmt», «và» spelling no letter): chairs shorten a
    sector to two letters («CĐ ngành GD»), which only «ngành» before them tells from any other word."""
    toks = fold_tokens(text)
    for i, tok in enumerate(toks):
        if tok != "nganh":
            continue
        for n in range(1, MAX_WORDS + 1):
            run = toks[i + 1:i + 1 + n]
            if len(run) < n or not all(w.isalpha() for w in run) or run[-1] == "va":
                continue
            letters = "".join(w[0] for w in run if w != "va")
            if len(letters) >= 2:
                yield letters, " ".join(run)


def _runs(text: str) -> Iterable[tuple[str, str]]:
    """(initials, run) for every run of two to five words of a phrase of `text` that may name something."""
    for part in _SPLIT.split(text):
        toks: list[str] = []
        # Where a run may start and end: between the words written, never inside an abbreviation's
        # expansion («PCT CĐCS» gives no «phó chủ tịch công»).
        starts: list[bool] = []
        for written in fold_tokens(part):
            words = expand([written])
            toks += words
            starts += [True] + [False] * (len(words) - 1)
        starts.append(True)
        for j in range(1, len(toks)):
            if (toks[j - 1], toks[j]) in _COMPOUNDS:
                starts[j] = False  # nor inside a word of two syllables written out («công đoàn»)
        for i in range(len(toks)):
            if not starts[i] or _weak(toks[i]) or not toks[i].isalpha():
                continue
            for n in range(2, min(MAX_WORDS, len(toks) - i) + 1):
                run = toks[i:i + n]
                if not starts[i + n] or _weak(run[-1]) or not run[-1].isalpha():
                    continue
                yield "".join(w[0] for w in run), " ".join(run)


def _plain(text: str, m: re.Match[str]) -> str:
    """The word folded, or "" when it is no acronym to spell out: digits in it, or joined to its neighbours
    by a hyphen, dot, slash or underscore (a class code «CDYT-27-02», a document number «53/KH-LĐLĐ»)."""
    folded = fold(m.group(0))
    joined = (m.start() > 0 and text[m.start() - 1] in _JOINERS) or (m.end() < len(text) and text[m.end()] in _JOINERS)
    return folded if folded.isascii() and folded.isalpha() and not joined else ""


_JOINERS = frozenset("-./_")


# The words that open a place's name («huyện Chi Lăng», «tỉnh …», «TP …»): an acronym before one names that
# place's union.
_PLACE_HEADS = frozenset({"huyen", "tinh", "tp", "thanh", "quan", "xa", "phuong", "thi", "dac"})
# The unions' own abbreviations («ldld», «cdcs», «cdn»): the kinds of union a place has.
_UNION_ABBREVIATIONS = frozenset(k for k, v in ABBREVIATIONS.items() if v.startswith(("lien doan", "cong doan")))


def _union_slip(tok: str) -> bool:
    """Whether `tok` is a union's abbreviation with one letter dropped («lld» for «ldld»)."""
    return any(len(k) == len(tok) + 1 and any(k[:i] + k[i + 1:] == tok for i in range(len(k)))
               for k in _UNION_ABBREVIATIONS)


def spell_out(text: str, table: Mapping[str, str], known: frozenset[str]) -> str:
    """`text` with each acronym of `table` written out: a word no syllable, not in `known` (the data's and
    the lexicon's words) and no abbreviation the normaliser expands; or two short parts of one written apart
    («ll ct» for «llct»), each no syllable, whose letters together are an acronym (learned or of the lexicon)."""
    words = list(RAW_WORD.finditer(text))
    if not words:
        return text
    out: list[str] = []
    last = 0
    i = 0
    while i < len(words):
        m = words[i]
        tok = _plain(text, m)
        phrase = ""
        end = m.end()
        nxt = words[i + 1] if i + 1 < len(words) else None
        second = _plain(text, nxt) if nxt is not None else ""
        if (tok and second and len(tok) <= 3 and len(second) <= 3 and not is_syllable(tok)
                and not is_syllable(second) and nxt is not None and text[m.end():nxt.start()].isspace()):
            joined = tok + second
            phrase = table.get(joined) or (ABBREVIATIONS.get(joined, "") if len(joined) >= 4 else "")
            if " " not in phrase or (tok in ABBREVIATIONS and second in ABBREVIATIONS) or tok in CONTEXT_ABBREVIATIONS or (
                    tok in ABBREVIATIONS and second in PROVINCE_CODES
                    and not phrase.endswith(" " + fold(PROVINCE_CODES[second]))):
                # Two abbreviations of their own are read each as itself («TC CĐ» is tài chính công đoàn; «CĐ
                # PT» the union of Phú Thọ, not a «Công đoàn phường Tân …»); teencode («ko») is no acronym; a
                # shorthand whose words around it decide is left to them («nghị quyết ĐH CĐ tỉnh» is a congress,
                # «trường ĐH CĐ» the university).
                phrase = ""
            if phrase:
                end = nxt.end()
                i += 1
        before = fold(words[i - 1].group(0)) if i else ""
        if not phrase and tok and before == "nganh" and len(tok) <= 4 and not is_syllable(tok):
            # «CĐ ngành GD», «ngành NN&MT»: a sector's initials, in one word or parts joined by «&», «-», a space.
            j, letters = i, tok
            while j + 1 < len(words) and len(letters) < 6:
                part = _plain(text, words[j + 1]) or fold(words[j + 1].group(0))
                gap = text[words[j].end():words[j + 1].start()]
                if not (part.isascii() and part.isalpha() and len(part) <= 3 and not is_syllable(part)
                        and gap.strip() in ("", "&", "-", "+")):
                    break
                if SECTOR + letters + part not in table:
                    break
                j, letters = j + 1, letters + part
            phrase = table.get(SECTOR + letters, "")
            if phrase:
                end = words[j].end()
                i = j
        after = fold(words[i + 1].group(0)) if i + 1 < len(words) else ""
        if not phrase and tok and 3 <= len(tok) <= 6 and tok not in known and not is_syllable(tok) and not (
                tok in ABBREVIATIONS or m.group(0).lower() in RAW_ABBREVIATIONS or tok in PLACE_CODES) and not (
                # «Chủ tịch LLD huyện Chi Lăng»: before a place's name, a union's abbreviation one letter short
                # (LĐLĐ) is that place's union, not the initials of a topic («luật lao động»).
                after in _PLACE_HEADS and _union_slip(tok)):
            phrase = table.get(tok, "")
        if phrase:
            out.append(text[last:m.start()] + phrase)
            last = end
        i += 1
    return "".join(out) + text[last:] if out else text
