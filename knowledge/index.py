"""Search indexes.

Courses: positions are assigned in start-date order and every slot value and title word maps to a bitmap
(a Python int), so a question's filters are a few ANDs on 100k-bit integers and "nearest first" is just
"lowest set bits". Facts, targets and documents: a BM25 inverted index over folded unigrams and bigrams,
whose candidates are reranked with rapidfuzz and slot agreement.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import math
import operator
import re
import threading
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, compress, islice, pairwise, repeat
from operator import attrgetter, itemgetter
from typing import Any, TypeVar

import numpy as np
from rapidfuzz import fuzz

from knowledge.language.followup import postponed
from knowledge.language.places import canonical_name, current_province, is_former
from knowledge.lexicon import PLAN_AUDIENCES, ROLES, TOPICS
from knowledge.records import CourseRec, DocumentRec, FactRec, OrgRec, TargetRec
from knowledge.search.vocabulary import org_kind, place_mentions
from knowledge.slots import PhraseMatcher, province_key
from knowledge.text import batch_marks, batch_number, bigrams, clean, fold, fold_tokens, index_tokens
from knowledge.timing import period_end
from knowledge.turns import Pause, no_pause

# How much a question word counts where a course has it (measured on the held-out DEV half,
# bench/heldout.py): the title says what the class is; the topic and audience in the organiser's words
# nearly as much; the organiser and the place single out one of several look-alike classes; the note
# only a little.
FIELD_WEIGHTS = {"title": 1.0, "topic": 0.85, "org": 0.8, "place": 0.8, "desc": 0.45}
_PLACE_HEAD_WORDS = frozenset({"huyen", "quan", "xa", "phuong", "thi", "tran", "thanh", "pho", "tinh", "lien", "doan",
                               "lao", "dong", "cong", "dac", "khu"})
# A pair of the question's words said side by side adds this share of a full word match.
PAIR_WEIGHT = 0.15
# A tentative date as precise as a month («tháng 9/2027», «cuối tháng 9/2027»), as knowledge.plans.dates writes it.
# A plan's own words for a class held at weekends («Lớp cuối tuần», «học 2 thứ Bảy», «T7, CN»), not «trừ cuối tuần».
_WEEKEND_WRITTEN = re.compile(r"(?<!khong hoc )(?<!tru )(?<!ngoai )\b(?:cuoi tuan|thu (?:7|bay)|chu nhat|t7|cn)\b")
# A plan's own words for a class held in the evening when its date gives no hour («Học 6 buổi tối (18h30-20h30)»,
# «… buổi tối», «học ca tối»), not «tối đa».
_EVENING_WRITTEN = re.compile(r"\b(?:buoi toi|ca toi|hoc toi|(?:1[789]|20) ?h ?(?:\d\d)? ?- ?(?:2[0-2]) ?h)\b")
# The start a class dated without an hour is given (knowledge.transfer.START_TIME), or none.
_NO_HOUR = frozenset({dt.time(0), dt.time(8, 0)})
_MONTH_ONLY = re.compile(r"(?:đầu |giữa |cuối )?tháng \d{1,2}/\d{4}")
# Topics of telling others (propaganda, outreach): what a class tells of («tuyên truyền pháp luật») is what it is
# about, so a class asked by such a topic alone is one on telling itself, not on what is told.
_TELLING_TOPICS = frozenset({"tuyen_giao"})
# Found classes read one by one for a topic that only serves another (see CourseIndex._topic_serves): a broad
# list past this many is ranked without it.
_SERVING_READ = 3000
RERANK = 150  # courses of the best word subset scored field by field (the rest keep date order)


def _ward_split(name: str) -> tuple[str, str] | None:
    """(head, name) of a folded ward, commune or special zone («xa duc hoa» -> ("xa", "duc hoa")), as
    `place_mentions` reads a venue; None for any other place."""
    for head in ("phuong", "xa", "dac khu", "thi tran"):
        if name.startswith(head + " ") and len(name) > len(head) + 1:
            return head, name[len(head) + 1:]
    return None


def _topics_training() -> dict[str, frozenset[str]]:
    """Catalogue topics whose own label names an audience («Kỹ năng giảng dạy cho giảng viên»): a class on
    such a topic is about that audience's work, whoever the organiser listed as its audience. The label is
    read against the roles and the topics' own phrases, so «đoàn viên» inside «phát triển đoàn viên» names
    no audience."""
    words = PhraseMatcher()
    for term in ROLES:
        for phrase in term.synonyms:
            words.add(phrase, "role", term.key)
    for term in TOPICS:
        for phrase in term.synonyms:
            words.add(phrase, "topic", term.key)
    out: dict[str, frozenset[str]] = {}
    for term in TOPICS:
        roles = frozenset(h.value for h in words.find(index_tokens(term.label)) if h.kind == "role")
        roles |= _TOPIC_OFFICERS.get(term.key, frozenset())
        if roles:
            out[term.key] = roles
    return out


# Topics whose label names the work, not the officers who do it («Công tác nữ công»: the nữ công officers'):
# «nữ công» alone stays the topic's word, so the label cannot be read for them.
_TOPIC_OFFICERS = {"nu_cong": frozenset({"can_bo_nu_cong"})}


TRAINING_TOPICS = _topics_training()
# Words by which a title says whom it trains (a role, its abbreviation, cadres or members in general),
# folded; «đoàn viên» in «phát triển / kết nạp đoàn viên» is what a class is about, not whom it is for.
# (Every phrase opens with one of the letters looked ahead for: the search skips other words' starts at once.)
_AUDIENCE_WORDS = re.compile(
    r"\b(?=[bcdgknptu])(?:(?<!phat trien )(?<!ket nap )doan vien|chu tich|pho chu tich|uy vien|ban chap hanh|bch"
    r"|giang vien|bao cao vien|chuyen trach|kiem nhiem|cap tren|ubkt|uy ban kiem tra|nguoi lao dong|nld|cong nhan|can bo"
    r"|cbcd|cnvcld|to truong|to pho|ban nu cong)\b"
)


# An audience written for the grassroots cadres as a whole («Cán bộ CĐCS», «cán bộ công đoàn cơ sở khu vực doanh
# nghiệp»), folded: no role of the catalogue, yet a class for them is a class for each grassroots officer.
_GRASSROOTS_CADRES = re.compile(r"\b(?:can bo|cb|cbcd)\s*(?:cong doan|cd)?\s*(?:co so|cdcs)\b|\bcbcdcs\b")
# Audiences a plan's cell names that are no profile role («Tổ trưởng, tổ phó công đoàn»), folded phrase -> key;
# and a role added after plans were imported (the nữ công officers), whose cells stored before keep its words.
_PLAN_AUDIENCE = [(re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, t.synonyms), key=len, reverse=True))
                              + r")\b"), t.key)
                  for t in (*PLAN_AUDIENCES, *(r for r in ROLES if r.key == "can_bo_nu_cong"))]


def _plan_audiences(written: str) -> frozenset[str]:
    """The plan audiences (`PLAN_AUDIENCES` keys) an audience cell's words name."""
    folded = " ".join(index_tokens(written)) if written else ""
    return frozenset(key for pattern, key in _PLAN_AUDIENCE if folded and pattern.search(folded))


# The roles held in a grassroots union, whom a class for its cadres in general trains too (not the cadres of
# the unions above it, full-time staff, lecturers or the members).
GRASSROOTS_ROLES = frozenset({"chu_tich_cdcs", "pho_chu_tich_cdcs", "uy_vien_bch", "can_bo_khong_chuyen_trach",
                              "to_truong_cd", "can_bo_nu_cong"})

# A role's deputy, listed beside it in an audience cell («Chủ tịch, P.Chủ tịch CĐCS»): a class for a post and its
# deputy is as squarely the holder's class as one for the holder alone.
DEPUTIES = {"chu_tich_cdcs": "pho_chu_tich_cdcs"}


# What joins the posts of an audience cell («Chủ tịch, P.Chủ tịch CĐCS», «chủ tịch và phó chủ tịch …»).
_POST_LINKS = frozenset({"p", "pho", "va", "cac", "cong", "doan", "co", "so"})


def with_deputies(roles: frozenset[str]) -> frozenset[str]:
    """The roles asked and their deputies."""
    return roles | {DEPUTIES[r] for r in roles if r in DEPUTIES}


def _pairs(toks: list[str]) -> list[str]:
    """Adjacent pairs worth a key: not two course words that every title has («công đoàn», «tập huấn»),
    which would cost memory and tell nothing; a phrase made only of those is checked word by word."""
    return [f"{a}_{b}" for a, b in pairwise(toks) if not (a in COURSE_GENERIC and b in COURSE_GENERIC)]

# Words that say "a course" but not which one: they must not decide between titles.
COURSE_GENERIC = frozenset(
    ["han", "chot", "cho", "con", "nhieu", "may", "hom", "huy", "bi", "dia", "diem", "bat", "ket", "thuc", "phi",
     "slot", "gio", "luc", "hoan", "huyen", "xa", "phuong", "quan", "tinh", "thanh", "pho", "thi", "tran", "dac",
     "quy", "cuoi", "giua", "het", "tu", "den", "dau", "nua", "la", "co", "gan", "nhat", "nao", "gi", "j",
     "cu", "moi", "nhu", "phu", "hop", "vs", "voi", "em", "minh", "toi", "ban", "ad", "nhi", "a", "ko", "khong",
     "lop", "khoa", "hoc", "tap", "huan", "boi", "duong", "dao", "tao", "huan", "luyen", "danh", "cho", "nao", "nhung", "cac", "co", "khong", "gi", "lich", "khai", "giang", "dang", "ky", "ghi", "danh", "tham", "gia", "mo", "to", "chuc", "muon", "tim", "kiem", "gan", "day", "sap", "toi", "nay", "sau", "thang", "tuan", "nam", "ngay", "cua", "can", "bo", "cong", "doan", "khi", "bao", "gio", "nhat", "con", "ve", "j", "o", "dau", "hom", "mai", "truoc", "tiep", "ke", "moi", "nang",
     # «danh sách lớp …», «ds lớp»: a list asked for, no word of the class.
     "sach",
     # «lớp riêng cho …», «dành riêng»: a class of the audience's own, which the role says.
     "rieng",
     # «lớp hôm qua», «tuần vừa qua»: the period, read by the time slot, not a word of a title.
     "qua"]
)


def _or_all(masks: Iterable[int]) -> int:
    out = 0
    for m in masks:
        out |= m
    return out


def _bitmap(positions: Iterable[int], n: int, pause: Pause | None = None) -> int:
    if isinstance(positions, Sized) and len(positions) > max(_DENSE_MIN, n // _DENSE):
        # Many positions: a byte per course set by numpy in one C call and packed eight courses to a byte. The
        # interpreter's own loop stored ~75 ns a position: a quarter of a 100k-course build (3.4M positions).
        flags = np.zeros(n, dtype=np.uint8)
        flags[_as_indices(positions)] = 1
        if pause is not None:
            pause()
        return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")
    buf = bytearray((n + 7) // 8)
    for p in positions:
        buf[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(buf, "little")


def _as_indices(positions: Iterable[int]) -> Any:
    """`positions` as a numpy index array: the index's arrays of unsigned ints are read in place, not copied."""
    if isinstance(positions, array) and positions.typecode == "I" and positions.itemsize == 4:
        return np.frombuffer(positions, dtype=np.uint32)
    return np.fromiter(positions, dtype=np.intp)


# More positions than n / _DENSE (and than _DENSE_MIN): set as bytes and packed, a fixed ~25 µs at 100k courses;
# fewer are set bit by bit in place (~0.2 µs each).
_DENSE = 512
_DENSE_MIN = 64


# Distinct values of a field up to which it is also kept as columns of one-byte codes (four blocks of 255).
_CODED_VALUES = 4 * 255


# Fewer courses than this in a key's groups of one coded column: their positions are set one by one instead.
_CODED_MIN = 1024
# Translation tables turning a byte 1 into the bit r of a byte.
_BIT_OF = [bytes([0, 1 << r]) + bytes(254) for r in range(8)]


def _coded_bits(strides: Sequence[bytes], table: bytes | bytearray) -> int:
    """The bitmap of the courses whose code in a column is one `table` marks (`table[code] == 1`, else 0).

    `strides[r]` is the column's every eighth byte from `r` (`column[r::8]`): translated to bit r, byte q says
    whether course 8q + r is marked, so read as a little-endian integer it sets exactly that bit. Eight C passes
    over n/8 bytes, whatever the number of courses marked (~15 µs each at 100k courses)."""
    bits = 0
    for r, stride in enumerate(strides):
        bits |= int.from_bytes(stride.translate(table.translate(_BIT_OF[r])), "little")
    return bits


class _KeyCache(dict[Any, str]):
    """A key per value, made by `make` the first time the value is looked up."""

    def __init__(self, make: Callable[[Any], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, value: Any) -> str:
        key = self[value] = self._make(value)
        return key


def _new_positions() -> array[int]:
    return array("I")


def _positions(first: array[int], more: list[array[int]], repeats: bool) -> array[int]:
    """One key's positions from the groups that have it, each course once."""
    if not more:
        return first
    if not repeats:
        out = array("I", first)
        for a in more:
            out.extend(a)
        return out
    return array("I", sorted({*first, *(p for a in more for p in a)}))


T = TypeVar("T")
# Courses handled between two checkpoints of a background build (knowledge/turns.py): ~1 ms of work.
STEP = 2048


def _by_start(courses: Sequence[CourseRec], pause: Pause) -> tuple[list[CourseRec], array[int], array[float]]:
    """The courses in id order, their ranks by (start, id) (`ranks[position] = index in id order`) and their
    start times in id order, in steps. Plain arrays: reading them in date order touches no number object
    scattered in memory.

    Not one sort of all courses: a sort is a single C call (one comparing (datetime, id) tuples held the GIL
    for 0.4 s at 100k courses, one on plain numbers ~30 ms). Courses in id order (as the database reads
    them) are grouped by start time in steps, and only the distinct start times are sorted — a few
    thousand, since classes start at a few times of a few hundred days. Appending in id order keeps ties by id.
    """
    order = list(courses)
    ids = _column(order, attrgetter("id"), pause)
    if not all(map(operator.lt, ids, islice(ids, 1, None))):
        order.sort(key=attrgetter("id"))  # records given in another order (the tests, bench.speed)
        pause()
    stamps = _timestamps(_column(order, attrgetter("starts_at"), pause), pause)
    at: dict[float, list[int]] = {}
    for start in range(0, len(order), STEP):
        for i in range(start, min(len(order), start + STEP)):
            got = at.get(stamps[i])
            if got is None:
                at[stamps[i]] = [i]
            else:
                got.append(i)
        pause()
    ranks = array("I")
    for k, stamp in enumerate(sorted(at)):
        ranks.extend(at[stamp])
        if not k % 256:
            pause()
    pause()
    return order, ranks, array("d", stamps)


def _timestamps(times: Sequence[dt.datetime | None], pause: Pause) -> list[float]:
    """`[t.timestamp() for t in times]` (NaN for None), each distinct time computed once: classes start and end
    at a few thousand times, and a datetime keeps its hash once made but not its timestamp (~1.5 µs each).
    (Times are read as stored, in UTC: two equal times are one instant, with one timestamp.)"""
    memo: dict[dt.datetime | None, float] = {}
    for start in range(0, len(times), STEP):
        memo.update(dict.fromkeys(times[start:start + STEP], 0.0))
        pause()
    for t in memo:
        memo[t] = math.nan if t is None else t.timestamp()
    pause()
    return _column(times, memo.__getitem__, pause)


def _column(seq: Sequence[T], get: Callable[[T], Any], pause: Pause) -> list[Any]:
    """`[get(x) for x in seq]`, with a checkpoint every `STEP` items."""
    out: list[Any] = []
    for start in range(0, len(seq), STEP):
        out.extend(map(get, seq[start:start + STEP]))
        pause()
    return out


def _reorder(ranks: Sequence[int]) -> Callable[[Sequence[T], Pause], list[T]]:
    """A function putting a sequence in the order `ranks` gives (`out[i] = seq[ranks[i]]`), a step at a time: an
    itemgetter per step is one C loop (a map over the ranks cost three times as much)."""
    def one(i: int) -> Callable[[Sequence[Any]], tuple[Any]]:
        return lambda seq: (seq[i],)

    steps: list[Callable[[Sequence[Any]], Any]] = []
    for start in range(0, len(ranks), STEP):
        part = ranks[start:start + STEP]
        # itemgetter of one index returns the item itself, not a tuple of it.
        steps.append(itemgetter(*part) if len(part) > 1 else one(part[0]))

    def reorder(seq: Sequence[T], pause: Pause) -> list[T]:
        out: list[T] = []
        for get in steps:
            out.extend(get(seq))
            pause()
        return out

    return reorder


# The course fields the index reads (knowledge.records.CourseRec), in the order `CourseIndex` unpacks them, and
# whether equal values are to share one object (texts that repeat over many courses).
_INDEX_FIELDS = (("code", False), ("id", False), ("title", True), ("topic", True), ("audiences", True),
                 ("organiser_id", True), ("organiser_name", True), ("province", True), ("partner", True),
                 ("venue", True), ("format", True), ("status", True), ("description", True), ("tentative", True),
                 ("topic_text", True), ("audience_text", True), ("audience_written", True), ("starts_at", False),
                 ("ends_at", False))


def _columns(seq: Sequence[Any], fields: Sequence[tuple[str, bool]], pause: Pause) -> list[list[Any]]:
    """`[[getattr(x, name) for x in seq] for name, _ in fields]` in one pass, `STEP` records at a time (a record's
    fields are read while it is in the cache), with a checkpoint after each step. A field marked to share keeps
    one object per distinct value: later steps hash and compare few objects, not one per record."""
    getters = [attrgetter(name) for name, _ in fields]
    shared: list[dict[Any, Any] | None] = [{} if share else None for _, share in fields]
    out: list[list[Any]] = [[] for _ in fields]
    for start in range(0, len(seq), 256):
        part = seq[start:start + 256]
        for get, same, col in zip(getters, shared, out, strict=True):
            if same is None:
                col.extend(map(get, part))
            else:
                values = list(map(get, part))
                col.extend(map(same.setdefault, values, values))
        if not start % STEP:
            pause()
    return out


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector held off for the block (reference counting still frees all else).

    A build makes hundreds of thousands of lasting objects (the index's keys, the titles' words): each time
    enough of them pile up, a full collection walks every object of the process, the 100k course records
    first — a fifth of a second per pass at 100k courses, for garbage the build does not make. Nested or
    concurrent builds leave it as they found it: only the outermost one that turned it off turns it back on."""
    global _held
    with _held_lock:
        if _held == 0:
            _held_was_on[0] = gc.isenabled()
            gc.disable()
        _held += 1
    try:
        yield
    finally:
        with _held_lock:
            _held -= 1
            if _held == 0 and _held_was_on[0]:
                gc.enable()


_held = 0  # builds under way holding the collector off
_held_was_on = [False]  # whether it was on before the first of them
_held_lock = threading.Lock()


def org_ancestors(orgs: dict[int, OrgRec], org_id: int | None) -> tuple[int, ...]:
    """An organisation and the unions above it, nearest first (a cycle in bad data stops the walk)."""
    out: list[int] = []
    cur = orgs.get(org_id) if org_id is not None else None
    while cur is not None and cur.id not in out:
        out.append(cur.id)
        cur = orgs.get(cur.parent_id) if cur.parent_id is not None else None
    return tuple(out)


# The organisation key of every class a national body runs (the Tổng Liên đoàn, a national sector union, its
# university): «lớp toàn quốc» asks for those. No database row has id 0.
NATIONAL_SCOPE = 0


def national_scope(orgs: dict[int, OrgRec], ancestors: Sequence[int]) -> bool:
    """Whether a union's chain reaches the national union without passing a province's: its classes are for
    members everywhere, wherever they are held."""
    kinds = [orgs[a].kind for a in ancestors if a in orgs]
    return bool(kinds) and kinds[-1] == "national" and "province" not in kinds


# The head of an economic zone's name as the question's words have it.
_ZONE_HEAD = ("khu", "kinh", "te")
# Place heads (as `place_mentions` folds them) that name a zone rather than a ward or a town.
_ZONE_HEADS = frozenset({"khu kinh te", "khu cong nghiep", "khu che xuat"})


def _without(a: int, b: int) -> int:
    """`a & ~b`, the bits of `a` not in `b`, without making `~b`: the complement of a 100k-bit bitmap is a negative
    number as long as the index, which the `&` converts back again (~19 µs at 100k courses against ~3 µs)."""
    return a ^ (a & b)


def iter_bits(x: int) -> Iterator[int]:
    """Positions of set bits, lowest first."""
    if x <= 0:
        return
    # Byte by byte: numpy finds the bytes that are not empty a stretch at a time (small first, as most readers want
    # only the first page's classes), each byte's bits are read from a table, and no step works on the whole
    # 100k-bit integer.
    buf = x.to_bytes((x.bit_length() + 7) // 8, "little")
    flags = np.frombuffer(buf, dtype=np.uint8)
    start, size = 0, 256
    while start < len(buf):
        for j in (np.flatnonzero(flags[start:start + size]) + start).tolist():
            base = j << 3
            for k in _BYTE_BITS[buf[j]]:
                yield base + k
        start += size
        size = min(size * 4, 4096)


# The positions of the bits set in each byte value, lowest first.
_BYTE_BITS = tuple(tuple(i for i in range(8) if b >> i & 1) for b in range(256))


# What `role_tier` reads of a class: the roles its topic trains, those its topic's words name, its audiences, whether
# they are written for the grassroots cadres as a whole, whether its title says whom it trains, its audience cell
# and that cell as written.
_TierParts = tuple[frozenset[str], frozenset[str], frozenset[str], bool, bool, str, str]


@dataclass(frozen=True, slots=True)
class CourseHits:
    """The result of a course search: positions in date order, how many matched, what was relaxed."""

    courses: list[CourseRec]
    total: int
    word_coverage: float  # share of the question's own words that the chosen courses contain
    relaxed: tuple[str, ...]
    # Codes of the first page's classes that rank best (all of them when nothing told them apart).
    lead: tuple[str, ...] = ()
    # With `first_places` (a former province named plainly): how many of all the classes found lie there, and
    # the codes of this page's that do (listed as a group before the rest of today's province).
    first_total: int = 0
    first_codes: tuple[str, ...] = ()
    # Of the first page, the classes that have all the question named where others lack part of it (the union
    # itself, held at the place named); empty when all have it.
    fitting: tuple[str, ...] = ()
    # The pages are ranked by how well the classes answer, not nearest first across pages (each page is listed
    # nearest first): a class of a later page may start before one of this page.
    ranked_pages: bool = False


class CourseIndex:
    """Bitmap index over courses ordered by start time."""

    def __init__(self, courses: Sequence[CourseRec], orgs: dict[int, OrgRec], matcher: PhraseMatcher,
                 pause: Pause = no_pause) -> None:
        in_id_order, ranks, stamps = _by_start(courses, pause)
        to_date_order = _reorder(ranks)
        order: list[CourseRec] = to_date_order(in_id_order, pause)
        self.starts: list[float] = to_date_order(stamps, pause)
        del stamps
        self.orgs = orgs
        self._matcher = matcher
        self._serves: dict[tuple[str, str, frozenset[str]], bool] = {}
        self._addressed: dict[str, bool] = {}
        # What `role_tier` reads of each class ranked so far, one object per distinct value, and the tier of each
        # such value for the roles asked.
        self._tier_parts: dict[int, _TierParts] = {}
        self._tier_shapes: dict[_TierParts, _TierParts] = {}
        self._tiers: dict[tuple[_TierParts, frozenset[str]], int] = {}
        self._general: dict[str, bool] = {}  # audience cells written for the grassroots cadres as a whole
        self._written: dict[str, frozenset[str]] = {}  # audience cells -> the plan audiences they name
        self._topic_roles: dict[str, frozenset[str]] = {}  # the organisers' topic words: few distinct
        self._phrase_cache: dict[tuple[str, ...], int] = {}
        n = len(order)
        self.n = n
        self.courses = order
        # Every field the build reads, as columns, read in one pass in id order, a few hundred courses at a time:
        # each course's fields while it is in the cache, in the order the records lie in memory (a pass per field
        # over 100k records in date order cost ~25 ms each). Texts that repeat are kept as one shared object and
        # put in date order; the course's own values (code, id, times) are read in id order and filed by position.
        (codes, ids, titles, topics, audiences, organiser_ids, organisers, written_provinces, partners, venues,
         formats, statuses, descs, tentatives, topic_texts, audience_texts, audiences_written, starts_at,
         ends_at) = _columns(in_id_order, _INDEX_FIELDS, pause)
        del in_id_order
        at = array("I", [0]) * n  # id order -> position
        deque(map(at.__setitem__, ranks, range(n)), maxlen=0)
        pause()
        # The classes dated only by a period, and when that period ends: one is upcoming until then, as
        # nobody knows it has started while it has no day («Quý IV/2026» asked on 23/11/2026).
        periods: list[tuple[int, float]] = []
        for i in compress(range(n), tentatives):
            # The same rule as registration and reminders (knowledge.timing): upcoming until the period ends.
            closes = period_end(tentatives[i], starts_at[i])
            if closes is not None:
                periods.append((at[i], closes.timestamp()))
        periods.sort()
        self._period_pos: list[int] = [p for p, _ in periods]
        self._period_end: list[float] = [e for _, e in periods]
        pause()
        self._longest_period = max((e - self.starts[p] for p, e in zip(self._period_pos, self._period_end,
                                                                        strict=True)), default=0.0)
        # The classes held over several hours or days, and when they end: one is under way on a day between
        # (a day asked finds the class begun that morning or two days before and still held).
        run_end = array("d", [math.nan]) * n  # by id order; NaN: no run
        end_stamps = _timestamps(ends_at, pause)
        for start in range(0, n, STEP):
            for i in range(start, min(n, start + STEP)):
                ends = ends_at[i]
                if ends is not None and not tentatives[i] and ends > starts_at[i]:
                    run_end[i] = end_stamps[i]
            pause()
        del end_stamps
        del starts_at, ends_at
        run_end = array("d", map(run_end.__getitem__, ranks))
        runs = list(map(operator.eq, run_end, run_end))  # NaN is not equal to itself
        self._run_pos: list[int] = list(compress(range(n), runs))
        self._run_end: list[float] = list(compress(run_end, runs))
        del run_end, runs
        pause()
        self._longest_run = max((e - self.starts[p] for p, e in zip(self._run_pos, self._run_end, strict=True)),
                                default=0.0)
        self.by_code: dict[str, int] = {}
        self.by_id: dict[int, int] = {}
        for start in range(0, n, STEP):
            part = codes[start:start + STEP]
            joined = "\n".join(part)
            lowered = joined.lower().split("\n") if joined.isascii() else []
            if len(lowered) == len(part):
                # All ASCII (the usual case): lowered in one pass; the same keys as one code at a time.
                self.by_code.update(zip(lowered, at[start:start + STEP], strict=True))
            else:
                self.by_code.update((k.lower() if k.isascii() else fold(k), at[i]) for i, k in enumerate(part, start))
            self.by_id.update(zip(ids[start:start + STEP], at[start:start + STEP], strict=True))
            pause()
        if len(self.by_code) < n or len(self.by_id) < n:
            # Two codes alike once folded (or one id twice): the one later in date order has the key, as ever.
            self.by_code = {(k.lower() if k.isascii() else fold(k)): p
                            for p, k in enumerate(map(codes.__getitem__, ranks))}
            self.by_id = {k: p for p, k in enumerate(map(ids.__getitem__, ranks))}
        del codes, ids, at
        # A column of one object (a field the plans leave empty: the organiser's topic and audience cells, the period)
        # is the same in any order: kept as it is, not put in order course by course (~10 ms a column at 100k).
        (titles, topics, audiences, organiser_ids, organisers, written_provinces, partners, venues, formats, statuses,
         descs, tentatives, topic_texts, audience_texts, audiences_written) = (
            col if col and all(map(operator.is_, col, repeat(col[0]))) else to_date_order(col, pause) for col in (
                titles, topics, audiences, organiser_ids, organisers, written_provinces, partners, venues, formats,
                statuses, descs, tentatives, topic_texts, audience_texts, audiences_written))
        del ranks, to_date_order
        self.all = (1 << n) - 1
        title_hits: dict[str, tuple[str, ...]] = {}  # title -> "t:"/"r:" keys its words imply
        org_keys: dict[int, tuple[str, ...]] = {}
        place_keys: dict[str | None, str] = {}
        token_sets: dict[str, frozenset[str]] = {}
        mention_cache: dict[str, list[tuple[str, str]]] = {}
        # Places the data names (communes, wards, zones, former districts and provinces) -> their
        # provinces today, for the question's vocabulary and for falling back to the province.
        self.places: dict[str, set[str]] = {}
        self.place_heads: dict[str, set[str]] = {}
        # Each course's words by field, made when a question first ranks it (not at build: 100k courses).
        self._fields: dict[int, tuple[frozenset[str], ...]] = {}
        # The places each venue names, read once per venue (see `search`, a commune asked plainly).
        self._venue_places: dict[str, list[tuple[str, str]]] = {}
        # The classes by the weekdays they are held on and the part of the day they start in («w:5», «pd:chieu»),
        # read once in the zone of the first question that asks (`held_on`), not at build.
        self._held_on: tuple[dt.tzinfo, dict[str, int]] | None = None
        self._said_tokens: dict[str, tuple[str, ...]] = {}
        self._topic_sets: dict[tuple[str, str, str, tuple[str, ...]], frozenset[str]] = {}
        self._organiser_sets: dict[tuple[str | None, str | None], frozenset[str]] = {}
        self._place_sets: dict[tuple[str | None, str | None], frozenset[str]] = {}
        # Each title's words as the build read them (a tuple of shared strings, ~150 bytes a title), so that
        # ranking a course it has not seen yet does not tokenise its title again.
        title_tokens: dict[str, tuple[str, ...]] = {}
        shared: dict[str, str] = {}
        # Titles are read word by word, each distinct word once (25k titles use about a thousand words):
        # raw word -> (whether it cleans to anything, its folded form, its tokens).
        word_cache: dict[str, tuple[bool, str, tuple[str, ...]]] = {}
        # Each title folded, for ranking by likeness (built from the words' folded forms).
        self._folded_titles: dict[str, str] = {}

        def read_title(title: str) -> tuple[str, ...]:
            parts: list[str] = []
            toks: list[str] = []
            joinable = True
            for w in title.split():
                got = word_cache.get(w)
                if got is None:
                    got = word_cache[w] = (bool(clean(w)), fold(w),
                                           tuple(shared.setdefault(t, t) for t in index_tokens(w)))
                joinable = joinable and got[0]
                parts.append(got[1])
                toks.extend(got[2])
            # clean() splits and collapses on the same whitespace str.split() does, and every step of fold
            # works within a word, so the title folds to its words' folded forms joined by one space —
            # unless a word cleans away to nothing (then the whole title is folded the ordinary way).
            self._folded_titles[title] = " ".join(parts) if joinable else fold(title)
            # Word by word, so the batch number is read here as `expand` reads it in a sentence: «đợt 02» is 2.
            # (Only after «đợt»; a number it rewrites is no «đợt» itself.)
            for i in range(1, len(toks) if "dot" in toks else 0):
                num = batch_number(toks[i - 1], toks[i])
                if num is not toks[i]:
                    toks[i] = shared.setdefault(num, num)
            # «khóa II», «, lớp 2» over the whole title, as `index_tokens` reads them: «đợt 2».
            marked = batch_marks(toks)
            if marked != toks:
                toks = [shared.setdefault(t, t) for t in marked]
            return tuple(toks)

        def tokset(text: str | None) -> frozenset[str]:
            if not text:
                return frozenset()
            ts = token_sets.get(text)
            if ts is None:
                toks = title_tokens.get(text)
                ts = token_sets[text] = frozenset(index_tokens(text) if toks is None else toks)
            return ts

        self._tokset = tokset

        def mentions(text: str | None) -> list[tuple[str, str]]:
            if not text:
                return []
            m = mention_cache.get(text)
            if m is None:
                m = mention_cache[text] = place_mentions(text)
            return m

        def words(text: str | None, pairs: bool = True) -> tuple[str, ...]:
            """A text's word keys and adjacent-pair keys ("b:luat_cong"), so a phrase is a few ANDs."""
            if not text:
                return ()
            # Each distinct value is read once (courses are grouped by value): no cache, so the keys of
            # 25k titles are garbage as soon as their positions are filed.
            toks = index_tokens(text)
            # Ranking reads these words too (a few thousand texts): kept, so that a course's first ranking
            # does not tokenise its venue, organiser or note again.
            token_sets.setdefault(text, frozenset(toks))
            return tuple({*("w:" + t for t in toks), *(("b:" + b for b in _pairs(toks)) if pairs else ())})

        def implied(title: str) -> tuple[str, ...]:
            keys = title_hits.get(title)
            if keys is None:
                hits = matcher.find(index_tokens(title))
                keys = title_hits[title] = tuple(
                    f"{h.kind[0]}:{h.value}" for h in hits if h.kind in ("topic", "role")
                )
            return keys

        for_whom_hits: dict[str, tuple[str, ...]] = {}

        def for_whom(title: str) -> tuple[str, ...]:
            """The role a title names right after «cho» («… cho cán bộ công đoàn chuyên trách»): whom the class is
            for, whatever the audience cell lists. Read from the words after «cho» alone (few distinct), so that
            100k titles cost no whole-title match each."""
            said = title.split(" cho ", 1)[1]
            keys = for_whom_hits.get(said)
            if keys is None:
                hits = matcher.find(index_tokens(said)[:8])
                keys = for_whom_hits[said] = tuple(f"r:{h.value}" for h in hits if h.kind == "role" and h.start == 0)
            return keys

        def chain(org_id: int) -> tuple[str, ...]:
            keys = org_keys.get(org_id)
            if keys is None:
                ancestors = org_ancestors(orgs, org_id) or (org_id,)
                keys = tuple(f"o:{a}" for a in ancestors)
                if national_scope(orgs, ancestors):
                    keys += (f"o:{NATIONAL_SCOPE}",)
                keys = org_keys[org_id] = keys
            return keys

        where_cache: dict[tuple[str | None, str | None, str | None], tuple[str, ...]] = {}

        def where(venue: str | None, organiser: str | None, province: str | None) -> tuple[str, ...]:
            """The place keys of a course: today's province, and the places its venue and organiser name."""
            key = (venue, organiser, province)
            got = where_cache.get(key)
            if got is None:
                place = place_keys.get(province)
                if place is None:
                    # Indexed under today's province: a course filed under «Sóc Trăng» is found as Cần Thơ's.
                    place = place_keys[province] = "p:" + province_key(current_province(province) or province)
                    tokset(province)  # read when ranking
                here = [*mentions(venue), *mentions(organiser)]
                if province:
                    here.append(("tinh", province_key(province)))
                for head, name in here:
                    self.places.setdefault(name, set()).add(place[2:])
                    self.place_heads.setdefault(name, set()).add(head)
                got = where_cache[key] = (place, *dict.fromkeys("l:" + name for _, name in here))
            return got

        # Courses are grouped by the value of each field, and a value's keys are made once for its group:
        # 100k courses share a few hundred venues, organisers and notes and ~25k titles, so the build does
        # a few appends per course instead of one per (course, key) pair.
        # A group: (field, value) -> positions (ascending, since courses are visited in order).
        groups: dict[tuple[str, object], array[int]] = {}

        coded: dict[tuple[str, object], tuple[str, int, int]] = {}  # group -> (field, block, code)
        coded_columns: dict[tuple[str, int], list[bytes]] = {}  # (field, block) -> its column in 8 strides

        def group(field: str, values: Sequence[object]) -> None:
            by_value: dict[object, array[int]] = {}
            get = by_value.get
            if values and values.count(values[0]) == len(values):
                # One value for every course (a column an import leaves empty): one group of them all.
                by_value[values[0]] = array("I", range(len(values)))
            else:
                for start in range(0, len(values), STEP):
                    for i, v in enumerate(values[start:start + STEP], start):
                        arr = get(v)
                        if arr is None:
                            arr = by_value[v] = array("I")
                        arr.append(i)
                    pause()
            for v, arr in by_value.items():
                if v is not None:
                    groups[(field, v)] = arr
            distinct = [v for v in by_value if v is not None]
            if field == "title" or len(distinct) > _CODED_VALUES:
                return
            # A field of a few hundred values is also kept as a column of one byte per course, its value's code
            # within a block of 255 values (0: none, or one of another block): a key's bitmap over many of its
            # values is then a few C passes over that column (see `_coded_bits`), not a store per course.
            for block in range(0, len(distinct), 255):
                codes = dict(zip(distinct[block:block + 255], range(1, 256), strict=False))
                for v, code in codes.items():
                    coded[(field, v)] = (field, block, code)
                column = bytes(map(codes.get, values, repeat(0)))
                coded_columns[(field, block)] = [column[r::8] for r in range(8)]
                pause()

        org_province = {o.id: o.province for o in orgs.values()}
        provinces = [p or (org_province.get(o) if o is not None else None)
                     for p, o in zip(written_provinces, organiser_ids, strict=True)]
        del written_provinces
        pause()
        # Each distinct (venue, organiser, province) once, in the order the courses first have it: the places
        # learned from venues and organisers keep the order they were met in. (No tuple per course is kept: 100k
        # of them alive at once cost a full garbage collection.)
        distinct: dict[tuple[str | None, str | None, str | None], None] = {}
        for start in range(0, n, STEP):
            distinct.update(dict.fromkeys(zip(venues[start:start + STEP], organisers[start:start + STEP],
                                              provinces[start:start + STEP], strict=True)))
            pause()
        for j, key in enumerate(distinct):
            where(*key)
            if not j % 64:
                pause()
        del distinct
        places: list[tuple[str, ...]] = []
        for start in range(0, n, STEP):
            places.extend(map(where_cache.__getitem__, zip(venues[start:start + STEP], organisers[start:start + STEP],
                                                            provinces[start:start + STEP], strict=True)))
            pause()
        group("where", places)
        del provinces, places
        group("title", titles)
        group("partner", partners)
        group("venue", venues)
        group("organiser", organisers)
        del partners, venues, organisers
        group("desc", descs)
        group("topic_text", topic_texts)
        group("audience_text", audience_texts)
        del descs, topic_texts, audience_texts
        # The audience cell as the office wrote it keeps what the role keys drop: «Chủ tịch CĐCS mới bầu»,
        # «CT, PCT CĐCS khối doanh nghiệp», «UV BCH CĐCS nhiệm kỳ mới» are searched by «mới bầu», «doanh nghiệp».
        group("audience_written", [(w, tuple(a)) if w else None
                                   for w, a in zip(audiences_written, audiences, strict=True)])
        del audiences_written
        # One field each rather than a tuple per course (100k small tuples would stay as fragmented memory).
        group("topic", topics)
        group("format", formats)
        group("status", statuses)
        group("tentative", tentatives)
        group("audiences", audiences)
        # What a title implies: (title, no topic, no audiences) for a class lacking either or whose title says whom it
        # is for («… cho …»). When every class has its topic and audiences (the usual case) that is the title alone,
        # for all the classes of a title saying «cho»: their title's group, in the same order, not a tuple made and
        # hashed per class (~0.2 s at 100k courses, all titles saying «cho»). A few hundred such titles or fewer
        # also get a column of codes below: made the ordinary way.
        said_for: dict[object, array[int]] = {}
        if all(topics) and all(audiences):
            said_for = {(t, False, False): array("I", arr) for (f, t), arr in groups.items()
                        if f == "title" and isinstance(t, str) and " cho " in t}
        if len(said_for) > _CODED_VALUES:
            for v, arr in said_for.items():
                groups[("implied", v)] = arr
        else:
            group("implied", [(t, not tp, not a) if not tp or not a or " cho " in t else None
                              for t, tp, a in zip(titles, topics, audiences, strict=True)])
        del said_for
        pause()
        group("chain", organiser_ids)
        del titles, topics, formats, statuses, tentatives, audiences, organiser_ids

        # Each word's key and each word pair's key made once (25k titles use a few thousand of either), so a
        # title's keys are two C loops of dictionary look-ups; "" for a pair of generic words, which has none.
        word_key = _KeyCache(lambda t: "w:" + t)
        pair_key = _KeyCache(lambda p: "" if p[0] in COURSE_GENERIC and p[1] in COURSE_GENERIC else f"b:{p[0]}_{p[1]}")

        def title_keys(title: Any) -> set[str]:
            """A title's word keys and pair keys (as `keys_of` makes them), its words kept for ranking."""
            toks = title_tokens[title] = read_title(title)
            keys = set(map(word_key.__getitem__, toks))
            keys.update(map(pair_key.__getitem__, pairwise(toks)))
            keys.discard("")
            return keys

        def keys_of(field: str, value: Any) -> tuple[str, ...]:
            if field == "title":
                toks = title_tokens[value] = read_title(value)
                return tuple({*("w:" + t for t in toks), *("b:" + b for b in _pairs(list(toks)))})
            if field in ("partner", "desc"):
                # The note's words are indexed (organisers write the topic there too) but not its word
                # pairs; an organiser's own words for the topic and audience are searchable like the title.
                return words(value, False)
            if field == "audience_written":
                # Only the words the roles do not say («mới bầu», «khối doanh nghiệp»): a role's own words
                # («ủy ban kiểm tra») are no topic of the class.
                written, keys = value
                extra = [t for t in index_tokens(written) if t not in _role_words(keys)]
                return tuple("w:" + t for t in extra)
            if field == "audience_text":
                general = ("r:*cdcs",) if _GRASSROOTS_CADRES.search(fold(value)) else ()
                return (*words(value), *general, *("r:" + k for k in _plan_audiences(value)))
            if field == "topic_text":
                # The organiser's topic cell says every topic the class is on («Tuyên truyền pháp luật»: the law
                # too), not only the one it was filed under.
                return (*words(value), *(k for k in implied(value) if k[0] == "t"))
            if field in ("venue", "organiser"):
                return words(value)
            if field in ("topic", "format", "status"):
                return (f"{field[0]}:{value}",)
            if field == "tentative":
                # Dated only by a quarter, a half or a year: not known to fall in a month asked.
                # Every class dated only by a period is a planned one («lớp dự kiến», «chưa có ngày»).
                return ("d:planned",) if _MONTH_ONLY.fullmatch(str(value)) else ("d:period", "d:planned")
            if field == "audiences":
                tokset(" ".join(value))  # read when ranking
                return tuple(dict.fromkeys("r:" + a for a in value))
            if field == "where":
                return tuple(value)
            if field == "implied":
                # The title says the topic and audience only where the organiser left those fields empty.
                title, no_topic, no_audiences = value
                keys = tuple(k for k in implied(title) if (k[0] == "t" and no_topic) or (k[0] == "r" and no_audiences)
                             ) if no_topic or no_audiences else ()
                return tuple(dict.fromkeys((*keys, *for_whom(title)))) if " cho " in title else keys
            # The organiser itself besides its superiors: a union named first lists its own classes first.
            return (*chain(value), f"od:{value}")

        # Each key's courses: by title as positions (titles are too many for a bitmap each), by the other
        # fields as the groups that have it (few values, one bitmap per value, ORed per key).
        title_pos: defaultdict[str, array[int]] = defaultdict(_new_positions)
        other: dict[str, list[tuple[str, object]]] = {}
        for j, (g, arr) in enumerate(groups.items()):
            if not j % 32:
                pause()
            if g[0] == "title":
                # Each of the title's keys gets its courses: one C loop per title (a key met first gets a new array).
                deque(map(array.extend, map(title_pos.__getitem__, title_keys(g[1])), repeat(arr)), maxlen=0)
            else:
                for k in dict.fromkeys(keys_of(*g)):  # a title may imply one topic twice
                    lst = other.get(k)
                    if lst is None:
                        other[k] = [g]
                    else:
                        lst.append(g)
        # The courses' texts as written, each once, for the engine's vocabulary with diacritics: titles as
        # their distinct words (a word of the vocabulary never spans a space: the same words, less text).
        # Each distinct title's words -> its classes: a question that says a whole title is looked up by its
        # word runs (a few hundred dictionary probes), not by reading the titles.
        self._titled: dict[tuple[str, ...], array[int]] = {}
        self._title_words: dict[str, tuple[str, ...]] = title_tokens
        for (f, v), arr in groups.items():
            if f == "title" and isinstance(v, str):
                toks = title_tokens.get(v)
                if toks is None:
                    toks = title_tokens[v] = read_title(v)
                self._titled.setdefault(toks, array("I")).extend(arr)
        self._longest_title = max(map(len, self._titled), default=0)
        self.texts: frozenset[str] = frozenset(
            str(v) for f, v in groups if f in ("venue", "organiser", "desc", "partner") and v) | frozenset(word_cache)
        group_bits: dict[tuple[str, object], int] = {}

        def group_bitmap(g: tuple[str, object]) -> int:
            b = group_bits.get(g)
            if b is None:
                b = group_bits[g] = _bitmap(groups[g], n, pause)
            return b

        # Rare words stay as position arrays; a bitmap per word would cost n/8 bytes each.
        self._bits: dict[str, int] = {}
        self._lists: dict[str, array[int]] = {}
        self.df: dict[str, int] = {}
        threshold = max(1, n // 512)
        pair_threshold = max(1, n // 64)
        big_group = max(1, n // 64)
        empty = array("I")
        work = 0  # positions handled (and a few per key) since the last checkpoint
        for k in dict.fromkeys([*title_pos, *other]):
            if work > 8 * STEP:
                pause()
                work = 0
            tpos = title_pos.get(k, empty)
            gs = other.get(k, [])
            # Within one field the groups are disjoint; only a key of several fields can count a course twice.
            several = len({g[0] for g in gs}) + bool(tpos) > 1
            size = len(tpos) + sum(len(groups[g]) for g in gs)
            work += 64 + size
            # Word pairs serve phrases only: a bitmap for the very frequent ones, positions for the rest.
            listed = k.startswith(("w:", "l:", "b:"))
            limit = pair_threshold if k.startswith("b:") else threshold
            pos: array[int] | None = None
            if listed and size < limit:
                pos = _positions(tpos, [groups[g] for g in gs], several)
                count = len(pos)
            else:
                # A big group's bitmap is made once and ORed; a small group's positions are set directly
                # (a bitmap for each of a thousand small venues would cost n/8 bytes apiece).
                # The groups of a field kept as a column of codes are read from that column, all at once, when
                # they hold enough courses to be worth the passes over it.
                loose = tpos
                bits = 0
                tables: dict[tuple[str, int], tuple[bytearray, list[array[int]]]] = {}
                for g in gs:
                    code_of = coded.get(g)
                    if code_of is not None:
                        marked = tables.get(code_of[:2])
                        if marked is None:
                            marked = tables[code_of[:2]] = (bytearray(256), [])
                        marked[0][code_of[2]] = 1
                        marked[1].append(groups[g])
                    elif len(groups[g]) >= big_group:
                        bits |= group_bitmap(g)
                    else:
                        if loose is tpos:
                            loose = array("I", tpos)  # the title positions stay as they are
                        loose.extend(groups[g])
                for column, (table, arrays) in tables.items():
                    if sum(map(len, arrays)) >= _CODED_MIN:
                        bits |= _coded_bits(coded_columns[column], table)
                        continue
                    if loose is tpos:
                        loose = array("I", tpos)
                    for arr in arrays:
                        loose.extend(arr)
                if loose:
                    bits |= _bitmap(loose, n, pause)
                count = bits.bit_count() if several else size
                if listed and count < limit:
                    pos = _positions(tpos, [groups[g] for g in gs], several)
                else:
                    self._bits[k] = bits
            if pos is not None:
                self._lists[k] = pos
            if k.startswith("w:"):
                self.df[k[2:]] = count

    def phrase_bits(self, words: tuple[str, ...]) -> int:
        """Courses whose title, organiser's words, note, venue or organiser say some words in this order
        (every adjacent pair present: a few ANDs of pair keys, no scan)."""
        if not words:
            return 0
        got = self._phrase_cache.get(words)
        if got is None:
            if len(words) == 1:
                got = self.bits("w:" + words[0])
            else:
                got = self.all
                for w in words:
                    got &= self.bits("w:" + w)
                for pair in _pairs(list(words)):
                    got &= self.bits("b:" + pair)
                    if not got:
                        break
            if len(self._phrase_cache) < 512:
                self._phrase_cache[words] = got
        return got

    def titles_saying(self, groups: Sequence[Sequence[str]], among: int) -> int:
        """The classes of `among` whose title says every word of one of the groups, in any order («tranh chấp
        tập thể» in «giải quyết tranh chấp lao động tập thể»): the word keys narrow, the titles are read."""
        got = 0
        for group in groups:
            if not group:
                continue
            cand = among
            for w in group:
                cand &= self.bits("w:" + w)
            need = set(group)
            got |= _bitmap([p for p in iter_bits(cand) if need <= set(index_tokens(self.courses[p].title))], self.n)
        return got

    def place_words(self, words: tuple[str, ...]) -> int:
        """Courses that name a place word for word («Hà Giang» in «phường Hà Giang 1»)."""
        return self.phrase_bits(words)

    def named_in_a_row(self, words: tuple[str, ...]) -> int:
        """Courses that say a name's words in a row («Thạnh Phú»), not only each word somewhere: a name made of
        words every plan has («thạnh», «phú») is found by its own run, not by «thành phố … Phú Lợi»."""
        return self._where_said(self.phrase_bits(words), words)

    def title_phrase(self, phrase: tuple[str, ...]) -> int:
        """Courses that say a topic's phrase word for word."""
        return self.phrase_bits(phrase)

    def course(self, code: str) -> CourseRec | None:
        """The class of this code, as `by_code` keys it (lower case, folded when not ASCII); None when none has it."""
        pos = self.by_code.get(code.lower() if code.isascii() else fold(code))
        return self.courses[pos] if pos is not None else None

    def has_key(self, key: str) -> bool:
        """Whether any course has this key."""
        return key in self._bits or key in self._lists

    def bits(self, key: str) -> int:
        """The bitmap of one key (0 when nothing has it)."""
        b = self._bits.get(key)
        if b is not None:
            return b
        lst = self._lists.get(key)
        return _bitmap(lst, self.n) if lst else 0

    def _live(self, finished: bool, cancelled: bool) -> int:
        """The classes a search starts from (the finished ones, the cancelled ones only when asked about), made once
        for each of the four cases: they are the same for every question."""
        kept: dict[tuple[bool, bool], int] = self.__dict__.setdefault("_live_masks", {})
        got = kept.get((finished, cancelled))
        if got is None:
            got = self.all if finished else _without(self.all, self.bits("s:finished"))
            if not cancelled:
                got = _without(got, self.bits("s:cancelled"))
            kept[(finished, cancelled)] = got
        return got

    def any_of(self, prefix: str, values: Iterable[str]) -> int:
        out = 0
        for v in values:
            out |= self.bits(prefix + v)
        return out

    def time_mask(self, start: dt.datetime | None, end: dt.datetime | None, begun: bool = False,
                  running: bool = False) -> int:
        """The classes starting in [start, end); with `begun` (`start` is now) also those dated by a period
        begun before it and not yet over: without a day nobody knows they have started. With `running` also
        the classes begun before `start` and still held after it (under way on the day asked)."""
        lo = 0 if start is None else bisect.bisect_left(self.starts, start.timestamp())
        hi = self.n if end is None else bisect.bisect_left(self.starts, end.timestamp())
        mask = ((1 << hi) - 1) ^ ((1 << lo) - 1) if hi > lo else 0
        if running and start is not None and (end is None or start < end):
            at = start.timestamp()
            k = bisect.bisect_left(self._run_pos, lo)
            held: list[int] = []
            while k > 0:
                k -= 1
                pos = self._run_pos[k]
                if self.starts[pos] < at - self._longest_run:
                    break
                if self._run_end[k] > at:
                    held.append(pos)
            if held:
                mask |= _bitmap(held, self.n)  # one bitmap, not a 100k-bit OR per class
        if begun and start is not None and (end is None or start < end):
            at = start.timestamp()
            k = bisect.bisect_left(self._period_pos, min(lo, hi))
            open_: list[int] = []
            while k > 0:
                k -= 1
                pos = self._period_pos[k]
                if self.starts[pos] < at - self._longest_period:
                    break
                if self._period_end[k] > at:
                    open_.append(pos)
            if open_:
                mask |= _bitmap(open_, self.n)
        return mask

    def periods_holding(self, start: dt.datetime, end: dt.datetime) -> int:
        """The classes dated only by a period begun before `start` and lasting to `end` at least (a half-year or a
        quarter holding the month asked): they may be held in [start, end), nobody knows on which day."""
        lo, hi = start.timestamp(), end.timestamp()
        k = bisect.bisect_left(self._period_pos, bisect.bisect_left(self.starts, lo))
        held: list[int] = []
        while k > 0:
            k -= 1
            pos = self._period_pos[k]
            if self.starts[pos] < lo - self._longest_period:
                break
            if self.starts[pos] < lo and self._period_end[k] >= hi:
                held.append(pos)
        return _bitmap(held, self.n) if held else 0

    def held_on(self, days: Sequence[int], parts: Sequence[str], tz: dt.tzinfo) -> int:
        """The classes held on one of `days` (Monday 0 … Sunday 6: one of its days, from the first to the last,
        falls on it) and starting in one of `parts` of the day («sang» before noon, «chieu» before 18:00,
        «toi» after), in the zone `tz`; all of them for what is not given. A class dated only by a period has no
        such day nor hour."""
        if self._held_on is None or self._held_on[0] != tz:
            found: dict[str, list[int]] = defaultdict(list)
            for pos, c in enumerate(self.courses):
                if c.tentative:
                    continue
                start = c.starts_at.astimezone(tz)
                end = c.ends_at.astimezone(tz) if c.ends_at is not None and c.ends_at > c.starts_at else start
                if end > start and end.time() == dt.time(0):
                    end -= dt.timedelta(minutes=1)  # ending at midnight: held up to the day before
                span = min((end.date() - start.date()).days + 1, 7)
                for k in range(span):
                    found[f"w:{(start.weekday() + k) % 7}"].append(pos)
                found[f"ws:{start.weekday()}"].append(pos)
                held = {(start.weekday() + k) % 7 for k in range(span)}
                # A weekend class begins and ends at a weekend (one weekend, or two Saturdays), runs Friday to
                # Sunday, or its plan says it is held at weekends («Lớp cuối tuần»); a class of Wednesday to
                # Monday, or of Friday to Monday, is a weekday class run over.
                if ((start.weekday() >= 5 and end.weekday() >= 5)
                        or (start.weekday() == 4 and end.weekday() == 6 and span == 3)
                        or (held & {5, 6} and _WEEKEND_WRITTEN.search(fold(f"{c.title} {c.description}")))):
                    found["wk"].append(pos)
                part = "sang" if start.hour < 12 else "chieu" if start.hour < 18 else "toi"
                if start.time() in _NO_HOUR and _EVENING_WRITTEN.search(fold(f"{c.title} {c.description}")):
                    # Dated without an hour (the importer's morning start), its plan says it is held in the evening
                    # (for those on shifts).
                    part = "toi"
                found[f"pd:{part}"].append(pos)
            self._held_on = (tz, {k: _bitmap(v, self.n) for k, v in found.items()})
        got = self._held_on[1]
        mask = self.all
        if days:
            mask &= _or_all(got.get(f"w:{d}", 0) for d in days)
            if set(days) == {5, 6}:
                # «lớp cuối tuần» is for those who work the week: a class of a Friday and a Saturday is a weekday
                # class run over; the weekend's start on a Saturday or a Sunday, or are held through the weekend.
                mask &= got.get("wk", 0)
        if parts:
            mask &= _or_all(got.get(f"pd:{p}", 0) for p in parts)
        return mask

    def starting_on(self, days: Sequence[int], tz: dt.tzinfo) -> int:
        """The classes that start on one of `days` (see `held_on`, which reads them first)."""
        self.held_on(days, (), tz)
        assert self._held_on is not None
        return _or_all(self._held_on[1].get(f"ws:{d}", 0) for d in days)

    def word_weight(self, tok: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(tok, 0)))

    def search(
        self,
        *,
        roles: Sequence[str] = (),
        topics: Sequence[str] = (),
        formats: Sequence[str] = (),
        provinces: Sequence[str] = (),
        org_ids: Sequence[int] = (),
        now: dt.datetime | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        words: Sequence[str] = (),
        prefer_province: str | None = None,
        places: Sequence[str] = (),
        topic_phrases: Sequence[Sequence[str]] = (),
        org_phrases: Sequence[str] = (),
        cancelled: bool = False,
        cancelled_last: bool = False,
        limit: int = 5,
        offset: int = 0,
        relax: bool = True,
        pairs: Sequence[tuple[str, str]] = (),
        soft_words: Sequence[str] = (),
        finished: bool = False,
        specific: Sequence[tuple[str, ...]] = (),
        part_heads: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (),
        elsewhere: Sequence[str] = (),
        last_orgs: Sequence[int] = (),
        first_places: Sequence[str] = (),
        exact_formats: Sequence[str] = (),
        planned: bool = False,
        open_now: bool = False,
        either: Sequence[Sequence[str]] = (),
        by_deadline: bool = False,
        deadline_passed: bool = False,
        own_orgs: Sequence[int] = (),
        planned_first: bool = False,
        format_needed: bool = False,
        through: bool = False,
        status_asked: Sequence[str] = (),
        weekdays: Sequence[int] = (),
        day_parts: Sequence[str] = (),
        tz: dt.tzinfo = dt.UTC,
        implied: Sequence[str] = (),
        seats: Sequence[str] = (),
        nearest_first: bool = False,
        periods_too: bool = False,
        unwanted: Sequence[Sequence[str]] = (),
        zones_asked: Sequence[int] = (),
        open_to: Sequence[int] = (),
    ) -> CourseHits:
        """Courses matching every given slot (any value within a slot), nearest start first.

        When nothing matches, the time window, then the place, then the role are dropped in turn and the
        answer says so (`relaxed`). `soft_words` rank the courses without narrowing them (a law's name
        inside a broad topic); `pairs` are the question's adjacent words, which count more where a course
        says them side by side (a Vietnamese word is often two syllables: «thủ quỹ» is not «văn thư … quý»).
        `first_places`: places whose classes come first without narrowing the list (a former province named plainly).
        `exact_formats`: the formats asked, whose classes come before those held both ways that `formats` adds.
        `cancelled_last`: the cancelled classes (with `cancelled`) after the others.
        `planned`: only the classes the plan dates by a month or a period, with no day yet («lớp dự kiến»).
        `open_now`: registration still open («còn hạn đăng ký»): a deadline passed rules a class out; those
        with a deadline still ahead come first, then dated ones that give none, then the planned ones.
        `either`: groups of `words` any one of which a class may say (the batches «đợt 1 và 2»).
        `by_deadline`: only classes whose registration deadline is still ahead (when some are), nearest deadline
        first («lớp nào sắp hết hạn đăng ký»).
        `deadline_passed`: only classes not begun whose registration deadline is past («lớp nào hết hạn đăng ký
        rồi»); none when none is.
        `planned_first`: the classes the plan dates by a month or a period only first («bao giờ mới có lịch»).
        `format_needed`: the format asked is kept longest, the place, union and audience given up before it (the
        asker cannot travel: «em ở xa, có lớp online nào …»).
        `own_orgs`: the unions named; among equally relevant classes, those they organise themselves come before
        those of the unions under them («lớp của Tổng Liên đoàn»: its own before its university's).
        `status_asked`: with `cancelled` (and not `cancelled_last`), the statuses the question is about («lớp nào bị
        hoãn»: "postponed", which a cancelled class whose note puts it off shares; «lớp nào hủy rồi»: "cancelled"):
        the classes called off any way are the answer, those of the status asked first.
        `seats`: names of `places` added for a former province asked (its former seat), not said: the classes
        held there are the area's like any other, not named first.
        `through`: a span of days asked («tuần sau», «từ 5 đến 10/12», «trong 2 tuần tới»): a class begun before it
        and still held in it is in it too, after those that start in it.
        `weekdays`, `day_parts`: the weekdays and parts of the day asked («lớp học vào T7», «buổi chiều»), in the zone `tz`
        (see `held_on`); dropped first when no class is held then (`relaxed` says "day").
        `implied`: filters the question did not say but the asker's profile gave («role»): relaxed before any the
        question said (`relaxed` names them as the others).
        `periods_too`: a month asked («tháng 2 năm sau»): the classes dated only by a longer period that holds it
        («6 tháng đầu năm 2027») may be held in it, so they are listed too, after those dated in it.
        `part_heads`: phrases of `specific` that name a part of a topic, with the topic's head: they single out
        classes only where one says the part without the head (a class on the part alone).
        `unwanted`: groups of words a class's title must not all say («… (không phải kiểm tra tài chính)»).
        `zones_asked`: unions of `org_ids` whose zone the question names as a place («lớp ở khu kinh tế Vân Đồn», no
        «công đoàn»): the zone is a place asked too, so a class another union holds at a venue there is held in it.
        `open_to`: unions of `org_ids` (a ward's, a commune's) named as where the asker is («lớp online … ở phường Cam
        Ranh»): with an online class asked, their province federation's online classes for the whole province are
        open there too, listed after their own.
        """
        # A finished class only when the period asked is over («lớp tháng 10 vừa rồi»).
        live = self._live(finished, cancelled)
        if unwanted:
            live = _without(live, self.titles_saying(unwanted, live))
        if planned:
            live &= self.bits("d:planned")
        masks: dict[str, int] = {}
        if roles:
            # A class on a topic that trains the audience asked («kỹ năng giảng dạy cho giảng viên») is for
            # them too, whoever its organiser listed.
            training = [t for t, trained in TRAINING_TOPICS.items() if trained & set(roles)]
            masks["role"] = self.any_of("r:", roles) | self.any_of("t:", training)
            if GRASSROOTS_ROLES & set(roles):
                masks["role"] |= self.bits("r:*cdcs")
        if topics:
            # The catalogue topic an organiser picked, or the topic's own words in the course's text
            # (a «Luật Công đoàn» class filed under «Nghiệp vụ» is still about the law).
            masks["topic"] = self.any_of("t:", topics)
            for phrase in topic_phrases:
                masks["topic"] |= self.title_phrase(tuple(phrase))
        if formats:
            masks["format"] = self.any_of("f:", formats)
        if provinces:
            masks["place"] = self.any_of("p:", [province_key(current_province(p) or p) for p in provinces])
        province_wide = 0  # online classes of the province of a ward asked, open to it (listed after its own)
        if org_ids:
            masks["org"] = self.any_of("o:", [str(o) for o in org_ids])
            ward_homes = [province_key(current_province(at) or at) for o in open_to
                          if (ward_org := self.orgs.get(o)) is not None and (at := ward_org.province)]
            if ward_homes and "truc_tuyen" in formats:
                province_wide = self._province_wide(self.any_of("p:", ward_homes) & self.bits("f:truc_tuyen") & live)
                masks["org"] |= province_wide
            zones = [name for name in self._zone_names(zones_asked) if name not in places]
            if zones:
                masks["org"] |= self.any_of("l:", zones)
                places = [*places, *zones]
        if weekdays or day_parts:
            masks["day"] = self.held_on(weekdays, day_parts, tz)
        # Only classes that have not started yet, inside the asked window if there is one.
        floor = max(filter(None, (start, now)), default=None)
        # A period asked that lies ahead keeps to the classes dated in it (a class of «6 tháng đầu năm» is
        # no answer to «quý 2 năm sau»).
        masks["time"] = self.time_mask(floor, end, begun=floor == now)
        if end is None and now is not None and floor == now:
            # Put off with no new date, its planned days gone by: not over, only waiting for a day. A search with no
            # period keeps it (listed after the classes that have a day), so «lớp tạm hoãn đó» has one to mean.
            masks["time"] |= self._put_off_undated(live)
        if periods_too and start is not None and end is not None:
            masks["time"] |= self.periods_holding(start, end)
        # «lớp tháng 2 bị hoãn sang ngày nào»: a class put off is asked by the period it was planned in, which its
        # new date has left.
        if "postponed" in status_asked and start is not None and end is not None:
            masks["time"] |= self._put_off_from(live, start, end)
        # A span of days asked: a class of several days begun before it (or already under way) and held into it.
        held_through = 0
        if through and floor is not None and end is not None:
            held_through = _without(self.time_mask(floor, end, running=True), masks["time"])
            masks["time"] |= held_through
        # A single day asked («hôm nay», «ngày 22/01») with no class starting on it: a class held on it, begun
        # this morning or days before and still held, answers before any other day's.
        one_day = start is not None and end is not None and end - start <= dt.timedelta(days=1)
        held_on_day = self.time_mask(start, end, running=True) if one_day else 0
        asked_time = masks["time"] if end is not None or floor != now else 0
        relaxed: list[str] = []
        dropped: dict[str, int] = {}
        # «lớp Luật Công đoàn tháng 12 ở Nha Trang» with the December class put off to March: the asker names it
        # by the month it was planned in. Tried only when nothing asked is found otherwise (below, and where a
        # place is narrowed to), so a period that has classes of its own never lists those that left it.
        # (Read one by one, so only when needed: most questions with a period find classes of it.)
        moved_from: list[int] = []

        def put_off_from_period() -> int:
            if not moved_from:
                assert start is not None and end is not None
                moved_from.append(self._put_off_from(live, start, end))
            return moved_from[0]

        period_named = "postponed" not in status_asked and start is not None and end is not None
        moved_tried = not period_named
        while True:
            base = live
            for m in masks.values():
                base &= m
            if not base and not moved_tried:
                moved_tried = True
                put_off = put_off_from_period()
                held = put_off
                for k, m in masks.items():
                    held &= m if k != "time" else -1
                if held:
                    masks["time"] |= put_off
                    continue
            if base or not relax:
                break
            if _without(held_on_day, masks["time"]):
                masks["time"] |= held_on_day
                asked_time = masks["time"]
                held_on_day = 0
                continue
            given = next((k for k in implied if k in masks), None)
            if given is not None:
                relaxed.append(given)
                dropped[given] = masks.pop(given)
                continue
            if ("day" in masks and weekdays and "time" not in relaxed and start is not None and end is not None
                    and dt.timedelta(days=1) < end - start <= dt.timedelta(days=7)):
                # «cuối tuần này», «thứ 7 tuần sau»: the weekday asked of a week that has no class then is
                # what the asker can attend; the nearest class on that weekday of a later week, not one
                # of the same week on a working day. (A month asked stays the month: «thứ 7 tháng 12».)
                relaxed.append("time")
                masks["time"] = self.time_mask(now, None, begun=True)
                continue
            if "day" in masks:
                # No class on the weekday or at the part of the day asked: the nearest on other days.
                relaxed.append("day")
                dropped["day"] = masks.pop("day")
                continue
            if "time" not in relaxed and (end is not None or floor != now):
                relaxed.append("time")
                masks["time"] = self.time_mask(now, None, begun=True)
                continue
            # The format first: a class of the place, union and audience asked held another way answers
            # more than one held the way asked anywhere, for anyone (the reply says what was dropped).
            order = ("place", "org", "role", "format") if format_needed else ("format", "place", "org", "role")
            drop = next((k for k in order if k in masks), None)
            if drop is None:
                break
            if "org" in masks and org_phrases and "org_venue" not in relaxed:
                # «học tại Trường Trung cấp CĐ HN»: a school or house named as the place of the class.
                relaxed.append("org_venue")
                masks["org"] = 0
                for phrase in org_phrases:
                    # Its own name: `words` are the question's, which rank what is found below.
                    org_words = phrase.split()
                    masks["org"] |= self._where_said(self.place_words(tuple(org_words)), org_words)
                    # «huyện Mê Linh» whose union has no class of its own: classes that name «Mê Linh».
                    while org_words and org_words[0] in _PLACE_HEAD_WORDS:
                        org_words = org_words[1:]
                    if org_words and len(org_words) < len(phrase.split()):
                        masks["org"] |= self._where_said(self.place_words(tuple(org_words)), org_words)
            else:
                relaxed.append(drop)
                dropped[drop] = masks.pop(drop)
            if drop != "format" and "format" in dropped:
                # The format was dropped first; once the place (union, audience) is dropped too, the classes
                # held the way asked elsewhere answer before those held another way elsewhere.
                held = live & dropped["format"]
                for m in masks.values():
                    held &= m
                if held:
                    masks["format"] = dropped.pop("format")
                    relaxed.remove("format")
            kept = live & asked_time
            for k, m in masks.items():
                kept &= m if k != "time" else -1
            if "time" in relaxed and kept:
                # The period asked has classes once the place (union, audience, format) is dropped: those
                # answer it, and the reply says only what was dropped (not «no class in December» above a
                # list of December classes elsewhere).
                relaxed.remove("time")
                masks["time"] = asked_time
        # The classes the other filters leave without the audience's: what the question's own words may need
        # («lớp cho chủ tịch CĐCS mới bầu», where only the BCH's «… cán bộ CĐCS mới bầu» classes say «bầu»).
        unroled = 0
        if relax and "role" in masks:
            unroled = live
            for k, m in masks.items():
                if k != "role":
                    unroled &= m
        named_here = 0
        for name in first_places:
            named_here |= self.bits("l:" + name) | self.place_words(tuple(name.split()))
        former_area = named_here
        merged_in = 0  # the classes of today's province asked filed under a province it took in (listed last)
        if places and base:
            # A commune, ward, zone or former province named in the question: its classes when it has
            # some, else those of the province it lies in (said as a relaxed place).
            local = 0
            for name in places:
                if canonical_name(name) is None and name not in seats:
                    # Where the data names the place as a place («phường Mỹ Tho», «Công đoàn phường Mỹ
                    # Tho»): those classes first, before others that only say its name («cơ sở Mỹ Tho»).
                    named_here |= self.bits("l:" + name)
                    if first_places:
                        # «ở khu kinh tế Nghi Sơn», a hall of the zone said too: a class of another union held
                        # in the place is held there as much as the zone union's own.
                        former_area |= self.bits("l:" + name)
                    if _ward_split(name) is not None:
                        # Said with its head word («phường Bạc Liêu»): the classes that say it so are the place's.
                        named_here |= self.place_words(tuple(name.split()))
            # Today's province asked by name is the whole of it: the classes filed under a province it
            # absorbed in 2025 («Quảng Bình» in a plan of today's Quảng Trị) are its own too, listed after
            # those filed under its own name (and still its own once the province filter is relaxed).
            today = {province_key(current_province(p) or p) for p in provinces}
            whole = any(name in today and canonical_name(name) is not None and not is_former(name) for name in places)
            own_name = 0
            for name in places:
                if whole and canonical_name(name) is not None and province_key(current_province(name) or name) in today:
                    # today's name or a former one of it («Thừa Thiên Huế» beside «Huế»)
                    own_name |= self.bits("l:" + name) | self.place_words(tuple(name.split()))
                    local |= self.bits("p:" + province_key(current_province(name) or name))
                    continue
                # A place the data names as such, or a former province found in the words of a venue
                # («phường Hà Giang 1» lies in former Hà Giang).
                local |= self.bits("l:" + name) | self.place_words(tuple(name.split()))
            if period_named and not relaxed and not local & base and (put_off := put_off_from_period()):
                # No class of the period at the place named: one put off from that period, held there (above).
                fits = put_off
                for k, m in masks.items():
                    fits &= m if k != "time" else -1
                base |= local & fits
            unroled &= local
            local &= base
            if "format" in masks and "truc_tuyen" in formats and not provinces:
                # «lớp online cho chủ tịch CĐCS ở phường Cam Ranh»: an online class of the place's province with no
                # place of its own (the federation's, for the whole province) is attended from that ward as well
                # as from any other: it answers there, after the classes held there.
                home = self.any_of("p:", [p for name in places for p in self.places.get(name, ())])
                province_wide |= self._province_wide(_without(base & home & self.bits("f:truc_tuyen"), local))
                local |= province_wide
            if own_name & local:
                merged_in = _without(local, own_name)
            if local:
                base = local
            elif not provinces:
                around = self.any_of("p:", [p for name in places for p in self.places.get(name, ())])
                if base & around:
                    base &= around
                relaxed.append("place")
            elif not whole and any(is_former(name) for name in places):
                # «ở Bà Rịa - Vũng Tàu cũ», «khu vực Bình Định» with no class held there: the classes of today's
                # province held elsewhere, as for a ward that has none (the reply says they are elsewhere).
                relaxed.append("place")
        if open_now and base and now is not None:
            # Asked rarely: the classes left are read one by one (a deadline is no key of the index).
            closed = 0
            for pos in iter_bits(base):
                deadline = self.courses[pos].registration_deadline
                if deadline is not None and deadline < now:
                    closed |= 1 << pos
            if by_deadline:
                # A class giving no deadline does not close soon.
                closed |= _without(base, self._with_deadline(base))
            if _without(base, closed):
                base = _without(base, closed)
        if deadline_passed and now is not None:
            # Read one by one, as above: the classes still to come that no longer take registrations.
            passed = 0
            for pos in iter_bits(base):
                deadline = self.courses[pos].registration_deadline
                if deadline is not None and deadline < now:
                    passed |= 1 << pos
            base = passed
        zone_heads = [" ".join(_ZONE_HEAD) + " " + name for name in places]
        if base and any(z in first_places for z in zone_heads) and set(_ZONE_HEAD) <= set(words):
            # «ở khu kinh tế Nghi Sơn»: an economic zone spans whole towns and communes, so a class held at a venue
            # in it («phường Hải Bình (TX Nghi Sơn cũ)») is held there though neither venue nor title says «khu
            # kinh tế»: the head words are the place's, as «khu vực» is, not words a class must say.
            words = [w for w in words if w not in _ZONE_HEAD]
        chosen, coverage = self._best_words(base, words, either)
        if (coverage < 1.0 and unroled and _NEWLY_ELECTED & set(words)
                and not (open_now or deadline_passed or by_deadline)):
            # «lớp cho chủ tịch CĐCS mới bầu»: no class of the audience's is for the newly elected, a class for the
            # newly elected BCH («… cán bộ CĐCS mới bầu») is theirs too: those, the audience given up and said so.
            # Only for that: elsewhere a typo's stray word would give up the audience for a class that says it.
            wider, said = self._best_words(unroled, words, either)
            if said >= 1.0 > coverage and wider:
                chosen, coverage = wider, said
                relaxed.append("role")
        if prefer_province and not provinces and not places:
            local = chosen & self.bits("p:" + province_key(prefer_province))
            if local:
                chosen = local
        elif "org" in relaxed and org_ids and not provinces and not places:
            # A union with no such class (a ward's, a company's): the classes of its own province before the
            # whole country's.
            homes = [self.orgs[o].province for o in org_ids if o in self.orgs and self.orgs[o].province]
            local = chosen & self.any_of("p:", [province_key(current_province(p) or p) for p in homes if p])
            if local:
                chosen = local
        asked_off, any_off = self._called_off(chosen, status_asked) if cancelled and not cancelled_last else (0, 0)
        if any_off:
            # «lớp nào bị hủy», «lớp nào bị hoãn»: the classes called off are the answer, all of them (counted and
            # paged as any list), those of the status asked first (below); the others only when none is.
            chosen = any_off
        relaxed = [r for r in relaxed if r != "org_venue"] if "org" not in relaxed or masks.get("org") else relaxed
        total = chosen.bit_count()
        soft = list(soft_words)
        if specific and total > 1:
            for phrase in specific:
                # A phrase said by some of the classes found, not all, singles those out: its words rank
                # them («phần mềm kế toán» among a ward's software classes).
                saying = self.phrase_bits(phrase) & chosen
                said = saying.bit_count()
                heads = [head for part, head in part_heads if part == phrase]
                if heads and not _without(saying, self.phrase_bits(heads[0])):
                    continue  # every class saying this part of a topic says the topic's head too: on the whole topic
                if 0 < said < total:
                    soft += phrase
        own = [w for w in dict.fromkeys([*words, *soft]) if w not in COURSE_GENERIC]
        anchored = set(own)
        for a, b in pairs:
            # A word that alone says nothing («quỹ» could be a quarter) counts where the data has it
            # beside the question's own neighbour («thủ quỹ»).
            if (a in anchored) != (b in anchored) and self.has_key(f"b:{a}_{b}"):
                own.append(b if a in anchored else a)
        positions: list[int] = []
        first = chosen & named_here
        # Places to list last (the former provinces merged into the one asked): classes that name them.
        last = 0
        for name in elsewhere:
            last |= self.place_words(tuple(name.split()))
        if last_orgs:
            # The former provinces' own federations (ended with the 2025 merger): their classes are the former
            # province's, after those of today's unions in the province named.
            last |= self.any_of("od:", [str(o) for o in last_orgs])
        province_wide &= chosen
        last |= merged_in | province_wide
        unfirst = _without(chosen, first)
        last &= unfirst
        # «Vĩnh Long cũ»: the classes held in the provinces merged into it in 2025 (`elsewhere`), apart from those
        # of the former area asked, for the reply to list after them (`fitting` below).
        away_merged = 0
        for name in elsewhere:
            away_merged |= self.place_words(tuple(name.split()))
        away_merged &= unfirst
        if cancelled and cancelled_last:
            # «có lớp nào còn học không»: the classes that still take place first, the cancelled ones after.
            last |= unfirst & self.bits("s:cancelled")
        if held_through and "time" not in relaxed:
            last |= unfirst & held_through
        if start is not None and end is not None and end - start <= dt.timedelta(days=31):
            # A month or a day asked: the classes the plan dates only by a quarter or a year may fall in it
            # or not, so those dated within it come first.
            last |= unfirst & self.bits("d:period")
        parts = tuple(p for p in (first, _without(unfirst, last), last) if p)
        if cancelled and not cancelled_last:
            # «có lớp nào bị hủy không»: the cancellation itself is asked, so within each part the classes
            # called off (the status asked) come first.
            off = asked_off or any_off or self.bits("s:cancelled")
            parts = tuple(q for p in parts for q in (p & off, _without(p, off)) if q)
        if open_now and now is not None:
            dated = _without(chosen, self.bits("d:planned"))
            ahead = 0
            for pos in iter_bits(dated):
                if self.courses[pos].registration_deadline is not None:
                    ahead |= 1 << pos
            parts = tuple(q for p in parts for q in (p & ahead, _without(p & dated, ahead), _without(p, dated)) if q)
        if planned_first:
            undated = self.bits("d:planned")
            parts = tuple(q for p in parts for q in (p & undated, _without(p, undated)) if q)
        if weekdays and "day" not in relaxed:
            # «lớp học vào thứ Bảy, Chủ nhật», «lớp cuối tuần»: a class that starts on a day asked is held on the
            # days asked; one begun midweek and held through them is a weekday class run over, listed after.
            begins = self.starting_on(weekdays, tz)
            parts = tuple(q for p in parts for q in (p & begins, _without(p, begins)) if q)
        mine = self.any_of("od:", [str(o) for o in own_orgs]) if own_orgs else 0
        if not (chosen & mine and _without(chosen, mine)):
            mine = 0
        if mine:
            parts = tuple(q for p in parts for q in (p & mine, _without(p, mine)) if q)
        if exact_formats:
            held = self.any_of("f:", exact_formats)
            parts = tuple(q for p in parts for q in (p & held, _without(p, held)) if q)
        if topics and set(topics) <= _TELLING_TOPICS and 1 < total <= _SERVING_READ:
            # «lớp tuyên truyền»: a class on that topic before one whose title and topic say it only of another
            # topic right after it («kỹ năng tuyên truyền phát triển đoàn viên», «tuyên truyền pháp luật»: what is
            # propagated is the subject), equally relevant otherwise (and held the way asked).
            serving = _bitmap([p for p in iter_bits(chosen) if self._topic_serves(p, frozenset(topics))], self.n)
            if serving and _without(chosen, serving):
                parts = tuple(q for p in parts for q in (_without(p, serving), p & serving) if q)
        in_former = chosen & former_area
        if in_former and first_places:
            # Held there: a class whose venue is elsewhere is not the area's though its union is there (a
            # class of «Công đoàn phường Phan Rang» held in Nha Trang), nor first when the area is asked.
            # (Read with abbreviations spelled out, as the names are: «KKT Nghi Sơn» is «khu kinh tế Nghi Sơn».)
            names = [f" {n} " for n in (*first_places, *(p for p in places if canonical_name(p) is None))]
            elsewhere_at: dict[str, bool] = {}  # by venue: most classes of an area share a few venues
            away_at: list[int] = []
            for pos in iter_bits(in_former):
                venue = self.courses[pos].venue
                if not venue:
                    continue
                gone = elsewhere_at.get(venue)
                if gone is None:
                    # A venue that names no place (Zoom, an online link) puts the class nowhere else: it stays
                    # the area's by its union's name («Công đoàn Trường Đại học Trà Vinh»).
                    gone = elsewhere_at[venue] = bool(place_mentions(venue)) and not any(
                        n in f" {' '.join(self._tokens_of(venue))} " for n in names)
                if gone:
                    away_at.append(pos)
            away = _bitmap(away_at, self.n) if away_at else 0
            if _without(in_former, away):
                in_former = _without(in_former, away)
        if in_former and _without(chosen, in_former):
            # A former province named plainly («còn ở Long An thì sao» of today's Tây Ninh): its classes make
            # the first pages, the rest of today's province after them, so «lớp đầu» is one held there.
            parts = (*(p & in_former for p in parts), *(_without(p, in_former) for p in parts))
            parts = tuple(p for p in parts if p)
        if total - offset == limit + 1:
            # One class left for a next page: shown on this one, as a page of one is a tap for a single line,
            # and «lớp cuối cùng» is then the last class of the list asked for, not of the page.
            limit += 1
        enough = RERANK if own or roles else max(offset + limit, 20)
        for part in parts:
            positions.extend(islice(iter_bits(part), enough - len(positions)))
            if len(positions) >= enough:
                break
        away_held: set[int] = set()
        named = [set(name.split()) for name in places]
        if first and named and not set(own) - set().union(*named) and len(positions) > 1:
            # «Mê Linh có lớp nào»: the classes held there (or where the venue names no place: online, a
            # school) before those of its union held in another named place («KCN Thăng Long»).
            asked_names = {" ".join(sorted(w)) for w in named}
            # A venue's ward is read without its head word («phường Bạc Liêu» -> ("phuong", "bac lieu")); the same
            # name of another kind («TP Sóc Trăng cũ» beside «phường Phú Lợi») is not that ward.
            asked_wards = {ward for name in places if (ward := _ward_split(name)) is not None}

            def elsewhere_held(pos: int) -> bool:
                venue = self.courses[pos].venue or ""
                said = self._venue_places.get(venue)
                if said is None:
                    said = place_mentions(venue)
                    if len(self._venue_places) < 20_000:
                        self._venue_places[venue] = said
                return bool(said) and not any(" ".join(sorted(name.split())) in asked_names
                                              or (kind, name) in asked_wards for kind, name in said)

            def former_only(pos: int) -> bool:
                # «Đồng Văn» said bare is the commune of that name today: a venue naming it only as a former
                # district («xã Lũng Cú (huyện Đồng Văn cũ)») is in the old area, after the classes held in it.
                venue = " ".join(fold_tokens(self.courses[pos].venue or ""))
                return any(f" {name} cu " in f" {venue} " for name in places) and not any(
                    re.search(rf"(?:^| ){re.escape(name)}(?! cu(?: |$))", venue) for name in places)

            def away_rank(pos: int) -> int:
                # Held online only: its union is the place's but nobody meets there; after the classes held
                # there, before those held in another named place.
                return 2 if elsewhere_held(pos) else 1 if self.courses[pos].format == "truc_tuyen" or former_only(
                    pos) else 0

            positions.sort(key=away_rank)
            away_held = {p for p in positions if away_rank(p)}
        asked = frozenset(roles)
        keys: dict[int, tuple[float, int, int]] = {}
        unranked = list(positions)
        if own:
            positions = self._rank(positions, own, offset + limit, pairs, asked, keys, either, mine)
        elif asked:
            keys.update((p, (0.0, -(mine >> p & 1), -self._tier_asked(p, asked, nearest_first))) for p in positions)
            positions.sort(key=keys.__getitem__)  # stable: nearest first within a tier
            if away_held:
                # Held at the place asked before its union's classes held online or elsewhere (as without an
                # audience, above), whichever tier: the audience ranks within where the class is held.
                positions.sort(key=away_held.__contains__)
        # The ranking took classes onto this page, or onto an earlier one, that come later than classes it left
        # for a next page: the pages are not one list nearest first, and the reply must not say they are.
        ranked_pages = total > limit and not by_deadline and (
            set(unranked[:offset]) != set(positions[:offset])
            or set(unranked[:offset + limit]) != set(positions[:offset + limit]))
        if by_deadline:
            far = dt.datetime.max.replace(tzinfo=dt.UTC)
            positions = sorted(iter_bits(chosen), key=lambda p: (self.courses[p].registration_deadline or far, p))
        # (Unless a class called off is asked about: «… hoãn tới bao giờ» is about that very class.)
        put_off_asked = status_asked or cancelled or "hoan" in words
        undated = self._put_off_undated(chosen) if not put_off_asked else 0
        if undated and _without(chosen, undated):
            # Put off with no new date yet: nobody knows when it will be held, so however well its title fits it
            # is no class to go to first; the classes that have a day come before it.
            positions.sort(key=lambda p: undated >> p & 1)
        if in_former and _without(chosen, in_former):
            positions.sort(key=lambda p: not in_former >> p & 1)  # stable: the ranking kept within each group
        if province_wide and _without(chosen, province_wide):
            positions.sort(key=lambda p: province_wide >> p & 1)  # the place's own classes before the province's
        page = positions[offset:offset + limit]
        # The classes of the page that answer the question best, when the ranking told some apart.
        lead = [p for p in page if keys.get(p) == keys.get(page[0])] if keys and page and not offset else page
        # Those of the page that have all the question asked for where some lack it: run by the union named itself
        # (not by a union under it), held at the place named (not elsewhere by its union). The reply lists them
        # before the others (knowledge.search.subject.shown_courses), so «lớp thứ 2» counts among those that
        # answer it. (A class held both ways, or named by its former province, answers as well: no group.)
        def fit(p: int) -> tuple[bool, ...]:
            return (not mine >> p & 1, p in away_held, bool(away_merged >> p & 1))

        fitting: list[int] = []
        if page and not offset:
            best = min(fit(p) for p in page)
            fitting = [p for p in page if fit(p) == best]
        return CourseHits([self.courses[p] for p in page], total, coverage, tuple(relaxed),
                          tuple(self.courses[p].code for p in lead), in_former.bit_count(),
                          tuple(self.courses[p].code for p in page if in_former >> p & 1),
                          tuple(self.courses[p].code for p in fitting) if len(fitting) < len(page) else (),
                          ranked_pages)

    def _province_wide(self, found: int) -> int:
        """The classes of `found` a province's federation runs at a venue that names no place (an online room, a
        link, none): open to the whole province. (A ward's union's online class is for its own members.)"""
        kept = 0
        for pos in iter_bits(found):
            c = self.courses[pos]
            org = self.orgs.get(c.organiser_id) if c.organiser_id is not None else None
            if org is None or org_kind(org.name, org.kind) != "province":
                continue
            venue = c.venue or ""
            said = self._venue_places.get(venue)
            if said is None:
                said = place_mentions(venue)
                if len(self._venue_places) < 20_000:
                    self._venue_places[venue] = said
            if not said:
                kept |= 1 << pos
        return kept

    def _zone_names(self, org_ids: Sequence[int]) -> list[str]:
        """The zones the unions' names say («Công đoàn KKT Nghi Sơn và các KCN Thanh Hóa»: «nghi son»), folded;
        a province named as the zones' («các KCN Thanh Hóa») is the whole province, no zone."""
        out: list[str] = []
        for o in org_ids:
            org = self.orgs.get(o)
            if org is not None:
                out += [name for head, name in place_mentions(org.name)
                        if head in _ZONE_HEADS and canonical_name(name) is None]
        return out

    def _called_off(self, found: int, statuses: Sequence[str]) -> tuple[int, int]:
        """The classes of `found` with a status asked (`statuses`: a cancelled class whose note puts it off is one
        put off, «Tạm hoãn, sẽ thông báo sau»), and those called off any way (the cancelled ones, and with a
        status asked the postponed ones too)."""
        cancelled = found & self.bits("s:cancelled")
        if not statuses:
            return cancelled, cancelled
        put_off = found & self.bits("s:postponed")
        for pos in iter_bits(cancelled):
            if postponed(self.courses[pos].description):
                put_off |= 1 << pos
        asked = (cancelled if "cancelled" in statuses else 0) | (put_off if "postponed" in statuses else 0)
        return asked, cancelled | put_off

    def _where_said(self, found: int, words: Sequence[str]) -> int:
        """The classes of `found` whose venue, organiser, partner, note or title say `words` in a row (a name:
        «Trường Trung cấp CĐ», «app Công đoàn Việt Nam»), not only in that order with other words between
        («cho … mới» of «… cho Chủ tịch CĐCS mới bầu» is no «Chợ Mới»). Checked one by one up to a bound
        (names are rare)."""
        if not found or found.bit_count() > 400:
            return found
        phrase = f" {' '.join(words)} "
        out = 0
        for pos in iter_bits(found):
            c = self.courses[pos]
            for text in (c.venue, c.organiser_name, c.partner, c.description, c.title):
                if text and phrase in f" {' '.join(self._tokens_of(text))} ":
                    out |= 1 << pos
                    break
        return out

    def _tokens_of(self, text: str) -> tuple[str, ...]:
        got = self._said_tokens.get(text)
        if got is None:
            got = tuple(index_tokens(text))
            if len(self._said_tokens) < 20_000:
                self._said_tokens[text] = got
        return got

    def _with_deadline(self, among: int) -> int:
        """The classes of `among` that give a registration deadline."""
        out = 0
        for pos in iter_bits(among):
            if self.courses[pos].registration_deadline is not None:
                out |= 1 << pos
        return out

    def fields(self, pos: int) -> tuple[frozenset[str], ...]:
        """A course's words by field: title, topic and audience, organiser, place, note."""
        got = self._fields.get(pos)
        if got is None:
            c = self.courses[pos]
            ts = self._tokset
            org = self.orgs.get(c.organiser_id) if c.organiser_id is not None else None
            province = c.province or (org.province if org else None)
            # The merged fields have few distinct values: one shared set per value, made once (not three
            # new sets per course, which the cache below would keep for every course ever ranked).
            written = getattr(c, "audience_written", "")
            texts = (getattr(c, "topic_text", ""), getattr(c, "audience_text", ""), written, c.audiences)
            topic = self._topic_sets.get(texts)
            if topic is None:
                topic_text = " ".join(filter(None, texts[:2]))
                extra = frozenset(t for t in index_tokens(written) if t not in _role_words(tuple(c.audiences)))
                topic = self._topic_sets[texts] = ts(topic_text) | ts(" ".join(c.audiences)) | extra
            organiser = self._organiser_sets.get((c.organiser_name, c.partner))
            if organiser is None:
                organiser = self._organiser_sets[(c.organiser_name, c.partner)] = (
                    ts(c.organiser_name) | ts(c.partner))
            place = self._place_sets.get((c.venue, province))
            if place is None:
                place = self._place_sets[(c.venue, province)] = ts(c.venue) | ts(province)
            got = (ts(c.title), topic, organiser, place, ts(c.description))
            if len(self._fields) < 200_000:
                self._fields[pos] = got
        return got

    def title_words(self, pos: int) -> tuple[str, ...]:
        """A class's title as the index read it (its words folded, a batch's number as a number)."""
        title = self.courses[pos].title
        got = self._title_words.get(title)
        return tuple(index_tokens(title)) if got is None else got

    def titled_in(self, tokens: Sequence[str], shortest: int = 3) -> list[int]:
        """The classes whose whole title (at least `shortest` words) the words say in a row."""
        out: list[int] = []
        n = len(tokens)
        for size in range(shortest, min(n, self._longest_title) + 1):
            for i in range(n - size + 1):
                got = self._titled.get(tuple(tokens[i:i + size]))
                if got is not None:
                    out.extend(got)
        return out

    def folded_title(self, pos: int) -> str:
        title = self.courses[pos].title
        got = self._folded_titles.get(title)
        return fold(title) if got is None else got

    def _pair_hits(self, positions: list[int], pairs: Sequence[tuple[str, str]], words: list[str],
                   same: dict[str, float] | None = None) -> list[float]:
        """For each position, the weighted share of the question's word pairs the course says side by side."""
        wordset = set(words)
        keys = list(dict.fromkeys(f"{a}_{b}" for a, b in pairs if a in wordset and b in wordset
                                  and not (a in COURSE_GENERIC and b in COURSE_GENERIC)))
        out = [0.0] * len(positions)
        if not keys or not positions:
            return out
        cand = _bitmap(positions, self.n)
        index = {p: i for i, p in enumerate(positions)}
        total = 0.0
        for key in keys:
            a, b = key.split("_", 1)
            wt = sum((same or {}).get(w) or self.word_weight(w) for w in (a, b)) / 2
            total += wt
            for pos in iter_bits(self.bits("b:" + key) & cand):
                out[index[pos]] += wt
        return [x / total for x in out]

    def _tier_asked(self, pos: int, roles: frozenset[str], nearest_first: bool) -> int:
        """`role_tier`, with `nearest_first` («lớp cho chủ tịch CĐCS sắp tới», «… gần nhất») blind to whether a
        class's title names those asked: the next class for them is asked, whichever of its audiences its title
        names (a class whose topic trains them still comes first, one for cadres as a whole still after)."""
        tier = self.role_tier(pos, roles)
        return 0 if nearest_first and tier == 1 else tier

    def role_tier(self, pos: int, roles: frozenset[str]) -> int:
        """How squarely a class is meant for the audiences asked: 2 when its topic is the one that trains
        them (teaching skills for lecturers) or, in the organiser's words, is their work, 1 when its title says whom it trains (a role, «cán bộ công
        đoàn») or the audiences asked are its only ones, 0 for a bare topic open to several audiences. A
        class meant for cadres like the asker is put before a general one; which cadres its title names is
        left to the date, since organisers name one of several audiences in a title."""
        parts = self._tier_parts.get(pos)
        if parts is None:
            parts = self._role_parts(pos)
        # The tier depends on the class only through its parts, which few distinct classes share (one object each):
        # worked out once per parts and roles asked, not for each of the RERANK classes of every role question.
        key = (parts, roles)
        tier = self._tiers.get(key)
        if tier is None:
            tier = self._tier_of(parts, roles)
            if len(self._tiers) < 100_000:
                self._tiers[key] = tier
        return tier

    def _tier_of(self, parts: _TierParts, roles: frozenset[str]) -> int:
        """`role_tier` of a class with these parts (see `_role_parts`)."""
        trained, topical, audiences, general, addressed, cell, written_cell = parts
        if roles & trained or topical & roles:
            return 2
        if not roles & audiences and roles & GRASSROOTS_ROLES and general:
            # Found only as written for the grassroots cadres as a whole («Cán bộ CĐCS»): for the asker too,
            # after every class whose audience names the role asked, whatever its title says.
            return -1
        if (addressed and audiences and not roles & audiences and not general and not roles & with_deputies(audiences)
                and not roles & self._cell_roles_of(cell)):
            # «Tư vấn pháp luật cho người lao động» whose audience cell invites chairs: its title names whom the
            # subject serves, the cell whom the class is for; a class the cell opens to those asked goes first.
            return 0
        return 1 if addressed or (audiences and (audiences <= roles or (
            audiences <= with_deputies(roles) and self._only_roles_written_in(written_cell)))) else 0

    def _cell_roles_of(self, text: str) -> frozenset[str]:
        """The roles an audience cell names in the words chairs use for them («Kế toán, thủ quỹ CĐCS»: accountants),
        which the plan's own audience keys may not cover."""
        kept: dict[str, frozenset[str]] = self.__dict__.setdefault("_cell_role_sets", {})
        got = kept.get(text)
        if got is None:
            got = frozenset(h.value for h in self._matcher.find(index_tokens(text)) if h.kind == "role")
            if len(kept) < 50_000:
                kept[text] = got
        return got

    def _only_roles_written_in(self, written: str) -> bool:
        """Whether a class's audience cell as written names posts and nothing narrower («Chủ tịch, P.Chủ tịch CĐCS», not
        «… CĐCS doanh nghiệp da giày», which is for some chairs only)."""
        toks = index_tokens(written)
        covered: set[int] = set()
        for h in self._matcher.find(toks):
            if h.kind == "role":
                covered.update(range(h.start, h.end))
        return bool(covered) and all(i in covered or t in _POST_LINKS for i, t in enumerate(toks))

    def _role_parts(self, pos: int) -> _TierParts:
        """What `role_tier` reads of a class whatever the roles asked, kept per class once a question ranks it:
        the roles its topic trains, those its topic's words name, its audiences (as listed and as written),
        whether its audience is written for the grassroots cadres as a whole, whether its title says whom it
        trains."""
        c = self.courses[pos]
        trained = TRAINING_TOPICS.get(c.topic, frozenset())
        topical: frozenset[str] = frozenset()
        if c.topic_text:
            topical = self._topic_roles.get(c.topic_text)  # type: ignore[assignment]
            if topical is None:
                topical = self._topic_roles[c.topic_text] = frozenset(
                    h.value for h in self._matcher.find(index_tokens(c.topic_text)) if h.kind == "role")
        written: frozenset[str] = frozenset()
        if c.audience_text:
            written = self._written.get(c.audience_text)  # type: ignore[assignment]
            if written is None:
                written = self._written[c.audience_text] = _plan_audiences(c.audience_text)
        shared: dict[tuple[tuple[str, ...], frozenset[str]], frozenset[str]] = self.__dict__.setdefault(
            "_audience_sets", {})
        key = (tuple(c.audiences), written)
        audiences = shared.get(key)
        if audiences is None:
            audiences = shared[key] = frozenset(c.audiences) | written
        general = self._general.get(c.audience_text)
        if general is None:
            general = self._general[c.audience_text] = bool(_GRASSROOTS_CADRES.search(fold(c.audience_text or "")))
        addressed = self._addressed.get(c.title)
        if addressed is None:
            # A regular expression over the folded title, not the phrase matcher: a role question ranks up
            # to RERANK classes whose titles the index has not read this way yet.
            addressed = _AUDIENCE_WORDS.search(self.folded_title(pos)) is not None
            if len(self._addressed) < 50_000:
                self._addressed[c.title] = addressed
        # With the audience cells, as written and as the plan keeps them: the rest of what `_tier_of` reads.
        parts = (trained, topical, audiences, general, addressed, c.audience_text or "",
                 getattr(c, "audience_written", "") or "")
        if len(self._tier_shapes) < 100_000:
            parts = self._tier_shapes.setdefault(parts, parts)
        if len(self._tier_parts) < 100_000:
            self._tier_parts[pos] = parts
        return parts

    def _put_off_from(self, among: int, start: dt.datetime, end: dt.datetime) -> int:
        """The classes of `among` put off from the period [start, end): planned in it, held on a new date since (read
        one by one: a planned start is no key of the index)."""
        lo, hi = start.timestamp(), end.timestamp()
        return _bitmap([pos for pos in iter_bits(among & self.bits("s:postponed"))
                        if (p := self.courses[pos].planned_start) is not None and lo <= p.timestamp() < hi], self.n)

    def _put_off_undated(self, chosen: int) -> int:
        """The classes of `chosen` put off with no new date (the plan's start is all they have). Read once for the
        index (a search with no period asks it every time; the classes' statuses change only with a rebuild)."""
        every: int | None = self.__dict__.get("_undated_put_off")
        if every is None:
            every = 0
            for pos in iter_bits(self.bits("s:postponed")):
                c = self.courses[pos]
                if c.planned_start is None or c.planned_start == c.starts_at:
                    every |= 1 << pos  # as knowledge.search.subject.undated_put_off
            self.__dict__["_undated_put_off"] = every
        return chosen & every

    def _rank(self, positions: list[int], words: list[str], need: int,
              pairs: Sequence[tuple[str, str]] = (), roles: frozenset[str] = frozenset(),
              keys: dict[int, tuple[float, int, int]] | None = None,
              either: Sequence[Sequence[str]] = (), mine: int = 0) -> list[int]:
        """Relevance first: how much of the question's own words each course carries, field by field
        (FIELD_WEIGHTS), and how many of its word pairs it says side by side; among equals the classes
        meant most squarely for the audience asked (`role_tier`), then the closest title when the
        question reads like a title; then the date (positions come in date order and the sort is
        stable)."""
        # The words of one `either` group weigh the same: a class saying any of them is as relevant.
        same = {w: max(self.word_weight(x) for x in g) for g in either for w in g}
        weights = [(w, same.get(w) or self.word_weight(w)) for w in words]
        total = sum(wt for _, wt in weights) or 1.0
        paired = self._pair_hits(positions, pairs, words, same)
        fw = (FIELD_WEIGHTS["title"], FIELD_WEIGHTS["topic"], FIELD_WEIGHTS["org"], FIELD_WEIGHTS["place"],
              FIELD_WEIGHTS["desc"])
        keyed: list[tuple[tuple[float, int, int], int]] = []
        for k, pos in enumerate(positions):
            fields = self.fields(pos)
            got = PAIR_WEIGHT * paired[k] * total
            title, topic, org, place, desc = fields
            for w, wt in weights:
                # The first field that says the word counts: fields are in decreasing weight order.
                if w in title:
                    got += wt * fw[0]
                elif w in topic:
                    got += wt * fw[1]
                elif w in org:
                    got += wt * fw[2]
                elif w in place:
                    got += wt * fw[3]
                elif w in desc:
                    got += wt * fw[4]
            # Among equals, a class of the union named itself before one of a union under it (`mine`), then
            # the one meant most squarely for the audience asked.
            keyed.append(((-round(got / total, 2), -(mine >> pos & 1),
                           -self.role_tier(pos, roles) if roles else 0), pos))
        keyed.sort(key=lambda k: k[0])
        if keys is not None:
            keys.update((p, k) for k, p in keyed)
        ranked = [p for _, p in keyed]
        if len(words) < 3 or not ranked:
            return ranked
        # A title-like question: within each group of equal relevance that will be shown, closest title first.
        query = " ".join(w for w in words if w not in same)  # no title is likelier for one of two batches
        wordset = frozenset(words)
        out: list[int] = []
        i = 0
        while i < len(keyed) and len(out) < need:
            j = i
            while j < len(keyed) and keyed[j][0] == keyed[i][0]:
                j += 1
            group = [p for _, p in keyed[i:j]]
            if len(group) > 1 and any(self.fields(p)[0] & wordset for p in group):
                # Only when the words are in the titles: otherwise a title's likeness is chance.
                group.sort(key=lambda p: -(fuzz.token_set_ratio(query, self.folded_title(p)) // 5)
                           if self.fields(p)[0] & wordset else 0)
            out += group
            i = j
        return out + ranked[len(out):]

    def _topic_serves(self, pos: int, topics: frozenset[str]) -> bool:
        """Whether a class's title (and the topic in its organiser's words) names topics, none of them one asked
        on its own: only other topics («Phổ biến pháp luật lao động» filed under propaganda), or the one asked
        right before another's words («Tuyên truyền pháp luật»: what is propagated is the subject)."""
        c = self.courses[pos]
        key = (c.title, c.topic_text or "", topics)
        got = self._serves.get(key)
        if got is None:
            named = False
            got = True
            for text in key[:2]:
                hits = [h for h in self._matcher.find(index_tokens(text)) if h.kind == "topic"]
                named = named or bool(hits)
                for h in hits:
                    if h.value in topics and not any(n.start == h.end and n.value not in topics for n in hits):
                        got = False
            got = named and got
            if len(self._serves) < 50_000:
                self._serves[key] = got
        return got

    def _best_words(self, base: int, words: Sequence[str],
                    either: Sequence[Sequence[str]] = ()) -> tuple[int, float]:
        """Narrow `base` to the courses containing the heaviest subset of the question's own words; the
        words of one `either` group count as one, said by a class that says any of them."""
        group_of = {w: "|".join(g) for g in either for w in g if w in self.df}
        merged = [group_of.get(w, w) for w in dict.fromkeys(words)]
        toks = [w for w in dict.fromkeys(merged) if w not in COURSE_GENERIC and (w in self.df or "|" in w)]
        unknown = [w for w in dict.fromkeys(merged) if w not in COURSE_GENERIC and w not in self.df and "|" not in w]
        if not toks or not base:
            return base, 0.0 if unknown else 1.0

        def weight(t: str) -> float:
            return max(self.word_weight(p) for p in t.split("|"))

        toks = sorted(toks, key=weight, reverse=True)[:6]
        weights = {t: weight(t) for t in toks}
        total = sum(weights.values()) + sum(self.word_weight(u) for u in unknown)
        bits = {t: self.any_of("w:", t.split("|")) & base for t in toks}
        # The heaviest subset the courses of `base` say together (the first in the order of `combinations`,
        # largest first, among equally heavy ones): subsets are tried heaviest first, and the first said wins;
        # a subset's courses are its first words' (kept) narrowed by its last word's.
        said = [t for t in toks if bits[t]]
        combos = [(sum(weights[t] for t in combo), combo)
                  for size in range(len(said), 0, -1) for combo in combinations(said, size)]
        combos.sort(key=lambda wc: -wc[0])  # stable: equally heavy subsets stay in their order
        narrowed: dict[tuple[str, ...], int] = {}
        for w, combo in combos:
            if w <= 0.0:
                break
            head = combo[:-1]
            x = narrowed.get(head, base) if head else base
            if head and head not in narrowed:
                for t in head:
                    x &= bits[t]
                narrowed[head] = x
            x = x & bits[combo[-1]] if x else 0
            narrowed[combo] = x
            if x:
                return x, w / total if total else 1.0
        return base, 0.0


# The words of a class for those newly elected (a new term of office): «mới bầu», «nhiệm kỳ mới».
_NEWLY_ELECTED = frozenset({"bau", "nhiem"})


# Where the learners work («… trong KCN», «… tại doanh nghiệp khu chế xuất»): the question's place and
# union slots say it, not the audience's words.
_WORKPLACE_WORDS = frozenset(index_tokens("trong tại ở khu công nghiệp khu chế xuất khu kinh tế các"))


@lru_cache(maxsize=256)
def _role_words(keys: tuple[str, ...]) -> frozenset[str]:
    """Every word the roles `keys` are named by (their labels and synonyms), folded, and the words of a
    workplace: what an audience cell says besides them («mới bầu», «nhiệm kỳ mới») is its own."""
    out: set[str] = set(_WORKPLACE_WORDS | COURSE_GENERIC)
    for term in ROLES:
        if term.key in keys:
            for name in (term.label, *term.synonyms):
                out.update(index_tokens(name))
    return frozenset(out)


# ------------------------------------------------------------------ knowledge items

@dataclass(frozen=True, slots=True)
class Item:
    """A fact, target or document as the knowledge index sees it."""

    kind: str  # fact|target|document
    rec: FactRec | TargetRec | DocumentRec
    code: str
    title: str
    key: str  # folded text for rapidfuzz
    year: int | None
    year_end: int | None
    org_ids: tuple[int, ...]  # the organisation and its ancestors
    province: str  # folded province of the organisation, "" if none
    doc_numbers: tuple[str, ...]
    numbers: frozenset[str] = frozenset()  # figures it states, without thousands dots


@dataclass(frozen=True, slots=True)
class Scored:
    index: int  # the item's position in KnowledgeIndex.items
    item: Item
    score: float
    coverage: float
    fuzz: float


class KnowledgeIndex:
    """BM25 over folded unigrams and bigrams of facts, targets and documents."""

    K1 = 1.2
    B = 0.75

    def __init__(self, items: Sequence[Item], texts: Sequence[list[str]]) -> None:
        self.items = list(items)
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths: list[int] = []
        for i, toks in enumerate(texts):
            terms = toks + bigrams(toks)
            self.lengths.append(len(terms))
            counts: dict[str, int] = defaultdict(int)
            for t in terms:
                counts[t] += 1
            for t, c in counts.items():
                self.postings[t].append((i, c))
        n = max(1, len(self.items))
        self.avg_len = sum(self.lengths) / n if self.lengths else 1.0
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}
        # Each posting's length-normalised term frequency, made once rather than per question.
        self._normed: dict[str, list[tuple[int, float]]] = {
            t: [(i, tf * (self.K1 + 1) / (tf + self.K1 * (1 - self.B + self.B * self.lengths[i] / self.avg_len)))
                for i, tf in p]
            for t, p in self.postings.items()
        }
        self.max_idf = math.log(1 + (n + 0.5) / 0.5)
        self.token_sets = [frozenset(t) for t in texts]
        self.bigram_sets = [frozenset(bigrams(t)) for t in texts]
        self.key_sets = [frozenset(item.key.split()) for item in self.items]

    def bm25(self, terms: Sequence[str], kinds: frozenset[str] | None = None) -> dict[int, float]:
        scores: dict[int, float] = defaultdict(float)
        for t in dict.fromkeys(terms):
            idf = self.idf.get(t)
            if idf is None:
                continue
            if kinds is None:
                for i, part in self._scaled(t, idf):
                    scores[i] += part
                continue
            for i, norm in self._normed[t]:
                if self.items[i].kind not in kinds:
                    continue
                scores[i] += idf * norm
        return scores

    def _scaled(self, term: str, idf: float) -> list[tuple[int, float]]:
        """Each posting's share of a word's score (its IDF times its normalised frequency), kept once asked."""
        cache: dict[str, list[tuple[int, float]]] = self.__dict__.setdefault("_scaled_postings", {})
        got = cache.get(term)
        if got is None:
            got = cache[term] = [(i, idf * norm) for i, norm in self._normed[term]]
        return got

    def weight(self, tok: str, other_vocab: frozenset[str]) -> float:
        """How much a question word counts: its IDF here; a word this index never saw counts fully,
        which keeps off-topic questions from looking covered."""
        idf = self.idf.get(tok)
        if idf is not None:
            return idf
        return self.max_idf * (0.5 if tok in other_vocab else 1.0)
