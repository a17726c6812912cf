"""Conversation routing for every channel: commands, button presses, numbered choices and questions.

`handle` is the one entry point the channels call; it returns replies and never raises for bad input.
Pending choices are stored per (channel, user) in the database, so a number typed back on Zalo or in the
terminal picks the same option a Telegram button would, in any process.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from handlers import compose, enrol, organiser, preferences
from handlers.deps import Deps
from handlers.types import Button, Incoming, Reply, is_id
from knowledge import format as vn
from knowledge import registrations, store
from knowledge.db import is_busy, session_scope
from knowledge.index import Item
from knowledge.lexicon import ROLES
from knowledge.models import Organisation
from knowledge.qa import Answer, Profile, QAEngine
from knowledge.slots import province_key
from knowledge.text import clean, clean_lines, fold, normalise

log = logging.getLogger(__name__)

MAX_INPUT = 10_000  # characters kept from one message; longer text is cut before anything else


@dataclass(slots=True)
class Outcome:
    """The replies to one message, and the engine's answer when it was a question."""

    replies: list[Reply]
    answer: Answer | None = None


async def handle(msg: Incoming, deps: Deps) -> list[Reply]:
    """Answer one incoming message or button press."""
    return (await respond(msg, deps)).replies


async def respond(msg: Incoming, deps: Deps) -> Outcome:
    """Like `handle`, keeping the structured answer (for `ask --json`)."""
    try:
        with session_scope(deps.session_factory) as session:
            outcome = _route(msg, deps, session)
            _remember_choices(msg, session, outcome.replies)
            profile = store.get_profile(session=session, channel=msg.channel, user_id=msg.user_id)
            if profile is not None:
                store.sync_linked(session=session, profile=profile)  # linked accounts share one profile
    except OperationalError as exc:
        if not is_busy(exc):
            raise
        # A lock held elsewhere for longer than the lock timeout: the whole turn was rolled back.
        log.warning("turn of %s:%s gave up waiting for the database (%s)", msg.channel, msg.user_id,
                    type(exc.orig).__name__)
        return Outcome([Reply(compose.BUSY)])
    return outcome


def _route(msg: Incoming, deps: Deps, session: Session) -> Outcome:
    store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id, display_name=msg.display_name,
                        chat_id=msg.chat_id if msg.private else None)
    if msg.callback_data:
        return Outcome(on_button(msg.callback_data, msg, deps, session))
    text = clean((msg.text or "")[:MAX_INPUT])
    if not text:
        return Outcome([Reply(compose.NO_MEDIA if msg.has_media else compose.EMPTY)])
    if text.startswith("/"):
        return Outcome(on_command(text, msg, deps, session))
    state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
    choices = state.get("choices") or []
    picked = re.fullmatch(r"\s*(\d{1,2})\s*[.)]?\s*", text)
    if picked and choices and 1 <= int(picked.group(1)) <= len(choices):
        return Outcome(on_button(str(choices[int(picked.group(1)) - 1]), msg, deps, session))
    typed_link = LINK_TYPED.fullmatch(fold(text))
    if typed_link:  # "liên kết 123456" typed without the slash, as people do on Zalo; wins over any pending step
        return Outcome(_link(typed_link.group(1), msg, deps, session))
    # --- issue 14 hook: registration details dialogue (handlers/enrol.py) ---
    if enrol.awaits_text(msg, session):
        return Outcome(enrol.on_typed(text, msg, deps, session, proceed=_proceed(msg, deps, session)))
    # --- end hook ---
    if organiser.awaits_text(msg, session):
        # An announcement keeps its line breaks; `clean` would fold them into spaces.
        return Outcome(organiser.on_typed(clean_lines((msg.text or "")[:MAX_INPUT]), msg, deps, session))
    if state.get("await") == "org":
        return Outcome(on_org_typed(text, msg, deps, session))
    # --- issue 14 hook: «còn chỗ không?» (handlers/enrol.py) ---
    seats = enrol.seats_question(text, msg, deps, session)
    if seats is not None:
        return Outcome(seats)
    # --- end hook ---
    return on_question(text, msg, deps, session)


LINK_TRIES = 5  # wrong link codes allowed per account per hour
LINK_TYPED = re.compile(r"\s*/?\s*lien\s*ket\s+(\d{6})\s*")


def _remember_choices(msg: Incoming, session: Session, replies: list[Reply]) -> None:
    """Keep the latest buttons as numbered choices; a reply without buttons clears them."""
    state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
    datas = [b.data for r in replies for b in r.buttons]
    if datas:
        state["choices"] = datas
    else:
        state.pop("choices", None)
    store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)


def _profile(msg: Incoming, session: Session) -> Profile | None:
    p = store.get_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    if p is None or not (p.role or p.organisation_id or p.province):
        return None
    return Profile(role=p.role, organisation_id=p.organisation_id, province=p.province)


# ------------------------------------------------------------------ questions

def on_question(text: str, msg: Incoming, deps: Deps, session: Session) -> Outcome:
    """Free text: ask the engine and word its answer."""
    engine = deps.knowledge.engine()
    now = deps.clock.now()
    ans = engine.answer(text, now=now, profile=_profile(msg, session))
    replies = _word(ans, deps, now)
    if ans.intent == "greeting":
        # On Zalo there is no /start: a first "xin chào" is where onboarding begins.
        profile = store.get_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        if profile is not None and not profile.role:
            replies.append(_role_question())
    if ans.courses and ans.course_total > len(ans.courses):
        # "Xem thêm" re-asks this question from the next position, in whichever process gets the press.
        state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
        state["q"] = text[:500]
        store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
    if ans.truncated or len(msg.text or "") > MAX_INPUT:
        replies.insert(0, Reply(compose.TRUNCATED))
    unanswered = ans.band == "low" or (ans.intent in ("course", "register") and not ans.courses)
    if unanswered and ans.intent not in ("empty", "greeting", "thanks", "help"):
        store.log_unanswered(
            session=session, channel=msg.channel, user_id=msg.user_id, text=text, normalised=ans.norm.folded,
            intent=ans.intent, confidence=ans.confidence, at=now,
        )
    return Outcome(replies, ans)


def _word(ans: Answer, deps: Deps, now: dt.datetime) -> list[Reply]:
    if ans.intent == "empty":
        return [Reply(compose.NO_TEXT if ans.question.strip() else compose.EMPTY)]
    if ans.intent == "greeting":
        return [Reply(compose.WELCOME)]
    if ans.intent == "thanks":
        return [Reply(compose.THANKS)]
    if ans.intent == "help":
        return [Reply(compose.HELP)]
    if ans.intent == "off_topic":
        return [Reply(compose.OFF_TOPIC)]
    if ans.intent in ("course", "register"):
        return compose.courses_reply(ans, deps.tz, now)
    if ans.intent == "target" and ans.band == "confident" and len(ans.items) > 1:
        return compose.targets_reply(ans)
    if ans.intent in ("target", "fact", "document") and ans.items:
        return compose.knowledge_reply(ans)
    return [Reply(compose.UNKNOWN)]


# ------------------------------------------------------------------ buttons

def on_button(data: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """A button press (or its number typed back)."""
    engine = deps.knowledge.engine()
    kind, _, rest = data.partition(":")
    if kind == "c" and is_id(rest):
        pos = engine.courses.by_id.get(int(rest))
        if pos is None:
            return [Reply(compose.STALE)]
        # --- issue 14 hook: «còn N/M chỗ» and the subject of a following «còn chỗ không?» ---
        enrol.remember_course(msg, session, int(rest))
        taken = enrol.seats_of(session, int(rest))
        # --- end hook ---
        return [compose.course_detail(engine.courses.courses[pos], deps.tz, deps.clock.now(), taken)]
    if kind == "k":
        item = _knowledge_item(engine, rest)
        return [Reply(compose.item_text(item))] if item else [Reply(compose.STALE)]
    if kind + ":" == compose.PAGE_PREFIX and is_id(rest):
        return _next_page(int(rest), msg, deps, session)
    if kind in ("rg", "wl", "rc") and is_id(rest):
        return _registration(kind, int(rest), msg, deps, session)
    # --- issue 14 hook: confirmed registration/cancel ("rgy", "wly", "rcy") and the details dialogue ("dk") ---
    if kind in ("rgy", "wly", "rcy") and is_id(rest):
        return _registration(kind[:2], int(rest), msg, deps, session, confirmed=True)
    if kind == "dk":
        return enrol.on_button(rest, msg, deps, session, proceed=_proceed(msg, deps, session))
    # --- end hook ---
    if kind == "bc":
        return organiser.on_button(rest, msg, deps, session)
    if kind == "nn":
        return preferences.on_button(rest, msg, session) or [Reply(compose.STALE)]
    if kind == "hs":
        return _profile_step(rest, msg, session)
    if kind == "role":
        return _set_role(rest, msg, session)
    if kind == "lk":
        return _link_button(rest, msg, session)
    if kind == "org" and is_id(rest):
        return _set_org(int(rest), msg, session)
    if kind == "og" and is_id(rest):
        return [_org_question(msg, session, page=int(rest))]
    if kind == "oc":
        parent, _, page = rest.partition(":")
        if is_id(parent) and is_id(page):
            return [_child_question(int(parent), session, page=int(page))]
    return [Reply(compose.STALE)]


def _next_page(offset: int, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """The next courses of the last long list."""
    question = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id).get("q")
    if not question:
        return [Reply(compose.STALE)]
    now = deps.clock.now()
    ans = deps.knowledge.engine().answer(question, now=now, profile=_profile(msg, session), offset=offset)
    if not ans.courses:
        return [Reply(compose.NO_MORE)]
    return compose.courses_reply(ans, deps.tz, now)


def _proceed(msg: Incoming, deps: Deps, session: Session) -> enrol.Proceed:
    return lambda action, course_id: _registration(action, course_id, msg, deps, session, confirmed=True, checked=True)


def _registration(action: str, course_id: int, msg: Incoming, deps: Deps, session: Session, *,
                  confirmed: bool = False, checked: bool = False) -> list[Reply]:
    """The buttons under a course: register ("rg"), join the waiting list ("wl"), cancel ("rc")."""
    # --- issue 14 hook: details asked once, mismatch/overlap warnings, confirmations (handlers/enrol.py) ---
    if not checked:
        early = enrol.before(action, course_id, msg, deps, session, confirmed=confirmed,
                             proceed=_proceed(msg, deps, session))
        if early is not None:
            return early
    # --- end hook ---
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    now = deps.clock.now()
    if action == "rg":
        result = registrations.register(session=session, course_id=course_id, profile=profile, now=now)
    elif action == "wl":
        result = registrations.join_waitlist(session=session, course_id=course_id, profile=profile, now=now)
    else:
        result = registrations.cancel(session=session, course_id=course_id, profile=profile, now=now, tz=deps.tz)
    reply = Reply(compose.registration_result(result.status, result.course, deps.tz, result.position))
    if result.status == "full":
        reply = Reply(reply.text, (Button("Vào danh sách chờ", f"wl:{course_id}"),))
    replies = [reply]
    if result.status in ("closed", "started", "cancelled", "not_open") and result.course is not None:
        # Politely refused: offer the next course like it that still takes registrations.
        nxt = registrations.next_suitable(session=session, course=result.course, now=now)
        if nxt is not None:
            pos = deps.knowledge.engine().courses.by_id.get(nxt.id)
            if pos is not None:
                detail = compose.course_detail(deps.knowledge.engine().courses.courses[pos], deps.tz, now)
                replies.append(Reply("Lớp tương tự còn nhận đăng ký:\n\n" + detail.text, detail.buttons))
    return replies


def _my_schedule(msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """/lich: my places and waiting-list entries, each with a cancel button; else the classes for me."""
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    now = deps.clock.now()
    rows = registrations.my_registrations(session=session, profile=profile, now=now)
    if not rows:
        replies = on_question("lớp sắp tới dành cho tôi tháng này", msg, deps, session).replies
        return [Reply("Bạn chưa đăng ký lớp nào. Các lớp sắp tới phù hợp với bạn:"), *replies]
    lines = ["Lịch học của bạn:"]
    buttons: list[Button] = []
    for r in rows:
        c = r.course
        state = "đã đăng ký" if r.status == "registered" else (
            f"danh sách chờ, vị trí {registrations.waitlist_position(session=session, registration=r)}")
        where = ", ".join(filter(None, (c.venue, c.province)))
        lines.append(f"• {c.title} — {vn.date_time(c.starts_at, deps.tz)}" + (f", {where}" if where else "")
                     + f" ({state})" + (" — LỚP ĐÃ HỦY" if c.status == "cancelled" else ""))
        buttons.append(Button(compose.short(f"Hủy: {c.title}", 56), f"rc:{c.id}"))
    return [Reply("\n".join(lines), tuple(buttons))]


def _knowledge_item(engine: QAEngine, ref: str) -> Item | None:
    letter, _, ident = ref.partition(":")
    if not is_id(ident):
        return None
    for item in engine.knowledge.items:
        if item.kind[0] == letter and item.rec.id == int(ident):
            return item
    return None


# ------------------------------------------------------------------ commands

def on_command(text: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """Slash commands; the bot's name after @ and arguments are tolerated."""
    head, _, arg = text.partition(" ")
    cmd = head[1:].split("@", 1)[0].lower()
    if cmd == "start":
        return _start(arg.strip(), msg, session)
    if cmd in ("help", "giupdo", "huongdan"):
        return [Reply(compose.HELP)]
    if cmd == "khoahoc":
        return on_question(arg or "lớp sắp tới dành cho tôi", msg, deps, session).replies
    if cmd == "chitieu":
        return on_question(arg or "chỉ tiêu đào tạo năm nay", msg, deps, session).replies
    if cmd == "lich":
        return _my_schedule(msg, deps, session)
    if cmd == "hoso":
        return _show_profile(msg, session)
    if cmd in ("nhacnho", "nhacnhở"):
        return preferences.command(arg, msg, session)
    if cmd == "lienket":
        return _link(arg.strip(), msg, deps, session)
    if cmd == "thongbao":
        return organiser.start_broadcast(msg, deps, session)
    if cmd == "thongke":
        return organiser.stats(arg, msg, deps, session)
    return [Reply(compose.UNKNOWN_COMMAND.format(cmd=_safe_cmd(cmd)))]


def _link(code: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """/lienket: a code to type on the other app; /lienket CODE: link this account with that one."""
    now = deps.clock.now()
    if not msg.private:
        return [Reply(compose.LINK_IN_GROUP)]
    if code:
        # Six digits are guessable without a limit: a few wrong tries per hour per account, then a pause.
        state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
        fails = [t for t in state.get("link_fails", []) if now.timestamp() - t < 3600]
        if len(fails) >= LINK_TRIES:
            return [Reply(compose.LINK_TOO_MANY)]
        other = store.redeem_link_code(session=session, code=code, channel=msg.channel, user_id=msg.user_id, now=now)
        if other is None:
            state["link_fails"] = [*fails, now.timestamp()]
            store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
            return [Reply(compose.LINK_BAD)]
        name = compose.CHANNEL_NAMES.get(other.channel, other.channel)
        return [Reply(compose.LINK_DONE.format(other=name))]
    new_code = store.create_link_code(session=session, channel=msg.channel, user_id=msg.user_id, now=now)
    replies = [Reply(compose.LINK_CODE.format(code=new_code))]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    accounts = store.linked_accounts(session=session, profile=profile)
    if len(accounts) > 1:
        apps = ", ".join(compose.CHANNEL_NAMES.get(a.channel, a.channel) for a in accounts)
        chosen = store.notify_channel(session=session, profile=profile)
        where = compose.CHANNEL_NAMES.get(chosen, chosen) if chosen else "ứng dụng bạn dùng gần nhất"
        buttons = [Button(f"Nhận tin qua {compose.CHANNEL_NAMES.get(c, c)}", f"lk:ch:{c}")
                   for c in dict.fromkeys(a.channel for a in accounts)]
        buttons += [Button("Nhận tin qua ứng dụng dùng gần nhất", "lk:ch:auto"), Button("Hủy liên kết", "lk:off")]
        replies.append(Reply(f"Tài khoản của bạn đang liên kết: {apps}. Tin nhắc lịch và thông báo gửi qua: {where}.",
                             tuple(buttons)))
    return replies


def _link_button(action: str, msg: Incoming, session: Session) -> list[Reply]:
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    if action == "off":
        done = store.unlink(session=session, channel=msg.channel, user_id=msg.user_id)
        return [Reply("Đã hủy liên kết. Hai tài khoản giờ dùng riêng hồ sơ." if done else compose.STALE)]
    kind, _, channel = action.partition(":")
    if kind != "ch" or profile.person_id is None:
        return [Reply(compose.STALE)]
    if channel == "auto":
        store.set_notify_channel(session=session, profile=profile, channel=None)
        return [Reply("Từ giờ tin nhắc lịch gửi qua ứng dụng bạn dùng gần nhất.")]
    if channel not in {a.channel for a in store.linked_accounts(session=session, profile=profile)}:
        return [Reply(compose.STALE)]
    store.set_notify_channel(session=session, profile=profile, channel=channel)
    return [Reply(f"Từ giờ tin nhắc lịch gửi qua {compose.CHANNEL_NAMES.get(channel, channel)}.")]


def _safe_cmd(cmd: str) -> str:
    return "/" + (cmd[:30] if cmd else "")


def _start(payload: str, msg: Incoming, session: Session) -> list[Reply]:
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    picked = ""
    if payload:
        # A deep link (t.me/<bot>?start=<union code>) pre-selects the union.
        org = store.find_organisation(session=session, ref=payload[:64])
        if org is not None:
            profile.organisation_id = org.id
            profile.province = org.province
            picked = f"\n\nĐơn vị của bạn: {org.name} (đổi bằng /hoso)."
    replies = [Reply(compose.WELCOME + picked)]
    if not profile.role:
        replies.append(_role_question())
    elif profile.organisation_id is None and profile.province is None:
        replies.append(_org_question(msg, session))
    return replies


def _role_question() -> Reply:
    return Reply("Bạn cho mình biết vai trò của bạn để gợi ý lớp phù hợp:",
                 tuple(Button(r.label, f"role:{r.key}") for r in ROLES))


def _show_profile(msg: Incoming, session: Session) -> list[Reply]:
    p = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    role = compose.role_label(p.role) if p.role else "chưa chọn"
    org = p.organisation.name if p.organisation else "chưa chọn"
    lines = ["Hồ sơ của bạn:", f"• Vai trò: {role}", f"• Đơn vị: {org}", f"• Tỉnh/thành phố: {p.province or 'chưa chọn'}"]
    # --- issue 14 hook: registration details, visible and deletable (handlers/enrol.py) ---
    details, delete = enrol.profile_lines(msg, session)
    lines += details
    # --- end hook ---
    return [Reply("\n".join(lines), (Button("Đổi vai trò", "hs:role"), Button("Đổi đơn vị, tỉnh", "hs:org"), *delete))]


def _profile_step(step: str, msg: Incoming, session: Session) -> list[Reply]:
    if step == "role":
        return [_role_question()]
    if step == "org":
        return [_org_question(msg, session)]
    return [Reply(compose.STALE)]


ORG_PAGE = 8  # unions per page of buttons; more behind "Xem thêm"


def _org_buttons(orgs: list[Organisation], page: int, more_data: str) -> tuple[Button, ...]:
    start = page * ORG_PAGE
    buttons = [Button(compose.short(o.name), f"org:{o.id}") for o in orgs[start:start + ORG_PAGE]]
    if len(orgs) > start + ORG_PAGE:
        buttons.append(Button("Xem thêm đơn vị…", more_data))
    return tuple(buttons)


def _org_question(msg: Incoming, session: Session, *, page: int = 0) -> Reply:
    """Which union or province: a button each, and typing a name or code works too."""
    _await_org(msg, session)
    orgs = store.top_organisations(session=session)
    return Reply("Bạn thuộc đơn vị (tỉnh/thành phố) nào? Chọn bên dưới, hoặc gõ tên hay mã đơn vị "
                 "(ví dụ «Lạng Sơn», «LĐLĐ huyện Chi Lăng»). Gõ «bỏ qua» để thôi.",
                 _org_buttons(orgs, page, f"og:{page + 1}"))


def _child_question(parent_id: int, session: Session, *, page: int = 0) -> Reply:
    children = store.child_organisations(session=session, parent_id=parent_id)
    if not children:
        return Reply(compose.STALE)
    return Reply("Nếu bạn thuộc đơn vị cấp dưới, chọn tiếp (không thì không cần làm gì):",
                 _org_buttons(children, page, f"oc:{parent_id}:{page + 1}"))


def _set_org(org_id: int, msg: Incoming, session: Session) -> list[Reply]:
    org = session.get(Organisation, org_id)
    if org is None:
        return [Reply(compose.STALE)]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    profile.organisation_id = org.id
    profile.province = org.province
    state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
    state.pop("await", None)
    store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
    replies = [Reply(f"Đã lưu đơn vị: {org.name}. Từ giờ mình ưu tiên lớp và chỉ tiêu của đơn vị này. Gõ /khoahoc "
                     "để xem lớp sắp tới, /hoso để đổi.")]
    if store.child_organisations(session=session, parent_id=org.id):
        replies.append(_child_question(org.id, session))
    return replies


def _await_org(msg: Incoming, session: Session) -> None:
    state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
    state["await"] = "org"
    store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)


def _set_role(key: str, msg: Incoming, session: Session) -> list[Reply]:
    role = next((r for r in ROLES if r.key == key), None)
    if role is None:
        return [Reply(compose.STALE)]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    profile.role = role.key
    if profile.organisation_id is None and profile.province is None:
        return [Reply(f"Đã lưu vai trò: {role.label}."), _org_question(msg, session)]
    return [Reply(f"Đã lưu vai trò: {role.label}.")]


def on_org_typed(text: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """The answer to "which union or province are you in?"."""
    state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
    if fold(text) in ("bo qua", "thoi", "huy", "khong"):
        state.pop("await", None)
        store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
        return [Reply("Đã bỏ qua. Bạn có thể đổi bất cứ lúc nào bằng /hoso.")]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    org = store.find_organisation(session=session, ref=text)
    province: str | None = None
    if org is None:
        engine = deps.knowledge.engine()
        hits = engine.matcher.find(normalise(text).tokens)
        for h in hits:
            if h.kind == "org":
                found = session.get(Organisation, int(h.value))
                if found is not None:
                    org = found
                    break
        province = next((h.value for h in hits if h.kind == "province"), None)
    if org is None and province is None:
        if len(text.split()) >= 4:
            # A whole sentence is a question asked instead of answering ours: answer it, stop waiting.
            state.pop("await", None)
            store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
            return on_question(text, msg, deps, session).replies
        return [Reply("Mình chưa tìm thấy đơn vị hoặc tỉnh này. Bạn gõ lại tên tỉnh/thành phố (ví dụ «Lạng Sơn») "
                      "hoặc gõ «bỏ qua».")]
    if org is not None:
        profile.organisation_id = org.id
        profile.province = org.province or province
    else:
        profile.province = province
        # A province's own union is the natural organisation when the user names only the province.
        profile.organisation_id = _province_union(session, province)
    state.pop("await", None)
    store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
    name = org.name if org is not None else profile.province
    return [Reply(f"Đã lưu đơn vị: {name}. Từ giờ mình ưu tiên lớp và chỉ tiêu của đơn vị này. Gõ /khoahoc để xem "
                  "lớp sắp tới.")]


def _province_union(session: Session, province: str | None) -> int | None:
    if not province:
        return None
    for org in session.scalars(select(Organisation).where(Organisation.kind == "province")):
        if province_key(org.province) == province_key(province):
            return org.id
    return None
