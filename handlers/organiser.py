"""Organiser commands: /thongbao (write, target, preview and send an announcement) and /thongke (reports).

Only accounts with an organiser role in the database may use them, within the unions of their role; anyone
else gets a clear refusal and the attempt is logged. The draft lives in the conversation state, so the
steps work with buttons on Telegram, typed numbers on Zalo, and in any process.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers import compose, labels
from handlers.callbacks import pack
from handlers.deps import Deps
from handlers.types import Button, Incoming, Reply, is_id
from knowledge import format as vn
from knowledge import outbox, registrations, signin, store, timing, unions
from knowledge.announcements import HEADER
from knowledge.lexicon import ROLES
from knowledge.models import Course, Organisation
from knowledge.text import fold

log = logging.getLogger(__name__)

MAX_ANNOUNCEMENT = 1000  # characters: with a course attached, the message still fits one Zalo message (2,000)
ORG_PAGE = 8

REFUSED = ("Lệnh này chỉ dành cho cán bộ phụ trách đào tạo đã được cấp quyền người tổ chức. Nếu anh/chị cần quyền "
           "này, hãy liên hệ quản trị viên hệ thống của công đoàn.")
IN_GROUP = "Anh/chị nhắn lệnh này riêng cho trợ lý, không gõ trong nhóm nhé."
ASK_TEXT = ("Soạn thông báo mới.\nAnh/chị gõ nội dung thông báo (tối đa 1.000 ký tự) rồi gửi cho mình. "
            "Gõ «hủy» để thôi.")
CANCELLED = "Đã hủy bản nháp thông báo. Gõ /thongbao để soạn lại."
CANCEL_WORDS = ("huy", "thoi", "huy bo", "/huy")


@dataclass(frozen=True, slots=True)
class Announcement:
    """The message as recipients will see it."""

    text: str
    buttons: tuple[Button, ...]
    course_id: int | None


def build_announcement(*, session: Session, body: str, course: Course | None, scope: outbox.Scope,
                       tz: dt.tzinfo) -> Announcement:
    """Header, the organiser's text and, with a course, its essentials and the register button."""
    header = HEADER
    if scope.roots is not None and len(scope.roots) == 1:
        org = session.get(Organisation, scope.roots[0])
        if org is not None:
            header += f" — {org.name}"
    lines = [header, "", body.strip()]
    buttons: list[Button] = []
    if course is not None:
        period = timing.period_of(course)  # a planned class has no date yet; one put off: its new date
        start = (f"Thời gian: dự kiến {period or course.when_written}" if period
                 else f"Bắt đầu: {compose.at_time(course, timing.held(course)[0], tz)}")
        lines += ["", f"Lớp: {course.title} (mã {course.code})", start]
        where = compose.place_of(course.venue, course.province)
        if where:
            lines.append(f"Địa điểm: {where}")
        if course.registration_deadline:
            lines.append(f"Hạn đăng ký: {vn.weekday_date(course.registration_deadline, tz)}")
        buttons = [Button(labels.REGISTER_THIS, pack("rg", course.id)), Button(labels.CLASS_DETAILS, pack("c", course.id))]
    return Announcement("\n".join(lines), tuple(buttons), course.id if course else None)


def audience_label(*, session: Session, audience: outbox.Audience, now: dt.datetime, tz: dt.tzinfo) -> str:
    """Who an audience is, in words."""
    if audience.kind == "org":
        org = session.get(Organisation, int(audience.value))
        return f"{org.name if org else 'đơn vị đã chọn'} và các đơn vị cấp dưới"
    if audience.kind == "role":
        return f"vai trò {compose.role_label(audience.value)}"
    if audience.kind == "course":
        course = session.get(Course, int(audience.value))
        return f"người đã đăng ký lớp «{course.title if course else audience.value}»"
    if audience.kind == "untrained":
        return f"người chưa học lớp nào năm {now.astimezone(tz).year}"
    return "mọi người trong phạm vi của anh/chị"


# ------------------------------------------------------------------ entry points from the core

def _scope_or_refuse(cmd: str, msg: Incoming, session: Session) -> outbox.Scope | list[Reply]:
    scope = outbox.organiser_scope(session=session, channel=msg.channel, user_id=msg.user_id)
    if scope is None:
        log.warning("organiser command %s refused for %s:%s (no organiser role)", cmd, msg.channel, msg.user_id)
        return [Reply(REFUSED)]
    if not msg.private:
        return [Reply(IN_GROUP)]
    return scope


def _draft(msg: Incoming, session: Session) -> dict[str, Any] | None:
    draft = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id).get("bc")
    return dict(draft) if isinstance(draft, dict) else None


def _save(msg: Incoming, session: Session, draft: dict[str, Any] | None) -> None:
    state = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)
    if draft is None:
        state.pop("bc", None)
    else:
        state["bc"] = draft
    store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)


def start_broadcast(msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """/thongbao: start a new draft."""
    scope = _scope_or_refuse("/thongbao", msg, session)
    if isinstance(scope, list):
        return scope
    _save(msg, session, {"step": "text"})
    return [Reply(ASK_TEXT)]


def awaits_text(msg: Incoming, session: Session) -> bool:
    """Whether the organiser's next typed message belongs to the draft."""
    draft = _draft(msg, session)
    return draft is not None and draft.get("step") in ("text", "course", "org")


def on_typed(text: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """Typed text during a draft: the announcement, a course code, or a union name."""
    draft = _draft(msg, session) or {}
    if fold(text) in CANCEL_WORDS:
        _save(msg, session, None)
        return [Reply(CANCELLED)]
    scope = _scope_or_refuse("/thongbao", msg, session)
    if isinstance(scope, list):
        _save(msg, session, None)
        return scope
    step = draft.get("step")
    if step == "text":
        if len(text) > MAX_ANNOUNCEMENT:
            return [Reply(f"Thông báo dài {vn.number(len(text))} ký tự, quá giới hạn 1.000 ký tự. Anh/chị rút gọn rồi "
                          "gửi lại giúp mình nhé.")]
        draft.update(step="course", text=text)
        _save(msg, session, draft)
        return [_course_question(scope, deps, session)]
    if step == "course":
        course = store.course_by_code(session=session, code=text)
        if course is None or not _course_in_scope(session, scope, course):
            return [Reply("Mình không thấy lớp có mã này trong phạm vi của anh/chị. Gõ lại mã lớp, chọn ở danh sách "
                          "trên, hoặc chọn «Không kèm lớp».")]
        return _set_course(course.id, msg, deps, session, draft, scope)
    if step == "org":
        within = None if scope.roots is None else outbox.subtree(session=session, roots=scope.roots)
        found = unions.lookup(session, text, within=within, today_map=False)
        if found.one is not None:
            return _preview(outbox.Audience("org", str(found.one.id)), msg, deps, session, draft, scope)
        if len(found.unions) > 1 or (found.unions and found.names_union):
            # Several fit («Công đoàn ngành Giáo dục» in a national scope), or only the province is known: the
            # organiser chooses; the announcement never goes to a union they did not pick.
            typed = " ".join(text.split())[:80]
            ask = (f"Có {len(found.unions)} đơn vị khớp với «{typed}». Anh/chị gửi cho đơn vị nào?"
                   if len(found.unions) > 1 else
                   f"Mình không thấy đơn vị «{typed}». Có phải {found.unions[0].name}? Chọn nếu đúng, hoặc gõ lại tên.")
            return [Reply(ask, tuple(Button(o.name, pack("bc", "o", o.id)) for o in found.unions))]
        return [Reply("Mình không thấy đơn vị này trong phạm vi của anh/chị. Gõ lại tên hoặc mã đơn vị, hoặc "
                      "chọn ở danh sách trên.")]
    return [Reply(compose.STALE)]


def on_button(action: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """A press on one of the draft's buttons ("bc:…")."""
    scope = _scope_or_refuse("/thongbao", msg, session)
    if isinstance(scope, list):
        return scope
    draft = _draft(msg, session)
    if draft is None or "text" not in draft:
        return [Reply(compose.STALE)]
    kind, _, value = action.partition(":")
    if kind == "cancel":
        _save(msg, session, None)
        return [Reply(CANCELLED)]
    if kind == "c" and is_id(value):
        return _set_course(int(value), msg, deps, session, draft, scope)
    if kind == "a":
        return _audience_step(value, msg, deps, session, draft, scope)
    if kind == "op" and is_id(value):
        return [_org_question(scope, session, page=int(value))]
    if kind == "o" and is_id(value):
        if not outbox.in_scope(session=session, scope=scope, organisation_id=int(value)):
            return [Reply(compose.STALE)]
        return _preview(outbox.Audience("org", value), msg, deps, session, draft, scope)
    if kind == "r" and any(r.key == value for r in ROLES):
        return _preview(outbox.Audience("role", value), msg, deps, session, draft, scope)
    if kind == "send":
        return _send(value, msg, deps, session, draft, scope)
    return [Reply(compose.STALE)]


# ------------------------------------------------------------------ the steps

def _course_in_scope(session: Session, scope: outbox.Scope, course: Course) -> bool:
    return outbox.in_scope(session=session, scope=scope, organisation_id=course.organiser_id)


def _course_question(scope: outbox.Scope, deps: Deps, session: Session) -> Reply:
    now = deps.clock.now()
    # Not started as registration counts it: a class of «quý IV/2026» is still to come in November.
    # A class put off: by the new day its note gives (knowledge.registrations.held_columns).
    q = select(Course).where(registrations.not_started(session, now), Course.status != "cancelled").order_by(
        registrations.held_columns(session).starts_at, Course.code)
    if scope.roots is not None:
        q = q.where(Course.organiser_id.in_(outbox.subtree(session=session, roots=scope.roots)))
    courses = list(session.scalars(q.limit(5)))
    # The date closes each label, in brackets: Telegram shortens a long label at a word but keeps a short
    # closing bracket (compose.short), so two batches of one title stay apart on a phone.
    buttons = [Button(f"{c.code}: {c.title} ({_short_when(c, deps.tz, now)})", pack("bc", "c", c.id))
               for c in courses]
    buttons.append(Button("Không kèm lớp", pack("bc", "c", 0)))
    return Reply("Đính kèm một lớp học? Thông báo sẽ có thêm thời gian, địa điểm và nút «Đăng ký». Chọn lớp bên "
                 "dưới, gõ mã lớp, hoặc chọn «Không kèm lớp».", tuple(buttons))


def _short_when(course: Course, tz: dt.tzinfo, now: dt.datetime) -> str:
    """When a class is held, short for a button: «12/12», the year added when it is not this year's
    («05/01/2027»), «dự kiến tháng 9/2027» for a class the plan dates only by a period; a class put off by its
    new date."""
    held = timing.as_held(course)
    if held.tentative:
        return f"dự kiến {held.tentative}"
    start = held.starts_at.astimezone(tz)
    return f"{start:%d/%m}" if start.year == now.astimezone(tz).year else vn.date(start)


def _set_course(course_id: int, msg: Incoming, deps: Deps, session: Session, draft: dict[str, Any],
                scope: outbox.Scope) -> list[Reply]:
    if course_id:
        course = session.get(Course, course_id)
        if course is None or not _course_in_scope(session, scope, course):
            return [Reply(compose.STALE)]
        if course.status == "cancelled" or timing.started(timing.as_held(course), deps.clock.now()):
            return [Reply("Lớp này đã hủy hoặc đã bắt đầu nên không kèm vào thông báo được. Chọn lớp khác, gõ mã "
                          "lớp khác, hoặc chọn «Không kèm lớp».")]
        draft["course_id"] = course.id
        period = timing.period_of(course)
        when = f"dự kiến {period}" if period else vn.date(timing.held(course)[0], deps.tz)
        # Said back whether picked or typed: a code typed is checked by the organiser before going on.
        note = f"Đã kèm lớp «{course.title}» (mã {course.code}, {when})."
    else:
        draft.pop("course_id", None)
        note = "Thông báo không kèm lớp."
    draft["step"] = "audience"
    _save(msg, session, draft)
    return [_audience_question(draft, note)]


def _audience_question(draft: dict[str, Any], note: str = "") -> Reply:
    buttons = [Button("Mọi người trong phạm vi của tôi", pack("bc", "a", "scope")),
               Button("Một đơn vị và các đơn vị cấp dưới", pack("bc", "a", "org")),
               Button("Theo vai trò", pack("bc", "a", "role"))]
    if draft.get("course_id"):
        buttons.append(Button("Người đã đăng ký lớp đính kèm", pack("bc", "a", "course")))
    buttons += [Button("Người chưa học lớp nào năm nay", pack("bc", "a", "untrained")), Button("Hủy thông báo", pack("bc", "cancel"))]
    return Reply((note + "\n\n" if note else "") + "Gửi cho ai?", tuple(buttons))


def _audience_step(value: str, msg: Incoming, deps: Deps, session: Session, draft: dict[str, Any],
                   scope: outbox.Scope) -> list[Reply]:
    if value == "org":
        draft["step"] = "org"
        _save(msg, session, draft)
        return [_org_question(scope, session)]
    if value == "role":
        draft["step"] = "role"
        _save(msg, session, draft)
        return [Reply("Gửi cho vai trò nào?", tuple(Button(r.label, pack("bc", "r", r.key)) for r in ROLES))]
    if value == "course" and draft.get("course_id"):
        return _preview(outbox.Audience("course", str(draft["course_id"])), msg, deps, session, draft, scope)
    if value in ("scope", "untrained"):
        return _preview(outbox.Audience(value), msg, deps, session, draft, scope)
    if value == "back":
        draft["step"] = "audience"
        _save(msg, session, draft)
        return [_audience_question(draft)]
    return [Reply(compose.STALE)]


def _org_question(scope: outbox.Scope, session: Session, *, page: int = 0) -> Reply:
    if scope.roots is None:
        orgs = unions.offered(store.top_organisations(session=session))
    else:
        # A provincial organiser picks among their union and the unions below it (today's: not a former
        # district's LĐLĐ, whose members now belong to the province's), their own first.
        ids = outbox.subtree(session=session, roots=scope.roots)
        orgs = unions.offered(session.scalars(select(Organisation).where(Organisation.id.in_(ids))
                                              .order_by(Organisation.name)))
        roots = set(scope.roots)
        orgs.sort(key=lambda o: o.id not in roots)
    start = page * ORG_PAGE
    buttons = [Button(o.name, pack("bc", "o", o.id)) for o in orgs[start:start + ORG_PAGE]]
    if len(orgs) > start + ORG_PAGE:
        buttons.append(Button("Xem thêm đơn vị…", pack("bc", "op", page + 1)))
    return Reply("Gửi cho đơn vị nào (kể cả các đơn vị cấp dưới)? Chọn bên dưới hoặc gõ tên, mã đơn vị.",
                 tuple(buttons))


def _announcement(draft: dict[str, Any], deps: Deps, session: Session, scope: outbox.Scope) -> Announcement:
    course = session.get(Course, draft["course_id"]) if draft.get("course_id") else None
    return build_announcement(session=session, body=str(draft["text"]), course=course, scope=scope, tz=deps.tz)


def _preview(audience: outbox.Audience, msg: Incoming, deps: Deps, session: Session, draft: dict[str, Any],
             scope: outbox.Scope) -> list[Reply]:
    now = deps.clock.now()
    # Counted by the database: the accounts themselves are chosen again when the organiser sends.
    recipients = outbox.count_recipients(session=session, scope=scope, audience=audience, now=now, tz=deps.tz)
    label = audience_label(session=session, audience=audience, now=now, tz=deps.tz)
    if not recipients.count:
        draft["step"] = "audience"
        _save(msg, session, draft)
        return [_audience_question(draft, f"Nhóm «{label}» hiện chưa có ai nhận được tin (chưa ai dùng trợ lý, "
                                          "hoặc đều đã chặn bot). Anh/chị chọn nhóm khác nhé.")]
    draft.update(step="confirm", aud=[audience.kind, audience.value], token=secrets.token_hex(6))
    _save(msg, session, draft)
    ann = _announcement(draft, deps, session, scope)
    count = f"Người nhận: {vn.number(recipients.count)} người — {label}."
    if recipients.skipped:
        count += f" Bỏ qua {vn.number(recipients.skipped)} người đã chặn bot."
    preview = Reply("Xem trước (người nhận sẽ thấy như dưới đây):")
    shown = Reply(ann.text, ann.buttons)
    confirm = Reply(count + "\nGửi thông báo này?", (Button(f"Gửi cho {vn.number(recipients.count)} người",
                                                             pack("bc", "send", draft["token"])),
                                                      Button("Chọn lại người nhận", pack("bc", "a", "back")),
                                                      Button("Hủy", pack("bc", "cancel"))))
    return [preview, shown, confirm]


def _send(token: str, msg: Incoming, deps: Deps, session: Session, draft: dict[str, Any],
          scope: outbox.Scope) -> list[Reply]:
    aud = draft.get("aud")
    if draft.get("step") != "confirm" or not isinstance(aud, list) or len(aud) != 2 or token != draft.get("token"):
        return [Reply(compose.STALE)]  # an older preview's button, or pressed again after sending
    now = deps.clock.now()
    audience = outbox.Audience(str(aud[0]), str(aud[1]))
    # Counted again: people may have joined or blocked the bot since the preview.
    recipients = outbox.select_recipients(session=session, scope=scope, audience=audience, now=now, tz=deps.tz)
    ann = _announcement(draft, deps, session, scope)
    _save(msg, session, None)  # a second press on "Gửi" finds no draft: one announcement, never two
    if not recipients.count:
        return [Reply("Nhóm này không còn ai để gửi. Thông báo chưa được gửi; gõ /thongbao để soạn lại.")]
    job = outbox.create_job(
        session=session, kind="broadcast", text=ann.text, buttons=ann.buttons, recipients=recipients, now=now,
        audience=audience_label(session=session, audience=audience, now=now, tz=deps.tz),
        course_id=ann.course_id, created_by=(msg.channel, msg.user_id),
        # Two presses handled by two processes at once both see the draft: the key lets only one job through.
        key=f"broadcast:{msg.channel}:{msg.user_id}:{token}",
    )
    if job is None:
        return [Reply("Thông báo này đã được xếp hàng gửi rồi. Xem tiến độ: /thongke")]
    log.info("broadcast #%s queued by %s:%s for %s recipients", job.id, msg.channel, msg.user_id, recipients.count)
    number = outbox.broadcast_number(session=session, job_id=job.id)
    return [Reply(f"Đã xếp hàng gửi thông báo #{number} tới {vn.number(recipients.count)} người. Tin đi dần theo "
                  "giới hạn của Telegram và Zalo; gửi xong anh/chị sẽ nhận báo cáo. Xem tiến độ bất cứ lúc nào: /thongke")]


def stats(arg: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """/thongke [số]: delivery reports of the organiser's latest announcements."""
    scope = _scope_or_refuse("/thongke", msg, session)
    if isinstance(scope, list):
        return scope
    jobs = outbox.recent_jobs(session=session, channel=msg.channel, user_id=msg.user_id, limit=5)
    wanted = arg.strip().lstrip("#")
    if is_id(wanted):
        job = outbox.broadcast_by_number(session=session, number=int(wanted))  # the number the organiser saw
        mine = job is not None and (job.created_by_channel, job.created_by_user) == (msg.channel, msg.user_id)
        jobs = [job] if job is not None and mine and job.kind == "broadcast" else []
    if not jobs:
        return [Reply("Anh/chị chưa gửi thông báo nào" + (f" có số #{wanted}" if wanted else "") +
                      ". Gõ /thongbao để soạn thông báo.")]
    counts = outbox.job_counts(session=session, job_ids=[j.id for j in jobs])
    return [Reply("\n\n".join(deps.wording.report(j, counts[j.id], deps.tz,
                                                    outbox.broadcast_number(session=session, job_id=j.id))
                                for j in jobs))]


WEB_PATH = "/quanly/vao"
FILES_ON_WEB = ("Muốn nhập kế hoạch đào tạo từ tệp Excel, anh/chị gõ /quanly để mở trang quản lý trên web rồi tải "
                "tệp lên ở mục «Kế hoạch».")
NO_WEB = ("Trang quản lý trên web chưa được bật ở máy chủ này (chưa đặt CADREBOT_PUBLIC_URL). Anh/chị nhờ quản trị "
          "viên hệ thống bật giúp nhé.")


def signin_url(base: str, token: str) -> str:
    """The one-time sign-in address on the deployment's public base."""
    return f"{base.rstrip('/')}{WEB_PATH}?t={token}"


def web_link(msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """/quanly: a one-time link to the organiser workspace, in a private chat, to organisers only."""
    scope = _scope_or_refuse("/quanly", msg, session)
    if isinstance(scope, list):
        return scope
    if not deps.public_url:
        return [Reply(NO_WEB)]
    token = signin.issue_link(session=session, channel=msg.channel, user_id=msg.user_id, now=deps.clock.now())
    if token is None:  # the role was withdrawn between the two reads
        return [Reply(REFUSED)]
    log.info("web sign-in link issued to %s:%s", msg.channel, msg.user_id)
    return [Reply(f"Trang quản lý của anh/chị (dùng được một lần, trong {signin.LINK_MINUTES} phút):\n"
                  f"{signin_url(deps.public_url, token)}\n"
                  "Đừng chuyển tiếp đường dẫn này cho người khác.")]
