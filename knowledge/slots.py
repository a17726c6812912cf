"""Slot extraction: time (resolved in the deployment's zone), roles, topics, formats, places, organisations
and document numbers, from a normalised question.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.language.places import (
    EARLIER_MERGERS,
    INDUSTRIAL_ZONES,
    PLACE_SPELLINGS,
    REGION_SPELLINGS,
    REGIONS,
    ZONE_HEADS,
    canonical_name,
)
from knowledge.language.places import province_key as _province_key
from knowledge.lexicon import (
    FORMATS,
    PLACE_CODE_MARK,
    PLACE_CODES,
    PLAN_AUDIENCES,
    PROVINCE_ALIASES,
    PROVINCE_CODES,
    PROVINCES,
    ROLES,
    TOPICS,
)
from knowledge.text import RAW_WORD, Norm, fold, fold_tokens, index_tokens, says, short_weekday

MAX_PHRASE = 16


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: str  # role|topic|format|province|org
    value: str


class PhraseMatcher:
    """Greedy longest-match of folded phrases over a token sequence."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        # Every phrase's openings: a run of words that opens none ends the search for longer phrases there, so
        # finding costs the length of the phrases met, not MAX_PHRASE slices at every word.
        self._openings: set[tuple[str, ...]] = set()
        # Whether a phrase is no hit before the next word (a short name that word makes another compound of).
        self.guard: Callable[[tuple[str, ...], str], bool] | None = None

    def add(self, phrase: str, kind: str, value: str) -> None:
        # Expanded like the question's tokens, so «LĐLĐ tỉnh Lạng Sơn» meets «liên đoàn lao động …».
        key = tuple(index_tokens(phrase))
        if not key or len(key) > MAX_PHRASE:
            return
        self.add_key(key, kind, value)

    def knows(self, phrase: str) -> bool:
        """Whether some phrase of any kind is the folded form of `phrase`."""
        return tuple(index_tokens(phrase)) in self._phrases

    def add_key(self, key: tuple[str, ...], kind: str, value: str) -> None:
        """Register an exact token sequence (no expansion)."""
        entries = self._phrases.setdefault(key, [])
        if (kind, value) not in entries:
            entries.append((kind, value))
        self._openings.update(key[:size] for size in range(1, len(key) + 1))

    def _sizes(self, tokens: tuple[str, ...] | list[str], i: int) -> list[int]:
        """The lengths of the phrases starting at `i`, longest first."""
        out: list[int] = []
        limit = min(MAX_PHRASE, len(tokens) - i)
        size = 1
        while size <= limit:
            key = tuple(tokens[i:i + size])
            if key not in self._openings:
                break
            if key in self._phrases:
                out.append(size)
            size += 1
        out.reverse()
        return out

    def find(self, tokens: tuple[str, ...] | list[str]) -> list[Hit]:
        """Non-overlapping hits, longest first at each position."""
        n = len(tokens)
        # Non-overlapping phrases covering the most tokens (dynamic programming from the right); among
        # equal covers the longer phrase first. «đóng kinh phí công đoàn» is the topic «kinh phí công
        # đoàn», not the ward «Đông Kinh» followed by «phí».
        best = [0] * (n + 1)
        take = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            best[i], take[i] = best[i + 1], 0
            for size in self._sizes(tokens, i):
                cover = size + best[i + size]
                # On a tie the phrase that starts here wins over one further right: «Tuyên Quang năm nay»
                # is the province Tuyên Quang, not «Quảng Nam» across the two names.
                key = tuple(tokens[i : i + size])
                if key in self._phrases and (cover > best[i] or (cover == best[i] and not take[i])) and not (
                        self.guard is not None and i + size < n and self.guard(key, tokens[i + size])):
                    best[i], take[i] = cover, size
        hits: list[Hit] = []
        i = 0
        while i < n:
            size = take[i]
            if size:
                entries = self._phrases[tuple(tokens[i : i + size])]
                hits.extend(Hit(i, i + size, kind, value) for kind, value in entries)
                i += size
            else:
                i += 1
        return hits

    def entries(self, phrase: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """(kind, value) of everything a whole phrase names («kế toán công đoàn»: a topic and a role)."""
        return tuple(self._phrases.get(phrase, ()))

    def _longest(self, tokens: tuple[str, ...] | list[str], i: int) -> int:
        sizes = self._sizes(tokens, i)
        return sizes[0] if sizes else 0

    def topic_opening(self, tokens: tuple[str, ...] | list[str]) -> tuple[int, str] | None:
        """(length, topic) of the longest topic phrase `tokens` open with, if any."""
        for size in range(len(tokens), 0, -1):
            value = next((v for k, v in self._phrases.get(tuple(tokens[:size]), ()) if k == "topic"), None)
            if value is not None:
                return size, value
        return None

    def phrases(self, kind: str) -> list[tuple[tuple[str, ...], str]]:
        """Every phrase registered for a kind, with its value."""
        return [(key, value) for key, entries in self._phrases.items() for k, value in entries if k == kind]


# Only after «KCN», «khu công nghiệp»: alone «Quang Minh», «Tân Bình» are other places or people.
_ZONE_OF = {tuple(index_tokens(f"{head} {zone}")): name for zone, name in INDUSTRIAL_ZONES.items()
            for head in ZONE_HEADS}


def zone_keys() -> dict[tuple[str, ...], str]:
    """The folded phrases naming an industrial zone («khu cong nghiep pho noi»), with its province."""
    return {key: canonical_name(name) or name for key, name in _ZONE_OF.items()}


@lru_cache(maxsize=1)
def _zone_runs() -> tuple[tuple[str, str], ...]:
    return tuple((f" {' '.join(key)} ", province) for key, province in zone_keys().items())


def zone_named(tokens: Sequence[str]) -> str | None:
    """The province of the industrial zone some words name («… cty ở khu cong nghiep tra noc»: Cần Thơ), None when
    they name none: a zone said of oneself says the province, whether or not a plan names the zone."""
    said = f" {' '.join(tokens)} "
    return next((province for run, province in _zone_runs() if run in said), None)


def base_matcher() -> PhraseMatcher:
    """Roles, topics, formats and provinces from the lexicon."""
    m = PhraseMatcher()
    for term in (*ROLES, *PLAN_AUDIENCES):
        m.add(term.label, "role", term.key)
        for syn in term.synonyms:
            m.add(syn, "role", term.key)
    for term in TOPICS:
        m.add(term.label, "topic", term.key)
        for syn in term.synonyms:
            m.add(syn, "topic", term.key)
    for term in FORMATS:
        for syn in term.synonyms:
            m.add(syn, "format", term.key)
    for name in PROVINCES:
        m.add(name, "province", name)
    for alias, name in PROVINCE_ALIASES.items():
        m.add(alias, "province", name)
    for name in EARLIER_MERGERS:
        m.add(name, "province", name)  # «Hà Tây»: said as a former province, found in today's
    for code, name in PROVINCE_CODES.items():
        # Only ever seen unexpanded when typed in capitals (see text.normalise).
        if (code,) not in m._phrases or all(k != "province" for k, _ in m._phrases[(code,)]):
            m.add_key((code,), "province", name)
    for spelling, name in PLACE_SPELLINGS.items():
        if tuple(index_tokens(spelling)) not in m._phrases:
            m.add(spelling, "province", canonical_name(name) or name)
    for name in PROVINCES:
        for form in short_forms(name):
            if all(k == "province" for k, _ in m._phrases.get((form,), ())):  # «hgiang»: Hà Giang, Hậu Giang
                m.add_key((form,), "province", name)
    for code, names in PLACE_CODES.items():
        for name in names:
            m.add_key((PLACE_CODE_MARK + code,), "province", name)
    for spelling, region in REGION_SPELLINGS.items():
        # A region is its provinces, any of them (the reply names the region and its provinces).
        for name in REGIONS[region]:
            m.add(spelling, "province", name)
    return m


# Letter pairs that begin a Vietnamese syllable: a province's short form that begins with one is a word
# («khoa» is khóa, not Khánh Hòa; «thoa» is thỏa).
_ONSETS = frozenset({"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"})
_VOWELS = frozenset("aeiouy")


def short_forms(name: str) -> list[str]:
    """How people shorten a two-word province on a phone: run together («quangtri», «danang») or its first
    letter and second word («qtri», «bninh»). No Vietnamese syllable is spelt like these, except a short form
    that begins like one («khoa», «lan»), which is left out."""
    toks = index_tokens(name)
    if len(toks) != 2:
        return []
    out = ["".join(toks)]
    short = toks[0][0] + toks[1]
    if short[1] in _VOWELS or short[:2] in _ONSETS:
        return out
    return [*out, short]


_ORG_PREFIXES = (
    "lien doan lao dong", "cong doan co so", "cong doan nganh", "cong doan", "truong trung cap cong doan",
    "truong", "tinh", "thanh pho", "tp", "huyen", "quan", "thi xa", "nganh",
)


def org_phrases(name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Phrases naming an organisation: its full name, aliases, and the name without generic prefixes."""
    out = [name, *aliases]
    core = " ".join(fold_tokens(name))
    changed = True
    while changed:
        changed = False
        for prefix in _ORG_PREFIXES:
            if core.startswith(prefix + " "):
                core = core[len(prefix) + 1 :]
                changed = True
    if core and core != " ".join(fold_tokens(name)):
        out.append(core)
    return out


# ---------------------------------------------------------------- time

@dataclass(frozen=True, slots=True)
class TimeSlot:
    """A resolved time expression: [start, end) in local time, and how to say it."""

    kind: str  # year|years|month|week|day|upcoming
    start: dt.datetime
    end: dt.datetime | None
    label: str
    year: int | None = None
    year_end: int | None = None


# The periods that are spans of days («từ 5 đến 10/12», «tuần sau», «trong 2 tuần tới»): a class of several days
# held through one is in it, though it began before.
SPAN_KINDS = ("range", "week")


def _month_range(year: int, month: int, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(year, month, 1, tzinfo=tz)
    days = calendar.monthrange(year, month)[1]
    return start, start + dt.timedelta(days=days)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def _year(year: int, tz: dt.tzinfo, label: str | None = None) -> TimeSlot:
    start = dt.datetime(year, 1, 1, tzinfo=tz)
    return TimeSlot("year", start, start.replace(year=year + 1), label or f"năm {year}", year, year)


def _month(year: int, month: int, tz: dt.tzinfo, label: str | None = None) -> TimeSlot:
    start, end = _month_range(year, month, tz)
    return TimeSlot("month", start, end, label or f"tháng {month}/{year}", year, year)


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DATE = re.compile(r"(?<![\d.,])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?(?![\d/])")
# A span of days with its month said once, after the last day or after each («từ 20 đến 22/1/2027», «20-22/1»,
# «từ 20/1 đến 22/1», «từ ngày 20 đến ngày 22 tháng 1 năm 2027»), over the text folded with its slashes kept.
_DAY_SPAN = re.compile(
    r"(?<![\d/.,])(?:(tu) )?(?:ngay )?(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}))?)? ?(?:[-–]|(?<=\d )(?:den|toi)) ?"
    r"(?:ngay )?(\d{1,2})(?:/| thang )(\d{1,2})(?:(?:/| nam )(\d{4}))?(?![\d/])")
# «ngày 22 tháng 1 (năm 2027)»: a day said in words, as voice typing writes it.
_DAY_SAID = re.compile(r"\bngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?\b")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d) (?:den |toi |va )?((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# «5/2027», «tháng 5/2027»: a month of a year.
_MONTH_YEAR = re.compile(r"(?<![\d/.,])(\d{1,2})[/-]((?:19|20)\d\d)(?![\d/])")
_MONTH_N = re.compile(r"\b(?:thang|t) ?(\d{1,2})\b(?: (?:nam )?((?:19|20)\d\d))?")
# «tháng 1 với tháng 2», «tháng 3 và 4», «tháng 3-4/2027» (folded: «thang 3 4»): two months and those between.
_TWO_MONTHS = re.compile(r"\bthang (\d{1,2}) (?:(?:va|voi|hoac|den|toi|hay) )?(?:thang )?(\d{1,2})\b"
                         r"(?: (?:nam )?((?:19|20)\d\d))?")
# «tháng 12 này hoặc tháng 1 năm sau», «tháng 12 hay tháng 1»: two months joined across the new year are one span
# (the second in the next year); said with a joining word, so «tháng 5 2 lớp» is no span.
_TWO_MONTHS_ACROSS = re.compile(r"\bthang (\d{1,2})(?: (?:nay|nam nay|(?:19|20)\d\d))? (?:va|voi|hoac|den|toi|hay) "
                                r"(?:thang )?(\d{1,2})\b(?! (?:lop|khoa|ngay|nguoi|buoi|dot|cho)\b)"
                                r"(?: (?:nam )?((?:19|20)\d\d))?")
# «tháng này hoặc tháng sau», «tháng này và tháng tới»: this month and the next.
_THIS_AND_NEXT_MONTH = re.compile(r"\bthang nay (?:va|voi|hoac|hay|den|toi|sang) (?:thang )?(?:sau|toi|ke tiep)\b")
_QUARTER = re.compile(r"\bquy (1|2|3|4|i|ii|iii|iv)\b(?: (?:nam )?((?:19|20)\d\d))?")


# A law's name just before a year («Luật Công đoàn năm 2024», «Bộ luật Lao động 2019»): the year is the
# law's, no period to search classes in.
# «so với (năm) 2013»: the year a figure is compared with, not the period asked about.
_BASELINE_BEFORE = re.compile(r"\bso voi(?: nam)? $")
_LAW_BEFORE = re.compile(r"\bluat(?: (?!(?:o|tai|cho|cua|thang|lop|hoc)\b)[a-z]+){1,5}(?: nam)? $")


# «2 năm qua», «hai năm trước», «mấy năm qua»: a span of years counted back, not last year.
_YEARS_COUNTED = re.compile(r"\b(?:\d+|hai|ba|bon|sau|bay|tam|chin|muoi|may|vai|nhung|cac) nam (?:qua|truoc|roi|vua qua|vua roi)\b")


# «trong 2 tuần tới», «10 ngày tới», «trong ba tháng tới» (folded): the span from today to that many days, weeks or
# months ahead, not the next week or month. A number word typed plain that is also another word («sau»: after,
# «nam», «bay», «tam») counts only after «trong».
_NEXT_SPAN = re.compile(
    r"\b(?:(trong|trong vong|trong khoang) )?(\d{1,3}|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi) (ngay|hom|tuan|thang)"
    r" (?:toi|nua|sap toi|sap den|ke tiep|tiep theo)\b")
_SPAN_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
               "muoi": 10}
_SPAN_WORD_ALSO = frozenset({"tu", "nam", "sau", "bay", "tam"})
_SPAN_MOST = {"ngay": 366, "hom": 366, "tuan": 52, "thang": 24}
_SPAN_UNIT = {"ngay": "ngày", "hom": "ngày", "tuan": "tuần", "thang": "tháng"}


def _next_spans(folded: str) -> list[tuple[re.Match[str], int]]:
    """The spans ahead said («trong 2 tuần tới»), with their counts."""
    out: list[tuple[re.Match[str], int]] = []
    for m in _NEXT_SPAN.finditer(folded):
        said, unit = m.group(2), m.group(3)
        if said in _SPAN_WORD_ALSO and not m.group(1):
            continue
        n = int(said) if said.isdigit() else _SPAN_WORDS[said]
        if 1 <= n <= _SPAN_MOST[unit]:
            out.append((m, n))
    return out


def next_span_phrases(folded: str) -> list[str]:
    """The words saying a span ahead («trong 2 tuần tới»), which name no class (the search leaves them out)."""
    return [m.group(0) for m, _ in _next_spans(folded)]


def _next_span(folded: str, now: dt.datetime) -> TimeSlot | None:
    """«trong 2 tuần tới»: today to the last day of that many days, weeks or months ahead; None if not said."""
    spans = _next_spans(folded)
    if not spans:
        return None
    m, n = spans[0]
    unit = m.group(3)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "thang":
        y, mth = _add_months(today.year, today.month, n)
        last = today.replace(year=y, month=mth, day=min(today.day, calendar.monthrange(y, mth)[1]))
    else:
        last = today + dt.timedelta(days=n * (7 if unit == "tuan" else 1))
    return TimeSlot("range", today, last + dt.timedelta(days=1),
                    f"trong {n} {_SPAN_UNIT[unit]} tới, đến {last:%d/%m/%Y}", today.year, last.year)


# «tháng 13», «tháng 0»; not «lương/thưởng tháng 13» (the thirteenth-month pay is a real thing).
_MONTH_SAID = re.compile(r"(?<!\bluong )(?<!\bthuong )\bthang (\d{1,2})\b(?! ?thang)")


# A year typed with a digit too many (or too few, in a full date): «15/12/20277», «tháng 12/20277», «năm 20277»,
# «15/12/202». Read as no year it would answer for this year's day without a word: it is said back instead. A
# figure after «năm» is a year only if it opens like one and counts nothing («trong 5 năm 20000 người»).
_BAD_YEAR_SAID = re.compile(
    r"(?<![\d/.,])\d{1,2}/\d{1,2}/(\d{5,}|\d{3})(?![\d/])"
    r"|\bthang \d{1,2}/((?:19|20)\d{3,})\b"
    r"|\bnam ((?:19|20)\d{3,})\b(?! (?:nguoi|can bo|lop|luot|hoc vien|doan vien|cong nhan|lao dong|dong|trieu))")


def impossible_time(text: str) -> str | None:
    """A month or a day no calendar has («tháng 13», «ngày 31/2»), or a year no plan has («20277»), as typed (no
    abbreviation written out: the «TH» of a class code «DNG-TH-27-14» is no «tháng»); None when there is none."""
    folded = fold(text)
    for m in _BAD_YEAR_SAID.finditer(folded):
        return f"năm {next(g for g in m.groups() if g)}"
    for m in _MONTH_SAID.finditer(folded):
        if not 1 <= int(m.group(1)) <= 12:
            return f"tháng {int(m.group(1))}"
    for m in _DATE.finditer(text):
        if not re.search(r"\bngay\s*$", fold(text[:m.start()])):
            continue  # «15/13» alone may be a number of something else
        day, month = int(m.group(1)), int(m.group(2))
        said = m.group(3) or ""
        try:
            # Without a year, any year: «29/2» is a day of a leap year.
            dt.date(int(said) + (2000 if len(said) == 2 else 0) if said else 2000, month, day)
        except ValueError:
            return f"ngày {day}/{month}" + (f"/{said}" if said else "")
    return None


# Said of a class: a class word a few words before or after a period.
_CLASS_NEAR = r"(?:lop|khoa|tap huan|boi duong|huan luyen|hoc)"


def _of_a_class(folded: str, period: str) -> bool:
    """Whether a past period (`period`, a pattern over folded words) is said of a class («lớp hôm qua», «tuần
    trước có lớp nào», «có lớp nào hôm qua không»), not of the asker's own story («tuần trước em có đi họp …,
    giờ muốn hỏi lớp …»), whose period is no period of the classes asked for."""
    return re.search(rf"\b{_CLASS_NEAR}\b(?: \w+){{0,3}}? (?:{period})\b|\b(?:{period})(?: \w+){{0,2}}? {_CLASS_NEAR}\b",
                     folded) is not None


@lru_cache(maxsize=1024)
def _plain_words(pattern: str) -> bool:
    """Whether a pattern is plain letters, digits and spaces (it matches only where it is said as written)."""
    return all(c.isalnum() or c == " " for c in pattern) and pattern.isascii()


def _day_span(folded: str, now: dt.datetime) -> TimeSlot | None:
    """A span of days whose month is said once («từ 20 đến 22/1/2027», «20-22/1»), or a day said in words
    («ngày 22 tháng 1»); None when the text says neither."""
    tz = now.tzinfo
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    for m in _DAY_SPAN.finditer(folded):
        first, last, month = int(m.group(2)), int(m.group(5)), int(m.group(6))
        first_month = int(m.group(3)) if m.group(3) else month
        said_year = m.group(7) or m.group(4)
        year = int(said_year) if said_year else now.year
        try:
            end = dt.datetime(year, month, last, tzinfo=tz)
            start = dt.datetime(year - (first_month > month), first_month, first, tzinfo=tz)
        except ValueError:
            continue
        if start > end:
            continue
        if not said_year and end < today - dt.timedelta(days=31):
            start, end = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
        if start == end:
            break
        return TimeSlot("range", start, end + dt.timedelta(days=1), f"từ {start:%d/%m} đến {end:%d/%m/%Y}",
                        start.year, end.year)
    said = _DAY_SAID.search(folded)
    if said:
        year = int(said.group(3)) if said.group(3) else now.year
        try:
            start = dt.datetime(year, int(said.group(2)), int(said.group(1)), tzinfo=tz)
        except ValueError:
            return None
        if not said.group(3) and start < today - dt.timedelta(days=31):
            start = start.replace(year=year + 1)
        return TimeSlot("day", start, start + dt.timedelta(days=1), start.strftime("ngày %d/%m/%Y"),
                        start.year, start.year)
    return None


# Words after which «hoi» typed plain is «hỏi» (to ask: «cho em hỏi tháng 7 …», «xin hỏi»), not «hồi» (back then).
_ASKING_BEFORE = frozenset({"cho", "xin", "muon", "can", "de", "minh", "em", "e", "toi", "anh", "chi"})


def _back_then(norm: Norm, before: str) -> bool:
    """«lớp … hồi tháng 7 học ở đâu»: «hồi» before a month says a month gone by (the last one that has passed).
    Typed plain, «hoi» is «hỏi» at the opening or after the asker («cho em hỏi tháng 7 có lớp nào»)."""
    words = before.split()
    if not words or words[-1] != "hoi":
        return False
    typed = [fold(w) == "hoi" and w.lower() for w in RAW_WORD.findall(norm.text)]
    if "hồi" in typed:
        return True
    if any(w and w != "hoi" for w in typed):
        return False  # typed «hỏi» with its mark
    # «đại hội tháng 10», «lễ hội», «xã hội»: «hội», a noun.
    return len(words) >= 2 and words[-2] not in _ASKING_BEFORE | {"dai", "le", "xa", "hiep", "hop"}


_NOW_UNTIL_MONTH = re.compile(r"\btu (?:nay|gio|bay gio|bay h|hom nay|bh) (?:den|toi|cho den) (?:het |cuoi )?"
                              r"thang (\d{1,2})\b(?:(?: nam)? ((?:19|20)\d\d)\b)?")


# «tôi mới được bầu tháng trước», «em vào công đoàn năm ngoái», «mình chuyển về đây từ tháng 9»: a period of the
# asker's own story (when they were elected, took up the job, joined), not the period of the classes asked for.
# Read on the message as typed, within one clause (a comma ends it: «em mới được bầu, tháng 12 có lớp nào»).
_GONE_BY = (r"thang (?:truoc|roi|vua qua|vua roi)|nam (?:ngoai|truoc|roi|qua|vua qua|vua roi)|tuan (?:truoc|roi|vua qua)"
            r"|hom qua")
_STORY_PERIOD = rf"(?:tu |hoi |vao |dip )?(?P<period>{_GONE_BY}|dau nam(?: nay)?|thang \d{{1,2}}(?: nam \d{{4}})?|nam \d{{4}})\b"
# Said right after «mới bầu», only a period gone by is when («chủ tịch mới bầu tháng trước»): «mới bầu của Đà
# Nẵng năm 2025» names the year of a plan.
_BY_GONE_PERIOD = rf"(?:tu |hoi |vao )?(?P<period>{_GONE_BY})\b"
_OWN_STORY = (
    re.compile(
        r"\b(?:toi|em|e|minh|mk|tui|t|anh|chi)(?: (?:moi|vua|da|cung|chi|ms|vs))*"
        r" (?:(?:duoc|dc) (?:bau|bo nhiem|phan cong|giao|ket nap|cu)|bau|trung cu|nhan (?:nhiem vu|chuc|cong tac|viec)"
        r"|(?:len|ve|vao) lam|vao (?:cong doan|nganh|nghe)|tham gia|chuyen (?:ve|sang|qua|cong tac)|ket nap)"
        r"(?: (?!lop\b|khoa\b|hoc\b|tap\b|boi\b|co\b)\w+){0,7}? " + _STORY_PERIOD),
    # «chủ tịch mới bầu tháng trước»; «là tháng trước mới bầu», as `text.newly_elected` says «vừa được bầu … ».
    re.compile(r"\bmoi (?:duoc |dc )?bau " + _BY_GONE_PERIOD),
    re.compile(r"\bla(?: \w+){0,5}? " + _BY_GONE_PERIOD + r"(?: \w+){0,5}? moi bau\b"),
)


def _without_own_story(text: str, folded: str) -> str:
    """`folded` without the periods of the asker's own story in `text` (`_OWN_STORY`)."""
    raw = fold(text)
    for m in (m for story in _OWN_STORY for m in story.finditer(raw)):
        period = m.group("period")
        nth = len(re.findall(rf"\b{period}\b", raw[:m.start("period")]))
        spots = [p.start() for p in re.finditer(rf"\b{period}\b", folded)]
        if nth < len(spots):
            at = spots[nth]
            folded = f"{folded[:at]}{' ' * len(period)}{folded[at + len(period):]}"
    return folded


def parse_time(norm: Norm, now: dt.datetime) -> TimeSlot | None:
    """The first time expression in a question, resolved against `now` (aware, in the local zone)."""
    tz = now.tzinfo
    assert tz is not None, "now must be timezone-aware"
    s = _without_own_story(norm.text, norm.folded)
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)

    def has(*phrases: str) -> bool:
        # A phrase of plain words is only looked for as a whole word where the text says it at all.
        return any(says(s, p) if _plain_words(p) else re.search(rf"\b{p}\b", s) is not None
                   for p in phrases if p in s or not _plain_words(p))

    span = _day_span(fold(norm.text), now) or _next_span(s, now)
    if span is not None:
        return span
    for m in _DATE.finditer(norm.text):
        day, month = int(m.group(1)), int(m.group(2))
        year = now.year
        if m.group(3):
            year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        try:
            start = dt.datetime(year, month, day, tzinfo=tz)
        except ValueError:
            continue
        if not m.group(3) and start < today - dt.timedelta(days=31):
            start = start.replace(year=year + 1)  # "5/1" said in November means next January
        return TimeSlot("day", start, start + dt.timedelta(days=1), start.strftime("ngày %d/%m/%Y"),
                        start.year, start.year)
    my = _MONTH_YEAR.search(norm.text)
    # «quý 1/2027», «Q2/2027» are a quarter, read below, not a month.
    if my and 1 <= int(my.group(1)) <= 12 and not re.search(r"(?:\bquy|\bq) ?$", fold(norm.text[:my.start()])):
        return _month(int(my.group(2)), int(my.group(1)), tz)
    as_of = re.search(r"\b(?:den|toi|tinh den|tinh toi) (?:het |cuoi )?thang \d{1,2}\b", s)
    if as_of and not _DATE.search(norm.text) and not my:
        # «cả năm 2026 phải đào tạo bao nhiêu, tới cuối tháng 10 được bao nhiêu»: the month is when progress is
        # counted up to; a year named besides is the period asked.
        rest = Norm(norm.text, norm.tokens, norm.content, f"{s[:as_of.start()]} {s[as_of.end():]}".strip(),
                    norm.had_diacritics)
        said = parse_time(rest, now) if rest.folded else None
        if said is not None and said.kind == "year":
            return said
    until_end = re.search(r"\b(?:den|toi|cho den) (?:het|cuoi) nam\b", s)
    if until_end and not _DATE.search(norm.text):
        # «từ tuần sau tới cuối năm», «từ nay đến hết năm»: from the start said (or now) to 31/12.
        rest = Norm(norm.text, norm.tokens, norm.content, s[: until_end.start()].strip(), norm.had_diacritics)
        said = parse_time(rest, now) if rest.folded else None
        start = said.start if said is not None and said.kind != "year" else today
        end = dt.datetime(start.year + 1, 1, 1, tzinfo=tz)
        return TimeSlot("range", start, end, f"từ {start:%d/%m} đến hết năm {start.year}", start.year, start.year)
    until_month = _NOW_UNTIL_MONTH.search(s)
    if until_month and not _DATE.search(norm.text) and 1 <= int(until_month.group(1)) <= 12:
        # «từ nay đến hết tháng 2», «từ giờ tới tháng 3»: every class from today to that month's end, not that
        # month's alone.
        month = int(until_month.group(1))
        year = int(until_month.group(2)) if until_month.group(2) else now.year + (month < now.month)
        _, end = _month_range(year, month, tz)
        return TimeSlot("range", today, end, f"từ nay đến hết tháng {month}/{year}", now.year, year)
    # «chiều nay», «sáng mai», «tối nay»: a time of day, today or tomorrow («nai» a slip of «nay»). «tới nay»
    # (up to now) folds like «tối nay»: evening only as typed with its marks.
    raw = norm.text.lower()
    if has("hom nay", "(?:sang|trua|chieu|dem) na[yi]") or "tối nay" in raw:
        return TimeSlot("day", today, today + dt.timedelta(days=1), "hôm nay", now.year, now.year)
    if has("ngay mai", "(?:sang|trua|chieu|dem) mai") or "tối mai" in raw:
        t = today + dt.timedelta(days=1)
        return TimeSlot("day", t, t + dt.timedelta(days=1), "ngày mai", t.year, t.year)
    if _of_a_class(s, "(?:ngay )?hom qua|hqua"):
        # «lớp hôm qua»: a class that has just been held.
        t = today - dt.timedelta(days=1)
        return TimeSlot("day", t, today, "hôm qua", t.year, t.year)
    monday = today - dt.timedelta(days=today.weekday())
    if _of_a_class(s, "tuan (?:truoc|roi|vua roi|vua qua|qua)"):
        start = monday - dt.timedelta(days=7)
        return TimeSlot("week", start, monday, "tuần trước", start.year, start.year)
    if has("tuan nay"):
        return TimeSlot("week", monday, monday + dt.timedelta(days=7), "tuần này", now.year, now.year)
    # «tuần sau nữa», «tháng sau nữa», «năm sau nữa»: the one after the next (before «tuần sau» alone).
    if has("tuan (?:sau|toi) nua"):
        start = monday + dt.timedelta(days=14)
        return TimeSlot("week", start, start + dt.timedelta(days=7), f"tuần sau nữa ({start:%d/%m})", start.year,
                        start.year)
    if has("thang (?:sau|toi) nua"):
        y, mth = _add_months(now.year, now.month, 2)
        return _month(y, mth, tz, f"tháng sau nữa ({mth}/{y})")
    if has("nam (?:sau|toi) nua"):
        return _year(now.year + 2, tz, f"năm sau nữa ({now.year + 2})")
    if has("tuan sau", "tuan toi", "tuan ke tiep", "tuan ke"):
        start = monday + dt.timedelta(days=7)
        return TimeSlot("week", start, start + dt.timedelta(days=7), "tuần sau", start.year, start.year)
    if _THIS_AND_NEXT_MONTH.search(s):
        y, mth = _add_months(now.year, now.month, 1)
        start, _ = _month_range(now.year, now.month, tz)
        _, end = _month_range(y, mth, tz)
        return TimeSlot("range", start, end, f"tháng này và tháng {mth}/{y}", now.year, y)
    if has("thang nay"):
        return _month(now.year, now.month, tz, "tháng này")
    if has("thang sau", "thang toi", "thang ke tiep", "thang ke", "sang thang"):
        y, mth = _add_months(now.year, now.month, 1)
        return _month(y, mth, tz, f"tháng tới ({mth}/{y})")
    if has("thang truoc", "thang roi", "thang vua qua"):
        y, mth = _add_months(now.year, now.month, -1)
        return _month(y, mth, tz, f"tháng trước ({mth}/{y})")
    across = _TWO_MONTHS_ACROSS.search(s)
    if across and 1 <= int(across.group(2)) < int(across.group(1)) <= 12:
        first, last = int(across.group(1)), int(across.group(2))
        year = now.year if first >= now.month else now.year + 1
        if across.group(3):
            year = int(across.group(3)) - 1  # «tháng 12 hoặc tháng 1 năm 2027»: the year is the second month's
        start, _ = _month_range(year, first, tz)
        _, end = _month_range(year + 1, last, tz)
        return TimeSlot("range", start, end, f"tháng {first}/{year}–{last}/{year + 1}", year, year + 1)
    two = _TWO_MONTHS.search(s)
    if two and 1 <= int(two.group(1)) < int(two.group(2)) <= 12:
        # «tháng 1 với tháng 2 năm sau», «tháng 3-4»: both months, the year read as for one month.
        first, last = int(two.group(1)), int(two.group(2))
        after = s[two.end():two.end() + 12]
        year = int(two.group(3)) if two.group(3) else now.year if first >= now.month else now.year + 1
        if not two.group(3) and re.match(r" nam (?:sau|toi)\b", after):
            year = now.year + 1
        elif not two.group(3) and re.match(r" nam nay\b", after):
            year = now.year
        start, _ = _month_range(year, first, tz)
        _, end = _month_range(year, last, tz)
        return TimeSlot("range", start, end, f"tháng {first}–{last}/{year}", year, year)
    # «T2»…«T7» without a year are weekdays (thứ hai … thứ bảy), as `text.normalise` reads them: no month.
    m2 = next((m for m in _MONTH_N.finditer(s) if m.group(0).startswith("thang")
               or short_weekday(f"t{m.group(1)}", s[m.end(1):]) is None), None)
    if m2 and 1 <= int(m2.group(1)) <= 12:
        month = int(m2.group(1))
        year = int(m2.group(2)) if m2.group(2) else now.year if month >= now.month else now.year + 1
        after = s[m2.end():m2.end() + 12]
        if not m2.group(2) and re.match(r" nam (?:sau|toi)\b", after):
            year = now.year + 1  # «tháng 11 năm sau»
        elif not m2.group(2) and re.match(r" nam nay\b", after):
            year = now.year  # «tháng 10 năm nay»: this year's, passed or not
        elif not m2.group(2) and re.match(r" nay\b", after):
            # «tháng 1 này» asked in December is the coming January, «tháng 10 này» the October just gone: the
            # nearer such month (the coming one when both are as far).
            year = min((now.year - 1, now.year, now.year + 1),
                       key=lambda y: (abs(12 * (y - now.year) + month - now.month), 12 * (y - now.year) + month
                                      < now.month))
        elif not m2.group(2) and (re.match(r" (?:vua (?:roi|qua)|truoc|nam ngoai)\b", after)
                                  # «hồi tháng 12» asked in November is said loosely of the coming one
                                  or (month < now.month and _back_then(norm, s[:m2.start()]))):
            # «tháng 10 vừa rồi»: the last one that has passed.
            year = now.year if month < now.month else now.year - 1
            if re.match(r" nam ngoai\b", after):
                year = now.year - 1
        return _month(year, month, tz)
    rel = re.search(r"\bquy (nay|sau|toi|ke tiep|truoc)\b", s)
    if rel:
        delta = {"nay": 0, "truoc": -1}.get(rel.group(1), 1)
        y, q0 = divmod(now.year * 4 + (now.month - 1) // 3 + delta, 4)
        start, _ = _month_range(y, 3 * q0 + 1, tz)
        _, end = _month_range(y, 3 * q0 + 3, tz)
        label = {0: "quý này", -1: "quý trước"}.get(delta, "quý sau")
        return TimeSlot("quarter", start, end, f"{label} ({q0 + 1}/{y})", y, y)
    m3 = _QUARTER.search(s)
    if m3:
        q = _ROMAN.get(m3.group(1)) or int(m3.group(1))
        year = int(m3.group(2)) if m3.group(2) else now.year
        after = s[m3.end():m3.end() + 12]
        if not m3.group(2) and re.match(r" nam (?:sau|toi)\b", after):
            year = now.year + 1  # «quý 2 năm sau»
        elif not m3.group(2) and not re.match(r" nam nay\b", after) and 3 * q < now.month:
            year = now.year + 1  # a quarter already over, said without a year, is next year's
        start, _ = _month_range(year, 3 * q - 2, tz)
        _, end = _month_range(year, 3 * q, tz)
        return TimeSlot("quarter", start, end, f"quý {q}/{year}", year, year)
    half = re.search(r"\b(?:6 thang|sau thang|nua) (dau|cuoi) nam(?: ((?:19|20)\d\d)| (nay|sau|toi))?\b", s)
    if half:
        # «6 tháng đầu năm 2027», «nửa cuối năm nay»: a half of the year.
        year = int(half.group(2)) if half.group(2) else now.year + (1 if half.group(3) in ("sau", "toi") else 0)
        first = 1 if half.group(1) == "dau" else 7
        start, _ = _month_range(year, first, tz)
        _, end = _month_range(year, first + 5, tz)
        word = "6 tháng đầu" if first == 1 else "6 tháng cuối"
        return TimeSlot("part", start, end, f"{word} năm {year}", year, year)
    part = re.search(r"\b(cuoi|dau|giua) nam(?: ((?:19|20)\d\d)| (nay|sau|toi))?\b", s)
    if part:
        # «cuối năm 2027»: its last quarter; «đầu năm»: January to April, the months said to open a year (the
        # first quarter ends too early: «đầu năm» classes run on into April); «giữa năm»: May to August.
        year = int(part.group(2)) if part.group(2) else now.year + (1 if part.group(3) in ("sau", "toi") else 0)
        first, last = {"cuoi": (10, 12), "dau": (1, 4), "giua": (5, 8)}[part.group(1)]
        start, _ = _month_range(year, first, tz)
        _, end = _month_range(year, last, tz)
        word = {"cuoi": "cuối", "dau": "đầu", "giua": "giữa"}[part.group(1)]
        return TimeSlot("part", start, end, f"{word} năm {year}", year, year)
    if has("nam nay"):
        return _year(now.year, tz, f"năm nay ({now.year})")
    if has("nam sau", "nam toi", "sang nam", "nam ke tiep"):
        return _year(now.year + 1, tz, f"năm sau ({now.year + 1})")
    if has("nam kia", "nam truoc nua", "nam ngoai nua"):
        # «năm kia», «năm trước nữa»: the year before last.
        return _year(now.year - 2, tz, f"năm kia ({now.year - 2})")
    if has("nam ngoai", "nam truoc", "nam roi", "nam qua", "nam vua qua", "nam vua roi") and not _YEARS_COUNTED.search(s):
        return _year(now.year - 1, tz, f"năm ngoái ({now.year - 1})")
    m4 = _YEAR_RANGE.search(s)
    if m4 and int(m4.group(1)) < int(m4.group(2)):
        y1, y2 = int(m4.group(1)), int(m4.group(2))
        start = dt.datetime(y1, 1, 1, tzinfo=tz)
        return TimeSlot("years", start, dt.datetime(y2 + 1, 1, 1, tzinfo=tz), f"giai đoạn {y1}–{y2}", y1, y2)
    years = [m for m in _YEAR.finditer(s) if not _LAW_BEFORE.search(s[:m.start()])]
    # «đến 2020 tăng bao nhiêu so với 2015»: the year compared with is no period asked about, even alone
    # («tăng bao nhiêu so với năm 2013» asks the figure's rise since then, of whatever year it is).
    m5 = next((m for m in years if not _BASELINE_BEFORE.search(s[:m.start()])), None)
    if m5:
        return _year(int(m5.group(1)), tz)
    # «thời gian tới», «trong thời gian sắp tới»: the classes to come («thời gian tôi có …» typed with its marks
    # is the asker's time).
    if has("thoi gian (?:sap )?toi") and "thời gian tôi" not in raw:
        return TimeSlot("upcoming", now, None, "sắp tới", None, None)
    if has("gan day", "sap toi", "sap dien ra", "sap khai giang", "sap mo", "toi day", "sap", "sap den",
           "gan nhat", "som nhat", "moi nhat"):
        return TimeSlot("upcoming", now, None, "sắp tới", None, None)
    if under_way_asked(s):
        return TimeSlot("day", today, today + dt.timedelta(days=1), "đang diễn ra", now.year, now.year)
    return None


# «lớp … đang học», «lớp nào đang diễn ra»: a class held now, as «hôm nay» asks. Not the asker's own studies
# («em đang học lớp …»): a person before «đang» is who studies, not a class under way.
_UNDER_WAY = re.compile(r"\b(\w+ )?dang (?:hoc|dien ra)\b")
_STUDENTS = frozenset({"e", "em", "minh", "toi", "t", "tui", "mk", "mik", "chau", "con", "anh", "chi", "ban", "ho",
                       "ai", "nguoi", "vien"})


def under_way_asked(folded: str) -> bool:
    """Whether a question asks for a class under way now («… đang học có phải không», «lớp nào đang diễn ra»)."""
    return any((m.group(1) or "").strip() not in _STUDENTS for m in _UNDER_WAY.finditer(folded))


# ---------------------------------------------------------------- slots

_DOC_REF = re.compile(
    r"\b(\d{1,4}[a-z]?) (ctr|nq|kh|qd|hd|tb|bc|cv)\b"
    r"|\b(?:chuong trinh|nghi quyet|ke hoach|quyet dinh|huong dan|van ban|cong van)"
    r"(?: hanh dong)?(?: so)? (\d{1,4}[a-z]?)\b"
)


# ------------------------------------------------------------------ the day of the week, the part of the day

WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
PART_NAMES = {"sang": "buổi sáng", "chieu": "buổi chiều", "toi": "buổi tối"}
# The words of the days and parts of the day, which the engine's spelling corrections keep as typed.
DAY_WORDS = frozenset({"thu", "bay", "chu", "nhat", "cuoi", "tuan", "buoi", "sang", "chieu", "toi", "thuong"})
_THU = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5, "hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}
# Words after which «thứ 7», «CN» are days («học thứ 7», «vào CN», «sáng thứ 7», «các thứ 7»); «lớp thứ 2»,
# «cái thứ 2» are positions in a list, «cho CN» workers.
_DAY_BEFORE = frozenset({"vao", "hoc", "ngay", "hom", "cac", "moi", "buoi", "trua", "tu", "hay", "ca", "chi", "lich"})
# After «lớp», «khóa», a day only with a word of the week after it («lớp thứ 7 tuần sau», «lớp thứ 7 hàng tuần»).
_WEEK_AFTER = frozenset({"tuan", "nay", "hang", "toi"})
# Words after which «sáng», «chiều», «tối» say when a class is held («học sáng», «ca chiều», «lớp tối», «vào
# buổi chiều»), not «sang» (to), «chiều cao», «một chiều».
_PART_BEFORE = frozenset({"buoi", "hoc", "ca", "vao", "lop", "khoa", "cac", "chi", "lich"})
# What ends a question typed on a phone («… không», «ko», «hả», «nhỉ») or nothing at all.
_QUESTION_END = frozenset({"", "ko", "khong", "k", "kg", "hok", "ha", "a", "ah", "ak", "nhi", "nhe", "nha", "chu",
                           "vay", "z", "khg"})
# Before a day, a deadline or a span, not when classes are held: «đăng ký trước chủ nhật», «hết cuối tuần».
_BY_THEN = frozenset({"truoc", "han", "het", "toi", "den"})
# After those, a day said otherwise: «chiều nay», «sáng mai», «sáng ngày 5/12» (a period, `parse_time`), «sang
# năm» (next year).
# What «tới» reaches after «học tới …» («tháng 12», «cuối năm», «khi nào», «đâu», «bài 3»).
_TOI_REACHES = frozenset({"thang", "tuan", "nam", "ngay", "cuoi", "het", "khi", "luc", "bao", "gio", "dau", "nay",
                          "mai", "hom", "trua", "chieu", "sang", "dot", "quy", "ky", "bai", "phan", "muc", "tiet",
                          "buoi", "lop", "nua", "giua", "truoc", "sau"})
_NOT_PART_AFTER = frozenset({"nay", "nai", "mai", "qua", "hom", "nam", "thang", "tuan", "tao", "kien", "lap", "ngay"})


@dataclass(frozen=True, slots=True)
class DaySlot:
    """The days of the week (Monday 0 … Sunday 6) and the parts of the day («sang», «chieu», «toi») a class
    question asks for: «lớp học vào T7», «cuối tuần», «học buổi chiều», «tối thứ 3»."""

    days: tuple[int, ...] = ()
    parts: tuple[str, ...] = ()
    used: frozenset[int] = frozenset()

    @property
    def label(self) -> str:
        """«thứ Bảy», «cuối tuần», «buổi tối thứ Ba», as a reply says it."""
        if set(self.days) == {5, 6}:
            days = "cuối tuần"
        elif self.days == tuple(range(5)):
            days = "ngày thường"
        else:
            days = " hoặc ".join(WEEKDAY_NAMES[d] for d in self.days)
        parts = " hoặc ".join(PART_NAMES[p] for p in self.parts)
        return " ".join(filter(None, (parts, days)))


def _weekday_at(toks: Sequence[str], i: int) -> tuple[int, int] | None:
    """The weekday said at `toks[i]` and how many tokens say it («t7», «cn», «thu 7», «thu bay», «chu nhat»),
    whatever stands before it."""
    tok = toks[i]
    after = " ".join(toks[i + 1:i + 3])
    short = short_weekday(tok, f" {after}")
    if short is not None:
        return short, 1
    if tok == "cn":
        return 6, 1
    if tok == "chu" and toks[i + 1:i + 2] == ["nhat"]:
        return 6, 2
    if tok == "thu" and i + 1 < len(toks) and toks[i + 1] in _THU:
        return _THU[toks[i + 1]], 2
    return None


def _sunday_next(toks: Sequence[str], i: int) -> bool:
    """Whether Sunday is said at `toks[i]`, or after «và», «hoặc» there."""
    if toks[i:i + 1] and toks[i] in ("va", "voi", "hoac", "hay"):
        i += 1
    return i < len(toks) and toks[i] in ("chu", "cn") and _weekday_at(toks, i) is not None


def day_slot(norm: Norm) -> DaySlot | None:
    """The days of the week and the parts of the day a question asks a class to be held on, or None."""
    toks = list(norm.tokens)
    typed = norm.text.lower()
    days: list[int] = []
    parts: list[str] = []
    used: set[int] = set()
    i = 0
    while i < len(toks):
        tok, prev = toks[i], toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        said = _weekday_at(toks, i)
        if said is not None:
            day, size = said
            # «chủ nhật» is a day wherever it stands; «T7» unless it numbers a block («khu T7», «tầng T2»); «thứ 7»,
            # «CN» after a word that puts a day (or another day, or opening the question before «có», «này»).
            plain = tok == "chu" or (tok != "cn" and tok != "thu" and prev not in ("khu", "toa", "nha", "phong", "tang", "lo"))
            plain = plain and prev not in _BY_THEN
            after = toks[i + size] if i + size < len(toks) else ""
            context = ((prev in _DAY_BEFORE and prev not in _BY_THEN) or (prev in PART_NAMES and i - 1 in used)
                       or (prev in ("lop", "khoa") and after in _WEEK_AFTER)
                       or (i and _weekday_at(toks, i - 1) is not None) or (days and prev in ("va", "hoac", "den", "toi"))
                       or (i == 0 and after in ("co", "nay", "hang", ""))
                       # «lớp thứ 7 chủ nhật», «lớp T7 CN», «thứ 7 và chủ nhật»: a day said before Sunday is a day
                       # too (the weekend).
                       or _sunday_next(toks, i + size))
            if plain or context:
                if prev == "den" and days and i >= 2:
                    # «từ thứ 2 đến thứ 6»: every day between.
                    first = days[-1]
                    days += [d % 7 for d in range(first + 1, first + ((day - first) % 7) + 1)]
                else:
                    days.append(day)
                used.update(range(i, i + size))
                i += size
                continue
        if tok == "cuoi" and nxt == "tuan" and prev not in _BY_THEN:
            days += [5, 6]
            used.update((i, i + 1))
            i += 2
            continue
        if tok == "ngay" and nxt == "thuong":
            days += [0, 1, 2, 3, 4]
            used.update((i, i + 1))
            i += 2
            continue
        if tok in PART_NAMES and nxt in ("hay", "hoac") and toks[i + 2:i + 3] and toks[i + 2] in PART_NAMES:
            i += 3  # «học sáng hay chiều»: which part of the day is asked, none is wished for
            continue
        # «học buổi chiều ngày nào»: the part wished, then the day asked (not «chiều ngày 5/12», a date's).
        day_asked_after = prev == "buoi" and nxt == "ngay" and toks[i + 2:i + 3] in (["nao"], ["may"])
        if tok in PART_NAMES and (nxt not in _NOT_PART_AFTER or day_asked_after):
            # Typed with its marks: «sáng», «tối» as such («sang» is to, «tới» next, «tôi» me).
            marked = not norm.had_diacritics or tok == "chieu" or {"sang": "sáng", "toi": "tối"}[tok] in typed
            weekday_next = i + 1 < len(toks) and _weekday_at(toks, i + 1) is not None
            # «học toi» at the end of a question («lớp thứ 2 học toi hả», «có lớp nào học toi ko»): «tối», which is
            # when one studies; «học tới tháng 12» goes on with what «tới» reaches.
            bare_ok = (tok != "toi" or prev in ("buoi", "ca") or norm.had_diacritics
                       or (prev == "hoc" and nxt in _QUESTION_END))
            # «hoc toi dky đến khi nào», «học toi ở đâu»: bare «toi» right after «học» with no period or point it
            # reaches after it is «tối» however the rest is typed («học tới tháng 12», «học tới đâu» reach).
            evening = (tok == "toi" and prev == "hoc" and nxt not in _TOI_REACHES and not nxt[:1].isdigit()
                       and "tới" not in typed and "tôi" not in typed)
            if (evening or (marked and bare_ok)) and (prev in _PART_BEFORE or weekday_next):
                parts.append(tok)
                used.add(i)
                if prev in ("buoi", "ca"):
                    used.add(i - 1)  # «ca tối» (the evening shift) as «buổi tối»: «ca» is no word of a class
                i += 1
                continue
        i += 1
    if not days and not parts:
        return None
    return DaySlot(tuple(sorted(set(days))), tuple(dict.fromkeys(parts)), frozenset(used))


@dataclass(frozen=True, slots=True)
class Slots:
    """Everything structured that a question says."""

    roles: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    org_ids: tuple[int, ...] = ()
    time: TimeSlot | None = None
    # Places learned from the data (communes, wards, zones, former provinces), folded.
    places: tuple[str, ...] = ()
    # Kinds of union named without a name («công đoàn ngành», «công đoàn KCN»).
    org_kinds: tuple[str, ...] = ()
    doc_numbers: tuple[str, ...] = ()
    # Token positions taken by the phrases above (so course search does not match them against titles).
    used: frozenset[int] = field(default_factory=frozenset)
    # The folded phrases that said them, by kind (place, org, role, topic, format): a follow-up question
    # («còn ở Hà Nội?») replaces one of them.
    phrases: tuple[tuple[str, str], ...] = ()
    # The days of the week and parts of the day a class is asked to be held on («vào T7», «buổi chiều»).
    day: DaySlot | None = None


def _uniq(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


# Verbs whose object is people («quản lý đoàn viên», «tập hợp đoàn viên»): a role after them is what the
# work is about.
_MANAGING = frozenset({("quan", "ly"), ("tap", "hop"), ("cham", "lo")})
# The heads of a venue named after the people it serves («nhà văn hóa công nhân», «nhà ở công nhân»).
_HOUSE_OF = frozenset({("van", "hoa"), ("nha", "o")})
# A meeting named after those who attend it («hội nghị người lao động», «đại hội đoàn viên»): the meeting is what
# the class teaches to organise, not whom the class is for.
_MEETING_OF = frozenset({("hoi", "nghi"), ("dai", "hoi")})
# «qua», «bằng» before a tool: the means a class is held by.
_BY_MEANS = frozenset({"qua", "bang"})


# «xử» after these is how one behaves («ứng xử thanh lịch», «cư xử», «đối xử»), not the «xứ» of a province's
# by-name («xứ Thanh», «xứ Nghệ»): folded, the two are one word.
_CONDUCT_HEADS = frozenset({"ung", "cu", "doi", "phan", "xet"})


def _conduct_not_land(tokens: Sequence[str], hit: Hit) -> bool:
    return (hit.kind == "province" and tokens[hit.start] == "xu" and hit.start > 0
            and tokens[hit.start - 1] in _CONDUCT_HEADS)


def extract(norm: Norm, now: dt.datetime, matcher: PhraseMatcher) -> Slots:
    """Extract every slot from a normalised question."""
    hits = [h for h in matcher.find(norm.tokens) if not _conduct_not_land(norm.tokens, h)]
    # Words that are both a role and a topic («kế toán») say whom the class is for after «cho» or «là» («lớp
    # cho kế toán», «mình là kế toán», «em làm kế toán»), and what it teaches anywhere else («phần mềm kế toán»).
    # A role's label that opens with a topic («kế toán công đoàn cơ sở») is read the same way.
    for_whom = {(h.start, h.end) for h in hits
                if h.kind == "role" and h.start and norm.tokens[h.start - 1] in ("cho", "la", "lam")}
    # Words that are both a role and a union's initials spelt out («pct»: «phó chủ tịch», and the ward union of
    # «Phường Cẩm Thành») name the role: a union is named by its own name, and a union read here would narrow the
    # classes to those it holds (none for the asker's province).
    as_role = {(h.start, h.end) for h in hits if h.kind == "role"}
    read: list[Hit] = []
    for h in hits:
        if h.kind == "org" and (h.start, h.end) in as_role:
            continue
        if h.kind == "topic" and (h.start, h.end) in for_whom:
            continue
        if h.kind == "topic" and h.start and (norm.tokens[h.start - 1] == "truong"
                                              or norm.tokens[max(0, h.start - 2):h.start] == ("hoc", "vien")):
            # «Trường Chính trị Trần Phú», «Học viện Chính trị»: a school's name, where classes are held, not
            # what they teach (its words find the venue).
            continue
        if h.kind == "role" and tuple(norm.tokens[max(0, h.start - 2):h.start]) in _MANAGING:
            # «phần mềm quản lý đoàn viên», «quản lý cán bộ»: whom the work is about, not whom the class is
            # for; the words stay words of the title.
            continue
        if h.kind == "role" and (tuple(norm.tokens[h.end:h.end + 2]) == ("dien", "tu")
                                 or (h.start >= 2 and norm.tokens[h.start - 1] == "the")):
            # «thẻ đoàn viên điện tử», «lop the doan vien»: the members' card, what the class teaches to use, not
            # whom it is for (opening a message, «thế đoàn viên?» asks for the members).
            continue
        if h.kind == "role" and tuple(norm.tokens[max(0, h.start - 2):h.start]) in _HOUSE_OF:
            # «Nhà văn hóa công nhân KCN …», «Trung tâm Văn hóa công nhân», «nhà ở công nhân»: a venue's name,
            # where the class is held, not whom it is for; the words stay words that find the venue.
            continue
        if (h.kind == "topic" and tuple(norm.tokens[h.start:h.end]) == ("phan", "mem") and h.start
                and norm.tokens[h.start - 1] in _BY_MEANS):
            # «học qua phần mềm gì», «họp bằng phần mềm nào»: the software a class is held on (Zoom), a detail
            # asked of it, not a class about software.
            continue
        if h.kind == "role" and tuple(norm.tokens[max(0, h.start - 2):h.start]) in _MEETING_OF:
            # «kỹ năng tổ chức hội nghị người lao động»: the meeting's name; its words stay words of the title.
            continue
        if h.kind == "role" and (h.start, h.end) not in for_whom:
            topic = matcher.topic_opening(norm.tokens[h.start:h.end])
            if topic is not None:
                if not any(x.kind == "topic" and x.start == h.start for x in read):
                    read.append(Hit(h.start, h.start + topic[0], "topic", topic[1]))
                continue
        read.append(h)
    hits = read
    used: set[int] = set()
    for h in hits:
        used.update(range(h.start, h.end))
    # "chủ tịch LĐLĐ huyện" is a person, not the CĐCS chair audience: only count a bare "chủ tịch" role
    # when nothing organisational follows it.
    roles = [
        h.value
        for h in hits
        if h.kind == "role"
        and not (h.end - h.start <= 3 and norm.tokens[h.end : h.end + 2] in (("lien", "doan"), ("tong", "lien")))
    ]
    topics = _uniq(h.value for h in hits if h.kind == "topic")
    provinces = _uniq(h.value for h in hits if h.kind == "province")
    coded = {h.value for h in hits if h.kind == "province" and norm.tokens[h.start].startswith(PLACE_CODE_MARK)}
    named = {h.value for h in hits if h.kind == "province" and not norm.tokens[h.start].startswith(PLACE_CODE_MARK)}
    if coded & named:
        # «ĐN (Đà Nẵng)»: the name said in full decides which province the code meant.
        provinces = tuple(p for p in provinces if p not in coded or p in named)
    # «LC có lớp … k, Lai Châu ấy»: a province code whose letters are the initials of another province named in
    # full meant that one (LC: Lào Cai or Lai Châu).
    initials = {"".join(t[0] for t in norm.tokens[h.start:h.end]) for h in hits
                if h.kind == "province" and h.end - h.start > 1}
    plain_coded = {h.value for h in hits if h.kind == "province" and h.end - h.start == 1
                   and norm.tokens[h.start] in PROVINCE_CODES and norm.tokens[h.start] in initials}
    if plain_coded and len(provinces) > len(plain_coded):
        named_too = {h.value for h in hits if h.kind == "province" and h.end - h.start > 1}
        provinces = tuple(p for p in provinces if p not in plain_coded or p in named_too)
    docs: list[str] = []
    for form in (" ".join(fold_tokens(norm.text)), norm.folded):
        for m in _DOC_REF.finditer(form):
            docs.append(m.group(1) or m.group(3))
    day = day_slot(norm)
    if day is not None:
        used |= day.used
    formats = _uniq(h.value for h in hits if h.kind == "format")
    if {"tap_trung", "truc_tuyen"} <= set(formats) and _BOTH_WAYS.search(norm.folded):
        # «vừa trực tiếp vừa online», «cả trực tiếp lẫn trực tuyến»: one class held both ways, not either.
        formats = ("ket_hop",)
    return Slots(
        roles=_uniq(roles),
        topics=topics,
        formats=formats,
        provinces=provinces,
        org_ids=tuple(dict.fromkeys(int(h.value) for h in hits if h.kind == "org")),
        places=_uniq(h.value for h in hits if h.kind == "place"),
        org_kinds=_uniq(h.value for h in hits if h.kind == "orgkind"),
        time=parse_time(norm, now),
        doc_numbers=_uniq(d for d in docs if not _YEAR.fullmatch(d)),
        used=frozenset(used),
        day=day,
        phrases=tuple(dict.fromkeys(
            ("place" if h.kind == "province" else h.kind, " ".join(norm.tokens[h.start:h.end])) for h in hits
        )),
    )


# Two ways of attending said of one class at once («vừa … vừa …», «cả … lẫn/và …», «… kết hợp …»).
_BOTH_WAYS = re.compile(r"\bvua (?:hoc )?(?:truc|tap|online|offline)\b.*\bvua\b"
                        r"|\bca (?:hoc )?(?:truc|tap|online|offline)\b.*\b(?:lan|va|voi)\b|\bket hop\b")


def province_key(name: str | None) -> str:
    """A province as a comparable key ("Thanh Hoá" and "thanh hoa" meet)."""
    return _province_key(name)
