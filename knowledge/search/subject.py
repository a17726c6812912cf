"""The subject of an answer, and answering a message in the context of the previous one.

The conversation turn keeps `Subject.to_dict()` of its last answer in the conversation state and calls
`answer_in_context` with it for the next message: an elliptical follow-up («lớp ấy ở đâu?», «thế tháng
sau?», «cái thứ 2», «đăng ký lớp này») is rewritten into a question the engine answers on its own, or
turned into a choice to offer when the reference is unclear. Registration never picks a class itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from knowledge.index import iter_bits
from knowledge.language.followup import (
    MAX_CHOICES,
    MAX_LISTED_QUESTION,
    NONE,
    FollowUp,
    Listed,
    Named,
    Subject,
    about,
    about_again,
    about_class,
    about_note,
    asks_cancelled,
    asks_moved,
    aspect_asked,
    base_title,
    batch_asked,
    batch_of,
    choice,
    class_meant,
    corrects_to_a_class,
    dates_named,
    like_that_there,
    lists_by_status,
    mend_slips,
    names_period,
    names_position,
    nearest_pointed,
    new_topic,
    one_asked,
    own_words,
    period_then_list,
    plain_positions,
    points_at_moved,
    points_back,
    postponed,
    refers_back,
    resolve,
    run_title,
    same_topic_asked,
    section_asked,
    section_of,
    there_in,
    wants_register,
    whole_list,
    without_periods,
    words_in,
)
from knowledge.language.message import split_message
from knowledge.language.places import canonical_name, current_province, former_places
from knowledge.language.refer import class_in_view, earlier_in_view, points_to_earlier
from knowledge.language.spoken import spoken_numbers
from knowledge.lexicon import ROLES, TOPICS
from knowledge.qa import DOMAIN, Profile, _has, aside_of_its_own, one_province, within_reading
from knowledge.records import TargetRec
from knowledge.search.vocabulary import place_mentions
from knowledge.slots import TimeSlot, day_slot, province_key, zone_named
from knowledge.text import RAW_WORD, fold, fold_tokens, normalise
from knowledge.timing import period_end

if TYPE_CHECKING:
    from knowledge.qa import Answer, QAEngine
    from knowledge.records import CourseRec

_KINDS = {"province": "place", "org": "org", "role": "role", "topic": "topic", "format": "format", "place": "place"}


def subject_of(ans: Answer) -> Subject | None:
    """What an answer was about, for the next message; None when it answered nothing (the previous
    subject then stays, as a miss does not change what the conversation is about)."""
    phrases = ans.slots.phrases
    year = ans.slots.time.year if ans.slots.time else None
    if ans.intent in ("course", "register") and ans.courses:
        kind = "course" if len(ans.courses) == 1 else "courses"
        # «lớp đầu tiên», «cái thứ 2» count in the order the user saw.
        shown = shown_courses(ans)
        lead = ans.course_lead if len(ans.course_lead) < len(ans.courses) else ()
        if kind == "courses" and (one_asked(ans.norm.folded, lead) or (not lead and batches_alone(shown))):
            # «lớp tài chính gần nhất ở Ninh Bình là lớp nào», «sắp tới Huế có lớp nữ công không»: one class asked
            # for, the list shown nearest first, so the first shown is the answer and «lớp ấy ở đâu» is about it
            # (the first one written for the level of union the question says, when it says one).
            lead = (next((c for c in shown if level_agrees(ans.norm.folded, c)), shown[0]).code,)
        fitting = fitting_first(ans) if kind == "courses" and not lead else ()
        if len(fitting) == 1:
            # One class shown as fitting the question, the others under «Các lớp khác gần với câu hỏi»: «học lúc
            # mấy giờ» is about the one that fits (a registration still asks which).
            lead = fitting
        # What was asked of the one class shown («… đợt 1 học ở đâu»): «nhầm, đợt 2 mới đúng» asks it again.
        asked = ("register" if ans.intent == "register" else aspect_asked(ans.asked or ans.question) or ""
                 ) if kind == "course" else ""
        # The former province's classes listed first, when all of them are on the page (a later page has none).
        area = tuple(c.code for c in shown if c.code in ans.former_codes) if (
            kind == "courses" and ans.former_codes and len(ans.former_codes) == ans.former_total
            and not ans.course_offset) else ()
        if not area and kind == "courses" and fitting:
            # Likewise the classes listed first as having all the question asked (the former Vĩnh Long's of «Vĩnh
            # Long cũ», before those of the provinces merged into it): «lớp cuối» is the last of what was asked for.
            area = tuple(c.code for c in shown if c.code in fitting)
        # The classes still held shown after classes all called off are listed below them: «lớp thứ 2» counts on.
        shown += [c for c in shown_order(ans.held_instead or ()) if c not in shown]
        kind = "course" if len(shown) == 1 else "courses"
        return Subject(kind, ans.asked or ans.question, tuple(c.code for c in shown), tuple(c.title for c in shown),
                       phrases, year, ans.slots.org_ids[0] if ans.slots.org_ids else None,
                       # («bên mình có lớp nào»: the asker's province, said so, is the place the talk is about.)
                       ans.slots.provinces[0] if ans.slots.provinces else (ans.said_place or None), best=tuple(lead),
                       asked=asked, area=area)
    # (A year no plan has is a low answer, yet the union's nearest plan it shows is what the talk is about.)
    if ans.intent in ("target", "fact", "document") and ans.items and (ans.band != "low" or ans.relaxed):
        items = ans.items
        if year is None:
            year = items[0].year_end or items[0].year
        return Subject(ans.intent, ans.asked or ans.question, tuple(i.code for i in items), tuple(i.title for i in items),
                       phrases, year, ans.slots.org_ids[0] if ans.slots.org_ids else None,
                       ans.slots.provinces[0] if ans.slots.provinces else None)
    if ans.intent == "target_where":
        # «Anh/chị hỏi chỉ tiêu của tỉnh hoặc đơn vị nào ạ?»: the next message names it («Lạng Sơn»), and the
        # plan question is asked again for that place or union.
        return Subject("target", ans.question, (), (), phrases, year, asked="which_plan")
    return None


def batches_alone(shown: Sequence[CourseRec]) -> bool:
    """Whether a list is one class in several batches («… (Đợt 1)», «… (Đợt 2)» of one title and one organiser):
    «lớp đó» is that class, its nearest batch."""
    return (len(shown) > 1 and all(batch_of(c.title) for c in shown)
            and len({(base_title(c.title), c.organiser_id) for c in shown}) == 1)


# The level of union an audience is at, as offices write it: «CĐCS» (grassroots), «CĐ cấp trên cơ sở» (above).
_GRASSROOTS = re.compile(r"\bcong doan co so\b")
_UPPER = re.compile(r"\bcap tren(?: truc tiep)? co so\b")


def level_agrees(folded: str, course: CourseRec) -> bool:
    """Whether a class's written audience is at the level of union the question says: «ủy viên UBKT công đoàn cơ
    sở» is not «UV UBKT CĐ cấp trên cơ sở», though both are members of an inspection committee. True when
    the question says no level, or the audience says none or both."""
    grass, upper = bool(_GRASSROOTS.search(folded)), bool(_UPPER.search(folded))
    if grass == upper:
        return True
    written = normalise(course.audience_written or course.audience_text or "").folded
    said_grass, said_upper = bool(_GRASSROOTS.search(written)), bool(_UPPER.search(written))
    if said_grass == said_upper:
        return True
    return said_grass == grass


def shown_order(courses: Sequence[CourseRec], by_deadline: bool = False,
                first: Sequence[str] = ()) -> list[CourseRec]:
    """A page of classes as the reply lists them: nearest start first (the engine ranks a page by how well
    each class says the question's words; the reply promises «gần nhất trước»), or nearest registration
    deadline first when that was asked («lớp nào sắp hết hạn đăng ký»). The classes `first` (codes: those in
    a former province asked about) make a group of their own before the others."""
    ahead = set(first)
    if by_deadline:
        far = dt.datetime.max.replace(tzinfo=dt.UTC)
        return sorted(courses, key=lambda c: (c.code not in ahead, c.registration_deadline or far, c.starts_at))
    return sorted(courses, key=lambda c: (c.code not in ahead, undated_put_off(c), c.starts_at))


def online_anywhere(c: CourseRec) -> bool:
    """Held online only, at a venue that names no place («Phòng họp trực tuyến Zoom», a link, none): attended
    from wherever the asker is, so it is never a class «ở nơi khác»."""
    return c.format == "truc_tuyen" and not place_mentions(c.venue)


def online_for(ans: Answer, c: CourseRec) -> bool:
    """An online class with no place (`online_anywhere`) of the province the question is about or the asker's:
    theirs to attend from where they are. One of another province is run for that province's people."""
    if not online_anywhere(c) or not c.province:
        return False
    names = (*ans.slots.provinces, ans.said_place, current_province(ans.former_area) or "", ans.asker_province)
    mine = {province_key(current_province(n) or n) for n in names if n} | set(ans.place_provinces)
    return province_key(current_province(c.province) or c.province) in mine


def dated_by_period_only(ans: Answer) -> frozenset[str]:
    """The classes of a list for a month asked («tháng 2 năm sau») that the plan dates only by a longer period
    holding it («6 tháng đầu năm 2027»): they may be held that month or not, so they come after the classes dated
    in it, and the reply says so."""
    period = ans.slots.time
    if period is None or period.kind != "month" or "time" in ans.relaxed:
        return frozenset()
    return frozenset(c.code for c in ans.courses if c.tentative and (c.starts_at < period.start or _outlasts(c, period)))


def _outlasts(c: CourseRec, period: TimeSlot) -> bool:
    """Whether a class dated by a period only is dated by one longer than the month asked that begins with it:
    «quý II/2027» holds April, as «6 tháng đầu năm» holds January, yet may fall in May or June."""
    end = period_end(c.tentative, c.starts_at)
    return end is not None and period.end is not None and (end - c.starts_at) > (period.end - period.start) + dt.timedelta(days=1)


def undated_put_off(c: CourseRec) -> bool:
    """Put off with no new date yet («lịch mới sẽ thông báo sau»): its day is unknown, so it is listed after
    the classes that have one, not at the date it will no longer be held on."""
    return c.status == "postponed" and (c.planned_start is None or c.planned_start == c.starts_at)


def shown_courses(ans: Answer) -> list[CourseRec]:
    """The classes of an answer in the order its reply lists them (`shown_order`), the class the question asks
    a detail of first when the engine singled it out (`asked_first`); «cái thứ 2» counts in this order."""
    # (the classes of a status asked, «lớp nào bị hoãn», before the others called off: Answer.status_codes)
    shown = shown_order(ans.courses, ans.by_deadline, ans.former_codes or ans.status_codes or fitting_first(ans))
    if ans.former_codes or ("place" in ans.relaxed and not ans.status_codes):
        # Beside classes held at the place asked and classes held elsewhere, a class held online with no place
        # is the asker's to attend from where they are: a group of its own between the two, never «elsewhere».
        held = set(ans.former_codes)
        shown.sort(key=lambda c: 0 if c.code in held else 1 if online_for(ans, c) else 2)
    held_in_period = dated_by_period_only(ans)
    if held_in_period:
        shown.sort(key=lambda c: c.code in held_in_period)  # stable: nearest first within each group
    first = asked_first(ans)
    return sorted(shown, key=lambda c: c.code != first) if first else shown


def fitting_first(ans: Answer) -> tuple[str, ...]:
    """Of a list's first page, the classes that have all the question named where the others found with them lack
    part of it (`Answer.course_fitting`: held at the place named rather than elsewhere, run by the union named
    itself, held the way asked), listed as a group before the others: «Mê Linh có lớp nào» lists the classes held
    in Mê Linh, then one its union holds elsewhere, and «lớp thứ 2» counts among the first. Nothing when all of
    them have it, or the list is ordered otherwise (a later page, by deadline, a former province or a status
    asked first)."""
    if (ans.course_offset or ans.by_deadline or ans.former_codes or ans.status_codes or len(ans.courses) < 2
            or not ans.course_fitting or len(ans.course_fitting) >= len(ans.courses)):
        return ()
    codes = {c.code for c in ans.courses}
    return tuple(c for c in ans.course_fitting if c in codes)


# What a question asks of one class, not a filter of a list: where, when, until when, how long, who runs it.
_ONE_CLASS_DETAILS = frozenset({"place", "time", "deadline", "duration", "schedule", "organiser", "note", "fee",
                                "contact"})
# A list asked for: «lớp nào», «có lớp», «các lớp», «những khóa», «mấy lớp», «danh sách», and where there are
# classes («lớp giảng viên kiêm chức ở đâu có», «tỉnh nào có lớp …»).
_LIST_ASKED = re.compile(r"\b(?:(?:lop|khoa|khoa hoc|dot) nao|co (?:lop|khoa)|cac|nhung|may|bao nhieu|mot so"
                         r"|danh sach|tat ca|(?:dau|noi nao|cho nao|tinh nao|o nao) co)\b")


def asked_first(ans: Answer) -> str | None:
    """The code of the one class a question asks a detail of («lớp đối thoại tại nơi làm việc ở Gia Lai học ở
    đâu», «lớp X khai giảng hôm nào»), when the engine ranked it alone first by the question's own words: the
    reply leads with it, the rest soonest first. None for a list question («có lớp nào về …»), which stays
    soonest first, or when the ranking told no class apart."""
    if (ans.intent != "course" or ans.course_offset or ans.by_deadline or ans.former_codes
            or len(ans.courses) < 2 or len(ans.course_lead) != 1):
        return None
    if aspect_asked(ans.question) not in _ONE_CLASS_DETAILS or _LIST_ASKED.search(ans.norm.folded):
        return None
    return ans.course_lead[0] if any(c.code == ans.course_lead[0] for c in ans.courses) else None


# «tỉnh mình», «tỉnh nhà»: the asker's province (from the profile), as a place a class of the list has.
_MY_PROVINCE = ("tinh minh", "tinh toi", "tinh em", "tinh nha", "thanh pho minh", "dia phuong minh", "o minh",
                "ben minh", "tinh e", "tinh tui", "ben tui")


def fit_listed(
    engine: QAEngine, text: str, codes: Sequence[str], *, now: dt.datetime, profile: Profile | None = None,
) -> Named | None:
    """Which of the classes `codes` have everything `text` names that a class has (a place, former
    province included, a union, a format, a period, a topic, an audience), by the same index the search
    uses; None when the message names nothing of the kind."""
    norm, slots = engine.read(text, now=now)
    profile = engine.canonical_profile(profile)
    idx = engine.courses
    positions = [idx.by_code.get(c.lower() if c.isascii() else fold(c)) for c in codes]
    phrases = [p for p in slots.phrases if p[0] in ("place", "org", "role", "topic", "format", "orgkind")]
    provinces = list(slots.provinces)
    org_ids: list[int] = []
    # A province's federation named as a union («cái lớp của liên đoàn lao động thành phố»), not by its place
    # alone: of its province's classes, those it runs itself (when the list has some).
    as_union = any(k == "org" and "doan" in p.split() for k, p in slots.phrases)
    # Named by its kind alone («liên đoàn lao động thành phố», which alone names Hà Nội's): the federation of
    # the province of the list's classes, whichever it is.
    by_kind = as_union and any(k == "org" and set(p.split()) <= _FEDERATION_WORDS for k, p in slots.phrases)
    own_federation: list[int] = []
    for o in slots.org_ids:
        org = engine.orgs.get(o)
        if engine.is_province_org(o) and org is not None and org.province:
            if by_kind and engine.org_kinds.get(o) == "province":
                own_federation += [c.organiser_id for code in codes if (c := _course(engine, code)) is not None
                                   and c.organiser_id is not None and engine.org_kinds.get(c.organiser_id) == "province"]
                continue
            provinces.append(org.province)
            if as_union:
                own_federation.append(o)
        else:
            org_ids.append(o)
    mine = next((p for p in _MY_PROVINCE if _has(norm.folded, p)), None)
    if mine and profile is not None and profile.province and not (provinces or slots.places or org_ids):
        provinces.append(profile.province)
        phrases.append(("place", mine))
    time = slots.time
    # «lớp cuối tuần», «lớp buổi tối học lúc mấy giờ», «đăng ký lớp chủ nhật» under a list: the class held then (a
    # class dated by a period only is held at no part of a day), said right after the class word. Not «lớp t3»,
    # «cái thứ 2» (a position) nor «cái thứ 2 học tối à» (asked of the class pointed at).
    day = slots.day if slots.day is not None and _NAMED_BY_DAY.search(norm.folded) else None
    if day is not None and names_position(text) and batch_asked(text) is None:
        day = None  # «lớp t3 học onl đc ko»: the third class of the list, no Tuesday's
    if day is not None:
        phrases.append(("day", " ".join(norm.tokens[i] for i in sorted(day.used))))
    if not (provinces or slots.places or org_ids or own_federation or slots.org_kinds or slots.formats or slots.roles
            or slots.topics or time or day):
        return _named_by_venue(engine, text, codes) or _named_by_title(engine, text, codes)
    sel = 0
    for pos in positions:
        if pos is not None:
            sel |= 1 << pos
    if slots.roles:
        # Or whose title names the audience («… cho Ủy ban kiểm tra CĐCS» for «lớp UBKT»), whatever its cell says.
        role = idx.any_of("r:", slots.roles)
        for kind, phrase in slots.phrases:
            if kind == "role" and len(phrase.split()) >= 2:
                role |= idx.title_phrase(tuple(phrase.split()))
        sel &= role
    if slots.topics:
        topic = idx.any_of("t:", slots.topics)
        for kind, phrase in slots.phrases:
            if kind == "topic" and len(phrase.split()) >= 2:
                topic |= idx.title_phrase(tuple(phrase.split()))
        sel &= topic
    if slots.formats:
        # The classes held that way, else those held both ways («lớp online» of a list with a combined one).
        held = sel & idx.any_of("f:", slots.formats)
        sel = held or sel & idx.any_of("f:", [*slots.formats, "ket_hop"])
    if time is not None:
        sel &= idx.time_mask(time.start, time.end)
    if day is not None:
        sel &= idx.held_on(day.days, day.parts, engine.tz)
    if org_ids:
        exact = 0  # the class a union runs itself before those of the unions under it
        for pos in positions:
            if pos is not None and idx.courses[pos].organiser_id in org_ids:
                exact |= 1 << pos
        sel &= exact if sel & exact else idx.any_of("o:", [str(o) for o in org_ids])
    elif slots.org_kinds:
        sel &= idx.any_of("o:", [str(o) for o, k in engine.org_kinds.items() if k in slots.org_kinds])
    names = [*slots.places]
    for p in provinces:
        names += [province_key(p), *former_places(p)]
    local = 0
    for name in dict.fromkeys(names):
        local |= idx.bits("l:" + name) | idx.place_words(tuple(name.split()))
    if provinces:
        sel &= idx.any_of("p:", [province_key(current_province(p) or p) for p in provinces])
        former = any((current_province(p) or p) != p for p in provinces)
        if sel & local or former:
            # «cái ở Hà Nam»: a former province inside today's Ninh Bình; none of the list in it, none fits
            sel &= local
        # A place inside the province named beside it («ở Quảng Trị … học ở Cồn Cỏ»): the classes held there,
        # when some of those left are (the province's name alone holds them all).
        wide = {province_key(p) for p in provinces} | {fold(p) for p in provinces}
        inner = 0
        for name in dict.fromkeys(n for n in slots.places if n not in wide):
            inner |= idx.bits("l:" + name) | idx.place_words(tuple(name.split()))
        if sel & inner:
            sel &= inner
    elif slots.places:
        sel &= local
    if own_federation:
        run = 0
        for pos in positions:
            if pos is not None and idx.courses[pos].organiser_id in own_federation:
                run |= 1 << pos
        if sel & run:
            sel &= run
    rest = " ".join(t for i, t in enumerate(norm.tokens) if i not in slots.used)
    if mine:
        rest = " ".join(re.sub(rf"\b{mine}\b", " ", rest).split())
    fitting = tuple(i for i, pos in enumerate(positions) if pos is not None and sel >> pos & 1)
    return Named(fitting, tuple(phrases), rest)


_NAMED_BY_DAY = re.compile(r"\b(?:lop|khoa|cai)(?: hoc)? (?:buoi )?(?:cuoi tuan|ngay thuong|sang|chieu|toi)\b")


# The words of a province's federation named by its kind, with no place: «liên đoàn lao động tỉnh», «LĐLĐ TP».
_FEDERATION_WORDS = frozenset({"lien", "doan", "lao", "dong", "tinh", "thanh", "pho", "tp"})


# «cái ở Tam Kỳ», «lớp tại hội trường LĐLĐ tỉnh …»: where a class is held, said after «ở»/«tại».
_AT = re.compile(r"\b(?:o|tai)\s+(.+)$")
# Words that end the place said: what is asked of the class, the wish to register, courtesy.
_AFTER_AT = re.compile(r"\b(?:hoc|han|dang ky|dang ki|bat dau|ket thuc|khai giang|con|co|la|thi|bao|may|ngay|khi|the"
                       r"|vay|nhe|nha|a|ha|nhi|khong|ko|k|di|cho|giup|ay|do|nay|kia)\b")
_NO_PLACE_WORDS = frozenset({"do", "day", "ay", "kia", "dau", "nao", "tren", "duoi"})


def _named_by_venue(engine: QAEngine, text: str, codes: Sequence[str]) -> Named | None:
    """Which of the classes `codes` a message names by where it is held, in words of the venue the data does not
    know as a place («cái ở Tam Kỳ» for «Cơ sở 2 LĐLĐ TP tại Tam Kỳ»), when some of them, not all, say them;
    None otherwise."""
    m = _AT.search(normalise(text).folded)
    if m is None:
        return None
    cut = _AFTER_AT.search(m.group(1))
    words = (m.group(1)[:cut.start()] if cut else m.group(1)).split()
    if not words or set(words) <= _NO_PLACE_WORDS or (len(words) == 1 and len(words[0]) < 3):
        return None
    said = re.compile(rf"\b{re.escape(' '.join(words))}\b")
    fitting = tuple(i for i, code in enumerate(codes) if (c := _course(engine, code)) is not None and c.venue
                    and said.search(normalise(c.venue).folded))
    if not 0 < len(fitting) < len(codes):
        return None
    return Named(fitting, (("place", " ".join(words)),), "")


def _named_by_title(engine: QAEngine, text: str, codes: Sequence[str]) -> Named | None:
    """Which of the classes `codes` a message names by words of their titles alone («lớp quấy rối tình dục
    học ở đâu» after a month's list: the one on sexual harassment), when it names two words at least and
    some of the classes, not all, have them all; None otherwise."""
    words = own_words(text)
    if len(words) < 2:
        return None
    fitting = []
    for i, code in enumerate(codes):
        c = _course(engine, code)
        if c is not None and set(words) <= set(fold_tokens(c.title)) | set(normalise(engine.spell_out(c.title)).tokens):
            fitting.append(i)
    if not 0 < len(fitting) < len(codes):
        return None
    return Named(tuple(fitting), (("title", " ".join(words)),), "")


def class_words(c: CourseRec) -> frozenset[str]:
    """The words a class says of itself, as a request may name it: its title, topic and audience (as the plan
    wrote them, or by the catalogue's name only: a topic's other words are other classes' too, «đối thoại tại
    nơi làm việc» no word of a class on collective bargaining), organiser, partner, province and venue."""
    topic = next((t.label for t in TOPICS if t.key == c.topic), "")
    roles = [w for r in ROLES if r.key in c.audiences for w in (r.label, *r.synonyms)]
    return words_in(c.code, c.title, c.topic_text, topic, c.audience_text, c.audience_written, c.organiser_name or "",
                    c.partner or "", c.province or "", c.venue or "", *roles)


def words_of_class(engine: QAEngine, code: str) -> frozenset[str]:
    """`class_words` of the class `code`, or none when it is gone."""
    c = _course(engine, code)
    return class_words(c) if c is not None else frozenset()


SAID_BY_READ = 200  # classes holding every word a request says, read one by one for their batch, at most


def said_by_a_class(engine: QAEngine, words: frozenset[str], batch: str | None = None) -> bool:
    """Whether some class says every one of `words` (its title, venue, organiser, topic or note, as the index
    holds them) and, when `batch` is named, is that batch: words that name a class somewhere, not a typo or a
    word of talk («đổi sang», «mình đã»)."""
    idx = engine.courses
    if not words or any(w not in idx.df for w in words):
        return False
    found = idx.all
    for w in words:
        found &= idx.bits("w:" + w)
        if not found:
            return False
    if batch is None:
        return True
    for n, pos in enumerate(iter_bits(found)):
        if n >= SAID_BY_READ or batch_of(idx.courses[pos].title) == batch:
            return True
    return False


def topic_words(engine: QAEngine, code: str) -> str | None:
    """A class's topic in words the engine reads: the catalogue topic's own phrase, else the organiser's."""
    c = engine.courses.course(code)
    if c is None:
        return None
    term = next((t for t in TOPICS if t.key == c.topic), None)
    if term is not None and term.synonyms:
        return term.synonyms[0]
    return fold(c.topic_text) or None


def kinds_in(engine: QAEngine, folded: str) -> frozenset[str]:
    """What a fragment names in the engine's vocabulary (places and unions learned from the data, the
    acronyms organisers use written out: «còn lớp NC ở GL» names a topic, not only a place); "day" for a
    weekday or a part of the day («còn thứ 7 thì sao»: the same classes on Saturdays, not a place)."""
    norm = normalise(engine.spell_out(folded))
    kinds = frozenset(_KINDS.get(h.kind, h.kind) for h in engine.matcher.find(norm.tokens))
    return kinds | {"day"} if day_slot(norm) is not None else kinds


# Words that join or close a list of places («Cao Bằng và Lạng Sơn nhé», «còn Hồ Chí Minh thì sao»), folded.
_PLACE_JOINERS = frozenset({"va", "voi", "hoac", "hay", "nhe", "nha", "a", "o", "tai", "ben", "con", "the", "thi",
                            "sao", "vay", "ha"})


# A message that opens or closes as an ellipsis («còn Hà Nội», «Hà Nội thì sao», «thế còn bn»).
_PLACE_HEAD = re.compile(r"^(?:(?:o|tai|ben|trong) )?(?:(?:tinh|thanh pho|tp) )?")


def _same_place_again(again: str, subject: Subject) -> bool:
    """Whether «thế X thì sao» made of a «class like that» message names only the place of the classes in view."""
    if subject.kind not in ("course", "courses"):
        return False
    rest = again.removeprefix("the ").removesuffix(" thi sao").strip()
    rest = _PLACE_HEAD.sub("", rest).strip()
    named = {fold(subject.place)} if subject.place else set()
    named |= {p for k, p in subject.phrases if k == "place"}
    return bool(rest) and rest in named


_SAID_AS_ELLIPSIS = re.compile(r"^(?:the|vay|con)\b|\b(?:thi sao|the nao|thi nao)$")


def places_only(engine: QAEngine, text: str) -> bool:
    """Whether a message names only places or unions the data knows («Cao Bằng Lạng Sơn», «Hồ Chí Minh»), a
    word joining them aside: a question about those places, though capitalised words opening on a family name
    read as a person's name too."""
    tokens = normalise(text).tokens
    named = {i for h in engine.matcher.find(tokens) if h.kind in ("province", "place", "org")
             for i in range(h.start, h.end)}
    return bool(named) and all(i in named or tok in _PLACE_JOINERS for i, tok in enumerate(tokens))


# Words after which a short code in capitals is a place («ở LĐ», «bên KH», «CĐ các KCN ĐN»).
_BEFORE_PLACE = frozenset({"o", "tai", "ben", "tinh", "kcn", "kkt", "thuoc"})
# Codes that open a question as another word: «CT năm nay…» is a target (chỉ tiêu), «KT» inspection.
_OPENING_WORDS = frozenset({"ct", "kt", "dt"})
# What follows a place that opens a question on a plan's figures or classes («KH năm nay đạt…», «QN có lớp…»).
_AFTER_OPENING_PLACE = re.compile(r"^\W*(?:nam (?:nay|sau|toi|ngoai|truoc)|co lop|co khoa|thang)\b")
_CAPS_CODE = re.compile(r"(?<![\w-])([A-ZĐ]{2,3})(?![\w-])")


# «ĐK lớp PTĐV», «đk cho e», «ĐK luôn»: the wish to register, though a plan that names special zones (đặc
# khu) teaches the engine «ĐK» as one; a zone is named («ĐK Côn Đảo»), a registration is not.
_REGISTER_SHORT = re.compile(
    r"(?i)(?<!\w)đk(?=\s+(?:lớp|lop|cho|giúp|giup|giùm|gium|hộ|luôn|luon|ngay|cái|cai|đợt|dot|khóa|khoa|nhé|nhe|nha"
    r"|giúp|e|em|mình|minh|tôi|toi)(?!\w)|\s*[.!?]*\s*$)"
)


# «học online dk ko», «đi đk không»: «dk» after what the asker would do, before the question's end, is «được» (can
# one …), not «đăng ký» («cho mình dk ko» stays a wish to register).
_CAN_SHORT = re.compile(
    r"(?i)(?<!\w)(học|hoc|online|onl|trực tuyến|truc tuyen|trực tiếp|truc tiep|zoom|đi|di|vào|vao|tham gia|tham dự"
    r"|tham du|dự|du|theo|xem)\s+đ?dk(?=\s+(?:ko|không|khong|k|kg|khg|hk|hok|hông|hong|ạ|chứ|chu|nhỉ|nhi|hả|ha)"
    r"(?!\w)|\s*[?]+\s*$)")


def conversation_province(engine: QAEngine, subject: Subject | None) -> str | None:
    """The province the conversation is about: the one every class shown is in, else the place the last
    answer named."""
    if subject is None:
        return None
    codes = subject.codes if subject.kind in ("course", "courses") else subject.classes
    provinces = {current_province(c.province) or c.province for code in codes
                 if (c := _course(engine, code)) is not None and c.province}
    if len(provinces) == 1:
        return provinces.pop()
    return current_province(subject.place) or subject.place if subject.place else None


# «tỉnh mình», «thành phố mk», «tp em»: the asker's own province, said as such.
_PROVINCE_WORD = frozenset({"tinh", "tp"})
_MINE = frozenset({"minh", "mk", "mik", "em", "toi", "tui", "nha", "anh"})


def own_province_in_context(text: str, profile: Profile | None) -> str:
    """`text` with «tỉnh mình», «thành phố mk», «TP em» written as the province of the asker's profile: «chỉ tiêu
    của LĐLĐ thành phố mình» from a Hải Phòng chair is Hải Phòng's (the words alone name Hà Nội's LĐLĐ, «Liên
    đoàn Lao động thành phố»). Unchanged when the profile has no province."""
    if profile is None or not profile.province:
        return text
    words = list(RAW_WORD.finditer(text))
    folded = [fold(w.group(0)) for w in words]
    for i in range(len(words) - 1, 0, -1):
        if folded[i] not in _MINE:
            continue
        if folded[i - 1] in _PROVINCE_WORD or (i > 1 and folded[i - 2:i] == ["thanh", "pho"]):
            text = text[:words[i].start()] + profile.province + text[words[i].end():]
    return _province_holding(_bare_province_word(text, profile.province), profile.province)


# «tp có lớp nào …», «tỉnh mở lớp gì»: the province named alone as the one that holds classes (not where, «ở tp»).
_HOLDS = re.compile(r"\b(tinh|tp|thanh pho) (?=(?:co|mo|to chuc|sap mo|dang mo) (?:lop|khoa|dot)\b)")
# Words before it that make it part of a name or a place: «LĐLĐ tỉnh», «ở tp», «công đoàn thành phố».
_NOT_ALONE = frozenset({"o", "tai", "trong", "toan", "ldld", "doan", "dong", "ben", "cua", "khu", "ngoai", "cac", "moi"})


def _province_holding(text: str, province: str) -> str:
    """`text` with «tp», «tỉnh» said alone as the one that has classes («tháng 12 tp có lớp nào cho ct cđcs») written
    as the LĐLĐ of the asker's province: the province's own federation is what holds them (the word alone reads as
    any city, Hà Nội's LĐLĐ first)."""
    words = list(RAW_WORD.finditer(text))
    folded = fold(" ".join(w.group(0) for w in words))
    m = _HOLDS.search(folded)
    if m is None:
        return text
    at = len(folded[:m.start()].split())
    if at and fold(words[at - 1].group(0)) in _NOT_ALONE:
        return text
    if at and canonical_name(f"{fold(words[at - 1].group(0))} {m.group(1)}"):
        return text  # «Hà Tĩnh có lớp như vậy không»: the end of a province's name, no «tỉnh» said alone
    end = words[at + (1 if m.group(1) == "thanh pho" else 0)].end()
    return text[:words[at].start()] + f"LĐLĐ {province}" + text[end:]


# The cities under the central government: «ở thành phố» from a chair of one of them is that city.
_CITIES = frozenset({"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"})
# What may follow «ở thành phố», «trong tỉnh» said alone (no name after it): the rest of the question.
_AFTER_BARE = frozenset({"khong", "ko", "k", "co", "nhe", "nha", "a", "ah", "vay", "nam", "thang", "sap", "hien",
                         "dang", "nao", "thi", "minh", "nay", "ha", "nhi", "chua", "de", "voi", "hoc", "mo", "to"})


def _bare_province_word(text: str, province: str) -> str:
    """`text` with «ở thành phố», «trong thành phố» said alone, no name after it («có lớp giảng viên kiêm chức nào
    ở thành phố không?»), written as the asker's city when it is one under the central government: the words
    alone read as any city's. («của tỉnh» is the province the talk is about: knowledge.language.followup.)"""
    if " ".join(w for w in fold(province).split() if w not in ("tp", "thanh", "pho")) not in _CITIES:
        return text
    words = list(RAW_WORD.finditer(text))
    folded = [fold(w.group(0)) for w in words]
    for i in range(len(words) - 1, 1, -1):
        if folded[i - 1:i + 1] != ["thanh", "pho"]:
            continue
        at = i - 1
        if folded[at - 1] not in ("o", "tai", "trong", "toan"):
            continue
        if i + 1 < len(words) and folded[i + 1] not in _AFTER_BARE:
            continue
        text = text[:words[at].start()] + province + text[words[i].end():]
    return text


def _own_province(engine: QAEngine, text: str, profile: Profile | None, *, now: dt.datetime) -> str:
    """`text` with «tỉnh mình» written as the asker's province (`own_province_in_context`) where the words around
    it read as another place or union («LĐLĐ thành phố mình» as Hà Nội's LĐLĐ, «ct bd» as Bình Dương)."""
    if profile is None or not profile.province:
        return text
    held = _province_holding(text, profile.province)
    if held != text:
        return held  # (no place is read in «tp có lớp nào» itself: the federation is named outright)
    mine = own_province_in_context(text, profile)
    typed = text
    if mine == text:
        # «thnh phố mình»: said with a slip the engine's spelling corrects.
        typed = engine.respell(text)
        mine = own_province_in_context(typed, profile)
        if mine == typed:
            return text
    _, slots = engine.read(typed, now=now)
    # Where nothing else is read the engine reads «tỉnh mình» with the profile itself (in a plan question, the
    # province's own LĐLĐ; for a list in view, its classes there): the message as typed, its slip corrected.
    return mine if slots.provinces or slots.org_ids or slots.places else typed


def place_codes_in_context(engine: QAEngine, text: str, subject: Subject | None, profile: Profile | None) -> str:
    """`text` with a province code typed in capitals where a place goes («ở LĐ», «KH năm nay đạt CT
    chưa», «CĐ các KCN ĐN») written out as the province of the conversation, or else of the asker's
    profile, when the code is its initials: «ĐN» after a list of Đồng Nai's classes is Đồng Nai, not
    Đà Nẵng; «LĐ» to a chair of Lâm Đồng is Lâm Đồng, not «lao động»."""
    if not _CAPS_CODE.search(text):
        return text
    candidates = [p for p in (conversation_province(engine, subject), profile.province if profile else None) if p]
    if not candidates:
        return text
    by_initials: dict[str, str] = {}
    for p in candidates:
        by_initials.setdefault("".join(w[0] for w in fold(p).split() if w), p)

    def put(m: re.Match[str]) -> str:
        name = by_initials.get(fold(m.group(1)))
        if name is None:
            return m.group(0)
        before = fold(text[:m.start()]).split()
        after = fold(text[m.end():])
        at_place = (before and before[-1] in _BEFORE_PLACE) or (
            not before and fold(m.group(1)) not in _OPENING_WORDS and _AFTER_OPENING_PLACE.match(after))
        return name if at_place else m.group(0)

    return _CAPS_CODE.sub(put, text)


# «xa quá. thế lớp … thì có ko», «lớp ngày 15/12 bị hủy rồi hả, vậy tháng 1 có lớp nào»: a remark or a
# question answered by the reply just given, then the question the message asks, opened by «thế»/«vậy».
# (A run of marks is read from its first: «,,,,…» read from each of its marks again costs its square.)
_THEN_ASKS = re.compile(r"(?i)(?<![.,;!?…])[.,;!?…]+\s+((?:thế|vậy|the|vay)\s+(?:thì\s+|thi\s+|còn\s+|con\s+)?"
                        r"(?:(?:có|co)\s+)?(?:lớp|lop|khóa|khoa|ở|o|bên|ben|tháng|thang|năm|nam)\b.*)$")


def last_question(text: str) -> str:
    """The question a message of two parts asks: the part after «, thế …»/«. vậy …» when it asks for classes
    (a place, a period or a class word follows); the message itself otherwise."""
    m = _THEN_ASKS.search(text)
    return m.group(1) if m else text


def _course(engine: QAEngine, code: str) -> CourseRec | None:
    return engine.courses.course(code)


def batches_of(engine: QAEngine, codes: Sequence[str]) -> list[CourseRec]:
    """The other batches of the classes `codes`: the same organiser's classes of the same title, batch
    marks aside («… (lớp 2)», «… đợt 1»), cancelled ones included; found through the organiser's classes."""
    idx = engine.courses
    shown = [c for code in codes if (c := _course(engine, code)) is not None]
    titles = {(c.organiser_id, base_title(c.title)) for c in shown if c.organiser_id is not None}
    seen = {c.code for c in shown}
    out: list[CourseRec] = []
    for org in dict.fromkeys(o for o, _ in titles):
        mask = idx.bits(f"o:{org}")
        while mask:
            low = mask & -mask
            mask ^= low
            c = idx.courses[low.bit_length() - 1]
            if c.code not in seen and c.organiser_id == org and (org, base_title(c.title)) in titles:
                seen.add(c.code)
                out.append(c)
    if out:
        return out
    # None of the same union: a batch of the same title another union of the province runs («… Đợt 1» by the
    # province's LĐLĐ, «… Đợt 2» by its industrial-zone unions' union), when the titles carry batch marks.
    marked = {(province_key(current_province(c.province) or c.province), base_title(c.title))
              for c in shown if c.province and batch_of(c.title) is not None}
    for province in dict.fromkeys(p for p, _ in marked):
        mask = idx.bits("p:" + province)
        while mask:
            low = mask & -mask
            mask ^= low
            c = idx.courses[low.bit_length() - 1]
            if c.code not in seen and batch_of(c.title) is not None and (province, base_title(c.title)) in marked:
                seen.add(c.code)
                out.append(c)
    return out


def _held_when_named(courses: Sequence[CourseRec], text: str, tz: dt.tzinfo) -> list[CourseRec]:
    """Those of `courses` on a day or in a month the message names; all of them when it names none or none fits."""
    days, months = dates_named(text)
    if not (days or months):
        return list(courses)
    fit = [c for c in courses if (d := c.starts_at.astimezone(tz)) and ((d.day, d.month) in days or d.month in months)]
    return fit or list(courses)


def other_batch(engine: QAEngine, text: str, subject: Subject | None, *, now: dt.datetime) -> CourseRec | None:
    """A class the list in view leaves out that the message asks about: the one called off («lớp ngày 16/12
    bị hủy rồi à», «có phải học bù cho lớp bị hủy tháng 4») or another batch («thế đợt 2 thì bao giờ») of a
    class shown. None when the list has it, or when it is not one class."""
    if subject is None or subject.kind not in ("course", "courses") or not subject.codes:
        return None
    if asks_cancelled(text):
        shown = [c for code in subject.codes if (c := _course(engine, code)) is not None]
        if any(c.status == "cancelled" for c in shown):
            return None  # the list has it: the follow-up reads it there
        off = [c for c in batches_of(engine, subject.codes) if c.status == "cancelled"]
        off = _held_when_named(off, text, engine.tz)
        return off[0] if len(off) == 1 else None
    batch = batch_asked(text)
    if batch is None or any(batch_of(t) == batch for t in subject.titles):
        return None
    # The class in focus first; then the one talked of before it («thế đợt 1» after «đợt 2» was turned away and
    # another class offered: the batch is of the class asked about, not of the one offered).
    # (Of a list that led with one class, «đợt 2 thì sao» is of that class, before any batch of the others.)
    led = [[subject.best[0]]] if len(subject.best) == 1 and subject.best[0] in subject.codes else []
    tries = [[code] for code in (subject.focus, subject.before) if code] or [*led, list(subject.codes)]
    found = []
    for near in tries:
        found = [c for c in batches_of(engine, near) if batch_of(c.title) == batch]
        if len(found) > 1:
            found = _in_batch_order(engine, found, near, batch)
        if found:
            break
    if len(found) != 1 or (len(sections_of_batch(engine, found[0])) > 1 and section_asked(text) is None):
        # (One of parallel classes «lớp A», «lớp B» of that batch: «thế đợt 2?» asks for all of them, below.)
        return None
    # «hạn đăng ký lớp kế toán đợt 1 Nghệ An» after Thanh Hóa's «… đợt 2»: its batch is of the class the
    # message names (another place, topic or audience), not of the class in view.
    named = fit_listed(engine, text, [found[0].code], now=now)
    if named is not None and not named.fitting and {k for k, _ in named.phrases} & {"place", "org", "topic", "role"}:
        return None
    return found[0]


def sections_of_batch(engine: QAEngine, course: CourseRec) -> list[CourseRec]:
    """The parallel classes of a class's batch («… - lớp A (đợt 2)», «… - lớp B (đợt 2)»): the same organiser's
    classes of the same title and batch, their section letters aside; [] for a class with no section letter."""
    if section_of(course.title) is None or course.organiser_id is None:
        return []
    run, batch, idx = run_title(course.title), batch_of(course.title), engine.courses
    return [c for pos in iter_bits(idx.bits(f"o:{course.organiser_id}"))
            if (c := idx.courses[pos]).organiser_id == course.organiser_id and section_of(c.title) is not None
            and batch_of(c.title) == batch and run_title(c.title) == run]


def batch_of_sections(engine: QAEngine, text: str, subject: Subject | None) -> FollowUp | None:
    """«thế đợt 2?» after a class held as parallel classes «lớp A», «lớp B» (or after both): the classes of that
    batch, all of its sections, asked as a list by their common title. None when the message names a section, no
    batch, or one the list in view has."""
    if subject is None or subject.kind not in ("course", "courses") or not subject.codes:
        return None
    batch = batch_asked(text)
    if batch is None or section_asked(text) is not None or any(batch_of(t) == batch for t in subject.titles):
        return None
    near = [code for code in (subject.focus,) if code] or list(subject.codes)
    for code in near:
        c = _course(engine, code)
        if c is None or section_of(c.title) is None:
            continue
        found = [b for b in batches_of(engine, [code]) if batch_of(b.title) == batch]
        if len(found) == 1 and len(sections_of_batch(engine, found[0])) > 1:
            return FollowUp("ask", f"lop {run_title(c.title)} dot {batch}", replaced=("question",))
    return None


# «còn đợt tiếp theo không», «đợt sau thì sao», «khóa tới», «còn đợt nào nữa không»: the next batch of the class in
# view (not «đợt sau khi …», «khóa sau ngày …»: a time; nor «khóa nào khác»: another course).
_NEXT_BATCH = re.compile(r"\b(?:dot|khoa) (?:tiep theo|ke tiep|tiep|sau|toi)\b(?! (?:khi|nay|ngay|han|\d))"
                         r"|\bdot (?:nao )?(?:nua|khac)\b")


def next_batch(engine: QAEngine, text: str, subject: Subject | None) -> CourseRec | None:
    """«còn đợt tiếp theo không», «đợt sau» after a class that is one batch of a run: the batch held next after the
    class in view (the one in focus, the one that answered best, the only one shown, or the nearest of a list of one
    run), one still held before one called off.
    None when the message asks no next batch, names a batch itself, or the run has no later one."""
    if subject is None or subject.kind not in ("course", "courses") or not subject.codes:
        return None
    if not _NEXT_BATCH.search(fold(text)) or batch_asked(text) is not None:
        return None
    in_view = [c for c in (_course(engine, code) for code in subject.codes) if c is not None]
    best = [c for c in in_view if c.code in subject.best]
    # The class talked of: the one in focus, the one that answered best, the nearest of a list of one run.
    ref = next((c for c in in_view if c.code == subject.focus), None) or (best[0] if len(best) == 1 else None)
    if ref is None and in_view and len({base_title(c.title) for c in in_view}) == 1:
        ref = min(in_view, key=lambda c: c.starts_at)
    runs = [ref] if ref is not None else in_view
    found = []
    for c in runs:
        later = [b for b in batches_of(engine, [c.code]) if b.starts_at > c.starts_at]
        if later:
            # One still held first; the next one called off when all are (its status says so).
            found.append(min(later, key=lambda b: (b.status == "cancelled", b.starts_at)))
    # Several classes of different runs in view: only when one of them alone has a later batch.
    return found[0] if len(found) == 1 else None


# «lớp tiếp theo», «lớp kế tiếp», «đợt sau», «khóa tới», «khi nào có lớp nữa», «bao giờ mở lớp tiếp»: the next class
# after the one in view (folded). Not «lớp sau khi …» (after doing something), nor «lớp tới đây» (the coming ones).
_NEXT_CLASS = re.compile(
    r"\b(?:lop|khoa|khoa hoc|lop hoc|dot|cai|lan) (?:tiep theo|ke tiep|tiep sau|ke den|sau)\b"
    r"(?! (?:khi(?! nao)|nay|ngay|han|\d))"
    r"|\b(?:dot|khoa) (?:toi|tiep)\b(?! (?:day|khi(?! nao)|nay|ngay|han|\d))"
    r"|\b(?:khi nao|bao gio|luc nao|thang nao|hom nao)(?: thi)?(?: moi)?(?: lai)? (?:co|mo|to chuc|hoc)(?: them)?"
    r" (?:lop|khoa|dot)(?: hoc)? (?:nua|tiep|tiep theo|ke tiep|moi)\b")


def next_class(engine: QAEngine, text: str, subject: Subject | None) -> tuple[CourseRec, CourseRec | None] | None:
    """«lớp tiếp theo», «khi nào có lớp nữa» after a class was shown: the class in view and the next class on its
    topic for its audience held in its province after it (one still held before one called off), None for the
    latter when there is none. None when no class is in view, or the message names what it asks itself (a
    place, a union, a period, a topic or an audience: a question of its own)."""
    ref_code = class_in_view(subject)
    folded = fold(text)
    if ref_code is None or not _NEXT_CLASS.search(folded):
        return None
    if asks_cancelled(text) or asks_moved(text) or points_at_moved(text):
        return None  # «lớp đó bị dời sang đợt sau à»: the class in view put off, asked about (moved_in_view)
    if kinds_in(engine, folded) & {"place", "org", "orgkind", "time", "topic", "role", "day", "format"}:
        return None
    ref = _course(engine, ref_code)
    if ref is None or not ref.topic:
        return None
    idx = engine.courses
    mask = idx.bits("t:" + ref.topic)
    if ref.province:
        mask &= idx.bits("p:" + province_key(current_province(ref.province) or ref.province))
    later = [c for c in (idx.courses[p] for p in iter_bits(mask))
             if c.starts_at > ref.starts_at and c.code != ref.code and c.status != "finished"
             and (set(c.audiences) & set(ref.audiences) or not (c.audiences and ref.audiences))]
    # For the same people first (a class for safety officers is no next class of one for all workers), then for
    # some of them; one still held before one called off; the nearest.
    return ref, min(later, key=lambda c: (set(c.audiences) != set(ref.audiences), c.status == "cancelled",
                                          c.starts_at)) if later else None


# «số lớp bao nhiêu», «phải mở bao nhiêu lớp», «mấy lớp», «còn số lớp thì sao», «chỉ tiêu lớp thì sao» (folded): the
# count of classes of the plan in view, asked with nothing else of a question of its own.
_PLAN_CLASS_COUNT = re.compile(r"^(?:(?:the|vay|con|con ve|thi) )*(?:chi tieu )?(?:ve )?"
                               r"(?:so lop|so luong lop|(?:phai |can |duoc |se )?(?:mo |to chuc )?(?:bao nhieu|may) lop"
                               r"|chi tieu (?:ve )?lop)"
                               r"(?: (?:la|thi|dat|duoc|phai|can))*(?: (?:bao nhieu|may|sao|the nao|nhu the nao))?"
                               r"(?: (?:a|ah|vay|the|nhi|ha|nua|ban|ad|thi sao))*$")


def plan_class_count(subject: Subject | None, *texts: str) -> FollowUp | None:
    """«số lớp bao nhiêu» after a union's targets: its plan's count of classes for the same period (a question
    the engine answers, saying so when the plan sets none). None otherwise. The message as typed and as respelled
    (the corrector may take «phải» for «phí»)."""
    if subject is None or subject.kind != "target" or subject.stale or not subject.question:
        return None
    if not any(_PLAN_CLASS_COUNT.match(" ".join(RAW_WORD.findall(fold(t)))) for t in texts):
        return None
    where = subject.phrase("org") or subject.phrase("place") or (fold(subject.place) if subject.place else "")
    if not where:
        return None
    period = subject.phrase("time") or (f"nam {subject.year}" if subject.year else "")
    return FollowUp("ask", " ".join(f"chi tieu so lop {period} {where}".split()), replaced=("question",))


def _in_batch_order(engine: QAEngine, found: Sequence[CourseRec], near: Sequence[str], batch: str) -> list[CourseRec]:
    """Of several classes of batch `batch`, those held in the order the batch numbers say next to the class in
    view: «đợt 2» of a class whose «đợt 1» is on 18/01 starts after it (another union's «đợt 2» held before it
    is no batch of the same run). All of them when the class in view has no batch number or none fits."""
    if len(near) != 1 or not batch.isdigit():
        return list(found)
    ref = _course(engine, near[0])
    own = batch_of(ref.title) if ref is not None else None
    if ref is None or own is None or not own.isdigit() or own == batch:
        return list(found)
    later = int(batch) > int(own)
    fit = [c for c in found if (c.starts_at > ref.starts_at) == later]
    return fit or list(found)


def called_off_in_view(engine: QAEngine, text: str, subject: Subject | None) -> str | None:
    """The one class called off among several in view, when a message asks about a cancellation without
    naming the class («lớp đó bị hủy à», «bị hoãn rồi hả»); None otherwise."""
    if (subject is None or subject.kind not in ("course", "courses") or len(subject.codes) < 2 or subject.focus
            or not asks_cancelled(text) or not refers_back(text) or lists_by_status(text)):
        return None
    off = [code for code in subject.codes if (c := _course(engine, code)) is not None and c.status == "cancelled"]
    return off[0] if len(off) == 1 else None


def moved_in_view(engine: QAEngine, text: str, subject: Subject | None, *, spelled: str | None = None,
                  now: dt.datetime | None = None, profile: Profile | None = None) -> str | None:
    """The one class in view put off to another day, when a message asks about a class moved («lớp ngày 16/11
    em nghe bị dời, dời sang hôm nào», «đk cho e lớp bị dời đó»): the class whose note or title says it was
    moved (and from the day named, when one is); None when none or several are, when the message names a
    position, a batch or another class of the list («đk lớp đợt 2, em đã đổi sang đợt 2»), and for a
    registration that does not point at the class put off («lớp bị dời»)."""
    if subject is None or subject.kind not in ("course", "courses") or not subject.codes:
        return None
    spelled = spelled if spelled is not None else text
    if not (asks_moved(text) or asks_moved(spelled)) or names_position(spelled):
        return None
    if wants_register(spelled) and not (points_at_moved(text) or points_at_moved(spelled)):
        return None  # a registration is never guessed
    moved = [c for code in subject.codes if (c := _course(engine, code)) is not None and c.status != "cancelled"
             and (c.status == "postponed" or postponed(c.description) or _MOVED_TITLE.search(fold(c.title)))]
    days, _ = dates_named(spelled)
    if days:
        moved = [c for c in moved if any(re.search(rf"(?<!\d)0?{d}/0?{m}(?!\d)", c.description or "") for d, m in days)]
    if len(moved) != 1:
        return None
    if now is not None:
        named = fit_listed(engine, spelled, subject.codes, now=now, profile=profile)
        if named is not None and named.fitting and subject.codes.index(moved[0].code) not in named.fitting:
            return None  # «lớp online …»: another class of the list is named
    return moved[0].code


def _put_off_unshown(engine: QAEngine, text: str, spelled: str, subject: Subject | None) -> FollowUp | None:
    """«lớp tạm hoãn đó bao giờ học lại» when no class in view is put off: the classes put off of what was asked
    (its topic, role, place), not a class of the list, whose date would read as the new one of the class put off;
    None when the message points at no class put off, or one in view is."""
    if subject is None or subject.kind not in ("course", "courses") or not subject.codes:
        return None
    if not (points_at_moved(text) or points_at_moved(spelled)):
        return None
    if any((c := _course(engine, code)) is not None and (c.status == "postponed" or postponed(c.description))
           for code in subject.codes):
        return None
    said = " ".join(p for k, p in subject.phrases if k in ("topic", "role", "org"))
    place = subject.phrase("place") or (fold(subject.place) if subject.place else "")
    return FollowUp("ask", " ".join(f"lớp bị hoãn {said} {'o ' + place if place else ''}".split()),
                    replaced=("question",))


_MOVED_TITLE = re.compile(r"\b(?:lui lich|doi lich|doi ngay)\b")


def said_in_note(engine: QAEngine, text: str, code: str) -> bool:
    """Whether every content word of `text` (three at least, «lớp» aside) is in the note of the class `code`."""
    c = _course(engine, code)
    if c is None or not c.description:
        return False
    asked = [w for w in normalise(text).content if w not in ("lop", "khoa")]
    note = set(fold_tokens(c.description))
    return len(asked) >= 3 and all(w in note for w in asked)


def answer_in_context(
    engine: QAEngine, text: str, subject: Subject | None, *, now: dt.datetime, profile: Profile | None = None,
) -> tuple[Answer | None, Subject | None, FollowUp]:
    """Answer `text` after an answer about `subject`.

    Returns the answer (None when the user must first choose), the subject to keep for the next message,
    and how the message was read: `follow.action == "choose"` carries the choices to offer (each with the
    question that choosing it asks), "which" (a registration with no class in view) asks which class.
    """
    # A dictated message says its numbers in words («lớp thứ hai», «quý một năm sau»): read as digits first.
    # A long message is read for its question, its self-introduction taken as a profile said here.
    given = profile
    if subject is not None and (subject.said_role or subject.said_union is not None or subject.said_province):
        # What the asker said of themselves earlier in the talk, over the saved profile, as if said again.
        profile = Profile(role=subject.said_role or (profile.role if profile else None),
                          organisation_id=subject.said_union if subject.said_union is not None else (
                              profile.organisation_id if profile else None),
                          province=subject.said_province or (profile.province if profile else None),
                          said=bool(subject.said_province) or bool(profile and profile.said),
                          place=profile.place if profile else None)
    # Regional speech («lớp mô», «thì răng hỉ») is read in the standard words.
    text, profile = engine.apart(plain_positions(spoken_numbers(engine.standard(within_reading(text)))), profile)
    ans, new, follow = _in_context(engine, text, subject, now=now, profile=profile)
    new = _remember(subject, new)
    if new is not None and profile is not None and profile is not given:
        saved = given or Profile()
        new = dataclasses.replace(
            new, said_role=profile.role if profile.role != saved.role else None,
            said_union=profile.organisation_id if profile.organisation_id != saved.organisation_id else None,
            said_province=profile.province if profile.province != saved.province else None)
    return ans, new, follow


_MAX_LISTS = 6


def _remember(old: Subject | None, new: Subject | None) -> Subject | None:
    """`new` with the lists of classes shown so far in the conversation (`Subject.lists`), its own added when
    it shows another list; the same list again, or with a class added, is no new one."""
    if new is None:
        return None
    lists = list(old.lists if old is not None else new.lists)
    if new.kind in ("course", "courses") and new.codes:
        entry: Listed = (new.question[:MAX_LISTED_QUESTION], new.codes, new.titles, new.phrases, new.year,
                         new.org_id, new.place)
        if lists and (lists[-1][1] == new.codes or (set(lists[-1][1]) < set(new.codes) and lists[-1][0] == entry[0])):
            lists[-1] = entry
        else:
            lists.append(entry)
    if len(lists) > _MAX_LISTS:
        lists = [lists[0], *lists[-(_MAX_LISTS - 1):]]  # the first list stays: «danh sách lúc đầu»
    return dataclasses.replace(new, lists=tuple(lists))


# «quay lại danh sách lúc đầu», «quay lại câu đầu», «trở lại mấy lớp ban đầu»: the first list of the conversation.
_BACK = re.compile(r"\b(?:quay lai|quay ve|tro lai|tro ve)\b")
# (One short word between, typed as it comes: «danh sách lcú đầu».)
# («da sách»: «danh sách» with its «nh» dropped, as phones type it.)
_FIRST_LIST = re.compile(r"\b(?:(?:danh sach|da sach|cau|cau hoi|list|cac lop|may lop|nhung lop)(?: \w{1,4})? (?:dau tien|dau)"
                         r"|luc dau|ban dau|hoi dau)\b")
# «… lúc nãy», «… hồi nãy», «… ở trên»: a list shown before, maybe not the latest.
_EARLIER = re.compile(r"\b(?:luc nay|hoi nay|vua nay|luc truoc|hoi truoc|o tren|ben tren|truoc do)\b")
# «quay lại danh sách lúc nãy»: a list named as such, not a class of it.
_A_LIST = re.compile(r"\b(?:danh sach|da sach|list|cac lop|may lop|nhung lop)\b")


_A_CLASS = re.compile(r"\b(?:lop|khoa|cai|dot)\b")
# The words around going back that ask nothing more («à quay lại danh sách lúc đầu nhé ad», «cho em quay lại …»).
_FILLER = frozenset({"a", "ah", "o", "u", "uh", "thoi", "nhe", "nha", "nhen", "nhi", "di", "voi", "ad", "admin", "ban",
                     "cho", "em", "e", "minh", "mk", "mik", "toi", "tui", "xem", "lai", "giup", "nao", "vay", "the", "sao"})


def _listed(subject: Subject, entry: Listed) -> Subject:
    """The subject as it was when the list `entry` was shown (its question, place, period and topic; the
    conversation's lists kept)."""
    question, codes, titles, phrases, year, org_id, place = entry
    # The class that answered a question asking for one («… gần nhất», «có lớp X không»), as when it was shown:
    # «quay lại lớp lúc nãy, lớp đó học ở đâu» is about it.
    best = (codes[0],) if len(codes) > 1 and one_asked(normalise(question).folded) else ()
    return Subject("course" if len(codes) == 1 else "courses", question, codes, titles, phrases, year=year,
                   org_id=org_id, place=place, lists=subject.lists, best=best)


def back_to_list(
    engine: QAEngine, text: str, subject: Subject | None, *, now: dt.datetime, profile: Profile | None,
) -> tuple[str, Subject] | None:
    """A message that goes back to a list shown earlier than the latest one: «à quay lại danh sách lúc đầu, lớp
    thứ nhất học ở đâu» (the first list), «quay lại lớp cho chủ tịch CĐCS lúc nãy, đăng ký lớp đầu tiên» (the
    latest list whose classes are for chairs), «đăng ký lớp đầu tiên cho kế toán ở trên» (the latest list that
    has classes for accountants, when the one in view has none). The message without the words that went back,
    and the subject of that list; None when it goes back to the list in view, or to none."""
    if subject is None or (len(subject.lists) < 2 and not (subject.lists and subject.kind not in ("course", "courses"))):
        return None
    folded = mend_slips(fold(text))  # «qay lai danh sah luc nay»: going back all the same
    spelled = fold(engine.respell(text))
    back = _BACK.search(folded) or _BACK.search(spelled)
    first = _FIRST_LIST.search(folded) or _FIRST_LIST.search(spelled)
    earlier = _EARLIER.search(folded) or _EARLIER.search(spelled)
    # «thế lớp lúc đầu mình hỏi …», «cái lớp ban đầu ấy»: a class of the first list, pointed at without «quay lại».
    class_first = bool(first and (_A_CLASS.search(folded[:first.start()]) if _FIRST_LIST.search(folded)
                                  else _A_CLASS.search(spelled[:first.start()])))
    # «dk lớp tháng 5» after other classes were asked about: the class of that month shown earlier in the talk is
    # the one to register, not one a new search finds elsewhere.
    register = wants_register(folded) or wants_register(spelled)
    if not (back or earlier or class_first or register):
        return None
    current = subject.codes if subject.kind in ("course", "courses") else ()
    if (back or class_first) and first:
        entry = subject.lists[0]
        if entry[1] == current:
            return None
        # The words that went back are left out: the rest is read against that list.
        rest = folded if _FIRST_LIST.search(folded) else spelled
        for cue in (_FIRST_LIST, _BACK):
            rest = cue.sub(" ", rest, count=1)
        listed = _listed(subject, entry)
        if all(w in _FILLER for w in re.findall(r"[0-9a-z]+", rest)):
            return listed.question, listed  # «quay lại danh sách lúc đầu nhé»: that list again, as asked then
        return " ".join(rest.split()), listed
    if back and earlier and (_A_LIST.search(folded) or _A_LIST.search(spelled)):
        # «quay lại danh sách lúc nãy, lớp đầu tiên …» with another list in view: going back to a list says the
        # one in view is not it, so it is the latest list other than that one (the one a class was picked from,
        # when the class is in view).
        for entry in reversed(subject.lists):
            if entry[1] != current:
                return text, _listed(subject, entry)
    # Which earlier list: the latest whose classes have what the message names.
    # («quay lại cái …» read without the words that go back: «lai cai» is no «Lào Cai».)
    unback = _BACK.sub(" ", folded) if _BACK.search(folded) else text
    named = fit_listed(engine, unback, current, now=now, profile=profile) if current else None
    if current and named is None and back and earlier and _A_CLASS.search(folded):
        # «quay lại cái lớp thứ 2 lúc nãy» with another list in view (the classes a side question offered): back is
        # away from the list in view, to the one shown before it.
        before = next((entry for entry in reversed(subject.lists) if entry[1] != current), None)
        if before is not None:
            return text, _listed(subject, before)
    if current and (named is None or named.fitting):
        return None  # the list in view has it (or nothing is named): the message is about that list
    for entry in reversed(subject.lists):
        if entry[1] == current:
            continue
        there = fit_listed(engine, text, entry[1], now=now, profile=profile)
        if there is not None and there.fitting:
            return text, _listed(subject, entry)
        if there is None and back and not current and _A_CLASS.search(folded):
            return text, _listed(subject, entry)  # «quay lại lớp đầu tiên lúc nãy» after a fact: the last list
    return None


# «à cho em hỏi thêm, …», «ờ cho mình hỏi …», «thôi, cho hỏi …» (never mind that): the word that turns to a new
# question is no word of it.
_INTERJECTION = re.compile(r"(?i)^\W*(?:à|ờ|ừ|ơ|a|o|thôi|thoi)\W+(?=(?:cho|xin)\s+(?:em|e|mình|minh|mk|mik|tôi|toi|tui|hỏi|hoi)\b)")


# «thôi đăng ký cho tôi lớp ở Nam Định», «ok đk lớp đầu»: «thôi», «ok» settle the choice before the wish; no word of
# it (a place named after it is read against the list, not as a stray word).
_SETTLED = re.compile(r"(?i)^\W*(?:(?:ừ|ờ|à|u|o|a)\W+)?(?:thôi|thoi|ok|oke|okay)\W+(?=(?:đăng ký|dang ky|đăng kí|dang ki|đk|dk|đky|dky"
                      r"|đki|dki)\b)")


# «th cái online thì …»: «thế» cut short opening a follow-up — in lower case and before «cái» only, as «TH còn
# lớp nào», «th con lop nao k», «TH ở đâu có lớp …» name Thanh Hóa by its code.
_THE_SHORT = re.compile(r"^\s*th\s+(?=(?:cái|cai)\b)")


# «cả thành phố thì sao», «còn toàn tỉnh», «tỉnh mình nói chung thì sao»: the province as a whole, said after
# the figures of a union within it.
_WHOLE_PROVINCE = re.compile(
    r"^(?:(?:the|vay|con|the con|vay con|con ve|so voi) )?(?:(?:ca|toan|chung ca) (?:tinh|thanh pho|tp)"
    r"|(?:tinh|thanh pho|tp) (?:minh )?noi chung)(?: (?:minh|nay|do|luon))?"
    r"(?: (?:thi sao|thi the nao|thi nao|the nao|ra sao|sao|nhi|a|ha|co dat khong|dat bao nhieu))?$")


def _whole_province(engine: QAEngine, text: str, subject: Subject | None) -> str | None:
    """After a union's targets, the same question for the federation of its province when the whole province
    is asked («cả thành phố thì sao» after a port company's figures; after the federation's own, its figures
    again): the words name no union. Asked as a question of its own, for the year in view: the words of the
    question before named the union, which the federation would only be added to."""
    if subject is None or subject.kind != "target" or subject.stale or not subject.codes:
        return None
    if not _WHOLE_PROVINCE.match(" ".join(RAW_WORD.findall(fold(text)))):
        return None
    item = engine.by_code.get(fold(subject.codes[0]))
    rec = item.rec if item is not None else None
    org = engine.orgs.get(rec.organisation_id) if isinstance(rec, TargetRec) else None
    if org is None or not org.province:
        return None
    home = province_key(current_province(org.province) or org.province)
    federation = org if org.kind == "province" else next(
        (o for o in engine.orgs.values() if o.kind == "province" and o.province and province_key(o.province) == home),
        None)
    if federation is None:
        return None
    year = f" năm {subject.year}" if subject.year else ""
    return f"chỉ tiêu đào tạo{year} của {federation.name}"


# Where a place lies from a Southern chair: «dưới Vĩnh Long», «bển Cần Thơ», «trển Sài Gòn», «ngoài Vũng Tàu»,
# folded; «hồi trước», «trước đây», «ngày trước» after a province: its former area, as «cũ» says.
_SIDE_OF = frozenset({"duoi", "ben", "tren", "ngoai", "xuong", "len"})
_FORMERLY = re.compile(r"^(?:hoi truoc|truoc day|ngay truoc|hoi xua|ngay xua)\b")


def _places_said_plainly(engine: QAEngine, text: str) -> str:
    """`text` with a side word before a place put as «ở» («có mấy lớp … dưới Vĩnh Long tháng 4» reads as «… ở Vĩnh
    Long …») and «hồi trước» after a province as «cũ» («bển Vĩnh Long hồi trước» is the former Vĩnh Long); the
    «Bến» of «Bến Tre», a place's own word, stays."""
    words = list(RAW_WORD.finditer(text))
    folded = [fold(w.group(0)) for w in words]
    edits: list[tuple[int, int, str]] = []
    for i, w in enumerate(words):
        rest = " ".join(folded[i + 1:i + 5])
        # («năm ngoái Lai Châu …»: «ngoái» of the year before, no side.)
        if (folded[i] in _SIDE_OF and i + 1 < len(words) and not (i and folded[i - 1] == "nam")
                and "place" in kinds_in(engine, rest)
                and "place" not in kinds_in(engine, " ".join(folded[i:i + 2]))):
            before = folded[i - 1] if i else ""
            edits.append((w.start(), w.end(), "" if before in ("o", "tai") else "ở"))
        elif i >= 1 and _FORMERLY.match(" ".join(folded[i:i + 2])) and any(
                canonical_name(" ".join(folded[j:i])) for j in range(max(0, i - 4), i)):
            end = words[i + 1].end() if i + 1 < len(words) else w.end()
            edits.append((w.start(), end, "cũ"))
    for start, end, put in reversed(edits):
        text = f"{text[:start]}{put}{text[end:]}"
    return " ".join(text.split()) if edits else text


def _in_context(
    engine: QAEngine, text: str, subject: Subject | None, *, now: dt.datetime, profile: Profile | None = None,
) -> tuple[Answer | None, Subject | None, FollowUp]:
    text = _places_said_plainly(engine, text)
    text = _own_province(engine, text, profile, now=now)
    text = _REGISTER_SHORT.sub("đăng ký", place_codes_in_context(engine, _CAN_SHORT.sub(r"\1 được", text), subject, profile))
    text = last_question(_THE_SHORT.sub("thế ", _INTERJECTION.sub("", _SETTLED.sub("", text))))
    text = _whole_province(engine, text, subject) or text
    switched = new_topic(text)
    if switched is not None:
        # «chuyển chủ đề chút, lớp … có không»: a question of its own, whatever was said before it (the classes
        # shown stay at hand for «quay lại mấy lớp lúc nãy»).
        return _answer(engine, switched, subject, NONE, now=now, profile=profile, spelled=engine.respell(switched))
    if subject is not None and not subject.stale and places_only(engine, text):
        # «Cao Bằng Lạng Sơn», «Hồ Chí Minh» typed alone after an answer: the same question for those places, as
        # «thế còn … thì sao» asks it; after a class opened by its button (no question asked), its topic there.
        in_view = subject.focus or (subject.codes[0] if subject.kind == "course" and len(subject.codes) == 1 else None)
        topic = topic_words(engine, in_view) if in_view and not subject.question else None
        if topic:
            there = FollowUp("ask", f"lop {topic} o {fold(text)}", replaced=("question",))
            return _answer(engine, text, subject, there, now=now, profile=profile, spelled=engine.respell(text))
        if subject.question and not _SAID_AS_ELLIPSIS.search(" ".join(RAW_WORD.findall(fold(text)))):
            # (Said as one already, «còn bn thì sao» stays: wrapped again, its «còn» would open nothing, and a
            # code read as a place only after an opening «còn» would turn back into «bao nhiêu».)
            text = f"thế còn {text} thì sao"
    listed = whole_list(text, subject.question) if subject is not None and subject.kind in ("course", "courses") else None
    if listed is not None:
        # «kể hết ra», «liệt kê giúp mình» after one class or a list led by one: every class the question finds.
        return _answer(engine, text, subject, FollowUp("ask", listed, replaced=("question",)), now=now,
                       profile=profile, spelled=engine.respell(text))
    if subject is not None and subject.question and not subject.stale:
        again = like_that_there(text)
        if again is not None and same_topic_asked(text) and (class_in_view(subject) or len(
                {topic_words(engine, c) for c in subject.codes}) == 1):
            # «có lớp nào cùng chủ đề còn mở ở Quảng Ninh không» about one class: that class's topic there (see
            # followup._instead), not the question that found it (its audience, its month) asked there again.
            again = None
        if again is not None and _same_place_again(again, subject):
            # «Vậy Quảng Trị còn lớp nào cùng nội dung không» about Quảng Trị's class: the place is the one in
            # view, so other classes on its topic are asked (see followup._instead), not the question again.
            again = None
        if again is None and subject.kind in ("course", "courses"):
            again = period_then_list(text)
        if again is not None:
            # «tháng 3 có lớp như vậy không», «tháng sau có lớp nào nữa không»: as «thế tháng 3 thì sao» asks it.
            text = again
    earlier = subject.earlier if subject is not None else None
    if earlier is not None and earlier != class_in_view(subject) and points_to_earlier(text):
        # «thôi quay lại lớp kia, hạn đăng ký …», «đăng ký lớp lúc nãy» after a fact or other classes shown: the
        # class the talk was about before them.
        spelled = engine.respell(text)
        follow = about_class(earlier, aspect_asked(spelled), wants_register(spelled))
        return _answer(engine, text, subject, follow, now=now, profile=profile, spelled=spelled)
    went_back = back_to_list(engine, text, subject, now=now, profile=profile)
    if went_back is not None:
        text, subject = went_back
    # The follow-up cues are read after the engine's own spelling corrections («thế thág 4?», «còn chỗ khng»).
    spelled = engine.respell(text)
    coded = engine.courses_coded(text)
    if subject is not None and len(coded) == 1:
        # «à nhầm, HN-02», «ý em là lớp DNG-27-02»: the class of that code exactly, asked what the message asks
        # or, correcting the last request, what that asked; the list in view stays when it holds the class.
        return _answer(engine, text, subject, about_again(coded[0].code, spelled, subject), now=now,
                       profile=profile, spelled=spelled)
    meant = class_meant(text) if subject is not None and subject.kind in ("course", "courses") else None
    if meant and subject is not None and not subject.stale:
        place = subject.phrase("place") or (fold(subject.place) if subject.place else None)
        org = subject.phrase("org")
        where = f"o {place}" if place else f"cua {org}" if org else None
        if where and not kinds_in(engine, meant) & {"place", "org", "orgkind"}:
            # «à nhầm, tôi hỏi lớp huấn luyện ATVSLĐ cơ» after Thanh Hóa's classes: that class, where the talk is.
            asked = FollowUp("ask", f"{meant} {where}", replaced=("question",))
            return _answer(engine, text, subject, asked, now=now, profile=profile, spelled=spelled)
    other = other_batch(engine, spelled, subject, now=now)
    if other is not None and subject is not None:
        # Asked about as one class of the list: the list keeps it, for «lớp tháng 2» or «đăng ký đợt 2» next.
        ans, _, follow = _answer(engine, text, subject, about_again(other.code, spelled, subject), now=now,
                                 profile=profile, spelled=spelled)
        return ans, dataclasses.replace(subject, codes=(*subject.codes, other.code),
                                        titles=(*subject.titles, other.title)).focused(other.code), follow
    sections = batch_of_sections(engine, spelled, subject)
    if sections is not None:
        return _answer(engine, text, subject, sections, now=now, profile=profile, spelled=spelled)
    following = next_batch(engine, spelled, subject)
    if following is not None and subject is not None:
        # «còn đợt tiếp theo không» after one batch of a run: the next batch, kept in the list as `other` is.
        ans, _, follow = _answer(engine, text, subject, about_again(following.code, spelled, subject), now=now,
                                 profile=profile, spelled=spelled)
        codes = subject.codes if following.code in subject.codes else (*subject.codes, following.code)
        titles = subject.titles if following.code in subject.codes else (*subject.titles, following.title)
        return ans, dataclasses.replace(subject, codes=codes, titles=titles).focused(following.code), follow
    class_count = plan_class_count(subject, text, spelled)
    if class_count is not None:
        return _answer(engine, text, subject, class_count, now=now, profile=profile, spelled=spelled)
    after = next_class(engine, spelled, subject)
    if after is not None and subject is not None:
        ref, nxt = after
        if nxt is None:
            # None after it: said so, over the class in view (what the message asks of it: «khi nào» its dates),
            # not a search that has forgotten it.
            ans, new, follow = _answer(engine, text, subject, about_again(ref.code, spelled, subject), now=now,
                                       profile=profile, spelled=spelled)
            if ans is not None and [c.code for c in ans.courses] == [ref.code]:
                ans.nothing_after = True
            return ans, new, follow
        # «lớp tiếp theo» after one class: the next one on its topic, kept in the list as `other` is.
        ans, _, follow = _answer(engine, text, subject, about_again(nxt.code, spelled, subject), now=now,
                                 profile=profile, spelled=spelled)
        codes = subject.codes if nxt.code in subject.codes else (*subject.codes, nxt.code)
        titles = subject.titles if nxt.code in subject.codes else (*subject.titles, nxt.title)
        return ans, dataclasses.replace(subject, codes=codes, titles=titles).focused(nxt.code), follow
    off = called_off_in_view(engine, spelled, subject)
    if off is not None and subject is not None:
        # «lớp đó bị hủy à» under a list with one class called off: that class, its status and its note.
        ans, _, follow = _answer(engine, text, subject, about(off, spelled), now=now, profile=profile,
                                 spelled=spelled)
        return ans, subject.focused(off), follow
    moved = moved_in_view(engine, text, subject, spelled=spelled, now=now, profile=profile)
    if moved is not None and subject is not None:
        # «lớp ngày 16/11 e nghe bị dời, dời sang hôm nào», «dk cho e lớp bị dời đó»: the class of the list put off.
        ans, _, follow = _answer(engine, text, subject, about(moved, spelled), now=now, profile=profile,
                                 spelled=spelled)
        return ans, subject.focused(moved), follow
    elsewhere = _put_off_unshown(engine, text, spelled, subject)
    if elsewhere is not None:
        return _answer(engine, text, subject, elsewhere, now=now, profile=profile, spelled=spelled)
    in_focus = subject and (subject.focus or (subject.codes[0] if subject.kind == "course" and len(subject.codes) == 1
                                               else None))
    # «đk lớp đó cho mình» beside a note «Số chỗ: theo đăng ký»: the wish to register the class pointed at,
    # whatever words its note shares with it.
    if in_focus and not (wants_register(spelled) and points_back(spelled)) and said_in_note(engine, spelled, in_focus):
        # «có hỗ trợ tiền đi lại không» about the class in view whose note says «được hỗ trợ tiền đi lại»: the
        # note answers it, though the words alone read as a union matter (allowances) and no class question.
        return _answer(engine, text, subject, about_note(in_focus), now=now, profile=profile, spelled=spelled)
    nearest = nearest_of_list(engine, spelled, subject, now=now, profile=profile)
    if nearest is not None and subject is not None:
        # «lớp gần nhất học trực tuyến đúng không», «đăng ký cho tôi lớp gần nhất» under a list: its nearest class.
        ans, _, follow = _answer(engine, text, subject, about_class(nearest, aspect_asked(spelled), wants_register(spelled)),
                                 now=now, profile=profile, spelled=spelled)
        return ans, subject.focused(nearest), follow
    planned_there = _there_of_plan(engine, spelled, subject, now=now, profile=profile)
    if planned_there is not None:
        return _answer(engine, text, subject, planned_there, now=now, profile=profile, spelled=spelled)
    follow = resolve(spelled, subject, kinds_of=lambda f: kinds_in(engine, f),
                     fit=lambda codes: fit_listed(engine, spelled, codes, now=now, profile=profile),
                     words_of=lambda code: words_of_class(engine, code),
                     named_elsewhere=lambda words, batch: said_by_a_class(engine, words, batch),
                     topic_of=lambda code: topic_words(engine, code))
    counted_in = earlier_position(subject, follow)
    if counted_in is not None:
        counted, code, title = counted_in
        if follow.purpose == "register":
            # Inferred from an earlier list, so asked back as a choice of one: a registration never guesses.
            return None, counted.focused(code), FollowUp("choose", purpose="register",
                                                        choices=(choice(code, title, "register", None),))
        return _answer(engine, text, counted, about_class(code, follow.aspect, False), now=now, profile=profile,
                       spelled=spelled)
    shared = shared_detail(engine, follow)
    if shared is not None:
        # The list stays in view with no class singled out: «đăng ký lớp đó» next still asks which. Those the
        # message named are the ones still meant, though: «hạn đk khi nào» next is about one of them (asked which,
        # if they differ), never the class the list led with.
        named = tuple(c.code for c in follow.choices)
        ans, _, follow = _answer(engine, text, subject, shared, now=now, profile=profile, spelled=spelled)
        return ans, (dataclasses.replace(subject, best=named) if subject is not None else subject), follow
    if follow.action == "ask" and follow.replaced and "question" not in follow.replaced and (
            aside_of_its_own(text) or _strays_beside_places(engine, without_periods(text), now=now)):
        # «the same, for another place or period» only when the rest of the message says nothing the data
        # does not know: «thời tiết Hà Nội mai thế nào» after a target is no question about Hà Nội's targets.
        follow = NONE
    if follow.action == "ask" and subject is not None:
        follow = _still_short_now(follow, spelled, subject, now=now)
    return _answer(engine, text, subject, follow, now=now, profile=profile, spelled=spelled)


def _there_of_plan(engine: QAEngine, text: str, subject: Subject | None, *, now: dt.datetime,
                   profile: Profile | None) -> FollowUp | None:
    """«Ở đó có lớp tài chính nào sắp tới không» after a union's targets, then an article's fact or a document
    looked up in between: the talk is on that union's plan, so «ở đó» is its place (the articles tell of other
    provinces years ago, an aside). None when the talk was not on a plan or the message says no «ở đó»."""
    if subject is None or subject.kind not in ("fact", "document") or not subject.plan:
        return None
    plan = subject_of(engine.answer(subject.plan, now=now, profile=profile))
    if plan is None or not (plan.phrase("org") or plan.phrase("place") or plan.place):
        return None
    there = there_in(text, plan, lambda f: kinds_in(engine, f))
    return FollowUp("ask", there, replaced=("question",)) if there is not None else None


# The words Southern chairs put before a place to say where it lies from them («còn bên Cần Thơ», «dưới Bến Tre
# cũ», «trển Sài Gòn», «bển»), folded: no words of a question, though in data full of «Bến Tre», «Bến Cát»
# the folded «ben» is a common word.
_SIDE_WORDS = frozenset({"ben", "duoi", "tren", "ngoai", "trong", "xuong", "len", "ra", "vo", "vao"})


def _strays_beside_places(engine: QAEngine, folded: str, *, now: dt.datetime) -> list[str]:
    """`engine.stray_words` of `folded`, without a side word said right before a place or union it names
    («còn bên Bạc Liêu cũ thì sao» asks the same for Bạc Liêu; «còn bên thời tiết» keeps its stray words)."""
    stray = engine.stray_words(folded, now=now)
    if not stray or not set(stray) & _SIDE_WORDS:
        return stray
    words = folded.split()
    beside = {w for i, w in enumerate(words[:-1]) if w in _SIDE_WORDS
              and kinds_in(engine, " ".join(words[i + 1:i + 5])) & {"place", "org"}}
    return [w for w in stray if w not in beside]


def earlier_position(subject: Subject | None, follow: FollowUp) -> tuple[Subject, str, str] | None:
    """«đk cái thứ 2» after a list, then one class asked about on its own: the position is past the one class in
    view but not past the list shown just before it, which is the one counted in. That list (as the subject,
    with the class at that position) and the class's code and title; None when no such list was shown."""
    if subject is None or follow.action != "choose" or follow.beyond is None or follow.beyond < 1:
        return None
    current = subject.codes if subject.kind in ("course", "courses") else subject.classes
    earlier = [entry for entry in subject.lists if entry[1] != current]
    if not earlier or len(earlier[-1][1]) < follow.beyond:
        return None
    listed = _listed(subject, earlier[-1])
    at = follow.beyond - 1
    return listed, listed.codes[at], listed.titles[at]


# A detail the classes of a list may all share, by what each says of it.
_SHARED_DETAILS: dict[str, Callable[[CourseRec], object]] = {
    "place": lambda c: (c.venue, c.province, c.format),
    "organiser": lambda c: (c.organiser_id, c.organiser_name),
    "format": lambda c: c.format,
    "audience": lambda c: (c.audiences, c.audience_written),
}


def shared_detail(engine: QAEngine, follow: FollowUp) -> FollowUp | None:
    """«lớp đó học ở đâu» after two batches of one class held in the same hall: whichever is meant, the answer is
    the same, so it is given (from the first of them, as shown) rather than asking which. Only a detail asked,
    never a registration, and only when every class offered says the same of it."""
    read = _SHARED_DETAILS.get(follow.aspect or "")
    if (follow.action != "choose" or follow.purpose != "details" or read is None or len(follow.choices) < 2
            or follow.beyond is not None):
        # («lớp số 6 học ở đâu» under three classes names no class at all: said so, never one of them answered.)
        return None
    found = [_course(engine, c.code) for c in follow.choices]
    if any(c is None for c in found) or len({read(c) for c in found if c is not None}) != 1:
        return None
    return about_class(follow.choices[0].code, follow.aspect, False)


# «còn thiếu bao nhiêu nữa», «còn phải đạt thêm bao nhiêu»: what is still to reach, asked of a plan.
_STILL_TO_REACH = re.compile(r"\b(?:con (?:thieu|lai|phai|can)|thieu (?:\w+ )*nua|can them|phai them)\b")


def _still_short_now(follow: FollowUp, text: str, subject: Subject, *, now: dt.datetime) -> FollowUp:
    """«còn thiếu bn nữa» right after a plan of a year already over (asked as a comparison): what is still to
    reach is this year's plan's, the one in progress; a closed year's figures are final and lack nothing «more»."""
    folded = " ".join(RAW_WORD.findall(fold(text)))
    year = subject.year
    if (subject.kind != "target" or year is None or year >= now.year or not _STILL_TO_REACH.search(folded)
            or names_period(text)):
        return follow
    said = re.compile(rf"\b(?:nam {year}|nam ngoai|nam truoc|nam roi)\b")
    if not said.search(follow.question):
        return follow
    return dataclasses.replace(follow, question=said.sub("nam nay", follow.question, count=1))


def nearest_of_list(engine: QAEngine, text: str, subject: Subject | None, *, now: dt.datetime,
                    profile: Profile | None) -> str | None:
    """The class of the list in view that starts first from now, when the message asks a detail of «lớp gần nhất»
    or to register for it and names nothing else of a class (a format asked about aside); None otherwise."""
    if subject is None or subject.kind != "courses" or subject.stale or not nearest_pointed(text):
        return None
    named = fit_listed(engine, text, subject.codes, now=now, profile=profile)
    if named is not None and {k for k, _ in named.phrases} - {"format"}:
        return None  # «lớp gần nhất ở Hà Nội học ở đâu»: a class named by more than the list in view
    found = [c for c in (_course(engine, code) for code in subject.codes) if c is not None]
    held = [c for c in found if c.status != "cancelled"] or found  # (a class called off is no nearest one)
    ahead = [c for c in held if c.starts_at >= now] or held
    return min(ahead, key=lambda c: c.starts_at).code if ahead else None


def _answer(
    engine: QAEngine, text: str, subject: Subject | None, follow: FollowUp, *, now: dt.datetime,
    profile: Profile | None, spelled: str,
) -> tuple[Answer | None, Subject | None, FollowUp]:
    if follow.action in ("choose", "which"):
        return None, subject, follow
    if follow.action == "ask" and follow.position is not None:
        return _at_position(engine, text, subject, follow, now=now, profile=profile, spelled=spelled)
    question = follow.question if follow.action == "ask" else text
    # «còn ở Đà Nẵng thì sao», «thế tháng sau?» after a list of classes: the same classes there or then, even
    # where no class is held and an article or a plan shares the words (after a target it stays a target).
    classes = bool(follow.action == "ask" and subject is not None and subject.kind in ("course", "courses")
                   and follow.replaced and set(follow.replaced) <= {"place", "time", "role", "topic", "format"})
    ans = engine.answer(question, now=now, profile=profile, class_list=classes)
    if not ans.courses and aspect_asked(question) == "status" and _WHY.search(fold(question)):
        # «sao lớp 16/12 bị hủy vậy»: «why» reads as a question for the articles, where none tells of a class; the
        # class called off is what it names, asked without the «why» (its status and note answer it).
        # «lớp 16/12» is the class of that day, as «lớp ngày 16/12» says it.
        asked = re.sub(r"\b(lop|khoa) (\d{1,2}/\d{1,2})\b", r"\1 ngay \2", " ".join(_WHY.sub(" ", fold(question)).split()))
        plain = engine.answer(asked, now=now, profile=profile)
        if plain.courses:
            ans = plain
    if classes and "place" in follow.replaced and ans.former_unshown[0]:
        # «còn ở Long An thì sao» after another province's list: that area is set against the one before, so
        # its classes come first even on one screen (a plain «lớp ở Long An» keeps one list nearest first).
        ans.former_area, ans.former_total, ans.former_codes = ans.former_unshown
    if follow.wider and ans.courses and {c.code for c in ans.courses} <= {follow.instead_of}:
        # «có lớp nào khác không»: the place has only the class in view; the same kind of class elsewhere.
        wider = engine.answer(follow.wider, now=now, profile=profile, class_list=True)
        if any(c.code != follow.instead_of for c in wider.courses):
            ans = wider
    if follow.instead_of:
        _leave_out(ans, follow.instead_of)
    if follow.action == "ask" and follow.purpose == "detail" and ans.intent == "target":
        ans = _short_now(engine, text, ans, follow, now=now, profile=profile)
    if follow.code is not None and ans.reading and follow.code.lower() not in fold(text):
        # The rewrite names the class by its code («VT-BN-01 hạn đăng ký»): a shorthand read in that code is no
        # word of the user's to confirm («VT» is no Vũng Tàu here).
        ans.reading = ""
    if follow.action == "ask" and follow.purpose == "register" and follow.code is None and len(ans.courses) > 1:
        # «đăng ký lớp tháng 3» after another month's list found several classes: which one is asked (a
        # registration never picks a class itself); they are the list in view for «cái thứ 2» next.
        listed = subject_of(ans)
        if listed is not None:  # the list question, not the wish: «thế tháng 4?» next lists, it does not register
            listed = dataclasses.replace(listed, question=_REGISTER_OPENING.sub("", listed.question))
        shown = shown_courses(ans)
        return None, listed or subject, FollowUp("choose", purpose="register", choices=tuple(
            choice(c.code, c.title, "register", None) for c in shown[:MAX_CHOICES]))
    if follow.action == "ask" and follow.purpose == "register" and ans.courses:
        ans.intent = "register"
    if (follow.code is not None and subject is not None and subject.kind not in ("course", "courses")
            and follow.code in subject.classes and subject.lists and subject.lists[-1][1] == subject.classes):
        # «đăng ký lớp thứ 2» with the classes kept while the talk turned to a plan or a fact: that list is in
        # view again, for «à nhầm, lớp thứ 3» next (not the one class alone).
        subject = _listed(subject, subject.lists[-1])
    if follow.code is not None and subject is not None and follow.code in subject.codes:
        # One class of the list in focus: the list stays for «cái thứ 3», the question for «thế tháng sau?».
        asked = "register" if follow.purpose == "register" else follow.aspect or ""
        return ans, dataclasses.replace(subject.focused(follow.code), asked=asked), follow
    new = subject_of(ans)
    if classes and new is not None and new.kind == "course":
        # The list question asked again elsewhere found one class: still a list question («còn ở Huế?» next
        # asks it in Huế, not for that one class's topic).
        new = dataclasses.replace(new, kind="courses")
    if new is not None and new.kind == "courses":
        new = _best_by_place(engine, new, now=now, profile=profile)
        if not new.best and follow.action == "ask" and corrects_to_a_class(text):
            new = dataclasses.replace(new, best=new.codes[:1])  # «không, ý tôi là lớp X»: its nearest is meant
        if (not new.best and classes and subject is not None and "place" in follow.replaced
                and (subject.focus or subject.kind == "course")):
            # «còn bên Hà Tĩnh thì sao» while the talk was on one class: one such class is asked for there, and
            # the nearest shown is it («hạn đăng ký hôm nào» next is about it; a registration still asks which).
            new = dataclasses.replace(new, best=new.codes[:1])
    if new is None and ans.intent == "off_topic" and subject is not None:
        # An off-topic message in between: the next one is no «the same question elsewhere».
        named = {"place" if k in ("org", "orgkind") else k for k in kinds_in(engine, ans.norm.folded)} & {"place", "time"}
        if ans.slots.time is not None:
            named.add("time")
        return ans, dataclasses.replace(subject, stale=True, aside=" ".join(sorted(named)) or "-"), follow
    if new is not None and new.question:
        # The next follow-up rewrites this question: its typos corrected, a period or a place in it is
        # found and replaced («thág sau ở Lạng Sơn…», then «thế tháng 1?»).
        # The message as typed was respelled once already, to read its cues.
        respelled = spelled if new.question == text else engine.respell(new.question)
        new = dataclasses.replace(new, question=respelled)
    if follow.action == "ask" and (follow.aspect or follow.purpose == "detail") and new is not None and subject is not None:
        new = dataclasses.replace(new, question=subject.question)  # a detail does not change the subject
    if new is not None and new.kind != "target" and subject is not None:
        # The plan asked before stays at hand while the talk turns to classes or a fact («quay lại chỉ tiêu lúc nãy»).
        new = dataclasses.replace(new, plan=subject.question if subject.kind == "target" else subject.plan)
    if new is not None and new.kind not in ("course", "courses") and subject is not None:
        # The classes listed before stay at hand while the talk turns to a fact or a target.
        kept = (subject.codes, subject.titles) if subject.kind in ("course", "courses") else (
            subject.classes, subject.class_titles)
        new = dataclasses.replace(new, classes=kept[0], class_titles=kept[1], earlier=earlier_in_view(subject))
    if new is not None and follow.instead_of and new.earlier is None:
        new = dataclasses.replace(new, earlier=follow.instead_of)  # «lớp lúc nãy» next: the class set aside
    return ans, new or subject, follow


def _leave_out(ans: Answer, code: str) -> None:
    """«còn lớp nào khác không», «ngoài lớp đó còn lớp nào nữa»: the other classes found, not the one in view
    again (kept when it is the only one found)."""
    if any(c.code == code for c in ans.courses) and any(c.code != code for c in ans.courses):
        ans.courses = [c for c in ans.courses if c.code != code]
        ans.matches = [m for m in ans.matches if m.code != code]
        ans.course_total = max(ans.course_total - 1, len(ans.courses))
        ans.course_lead = tuple(c for c in ans.course_lead if c != code)


# «còn thiếu bao nhiêu», «thiếu mấy»: what a plan still lacks.
_STILL_SHORT = re.compile(r"\b(?:con )?thieu (?:bao nhieu|bn|may)\b")


def _short_now(engine: QAEngine, text: str, ans: Answer, follow: FollowUp, *, now: dt.datetime,
               profile: Profile | None) -> Answer:
    """«còn thiếu bao nhiêu» after a past year's figures that were all met: nothing is short then, so the plan in
    progress (this year's) is what still lacks; `ans` otherwise."""
    if not _STILL_SHORT.search(fold(text)) or not ans.items:
        return ans
    recs = [i.rec for i in ans.items]
    met = all(isinstance(r, TargetRec) and r.achieved_value is not None and r.target_value is not None
              and r.achieved_value >= r.target_value for r in recs)
    past = all((i.year_end or i.year or now.year) < now.year for i in ans.items)
    if not (met and past):
        return ans
    current = engine.answer(f"nam nay {without_periods(follow.question)}", now=now, profile=profile)
    return current if current.intent == "target" and current.items else ans


# The «why» of a question about a class called off or put off, and the particles around it.
_WHY = re.compile(r"\b(?:tai sao|vi sao|sao lai|sao|ly do (?:gi|la gi)|ly do|nguyen nhan|vi gi|do dau|vay|the|a|ha|nhi)\b")


_REGISTER_OPENING = re.compile(r"^(?:dang ky|đăng ký) ")


def _at_position(
    engine: QAEngine, text: str, subject: Subject | None, follow: FollowUp, *, now: dt.datetime,
    profile: Profile | None, spelled: str,
) -> tuple[Answer | None, Subject | None, FollowUp]:
    """«đăng ký lớp thứ 2 của tháng 3»: the classes `follow.question` finds, as they would be shown, and the
    one at `follow.position` of them, asked what the message asks; past the end of them, which one is asked."""
    found, listed, _ = _answer(engine, text, subject, dataclasses.replace(follow, position=None, aspect=None,
                                                                          purpose=None), now=now, profile=profile,
                               spelled=spelled)
    if found is None or not found.courses or listed is None or listed.kind not in ("course", "courses"):
        return found, listed, follow
    shown = shown_courses(found)
    # («cái cuối» -1, «cái áp chót» -2: counted from the end.)
    said_at = follow.position or 0
    at = len(shown) + said_at if said_at < 0 else said_at - 1
    register = follow.purpose == "register"
    if not 0 <= at < len(shown):
        purpose = "register" if register else "details"
        return None, listed, FollowUp("choose", purpose=purpose, aspect=follow.aspect, beyond=follow.position,
                                      shown=len(shown), choices=tuple(
                                          choice(c.code, c.title, purpose, follow.aspect) for c in shown[:MAX_CHOICES]))
    pick = shown[at].code
    return _answer(engine, text, listed, about_class(pick, follow.aspect, register), now=now, profile=profile,
                   spelled=spelled)


def _best_by_place(engine: QAEngine, subject: Subject, *, now: dt.datetime, profile: Profile | None) -> Subject:
    """Of a list, the classes held at the very place the question named, when only some are: «lớp ATVSLĐ ở
    Vũng Tàu» lists every class of today's province (Vũng Tàu is in Hồ Chí Minh now), but «học ngày nào»
    next is about the one in Vũng Tàu. Among those that answered best, when some did."""
    said = [p for k, p in subject.phrases if k == "place"]
    if not said:
        return subject
    if all(_province_named(p) and not re.search(rf"\b(?:khu vuc {re.escape(p)}|{re.escape(p)} cu)\b", fold(subject.question))
           for p in said):
        # Today's province named plainly («ở Hải Phòng»): every class of the province is held there, those
        # filed under a province merged into it («Hải Dương») as much as those under its own name.
        return subject
    named = fit_listed(engine, subject.question, subject.codes, now=now, profile=profile)
    there = [subject.codes[i] for i in named.fitting] if named is not None and named.fitting else list(subject.codes)
    # Of those, the ones whose venue says the place named below a province («… học ở Đồng Hới»): a class run
    # by that place's union but held elsewhere («CĐ phường Đồng Hới», at Cửa Tùng) is not held there.
    local = [p for k, p in subject.phrases if k == "place" and not _province_named(p)]
    held = [c for c in there if (rec := _course(engine, c)) is not None and rec.venue
            and any(re.search(rf"\b{re.escape(p)}\b", fold(rec.venue)) for p in local)]
    if held:
        there = held
    if len(there) == len(subject.codes):
        return subject
    best = [c for c in there if c in subject.best] or there
    return dataclasses.replace(subject, best=tuple(best))


def _province_named(name: str) -> bool:
    """Whether a folded place is today's province by its name (not a former province, not a place inside one)."""
    today = current_province(name)
    return today is not None and province_key(today) == name


@dataclass(frozen=True, slots=True)
class Miss:
    """A reply that did not answer: why, and what it offered instead (for `store.log_unanswered`)."""

    reason: str  # low|choice|no_course|relaxed:<filters>|off_topic_domain|ask_which
    offered: tuple[str, ...]


def miss_of(engine: QAEngine, ans: Answer | None, follow: FollowUp | None = None) -> Miss | None:
    """Whether a reply leaves the question unanswered: a low band, a «Có phải …» choice, a list of
    classes that came back empty or only without a filter the question set, a registration that must ask which class, an off-topic reply to a
    message that still uses words of the data. None for an answer and for small talk."""
    if ans is None:
        return Miss("ask_which", tuple(f"course {c.code}: {c.label}" for c in (follow.choices if follow else ())))
    if ans.intent in ("empty", "greeting", "thanks", "help"):
        return None
    shown = tuple(f"{m.kind} {m.code}: {m.title}" for m in ans.matches[:5])
    if ans.intent == "off_topic":
        # Union phrases (a role, a topic, a union's name, a training word) in a message the bot turned away.
        hits = [h for h in engine.matcher.find(ans.norm.tokens) if h.kind in ("role", "topic", "org", "orgkind")]
        known = bool(hits) or _has(ans.norm.folded, *DOMAIN)
        return Miss("off_topic_domain", ()) if known else None
    if ans.intent in ("course", "register") and not ans.courses:
        return Miss("no_course", shown)
    if ans.intent in ("course", "register") and ans.relaxed:
        # Classes shown without a filter the question set (its place, union, role or period): what was
        # asked for does not exist, which organisers want to know.
        return Miss(("relaxed:" + ",".join(ans.relaxed))[:30], shown)  # the column holds 30 characters
    if ans.intent == "target" and ans.relaxed:
        return Miss("relaxed:time", shown)  # no plan of that union for the year asked: organisers want to know
    if ans.band == "low":
        return Miss("low", shown)
    if ans.band == "close":
        return Miss("choice", shown)
    return None



# «e làm CT CĐCS ở Bình Dương», «mình là kế toán», «bên e ở Huế», «tôi mới lên chủ tịch»: the asker saying who
# and where they are (first person, then «là/làm/lên/ở/thuộc», adverbs allowed between). «ý em là Hải Phòng»
# corrects what was asked («I mean …»), it says nothing of the asker.
_SAID_OF_SELF = re.compile(r"(?<!\by )\b(?:minh|em|e|toi|tui|mk|mik|t|chau|anh)(?: (?:moi|vua|dang|hien|duoc|cung|thi))*"
                           r" (?:la|lam|len|o|thuoc|bau)\b|\bben (?:minh|em|e|toi|tui|mk|mik)\b")
# «chị là chủ tịch …», «chị làm kế toán ở …»: an older asker says «chị» of herself as «anh» (above) of himself;
# with its diacritics only, as «chi la» is also «chỉ là» (only).
_SHE_OF_HERSELF = re.compile(r"(?i)(?<!\w)chị(?: (?:mới|vừa|đang|hiện|được|cũng|thì))* (?:là|làm|lên|ở|thuộc)(?!\w)")


@dataclass(frozen=True, slots=True)
class SaidOfSelf:
    """The role and province an asker said of themselves in a message (either may be None), and the folded
    words left once the role, place and union names are taken out (`rest`): «cần thơ» is a place, not «cần»."""

    role: str | None
    province: str | None
    rest: str = ""


_PROFILE_ROLES = frozenset(t.key for t in ROLES)


def said_of_self(engine: QAEngine, text: str) -> SaidOfSelf | None:
    """The role and place of a self-introduction in `text` («e làm ct cđcs ở bình dương»), None when the
    message introduces nobody or names neither. A place named without «I am/work…» («lớp ở Huế») is what is
    asked about, not who asks."""
    norm = normalise(text)
    if not (_SAID_OF_SELF.search(norm.folded) or _SHE_OF_HERSELF.search(unicodedata.normalize("NFC", text))):
        return None
    hits = engine.matcher.find(norm.tokens)
    # In a long message the introduction says who asks; the question may name another place or role.
    intro = split_message(text).intro
    own = engine.matcher.find(normalise(intro).tokens) if intro else hits
    # A profile's role only: an audience the plans name but no profile offers («tổ trưởng công đoàn») is kept
    # for the search, not taken as who the asker is.
    role = next((h.value for h in own if h.kind == "role" and h.value in _PROFILE_ROLES), None)
    province = one_province(own)
    if province is None:
        for h in own:
            if h.kind == "org" and engine.is_province_org(int(h.value)):
                province = engine.orgs[int(h.value)].province or None
                break
    if province is None:
        # «… cty may ở kcn Trà Nóc»: an industrial zone's province (a ward said alone is kept as the ward, `own_ward`).
        province = zone_named(normalise(intro or text).tokens)
    if not (role or province):
        return None
    named = {i for h in hits if h.kind in ("role", "province", "org", "orgkind") for i in range(h.start, h.end)}
    rest = " ".join(tok for i, tok in enumerate(norm.tokens) if i not in named)
    return SaidOfSelf(role, province, rest)
