"""Conversation routing for every channel: commands, button presses, numbered choices and questions.

`handle` is the one entry point the channels call; it returns replies and never raises for bad input.
Pending choices are stored per (channel, user) in the database, so a number typed back on Zalo or in the
terminal picks the same option a Telegram button would, in any process.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from handlers import callbacks, charts, commands, compose, enrol, organiser, preferences, registered
from handlers import labels as btn
from handlers.deps import Deps
from handlers.turn import Turn
from handlers.types import Button, Incoming, Reply, is_id
from knowledge import format as vn
from knowledge import registrations, store, unions
from knowledge.db import is_busy, session_scope
from knowledge.index import Item
from knowledge.language.followup import (
    MAX_CHOICES,
    FollowUp,
    Position,
    Subject,
    aspect_asked,
    aspects_asked,
    choice,
    listed_position,
    points_back,
    postponed,
    said_of_a_class,
    wants_register,
)
from knowledge.language.places import current_province, is_former, own_ward
from knowledge.language.spoken import spoken_numbers
from knowledge.language.talk import (
    account_request,
    asks_for_person,
    labour_matter,
    more_request,
    small_talk,
    unwritten_detail,
    words,
    yes_no,
)
from knowledge.lexicon import ROLES
from knowledge.models import Course, Organisation
from knowledge.qa import Answer, Match, Profile, QAEngine
from knowledge.records import CourseRec, TargetRec
from knowledge.search.aspects import asks_contact
from knowledge.search.subject import (
    Miss,
    SaidOfSelf,
    answer_in_context,
    class_words,
    miss_of,
    places_only,
    said_of_self,
    subject_of,
)
from knowledge.slots import parse_time, province_key
from knowledge.text import clean, clean_lines, fold, normalise, untag

log = logging.getLogger(__name__)

MAX_INPUT = 10_000  # characters kept from one message; longer text is cut before anything else


@dataclass(slots=True)
class Outcome:
    """The replies to one message, and the engine's answer when it was a question (else what the message
    was read as, when it was read: small talk, a request about one's registrations)."""

    replies: list[Reply]
    answer: Answer | None = None
    intent: str | None = None
    # The classes a reply listed when it was built without the engine's answer (the registration lists):
    # `ask --json` reports them as its matches, as it does the engine's.
    matches: tuple[Match, ...] = ()


# The synchronous core (SQLAlchemy, the answering engine) runs in these threads, never on the event loop
# that moves the bytes of every channel and the pacer. Threads rather than processes: the answering engine
# (hundreds of MB at 100k courses) and the connection pool are shared, nothing is pickled, and the work is
# mostly database waits, which release the GIL. Eight threads match the default connection pool (5 + overflow).
CORE_THREADS = 8
_executor = ThreadPoolExecutor(max_workers=CORE_THREADS, thread_name_prefix="core")


# Called inside a turn's transaction with its final replies, just before the commit: the channel keeps them
# with the turn (bot/ marks its inbox row answered there), so the two commit together or not at all.
Within = Callable[[Session, list[Reply]], None]


async def handle(msg: Incoming, deps: Deps, within: Within | None = None) -> list[Reply]:
    """Answer one incoming message or button press."""
    return (await respond(msg, deps, within)).replies


async def respond(msg: Incoming, deps: Deps, within: Within | None = None) -> Outcome:
    """Like `handle`, keeping the structured answer (for `ask --json`); runs the turn off the event loop.

    The turn counts as in flight from here (waiting for a thread too): a background engine rebuild steps
    aside until none is (knowledge/turns.py)."""
    loop = asyncio.get_running_loop()
    with deps.knowledge.turns.turn():
        return await loop.run_in_executor(_executor, respond_now, msg, deps, within)


def respond_now(msg: Incoming, deps: Deps, within: Within | None = None) -> Outcome:
    """One turn, in the calling thread: route, number and store the offered choices, save, commit.

    The choices are stored in the same unit of work as the reply, before any channel sends it. A lock held
    elsewhere for longer than the lock timeout rolls the whole turn back and the user is told to retry.
    An exception raised by `within` rolls the turn back too, and reaches the caller.
    """
    try:
        with session_scope(deps.session_factory) as session:
            turn = Turn(msg, deps, session)
            before = turn.state.get("subject")
            outcome = _route(turn)
            _note_shown(turn, before, outcome)
            _note_seen(turn, outcome)
            _note_listed(turn, outcome)
            outcome.replies = registered.mark(outcome.replies, session=session, profile=turn.profile)
            outcome.replies = turn.offer(outcome.replies, keep=_aside(outcome))
            turn.save()
            if within is not None:
                within(session, outcome.replies)
    except OperationalError as exc:
        if not is_busy(exc):
            raise
        log.warning("turn of %s:%s gave up waiting for the database (%s)", msg.channel, msg.user_id,
                    type(exc.orig).__name__)
        return Outcome([Reply(compose.BUSY)])
    return outcome


# Replies that answer nothing of their own (small talk, a message out of scope, a number with nothing under it):
# the choices offered before stay pending, so «gõ số 1» still works after an «ok» or a stray word in between.
_ASIDES = frozenset({"ack", "thanks", "bye", "complaint", "stale_choice", "hello_at_role"})
_ASIDE_ANSWERS = frozenset({"off_topic", "empty", "unknown"})


def _aside(outcome: Outcome) -> bool:
    if outcome.intent in _ASIDES:
        return True
    return outcome.intent is None and outcome.answer is not None and outcome.answer.intent in _ASIDE_ANSWERS


# Engine answers after which «lớp đó», «cái thứ 2» cannot mean a class of an older list: a plan's targets (their
# own list) and a question left unanswered. (A fact may tell of a class itself, and off-topic talk or «ok» show
# nothing new, so the classes before them stay in view.)
_NO_CLASS_SHOWN = frozenset({"target", "unknown"})


def _note_seen(t: Turn, outcome: Outcome) -> None:
    """Whether classes were what the user saw last: after a plan's targets or a question left unanswered,
    «cái thứ 2» and «lớp này» no longer point into an older list of classes."""
    # (Classes offered to choose from, «fq:», count as shown: «cái thứ 2» then is the second of them.)
    if (any(b.data.startswith(("c:", "rg:", "fq:")) for r in outcome.replies for b in r.buttons)
            or (outcome.answer is not None and outcome.answer.courses)):
        t.state.pop("seen", None)
    elif outcome.answer is not None and outcome.answer.intent in _NO_CLASS_SHOWN:
        t.state["seen"] = "other"


def _not_in_view(text: str, t: Turn) -> Outcome | None:
    """«cái thứ 2», «đăng ký lớp này» when what was seen last was no list of classes: which class is asked,
    the classes seen before as choices, and none is picked for the user."""
    subject = t.subject
    if t.state.get("seen") != "other" or subject is None or not points_back(text):
        return None
    if subject.kind in ("course", "courses"):
        codes, titles = subject.codes, subject.titles
    else:
        codes, titles = subject.classes, subject.class_titles
    if len(titles) != len(codes):
        titles = codes
    purpose = "register" if wants_register(text) else "detail"
    if not codes and purpose == "detail":
        # No class was ever shown to point at: said so for a position alone («cái thứ 2»); a question of its own
        # that names a weekday («thứ 2 có lớp nào …») is the engine's.
        return Outcome([Reply(compose.NO_CLASS_LISTED)], intent="which") if listed_position(text) else None
    aspect = aspect_asked(text) if purpose == "detail" else None
    choices = tuple(choice(c, n, purpose, aspect) for c, n in list(zip(codes, titles, strict=True))[:MAX_CHOICES])
    asked = _which(FollowUp("choose", purpose=purpose, choices=choices), t)
    listed = t.state.get("listed")
    if isinstance(listed, dict) and listed.get("kind") in compose.LISTED_NOUNS and codes:
        # «lớp thứ 2» right after a plan's targets: the list just shown held none, said before the classes of
        # the list before it are offered.
        many = compose.LISTED_NOUNS[str(listed["kind"])][0]
        asked = replace(asked, text=compose.NOT_CLASSES.format(many=many) + " " + asked.text)
    return Outcome([asked], intent="which")


# Replies after which the list before them is still what «cái thứ 2» counts in: small talk, and a line picked
# out of that list.
_KEEPS_LISTED = frozenset({"thanks", "ack", "bye", "greeting", "listed"})


def _note_listed(t: Turn, outcome: Outcome) -> None:
    """Keep what a reply listed that was no class, as button data in the order shown: a plan's targets (its
    lines, `knowledge` buttons' data), the records a «Có phải anh/chị muốn hỏi…» offers, the unions to choose
    from. «cái thứ 2», «mục 3», «đơn vị cuối» are then read against it (`_listed_pick`)."""
    ans = outcome.answer
    if ans is not None and compose.lists_targets(ans):
        targets = compose.listed_targets(ans)
        if len(targets) > 1:
            t.state["listed"] = {"kind": "target", "data": [callbacks.pack("k", "t", x.id) for x in targets]}
            return
    datas = [b.data for r in outcome.replies for b in r.buttons]
    for kind, prefix in (("item", "k:"), ("org", "org:"), ("role", "role:")):
        if len(datas) > 1 and any(d.startswith(prefix) for d in datas) and not any(
                d.startswith(("c:", "rg:")) for d in datas):
            t.state["listed"] = {"kind": kind, "data": [d for d in datas if d.startswith(prefix)]}
            return
    if outcome.intent not in _KEEPS_LISTED or datas:
        t.state.pop("listed", None)


def _listed_pick(text: str, t: Turn) -> Outcome | None:
    """«cái thứ 2», «mục 3 là gì», «chỉ tiêu cuối», «đơn vị thứ 2» (or the number alone, under targets listed
    without buttons) said of the last list shown when it held no classes: that line, as its button would give
    it. «lớp thứ 2» there says plainly that the list held no class, and which line stood there; with classes
    shown before, those are offered instead (`_not_in_view`). None: not such a message."""
    listed = t.state.get("listed")
    if not isinstance(listed, dict) or listed.get("kind") not in compose.LISTED_NOUNS or wants_register(text):
        return None
    kind = str(listed["kind"])
    data = [str(d) for d in listed.get("data") or []]
    number = re.fullmatch(r"\s*(\d{1,2})\s*[.)]?\s*", text)
    pos = Position(int(number.group(1)), False, False) if number and kind == "target" else listed_position(text)
    if pos is None or not data or (pos.names_class and kind in ("org", "role")):
        return None
    subject = t.subject
    if pos.names_class and subject is not None and (subject.classes or subject.kind in ("course", "courses")):
        return None  # the classes shown before this list are what «lớp thứ 2» means: asked which (`_not_in_view`)
    many, noun = compose.LISTED_NOUNS[kind]
    if pos.names_unit and kind == "target":
        return _listed_unit(pos, data, t)
    at = len(data) - 1 if pos.at == -1 else pos.at - 1
    if not 0 <= at < len(data):
        return Outcome([Reply(compose.LISTED_BEYOND.format(count=len(data), noun=noun))], intent="listed")
    replies = on_button(data[at], t)
    if pos.names_class and replies:
        head = (compose.LISTED_NOT_CLASSES_LAST.format(many=many, noun=noun) if pos.at == -1
                else compose.LISTED_NOT_CLASSES.format(many=many, noun=noun, n=pos.at))
        replies = [replace(replies[0], text=f"{head}\n{replies[0].text}\n{compose.FIND_CLASSES}"), *replies[1:]]
    return Outcome(replies, intent="listed")


def _listed_unit(pos: Position, data: list[str], t: Turn) -> Outcome:
    """«đơn vị thứ 2» under the targets of several unions: that union's targets, as they were listed."""
    engine = t.deps.knowledge.engine()
    targets = [item.rec for d in data if (item := _knowledge_item(engine, callbacks.unpack(d).rest)) is not None
               and isinstance(item.rec, TargetRec)]
    units = list(dict.fromkeys(x.organisation_name for x in targets))
    at = len(units) - 1 if pos.at == -1 else pos.at - 1
    if not 0 <= at < len(units):
        return Outcome([Reply(compose.LISTED_BEYOND.format(count=len(units), noun="đơn vị"))], intent="listed")
    lines: list[str] = []
    mine = [x for x in targets if x.organisation_name == units[at]]
    for (y1, y2) in dict.fromkeys((x.period_start, x.period_end) for x in mine):
        if lines:
            lines.append("")
        lines += compose.target_group_lines(units[at], y1, y2, [x for x in mine if (x.period_start, x.period_end) == (y1, y2)])
    return Outcome([Reply("\n".join(lines))], intent="listed")


def _note_shown(t: Turn, before: object, outcome: Outcome) -> None:
    """Keep the class the conversation was last shown (the one class a new subject is on) until a question
    answered about something else: a bare «đăng ký» registers at once only that class, never one opened turns
    ago and left behind by another question. The details form, small talk and buttons leave it as it is."""
    subject = t.subject
    if subject is not None and not subject.stale and t.state.get("subject") != before:
        code = subject.focus or (subject.codes[0] if len(subject.codes) == 1 else None)
        if code is not None:
            t.state["shown"] = code
            return
    if outcome.answer is not None or subject is None or (subject.stale and t.state.get("subject") != before):
        t.state.pop("shown", None)


def _route(t: Turn) -> Outcome:
    msg = t.msg
    left = t.state.pop("enrol_left", None)  # a details form left for a question, the message before this one
    if msg.callback_data:
        return Outcome(on_button(msg.callback_data, t))
    text = clean((msg.text or "")[:MAX_INPUT])
    if not text.startswith("/"):
        # «<b>lớp nào …</b>» pasted from a formatted message: the words inside the tags are the question (a
        # command is echoed as typed, escaped by the channel).
        text = clean(untag(text))
    if not text:
        if msg.has_media and _is_organiser(t):  # most likely a plan: files are read on the web workspace
            return Outcome([Reply(compose.NO_MEDIA + "\n\n" + organiser.FILES_ON_WEB)])
        return Outcome([Reply(compose.NO_MEDIA if msg.has_media else compose.EMPTY)])
    if text.startswith("/"):
        enrol.drop(msg, t.session)  # /start, /khoahoc …: the person moved on; a role typed next is no name
        return Outcome(on_command(text, t))
    picked = re.fullmatch(r"\s*(\d{1,2})\s*[.)]?\s*", text)
    data = t.choice(int(picked.group(1))) if picked else None
    if data is not None:
        return Outcome(on_button(data, t))
    answer = _yes_no_answer(text, t)
    if answer is not None:  # «có», «ok hủy đi», «👍», «không» where a yes/no question waits
        return Outcome(on_button(answer, t))
    typed_link = LINK_TYPED.fullmatch(fold(text))
    if typed_link:  # "liên kết 123456" typed without the slash, as people do on Zalo; wins over any pending step
        return Outcome(_link(typed_link.group(1), t))
    # Details typed just after the form was left for a question: the form goes on with them.
    enrol.resume_with(clean_lines(untag((msg.text or "")[:MAX_INPUT])) or text, left, msg, t.session)
    if enrol.awaits_text(msg, t.session):  # the registration details dialogue (handlers/enrol.py)
        if enrol.asks_instead(text, msg, t.session):
            kept = _asked_in_form(text, t)
            if kept is not None:
                return Outcome(kept, intent="course")
            # «có lớp nào cho chủ tịch không» typed instead of a name: the form ends politely and the question is answered.
            stopped = enrol.leave_for_question(msg, t.session)
            asked = ask(text, t)
            return replace(asked, replies=[stopped, *asked.replies])
        # Its lines kept: the name, the unit and the phone may come on lines of one message.
        typed = clean_lines(untag((msg.text or "")[:MAX_INPUT])) or text
        return Outcome(enrol.on_typed(typed, msg, t.deps, t.session, proceed=_proceed(t)))
    if organiser.awaits_text(msg, t.session):
        # An announcement keeps its line breaks; `clean` would fold them into spaces.
        return Outcome(organiser.on_typed(clean_lines((msg.text or "")[:MAX_INPUT]), msg, t.deps, t.session))
    if t.state.get("await") == "org":
        return Outcome(on_org_typed(text, t))
    if t.state.get("await") == "role":
        return on_role_typed(text, t)
    hint = _details_before_register(text, t)
    if hint is not None:
        return Outcome(hint)
    if picked:
        # A line of a list shown without buttons (a plan's targets): the number picks it.
        listed = _listed_pick(text, t)
        if listed is not None:
            return listed
        # A number with no choice pending under it: a reply to a list gone by, never a question (nor logged).
        return Outcome([Reply(compose.NO_CHOICE_PENDING)], intent="stale_choice")
    return ask(text, t)


# The two sides of a yes/no question waiting for its answer, by their choices' data: «Có, hủy chỗ» / «Không, giữ
# nguyên» (a destructive choice confirmed), «Vẫn đăng ký» / «Thôi» (a registration warned about), «Xóa thông tin» /
# «Không xóa» (/hoso).
_YES_DATA = (callbacks.CONFIRM + callbacks.SEP, "rgy:", "wly:", "dk:delok", "dk:phoneok", "hs:save")
_NO_DATA = ("no", "dk:stop", "dk:keep")


def _yes_no_answer(text: str, t: Turn) -> str | None:
    """The choice a typed yes or no picks when a yes/no question is what waits (one «yes» choice and one «no»
    among those pending), else None: a «có» with nothing asked is small talk."""
    choices = [str(c) for c in t.state.get("choices") or []]
    yes = [c for c in choices if c.startswith(_YES_DATA)]
    no = [c for c in choices if c in _NO_DATA]
    if len(yes) != 1 or len(no) != 1:
        return None
    said = yes_no(text)
    if said == "yes" and yes[0].startswith(_GO_AHEAD_DATA) and _GIVE_UP.search(words(text)):
        # «có, hủy chỗ» at «Anh/chị vẫn muốn đăng ký?»: a «có» said with a word of giving up is no go-ahead;
        # nothing is taken (the registration stops, and can be asked again).
        return no[0]
    return yes[0] if said == "yes" else no[0] if said == "no" else None


# The yes of a registration warned about («Vẫn đăng ký»), and the words that give it up («hủy», «xóa», «bỏ»).
_GO_AHEAD_DATA = ("rgy:", "wly:")
_GIVE_UP = re.compile(r"\b(?:huy|xoa|bo|dung lai|khoi)\b")


def _details_before_register(text: str, t: Turn) -> list[Reply] | None:
    """A name, or a name with a unit or phone, typed while a class's register choice is on screen: the chair
    answers the form before opening it. Told how to open it; the details are neither kept nor searched."""
    if not enrol.looks_like_details(text) or places_only(t.deps.knowledge.engine(), text):
        return None
    choices = [str(c) for c in t.state.get("choices") or []]
    pending = [data for data in choices if data.startswith("rg:")]
    if len(pending) != 1:  # several classes to register: which one is not guessed from a name
        return None
    course = t.session.get(Course, callbacks.unpack(pending[0]).ident() or 0)
    if course is not None and t.msg.private and registrations.takes_registrations(course, t.now):
        # The form itself, opened for the one class on screen: the details are asked again under its data-use
        # note (a name typed before the note was read is not kept), not a number to press first.
        opened = _register_typed(course.id, t)
        if opened and enrol.awaits_text(t.msg, t.session):
            return [Reply(compose.FORM_OPENED), *opened]
    # The choice itself again under the hint: a reply without it would clear the pending choices, and the number
    # typed next («1», as the hint says) would find nothing.
    return [Reply(compose.DETAILS_BEFORE_REGISTER.format(press=compose.press(compose.REGISTER_THIS, buttons=t.buttons)),
                  (Button(compose.REGISTER_THIS, pending[0]),))]


def _asked_in_form(text: str, t: Turn) -> list[Reply] | None:
    """A question about the class being registered, typed in the details form («có mất phí không», «hạn đk đến
    bao giờ», «học ở đâu», «học mấy ngày»): the detail answered, then the form's own question again (nothing
    typed so far is lost). None: a question of its own, for which the form is left."""
    course_id = enrol.form_course(t.msg, t.session)
    aspect = _asked_of_registering(text) or aspect_asked(text)
    if course_id is None or aspect not in enrol.FORM_ASPECTS or not enrol.about_form_class(text):
        return None
    engine = t.deps.knowledge.engine()
    pos = engine.courses.by_id.get(course_id)
    if pos is None:
        return None
    short = compose.aspect_reply(engine.courses.courses[pos], aspect, t.deps.tz, t.now)
    if short is None:
        return None
    # Its register and details buttons would start the form again: the answer alone, the form's question after it.
    return [Reply(short.text), enrol.still_asking(t.msg, t.session)]


def ask(text: str, t: Turn) -> Outcome:
    """A question: about places left, about which classes take registrations, or for the engine. Also
    where a question is typed instead of the answer a step waits for (the role, the union, the form)."""
    # Regional speech in the standard words, for every reader below («lớp ni còn chỗ không», «đăng ký lớp nớ»).
    text = t.deps.knowledge.engine().standard(text)
    seats = enrol.seats_question(text, t.msg, t.deps, t.session, t.subject, t.profile, _profile(t))  # «còn chỗ không?»
    if seats is not None:
        if len(seats.courses) == 1:
            # The one class answered is the one in view: «bao nhiêu người đăng ký rồi», «đăng ký lớp này» next go to it.
            t.subject = _focus(t.subject, *seats.courses[0])
        return Outcome(seats.replies)
    listed = enrol.registration_list_asked(text)  # «lớp nào đang mở đăng ký», «… hết hạn đăng ký tuần này»
    if listed is not None:
        outcome = _registration_list(listed, text, t)
        if outcome is not None:
            return outcome
    return on_question(text, t)


LIST_SHOWN = 8  # classes shown of a «lớp nào đang mở đăng ký» list; the rest are counted
MATCHED_MOST = 100  # classes of a search narrowing such a list read at most (20 pages of the engine's answer)


def _registration_list(kind: str, text: str, t: Turn) -> Outcome | None:
    """The classes that take a registration now ("open": before their deadline, not full, not called off),
    or those whose deadline falls in the period asked ("closing"), from the database as registration reads
    it; a place, an audience or a topic said narrows them as a search would. None: left to the engine."""
    engine = t.deps.knowledge.engine()
    idx = engine.courses
    label = ""
    window = _deadline_window(text, t) if kind == "closing" else None
    if kind == "closing" and window is None:
        return None  # «lớp nào hết hạn đăng ký rồi»: the engine's (deadline passed) list
    narrow = enrol.narrowing(text, period=kind == "open")
    wanted = _matching(narrow, t) if narrow else None
    if wanted is None:
        narrow = ""  # nothing read narrows the list: every class is shown, and none is said to fit more
    if window is not None:
        start, end, label = window
        courses = registrations.closing_between(session=t.session, start=start, end=end, now=t.now, among=wanted)
    else:
        courses = registrations.open_now(session=t.session, now=t.now, among=wanted)
    recs = [idx.courses[idx.by_id[c.id]] for c in courses if c.id in idx.by_id]
    # A list by deadline holds classes that take no registration now (only planned, full): said beside each,
    # and only the others invite a registration. The open list holds none of them.
    full = registrations.full_ones(session=t.session, courses=courses) if kind == "closing" else set()
    t.state.pop("next", None)
    if not recs:
        t.subject = None
        asked = " đúng như anh/chị hỏi" if narrow else ""
        if kind == "closing":
            return Outcome([Reply(f"Không có lớp nào hết hạn đăng ký {label}{asked}. Anh/chị hỏi «lớp nào đang mở "
                                  "đăng ký» để xem các lớp còn nhận đăng ký.")], intent="registration_list")
        return Outcome([Reply(f"Hiện chưa có lớp nào đang nhận đăng ký (còn hạn và còn chỗ){asked}. Anh/chị gõ "
                              "/khoahoc để xem các lớp sắp tới.")], intent="registration_list")
    shown = recs[:LIST_SHOWN]
    if kind == "closing":
        head = f"Các lớp hết hạn đăng ký {label}, hạn sớm nhất trước:"
    else:
        head = "Các lớp đang nhận đăng ký (còn hạn, còn chỗ), hạn đăng ký gần nhất trước:"
    lines = [head, *(_flagged(compose.course_line(c, t.deps.tz, t.now, province=True), c, full) for c in shown)]
    if len(recs) > len(shown):
        lines.append(f"Còn {vn.number(len(recs) - len(shown))} lớp nữa; anh/chị hỏi cụ thể hơn (tỉnh, tháng, "
                     "đối tượng) để xem.")
    if any(compose.open_for_registration(c, t.now) and c.id not in full for c in shown):
        lines.append("Muốn đăng ký, anh/chị nhắn «đăng ký lớp này»." if len(shown) == 1 else
                     "Muốn đăng ký lớp nào, anh/chị nhắn «đăng ký lớp thứ …» (theo thứ tự trên) hoặc mở chi tiết lớp đó.")
    labels = compose.apart([c.title for c in shown], [compose.course_details(c, t.deps.tz) for c in shown])
    buttons = tuple(Button(f"Chi tiết: {label}", callbacks.pack("c", c.id)) for c, label in zip(shown, labels, strict=True))
    t.subject = Subject(kind="courses" if len(shown) > 1 else "course", question=text,
                        codes=tuple(c.code for c in shown), titles=tuple(c.title for c in shown))
    return Outcome([Reply("\n".join(lines), buttons)], intent="registration_list",
                   matches=tuple(Match("course", c.code, c.title, 1.0) for c in shown))


# «trong 3 ngày tới», «5 ngày nữa», «hôm qua» (folded): periods of a «hết hạn đăng ký …» question the period
# reader leaves to others.
_NEXT_DAYS = re.compile(r"\b(?:trong )?(\d{1,2}) (?:ngay|hom) (?:toi|nua|sap toi|ke tiep|tiep theo)\b")
_YESTERDAY = re.compile(r"\b(?:hom qua|hqua|ngay hom qua)\b")


def _deadline_window(text: str, t: Turn) -> tuple[dt.datetime, dt.datetime, str] | None:
    """The window of deadlines a «lớp nào hết hạn đăng ký …» question asks (start, end, as said), or None."""
    local = t.now.astimezone(t.deps.tz)
    today = local.replace(hour=0, minute=0, second=0, microsecond=0)
    # Read before the engine sees the message: a dictated period («trong ba ngày tới», «tháng mười hai»).
    text = spoken_numbers(text)
    folded = fold(text)
    days = _NEXT_DAYS.search(folded)
    if days is not None and 1 <= int(days.group(1)) <= 60:
        n = int(days.group(1))
        return today, today + dt.timedelta(days=n + 1), f"trong {n} ngày tới"
    if _YESTERDAY.search(folded):
        return today - dt.timedelta(days=1), today, "hôm qua"
    window = parse_time(normalise(text), local)
    if window is None or window.kind not in ("day", "week", "month", "range"):
        return None
    return window.start, window.end or window.start + dt.timedelta(days=1), window.label


def _flagged(line: str, c: CourseRec, full: set[int]) -> str:
    """A class's lines in a list by deadline, its title marked when it takes no registration now: only planned
    («dự kiến, chưa nhận đăng ký») or with no place left («đã đủ chỗ»)."""
    flag = ("dự kiến, chưa nhận đăng ký" if c.status == "planned" else "đã đủ chỗ" if c.id in full else "")
    if not flag:
        return line
    title, _, rest = line.partition("\n")
    return f"{title} ({flag})" + (f"\n{rest}" if rest else "")


def _matching(question: str, t: Turn) -> set[int] | None:
    """The classes the question finds (every page of it), read in the context of the talk as any question
    is («có lớp nào của họ …» after a union); none when the search had to drop what was asked (another
    place, another period) to find any. Where the engine answers with no class list (an article shares the
    words), the audience, topic and province it read narrow the classes; None: nothing read narrows them."""
    engine = t.deps.knowledge.engine()
    ans, _, follow = answer_in_context(engine, question, t.subject, now=t.now, profile=_profile(t))
    asked = follow.question if follow.action == "ask" and follow.question else question
    if ans is None or ans.intent not in ("course", "register"):
        # The question asks for classes (it said «lớp nào … đăng ký»), even where an article shares its words.
        ans = engine.answer(asked, now=t.now, profile=_profile(t), class_list=True)
    if ans.intent not in ("course", "register"):
        slots = ans.slots
        if not (slots.roles or slots.topics or slots.provinces):
            return None
        keys = {province_key(p) for p in slots.provinces}
        return {c.id for c in engine.courses.courses
                if (not slots.roles or set(slots.roles) & set(c.audiences))
                and (not slots.topics or c.topic in slots.topics)
                and (not keys or province_key(c.province) in keys)}
    found: set[int] = set()
    while not ans.relaxed and ans.courses:
        found |= {c.id for c in ans.courses}
        offset = ans.course_offset + len(ans.courses)
        if offset >= min(ans.course_total, MATCHED_MOST):
            break
        ans = engine.answer(asked, now=t.now, profile=_profile(t), offset=offset, class_list=True)
    return found


LINK_TRIES = 5  # wrong link codes allowed per account per hour
LINK_TYPED = re.compile(r"\s*/?\s*lien\s*ket\s+(\d{6})\s*")


def _profile(t: Turn) -> Profile | None:
    """The asker as the engine sees them: the saved profile, with the role and place they said of themselves
    earlier in this conversation over it (kept in the conversation state only; /hoso saves them)."""
    p = t.profile
    said = _said(t)
    role = said.get("role") or p.role
    province = said.get("province") or p.province
    place = said.get("place") or None
    if not (role or p.organisation_id or province or place):
        return None
    # A place said differs from the saved union's: that union is not the asker's here.
    union = p.organisation_id if not said.get("province") or said.get("province") == p.province else None
    return Profile(role=role, organisation_id=union, province=province, said=bool(said.get("province")),
                   place=place)


# What a chair said of themselves counts for that conversation, not for ever: a chair who said «e ở Bình Dương»
# while helping a colleague last month asks about their own province today.
SAID_FOR = dt.timedelta(hours=12)


def _said(t: Turn) -> dict[str, str]:
    said = t.state.get("said") or {}
    try:
        at = dt.datetime.fromisoformat(str(said.get("at")))
    except ValueError:
        return {}
    return said if at.tzinfo is not None and t.now - at <= SAID_FOR else {}


def _note_said(text: str, t: Turn) -> SaidOfSelf | None:
    """Keep the role and place a message says of its asker («e làm CT CĐCS ở Bình Dương») for the next
    questions of the conversation. The saved profile is not changed: personal data is stored only when the
    user chooses it (/hoso)."""
    said = said_of_self(t.deps.knowledge.engine(), text)
    place = own_ward(text)
    if said is None and place is None:
        return None
    kept = dict(_said(t))
    kept["at"] = t.now.isoformat()
    if said is not None and said.role:
        kept["role"] = said.role
    if said is not None and said.province:
        if province_key(said.province) != province_key(kept.get("province")) and not place:
            kept.pop("place", None)  # a ward said before lies in the province left
        kept["province"] = said.province
    if place:
        kept["place"] = place
    t.state["said"] = kept
    return said or SaidOfSelf(None, None, fold(text))


# Words that make a message a question or a request, folded: a self-introduction without them («e làm ct
# cđcs ở thái nguyên») is acknowledged, not searched.
_ASKING = re.compile(r"\?|\b(?:nao|khong|ko|k|kg|hong|chua|bao|bn|may|gi|j|dau|khi|sao|hoi|xin|can|muon|cho|co lop|"
                     r"lop|khoa|chi tieu|dang ky|dk|the nao|ntn)\b")
# «may» after a workplace is the trade or the machine, not «mấy» (how many): «cty may», «nhà máy», «dệt may»
# fold to «… may» and describe where the asker works.
_WORKPLACE_MAY = re.compile(r"\b(?:cty|cong ty|xi nghiep|xuong|nha|nganh|det|hang|doanh nghiep|dn) may\b")
# «… là kế toán chứ không phải cán bộ không chuyên trách»: what the asker is not, said to correct the role taken;
# its «không» asks nothing.
_NOT_THAT = re.compile(r"\b(?:chu |ma |con )?(?:khong|ko|k|hong) phai(?: la)?\b.*$")


# ------------------------------------------------------------------ questions

def on_question(text: str, t: Turn) -> Outcome:
    """Free text: ask the engine in the context of the last answer (follow-ups) and word its answer."""
    said = _note_said(text, t)
    # Asking words are looked for outside the names said: «cần» of «Cần Thơ» asks nothing.
    place = _said(t).get("place") if said is not None else None
    if said is not None and not (said.role or said.province):
        # Only a ward or commune said («tôi ở phường Ninh Kiều»): its name is no question word («Tân An»).
        rest = said.rest if place is None else " ".join(w for w in said.rest.split() if w not in fold(place).split())
        if "?" not in text and not _ASKING.search(rest):
            return Outcome([Reply(compose.PLACE_NOTED.format(place=place))], intent="ack")
        return _on_question(text, t)
    if said is not None and "?" not in text and not _ASKING.search(_NOT_THAT.sub("", _WORKPLACE_MAY.sub("", said.rest))):
        who = " ".join(filter(None, (compose.role_label(said.role) if said.role else None,
                                     f"ở {said.province}" if said.province else None)))
        if place and own_ward(text):
            who += f", {place}"
        offer = _offer_to_save(said, t)
        return Outcome([Reply(compose.SAID_NOTED.format(who=who)), *([offer] if offer else [])], intent="ack")
    if said is not None:
        # A question with a self-introduction in it: answered, then the offer to keep what was said (once).
        asked = _on_question(text, t)
        offer = _offer_to_save(said, t)
        if offer is not None:
            asked.replies = [*asked.replies, offer]
        return asked
    return _on_question(text, t)


def _offer_to_save(said: SaidOfSelf, t: Turn) -> Reply | None:
    """«em là phó chủ tịch … ở Sóc Trăng» where the profile says otherwise (or nothing): whether to keep it in
    the profile, with why (classes suggested, announcements and reminders for that role and province reach
    them), one choice to press or type; nothing is saved until it is chosen. Offered once for the same words."""
    p = t.profile
    role = said.role if said.role and said.role != p.role else None
    province = said.province if said.province and province_key(said.province) != province_key(p.province) else None
    if not (role or province):
        return None
    key = f"{role or ''}|{province or ''}"
    if t.state.get("save_offered") == key:
        return None
    t.state["save_offered"] = key
    what = " và ".join(filter(None, (f"vai trò «{compose.role_label(role)}»" if role else None,
                                    f"tỉnh «{_today(province)}»" if province else None)))
    return Reply(compose.SAVE_SAID.format(what=what),
                 (Button(btn.SAVE_TO_PROFILE, callbacks.pack("hs", "save")), Button(btn.DONT_SAVE, "no")))


def _save_said(t: Turn) -> list[Reply]:
    """«Lưu vào hồ sơ»: the role and province said in this conversation, kept in the profile (a province with its
    union, as when chosen under /hoso)."""
    said = _said(t)
    role, province = said.get("role"), said.get("province")
    if not (role or province):
        return [Reply(compose.STALE)]
    saved = []
    if role and any(r.key == role for r in ROLES):
        t.profile.role = role
        saved.append(f"vai trò {compose.role_label(role)}")
    if province:
        t.profile.province = province
        # Today's provincial union (a former province's ended with it in 2025), as the union list offers.
        union = unions.provincial_union(t.session, province)
        t.profile.organisation_id = union.id if union is not None else None
        saved.append(f"tỉnh {_today(province)}")
    t.state.pop("save_offered", None)
    return [Reply("Đã lưu vào hồ sơ: " + ", ".join(saved) + ". Xem, đổi hoặc xóa bằng /hoso.")]


def _on_question(text: str, t: Turn) -> Outcome:
    # Read before any follow-up: «hủy đăng ký lớp đó» is no «đăng ký lớp đó», «cảm ơn nhé» no «thế … nhé?».
    request = account_request(text)
    if request == "registered":
        return Outcome(_my_schedule(t), intent="my_registrations")
    if request == "cancel":
        return Outcome(_cancel_which(text, t), intent="cancel_registration")
    if request == "show_data":
        return Outcome(_show_profile(t), intent="my_data")
    if request == "delete_data":
        if not t.msg.private:  # its confirm button would be pressed in front of the group, by anyone
            return Outcome([Reply(compose.PROFILE_IN_GROUP)], intent="my_data")
        if enrol.names_everything(text):
            # «xóa toàn bộ dữ liệu của tôi», «xóa hồ sơ»: the whole profile, not the registration details alone.
            return Outcome([_erase_ask()], intent="my_data")
        _, delete = enrol.profile_lines(t.msg, t.session)
        if not delete:  # nothing given that a deletion would erase: said, with what is kept (role, union)
            return Outcome([Reply(compose.NO_DETAILS_KEPT), *_show_profile(t)], intent="my_data")
        # «tôi muốn xóa số điện thoại»: the phone alone when only it is named; else every detail.
        what = "delphone" if enrol.names_phone_only(text) else "del"
        return Outcome(enrol.on_button(what, t.msg, t.deps, t.session, proceed=_proceed(t)), intent="my_data")
    if request == "change_data":
        return Outcome(enrol.change_details(text, t.msg, t.deps, t.session), intent="my_data")
    # «tắt nhắc trước giờ học», «không nhận tin nhắc nữa»: the reminder settings (/nhacnho), as a button would.
    pending = [str(c) for c in t.state.get("choices") or []]
    menu_shown = bool(pending) and all(c.startswith("nn:") for c in pending)
    setting = preferences.typed(text, t.msg, t.session, menu_shown=menu_shown, now=t.now)
    if setting is not None:
        return Outcome(setting, intent="reminder_settings")
    told = preferences.reminders_asked(text, t.msg, t.session, t.deps.reminders)  # «bot nhắc trước mấy ngày»
    if told is not None:
        return Outcome(told, intent="reminder_settings")
    talk = small_talk(text)
    if talk is not None:
        return Outcome(_small_talk(talk, text, t), intent=talk)
    if more_request(text) and (t.state.get("next") or (t.subject and t.subject.kind == "courses")):
        # «xem thêm», «còn nữa ko» typed under a list: its next page, as the «Xem thêm» button gives it.
        offset = t.state.get("next")
        more = _page(int(offset), t) if isinstance(offset, int) else [Reply(compose.NO_MORE)]
        return Outcome(more, intent="more")
    picked = _listed_pick(text, t)
    if picked is not None:
        return picked
    part = _part_of_day(text, t)  # «buổi chiều», «cuối tuần» alone under a list: that list narrowed
    if part is not None:
        return part
    unknown = _unknown_code(text, t)  # «đk lớp CT-26-05» with no such class: said so, no other class guessed
    if unknown is not None:
        return unknown
    unseen = _not_in_view(text, t)
    if unseen is not None:
        return unseen
    how = _how_to_register(text, t)
    if how is not None:
        return how
    if _A_YEAR.search(text) and len(text.split()) <= _YEAR_ONLY_WORDS:
        # «hà nội năm 2017 thì sao» after another year's figures: read alone first, as no follow-up of them
        # answers a year the unit has nothing of.
        alone = t.deps.knowledge.engine().answer(text, now=t.now, profile=_profile(t))
        none_of_year = _no_figures_of_year(alone, t)
        if none_of_year is not None:
            return Outcome([Reply(none_of_year)], alone)
    engine = t.deps.knowledge.engine()
    if _place_alone(text, t):
        # «me linh», «lạng sơn», «phường Ninh Kiều» typed alone: the classes there (none held there is said,
        # with the nearest ones), not the figures of a union of that name nor «chưa có thông tin».
        text = f"lớp ở {text}"
    before = t.subject
    detail = unwritten_detail(text)
    in_view = _class_in_view(before, t) if detail is not None and not _LIST_ASKED.search(fold(text)) else None
    if detail is not None and in_view is not None:
        # «ăn ở thế nào ạ» under a class's card: a detail of that class no plan records, said so with whom to
        # ask, before the engine reads «ở … thế nào» as classes somewhere.
        return Outcome([compose.unwritten_reply(in_view, detail, t.now)], intent="course")
    aside = _labour_aside(text, t) if labour_matter(text) else None
    ans: Answer | None
    if aside is not None:
        # «công ty nợ lương thì làm sao» under a class's card: labour law, not a question about that class; the
        # class stays in view for what is asked next.
        ans, subject, follow = aside, t.subject, FollowUp("none")
    else:
        ans, subject, follow = answer_in_context(engine, text, t.subject, now=t.now, profile=_profile(t))
        if ans is not None and ans.intent in ("off_topic", "unknown") and _place_alone(text, t, in_view=True):
            # A place alone under a list that it does not narrow: the classes there, as with no list in view.
            ans, subject, follow = answer_in_context(engine, f"lớp ở {text}", t.subject, now=t.now,
                                                     profile=_profile(t))
    t.subject = subject
    if subject is None or before is None or subject.codes != before.codes:
        t.state.pop("next", None)  # another list (or none): «xem thêm» goes on with the list now in view
    miss = miss_of(engine, ans, follow)
    if miss is None and ans is not None and ans.intent == "off_topic":
        # Turned away without union words: still kept, so organisers see what people expect of the bot.
        miss = Miss("off_topic", ())
    if ans is None:  # the reference is unclear: ask which class, never pick one
        replies = [_which(follow, t)]
        if follow.purpose == "register" and _for_others(text):
            # «đăng ký cho 3 người trong công đoàn»: which class, and that each person registers for themselves.
            replies[0] = replace(replies[0], text=replies[0].text + "\n" + compose.FOR_SOMEONE_ELSE)
    else:
        replies = _word(ans, t, chosen=follow.code)
        if ((ans.intent in ("off_topic", "unknown") or (ans.intent == "course" and not ans.courses))
                and (instead := _not_off_topic(text, before, t)) is not None):
            replies = instead
        if _for_me_nowhere(text, ans, follow, t):
            # «có lớp nào cho e» from someone whose province and union are unknown: a page of every province's
            # classes is no answer for them; where they are is asked (a place typed next lists its classes).
            replies = [Reply(compose.WHERE_FOR_ME)]
            t.subject = before
        chosen_one = (_class_in_view(t.subject, t) if detail and in_view is None and ans.intent == "course"
                      else None)
        if detail and chosen_one is not None and t.subject is not None and t.subject.focus == chosen_one.code:
            # «lớp 1 có cấp chứng nhận không» under a list: the class picked, and the detail asked of it said
            # unwritten, not its card alone (which says nothing of it).
            replies = [compose.unwritten_reply(chosen_one, detail, t.now)]
        if (ans.intent == "register" and len(replies) == 2 and follow.code is not None and before is not None
                and (follow.code == before.focus or (t.state.get("shown") == follow.code
                                                     and _in_view(before, follow.code)))):
            # «đk cho mình» right after the class's card: its register step only, not the card a second time.
            replies = replies[1:]
        if ans.intent == "register" and replies and _for_others(text) and replies[-1].buttons:
            # «đăng ký cho anh Hùng»: the button registers whoever presses it, so the other person does it.
            replies[-1] = replace(replies[-1], text=replies[-1].text + "\n" + compose.FOR_SOMEONE_ELSE)
        enrol_in = compose.to_register(ans, follow.code) if ans.intent == "register" else None
        if enrol_in is not None and follow.code is None and len(ans.courses) > 1:
            # The one class of those found that the request names by its words: the one in view from now on
            # («đăng ký lớp này», «lớp đó ở đâu» next are about it), as a class offered is.
            t.subject = _focus(t.subject, enrol_in.code, enrol_in.title)
        wanted = [enrol_in] if enrol_in is not None else ans.courses if ans.intent == "register" else []
        if (enrol_in is not None and follow.code is not None and enrol_in.code == follow.code
                and t.msg.private and _in_view(before, follow.code) and t.state.get("shown") == follow.code
                and _plain_request(text)
                and compose.open_for_registration(enrol_in, t.now)):
            # «đăng ký lớp này», «dk cho mik lop do» about the one class the conversation is on: the
            # registration itself (the details form the first time, else the place at once), not a button to
            # press first. A class picked out of a list (by position, place, «gần nhất») is shown with its
            # register choice instead, so the chair sees which one was understood before a place is taken. In a
            # group the card and its button too: nobody's place is taken, nor their details shown, in front of others.
            t.subject = _focus(t.subject, enrol_in.code, enrol_in.title)
            return Outcome(_register_typed(enrol_in.id, t), ans)
        if (enrol_in is not None and follow.code is None and len(ans.courses) == 1 and ans.course_total == 1
                and not ans.relaxed and not ans.home_missed and t.msg.private and _plain_request(text)
                and registrations.details_of(session=t.session, profile=t.profile) is None
                and compose.open_for_registration(enrol_in, t.now)
                and replies and not _asked_of_registering(text)):
            # «cho em đăng ký lớp thương lượng tập thể tháng 4»: the request names one class, the only one
            # found, in the asker's own province and open: its card (to see which class was understood) and the
            # registration itself, not a button to press first (a name typed next then goes into the form). Only
            # the first time: the form is then the confirmation, whereas with details on file a place would be
            # taken at once on a request read from words.
            t.subject = _focus(t.subject, enrol_in.code, enrol_in.title)
            return Outcome([replace(replies[0], buttons=()), *_register_typed(enrol_in.id, t)], ans)
        asked = _asked_of_registering(text) if enrol_in is not None and not _plain_request(text) else None
        if asked is not None and enrol_in is not None and enrol_in.code == follow.code and _in_view(before, follow.code):
            # «lớp này đăng ký có mất phí không», «đăng ký lớp này hạn khi nào», «đăng ký thế nào»: answered (the
            # plan's word on a fee, the deadline, the steps), with the register choice; nothing is registered.
            short = (compose.aspect_reply(enrol_in, asked, t.deps.tz, t.now) if asked != "how"
                     else compose.register_how_reply(enrol_in, t.deps.tz, t.now, buttons=t.buttons))
            if short is not None:
                return Outcome([short], ans)
        if wanted and not any(compose.open_for_registration(c, t.now) for c in wanted):
            # «đăng ký lớp này» on a class that takes none (or a request whose classes all take none): why (not
            # its card again), and a class instead, like the one asked or the first of those found.
            if len(ans.courses) == 1 and len(replies) == 2:
                replies = replies[1:]
            refused = t.session.get(Course, wanted[0].id)
            replies = _instead(replies, refused, t) if refused is not None else replies
        if (enrol_in is not None and replies
                and callbacks.pack("rg", enrol_in.id) in (b.data for b in replies[-1].buttons)):
            # The register step of a class with no place left: said full at once, with its waiting list and a
            # class like it with room, not a button that turns out full only after the details.
            full = _full_first(enrol_in.id, t)
            replies = [*replies[:-1], *full] if full is not None else replies
        if follow.aspect and ans.intent == "course" and len(ans.courses) == 1 and follow.code == ans.courses[0].code:
            # «ở đâu?», «hạn đk khi nào?» about the class in view: the line asked, not the whole card again.
            details = [follow.aspect, *(a for a in aspects_asked(text) if a != follow.aspect)]
            short = compose.aspects_reply(ans.courses[0], details, t.deps.tz, t.now, roles=follow.roles)
            replies = [short] if short is not None else replies
        elif (before is None and follow.code is None and ans.intent == "course" and len(ans.courses) == 1
              and ans.course_total == 1 and not ans.relaxed and (first := aspect_asked(text)) is not None):
            # «lớp hôm qua học ở đâu» opening the talk, one class found: the line asked as for a class in view,
            # with its date to say which class was understood; a detail no line words gets the card.
            details = [first, *(a for a in aspects_asked(text) if a != first)]
            short = compose.aspects_reply(ans.courses[0], details, t.deps.tz, t.now, roles=follow.roles, dated=True)
            # (A class called off: the classes still held that the question finds stay after the line.)
            held = compose.held_instead_reply(ans, t.deps.tz, t.now)
            replies = [short, *([held] if held else [])] if short is not None else replies
        if ans.intent == "greeting" and not t.profile.role:
            # On Zalo there is no /start: a first "xin chào" is where onboarding begins.
            replies.append(_role_question(t))
        if ans.courses and ans.course_total > len(ans.courses):
            # "Xem thêm" re-asks this question from the next position, in whichever process gets the press.
            t.state["q"] = (follow.question if follow.action == "ask" else text)[:500]
            t.state["next"] = ans.course_offset + len(ans.courses)
        if offer := _offer_own_union(before, ans, t):
            replies.append(offer)
        note = _merger_note(ans)
        if note and replies:
            replies[0] = replace(replies[0], text=note + "\n" + replies[0].text)
        if ans.nothing_after and ans.courses and replies:
            replies[0] = replace(replies[0], text=compose.nothing_after(ans.courses[0]) + "\n" + replies[0].text)
        if ans.reading and replies:
            replies[0] = replace(replies[0], text=compose.READING.format(reading=ans.reading) + "\n" + replies[0].text)
        if ans.also and replies and ans.intent not in ("off_topic", "unknown"):
            # «… bao nhiêu lớp? Còn Đà Nẵng có lớp nào không»: answered on the second question, the first one
            # is offered as a choice that asks it (the same path as a chosen class's question).
            t.state["fq"] = [ans.also[:300]]
            replies.append(Reply(compose.also_asked(ans.also, buttons=t.buttons),
                                 (Button(compose.ALSO_LABEL, callbacks.pack("fq", 0)),)))
        if (ans.truncated or len(t.msg.text or "") > MAX_INPUT) and not (
                replies and replies[0].text == compose.LONG_UNCLEAR):  # that one already says the message is long
            replies.insert(0, Reply(compose.TRUNCATED))
    if (miss is not None and (ans is None or ans.intent not in ("empty", "greeting", "thanks", "help"))
            and not enrol.looks_like_details(text)):  # a name, a unit, a phone: personal data, never logged
        # Kept as typed, tags and all, when this is the message itself: organisers see what was sent.
        typed = clean((t.msg.text or "")[:MAX_INPUT])
        store.log_unanswered(
            session=t.session, channel=t.msg.channel, user_id=t.msg.user_id,
            # (A question in regional speech was read in the standard words: still kept as the chair typed it.)
            text=typed if typed and typed != text and (
                clean(untag(typed)) == text or t.deps.knowledge.engine().standard(clean(untag(typed))) == text)
            else text,
            normalised=ans.norm.folded if ans else fold(text), intent=ans.intent if ans else "register",
            confidence=ans.confidence if ans else 0.0, at=t.now, reason=miss.reason, offered=miss.offered,
        )
    return Outcome(replies, ans)


def _offer_own_union(before: Subject | None, ans: Answer, t: Turn) -> Reply | None:
    """«Anh/chị hỏi chỉ tiêu của tỉnh nào?» answered with a province by someone whose profile has none: that
    province's union offered as theirs, saved only if they press it (they may have asked for another province);
    the conversation goes on with the province either way."""
    if (before is None or before.asked != "which_plan" or ans.intent != "target" or t.profile.province
            or t.profile.organisation_id or t.subject is None or not t.subject.place):
        return None
    union = unions.provincial_union(t.session, t.subject.place)
    if union is None:
        return None
    return Reply(f"Anh/chị ở {_today(t.subject.place)} phải không? Chọn «{union.name}» để mình lưu làm đơn vị của "
                 "anh/chị, lần sau không phải hỏi lại; không phải thì anh/chị cứ hỏi tiếp.",
                 (Button(union.name, callbacks.pack("org", union.id)),))


def _class_in_view(subject: Subject | None, t: Turn) -> CourseRec | None:
    """The one class the conversation is on: the class picked out of a list, or the only class shown."""
    if subject is None:
        return None
    code = subject.focus or (subject.codes[0] if len(subject.codes) == 1 and subject.kind in ("course", "courses")
                             else None)
    if code is None:
        return None
    return t.deps.knowledge.engine().courses.course(code)


# «cho e», «cho mình», «dành cho tôi» (folded): the classes asked for are the asker's own.
_FOR_ME = re.compile(r"\bcho (?:e|em|minh|mk|mik|toi|tui|chau)\b(?! hoi\b)")


def _for_me_nowhere(text: str, ans: Answer, follow: FollowUp, t: Turn) -> bool:
    """Whether classes were asked «for me» alone (no place, union, topic, audience, period or format said, none
    carried from the talk) by someone whose province and union are unknown, so the list would span the country."""
    slots = ans.slots
    profile = _profile(t)
    return (ans.intent == "course" and follow.action == "none" and bool(_FOR_ME.search(fold(text)))
            and not (profile is not None and (profile.province or profile.organisation_id or profile.place))
            and not (slots.provinces or slots.places or slots.org_ids or slots.org_kinds or slots.topics
                     or slots.roles or slots.time or slots.formats or slots.day or slots.doc_numbers)
            and not ans.said_place)


def _classes_listed(subject: Subject | None, t: Turn) -> list[CourseRec]:
    """The classes of the list the conversation is on (none when it is on one class or on no class)."""
    if subject is None or subject.kind != "courses" or len(subject.codes) < 2:
        return []
    idx = t.deps.knowledge.engine().courses
    return [c for code in subject.codes if (c := idx.course(code)) is not None]


# Classes asked for as a list («lớp nào có hỗ trợ tiền ăn»): no question about the one class in view.
_LIST_ASKED = re.compile(r"\b(?:lop|khoa) (?:nao|gi|j)\b|\b(?:nhung|cac) (?:lop|khoa)\b")


def _not_off_topic(text: str, before: Subject | None, t: Turn) -> list[Reply] | None:
    """What the engine turned away that is no off-topic question: a button's label typed after its buttons were
    gone, a question for a person or about the bot, or a detail of the class in view that plans do not record
    (answered as unwritten, with whom to ask). None for a message truly off the topic."""
    command = btn.lapsed_label(text)
    if command is not None:
        return [compose.lapsed_choice(command)]
    in_view = _class_in_view(before, t)
    if asks_for_person(text):
        return [compose.who_answers(in_view.organiser_name if in_view is not None else None)]
    what = unwritten_detail(text)
    if what is not None and in_view is not None:
        return [compose.unwritten_reply(in_view, what, t.now)]
    listed = _classes_listed(before, t) if what is not None else []
    if what is not None and listed:
        # Asked under a list: of those classes, not off the topic («có ăn ở không» after the chair's classes).
        return [compose.unwritten_list_reply([c.organiser_name or "" for c in listed if c.organiser_name], what)]
    place = _unknown_place(text, t)
    if place is not None:
        return [Reply(compose.PLACE_UNKNOWN.format(place=place))]
    return None


# Words that end a place's name said after «ở», «tại» (folded): the question goes on, the name is over.
_AFTER_PLACE = frozenset(re.findall(r"\w+", """khong ko k kg hong hok nao gi j a ah ak nhe nha nhi vay the thang tuan
    nam quy cho ve co la thi ma duoc dc voi va hay hoac sap toi nay sau truoc dau"""))


def _unknown_place(text: str, t: Turn) -> str | None:
    """The place a class question names after «ở», «tại» that no plan, union or map the bot knows says («lớp ở
    Châu Đốc»), as typed; None when the question names none or a known one. Such a question is no off-topic one:
    the reply says no class is known there and how to ask by province."""
    typed = re.findall(r"\w+", unicodedata.normalize("NFC", text))
    folded = [fold(w) for w in typed]
    if not any(w in ("lop", "khoa") for w in folded):
        return None
    at = next((i for i, w in enumerate(folded) if w in ("o", "tai") and i > 0), None)
    if at is None:
        return None
    name: list[str] = []
    for word, low in zip(typed[at + 1:], folded[at + 1:], strict=True):
        if low in _AFTER_PLACE or low.isdigit():
            break
        name.append(word)
    if not name or len(name) > 4:
        return None
    engine = t.deps.knowledge.engine()
    tokens = tuple(normalise(" ".join(name)).tokens)
    if any(h.kind in ("province", "place", "org") for h in engine.matcher.find(tokens)) or (
            engine.courses.named_in_a_row(tokens)):
        return None
    return " ".join(name)


def _labour_aside(text: str, t: Turn) -> Answer | None:
    """A worker's rights asked about (see `labour_matter`) that the engine, reading the message alone, does not
    answer from the records: turned away as off-topic, whatever class is in view. None when a record answers it."""
    alone = t.deps.knowledge.engine().answer(text, now=t.now, profile=_profile(t))
    if alone.intent not in ("off_topic", "unknown") and alone.band != "low":
        return None
    return replace(alone, intent="off_topic", band="low", courses=[], course_total=0, matches=[])


def _merger_note(ans: Answer) -> str | None:
    """«Sóc Trăng nay thuộc Cần Thơ.»: said when a question names a province merged in 2025 and the answer
    gives today's province's classes or plan, so the chair sees why another name comes back; or classes of
    elsewhere because today's province has none («Kon Tum nay thuộc Quảng Ngãi»: the chair learns where to ask)."""
    if ans.intent not in ("course", "target") or not (ans.courses or ans.items or ans.elsewhere):
        return None
    provinces = {r.province for r in ans.items if r.province} | {c.province for c in ans.courses if c.province}
    for p in ans.slots.provinces:
        cur = current_province(p) if is_former(p) else None
        if cur and (any(province_key(x) == province_key(cur) for x in provinces)
                    or (ans.intent == "course" and (compose.place_missed(ans) or bool(ans.elsewhere)))):
            return compose.MERGED.format(former=p, current=cur)
    return None


def _small_talk(kind: str, text: str, t: Turn) -> list[Reply]:
    """Thanks, a greeting, «ok»/«thôi», or a complaint: a short reply; the subject of the talk is kept."""
    if kind == "thanks":
        return [Reply(compose.THANKS)]
    if kind == "ack":
        return [Reply(compose.ACK)]
    if kind == "decline":
        # «thôi không đăng ký nữa» about the class in view: a place the chair holds in it is given up (asked
        # first, as every cancellation is); one merely offered is let go.
        in_view = t.subject.focus or (t.subject.codes[0] if len(t.subject.codes) == 1 else None) if t.subject else None
        held = [r for r in registrations.my_registrations(session=t.session, profile=t.profile, now=t.now)
                if in_view is not None and r.course.code == in_view]
        if held:
            return _confirm(callbacks.unpack(callbacks.pack("rc", held[0].course.id)), t)
        return [Reply(compose.DECLINED)]
    if kind == "bye":
        return [Reply(compose.BYE)]
    if kind == "greeting":
        if not t.profile.role:  # a first «xin chào» (no /start on Zalo) is where onboarding begins
            return [Reply(compose.WELCOME), _role_question(t)]
        return [Reply(compose.HELLO_AGAIN)]
    # A complaint is a miss the organisers should see, with what the bot answered before it.
    shown = tuple(f"course {c}" for c in (t.subject.codes if t.subject else ()))[:5]
    store.log_unanswered(session=t.session, channel=t.msg.channel, user_id=t.msg.user_id, text=text,
                         normalised=fold(text), intent="complaint", confidence=0.0, at=t.now, reason="complaint",
                         offered=shown)
    return [Reply(compose.SORRY)]


# Words of a request to give up a place that name no class: the verbs and what goes with them.
_CANCEL_WORDS = frozenset(re.findall(r"\w+", """huy rut bo xoa khoi ten cho suat muon xin can dinh phai khong di tham
    gia hoc nua duoc theo vua da dang ky lop khoa"""))


def _cancel_which(text: str, t: Turn) -> list[Reply]:
    """«hủy đăng ký», «em muốn hủy lớp giải quyết tranh chấp», «hủy đk lớp đó»: the place meant asked to confirm
    at once (the only one held, the one the request names by its words, or the one in view it points at);
    else the places held, one button each (pressing one asks once more). Nothing is given up unconfirmed."""
    rows = registrations.my_registrations(session=t.session, profile=t.profile, now=t.now)
    if not rows:
        return [Reply(compose.NOTHING_TO_CANCEL)]
    engine = t.deps.knowledge.engine()
    said = {w for w in said_of_a_class(text) - _CANCEL_WORDS if w in engine.courses.df}
    meant = rows
    if said:
        recs = {r.course_id: engine.courses.courses[pos] for r in rows
                if (pos := engine.courses.by_id.get(r.course_id)) is not None}
        meant = [r for r in rows if r.course_id in recs and said <= class_words(recs[r.course_id])]
    elif points_back(text) and t.subject is not None:
        in_view = t.subject.focus or (t.subject.codes[0] if len(t.subject.codes) == 1 else None)
        meant = [r for r in rows if r.course.code == in_view] or rows
    if len(meant) == 1:
        return _confirm(callbacks.unpack(callbacks.pack("rc", meant[0].course.id)), t)
    head = compose.WHICH_TO_CANCEL if meant else compose.NOT_AMONG_MINE + " " + compose.WHICH_TO_CANCEL
    return [Reply(head, tuple(
        Button(f"Hủy: {r.course.title} ({compose.when_text(r.course, t.deps.tz)})", callbacks.pack("rc", r.course.id))
        for r in (meant or rows)))]


def _which(follow: FollowUp, t: Turn) -> Reply:
    """«Lớp nào ạ?»: the classes in view as choices, each asking its own question when chosen."""
    if follow.action != "choose" or not follow.choices:
        return Reply(compose.WHICH_ASKED if follow.purpose == "details" else compose.WHICH_CLASS)
    t.state["fq"] = [c.question[:300] for c in follow.choices]
    head = compose.WHICH_REGISTER if follow.purpose == "register" else compose.WHICH_DETAILS
    if follow.beyond is not None:
        head = compose.BEYOND_LIST.format(count=follow.shown or len(follow.choices)) + " " + head
    idx = t.deps.knowledge.engine().courses
    details: list[list[str | None]] = []
    for c in follow.choices:
        pos = idx.by_code.get(c.code.lower() if c.code.isascii() else fold(c.code))
        details.append(compose.course_details(idx.courses[pos], t.deps.tz) if pos is not None else [])
    labels = compose.apart([c.label for c in follow.choices], details)
    if follow.purpose == "register":
        # Each choice registers its class as its own button would (details form, checks); on a channel with
        # buttons the choices are numbered in the text too, for a number typed back.
        recs = [idx.courses[pos] if (pos := idx.by_code.get(c.code.lower() if c.code.isascii() else fold(c.code)))
                is not None else None for c in follow.choices]
        if all(r is not None for r in recs):
            pairs = [(r, label) for r, label in zip(recs, labels, strict=True) if r is not None]
            open_ = [(r, label) for r, label in pairs if compose.open_for_registration(r, t.now)]
            if not open_:
                return Reply(compose.NONE_OPEN_IN_VIEW)
            if len(open_) < len(pairs):
                # Only the classes that take a registration are choices; the others are named as closed.
                closed = ", ".join(f"«{label}»" for r, label in pairs if (r, label) not in open_)
                head += f" Lớp {closed} không nhận đăng ký lúc này."
                pairs = open_
            if t.buttons:
                head += "\n" + "\n".join(f"{n}. {label}" for n, (_, label) in enumerate(pairs, 1))
                head += "\n" + compose.TYPE_NUMBER
            return Reply(head, tuple(Button(label, callbacks.pack("rg", r.id)) for r, label in pairs))
    return Reply(head, tuple(Button(label, callbacks.pack("fq", i)) for i, label in enumerate(labels)))


def _follow_choice(d: callbacks.Data, t: Turn) -> list[Reply]:
    """One of the classes offered by `_which`: its question is asked as if typed."""
    questions = t.state.get("fq") or []
    i = d.ident()
    if i is None or i >= len(questions):
        return [Reply(compose.STALE)]
    return on_question(str(questions[i]), t).replies


def _word(ans: Answer, t: Turn, *, chosen: str | None = None) -> list[Reply]:
    if ans.intent == "empty":
        return [Reply(compose.NO_TEXT if ans.question.strip() else compose.EMPTY)]
    if ans.intent == "greeting":
        return [Reply(compose.WELCOME)]
    if ans.intent == "thanks":
        return [Reply(compose.THANKS)]
    none_yet = _no_targets_of_year(ans, t) or _no_figures_of_year(ans, t)
    if none_yet is not None:
        return [Reply(none_yet)]
    if ans.intent == "target_where":
        return [Reply(compose.which_plan(ans))]
    if ans.intent == "bad_time":
        return [Reply(compose.BAD_TIME.format(what=ans.impossible))]
    if ans.intent == "help":
        return [Reply(_help(t))]
    if ans.intent == "register_how":
        return [Reply(compose.how_to_register(buttons=t.buttons))]
    if ans.intent == "off_topic":
        # Pay, insurance, dues: where such a question is answered, not only that this bot does not.
        return [Reply(_miss(compose.LABOUR_OFF_TOPIC_HEAD if labour_matter(ans.question) else compose.OFF_TOPIC_HEAD, t))]
    if ans.intent == "taught" and ans.taught is not None:
        return compose.taught_reply(ans, t.deps.tz)
    if ans.intent in ("course", "register"):
        return compose.courses_reply(ans, t.deps.tz, t.now, buttons=t.buttons, chosen=chosen)
    if compose.lists_targets(ans):
        return compose.targets_reply(ans)  # (a year with no plan: «chưa có chỉ tiêu năm …», then the nearest)
    if ans.intent in ("target", "fact", "document") and ans.items:
        return compose.knowledge_reply(ans)
    if asks_contact(ans.question):
        return [Reply(_miss(compose.NO_CONTACTS_HEAD, t))]
    if max(len(ans.question), len(t.msg.text or "")) >= compose.LONG_MESSAGE:
        return [Reply(compose.LONG_UNCLEAR)]  # a pasted letter: its question alone, not «no information»
    return [Reply(_miss(compose.UNKNOWN_HEAD, t))]


# «buổi chiều», «còn buổi tối thì sao», «cuối tuần thôi», «chủ nhật ko» typed alone after a list (folded): which
# of the classes just listed are held then, not a new search. «sáng», «chiều», «tối» need «buổi»/«ca» or their
# marks: plain «toi» is as often «tôi», «sang» «sang năm». («thứ 7» is left out: «lớp thứ 7» is a position.)
_PART_OF_DAY = re.compile(
    r"(?:(?:con|the|vay|the con|lop|cac lop|co lop nao|lop nao|chi|chi lay|loc|loc ra|loc lop|hoc|lop hoc|nhung lop|"
    r"co|lop co|ai|xem) )*(?P<part>(?P<marked>buoi |ca )?(?:sang|chieu|toi)|cuoi tuan|chu nhat|"
    r"ngay thuong)(?: (?:thi sao|thoi|nhe|nha|a|co khong|khong|ko|k|nao|co ko|duoc khong|thi|dau|vay|the|hoc|a))*")
_PARTS = {"sang": "buổi sáng", "chieu": "buổi chiều", "toi": "buổi tối", "cuoi tuan": "cuối tuần (thứ Bảy, Chủ nhật)",
          "chu nhat": "Chủ nhật", "ngay thuong": "ngày thường (thứ Hai đến thứ Sáu)"}


def _held_in(part: str, c: CourseRec, tz: dt.tzinfo) -> bool:
    """Whether class `c` is held in `part` of the day or week: by its start time for a part of the day (a class
    dated without a time is not said to be), by any of its days for a weekday."""
    if c.tentative:
        return False
    start = c.starts_at.astimezone(tz)
    if part in ("sang", "chieu", "toi"):
        if start.hour == 0 and start.minute == 0:
            return False
        # The engine's own bounds (knowledge/index.py `held_on`): a question «lớp buổi tối» finds the same classes.
        return {"sang": start.hour < 12, "chieu": 12 <= start.hour < 18, "toi": start.hour >= 18}[part]
    end = (c.ends_at or c.starts_at).astimezone(tz)
    days = {(start.date() + dt.timedelta(days=i)).weekday() for i in range(min((end.date() - start.date()).days, 6) + 1)}
    if part == "cuoi tuan":
        return bool(days & {5, 6})
    if part == "chu nhat":
        return 6 in days
    return start.weekday() < 5


def _part_of_day(text: str, t: Turn) -> Outcome | None:
    """A part of the day or week typed alone right after a list of classes: the classes of that list held then
    (every class the list's question found, not only those on screen), or that none is. None: not such a message."""
    subject = t.subject
    if subject is None or subject.kind != "courses" or subject.stale or not subject.codes:
        return None
    folded = " ".join(fold(text).replace("?", " ").split())
    m = _PART_OF_DAY.fullmatch(folded)
    if m is None:
        return None
    part = m.group("part").removeprefix("buoi ").removeprefix("ca ")
    if part in ("sang", "chieu", "toi") and m.group("marked") is None and not re.search(
            r"(?<!\w)(?:sáng|chiều|tối)(?!\w)", clean(text).lower()):
        return None
    engine = t.deps.knowledge.engine()
    idx = engine.courses
    wanted = _matching(subject.question, t) if subject.question else None
    positions = [idx.by_code[k] for code in subject.codes if (k := code.lower() if code.isascii() else fold(code)) in idx.by_code]
    recs = {idx.courses[p].id: idx.courses[p] for p in positions}
    for cid in wanted or ():
        if cid in idx.by_id:
            recs.setdefault(cid, idx.courses[idx.by_id[cid]])
    label = _PARTS[part]
    held = sorted((c for c in recs.values() if _held_in(part, c, t.deps.tz)), key=lambda c: c.starts_at)
    if not held:
        return Outcome([Reply(f"Trong các lớp vừa rồi không có lớp nào học {label}. Anh/chị xem lại danh sách trên, "
                              "hoặc hỏi lớp khác, ví dụ «lớp nào học buổi chiều ở Cần Thơ».")], intent="course")
    shown = held[:LIST_SHOWN]
    lines = [f"Trong các lớp vừa rồi, lớp học {label}:",
             *(compose.course_line(c, t.deps.tz, t.now) for c in shown)]
    if len(held) > len(shown):
        lines.append(f"Còn {vn.number(len(held) - len(shown))} lớp nữa; anh/chị hỏi cụ thể hơn để xem.")
    labels = compose.apart([c.title for c in shown], [compose.course_details(c, t.deps.tz) for c in shown])
    buttons = tuple(Button(f"Chi tiết: {label}", callbacks.pack("c", c.id)) for c, label in zip(shown, labels, strict=True))
    # The list's own question stays the subject's: «buổi tối» next narrows the same list, not this one.
    # A list still when one is left («lớp này» is that one), so another part of the day narrows it again.
    t.subject = replace(subject, kind="courses", codes=tuple(c.code for c in shown), titles=tuple(c.title for c in shown),
                        focus=shown[0].code if len(shown) == 1 else None, best=())
    t.state.pop("next", None)
    return Outcome([Reply("\n".join(lines), buttons)], intent="course",
                   matches=tuple(Match("course", c.code, c.title, 1.0) for c in shown))


# A class code as organisers write them («CT-26-05», «MAU-003», «HN26_12», «KCN.01»): letters and a number joined by
# a dash, a dot or an underscore. With a word of classes or of registering around it, it names one class.
# Its middle parts may be letters alone («CDVC-HN-01», «LDHCM-CUM-01»): read whole, not from its last part.
_CODE_LIKE = re.compile(r"(?<![\w/.-])([A-Za-z]{1,8}\d{0,4}(?:[-_.][A-Za-z]{1,8}\d{0,4})*"
                        r"(?:[-_.][A-Za-z]{0,8}\d{1,4}[A-Za-z]?)+)(?![\w/])")
_NOT_CODES = frozenset({"covid", "sars", "iso", "tcvn", "qcvn", "ohsas", "sa", "h"})
# Shorthand typed in lower case that a number joins with a dash: months, quarters, batches, days, years.
_NOT_LOWER_CODES = frozenset({"thang", "thg", "th", "quy", "dot", "ngay", "tuan", "nam", "lop", "khoa", "so", "tu",
                              "den", "toi", "hoi", "ban", "gio", "h"})
_CLASS_OR_REGISTER = re.compile(r"\b(?:lop|khoa|khoa hoc|ma lop|ma|dang ky|dky|dk|ghi danh|ghi ten)\b")


def _unknown_code(text: str, t: Turn) -> Outcome | None:
    """«đăng ký lớp CT-26-05», «lớp MAU-099 học ở đâu» where no class has that code: said so, with how to find the
    code, never another class put in its place (a registration above all). None: no such code in the message,
    or a class has it."""
    if not _CLASS_OR_REGISTER.search(fold(text)):
        return None
    idx = t.deps.knowledge.engine().courses
    # Typed in capitals as codes are printed, or in lower case on a phone («ct-26-05», «ab12-3»: two letters or
    # more with a number); a standard's or an illness's name («COVID-19», «ISO-45001») is none, nor a month or a
    # batch in shorthand («t12-2026», «dot1-2»).
    typed = [c for m in _CODE_LIKE.finditer(clean(text))
             if (prefix := re.split(r"[\d\-_.]", (c := m.group(1)), maxsplit=1)[0].lower()) not in _NOT_CODES
             and (c.upper() == c or (len(prefix) >= 2 and prefix not in _NOT_LOWER_CODES and re.search(r"\d", c)))]
    unknown = [c for c in typed if c.lower() not in idx.by_code and fold(c) not in idx.by_code]
    if not unknown or len(unknown) != len(typed):
        return None
    code = unknown[0].upper()
    return Outcome([Reply(f"Mình không tìm thấy lớp nào có mã «{code}». Anh/chị kiểm tra lại mã lớp (ghi trong chi tiết "
                          "từng lớp, dòng «Mã lớp»), hoặc gõ tên lớp, ví dụ «đăng ký lớp an toàn lao động».")],
                   intent="course")


def _no_targets_of_year(ans: Answer, t: Turn) -> str | None:
    """«chỉ tiêu năm nay» with no union, province or profile to go by, where no plan in the data sets a target for
    that year: said so plainly, never another year's or another union's figures offered as if they answered it."""
    time = ans.slots.time
    if (ans.intent not in ("target", "target_where") or time is None or time.year is None
            or (time.year_end or time.year) != time.year or ans.slots.org_ids or ans.slots.provinces
            or ans.used_profile or ans.no_own_targets or ans.slots.org_kinds):
        return None
    year = time.year
    if year < t.now.astimezone(t.deps.tz).year:  # a past year the data holds nothing of: the engine's answer says so
        return None
    held = [it for it in t.deps.knowledge.engine().knowledge.items
            if it.kind == "target" and it.year is not None and it.year <= year <= (it.year_end or it.year)]
    if held:
        return None
    return (f"Chưa có chỉ tiêu đào tạo năm {year} nào trong dữ liệu của mình: kế hoạch năm {year} của các đơn vị "
            "chưa được nạp vào bot. Anh/chị hỏi lại sau, hoặc hỏi chỉ tiêu các năm trước, ví dụ «chỉ tiêu năm 2018 "
            "của LĐLĐ tỉnh Lạng Sơn».")


# Besides a place's name, what a message of a place alone may say (folded): its kind, «ở», courtesy.
_PLACE_ALONE_WORDS = frozenset(re.findall(r"\w+", """phuong xa thi tran dac khu huyen quan thi xa tinh thanh pho tp
    khu vuc cu o tai a nhe nha oi ad ak ah"""))
_PLACE_KINDS = frozenset({"province", "district"})  # unions that are a place's: a province's, a former district's
_PLACE_ALONE_MAX = 6


def _place_alone(text: str, t: Turn, *, in_view: bool = False) -> bool:
    """Whether a message is only a place's name (a province, former province or district, a ward the plans name),
    with no class list in view to narrow (`in_view`: whatever is in view): asked as «lớp ở …»."""
    listed = t.subject is not None and t.subject.kind in ("course", "courses")
    if (listed and not in_view) or len(text.split()) > _PLACE_ALONE_MAX or any(ch.isdigit() for ch in text):
        return False
    engine = t.deps.knowledge.engine()
    alone = engine.answer(text, now=t.now, profile=_profile(t))
    slots = alone.slots
    if slots.topics or slots.roles or slots.time or slots.formats or slots.doc_numbers or not slots.phrases:
        return False
    if any(kind not in ("place", "province", "org") for kind, _ in slots.phrases):
        return False
    if any(engine.org_kinds.get(o) not in _PLACE_KINDS for o in slots.org_ids) and not (slots.provinces or slots.places):
        return False  # a union's name (a company's, a sector's) asks about that union
    said = {w for _, phrase in slots.phrases for w in phrase.split()}
    return set(alone.norm.tokens) - said <= _PLACE_ALONE_WORDS


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_ONLY_WORDS = 10
# What «Hà Nội năm 2017 thì sao» says besides its unit and year (folded): it asks for that unit's figures then.
_YEAR_ONLY_FILLER = frozenset(re.findall(r"\w+", """nam thi sao the nao ra con vay co gi khong ko k a ah nhi nhe
    nha ha oi ad ban oi cua o tai so lieu ket qua bao nhieu the thi"""))


def _no_figures_of_year(ans: Answer, t: Turn) -> str | None:
    """«hà nội năm 2017 thì sao»: a unit and a year and nothing else asked, where the data holds figures of that
    unit but none of that year. Said so, with the years it has, never another year's figures or a class list
    relaxed to fit. None for any other question (one naming a topic, an audience, classes, targets…)."""
    slots, time = ans.slots, ans.slots.time
    if (time is None or time.year is None or (time.year_end or time.year) != time.year
            or not (slots.provinces or slots.org_ids)
            or slots.topics or slots.roles or slots.formats or slots.doc_numbers):
        return None
    said = {w for kind, phrase in slots.phrases for w in phrase.split()} | {str(time.year)}
    if not set(ans.norm.tokens) - said <= _YEAR_ONLY_FILLER:
        return None
    engine = t.deps.knowledge.engine()
    keys = {province_key(p) for p in slots.provinces}
    ids = set(slots.org_ids)
    theirs = [it for it in engine.knowledge.items if it.kind in ("fact", "target") and it.year is not None
              and ((it.org_ids and it.org_ids[0] in ids) or (keys and province_key(it.province) in keys))]
    year = time.year
    if not theirs or any(it.year == year and (it.year_end or it.year) == year for it in theirs):
        return None
    unit = next((engine.orgs[o].name for it in theirs for o in it.org_ids[:1] if o in engine.orgs), "")
    facts = sorted({it.year for it in theirs if it.kind == "fact" and it.year is not None})
    plans = sorted({(it.year, it.year_end or it.year) for it in theirs if it.kind == "target" and it.year is not None})
    has = []
    if facts:
        has.append("số liệu năm " + ", ".join(str(y) for y in facts))
    if plans:
        has.append("chỉ tiêu " + ", ".join(f"năm {a}" if a == b else f"giai đoạn {a}–{b}" for a, b in plans))
    return compose.NO_FIGURES_OF_YEAR.format(year=year, unit=compose.unit(unit) if unit else "đơn vị này",
                                             has="; ".join(has))


def _miss(head: str, t: Turn) -> str:
    """A miss explains what the bot can do the first time; after that a one-line hint is enough."""
    if t.state.get("helped"):
        return head + "\n\n" + compose.HINT
    t.state["helped"] = True
    return head + "\n\n" + compose.ABLE_SHORT


def _help(t: Turn) -> str:
    return compose.HELP_ORGANISER if _is_organiser(t) else compose.HELP


def _is_organiser(t: Turn) -> bool:
    return store.is_organiser(session=t.session, channel=t.msg.channel, user_id=t.msg.user_id)


# ------------------------------------------------------------------ buttons

def on_button(data: str, t: Turn) -> list[Reply]:
    """A button press (or its number typed back), routed by its prefix."""
    d = callbacks.unpack(data)
    if d.prefix == callbacks.CONFIRM:
        inner = callbacks.unpack(d.rest)
        route = ROUTES.get(inner.prefix)
        return route(inner, t) if route is not None and _destructive(inner) else [Reply(compose.STALE)]
    if _destructive(d):
        return _confirm(d, t)
    route = ROUTES.get(d.prefix)
    return route(d, t) if route is not None else [Reply(compose.STALE)]


def _destructive(d: callbacks.Data) -> bool:
    """Choices that destroy something ask first: a number typed for the wrong list must not do harm."""
    return d.prefix == "rc" or (d.prefix == "lk" and d.fields == ("off",)) or (
        d.prefix == "bc" and d.fields == ("cancel",))


def _confirm(d: callbacks.Data, t: Turn) -> list[Reply]:
    data = callbacks.pack(d.prefix, *d.fields)
    if d.prefix == "rc":
        cid = d.ident()
        course = t.session.get(Course, cid) if cid is not None else None
        if course is None:
            return [Reply(compose.STALE)]
        mine = registrations.my_registrations(session=t.session, profile=t.profile, now=t.now)
        if course.id not in {r.course_id for r in mine}:
            return _registration(d, t)  # no place to give up: nothing to confirm, the core says so
        question = compose.CONFIRM_CANCEL_PLACE.format(title=course.title, when=compose.when_text(course, t.deps.tz))
        yes = "Có, hủy chỗ"
    elif d.prefix == "lk":
        question, yes = compose.CONFIRM_UNLINK, "Có, hủy liên kết"
    else:
        question, yes = compose.CONFIRM_CANCEL_DRAFT, "Có, hủy thông báo"
    return [Reply(question, (Button(yes, callbacks.confirmed(data)), Button("Không, giữ nguyên", "no")))]


def _course_detail(d: callbacks.Data, t: Turn) -> list[Reply]:
    engine = t.deps.knowledge.engine()
    cid = d.ident()
    pos = engine.courses.by_id.get(cid) if cid is not None else None
    if pos is None:
        return [Reply(compose.STALE)]
    course = engine.courses.courses[pos]
    t.subject = _focus(t.subject, course.code, course.title)
    return [compose.course_detail(course, t.deps.tz, t.now, enrol.seats_of(t.session, course.id))]


def _focus(subject: Subject | None, code: str, title: str) -> Subject:
    """The class just opened becomes the one a follow-up («lớp này ở đâu?») is about; a list it came from
    stays for «cái thứ 2»."""
    if subject is not None and code in subject.codes:
        return subject.focused(code)
    return Subject(kind="course", codes=(code,), titles=(title,))


def _knowledge(d: callbacks.Data, t: Turn) -> list[Reply]:
    item = _knowledge_item(t.deps.knowledge.engine(), d.rest)
    return [Reply(compose.item_text(item))] if item else [Reply(compose.STALE)]


def _next_page(d: callbacks.Data, t: Turn) -> list[Reply]:
    """The next courses of the last long list."""
    offset = d.ident()
    if offset is None or not t.state.get("q"):
        return [Reply(compose.STALE)]
    return _page(offset, t)


def _page(offset: int, t: Turn) -> list[Reply]:
    """The classes of the last long list from `offset` on; a typed «xem thêm» then goes on from there."""
    question = str(t.state.get("q") or "")
    ans = t.deps.knowledge.engine().answer(question, now=t.now, profile=_profile(t), offset=offset)
    if not ans.courses:
        t.state.pop("next", None)
        return [Reply(compose.NO_MORE)]
    t.subject = subject_of(ans) or t.subject
    after = ans.course_offset + len(ans.courses)
    if after < ans.course_total:
        t.state["next"] = after
    else:
        t.state.pop("next", None)
    return compose.courses_reply(ans, t.deps.tz, t.now, buttons=t.buttons)


def _proceed(t: Turn) -> enrol.Proceed:
    return lambda action, course_id: _with_undo(
        _register_action(action, course_id, t, confirmed=True, checked=True), action, course_id)


def _in_view(subject: Subject | None, code: str) -> bool:
    """Whether `code` is the one class the conversation is on: the only class shown, or the one it went on
    about (opened, asked about, offered instead of one turned away)."""
    if subject is None:
        return False
    return subject.focus == code or subject.codes == (code,)


# «ĐK cho CNLĐ cty e», «đăng ký cho anh em công nhân», «cử 3 người đi học» (folded): a place for other people,
# which a chair arranges with the organiser, not the chair's own registration.
_FOR_OTHERS = re.compile(r"\bcho (?:cac |nhung |may )?(?:cnld|cn|cong nhan|nld|nguoi lao dong|lao dong|anh em|chi em|"
                         r"doan vien|dv|can bo|cb|moi nguoi|ca|nhan vien|nv|hoc vien|nguoi|ban|\d+)\b|\bcu\b")


# «đăng ký cho anh Hùng», «dk giúp chị Lan», «cho đ/c Tuấn», «cho đồng chí phó chủ tịch» (folded): a kinship word
# followed by a name or a role is another person; one followed by nothing or by filler («cho chị lớp này», «cho
# em nhé», «giúp a với», «cho em ghi danh») is the chair speaking of themselves. «đ/c», «đồng chí» never name oneself.
_KIN = r"(?:anh|a|chi|c|em|e|co|chu|bac|ong|ba|di|cau|mo|thim|ban|bn|sep|thay)"
_SELF_AFTER_KIN = frozenset(re.findall(r"\w+", """lop khoa nay do kia voi vs nhe nha nhen a ak ah ha nhi luon di cai
    the thi la cung nua ngay truoc sau moi o hen ghi dang dk dki dky xin tham hoc vao duoc dc lam mot 1 suat cho ve
    ra tu chu"""))
_ANOTHER_NAMED = re.compile(rf"\b(?:cho|giup|ho|dum)(?: ca| luon)? {_KIN} (?P<after>\w+)|\b(?:cho|giup|ho|dum) "
                            r"(?P<role>chu tich|pho chu tich|ke toan|thu quy|uy vien|truong ban|to truong)\b")
# «không đăng ký lớp này», «chưa muốn đk», «thôi khỏi đăng ký», «đừng đăng ký»: a «đăng ký» that is no request.
_NOT_REQUEST = re.compile(r"\b(?:khong|ko|k|kg|hok|hong|chua|dung|thoi|huy|chang|cha|khoi)(?: \w+){0,2}? "
                          r"(?:dang ky|dang ki|dki|dky|dk|ghi danh)\b")
# Asking about registering rather than asking to be registered: «làm sao để đăng ký», «đăng ký được không», «có
# mất phí không», «hạn khi nào», a trailing «không/chưa/nhỉ» or a question mark.
_ASKS_ABOUT = re.compile(r"\?|\b(?:the nao|ntn|lam sao|lam the nao|cach|bao gio|khi nao|luc nao|bao nhieu|o dau|"
                         r"phi|hoc phi|le phi|han|thu tuc|can gi|can nhung gi|co (?:\w+ ){0,6}?(?:khong|ko|k|kg|hong|"
                         r"hok|chua)|(?:duoc|dc) (?:khong|ko|k|kg|hong|hok|chua))\b|\b(?:khong|ko|kg|hok|hong|chua|"
                         r"nhi|ha|sao|gi|j|nao)\s*$")

# About the people registered, not a request to be one: «ai đã đăng ký lớp LS-11», «danh sách người đăng ký»,
# «số điện thoại người đăng ký», «bao nhiêu người đk rồi».
_ABOUT_REGISTRANTS = re.compile(r"\b(?:nguoi|ai|danh sach|ds|so luong|bao nhieu|nhung ai)(?: \w+){0,2}? "
                                r"(?:da |dang )?(?:dang ky|dang ki|dki|dky|dk|ghi danh)\b")


def _for_others(text: str) -> bool:
    folded = fold(text)
    if _FOR_OTHERS.search(folded) or re.search(r"\b(?:d/c|dong chi)\b", folded):
        return True
    return any(m.group("role") or m.group("after") not in _SELF_AFTER_KIN for m in _ANOTHER_NAMED.finditer(folded))


def _plain_request(text: str) -> bool:
    """Whether a typed «đăng ký lớp này» asks plainly to register the chair: not a negation («không đăng ký lớp
    này»), not a question about registering («đăng ký lớp này thế nào», «… có mất phí không»), not for another
    person («đăng ký cho anh Hùng»). Anything else gets the class's card with its register button: a place is
    never taken on a guess; nor is a question about who registered («danh sách người đăng ký lớp này»)."""
    folded = fold(text)
    return not (_NOT_REQUEST.search(folded) or _ASKS_ABOUT.search(folded) or _ABOUT_REGISTRANTS.search(folded)
                or _for_others(text))


# How registering is done, asked of the class in view: «đăng ký thế nào», «làm sao để đk», «cách đăng ký».
_REGISTER_HOW = re.compile(
    r"\b(?:dang ky|dang ki|dk|dky)\b(?: \w+){0,3}? (?:the nao|nhu the nao|ntn|ra sao|sao a|bang cach nao|o dau)\b"
    r"|\b(?:lam sao|lam the nao|cach|huong dan|thu tuc)(?: \w+){0,2}? (?:de )?(?:dang ky|dang ki|dk|dky)\b")
_FEE = re.compile(r"\b(?:phi|hoc phi|le phi|mat tien|ton tien|tra tien|dong tien|bao nhieu tien|mien phi)\b")
_DEADLINE_ASKED = re.compile(r"\bhan\b(?: \w+){0,2}? (?:khi nao|bao gio|luc nao|ngay nao|den|toi|la)\b"
                             r"|\b(?:den|truoc|toi) (?:khi nao|bao gio|ngay nao)\b|\bhet han\b|\bcon kip\b")


def _how_to_register(text: str, t: Turn) -> Outcome | None:
    """«đăng ký như thế nào», «làm sao để đăng ký», «dang ky ntn» naming no class: how registering works, never
    a follow-up of the list in view (which would offer its classes to register). With one class in view, the
    steps for it; nothing is registered either way."""
    if not _REGISTER_HOW.search(fold(text)):
        return None
    alone = t.deps.knowledge.engine().answer(text, now=t.now, profile=_profile(t))
    if alone.intent != "register_how":
        return None  # a class named or pointed at («đăng ký lớp này thế nào»): the question about it
    in_view = _class_in_view(t.subject, t)
    if in_view is not None:
        return Outcome([compose.register_how_reply(in_view, t.deps.tz, t.now, buttons=t.buttons)], alone)
    return Outcome([Reply(compose.how_to_register(buttons=t.buttons))], alone)


def _asked_of_registering(text: str) -> str | None:
    """What a question about registering for the class in view asks: "fee" (does it cost), "deadline" (until
    when), "how" (the steps); None for anything else (the card and its register step answer it)."""
    folded = fold(text)
    if _FEE.search(folded):
        return "fee"
    if _DEADLINE_ASKED.search(folded):
        return "deadline"
    if _REGISTER_HOW.search(folded):
        return "how"
    return None


def _register_typed(course_id: int, t: Turn) -> list[Reply]:
    """A registration asked in words for one class: the checks and the details form of a button press; with
    the details already given (with consent), the place at once, saying which details were used and how to
    undo it."""
    replies = _register_action("rg", course_id, t, confirmed=False)
    if len(replies) != 1 or not replies[0].text.startswith("Đã đăng ký"):
        return replies
    details = registrations.details_of(session=t.session, profile=t.profile) if t.msg.private else None
    used = ""
    if details is not None:  # never in a group: a phone number is personal data
        given = " — ".join(filter(None, (details.full_name, details.unit, details.phone)))
        used = f"\nThông tin đăng ký đã dùng: {given} (xem hoặc xóa bằng /hoso)."
    return _with_undo([replace(replies[0], text=replies[0].text + used)], "rg", course_id)


def _with_undo(replies: list[Reply], action: str, course_id: int) -> list[Reply]:
    """A place just taken (or a waiting-list entry) with its cancel choice beside the confirmation (asked
    once more before anything is given up)."""
    if action not in ("rg", "wl") or not replies or replies[-1].buttons:
        return replies
    if not replies[-1].text.startswith(("Đã đăng ký", "Anh/chị đang ở vị trí")):
        return replies
    undo = Button(btn.CANCEL_THIS_REGISTRATION, callbacks.pack("rc", course_id))
    return [*replies[:-1], replace(replies[-1], buttons=(undo,))]


def _registration(d: callbacks.Data, t: Turn) -> list[Reply]:
    """The buttons under a course: register ("rg"), join the waiting list ("wl"), cancel ("rc", confirmed by
    `on_button` before it gets here); "rgy"/"wly" register after the person saw a mismatch warning."""
    course_id = d.ident()
    if course_id is None:
        return [Reply(compose.STALE)]
    action = d.prefix[:2]
    return _register_action(action, course_id, t, confirmed=d.prefix != action or action == "rc")


def _register_action(action: str, course_id: int, t: Turn, *, confirmed: bool, checked: bool = False) -> list[Reply]:
    if action == "rg" and not checked:
        full = _full_first(course_id, t)
        if full is not None:
            return full
    if not checked:  # details asked once, mismatch and overlap warnings (handlers/enrol.py)
        early = enrol.before(action, course_id, t.msg, t.deps, t.session, confirmed=confirmed, proceed=_proceed(t),
                             said=_said(t))
        if early is not None:
            return early
    session, profile, now, tz = t.session, t.profile, t.now, t.deps.tz
    if action == "rg":
        result = registrations.register(session=session, course_id=course_id, profile=profile, now=now)
    elif action == "wl":
        result = registrations.join_waitlist(session=session, course_id=course_id, profile=profile, now=now)
    else:
        result = registrations.cancel(session=session, course_id=course_id, profile=profile, now=now, tz=tz,
                                      wording=t.deps.wording)
    reply = Reply(compose.registration_result(result.status, result.course, tz, result.position))
    if result.status == "full":
        reply = Reply(reply.text, (Button(btn.JOIN_WAITING_LIST, callbacks.pack("wl", course_id)),))
    replies = [reply]
    if result.status in ("closed", "started", "cancelled", "not_open", "postponed") and result.course is not None:
        replies = _instead(replies, result.course, t)
    return replies


def _full_first(course_id: int, t: Turn) -> list[Reply] | None:
    """A class that takes registrations but has no place left for this person: said at once, with its waiting
    list and a class like it that still has room, before any details are asked (which the waiting list asks
    for only when chosen). None: the registration goes on as usual."""
    course = t.session.get(Course, course_id)
    if (course is None or not registrations.takes_registrations(course, t.now)
            or not registrations.full_for(session=t.session, course=course, profile=t.profile)):
        return None
    full = Reply(compose.registration_result("full", course, t.deps.tz),
                 (Button(btn.JOIN_WAITING_LIST, callbacks.pack("wl", course.id)),))
    return _instead([full], course, t, room=True)


def _instead(replies: list[Reply], course: Course, t: Turn, *, room: bool = False) -> list[Reply]:
    """Politely refused: the next course like it that still takes registrations (`room`: and has a place
    left); for one without a day yet, one that has its day, or else where to look."""
    dated = bool(course.tentative) and course.status == "planned"
    nxt = registrations.next_suitable(session=t.session, course=course, now=t.now, dated=dated, room=room)
    engine = t.deps.knowledge.engine()
    pos = engine.courses.by_id.get(nxt.id) if nxt is not None else None
    if pos is not None:
        offer = engine.courses.courses[pos]
        t.subject = _offered(t.subject, course, offer)
        return [*replies, compose.instead(offer, t.deps.tz, dated=dated, topic=course.topic)]
    if dated and replies:
        return [*replies[:-1], replace(replies[-1], text=replies[-1].text + " " + compose.SEE_OPEN)]
    return replies


def _offered(subject: Subject | None, refused: Course, offer: CourseRec) -> Subject:
    """The talk after a class was turned away and another offered: the one offered is in view («đăng ký lớp
    đó», «lớp kia» go to it), the one turned away talked of before it, the list they came from kept."""
    if subject is None or subject.kind not in ("course", "courses") or refused.code not in subject.codes:
        subject = Subject(kind="course", codes=(refused.code,), titles=(refused.title,))
    if offer.code not in subject.codes:
        subject = replace(subject, kind="courses", codes=(*subject.codes, offer.code),
                          titles=(*subject.titles, offer.title))
    return replace(subject.focused(refused.code).focused(offer.code), offered=offer.code)


def _my_schedule(t: Turn) -> list[Reply]:
    """/lich: my places and waiting-list entries, each with a cancel button; else the classes for me."""
    rows = registrations.my_registrations(session=t.session, profile=t.profile, now=t.now)
    if not rows:
        # Not «tháng này»: a month with no class of the asker's role there sent them to another province's classes
        # when their own has one next month.
        replies = on_question("lớp sắp tới dành cho tôi", t).replies
        return [Reply("Anh/chị chưa đăng ký lớp nào. Các lớp sắp tới phù hợp với anh/chị:"), *replies]
    lines: list[str] = []
    for r in rows:
        # «lớp của em còn học không»: a class called off or put off is said first, with the organiser's note.
        c = r.course
        note = f" Ghi chú của ban tổ chức: {c.description}" if c.description else ""
        if c.status == "cancelled":
            state = "tạm hoãn (lịch cũ đã hủy)" if postponed(c.description) else "đã bị hủy"
            lines.append(f"Lớp «{c.title}» của anh/chị {state}.{note}")
        elif c.status == "postponed":
            lines.append(f"Lớp «{c.title}» của anh/chị {compose.put_off(c, t.deps.tz, opening=False)}.{note}")
    if lines:
        lines.append("")
    lines.append("Lịch học của anh/chị:")
    buttons: list[Button] = []
    for r in rows:
        c = r.course
        state = "đã đăng ký" if r.status == "registered" else (
            f"danh sách chờ, vị trí {registrations.waitlist_position(session=t.session, registration=r)}")
        where = compose.place_of(c.venue, c.province)
        when = compose.when_text(c, t.deps.tz) if c.tentative else compose.at_time(c, c.starts_at, t.deps.tz)
        lines.append(f"• {c.title} — {when}" + (f", {where}" if where else "")
                     + f" ({state})" + (" — LỚP ĐÃ HỦY" if c.status == "cancelled" else ""))
        buttons.append(Button(f"Hủy: {c.title}", callbacks.pack("rc", c.id)))
    return [Reply("\n".join(lines), tuple(buttons))]


def _knowledge_item(engine: QAEngine, ref: str) -> Item | None:
    letter, _, ident = ref.partition(":")
    if not is_id(ident):
        return None
    for item in engine.knowledge.items:
        if item.kind[0] == letter and item.rec.id == int(ident):
            return item
    return None


def _declined(d: callbacks.Data, t: Turn) -> list[Reply]:
    return [Reply(compose.KEPT)]


def _organiser(d: callbacks.Data, t: Turn) -> list[Reply]:
    return organiser.on_button(d.rest, t.msg, t.deps, t.session)


def _preferences(d: callbacks.Data, t: Turn) -> list[Reply]:
    return preferences.on_button(d.rest, t.msg, t.session, t.now) or [Reply(compose.STALE)]


def _profile_step(d: callbacks.Data, t: Turn) -> list[Reply]:
    if d.fields == ("save",):
        return _save_said(t)
    if d.fields == ("forget",):
        return _forget_place(t)
    if d.fields == ("erase",):
        return [_erase_ask()] if t.msg.private else [Reply(compose.PROFILE_IN_GROUP)]
    if d.fields == ("eraseok",):
        return _erase_profile(t)
    if d.fields == ("role",):
        return [_role_question(t)]
    if d.fields == ("org",):
        return [_org_question(t)]
    return [Reply(compose.STALE)]


def _org_page(d: callbacks.Data, t: Turn) -> list[Reply]:
    page = d.ident()
    return [_org_question(t, page=page)] if page is not None else [Reply(compose.STALE)]


def _child_page(d: callbacks.Data, t: Turn) -> list[Reply]:
    parent, page = d.ident(0), d.ident(1)
    if parent is None or page is None:
        return [Reply(compose.STALE)]
    return [_child_question(parent, t, page=page)]


# ------------------------------------------------------------------ commands

def on_command(text: str, t: Turn) -> list[Reply]:
    """Slash commands; the bot's name after @ and arguments are tolerated."""
    head, _, arg = text.partition(" ")
    name = head[1:].split("@", 1)[0].lower()
    command = commands.lookup(name)
    if command is None:
        return [Reply(compose.UNKNOWN_COMMAND.format(cmd=_safe_cmd(name)))]
    return COMMAND_HANDLERS[command.name](arg, t)


def _targets(arg: str, t: Turn) -> list[Reply]:
    """/chitieu: the targets as text, as a question would get them, then the chart of the union the answer is
    about (a picture on Telegram, a link elsewhere)."""
    outcome = on_question(arg or "chỉ tiêu đào tạo năm nay", t)
    replies = outcome.replies
    ans = outcome.answer
    if not replies or ans is None or ans.intent != "target" or ans.band == "low" or not ans.items:
        return replies
    photo = charts.photo_for(t.session, ans.items[0].rec.organisation_id, year=t.now.year,
                             channel=t.msg.channel, public_url=t.deps.public_url)
    if photo is None:
        return replies
    return [*replies[:-1], replace(replies[-1], photo=photo)]


def _link(code: str, t: Turn) -> list[Reply]:
    """/lienket: a code to type on the other app; /lienket CODE: link this account with that one."""
    msg, session, now = t.msg, t.session, t.now
    if not msg.private:
        return [Reply(compose.LINK_IN_GROUP)]
    if code:
        # Six digits are guessable without a limit: a few wrong tries per hour per account, then a pause.
        fails = [x for x in t.state.get("link_fails", []) if now.timestamp() - x < 3600]
        if len(fails) >= LINK_TRIES:
            return [Reply(compose.LINK_TOO_MANY)]
        other = store.redeem_link_code(session=session, code=code, channel=msg.channel, user_id=msg.user_id, now=now)
        if other is None:
            t.state["link_fails"] = [*fails, now.timestamp()]
            return [Reply(compose.LINK_BAD)]
        name = compose.CHANNEL_NAMES.get(other.channel, other.channel)
        return [Reply(compose.LINK_DONE.format(other=name))]
    new_code = store.create_link_code(session=session, channel=msg.channel, user_id=msg.user_id, now=now)
    replies = [Reply(compose.LINK_CODE.format(code=new_code))]
    accounts = store.linked_accounts(session=session, profile=t.profile)
    if len(accounts) > 1:
        apps = ", ".join(compose.CHANNEL_NAMES.get(a.channel, a.channel) for a in accounts)
        chosen = store.notify_channel(session=session, profile=t.profile)
        where = compose.CHANNEL_NAMES.get(chosen, chosen) if chosen else "ứng dụng anh/chị dùng gần nhất"
        buttons = [Button(f"Nhận tin qua {compose.CHANNEL_NAMES.get(c, c)}", callbacks.pack("lk", "ch", c))
                   for c in dict.fromkeys(a.channel for a in accounts)]
        buttons += [Button("Nhận tin qua ứng dụng dùng gần nhất", callbacks.pack("lk", "ch", "auto")),
                    Button("Hủy liên kết", callbacks.pack("lk", "off"))]
        replies.append(Reply(f"Tài khoản của anh/chị đang liên kết: {apps}. Tin nhắc lịch và thông báo gửi qua: "
                             f"{where}.", tuple(buttons)))
    return replies


def _link_button(d: callbacks.Data, t: Turn) -> list[Reply]:
    session, profile = t.session, t.profile
    if d.fields == ("off",):
        done = store.unlink(session=session, channel=t.msg.channel, user_id=t.msg.user_id)
        return [Reply("Đã hủy liên kết. Hai tài khoản giờ dùng riêng hồ sơ." if done else compose.STALE)]
    if len(d.fields) != 2 or d.fields[0] != "ch" or profile.person_id is None:
        return [Reply(compose.STALE)]
    channel = d.fields[1]
    if channel == "auto":
        store.set_notify_channel(session=session, profile=profile, channel=None)
        return [Reply("Từ giờ tin nhắc lịch gửi qua ứng dụng anh/chị dùng gần nhất.")]
    if channel not in {a.channel for a in store.linked_accounts(session=session, profile=profile)}:
        return [Reply(compose.STALE)]
    store.set_notify_channel(session=session, profile=profile, channel=channel)
    return [Reply(f"Từ giờ tin nhắc lịch gửi qua {compose.CHANNEL_NAMES.get(channel, channel)}.")]


def _safe_cmd(cmd: str) -> str:
    return "/" + (cmd[:30] if cmd else "")


def _start(payload: str, t: Turn) -> list[Reply]:
    profile = t.profile
    picked = ""
    payload = payload.strip()
    if payload:
        # A deep link (t.me/<bot>?start=<union code>) pre-selects the union.
        org = store.find_organisation(session=t.session, ref=payload[:64])
        if org is not None:
            org = unions.current_of(t.session, org)  # a link to a union that ended in 2025: today's
            profile.organisation_id = org.id
            profile.province = org.province
            picked = f"\n\nĐơn vị của anh/chị: {org.name} (đổi bằng /hoso)."
    replies = [Reply(compose.WELCOME + picked)]
    if not profile.role:
        replies.append(_role_question(t))
    elif profile.organisation_id is None and profile.province is None:
        replies.append(_org_question(t))
    return replies


def _role_question(t: Turn) -> Reply:
    t.state["await"] = "role"  # a role typed instead of a number is read too (on_role_typed)
    return Reply("Anh/chị cho mình biết vai trò của mình để gợi ý lớp phù hợp:",
                 tuple(Button(r.label, callbacks.pack("role", r.key)) for r in ROLES))


def _show_profile(t: Turn) -> list[Reply]:
    if not t.msg.private:  # a group sees every reply: a name, unit and phone are for their owner only
        return [Reply(compose.PROFILE_IN_GROUP)]
    p = t.profile
    role = compose.role_label(p.role) if p.role else "chưa chọn"
    org = p.organisation.name if p.organisation else "chưa chọn"
    lines = ["Hồ sơ của anh/chị:", f"• Vai trò: {role}", f"• Đơn vị: {org}",
             f"• Tỉnh/thành phố: {_today(p.province) if p.province else 'chưa chọn'}"]
    place = _said(t).get("place")
    forget: tuple[Button, ...] = ()
    if place:  # said in this conversation: the asker's own data too, so shown and erasable here
        lines.append(compose.PLACE_KEPT_LINE.format(place=place))
        forget = (Button(btn.FORGET_PLACE, callbacks.pack("hs", "forget")),)
    details, delete = enrol.profile_lines(t.msg, t.session)  # registration details, visible and deletable
    lines += details
    return [Reply("\n".join(lines), (Button(btn.CHANGE_ROLE, callbacks.pack("hs", "role")),
                                     Button(btn.CHANGE_UNION, callbacks.pack("hs", "org")), *forget, *delete,
                                     Button(btn.ERASE_PROFILE, callbacks.pack("hs", "erase"))))]


def _erase_ask() -> Reply:
    return Reply(compose.ERASE_PROFILE_ASK, (Button(btn.ERASE_PROFILE_OK, callbacks.pack("hs", "eraseok")),
                                             Button(btn.DONT_DELETE, callbacks.pack("dk", "keep"))))


def _erase_profile(t: Turn) -> list[Reply]:
    """The whole profile erased (Law 91/2025), in a private chat only: a group's button is anyone's to press."""
    if not t.msg.private:
        return [Reply(compose.PROFILE_IN_GROUP)]
    registrations.erase_profile(session=t.session, profile=t.profile)
    t.state.clear()  # what the conversation kept (a ward said, the list in view) goes too
    t.subject = None
    return [Reply(compose.ERASED_PROFILE)]


def _forget_place(t: Turn) -> list[Reply]:
    """The ward or commune said in this conversation, erased (the right to erase one's data, Law 91/2025)."""
    said = dict(t.state.get("said") or {})
    place = said.pop("place", None)
    if not place:
        return [Reply(compose.STALE)]
    t.state["said"] = said
    return [Reply(compose.PLACE_FORGOTTEN.format(place=place))]


ORG_PAGE = 8  # unions per page of buttons; more behind "Xem thêm"


def _org_buttons(orgs: list[Organisation], page: int, more_data: str) -> tuple[Button, ...]:
    start = page * ORG_PAGE
    buttons = [Button(o.name, callbacks.pack("org", o.id)) for o in orgs[start:start + ORG_PAGE]]
    if len(orgs) > start + ORG_PAGE:
        buttons.append(Button("Xem thêm đơn vị…", more_data))
    return tuple(buttons)


def _org_question(t: Turn, *, page: int = 0, said: str | None = None) -> Reply:
    """Which union or province: a button each, and typing a name or code works too. A province `said` with
    the role («chủ tịch CĐCS ở Huế») proposes its union first; nothing is saved until the user chooses it."""
    t.state["await"] = "org"
    orgs = _provinces_first(store.top_organisations(session=t.session))
    proposed = unions.provincial_union(t.session, said) if said else None
    union = next((o for o in orgs if proposed is not None and o.id == proposed.id), None)
    if union is not None and page == 0:
        t.state["org_proposed"] = union.id
        orgs = [union, *(o for o in orgs if o.id != union.id)]
        return Reply(f"Anh/chị ở {_today(said)} phải không? Chọn «{union.name}» (hoặc gõ «đúng») để lưu, "
                     "hoặc chọn hay gõ tỉnh khác. Gõ «bỏ qua» để thôi.",
                     _org_buttons(orgs, page, callbacks.pack("og", page + 1)))
    return Reply("Anh/chị thuộc tỉnh/thành phố nào? Chọn bên dưới, hoặc gõ tên tỉnh hay tên công đoàn của mình "
                 "(ví dụ «Cần Thơ», «CĐ phường Sóc Trăng»). Gõ «bỏ qua» để thôi.",
                 _org_buttons(orgs, page, callbacks.pack("og", page + 1)))


def _provinces_first(orgs: list[Organisation]) -> list[Organisation]:
    """Today's provincial unions first, by province, then the other unions; a union that ended in 2025 (a
    merged province's, a district's) is not offered: typing its name still finds today's."""
    orgs = unions.offered(orgs)
    provinces = sorted((o for o in orgs if o.kind == "province"), key=lambda o: fold(o.province or o.name))
    chosen = {o.id for o in provinces}
    return [*provinces, *(o for o in orgs if o.id not in chosen)]


def _children(session: Session, parent_id: int) -> list[Organisation]:
    """The unions below one that a user may choose (today's: a former district's LĐLĐ is history)."""
    return unions.offered(store.child_organisations(session=session, parent_id=parent_id))


def _child_question(parent_id: int, t: Turn, *, page: int = 0) -> Reply:
    children = _children(t.session, parent_id)
    if not children:
        return Reply(compose.STALE)
    return Reply("Nếu anh/chị thuộc đơn vị cấp dưới, chọn tiếp (không thì không cần làm gì):",
                 _org_buttons(children, page, callbacks.pack("oc", parent_id, page + 1)))


def _set_org(d: callbacks.Data, t: Turn) -> list[Reply]:
    org_id = d.ident()
    org = t.session.get(Organisation, org_id) if org_id is not None else None
    if org is None:
        return [Reply(compose.STALE)]
    return _save_union(unions.current_of(t.session, org), t)


def _save_union(org: Organisation, t: Turn, *, said: str | None = None) -> list[Reply]:
    """Save the union chosen (and its province), then offer the unions below it, if any. A former province the
    user named for it («soc trang» for Cần Thơ's LĐLĐ) is kept as their province: it says which part of
    today's province they are in, and every reader takes it as today's (`QAEngine.today_profile`)."""
    t.profile.organisation_id = org.id
    t.profile.province = said if said and current_province(said) == current_province(org.province) else org.province
    t.state.pop("await", None)
    t.state.pop("org_proposed", None)
    t.state.pop("org_choices", None)
    replies = [Reply(_saved_union(org.name, org.province, said=said))]
    if _children(t.session, org.id):
        replies.append(_child_question(org.id, t))
    return replies


def _today(province: str | None) -> str:
    """A province as a chair should read it since the 2025 merger: «Sóc Trăng (nay thuộc Cần Thơ)»."""
    if province and is_former(province):
        return f"{province} (nay thuộc {current_province(province)})"
    return province or ""


def _saved_union(name: str, province: str | None, *, said: str | None = None) -> str:
    """«Đã lưu đơn vị: …»; a former province the user named, or the profile still holds, is said to be part
    of today's («Sóc Trăng nay thuộc Cần Thơ»)."""
    note = ""
    former = said if said and is_former(said) else province if province and is_former(province) else None
    if former:
        note = f" ({'' if name == former else former + ' '}nay thuộc {current_province(former)})"
    return (f"Đã lưu đơn vị: {name}{note}. Từ giờ mình ưu tiên lớp và chỉ tiêu ở đó. Gõ /khoahoc để xem lớp "
            "sắp tới, /hoso để đổi.")


def _role_menu_in_view(t: Turn) -> bool:
    """Whether the choices a number picks now are the role menu's, every one of them."""
    choices = [str(c) for c in t.state.get("choices") or []]
    return bool(choices) and all(c.startswith(callbacks.pack("role", "")) for c in choices)


def on_role_typed(text: str, t: Turn) -> Outcome:
    """The answer to "what is your role?" typed as words («chu tich», «pct cđcs», «đoàn viên»)."""
    t.state.pop("await", None)
    if fold(text) in ("bo qua", "thoi", "huy", "khong"):
        return Outcome([Reply("Đã bỏ qua. Anh/chị có thể chọn vai trò bất cứ lúc nào bằng /hoso.")])
    if small_talk(text) == "greeting":
        # «xin chào», «alo ad» at the role step: a word back, not the whole welcome. The role menu the user
        # was just shown is still the last one (its numbers still pick a role): pointed at, not printed again.
        if _role_menu_in_view(t):
            t.state["await"] = "role"
            return Outcome([Reply(compose.HELLO_AT_ROLE.format(pick="bấm chọn" if t.buttons else "gõ số"))],
                           intent="hello_at_role")
        asked = _role_question(t)
        return Outcome([replace(asked, text=f"{compose.HELLO_SHORT} {asked.text}")], intent="greeting")
    found = t.deps.knowledge.engine().matcher.find(normalise(text).tokens)
    hits = [h.value for h in found if h.kind == "role"]
    role = next((r for r in ROLES if hits and r.key == hits[0]), None)
    if role is not None and not _ASKS.search(fold(text)):
        replies = _set_role(callbacks.unpack(callbacks.pack("role", role.key)), t)
        place = next((h.value for h in found if h.kind == "province"), None)
        if place:
            # Kept as any place said of oneself is (with the moment, which `_said` needs to keep it): a question
            # asked instead of choosing the union proposed is asked of that province.
            t.state["said"] = {**(t.state.get("said") or {}), "province": place, "at": t.now.isoformat()}
        if place and t.state.get("await") == "org":
            # «chủ tịch CĐCS ở Huế»: the place said with the role proposes its union, not the whole list.
            replies = [*replies[:-1], _org_question(t, said=place)]
        return Outcome(replies)
    # A question asked instead of answering ours («lớp cho chủ tịch tháng sau»): answered; the role can
    # be chosen later with /hoso.
    return ask(text, t)


# A short message that opens as a follow-up or a question («còn tháng 1», «thế tháng sau», «lớp ở Huế»), typed while
# the union is asked for: a question asked instead of answering, not a union's name.
_FOLLOW_UP_OPENING = re.compile(r"(?:con|the|vay|the con|vay con|co lop|lop|khoa|chi tieu|dang ky|dk)\b")

# Words of a question rather than of a role named on its own («chủ tịch ạ», «mình là đoàn viên»).
_ASKS = re.compile(r"\b(?:lop|khoa|nao|gi|chi tieu|bao nhieu|khi nao|o dau|dang ky|co khong|ko|khong)\b|\?")


def _set_role(d: callbacks.Data, t: Turn) -> list[Reply]:
    role = next((r for r in ROLES if (r.key,) == d.fields), None)
    if role is None:
        return [Reply(compose.STALE)]
    if t.state.get("await") == "role":
        t.state.pop("await", None)
    t.profile.role = role.key
    if t.profile.organisation_id is None and t.profile.province is None:
        return [Reply(f"Đã lưu vai trò: {role.label}."), _org_question(t)]
    return [Reply(f"Đã lưu vai trò: {role.label}.")]


def on_org_typed(text: str, t: Turn) -> list[Reply]:
    """The answer to "which union or province are you in?": a union named as people type it (abbreviations,
    no diacritics, words left out) is saved when it names one; when several fit, or only the province is
    known for a union name not found, the user chooses — nothing else is saved in its place."""
    if fold(text) in ("bo qua", "thoi", "huy", "khong"):
        t.state.pop("await", None)
        t.state.pop("org_choices", None)
        return [Reply("Đã bỏ qua. Anh/chị có thể đổi bất cứ lúc nào bằng /hoso.")]
    listed = _listed_pick(text, t)  # «cái thứ 2», «đơn vị đầu tiên» of the unions offered
    if listed is not None:
        return listed.replies
    proposed = t.state.pop("org_proposed", None)
    if isinstance(proposed, int) and fold(text).strip(" .!") in _YES:
        return _set_org(callbacks.unpack(callbacks.pack("org", proposed)), t)
    choices = t.state.pop("org_choices", None)
    picked = text.strip().rstrip(".")
    if isinstance(choices, list) and picked.isdigit() and 1 <= int(picked) <= len(choices):
        return _set_org(callbacks.unpack(callbacks.pack("org", choices[int(picked) - 1])), t)
    asking = _ASKS.search(fold(text)) and len(text.split()) >= 4
    found = unions.lookup(t.session, text)
    if not asking:
        if found.one is not None:
            return _save_union(found.one, t, said=found.former)
        if found.unions and found.province:
            # Unions offered to choose from: the province said is kept meanwhile, as any place said of oneself,
            # so a question asked instead of choosing («có lớp nào cho e») is asked of that province.
            t.state["said"] = {**(t.state.get("said") or {}), "province": found.province, "at": t.now.isoformat()}
        if len(found.unions) > 1:
            return [_union_choices(found.unions, t, text)]
        if found.unions and found.names_union:
            # «cd cac kcn bac ninh» with no such union here: propose the province's LĐLĐ, never save it unasked.
            union = found.unions[0]
            t.state["org_proposed"] = union.id
            return [Reply(f"Mình chưa có đơn vị «{_shown(text)}» trong danh sách. Nếu anh/chị thuộc {union.name}, "
                          "chọn bên dưới (hoặc gõ «đúng»); không thì gõ lại tên đơn vị, hoặc gõ «bỏ qua».",
                          _org_buttons([union], 0, callbacks.pack("og", 1)))]
    profile = t.profile
    org: Organisation | None = None
    province: str | None = None
    hits = t.deps.knowledge.engine().matcher.find(normalise(text).tokens)
    for h in hits:
        if h.kind == "org":
            named = t.session.get(Organisation, int(h.value))
            if named is not None:
                org = unions.current_of(t.session, named)
                break
    province = next((h.value for h in hits if h.kind == "province"), None)
    if org is None and province is None:
        if len(text.split()) >= 4 or "?" in text or _FOLLOW_UP_OPENING.match(fold(text)):
            # A whole sentence is a question asked instead of answering ours: answer it, stop waiting.
            t.state.pop("await", None)
            return ask(text, t).replies
        return [Reply("Mình chưa tìm thấy đơn vị hoặc tỉnh này. Anh/chị gõ lại tên tỉnh/thành phố (ví dụ «Lạng Sơn») "
                      "hoặc gõ «bỏ qua».")]
    if org is None:
        # A province's own union (today's) is the natural organisation when the user names only the province.
        org = unions.provincial_union(t.session, province)
    if org is not None:
        profile.organisation_id = org.id
        # The province as said when the union is in it (a former one tells which part of today's province).
        same = province and current_province(province) == current_province(org.province)
        profile.province = province if same else (org.province or province)
    else:
        profile.province = province
        profile.organisation_id = None
    t.state.pop("await", None)
    name = org.name if org is not None else profile.province
    said = province if province and is_former(province) else None
    saved = [Reply(_saved_union(name or "", profile.province, said=said))]
    if asking:
        # «mình ở Lạng Sơn, tháng sau có lớp gì không»: the place answers our question and the rest asks one
        # of its own; both are taken, the question read with the union just saved.
        return saved + ask(text, t).replies
    return saved


def _shown(text: str) -> str:
    """A name as the user typed it, for quoting back (short, one line)."""
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79].rsplit(" ", 1)[0] + "…"


def _union_choices(found: list[Organisation], t: Turn, text: str) -> Reply:
    """Several unions fit what was typed: a button each (numbered on Zalo); typing the number works too."""
    t.state["await"] = "org"
    t.state["org_choices"] = [o.id for o in found]
    return Reply(f"Có {len(found)} đơn vị khớp với «{_shown(text)}». Anh/chị thuộc đơn vị nào? Chọn bên dưới, hoặc "
                 "gõ tên đầy đủ hơn. Gõ «bỏ qua» để thôi.",
                 tuple(Button(o.name, callbacks.pack("org", o.id)) for o in found))


# A yes to the union proposed from the place said with the role.
_YES = frozenset({"dung", "dung roi", "dung a", "u", "uh", "vang", "vang a", "da", "da dung", "da vang", "ok", "oke",
                  "phai", "phai a", "co", "yes"})


# ------------------------------------------------------------------ the routing tables

Route = Callable[[callbacks.Data, Turn], list[Reply]]

def _enrol_button(d: callbacks.Data, t: Turn) -> list[Reply]:
    return enrol.on_button(d.rest, t.msg, t.deps, t.session, proceed=_proceed(t))


ROUTES: dict[str, Route] = {
    "c": _course_detail,
    "k": _knowledge,
    compose.PAGE_PREFIX.rstrip(":"): _next_page,
    "rg": _registration,
    "wl": _registration,
    "rc": _registration,
    "rgy": _registration,
    "wly": _registration,
    "dk": _enrol_button,
    "fq": _follow_choice,
    "bc": _organiser,
    "nn": _preferences,
    "hs": _profile_step,
    "role": _set_role,
    "lk": _link_button,
    "org": _set_org,
    "og": _org_page,
    "oc": _child_page,
    "no": _declined,
}

COMMAND_HANDLERS: dict[str, Callable[[str, Turn], list[Reply]]] = {
    "start": _start,
    "help": lambda arg, t: [Reply(_help(t))],
    "khoahoc": lambda arg, t: on_question(arg or "lớp sắp tới dành cho tôi", t).replies,
    "chitieu": lambda arg, t: _targets(arg, t),
    "lich": lambda arg, t: _my_schedule(t),
    "hoso": lambda arg, t: _show_profile(t),
    "nhacnho": lambda arg, t: preferences.command(arg, t.msg, t.session, t.now),
    "lienket": lambda arg, t: _link(arg.strip(), t),
    "thongbao": lambda arg, t: organiser.start_broadcast(t.msg, t.deps, t.session),
    "thongke": lambda arg, t: organiser.stats(arg, t.msg, t.deps, t.session),
    "quanly": lambda arg, t: organiser.web_link(t.msg, t.deps, t.session),
}
