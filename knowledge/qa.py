"""Question answering: normalise → extract slots → classify intent → retrieve → rerank → confidence band.

The engine returns a structured `Answer` (intent, confidence, band, matches, the records to show); the
Vietnamese wording of replies is composed in handlers/. Build it once per data version and reuse it: a
question costs a few bitmap operations and a rapidfuzz rerank of a few dozen candidates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import itertools
import math
import re
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from sqlalchemy.orm import Session

from knowledge.index import (
    COURSE_GENERIC,
    NATIONAL_SCOPE,
    CourseHits,
    CourseIndex,
    Item,
    KnowledgeIndex,
    Scored,
    iter_bits,
    national_scope,
    no_cycle_collection,
    org_ancestors,
)
from knowledge.language.compound import Compound, speaks_of_now, split_compound
from knowledge.language.followup import (
    POSITION_PHRASES,
    WHICH_OPEN,
    base_title,
    change_years,
    postponed,
    section_asked,
    section_of,
)
from knowledge.language.message import punctuated, split_message
from knowledge.language.paraphrase import congress_numerals, rounded_figures, with_also_said
from knowledge.language.places import (
    CITY_DISTRICTS_BEFORE_2025,
    FORMER_SEATS,
    MERGERS_2025,
    canonical_name,
    current_province,
    district_said,
    former_names,
    former_places,
    is_former,
    same_area_keys,
)
from knowledge.language.places import province_key as area_key
from knowledge.language.regional import data_pairs, standard_speech
from knowledge.language.spoken import spoken_numbers
from knowledge.lexicon import (
    ABBREVIATIONS,
    CALLED_OFF_CUES,
    CALLED_OFF_WORDS,
    FORMATS,
    PLACE_CODE_MARK,
    PLACE_CODES,
    PLACE_CODES_OPENING,
    PROVINCE_ALIASES,
    PROVINCE_CODES,
    PROVINCES,
    ROLES,
    SECOND_READINGS,
    TOPICS,
)
from knowledge.orgnames import ended_2025
from knowledge.records import CourseRec, DocumentRec, FactRec, OrgRec, SourceRec, TargetRec
from knowledge.search.acronyms import is_syllable, spell_out
from knowledge.search.acronyms import learn as learn_acronyms
from knowledge.search.aspects import asks_figure, asks_nationwide, gives_what_is_asked, says_formerly
from knowledge.search.passages import (
    Passage,
    PassageHit,
    PassageIndex,
    bigrams_of,
    compared_sides,
    counted_figures,
    make_passages,
    numbers_in,
    split_sentences,
)
from knowledge.search.taught import EMPTY as NOTHING_TAUGHT
from knowledge.search.taught import TaughtBook, TaughtRec
from knowledge.search.vocabulary import KIND_PHRASES, org_kind, org_variants
from knowledge.seed_articles import ARTICLE_TEXTS
from knowledge.seed_data import ARTICLES
from knowledge.slots import (
    DAY_WORDS,
    SPAN_KINDS,
    Hit,
    Slots,
    TimeSlot,
    base_matcher,
    extract,
    impossible_time,
    next_span_phrases,
    org_phrases,
    province_key,
    under_way_asked,
    zone_keys,
    zone_named,
)
from knowledge.store import Snapshot, load_snapshot
from knowledge.text import (
    AMBIGUOUS,
    RAW_WORD,
    STOP_EXACT,
    STOP_FOLDED,
    WORKPLACE_HEADS,
    Norm,
    chief_positions,
    expand,
    fold,
    fold_tokens,
    hoan_apart,
    index_tokens,
    intro_verb,
    newly_elected,
    normalise,
    opening_code,
    says,
    target_asked,
    untelexed,
    ward_short,
    without_workplace_details,
)
from knowledge.turns import Pause, no_pause

PAGE_SIZE = 5  # courses per list message; more come with the "Xem thêm" button
MAX_QUESTION = 500  # characters considered; a pasted essay is cut, not rejected
# Characters of a message read for its numbers said in words and taken apart (its question may follow a long
# introduction): a pasted essay costs no more than a long letter.
MAX_MESSAGE = 4 * MAX_QUESTION


def within_reading(text: str) -> str:
    """A message cut to MAX_MESSAGE characters keeping both its ends, each cut at a sentence's end: a question
    comes first or last in a pasted letter («… tôi muốn hỏi tháng này có lớp … không ạ?» after 3,000 characters
    of introduction), seldom in its middle."""
    if len(text) <= MAX_MESSAGE:
        return text
    half = MAX_MESSAGE // 2
    head, tail = text[:half], text[-half:]
    end = max(head.rfind(c) for c in ".!?\n")
    head = head[:end + 1] if end > half // 2 else head
    starts = [i for i in (tail.find(c) for c in ".!?\n") if 0 <= i < half // 2]
    tail = tail[min(starts) + 1:] if starts else tail
    return f"{head.strip()} {tail.strip()}"

KNOWLEDGE_INTENTS = frozenset({"course", "register", "target", "fact", "document"})


@dataclass(frozen=True, slots=True)
class Match:
    kind: str  # course|target|fact|document
    code: str
    title: str
    score: float


def one_province(hits: Sequence[Hit]) -> str | None:
    """The first province named alone among matcher hits: «vùng Tây Nguyên» names four provinces at once and
    says no one of them («… Tây Nguyên ở tỉnh Đắk Lắk» is in Đắk Lắk)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for h in hits:
        if h.kind == "province":
            spans.setdefault((h.start, h.end), set()).add(h.value)
    return next((next(iter(names)) for names in spans.values() if len(names) == 1), None)


# The roles a profile offers: an audience only plans name is no role said of oneself.
_PROFILE_ROLES = frozenset(t.key for t in ROLES)


@dataclass(frozen=True, slots=True)
class Profile:
    """What the asker's profile says, used to rank answers."""

    role: str | None = None
    organisation_id: int | None = None
    province: str | None = None
    # The province was said by the asker in this conversation («e làm CT CĐCS ở Bình Dương»), not only
    # saved: it counts as named for a class question that names no place, as «tỉnh mình» does.
    said: bool = False
    # The ward or commune the asker said they are in, earlier in this conversation («tôi ở phường Ninh Kiều»):
    # where «có lớp nào gần tôi» looks first. Never saved; the conversation keeps it (handlers).
    place: str | None = None


@dataclass(slots=True)
class Answer:
    question: str
    norm: Norm
    intent: str
    confidence: float
    band: str  # confident|close|low
    slots: Slots = field(default_factory=Slots)
    matches: list[Match] = field(default_factory=list)
    courses: list[CourseRec] = field(default_factory=list)
    course_total: int = 0
    relaxed: tuple[str, ...] = ()
    items: list[Item] = field(default_factory=list)
    truncated: bool = False
    used_profile: bool = False
    # The province the asker said is theirs («em là chủ tịch CĐCS ở Hưng Yên, có lớp nào …»), searched as if the
    # question named it: the reply names it when the classes found are elsewhere. "" when none was.
    said_place: str = ""
    word_coverage: float = 1.0
    course_offset: int = 0  # position of courses[0] in the whole matching list
    taught: TaughtRec | None = None  # what an organiser taught: their own answer (intent "taught") or a record
    reading: str = ""  # how a guessed word was read, for the reply to say («bn» là Bắc Ninh)
    # Sentences of an article that say what the question asks beyond the records shown, quoted after them.
    quotes: tuple[Passage, ...] = ()
    # The classes shown that answer the question best (CourseHits.lead): «lớp đó» after the list means one
    # of them.
    course_lead: tuple[str, ...] = ()
    # Of those shown, the classes that have all the question named where others lack part of it (CourseHits.fitting):
    # listed first, as «lớp thứ 2» counts among them.
    course_fitting: tuple[str, ...] = ()
    # The pages of the list are ranked by fit, each page nearest first (CourseHits.ranked_pages).
    course_ranked: bool = False
    # The classes are listed by registration deadline, nearest first («lớp nào sắp hết hạn đăng ký»).
    by_deadline: bool = False
    # Only classes still to come whose registration deadline is past are listed («lớp nào hết hạn đăng ký rồi»).
    deadline_passed: bool = False
    # A month or a day no calendar has («tháng 13»), as said (intent "bad_time").
    impossible: str = ""
    # A former province named plainly («lớp nào ở Bình Dương»): its name, how many of the classes found lie in
    # it, and the codes of those shown; they are listed first, the rest of today's province after a heading.
    former_area: str = ""
    former_total: int = 0
    former_codes: tuple[str, ...] = ()
    # The same three for a list on one screen, kept apart (it stays nearest first): a follow-up that moves the
    # question to that former province («còn ở Long An thì sao») groups it (knowledge.search.subject).
    former_unshown: tuple[str, int, tuple[str, ...]] = ("", 0, ())
    # The union of a kind asked for («công đoàn các KCN Bắc Ninh») that sets no target of its own, whose
    # superior's targets are shown instead (its name, or empty).
    no_own_targets: str = ""
    # Every class found was called off: the classes still held that the same question finds (None: not looked
    # for), and what of the question they had to leave out to be found (as `relaxed`).
    held_instead: tuple[CourseRec, ...] | None = None
    held_relaxed: tuple[str, ...] = ()
    # A kind of union asked for as a whole («lớp của công đoàn ngành»): the unions of it whose classes were found
    # (in the order of their first class), and whether only the national ones were asked («toàn quốc»).
    kind_unions: tuple[str, ...] = ()
    kind_national: bool = False
    # A message that asked two things («… bao nhiêu lớp? Còn năm nay có lớp nào không»), answered on the second:
    # the first as typed, for the reply to offer. "" when there was one question.
    also: str = ""
    # The clause of such a message that was answered, as read (the scene left out): what a follow-up rewrites.
    asked: str = ""
    # Classes called off asked for by a status («lớp nào bị hoãn»): the codes of those shown with that status,
    # when others called off another way are shown too; they are listed first, the others after a heading.
    status_codes: tuple[str, ...] = ()
    # The ward or commune the asker said is theirs, asked near («có lớp nào gần tôi»), where no class is held:
    # the classes listed are elsewhere and the reply says so. "" when none was said or a class is held there.
    near_unheld: str = ""
    # Near the asker was asked («có lớp nào gần tôi») by someone whose place is unknown (no profile province, none
    # said or named): the classes are listed by date and the reply asks where they are.
    near_unknown: bool = False
    # Classes were asked for («… có lớp nào không») and the reply says which (or that none is held): an article's
    # sentence on classes held is no answer in its stead (see `_with_passages`).
    classes_wanted: bool = False
    # No class is held as the question's filters ask (none in the place at all, none in a year the plans do not
    # reach): the absence is what those filters set, so the reply can name them, with the provinces where none is
    # held (a union's when the union was named). None when the subject asked is what no class teaches (naming the
    # place would say it holds no class at all).
    unmet: tuple[str, ...] | None = None
    # The classes already held were asked for («lớp nào đã kết thúc»): listed from this day up to yesterday, the
    # earliest first. None otherwise.
    ended_since: dt.datetime | None = None
    # No class at all in the place asked (`unmet`): the nearest classes elsewhere that fit the rest of the
    # question, offered after saying so (not matches: the place asked is not answered).
    elsewhere: tuple[CourseRec, ...] = ()
    # The unions named whose classes the search had to give up («LĐLĐ huyện Mê Linh»), for the reply to name.
    unions_asked: tuple[str, ...] = ()
    # The asker's province (from the profile, not said in the question) that has none of the classes listed:
    # the search gave it up first, and the reply says so. "" otherwise.
    home_missed: str = ""
    # The asker's province as the search took it (said or saved), "" when unknown: an online class of it is theirs
    # to attend wherever in it they are (knowledge.search.subject.online_for).
    asker_province: str = ""
    # The provinces (keys) the places asked lie in («phường Cam Ranh»: Khánh Hòa's), as the data places them: an
    # online class of one of them is open to the place asked too (knowledge.search.subject.online_for).
    place_provinces: tuple[str, ...] = ()
    # «lớp tiếp theo» after a class when no class on its topic for its people is held after it in its province:
    # the answer is that class, and the reply says first that none follows it (knowledge.search.subject.next_class).
    nothing_after: bool = False
    # A count of classes asked of a union's plan («số lớp bao nhiêu») whose plan for the period sets none (its
    # targets count learners, people): the reply says so plainly before the targets it does set.
    no_class_count: bool = False
    # The asker's role taken from the profile as whom the classes are for («lớp nào cho tôi»): given up before
    # any filter the question said when no class has it (`relaxed` then holds "role"). "" when none was taken.
    profile_role: str = ""
    # No class in the month or period asked: the codes of the nearest class before it and of the nearest after
    # it ("" for a side with none), which are the classes listed. () otherwise.
    around: tuple[str, ...] = ()
    # A period already over was asked («năm ngoái thì sao» after a list) and none of the classes asked was held in
    # it: the reply says so plainly, with no later classes passed off as the answer.
    held_none: bool = False
    # A law named with its year («Luật Công đoàn 2024 có gì mới») that no article or plan gives an account of: as
    # the classes name it, for the reply to say the bot has nothing on it before the classes that teach it.
    unanswered: str = ""
    # A change of a plan's targets asked («chỉ tiêu năm nay tăng hay giảm so với năm ngoái»): the year set against
    # the one shown, and each target shown with the same union's target of that year for the same figure (None
    # where that year's plan does not set it). None when no change was asked.
    compared_year: int | None = None
    changes: tuple[tuple[TargetRec, TargetRec | None], ...] = ()


_WORD_FIRST = re.compile(r"^\W*\w+")
# «còn», «vậy», «thế» opening the asking clause of a message of two parts: they join it to the scene.
_JOINING_PIVOT = re.compile(r"(?i)^\s*(?:(?:thế|the|vậy|vay)\s+(?:thì|thi|còn|con)\s+|(?:còn|con|vậy|vay|thế|the)\s+)")
_CLASSES = frozenset({"course", "register"})
_RECORDS = frozenset({"fact", "target", "document"})


def _answers(ans: Answer) -> bool:
    """Whether an answer gives something: classes or records, not a miss or small talk."""
    return (ans.band != "low" and ans.intent in _CLASSES | _RECORDS and bool(ans.matches or ans.courses)
            and not ans.deadline_passed)


def _clause_answers(whole: Answer, alone: Answer, compound: Compound) -> bool:
    """Whether the asking clause of a message of two parts, read on its own (`alone`), answers it rather than
    the message read whole: the clause decides what kind of thing is asked, the scene only fills in.

    - The whole gives nothing: the clause, when it answers with confidence.
    - The scene was a record's (a figure of 2016) and the clause asks for classes now or to come («còn …»,
      «vậy …», «bây giờ», «sắp tới»): the classes.
    - The scene spoke of classes and the clause asks a record's question: the record, when confident.
    - Classes both ways, but the whole searched the scene's period or place (the clause names its own, or
      none): the clause's classes.
    Otherwise (records both ways, or the same classes) the whole, whose every word is evidence."""
    if not _answers(alone):
        return False
    if not _answers(whole):
        return alone.band == "confident"
    if whole.intent in _RECORDS and alone.intent in _CLASSES:
        return bool(compound.pivot) or speaks_of_now(compound.question)
    if whole.intent in _CLASSES and alone.intent in _RECORDS:
        return alone.band == "confident" and (not compound.asks_both or bool(compound.pivot))
    if whole.intent in _CLASSES and alone.intent in _CLASSES and not compound.asks_both:
        return alone.band == "confident" and _searched_where_when(whole) != _searched_where_when(alone)
    return False


def _other_place_asked(whole: Answer, alone: Answer, compound: Compound) -> bool:
    """«Năm 2016 Hà Nội mở 33 lớp, còn Lạng Sơn … mở được bao nhiêu lớp»: a scene that only recalls a figure of
    one place, then a clause on another place it names, which a record of that place answers with confidence.
    Read whole, the scene's figure finds the scene's own record; the clause asks for the other's."""
    if compound.asks_both or not compound.pivot or alone.band != "confident":
        return False
    if whole.intent not in _RECORDS or alone.intent not in _RECORDS or not whole.items or not alone.items:
        return False
    if not (alone.slots.provinces or alone.slots.org_ids):
        return False  # «…, còn số học viên bao nhiêu»: the scene's place still; the whole reads it
    mine, theirs = alone.items[0].province, whole.items[0].province
    return bool(mine and theirs and not same_area_keys(mine) & same_area_keys(theirs))


def _searched_where_when(ans: Answer) -> tuple[str, frozenset[str], frozenset[int]]:
    """The period, provinces and unions a class search was narrowed to."""
    time = ans.slots.time.label if ans.slots.time is not None else ""
    return time, frozenset(ans.slots.provinces), frozenset(ans.slots.org_ids)

# Union matters that are no training: pay, allowances, dues, insurance and benefits. A record answers a
# question about one only when it says it: one sharing the union's words («cán bộ chuyên trách», «kinh phí»,
# «công đoàn cơ sở») tells how many were trained or what the training cost, not what a chair is paid.
# «lượng» folds to «luong» as «lương» does: «thương lượng», «chất lượng», «số lượng» are no pay.
# When a body was founded («công đoàn Việt Nam thành lập năm nào») is answered only by a record saying so,
# not by one that shares the body's name and a year.
_MATTERS = re.compile(
    r"\b(?:thanh lap|ra doi|doan phi|kinh phi cong doan|giu lai|phu cap|tro cap|luong huu|bao hiem xa hoi|bao hiem y te|bao hiem that nghiep|thai san"
    r"|om dau|huu tri|tien thuong|thuong tet|qua tet|(?<!thuong )(?<!chat )(?<!so )(?<!luc )(?<!dinh )(?<!khoi )"
    r"(?<!trong )(?<!dung )(?<!ham )luong)\b"
)
_RECORD_FIELDS = ("question", "statement", "keywords", "metric", "note", "title", "summary")
# A document issued by its number and date («Chương trình số 1464/CTr-TLĐ ngày 8/10/2013», «ban hành»): when
# it «ra đời» is its issue, which the text says; a union's founding (the other «ra đời») no text says.
_ISSUED = re.compile(r"\bban hanh\b|\b\d+[a-z]?/(?:ctr|kh|nq|qd|cv|hd)\b.{0,80}?\bngay \d{1,2}/\d{1,2}/\d{4}\b")


# A document named by its kind: what «ra đời» is said of when it asks for an issue, not a founding.
_DOCUMENT_NAMED = re.compile(r"\b(?:chuong trinh|ke hoach|nghi quyet|van ban|de an|quyet dinh|cong van|chi thi"
                             r"|huong dan|ctr|nq|kh)\b")


def _matters_said(folded: str, asked: str) -> set[str]:
    """The union matters (see `_MATTERS`) a folded text says. When the question `asked` (folded) is about a
    document («chương trình 1464 ra đời ngày nào»), its issue is when it «ra đời»; a union's founding («Công
    đoàn Việt Nam ra đời năm nào») no text says, whatever document its union issued."""
    said = {m.group(0) for m in _MATTERS.finditer(folded)}
    if _ISSUED.search(folded) and _DOCUMENT_NAMED.search(asked):
        said.add("ra doi")
    return said
# Words that ask rather than say what is asked about: no sentence of an article is expected to hold them.
# Nor do the words that place a question in time against the 2025 map («hồi còn huyện», «giờ thuộc»).
_PASSAGE_ASKING = frozenset({"gi", "nao", "sao", "dau", "khong", "bao", "may", "ai", "chua", "nhieu", "ten",
                             "the", "nhu", "hay", "oi", "ad", "admin", "a", "vay", "o", "gio", "bay", "hoi",
                             "con", "thuoc", "truoc", "nay", "day", "hk", "ko"})
# Words that say a place's level, not which place («xã Chi Lăng», «huyện Chi Lăng» are one place).
_PLACE_LEVELS = frozenset({"xa", "phuong", "huyen", "quan", "tinh", "thanh", "pho", "thi", "tran", "tp"})
# Replies that ask nothing of the data (a greeting, thanks, help): never answered with an article.
_NOT_ASKING = frozenset({"greeting", "thanks", "help", "empty", "taught", "register", "register_how", "off_topic"})
# How much of a question's word weight an article's sentence must say to be the answer, or to be quoted
# beside a record of the same article.
_PASSAGE_COVERAGE = 0.75
# A sentence that announces what the next one says: «… những hạn chế nhất định.», «… như sau:», «cụ thể:».
_ANNOUNCES = re.compile(r"(?:nhất định|như sau|sau đây|cụ thể|gồm|bao gồm)\s*[.:]?\s*$|:\s*$", re.IGNORECASE)
# A question with no union word is answered by an article's sentence only when it says nearly all of it.
_ARTICLE_SAYS_ALL = 0.9
# A question that asks two things at once, or tells two apart.
# What a question asks besides a figure it quotes.
_WHAT_CUES = ("la gi", "gi", "nao", "ra sao", "the nao", "nhu the nao", "vi sao", "tai sao")
_TWO_THINGS = ("hay", "hoac", "khac nhau", "ca 2", "ca hai", "phan biet", "so sanh")
# «số lớp và số người học», «bao nhiêu lớp và bao nhiêu người»: two figures asked at once.
_TWO_COUNTS = re.compile(r"\b(?:so|bao nhieu|may) [a-z]+(?: [a-z]+)? va (?:so|bao nhieu|may)\b")
_QUOTE_COVERAGE = 0.5
# «… ở huyện Chi Lăng và toàn tỉnh»: a figure asked of a part and of the whole it lies in.
_AND_THE_WHOLE = re.compile(r"\b(?:va|voi|cung) (?:toan|ca) (?:tinh|thanh pho|nuoc|quoc|huyen|nganh)\b")
# A record matching at least this share of the best one's score may answer in its place when only it says
# what is asked (see QAEngine._runner_up_says_it).
_RUNNER_UP = 0.8
# An article's sentence over the classes a question found: most of the question said, see _passage_beats_classes.
_PASSAGE_OVER_CLASSES = 0.8
# Words that ask for a class (not «học tập», which an article's programme also says).
_ASKS_FOR_CLASS = ("lop", "khoa hoc", "khoa", "tap huan", "boi duong", "huan luyen", "lich hoc", "khai giang",
                   "dang ky", "ghi danh", "hoc o", "o dau")


def _learns_whom_it_is_for(folded: str, slots: Slots, ans: Answer) -> bool:
    """Whether what the question wants to learn («học lái xe») is only whom the classes found are for («… cho
    lái xe, phụ xe»): no topic, role, union or place of the classes named besides."""
    if slots.topics or slots.roles or slots.org_ids or not ans.courses:
        return False
    m = re.search(r"\bhoc (\w+ \w+)", folded)
    if m is None:
        return False
    return all(says(fold(c.title), f"cho {m.group(1)}") for c in ans.courses[:3])


# «nhà» makes a kind of place one's own («tỉnh nhà», «quê nhà»); after a place's name («… tại Mai Châu nha?») «nha»
# is the closing particle, and the place is the one asked about.
_HOME_HEADS = frozenset({"tinh", "pho", "tp", "que", "huyen", "xa", "phuong"})


def _not_my_place(norm: Norm, slots: Slots) -> Slots:
    """The slots without a place that is the head of «thành phố mình», «tỉnh nhà»: the data may know
    «thành phố» as a place's name, yet «thành phố mình» is the asker's own (see MY_PLACE)."""
    mine = [p for p in slots.places if _has(norm.folded, *(f"{p} {w}" for w in ("minh", "toi", "em")))
            or (p.split()[-1] in _HOME_HEADS and _has(norm.folded, f"{p} nha"))]
    orgs = [p for k, p in slots.phrases if k == "org"]
    own = [p for p in orgs if p.split()[-1] in ("tinh", "pho", "tp")
           and _has(norm.folded, *(f"{p} {w}" for w in ("minh", "toi", "em", "nha")))]
    if own and len(own) == len(orgs):
        # «liên đoàn lao động thành phố mình»: the asker's own federation, not the one the data calls «LĐLĐ
        # Thành phố» (Hà Nội's articles say so of their own city).
        slots = dataclasses.replace(slots, org_ids=(), phrases=tuple(x for x in slots.phrases if x[0] != "org"))
    if not mine:
        return slots
    return dataclasses.replace(slots, places=tuple(p for p in slots.places if p not in mine),
                               phrases=tuple(x for x in slots.phrases if not (x[0] == "place" and x[1] in mine)))


def _learner_union(norm: Norm, slots: Slots) -> Slots:
    """The slots without a kind of union named right after a role: in «chủ tịch công đoàn xã phường» the
    commune union is the learner's own, not the organiser of the class (classes for chairs of commune unions
    are held by the province and its sectors as often as by a commune)."""
    if not (slots.org_kinds and slots.roles):
        return slots
    roles = [p for k, p in slots.phrases if k == "role"]
    learner = {p for k, p in slots.phrases if k == "orgkind"
               and any(says(norm.folded, f"{r} {p}") or says(norm.folded, f"{r} cua {p}") for r in roles)}
    if not learner:
        return slots
    kinds = {KIND_PHRASES.get(p) for p in learner}
    left = [p for k, p in slots.phrases if k == "orgkind" and p not in learner]
    return dataclasses.replace(
        slots, org_kinds=tuple(k for k in slots.org_kinds if k not in kinds or any(KIND_PHRASES.get(p) == k for p in left)),
        phrases=tuple(x for x in slots.phrases if not (x[0] == "orgkind" and x[1] in learner)))


def _names_said(norm: Norm, text: str) -> bool:
    """Whether a question says in full (three words or more) the name of a person that `text` names with a
    title beside it: a school named after a person («Đại học Tôn Đức Thắng») is no person asked about."""
    said = f" {' '.join(norm.tokens)} "
    for m in _NAME.finditer(text):
        if re.match(_NOT_A_NAME, m.group(0)) is None or f" {fold(m.group(0))} " not in said:
            continue
        if _TITLE_BEFORE.search(text[:m.start()]) or _TITLE_AFTER.match(text[m.end():]):
            return True
    return False


# How a person is addressed before a name or a post («ông Trưởng ban …», «bà Hoàng Thị Oanh», «đ/c …»).
_HONORIFICS = frozenset({"ong", "ba", "anh", "chi", "co", "chu", "dc"})
_POSTS = frozenset({"truong", "pho", "chu", "giam", "hieu", "uy", "can", "tong"})


def _honorific_positions(tokens: Sequence[str]) -> frozenset[int]:
    """Where a question addresses a person by an honorific before a post («ông trưởng ban tổ chức»): the
    honorific is no word of what is asked. (Before a name it is kept: the name's neighbour.)"""
    return frozenset(i for i, t in enumerate(tokens[:-1]) if t in _HONORIFICS and tokens[i + 1] in _POSTS)


def _twins(a: Item, b: Item) -> bool:
    """Whether two records are a fact and the plan's target taken from it: of one article, giving the same
    result (the target's planned and achieved values among the fact's figures)."""
    if {a.kind, b.kind} != {"fact", "target"}:
        return False
    src_a, src_b = getattr(a.rec, "source", None), getattr(b.rec, "source", None)
    if src_a is None or src_b is None or src_a.code != src_b.code:
        return False
    target = a if a.kind == "target" else b
    fact = b if target is a else a
    rec = target.rec
    if getattr(rec, "achieved_value", None) is None:
        return False  # a goal set, not a result an article reports
    values = {_figure_key(v) for v in (getattr(rec, "target_value", None), getattr(rec, "achieved_value", None))
              if v is not None}
    return bool(values) and values <= {_figure_key(float(n)) for n in fact.numbers if _is_figure(n)}


def _twin_asked(scored: list[Scored], *, plan: bool) -> list[Scored]:
    """The best record, or its twin of the kind asked (see `_twins`): a question on the plan («chỉ tiêu», «kế
    hoạch») is answered by the target, any other by the article's fact; both say the same figures."""
    if len(scored) < 2 or scored[0].item.kind not in ("fact", "target"):
        return scored
    top = scored[0]
    want = "target" if plan else "fact"
    if top.item.kind == want:
        return scored
    for s in scored[1:6]:
        if s.item.kind == want and _twins(top.item, s.item):
            return [dataclasses.replace(s, score=top.score), *(x for x in scored if x is not s)]
    return scored


def _figure_key(value: float) -> str:
    return f"{value:g}"


def _is_figure(text: str) -> bool:
    return re.fullmatch(r"\d+(?:\.\d+)?", text) is not None


def _matters_unsaid(ans: Answer) -> bool:
    """Whether a record answer leaves out a union matter the question asks about (see `_MATTERS`)."""
    asked = {m.group(0) for m in _MATTERS.finditer(ans.norm.folded)}
    if not asked or not ans.items:
        return False
    for item in ans.items:
        said = _matters_said(fold(" ".join(str(getattr(item.rec, a, "") or "") for a in _RECORD_FIELDS)),
                             ans.norm.folded)
        if asked <= said:
            return False
    return True


def _unanswered(ans: Answer) -> Answer:
    """The honest «not in my data» answer to a question, the records it came closest to kept for the log."""
    return Answer(ans.question, ans.norm, "unknown", ans.confidence, "low", ans.slots, ans.matches[:3],
                  truncated=ans.truncated)


# Words of a role's name that any union record says: they tell no role from another.
_ROLE_COMMON_WORDS = frozenset({"cong", "doan", "co", "so", "cdcs", "can", "bo", "cap", "tren", "truc", "tiep", "va",
                                "cac", "nguoi", "lao", "dong", "vien"})


def _place_positions(norm: Norm, slots: Slots) -> frozenset[int]:
    """Positions of the places, provinces and unions the slots took, with the level word before each
    («huyện», «tỉnh», «xã»), and of the whole country as a scope («toàn quốc», «cấp trung ương»)."""
    national = _phrase_positions(norm.tokens, NATIONAL_CUES)
    if not (slots.places or slots.provinces or slots.org_ids):
        return frozenset(national)
    used = set(slots.used) | national
    toks = norm.tokens
    for i in sorted(slots.used):
        j = i - 1
        while j >= 0 and j not in used and toks[j] in _PLACE_LEVELS:
            used.add(j)
            j -= 1
    return frozenset(used)


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:^| )(?:" + "|".join(re.escape(p) for p in phrases) + r")(?: |$)")


# Provinces merged from 1 July 2025 (Nghị quyết 202/2025/QH15): plans for 2025 on are the merged province's.
MERGER_YEAR = 2025


def _before_merger_of_former(item: Item, this_year: int) -> bool:
    """A target of a province merged in 2025, for a period that ended before this year: history."""
    return bool(item.province) and is_former(item.province) and (item.year_end or item.year or this_year) < this_year


def _after_merger(slots: Slots) -> bool:
    """Whether the question names a former province for a period after the 2025 merger."""
    year = slots.time.year if slots.time else None
    return bool(year and year >= MERGER_YEAR and any(is_former(p) for p in slots.provinces))


def _runs_between(words: Sequence[str], breaks: Set[str], kinds: Sequence[tuple[str, ...]] = ()) -> list[list[str]]:
    """The runs of `words` between those in `breaks` (none empty), the phrases `kinds` left out where they open
    the name («công đoàn Lạng Sơn», not «Trường Đại học Công đoàn»)."""
    runs: list[list[str]] = [[]]
    i = 0
    while i < len(words):
        opening = not any(runs)
        kind = next((k for k in kinds if opening and tuple(words[i:i + len(k)]) == k), None)
        if kind is not None or words[i] in breaks:
            runs.append([])
            i += len(kind) if kind is not None else 1
            continue
        runs[-1].append(words[i])
        i += 1
    return [r for r in runs if r]


# What an article says of a person it names: their post, what they did or said («giữ chức gì», «làm gì»,
# «phát biểu gì»), not their health, age or home.
_ASKS_OF_PERSON = re.compile(
    r"\b(?:chuc(?: vu| danh)?|cuong vi|lam gi|lam chuc|noi gi|phat bieu|cho biet|de nghi|chi dao|la ai|ai)\b")
# Words that say what kind of union a name is, not which: «công đoàn Lạng Sơn» is said by an article of the
# «Liên đoàn Lao động tỉnh Lạng Sơn» as its place.
_UNION_KIND_PHRASES = (("lien", "doan", "lao", "dong"), ("cong", "doan"))


@lru_cache(maxsize=512)
def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word (split on single spaces, as `_has` and `_phrase_positions` read them)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in dict.fromkeys(phrases):
        parts = tuple(phrase.split(" "))
        index.setdefault(parts[0], []).append(parts)
    return {first: tuple(group) for first, group in index.items()}


@lru_cache(maxsize=64)
def _words_of(folded: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A text's words (split on single spaces) and their set: an answer asks `_has` of the same few texts dozens
    of times."""
    words = tuple(folded.split(" "))
    return words, frozenset(words)


def _has(folded: str, *phrases: str) -> bool:
    """Whether a folded text contains one of the phrases as whole words."""
    if "\n" in folded:
        return _phrase_pattern(phrases).search(folded) is not None
    # The same as the pattern «(^| )(phrase)( |$)», word by word: a phrase is there when its words (split on
    # single spaces) are a run of the text's; read once through the text, not once per phrase.
    index = _phrase_index(phrases)
    words, present = _words_of(folded)
    if index.keys().isdisjoint(present):
        return False  # no phrase's first word in the text (most calls): nothing to read word by word
    for i, word in enumerate(words):
        group = index.get(word)
        if group is not None:
            for parts in group:
                if len(parts) == 1 or tuple(words[i:i + len(parts)]) == parts:
                    return True
    return False


GREETINGS = ("xin chao", "chao", "hello", "hi", "alo", "chao ban", "hey", "good morning", "chao buoi sang")
THANKS = ("cam on", "thank", "thanks", "tks", "thank you", "camon", "cam on nhieu")
HELP = ("help", "giup do", "huong dan", "tro giup", "lam duoc gi", "ban la ai", "bot la gi", "menu", "start",
        "biet gi", "hoi gi", "cach dung", "su dung")
COURSE_CUES = ("lop", "khoa hoc", "khoa", "tap huan", "boi duong", "huan luyen", "lich hoc", "lich tap huan", "khai giang",
               "dang ky", "ghi danh", "lop hoc", "hoc")
# Kinds of class the offices write besides «lớp»: a themed meeting («sinh hoạt chuyên đề», «chuyên đề trực tuyến»),
# a law talk held at a workplace («tuyên truyền pháp luật lao động tại Công ty …»). Read as a class asked only when
# the question's own words are found among the classes (see `_class_kind_asked`).
_CLASS_KINDS = re.compile(
    r"\b(?:sinh hoat|sh) (?:chuyen de|phap luat)\b|\bchuyen de\b"
    r"|\b(?:tuyen truyen|pho bien)\b(?: \w+){0,6}? (?:tai|o) (?:cong ty|cty|doanh nghiep|dn|benh vien|nha may"
    r"|xi nghiep|khu cong nghiep|kcn|khu che xuat|kcx|khu nha tro|nha tro)\b")
COUNT_CUES = ("bao nhieu", "may", "so luong", "tong so", "ty le", "ti le", "phan tram", "so lop", "so hoc vien",
              "so can bo", "luot", "con thieu", "bao xa")
TARGET_CUES = ("ke hoach", "chi tieu", "muc tieu", "tien do", "hoan thanh", "dat chi tieu", "vuot", "dat bao nhieu", "dat chua", "phan tram", "ke hoach dao tao",
               "so voi ke hoach", "con thieu", "bao xa")
# The cues above that name a plan or its progress. The rest (a share, «vượt», «hoàn thành», «còn thiếu») ask
# about a plan only of training or of a union, place or role named: «đi làm ngày lễ được trả bao nhiêu phần
# trăm lương», «phạt nguội vượt đèn đỏ bao nhiêu tiền», «lãi suất tiết kiệm bao nhiêu %» ask no plan's figures,
# nor does «người lao động làm thêm giờ … bao nhiêu phần trăm lương» (a role, but of pay, not of training).
# («phải bồi dưỡng / đào tạo / tập huấn bao nhiêu»: the figure a union must reach, a target.)
_PLAN_CUES = ("ke hoach", "chi tieu", "muc tieu", "tien do", "dat bao nhieu", "dat chua", "phai boi duong",
              "phai dao tao", "phai tap huan", "dat duoc bao nhieu")
_A_YEAR = re.compile(r"(?:^| )(?:nam (?:nay|ngoai|truoc|qua|sau|toi)|(?:19|20)\d\d)(?: |$)")
_REACHED_ENDS = re.compile(r"(?:^| )(?:duoc|dc) (?:bao nhieu|bn)(?: (?:a|ah|ak|ha|nhi|vay|the|ko|k|khong|roi|chua))*$")
DOC_CUES = ("van ban", "chuong trinh so", "chuong trinh hanh dong", "nghi quyet", "ke hoach so", "quyet dinh",
            "chuong trinh", "ban hanh", "cong van", "huong dan so")
PROGRESS_CUES = ("chi tieu", "dat", "hoan thanh", "tien do", "muc tieu", "phan tram", "vuot")
# Phrases that ask for a class to attend, not about classes that were held.
STRONG_COURSE_CUES = ("khoa hoc", "lop nao", "lop gi", "co lop", "khoa nao", "dang ky", "lich hoc", "khai giang",
                      "danh cho", "cho toi", "cho minh", "o dau", "khi nao", "bao gio", "sap", "lop sap", "mo lop nao",
                      "tim lop", "muon hoc", "lich hoc", "lich tap huan", "danh sach", "chi tiet lop",
                      "thong tin lop")
# «có lớp … nào», «những lớp nào»: which classes, asked of a period (a past one too).
_WHICH_CLASSES = ("lop nao", "lop gi", "nhung lop", "cac lop", "khoa nao", "lop tap huan nao", "lop boi duong nao")
FACT_QUESTION_CUES = ("ai", "vi sao", "tai sao", "the nao", "nhu the nao", "nhung gi", "noi dung gi", "hinh thuc nao",
                      "nhung noi dung", "ra sao", "thay doi", "ket qua", "hieu qua")
PAST_CUES = ("da to chuc", "da mo", "da co", "duoc to chuc", "duoc boi duong", "duoc tap huan", "duoc dao tao",
             "co duoc", "vi sao", "tai sao", "the nao", "nhu the nao", "ket qua",
             "cu can bo", "da cu", "ntn")
# What one asks about a class to attend: its seats, deadline, length, place, date, status.
COURSE_ASPECT_CUES = (
    "co hoc", "con cho", "bao nhieu cho", "may cho", "het cho", "con nhan", "han dang ky", "han chot", "han dk", "may ngay",
    "may hom", "bao nhieu ngay", "bao lau", "hoc may", "bat dau", "khai giang", "ket thuc", "o dau", "dia diem",
    "hoc o", "hoc tai", "khi nao", "bao gio", "ngay nao", "bi huy", "huy khong", "con mo", "gan nhat", "som nhat", "sap toi",
    "truc tuyen", "online", "hoc phi", "mat phi", "dang ky den", "phoi hop voi ai", "phoi hop voi don vi nao",
    "do ai phoi hop", "ai phoi hop", "don vi nao phoi hop", "ai to chuc", "don vi nao to chuc", "do ai to chuc",
    # «… là của đơn vị nào», «bên nào tổ chức»: the organiser asked, no word of the class's own («đơn vị» of a note
    # «Kinh phí do đơn vị tổ chức chi trả» would rank a class for it).
    "cua don vi nao", "ben nao to chuc",
    "nhan bao nhieu hoc vien", "nhan bao nhieu nguoi", "nhan bao nhieu", "keo dai", "tu ngay nao", "den ngay nao",
    "con dang ky", "dang ky duoc", "may gio", "luc may", "hoc thang may", "hoc quy may", "du kien thang may",
    "du kien quy may",
    # «lớp … quý mấy», «quý nào học»: the quarter a planned class is expected in, asked bare.
    "quy may", "quy nao",
    # «lớp … dự kiến khi nào / bao giờ học / tổ chức ngày nào»: when a planned class is expected, no word of its title.
    # («dự kiến mở bao nhiêu lớp» asks a plan's figure: no cue of a class's date.)
    "du kien khi nao", "du kien bao gio", "du kien ngay nao", "du kien luc nao", "du kien khai giang",
    "du kien bat dau",
    # How it is held: «học hình thức gì», «hình thức học ra sao», «học trực tiếp hay online».
    "hinh thuc gi", "hinh thuc hoc", "hoc hinh thuc", "hoc truc tiep", "truc tiep hay",
    # The software it is held on: «học qua phần mềm gì», «bằng nền tảng nào» (Zoom: its venue says it).
    "qua phan mem", "bang phan mem", "qua nen tang", "bang nen tang",
)
# A detail of one class asked (when, where, until when, how long), not which classes there are.
# The organiser of a class asked («ai tổ chức», «đơn vị nào tổ chức», «bên nào tổ chức»).
_ORGANISER_CUES = ("ai to chuc", "don vi nao to chuc", "do ai to chuc", "ben nao to chuc", "cua don vi nao")
_DETAIL_CUES = ("bat dau", "khai giang", "ket thuc", "o dau", "dia diem", "hoc o", "hoc tai", "khi nao", "bao gio",
                "ngay nao", "hom nao", "han dang ky", "han chot", "han dk", "may ngay", "bao lau", "keo dai")
# «đợt 2», «đợt hai»: a batch of a class.
_BATCH = re.compile(r"\bdot (?:\d+|mot|hai|ba|bon|tu|nam|i|ii|iii|iv)\b")
# «đợt hai», «đợt II» are the «đợt 2» of a title.
_BATCH_WORDS = {"mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4", "nam": "5", "i": "1", "ii": "2", "iii": "3",
                "iv": "4"}
# Between two batch numbers said together («đợt 1 và 2», «đợt 1, đợt 2», «đợt 1 hoặc 2»).
_BATCH_JOINS = frozenset({"dot", "va", "voi", "hoac", "hay", "lan", "cung", "ca"})


def _unbatched(tokens: Sequence[str]) -> tuple[str, ...]:
    """A title's words without its batch mark («… định kỳ (đợt 2)» -> «… định kỳ»): the batches of one class."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        if t == "dot" and i + 1 < len(tokens) and _BATCH_WORDS.get(tokens[i + 1], tokens[i + 1]).isdigit():
            continue
        if i and tokens[i - 1] == "dot" and _BATCH_WORDS.get(t, t).isdigit():
            continue
        out.append(t)
    return tuple(out)


# «kcn đn», «KCX TN», «khu kinh tế qn»: a zone's name before a code that two provinces share.
_ZONE_CODE = re.compile(r"(?i)(?<!\w)(kcn|kcx|kkt|khu (?:công nghiệp|cong nghiep|chế xuất|che xuat|kinh tế|kinh te))"
                        r"(\s+)(\w{2})(?!\w)")


def _code_by_profile(slots: Slots, profile: Profile | None) -> Slots:
    """A code two provinces share («tn»: Thái Nguyên or Tây Ninh; «qn») from an asker whose profile is in one of
    them is that one: a chair abbreviates the province they work in (otherwise the data decides, as either)."""
    if profile is None or not profile.province or len(slots.provinces) < 2:
        return slots
    mine = same_area_keys(profile.province)
    for kind, phrase in slots.phrases:
        names = PLACE_CODES.get(phrase[len(PLACE_CODE_MARK):], ()) if kind == "place" and phrase.startswith(
            PLACE_CODE_MARK) else ()
        if len(names) < 2:
            continue
        keep = [n for n in names if area_key(n) in mine]
        if keep:
            drop = set(names) - set(keep)
            return dataclasses.replace(slots, provinces=tuple(p for p in slots.provinces if p not in drop))
    return slots


def _batches_named(tokens: Sequence[str]) -> set[str]:
    """Every batch number a question names, wherever it stands («đợt 1 … còn đợt 2»)."""
    return {str(int(_BATCH_WORDS.get(b, b))) for a, b in itertools.pairwise(tokens)
            if a == "dot" and _BATCH_WORDS.get(b, b).isdigit() and len(_BATCH_WORDS.get(b, b)) <= 2}


def batches_asked(tokens: Sequence[str]) -> list[str]:
    """The batch numbers a question names together («đợt 1 đợt 2», «đợt 1 và 2», «đợt I, II»), as numbers:
    each is a batch asked, not words every class must say."""
    for i, t in enumerate(tokens[:-1]):
        if t != "dot":
            continue
        out: list[str] = []
        for tok in tokens[i + 1:]:
            num = _BATCH_WORDS.get(tok, tok)
            if num.isdigit() and len(num) <= 2:
                out.append(str(int(num)))
            elif tok not in _BATCH_JOINS or not out:
                break
        if out:
            return list(dict.fromkeys(out))
    return []


# «Mình là CT CĐCS cty …», «em làm kế toán ở …»: the asker introducing themselves (their union is not the class's).
_SELF_INTRO = re.compile(r"\b(?:minh|em|e|toi|tui|anh|chi) (?:la|lam|dang lam|moi len lam|o)\b")
# A ward, commune or special zone said by its head word («phường Bạc Liêu», «xã Đức Hòa», «đặc khu Phú Quốc»).
_LOCAL_HEAD = re.compile(r"(?:phuong|xa|dac khu|thi tran) \w")
# «lớp … nào còn hạn đăng ký», «còn nhận đăng ký không»: the classes one may still register for.
# «còn lớp ATVSLĐ nào đăng ký được không», «lớp nào còn đk đc»: the classes still taking registrations, the word
# «còn» before the class words as often as after them.
_OPEN_ASKED = re.compile(r"\bcon (?:han|nhan|mo) (?:dang ky|dang ki|dk|ghi danh)\b|\bcon (?:dang ky|dang ki|dk) (?:duoc|dc)\b"
                         r"|\bcon (?:lop|khoa)(?: \w+){0,8}? nao (?:con )?(?:dang ky|dang ki|dk) (?:duoc|dc)\b"
                         r"|\b(?:lop|khoa) nao (?:con )?(?:dang ky|dang ki|dk) (?:duoc|dc)\b"
                         rf"|{WHICH_OPEN}")
# «lớp nào sắp hết hạn đăng ký», «hạn đăng ký sắp hết», «sắp đóng đăng ký»: the deadlines still ahead, nearest
# first.
# «lớp nào hết hạn đăng ký rồi», «những lớp đã quá hạn đăng ký»: the classes whose registration has closed.
_PASSED_ASKED = re.compile(r"\b(?:da (?:het|qua) han|(?:het|qua) han (?:dang ky |dang ki |dk )?roi)\b")
_CLOSING_ASKED = re.compile(r"\bsap (?:het han|(?:dong|khoa|ket thuc|het) (?:dang ky|dang ki|dk|ghi danh))\b"
                            r"|\bhan (?:chot )?(?:dang ky |dang ki |dk |ghi danh )?(?:sap|gan|con it|con vai)\b")
# Targets of two unions whose relevance differs by less than this fit the words alike (unless the question
# says a word of the best one's own name, «EVNCPC»).
_TIED_PLANS = 0.05
# How many unions of a kind asked with no place («các KCN») a reply asking which one lists.
_KIND_PLANS_LISTED = 6
# How much less a target of this year's plan may fit the words than the best one and still be shown first.
_CURRENT_PLAN_MARGIN = 0.15
# Words of every union's name, which name none in particular («ATVSLĐ» is «… lao động» too).
_UNION_KIND_WORDS = frozenset(
    ["cong", "doan", "lien", "lao", "dong", "tinh", "thanh", "pho", "huyen", "quan", "xa", "phuong", "cac", "va", "che", "xuat", "khu", "kcn", "nghiep", "kkt", "nganh", "co", "so", "cdcs", "ldld", "cd", "tong", "ty", "viet", "nam", "truong", "kinh", "te"])


def _union_name_words(item: Item) -> set[str]:
    """The words of a target's union name, and those of its code naming the union («CT-EVNCPC-2026»)."""
    rec = item.rec
    if not isinstance(rec, TargetRec):
        return set()
    coded = {t for t in fold_tokens(rec.code) if len(t) >= 3 and not t.isdigit()}
    return set(fold_tokens(rec.organisation_name)) | coded
# «đăng ký trước ngày nào», «đăng ký đến bao giờ» ask for the deadline as «hạn đăng ký» does: no wish to register.
_DEADLINE = re.compile(r"\bhan (?:chot )?(?:dang ky|dang ki|ghi danh)\b|\b(?:dang ky|dang ki|dk|ghi danh) (?:truoc|den|cham nhat)"
                       r" (?:ngay nao|bao gio|khi nao|hom nao|ngay may)\b")
CANCEL_CUES = (*CALLED_OFF_CUES, "con to chuc")
# The asker's own sector («ngành mình», «ngành của em», «trong ngành tôi»).
# The asker's own unit or union («đơn vị mình», «cơ quan em», «CĐCS của tôi»), not their province.
_MY_UNIT_NAMED = re.compile(r"\b(?:don vi|co quan|cong doan co so|cong doan|co so) (?:cua )?"
                            r"(?:minh|toi|em|chung toi|chung em)\b")
_MY_SECTOR = re.compile(r"\bnganh (?:cua )?(?:minh|toi|em|chung toi|chung em|nha)\b")
# «lớp … tiếp theo», «đợt tới», «học lại hôm nào»: the next class or the date a class put off is held again.
_NEXT_CLASS_CUES = ("tiep theo", "dot toi", "dot tiep", "dot sau", "hoc lai", "to chuc lai", "mo lai", "ngay hoc",
                    "co lich",
                    # «bị dời», «dời sang hôm nào»: a class moved to another day
                    "bi doi", "doi sang", "doi lai", "doi ngay")
# Words that only say where a class is asked for («trong tỉnh», «bên Ninh Bình»): no subject of it.
_AREA_KIND_WORDS = frozenset({"huyen", "tinh", "xa", "phuong", "quan", "thanh", "thi"})
# «lịch thế nào», «lịch học ra sao»: the classes' dates asked, not how something went.
_SCHEDULE_ASKED = re.compile(r"\bda co (?:ngay|lich|thoi gian|dia diem)\b"
                             r"|\blich(?: hoc| tap huan| to chuc| khai giang| cu the)? (?:the nao|nhu the nao|ra sao|ntn|sao)\b")
# What the asker says around a class asked after: what was heard and is checked («nghe nói lớp … bị lùi, đúng
# không»), what they no longer see («sao em không thấy lớp … nữa, hủy rồi hả»), «còn kịp không», and why they
# ask («em lỡ mất rồi», «em ở xa không đi được», «đi lại khó»): how they came to ask, no subject of the class.
_ASIDES = ("nghe noi", "nghe bao", "nghe dau", "nghe phong thanh", "phai khong", "dung khong", "dung chua", "co dung",
           "khong thay", "chua thay", "sao em", "sao e", "sao minh", "sao toi", "roi ha", "roi a", "roi ah",
           "con kip", "kip khong", "lo mat", "bo lo",
           "o xa", "khong di duoc", "khong the di", "di lai", "di hoc",
           # «có lớp nào … để cử người đi không»: whom the union sends, no word of a class.
           "de cu nguoi di", "cu nguoi di", "de cu nguoi", "cu can bo di", "de cu di",
           # «lớp buổi tối cho người đi làm ca ngày»: why the asker wants the evening, no word of a class.
           "cho nguoi di lam", "nguoi di lam", "di lam ca ngay", "lam ca ngay", "di lam ca", "ban ngay di lam",
           "ban ngay phai di lam", "ban ngay ban",
           # «tôi ở xã Yên Phong, quanh đây có lớp nào»: near where the asker said, no word of a class.
           "quanh day", "xung quanh day", "quanh khu nay", "gan khu nay")
# A greeting or the bot addressed («chào bạn», «ad ơi») neither.
_PLACE_FILLERS = frozenset({"trong", "tren", "ben", "o", "tai", "khu", "vuc", "chao", "ban", "ad", "admin"})
# «lớp … còn học không», «có học không», «vẫn mở chứ»: whether a class still takes place, which a cancelled
# class answers too (with its status), so those are searched as well.
# «học chưa», «đã kết thúc chưa», «học xong rồi à»: whether a class has already taken place, which a class just
# ended answers (with its status) as much as the next one.
_DONE_ASKED = re.compile(r"\b(?:hoc|ket thuc|xong|hoc xong|dien ra|to chuc|khai giang|be giang)"
                         r" (?:chua|roi a|roi phai khong|roi chu|roi ha)\b")
# «lớp an toàn lao động của LĐLĐ Khánh Hòa đã tổ chức chưa»: whether one class has been held, asked of a class
# named before it; its «đã tổ chức» is the class's state, no past the articles tell of («đã tổ chức bao nhiêu lớp»).
_CLASS_STATE_ASKED = re.compile(r"\b(?:lop|khoa)\b(?: \w+){0,14}? ((?:da |duoc )?(?:hoc|ket thuc|xong|hoc xong|dien ra"
                                r"|to chuc|khai giang|be giang) (?:chua|roi a|roi phai khong|roi chu|roi ha))\b")
# The longest period under way whose classes held already answer a question of it («lớp tháng 11» asked on 23/11);
# a year under way («năm nay cần cử người đi học») asks for the classes still to come.
MONTH_AT_MOST = dt.timedelta(days=31)
# «em muốn đăng ký lớp … ở phường X, còn kịp không», «… còn học không»: one class the asker heard of is sought
# (to join it), not a list; the class of the ward or commune named answers even when it is over.
_ONE_CLASS_SOUGHT = re.compile(r"\b(?:dang ky|dang ki|ghi danh|con kip|kip khong|con hoc|hoc xong)\b")
# How far back a class that has ended is still what «đã học chưa» asks about.
RECENTLY_ENDED = dt.timedelta(days=60)
# «lớp nào đã kết thúc», «lop nao da xong roi», «các lớp đã học xong»: a list of the classes already held (not
# whether one class has been, which ends in «chưa»: `_DONE_ASKED`).
_ENDED_LISTED = re.compile(
    r"\b(?:lop|khoa|khoa hoc)\b(?: \w+){0,8}? (?:nao|gi) (?:da |vua |moi )?(?:ket thuc|xong|hoc xong|to chuc xong"
    r"|hoan thanh|be giang)\b(?! chua\b)"
    r"|\b(?:cac|nhung|danh sach(?: cac)?) (?:lop|khoa|khoa hoc)\b(?: \w+){0,8}? (?:da |vua )?(?:ket thuc|xong"
    r"|hoc xong|to chuc xong|be giang)\b(?! chua\b)")
_ENDED_WORDS = frozenset({"da", "vua", "moi", "ket", "thuc", "xong", "roi", "hoan", "thanh", "be", "giang", "to",
                          "chuc", "hoc"})
# How many classes elsewhere are offered when the place asked holds none.
NEAREST_ELSEWHERE = 3
# «Liên đoàn Lao động huyện Mê Linh», «Công đoàn phường Hồng Châu»: the place a union below a province is of.
_UNION_PLACE = re.compile(r"^(?:Liên đoàn Lao động|LĐLĐ|Công đoàn)\s+((?:huyện|quận|thị xã|thành phố|thị trấn|xã|"
                          r"phường|đặc khu)\s+\S.*)$")
# How far back the classes held are listed for such a question (about a quarter: what a chair still recalls).
ENDED_LISTED_BACK = dt.timedelta(days=92)
# How far back a class held already is looked for when a detail of the class of a place named is asked and the
# place has no such class to come (a plan's year).
HELD_EARLIER = dt.timedelta(days=365)
_STATUS_ASKED = re.compile(r"\b(?:con|co|van|co con|van con) (?:hoc|mo|to chuc|dien ra|hoc duoc)(?: nua)?"
                           r" (?:khong|chua|chu|a)\b"
                           # «sao không thấy lớp … nữa», «chẳng thấy lớp … đâu»: a class the asker saw listed and
                           # misses now, called off or put off.
                           r"|\b(?:khong|chang|ko|k) (?:con )?thay (?:lop|khoa)\b(?: \w+){0,10}? (?:nua|dau)\b"
                           r"|\b(?:lop|khoa)\b(?: \w+){0,10}? (?:khong|chang|ko|k) (?:con )?thay (?:nua|dau)\b"
                           # A refund asked («có hoàn lại học phí không»: «hoàn» told apart, see text.hoan_apart) is
                           # of a class called off: those are searched too.
                           r"|\b(?:hoanf|hoan tra|tra lai) (?:lai )?(?:hoc phi|kinh phi|tien|phi)\b")
# «kế hoạch số mấy», «nghị quyết … là số bao nhiêu»: which number a document bears, asked of a document word said
# before it («tổng số bao nhiêu» counts).
_NUMBER_ASKED = re.compile(r"\b(?:ke hoach|nghi quyet|van ban|quyet dinh|cong van|chuong trinh|huong dan|thong bao"
                           r"|chi thi|thong tu)(?: \w+){0,12}(?<!tong) so (?:may|bao nhieu|bn)\b"
                           # «… học T7 là lớp mấy», «là đợt số mấy»: which class (its number), not how many.
                           r"|\bla (?:lop|khoa|dot) (?:so )?(?:may|bn)$")
_COUNTED = frozenset({"lop", "khoa", "ngay", "buoi", "nguoi", "luot", "dot"})
_GRASSROOTS = re.compile(r"\b(?:cong doan|cd|don vi) co so\b")
# «mấy giờ», «tháng mấy», «quý mấy» ask when, not how many.
_ASPECT_COUNTS = re.compile(r"\b(?:(?:bao nhieu|may) (?:cho|ngay|hom|buoi|tuan|slot|suat|tiet|gio)"
                            r"|(?:thang|quy|thu|ngay|hom|dot) may"
                            r"|nhan bao nhieu(?: hoc vien| nguoi| can bo)?)\b")
# What asks who wrote an article («ai viết bài …», «tác giả là ai»).
# A sum to work out («15 x 23 = bn»): no question about training, whatever figure of an article it shares.
_ARITHMETIC = re.compile(r"^\s*\d[\d.,]*(?:\s*[x×*+\-:]\s*\d[\d.,]*)+\s*(?:=|bang)?\s*(?:bao nhieu|bn|may|\?)*\s*$")
# Weather and disasters, read with their diacritics («bão» is no «bao nhiêu»): small talk unless the message also
# says a word of training or of the union in full («bão số mấy sắp vào KH» is no plan: «KH» is Khánh Hòa there).
_WEATHER = re.compile(r"\b(?:bão|áp thấp nhiệt đới|thời tiết|mưa|nắng nóng|nhiệt độ|động đất|lũ quét|gió mùa)\b")

# Online platforms a class's venue or note names («Trực tuyến qua Zoom», «MS Teams», «Google Meet»), folded.
_PLATFORMS = ("zoom", "teams", "meet")


def _on_platform(folded: str, courses: Sequence[CourseRec]) -> tuple[str, ...]:
    """Of the classes found, those held on the platform the question names («các lớp học qua Zoom»: their venue or
    note says Zoom), when some but not all are: the reply lists them first as the classes that fit the question."""
    named = [w for w in _PLATFORMS if re.search(rf"\b{w}\b", folded)]
    if not named or len(courses) < 2:
        return ()
    on = tuple(c.code for c in courses
               if any(re.search(rf"\b{w}\b", fold(f"{c.venue or ''} {c.description}")) for w in named))
    return on if 0 < len(on) < len(courses) else ()


def aside_of_its_own(question: str) -> bool:
    """A sum to work out or the weather («thời tiết Hà Nội hôm nay thế nào»): off-topic whatever place or period
    it names, so never «the same question» asked there after an answer."""
    typed = fold(question)  # as typed: no abbreviation expanded
    return bool(_ARITHMETIC.match(typed) or (_WEATHER.search(unicodedata.normalize("NFC", question).lower())
                                            and not _has(typed, *TRAINING_WORDS, *DOMAIN)))


_AUTHOR_CUES = ("viet bai", "bai viet", "tac gia", "ai viet", "nguoi viet")
# An article named as where something is said («trong bài viết …», «theo bài báo»), and what asks about the
# article itself instead (who wrote it, where and when it was printed).
_IN_THE_ARTICLE = ("trong bai viet", "trong bai bao", "trong bai", "theo bai viet", "theo bai bao", "theo bai",
                   "bai viet", "bai bao")
_ABOUT_THE_ARTICLE = ("tac gia", "ai viet", "nguoi viet", "viet boi", "dang ngay", "dang tren", "dang o", "bao nao",
                      "ngay dang", "dang bao", "dang luc")
# Words that ask for a plan's figures, whatever else the question says.
TARGET_WORDS = ("chi tieu", "ke hoach", "dat chi tieu", "hoan thanh", "muc tieu", "tien do", "vuot")
# Words of training, classes, plans and their documents: a question with none of them is not about training.
TRAINING_WORDS = (
    "lop", "khoa hoc", "khoa", "hoc", "tap huan", "boi duong", "dao tao", "huan luyen", "giang vien", "giang day",
    "hoc vien", "ky nang", "nghiep vu", "trinh do", "nang cao", "ly luan", "chuyen mon", "bang", "chung chi",
    "chuan hoa", "chi tieu", "ke hoach", "muc tieu", "tien do", "chuong trinh", "nghi quyet", "van ban",
    "quyet dinh", "cong van", "dang ky", "ghi danh", "khai giang", "lich", "cu can bo", "cu di",
)
# How one asks about doing the union's own work (admitting members, dues, gifts, benefits, procedures), not
# about training for it.
UNION_WORK_CUES = (
    "cong tac", "thu tuc", "quy trinh", "ho so", "cach", "lam sao", "lam the nao", "nhu the nao", "the nao",
    "ra sao", "che do", "duoc huong", "ho tro", "tham hoi", "qua tet", "tang qua", "qua tang", "om dau",
    "thai san", "tro cap", "phu cap", "muc dong", "dong", "ket nap", "bau", "khen thuong", "ky luat",
    "giai quyet", "o dau",
)
# How to register, asked: «đăng ký lớp thế nào», «làm sao để đăng ký», «ko bik dk ntn», «cách đăng ký học».
_REGISTER_HOW = re.compile(
    r"\b(?:dang ky|dang ki|dk)\b(?: \w+){0,3}? (?:the nao|nhu the nao|ntn|ra sao|lam sao|sao a|o dau|bang cach nao)\b"
    r"|\b(?:lam sao|lam the nao|cach|huong dan|chi)(?: \w+){0,2}? (?:de )?(?:dang ky|dang ki|dk)\b")
# The words of such a question: any other («học lái xe ô tô, đăng ký ở đâu») says what is to be learnt.
_REGISTER_HOW_WORDS = frozenset({
    "dang", "ky", "ki", "dk", "lop", "hoc", "khoa", "tap", "huan", "lam", "sao", "de", "cach",
    "huong", "dan", "chi", "dau", "o", "nao", "the", "nhu", "ra", "bang", "biet", "bik", "bit", "khong", "ko",
    "k", "can", "muon", "phai", "thu", "tuc", "gi"})
# A class pointed at («lớp này», «lớp đó», «cái thứ 2»): registering for it, not how registering works.
_THIS_ONE = re.compile(r"\b(?:nay|do|kia|tren|vua roi|thu \w+|dau tien|cuoi)\b")
REGISTER_CUES = ("dang ky", "dang ki", "ghi danh", "dang ky hoc", "xin hoc", "muon hoc")
DOMAIN = (
    "cong doan", "can bo", "doan vien", "lop", "khoa hoc", "tap huan", "boi duong", "dao tao", "huan luyen",
    "chi tieu", "ke hoach", "chuong trinh", "nghi quyet", "hoc vien", "giang vien", "dang ky", "lien doan",
    "nguoi lao dong", "nghiep vu", "ky nang", "hoc", "lao dong", "chu tich", "truong trung cap", "van ban",
    "trinh do", "ky nang nghe",
    # A foreign language or computing level reached («đạt ngoại ngữ bậc 3») is a qualification, as «trình độ» is.
    "ngoai ngu", "tin hoc",
)
# A person named in a statement: a title, then two or more capitalised words («Phó Chủ tịch … Phạm Bá Vĩnh»).
# Capitalised words that begin a union's, a body's or a document's name are no person's («Chủ tịch hoặc Phó Chủ
# tịch LĐLĐ huyện, thành phố, Công đoàn ngành» names nobody).
_NOT_A_NAME = r"(?!(?:Công|Liên|Ban|Tổng|Trường|Trung|Ủy|Thành|Huyện|Tỉnh|Đảng|Nhà|Hội|Sở|Chương|Nghị|Kế|Luật|Đại|Việt|Mặt|Thủ)\b)"
_PERSON = re.compile(r"\b(?:ông|bà|đồng chí|Chủ tịch|Phó Chủ tịch|Giám đốc|Trưởng ban|Hiệu trưởng)\b[^.;]{0,60}?"
                     rf"\b{_NOT_A_NAME}[A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+(?: [A-ZĐ][a-zà-ỹ]+)?")
_RAW_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A title beside a name, before it («ông Hoàng Văn Dũng», «Đ/c Trần Thị Kim Anh») or after it («Lục Bích Phúc,
# Phó Chủ tịch …»): the name is a person's.
_TITLE_BEFORE = re.compile(r"\b(?:ông|bà|anh|chị|đồng chí|Đ/c|Chủ tịch|Phó Chủ tịch|Trưởng ban|Giám đốc|Hiệu trưởng"
                           r"|Ủy viên|thường vụ)\b[^.;]{0,60}$", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"^,? ?(?:Chủ tịch|Phó Chủ tịch|Trưởng ban|Giám đốc|Hiệu trưởng|Ủy viên)\b", re.IGNORECASE)
_SECOND_READING = re.compile(r"(?<!\w)(?:" + "|".join(SECOND_READINGS) + r")(?!\w)", re.IGNORECASE)
_NAME = re.compile(r"\b[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][a-zà-ỹđ]+(?: [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][a-zà-ỹđ]+){2,}")
# A former province placed in today's one: «(tỉnh) X cũ giờ thuộc Y», «X cũ nay là Y», «cũ đã sáp nhập vào Y».
_MERGED_INTO = re.compile(r"\bcu (?:(?:gio|nay|bay gio|hien nay|hien gio) )?(?:(?:da|duoc) )?"
                          r"(?:thuoc|la|ve|sap nhap (?:vao|voi)|nhap (?:vao|voi))\b")
_DOMAIN_WORDS = frozenset(w for phrase in DOMAIN for w in phrase.split())
# Said by the time slot; as search words they would only add noise.
# Words a period opens with («trong quý 1», «trong tháng 12», «trong nửa đầu năm»): «trong» before one says when,
# not what a class is about.
_PERIOD_HEADS = frozenset({"quy", "thang", "tuan", "nam", "ngay", "nua", "dau", "cuoi", "giua", "dot", "hom", "dip"})
# «có (mở) lớp … nào», «có khóa … nào không»: which classes there are.
_WHICH_CLASS_ASKED = re.compile(r"\bco (?:mo |to chuc )?(?:lop|khoa)\b(?: [a-z]+){0,8} nao\b")
# Whether there are classes, or which: «có lớp … nào / gì / không / chưa», «(những) lớp nào», «lớp … sắp mở».
# The class is what is asked for (none may exist), not something an article reports of one («mở lớp theo những
# hình thức nào», «lớp … học kỹ năng gì» ask about a class held).
_CLASSES_WANTED = re.compile(r"\bco (?:mo |to chuc )?(?:lop|khoa)\b(?: [a-z]+){0,8} (?:nao|gi|khong|ko|chua)\b"
                             r"|\b(?:lop|khoa) (?:nao|gi)\b|\b(?:lop|khoa)\b(?: [a-z]+){0,8} sap (?:mo|toi|khai giang)\b")
# The next class asked for («sắp tới», «tiếp theo», «gần nhất»).
# A class's opening asked («khai giảng», «khai mạc», «bắt đầu»), not whether it is held.
_OPENING_CUES = ("khai giang", "khai mac", "bat dau")
_NEXT_CUES = ("sap toi", "tiep theo", "gan nhat", "som nhat", "sap mo", "sap dien ra", "sap khai giang")
# «đang mở lớp … nào»: the classes open now, the next one first (as «sắp tới»), for the audience asked.
_OPEN_NOW_CUES = ("dang mo lop", "dang mo khoa")
# «hiện nay», «bây giờ», «hiện Lạng Sơn có lớp …», «giờ có lớp nào …» (folded): now, which a list of classes to come
# is anyway; no word a class says.
_NOW_CUES = ("hien nay", "hien tai", "hien gio", "bay gio", "luc nay", "hien dang", "hien co")


def _now_positions(tokens: Sequence[str]) -> frozenset[int]:
    """Positions of the words that say «now» in a class question: the phrases above, and «hiện», «giờ» opening
    it («Hiện Lạng Sơn có lớp …», «Giờ có lớp nào …»; a «giờ» elsewhere is an hour)."""
    found = _phrase_positions(tokens, _NOW_CUES)
    # After the polite opening («cho em hỏi hiện Lạng Sơn có lớp …», «ad ơi giờ có lớp nào …»), as at the start;
    # a name after a bare address stays a name («chị Hiền»).
    start = 0
    while start < min(len(tokens), 8) and tokens[start] in _OPENING_WORDS:
        start += 1
    if start and not {"hoi", "oi", "chao", "da"} & set(tokens[:start]):
        start = 0
    first, second = [*tokens[start:start + 2], "", ""][:2]
    if first == "hien" or (first == "gio" and second in ("co", "thi", "dang")):
        found |= {start}
    return found
# The lexicon's words that are no Vietnamese syllable («online», «offline», «blended»): a slip of one of them
# («onine», «oline», «onlne») is that word wherever it stands, for no syllable is one letter from it.
_LOAN_TERMS = {s: t.key for t in (*TOPICS, *ROLES, *FORMATS) for s in t.synonyms
               if " " not in s and len(s) >= 5 and not is_syllable(s)}
# How a Vietnamese syllable opens (folded): a consonant or one of the digraphs, then a vowel; «htinh», «tbinh»,
# «dnong» are codes the data writes, never a word typed.
_SYLLABLE_ONSET = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]")
# Below this a record shares too little with a question to answer it in another record's stead.
_WEAK_RECORD = 0.38
# Below this share of a question's word weight, an article's fact that names nothing the question asks about (a
# figure, a document, a person) does not answer it. (A plan's target is read by its fields: «NC», «CT» of a row.)
_LEAST_SAID = 0.35
# Verbs «lại» (again) follows in a question about a class put off or held again («học lại», «mở lại»).
_AGAIN_AFTER = frozenset({"hoc", "mo", "chuc", "ky", "hoi", "giang", "ra", "dau", "day", "lam", "xep", "len"})


def _again_positions(toks: Sequence[str], norm: Norm | None = None) -> set[int]:
    """Where «lại» follows such a verb: it ranks no class («học lại hôm nào», «mở lại»), nor is it a word the
    classes found must say (else a class put off, asked again, is answered by none)."""
    if norm is not None and not _again_typed(norm):
        return set()
    return {i for i, t in enumerate(toks) if t == "lai" and i and toks[i - 1] in _AGAIN_AFTER}


def _again_typed(norm: Norm) -> bool:
    """Whether a «lai» of the question may be «lại» (again): typed with its marks, a question says «lái» (drive),
    «lãi» (interest), «lai» of «tương lai» as written; only «lại», or «lai» typed bare, is again."""
    if not norm.had_diacritics:
        return True
    return any(w in ("lại", "lai") for w in _RAW_WORD.findall(unicodedata.normalize("NFC", norm.text.lower())))


def _next_class_cues(norm: Norm) -> tuple[str, ...]:
    """The ways of asking for the next class or one held again, without those of «lại» when none was typed
    («học lái xe» is no «học lại»)."""
    if _again_typed(norm):
        return _NEXT_CLASS_CUES
    return tuple(c for c in _NEXT_CLASS_CUES if not c.endswith(" lai"))


TIME_WORDS = frozenset({"hom", "nay", "nam", "thang", "tuan", "ngay", "mai", "sau", "ngoai", "qua", "gan", "day"})
QUESTION_WORDS = frozenset({"gi", "nao", "sao", "dau", "khong", "bao", "may", "ai", "chua", "nhieu"})
# Topics that only unions talk about; "kiểm tra", "tài chính" or "an toàn" alone could be anything.
UNION_TOPICS = frozenset({"thuong_luong", "tranh_chap", "nu_cong", "phat_trien_doan_vien", "giang_day", "nghiep_vu"})
# «nghiệp vụ» is in the title of classes on every topic: it does not find a topic word for word.
GENERIC_TOPIC_PHRASES = frozenset(" ".join(index_tokens(s)) for t in TOPICS if t.key == "nghiep_vu"
                                  for s in (t.label, *t.synonyms))
# How chairs ask (the words around what they ask about): typos of these are corrected like the data's words.
_CUE_PHRASES = (
    *STRONG_COURSE_CUES, *COURSE_ASPECT_CUES, *COUNT_CUES, *REGISTER_CUES, *PROGRESS_CUES,
    "khi nao", "bao gio", "ngay nao", "o dau", "lop nao", "co lop", "co khong", "khong a", "nao khong",
    "thang sau", "nam sau", "nam nay", "nam ngoai", "sap toi", "hoc o", "hoc khi", "tinh minh", "cho minh",
    "mo lop", "nhung lop", "lop gi", "gi khong", "bao nhieu", "dang ky", "nhu the", "the nao", "bi huy",
    "vua roi", "vua qua", "thang truoc", "tuan truoc", "hom qua",
    # asking for the rest of what was shown («chi tiết», «thông tin thêm»): «chi tiết» is no typo of «chỉ tiêu»
    "chi tiet", "xem chi tiet", "thong tin them",
    # asking which body («đơn vị nào», «những cơ quan nào»): the body is the answer, not a word to find
    "don vi nao", "co quan nao", "nhung don vi", "nhung co quan",
    # where: «ở chỗ nào», «học chỗ nào»
    "o cho nao", "cho nao",
)
_GREETING_WORDS = frozenset(w for p in GREETINGS for w in p.split())
_CUE_WORDS = frozenset(w for p in _CUE_PHRASES for w in p.split())
# The union's words and the ways of asking, as phrases: what a question says around what it is about.
_ASKING_PHRASES = tuple(dict.fromkeys((*DOMAIN, *KIND_PHRASES, *_CUE_PHRASES, *TARGET_CUES,
                                       # what is done with classes and plans, whatever they are about
                                       "du kien", "mo", "to chuc", "tham gia", "trien khai", "thuc hien")))
# Words that say nothing of what is asked about: cues, question words, periods, stop words.
_WEAK_WORDS = COURSE_GENERIC | QUESTION_WORDS | TIME_WORDS | STOP_FOLDED
# Each topic's ways of saying it («đoàn phí», «kinh phí công đoàn» for tài chính), folded, and the topic
# each says; the catch-all «nghiệp vụ» is said of every topic and so says none.
_TOPIC_WORDINGS: dict[str, list[list[str]]] = {
    t.key: [index_tokens(x) for x in (t.label, *t.synonyms) if index_tokens(x)] for t in TOPICS if t.key != "nghiep_vu"
}
_TOPIC_OF_PHRASE = {" ".join(w): key for key, ws in _TOPIC_WORDINGS.items() for w in ws}
# What the union's questions say whatever they ask about (see `QAEngine._unsaid_by_record`).
_GENERIC_PHRASES = tuple(dict.fromkeys((
    *DOMAIN, *COURSE_CUES, *TARGET_CUES, *DOC_CUES, *COUNT_CUES, *_CUE_PHRASES, *FACT_QUESTION_CUES, *PAST_CUES,
    "cong doan co so", "co so", "tham gia", "tham du",
    "thanh pho", "tinh", "huyen", "nam", "thang", "hien nay", "bay gio", "hien tai", "cac cap",
    # How reports and plans are asked about, whatever the matter: doing («triển khai», «thực hiện», «mở»,
    # «giao», «đạt»), planning («dự kiến»), naming («tên là gì», «nội dung», «công tác»), counting people.
    "trien khai", "thuc hien", "to chuc", "mo", "giao", "du kien", "ten", "noi dung", "cong tac", "ket qua",
    "nguoi", "luot", "tat ca", "tong cong", "khac", "noi", "het", "so lieu", "con so",
    # Training in other words: learning, raising one's level, sending cadres to classes.
    "hoc tap", "nang cao", "nang cao trinh do", "trinh do", "gui", "cu", "di hoc",
    # How a detail of a record is asked for, whatever the record: what it belongs to («thuộc tỉnh nào»), what
    # it is made of («bao gồm»), someone's post («chức danh gì»), a figure exactly, in round
    # thousands («5 nghìn») or as a rise, the article it is in («trong bài viết»).
    "thuoc huyen", "thuoc tinh", "thuoc thanh pho", "thuoc xa", "thuoc phuong", "truc thuoc", "bao gom", "gom nhung", "gom cac",
    "nhung mang", "cac mang", "mang nao", "giu chuc vu", "chuc vu", "chuc danh", "chinh xac", "cu the",
    "nghin", "ngan", "trieu", "tang", "giam", "bai viet", "bai bao",
    # Hearsay opening the question («tôi nghe nói Lạng Sơn có …», «nghe đâu …»): how the asker came to ask.
    "nghe noi", "nghe dau",
)))
# What «cả» (the whole) is said of in a plan's figures: a year, a term, a month, a quarter, a stage, a course.
_PERIOD_HEADS = frozenset({"nam", "nhiem", "thang", "quy", "giai", "khoa", "dot", "tuan"})
_PLAIN_WORDS = STOP_FOLDED | QUESTION_WORDS | TIME_WORDS | frozenset(
    {"co", "so", "lop", "hoc", "khoa", "duoc", "ve", "de", "tu", "trong", "sau", "truoc", "nhieu", "it", "theo",
     "bang", "boi"})
# What classes on any matter are called: no evidence of what a class question asks about.
_CLASS_GENERIC_PHRASES = ("ky nang", "kien thuc", "nghiep vu", "chuyen mon", "can bo", "doan vien", "huong dan",
                          "nguoi lao dong", "cong nhan", "hoc vien")
# How people say what they do («tôi làm ủy viên UBKT»): no subject of a class.
_MY_JOB = ("toi lam", "minh lam", "em lam", "dang lam", "lam nghe")
MY_PLACE = ("tinh minh", "tinh toi", "tinh em", "tinh nha", "cua minh", "cua toi", "ben minh", "cho minh",
            "don vi minh", "dia phuong minh", "o minh", "thanh pho minh",
            # The same said as «em», «tôi»: «địa phương em», «đơn vị tôi», «thành phố em».
            "dia phuong em", "dia phuong toi", "don vi em", "don vi toi", "thanh pho em", "thanh pho toi",
            # And as chat shortens «em» («tỉnh e», «đơn vị e») or the South says «tôi» («tỉnh tui», «bên tui»).
            "tinh e", "tinh tui", "don vi e", "don vi tui", "dia phuong e", "dia phuong tui", "thanh pho e",
            "thanh pho tui", "ben tui",
            # The asker's own province's federation («LĐLĐ tỉnh mình»): its words name no class.
            *(f"{u} {p} {w}" for u in ("lien doan lao dong", "cong doan") for p in ("tinh", "thanh pho")
              for w in ("minh", "em", "toi", "nha")))
# The asker's own workplace asked about («đơn vị mình», «cơ quan em», «bệnh viện mình»): a workplace the asker
# names introducing themselves is then what the question is about, not who asks.
_OWN_WORKPLACE = re.compile(r"\b(?:don vi|" + "|".join(" ".join(w) for w in WORKPLACE_HEADS)
                            + r")(?: cua)? (?:minh|em|toi|chung toi|chung em|nha)\b")
# The asker's own province or union («tỉnh mình», «đơn vị mình»); «cho mình (hỏi)» is only polite.
_MY_UNIT = tuple(p for p in MY_PLACE if p != "cho minh")
# Of those, the ones that say a place («bên mình», «tỉnh em»), not only a belonging («của mình»).
_MY_AREA = tuple(p for p in _MY_UNIT if not p.startswith("cua "))
# The whole country as the scope of a class («lớp trực tuyến toàn quốc»): the national bodies' classes.
NATIONAL_CUES = ("toan quoc", "ca nuoc", "trung uong", "cap trung uong")
# Classes read to name the unions of a kind asked for whose classes a list holds (beyond, they are counted only).
_KIND_UNIONS_READ = 200
_MY_PROVINCE = ("tinh minh", "tinh toi", "tinh em", "tinh nha", "thanh pho minh", "tinh e", "tinh tui")
FOR_ME = ("cho toi", "cho minh", "cho em", "phu hop voi toi",
          # «có lớp nào cho e ko», «lớp nào cho tui»: «em» as chat shortens it, «tôi» as the South says it.
          "cho e", "cho tui", "phu hop", "danh cho toi", "cua toi", "voi toi",
          # «lớp nào cho chức danh của mình», «đúng vị trí của em»: the asker's own role (from the profile).
          "chuc danh cua minh", "chuc danh cua em", "chuc danh minh", "chuc danh em", "chuc vu cua minh",
          "chuc vu cua em", "vi tri cua minh", "vi tri cua em",
          # «tôi nên học lớp nào», «e cần học những lớp gì», «mình học được lớp nào»: what the asker should take.
          "nen hoc", "can hoc", "hoc duoc lop", "co the hoc", "phai hoc",
          # «em cần đi tập huấn thì có lớp nào gần nhất», «sắp tới có lớp gì cho e đi học»: the asker is the one going.
          "can di tap huan", "can di hoc", "muon di tap huan", "muon di hoc", "cho e di hoc", "cho e di tap huan",
          "cho e hoc", "cho mk di hoc", "cho mk hoc")


def _unions_with_data(snap: Snapshot) -> set[int]:
    """The unions that own a class, target, fact or document, and every union above one (a question naming the
    province's LĐLĐ is asked of what is below it too) — not above a union that ended in 2025: the history filed
    under today's LĐLĐ (the Sóc Trăng articles under Cần Thơ's) is found by the former name, not by today's."""
    owners = {c.organiser_id for c in snap.courses} | {t.organisation_id for t in snap.targets}
    owners |= {f.organisation_id for f in snap.facts} | {d.organisation_id for d in snap.documents}
    orgs = {o.id: o for o in snap.organisations}
    named: set[int] = set()
    for owner in owners:
        while owner is not None and owner not in named and owner in orgs:
            named.add(owner)
            org = orgs[owner]
            owner = None if ended_2025(org.name, org.kind, org.province) else org.parent_id
    return named


class _KnowledgeRow(NamedTuple):
    """One fact, target or document as `_rank_knowledge` reads it."""

    item: Item
    unit: str | None
    unit_words: frozenset[str]
    unit_head: str
    unit_after_luot: str
    has_value: bool  # not a record whose value is missing
    bigrams: frozenset[str]
    roles: frozenset[str]
    orgs: frozenset[int]
    first_org_province: bool  # its own union is a province's (or the national one)
    doc_numbers: frozenset[str]
    names_person: bool
    key_tokens: frozenset[str]
    # Its key's words once each, sorted: what `token_set_ratio` reads of the key (the set of its words), given
    # so that the scorer does not split and sort the same long key again for every question.
    fuzz_key: str


class QAEngine:
    """The in-memory answering engine over one snapshot of the data."""

    def __init__(self, snap: Snapshot, *, tz: ZoneInfo, pause: Pause = no_pause) -> None:
        """`pause` is called every millisecond or two of the work: a background rebuild steps aside there
        for the chat's turns (knowledge/turns.py)."""
        with no_cycle_collection():
            self._build(snap, tz=tz, pause=pause)

    def _build(self, snap: Snapshot, *, tz: ZoneInfo, pause: Pause) -> None:
        self.tz = tz
        self._province_names: dict[str, str] = {}  # a profile's province as written -> as the engine names it
        self.orgs: dict[int, OrgRec] = {o.id: o for o in snap.organisations}
        self.matcher = base_matcher()
        provinces = {key for key, _ in self.matcher.phrases("province")}
        self.org_kinds: dict[int, str] = {}
        # A sector union's «ngành …» name and the word its own name says next («ngành điện» -> «lực»).
        self._sector_next: dict[tuple[str, ...], str] = {}
        named = _unions_with_data(snap)
        for j, o in enumerate(snap.organisations):
            if not j % 32:
                pause()
            kind = self.org_kinds[o.id] = org_kind(o.name, o.kind)
            if kind == "province" and o.id not in named:
                # A built-in provincial LĐLĐ with nothing of its own yet (no class, target, fact or document, none
                # below it): its name says no more than the province, which the question's place already says.
                # As a union it would only filter the answer down to nothing. (Any other union named, even with
                # no class, still says who is asking and where: «chủ tịch CĐCS Công ty … Nghi Sơn».)
                continue
            for phrase in dict.fromkeys([*org_phrases(o.name, o.aliases), *org_variants(o.name, o.aliases)]):
                # A bare place name ("Hà Nội") names the province's own union, not a school or a
                # district union that happens to carry it in its name.
                if tuple(index_tokens(phrase)) in provinces and o.kind not in ("province", "national"):
                    continue
                if kind != "sector" and phrase.startswith(("cong doan nganh ", "nganh ")):
                    continue
                self.matcher.add(phrase, "org", str(o.id))
                key = tuple(index_tokens(phrase))
                if key[:1] == ("nganh",) or key[:3] == ("cong", "doan", "nganh"):
                    own = index_tokens(o.name)
                    if key[-1] in own and own.index(key[-1]) + 1 < len(own):
                        self._sector_next.setdefault(key, own[own.index(key[-1]) + 1])
        for key, ids in _sector_alone(snap.organisations, self.org_kinds, provinces).items():
            # «lớp của công đoàn y tế», «CĐ ngành giáo dục»: a province's sector union named by its sector alone,
            # as its own members call it, when it is the data's only union of that sector and no union goes by
            # those words already. (With one such union in each of several provinces, the sector alone does
            # not say which: the place said with it does, as before.)
            if len(ids) == 1 and not any(k == "org" for k, _ in self.matcher.entries(key)):
                self.matcher.add_key(key, "org", str(ids[0]))
        # Through a weak reference: the engine holds the matcher, and a bound method held back would make a
        # cycle that only the garbage collector frees (a frozen engine's hundreds of MB at 100k courses).
        engine = weakref.ref(self)

        def guard(key: tuple[str, ...], nxt: str) -> bool:
            held = engine()
            return held is not None and held._another_compound(key, nxt)

        self.matcher.guard = guard
        for phrase, kind in KIND_PHRASES.items():
            # «CĐCS» says whom a class is for («kế toán CĐCS», «cán bộ CĐCS») far more often than that a
            # grassroots union organises it: as a kind of organiser it would hide the provinces' classes.
            if kind in self.org_kinds.values() and kind != "grassroots":
                self.matcher.add(phrase, "orgkind", kind)
        pause()
        self.courses = CourseIndex(snap.courses, self.orgs, self.matcher, pause)
        pause()
        # Places the data names become words of the question's vocabulary, with and without their kind
        # («phường Hội An», «Hội An»); a bare name that is also a province stays a province too.
        for name, heads in self.courses.place_heads.items():
            for head in heads:
                # With the kind the data wrote, where its words open with another name the words have («phường
                # Quy Nhơn Nam» beside «Công đoàn phường Quy Nhơn»): the longer name is the ward named. Other
                # places keep their reading (the name, its kind a word before it).
                words = (*head.split(), *name.split())
                if not self.matcher.entries(words) and any(
                        self.matcher.entries(words[:n]) for n in range(2, len(words))):
                    self.matcher.add(" ".join(words), "place", name)
            if len(name.split()) >= 2:
                # A bare name of one syllable («Phú», «Vinh») is too often another word («phù hợp»): the
                # data's one-word places are found with their kind («phường Vinh»).
                self.matcher.add(name, "place", name)
            numbered = _arabic_numbered(name)
            if numbered:
                # «KCN Thăng Long II» typed «thăng long 2»: a zone's stage in figures is the same place.
                for head in heads:
                    self.matcher.add(f"{head} {numbered}", "place", name)
                if len(name.split()) >= 2:
                    self.matcher.add(numbered, "place", name)
        # The seats of provinces merged in 2025 («Đồng Xoài», «Mỹ Tho») are wards now, still named for the former
        # province: one the plans never name is read as that province («lớp tuyên truyền ở Đồng Xoài» finds its
        # classes, or says none is held there), not as no place at all, which let an article of elsewhere answer.
        # Found only as typed: no typo is read as one («lao động nói» is no «Đồng Hới»), as they are names the
        # plans never say, so the spelling fixes below leave them out.
        self._seat_keys: set[tuple[str, ...]] = set()
        # (Hà Tây's towns are left out: Hà Nội's since 2008, said as its communes, and some fold like everyday
        # words of a plan: «Đan Phượng» is «đoàn phường» with a letter dropped.)
        for former, seats in FORMER_SEATS.items():
            for seat in seats if former in MERGERS_2025_FORMER else ():
                if not self.matcher.knows(seat):
                    self.matcher.add(seat, "province", former)
                    self._seat_keys.add(tuple(index_tokens(seat)))
        # So too the cities' former districts («tôi ở Hà Đông»): the city, where the plans never name them.
        for city, districts in CITY_DISTRICTS_BEFORE_2025.items():
            for district in districts:
                if not self.matcher.knows(district):
                    self.matcher.add(district, "province", city)
                    self._seat_keys.add(tuple(index_tokens(district)))
        self._seat_starts: dict[str, list[tuple[str, ...]]] = {}
        for key in self._seat_keys:
            self._seat_starts.setdefault(key[0], []).append(key)
        pause()
        items, texts = self._items(snap)
        pause()
        self.knowledge = KnowledgeIndex(items, texts)
        pause()
        self._item_roles: list[frozenset[str]] = []
        for j, (item, toks) in enumerate(zip(items, texts, strict=True)):
            if not j % 256:
                pause()
            roles = {h.value for h in self.matcher.find(toks) if h.kind == "role"}
            audience = getattr(item.rec, "audience", None)
            if audience:
                roles.add(audience)
            self._item_roles.append(frozenset(roles))
        self.by_code = {fold(i.code): i for i in items}
        # What scoring asks of each item, made once: its unions, its unit's words, whether it names a person.
        self._item_orgs = [frozenset(i.org_ids) for i in items]
        self._item_units: list[tuple[frozenset[str], str]] = []
        self._item_unit_after_luot: list[str] = []  # the unit's word after «lượt» («học» of «lượt học viên»)
        for i in items:
            unit_toks = index_tokens(getattr(i.rec, "unit", None) or "")
            self._item_units.append((frozenset(unit_toks), unit_toks[0] if unit_toks else ""))
            self._item_unit_after_luot.append(unit_toks[1] if len(unit_toks) > 1 else "")
        pause()
        # The proper names a record writes (three capitalised words or more), folded, space-delimited.
        self._item_names = [" ".join(f" {fold(m.group(0))} " for m in _NAME.finditer(getattr(i.rec, "statement", "") or ""))
                            for i in items]
        self._item_names_person = [_PERSON.search(getattr(i.rec, "statement", "") or "") is not None for i in items]
        self._doc_numbers = frozenset(n for i in items for n in i.doc_numbers)
        pause()
        vocab = set(self.courses.df) | set(self.knowledge.idf)
        for kind in ("role", "topic", "format", "province", "org", "place", "orgkind"):
            for key, _ in self.matcher.phrases(kind):
                vocab.update(key)
        self.course_vocab = frozenset(self.courses.df)
        vocab.update(_CUE_WORDS)
        vocab.update(DAY_WORDS)  # «học sáng», «thứ bảy»: the days and parts of the day a class is asked on
        # «trung ương», «toàn quốc»: the scope words are read (the national bodies' classes), no typo of a
        # word the data says («trung ương năm» is no «trung đông»).
        vocab.update(w for p in NATIONAL_CUES for w in p.split())
        self.vocab = frozenset(t for t in vocab if "_" not in t)
        pause()
        self._vocab_by_len: dict[int, list[str]] = {}
        for t in sorted(self.vocab):
            if len(t) >= 2 and not t.isdigit():
                self._vocab_by_len.setdefault(len(t), []).append(t)
        self._phrase_bigram_vocab = self._phrase_bigrams()
        # The lexicon's own phrases and the ways of asking, without the places and unions learned from the
        # data («thủ tục» beside «thủ» is no «Thủ Đức»).
        self._lexicon_bigrams = self._phrase_bigrams(("role", "topic", "format", "province"))
        # The places the data names, by their first word and the rest: «ở nha trag» (after «ở», a place is said
        # whatever its first word is as a particle: «nha», «hà») is one slip from «Nha Trang».
        self._place_rest: dict[str, set[str]] = {}
        for key, _ in self.matcher.phrases("place"):
            if len(key) == 2:
                self._place_rest.setdefault(key[0], set()).add(key[1])
        # Two-word names (provinces, places) and periods, by each word's neighbour: «An Gang», «Bình
        # Dung», «Tường Tín», «tang sau» are real words, but beside that neighbour one letter away from a name.
        # Keyed by (neighbour, whether it must be a word of its own): the lexicon's provinces and periods
        # go with any neighbour («Hà Gang»); places learned from the data only with one that is no stop
        # word («thủ tục» is no «Thủ Đức»). Not unions' names: those hold everyday pairs («xây dựng»).
        self._name_after: dict[tuple[str, bool], set[str]] = {}
        self._name_before: dict[tuple[str, bool], set[str]] = {}
        provinces_and_periods = [key for key, _ in self.matcher.phrases("province") if key not in self._seat_keys]
        provinces_and_periods += [tuple(p.split()) for p in _PERIOD_PHRASES]
        for strict, keys in ((False, provinces_and_periods), (True, [k for k, _ in self.matcher.phrases("place")])):
            for key in keys:
                for a, b in itertools.pairwise(key):
                    self._name_after.setdefault((a, strict), set()).add(b)
                    self._name_before.setdefault((b, strict), set()).add(a)
        # A province's first word: a two-letter word after it may be its second with a letter dropped («Cần Tơ»).
        self._name_heads: dict[str, set[str]] = {}
        for key, _ in self.matcher.phrases("province"):
            if len(key) == 2 and key not in self._seat_keys:
                self._name_heads.setdefault(key[0], set()).add(key[1])
        # The lexicon's topics too, beside a long word of their own: «tran chấp lao động» is tranh chấp (Trần
        # is a name the data says, but never before «chấp»); «bài về» is no «bảo vệ» («về» is short, common).
        # Inside a longer phrase of the lexicon, a word between two of its words is that phrase's word, however
        # short they are: «ủy ban kim tra» is ủy ban kiểm tra.
        self._inside_phrase: dict[tuple[str, str], set[str]] = {}
        # The formats are read the same way: «học tực tiếp» is trực tiếp («tục» never comes before «tiếp»).
        for kind in ("topic", "format", "role"):
            for key, _ in self.matcher.phrases(kind):
                for a, b, c in zip(key, key[1:], key[2:], strict=False):
                    self._inside_phrase.setdefault((a, c), set()).add(b)
                if kind == "role":
                    continue
                for a, b in itertools.pairwise(key):
                    if len(a) >= 4 and a not in STOP_FOLDED:
                        self._name_after.setdefault((a, True), set()).add(b)
                    if len(b) >= 4 and b not in STOP_FOLDED:
                        self._name_before.setdefault((b, True), set()).add(a)
        # Words a course title or a lexicon phrase may use: sharing one of them does not single out a fact.
        self._common_words = frozenset(self.courses.df) | frozenset(
            t for kind in ("role", "topic", "format", "province", "org") for key, _ in self.matcher.phrases(kind)
            for t in key
        )
        self._bigram_vocab = frozenset(t for t in self.knowledge.idf if "_" in t) | self._phrase_bigram_vocab
        self.acronyms = self._learn_acronyms(snap, pause)
        self.passages = self._article_passages(items)
        self._province_keys = frozenset(area_key(" ".join(key)) for key, _ in self.matcher.phrases("province"))
        for key, province in zone_keys().items():
            # Added last, so that the zones' words teach no spelling and no name (see the vocabularies above).
            # A zone the data names (a venue «KCN Phố Nối», «phường Tân Thuận») is a place of the data: its
            # classes are found by its name, not all of its province's.
            zone = key[3:]
            said = (self.courses.has_key("w:" + zone[0]) if len(zone) == 1
                    else all(self.courses.has_key(f"b:{a}_{b}") for a, b in itertools.pairwise(zone)))
            if not (said or " ".join(zone) in self.courses.places or self.matcher.entries(key)):
                self.matcher.add_key(key, "province", province)
        pause()
        self._fix_cache: dict[tuple[str, str, str], str] = {}
        self._snap = snap
        # What organisers taught: swapped in by the knowledge service without rebuilding anything else.
        self.taught: TaughtBook = NOTHING_TAUGHT
        pause()
        # Words of the data as written, with their diacritics («quà» is not «qua»): made with the engine
        # (off the event loop), not by the first question that needs it.
        self.raw_vocab: frozenset[str] = self._read_raw_vocab(pause)

    # ------------------------------------------------------------ construction

    def _read_raw_vocab(self, pause: Pause) -> frozenset[str]:
        snap = self._snap
        # The courses' titles, venues, organisers, notes and partners, each distinct text once.
        raw_texts: set[str] = set(self.courses.texts)
        for it in self.knowledge.items:
            rec = it.rec
            raw_texts.update(filter(None, (getattr(rec, a, None) for a in (
                "statement", "question", "keywords", "metric", "title", "summary", "note"))))
        raw_texts.update(o.name for o in snap.organisations)
        pause()
        # The regex over a few thousand texts at a time (stored text is already clean NFC): one pass over
        # all of it at once was one C call holding the GIL for 0.4 s at 100k courses.
        texts = list(raw_texts)
        words: set[str] = set()
        for start in range(0, len(texts), 2000):
            words.update(_RAW_WORD.findall("\n".join(texts[start:start + 2000]).lower()))
            pause()
        # The pairs the data writes with a word of regional speech in them («xã Hoành Mô», «Cái Răng», «Củ Chi»):
        # typed in a question, they are the data's words, not «nào», «sao», «gì».
        self.regional_pairs: frozenset[str] = data_pairs(texts)
        # The last text read in the standard words and what it became: a turn reads its message so at its start,
        # in the follow-up step and in `answer` (each also entered on its own), and the reading is the same.
        self._standard_last: tuple[str, str] = ("", "")
        pause()
        return frozenset(words)

    def _learn_acronyms(self, snap: Snapshot, pause: Pause) -> dict[str, str]:
        """The initials of what the classes' audiences, topics, organisers and partners say (see
        knowledge/search/acronyms.py), and of the lexicon's roles and topics."""
        said: Counter[str] = Counter()
        fields = attrgetter("audience_text", "organiser_name", "partner")
        for start in range(0, len(snap.courses), 2000):
            # One count over the step's texts (a C loop), not an update per course: the same counts, in the
            # same order of first sight.
            step = snap.courses[start:start + 2000]
            said.update(filter(None, itertools.chain.from_iterable(map(fields, step))))
            # A topic cell counts where it is outside the catalogue; one filed under a catalogue topic
            # («Kế toán, tài chính công đoàn») would outvote the initials people mean by the topic's own words.
            said.update(c.topic_text for c in step if c.topic_text and not c.topic)
            pause()
        said.update(o.name for o in snap.organisations)
        lexicon = [x for t in (*ROLES, *TOPICS) for x in (t.label, *t.synonyms)]
        table = learn_acronyms(said, lexicon)
        pause()
        return table

    def spell_out(self, text: str, province: str | None = None) -> str:
        """`text` with the acronyms learned from the data written out («lớp cho bnc» -> «lớp cho ban nu cong»).
        `province`: the asker's, which decides a code it shares with another province (`_zone_code_named`)."""
        return self._districts_named(self._zone_code_named(spell_out(text, self.acronyms, self.vocab), province))

    def _districts_named(self, text: str) -> str:
        """«quận 7», «TP Thủ Đức», «huyện Bình Chánh» (districts ended in 2025) written as the wards and communes of
        their area the data names («Tân Thuận, Phú Thuận»), else as their city: a place asked, never left
        unread nor matched by a word of its name elsewhere («Bình Đức» for «Thủ Đức»)."""
        said = district_said(text)
        if not said or len(fold(text)) != len(text):
            return text
        for start, end, city, wards in reversed(said):
            # The wards the data places in that city (a ward's name may be another province's as well, «Long
            # Bình» of Đồng Nai); the city itself where the data names none of them.
            known = [w for w in wards if area_key(city) in self.courses.places.get(fold(w), ())
                     and any(k == "place" for k, _ in self.matcher.entries(tuple(fold(w).split())))]
            text = f"{text[:start]}{', '.join(known) if known else city}{text[end:]}"
        return text

    def _zone_code_named(self, text: str, province: str | None = None) -> str:
        """«kcn đn» (Đà Nẵng or Đồng Nai) written as the province whose zone has a union of that name («Công
        đoàn các KCN Đà Nẵng»), when only one of them has; either or neither: left as typed, for the data
        to decide as any such code. The asker's own province among them decides instead (`_code_by_profile`)."""
        mine = same_area_keys(province) if province else set()

        def named(m: re.Match[str]) -> str:
            names = PLACE_CODES.get(fold(m.group(3)), ())
            if any(area_key(n) in mine for n in names):
                return m.group(0)
            head = tuple(expand(fold(m.group(1)).split()))
            zones = [n for n in names if any(k == "org" for k, _ in self.matcher.entries(
                (*head, *province_key(n).split())))]
            return f"{m.group(1)}{m.group(2)}{zones[0]}" if len(names) > 1 and len(zones) == 1 else m.group(0)
        return _ZONE_CODE.sub(named, text) if _ZONE_CODE.search(text) else text

    @classmethod
    def build(
        cls,
        *,
        organisations: Sequence[OrgRec] = (),
        courses: Sequence[CourseRec] = (),
        facts: Sequence[FactRec] = (),
        targets: Sequence[TargetRec] = (),
        documents: Sequence[DocumentRec] = (),
        tz: ZoneInfo | None = None,
    ) -> QAEngine:
        snap = Snapshot(list(organisations), list(courses), list(facts), list(targets), list(documents))
        return cls(snap, tz=tz or ZoneInfo("Asia/Ho_Chi_Minh"))

    @classmethod
    def from_session(cls, session: Session, *, tz: ZoneInfo | None = None, pause: Pause = no_pause) -> QAEngine:
        return cls(load_snapshot(session=session, pause=pause), tz=tz or ZoneInfo("Asia/Ho_Chi_Minh"), pause=pause)

    def release(self, step: int = 1000, pause: Pause = no_pause) -> None:
        """Let go of the records a thousand at a time. Call only when nothing else uses this engine.

        Dropping a 100k-course engine at once frees millions of objects in one chain of C calls that held
        the GIL for a quarter of a second; in steps, other threads get the GIL back between them.
        """
        for seq in (self._snap.courses, self.courses.courses, self.courses.starts):
            while seq:
                del seq[-step:]
                pause()
        for table in (self.courses.by_code, self.courses.by_id):
            while table:
                table.popitem()
                if not len(table) % step:
                    pause()

    def _org_chain(self, org_id: int | None) -> tuple[int, ...]:
        return org_ancestors(self.orgs, org_id)

    def _org_province(self, org_id: int | None) -> str:
        for oid in self._org_chain(org_id):
            if self.orgs[oid].province:
                return province_key(self.orgs[oid].province)
        return ""

    def _items(self, snap: Snapshot) -> tuple[list[Item], list[list[str]]]:
        items: list[Item] = []
        texts: list[list[str]] = []
        doc_num = re.compile(r"^(\d{1,4}[a-z]?)")
        for f in snap.facts:
            org = self.orgs.get(f.organisation_id) if f.organisation_id else None
            text = " ".join(filter(None, (f.question, f.statement, f.keywords, org.name if org else None,
                                          _topic_label(f.topic))))
            items.append(Item("fact", f, f.code, f.question, " ".join(index_tokens(f.question + " " + f.keywords)),
                              f.year, f.year_end or f.year, self._org_chain(f.organisation_id),
                              self._org_province(f.organisation_id), tuple(_numbers_in(f.keywords + " " + f.statement)),
                              _numbers_of(f.statement, f.value, f.planned)))
            texts.append(with_also_said(index_tokens(text)))
        for t in snap.targets:
            org = self.orgs.get(t.organisation_id)
            text = " ".join(filter(None, (t.metric, t.keywords, t.note, org.name if org else None, "chỉ tiêu kế hoạch",
                                          _role_label(t.audience))))
            items.append(Item("target", t, t.code, t.metric, " ".join(index_tokens(t.metric + " " + t.keywords)),
                              t.period_start, t.period_end, self._org_chain(t.organisation_id),
                              self._org_province(t.organisation_id), (),
                              _numbers_of(t.metric, t.target_value, t.achieved_value)))
            texts.append(index_tokens(text))  # a plan's row, in the office's own words
        for d in snap.documents:
            m = doc_num.match(fold(d.code))
            # A document with its issuer or date says when and by whom it was issued («ban hành»), however its
            # summary words it: «… ra đời ngày nào» asks for that.
            issued = "ban hành" if d.issuer or d.issued_on else None
            text = " ".join(filter(None, (d.code, d.title, d.summary, d.keywords, d.issuer, issued, "văn bản")))
            year = d.period_start or (d.issued_on.year if d.issued_on else None)
            year_end = d.period_end or year
            items.append(Item("document", d, d.code, f"{d.code}: {d.title}",
                              " ".join(index_tokens(f"{d.code} {d.title} {d.keywords}")), year, year_end,
                              self._org_chain(d.organisation_id), self._org_province(d.organisation_id),
                              (m.group(1),) if m else ()))
            texts.append(with_also_said(index_tokens(text)))
        return items, texts

    def _article_passages(self, items: Sequence[Item]) -> PassageIndex:
        """The sentences of the built-in articles that the database cites, each with its article's source,
        union, place (before and after 2025) and years."""
        sources: dict[str, SourceRec] = {}
        for item in items:
            src = getattr(item.rec, "source", None)
            if src is not None:
                sources.setdefault(src.code, src)
        by_code = {o.code: o for o in self.orgs.values()}
        articles = {d.code: d for d in ARTICLES}
        passages = []
        for art in ARTICLE_TEXTS:
            doc, src = articles.get(art.code), sources.get(art.code)
            if doc is None or src is None:
                continue
            org = by_code.get(doc.organisation or "")
            province = org.province if org else None
            # The union's names and the province's, before and after 2025, as whole names.
            context = [*((org.name, *org.aliases) if org else ()), *same_area_keys(province)]
            years: list[int] = [y for y in (doc.period_start, doc.period_end,
                                            doc.issued_on.year if doc.issued_on else None) if y is not None]
            if doc.period_start and doc.period_end:
                years += range(doc.period_start, doc.period_end + 1)
            header = " — ".join(x for x in (f"«{art.headline}»", art.dateline, art.byline, src.publisher) if x)
            sentences = [s for par in art.paragraphs for s in split_sentences(par)]
            if art.sidebar:
                sentences += [f"{art.sidebar_heading}: {line}" for line in art.sidebar]
            # A caption's first sentence says what the photo shows («… (Ảnh minh họa)» after it only says what
            # kind of photo it is).
            captions = [split_sentences(par)[0] for par in art.captions if split_sentences(par)]
            passages += make_passages(art.code, sentences, src, organisation_id=org.id if org else None,
                                      province=area_key(province), context=context, years=years, header=header,
                                      captions=captions)
        return PassageIndex(passages)

    def _phrase_bigrams(self, kinds: Sequence[str] = ("role", "topic", "format", "province", "org", "place"),
                        ) -> frozenset[str]:
        out: set[str] = set()
        # «tỉnh mình», «thành phố em»: the asker's own place is said in a question's frame as its cues are.
        for phrase in (*DOMAIN, *COURSE_CUES, *TARGET_CUES, *DOC_CUES, *_CUE_PHRASES, *POSITION_PHRASES, *MY_PLACE,
                       *_DAY_PHRASES):
            words = phrase.split()
            out.update(f"{a}_{b}" for a, b in itertools.pairwise(words))
        for kind in kinds:
            for key, _ in self.matcher.phrases(kind):
                if key not in self._seat_keys:
                    out.update(f"{a}_{b}" for a, b in itertools.pairwise(key))
        return frozenset(out)

    # ------------------------------------------------------------ spelling

    def _fix_typos(self, norm: Norm) -> Norm:
        """Correct one-letter typos of words the bot knows, conservatively: a word is only changed when
        the correction forms a known two-word phrase with a neighbour, or is long and unambiguous; a known
        word only when it is one letter from a place beside its other half («An Gang»); a misspelt long
        abbreviation is expanded («atvsdl»)."""
        norm = self._expand_misspelt_abbreviations(norm)
        toks = list(norm.tokens)
        changed = False
        # (Read before the words one by one: alone, «tha» would be corrected to another word, «ha».)
        for i, word in self._province_slips(toks).items():
            toks[i] = word
            changed = True
        # A seat or a former district typed as it is («ở Hà Đông không») is that place: its words are no slips of
        # others («hà sông»), though no spelling is corrected into one.
        typed_seat = self._typed_seat(toks)
        # Two passes: two slips side by side («thươg lượg») each have the other as neighbour, so neither makes
        # a known phrase until the other is corrected; the second pass sees the first one's corrections.
        for _ in range(2):
            fixed_now = False
            for i, tok in enumerate(toks):
                if i in typed_seat:
                    continue
                short_name = (len(tok) == 2 and i > 0 and tok in self.vocab and toks[i - 1] in self._name_heads
                              and not (norm.caps and i < len(norm.caps) and norm.caps[i])
                              # «ldld na»: a federation's place code after «lao động», no «Đồng Nai» slip.
                              and not (tok in PROVINCE_CODES and toks[max(0, i - 2):i] == ["lao", "dong"]))
                if ((len(tok) < 3 and not short_name) or tok.isdigit()
                        or (tok in STOP_FOLDED and tok not in AMBIGUOUS)
                        or (norm.had_diacritics and not norm.content_mask[i])):
                    # A particle is no typo of a content word: «học v» (vậy) is not «học mấy»; nor one typed
                    # with its marks («phải đào tạo» is no «pháp»).
                    continue
                prev = toks[i - 1] if i else ""
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if short_name:
                    # «Cần Tơ»: only the second word of a province opening with the word before.
                    near = [w for w in self._name_heads[prev] if len(w) == 3 and OSA.distance(tok, w) == 1
                            and _slip(tok, w)]
                    if len(near) == 1 and not (nxt and self._known_pair(tok, nxt)):
                        toks[i] = near[0]
                        fixed_now = True
                    continue
                if tok == "phai" and nxt == "khong":
                    continue  # «… phải không»: a yes-no question's tag typed plain, no slip of «phát» («Đồng Phát»)
                if tok in self.vocab:
                    named = self._name_nearby(tok, prev, nxt)
                    if named:
                        toks[i] = named
                        fixed_now = True
                    continue
                fixed = self._corrected(tok, prev, nxt)
                if (fixed != tok and fixed in STOP_FOLDED and fixed not in AMBIGUOUS
                        and _typed_as_another(norm.text, tok, fixed)):
                    fixed = tok  # «lớp nấu ăn»: «nấu», typed with its marks, is no slip of «nào»
                if fixed == tok and i >= 2 and toks[i - 2] in _PLACE_BEFORE and prev in STOP_FOLDED:
                    fixed = self._place_after_at(tok, prev)
                if fixed != tok:
                    toks[i] = fixed
                    fixed_now = True
            changed = changed or fixed_now
            if not fixed_now or all(len(t) < 3 or t.isdigit() or t in self.vocab for t in toks):
                break
        # «học ở đuâ», «tổ chức ở đu»: where, asked last, with a slip, though the slip is a word of its own.
        end = len(toks)
        while end > 1 and toks[end - 1] in _AFTER_WHERE:
            end -= 1
        last = end - 1
        # Not «ở đó», «ở đây» (there, here: particles and words of their own).
        if (last >= 1 and toks[last - 1] in ("o", "cho") and toks[last] != "dau" and toks[last].isalpha()
                and toks[last] not in STOP_FOLDED and toks[last] not in _AFTER_WHERE
                and 2 <= len(toks[last]) <= 4 and OSA.distance(toks[last], "dau", score_cutoff=1) <= 1
                and not self._known_pair(toks[last - 1], toks[last])):
            toks[last] = "dau"
            changed = True
        for i in range(len(toks) - 1):
            # «cam au» (Cà Mau), «tayn inh»: a province's two words with the space typed a letter off. Their letters
            # in order are the name's, and the pair as typed is no phrase of the data.
            a, b = toks[i], toks[i + 1]
            name = _JOINED_PROVINCES.get(a + b)
            if (name is not None and (a, b) != name and min(len(a), len(b)) >= 2 and not self._known_pair(a, b)
                    and (a not in self.vocab or b not in self.vocab)):
                toks[i], toks[i + 1] = name
                changed = True
        for i in range(len(toks) - 1):
            # «tang 4 năm sau», «táng 12»: «tháng» with its «h» dropped, before a month's number. Not «tầng 3»
            # (a floor), «tăng 5» (up by): typed with marks «tháng» never has, the word is the one typed.
            if (toks[i] == "tang" and toks[i + 1].isdigit() and 1 <= int(toks[i + 1]) <= 12
                    and not _typed_as_other_than(norm.text, "tang", ("tang", "táng"))
                    # «chỉ tiêu tang 5%», «tang 3 lớp»: up by a figure, typed plain.
                    and toks[i + 2:i + 3] not in (["phan"], ["lop"], ["nguoi"], ["hoc"], ["luot"], ["lan"])
                    and not re.search(rf"\btang\s*{toks[i + 1]}\s*%", fold(norm.text))):
                toks[i] = "thang"
                changed = True
        tries = 3  # a pasted string of unknown words costs no more than three pairs
        for i in range(len(toks) - 1):
            # Two slips side by side with no known word beside them («thươg lượg không»): corrected together,
            # as the pair of the data they are one edit each from.
            a, b = toks[i], toks[i + 1]
            # Real words the data happens not to say («thì sao») are no slips: neither may be a particle, and
            # one at least must be no Vietnamese syllable at all («thuog», «luog»).
            if (tries and min(len(a), len(b)) >= 3 and a not in self.vocab and b not in self.vocab
                    and a.isalpha() and b.isalpha() and not (is_syllable(a) and is_syllable(b))
                    and not any(t in STOP_FOLDED and t not in AMBIGUOUS for t in (a, b))):
                tries -= 1
                key = (a, "", b)
                got = self._fix_cache.get(key)
                if got is None:
                    pair = self._correct_pair(a, b)
                    got = " ".join(pair) if pair else ""
                    if len(self._fix_cache) < 50000:
                        self._fix_cache[key] = got
                if got:
                    toks[i], toks[i + 1] = got.split(" ")
                    changed = True
        if not changed:
            return norm
        mask = tuple(m or toks[i] != norm.tokens[i] for i, m in enumerate(norm.content_mask))
        content = tuple(t for t, m in zip(toks, mask, strict=True) if m)
        return Norm(norm.text, tuple(toks), content, " ".join(toks), norm.had_diacritics, mask, norm.caps)

    def _province_slips(self, toks: Sequence[str]) -> dict[int, str]:
        """«ở tha hóa», «bên bac agng cũ», «ldld thhn hoa»: after a word that places, a province's two words with
        one typed right and the other missing a letter or two of its own, or with its letters shuffled; the
        words to put right, by position. The letters must all be the name's (a real word of other letters
        stays), the pair as typed no phrase of the data, and one province only fits."""
        out: dict[int, str] = {}
        for i in range(1, len(toks) - 1):
            if not (toks[i - 1] in _BEFORE_PLACE or list(toks[max(0, i - 2):i]) == ["lao", "dong"]):
                continue
            a, b = toks[i], toks[i + 1]
            if (a, b) in _PROVINCE_PAIRS or self._known_pair(a, b):
                continue
            fits = {pair for pair in _PROVINCE_PAIRS
                    if (a == pair[0] and _letters_of(b, pair[1])) or (b == pair[1] and _letters_of(a, pair[0]))}
            if len(fits) == 1:
                out[i], out[i + 1] = fits.pop()
        return out

    def _typed_seat(self, toks: Sequence[str]) -> set[int]:
        """The positions of the words of a seat or a former district typed as it is («ở Hà Đông không»)."""
        return {j for i, tok in enumerate(toks) for key in self._seat_starts.get(tok, ())
                if tuple(toks[i:i + len(key)]) == key for j in range(i, i + len(key))}

    def respell(self, text: str) -> str:
        """`text` with the typos `answer` would correct corrected in place, everything else as typed (the
        dates, the slashes, the diacritics of the other words): for readers of the raw message, like the
        follow-up resolution («thế thág 4?», «còn bao nhiu chỗ»)."""
        words = list(RAW_WORD.finditer(text[:MAX_QUESTION]))
        folded = [fold(m.group(0)) for m in words]
        out: list[str] = []
        last = 0
        named = self._province_slips(folded)
        typed_seat = self._typed_seat(folded)
        for i, m in enumerate(words):
            tok = folded[i]
            prev = folded[i - 1] if i else ""
            nxt = folded[i + 1] if i + 1 < len(words) else ""
            fixed = tok
            if i in named:
                fixed = named[i]
            elif (i in typed_seat or not tok.isascii() or not tok.isalpha() or len(tok) < 3
                  or tok in ABBREVIATIONS):
                pass
            elif tok in STOP_FOLDED and (not i or tok not in AMBIGUOUS):
                # The particle a follow-up opens with is a word as typed: «vay ngay mai» is «vậy ngày mai»,
                # not «mấy ngày mai»; elsewhere a particle as `_fix_typos` leaves it: «online vậy bạn» is no
                # «văn bản».
                pass
            elif tok in self.vocab:
                fixed = self._name_nearby(tok, prev, nxt) or tok
            else:
                fixed = self._correct(tok, prev, nxt)
            if fixed != tok:
                out.append(text[last:m.start()] + fixed)
                last = m.end()
        return "".join(out) + text[last:] if out else text

    def _expand_misspelt_abbreviations(self, norm: Norm) -> Norm:
        """«atvsdl», «atsld», «cdsc»: an abbreviation of four letters or more typed with one letter dropped
        or two swapped is expanded as the abbreviation would have been (the abbreviation the classes say
        most often when two are one edit away)."""
        toks = norm.tokens
        old_caps = norm.caps or (False,) * len(toks)
        # Three letters typed in capitals («LLD» for LĐLĐ) are an abbreviation too: no word is typed so.
        shortest = [3 if old_caps[i] else 4 for i in range(len(toks))]
        if all(t in self.vocab or len(t) < shortest[i] or not t.isalpha() for i, t in enumerate(toks)):
            return norm
        out: list[str] = []
        mask: list[bool] = []
        caps: list[bool] = []
        for i, tok in enumerate(toks):
            words = [tok]
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if tok not in self.vocab and len(tok) >= shortest[i] and tok.isalpha():
                cands = process.extract(tok, _LONG_ABBREVIATIONS, scorer=OSA.distance, score_cutoff=1, limit=4)
                # A word one slip from a word of a known phrase with its neighbour («chủ tịhc») is that word,
                # not an abbreviation one letter off («tthc»).
                if cands and not self._slip_in_phrase(tok, prev, nxt):
                    best = max(cands, key=lambda c: self._phrase_support(ABBREVIATIONS[str(c[0])].split()))
                    words = ABBREVIATIONS[str(best[0])].split()
            out += words
            mask += [norm.content_mask[i] or len(words) > 1] * len(words)
            caps += [old_caps[i] and len(words) == 1] * len(words)
        if len(out) == len(toks):
            return norm
        content = tuple(t for t, m in zip(out, mask, strict=True) if m)
        return Norm(norm.text, tuple(out), content, " ".join(out), norm.had_diacritics, tuple(mask), tuple(caps))

    def _corrected(self, tok: str, prev: str, nxt: str) -> str:
        """`_correct` remembered by the word and its neighbours (bounded: a question's typo is often asked again)."""
        key = (prev, tok, nxt)
        fixed = self._fix_cache.get(key)
        if fixed is None:
            fixed = self._correct(tok, prev, nxt)
            if len(self._fix_cache) < 50000:
                self._fix_cache[key] = fixed
        return fixed

    def _slip_in_phrase(self, tok: str, prev: str, nxt: str) -> bool:
        """Whether an unknown word is one slip from a word that makes a phrase of the data with a neighbour."""
        fixed = self._corrected(tok, prev, nxt)
        return fixed != tok and (f"{prev}_{fixed}" in self._bigram_vocab or f"{fixed}_{nxt}" in self._bigram_vocab)

    def _name_nearby(self, tok: str, prev: str, nxt: str) -> str:
        """The word one letter from a real word `tok` that makes a name or a period with a neighbour, when
        `tok` makes no known pair with either; else "". Kept for the word and its neighbours (the same
        few pairs are typed again and again: «có lớp nào»)."""
        cache: dict[tuple[str, str, str], str] = self.__dict__.setdefault("_nearby_names", {})
        key = (tok, prev, nxt)
        got = cache.get(key)
        if got is None:
            got = self._name_nearby_read(tok, prev, nxt)
            if len(cache) >= 50_000:
                cache.clear()
            cache[key] = got
        return got

    def _name_nearby_read(self, tok: str, prev: str, nxt: str) -> str:
        if tok in STOP_FOLDED or tok in TIME_WORDS or tok in QUESTION_WORDS:
            return ""  # «hỏi», «tôi», «thì», «năm» beside a place are themselves
        near = self._name_after.get((prev, False), set()) | self._name_before.get((nxt, False), set())
        if prev not in STOP_FOLDED:
            near = near | self._name_after.get((prev, True), set())
        if nxt not in STOP_FOLDED:
            near = near | self._name_before.get((nxt, True), set())
        near = near | self._inside_phrase.get((prev, nxt), set())
        if not near or tok in near:
            return ""
        cands = [w for w in near if abs(len(w) - len(tok)) <= 1 and OSA.distance(tok, w, score_cutoff=1) <= 1
                 and _slip(tok, w)]
        if len(cands) != 1 or (prev and self._known_pair(prev, tok)) or (nxt and self._known_pair(tok, nxt)):
            return ""
        return cands[0]

    def _place_after_at(self, tok: str, prev: str) -> str:
        """The second word of the one place the data names that opens with `prev` and is one slip from `tok`
        («ở nha trag»: Nha Trang), else `tok`: after «ở», «tại» a place is said, though its first word is a
        particle elsewhere (which is why `_correct` does not pair it)."""
        cands = [w for w in self._place_rest.get(prev, ()) if abs(len(w) - len(tok)) <= 1
                 and OSA.distance(tok, w, score_cutoff=1) <= 1 and _slip(tok, w)]
        return cands[0] if len(cands) == 1 else tok

    def _phrase_support(self, words: Sequence[str]) -> int:
        return sum(self.courses.bits(f"b:{a}_{b}").bit_count() for a, b in itertools.pairwise(words))

    def _correct_pair(self, a: str, b: str) -> tuple[str, str] | None:
        """The phrase of the data two unknown neighbours are one edit each from, the one the classes say most
        often; None when there is none."""
        def near(tok: str) -> list[str]:
            pool = [w for size in (len(tok) - 1, len(tok), len(tok) + 1) for w in self._vocab_by_len.get(size, ())]
            return [str(c) for c, _, _ in process.extract(tok, pool, scorer=OSA.distance, score_cutoff=1,
                                                          limit=None)]
        best: tuple[str, str] | None = None
        support = 0
        for ca in near(a):
            for cb in near(b):
                key = f"{ca}_{cb}"
                if key in self._bigram_vocab:
                    got = 1 + self.courses.bits("b:" + key).bit_count()
                    if got > support:
                        best, support = (ca, cb), got
        return best

    def _correct(self, tok: str, prev: str, nxt: str) -> str:
        # One edit (or two letters swapped: «noà», «lpớ») changes the length by at most one.
        pool = [w for size in (len(tok) - 1, len(tok), len(tok) + 1) for w in self._vocab_by_len.get(size, ())]
        # Every word one edit away: a short syllable has a dozen or more («dag»: dac, dai, … dang), and a
        # cut-off list would drop the one the phrase needs.
        cands = process.extract(tok, pool, scorer=OSA.distance, score_cutoff=1, limit=None)
        # Short syllables are easily another real word ("góp" is not a typo of "lớp"): they are only
        # corrected inside a known domain phrase, next to a content word (or inside one of the phrases
        # chairs ask with, whatever the neighbour: «chỉ tiu» is «chỉ tiêu»).
        phrases = self._phrase_bigram_vocab if len(tok) < 4 else self._bigram_vocab
        left = prev if prev and prev not in STOP_FOLDED else ""
        right = nxt if nxt and nxt not in STOP_FOLDED else ""
        best, support = "", 0.0
        for cand, _, _ in cands:
            pairs = [p for p in ((f"{left}_{cand}" if left else ""), (f"{cand}_{right}" if right else ""))
                     if p and p in phrases]
            # A neighbour that is a stop word alone («hà», «tại») still makes a name or a phrase of the
            # lexicon with the correction («Hà Ginag» is Hà Giang, «tài chníh» tài chính).
            pairs += [p for p in ((f"{prev}_{cand}" if prev else ""), (f"{cand}_{nxt}" if nxt else ""))
                      if p and p in self._lexicon_bigrams]
            if cand in _AREA_KIND_WORDS and nxt and f"{cand}_{nxt}" in self._bigram_vocab:
                # The kind of a place before its name, however short the name's first word («huyn Chi Lăng»).
                pairs.append(f"{cand}_{nxt}")
            # Among corrections that each make a known phrase («tài chính», «đình công» for «taai cính
            # công»), the one the classes say most often.
            got = sum(1.0 + math.log1p(self.courses.bits("b:" + p).bit_count()) for p in dict.fromkeys(pairs))
            if pairs and f"{prev} {cand}" in _PERIOD_PHRASES:
                # After «năm», «tháng» a period is what is typed («năm noái» is năm ngoái), whatever phrase the
                # classes' titles make with the next word («nội bộ»).
                got += 2.0
            if got > support:
                best, support = str(cand), got
        if best:
            return best
        if (not nxt or nxt in STOP_FOLDED) and any(c == "khong" for c, _, _ in cands):
            # A question's last word, or before the particles that close it («khog vậy», «khng bạn»): the
            # «không?» that ends a yes-no question.
            return "khong"
        if nxt.isdigit():
            # Before a number: the period or batch it counts («thág 3», «nmă 2027», «đọt 2»).
            period = next((str(c) for c, _, _ in cands if c in _BEFORE_NUMBER), "")
            if period:
                return period
        # A letter typed twice («khhi», «lớớp», «đạạt»): no Vietnamese syllable doubles a letter but «uu»
        # (ưu) and «oo» (xoong), so the word with the run collapsed is meant when the bot knows it.
        single = re.sub(r"([a-z])\1+", r"\1", tok)
        if single != tok and len(single) >= 2 and (
                single in self.vocab or single in STOP_FOLDED or single in _GREETING_WORDS):
            # A particle or a greeting too («chàào bạn», «ạạ»): no word of the class, read as one.
            return single
        loans = [str(c) for c, _, _ in cands if c in _LOAN_TERMS]
        if len(tok) >= 4 and loans and len({_LOAN_TERMS[c] for c in loans}) == 1 and not is_syllable(tok):
            return max(loans, key=len)
        if len(tok) >= 6 and len(cands) == 1:
            return str(cands[0][0])
        # Two neighbouring letters swapped («hueyn», «tieeu»): the one word the bot knows with those letters,
        # whatever its neighbours; a long word only (few short words are one swap from two others).
        # Only into a syllable («Thịnh» is no slip of «HTinh», the code of Hà Tĩnh, nor «Thịnh Long» Hà Tĩnh).
        swapped = [str(c) for c, _, _ in cands if len(c) == len(tok) and sorted(str(c)) == sorted(tok)
                   and _SYLLABLE_ONSET.match(str(c))]
        if len(tok) >= 5 and len(swapped) == 1:
            return swapped[0]
        if len(tok) == 4 and len(swapped) == 1 and not is_syllable(tok) and is_syllable(swapped[0]):
            # A short word typed so that it is no Vietnamese syllable at all («lihc»: no syllable ends in «hc»):
            # the one syllable the bot knows with its letters swapped («lịch»).
            return swapped[0]
        return tok

    # ------------------------------------------------------------ answering

    def standard(self, text: str) -> str:
        """`text` with its regional speech in the standard words («lớp mô» → «lớp nào», «thì răng» → «thì sao»),
        the pairs the data writes kept as written (knowledge.language.regional), and without a Telex tone key
        left after a marked word («liệtf kê»)."""
        given, read = self._standard_last
        if text in (given, read):  # read already (the reading is idempotent)
            return read
        read = standard_speech(untelexed(text), self.regional_pairs)
        self._standard_last = (text, read)
        return read

    def answer(
        self, question: str, *, now: dt.datetime, profile: Profile | None = None, offset: int = 0,
        class_list: bool = False,
    ) -> Answer:
        """Answer one question at `now` (aware); `offset` pages through a long course list. `class_list`: the
        question is known to ask for classes (a follow-up of a class list naming another place or period),
        so the classes answer it even where an article or a plan shares its words, or none is held there."""
        question = self.standard(question)
        ans = self._answer_asked(question, now=now, profile=profile, offset=offset, class_list=class_list)
        if (profile is not None and profile.place and ans.intent in _CLASSES and ans.courses
                and _NEAR_ME.search(fold(question)) and not self._held_in(profile.place)):
            # «có lớp nào gần tôi» after «tôi ở xã Ia Grai», where no class is held: the province's classes
            # answer, and the reply must say the commune has none rather than pass them off as near.
            ans.near_unheld = profile.place
        elif (ans.intent in _CLASSES and ans.courses and not (profile and (profile.place or profile.province))
              and not ans.slots.provinces and not ans.slots.places and not ans.said_place
              and _NEAR_ME.search(fold(question))):
            # «có lớp nào gần tôi» from someone who never said where they are: the list is by date, and the reply
            # must say so and ask where, not pass the nearest in time off as near.
            ans.near_unknown = True
        if ans.intent in _CLASSES and len(ans.courses) > 1 and not ans.course_offset:
            _keep_section(ans, question)
            _quoted_title_first(ans, question)
        return ans

    def _held_in(self, place: str) -> bool:
        """Whether some class's venue, title or organiser names this ward or commune («phường Ninh Kiều»)."""
        tokens = tuple(normalise(place).tokens)
        bare = tokens[2:] if tokens[:2] in (("thi", "tran"), ("dac", "khu")) else tokens[1:]
        return bool(self.courses.named_in_a_row(bare or tokens))

    def _answer_asked(
        self, question: str, *, now: dt.datetime, profile: Profile | None, offset: int, class_list: bool,
    ) -> Answer:
        # Taught answers stay with the union that taught them (a boundary between unions): they are looked up
        # with the profile as saved (its province spelt as the engine names it); everything else with the
        # profile on today's map.
        said = question
        question = spoken_numbers(within_reading(question))  # dictated: «quý một năm sau» is «quý 1 năm sau»
        question = congress_numerals(question)  # «đại hội 15» is the union's «Đại hội XV»
        question = rounded_figures(question)  # «khoảng 8 nghìn mấy cán bộ, đúng ko» asks for the figure
        question = ward_short(question)  # «ở x.Tháp Mười, còn kịp không»: no sentence ends after «x.»
        read, given = question, profile
        question, profile = self.apart(question, profile)
        saved = self.canonical_profile(profile)
        profile = self.today_profile(saved)
        whole = self._answer_whole(said, question, now=now, profile=profile, saved=saved, offset=offset,
                                   class_list=class_list)
        if not _answers(whole):
            # A letter that asks nothing read whole (a new accountant's story of her first month, then «em xin hỏi
            # có lớp nào …»): what it asks after «em xin hỏi», for the role and province it introduces.
            told, told_profile = self.apart(read, given, story=True)
            if told != question:
                told_saved = self.canonical_profile(told_profile)
                told_profile = self.today_profile(told_saved)
                retold = self._answer_whole(said, told, now=now, profile=told_profile, saved=told_saved,
                                            offset=offset, class_list=class_list)
                if _answers(retold):
                    whole, question, profile, saved = retold, told, told_profile, told_saved
        compound = split_compound(question, this_year=now.astimezone(self.tz).year)
        if compound is None:
            return self._other_side_compared(whole, question, now=now, profile=profile, saved=saved)
        # «hồi 2016 Hà Nội huấn luyện ATVSLĐ 42 lớp, còn Đà Nẵng bây giờ có lớp … nào»: the clause that asks,
        # with what the scene names that it leaves unsaid, read on its own; which reading answers is weighed.
        bare, filled = self._compound_question(compound, now=now)
        alone = self._answer_whole(bare, bare, now=now, profile=profile, saved=saved, offset=offset,
                                   class_list=class_list)
        if filled != bare and (alone.intent in _CLASSES or not _answers(alone)):
            # A class asked for after a scene that says which («mình muốn học thương lượng tập thể, Vĩnh Long có
            # lớp nào»): the scene's topic, audience or place narrow it. A record's question that answers alone
            # («…, còn năm 2016 Hà Nội có bao nhiêu học viên») takes nothing of a scene about classes.
            narrowed = self._answer_whole(filled, filled, now=now, profile=profile, saved=saved, offset=offset,
                                          class_list=class_list)
            if narrowed.intent in _CLASSES or not _answers(alone):
                alone = narrowed
        if not (_clause_answers(whole, alone, compound) or _other_place_asked(whole, alone, compound)):
            return whole
        if compound.asks_both and whole.intent != alone.intent:
            alone.also = compound.scene  # the first question, offered after the answer to the second
        # Logged and said back as the chair typed it; a follow-up («thế còn Huế?») rewrites the clause asked.
        alone.asked, alone.question = alone.question, whole.question
        return alone

    def _other_side_compared(self, whole: Answer, question: str, *, now: dt.datetime, profile: Profile | None,
                             saved: Profile | None) -> Answer:
        """«so sánh tỷ lệ … Hà Nội 2016 và tỷ lệ … Sóc Trăng»: the records found answer one side; the other side,
        read alone, is answered by a record of another place, said by the article's sentence printing its figure
        (see `compared_sides`)."""
        if whole.intent not in _RECORDS or whole.band != "confident" or not whole.items:
            return whole
        sides = compared_sides(question)
        if sides is None:
            return whole
        other = self._answer_whole(sides[1], sides[1], now=now, profile=profile, saved=saved, offset=0,
                                   class_list=False)
        if other.intent not in _RECORDS or other.band != "confident" or not other.items:
            return whole
        item = other.items[0]
        shown = {i.province for i in whole.items if i.province}
        if not item.province or any(same_area_keys(item.province) & same_area_keys(p) for p in shown):
            return whole  # the same place: the records found already answer it
        sentence = self._sentence_of(other, item, profile)
        if sentence is not None and sentence not in whole.quotes:
            whole.quotes = (*whole.quotes, sentence)
        return whole

    def _sentence_of(self, ans: Answer, item: Item, profile: Profile | None) -> Passage | None:
        """The article sentence that says a record's figures best for a question: the record itself when it is
        one, else the sentence of its source printing one of its figures."""
        if isinstance(item.rec, FactRec) and item.rec.code in self.passages._by_code:
            return self.passages._by_code[item.rec.code]
        src = getattr(getattr(item.rec, "source", None), "code", None)
        for hit in self.passage_hits(ans, profile, numbers=frozenset()):
            if hit.passage.source.code == src and item.numbers & hit.passage.numbers:
                return hit.passage
        # The sentence of its article printing most of its figures (a few hundred sentences: a scan).
        figures = numbers_in(" ".join(item.numbers))
        best = max((p for p in self.passages.passages if p.source.code == src and not p.header),
                   key=lambda p: len(figures & p.numbers), default=None)
        return best if best is not None and len(figures & best.numbers) >= min(2, len(figures)) else None

    def _answer_whole(
        self, said: str, question: str, *, now: dt.datetime, profile: Profile | None, saved: Profile | None,
        offset: int, class_list: bool,
    ) -> Answer:
        """`answer` of a question taken apart from its introduction (`said`: the message as typed)."""
        ans = self._answer_read(question, now=now, profile=profile, offset=offset, saved=saved, class_list=class_list)
        if ans.band == "low" and ans.intent in ("unknown", "off_topic"):
            ans = self._second_reading(ans, now=now, profile=profile, saved=saved)
        if ans.intent in ("fact", "target", "document") and ans.band != "low" and ans.taught is None:
            saying = self._says_what_is_asked(ans) or self._runner_up_says_it(ans)
            if _matters_unsaid(ans) or not saying:
                # A union matter the records do not cover, or what is asked (a phone, a year, a place, a
                # sum) that no record shown says: no answer, logged for the organisers.
                ans = _unanswered(ans)
        quoted = self._with_passages(ans, profile, now)
        if quoted is not ans and quoted.intent == "fact" and not self._says_what_is_asked(quoted):
            quoted = _unanswered(ans)  # an article's sentence that shares the words but not what is asked
        if said != question and quoted.question == question:
            quoted.question = said  # logged and said back as the chair typed it
        return quoted

    def _compound_question(self, compound: Compound, *, now: dt.datetime) -> tuple[str, str]:
        """The asking clause of a message of two parts, bare and with what its scene names and the clause leaves
        unsaid: a topic, an audience, a format, a place (when the clause names none), and the scene's period
        when the clause asks of no time («Vĩnh Long có lớp nào» after «mình muốn học thương lượng tập thể» asks
        for that topic). «còn», «vậy», «thế» that open the clause are dropped (they join, they ask nothing)."""
        _, scene = self.read(compound.scene, now=now)
        _, asked = self.read(compound.question, now=now)
        have = {kind for kind, _ in asked.phrases}
        places = {"place", "org", "orgkind"}
        # A scene that remembers («hồi 2016 …», «… đạt 61,23% đv được học») names whom its record counted, not
        # whom the class asked for is for: only its topic and its place go on.
        kinds = ("topic", *places) if compound.remembered else ("topic", "role", "format", *places)
        carried = [phrase for kind, phrase in scene.phrases
                   if kind in kinds and not (kind in places and have & places) and kind not in have]
        if scene.time is not None and asked.time is None and not speaks_of_now(compound.question):
            carried.append(scene.time.label)
        question = _JOINING_PIVOT.sub("", compound.question, count=1) or compound.question
        return question, f"{', '.join(dict.fromkeys(carried))}, {question}" if carried else question

    def _says_what_is_asked(self, ans: Answer) -> bool:
        """Whether one record of an answer says what its question asks: of the place asked (a record of
        Hà Nội does not answer for Gia Lai), of the year asked (a figure of the 2018–2023 term is not 2022's),
        and the kind of thing asked (a phone, an address, a date of effect, a sum, a length, a person; see
        knowledge.search.aspects)."""
        return not ans.items or any(self._item_says_asked(ans, item) for item in ans.items)

    def _runner_up_says_it(self, ans: Answer) -> bool:
        """A confident answer whose record leaves out what is asked («mở mấy lớp» of a record on the forms of
        training), when a record matching nearly as well says it (the count of classes): that one answers."""
        if ans.band != "confident" or len(ans.items) != 1 or len(ans.matches) < 2:
            return False
        top = ans.matches[0].score
        for m in ans.matches[1:3]:
            other = self.by_code.get(fold(m.code))
            if (other is not None and other.kind == ans.items[0].kind and m.score >= _RUNNER_UP * top
                    and self._item_says_asked(ans, other)):
                ans.items = [other]
                ans.matches = [m, *(x for x in ans.matches if x is not m)]
                return True
        return False

    def _item_says_asked(self, ans: Answer, item: Item) -> bool:
        norm, slots = ans.norm, ans.slots
        asked_areas = [same_area_keys(p) for p in slots.provinces]
        asked_areas += [same_area_keys(p) for p in (self._org_province(o) for o in slots.org_ids) if p]
        if asked_areas and item.province and not any(same_area_keys(item.province) & a for a in asked_areas):
            return False
        if not self._of_the_scope_asked(ans, item):
            return False
        rec = item.rec
        # Its words and its figures (a plan's are numbers, not words).
        raw = " ".join([*(str(v) for v in (getattr(rec, f.name) for f in dataclasses.fields(rec))
                          if isinstance(v, str)), *sorted(item.numbers)])
        folded = fold(raw)
        source = getattr(rec, "source", None)
        time = slots.time
        if (item.kind != "target" and time is not None and time.year is not None
                and (time.year_end or time.year) == time.year and str(time.year) in norm.tokens):
            # A year the question prints is said by the record's own period's ends, its article's year, or
            # its text: a year inside a term («Nhiệm kỳ 2018-2023») is not the year's account.
            issued = getattr(rec, "issued_on", None)
            said = {item.year, item.year_end, getattr(source, "year", None), issued.year if issued else None}
            if time.year not in said and str(time.year) not in folded:
                return False
        person = _PERSON.search(raw) is not None or bool(
            source is not None and source.author and _has(norm.folded, *_AUTHOR_CUES))
        return gives_what_is_asked(norm.text, folded, raw, names_person=person, figures=isinstance(rec, TargetRec))

    def _of_the_scope_asked(self, ans: Answer, item: Item) -> bool:
        """Whether a record's figures are of the whole the question asks about: a province's are not the whole
        country's («cả nước có bao nhiêu CĐCS»); a district's or one union's inside a province are not the
        province's («Hà Nội năm 2020 mở bao nhiêu lớp» is not Mê Linh's 2 classes), nor a province's the
        national union's («Tổng LĐLĐ có bao nhiêu cán bộ»); a former province's are not the province it
        merged into («Cần Thơ có bao nhiêu tiến sĩ» is not Sóc Trăng's 2013–2015), unless the question speaks of
        the former one."""
        norm, slots = ans.norm, ans.slots
        if asks_nationwide(norm.text) and item.province:
            return False
        own = item.org_ids[0] if item.org_ids else None
        if asks_figure(norm.text) and own is not None and not self._is_province_org(own):
            # A figure of one union inside the whole asked about: a province (by its name or its LĐLĐ) or the
            # national union, named with no place or union at the record's own level.
            named = set(slots.org_ids)
            province_keys = {area_key(p) for p in slots.provinces}
            lower_place = any(area_key(p) not in province_keys for p in slots.places)
            above = [o for o in named if o in item.org_ids[1:]]
            at_or_below = own in named or any(own in self._org_chain(o) for o in named if o not in above)
            if not at_or_below and not lower_place and (above or (slots.provinces and not named)) \
                    and self.org_kinds.get(own) in ("district", "grassroots"):
                return False
        if (asks_figure(norm.text) and own is not None and not slots.provinces and slots.org_ids
                and all(self.org_kinds.get(o) == "national" and o != own for o in slots.org_ids)):
            return False  # the national union's own figures, which no province's record gives
        if item.province and is_former(item.province) and slots.provinces and not says_formerly(norm.text):
            named_former = any(area_key(p) == area_key(item.province) for p in slots.provinces)
            time = slots.time
            before = time is not None and time.year is not None and time.year < 2025
            if not named_former and not before:
                return False
        return True

    # ------------------------------------------------------------ the articles' own sentences

    def passage_hits(self, ans: Answer, profile: Profile | None = None,
                     numbers: frozenset[str] | None = None) -> list[PassageHit]:
        """The article sentences that say a question's words, its numbers exactly, in its provinces."""
        norm, slots = ans.norm, ans.slots
        # A level word or a union's kind splits a name into the runs a sentence must say, each with its own
        # word pairs: «xã» inside «hợp tác xã Đồng Tâm» is no pair «tác đồng» to look for.
        named = [tuple(run) for kind, phrase in slots.phrases if kind in ("org", "place", "province")
                 for run in _runs_between(phrase.split(), _PLACE_LEVELS, _UNION_KIND_PHRASES)]
        places = {t for phrase in named for t in phrase}
        # A place's word no sentence knows («LS», «HN») is a province the areas below stand for; «xã», «huyện»
        # before a name say only its level, which changed in 2025.
        levels = {t for kind, phrase in slots.phrases if kind in ("org", "place", "province")
                  for t in phrase.split() if t in _PLACE_LEVELS}
        words = [t for t in _without_planned(norm, norm.content) if not t.isdigit() and t not in _PASSAGE_ASKING
                 and t not in levels and (t not in places or self.passages.knows(t))]
        if not _has(norm.folded, *_ABOUT_THE_ARTICLE):
            # «trong bài (viết) về đào tạo … năm 2016»: which article, not a word its sentence says; who wrote
            # it or when it was printed is asked of its header.
            said_of = _phrase_positions(norm.tokens, _IN_THE_ARTICLE)
            own = Counter(t for i, t in enumerate(norm.tokens) if i not in said_of)
            words = [t for t in words if own[t] > 0 or t not in {norm.tokens[i] for i in said_of}]
        known = [n for n in named if n and all(self.passages.knows(t) for t in n)
                 and area_key(" ".join(n)) not in self._province_keys]
        if numbers is None:
            numbers = numbers_in(norm.text)
        years = [n for n in numbers if len(n) == 4 and 1945 <= int(n) <= 2100]
        provinces = list(slots.provinces)
        if not provinces and profile is not None and profile.province and _has(norm.folded, *MY_PLACE):
            provinces.append(profile.province)
        areas = [same_area_keys(p) for p in provinces]
        counts = _has(norm.folded, *COUNT_CUES)
        return self.passages.search(words, numbers, years=years, areas=areas, bigrams=bigrams_of(norm.tokens),
                                    places=places, counts=counts,
                                    phrases=[tuple(ph.split()) for kind, ph in slots.phrases if kind == "topic"],
                                    named_phrases=known, of_article=_has(norm.folded, *_ABOUT_THE_ARTICLE))

    def _one_sentence_says(self, question: str, norm: Norm, slots: Slots) -> bool:
        """Whether one sentence of the articles, and no other as well, says a question (it asks something) that has
        no union or training word: nearly all of its words with one few sentences say («Sóc Trăng in bao nhiêu tờ rơi»,
        «ai viết bài Sóc Trăng»), or the person it asks about, named in full («ông Lục Bích Phúc giữ chức
        gì»). A question sharing only common words or a place with the articles is still off-topic."""
        hits = self.passage_hits(Answer(question, norm, "unknown", 0.0, "low", slots))
        if not hits or not hits[0].rare:
            return False
        best = hits[0]
        if len(hits) > 1 and hits[1].rank > best.rank - 0.01:
            return False
        if best.coverage >= _ARTICLE_SAYS_ALL:
            return True
        return _ASKS_OF_PERSON.search(norm.folded) is not None and _names_said(norm, best.passage.text)

    def _passage_beats_classes(self, ans: Answer, hit: PassageHit) -> bool:
        """Whether an article's sentence answers a question better than the classes found: it says a word of
        the question that few sentences say and no class shown says («lớp giảng viên kiêm chức» of 2014, where
        the plan has a class on teaching methods), and most of the rest."""
        if (hit.passage.header and hit.rare and hit.coverage >= _PASSAGE_COVERAGE
                and _has(ans.norm.folded, *_ABOUT_THE_ARTICLE)):
            return True  # «bài … đăng ngày nào, ai viết»: who wrote an article, and when; no class says
        if hit.coverage < _PASSAGE_OVER_CLASSES:
            return False
        if hit.passage.header and hit.rare:
            return True  # who wrote an article, and when: no class says
        if (_opens_with_class(ans.norm.tokens) and ans.slots.topics and not _YEAR_PRINTED.search(ans.norm.folded)
                and any(c.topic in ans.slots.topics for c in ans.courses[:PAGE_SIZE])):
            # «lớp kỹ năng đàm phán thương lượng»: a class named by its topic, and classes on it there are; an
            # article's account of such training held years ago is no class to attend.
            return False
        if _has(ans.norm.folded, *_ASKS_FOR_CLASS):
            # «lớp … cho cán bộ …», «học ở đâu»: a class is wanted, unless what it names is a term no class of
            # the plans says and the article does («lớp giảng viên kiêm chức» of 2014).
            # A pair half inside a phrase recognised (a topic, a role, a place) is no term of its own: «về an
            # toàn …» is the topic asked, which the classes say.
            toks, used = ans.norm.tokens, ans.slots.used
            # Nor what the asker says of themselves («em là cán bộ công đoàn cấp trên cơ sở, …»): who asks.
            intro = _self_intro_positions(ans.norm, used) | _opening_intro(ans.norm)
            return any(f"{a}_{b}" in hit.passage.pairs and not self.courses.has_key(f"b:{a}_{b}")
                       and a not in _PASSAGE_ASKING and b not in _PASSAGE_ASKING
                       and not (a in _WEAK_WORDS and b in _WEAK_WORDS) and (i in used) == (i + 1 in used)
                       and not {i, i + 1} & intro
                       for i, (a, b) in enumerate(itertools.pairwise(toks)))
        said: set[str] = set()
        for c in ans.courses[:PAGE_SIZE]:
            said.update(index_tokens(" ".join(filter(None, (
                c.title, c.topic_text, c.audience_text, c.audience_written, c.description, c.partner, c.venue,
                c.organiser_name, c.province, _topic_label(c.topic))))))
        words = [t for t in ans.norm.content if not t.isdigit() and t not in _PASSAGE_ASKING]
        if any(t in hit.passage.says and t not in said and self.passages.df.get(t, 0) <= PassageIndex.RARE_DF
               for t in words):
            return True
        # A rare term of two words («kiêm chức», «đề án») that the classes do not say.
        pairs = bigrams_of(ans.norm.tokens) & hit.passage.pairs
        return any(self.passages.bigram_df.get(b, 0) <= PassageIndex.RARE_DF and not set(b.split("_")) <= said
                   for b in pairs if not set(b.split("_")) & _PASSAGE_ASKING)

    def _planned_first(self, ans: Answer) -> None:
        """Two facts that match a question equally well, one held against a plan: a question that compares
        with the plan («so với KH», «đạt bao nhiêu % chỉ tiêu») asks for that one."""
        if len(ans.items) != 1 or len(ans.matches) < 2 or not _has(ans.norm.folded, "ke hoach", "chi tieu"):
            return
        first, top = ans.items[0], ans.matches[0]
        if not isinstance(first.rec, FactRec) or first.rec.planned is not None:
            return
        for m in ans.matches[1:3]:
            other = self.by_code.get(fold(m.code))
            if (other is not None and m.score >= top.score - 0.005 and isinstance(other.rec, FactRec)
                    and other.rec.planned is not None):
                ans.items = [other]
                ans.matches = [m, *(x for x in ans.matches if x is not m)]
                return

    def _quotes(self, ans: Answer, hits: Sequence[PassageHit], profile: Profile | None) -> tuple[Passage, ...]:
        """Sentences to quote after the records of an answer: the sentence of their article that says the
        question best, and for a number the question names that neither says (a second programme, a second
        figure), the sentence that prints it."""
        shown_raw = " ".join(f"{i.code} {getattr(i.rec, a, '') or ''}" for i in ans.items for a in _RECORD_FIELDS)
        shown = fold(shown_raw)
        cited = {getattr(getattr(i.rec, "source", None), "code", None) for i in ans.items} | {i.code for i in ans.items}
        quotes: list[Passage] = []
        # The sentence a record's figures come from: a sentence with other figures would say something else
        # («01 lớp … 23 cán bộ» beside «33/33 lớp»).
        figures = frozenset(n for i in ans.items for n in i.numbers)
        # «bài … đăng ngày nào, ai viết» answered by a record of the article: its header says when and who.
        of_article = _has(ans.norm.folded, *_ABOUT_THE_ARTICLE)
        for hit in hits[:5]:
            if hit.passage.source.code not in cited or hit.coverage < _QUOTE_COVERAGE:
                continue
            if figures and not figures & hit.passage.numbers and not (of_article and hit.passage.header):
                continue
            if fold(hit.passage.text) not in shown:
                quotes.append(hit.passage)
            break
        asked_numbers = numbers_in(ans.norm.text)
        if figures and figures <= asked_numbers and _has(ans.norm.folded, *_WHAT_CUES):
            # «… mở 42 lớp, vậy học những gì?»: the question quotes the record's figures and
            # asks what else its article says; the sentence saying the rest of the question, figures or not.
            for hit in self.passage_hits(ans, profile, numbers=frozenset())[:5]:
                if (hit.passage.source.code in cited and hit.coverage >= _QUOTE_COVERAGE
                        and not figures & hit.passage.numbers and hit.passage not in quotes):
                    quotes.insert(0, hit.passage)
                    break
        said = numbers_in(shown_raw + " " + " ".join(q.text for q in quotes))
        counted = counted_figures(ans.norm.folded)  # «lớp 3 ngày»: a small figure of what is asked
        for n in sorted(asked_numbers - said):
            if (len(n) == 4 and 1945 <= int(n) <= 2100) or not n.isdigit() or (len(n) < 2 and n not in counted):
                continue  # a year, or a small number («2 số») that is no identifier nor counts anything
            more = self.passage_hits(ans, profile, numbers=frozenset({n}))
            if more and more[0].coverage >= _QUOTE_COVERAGE / 2 and more[0].passage not in quotes:
                quotes.append(more[0].passage)
        if ((_has(ans.norm.folded, *_TWO_THINGS) or _TWO_COUNTS.search(ans.norm.folded)
             or _AND_THE_WHOLE.search(ans.norm.folded)) and len(quotes) < 2
                and ans.matches):
            # «cử 25 CBCĐ đi học lớp TLĐ hay mở lớp cho 25 đ/c»: two facts asked at once. The runner-up record,
            # when it matches nearly as well, is said by its own sentence (the one printing its figures).
            top = ans.matches[0].score
            for m in ans.matches[1:3]:
                other = self.by_code.get(fold(m.code))
                if other is None or other.kind != "fact" or m.score < 0.8 * top or not other.numbers:
                    continue
                src = getattr(getattr(other.rec, "source", None), "code", None)
                found = [h for h in self.passage_hits(ans, profile, numbers=frozenset())
                         if h.passage.source.code == src and other.numbers & h.passage.numbers
                         and h.passage not in quotes]
                if found:
                    quotes.append(found[0].passage)
                else:
                    # Not among the sentences the question finds («… Chi Lăng và toàn tỉnh» finds Chi Lăng's): the
                    # sentence of its article printing its figures.
                    sentence = self._sentence_of(ans, other, profile)
                    if sentence is not None and sentence not in quotes:
                        quotes.append(sentence)
                break
        return tuple(quotes[:2])

    def _with_passages(self, ans: Answer, profile: Profile | None, now: dt.datetime) -> Answer:
        """The answer, with the article's own sentence when it says what the question asks and the answer does
        not: quoted beside a curated record of that article, or as the answer when nothing else answers."""
        # Nor a question turned away on purpose (a union matter asked with no word of training, a sum).
        if not self.passages.passages or ans.intent in _NOT_ASKING or ans.taught is not None:
            return ans
        if ans.classes_wanted:
            return ans  # «bây giờ Hà Nội có lớp … nào không»: no class there is the answer, not an article's account
        if ans.intent == "target_where" and not ans.items:
            return ans  # «tiến độ của tỉnh mình» from an asker of no known province: no article's province either
        answered = ans.band == "confident" and ans.intent in ("fact", "target", "document") and bool(ans.items)
        time = ans.slots.time
        if not answered and time is not None and (time.end is None or time.end > now):
            # The articles tell what was done, not what is coming («đầu năm sau có lớp nào»): no sentence is looked
            # for (most class questions name a period to come).
            return ans
        hits = self.passage_hits(ans, profile)
        if answered:
            self._planned_first(ans)
            ans.quotes = self._quotes(ans, hits, profile)
            return ans
        if not hits:
            return ans
        best = hits[0]
        asked = {m.group(0) for m in _MATTERS.finditer(ans.norm.folded)}
        if asked and not asked <= _matters_said(fold(best.passage.text), ans.norm.folded):
            return ans  # «phụ cấp», «đoàn phí»: a union matter no sentence of the articles says
        if _aspect_unsaid(ans.norm.folded, best.passage.bigrams):
            return ans  # «lớp … bao giờ khai giảng»: an account of classes held does not say when one opens
        if ans.band == "close" and ans.items and not (best.passage.header and best.rare):
            # A choice among the records («Có phải…») stays the user's to make, unless the question is about
            # the article itself (who wrote it, when), which no record says.
            return ans
        # A person named in full is what a question about them asks («ông Lục Bích Phúc giữ chức gì»), however
        # many of its other words («giữ chức») the sentence leaves out.
        person = _ASKS_OF_PERSON.search(ans.norm.folded) is not None and _names_said(ans.norm, best.passage.text)
        if not ((best.coverage >= _PASSAGE_COVERAGE or person) and best.rare):
            return ans
        if len(hits) > 1 and hits[1].rank > best.rank - 0.01:
            return ans  # several sentences say it as well: no guess
        if ans.courses and not self._passage_beats_classes(ans, best):
            return ans
        p = best.passage
        # The header is said as what it is (the article's headline, date line, byline), a sentence is quoted.
        text = p.text
        following = self.passages.following(p)
        if following is not None and _ANNOUNCES.search(text):
            # «… còn có những hạn chế nhất định.» only announces what the next sentence says («Một số công
            # đoàn chưa tích cực …»): both are the answer.
            text = f"{text} {following.text}"
        said = f"Bài viết {text}." if p.header else f"Bài viết ghi: «{text}»"
        rec = FactRec(0, p.code, p.organisation_id, None, None, None, "", "", said, "",
                      None, None, None, p.source)
        item = Item("fact", rec, p.code, p.text, "", None, None, self._org_chain(p.organisation_id), p.province,
                    (), p.numbers)
        return Answer(ans.question, ans.norm, "fact", round(min(1.0, best.coverage), 3), "confident", ans.slots,
                      [Match("fact", p.code, p.text, round(best.coverage, 3))], items=[item],
                      truncated=ans.truncated)

    def apart(self, text: str, profile: Profile | None, *, story: bool = False) -> tuple[str, Profile | None]:
        """A long message's question apart from its greeting, self-introduction and thanks
        (knowledge.language.message), with the profile the introduction says: its role and province, said
        in this message (a place the question names still comes first). `text` and `profile` as they are
        when there is nothing to take apart (`text` read to MAX_MESSAGE characters, both ends kept)."""
        text = within_reading(text)
        if profile is not None and profile.place and _NEAR_ME.search(fold(text)):
            # «có lớp nào gần tôi không» after «tôi ở phường Ninh Kiều»: asked as if said in one message.
            text += self._places_said_in(f"em ở {profile.place}, {profile.province or ''}", text)
        msg = split_message(text, story=story)
        if msg.question == text:
            marked = punctuated(text)  # said without punctuation: read as typed, with its comma
            return (text, profile) if marked == text else self.apart(marked, profile, story=story)
        if not msg.intro:
            return msg.question, profile
        question = msg.question + self._places_said_in(msg.intro, msg.question)
        intro = fold_tokens(msg.intro)
        if _OWN_WORKPLACE.search(fold(msg.question)) and _names_workplace(intro, chief_positions(msg.intro, intro)):
            # «mình ở Bệnh viện Đa khoa tỉnh. Đơn vị mình có lớp nào …»: the unit asked about is the workplace
            # the introduction names, whose words the question needs.
            question = f"{msg.intro}, {question}"
        role, province, union = self.said_in(msg.intro)
        if not (role or province or union):
            return question, profile
        if union is None:
            union = profile.organisation_id if profile else None
            if province and not (profile and profile.province and area_key(profile.province) == area_key(province)):
                union = next((o for o, rec in self.orgs.items() if self.org_kinds.get(o) == "province"
                              and area_key(rec.province) == area_key(province)), None)
        return question, Profile(role=role or (profile.role if profile else None), organisation_id=union,
                                     province=province or (profile.province if profile else None),
                                     said=bool(province) or bool(profile and profile.said))

    def _places_said_in(self, intro: str, question: str) -> str:
        """The places below a province an introduction names («công ty em ở KCN Đức Hòa»), as words to add to
        the question («, ở khu công nghiệp Đức Hòa»), when the question names the province they lie in (a class
        of theirs is there) and no place of its own: where the asker works narrows the question then, and
        never moves it elsewhere. A question naming no place is asked of the asker's province (the profile),
        not of the zone alone: the province's classes are for its chairs too. "" when none."""
        norm = normalise(intro)
        found = self.matcher.find(norm.tokens)
        asked = self.matcher.find(normalise(question).tokens)
        if not any(h.kind in ("province", "place", "org") for h in asked) and _NEAR_ME.search(fold(question)):
            # «em … ở phường Đồng Xoài tỉnh Đồng Nai … có lớp nào gần chỗ em»: near the ward said, which some
            # class is held in; with its province, so the ward's classes come first and the province's follow.
            wards = [" ".join(norm.tokens[h.start - (h.start > 0 and norm.tokens[h.start - 1] in ("phuong", "xa")):h.end])
                     for h in found if h.kind == "place" and self.courses.phrase_bits(tuple(norm.tokens[h.start:h.end]))]
            named = [h.value for h in found if h.kind == "province"]
            if wards and named:
                return f", ở {wards[0]}, {current_province(named[0]) or named[0]}"
        if not any(h.kind in ("province", "place", "org") for h in asked):
            # «mình là CT CĐCS ở tỉnh Bình Định cũ …, có lớp nữ công nào không»: a former province said as
            # such is the former area, narrower than the province it joined (all a profile can hold).
            former = [" ".join(norm.tokens[h.start:h.end]) for h in found
                      if h.kind == "province" and norm.tokens[h.end:h.end + 1] == ("cu",)]
            if former:
                return f", ở {former[0]} cũ"
        hits = [h for h in found if h.kind == "place"]
        if not hits:
            return ""
        provinces = {(h.start, h.end) for h in asked if h.kind == "province"}
        if any(h.kind == "place" and (h.start, h.end) not in provinces for h in asked):
            return ""  # «Long An» is a province and a place of the data: only a place of its own counts
        areas = {province_key(current_province(h.value) or h.value) for h in asked if h.kind == "province"}
        said = []
        for h in hits:
            words = norm.tokens[h.start:h.end]
            mask = functools.reduce(lambda m, pair: m & self.courses.bits(f"b:{pair[0]}_{pair[1]}"),
                                    itertools.pairwise(words), -1) if len(words) > 1 else 0
            if any(mask & self.courses.bits("p:" + a) for a in areas):
                said.append(" ".join(words))
        return f", ở {', '.join(said)}" if said else ""

    def said_in(self, intro: str) -> tuple[str | None, str | None, int | None]:
        """The role (one a profile offers), the province and the union below a province («công đoàn KCN Đức
        Hòa») a self-introduction names, each None when not named. The union's province is the asker's
        when no province is named."""
        hits = self.matcher.find(self._fix_typos(normalise(intro)).tokens)  # «ở Quảg Ninh»
        role = next((h.value for h in hits if h.kind == "role" and h.value in _PROFILE_ROLES), None)
        province = one_province(hits)
        orgs = [int(h.value) for h in hits if h.kind == "org" and int(h.value) in self.orgs]
        union = next((o for o in orgs if not self.is_province_org(o)), None)
        if province is None:
            province = next((self.orgs[o].province or None for o in orgs if self.is_province_org(o)), None)
        if province is None and union is not None:
            province = self.orgs[union].province or None
        if province is None:
            # «… cty may ở kcn Tân Thuận»: a zone, ward or commune the plans name, lying in one province.
            around = {p for h in hits if h.kind == "place" for p in self.courses.places.get(h.value, ())}
            if len(around) == 1:
                province = current_province(next(iter(around))) or None
        if province is None:
            # A zone the map knows («KCN Trà Nóc»), whether or not a plan names it as a place.
            province = zone_named(normalise(intro).tokens)
        return role, province, union

    def canonical_profile(self, profile: Profile | None) -> Profile | None:
        """The profile with its province as the engine names it: a profile written from a plan's own column
        («TP Hồ Chí Minh», «tỉnh Bình Dương») names the same province as «Hồ Chí Minh»."""
        if profile is None or not profile.province:
            return profile
        name = profile.province
        if name not in self._province_names:
            # Only the province is read: any moment does.
            provinces = extract(normalise(name), dt.datetime(2025, 7, 1, tzinfo=self.tz), self.matcher).provinces
            self._province_names[name] = provinces[0] if len(provinces) == 1 else name
        canonical = self._province_names[name]
        return profile if canonical == name else dataclasses.replace(profile, province=canonical)

    def _second_reading(self, ans: Answer, *, now: dt.datetime, profile: Profile | None,
                        saved: Profile | None) -> Answer:
        """A question no record answers, read again with a shorthand's second reading («Trưởng Ban TC …» as
        Ban Tổ chức): taken when it answers with confidence."""
        question = ans.question
        other = _SECOND_READING.sub(lambda m: SECOND_READINGS[m.group(0).lower()], question[:MAX_QUESTION])
        if other == question[:MAX_QUESTION]:
            return ans
        again = self._answer_read(other, now=now, profile=profile, saved=saved)
        if again.band != "confident" or not again.matches or again.intent in _NOT_ASKING:
            return ans
        again.question = question
        return again

    def _answer_read(
        self, question: str, *, now: dt.datetime, profile: Profile | None = None, offset: int = 0,
        saved: Profile | None = None, class_list: bool = False,
    ) -> Answer:
        read = normalise(question[:MAX_QUESTION])
        code = opening_code(read)
        if not code:
            ans = self._answer(question, now=now, profile=profile, offset=offset, saved=saved, class_list=class_list)
            ans.reading = ans.reading or _opening_place_read(question, ans.slots.provinces)
            first = read.tokens[0][len(PLACE_CODE_MARK):] if read.tokens and read.tokens[0].startswith(
                PLACE_CODE_MARK) else ""
            if ((ans.intent in ("off_topic", "unknown") or ans.band != "confident") and first in ABBREVIATIONS
                    and target_asked(" ".join(read.tokens[1:]), period=False)):
                # «KH năm 2026 đạt bao nhiêu %» read as Khánh Hòa, whose plan the bot does not hold (nothing, or
                # other unions' plans at best close): the other
                # reading («kế hoạch năm 2026 …») when it makes a plan's question (which union is then asked); «KH
                # có lớp … không» stays a class question of Khánh Hòa.
                other = self._answer(_WORD_FIRST.sub(ABBREVIATIONS[first], question, count=1), now=now,
                                     profile=profile, offset=offset, saved=saved, class_list=class_list)
                if other.intent in ("target", "target_where"):
                    other.question = question
                    return other
            return ans
        # «bn năm nay … chỉ tiêu … đạt bn» may open with Bắc Ninh or with «bạn» (teencode, to the bot): the
        # province only when neither the question nor the asker's profile puts the asker elsewhere, and
        # the reply then says how it read the code.
        name = PROVINCE_CODES[code]
        area = same_area_keys(name)
        named = extract(normalise(question[:MAX_QUESTION]), now.astimezone(self.tz), self.matcher).provinces
        if any(area_key(p) not in area for p in (*named, profile.province if profile else None) if p):
            ans = self._answer(_WORD_FIRST.sub("", question, count=1), now=now, profile=profile, offset=offset,
                               saved=saved, class_list=class_list)
            ans.question = question
            return ans
        ans = self._answer(question, now=now, profile=profile, offset=offset, saved=saved, class_list=class_list)
        if any(area_key(p) in area for p in ans.slots.provinces):
            ans.reading = f"«{code}» là {name}"
        return ans

    def _answer(
        self, question: str, *, now: dt.datetime, profile: Profile | None = None, offset: int = 0,
        saved: Profile | None = None, class_list: bool = False,
    ) -> Answer:
        offset = max(0, offset)
        truncated = len(question) > MAX_QUESTION
        typed = newly_elected(without_workplace_details(ruled_out(question[:MAX_QUESTION])[0]))
        norm = normalise(typed)
        now = now.astimezone(self.tz)
        if not norm.tokens:
            return Answer(question, norm, "empty", 0.0, "low", truncated=truncated)
        # What organisers taught is found by the question as they saw it, acronyms and all.
        asker = saved or profile
        taught = self.taught.find(norm, organisation_id=asker.organisation_id if asker else None,
                                  province=asker.province if asker else None)
        if taught is not None:
            hit = self._taught_answer(question, norm, taught, truncated)
            if hit is not None:
                return hit
        spelt = self.spell_out(typed, profile.province if profile else None)
        if spelt != typed:
            norm = normalise(spelt)
        norm = self._fix_typos(norm)
        slots = self._titled_kind(norm, _learner_union(norm, _not_my_place(norm, extract(norm, now, self.matcher))))
        if slots.org_ids and slots.provinces:
            slots = self._province_named_after_org(norm, slots)
        slots = self._bare_level_org(norm, slots, profile)
        slots = _code_by_profile(self._my_unit(norm, self._my_sector(norm, slots, profile), profile), profile)
        if slots.time is not None and _DONE_ASKED.search(norm.folded):
            slots = dataclasses.replace(slots, time=_month_gone_by(slots.time, norm.folded, now))
        if slots.time is not None and slots.time.kind == "year" and self._title_year(norm, slots):
            # «Luật Công đoàn 2024» names a class, not the year 2024: the number is matched as a word.
            slots = dataclasses.replace(slots, time=None)
        f = _class_plan_asked(norm.folded)
        # "lớp 5" is a school grade, not a class for union cadres; «lớp 6 tháng đầu năm» is a class of the first
        # half of a year (the number starts the period).
        f = re.sub(r"(?:^| )lop \d+\b(?! thang (?:dau|cuoi) nam\b)", " ", f).strip()
        # A topic alone ("bảo hiểm xã hội") is not enough: the question must be about training or unions.
        domain = (
            _has(f, *DOMAIN) or bool(slots.roles or slots.doc_numbers or set(slots.topics) & UNION_TOPICS)
            or any(not self._is_province_org(o) for o in slots.org_ids)
        )
        n_tok = len(norm.tokens)
        if n_tok <= 6 and not slots.topics and not slots.doc_numbers:
            if _has(f, *THANKS):
                return Answer(question, norm, "thanks", 1.0, "confident", slots, truncated=truncated)
            if _has(f, *HELP) and not _has(f, "lop", "khoa hoc", "chi tieu"):
                return Answer(question, norm, "help", 1.0, "confident", slots, truncated=truncated)
            if _has(f, *GREETINGS) and not domain:
                return Answer(question, norm, "greeting", 1.0, "confident", slots, truncated=truncated)
        if aside_of_its_own(question):
            return Answer(question, norm, "off_topic", 0.0, "low", slots, truncated=truncated)
        bad_time = impossible_time(question[:MAX_QUESTION])
        if bad_time and (domain or _has(f, "lop", "khoa hoc", "chi tieu", "tap huan", "dang ky")):
            # Said back rather than ignored: a list of every class would look like the month's.
            return Answer(question, norm, "bad_time", 1.0, "confident", slots, truncated=truncated,
                          impossible=bad_time)
        code_hit = self._course_by_code(norm)
        if (code_hit is None and _REGISTER_HOW.search(_DEADLINE.sub(" ", f)) and not _THIS_ONE.search(f)
                and set(norm.content) <= _REGISTER_HOW_WORDS
                and not (slots.topics or slots.roles or slots.provinces or slots.places or slots.org_ids
                         or slots.org_kinds or slots.time or slots.formats)):
            # «ko bik đăng ký lớp ntn»: how registering works, no class named; the steps, not a list of every
            # class with the first one offered.
            return Answer(question, norm, "register_how", 1.0, "confident", slots, truncated=truncated)
        if code_hit is not None:
            intent = "register" if _has(_DEADLINE.sub(" ", f), *REGISTER_CUES) else "course"
            return Answer(question, norm, intent, 1.0, "confident", slots,
                          [Match("course", code_hit.code, code_hit.title, 1.0)], [code_hit], 1, truncated=truncated)

        # Words inside a recognised phrase ("không chuyên trách", "cơ sở") are content even when one
        # of them alone would be a stop word.
        if slots.used:
            # (The days and parts of the day asked, «thứ 7», «buổi chiều», say when a class is held: no word a
            # record is about.)
            day_at = slots.day.used if slots.day else frozenset()
            mask = tuple((m or i in slots.used) and i not in day_at for i, m in enumerate(norm.content_mask))
            # «tai» right before a place, union or period the slots took is «tại» (at), not «tài»: no word of
            # what is asked («ds lớp cho CT CĐCS tai ĐN»).
            # «làm» before a role is what the asker does («e làm kế toán CĐ»), no word of the class either.
            # «ben» typed without marks before a place is «bên» (over at: «Ben Long An co lop …»), not the
            # «bến» of a venue («Bến Lức»).
            mask = tuple(m and not (t in ("tai", "lam", "ben") and i + 1 in slots.used and i not in slots.used)
                         for i, (t, m) in enumerate(zip(norm.tokens, mask, strict=True)))
            norm = Norm(norm.text, norm.tokens, tuple(t for t, m in zip(norm.tokens, mask, strict=True) if m),
                        norm.folded, norm.had_diacritics, mask, norm.caps)
        norm = _without_called_off(norm)
        if f != norm.folded:
            norm = _without_class_plan(norm)
        is_past = bool(slots.time and slots.time.year_end is not None and slots.time.year_end < now.year)
        today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        future = slots.time is not None and not is_past and (slots.time.end is None or slots.time.start >= today)
        target_cue = _has(f, *_PLAN_CUES) or ((_has(f, *TARGET_CUES) or _asks_percent(norm.text)) and (
            _has(f, *TRAINING_WORDS, *MY_PLACE) or bool(slots.provinces or slots.org_ids or slots.places)
            # «cty mình còn thiếu bao nhiêu»: the asker's own workplace's plan, as «đơn vị mình» is.
            or bool(_OWN_WORKPLACE.search(f))))
        # «năm ngoái tỉnh mình được bao nhiêu», «Nghệ An năm 2025 dc bn ạ»: what a province or union reached in a
        # year, asked with nothing counted after it, is its plan's figures.
        target_cue = target_cue or bool(
            _REACHED_ENDS.search(f) and _A_YEAR.search(f) and "lop" not in f.split()
            and (_has(f, *MY_PLACE) or slots.provinces or slots.org_ids))
        # «mấy» folded is «may»: in «dệt may» (a word the classes say) it asks nothing.
        toks = f.split()
        if "may" in toks:
            f = " ".join("" if t == "may" and i and self.courses.has_key(f"b:{toks[i - 1]}_may") else t
                         for i, t in enumerate(toks))
            f = " ".join(f.split())
        if norm.had_diacritics and "may" in f.split() and "mấy" not in norm.text.lower():
            # Typed with its marks, «may» is no «mấy»: «cty may» is a garment company; unless a counted thing
            # follows («cđcs may lơp»: marks typed on some words only).
            toks = f.split()
            f = " ".join(t for i, t in enumerate(toks)
                         if t != "may" or (toks[i + 1:i + 2] and toks[i + 1] in _COUNTED))
        # «cđcs, lớp nào …» folds to «… cơ sở lớp nào»: «sở» of the union's «cơ sở» is no «số lớp» (how many).
        fc = _GRASSROOTS.sub(" ", f)
        # «… là kế hoạch số mấy»: the number a document bears, not a count.
        fc = _NUMBER_ASKED.sub(" ", fc)
        count_cue = _has(fc, *COUNT_CUES) or _asks_percent(norm.text)
        doc_cue = bool(slots.doc_numbers) or _has(f, *DOC_CUES) or (
            _has(f, "ke hoach") and not count_cue and not _has(f, *PROGRESS_CUES)
        )
        course_cue = _has(f, *COURSE_CUES)
        # A kind of class named without «lớp» («sinh hoạt chuyên đề … tại Công ty X»), or a class's whole title
        # typed as the list writes it (four words at least: a shorter title, «Tập huấn ATVSLĐ», is a phrase of any
        # question): a class is asked when the classes say the question's own words.
        kind_cue = not course_cue and (bool(_CLASS_KINDS.search(f)) or bool(self.courses.titled_in(norm.tokens, shortest=4)))
        course_cue = course_cue or kind_cue
        # «hạn đăng ký» asks for a deadline: it is no wish to register.
        # («lớp nào mà em đăng ký được» asks which classes are open: no wish to register either.)
        register_cue = _has(_OPEN_ASKED.sub(" ", _DEADLINE.sub(" ", f)), *REGISTER_CUES)
        if class_list:
            return self._answer_courses(question, norm, slots, now, profile, truncated, register_cue, offset)

        # «tỉnh mình» with no province or union named: the asker's own province (from the profile).
        my_area = (same_area_keys(profile.province) if profile is not None and profile.province and _has(f, *MY_PLACE)
                and not (slots.provinces or slots.org_ids or slots.places) else frozenset())
        scored = self._rank_knowledge(norm, slots, target_cue=target_cue, doc_cue=doc_cue, count_cue=count_cue,
                                      mine=my_area)
        scored = _twin_asked(scored, plan=_has(f, "chi tieu", "ke hoach", "muc tieu"))
        kbest = scored[0].score if scored else 0.0

        # A course list fits "which class can I attend"; a fact fits "what happened, how many, why".
        # Cues are read outside the phrases the slots took («tập thể nào» is no «thế nào»).
        caps = norm.caps or (False,) * len(norm.tokens)
        free = " ".join(t for i, t in enumerate(norm.tokens) if i not in slots.used and not caps[i])
        quotes_figure = bool(scored) and bool(_quoted_figures(norm.text) & scored[0].item.numbers)
        # A place the slots recognised («huyện Chi Lăng») is where classes are asked for, not the name of an
        # article's subject: it names no record by itself (classes are held there too).
        names_fact = kbest >= 0.6 and self._rare_hit(norm, scored[0], places=_place_positions(norm, slots))
        # «đã có ngày học / lịch cụ thể chưa» asks for a class's dates, not what was held.
        state = _CLASS_STATE_ASKED.search(free)
        if state is not None and not count_cue:
            free_past = free[:state.start(1)] + " " + free[state.end(1):]
        else:
            free_past = free
        fact_signal = (is_past or count_cue or quotes_figure or names_fact
                       or _has(_SCHEDULE_ASKED.sub(" ", free_past), *PAST_CUES, *FACT_QUESTION_CUES))
        domain = domain or quotes_figure
        # The union's work asked about («bầu», «kết nạp»): the word naming that work is no evidence of a record
        # that happens to say it rarely («anh Kiên được bầu làm chủ tịch» for «bầu chủ tịch CĐCS thế nào»).
        work_at = _phrase_positions(norm.tokens, UNION_WORK_CUES)
        names_fact_beside_work = names_fact and (not work_at or self._rare_hit(
            norm, scored[0], places=_place_positions(norm, slots) | work_at))
        if (not _has(f, *TRAINING_WORDS) and _has(free, *UNION_WORK_CUES) and not quotes_figure
                and not names_fact_beside_work
                and not (slots.provinces or slots.places or slots.org_ids or slots.doc_numbers)):
            # «công tác kết nạp đoàn viên», «thủ tục thành lập CĐCS», «quà Tết cho đoàn viên»: the union's own
            # work, asked about with no word of training and naming no record: outside what the bot answers,
            # whatever article on training for that work shares its words (logged as turned away).
            return Answer(question, norm, "off_topic", round(kbest, 3), "low", slots, truncated=truncated)
        course_ans: Answer | None = None
        # The classes, when no article or plan says what a class question asks (see the misses below).
        classes: Answer | None = None
        # No class on what a class question asks about: said as such when nothing else answers it. A skill
        # («kỹ năng nói trước đám đông») is learnt in a class, whether or not the question says «lớp».
        absent: Answer | None = None
        if _has(f, "ky nang") and not slots.doc_numbers:
            absent = Answer(question, norm, "course", 0.0, "low", slots, truncated=truncated)
        if (is_past and _has(free, *_WHICH_CLASSES) and not count_cue and not target_cue and not slots.doc_numbers
                and not _has(free, *PAST_CUES, *FACT_QUESTION_CUES)):
            # «năm ngoái Nghệ An có lớp tài chính công đoàn nào»: which classes the plans held then, when they
            # hold some in that period (else an article's account of the year may answer).
            held = self._answer_courses(question, norm, slots, now, profile, truncated, False, offset)
            if (held.courses and not held.relaxed and held.band == "confident"
                    and not self._no_evidence(held, norm, slots)):
                return held
        if (course_cue or register_cue) and not is_past and not slots.doc_numbers:
            course_ans = self._answer_courses(question, norm, slots, now, profile, truncated, register_cue, offset)
            if kind_cue and course_ans.courses and course_ans.word_coverage >= 0.5:
                # A kind of class whose words the classes say is a question on training, whatever else it lacks:
                # off-topic only when its content words find nothing in the data.
                domain = True
            if course_ans.deadline_passed and not course_ans.relaxed and not course_ans.courses:
                return course_ans  # «lớp nào hết hạn đăng ký rồi» when none has: said as such
            # A province said only introducing oneself («chủ tịch CĐCS công ty … ở KCN Nhơn Trạch, năm nay có lớp
            # … không») is where the asker works, not where the class is asked for.
            at = _phrase_positions(norm.tokens, [p for k, p in slots.phrases if k in ("province", "place")])
            # Only a class asked for: a plan's figures, a count or a fact on the place may answer the rest.
            class_only = not (target_cue or count_cue or fact_signal or _has(f, *TARGET_WORDS))
            # A class online is asked for wherever one lives: the online classes (said to be held elsewhere) are
            # an answer to «ở Cà Mau có lớp trực tuyến nào không», not «no class there».
            online = "truc_tuyen" in slots.formats
            # The province's own federation («Lạng Sơn» read as LĐLĐ tỉnh Lạng Sơn too) asks for the province's
            # classes; another union named (a sector's, a commune's) has classes of its own elsewhere.
            own_union = all(self._is_province_org(o) for o in slots.org_ids)
            # A union named alone («LĐLĐ Mê Linh có lớp nào không») asks where it is: its province, when it has one
            # (a national sector union has none).
            of_unions = tuple(next((p for i in self._org_chain(o) if (p := self.orgs[i].province)), "")
                              for o in slots.org_ids)
            asked_at = (slots.provinces if own_union else ()) if slots.provinces else (
                of_unions if of_unions and all(of_unions) else ())
            if (class_only and {"place", "org"} & set(course_ans.relaxed) and asked_at and not slots.places
                    and not online and not (at and at <= (_self_intro_clause(norm, slots.used) | _opening_intro(norm)))
                    and not any(self._holds_classes(p) for p in asked_at)):
                # «ở Cà Mau có lớp tập huấn nào không» where no plan holds any class at all: said as such (and
                # logged for the organisers), not a list of classes held at the other end of the country; the
                # nearest classes elsewhere that fit the rest are offered after it. An article on the place may
                # still answer a question about a class it tells of («lớp … Lạng Sơn học kỹ năng gì»).
                nearest = tuple(course_ans.courses[:NEAREST_ELSEWHERE])
                course_ans = absent = dataclasses.replace(
                    course_ans, confidence=0.0, band="low", matches=[], courses=[], course_total=0, relaxed=(),
                    unmet=asked_at if slots.provinces else self._unions_said_at(slots.org_ids, asked_at),
                    elsewhere=nearest)
                areas = {k for p in asked_at for k in same_area_keys(p)}
                # A class named with its place and no question about it («lớp cho chủ tịch CĐCS ở Lạng Sơn», «lop
                # tap huan o me linh») is a search for one to attend: an article's sentence on classes held there
                # years ago is no answer to it.
                # A subject named («tập huấn giải quyết tranh chấp lao động ở Hà Nội») may be what an article
                # on the place tells of: that is left to the article's score as before.
                searched = (not slots.topics and "?" not in norm.text
                            and not any(t in QUESTION_WORDS for t in norm.tokens)
                            and any(re.search(rf"\b(?:o|tai)(?: \w+)? {re.escape(p)}\b", norm.folded)
                                    for k, p in slots.phrases if k in ("place", "org")))
                if searched or not (scored and scored[0].item.province in areas):
                    # No article or plan of the place either: the class asked for is what is missing there,
                    # not a question the bot cannot read (another province's plan or article is no answer).
                    return dataclasses.replace(absent, classes_wanted=True)
            if (class_only and "time" in course_ans.relaxed and slots.time is not None and slots.time.kind in ("year", "years")
                    and not self.courses.time_mask(slots.time.start, None)):
                # «có lớp tập huấn nào năm 2029 không», a year the plans do not reach (no class then nor after):
                # said as such. (This year with none left, the next classes answer.)
                course_ans = absent = dataclasses.replace(course_ans, confidence=0.0, band="low", matches=[],
                                                          courses=[], course_total=0, relaxed=(), unmet=slots.provinces)
            if _learns_whom_it_is_for(f, slots, course_ans):
                # «muốn học lái xe ô tô, đăng ký ở đâu»: a class «… cho lái xe» is for drivers, it does not teach
                # driving. A class asked for that no plan holds: said as such (and logged), nothing offered.
                return Answer(question, norm, "course", 0.0, "low", slots, truncated=truncated)
            # With nothing recognised (no role, topic, place, union, period), the words are the only
            # evidence: most of them must be in the classes («lớp học bơi cho người lớn» is no class here).
            slotless = not (slots.roles or slots.topics or slots.provinces or slots.org_ids or slots.places
                            or slots.time or slots.formats or slots.org_kinds or slots.day)
            # Several things recognised at once (a topic, a place, a period, a role, a union) are evidence
            # of their own: «An Giang sắp tới có mở lớp phổ biến Bộ luật Lao động» needs no more words.
            # «tỉnh mình», «thành phố mình» name the asker's province (from the profile) as a place.
            my_place = bool(profile and profile.province and _has(f, *MY_PLACE))
            # Planned classes asked for («lớp dự kiến»), a format («online») are said of classes too.
            planned = _planned_positions(norm.tokens)
            national = _has(f, *NATIONAL_CUES) and not (slots.provinces or slots.places or slots.org_ids)
            said = sum(map(bool, (slots.topics, slots.roles, slots.provinces or slots.places or my_place or national,
                                  slots.org_ids, slots.time or slots.day, slots.formats, planned)))
            # The question's own words left once its slots and cues are taken: one stray word («trong»,
            # a typo) must not outweigh a place and a period.
            own = _self_intro_positions(norm, slots.used) | _sending_positions(norm.tokens)
            # «lớp … tiếp theo», «bị lùi lịch», «trong tỉnh mình»: how a class is asked after, no subject of it.
            own |= _phrase_positions(norm.tokens, (*_next_class_cues(norm), *CANCEL_CUES, *MY_PLACE, *_ASIDES))
            own_left = [t for i, t in enumerate(norm.tokens) if i not in slots.used and t in norm.content
                        and t not in COURSE_GENERIC and not t.isdigit() and i not in planned and i not in own
                        and t not in _PLACE_FILLERS]
            if said >= 2 and (len(own_left) <= 1 or all(t in _WEAK_WORDS or t in _PLAIN_WORDS for t in own_left)):
                said += 1
            good = bool(course_ans.courses) and (
                (said >= 3 and not course_ans.relaxed and not _has(f, *TARGET_WORDS)
                 and not (fact_signal and (not count_cue or _has(_ASPECT_COUNTS.sub(" ", fc), *COUNT_CUES)))
                 and (_has(free, *STRONG_COURSE_CUES, *COURSE_ASPECT_CUES, *_next_class_cues(norm), *CANCEL_CUES,
                           "mo lop", "nhung lop")
                      # «Lớp nghiệp vụ … tháng sau cho chủ tịch … ở TP.HCM»: a class named, then what it is.
                      or _opens_with_class(norm.tokens))) or
                course_ans.word_coverage >= 0.5
                or (course_ans.word_coverage >= 0.3 and not slotless
                    and _has(free, *STRONG_COURSE_CUES, *COURSE_ASPECT_CUES))
            ) and not self._no_evidence(course_ans, norm, slots)
            unsaid, asked = self._unsaid_by_classes(course_ans, norm, slots) if course_ans.courses else ([], 0)
            # Only for a question about a subject alone: with a place, a union or a period named, a stray
            # word is more often a typo or a filler («trên», «bên») than the subject.
            # Recognised a topic or a role, all of the rest must be unsaid.
            # A kind of union alone («ngành», no sector named) places nothing: «ngành luật» is a field of study.
            placed = bool(slots.provinces or slots.places or slots.org_ids
                          or _has(norm.folded, *NATIONAL_CUES))  # «toàn quốc»: the national bodies' classes
            # A word of the question that no class says and the data never says beside its neighbour («hội thi
            # nấu ăn», «vé xe Tết») is what it asks about, not a typo beside a period: no class answers it.
            unexplained = self._unexplained(norm, slots) if course_ans.courses else []
            untaught = (good and unsaid and not (slots.topics or slots.roles or placed)
                        and bool(set(unsaid) & set(unexplained)))
            # Most of the question's own words never said anywhere in the data («học bằng lái xe B2 ở Hà Nội hết
            # bao nhiêu tiền»): what it asks about is no union class, whatever place or period it names; the
            # classes found share only the place and a word of their address or note.
            foreign = [t for t in unexplained if t in own_left]
            elsewhere = not (slots.topics or slots.roles) and len(foreign) >= 3 and 2 * len(foreign) >= len(own_left)
            untaught = untaught or (good and elsewhere)
            if untaught or (good and (len(unsaid) == asked if slots.topics or slots.roles else 2 * len(unsaid) >= asked)
                            and unsaid and not (placed or slots.time)):
                # The classes found share the cues, the place or the period but not what is asked about
                # («lớp kỹ năng viết báo cáo» is no dialogue class): unless an article or a plan says it,
                # the answer is that there is no such class, logged for the organisers.
                good = False
                absent = dataclasses.replace(course_ans, confidence=0.0, band="low", matches=[], courses=[],
                                             course_total=0, relaxed=())
            if (not good and course_ans.courses and course_ans.word_coverage == 0 and own_left and not slots.topics
                    and not (placed or slots.time or register_cue) and _has(f, "lop", "khoa hoc")
                    and not (is_past or count_cue or quotes_figure or target_cue or doc_cue or _has(f, *TARGET_WORDS)
                             or _has(free, *PAST_CUES, *FACT_QUESTION_CUES))):
                # «lớp tiếng anh», «có lớp ngoại ngữ nào không»: a class wished for on a subject no class says a
                # word of. An article's figures on the subject (cadres' language levels in 2015) are no class:
                # none is said plainly, and the question logged for the organisers.
                return Answer(question, norm, "course", 0.0, "low", slots, truncated=truncated, classes_wanted=True)
            # Evidence against the cues: a fact that says every word of the question where the classes
            # miss some («Sóc Trăng phối hợp với trường đại học nào mở lớp … chuyên viên chính?»).
            if (good and scored and scored[0].item.kind == "fact" and scored[0].coverage >= 0.95 and kbest >= 1.0
                    and course_ans.word_coverage < 0.95 and not register_cue):
                good = False
            # A class called off or put off («hoãn», «không học nữa», «lùi lịch»), the next one («lớp … tiếp
            # theo»): asked of a class, whatever plan shares the place and the topic.
            asks_class = _has(f, *COURSE_ASPECT_CUES) or _has(free, *STRONG_COURSE_CUES, *_next_class_cues(norm),
                                                              *CANCEL_CUES)
            if (course_ans.courses and course_ans.band == "confident" and not course_ans.relaxed
                    and not self._no_evidence(course_ans, norm, slots)
                    and said >= 1 and (said >= 2 or course_ans.word_coverage >= 0.3 or bool(slots.topics))
                    and not unsaid and not elsewhere):
                # Something of the class recognised (a topic, a role, a place, a union, a period) besides the
                # words: «lớp học tiếng Anh cho trẻ em» shares a word or two with some title and no more. And
                # what it asks about is what the classes are about: «lớp kỹ năng mềm cho đoàn viên trẻ» is
                # not answered by a safety class held in Bến Tre.
                classes = course_ans
            # «còn bao nhiêu chỗ», «học mấy ngày» count a class's seats and days, not a plan's figures.
            counts = _has(_ASPECT_COUNTS.sub(" ", fc), *COUNT_CUES) or _asks_percent(norm.text)
            if (good and (register_cue or asks_class) and not _has(f, *TARGET_WORDS) and not counts
                    and not course_ans.relaxed and not quotes_figure):
                return course_ans  # «lớp … còn chỗ không / hạn đăng ký / học ở đâu» asks about a class
            if (good and target_cue and _has(f, "chi tieu") and not (register_cue or asks_class)
                    and not _has(free, *_WHICH_CLASSES, "co lop", "mo lop")):
                # «LĐLĐ … chỉ tiêu tập huấn cán bộ … năm nay»: a plan's target on the topic, not the classes on it.
                good = False
            # (Only the weekday or the part of the day given up, the classes are still those asked about: the list
            # on other days, said as such, answers before any record sharing a word.)
            if good and (register_cue or not fact_signal) and (not set(course_ans.relaxed) - {"day"} or kbest < 0.72):
                return course_ans
            unit = _ASKED_UNIT.search(f)
            if (good and unit is not None and unit.group(1) in ("lop", "khoa") and not course_ans.relaxed
                    and course_ans.word_coverage >= 0.9 and not _has(f, *TARGET_WORDS) and not quotes_figure
                    and not (scored and self._record_carries(norm, slots, scored[0], False))):
                # «Thanh Hóa có mấy lớp thương lượng tập thể chuyên đề tiền lương?»: a count of the classes
                # that no plan or article states (the best record leaves the topic out); the list says it.
                return course_ans
            if (good and course_ans.word_coverage >= 0.9 and not course_ans.relaxed and not counts
                    and not _has(f, *TARGET_WORDS) and (not scored or scored[0].coverage < 0.5)):
                # «lớp đối thoại … đợt 2 do ai phối hợp»: a question word of facts, but the classes say every
                # word of it and no record of the articles says half of them.
                return course_ans
            if good and future and kbest < 0.9:
                return course_ans
            if (course_ans.courses and not course_ans.relaxed and course_ans.band == "confident"
                    and scored and scored[0].item.kind == "target" and not target_cue and not counts
                    and not fact_signal and not _has(f, *TARGET_WORDS) and _WHICH_CLASS_ASKED.search(f)
                    # Words no class says are whom its union serves when the union itself is named.
                    and (slots.org_ids or ((slots.provinces or slots.places) and 2 * len(unsaid) <= asked))
                    and not self._no_evidence(course_ans, norm, slots)):
                # «Công đoàn Y tế có mở lớp nào cho cán bộ công đoàn bệnh viện không»: which classes a union
                # (or a province) holds is asked; a plan's target sharing a word of it («… CĐCS bệnh viện»)
                # is no class.
                return course_ans
            # Where the classes were asked for: the places named, else the province the asker said is theirs
            # (searched as if named, see `_answer_courses`).
            asked_in = slots.provinces or (
                (profile.province,) if profile and profile.said and profile.province
                and not (slots.places or slots.org_ids) else ())
            there = {k for p in asked_in for k in same_area_keys(p)}
            # «lớp cho chủ tịch CĐCS ở xã Vạn Ninh»: a class named with a place and no question word is a search
            # for one to attend, as «có lớp nào …» is.
            if not asked_in:
                # «ở xã Vạn Ninh»: a commune or ward the data places in its province; an article on another
                # province is no answer to a class wished for there.
                there = {k for p in course_ans.place_provinces for k in same_area_keys(p)}
            # So is one named with a province («lớp giải quyết tranh chấp lao động ở Lâm Đồng»), which has none:
            # the classes elsewhere, said as such, not an article on another province sharing the topic's words.
            searched = bool(there) and _opens_with_class(norm.tokens) and "?" not in norm.text and not any(
                t in QUESTION_WORDS for t in norm.tokens)
            if (good and course_ans.relaxed and not fact_signal and not counts and not _has(f, *TARGET_WORDS)
                    and (_has(free, *STRONG_COURSE_CUES) or searched)
                    and (not scored or scored[0].item.kind == "target"
                         or (there and scored[0].item.province not in there))):
                # «Gia Lai có lớp ATVSLĐ nào không» when it has none: the classes elsewhere, said as such,
                # answer a wish for a class; a plan's figures on the topic do not, nor an article on another
                # province (an article's account of a class held there may).
                return course_ans
            if (class_only and not doc_cue and _CLASSES_WANTED.search(f) is not None
                    and (absent is not None or course_ans.relaxed or not course_ans.courses)):
                # «Lạng Sơn năm nay có lớp nào không», «bây giờ Hà Nội có lớp tư vấn pháp luật nào không»: classes
                # asked for, none in the place, period or subject asked. No article or document answers that (it
                # tells of classes held, or names a resolution); the absence does, said as such (with the classes
                # found once a filter is given up, when the search gave some) and logged for the organisers.
                # Records answer a question of the past, a figure, a document or what an article reports (the
                # cues read above), not a wish for a class.
                return dataclasses.replace(absent or course_ans, classes_wanted=True)
        if (course_ans is None and not is_past and not slots.doc_numbers and not fact_signal and not target_cue
                and not doc_cue and not _has(f, *TARGET_WORDS)):
            # «tranh chấp lao động quảng ninh», «hà tĩnh tháng 1 năm sau»: no word of a class, nor of a fact or
            # a plan. The kinds of record compete on evidence: the classes answer when they say what is asked
            # (a topic or a role, and where or when) and the best article or plan does not.
            on_evidence = self._classes_on_evidence(question, norm, slots, now, profile, truncated, offset, scored)
            if on_evidence is not None:
                return on_evidence
        # "Kế hoạch … là gì?" asks what a plan says; only progress words ask for the targets' figures.
        # «chỉ tiêu của Sóc Trăng năm 2026»: a province that merged in 2025 has no plan of its own after the
        # merger; the plan of the province it joined is the answer, not an article about the former one.
        merged = target_cue and _after_merger(slots)
        # «tỉnh mình ban hành kế hoạch nào»: which plan, a document, not its figures.
        which_doc = _has(f, *DOC_CUES, "ke hoach nao", "van ban nao") and not count_cue
        own_place = _has(f, *MY_PLACE) or bool(_OWN_WORKPLACE.search(f))
        if target_cue and (count_cue or _has(f, *PROGRESS_CUES) or (own_place and not which_doc) or merged):
            # «kế hoạch / chỉ tiêu … có hoàn thành không, đạt bao nhiêu %» asks for the plan's figures.
            # «tiến độ chỉ tiêu» asks how far the plan has got: its figures, as «đạt chưa» does.
            plan = merged or (_has(f, "ke hoach", "chi tieu", "muc tieu")
                              and (_has(f, "hoan thanh", "dat", "vuot", "tien do") or _asks_percent(norm.text)))
            target_answer = self._answer_targets(question, norm, slots, scored, profile, truncated, plan,
                                                 this_year=now.year)
            if target_answer is not None:
                return target_answer
        # "hà nội 2016": no question, no union word, yet every word hits the same records: offer them.
        asks = "?" in norm.text or any(t in QUESTION_WORDS for t in norm.tokens)
        keywords_only = not domain and not asks and kbest >= 1.05
        # A fact of the province a question names that says every word of it («Sóc Trăng phát hành bao nhiêu
        # bộ tài liệu»): the question is about that record, union words or not.
        asked_areas = [same_area_keys(p) for p in slots.provinces]
        whole_fact = bool(scored) and kbest >= 1.0 and scored[0].item.kind == "fact" and scored[0].coverage >= 0.95 \
            and bool(scored[0].item.province) and any(same_area_keys(scored[0].item.province) & a for a in asked_areas)
        # A person the record names in full («ông Phạm Bá Vĩnh giữ chức gì») is what the question is about, however
        # many of its other words («giữ chức», «làm gì») the record leaves out.
        if (not domain and not keywords_only and not whole_fact
                and not (kbest >= 0.75 and self._rare_hit(norm, scored[0]))
                and not (kbest >= 0.5 and _ASKS_OF_PERSON.search(norm.folded)
                         and self._full_name_said(norm, scored[0]))
                and not (asks and self._one_sentence_says(question, norm, slots))):
            return Answer(question, norm, "off_topic", round(kbest, 3), "low", slots, truncated=truncated)
        if not scored or kbest < _WEAK_RECORD:
            # Classes that share none of the question's own words ("lớp tiếng Anh cho trẻ em") are not
            # an answer; an empty list still says honestly that nothing fits.
            if course_ans is not None and (not course_ans.courses or course_ans.word_coverage >= 0.5):
                return absent or course_ans
            if slots.topics:
                # A bare topic ("thương lượng tập thể") with nothing known about it: the classes on it.
                topical = self._answer_courses(question, norm, slots, now, profile, truncated, False, offset)
                # Most of the question's own words unsaid by the classes («thủ tục hưởng lương hưu sớm ở quê …
                # thì làm sao»): a matter of its own that shares a topic's word, not that topic asked bare.
                unsaid, asked = self._unsaid_by_classes(topical, norm, slots) if topical.courses else ([], 0)
                # A topic said at length («nữ công và bình đẳng giới cho lao động nữ …») is what is asked, a
                # detail or two of it unsaid («mang thai, nuôi con nhỏ»).
                topic_words = sum(len(p.split()) for k, p in slots.phrases if k in ("topic", "role"))
                if (topical.courses and not topical.relaxed and not self._no_evidence(topical, norm, slots)
                        # («hạn nộp báo cáo quyết toán tài chính công đoàn»: as many words unsaid as the topic's.)
                        and not (len(unsaid) >= 3 and 2 * len(unsaid) >= asked and len(unsaid) >= topic_words)):
                    return topical
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots, truncated=truncated)
        top = scored[0]
        # «bên mình có lớp tài chính công đoàn nào»: which classes, not the plan's figures (see below).
        which_classes = (_has(free, *_WHICH_CLASSES) and not target_cue and not count_cue
                         and not _has(f, *TARGET_WORDS))
        if top.item.kind == "target" and which_classes:
            # «năm 2024 ở Cần Thơ có những lớp tập huấn nào»: which classes, that no plan lists; a plan's figures
            # for a term that spans the year are no answer (the classes are, when there are some).
            if classes is not None:
                return classes
            if (course_ans is not None and course_ans.courses and not course_ans.relaxed
                    and course_ans.band == "confident" and (slots.topics or slots.roles)
                    and not self._no_evidence(course_ans, norm, slots)):
                # The classes on the topic asked, a stray word or two unread («từ gờ đến cui năm»).
                return course_ans
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots,
                                    self._matches(scored[:3]), truncated=truncated)
        # «năm nay đào tạo được bao nhiêu học viên»: the words fit several unions' plans alike and name none of
        # them. The asker's own plan (the profile's), else which union is asked: never one picked by a tie.
        unions_tied = len({sc.item.org_ids[:1] for sc in scored[:8]
                           if sc.item.kind == "target" and sc.score >= top.score - 1e-6}) > 1
        if (top.item.kind == "target" and unions_tied and not which_classes and not slots.org_kinds
                and not (slots.org_ids or slots.provinces or slots.places)):
            whose = self._answer_targets(question, norm, slots, scored, profile, truncated, this_year=now.year)
            if whose is not None:
                return whose
        if (top.item.kind == "target" and _has(f, *MY_PLACE) and profile is not None and not which_classes
                and (profile.organisation_id or profile.province) and not (slots.org_ids or slots.provinces)):
            # «năm nay tỉnh mình tập huấn được bao nhiêu rồi»: figures of a plan, of the asker's own province
            # (from the profile), not of whichever province's plan says the words best.
            mine = self._answer_targets(question, norm, slots, scored, profile, truncated, this_year=now.year)
            if mine is not None:
                return mine
        if slots.doc_numbers and not set(slots.doc_numbers) & self._doc_numbers:
            # «Kế hoạch 35/KH-LĐLĐ» when only 53/KH-LĐLĐ exists: an identifier matches exactly or not at all;
            # the look-alikes are logged as offered, not offered as the answer.
            return Answer(question, norm, "unknown", round(kbest, 3), "low", slots, self._matches(scored[:3]),
                          truncated=truncated)
        if norm.had_diacritics:
            unknown = [w for w in _RAW_WORD.findall(norm.text.lower())
                       if w not in self.raw_vocab and w not in STOP_EXACT and len(w) >= 2 and not w.isdigit()
                       and fold(w) not in _DOMAIN_WORDS and fold(w) in norm.content
                       # A word typed without its marks among words with them («Cho minh hoi lop tập
                       # huấn»): known when the data says it, folded.
                       and not (w.isascii() and w in self.vocab)]
        else:
            unknown = [t for t in norm.content if t not in self.vocab and len(t) >= 2 and not t.isdigit()
                       and t not in _DOMAIN_WORDS]
        # «Hòa Bình cũ giờ thuộc Phú Thọ»: how the asker places a former province in today's, no matter asked.
        merger_words = {w for m in _MERGED_INTO.finditer(norm.folded) for w in m.group(0).split()}
        unknown = [w for w in unknown if fold(w) not in merger_words]
        if len(unknown) >= 2 and top.coverage < 0.6:
            # «tặng quà Tết gì cho công nhân»: union words, but what it asks about is nowhere in the data.
            # Not off-topic (it is a union matter), not an answer either: logged for the organisers.
            if classes is not None:
                return classes  # a class question the articles do not answer: the classes do
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots,
                          self._matches(scored[:3]), truncated=truncated)
        # A question that names its record (its number, one of its figures, «ai» of a record naming a
        # person) needs none of its words: «38386 lượt cán bộ là số liệu gì»; nor one the record matches
        # above 1 in all (its union, its year, most of its words): then the rest is paraphrase.
        # «Ai … viết bài …», «tác giả bài … là ai»: who wrote the article the record comes from, which its
        # citation says (the author is no word of the record itself).
        source = getattr(top.item.rec, "source", None)
        asks_author = bool(source is not None and source.author and _has(f, *_AUTHOR_CUES)
                           and any(t == "ai" for t in norm.tokens))
        asked, missing = self._unsaid_by_record(norm, slots, top.index)
        # «ai» of a record naming a person: that record when the question names the person's union or place, or
        # says something else of the person the record says: «ai là chủ tịch nước» (a role, nothing the record
        # says besides) is not answered by the chair of a union an article names.
        phrases = {p for k, p in slots.phrases if k == "topic" or (k == "role" and top.item.kind == "fact")}
        own_words = asked - len(phrases)
        person = (self._item_names_person[top.index] and any(t == "ai" for t in norm.tokens)
                  and not (own_words > 0 and len([m for m in missing if m not in phrases]) >= own_words
                           and not (slots.provinces or slots.places or slots.org_ids)))
        names_record = top.score >= 1.0 or bool(set(slots.doc_numbers) & set(top.item.doc_numbers)) or person or bool(
            _quoted_figures(norm.text) & top.item.numbers) or asks_author or (
            self._item_names_person[top.index] and _ASKS_OF_PERSON.search(norm.folded) is not None
            and self._full_name_said(norm, top))
        # A topic the question names that the record never says («đoàn phí» of a record on «kinh phí») is
        # missing however well the record's other words match, unless the question quotes its figure or
        # asks who wrote it.
        topic_missing = any(kind in ("topic", "role") and p in missing for kind, p in slots.phrases)
        named = (bool(set(slots.doc_numbers) & set(top.item.doc_numbers)) or quotes_figure or asks_author)
        law = _law_named(norm.tokens)
        if not named and law is not None and not _said([*law[0], law[1]], self.knowledge.token_sets[top.index],
                                                       self.knowledge.bigram_sets[top.index]):
            # «Luật Công đoàn 2024 có gì mới» answered by a 2016 article on «điểm mới của Luật BHXH»: a law is
            # named by its words and its year, and a record that does not say both is about another law. The
            # classes that teach that law are offered, said to be no account of it.
            if classes is not None:
                return classes
            return self._law_classes(question, norm, law, now=now, profile=profile, truncated=truncated) or (
                absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots, self._matches(scored[:3]),
                                 truncated=truncated))
        if not named and (self._other_period(norm, slots, top.item) or self._counts_other(norm, top.item, top.index)
                          or (not is_past and self._class_aspect_unsaid(f, top.index))):
            # «Hà Nội năm 2021 bồi dưỡng được gì», «LS năm 2020 có mấy lớp», «lớp cao cấp LLCT bao giờ
            # khai giảng»: a record of another period, one counting something else, or an article's account
            # where a class's opening is asked, shares the words but does not answer. Logged for organisers.
            if classes is not None:
                return classes
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots,
                                    self._matches(scored[:3]), truncated=truncated)
        if missing and 2 * len(missing) >= asked and (
                not names_record or (topic_missing and not quotes_figure and not asks_author)):
            # «Đoàn phí bây giờ đóng bao nhiêu?», «phụ cấp trách nhiệm cán bộ công đoàn bao nhiêu»: the
            # record shares the union's words (công đoàn, CĐCS, cán bộ) but not what is asked about. A union
            # matter the data does not cover: not an answer, logged for the organisers. A class question
            # whose classes say it («lớp thẻ đoàn viên điện tử ở Sầm Sơn học mấy giờ») gets those classes.
            if classes is not None:
                return classes
            if (course_ans is not None and course_ans.courses and course_ans.relaxed
                    and set(course_ans.relaxed) <= {"role"} and not fact_signal and not target_cue):
                # «lớp cho kế toán CĐCS» when no class is for that role: said as such, with the other classes
                # (the list says whom none is for), rather than a record about other people.
                return course_ans
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots,
                                    self._matches(scored[:3]), truncated=truncated)
        if top.item.kind == "fact" and top.coverage < _LEAST_SAID and not names_record:
            # «CĐCS dc chi tiền thăm đoàn viên ốm nằm viện bao nhiêu»: a record saying a fraction of the question's
            # words (the union's, «bao nhiêu») and naming nothing it asks about is no answer, however its
            # wording resembles the question's.
            if classes is not None:
                return classes
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots,
                                    self._matches(scored[:3]), truncated=truncated)
        # A plan's target and the article's fact it was taken from say the same figures: a tie between them is
        # no choice to offer («3831 lượt học viên là năm nào»); the gap is to the next record saying something else.
        rest = [s for s in scored[1:] if not _twins(top.item, s.item)]
        gap = top.score - rest[0].score if rest else top.score
        # Records tied at the top are a choice for the user to make, however well they match.
        band = "confident" if (top.score >= 0.75 and gap >= 0.005) or (top.score >= 0.62 and gap >= 0.05) else "close"
        if keywords_only and not self._rare_hit(norm, top):
            band = "close"
        if band == "close" and self._unexplained(norm, slots, self.knowledge.token_sets[top.index]):
            # A close call on a question whose own words the data never says together («kỹ năng giao
            # tiếp với người yêu»): a guess, not a choice to offer; logged for the organisers.
            if classes is not None:
                return classes
            return absent or Answer(question, norm, "unknown", round(kbest, 3), "low", slots,
                          self._matches(scored[:3]), truncated=truncated)
        shown = [top.item] if band == "confident" else [s.item for s in scored[:3]]
        return Answer(question, norm, top.item.kind, round(min(1.0, top.score), 3), band, slots,
                      self._matches(scored[:5]), items=shown, truncated=truncated)

    def _law_classes(self, question: str, norm: Norm, law: tuple[list[str], str], *, now: dt.datetime,
                     profile: Profile | None, truncated: bool) -> Answer | None:
        """The classes whose titles name a law by its words and year (`_law_named`), as a list answer that says
        the bot has no account of the law itself; None when no class names it."""
        words, year = law
        said = re.compile(r"\b" + r"\W+".join(map(re.escape, [*words, year])) + r"\b")
        found = self.answer(f"lớp {' '.join([*words, year])}", now=now, profile=profile, class_list=True)
        named = [c for c in found.courses if said.search(fold(c.title))]
        if found.intent != "course" or not named:
            return None
        # As the plan writes it («Luật Công đoàn 2024»), the marks the question may have left out put back.
        title = unicodedata.normalize("NFC", named[0].title)
        m = said.search(fold(title))
        shown = title[m.start():m.end()] if m is not None and len(fold(title)) == len(title) else " ".join([*words, year])
        total = found.course_total if len(named) == len(found.courses) else len(named)
        # Low, with nothing matched: the law itself goes unanswered (logged for the organisers as such).
        return dataclasses.replace(found, question=question, norm=norm, courses=named, course_total=total,
                                   unanswered=shown, truncated=truncated, confidence=0.0, band="low", matches=[])

    def _holds_classes(self, province: str) -> bool:
        """Whether any class of the plans (past ones too) is held in `province` (today's, after the mergers)."""
        today = current_province(province) or province
        return any(self.courses.has_key("p:" + key) for key in {province_key(today), *same_area_keys(today)})

    def _my_unit(self, norm: Norm, slots: Slots, profile: Profile | None) -> Slots:
        """«đơn vị mình có lớp nào», «cơ quan em có lớp gì»: the asker's own union (from the profile), where it
        holds classes of its own and is no province's federation (whose unit is the province, read as such),
        rather than every class of the asker's province. Not a plan's question: a union that sets no targets
        is answered with its province's."""
        if (profile is None or not profile.organisation_id or slots.org_ids or slots.provinces
                or _MY_UNIT_NAMED.search(norm.folded) is None or target_asked(norm.folded)
                or self._is_province_org(profile.organisation_id)
                or not self.courses.any_of("od:", [str(profile.organisation_id)])):
            return slots
        return dataclasses.replace(slots, org_ids=(profile.organisation_id,))

    def _bare_level_org(self, norm: Norm, slots: Slots, profile: Profile | None) -> Slots:
        """The slots without a federation named by its level alone («LĐLĐ TP», «liên đoàn lao động tỉnh») where
        the asker's province is another's: the data may know one city's federation by that bare name (its own
        articles say «LĐLĐ Thành phố»), yet an asker elsewhere means the federation of their own city, which
        the profile's province (or the place the question names) decides."""
        if profile is None or not profile.province or len(slots.org_ids) != 1:
            return slots
        orgs = [p for k, p in slots.phrases if k == "org"]
        if len(orgs) != 1 or orgs[0].split()[-1] not in ("tinh", "pho", "tp"):
            return slots
        if profile.organisation_id in slots.org_ids:
            return slots
        found = self._org_province(slots.org_ids[0])
        if not found or same_area_keys(found) & same_area_keys(profile.province):
            return slots
        return dataclasses.replace(slots, org_ids=(), phrases=tuple(x for x in slots.phrases if x[0] != "org"))

    def _my_sector(self, norm: Norm, slots: Slots, profile: Profile | None) -> Slots:
        """«ngành mình», «ngành của em»: the asker's own sector union (from the profile), named, rather than
        any sector union in the asker's province."""
        if (profile is None or not profile.organisation_id or slots.org_ids or slots.provinces
                or _MY_SECTOR.search(norm.folded) is None
                or self.org_kinds.get(profile.organisation_id) != "sector"):
            return slots
        return dataclasses.replace(
            slots, org_ids=(profile.organisation_id,), org_kinds=tuple(k for k in slots.org_kinds if k != "sector"),
            phrases=tuple(x for x in slots.phrases if not (x[0] == "orgkind" and KIND_PHRASES.get(x[1]) == "sector")))

    def _classes_on_evidence(
        self, question: str, norm: Norm, slots: Slots, now: dt.datetime, profile: Profile | None, truncated: bool,
        offset: int, scored: Sequence[Scored],
    ) -> Answer | None:
        """The classes, for a question with no cue of any kind, when they carry its content: what it asks
        about (a topic or a role) with a place, a period or a batch, or a place with a month, a week or a
        day (the plans and articles speak of years); every own word said by the classes found, none of the
        question relaxed; and the best article or plan not saying as much. None otherwise."""
        where = bool(slots.provinces or slots.places or slots.org_ids)
        short = slots.time is not None and slots.time.kind != "year" and slots.time.kind != "years"
        batch = _BATCH.search(norm.folded) is not None
        # A topic said alone («ATVSLĐ», «thương lượng tập thể»): a chair typing a subject into a class
        # assistant looks for classes on it, not for a plan's figures (which «chỉ tiêu» asks for).
        bare = bool(slots.topics) and not (slots.roles or slots.org_kinds or slots.formats) and "?" not in norm.text \
            and not any(t in QUESTION_WORDS for t in norm.tokens) and all(
            i in slots.used for i, t in enumerate(norm.tokens) if t in norm.content)
        if (not ((slots.topics or slots.roles) and (where or slots.time or batch)) and not (where and short)
                and not bare):
            return None
        ans = self._answer_courses(question, norm, slots, now, profile, truncated, False, offset)
        unsaid = self._unsaid_by_classes(ans, norm, slots)[0] if ans.courses else []
        # «atvsld bac ninh đợt 2» when the topic's classes there come in no batches: the batch is which of
        # them, not what they are about; the classes of the topic and place answer, as with «lớp» said.
        own = [t for i, t in enumerate(norm.tokens) if i not in slots.used and t in norm.content]
        batch_only = batch and bool(own) and all(t == "dot" or t in _BATCH_WORDS or t.isdigit() for t in own)
        if (not ans.courses or ans.relaxed or ans.band != "confident"
                or (ans.word_coverage < 0.8 and not batch_only)
                or self._no_evidence(ans, norm, slots) or (unsaid and not batch_only)):
            return None
        # A plan's figures on the same topic and place are no answer to a question that asks for none (no
        # word of a target, of a count, no whole year as plans count): «atvsld bac ninh» with classes on it
        # means the classes; «CT CĐS GL 2026» (chỉ tiêu or chủ tịch) a plan's year.
        yearly = slots.time is not None and slots.time.kind in ("year", "years")
        if not bare and scored and (scored[0].item.kind != "target" or yearly) and self._record_carries(
                norm, slots, scored[0], short or batch):
            return None
        return ans

    def _record_carries(self, norm: Norm, slots: Slots, top: Scored, finer: bool) -> bool:
        """Whether an article's or plan's record says all a question asks: its topics and own words, the
        province or union named, the year. A period finer than a year or a batch (`finer`) is a class's."""
        if finer:
            return False
        if self._unsaid_by_record(norm, slots, top.index)[1]:
            return False
        item = top.item
        if slots.org_ids and not set(slots.org_ids) & self._item_orgs[top.index]:
            return False
        # «tổ trưởng công đoàn … mấy lớp»: a plan for cadres at large says nothing of the role asked; a role read
        # from an abbreviation that may be another word («CT 2026»: chủ tịch or chỉ tiêu) does not count.
        typed = f" {' '.join(fold_tokens(norm.text))} "
        spelled = [v for k, p in slots.phrases if k == "role" and f" {' '.join(p.split()[:2])} " in typed
                   for v in self.matcher.entries(tuple(p.split())) if v[0] == "role"]
        if spelled and not {v for _, v in spelled} & self._item_roles[top.index]:
            return False
        areas = {k for p in slots.provinces for k in same_area_keys(p)}
        if areas and item.province not in areas:
            return False
        t = slots.time
        if t is not None and t.year is not None and item.year is not None:
            return item.year <= (t.year_end or t.year) and (item.year_end or item.year) >= t.year
        return True

    def _taught_answer(self, question: str, norm: Norm, taught: TaughtRec, truncated: bool) -> Answer | None:
        """The answer an organiser taught for this question; None when its record is gone (then the
        question is answered as if nothing had been taught)."""
        if taught.answer:
            return Answer(question, norm, "taught", 1.0, "confident", truncated=truncated, taught=taught)
        code = fold(taught.record_code or "")
        if taught.record_kind == "course":
            pos = self.courses.by_code.get(code)
            if pos is None:
                return None
            c = self.courses.courses[pos]
            return Answer(question, norm, "course", 1.0, "confident", matches=[Match("course", c.code, c.title, 1.0)],
                          courses=[c], course_total=1, truncated=truncated)
        item = self.by_code.get(code)
        if item is None or item.kind != taught.record_kind:
            return None
        return Answer(question, norm, item.kind, 1.0, "confident", matches=[Match(item.kind, item.code, item.title, 1.0)],
                      items=[item], truncated=truncated, taught=taught)


    def read(self, text: str, *, now: dt.datetime) -> tuple[Norm, Slots]:
        """What a message names (its slots), read as `answer` reads a question: a follow-up about a class
        of the last list («lớp ở Huế học mấy ngày») is matched against the classes by these."""
        text = spoken_numbers(self.standard(within_reading(text)))
        norm = normalise(self.spell_out(newly_elected(without_workplace_details(text[:MAX_QUESTION]))))
        if not norm.tokens:
            return norm, Slots()
        norm = self._fix_typos(norm)
        slots = self._titled_kind(
            norm, _learner_union(norm, _not_my_place(norm, extract(norm, now.astimezone(self.tz), self.matcher))))
        if slots.org_ids and slots.provinces:
            slots = self._province_named_after_org(norm, slots)
        if slots.time is not None and slots.time.kind == "year" and self._title_year(norm, slots):
            slots = dataclasses.replace(slots, time=None)
        return norm, slots

    def stray_words(self, text: str, *, now: dt.datetime) -> list[str]:
        """The words of `text` the data never says (see `_unexplained`), when the message has at least two
        words of its own besides its places, unions and question words: «thời tiết» in «thời tiết Hà Nội
        mai thế nào». One stray word beside a place or a period is how people phrase a follow-up.
        The caller removes periods first (they are not marked as slot words)."""
        norm = normalise(self.spell_out(text[:MAX_QUESTION]))
        if not norm.tokens:
            return []
        norm = self._fix_typos(norm)
        slots = extract(norm, now.astimezone(self.tz), self.matcher)
        own = [t for i, t in enumerate(norm.tokens)
               if norm.content_mask[i] and i not in slots.used and t not in QUESTION_WORDS]
        return self._unexplained(norm, slots) if len(own) >= 2 else []

    def _province_named_after_org(self, norm: Norm, slots: Slots) -> Slots:
        """«LĐLĐ TP HCM»: a province's union named by its kind («LĐLĐ thành phố», an alias of one city's
        union) and then the province is that province's union, not the alias's."""
        hits = self.matcher.find(norm.tokens)
        drop: set[int] = set()
        for h, nxt in itertools.pairwise(hits):
            if h.kind != "org" or nxt.kind != "province" or nxt.start != h.end:
                continue
            org = self.orgs.get(int(h.value))
            if org is not None and self._is_province_org(org.id) and org.province and not (
                    same_area_keys(org.province) & same_area_keys(nxt.value)):
                drop.add(org.id)
        if not drop:
            return slots
        return dataclasses.replace(slots, org_ids=tuple(o for o in slots.org_ids if o not in drop))

    def _no_evidence(self, ans: Answer, norm: Norm, slots: Slots) -> bool:
        """A topic, role or format alone, no place or union, and the question's own words nowhere in the
        classes nor in the data («học kế toán online ở đâu uy tín»): not a union class."""
        # The asker's workplace said introducing themselves («công ty giày ở KCN Thụy Vân») is no word a class
        # must say.
        # «trong tỉnh mình», «bên …»: the words that say where a class is asked for are no subject of it.
        fillers = frozenset(i for i, t in enumerate(norm.tokens) if t in _PLACE_FILLERS) | _phrase_positions(
            norm.tokens, _ASIDES)
        return (ans.word_coverage == 0.0 and not (slots.org_ids or slots.provinces or slots.places)
                and not _has(norm.folded, *_MY_AREA)  # «bên mình», «tỉnh mình»: the asker's own place
                and bool(self._unexplained(norm, slots, skip=_self_intro_positions(norm, slots.used)
                                           | _phrase_positions(norm.tokens, NATIONAL_CUES) | fillers)))

    def _asked_words(self, norm: Norm, slots: Slots, skip: frozenset[int]) -> tuple[list[int], list[bool]]:
        """Where the question's own words are (not its slots, its digits, the positions `skip` covers, nor
        the words any question says), and which words may pair with them: besides those, a content word
        typed with its marks that folds like a small one («văn» of «văn phòng» is no «vẫn»), or a question
        word in a pair the data says («báo cáo» is no «bao nhiêu»)."""
        toks = norm.tokens
        mine = [i not in slots.used and i not in skip and not t.isdigit() and len(t) >= 2
                and not (len(t) == 2 and t not in self.vocab) for i, t in enumerate(toks)]
        checked = [i for i, t in enumerate(toks)
                   if mine[i] and norm.content_mask[i] and t not in _WEAK_WORDS and t not in _PLAIN_WORDS
                   # «ca nhiem ky», «ca nam» typed plain: «cả» (the whole) of a period, no «ca» (a shift) asked.
                   and not (t == "ca" and i + 1 < len(toks) and toks[i + 1] in _PERIOD_HEADS)]
        near_ok = [i in checked or (mine[i] and (
            (norm.had_diacritics and norm.content_mask[i] and t not in QUESTION_WORDS and t not in TIME_WORDS)
            or (t in QUESTION_WORDS and ((i > 0 and self._known_pair(toks[i - 1], t))
                                         or (i + 1 < len(toks) and self._known_pair(t, toks[i + 1]))))))
            for i, t in enumerate(toks)]
        return checked, near_ok

    def _said_word(self, toks: Sequence[str], i: int, near_ok: Sequence[bool], words: Set[str],
                   pairs: Set[str]) -> bool:
        """Whether a record's `words` and word `pairs` say the question's word at `i`: with its neighbour
        when the neighbour is a word of the question's own (most words are two syllables: «phòng» of «văn
        phòng» is not said by «Hải Phòng», nor «cao» of «báo cáo» by «Cao đẳng»), a slip of the fingers in
        the pair («soạn thoả», not «viết báo» for «viên báo») being the pair and a number beside it part of
        it («đợt 3»); alone otherwise, or when
        the neighbour is one the bot cannot read («cty Samsung»)."""
        t = toks[i]
        if not t.isdigit() and not is_syllable(t):
            return t in words  # an acronym («TPP») is a word of its own, whatever stands beside it
        # A year beside a word is when, not part of it («năm 2017 tăng»).
        near = [f"{toks[i - 1]}_{t}"] if i and (near_ok[i - 1] or _number_of_word(toks[i - 1])) else []
        near += [f"{t}_{toks[i + 1]}"] if i + 1 < len(toks) and (near_ok[i + 1] or _number_of_word(toks[i + 1])) else []
        near = [p for p in near if all(w in self.vocab or w.isdigit() for w in p.split("_"))]
        if not near:
            return t in words
        return any(p in pairs for p in near) or any(
            _slip(p, str(cand)) for p in near if len(p) >= 7
            for cand, _, _ in process.extract(p, pairs, scorer=OSA.distance, score_cutoff=1, limit=None))

    def _unsaid_by_classes(self, ans: Answer, norm: Norm, slots: Slots) -> tuple[list[str], int]:
        """What a class question asks about that none of the classes found says in its title, topic,
        organiser, venue or note (see `_said_word`): the question's own words, not those any class question
        says («lớp», «kỹ năng», «cán bộ»), its cues, nor the places, unions, roles and periods recognised.
        Whom a class is for («… cho lái xe, phụ xe») says whom it teaches, not what: «học lái xe» is not
        said by it. Returns those words and how many words the question has of its own."""
        toks = norm.tokens
        # The asker's workplace said introducing themselves («em là CT CĐ công ty giày …») is no class's.
        skip = _phrase_positions(toks, (*COURSE_ASPECT_CUES, *MY_PLACE, *FOR_ME, *_GENERIC_PHRASES,
                                        *_CLASS_GENERIC_PHRASES, "cho", "danh cho", *_MY_JOB, *_ASIDES,
                                        *_NEXT_CUES, *_next_class_cues(norm))
                                 ) | _self_intro_positions(norm, slots.used) | _again_positions(toks, norm) | _now_positions(toks)
        if not (slots.provinces or slots.places or slots.org_ids):
            # «lớp toàn quốc»: the scope asked (the national bodies' classes, see `_answer_courses`), as a
            # province would be, no word the classes must say.
            skip |= _phrase_positions(toks, NATIONAL_CUES)
        checked, near_ok = self._asked_words(norm, slots, skip)
        if not checked:
            return [], 0
        subject_words: set[str] = set()
        subject_pairs: set[str] = set()
        # Who holds a class and where («Trường Đại học Sư phạm», «16 Lê Lai»): said of it, but not what it teaches.
        held_words: set[str] = set()
        held_pairs: set[str] = set()
        audience_words: set[str] = set()
        audience_pairs: set[str] = set()
        for c in ans.courses:
            for words, pairs, (class_words, class_pairs) in zip((subject_words, held_words, audience_words),
                                                        (subject_pairs, held_pairs, audience_pairs),
                                                        self._class_says(c), strict=True):
                words |= class_words
                pairs |= class_pairs
        out: list[str] = []
        for i in checked:
            start = i
            while start and near_ok[start - 1]:
                start -= 1
            # What one learns («học lái xe», «dạy bơi», «học đại học») is a subject, said by what a class teaches;
            # elsewhere whom a class is for, who holds it and where count too.
            learnt = [k for k in range(max(start - 1, 0), i) if toks[k] in ("hoc", "day")]
            if toks[i] == "bang" and i + 1 < len(toks) and toks[i + 1] == "tieng":
                # «học bằng tiếng dân tộc»: «bằng» says the language a class is taught in, no word of it.
                continue
            if learnt and "bang tieng" not in " ".join(toks[learnt[-1] + 1:i]):
                # (After «bằng» the medium is said, «học bằng tiếng dân tộc», not what is learnt: whom the class
                # is for says it as well, «cho cán bộ người dân tộc thiểu số».)
                said = self._said_word(toks, i, near_ok, subject_words, subject_pairs)
            else:
                said = self._said_word(toks, i, near_ok, subject_words | held_words | audience_words,
                                       subject_pairs | held_pairs | audience_pairs)
            if not said:
                out.append(toks[i])
        return list(dict.fromkeys(out)), len(checked)

    def _class_says(self, c: CourseRec) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """A class's words and word pairs of what it teaches, of who holds it and where, and of whom it is
        for (see `_unsaid_by_classes`); kept for the classes shown lately, which the next questions show too."""
        key = (c.title, c.topic, c.topic_text, c.description, c.organiser_name, c.partner, c.venue, c.province,
               c.audience_text, c.audiences)
        cache: dict[tuple[object, ...], tuple[tuple[frozenset[str], frozenset[str]], ...]] = (
            self.__dict__.setdefault("_class_words", {}))
        got = cache.get(key)
        if got is not None:
            return got
        head, _, tail = c.title.partition(" cho ")
        out = []
        for text in (" \n ".join((head, _topic_label(c.topic) or "", c.topic_text, c.description)),
                     " \n ".join((c.organiser_name or "", c.partner or "", c.venue or "", c.province or "")),
                     " \n ".join((tail, c.audience_text, *(_role_label(a) or a for a in c.audiences)))):
            words: set[str] = set()
            pairs: set[str] = set()
            for part in re.split(r"[\n,;()]", text):
                toks = index_tokens(part)
                words.update(toks)
                pairs.update(f"{a}_{b}" for a, b in itertools.pairwise(toks))
            out.append((frozenset(words), frozenset(pairs)))
        got = tuple(out)
        if len(cache) >= 10_000:
            cache.clear()
        cache[key] = got
        return got

    def _another_compound(self, key: tuple[str, ...], nxt: str) -> bool:
        """Whether a sector union named short («ngành điện», «ngành giáo») is no name of it before `nxt`: the
        word with another the data says makes another sector («ngành điện tử», «ngành giao thông»)."""
        own = self._sector_next.get(key)
        return (own is not None and nxt != own and hasattr(self, "knowledge") and len(key[-1]) + len(nxt) > 2
                and self._known_pair(key[-1], nxt))

    def _titled_kind(self, norm: Norm, slots: Slots) -> Slots:
        """The slots without a bare «ngành» that the titles say after the word before it: «thương lượng tập thể
        ngành» is bargaining across a sector, a class's topic, not a class of a sector union («công đoàn ngành»,
        «CĐ ngành GD» stay unions)."""
        if ("orgkind", "nganh") not in slots.phrases:
            return slots
        toks = norm.tokens
        titled = {i for i, t in enumerate(toks) if t == "nganh" and i in slots.used and i >= 1
                  and toks[i - 1] not in ("doan", "cd", "cac", "cong") and self._known_pair(toks[i - 1], t)}
        if not titled:
            return slots
        kinds = [p for k, p in slots.phrases if k == "orgkind" and p != "nganh"]
        return dataclasses.replace(
            slots, used=slots.used - titled,
            org_kinds=tuple(k for k in slots.org_kinds
                            if k != KIND_PHRASES.get("nganh") or any(KIND_PHRASES.get(p) == k for p in kinds)),
            phrases=tuple(x for x in slots.phrases if x != ("orgkind", "nganh")))

    def _known_pair(self, a: str, b: str) -> bool:
        key = f"{a}_{b}"
        return self.courses.has_key("b:" + key) or key in self.knowledge.idf or key in self._phrase_bigram_vocab

    def _unexplained(self, norm: Norm, slots: Slots, within: frozenset[str] | None = None,
                     skip: Set[int] = frozenset()) -> list[str]:
        """The question's content words that the data never says beside their neighbour and that are not
        rare names of it (of the record `within`, when given): a word (most are two syllables) the bot was
        never taught («người yêu», «xe máy»)."""
        toks = norm.tokens
        limit = max(3, (self.courses.n + len(self.knowledge.items)) // 40)
        out = []
        for i, t in enumerate(toks):
            if (not norm.content_mask[i] or i in slots.used or i in skip or t in _WEAK_WORDS or t.isdigit()
                    or len(t) < 2 or t in _DOMAIN_WORDS):
                continue
            if (i and self._known_pair(toks[i - 1], t)) or (i + 1 < len(toks) and self._known_pair(t, toks[i + 1])):
                continue
            df = self.courses.df.get(t, 0) + len(self.knowledge.postings.get(t, ()))
            if 0 < df <= limit and (within is None or t in within):
                continue  # a rare word of the data: a name or a specific term
            out.append(t)
        return out

    def _unsaid_by_record(self, norm: Norm, slots: Slots, index: int) -> tuple[int, list[str]]:
        """What the question asks about, and what of it the record at `index` does not say: the topics it
        names, each said by the record's own topic or by any way of saying it word for word («ATVSLĐ» for
        «an toàn lao động»; «đoàn phí» is not said by «kinh phí» and «công đoàn»), and its own words, not
        the union's common vocabulary, the cues, places, unions or roles, each compared as `_said_word`
        does (a word of a union phrase said outside it, «nghỉ» of «nghỉ phép», is the question's own).
        Returns how many topics and words the question has and those the record leaves out."""
        k = self.knowledge
        toks = norm.tokens
        have = k.token_sets[index]
        pairs = k.bigram_sets[index]
        topics = list(dict.fromkeys(p for kind, p in slots.phrases if kind == "topic"))
        rec_topic = getattr(k.items[index].rec, "topic", None)
        out: list[str] = []
        for phrase in topics:
            key = _TOPIC_OF_PHRASE.get(phrase)
            if key is not None and key == rec_topic:
                continue
            if not any(_said(words, have, pairs) for words in _TOPIC_WORDINGS.get(key or "", [phrase.split()])):
                out.append(phrase)
        # Whom it is asked for («kế toán CĐCS»): a record that never says the role's own words (those past
        # the union's names) is about other people, however well the rest matches.
        # A plan's target is read by its own fields (and «CT» may be its «chỉ tiêu»): only articles are checked.
        roles = list(dict.fromkeys(p for kind, p in slots.phrases if kind == "role")) \
            if k.items[index].kind == "fact" else []
        for phrase in roles:
            runs = [r.split() for r in re.split(r"\b(?:" + "|".join(_ROLE_COMMON_WORDS) + r")\b", phrase)
                    if r.strip()]
            if runs and not all(_said(run, have, pairs) for run in runs):
                out.append(phrase)
        skip = _phrase_positions(toks, (*_GENERIC_PHRASES, *_ASKING_PHRASES, *topics)) | _honorific_positions(toks)
        # «Hòa Bình cũ giờ thuộc Phú Thọ»: where a former province now lies, no word of what is asked.
        skip |= _phrase_positions(toks, [m.group(0) for m in _MERGED_INTO.finditer(" ".join(toks))])
        checked, near_ok = self._asked_words(norm, slots, skip)
        # A word of a name the record writes («anh Kiên» of «Nguyễn Văn Kiên») is said by it, whatever its
        # neighbours in the question.
        names = self._item_names[index]
        # A figure of an article is said of what the article is about: its title's words (the programme it
        # reports, «… nâng cao chất lượng hoạt động công đoàn») are the record's too, though its sentence
        # does not repeat them.
        about = self._source_words(k.items[index].rec)
        out += [toks[i] for i in checked if not self._said_word(toks, i, near_ok, have, pairs)
                and f" {toks[i]} " not in names and toks[i] not in about]
        return len(topics) + len(roles) + len(checked), list(dict.fromkeys(out))

    def _source_words(self, rec: object) -> frozenset[str]:
        """The words of the title of the article a fact comes from (none for other records)."""
        source = getattr(rec, "source", None)
        if not isinstance(rec, FactRec) or source is None or source.kind != "article" or not source.title:
            return frozenset()
        kept: dict[str, frozenset[str]] = self.__dict__.setdefault("_source_word_sets", {})
        got = kept.get(source.title)
        if got is None:
            got = kept[source.title] = frozenset(index_tokens(source.title)) - _WEAK_WORDS
        return got

    @staticmethod
    def _other_period(norm: Norm, slots: Slots, item: Item) -> bool:
        """Whether a record is of a period other than the year asked: neither the years its figures cover nor
        its article's year («Hà Nội năm 2021» of a 2016 report; «Sóc Trăng 2016» finds the 2013–2015 figures
        the 2016 article gives). Only a year the question prints: a relative period may be the article's."""
        if slots.time is None or slots.time.year is None or item.year is None:
            return False
        y1, y2 = slots.time.year, slots.time.year_end or slots.time.year
        if not {str(y1), str(y2)} & set(norm.tokens):
            return False  # «2 năm qua», «năm nay» may be said from the article's own time
        if item.year <= y2 and (item.year_end or item.year) >= y1:
            return False
        source = getattr(item.rec, "source", None)
        published = getattr(source, "year", None)
        return not (isinstance(published, int) and y1 <= published <= y2)

    def _counts_other(self, norm: Norm, item: Item, index: int) -> bool:
        """«bao nhiêu lớp» asked of a fact that never says «lớp» (it counts cadres): not the figure asked."""
        asked = _ASKED_UNIT.search(norm.folded)
        if asked is None or item.kind != "fact":
            return False
        words = set(asked.group(1).split())
        said = self.knowledge.token_sets[index]
        if words == {"buoi"} and said & _SESSION_UNIT_HEADS:
            return False  # sessions held are counted as «buổi» or «cuộc» alike
        # People are counted under many names (học viên, đồng chí, CBCĐ, lượt): only classes and sessions.
        return bool(words & {"lop", "khoa", "buoi"}) and not words <= said

    def _class_aspect_unsaid(self, folded: str, index: int) -> bool:
        """A class's opening, deadline, seats or fee asked («khi nào khai giảng») of a record that says none of
        it: an article's account of what was done does not tell when a class opens."""
        return _aspect_unsaid(folded, self.knowledge.bigram_sets[index])

    def _rare_hit(self, norm: Norm, top: Scored, places: frozenset[int] = frozenset()) -> bool:
        """Whether the question shares a rare word (a name, a specific term) with the best item, which
        lets a question with no union vocabulary through ("Lê Xuân Trường báo cáo gì?"). A name spelt by
        `places` positions alone (a place the question names) does not count."""
        k = self.knowledge
        i = top.index
        content = norm.content
        if places and len(norm.content_mask) == len(norm.tokens):
            # The question's content words outside the places (the mask marks which tokens are content).
            content = tuple(t for j, (t, m) in enumerate(zip(norm.tokens, norm.content_mask, strict=True))
                            if m and j not in places)
        if any(
            t in k.token_sets[i] and len(k.postings.get(t, ())) <= 2 and t not in self._common_words
            and not t.isdigit()
            for t in content
        ):
            return True
        # A name typed without its marks is made of common syllables («le xuan truong»).
        return self._full_name_said(norm, top, places)

    def _full_name_said(self, norm: Norm, top: Scored, places: frozenset[int] = frozenset()) -> bool:
        """Whether the question says three words in a row that spell a name the best record writes (three
        capitalised words or more, «Lê Xuân Trường»), not only by a place it names."""
        names = self._item_names[top.index]
        if not names:
            return False
        toks = norm.tokens
        return any(f" {' '.join(toks[j:j + 3])} " in names and not {j, j + 1, j + 2} <= places
                   for j in range(len(toks) - 2))

    def _identifier_number(self, tokens: Sequence[str], i: int) -> bool:
        """Whether a number in a question is part of what names a class (a batch «đợt 2», a law's year
        «Luật Công đoàn 2024»), matched exactly as a word, never as a figure or a date."""
        prev = tokens[i - 1] if i else ""
        if prev in ("dot", "khoa", "ky", "phan", "lan"):
            return True
        if (prev and len(tokens[i]) <= 2 and prev not in TIME_WORDS and self.courses.df.get(tokens[i])
                and self.courses.bits(f"b:{prev}_{tokens[i]}")):
            return True  # «lớp 2», «khóa 3» the way the data's own titles number their classes
        return self._title_year_at(tokens, i)

    def _title_year_at(self, tokens: Sequence[str], i: int) -> bool:
        tok = tokens[i]
        prev = tokens[i - 1] if i else ""
        if not re.fullmatch(r"(19|20)\d\d", tok) or not prev or prev in TIME_WORDS or prev.isdigit():
            return False
        if prev in ("den", "toi", "va", "tu", "giai", "trong", "cua", "o", "tai", "vao", "nhung", "cac") or (
            i >= 2 and tokens[i - 2] == "giai" and prev == "doan"
        ):
            return False
        c = self.courses
        return bool(c.df.get(tok) and c.df.get(prev) and c.bits("w:" + tok) & c.bits("w:" + prev))

    def _title_year(self, norm: Norm, slots: Slots) -> bool:
        # A year right after a place named («chỉ tiêu Bắc Ninh 2026») is the period asked, whatever
        # class of that place also says the year.
        after_place = {i + len(p.split()) for k, p in slots.phrases if k == "place" for i in range(len(norm.tokens))
                       if list(norm.tokens[i:i + len(p.split())]) == p.split()}
        return any(self._title_year_at(norm.tokens, i) for i in range(len(norm.tokens)) if i not in after_place)

    def is_province_org(self, org_id: int) -> bool:
        """Whether a union is a province's own (LĐLĐ tỉnh …): naming it names the province."""
        return self._is_province_org(org_id)

    def today_profile(self, profile: Profile | None) -> Profile | None:
        """The asker's profile on today's map: a province merged in 2025 («Sóc Trăng») is the province it
        joined («Cần Thơ»), and the former province's own union, which ended with it, is that province's.
        Profiles chosen before the merger, or by a chair who still says the former name, would otherwise
        find none of their own classes or targets (they are all filed under the current province)."""
        if profile is None or not profile.province or not is_former(profile.province):
            return profile
        today = current_province(profile.province) or profile.province
        union = profile.organisation_id
        if union is None or self._is_province_org(union):
            union = next((o for o, rec in self.orgs.items() if self.org_kinds.get(o) == "province"
                          and area_key(rec.province) == area_key(today)), None)
        return Profile(role=profile.role, organisation_id=union, province=today, said=profile.said, place=profile.place)

    def _unions_said_at(self, org_ids: Sequence[int], provinces: Sequence[str]) -> tuple[str, ...]:
        """Where the unions a class question named are, as a reply says it: a district's, town's or commune's
        by its own place and its province («huyện Mê Linh (Hà Nội)»), any other by its province."""
        out: list[str] = []
        for o, province in zip(org_ids, provinces, strict=True):
            m = _UNION_PLACE.match(self.orgs[o].name)
            place = m.group(1) if m else ""
            out.append(f"{place} ({province})" if place and fold(province) not in fold(place) else province)
        return tuple(dict.fromkeys(out))

    def _former_federations(self) -> dict[str, list[int]]:
        """The federations of provinces that ended with the 2025 merger, by the former province's key (read once)."""
        got: dict[str, list[int]] | None = self.__dict__.get("_former_feds")
        if got is None:
            got = {}
            for o, org in self.orgs.items():
                if org.province and self._is_province_org(o) and is_former(org.province):
                    got.setdefault(province_key(org.province), []).append(o)
            self.__dict__["_former_feds"] = got
        return got

    def _is_province_org(self, org_id: int) -> bool:
        # The kind the name says where the database says "province" (older imports say it of every union).
        return self.org_kinds.get(org_id) in ("province", "national")

    def _named_class_first(self, hits: CourseHits, norm: Norm, own: Sequence[int], now: dt.datetime,
                           batches: Sequence[str] = (), held_too: bool = True) -> CourseHits:
        """A class the question names by its whole title and its own organiser («lớp Tập huấn kỹ năng thương
        lượng tập thể của LĐLĐ tỉnh Lâm Đồng») is the one asked about, whatever its date or status: a chair
        asks after a class heard of, which may be over, called off or past its deadline. It comes first when
        the classes found put another first (a look-alike of another union's, still to come)."""
        if not own:
            return hits
        top = hits.courses[0] if hits.courses else None
        if top is not None and top.organiser_id in own and self._title_said(top, norm.tokens, batches):
            return hits
        mine = self.courses.any_of("od:", [str(o) for o in own])
        # The titles said word for word, looked up; else, for a union with a short plan, its titles read one
        # by one with a slip or two allowed.
        found = [pos for pos in self.courses.titled_in(norm.tokens) if mine >> pos & 1]
        if not found and mine.bit_count() <= _TITLES_READ:
            found = list(iter_bits(mine))
        named = [c for c in (self.courses.courses[pos] for pos in dict.fromkeys(found))
                 if self._title_said(c, norm.tokens, batches)
                 and (held_too or (c.starts_at >= now and c.status not in ("cancelled", "finished")))]
        if not named:
            return hits
        # Several of that union's classes bear the title (this year's and last year's): the next one to come,
        # else the latest held.
        ahead = [c for c in named if c.starts_at >= now]
        pick = ahead[0] if ahead else max(named, key=lambda c: c.starts_at)
        rest = [c for c in hits.courses if c.code != pick.code]
        return dataclasses.replace(hits, courses=[pick, *rest][:max(1, len(hits.courses))],
                                   total=hits.total + (len(rest) == len(hits.courses)), word_coverage=1.0,
                                   relaxed=(), lead=(pick.code,))

    def _asked_batch_first(self, hits: CourseHits, norm_tokens: Sequence[str], batches: Sequence[str],
                           now: dt.datetime, held_too: bool = True) -> CourseHits:
        """«… đợt 1 bắt đầu hôm nào» when the class found first is another batch of that class («… (đợt 2)»):
        the batch asked, of the same organiser and title, answers — held already too when a detail of it is
        asked (a chair asks after the first batch, over by now, as well as the second)."""
        if len(batches) != 1 or not hits.courses or _batches_named(norm_tokens) != set(batches):
            # «đợt 1 bị hủy rồi hả, còn đợt 2 ko»: two batches in the question, the one asked not plain.
            return hits
        top = hits.courses[0]
        title = tuple(index_tokens(top.title))
        if not batches_asked(title) or batches[0] in batches_asked(title):
            return hits
        base = _unbatched(title)
        same = [c for c in self.courses.courses
                if c.organiser_id == top.organiser_id and c.code != top.code
                and batches[0] in batches_asked(tuple(index_tokens(c.title)))
                and _unbatched(tuple(index_tokens(c.title))) == base
                and (held_too or (c.starts_at >= now and c.status not in ("cancelled", "finished")))]
        if not same:
            return hits
        ahead = [c for c in same if c.starts_at >= now]
        pick = min(ahead, key=lambda c: c.starts_at) if ahead else max(same, key=lambda c: c.starts_at)
        rest = [c for c in hits.courses if c.code != pick.code]
        # The batch asked is over: the batch found to come stays after it, the one the asker can still attend.
        keep = max(1 + (not ahead), len(hits.courses))
        return dataclasses.replace(hits, courses=[pick, *rest][:keep], total=max(hits.total, len([pick, *rest][:keep])),
                                   lead=(pick.code,))

    def _batch_for_role_first(self, hits: CourseHits, norm_tokens: Sequence[str], batches: Sequence[str],
                              roles: Sequence[str], now: dt.datetime) -> CourseHits:
        """«lớp cho kế toán công đoàn đợt 1 ở Bắc Giang học ngày nào» when the batch's class for that audience is over
        (or past its deadline) and another class of the same organiser and batch, for other people, was found: a
        province's plan runs several classes in each batch, and the asker names theirs by whom it is for. The
        batch's class for the role asked answers first (held already too: its status says so), the one found after."""
        if len(batches) != 1 or not roles or not hits.courses or _batches_named(norm_tokens) != set(batches):
            return hits
        asked = set(roles)
        top = hits.courses[0]
        if asked & set(top.audiences) or batches[0] not in batches_asked(tuple(index_tokens(top.title))):
            return hits
        idx = self.courses
        # The organiser's classes through its bitmap (those of the unions under it too, dropped below), not a walk
        # over every class of the data.
        pool = (idx.courses if top.organiser_id is None
                else [idx.courses[p] for p in iter_bits(idx.bits(f"o:{top.organiser_id}"))])
        same = [c for c in pool
                if c.organiser_id == top.organiser_id and c.code != top.code and asked & set(c.audiences)
                and batches[0] in batches_asked(tuple(index_tokens(c.title)))]
        if not same:
            return hits
        ahead = [c for c in same if c.starts_at >= now and c.status not in ("cancelled", "finished")]
        pick = min(ahead, key=lambda c: c.starts_at) if ahead else max(same, key=lambda c: c.starts_at)
        rest = [c for c in hits.courses if c.code != pick.code]
        keep = max(2, len(hits.courses))
        return dataclasses.replace(hits, courses=[pick, *rest][:keep], total=max(hits.total, len([pick, *rest][:keep])),
                                   lead=(pick.code,))

    def _title_said(self, course: CourseRec, tokens: Sequence[str], batches: Sequence[str] = ()) -> bool:
        """Whether the question says the class's whole title, word for word, and the batch it asks for («đợt 1»)
        is the title's (a title said whole inside another class's longer one is not that class's)."""
        pos = self.courses.by_id.get(course.id)
        title = tuple(index_tokens(course.title)) if pos is None else self.courses.title_words(pos)
        n = len(title)
        if n < 3 or (batches and not set(batches) <= set(batches_asked(title))):
            return False
        # A slip of the fingers in a word or two of a long title («tập hấn», «tư vn») is still its word: one
        # letter off, never a number («đợt 1» is no «đợt 2»).
        slips = n // 4
        said = set(tokens)
        if sum(w not in said for w in title) > slips:
            return False  # more of its words unsaid than slips allowed: no window of the question can say it
        for i in range(len(tokens) - n + 1):
            off = 0
            for a, b in zip(tokens[i:i + n], title, strict=True):
                if a != b:
                    off += 1
                    if off > slips or not (a.isalpha() and b.isalpha() and OSA.distance(a, b, score_cutoff=1) <= 1):
                        off = slips + 1
                        break
            if off <= slips:
                return True
        return False

    def _work_of_role(self, norm: Norm, slots: Slots, topics: list[str]) -> list[str]:
        """«học nghiệp vụ UBKT online»: the catch-all «nghiệp vụ» followed by a role whose work is a topic of its
        own asks for that topic's classes (those on inspection for the UBKT), not any class whose title says
        «nghiệp vụ». Unless the plans say those very words («Nghiệp vụ UBKT» as a class's topic)."""
        if topics != ["nghiep_vu"]:
            return topics
        for k, p in slots.phrases:
            if k != "role" or not any(says(norm.folded, f"nghiep vu {work}{to}{p}") for work in ("", "cong tac ")
                                          for to in ("", "cho ", "cua ")):
                continue
            if self.courses.phrase_bits(("nghiep", "vu", *p.split())):
                return topics
            work = sorted({_ROLE_WORK[v] for kind, v in self.matcher.entries(tuple(p.split()))
                           if kind == "role" and v in _ROLE_WORK and v in slots.roles})
            if work:
                return work
        return topics

    def _venue_named(self, tokens: Sequence[str]) -> list[str]:
        """«học tại Hội trường đặc khu Phú Quốc», «ở TTCT xã Tuần Giáo», «ở phường Đức Xuân»: a hall, a centre or
        a ward named after «tại»/«ở» as some class's venue says it, word for word (the longest such run, three
        words at least): the classes held there come first, before those of the same union held elsewhere. A
        province («ở tỉnh Gia Lai») is no venue."""
        out: list[str] = []
        for i, t in enumerate(tokens):
            if t not in ("tai", "o") or i + 1 >= len(tokens) or tokens[i + 1] not in _VENUE_HEADS:
                continue
            best: tuple[str, ...] = ()
            for j in range(i + 4, min(len(tokens), i + 13) + 1):
                phrase = tuple(tokens[i + 1:j])
                found = self.courses.phrase_bits(phrase)
                if not found:
                    break
                if found.bit_count() <= 400 and any(
                        f" {' '.join(phrase)} " in f" {' '.join(index_tokens(c.venue))} "
                        for c in (self.courses.courses[p] for p in iter_bits(found)) if c.venue):
                    best = phrase
            if best:
                out.append(" ".join(best))
        return out

    @staticmethod
    def _place_before_profile_role(asked: Callable[..., CourseHits], hits: CourseHits, status: bool,
                                   cancel_asked: bool) -> CourseHits:
        """«lớp bồi dưỡng nghiệp vụ gần nhất cho mình»: the role comes from the asker's profile, not the question;
        when no class for it is held in the asker's province, a class there for other cadres answers before one
        for that role in another province (the place is asked, the role only assumed)."""
        anyone = asked(roles=[], cancelled=status, cancelled_last=not cancel_asked)
        return anyone if anyone.courses and _relax_cost(anyone.relaxed) < _relax_cost(hits.relaxed) else hits

    @staticmethod
    def _in_area(course: CourseRec, province: str) -> bool:
        """Whether a class is held in a province (today's, or one merged into it)."""
        return bool(course.province) and area_key(course.province or "") in same_area_keys(province)

    @staticmethod
    def _held_at_venue(probe: Callable[..., CourseHits], held: CourseHits) -> CourseHits:
        """«lớp gần nhất tại phường Phan Thiết», whose ward union called its own class off: a class still held
        in the ward (the name said by its venue, whoever organises it) is held there, before the one called off."""
        there = probe(relax=True)
        return there if there.courses and not there.relaxed else held

    def _for_another_role(self, course: CourseRec, roles: Sequence[str]) -> bool:
        """Whether a class is made for another role whose name holds the words of the one asked: «Phó chủ tịch
        công đoàn cơ sở» says every word of «chủ tịch công đoàn cơ sở» and is not for chairs."""
        if set(course.audiences) & set(roles):
            return False
        named = {h.value for h in self.matcher.find(index_tokens(course.title)) if h.kind == "role"}
        return bool(named) and not named & set(roles)

    def _course_by_code(self, norm: Norm) -> CourseRec | None:
        return next(iter(self.courses_coded(norm.text)), None)

    def courses_coded(self, text: str) -> list[CourseRec]:
        """The classes a message names by their code, in the order named (exactly: «HN-02» is no «HN-03»)."""
        # A code has a digit, whatever its parts («KCN-PT-2027-3», «KH-27.GV.07», «CT27-005», «TLD-LCD24-ON»),
        # or two parts at least («DHCD-LLCT», «QTR-LDLD-KT-ONL»), so a plain word is never taken for a code;
        # only a code of the data is taken (the follow-ups ask of a class by its code, whatever its shape).
        out: list[CourseRec] = []
        for m in re.finditer(r"(?<![\w-])[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*(?![\w-])", text):
            parts = len(re.findall(r"[-_.]", m.group(0)))
            if not (m.group(0)[-1].isdigit() or parts):
                continue
            pos = self.courses.by_code.get(fold(m.group(0)))
            if pos is None:
                pos = self.courses.by_code.get(re.sub(r"([a-z])(\d)", r"\1-\2", fold(m.group(0))))
            if pos is not None and self.courses.courses[pos] not in out:
                out.append(self.courses.courses[pos])
        return out

    @staticmethod
    def _matches(scored: Sequence[Scored]) -> list[Match]:
        return [Match(s.item.kind, s.item.code, s.item.title, round(min(1.0, s.score), 3)) for s in scored]

    # ------------------------------------------------------------ courses

    def _last_said_role(self, norm: Norm, slots: Slots, roles: list[str]) -> list[str]:
        """«Em là chủ tịch CĐCS ở trường …, mình là cán bộ công đoàn chuyên trách ở Quảng Trị, có lớp nào cho
        mình không»: the asker says who they are twice, the second time right before the question; the role
        said last is the one the question asks for (the first is a greeting's introduction, or corrected)."""
        if len(roles) < 2:
            return roles
        intros = list(_SELF_INTRO.finditer(norm.folded))
        if len(intros) < 2:
            return roles
        last = intros[-1].start()
        said = [(norm.folded.rfind(p), p) for k, p in slots.phrases if k == "role"]
        later = {v for at, p in said if at > last for kind, v in self.matcher.entries(tuple(p.split())) if kind == "role"}
        earlier = {v for at, p in said if 0 <= at < last for kind, v in self.matcher.entries(tuple(p.split()))
                   if kind == "role"}
        if not later or not earlier - later:
            return roles
        return [r for r in roles if r in later]

    def _without_sender_role(self, norm: Norm, slots: Slots, roles: list[str]) -> list[str]:
        """«Mình là chủ tịch CĐCS …, bên mình muốn cử người đi học lớp …»: the role said introducing oneself
        is the sender's; those sent («người», «anh em», «cán bộ») are whom the class is for, so it is no
        audience asked. A role said again after the sending («cử người đi học lớp cho chủ tịch») stays."""
        intro = _SELF_INTRO.search(norm.folded)
        sent = _SENDING_OTHERS.search(norm.folded)
        if not (roles and intro and sent and intro.start() < sent.start()):
            return roles
        after = norm.folded[:sent.end()].count(" ") + 1
        again = {h.value for h in self.matcher.find(norm.tokens[after:]) if h.kind == "role"}
        dropped = {v for k, p in slots.phrases if k == "role" and intro.start() < norm.folded.find(p) < sent.start()
                   for kind, v in self.matcher.entries(tuple(p.split())) if kind == "role"}
        return [r for r in roles if r not in dropped - again]

    def _without_workers_of_place(self, norm: Norm, slots: Slots, roles: list[str]) -> list[str]:
        """«công nhân KCN VSIP có lớp nào», «công nhân Tuy Hòa có lớp nào học»: the workers named by where they
        work (a zone, a ward) are the askers, who ask what is held there; the place holds, not the audience.
        «lớp cho công nhân KCN VSIP» (after «cho») and «NLĐ ở Gia Lai có lớp gì» (a province's workers) still
        ask for classes for workers."""
        if "doan_vien" not in roles:
            return roles
        provinces = {province_key(p) for p in slots.provinces}
        wheres = [p for k, p in slots.phrases if k in ("place", "org") and p not in provinces]
        members = [p for k, p in slots.phrases if k == "role"
                   and any(v == "doan_vien" for kind, v in self.matcher.entries(tuple(p.split())) if kind == "role")]
        for m in members:
            for w in wheres:
                hit = re.search(rf"(?:^| )(?:(\w+) )?{re.escape(m)} {re.escape(w)}\b", norm.folded)
                if hit and hit.group(1) not in _FOR_WHOM_HEADS:
                    return [r for r in roles if r != "doan_vien"]
        return roles

    def _ward_as_place(self, norm: Norm, slots: Slots) -> Slots:
        """«phường Bạc Liêu có lớp nào», «xã Đức Hòa có lớp nào gần nhất»: a ward or commune named as such, without
        «công đoàn» before it, is where the asker would go: the classes held there (whoever runs them) as well as
        its union's, not only those its union runs (which may be online or held elsewhere). «CĐ phường Bạc Liêu»
        keeps to the union."""
        # «gần cho tôi», «cho mình hỏi»: the asker, no audience.
        if slots.roles or slots.topics or re.search(r"\b(?:cho|danh cho|ve) (?!(?:toi|minh|em|e|mk|tui|chung toi)\b)\w",
                                                    norm.folded):
            # Named with whom or what the class is for («phường Linh Xuân có lớp gì cho CĐCS», «… lớp về nữ
            # công»): the plan of the ward's union is asked, as its name says.
            return slots
        wards = [p for k, p in slots.phrases if k == "org" and _LOCAL_HEAD.match(p)
                 and not re.search(rf"\b(?:cong doan|cd|cdcs|ldld) {re.escape(p)}\b", norm.folded)]
        if not wards or len(wards) != sum(1 for k, _ in slots.phrases if k == "org"):
            return slots
        ward_orgs = {o for o in slots.org_ids
                     if any(f" {fold(self.orgs[o].name)} ".endswith(f" {w} ") for w in wards if o in self.orgs)}
        if not ward_orgs:
            return slots
        return dataclasses.replace(
            slots, org_ids=tuple(o for o in slots.org_ids if o not in ward_orgs),
            places=(*slots.places, *(w for w in wards if w not in slots.places)),
            phrases=tuple(("place", p) if k == "org" and p in wards else (k, p) for k, p in slots.phrases))

    def _wards_said_as_places(self, norm: Norm, slots: Slots, org_ids: Sequence[int]) -> list[int]:
        """«lớp online cho chủ tịch CĐCS ở phường Cam Ranh»: the unions of wards and communes named after «ở», «tại»
        (no «công đoàn» before them), where the asker is rather than whose plan is asked. Only with an online class
        asked: the province's online classes are open there too (CourseIndex.search `open_to`)."""
        if "truc_tuyen" not in slots.formats:
            return []
        wards = [p for k, p in slots.phrases if k == "org" and _LOCAL_HEAD.match(p)
                 and re.search(rf"\b(?:o|tai) {re.escape(p)}\b", norm.folded)]
        return [o for o in org_ids if o in self.orgs
                and any(f" {fold(self.orgs[o].name)} ".endswith(f" {w} ") for w in wards)]

    def _ward_not_province(self, norm: Norm, slots: Slots) -> Slots:
        """The slots without a province whose name is said as a ward's or a commune's («phường Hòa Bình ở Phú
        Thọ»): since 2025 many wards carry a former province's or city's name, and one the data holds under
        that head is the place asked, not the whole former province."""
        gone = [p for p in slots.provinces if (key := province_key(p)) in slots.places
                and re.search(rf"\b(?:phuong|xa|thi tran|dac khu) {re.escape(key)}\b", norm.folded)
                and {"phuong", "xa", "thi tran", "dac khu"} & self.courses.place_heads.get(key, set())]
        if not gone or (len(gone) == len(slots.provinces) and not slots.org_ids):
            return slots
        return dataclasses.replace(slots, provinces=tuple(p for p in slots.provinces if p not in gone))

    def _answer_courses(
        self, question: str, norm: Norm, slots: Slots, now: dt.datetime, profile: Profile | None,
        truncated: bool, register: bool, offset: int = 0,
    ) -> Answer:
        if len(slots.topics) > 1:
            # «em là an toàn vệ sinh viên ở …, có khóa đối thoại thương lượng nào»: a topic's words said only
            # introducing oneself are the asker's job, not what the class is about (another topic is asked).
            mine = {p for k, p in slots.phrases if k == "topic" and _said_introducing(norm, slots.used, p)}
            gone = {_TOPIC_OF_PHRASE.get(p) for p in mine} - {
                _TOPIC_OF_PHRASE.get(p) for k, p in slots.phrases if k == "topic" and p not in mine}
            if mine and gone - {None} and set(slots.topics) - gone:
                slots = dataclasses.replace(
                    slots, topics=tuple(t for t in slots.topics if t not in gone),
                    phrases=tuple((k, p) for k, p in slots.phrases if not (k == "topic" and p in mine)))
        roles = list(slots.roles)
        used_profile = False
        said_place = ""
        # Whether the class still takes place is asked: cancelled classes are searched too, after the others
        # unless the cancellation itself is asked about («lớp … bị hủy à»).
        # «hoàn lại học phí» (a refund) folds to the «hoan» of «hoãn»: no class put off is asked there.
        called = hoan_apart(norm.text, norm.folded)
        status = _asks_status(called)
        # «còn tổ chức không» asks as «còn học không» does (the classes still held first); only words for a
        # class called off ask for the cancelled ones first, and among them those of the status said («lớp nào
        # bị hoãn»: the ones put off; «lớp nào hủy rồi»: the ones cancelled).
        cancel_asked = _has(called, *CALLED_OFF_CUES)
        status_asked = called_off_asked(called) if cancel_asked else ()
        roles = self._without_sender_role(norm, slots, roles)
        roles = self._without_workers_of_place(norm, slots, roles)
        roles = self._last_said_role(norm, slots, roles)
        profile_role = ""
        if not roles and profile and profile.role and _asks_for_me(norm):
            roles = [profile.role]
            used_profile = True
            profile_role = profile.role
        slots = self._ward_not_province(norm, self._ward_as_place(norm, slots))
        provinces = list(slots.provinces)
        org_ids = [o for o in slots.org_ids if not self._is_province_org(o)]
        # A kind of union asked for as a whole («các lớp của công đoàn ngành»): every union of that kind, ranked as
        # any list is, and the reply says so; «toàn quốc», «trung ương» keep to the national ones of that kind
        # (a sector union under the Tổng Liên đoàn, not a province's), whose cue then searches no title.
        of_kind = bool(slots.org_kinds and not org_ids)
        national_kind = False
        if of_kind:
            org_ids = [o for o, k in self.org_kinds.items() if k in slots.org_kinds]
            if not (provinces or slots.places) and _has(norm.folded, *NATIONAL_CUES):
                countrywide = [o for o in org_ids if national_scope(self.orgs, org_ancestors(self.orgs, o) or (o,))]
                if countrywide:
                    org_ids, national_kind = countrywide, True
        if not (org_ids or provinces or slots.places) and _has(norm.folded, *NATIONAL_CUES):
            org_ids = [NATIONAL_SCOPE]  # every national body's classes, wherever they are held
        if (not (org_ids or provinces or slots.places)
                and any(self.org_kinds.get(o) == "national" for o in slots.org_ids)):
            # «lớp của Tổng Liên đoàn»: every union is under it, so its classes are those of the national
            # bodies (its own, a national sector union's, its university's), not every province's.
            org_ids = [NATIONAL_SCOPE]
        places = [p for p in slots.places if p not in {province_key(x) for x in provinces}]
        merged_feds: list[int] = []
        for p in slots.provinces:
            key = province_key(p)
            if key not in places:
                # The classes filed under the very name asked first (a former province's own, or the
                # city's before those of the provinces merged into it), then the whole province today.
                places.append(key)
            if not is_former(p) and not (says(norm.folded, f"khu vuc {key}") or says(norm.folded, f"{key} cu")):
                # Today's province named plainly («ở Hải Phòng») is the whole province: the classes filed under
                # the provinces merged into it in 2025 («Hải Dương», a ward union's there) are as much its own as
                # those under its name; only the former provinces' own federations come after (`merged_feds`).
                partners = [k for f in former_names(p) if (k := province_key(f)) not in places]
                places += partners
                merged_feds += [o for k in partners for o in self._former_federations().get(k, ())]
            # A former province's classes are also those held in its former seat («phường Thủ Dầu Một»).
            places += [seat for seat in _seats_meant(former_places(p), slots) if seat not in places]
        # «khu vực Hải Phòng», «Hải Phòng cũ»: the area of that name, not the whole province of today; the
        # classes held in the provinces merged into it in 2025 («cơ sở Hải Dương cũ») come after. A province
        # named plainly is the whole province, nearest class first.
        said_areas = {area_key(p) for p in slots.provinces}
        merged_in: list[str] = []
        areas = [p for k, p in slots.phrases if k == "place"
                 and (says(norm.folded, f"khu vuc {p}") or says(norm.folded, f"{p} cu"))]
        for p in slots.provinces:
            if is_former(p) or not any(area_key(p) in same_area_keys(a) for a in areas):
                continue
            for f in former_names(p):
                if area_key(f) not in said_areas:
                    merged_in += [area_key(f), *former_places(f)]
        # A former province named plainly («ở Bình Dương có lớp nào») asks for the province it is part of
        # today: the classes held in the former one come first, the others of today's province after them.
        # «Bình Dương cũ», «khu vực Bình Dương» keep to the former area.
        first: list[str] = []
        former_area = ""
        area_asked = ""  # a former province named as an area of its own («Bạc Liêu cũ», «khu vực Bạc Liêu»)
        for p in slots.provinces:
            key = province_key(p)
            if not is_former(p) or _renamed(p):
                continue
            if not (says(norm.folded, f"khu vuc {key}") or says(norm.folded, f"{key} cu")):
                first += [key, *_seats_meant(former_places(p), slots)]
                former_area = former_area or p
            else:
                area_asked = area_asked or p
        places = [p for p in places if p not in first]
        first += self._venue_named(norm.tokens)
        for o in slots.org_ids:
            if self._is_province_org(o) and self.orgs[o].province:
                provinces.append(self.orgs[o].province or "")
        prefer = None
        if not provinces and not org_ids and not places and profile and profile.province:
            if profile.said or _has(norm.folded, *MY_PLACE):
                # «tỉnh mình có lớp nào»: the asker's province, as if named.
                provinces = [profile.province]
                places = [province_key(profile.province)]
                said_place = profile.province
            else:
                prefer = profile.province
            used_profile = True
        # What is asked about a class («học ở đâu», «do ai phối hợp», «học mấy ngày») is not what the
        # class is about: those words do not search titles.
        planned = _planned_positions(norm.tokens)
        asked = (_phrase_positions(norm.tokens, (*COURSE_ASPECT_CUES, *MY_PLACE, *FOR_ME, *_ASIDES, *_NEXT_CUES))
                 | _now_positions(norm.tokens)
                 | planned
                 | _class_kind_positions(norm.tokens) | _self_intro_positions(norm, slots.used)
                 | _sending_positions(norm.tokens)
                 | _phrase_positions(norm.tokens, next_span_phrases(" ".join(norm.tokens)))
                 | _organised_by_positions(norm.tokens, [p for k, p in slots.phrases if k == "org"])
                 | _area_head_positions(norm.tokens, slots.used)
                 | (_phrase_positions(norm.tokens, NATIONAL_CUES) if NATIONAL_SCOPE in org_ids or national_kind
                    else set()))
        again = _again_positions(norm.tokens, norm)
        alternative = _alternative_tail(norm.tokens, slots.used, asked)
        words = [_BATCH_WORDS.get(t, t) if i and norm.tokens[i - 1] == "dot" else t
                 for i, t in enumerate(norm.tokens) if i not in slots.used and i not in asked and i not in alternative
                 # This word where it stands («tại» before a place is no «tài» of «tài chính» said earlier).
                 and (norm.content_mask[i] if len(norm.content_mask) == len(norm.tokens) else t in norm.content)
                 and (not t.isdigit() or self._identifier_number(norm.tokens, i))
                 and not (t == "trong" and norm.tokens[i + 1:i + 2]
                          # «trong tuần này», «trong tỉnh mình», «trong KCN …»: «in» a period, place or union taken.
                          and (norm.tokens[i + 1] in _PERIOD_HEADS or i + 1 in slots.used or i + 1 in asked))
                 # «học lại hôm nào», «mở lại», «tổ chức lại»: «again» after a verb says nothing of the class.
                 and i not in again
                 # «anh chị ơi», «a/c»: the bot addressed, no «Chi» of a venue («xã Củ Chi»).
                 and not (t == "chi" and i and norm.tokens[i - 1] in ("anh", "a"))
                 # «Chị cho em hỏi …», «Chị ơi»: the bot addressed at the opening, no «chi» (spending) of a class.
                 and not (t == "chi" and i == 0 and norm.tokens[1:2] in (("cho",), ("oi",)))]
        batches = batches_asked(norm.tokens)
        if len(batches) > 1:
            # Two batches asked together: either one's classes are asked, so their numbers are alternatives.
            words = [w for w in words if w not in batches] + batches
        # A law named inside a broad topic («Bộ luật Lao động» among the law classes) singles out the classes
        # on that law: its words rank them (a topic otherwise lists its classes nearest first).
        law = [w for k, p in slots.phrases if k == "topic" and p.split()[0] in ("luat", "bo") and "luat" in p
               for w in p.split()]
        # The rest of one alternative («… hay phần mềm quản lý đoàn viên»): its words rank, they do not narrow.
        law += [norm.tokens[i] for i in sorted(alternative) if norm.tokens[i] not in COURSE_GENERIC]
        # Two topics named together («phần mềm kế toán»: software and finance) ask for a class on both: the
        # phrases rank the classes that say them, where they single out some of the classes found (see
        # CourseIndex.search). One topic alone names a category, whose nearest class comes first.
        spoken = [tuple(p.split()) for k, p in slots.phrases if k == "topic" and p not in GENERIC_TOPIC_PHRASES]
        part_heads: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        if len(set(slots.topics) - {"nghiep_vu"}) < 2:
            # One topic: its own name lists its classes nearest first; said with another of its phrases
            # («tài chính công đoàn cho kế toán»), the other phrase narrows it: the classes that say both come
            # first. Two of its phrases side by side («đàm phán thương lượng») are one name said twice.
            heads = [p for p in spoken if _topic_head(p)]
            others = [p for p in spoken if not _topic_head(p)]
            narrows = any(not _side_by_side(norm.tokens, h, o) for h in heads for o in others)
            # A detail of one class asked («lớp đối thoại tại nơi làm việc … học ở đâu») by a part of the topic
            # named in a phrase of its own: the classes that say it come first, the topic's others after. A list
            # of the topic's classes stays nearest first, and a phrase of the topic's catalogue name («tư vấn
            # pháp luật») names the whole topic.
            part = (not heads and _has(norm.folded, *_DETAIL_CUES)
                    and any(len(o) >= 3 and not _in_topic_label(o) for o in others))
            # Two parts of the topic named apart («kinh phí công đoàn 2% và đoàn phí»): a class on both.
            part = part or (not heads and any(not _side_by_side(norm.tokens, a, b)
                                              for a, b in itertools.combinations(others, 2)))
            # «lớp công tác nữ công sắp tới là lớp nào»: the next class of the topic is asked, whichever of
            # its phrases the asker used: the nearest first.
            nearest = _has(norm.folded, *_NEXT_CUES)
            # A part of the topic named alone in three words or more («tư vấn pháp luật», «bảo hiểm xã hội» of the
            # law topic): the classes whose titles say it come first, the topic's others after (only where some of
            # those found say it). A short synonym («kiểm tra», «giám sát») names the whole topic.
            # (Not a phrase holding the topic's head, «giải quyết tranh chấp lao động»: that names the whole topic.)
            # Only among the classes of a place, a union or a period named: across the country a topic's phrase
            # browses the category, nearest first («có lớp thỏa ước lao động tập thể nào không»).
            named_part = [o for o in others if len(o) >= 3 and not _holds_topic_head(o)] if not heads and (
                slots.provinces or slots.places or slots.org_ids or slots.time is not None) else []
            spoken = [] if nearest else spoken if narrows or part else named_part
            # A class that says the topic's head beside the part («pháp luật lao động và kỹ năng tư vấn pháp luật»)
            # is on the whole topic: the part ranks only where some class found is on the part alone.
            part_heads = [(o, h) for o in named_part if o in spoken for t in set(slots.topics) - {"nghiep_vu"}
                          if (h := _HEAD_OF.get(t)) is not None]
        # A class's whole name inside the catch-all «nghiệp vụ» («kỹ năng hoạt động công đoàn cơ sở») singles
        # out the classes whose titles say it, as a second topic would; the catch-all's own names («nghiệp vụ
        # công tác công đoàn») name the whole category.
        spoken += [tuple(p.split()) for k, p in slots.phrases if k == "topic" and p in GENERIC_TOPIC_PHRASES
                   and len(p.split()) >= 5 and not p.startswith("nghiep vu")]
        # «các lớp học qua Zoom tháng 12»: the platform named singles out the online classes held on it (their venue
        # or note says it) before those held on another; all online classes still answer.
        spoken += [(w,) for w in _PLATFORMS if re.search(rf"\b{w}\b", norm.folded)]
        if set(slots.topics) - {"nghiep_vu"} and _has(norm.folded, *_DETAIL_CUES):
            # «lớp tài chính công đoàn cho kế toán … bắt đầu hôm nào»: a detail of one class, named by its topic
            # and whom it is for as its title names them. Among the topic's classes for those people, the ones
            # whose title says so come first («có lớp … cho kế toán không» lists them nearest first). The
            # catch-all «nghiệp vụ» names no class of its own.
            spoken += [tuple(p.split()) for k, p in slots.phrases if k == "role"
                       and (says(norm.folded, f"cho {p}") or says(norm.folded, f"danh cho {p}"))]
        # «lớp chủ tịch CĐCS»: a class named by whom it is for, as titles name it («… cho Chủ tịch CĐCS»): among the
        # classes for them, those whose title says so come first.
        # («lớp giảng viên kiêm chức nào sắp mở»: the next one asked, nearest first.)
        spoken += [tuple(p.split()) for k, p in slots.phrases if k == "role" and says(norm.folded, f"lop {p}")
                   and tuple(p.split()) not in spoken and not _has(norm.folded, *_NEXT_CUES)]
        ended_listed = slots.time is None and not status and _ENDED_LISTED.search(norm.folded) is not None
        if ended_listed:
            # «lop nao da xong roi»: the words saying the classes are over are no words of a class's title.
            words = [w for w in words if w not in _ENDED_WORDS]
        pairs = list(itertools.pairwise(words_in_order(norm, [*words, *law, *(w for p in spoken for w in p)], slots)))
        window = slots.time
        today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        # A period already over («tháng 10 vừa rồi»): its classes, held or not, rather than the next ones.
        over = window is not None and window.end is not None and window.end <= today
        search_now = window.start if over and window is not None else now
        if (window is not None and window.kind == "day" and window.end is not None and window.start <= now < window.end
                and _has(norm.folded, *_OPENING_CUES)):
            # «hôm nay có lớp nào khai giảng»: the classes that open today, this morning's too (begun an hour ago),
            # not those under way since earlier days.
            search_now = window.start
        if window is None and _DONE_ASKED.search(norm.folded):
            # «lớp kiểm tra Thanh Hóa đã kết thúc chưa»: a class ended lately is the one asked about, listed
            # (with its status) before those to come.
            over, search_now = True, today - RECENTLY_ENDED
        if ended_listed:
            # «lớp nào đã kết thúc»: the classes held in the last months, up to yesterday, not the ones to come
            # (the reply says so, and says when none was held then).
            since = today - ENDED_LISTED_BACK
            window = TimeSlot("range", since, today, f"từ {since:%d/%m/%Y}", since.year, today.year)
            over, search_now = True, since
        topics = self._work_of_role(norm, slots, list(slots.topics))
        if len(topics) > 1 and "nghiep_vu" in topics:
            topics.remove("nghiep_vu")  # "nghiệp vụ công tác kiểm tra" is about the kiểm tra topic
        # A combined class is held both ways: it is one to attend online and one to attend in person (those
        # held only the way asked come first).
        exact = [] if "ket_hop" in slots.formats else list(slots.formats)
        formats = [*exact, "ket_hop"] if slots.formats else []
        if formats and _format_yes_no(norm.folded):
            # «lớp … của X tháng 6 có học online được không»: whether the class named can be attended that way
            # is asked, not for the classes held so; the class is the answer and its format says yes or no.
            exact, formats = [], []
        # A topic's own words in a title find its classes filed under another topic («nghiệp vụ» is said of
        # classes on every topic: its words only below, when its own classes are not those asked).
        topic_phrases = [p.split() for k, p in slots.phrases if k == "topic" and len(p.split()) >= 2
                         and p not in GENERIC_TOPIC_PHRASES]
        closing = bool(_CLOSING_ASKED.search(norm.folded))
        passed = not closing and bool(_PASSED_ASKED.search(norm.folded))
        # The unions named: among equally relevant classes, their own before those of the unions under them
        # («Tổng Liên đoàn tổ chức lớp nào»: its own, then its university's), in every search below; and the
        # classes not dated yet first when the asker waits for a date.
        # A province's federation named as a union («lớp … của LĐLĐ tỉnh Đồng Nai»), not by its place alone,
        # is the organiser asked: its own class before a look-alike of a zone's or a school's union under it.
        # Not the asker's own union said introducing themselves («em là … ở LĐLĐ tỉnh Cao Bằng»).
        union_named = any("doan" in p.split() and not _said_introducing(norm, slots.used, p)
                          for k, p in slots.phrases if k == "org")
        open_to = self._wards_said_as_places(norm, slots, org_ids)
        search = functools.partial(self.courses.search, unwanted=ruled_out(question[:MAX_QUESTION])[1], own_orgs=[
            o for o in slots.org_ids if self.org_kinds.get(o) == "national" or not self._is_province_org(o)
            or union_named],
            planned_first=bool(_SCHEDULE_AWAITED.search(norm.folded)), last_orgs=merged_feds,
            # The seats added for a former province named («Bình Định cũ»: Quy Nhơn) are in its area, not named.
            # A town of it said by name («ở Tam Kỳ») is that town alone, not the former province's other towns.
            seats=[seat for p in slots.provinces for seat in _seats_meant(former_places(p), slots)
                   if seat not in slots.places],
            format_needed=bool(formats) and _cannot_travel(norm, slots),
            # A span of days: the classes held through it count, begun before it or not.
            # «lớp … đang học hả»: a class under way today began on an earlier day and holds through it.
            through=window is not None and (window.kind in SPAN_KINDS
                                            or (window.kind == "day" and under_way_asked(norm.folded))),
            status_asked=status_asked,
            # «lớp học vào T7», «buổi chiều»: the weekdays and the part of the day asked.
            weekdays=slots.day.days if slots.day else (), day_parts=slots.day.parts if slots.day else (), tz=self.tz,
            # «lớp cuối tuần cho công nhân làm ca»: the shift is why the day is asked, so a class held then for
            # others answers before one for workers held on a working day (the audience is given up first).
            implied=("role",) if profile_role or (slots.day and _SHIFT_WORK.search(norm.folded)) else (),
            # «ở khu kinh tế Vân Đồn»: the zone's union named as the place, not as the organiser. (One union: «các
            # KCN» said of several is a kind of union asked, not their zones.)
            zones_asked=[o for o in org_ids if self.org_kinds.get(o) == "industrial_zone"]
            if len(org_ids) == 1 and not union_named else [],
            open_to=open_to)
        if not status and (provinces or places or org_ids) and (topics or words):
            # «lớp lý luận chính trị Quảng Ngãi», whose only such class there was called off: that class is the
            # answer, with its status, before any class elsewhere (as «… còn học không» has it).
            probe = functools.partial(
                search, roles=roles, topics=topics, formats=formats, provinces=provinces, org_ids=org_ids,
                now=search_now, start=window.start if window else None, end=window.end if window else None,
                finished=over, words=words, places=places, limit=1, topic_phrases=topic_phrases,
                org_phrases=[p for k, p in slots.phrases if k == "org"] if org_ids else [], relax=False)
            held, off = probe(), probe(cancelled=True)
            if off.courses and not held.courses and org_ids:
                held = self._held_at_venue(probe, held)
            status = bool(off.courses) and (not held.courses or off.word_coverage > held.word_coverage)
            # (A class found only once the ward or commune named is given up is none held there.)
            at_place = bool(held.courses) and "place" not in held.relaxed
            if (not status and not at_place and window is not None and not over and window.end is not None
                    and window.start < now < window.end and window.end - window.start <= MONTH_AT_MOST
                    and probe(now=window.start, finished=True).courses):
                # «lớp ATVSLĐ của CĐ ngành GD tháng 11 (học xong chưa)» asked on 23/11: the month's class has been
                # held, none of it is still to come; that class (its dates say it is over) is the answer, not «no
                # class this month» above a class of another month.
                over, search_now = True, window.start
            elif not status and not held.courses and window is None and not over:
                # «lớp ở phường Hồng Châu», whose only class began this morning or has just ended: that class
                # (with its status) is the answer, before those to come, as for «… học chưa».
                lately = today - RECENTLY_ENDED
                if probe(now=lately, finished=True).courses:
                    over, search_now = True, lately
            elif (not status and held.courses and window is None and not over and union_named and not org_ids
                  and (_ONE_CLASS_SOUGHT.search(norm.folded) or _OPEN_ASKED.search(norm.folded))
                  and not _WHICH_CUES.search(norm.folded)
                  and held.courses[0].organiser_id not in search.keywords["own_orgs"]):
                # «lớp CĐS do LĐLĐ Cần Thơ còn đăng ký được không»: the federation's own class is asked, and the
                # one found to come is a ward union's under it; the federation's own, held lately, answers
                # (its dates say it is over) before the look-alike.
                lately = today - RECENTLY_ENDED
                own = probe(now=lately, finished=True, org_ids=search.keywords["own_orgs"])
                if own.courses and not own.relaxed and own.courses[0].organiser_id in search.keywords["own_orgs"]:
                    over, search_now = True, lately
            elif (not status and held.courses and places and "place" in held.relaxed and window is None and not over
                  and (_format_yes_no(norm.folded)
                       or ((_has(norm.folded, *_DETAIL_CUES, *_ORGANISER_CUES) or _ONE_CLASS_SOUGHT.search(norm.folded))
                           and not _WHICH_CUES.search(norm.folded)))):
                # «lớp bồi dưỡng nghiệp vụ ở Hải Hậu có học online không», «… ở xã X học mấy ngày», «ai tổ chức lớp
                # tập huấn ở Côn Đảo»: a detail of the class of a commune or a ward named that has no such class to
                # come, only one held already this year. The asker heard of that class: it answers (its dates say it is over), the latest
                # one held there, rather than a class of another place.
                earlier = probe(now=today - HELD_EARLIER, finished=True, limit=PAGE_SIZE)
                if earlier.courses and "place" not in earlier.relaxed:
                    latest = max(earlier.courses, key=lambda c: c.starts_at)
                    over = True
                    search_now = latest.starts_at.astimezone(now.tzinfo).replace(hour=0, minute=0, second=0,
                                                                                  microsecond=0)
        elif (not status and not (provinces or places or org_ids) and (topics or words) and window is not None
              and not over and window.end is not None and window.start < now < window.end
              and window.end - window.start <= MONTH_AT_MOST and _DONE_ASKED.search(norm.folded)):
            # «lớp bồi dưỡng nghiệp vụ tháng này học trực tuyến đã học xong chưa», no place named: whether the
            # month's class is over is asked; when none of it is still to come, the one held is the answer.
            probe = functools.partial(
                search, roles=roles, topics=topics, formats=formats, provinces=provinces, org_ids=org_ids,
                start=window.start, end=window.end, words=words, prefer_province=prefer, limit=1,
                topic_phrases=topic_phrases, relax=False)
            if not probe(now=now).courses and probe(now=window.start, finished=True).courses:
                over, search_now = True, window.start
        # «lớp 10/12 còn đăng ký được không»: one class named by its day, asked yes or no (the reply says its
        # deadline has passed), not the classes of that day still open; «lớp nào …» lists those.
        open_now = (bool(_OPEN_ASKED.search(norm.folded)) and not (
            window is not None and window.kind == "day" and not re.search(r"\bnao\b", norm.folded))) or closing
        asked_search = functools.partial(
            search, roles=roles, topics=topics, formats=formats, provinces=provinces, org_ids=org_ids,
            now=search_now, start=window.start if window else None, end=window.end if window else None,
            finished=over,
            words=words, prefer_province=prefer, places=places, limit=PAGE_SIZE, offset=offset,
            topic_phrases=topic_phrases,
            org_phrases=[p for k, p in slots.phrases if k == "org"] if org_ids else [],
            pairs=pairs, soft_words=law, specific=spoken, part_heads=part_heads, elsewhere=merged_in,
            first_places=first, exact_formats=exact, planned=bool(planned), open_now=open_now,
            either=[batches] if len(batches) > 1 else [], by_deadline=closing, deadline_passed=passed,
            nearest_first=_has(norm.folded, *_NEXT_CUES, *_OPEN_NOW_CUES),
            # A month ahead asked: a class the plan dates only by a half-year or a quarter holding it may be held
            # then, listed after those dated in it (the reply says it is dated by the period only).
            periods_too=window is not None and window.kind == "month" and not over,
        )
        hits = asked_search(cancelled=status, cancelled_last=not cancel_asked)
        if (open_now and not closing and (places or first) and not _WHICH_CUES.search(norm.folded)
                and ("place" in hits.relaxed or (first and not hits.first_total))):
            # «lớp … ở Quy Nhơn còn đăng ký được không», whose class there has closed registration: that class is
            # the one asked about (the reply says its deadline has passed), not classes still open elsewhere.
            closed_there = asked_search(cancelled=status, cancelled_last=not cancel_asked, open_now=False)
            if (closed_there.courses and "place" not in closed_there.relaxed and (not first or closed_there.first_total)
                    and len(closed_there.relaxed) <= len(hits.relaxed)):
                hits = closed_there
        generic = [p.split() for k, p in slots.phrases if k == "topic" and p in GENERIC_TOPIC_PHRASES]
        if topics == ["nghiep_vu"] and generic and (not hits.courses or hits.relaxed):
            # No class filed under «nghiệp vụ» has the place, the audience or the period asked: a class on another
            # topic whose title says it does («lớp bồi dưỡng nghiệp vụ cho ủy ban kiểm tra» is filed under kiểm
            # tra; «… cho CĐCS mới thành lập», planned for the month asked, under phát triển đoàn viên).
            titled = search(
                roles=roles, topics=topics, formats=formats, provinces=provinces, org_ids=org_ids,
                now=search_now, start=window.start if window else None, end=window.end if window else None,
                finished=over, words=words, prefer_province=prefer, places=places, limit=PAGE_SIZE, offset=offset,
                topic_phrases=[*topic_phrases, *generic],
                org_phrases=[p for k, p in slots.phrases if k == "org"] if org_ids else [],
                cancelled=status, cancelled_last=not cancel_asked, pairs=pairs, soft_words=law, elsewhere=merged_in,
            )
            if titled.courses and (not hits.courses or len(titled.relaxed) < len(hits.relaxed)):
                hits = titled
        # «lớp nào cho kế toán CĐ»: a topic's words after «cho» may say whom the class is for (an accountant, as
        # the classes' audiences say it). The topic's classes first; when none has the period, place or union
        # asked, a class on another matter for those people.
        for_whom = [p for k, p in slots.phrases if k == "topic" and says(norm.folded, f"cho {p}")]
        whom_topics = [t for t in topics if t not in {_TOPIC_OF_PHRASE.get(p) for p in for_whom}]
        if for_whom and len(whom_topics) < len(topics) and (not hits.courses or hits.relaxed):
            attended = search(
                roles=roles, topics=whom_topics, formats=formats, provinces=provinces, org_ids=org_ids,
                now=search_now, start=window.start if window else None, end=window.end if window else None,
                finished=over, words=[*words, *(w for p in for_whom for w in p.split())], prefer_province=prefer,
                places=places, limit=PAGE_SIZE, offset=offset, topic_phrases=topic_phrases,
                org_phrases=[p for k, p in slots.phrases if k == "org"] if org_ids else [],
                cancelled=status, cancelled_last=not cancel_asked, pairs=pairs, soft_words=law, elsewhere=merged_in,
            )
            if attended.courses and attended.word_coverage >= 0.99 and (
                    not hits.courses or len(attended.relaxed) < len(hits.relaxed)):
                hits = attended
        if (used_profile and roles and not slots.roles and "place" in hits.relaxed and "role" not in hits.relaxed
                and (provinces or places)):
            hits = self._place_before_profile_role(asked_search, hits, status, cancel_asked)
        elif (profile_role and roles == [profile_role] and prefer and topics and "role" not in hits.relaxed
              and hits.courses and not self._in_area(hits.courses[0], prefer)):
            # «có lớp phát triển đoàn viên nào cho em không»: a subject asked «for me», whose role and province
            # both come from the profile. A class on it in the asker's own province, for other cadres, answers
            # before one for that role far away (as «cho mình», which says the place, does).
            anyone = asked_search(roles=[], cancelled=status, cancelled_last=not cancel_asked)
            if anyone.courses and self._in_area(anyone.courses[0], prefer):
                # The reply says the class is not made for the asker's role, as for «cho mình».
                hits = anyone if profile_role in anyone.courses[0].audiences else dataclasses.replace(
                    anyone, relaxed=(*anyone.relaxed, "role"))
        intro = _SELF_INTRO.search(norm.folded)
        # Where the classes are asked for: the union named, or its province once it is taken as the asker's own.
        where_orgs, where_provinces = org_ids, provinces
        role_said = [p for k, p in slots.phrases if k == "role"]
        # A role said introducing oneself («Tôi là chủ tịch CĐCS …») is the asker's, not whom the class is for.
        intro_role = bool(intro and slots.roles and roles
                          and all(norm.folded.find(p) > intro.start() for p in role_said)
                          and not any(says(norm.folded, f"cho {p}") or says(norm.folded, f"danh cho {p}")
                                      for p in role_said))
        if (org_ids and hits.relaxed and (provinces or places or roles or topics or window) and intro
                and all(norm.folded.find(p) > intro.start() for k, p in slots.phrases if k == "org")):
            # «Mình là CT CĐCS cty Changshin ở Đồng Nai, … có lớp nào cho chủ tịch ở Đồng Nai tháng 12»: the
            # asker's own union, said introducing themselves, has no such class (or only at another time, or
            # elsewhere); the place, audience and period asked still hold.
            # The union's province stays asked when the question names no place («Tôi là CT CĐCS Công ty …
            # Nghi Sơn. Tỉnh có lớp … không?»): the asker's own province.
            # A place said only introducing oneself («chủ tịch CĐCS công ty … ở KCN Quế Võ») is where the asker
            # works: the classes of its province answer, as for the union's.
            asked_places = [p for p in places if not _said_introducing(norm, slots.used, p)]
            home = provinces or asked_places or list(dict.fromkeys(
                p for p in (self._org_province(o) for o in org_ids) if p))
            unowned = search(
                roles=[] if intro_role and (topics or window) else roles, topics=topics, formats=formats,
                provinces=home, org_ids=[], now=search_now,
                start=window.start if window else None, end=window.end if window else None, finished=over,
                words=words, prefer_province=prefer, places=asked_places, limit=PAGE_SIZE, offset=offset,
                topic_phrases=topic_phrases, cancelled=status, cancelled_last=not cancel_asked, pairs=pairs,
                soft_words=law, specific=spoken, part_heads=part_heads, elsewhere=merged_in, first_places=first, exact_formats=exact,
                planned=bool(planned),
            )
            if unowned.courses and len(unowned.relaxed) < len(hits.relaxed) - ("org_venue" in hits.relaxed):
                hits = unowned
                where_orgs, where_provinces = [], home
        if intro_role and set(hits.relaxed) & {"place", "time"}:
            # «Tôi là Hoa, chủ tịch công đoàn trường … ở Điện Biên. Năm sau có lớp … cho cán bộ CĐCS mới bầu»:
            # the role said introducing oneself is the asker's, not whom the class must be for; a class for
            # such cadres elsewhere or at another time answers less than the classes of the place and period
            # asked.
            anyone = search(
                roles=[], topics=topics, formats=formats, provinces=where_provinces, org_ids=where_orgs,
                now=search_now,
                start=window.start if window else None, end=window.end if window else None, finished=over,
                words=words, prefer_province=prefer, places=places, limit=PAGE_SIZE, offset=offset,
                topic_phrases=topic_phrases, cancelled=status, cancelled_last=not cancel_asked, pairs=pairs,
                soft_words=law, specific=spoken, part_heads=part_heads, elsewhere=merged_in, first_places=first, exact_formats=exact,
                planned=bool(planned),
            )
            # The place is the asker's own, said introducing themselves: a later class there («Năm nay bên
            # mình cần cử người đi học …» in late November) answers more than one this year elsewhere.
            if anyone.courses and _relax_cost(anyone.relaxed) < _relax_cost(hits.relaxed):
                hits = anyone
        # «kế toán CĐ ở Đắk Lắk có lớp nào»: a phrase that is a topic and a role («kế toán công đoàn») read as
        # the topic finds no class with the place, union or audience asked; read as whom the class is for,
        # it may.
        as_role = [(p, v) for k, p in slots.phrases if k == "topic"
                   for kind, v in self.matcher.entries(tuple(p.split())) if kind == "role" and v not in roles]
        if as_role and hits.relaxed and set(hits.relaxed) - {"time"}:
            dropped = {_TOPIC_OF_PHRASE.get(p) for p, _ in as_role}
            attended = search(
                roles=[*roles, *(v for _, v in as_role)], topics=[t for t in topics if t not in dropped],
                formats=formats, provinces=provinces, org_ids=org_ids, now=search_now,
                start=window.start if window else None, end=window.end if window else None, finished=over,
                words=words, prefer_province=prefer, places=places, limit=PAGE_SIZE, offset=offset,
                cancelled=status, cancelled_last=not cancel_asked, pairs=pairs, elsewhere=merged_in,
                first_places=first, planned=bool(planned),
            )
            if attended.courses and len(attended.relaxed) < len(hits.relaxed):
                hits = attended
        named = [o for o in slots.org_ids if self._is_province_org(o)]
        says_union = any("doan" in p.split() for k, p in slots.phrases if k == "org")  # not a bare place name
        national = any(self.org_kinds.get(o) == "national" for o in named)
        if named and says_union and not org_ids and hits.courses:
            # «lớp … của LĐLĐ tỉnh Quảng Trị»: the classes of that union and the unions under it first; a
            # sector union's class held in the province comes after.
            own = search(
                roles=roles, topics=topics, formats=formats, provinces=provinces, org_ids=named, now=search_now, finished=over,
                start=window.start if window else None, end=window.end if window else None, words=words,
                prefer_province=prefer, places=places, limit=PAGE_SIZE, offset=offset,
                topic_phrases=topic_phrases,
                cancelled=status, cancelled_last=not cancel_asked, pairs=pairs, specific=spoken, part_heads=part_heads, relax=False,
                elsewhere=merged_in,
                # Every union is under the national one: «lớp của TLĐ» is one it organises itself, found by
                # its name among the organisers' (a province's union is found by the unions under it).
                soft_words=[*law, *(w for k, p in slots.phrases if k == "org" and national for w in p.split())],
            )
            if own.courses and own.word_coverage >= hits.word_coverage:
                hits = own
        if "nghiep_vu" in topics and hits.word_coverage < 0.5 and words:
            # «nghiệp vụ» is said of classes on every topic («nghiệp vụ … cho thủ quỹ» is a finance class):
            # when the catalogue topic leaves the question's words out, its words search the titles instead.
            alt = search(
                roles=roles, topics=[t for t in topics if t != "nghiep_vu"], formats=formats, provinces=provinces,
                org_ids=org_ids, now=search_now, finished=over, start=window.start if window else None,
                end=window.end if window else None, words=[*words, "nghiep", "vu"], prefer_province=prefer,
                places=places, limit=PAGE_SIZE, offset=offset, cancelled=status, cancelled_last=not cancel_asked,
                pairs=pairs,
            )
            # A batch number («đợt 1») besides the generic class words is no word of what the class is about:
            # another title's batch mark («… an toàn vệ sinh viên (Đợt 1)») must not outweigh the topic named
            # («lớp bồi dưỡng nghiệp vụ công đoàn đợt 1», whose own first batch may be over).
            batch_only = bool(batches) and all(w in COURSE_GENERIC or w in batches or w == "dot" for w in words)
            if alt.courses and not alt.relaxed and alt.word_coverage >= hits.word_coverage + 0.25 and not batch_only:
                # The titles must say more of the question's own words than the topic's classes do, not merely
                # «nghiệp vụ» itself («em chưa được học lớp nghiệp vụ nào … tháng 12 có lớp nào gần chỗ em»
                # asks for the topic's classes, not for those whose title happens to say «nghiệp vụ»).
                own = search(
                    roles=roles, topics=[t for t in topics if t != "nghiep_vu"], formats=formats,
                    provinces=provinces, org_ids=org_ids, now=search_now, finished=over,
                    start=window.start if window else None, end=window.end if window else None, words=words,
                    prefer_province=prefer, places=places, limit=1, cancelled=status,
                    cancelled_last=not cancel_asked, pairs=pairs,
                )
                if own.word_coverage > hits.word_coverage:
                    hits = alt
        if slots.roles and roles and (hits.word_coverage < 0.99 or set(hits.relaxed) - {"role", "time"}):
            # A role's words inside a longer phrase of the data («bảo vệ người lao động tại tòa án», «nhà văn
            # hóa công nhân») name the class, not who it is for: without the role filter, its words may
            # cover the question where with it they do not.
            role_words = [w for k, p in slots.phrases if k == "role" for w in p.split()]
            alt = search(
                roles=[], topics=topics, formats=formats, provinces=provinces, org_ids=org_ids,
                now=search_now, finished=over, start=window.start if window else None,
                end=window.end if window else None, words=[*words, *role_words], prefer_province=prefer, places=places, limit=PAGE_SIZE,
                offset=offset,
                topic_phrases=topic_phrases,
                org_phrases=[p for k, p in slots.phrases if k == "org"] if org_ids else [],
                cancelled=status, cancelled_last=not cancel_asked,
                pairs=pairs,
            )
            if (alt.courses and not alt.relaxed and not hits.relaxed and words
                    and alt.word_coverage >= max(0.6, hits.word_coverage + 0.25)):
                # The role's words are said by every class for that role: the filter must have cost the
                # question's other words («ct cđcs ở Hà Giang … cho người mới» loses none to it).
                bare = search(
                    roles=[], topics=topics, formats=formats, provinces=provinces, org_ids=org_ids,
                    now=search_now, finished=over, start=window.start if window else None,
                    end=window.end if window else None, words=words, prefer_province=prefer, places=places,
                    limit=1, topic_phrases=topic_phrases,
                    org_phrases=[p for k, p in slots.phrases if k == "org"] if org_ids else [],
                    cancelled=status, cancelled_last=not cancel_asked, pairs=pairs,
                )
                if bare.word_coverage <= hits.word_coverage:
                    alt = dataclasses.replace(alt, courses=[])
            if alt.courses and not alt.relaxed and (
                    alt.word_coverage >= max(0.6, hits.word_coverage + 0.25)
                    # The role filter cost the place or union the question named («lớp phần mềm quản lý
                    # đoàn viên ở Hòa Bình»): the role's words name the class instead.
                    or (hits.relaxed and alt.word_coverage >= hits.word_coverage)
                    # Or the role's words are most of them, the rest a stray word («an toàn … viên» said of
                    # cadres in charge of safety): the place still holds.
                    or (set(hits.relaxed) & {"place", "org"} and alt.word_coverage >= max(0.75, hits.word_coverage - 0.2))
            ) and not self._for_another_role(
                    alt.courses[0], roles):
                hits = alt
        if window is None and offset == 0 and not planned:
            # A class held already or called off answers a question about that class («… học ngày nào», «… bị
            # hủy à»), not one asking whether there is such a class («… có lớp … không»).
            detail = _has(norm.folded, *COURSE_ASPECT_CUES, *CANCEL_CUES) or bool(_DEADLINE.search(norm.folded))
            hits = self._named_class_first(hits, norm, search.keywords["own_orgs"], search_now, batches,
                                           held_too=detail)
            # A batch named is one class the asker heard of: held already, it is still the one asked (its status
            # says it is over), and the batch to come is listed after it.
            hits = self._asked_batch_first(hits, norm.tokens, batches, search_now, held_too=True)
            hits = self._batch_for_role_first(hits, norm.tokens, batches, slots.roles, search_now)
        if cancel_asked and offset == 0 and hits.courses:
            # «lớp đối thoại bị hủy à»: the asker heard of a class called off. The cancelled ones found that
            # say the question's own words (or all of them, when it names none) are the answer, alone.
            own_words = {w for w in words if w not in COURSE_GENERIC}
            called_off = [c for c in hits.courses if c.status in ("cancelled", "postponed") and (
                not own_words or own_words & set(index_tokens(f"{c.title} {c.topic_text}")))]
            if called_off and len(called_off) < len(hits.courses):
                hits = dataclasses.replace(hits, courses=called_off, total=len(called_off),
                                           lead=tuple(c.code for c in called_off))
        lasting = _days_asked(norm.folded)
        if lasting and offset == 0 and hits.courses:
            hits = _lasting_first(hits, lasting, self.tz)
        intent = "register" if register else "course"
        where = [c.province or (self.orgs[c.organiser_id].province if c.organiser_id in self.orgs else None)
                 for c in hits.courses]
        if prefer and not (roles and not slots.roles) and not any(
                area_key(p) in same_area_keys(prefer) for p in where if p):
            # The profile's province was preferred but none of the classes is there: the list is not «theo hồ
            # sơ của anh/chị» (a class in Vĩnh Long for an asker in Đồng Nai).
            used_profile = False
        home_missed = _home_missed(prefer, where) if hits.courses else ""
        if not hits.courses:
            return Answer(question, norm, intent, 0.2, "low", slots, relaxed=hits.relaxed, truncated=truncated,
                          used_profile=used_profile, deadline_passed=passed)
        if (over and window is not None and window is slots.time and window.kind in ("year", "years", "quarter", "month")
                and "time" in hits.relaxed and not register and offset == 0 and not status and not cancel_asked):
            # «năm ngoái thì sao» after a list, «tháng 10 vừa rồi có lớp … không»: the period asked is over and none
            # of the classes asked was held then. The classes of later months are no answer to when they were held:
            # said plainly, naming what was asked (its place, union, topic and audience). (A class asked by a day
            # it was planned on, or whether it was put off, is one class the asker heard of: found as before.)
            unmet = tuple(dict.fromkeys(provinces)) or tuple(dict.fromkeys(
                held_at for o in org_ids if o in self.orgs and (held_at := self.orgs[o].province)))
            return Answer(question, norm, intent, 0.2, "low", slots, truncated=truncated, used_profile=used_profile,
                          unmet=unmet, held_none=True)
        around: tuple[str, ...] = ()
        if (hits.relaxed == ("time",) and not register and not over and offset == 0 and window is not None
                and window.end is not None and window.kind not in SPAN_KINDS):
            hits, around = _around_period(asked_search, hits, window.start, window.end, now)
        # A place the data names (a commune, a venue's village) is as specific as a province.
        specific = bool(roles or slots.topics or slots.formats or provinces or places or first or org_ids or window)
        conf = 0.55 + (0.15 if specific else 0.0) + 0.25 * hits.word_coverage - 0.2 * bool(hits.relaxed)
        conf = max(0.0, min(1.0, conf))
        band = "confident" if conf >= 0.6 else "close" if conf >= 0.4 else "low"
        if offset == 0 and len(hits.lead) > 1:
            hits = _title_said_first(hits, norm)
        matches = [Match("course", c.code, c.title, round(conf, 3)) for c in hits.courses]
        # The grouping by the former province holds for a list of today's province that has classes elsewhere
        # in it too (none found there, or none elsewhere, is no grouping), and runs over more than one page: a
        # list on one screen stays one list nearest first (each venue says where it is; the old name is often
        # said of today's whole province), a longer one would bury the former province's classes among the
        # pages of the rest. An asker who lives in today's province and still names the former one («ở Bạc
        # Liêu» from Cà Mau) sets that part of their own province apart: its classes first even on one screen.
        # So does a plan that files classes under the former province itself («Cần Thơ (Sóc Trăng cũ)» in its
        # province column): the organiser keeps that area apart, and the asker naming it gets its classes first.
        if (area_asked and not former_area and hits.courses and not hits.first_total
                and "place" not in hits.relaxed):
            # «lớp … ở Bạc Liêu cũ tháng 1»: the former area alone is asked, and when none of its classes has what
            # else was asked, the search keeps to today's province it joined. Those classes are elsewhere in it:
            # said so (as for the former province named plainly), not listed as if held in the area.
            area = [province_key(area_asked), *_seats_meant(former_places(area_asked), slots)]
            held_there = asked_search(cancelled=status, cancelled_last=not cancel_asked, limit=1, offset=0,
                                      first_places=[*first, *area])
            if held_there.courses and not held_there.first_total:
                former_area = area_asked
        found = bool(former_area) and "place" not in hits.relaxed and hits.first_total < hits.total
        own_part = bool(former_area and profile and profile.province
                        and province_key(current_province(profile.province) or profile.province)
                        == province_key(current_province(former_area) or former_area))
        filed_there = any(c.code in hits.first_codes and province_key(c.province) == province_key(former_area)
                          for c in hits.courses)
        # None held in the former area is said before the others, however short the list: the classes shown
        # would otherwise read as held there.
        grouped = found and (hits.total > len(hits.courses) or offset > 0 or own_part or filed_there
                             or not hits.first_total)
        # The unions of the kind asked whose classes the list holds (all its pages), for the reply to name.
        of_kind_unions: tuple[str, ...] = ()
        if of_kind and "org" not in hits.relaxed and offset == 0:
            every = asked_search(cancelled=status, cancelled_last=not cancel_asked, limit=_KIND_UNIONS_READ, offset=0)
            of_kind_unions = tuple(dict.fromkeys(c.organiser_name for c in every.courses if c.organiser_name))
        instead: CourseHits | None = None
        if not cancel_asked and offset == 0 and all(c.status == "cancelled" for c in hits.courses):
            # Every class found was called off (a class of the very topic and place asked, cancelled, outranks
            # the others): the classes the same question finds among those still held come after it, so the
            # chair is not left with nothing to attend. Asked about a cancellation («… bị hủy à»), it alone.
            held = asked_search()
            shown = {c.code for c in hits.courses}
            kept = [c for c in held.courses if c.code not in shown and c.status != "cancelled"]
            instead = dataclasses.replace(held, courses=kept)
        fitting = hits.fitting or _on_platform(norm.folded, hits.courses)
        if (not grouped and offset == 0 and hits.first_codes and _NEAR_ME.search(norm.folded)
                and len(hits.first_codes) < len(hits.courses)):
            # «… ở phường Đồng Xoài …, có lớp nào gần chỗ em»: the classes held where the asker said they are
            # make a group before the others, not one line among them by date.
            fitting = hits.first_codes
        return Answer(question, norm, intent, round(conf, 3), band, slots, matches, hits.courses, hits.total,
                      hits.relaxed, truncated=truncated, used_profile=used_profile, said_place=said_place,
                      word_coverage=hits.word_coverage,
                      course_offset=offset, course_lead=hits.lead, course_fitting=fitting,
                      course_ranked=hits.ranked_pages, by_deadline=closing, deadline_passed=passed,
                      former_area=former_area if grouped else "", former_total=hits.first_total if grouped else 0,
                      former_codes=hits.first_codes if grouped else (),
                      former_unshown=(former_area, hits.first_total, hits.first_codes) if found and not grouped
                      and hits.first_total
                      else ("", 0, ()),
                      status_codes=_status_codes(hits.courses, status_asked),
                      held_instead=tuple(instead.courses) if instead is not None else None,
                      kind_unions=of_kind_unions, kind_national=national_kind,
                      held_relaxed=instead.relaxed if instead is not None else (),
                      home_missed=home_missed, profile_role=profile_role,
                      asker_province=(profile.province or "") if profile is not None else "",
                      place_provinces=tuple(dict.fromkeys([
                          *(p for name in slots.places for p in sorted(self.courses.places.get(name, ()))),
                          *(province_key(current_province(at) or at) for o in open_to if (at := self.orgs[o].province))])),
                      around=around, ended_since=window.start if ended_listed and window is not None else None,
                      unions_asked=tuple(self.orgs[o].name for o in org_ids if o in self.orgs)
                      if "org" in hits.relaxed else ())

    # ------------------------------------------------------------ targets

    def _answer_targets(
        self, question: str, norm: Norm, slots: Slots, scored: list[Scored], profile: Profile | None,
        truncated: bool, plan: bool = False, *, this_year: int | None = None,
    ) -> Answer | None:
        """Targets of the union asked about (or the asker's), for the period asked (or all), best first."""
        org_ids = set(slots.org_ids)
        provinces = {k for p in slots.provinces for k in same_area_keys(p)}
        if _after_merger(slots):
            # The union of a province merged in 2025 ended with it: its successor's plan counts as its own.
            provinces |= {k for o in org_ids if self._is_province_org(o) for k in same_area_keys(self._org_province(o))}
        used_profile = False
        placed = {p for name in slots.places for p in self.courses.places.get(name, ())}
        if not placed and not org_ids and not provinces and slots.org_kinds:
            # («công đoàn KCN Amata»: a zone the venues name, read by no slot after the kind of union.)
            kind_words = {w for k, ph in slots.phrases if k == "orgkind" for w in ph.split()}
            toks = [t for t in norm.tokens if t not in kind_words]
            placed = {p for n in (3, 2, 1) for i in range(len(toks) - n + 1)
                      if len(name := " ".join(toks[i:i + n])) >= 4 and name not in STOP_FOLDED
                      for p in self.courses.places.get(name, ())}
        if not org_ids and not provinces and slots.org_kinds and len(placed) == 1:
            # «chỉ tiêu của công đoàn KCN Trà Nóc»: a kind of union at a place the plans hold in one province is
            # that province's union of the kind, not the same kind's elsewhere whose name fits as well.
            provinces = {k for p in placed for k in same_area_keys(p)}
        # «chỉ tiêu của tỉnh mình»: the province's own union (its LĐLĐ), whatever union the asker belongs to
        # (a sector union's plan is a part of the province's).
        my_province = bool(profile and profile.province and _has(norm.folded, *_MY_PROVINCE) and not slots.org_kinds)
        if not org_ids and not provinces and my_province and profile and profile.province:
            provinces = set(same_area_keys(profile.province))
            used_profile = True
        elif not org_ids and not provinces and profile and profile.organisation_id and not slots.org_kinds:
            # (A kind of union named, «công đoàn các KCN», is that kind in the asker's province, below.)
            org_ids = {profile.organisation_id}
            used_profile = True
        elif not org_ids and not provinces and profile and profile.province:
            # «tỉnh mình», or no union named at all: a chair asks about the plan of the province they are in.
            provinces = set(same_area_keys(profile.province))
            used_profile = True
        if not org_ids and not provinces and not slots.org_kinds and _has(norm.folded, *_MY_UNIT):
            # «chỉ tiêu tỉnh mình», «tỉnh mình đạt chưa» from someone whose province is not known: which province
            # or union is asked, never one guessed from the words (each plan's figures are another union's).
            return Answer(question, norm, "target_where", 1.0, "confident", slots, truncated=truncated)
        years = (slots.time.year, slots.time.year_end) if slots.time and slots.time.year else None
        compared = (change_years(norm.folded, slots.time.year if slots.time else None, this_year)
                    if this_year is not None else None)
        if compared is not None:
            # «so với năm ngoái tăng hay giảm»: the plan of the year set against another is the one shown (the
            # year read first may be the one it is set against).
            years = (compared[0], compared[0])
        relevance = {id(s.item): s.score for s in scored}
        chosen = self._targets_of(org_ids, provinces, years, relevance)
        # The asker's own union, when the figures shown are its province's instead: named, so the reply says
        # whose they are (a member would report them as their union's).
        own_missing = ""
        if not chosen and used_profile and org_ids and profile is not None and profile.province:
            # The asker's own union (a company's) sets no target: the plan of the province it is in
            # («LĐLĐ tỉnh … đạt chỉ tiêu chưa» asked by a company union's chair).
            chosen = self._targets_of(set(), set(same_area_keys(profile.province)), years, relevance)
            mine_org = self.orgs.get(profile.organisation_id) if profile.organisation_id else None
            if chosen and mine_org is not None and not self._is_province_org(mine_org.id):
                own_missing = mine_org.name
        other_period = False
        if not chosen and years and years[0] == years[1] and (slots.org_ids or slots.provinces or used_profile):
            # «chỉ tiêu năm 2027 của Hải Phòng», or «năm 2027» after its targets, where its plan sets none for
            # that year: said so, with the union's targets of the nearest year it has (not another union's, nor
            # «no information» as if the union were unknown). So too for the asker's own union («chỉ tiêu năm
            # ngoái» from a Tuyên Quang chair is Tuyên Quang's, never Lạng Sơn's of that year).
            chosen = self._targets_of(org_ids, provinces, None, relevance)
            if chosen:
                asked = years[0] or 0
                nearest = min(abs((p[1].year_end or p[1].year or asked) - asked) for p in chosen)
                chosen = [p for p in chosen if abs((p[1].year_end or p[1].year or asked) - asked) == nearest]
                other_period = True
        anyones = self._targets_of(set(), set(), None, relevance) if not chosen and used_profile else []
        if not chosen and anyones and profile is not None and not slots.org_kinds:
            # The asker's own union and province set no target in any year the data holds: said so and which
            # plan is meant asked, never another union's figures given as if they were the asker's.
            mine_named = self.orgs.get(profile.organisation_id) if profile.organisation_id else None
            # (One plan the data holds, the best fitting, names the example of what to ask.)
            return Answer(question, norm, "target_where", 1.0, "confident", slots, truncated=truncated,
                          items=[max(anyones, key=lambda p: p[0])[1]],
                          no_own_targets=mine_named.name if mine_named is not None else (profile.province or ""))
        if not chosen:
            return None
        if (slots.org_ids or (used_profile and org_ids)) and not slots.org_kinds:
            # A union named by name («LĐLĐ Bắc Ninh … đạt CT chưa») is asked about, not every union of its
            # province (the KCN union's membership target): its own targets when it has any in the period.
            # (A target's org_ids run from its own union up through the unions above it.)
            # Another union's target stays only when the question's words fit it better («huấn luyện ATVSLĐ ở
            # Hà Nội» names the province, whose school holds that target).
            # So too the asker's own union («đơn vị mình»), whose plan is not its KCN union's.
            asked_unions = set(slots.org_ids) or org_ids
            # «tỉnh Sóc Trăng» since the merger: its federation's plan is now the one of the province it joined.
            successors = self._successor_federations(asked_unions)
            own = [p for p in chosen if (asked_unions | successors) & set(p[1].org_ids[:1])]
            if own:
                best_own = max(p[0] for p in own)
                if any("doan" in p.split() for k, p in slots.phrases if k == "org"):
                    # Named as a union («LĐLĐ tỉnh Sơn La … phải bồi dưỡng bao nhiêu học viên»), not by its place:
                    # a sector union's «Bồi dưỡng, tập huấn cán bộ CĐCS» under it fitting a word more is no better.
                    best_own += _OTHER_UNION_MARGIN
                # The asker's own (no union named): theirs alone; «đơn vị mình» fits another's «do đơn vị tổ chức».
                # A ward union named after the former province («Công đoàn phường Sóc Trăng») fits the name's
                # words, not the question: no better fit than the federation asked about.
                chosen = [p for p in chosen if p in own or (slots.org_ids and p[0] > best_own
                                                            and not self._namesake_of(p[1], asked_unions))]
        if my_province and not slots.org_ids:
            chosen = [p for p in chosen if p[1].org_ids[:1] and self._is_province_org(p[1].org_ids[0])] or chosen
        if years and years[0] == years[1]:
            exact = [p for p in chosen if p[1].year == p[1].year_end == years[0]]
            chosen = exact or chosen
        # Most relevant first; among equals the most recent period first.
        chosen.sort(key=lambda p: (-p[0], -(p[1].year_end or 0), p[1].code))
        top_score = chosen[0][0]
        # («chỉ tiêu học viên năm nay của tỉnh mình»: the unit named after the plan's word asks it as well.)
        counted = _ASKED_UNIT.search(norm.folded) or _PLAN_UNIT.search(norm.folded)
        if counted is not None and any(_counts_alike(p[1], counted.group(1)) for p in chosen):
            # «được bao nhiêu học viên so với chỉ tiêu»: a figure counted in people is asked, which a plan's count of
            # classes never answers, however its words fit («so với» folds to the «số» of «Số lớp»); and the other
            # way round. (A plan's union asked through the profile may have figures the word ranking never read.)
            # Of the figures counted alike, the one counted in the very unit asked first: «học viên» is the plan's
            # learners, not its chairs counted in «người».
            chosen.sort(key=lambda p: (not _counts_alike(p[1], counted.group(1)),
                                       fold(str(getattr(p[1].rec, "unit", "") or "")) != counted.group(1)))
            units = {bool(set(m.group(1).split()) & _CLASS_UNITS)
                     for rx in (_ASKED_UNIT, _PLAN_UNIT) for m in rx.finditer(norm.folded)}
            if len(units) == 1 and (org_ids or provinces) and not _has(norm.folded, "so sanh"):
                # Only that kind of figure is asked of the union: the other kind is no part of the answer, nor
                # the bar its words set for what stays («còn thiếu bao nhiêu học viên» from a chair whose plan's
                # count of classes fits «so với» better than its count of learners fits anything).
                chosen = [p for p in chosen if _counts_alike(p[1], counted.group(1))]
                top_score = chosen[0][0]
        if not years and this_year is not None:
            # No period asked: the plan of this year is what a chair follows now; an article's figures of
            # 2013–2018 that fit the words about as well come after it.
            running = [p for p in chosen if (p[1].year or 0) <= this_year <= (p[1].year_end or p[1].year or 0)]
            # A former province's figures from before the merger are history beside a plan running now: they
            # set no bar for it however well a word or two fits them («học» of «được học tập»).
            bar = max((p[0] for p in chosen if not (running and _before_merger_of_former(p[1], this_year))),
                      default=top_score)
            current = [p for p in running if p[0] >= bar - _CURRENT_PLAN_MARGIN]
            if current:
                # Nor are they said at all unless the former province is named: «tỉnh mình» of a Cần Thơ chair is
                # today's Cần Thơ, not Sóc Trăng's article of 2015.
                former_asked = {area_key(p) for p in slots.provinces if is_former(p)} | {
                    area_key(self.orgs[o].province or "") for o in slots.org_ids
                    if o in self.orgs and is_former(self.orgs[o].province or "")}
                chosen = [p for p in chosen if not _before_merger_of_former(p[1], this_year)
                          or p[1].province in former_asked]
            # Progress asked («tiến độ … đến đâu rồi», «còn thiếu bao nhiêu»): where the plan stands now, which
            # only this year's targets (and a term running now) say; last year's done figures answer nothing.
            chosen = current if current and _PROGRESS.search(norm.folded) else (
                current + [p for p in chosen if p not in current])
        if not (org_ids or provinces):
            # No union, province or profile: the words pick the plan. The targets of the union whose target they
            # fit best, not every plan's (each another union's figures).
            best = chosen[0][1]
            at = next((sc.index for sc in scored if sc.item is best), None)
            asked, missing = self._unsaid_by_record(norm, slots, at) if at is not None else (0, [])
            # The plan's union named by its own words («EVNCPC»), no slot, is said by the plan.
            missing = [w for w in missing if w not in _union_name_words(best)]
            if missing and 2 * len(missing) >= asked:
                # Nor are the words the plan's when most of what they ask about is no word of it («chỉ tiêu doanh
                # số của phòng kinh doanh» shares «doanh» with «doanh nghiệp»): a matter of another plan.
                return None
            its_own = [p for p in chosen if p[1].province == best.province and set(p[1].org_ids[:1]) == set(best.org_ids[:1])]
            # (The «viện» of «Bệnh viện» is no union named by the «viên» of «học viên».)
            counted_words = {w for m in _COUNTED_PEOPLE.finditer(norm.folded) for w in m.group(0).split()}
            said = set(norm.tokens) & (_union_name_words(best) - _UNION_KIND_WORDS - counted_words)
            if slots.org_kinds and not said:
                # «chỉ tiêu công đoàn các KCN năm nay»: a kind of union asked with no place, whose unions in several
                # provinces each have a plan the words fit as well (saying as much of what is asked, however a
                # word of a union's common vocabulary in one's targets ranks it): which of them is asked, listed.
                alike = self._kind_plans_alike(norm, slots, chosen, scored, len(missing))
                if len(alike) > 1:
                    return Answer(question, norm, "target_where", round(top_score, 3), "confident", slots,
                                  items=alike, truncated=truncated)
            if any(p[0] >= top_score - _TIED_PLANS for p in chosen if p not in its_own) and not said:
                # The words fit another union's plan as well («chỉ tiêu năm nay»): which union is asked, rather
                # than one picked at random (or a page of every union's).
                return Answer(question, norm, "target_where", round(top_score, 3), "confident", slots,
                              items=[best], truncated=truncated)
            chosen = its_own
        # The asker's own province, when the profile stands for the union asked about.
        mine = provinces | {k for o in org_ids for k in same_area_keys(self._org_province(o))}
        # (A record that shares next to nothing with the question, «KH năm 2026 đạt bao nhiêu» read as Khánh Hòa,
        # answers nothing better.)
        if (scored and scored[0].item.kind != "target" and scored[0].score > top_score + 0.05
                and scored[0].score >= _WEAK_RECORD
                and (not used_profile or (scored[0].score >= 1.0 and scored[0].item.province in mine))
                and not plan and not _share_unsaid(norm, scored[0].item)):
            # A fact or document answers this better than a list of targets: asked of the asker's own province
            # («tỉnh mình có mấy CĐCS vững mạnh, bao nhiêu %»), one of that province that says it all.
            return None
        # «chỉ tiêu của công đoàn các KCN Bắc Ninh»: a kind of union asked, none of whose targets are shown (the
        # province's LĐLĐ's are): said, so the province's figures are not read as that union's.
        kind_missing = ""
        if slots.org_kinds and not any(p[1].org_ids[:1] and self.org_kinds.get(p[1].org_ids[0]) in slots.org_kinds
                                       for p in chosen[:8]):
            asked_areas = provinces or {k for o in org_ids for k in same_area_keys(self._org_province(o))}
            named = [o.name for o in self.orgs.values() if self.org_kinds.get(o.id) in slots.org_kinds
                     and (not asked_areas or same_area_keys(o.province or "") & asked_areas)]
            # Of several unions of that kind there, the one whose name says most of the question's words.
            overlap = {n: len(set(index_tokens(n)) & set(norm.tokens)) for n in named}
            closest = [n for n in named if overlap[n] == max(overlap.values(), default=0)]
            kind_missing = closest[0] if len(closest) == 1 else "Đơn vị anh/chị hỏi"
        explicit = bool(slots.org_ids or slots.provinces or used_profile)
        conf = min(1.0, 0.6 + 0.2 * explicit + 0.1 * bool(years) + 0.2 * top_score)
        items = [it for _, it in chosen[:8]]
        matches = [Match("target", it.code, it.title, round(max(s, 0.0), 3)) for s, it in chosen[:8]]
        changes = self._target_changes(items, compared[1]) if compared is not None and not other_period else ()
        shown = [it.rec for it in items if isinstance(it.rec, TargetRec)]
        # «số lớp bao nhiêu», «phải mở mấy lớp» of one union's plan for one period that counts no classes.
        no_class_count = bool(
            _CLASS_COUNT_ASKED.search(norm.folded) and shown and not other_period and not kind_missing
            and len({(t.organisation_id, t.period_start, t.period_end) for t in shown}) == 1
            and not any(fold(t.unit).split()[:1] == ["lop"] for t in shown))
        # A year the union's plan sets nothing for is not answered: its nearest year's targets are shown beside
        # «chưa có chỉ tiêu năm …», as a low answer the organisers see among the questions left unanswered.
        return Answer(question, norm, "target", round(conf, 3), "low" if other_period else "confident", slots,
                      matches, items=items, truncated=truncated, used_profile=used_profile,
                      relaxed=(*(("time",) if other_period else ()), *(("org",) if kind_missing else ())),
                      no_own_targets=kind_missing or own_missing,
                      compared_year=compared[1] if compared is not None and not other_period else None,
                      changes=changes, no_class_count=no_class_count)

    def _kind_plans_alike(self, norm: Norm, slots: Slots, chosen: Sequence[tuple[float, Item]],
                          scored: Sequence[Scored], missing: int) -> list[Item]:
        """The best target of each union of the kinds asked whose plan leaves no more of the question unsaid than
        `missing` (the best plan's), best first: one item a union, at most `_KIND_PLANS_LISTED`."""
        at = {id(sc.item): sc.index for sc in scored}
        alike: dict[int, Item] = {}
        for _, item in chosen:
            union = item.org_ids[0] if item.org_ids else None
            if union is None or union in alike or self.org_kinds.get(union) not in slots.org_kinds:
                continue
            index = at.get(id(item))
            unsaid = [w for w in self._unsaid_by_record(norm, slots, index)[1] if w not in _union_name_words(item)] \
                if index is not None else []
            if index is None or len(unsaid) > missing:
                continue
            alike[union] = item
            if len(alike) == _KIND_PLANS_LISTED:
                break
        return list(alike.values())

    def _target_changes(self, items: Sequence[Item], year: int) -> tuple[tuple[TargetRec, TargetRec | None], ...]:
        """Each target shown beside the same union's target of `year` for the same figure (metric, unit and
        audience), None where that year's plan does not set it."""
        def key(t: TargetRec) -> tuple[int, str, str, str]:
            return t.organisation_id, fold(t.metric), t.unit, t.audience or ""

        of_year = {key(it.rec): it.rec for it in self.knowledge.items
                   if it.kind == "target" and isinstance(it.rec, TargetRec)
                   and it.rec.period_start == it.rec.period_end == year}
        return tuple((it.rec, of_year.get(key(it.rec))) for it in items
                     if isinstance(it.rec, TargetRec) and it.rec.period_start == it.rec.period_end != year)

    def _successor_federations(self, org_ids: set[int]) -> set[int]:
        """The federations of today's provinces that took in the former provinces whose federations are among
        `org_ids` (LĐLĐ tỉnh Sóc Trăng -> LĐLĐ thành phố Cần Thơ)."""
        areas = {area_key(current_province(self.orgs[o].province) or "") for o in org_ids
                 if o in self.orgs and self._is_province_org(o) and is_former(self.orgs[o].province or "")}
        return {o.id for o in self.orgs.values() if areas and self.org_kinds.get(o.id) == "province"
                and not is_former(o.province or "") and area_key(o.province or "") in areas}

    def _namesake_of(self, item: Item, org_ids: set[int]) -> bool:
        """Whether the target's union is a lower one named after the province whose federation is in `org_ids`
        («Công đoàn phường Sóc Trăng» beside «LĐLĐ tỉnh Sóc Trăng»)."""
        if not item.org_ids or self._is_province_org(item.org_ids[0]) or item.org_ids[0] not in self.orgs:
            return False
        name = fold(self.orgs[item.org_ids[0]].name)
        # (A current province's namesake is its own body, «Trường Trung cấp Công đoàn Hà Nội», which may hold
        # the target asked about; a merged province's is only a ward that kept the old town's name.)
        return any(o in self.orgs and self._is_province_org(o) and is_former(self.orgs[o].province or "")
                   and says(name, fold(self.orgs[o].province or "")) for o in org_ids)

    def _targets_of(self, org_ids: set[int], provinces: set[str], years: tuple[int | None, int | None] | None,
                    relevance: dict[int, float]) -> list[tuple[float, Item]]:
        """(relevance, target) of the unions or provinces given, in the years given."""
        chosen: list[tuple[float, Item]] = []
        for item in self.knowledge.items:
            if item.kind != "target":
                continue
            if org_ids and not (org_ids & set(item.org_ids)) and item.province not in provinces:
                continue
            if provinces and not org_ids and item.province not in provinces:
                continue
            if years and item.year is not None:
                y1, y2 = years
                if y1 is None or y2 is None or item.year_end is None or item.year > y2 or item.year_end < y1:
                    continue
            chosen.append((relevance.get(id(item), 0.0), item))
        return chosen

    # ------------------------------------------------------------ facts, targets, documents

    def _knowledge_rows(self) -> list[_KnowledgeRow]:
        """What scoring asks of each fact, target and document, gathered once (on the first question)."""
        rows = self.__dict__.get("_rows_of_knowledge")
        if rows is None:
            k = self.knowledge
            rows = [
                _KnowledgeRow(
                    item, getattr(item.rec, "unit", None), *self._item_units[i], self._item_unit_after_luot[i],
                    getattr(item.rec, "value", 1) is not None, k.bigram_sets[i], self._item_roles[i],
                    self._item_orgs[i], bool(item.org_ids) and self._is_province_org(item.org_ids[0]),
                    frozenset(item.doc_numbers), self._item_names_person[i], k.key_sets[i],
                    " ".join(sorted(k.key_sets[i])))
                for i, item in enumerate(k.items)
            ]
            self.__dict__["_rows_of_knowledge"] = rows
        return rows

    def _knowledge_saying(self, term: str) -> frozenset[int]:
        """The facts, targets and documents whose words include `term` (kept for the words asked so far)."""
        cache: dict[str, frozenset[int]] = self.__dict__.setdefault("_knowledge_said", {})
        got = cache.get(term)
        if got is None:
            got = frozenset(i for i, toks in enumerate(self.knowledge.token_sets) if term in toks)
            if len(cache) < 20_000:
                cache[term] = got
        return got

    def _rank_knowledge(
        self, norm: Norm, slots: Slots, *, target_cue: bool, doc_cue: bool, count_cue: bool,
        mine: frozenset[str] = frozenset(),
    ) -> list[Scored]:
        terms = [t for t in norm.content if t not in TIME_WORDS and not _YEAR_WORD.fullmatch(t)]
        terms = _without_planned(norm, terms)
        terms = _province_codes_spelled(terms, slots)
        if not terms and not slots.doc_numbers:
            return []
        k = self.knowledge
        bm = k.bm25(terms + [f"{a}_{b}" for a, b in itertools.pairwise(terms)])
        for num in slots.doc_numbers:
            for i, item in enumerate(k.items):
                if num in item.doc_numbers:
                    bm[i] = bm.get(i, 0.0) + 10.0
        if not bm:
            return []
        cands = sorted(bm, key=bm.__getitem__, reverse=True)[:40]
        uniq = list(dict.fromkeys(terms))
        weights = {t: k.weight(t, self.course_vocab) for t in uniq}
        total_w = sum(weights.values()) or 1.0
        query = " ".join(uniq)
        q_bigrams = {f"{a}_{b}" for a, b in itertools.pairwise(terms)}
        q_numbers = _quoted_figures(norm.text)
        q_roles = set(slots.roles)
        caps = norm.caps or (False,) * len(norm.tokens)
        asks_who = any(t == "ai" and not caps[i] for i, t in enumerate(norm.tokens))
        q_orgs = set(slots.org_ids)
        q_prov = {k for p in slots.provinces for k in same_area_keys(p)}
        for o in q_orgs:
            q_prov |= same_area_keys(self._org_province(o))
        y = (slots.time.year, slots.time.year_end) if slots.time and slots.time.year else None
        # Said of the question, not of a record: worked out once, not once per candidate.
        narrow = [o for o in q_orgs if not self._is_province_org(o)]
        narrow_set = set(narrow)
        q_docs = set(slots.doc_numbers)
        about_doc = bool(slots.doc_numbers) and not (count_cue or _has(norm.folded, *PROGRESS_CUES))
        asked_unit = _ASKED_UNIT.search(norm.folded)
        asked_words = set(asked_unit.group(1).split()) if asked_unit else set()
        # «chỉ tiêu lớp», «nhiêu lớp» (the South's «bao nhiêu»): which of a plan's figures is asked.
        plan_unit = asked_unit or _PLAN_UNIT.search(norm.folded)
        plan_words = set(plan_unit.group(1).split()) if plan_unit else set()
        q_tokens = set(norm.tokens)
        uniq_set = set(uniq)
        province_words = {w for kind, p in slots.phrases if kind in ("place", "province") and _names_province(p)
                          for w in p.split()}
        # Who counts people or sessions: «bao nhiêu người» asks for a count of people, whoever they are (cán
        # bộ, đoàn viên, học viên); «bao nhiêu buổi», of sessions, talks or campaigns alike.
        heads = (_PEOPLE_UNIT_HEADS if asked_words == {"nguoi"} else _SESSION_UNIT_HEADS if asked_words == {"buoi"}
                 else None)
        rows = self._knowledge_rows()
        # The province asked about is said by a record of that province, however either spells it («TP.HCM»,
        # «Hồ Chí Minh»); the people or sessions counted, by a record counting any of them (41 «cán bộ» are as
        # many «người»). Each word's weight is added, in the words' order, to the candidates that say it.
        got: dict[int, float] = dict.fromkeys(cands, 0)
        of_province = {i for i in cands if rows[i].item.province in q_prov} if province_words else set()
        counted = {i for i in cands if rows[i].unit_head in heads} if heads is not None else set()
        for t, w in weights.items():
            said = self._knowledge_saying(t)
            if t in province_words:
                said = said | of_province
            if t in asked_words:
                said = said | counted
            for i in got.keys() & said:
                got[i] += w
        adj_docs = q_docs if slots.doc_numbers else None
        asked_right_after: dict[str, bool] = {}
        out: list[Scored] = []
        # The question's own parts of the scoring, read once rather than for each of up to 40 records.
        y1, y2 = (y[0], y[1] or y[0]) if y is not None and y[0] is not None else (None, None)
        n_bigrams = len(q_bigrams)
        several_roles = len(q_roles) > 1
        # A record of the year asked, of the place asked, is there: one of another year is no answer beside it
        # («Hà Nội năm nay phải bồi dưỡng bao nhiêu học viên» is this year's target, not a 2016 account that
        # says every word of it). With none, another year's record is still the nearest thing.
        places_asked = q_prov or mine
        year_held = y1 is not None and y2 is not None and any(
            (item := rows[i].item).year is not None and item.year <= y2 and (item.year_end or item.year) >= y1
            and (not places_asked or item.province in places_asked) for i in cands)
        other_year = -0.45 if year_held else -0.3
        # Every candidate's likeness in one call (the scorer's own loop, the same scores as one call each).
        likeness = [0.0] * len(cands)
        if query:
            for _, ratio, j in process.extract(query, [rows[i].fuzz_key for i in cands], scorer=fuzz.token_set_ratio,
                                               limit=None):
                likeness[j] = ratio / 100.0
        for i, fz in zip(cands, likeness, strict=True):
            (item, unit, unit_words, unit_head, unit_after_luot, has_value, bigrams, roles, item_orgs,
             first_org_province, doc_numbers, names_person, key_tokens, _) = rows[i]
            kind, province, year = item.kind, item.province, item.year
            people = heads is not None and unit_head in heads
            cov = got[i] / total_w
            adj = 0.0
            if y1 is not None and y2 is not None and year is not None:
                overlap = year <= y2 and (item.year_end or year) >= y1
                adj += 0.08 if overlap else other_year
            if q_bigrams:
                adj += 0.1 * len(q_bigrams & bigrams) / n_bigrams
            if q_roles:
                adj += 0.08 if q_roles & roles else (-0.08 if roles else 0.0)
                if several_roles and q_roles <= roles:
                    adj += 0.04  # «chủ tịch, phó chủ tịch CĐCS»: the record for every audience named first
            if count_cue and kind != "document" and has_value:
                adj += 0.04
            elif count_cue and kind == "fact" and not item.numbers:
                adj -= 0.15  # «mấy lớp, bao nhiêu người» is not answered by a record without a figure
            if q_orgs:
                if q_orgs & item_orgs:
                    adj += 0.08 if not narrow or narrow_set & item_orgs else 0.0
                    if item.org_ids and item.org_ids[0] not in q_orgs:
                        adj -= 0.06  # a district's fact when the province was asked about
                elif province and province in q_prov:
                    adj += -0.2 if narrow else 0.04
                else:
                    adj -= 0.25
            elif q_prov:
                adj += 0.08 if province in q_prov else -0.25
                if province in q_prov and item.org_ids and not first_org_province:
                    adj -= 0.06  # «LS có bao nhiêu CBCĐ» asks of the province, not of one of its districts
            elif mine and province and kind != "target":
                # «tỉnh mình» names the asker's province as its name would; a record of no province (the
                # national union's) is not another province's. Targets are the asker's own however they rank
                # (the profile picks them when a target comes first).
                adj += 0.08 if province in mine else -0.25
            if adj_docs is not None:
                if adj_docs & doc_numbers:
                    adj += (0.35 if about_doc else 0.1) if kind == "document" else 0.05
                elif about_doc:
                    adj -= 0.1
            if kind == "document":
                adj += 0.15 if doc_cue else -0.1
            elif doc_cue:
                adj -= 0.05
            if target_cue and kind == "target":
                adj += 0.06
            if count_cue and kind == "document":
                adj -= 0.2
            if asked_unit and unit and not asked_words <= unit_words and not people:
                adj -= 0.1  # «bao nhiêu lớp» is not answered by a count of people
            elif not asked_unit and plan_unit and kind == "target" and unit and not plan_words <= unit_words:
                adj -= 0.1  # «chỉ tiêu lớp» is not the target counted in learners
            # «lượt học viên» counts learners as «học viên» does, each time they came: «bao nhiêu học viên» asks
            # for it as much as «bao nhiêu lượt học viên».
            if len(unit_words) > 1 and unit_head == "luot":
                unit_words, unit_head = unit_words - {"luot"}, unit_after_luot
            if count_cue and unit and (unit_words <= q_tokens or people):
                adj += 0.08  # "bao nhiêu lớp" asks for the figure counted in lớp
                if unit_words <= q_tokens and unit_head and asked_words != {"nguoi"}:
                    right_after = asked_right_after.get(unit_head)
                    if right_after is None:
                        right_after = asked_right_after[unit_head] = (
                            _asked_right_after(unit_head).search(norm.folded) is not None)
                    if right_after:
                        adj += 0.12  # said right after the question word: the very figure asked
            if asks_who and names_person:
                adj += 0.15  # «ai …?» is answered by a record that names a person
            if q_numbers and q_numbers & item.numbers:
                adj += 0.2  # the question quotes one of this item's figures
            # Among records the question covers equally, the one it says most of (the focused one) first.
            precision = len(key_tokens & uniq_set) / len(key_tokens) if key_tokens else 0.0
            score = 0.7 * cov + 0.3 * fz + adj + 0.05 * precision
            out.append(Scored(i, item, score, cov, fz))
        out.sort(key=lambda s: (-s.score, s.item.code))
        return out


# Each topic's own name as chairs say it (its first phrase) and the parts of it («tài chính» of «tài chính
# công đoàn»): those name the whole topic, its other phrases a part of it.
_TOPIC_HEADS = tuple(tuple(index_tokens(t.synonyms[0])) for t in TOPICS if t.synonyms)


# «có kế hoạch mở lớp … vào lúc nào»: when a class is planned, a class's date asked, not a plan's figures.
_CLASS_PLAN = re.compile(r"\b(?:co |theo )?ke hoach (?=(?:mo|to chuc|khai giang) (?:lop|khoa|dot)\b)")
_WHEN_ASKED = re.compile(r"\b(?:khi nao|luc nao|bao gio|thoi gian nao|ngay nao|thang nao|hom nao|dip nao)\b")
_FIGURES_ASKED = re.compile(r"\b(?:chi tieu|dat|hoan thanh|vuot|bao nhieu|may lop|so lop|tien do|phan tram)\b")


_ROMAN_STAGES = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}


def _arabic_numbered(name: str) -> str:
    """A place's name whose last word is a stage in Roman figures («thang long ii»), with it in Arabic
    («thang long 2»), as chairs type it; "" for any other name."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _ROMAN_STAGES:
        return ""
    return " ".join((*words[:-1], _ROMAN_STAGES[words[-1]]))


# A list asked for («lớp nào», «có lớp», «các lớp», «mấy lớp»), not a detail of one class.
_LIST_OF_CLASSES = re.compile(r"\b(?:(?:lop|khoa|dot) nao|co (?:lop|khoa)|cac|nhung|may lop|bao nhieu lop|danh sach)\b")
# Titles shorter than this say too little to tell one class by («Tập huấn nữ công»).
_TITLE_SAID_WORDS = 4


# Words of a union's name before its province («Công đoàn ngành Y tế tỉnh Hà Tĩnh»).
_PROVINCE_HEADS = (("tinh",), ("thanh", "pho"), ("tp",))


def _sector_alone(orgs: Sequence[OrgRec], kinds: dict[int, str],
                  provinces: Set[tuple[str, ...]]) -> dict[tuple[str, ...], list[int]]:
    """The phrases that name a province's sector union by its sector alone («cong doan y te», «cong doan nganh y
    te», «nganh y te» for «Công đoàn ngành Y tế tỉnh Hà Tĩnh»), with the unions each names."""
    out: dict[tuple[str, ...], list[int]] = {}
    for o in orgs:
        if kinds.get(o.id) != "sector":
            continue
        toks = tuple(index_tokens(o.name))
        if toks[:2] != ("cong", "doan"):
            continue
        core = toks[3:] if toks[2:3] == ("nganh",) else toks[2:]
        place = next((n for n in range(len(core) - 1, 0, -1) if core[n:] in provinces), None)
        if place is None:
            continue
        sector = core[:place]
        for head in _PROVINCE_HEADS:
            if sector[-len(head):] == head:
                sector = sector[:-len(head)]
                break
        if not sector or all(w in _GENERIC_SECTOR_WORDS for w in sector):
            continue
        for key in (("cong", "doan", *sector), ("cong", "doan", "nganh", *sector), ("nganh", *sector)):
            ids = out.setdefault(key, [])
            if o.id not in ids:
                ids.append(o.id)
    return out


# Words no sector is named by alone.
_GENERIC_SECTOR_WORDS = frozenset({"cac", "khu", "cong", "nghiep", "che", "xuat", "kinh", "te", "vien", "chuc", "co",
                                   "so", "cap", "tren"})


# The kind of class a title opens with («Tập huấn», «Bồi dưỡng», «Lớp»): the asker says «lớp» instead, or nothing.
_TITLE_KIND_HEAD = re.compile(r"^(?:(?:hoi nghi |lop )?(?:tap huan|boi duong|dao tao|huan luyen)|lop|khoa)(?: |$)")


def _named_title(title: str) -> list[str]:
    """The words a question names a class by: its title without the batch mark, nor the kind of class it opens
    with («Tập huấn kỹ năng phát triển đoàn viên …» is named «lớp kỹ năng phát triển đoàn viên …»)."""
    words = " ".join(index_tokens(base_title(title)))
    return _TITLE_KIND_HEAD.sub("", words).split()


def _title_said_first(hits: CourseHits, norm: Norm) -> CourseHits:
    """The hits with the one class whose whole title a detail question says word for word first («lớp bồi
    dưỡng nghiệp vụ công tác nữ công … bao giờ»), when the ranking told the first ones apart by nothing: the
    search read those words as topics, which a look-alike on the same topic («Tập huấn nữ công: …») has too,
    yet the asker named that class."""
    if not _has(norm.folded, *_DETAIL_CUES) or _LIST_OF_CLASSES.search(norm.folded):
        return hits
    said = [c for c in hits.courses if c.code in hits.lead and len(words := _named_title(c.title))
            >= _TITLE_SAID_WORDS and says(norm.folded, " ".join(words))]
    if len(said) != 1:
        return hits
    first = said[0]
    return dataclasses.replace(hits, courses=[first, *(c for c in hits.courses if c is not first)],
                               lead=(first.code,))


def _seats_meant(seats: Sequence[str], slots: Slots) -> Sequence[str]:
    """The towns of a former province a question means: the ones it names («lớp ở Tam Kỳ»), else all of them
    («lớp ở Quảng Nam cũ»)."""
    said = {p for _, p in slots.phrases}
    # («Vũng Tàu» is also how people name the whole former province: a name of it, not one town.)
    named = [s for s in seats if s in said and canonical_name(s) is None]
    return named or seats


def _class_plan_asked(folded: str) -> str:
    """The question with «kế hoạch» left out where it says a class is planned and asks when («CĐ các KCN … có kế
    hoạch mở lớp ATVSLĐ vào lúc nào»): no target's figures are asked, whatever plan of the union has that topic."""
    if _CLASS_PLAN.search(folded) and _WHEN_ASKED.search(folded) and not _FIGURES_ASKED.search(folded):
        return " ".join(_CLASS_PLAN.sub(" ", folded).split())
    return folded


def _without_class_plan(norm: Norm) -> Norm:
    """`norm` with «kế hoạch» of «có kế hoạch mở lớp … khi nào» no longer content (see `_class_plan_asked`)."""
    toks = norm.tokens
    drop = {j for i in range(len(toks) - 2) if toks[i:i + 2] == ("ke", "hoach")
            and toks[i + 2] in ("mo", "to", "khai") for j in (i, i + 1)}
    if not drop or not norm.content_mask:
        return norm
    mask = tuple(m and i not in drop for i, m in enumerate(norm.content_mask))
    return Norm(norm.text, toks, tuple(t for t, m in zip(toks, mask, strict=True) if m), norm.folded,
                norm.had_diacritics, mask, norm.caps)


# The first word of a venue or a ward named after «tại»/«ở» («hội trường», «nhà văn hóa», «trung tâm», «phường»).
_VENUE_HEADS = frozenset({"hoi", "nha", "trung", "truong", "cung", "thiet", "tru", "khach", "phong", "phuong", "xa",
                          "dac", "khu", "dai", "vien", "benh", "cong"})


# The topic that is a role's own work: «nghiệp vụ UBKT» is the inspection work, «nghiệp vụ kế toán» finance.
_ROLE_WORK = {"uy_vien_ubkt": "kiem_tra", "ke_toan_cdcs": "tai_chinh", "giang_vien_kiem_chuc": "giang_day"}


# «học ba ngày», «lớp 2 ngày», «kéo dài 5 ngày»: how many days the class lasts (numbers in words are figures
# by then); «trong 3 ngày tới» is a period, not this.
_DAYS_ASKED = re.compile(r"\b(?:hoc|lop|khoa|keo dai|trong vong|dai) (\d{1,2}) ngay\b(?! (?:toi|nua|sau|qua))")


def _days_asked(folded: str) -> int:
    m = _DAYS_ASKED.search(folded)
    return int(m.group(1)) if m else 0


def _course_days(c: CourseRec, tz: ZoneInfo) -> int | None:
    """The days a class lasts: the plan's «Số ngày», else from its first to its last day."""
    if c.days:
        return c.days
    if c.ends_at is None or c.tentative:
        return None
    return (c.ends_at.astimezone(tz).date() - c.starts_at.astimezone(tz).date()).days + 1


def _lasting_first(hits: CourseHits, days: int, tz: ZoneInfo) -> CourseHits:
    """«ở Hưng Yên có lớp nào cho chủ tịch học ba ngày không»: among the classes found, those lasting the days
    asked come first (the rest after them, nearest first), and they are the ones that answer best."""
    lasting = [c for c in hits.courses if _course_days(c, tz) == days]
    if not lasting or len(lasting) == len(hits.courses):
        return hits
    rest = [c for c in hits.courses if c not in lasting]
    return dataclasses.replace(hits, courses=[*lasting, *rest], lead=tuple(c.code for c in lasting))


# Words before an audience that say the class is for them («lớp cho công nhân KCN …», «dành cho người lao động»).
_FOR_WHOM_HEADS = frozenset({"cho", "danh"})


_HEAD_OF = {t.key: tuple(index_tokens(t.synonyms[0])) for t in TOPICS if t.synonyms}


def _holds_topic_head(phrase: tuple[str, ...]) -> bool:
    return any(phrase[i:i + len(head)] == head for head in _TOPIC_HEADS for i in range(len(phrase) - len(head) + 1))


def _topic_head(phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(head[i:i + n] == phrase for head in _TOPIC_HEADS for i in range(len(head) - n + 1))


def _keep_section(ans: Answer, question: str) -> None:
    """«hạn đăng ký lớp … mới bầu lớp B đợt 1»: of parallel classes told apart by a letter («… - lớp A», «… - lớp
    B»), the one of the letter asked, the others of the list dropped (classes with no letter stay)."""
    asked = section_asked(question)
    if asked is None:
        return
    mine = {c.code for c in ans.courses if section_of(c.title) == asked}
    if not mine:
        return
    other = {c.code for c in ans.courses if (s := section_of(c.title)) is not None and s != asked}
    if other:
        ans.courses = [c for c in ans.courses if c.code not in other]
        ans.matches = [m for m in ans.matches if m.code not in other]
        ans.course_total = max(ans.course_total - len(other), len(ans.courses))
        ans.course_lead = tuple(c for c in ans.course_lead if c not in other)
    # A class with no letter is no «lớp A»: the classes of the letter asked come first, the others (kept, as the
    # letter may be a particle typed bare) after them.
    if ans.courses[0].code not in mine:
        ans.courses.sort(key=lambda c: c.code not in mine)
        ans.matches.sort(key=lambda m: m.code not in mine)
        ans.course_lead = tuple(sorted(ans.course_lead, key=lambda c: c not in mine))
        # Listed as a group before the others, as the classes having all the question named are.
        ans.course_fitting = tuple(c.code for c in ans.courses if c.code in mine)


# A class's title copied in quotes («…», "…"), as a chair pastes it from the plan.
_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{8,}?)[»\"”]")


def _quoted_title_first(ans: Answer, question: str) -> None:
    """«lớp «Tập huấn chuyển đổi số, sử dụng phần mềm quản lý đoàn viên» cho ủy viên BCH ở Lạng Sơn»: the class whose
    title is the one quoted, whole, is the one asked about, before a look-alike whose longer title («… cho ủy viên
    BCH CĐCS») the words after the quote fit as well."""
    quoted = {" ".join(index_tokens(q)) for q in _QUOTED.findall(question)} - {""}
    if not quoted:
        return

    def named(c: CourseRec) -> bool:
        return " ".join(index_tokens(c.title)) in quoted or " ".join(index_tokens(base_title(c.title))) in quoted

    if named(ans.courses[0]):
        return
    pick = next((c for c in ans.courses if named(c)), None)
    if pick is None:
        return
    ans.courses = [pick, *(c for c in ans.courses if c is not pick)]
    ans.matches.sort(key=lambda m: m.code != pick.code)
    ans.course_lead = (pick.code,)
    ans.course_fitting = ()


# Each topic's catalogue name as words («Pháp luật lao động, tư vấn pháp luật»).
_TOPIC_LABELS = tuple(" " + " ".join(index_tokens(t.label)) + " " for t in TOPICS)


# How a question opens before what it asks about («chị ơi cho em hỏi», «dạ ad ơi», «xin chào bạn»).
_OPENING_WORDS = frozenset({"chi", "anh", "a", "c", "ac", "oi", "ad", "admin", "ban", "cho", "em", "e", "minh", "toi",
                            "hoi", "da", "chao", "xin", "bot", "ve", "voi"})


_YEAR_PRINTED = re.compile(r"\b(?:19|20)\d\d\b")


def _opens_with_class(tokens: Sequence[str]) -> bool:
    """Whether a class is named first («Lớp nghiệp vụ … tháng sau …»), after the polite opening if any («chị ơi
    cho em hỏi lớp huấn luyện … của công đoàn KCN …»): a class named, then what about it."""
    for i, t in enumerate(tokens[:8]):
        if t in ("lop", "khoa", "danh"):
            return not i or "hoi" in tokens[:i] or "oi" in tokens[:i] or "chao" in tokens[:i]
        if t not in _OPENING_WORDS:
            return False
    return False


def _in_topic_label(phrase: tuple[str, ...]) -> bool:
    return any(f" {' '.join(phrase)} " in label for label in _TOPIC_LABELS)


def _side_by_side(tokens: Sequence[str], a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two phrases occur next to each other in the tokens (either order)."""
    joined = " " + " ".join(tokens) + " "
    first, second = " ".join(a), " ".join(b)
    return f" {first} {second} " in joined or f" {second} {first} " in joined


_CALLED_OFF_SPLIT = tuple(tuple(c.split()) for c in CALLED_OFF_CUES)


# «lớp kiểm tra công đoàn (không phải kiểm tra tài chính)», «… chứ không phải lớp tranh chấp tập thể»: what the asker
# rules out, in brackets or after «chứ» (up to a place said after it). A bare «không phải» is left alone: «không phải đóng phí à» is «no need to».
_NOT_THIS = r"(?:không|khong|ko|k|hông|hong)\s+(?:phải|phai)\s+(?:(?:là|la)\s+)?"
_RULED_OUT = re.compile(rf"(?i)\(\s*(?:(?:chứ|chu)\s+)?{_NOT_THIS}([^()]+?)\s*\)"
                        rf"|(?<!\w)(?:chứ|chu)\s+{_NOT_THIS}([^()?.!,;]+?)(?=\s+(?:ở|tại|o|tai)\s|\s*[()?.!,;]|\s*$)")
# Words of a clause ruled out that name no class in particular («không phải lớp …»).
_RULED_OUT_FILLERS = frozenset({"lop", "khoa", "cai", "ve", "hoc", "o", "cua"})


def ruled_out(question: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """The question without the classes it rules out, and the words of each (folded, fillers dropped): a class
    whose title says them all is not asked for."""
    groups: list[tuple[str, ...]] = []

    def cut(m: re.Match[str]) -> str:
        words = tuple(t for t in normalise(m.group(1) or m.group(2)).tokens if t not in _RULED_OUT_FILLERS)
        if words:
            groups.append(words)
        return " "

    if "ph" not in question.lower():
        return question, ()
    rest = _RULED_OUT.sub(cut, question)
    return (rest, tuple(groups)) if groups else (question, ())


def _without_called_off(norm: Norm) -> Norm:
    """`norm` with the words that ask whether a class was called off («bị dừng», «tạm hoãn», «hủy rồi») no
    longer content: they say nothing of which class, and no title says them."""
    toks = norm.tokens
    if not norm.content_mask or not _has(norm.folded, *CALLED_OFF_CUES):
        return norm
    drop: set[int] = set()
    for cue in _CALLED_OFF_SPLIT:
        for i in range(len(toks) - len(cue) + 1):
            if toks[i:i + len(cue)] == cue:
                drop.update(j for j in range(i, i + len(cue)) if toks[j] in CALLED_OFF_WORDS)
    if not drop:
        return norm
    mask = tuple(m and i not in drop for i, m in enumerate(norm.content_mask))
    return Norm(norm.text, toks, tuple(t for t, m in zip(toks, mask, strict=True) if m), norm.folded,
                norm.had_diacritics, mask, norm.caps)


# What one asks of a class to attend, and how a record would say it.
_CLASS_ASPECTS = (
    (("khai giang",), ("khai giang", "khai mac", "bat dau")),
    (("han dang ky", "han chot", "han dk"), ("han dang", "dang ky", "han chot")),
    (("con cho", "het cho"), ("con cho", "het cho", "so cho")),
    (("hoc phi", "mat phi"), ("hoc phi", "mien phi", "kinh phi")),
)
# «đạt bao nhiêu %», «mấy %» ask for a share; «2%», «85,4 %» quote one («trích nộp 2%»).
_ASKED_PERCENT = re.compile(r"(?:^|[^\d\s,.])\s*%")


def _share_unsaid(norm: Norm, item: Item) -> bool:
    """A share asked («đạt bao nhiêu %», «tỷ lệ») that a fact does not give (no whole it is out of, no percent in
    it: «3.332 người đạt trình độ A2»): a plan's targets, which give one, answer before it."""
    if not (_asks_percent(norm.text) or _has(norm.folded, "phan tram", "ty le", "ti le")):
        return False
    rec = item.rec
    return isinstance(rec, FactRec) and rec.planned is None and "%" not in rec.statement


def _asks_percent(text: str) -> bool:
    return bool(_ASKED_PERCENT.search(text))


def _aspect_unsaid(folded: str, pairs: Set[str]) -> bool:
    """Whether a question asks a class's opening, deadline, seats or fee that a text's word `pairs` never say."""
    return any(_has(folded, *asked) and not any("_".join(w.split()) in pairs for w in said)
               for asked, said in _CLASS_ASPECTS)


def _number_of_word(tok: str) -> bool:
    return tok.isdigit() and not re.fullmatch(r"(19|20)\d\d", tok)


def _month_gone_by(time: TimeSlot, folded: str, now: dt.datetime) -> TimeSlot:
    """A month named with no year («tháng 11 học chưa») in a question whether a class has taken place: the
    last such month, not next year's, when this year's ended lately (a quarter ago at most: «tháng 3 học
    chưa» asked in December is about the coming March); `time` as it is otherwise."""
    if time.kind != "month" or time.start <= now or re.search(r"\b(?:nam|\d{4})\b", folded):
        return time
    start = time.start.replace(year=time.start.year - 1)
    end = time.end.replace(year=time.end.year - 1) if time.end is not None else None
    if end is None or end > now or end < now - 3 * dt.timedelta(days=31):
        return time
    return TimeSlot(time.kind, start, end, f"tháng {start.month}/{start.year}", start.year, start.year)


# A format asked about as a yes or no («có học online được không», «học trực tuyến được ko ạ»), folded and
# with the teencode written out; «có lớp nào học online không», «có lớp … kết hợp online ko» ask for such
# classes.
_FORMAT_YES_NO = re.compile(
    # «khóa học online», «lớp học online»: «học» of the class's name, not the verb of a yes or no.
    r"\b(?:(?:(?<!khoa )(?<!lop )hoc|tham gia|tham du|theo hoc) (?:qua |bang |theo hinh thuc )?{f}"
    r"(?: (?:luon|nua))?(?: duoc)?"
    r"|{f} duoc) (?:khong|chu|hay khong|hay sao)\b".format(
        f=r"(?:truc tuyen|online|onlin|tu xa|zoom|qua mang|truc tiep|tap trung|offline)"))
# «có lớp ATVSLĐ học online được không», «có khóa nào …»: whether such classes exist is asked, the format a filter.
# «hôm nào», «ngày nào», «khi nào», «lúc nào» ask when the class is held, which class is none of them.
_WHICH_CUES = re.compile(r"\b(?:(?<!hom )(?<!ngay )(?<!khi )(?<!luc )nao|gi|nhung|cac lop|may lop|bao nhieu"
                         r"|co (?:mo |to chuc )?(?:lop|khoa|dot))\b")


_CANNOT_GO = re.compile(r"\b(?:khong|ko|chua|kho) (?:the )?(?:di|den|toi|len|ve)(?: (?:hoc|lai|xa))? duoc\b"
                        r"|\bxa (?:qua|lam|the)\b|\bnha xa\b")


def _cannot_travel(norm: Norm, slots: Slots) -> bool:
    """Whether the asker says they cannot come to a class («em ở xa», «không đi được»): then a class held the
    way asked (online) elsewhere answers before one of their place held in person. «ở xã Tân Phú» is a place."""
    toks = norm.tokens
    return bool(_CANNOT_GO.search(norm.folded)) or any(
        t == "xa" and toks[i - 1] == "o" and i not in slots.used
        and not (i + 1 < len(toks) and (i + 1) in slots.used) for i, t in enumerate(toks) if i)


def _format_yes_no(folded: str) -> bool:
    return bool(_FORMAT_YES_NO.search(folded)) and not _WHICH_CUES.search(folded)


# The words of a cue for a class called off that say it is put off («bị hoãn», «lùi lịch», «dời lịch»), not dropped.
_PUT_OFF_CUE_WORDS = frozenset({"hoan", "lui", "doi"})


def called_off_asked(folded: str) -> tuple[str, ...]:
    """The statuses a question about classes called off asks for: "postponed" («lớp nào bị hoãn», «lùi lịch»),
    "cancelled" («lớp nào hủy rồi», «bị dừng»), or both."""
    said = [cue for cue in CALLED_OFF_CUES if _has(folded, cue)]
    put_off = any(_PUT_OFF_CUE_WORDS & set(cue.split()) for cue in said)
    dropped = any(not _PUT_OFF_CUE_WORDS & set(cue.split()) for cue in said)
    return (*(("cancelled",) if dropped else ()), *(("postponed",) if put_off else ()))


def _called_off_as_asked(c: CourseRec, statuses: Sequence[str]) -> bool:
    """Whether a class is called off the way a question asks (`called_off_asked`)."""
    put_off = c.status == "postponed" or (c.status == "cancelled" and postponed(c.description))
    return (put_off and "postponed" in statuses) or (c.status == "cancelled" and "cancelled" in statuses)


def _status_codes(courses: Sequence[CourseRec], statuses: Sequence[str]) -> tuple[str, ...]:
    """The codes of the classes of the status asked, when a list shows others called off too (else none)."""
    if not statuses or any(c.status not in ("cancelled", "postponed") for c in courses):
        return ()
    codes = tuple(c.code for c in courses if _called_off_as_asked(c, statuses))
    return codes if 0 < len(codes) < len(courses) else ()


def _asks_status(folded: str) -> bool:
    """Whether a question asks if a class is cancelled or still takes place."""
    return _has(folded, *CANCEL_CUES) or _STATUS_ASKED.search(folded) is not None


# «luật công đoàn 2024», «bộ luật lao động năm 2019» (folded tokens): a law named by its words and its year.
_LAW_WORDS_MAX = 4


def _law_named(tokens: Sequence[str]) -> tuple[list[str], str] | None:
    """The words naming a law from «luật» on («luat cong doan») and its year, when the question names one
    so; None otherwise («luật» with no year is a matter, not one law)."""
    for i, t in enumerate(tokens):
        if t != "luat":
            continue
        for j in range(i + 2, min(len(tokens), i + 2 + _LAW_WORDS_MAX)):
            if re.fullmatch(r"(?:19|20)\d\d", tokens[j]):
                words = list(tokens[i:j])
                if words[-1] == "nam":
                    words.pop()
                return (words, tokens[j]) if len(words) >= 2 else None
    return None


def _said(words: Sequence[str], have: frozenset[str], pairs: frozenset[str]) -> bool:
    """Whether a record's words say a phrase: each of its word pairs (a word alone for one word)."""
    if len(words) == 1:
        return words[0] in have
    return all(f"{a}_{b}" in pairs for a, b in itertools.pairwise(words))


# The provinces named in two words, by their letters run together («camau» -> («ca», «mau»)).
_JOINED_PROVINCES = {"".join(words): (words[0], words[1]) for p in PROVINCES
                     if len(words := tuple(index_tokens(p))) == 2}
_PROVINCE_SPELLINGS = frozenset((*PROVINCE_CODES, *PROVINCE_ALIASES, *(" ".join(index_tokens(p)) for p in PROVINCES)))


def _names_province(phrase: str) -> bool:
    """Whether a place phrase of a question names a province («ls», «tp hcm», «thành phố HCM», «tỉnh Lạng Sơn»)."""
    for head in ("thanh pho ", "tinh ", "tp "):
        if phrase.startswith(head):
            phrase = phrase[len(head):]
            break
    return phrase in _PROVINCE_SPELLINGS


def _province_codes_spelled(terms: list[str], slots: Slots) -> list[str]:
    """«LS», «BN» typed for a province: the articles and plans write the name out («Lạng Sơn»), so the code
    searches them as the name; left as «ls» it only matched document codes («NQ-ĐHCĐ-LS-XV»)."""
    codes = {p: PROVINCE_CODES[p] for k, p in slots.phrases if p in PROVINCE_CODES
             and PROVINCE_CODES[p] in slots.provinces}
    if not codes:
        return terms
    out: list[str] = []
    for t in terms:
        out.extend(index_tokens(codes[t]) if t in codes else (t,))
    return out


_PERIOD_PHRASES = ("thang sau", "thang nay", "thang toi", "thang truoc", "nam sau", "nam nay", "nam ngoai",
                   "nam toi", "nam truoc", "quy sau", "quy nay", "tuan sau", "tuan nay", "sap toi",
                   "tuan truoc", "hom qua")
_BEFORE_NUMBER = ("thang", "nam", "quy", "dot", "ngay", "tuan", "khoa")
# Abbreviations long enough that one letter dropped or swapped still says which one was meant.
_LONG_ABBREVIATIONS = tuple(k for k, v in ABBREVIATIONS.items() if len(k) >= 4 and k.isalpha() and " " in v)

# Units that count people («cán bộ», «đoàn viên», «học viên», «lượt người»), by their first word.
_PEOPLE_UNIT_HEADS = frozenset({"nguoi", "can", "doan", "hoc", "luot", "cong", "chu", "giang", "lao"})
# Sessions held are counted as «buổi» or «cuộc» (of talks, of campaigns) alike: «bao nhiêu buổi tuyên truyền».
_SESSION_UNIT_HEADS = frozenset({"buoi", "cuoc"})
# A count of classes asked of a plan: «số lớp», «bao nhiêu lớp», «mấy lớp», «chỉ tiêu lớp», «mở bao nhiêu lớp» (folded).
_CLASS_COUNT_ASKED = re.compile(r"\b(?:so lop|so luong lop|bao nhieu lop|may lop|chi tieu (?:ve )?lop)\b")
_ASKED_UNIT = re.compile(r"\b(?:bao nhieu|may) (lop|luot|nguoi|hoc vien|can bo|doan vien|buoi|khoa)\b")
# The units a plan counts classes in; every other unit («học viên», «lượt», «người», «cán bộ») counts people.
_CLASS_UNITS = frozenset({"lop", "khoa", "buoi"})


def _counts_alike(item: Item, asked: str) -> bool:
    """Whether a plan's figure is counted in the kind of unit asked (classes or people)."""
    unit = set(fold(str(getattr(item.rec, "unit", "") or "")).split())
    return bool(unit) and bool(unit & _CLASS_UNITS) == bool(set(asked.split()) & _CLASS_UNITS)


# Who a plan counts, said as a phrase: its words name no union («học viên» is no «Học viện»).
_COUNTED_PEOPLE = re.compile(r"\b(?:hoc vien|can bo|doan vien|nguoi lao dong|cong nhan)\b")
_PLAN_UNIT = re.compile(r"\b(?:nhieu|chi tieu|so|dat) (lop|luot|nguoi|hoc vien|can bo|doan vien|buoi|khoa)\b")


@lru_cache(maxsize=256)
def _asked_right_after(head: str) -> re.Pattern[str]:
    """«bao nhiêu lớp»: the unit's first word right after the question word."""
    return re.compile(rf"\b(?:bao nhieu|may|so) (?:luot )?{head}\b")


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Where each key sits (row, column as staggered on a keyboard).
_KEY_AT = {ch: (r, c + (0.0, 0.25, 0.75)[r]) for r, row in enumerate(_KEY_ROWS) for c, ch in enumerate(row)}


# Letters that spell one sound (c/k before a, s/x in the South, i/y): typing by ear, not a slip of the keys.
_SAME_SOUND = ({"c", "k"}, {"s", "x"}, {"i", "y"})


# The words a place is said after («ở Nha Trang», «tại Hội An»).
_PLACE_BEFORE = frozenset({"o", "tai"})
# The words a province is said after («ở», «bên», «tỉnh», «còn … thì sao»).
_BEFORE_PLACE = frozenset({"o", "tai", "ben", "tinh", "ldld", "con", "cua", "thuoc", "ve"})
_PROVINCE_PAIRS = frozenset(_JOINED_PROVINCES.values())


def _letters_of(typed: str, meant: str) -> bool:
    """Whether a word is another typed with a letter or two dropped or its letters out of order («tha», «thhn» for
    «thanh»; «agng» for «giang»): every letter typed is one of its, and at most two are missing."""
    return (typed != meant and len(typed) >= 3 and typed not in STOP_FOLDED and 0 <= len(meant) - len(typed) <= 2
            and not Counter(typed) - Counter(meant))


def _slip(typed: str, meant: str) -> bool:
    """Whether a real word one edit from another is a slip of the fingers for it: a letter dropped, added
    or swapped with its neighbour, or a key struck beside the right one («gang» for «giang», «tang» for
    «thang»). «đám đông» is not «Lâm Đồng»: d and l are far apart."""
    if len(typed) != len(meant):
        return True
    diff = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    if len(diff) != 1:
        return True  # two letters swapped
    if {typed[diff[0]], meant[diff[0]]} in _SAME_SOUND:
        return True  # spelt as it sounds: «kan thơ» is Cần Thơ, «sóc trăg» as «xóc»
    a, b = _KEY_AT.get(typed[diff[0]]), _KEY_AT.get(meant[diff[0]])
    return a is not None and b is not None and abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1.0


# How much better another union's target must fit a question than the union's own named as a union to be shown.
_OTHER_UNION_MARGIN = 0.1


# Workers on shifts («công nhân làm ca», «người đi ca», «ca kíp»), who can come only at the day or hour they ask.
_SHIFT_WORK = re.compile(r"\b(?:lam|theo|di|chia) ca\b|\bca (?:kip|dem|san xuat)\b")


# The parts of the day and of the week a class is asked on: a slip in one («lớp bupi tối») is put right beside
# its other word, though «tối» alone is also the pronoun «tôi» typed plain.
_DAY_PHRASES = ("buoi sang", "buoi trua", "buoi chieu", "buoi toi", "cuoi tuan", "chu nhat", "thu bay")


# «lớp dự kiến», «mới chỉ dự kiến, chưa có ngày»: the classes planned for a month or a period, not yet dated;
# «dự kiến khai giảng khi nào» asks a date instead.
_PLANNED_ASKED = re.compile(
    r"\bdu kien\b(?! (?:khai|to chuc|bat|hoc|khi|ngay|vao|mo|dien|ket|se|la|bao|may"
    # «dự kiến ở đâu» asks where a class is planned; «lớp dự kiến ở Lạng Sơn» asks for the planned ones there.
    r"|(?:o|tai) (?:dau|nao|cho nao)\b"
    r"|(?:thang|quy|nam|tuan) (?:may|nao)))"
    r"|\bchua co (?:ngay|lich)(?: (?:cu the|chinh thuc|hoc|to chuc))?\b")


# «bao giờ mới có lịch», «khi nào có ngày học»: the asker waits for a class to be dated, so the classes the plan
# dates only by a month or a period come first (the dated ones after them).
_SCHEDULE_AWAITED = re.compile(r"\b(?:bao gio|khi nao|luc nao) (?:moi |thi |se )?co (?:lich|ngay)\b")


# «chị là chủ tịch CĐ trường mầm non ở Thanh Hóa. Có lớp nào …»: who the asker is, said in a clause of its own
# (first person, then «là/làm/lên»), up to a sentence mark or the question's own start. Its role and place are
# slots; its other words («trường mầm non», «cty may») describe the asker's workplace, not the class asked for.
_SELF_PERSON = frozenset({"e", "em", "minh", "toi", "t", "mk", "mik", "tui", "chau", "chi", "anh"})
_SELF_ADVERBS = frozenset({"moi", "vua", "dang", "hien", "duoc", "cung", "thi"})
_SELF_VERBS = frozenset({"la", "lam", "len", "bau"})
_CLAUSE_MARK = re.compile(r"[.,;:!?\n]+")
# How many classes of one union a question's title is compared with, a slip allowed (see _named_class_first).
_TITLES_READ = 200
# The particles said after «ở đâu» closing a question («… ở đâu vậy ạ»).
_AFTER_WHERE = frozenset({"vay", "the", "a", "ah", "ak", "nhe", "nha", "nhi", "z", "v", "ha", "ne", "day"})
_BEFORE_WORKPLACE = frozenset({"o", "tai", "cua", "ben", "thuoc", "mot"})


def _names_workplace(tokens: Sequence[str], chiefs: Set[int] = frozenset()) -> bool:
    """Whether folded words name a workplace by its kind («bệnh viện», «công ty», «trường»); `chiefs`: the
    positions of a «truong» typed «trưởng», a head of, no school (see `chief_positions`)."""
    return any(_workplace_head_at(tokens, p, chiefs) for p in range(len(tokens)))


def _workplace_head_at(tokens: Sequence[str], p: int, chiefs: Set[int] = frozenset(), at: int = 0) -> bool:
    """Whether a workplace kind starts at `p` of `tokens`, `at` their first position among `chiefs`."""
    return at + p not in chiefs and any(tuple(tokens[p:p + len(w)]) == w for w in WORKPLACE_HEADS)
_ASKING_STARTS = frozenset({"lop", "khoa", "muon", "xin", "hoi", "nao", "gi", "can", "co"})


# The provinces merged into another in 2025 (Nghị quyết 202/2025/QH15), by their former names.
MERGERS_2025_FORMER = frozenset(n for cur, names in MERGERS_2025.items() for n in names if n != cur)
def _typed_as_other_than(text: str, tok: str, spellings: Sequence[str]) -> bool:
    """Whether a word folding to `tok` was typed in a spelling other than `spellings` («tầng» for «tang»)."""
    return any(fold(w) == tok and w not in spellings
               for w in re.findall(r"\w+", unicodedata.normalize("NFC", text.lower())))


def _typed_as_another(text: str, tok: str, fixed: str) -> bool:
    """Whether `tok` was typed with marks none of the spellings of the function word `fixed` has («nấu» beside
    «nào»): a word of its own, written as meant, not a slip of that word. (Not asked of a folded word that is a
    content word too: «Vnă bản» is a slip of «văn», whose folded «van» is also «vẫn».)"""
    typed = {w for w in re.findall(r"\w+", unicodedata.normalize("NFC", text.lower())) if fold(w) == tok and w != tok}
    if not typed:
        return False
    spellings = [w for w in STOP_EXACT if fold(w) == fixed]
    return not any(set(w) - set(tok) <= set(sp) for w in typed for sp in spellings)


# Progress towards a target asked, with no period: where the plan stands now.
_PROGRESS = re.compile(r"\btien do\b|\bden dau roi\b|\bcon thieu\b|\b(?:dat|duoc) (?:bao nhieu|bn|may) (?:\w+ )?roi\b"
                       r"|\b(?:dat|xong|hoan thanh) chua\b")
# «gần chỗ mình», «chỗ em có lớp nào»: «chỗ» (where the asker is) folds to «cho» (for): a place, not an audience.
_NEAR_ME = re.compile(r"\bgan (?:(?:cho|noi|o|nha) )?(?:minh|toi|em|mik|tui)\b|\b(?:phuong|xa) (?:minh|toi|em|mik|tui)\b")
_MY_SPOT = re.compile(r"\bchỗ (?:mình|tôi|em|tui)\b")
_FOR_ME_TYPED = re.compile(r"\bcho (?:mình|tôi|em|tui)\b")


# Classes read on each side of a period with none (`_around_period`), and how far before it to look first.
_AROUND_READ = 20
_AROUND_SPAN = dt.timedelta(days=31)


def _home_missed(prefer: str | None, where: Sequence[str | None]) -> str:
    """The asker's province from the profile (`prefer`, the question naming none) when none of the classes found
    (`where`: their provinces) is there: the search gave it up, and the reply says so. "" otherwise."""
    if not prefer or not where or any(area_key(p) in same_area_keys(prefer) for p in where if p):
        return ""
    return prefer


_ALTERNATIVE_JOINS = frozenset({"hay", "hoac"})


def _alternative_tail(tokens: Sequence[str], used: Set[int], asked: Set[int]) -> set[int]:
    """Positions of the words that go on the last of several topics named as alternatives («tin học, chuyển đổi số
    hay phần mềm quản lý đoàn viên»): each alternative is enough for a class, so those words are said of that one
    alternative only, not of every class asked. Empty when no two recognised phrases are joined by «hay», «hoặc»."""
    joins = [i for i, t in enumerate(tokens) if t in _ALTERNATIVE_JOINS and i - 1 in used and i + 1 in used]
    if not joins:
        return set()
    i = joins[-1] + 1
    while i < len(tokens) and i in used:
        i += 1
    tail: set[int] = set()
    while i < len(tokens) and i not in used and i not in asked and tokens[i] not in QUESTION_WORDS:
        tail.add(i)
        i += 1
    return tail


def _around_period(search: Callable[..., CourseHits], hits: CourseHits, start: dt.datetime, end: dt.datetime,
                   now: dt.datetime) -> tuple[CourseHits, tuple[str, ...]]:
    """No class in the month or period asked (`start`–`end`): the nearest class before it (still to come) and the
    nearest after it, as the search ranks them (the best-ranked, then the nearest to the period), and their codes
    (before, after; "" for a side with none). `hits` unchanged, with (), when neither side has one."""
    before: CourseRec | None = None
    moved: list[CourseRec] = []
    # The month before the period first: a page read from today could miss the latest class before it.
    for since in (max(now, start - _AROUND_SPAN), now):
        if before is not None or start <= since:
            continue
        earlier = search(start=since, end=start, relax=False, limit=_AROUND_READ, offset=0)
        # A class put off from before the period to after it is found by its planned date: it comes after.
        held = [c for c in earlier.courses if c.starts_at < start]
        moved += [c for c in earlier.courses if c.starts_at >= end and c.code in earlier.lead]
        lead = [c for c in held if c.code in earlier.lead] or held
        before = max(lead, key=lambda c: c.starts_at, default=None)
    later = search(start=end, end=None, relax=False, limit=_AROUND_READ, offset=0)
    lead = ([c for c in later.courses if c.code in later.lead] or later.courses) + moved
    after = min(lead, key=lambda c: c.starts_at, default=None)
    shown = [c for c in (before, after) if c is not None]
    if not shown:
        return hits, ()
    return (dataclasses.replace(hits, courses=shown, total=len(shown), lead=(shown[0].code,)),
            (before.code if before else "", after.code if after else ""))


def _asks_for_me(norm: Norm) -> bool:
    """Whether a class is asked for the asker («lớp nào cho mình»), whose role then counts; «gần chỗ mình»,
    «chỗ em» say where the asker is (see MY_PLACE), not whom the class is for."""
    folded = _NEAR_ME.sub(" ", norm.folded)
    text = norm.text.lower()
    if _MY_SPOT.search(text) and not _FOR_ME_TYPED.search(text):
        folded = re.sub(r"\bcho (?:minh|toi|em|tui)\b", " ", folded)
    # «Cho mình sắp tới có lớp … không»: opening the question, «cho mình» asks to be told (its «hỏi» left
    # out); before a class («cho mình lớp nào phù hợp») it may say whom for.
    folded = _POLITE_OPENING.sub(" ", folded)
    # «Chị cho em hỏi lớp …», «anh ơi cho mình hỏi …»: asking to be told, wherever it stands.
    folded = _LET_ME_ASK.sub(" ", folded)
    return _has(folded, *FOR_ME)


_LET_ME_ASK = re.compile(r"\bcho (?:minh|toi|em|tui|e|chau) (?:hoi|biet|xin hoi|duoc hoi)\b")


_POLITE_OPENING = re.compile(r"^(?:chao \w+ )?cho (?:minh|toi|em|tui|e)\b(?! (?:lop|khoa|cai|voi|xin|danh))")


def _relax_cost(relaxed: Sequence[str]) -> int:
    """How much of a question a course search gave up: a period widened to the next classes costs less than a
    place, a union, an audience or a format dropped (a chair can wait for a class, not go to another province)."""
    return sum(1 if r == "time" else 2 for r in relaxed)


def _clauses(norm: Norm) -> list[tuple[str, ...]] | None:
    """The question's tokens cut where the text has a clause mark. A word the reading spelt out or corrected
    («cđđcs» read as «công đoàn cơ sở») changes the count of tokens: the marks are placed by aligning the
    words as typed with the words as read. None when a mark falls inside a changed stretch."""
    pieces = [normalise(p).tokens for p in _CLAUSE_MARK.split(norm.text) if p.strip()]
    typed = [t for toks in pieces for t in toks]
    if len(typed) == len(norm.tokens):
        # Word for word: the words as read, typos corrected («cômg ty» is a company).
        bounds = list(itertools.accumulate(map(len, pieces), initial=0))
        return [tuple(norm.tokens[a:b]) for a, b in itertools.pairwise(bounds)]
    ends: list[int] = list(itertools.accumulate(map(len, pieces)))
    cut: list[int] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, typed, list(norm.tokens), autojunk=False).get_opcodes():
        for end in ends:
            if i1 < end < i2 and tag != "equal":
                return None
            if i1 < end <= i2:
                cut.append(j1 + (end - i1) if tag == "equal" else j2)
    if len(cut) != len(ends):
        return None
    starts = [0, *cut[:-1]]
    return [tuple(norm.tokens[a:b]) for a, b in zip(starts, cut, strict=True)]


def _self_intro_positions(norm: Norm, used: Set[int]) -> frozenset[int]:
    """Positions of the words of a self-introduction clause that follow the role or place recognised in it
    (`used`: the slots' positions) up to the clause's end or the question's start: the asker's workplace.
    Words before it may be the role as the plans write it («e là UVBCH»), so they stay. Empty when there is
    no such clause or the clauses cannot be aligned."""
    return frozenset(p for p in _self_intro_clause(norm, used) if p not in used)


def _opening_intro(norm: Norm) -> frozenset[int]:
    """The positions of a first clause in which the asker says who they are («Ad ơi em là cán bộ công đoàn cấp
    trên cơ sở, ở Hà Nội có lớp … không»), when a question follows in another clause; else empty."""
    pieces = _clauses(norm)
    if not pieces or len(pieces) < 2:
        return frozenset()
    first = pieces[0]
    if any(intro_verb(first, i, persons=_SELF_PERSON, adverbs=_SELF_ADVERBS, verbs=_SELF_VERBS) is not None
           for i in range(len(first))):
        return frozenset(range(len(first)))
    return frozenset()


def _said_introducing(norm: Norm, used: Set[int], phrase: str) -> bool:
    """Whether every mention of `phrase` is in the self-introduction clause (the asker's workplace, «công ty
    điện tử ở KCN Quế Võ»), not in the question."""
    clause = _self_intro_clause(norm, used)
    at = _phrase_positions(norm.tokens, (phrase,))
    return bool(at) and at <= clause


def _self_intro_clause(norm: Norm, used: Set[int]) -> frozenset[int]:
    """Positions of a self-introduction clause from the first role or place recognised in it to its end (see
    `_self_intro_positions`), the recognised words included."""
    return _self_intro_clause_of(norm, frozenset(used))


@lru_cache(maxsize=64)
def _self_intro_clause_of(norm: Norm, used: frozenset[int]) -> frozenset[int]:
    """`_self_intro_clause`, read once per question and slots (one answer asks it several times)."""
    pieces = _clauses(norm)
    if pieces is None:
        return frozenset()  # a shorthand read across a clause mark: no reliable alignment
    chiefs = chief_positions(norm.text, norm.tokens)
    out: set[int] = set()
    base = 0
    named_only = False  # the clause before was «mình là Hương»: this one goes on saying who the asker is
    name = range(0)
    for toks in pieces:
        opened, named_only = named_only, False
        for i in range(len(toks)):
            j = -1 if opened and not i else intro_verb(toks, i, persons=_SELF_PERSON, adverbs=_SELF_ADVERBS,
                                                         verbs=_SELF_VERBS)
            if (j is None and toks[i] in _SELF_PERSON and toks[i + 1:i + 2] == ("o",)
                    and _workplace_head_at(toks, i + 2, chiefs, base)):
                j = i  # «em ở trường THCS …», «mình ở công ty …»: where the asker works, introduced
            if j is None:
                continue
            shift = _work_shift_at(toks, j + 1) if j >= 0 and toks[j] == "lam" else 0
            if shift:
                # «em làm ca ngày, chỉ học được buổi tối»: when the asker works, which says what time of day they
                # can come (asked for in words of its own), no word a class's title must carry.
                out.update(range(base + j + 1, base + j + 1 + shift))
            if j >= 0 and len(toks) - j <= 4 and not any(base + p in used for p in range(j + 1, len(toks))):
                # «Mình là Hương, (mới được bầu làm) chủ tịch CĐCS công ty giày ở KCN Thụy Vân»: a name alone,
                # then the role and the workplace in the next clause; the name is no word of a class either
                # (when the next clause does go on: «e là UVBCH, tỉnh mình có lớp j» asks right away).
                named_only = True
                name = range(base + j + 1, base + len(toks))
                break
            k = j + 1
            # «cơ sở» is no «có»: only «có» opening a question («có lớp», «có khoá») ends the clause.
            # Nor is «cán bộ» (folded «can bo») a «cần».
            while k < len(toks) and not (toks[k] in _ASKING_STARTS
                                         and (toks[k] != "co" or toks[k + 1:k + 2] in (("lop",), ("khoa",)))
                                         and not (toks[k] == "can" and toks[k + 1:k + 2] == ("bo",))):
                k += 1
            named = [p for p in range(base + j + 1, base + k) if p in used]
            if not named:
                # «em là cán bộ công đoàn ở trường tiểu học», «tôi … của một công ty may»: no role or place
                # recognised, but a workplace said (its head word on): where the asker works, to the clause's end.
                head = next((p for p in range(j + 1, k) if _workplace_head_at(toks, p, chiefs, base)), None)
                if head is not None and _OWN_WORKPLACE.search(norm.folded):
                    head = None  # «đơn vị mình có lớp nào»: the workplace is what is asked about
                while head is not None and head - 1 > j and toks[head - 1] in _BEFORE_WORKPLACE:
                    head -= 1  # «ở», «của một» (công ty …) say where, no word of a class
                named = [base + head] if head is not None else []
            if named:
                out.update(range(named[0], base + k))
                if opened:
                    out.update(name)
            break
        base += len(toks)
    return frozenset(out)


# «ca ngày», «ca đêm», «ca 3», «theo ca», «giờ hành chính»: a work shift, as one says when one works.
_SHIFT = re.compile(r"(?:theo ca|ca (?:ngay|dem|sang|chieu|toi|kip|[1-3]|mot|hai|ba)|gio hanh chinh|hanh chinh)\b")


def _work_shift_at(toks: Sequence[str], at: int) -> int:
    """How many words at `at` say a work shift («ca ngày», «giờ hành chính»); 0 when none does."""
    m = _SHIFT.match(" ".join(toks[at:at + 3]))
    return len(m.group(0).split()) if m else 0


def _without_planned(norm: Norm, terms: Sequence[str]) -> list[str]:
    """`terms` without «dự kiến» when the question says it only as such: «lớp … dự kiến khi nào» asks when a class
    is planned, and its «kiến» is no «Kiên» an article names."""
    toks = norm.tokens
    if "kien" not in terms or any(t == "kien" and (not i or toks[i - 1] != "du") for i, t in enumerate(toks)):
        return list(terms)
    return [t for t in terms if t not in ("du", "kien")]


def _planned_positions(tokens: Sequence[str]) -> frozenset[int]:
    """Positions of the words that ask for planned classes only («dự kiến», «chưa có ngày cụ thể»); empty
    when the question does not."""
    text = " ".join(tokens)
    found = [m.group(0) for m in _PLANNED_ASKED.finditer(text)]
    return _phrase_positions(tokens, found) if found else frozenset()


# «bên mình cần cử người đi học …», «muốn gửi anh em đi tập huấn …»: how a chair says the union needs or wants
# to send someone to a class. The words are the asker's errand, none of them a word the class's title must
# carry. Only a need or a wish: «Mê Linh cử cán bộ đi học những lớp nào», «có gửi cán bộ lên TLĐ học không» ask
# what was done, which the articles tell.
_SENDING = re.compile(r"\b(?:can|muon|se|dinh|sap|phai|du dinh|chuan bi) (?:"
                      r"(?:cu|gui|cho) (?:[a-z]+ ){0,2}?(?:di|tham gia|tham du) (?:hoc|tap huan|boi duong)"
                      r"|(?:cu|gui) (?:nguoi|can bo|anh em|chi em|doan vien|nhan vien)"
                      r"|di (?:hoc|tap huan|boi duong))\b")


# Someone else sent to a class («cử người đi học», «gửi anh em đi tập huấn»), not the asker.
_SENDING_OTHERS = re.compile(r"\b(?:cu|gui) (?:nguoi|anh em|chi em|doan vien|nhan vien|cong nhan)\b")


def _sending_positions(tokens: Sequence[str]) -> frozenset[int]:
    """Positions of the words that say someone is sent to a class («cử người đi học»)."""
    return _phrase_positions(tokens, [m.group(0) for m in _SENDING.finditer(" ".join(tokens))])


# «các lớp do CĐ phường Thành Sen mở», «lớp LĐLĐ tỉnh tổ chức»: «do» before a union and what it does with
# its classes after it ask which classes the union holds, no words of their titles.
_ORGANISER_VERBS = (("mo",), ("to", "chuc"), ("thuc", "hien"), ("trien", "khai"), ("chu", "tri"), ("dung", "lop"))


def _organised_by_positions(tokens: Sequence[str], org_phrases: Sequence[str]) -> frozenset[int]:
    """Positions of «do» right before a union's name and of the verb of holding classes right after it."""
    out: set[int] = set()
    for phrase in org_phrases:
        words = phrase.split()
        for i in range(len(tokens) - len(words) + 1):
            if list(tokens[i:i + len(words)]) != words:
                continue
            if i and tokens[i - 1] == "do":
                out.add(i - 1)
            after = i + len(words)
            for verb in _ORGANISER_VERBS:
                if tuple(tokens[after:after + len(verb)]) == verb:
                    out.update(range(after, after + len(verb)))
    return frozenset(out)


# «khu vực», «địa bàn», «vùng» before a place, and the level words that may follow them.
_AREA_HEADS = (("khu", "vuc"), ("dia", "ban"), ("vung",))
_AREA_LEVELS = frozenset({"huyen", "quan", "xa", "phuong", "tinh", "thi", "tran", "thanh", "pho"})


def _area_head_positions(tokens: Sequence[str], used: Set[int]) -> frozenset[int]:
    """Positions of «khu vực», «địa bàn», «vùng» said right before a place the slots took («khu vực huyện Tiền
    Hải»): they say where, as the place does, and no title says them."""
    out: set[int] = set()
    for i in range(len(tokens)):
        for head in _AREA_HEADS:
            after = i + len(head)
            if tuple(tokens[i:after]) != head:
                continue
            # A level word may stand between («khu vực huyện …», «địa bàn thị xã …»).
            nxt = after
            while nxt < min(len(tokens), after + 2) and tokens[nxt] in _AREA_LEVELS and nxt not in used:
                nxt += 1
            if nxt in used:
                out.update(range(i, nxt))
    return frozenset(out)


# «lớp hướng dẫn thẻ đoàn viên điện tử»: right after «lớp», «hướng dẫn» says what kind of class is asked (as
# «lớp tập huấn» does), not a word its title must carry («Tập huấn sử dụng thẻ …»).
def _class_kind_positions(tokens: Sequence[str]) -> frozenset[int]:
    """Positions of «hướng dẫn» said right after «lớp/khóa/buổi»."""
    at = [i for i in range(1, len(tokens) - 1)
          if tokens[i - 1] in ("lop", "khoa", "buoi") and tokens[i] == "huong" and tokens[i + 1] == "dan"]
    return frozenset(j for i in at for j in (i, i + 1))


def _renamed(province: str) -> bool:
    """Whether a former province was only renamed, not merged («Thừa Thiên Huế», now Huế): its classes are
    the province's own, none of them to list apart as a former partner's."""
    cur = current_province(province)
    return cur is not None and area_key(cur) not in {area_key(f) for f in former_names(cur)}


def _phrase_positions(tokens: Sequence[str], phrases: Sequence[str]) -> frozenset[int]:
    """Positions of the tokens that some phrase covers, word for word."""
    text = " " + " ".join(tokens) + " "
    if len(phrases) > 4 and text.split() == list(tokens):
        # Words with no space in them (as the normaliser makes them): a phrase is found where its words are a
        # run of the tokens, by their first word, instead of a search of the text for each of many phrases.
        toks = tuple(tokens)
        index = _phrase_index(tuple(phrases))
        found: set[int] = set()
        for i, tok in enumerate(toks):
            group = index.get(tok)
            if group is not None:
                for parts in group:
                    if toks[i:i + len(parts)] == parts:
                        found.update(range(i, i + len(" ".join(parts).split())))
        return frozenset(found)
    starts = [0]
    for t in tokens:
        starts.append(starts[-1] + len(t) + 1)
    out: set[int] = set()
    for phrase in phrases:
        at = text.find(f" {phrase} ")
        while at >= 0:
            first = starts.index(at) if at in starts else -1
            if first >= 0:
                out.update(range(first, first + len(phrase.split())))
            at = text.find(f" {phrase} ", at + 1)
    return frozenset(out)


def words_in_order(norm: Norm, words: Sequence[str], slots: Slots) -> list[str]:
    """The question's search words as they stand side by side, for pairs, in the question's order (a
    batch word said as its number). A recognised topic's words are not among them: every class of the
    topic is as relevant, and the nearest comes first."""
    keep = set(words)
    return [_BATCH_WORDS.get(t, t) if i and norm.tokens[i - 1] == "dot" else t
            for i, t in enumerate(norm.tokens) if t in keep or _BATCH_WORDS.get(t) in keep]


def _topic_label(key: str) -> str | None:
    return next((t.label for t in TOPICS if t.key == key), None)


def _role_label(key: str | None) -> str | None:
    return next((r.label for r in ROLES if r.key == key), None)


def _numbers_in(text: str) -> list[str]:
    """Programme numbers a fact mentions ("104/CTr-LĐLĐ" → "104")."""
    return [m.group(1) for m in re.finditer(r"(\d{1,4}[a-z]?)\s*/\s*(?:ctr|nq|kh|qd)", fold(text))]


_DATE_NUMBERS = re.compile(
    r"\b\d{1,2}\s*[/-]\s*\d{1,4}(?:\s*[/-]\s*\d{2,4})?\b"
    r"|\b(?:tháng|thang|thg|th|t|quý|quy|đợt|dot|ngày|ngay|lớp|lop|khóa|khoa|tuần|tuan)\.?\s*\d{1,2}\b",
    re.IGNORECASE,
)


def _without_dates(text: str) -> str:
    """A question without its dates, months, quarters and batch numbers («tháng 12/2027», «T12», «đợt 2»): those
    say when or which class, not a figure the question quotes."""
    return _DATE_NUMBERS.sub(" ", text)


_YEAR_WORD = re.compile(r"(19|20)\d\d")


@lru_cache(maxsize=64)
def _quoted_figures(text: str) -> frozenset[str]:
    """The figures a question quotes, its dates left out: read by the ranking of the records and again by the
    answer, once per question."""
    return frozenset(_figures(_without_dates(text)))


def _figures(text: str) -> list[str]:
    """Figures written in a text, without thousands dots ("3.831" → "3831"); years and 1-digit numbers
    say too little to identify a fact."""
    out = []
    for m in re.finditer(r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?", text):
        raw = m.group(0).replace(".", "").lstrip("0")  # «05 lớp» is 5, one digit as well
        if len(raw) >= 2 and not re.fullmatch(r"(19|20)\d\d", raw):
            out.append(raw)
    return out


def _numbers_of(text: str, *values: float | None) -> frozenset[str]:
    """The figures of a record: those in its text and its numeric fields."""
    out = set(_figures(text))
    for v in values:
        if v is not None and float(v).is_integer() and v >= 10:
            out.add(str(int(v)))
    return frozenset(out)


_OPENING_CAPS = re.compile(r"\s*([A-ZĐ]{2,3})(?![\wÀ-ỹ])")
# A code in lower case opening the question, after a hail at most («ad ơi tn có lớp…»).
_OPENING_LOWER = re.compile(r"\s*(?:(?:ad|admin|bot|ơi|oi|chào|chao|hi|hello|alo|dạ|vâng|xin)[\s,!.]+)*([a-zđ]{2})"
                            r"(?![\wÀ-ỹ])", re.IGNORECASE)


def _opening_place_read(question: str, provinces: Sequence[str]) -> str:
    """«LĐ có lớp nào», «KH có lớp…»: a code in capitals opening the question that was read as a province the
    question does not name in words, said in the reply («“LĐ” là Lâm Đồng») — it may as well have meant
    «lao động» or «kế hoạch», and a chair who meant that must see the reading to correct it."""
    m = _OPENING_CAPS.match(question)
    lower = _OPENING_LOWER.match(question) if not m else None
    if lower and fold(lower.group(1)) in PLACE_CODES_OPENING:
        m = lower  # «ad ơi tn có lớp…»: read as a place in lower case too (see PLACE_CODES_OPENING), so said
    if not m or not provinces:
        return ""
    raw = m.group(1)
    code = fold(raw)
    names = PLACE_CODES.get(code, ())  # the codes that are also other words («HN» is Hà Nội, said or not)
    read = [n for n in names if n in provinces]
    folded = fold(question)
    if not read or any(fold(n) in folded for n in read):
        return ""
    return f"«{raw}» là {' hoặc '.join(read)}"

