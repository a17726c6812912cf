"""The `cadrebot` command line: run, chat, ask, import, export, organiser, db.

Contract (DESIGN.md): `cadrebot ask "…" [--json] [--as CHANNEL:USER]`; `cadrebot ask - --json` reads one
question per line and writes one JSON object per line, in order, in one process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.app import App, build_app
from bot.logs import setup_logging
from bot.settings import Settings
from handlers import compose
from handlers.core import respond
from handlers.deps import Deps
from handlers.types import Button, Incoming, Photo, Reply
from knowledge.lexicon import ROLES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from knowledge.models import Organisation

log = logging.getLogger(__name__)


def _configure_stdio() -> None:
    # Vietnamese must print on any terminal or pipe, whatever the locale says.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8", errors="replace")
    reconfigure_in = getattr(sys.stdin, "reconfigure", None)
    if reconfigure_in:
        reconfigure_in(encoding="utf-8", errors="replace")


CHAT_LOG = "cadrebot-chat.log"  # the terminal chat's log lines go here, out of the conversation's way


def chat_log(database_url: str) -> Path:
    """Beside the SQLite database (./data by default), else in ./data."""
    path = database_url.removeprefix("sqlite:///") if database_url.startswith("sqlite:///") else ""
    return (Path(path).parent if path and path != ":memory:" else Path("data")) / CHAT_LOG


def _as(ref: str) -> tuple[str, str]:
    channel, sep, user = ref.partition(":")
    if not sep or not channel or not user:
        raise argparse.ArgumentTypeError("dạng đúng là KÊNH:NGƯỜI_DÙNG, ví dụ telegram:123")
    return channel.lower(), user


async def ask_payload_async(deps: Deps, question: str, *, channel: str = "cli", user_id: str = "local") -> dict[str, Any]:
    """The `ask --json` object for one question."""
    msg = Incoming(channel=channel, chat_id=user_id, user_id=user_id, text=question)
    outcome = await respond(msg, deps)
    ans = outcome.answer
    return {
        "question": question,
        "intent": ans.intent if ans else (outcome.intent or "command"),
        "confidence": ans.confidence if ans else 1.0,
        "band": ans.band if ans else "confident",
        "replies": [{"text": r.text, "buttons": [{"label": b.label, "data": b.data, "number": b.number}
                                                   for b in r.buttons],
                     # A picture (the /chitieu chart) as its caption and link; the bytes stay out of JSON.
                     **({"photo": {"caption": r.photo.caption, "url": r.photo.url}} if r.photo else {})}
                    for r in outcome.replies],
        "matches": [{"kind": m.kind, "code": m.code, "title": m.title, "score": m.score}
                    for m in (ans.matches if ans else outcome.matches)],
    }


def error_payload(question: str) -> dict[str, Any]:
    """The `ask --json` object of a question whose answer failed: the apology a channel sends, intent «error»."""
    return {"question": question, "intent": "error", "confidence": 0.0, "band": "low",
            "replies": [{"text": compose.ERROR, "buttons": []}], "matches": []}


def ask_payload(deps: Deps, question: str, *, channel: str = "cli", user_id: str = "local") -> dict[str, Any]:
    """Synchronous `ask_payload_async`, for tests and scripts."""
    return asyncio.run(ask_payload_async(deps, question, channel=channel, user_id=user_id))


def render_text(replies: list[Reply]) -> str:
    """Replies as terminal text: buttons become numbered choices."""
    return "\n\n".join(compose.numbered(replies))


def cmd_ask(app: App, args: argparse.Namespace) -> int:
    channel, user = args.as_ or ("cli", "local")

    async def run() -> None:
        if args.question == "-":
            for line in sys.stdin:
                question = line.rstrip("\n").rstrip("\r")
                try:
                    payload = await ask_payload_async(app.deps, question, channel=channel, user_id=user)
                except Exception:
                    # One failing question must not lose the rest of a batch: it gets the chat's apology as
                    # its reply (intent «error»), as a channel gives it, and the traceback goes to the log.
                    log.exception("ask: a question of the batch failed")
                    payload = error_payload(question)
                if args.json:
                    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
                else:
                    sys.stdout.write(render_text(_replies(payload)) + "\n\n")
                sys.stdout.flush()
            return
        payload = await ask_payload_async(app.deps, args.question, channel=channel, user_id=user)
        if args.json:
            print(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            print(render_text(_replies(payload)))

    asyncio.run(run())
    return 0


def _replies(payload: dict[str, Any]) -> list[Reply]:
    return [Reply(r["text"], tuple(Button(b["label"], b["data"], b["number"]) for b in r["buttons"]),
                  Photo(r["photo"]["caption"], url=r["photo"]["url"]) if r.get("photo") else None)
            for r in payload["replies"]]


def cmd_chat(app: App, _args: argparse.Namespace | None = None, *, stdin: TextIO | None = None) -> int:
    """A terminal conversation with the same core as the channels."""
    from bot.terminal import GOODBYE, chat

    try:
        return asyncio.run(chat(app.deps, stdin or sys.stdin, sys.stdout))
    except KeyboardInterrupt:  # Ctrl-C before the chat's own handling was in place
        print("\n" + GOODBYE)
        return 0


def cmd_run(app: App, args: argparse.Namespace) -> int:
    s = app.settings
    if s.telegram_bot_token is None and s.zalo_bot_token is None:
        print("Chưa đặt TELEGRAM_BOT_TOKEN hay ZALO_BOT_TOKEN — mở trò chuyện trên terminal.", file=sys.stderr)
        return cmd_chat(app, args)
    # Here, not at the top: python-telegram-bot (with httpx) is 0.15 s of CPU that `ask`, `chat` and the other
    # one-shot commands do not use.
    from telegram.error import InvalidToken as InvalidTokenError
    from telegram.error import TelegramError

    from bot.serve import ConfigError, serve
    from bot.zalo_channel import ZaloError

    try:
        asyncio.run(serve(app))
    except ConfigError as exc:
        return startup_error(f"Cấu hình chưa đúng: {exc}", f"invalid configuration: {exc}")
    except InvalidTokenError:
        return startup_error("Telegram từ chối TELEGRAM_BOT_TOKEN (token sai hoặc đã bị thu hồi).",
                             "Telegram rejected TELEGRAM_BOT_TOKEN (wrong or revoked).")
    except TelegramError as exc:
        return startup_error(f"Telegram từ chối cấu hình của bot: {exc}", f"Telegram rejected the set-up: {exc}")
    except ZaloError as exc:
        return startup_error(f"Zalo từ chối cấu hình của bot (kiểm tra ZALO_BOT_TOKEN, WEBHOOK_BASE_URL): {exc}",
                             f"Zalo rejected the set-up (check ZALO_BOT_TOKEN, WEBHOOK_BASE_URL): {exc}")
    except OSError as exc:  # the web server's address is taken or not allowed
        return startup_error(f"Không mở được cổng web (WEBHOOK_LISTEN): {exc.strerror or exc}",
                             f"cannot listen (WEBHOOK_LISTEN): {exc.strerror or exc}")
    return 0


def startup_error(vietnamese: str, english: str) -> int:
    """A failure to start as one line an operator can act on, in Vietnamese and English, not a traceback."""
    print(f"Lỗi khởi động: {vietnamese} | Start-up error: {english}", file=sys.stderr)
    return 2


def _settings_error(exc: Exception) -> str:
    """The first problem of a pydantic ValidationError without its URL footer, or the message itself."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            first = found[0]
            where = ".".join(str(x) for x in first.get("loc", ()))
            message = str(first.get("msg", "")).removeprefix("Value error, ")
            return f"{where}: {message}" if where else message
    return str(exc).splitlines()[0]


def spreadsheet_safe(value: str) -> str:
    """A value for a tab-separated line that may be opened in a spreadsheet: no tabs or line breaks, and a
    leading = + - @ (a formula to Excel and LibreOffice) neutralised with an apostrophe."""
    flat = " ".join(value.replace("\t", " ").splitlines())
    return "'" + flat if flat[:1] in ("=", "+", "-", "@") else flat


def _transfer(app: App, work: Callable[[Session], Any]) -> int:
    """Run an import or export in one transaction; a bad file is a Vietnamese message, not a traceback."""
    from knowledge.db import session_scope
    from knowledge.transfer import TransferError

    try:
        with session_scope(app.deps.session_factory) as session:
            report = work(session)
    except TransferError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def cmd_import(app: App, args: argparse.Namespace) -> int:
    from knowledge.db import session_scope
    from knowledge.transfer import import_file

    union_id: int | None = None
    if args.union:
        with session_scope(app.deps.session_factory) as session:
            org = find_union(session, args.union)
            if org is None:
                return 1
            union_id = org.id

    def work(session: Session) -> Any:
        from knowledge.models import Organisation

        union = session.get(Organisation, union_id) if union_id is not None else None
        return import_file(session, Path(args.file), tz=app.deps.tz, reminder_config=app.settings.reminder_config(),
                           organisation=union, undo_web=args.theo_tep)

    return _transfer(app, work)


def cmd_export(app: App, args: argparse.Namespace) -> int:
    from knowledge.transfer import export_file

    return _transfer(app, lambda session: export_file(session, Path(args.file), kind=args.kind, tz=app.deps.tz))


def find_union(session: Session, text: str, *, within: set[int] | None = None,
               today_map: bool = True) -> Organisation | None:
    """The one union a typed name or code means (abbreviations, no diacritics, a former province's name all
    work); when none or several fit, say which and return None: a command never acts on a union guessed.
    `today_map`: see `knowledge.unions.lookup`."""
    from knowledge import unions

    found = unions.lookup(session, text, within=within, today_map=today_map)
    if found.one is not None:
        return found.one
    if len(found.unions) > 1:
        listed = "; ".join(f"{o.name} (mã {o.code})" for o in found.unions)
        print(f"Có {len(found.unions)} đơn vị khớp với «{text}»: {listed}. Hãy ghi tên đầy đủ hoặc mã đơn vị.",
              file=sys.stderr)
    elif found.unions:
        print(f"Không tìm thấy đơn vị «{text}». Có phải {found.unions[0].name} (mã {found.unions[0].code})?",
              file=sys.stderr)
    else:
        scope = " trong phạm vi được phép" if within is not None else ""
        print(f"Không tìm thấy đơn vị «{text}»{scope}.", file=sys.stderr)
    return None


def cmd_organiser(app: App, args: argparse.Namespace) -> int:
    from knowledge import store
    from knowledge.db import session_scope

    with session_scope(app.deps.session_factory) as session:
        if args.action == "list":
            roles = store.list_organisers(session=session)
            if not roles:
                print("Chưa có người tổ chức nào.")
            for r in roles:
                scope = r.organisation.name if r.organisation else "mọi đơn vị"
                print(f"{r.channel}:{r.user_id}\t{scope}")
            return 0
        if not args.who:
            print("Cần KÊNH:NGƯỜI_DÙNG, ví dụ: cadrebot organiser add telegram:123", file=sys.stderr)
            return 2
        channel, user = args.who
        if args.action == "link":
            return _organiser_link(app, session, channel, user)
        if args.action == "add":
            org = None
            if args.union:
                org = find_union(session, args.union)
                if org is None:
                    return 1
            added = store.add_organiser(session=session, channel=channel, user_id=user, organisation=org)
            print("Đã thêm người tổ chức." if added else "Người này đã là người tổ chức.")
            return 0
        removed = store.remove_organiser(session=session, channel=channel, user_id=user)
        print(f"Đã gỡ {removed} quyền người tổ chức." if removed else "Người này không phải người tổ chức.")
        return 0


def _organiser_link(app: App, session: Session, channel: str, user: str) -> int:
    """Print a one-time sign-in link to the web workspace; nothing for someone who is not an organiser."""
    from handlers.organiser import signin_url
    from knowledge import signin

    base = app.settings.web_url
    if base is None:
        print("Chưa đặt CADREBOT_PUBLIC_URL (hay WEBHOOK_BASE_URL): không tạo được đường dẫn đăng nhập. "
              "Ví dụ: CADREBOT_PUBLIC_URL=https://daotao.congdoan.vn", file=sys.stderr)
        return 2
    token = signin.issue_link(session=session, channel=channel, user_id=user, now=app.deps.clock.now())
    if token is None:
        print(f"{channel}:{user} không phải người tổ chức; không có đường dẫn nào được tạo.", file=sys.stderr)
        return 1
    print(signin_url(base, token))
    print(f"Dùng được một lần, trong {signin.LINK_MINUTES} phút.", file=sys.stderr)
    return 0


def cmd_web(app: App, args: argparse.Namespace) -> int:
    """Serve the organiser workspace alone (an office machine that runs no channel)."""
    from bot.serve import serve_web
    from bot.web import parse_listen

    listen = args.listen or app.settings.webhook_listen
    try:
        parse_listen(listen)
    except ValueError as exc:
        return startup_error(f"địa chỉ nghe không hợp lệ: {exc}", f"invalid listen address: {exc}")
    try:
        asyncio.run(serve_web(app, listen))
    except OSError as exc:
        return startup_error(f"Không mở được cổng web ({listen or '0.0.0.0:8080'}): {exc.strerror or exc}",
                             f"cannot listen ({listen or '0.0.0.0:8080'}): {exc.strerror or exc}")
    return 0


def cmd_broadcast(app: App, args: argparse.Namespace) -> int:
    """Queue an announcement from the command line; the running bot sends it."""
    from handlers.organiser import MAX_ANNOUNCEMENT, audience_label, build_announcement
    from knowledge import outbox, store
    from knowledge.db import session_scope

    body = sys.stdin.read() if args.text == "-" else args.text
    body = body.strip()
    if not body:
        print("Nội dung thông báo đang trống (--text).", file=sys.stderr)
        return 2
    if len(body) > MAX_ANNOUNCEMENT:
        print(f"Thông báo dài {len(body)} ký tự, quá giới hạn {MAX_ANNOUNCEMENT}.", file=sys.stderr)
        return 2
    now = app.deps.clock.now()
    with session_scope(app.deps.session_factory) as session:
        scope = outbox.Scope(None)
        if args.from_:
            found = outbox.organiser_scope(session=session, channel=args.from_[0], user_id=args.from_[1])
            if found is None:
                print(f"{args.from_[0]}:{args.from_[1]} không phải người tổ chức "
                      "(thêm bằng: cadrebot organiser add).", file=sys.stderr)
                return 1
            scope = found
        kind, _, value = args.to.partition(":")
        course = None
        if args.course:
            course = store.course_by_code(session=session, code=args.course)
            if course is None or not outbox.in_scope(session=session, scope=scope,
                                                     organisation_id=course.organiser_id):
                print(f"Không có lớp mã «{args.course}» trong phạm vi được phép.", file=sys.stderr)
                return 1
        if kind in ("all", "scope"):
            audience = outbox.Audience("scope")
        elif kind in ("union", "org"):
            within = None if scope.roots is None else outbox.subtree(session=session, roots=scope.roots)
            org = find_union(session, value, within=within, today_map=False)
            if org is None:
                return 1
            audience = outbox.Audience("org", str(org.id))
        elif kind == "role" and value in {r.key for r in ROLES}:
            audience = outbox.Audience("role", value)
        elif kind == "course":
            target = store.course_by_code(session=session, code=value) if value else course
            if target is None or not outbox.in_scope(session=session, scope=scope,
                                                     organisation_id=target.organiser_id):
                print(f"Không có lớp mã «{value}» trong phạm vi được phép.", file=sys.stderr)
                return 1
            audience = outbox.Audience("course", str(target.id))
        elif kind == "untrained":
            audience = outbox.Audience("untrained")
        else:
            print("--to phải là: all, union:MÃ, role:VAI_TRÒ (" + ", ".join(r.key for r in ROLES) +
                  "), course:MÃ_LỚP hoặc untrained.", file=sys.stderr)
            return 2
        recipients = outbox.select_recipients(session=session, scope=scope, audience=audience, now=now,
                                              tz=app.deps.tz)
        ann = build_announcement(session=session, body=body, course=course, scope=scope, tz=app.deps.tz)
        label = audience_label(session=session, audience=audience, now=now, tz=app.deps.tz)
        print(ann.text)
        print(f"\n--\nNgười nhận: {recipients.count} — {label}; bỏ qua {recipients.skipped} người đã chặn bot.")
        if args.dry_run:
            print("Chạy thử (--dry-run): chưa gửi gì.")
            return 0
        if not recipients.count:
            print("Không có ai để gửi; thông báo không được tạo.", file=sys.stderr)
            return 1
        job = outbox.create_job(session=session, kind="broadcast", text=ann.text, buttons=ann.buttons,
                                recipients=recipients, now=now, audience=label, course_id=ann.course_id,
                                created_by=args.from_)
        assert job is not None
        number = outbox.broadcast_number(session=session, job_id=job.id)
        print(f"Đã xếp hàng thông báo #{number}. Bot đang chạy (cadrebot run) sẽ gửi; xem tiến độ: "
              f"cadrebot report {number}")
    return 0


def cmd_report(app: App, args: argparse.Namespace) -> int:
    """Delivery reports of the latest announcements, or of one."""
    from knowledge import outbox
    from knowledge.db import session_scope

    with session_scope(app.deps.session_factory) as session:
        if args.job is not None:
            job = outbox.broadcast_by_number(session=session, number=args.job)  # the number announcements show
            jobs = [job] if job is not None else []
        else:
            jobs = outbox.recent_jobs(session=session, channel=None, user_id=None, limit=args.limit)
        if not jobs:
            print("Chưa có thông báo nào." if args.job is None else f"Không có thông báo #{args.job}.")
            return 0 if args.job is None else 1
        counts = outbox.job_counts(session=session, job_ids=[j.id for j in jobs])
        print("\n\n".join(app.deps.wording.report(j, counts[j.id], app.deps.tz,
                                                   outbox.broadcast_number(session=session, job_id=j.id))
                            for j in jobs))
    return 0


def cmd_registrations(app: App, args: argparse.Namespace) -> int:
    """Who is registered for a course, then who waits, in order."""
    from knowledge import registrations, store
    from knowledge.db import session_scope
    from knowledge.format import date_time

    with session_scope(app.deps.session_factory) as session:
        course = store.course_by_code(session=session, code=args.code)
        if course is None:
            print(f"Không có lớp mã «{args.code}».", file=sys.stderr)
            return 1
        if args.xlsx:
            from knowledge.plans.roster import RosterError, write_roster

            try:
                print(write_roster(session, course, Path(args.xlsx), tz=app.deps.tz).summary())
            except RosterError as exc:
                print(str(exc), file=sys.stderr)
                return 1
            return 0
        rows = registrations.course_registrations(session=session, course_id=course.id)
        places = sum(r.status == "registered" for r, _ in rows)
        capacity = f"/{course.capacity}" if course.capacity else ""
        print(f"{course.code} — {course.title}: {places}{capacity} đã đăng ký, {len(rows) - places} đang chờ")
        waiting = 0
        for r, p in rows:
            if r.status == "waitlisted":
                waiting += 1
            state = "đã đăng ký" if r.status == "registered" else f"chờ #{waiting}"
            details = registrations.details_of(session=session, profile=p)
            name, unit = (details.full_name, details.unit) if details else (p.display_name or "", "")
            print("\t".join(spreadsheet_safe(v) for v in (
                state, f"{p.channel}:{p.user_id}", name, unit, date_time(r.created_at, app.deps.tz))))
    return 0


def cmd_sample(app: App, args: argparse.Namespace) -> int:
    """`cadrebot sample remove`: the quick-start sample out, for good."""
    from knowledge.db import session_scope
    from knowledge.plans import sample

    with session_scope(app.deps.session_factory) as session:
        removed = sample.remove(session)
    print(removed.summary())
    return 0


def cmd_course(app: App, args: argparse.Namespace) -> int:
    """Move a class, change its place, cancel it, or set its own reminder ladder; registered people are told."""
    import datetime as dt

    from knowledge import reminders, store
    from knowledge.db import bump_data_version, session_scope
    from knowledge.transfer import END_TIME, parse_datetime, parse_day_and_clock

    config = app.settings.reminder_config()
    with session_scope(app.deps.session_factory) as session:
        course = store.course_by_code(session=session, code=args.code)
        if course is None:
            print(f"Không có lớp mã «{args.code}».", file=sys.stderr)
            return 1
        now = app.deps.clock.now()
        if args.action == "reminders":
            if args.value is None:
                ladder = reminders.course_ladder(course, config)
                shown = "; ".join(r.label() for r in ladder) or "không nhắc"
                print(shown + ("" if course.reminders is not None else " (mặc định của hệ thống)"))
                return 0
            try:
                rungs = reminders.parse_ladder(args.value)
            except reminders.LadderError as exc:
                print(f"Lịch nhắc không hợp lệ: {exc}.", file=sys.stderr)
                return 2
            course.reminders = "; ".join(r.key for r in rungs) if rungs else "không"
            bump_data_version(session)
            print(f"Lớp {course.code} sẽ nhắc: " + ("; ".join(r.label() for r in rungs) or "không nhắc") + ".")
            return 0
        if course.status == "cancelled":
            print(f"Lớp {course.code} đã bị hủy từ trước.", file=sys.stderr)
            return 1
        starts = None
        hour_given = False
        if args.action == "move" and args.value is None and args.venue is None:
            print("Cần thời gian mới hoặc --venue, ví dụ: cadrebot course move MÃ \"05/01/2027 08:00\"", file=sys.stderr)
            return 2
        if args.action == "move" and args.value is not None:
            if not args.value:
                print("Cần thời gian mới, ví dụ: cadrebot course move MÃ \"05/01/2027 08:00\"", file=sys.stderr)
                return 2
            try:
                day, clock = parse_day_and_clock(args.value)
            except Exception as exc:  # the parser's own error type is private; its message is for people
                print(f"Không hiểu thời gian «{args.value}»: {exc}", file=sys.stderr)
                return 2
            # A date alone keeps the class's hour of day, and a class whose plan gave no hour still has none
            # (its stored 08:00 stays the import's guess); a typed hour is the class's hour from now on.
            hour_given = clock is not None
            starts = dt.datetime.combine(day, clock or course.starts_at.astimezone(app.deps.tz).time(),
                                         app.deps.tz).astimezone(dt.UTC)
            if starts <= now:
                print("Thời gian mới phải ở tương lai.", file=sys.stderr)
                return 2
        ends = None
        if args.action == "move" and args.end:
            try:
                ends = parse_datetime(args.end, app.deps.tz, END_TIME)
            except Exception as exc:  # the parser's own error type is private; its message is for people
                print(f"Không hiểu thời gian kết thúc «{args.end}»: {exc}", file=sys.stderr)
                return 2
            if ends <= (starts or course.starts_at):
                print("Thời gian kết thúc phải sau thời gian bắt đầu.", file=sys.stderr)
                return 2
        elif starts is not None:
            kept = reminders.moved_end(course, starts, app.deps.tz)
            if kept.to_confirm and kept.ends_at is not None:
                # As on the web: a kept length that runs past the class's usual end is never saved unseen.
                end = kept.ends_at.astimezone(app.deps.tz)
                print(f"Giữ nguyên thời lượng thì lớp kết thúc lúc {end:%H:%M} ngày {end:%d/%m/%Y}, muộn hơn giờ "
                      f"kết thúc cũ. Ghi rõ giờ kết thúc bằng --end, ví dụ --end \"{end:%d/%m/%Y %H:%M}\".",
                      file=sys.stderr)
                return 2
        notice = reminders.reschedule(session=session, course=course, now=now, tz=app.deps.tz, config=config,
                                      starts_at=starts, venue=args.venue, cancel=args.action == "cancel",
                                      ends_at=ends, hour_given=hour_given)
        bump_data_version(session)  # every process re-reads the course, and the planner re-plans
        told = notice.total if notice is not None else 0
        done = "Đã hủy" if args.action == "cancel" else "Đã cập nhật"
        print(f"{done} lớp {course.code}; {told} người đã đăng ký sẽ nhận thông báo.")
    return 0


def cmd_reminders(app: App, args: argparse.Namespace) -> int:
    """The reminders still to send, soonest first (what the running bot's planner holds)."""
    from knowledge import reminders
    from knowledge.db import session_scope
    from knowledge.format import date_time

    with session_scope(app.deps.session_factory) as session:
        planned = reminders.plan(session=session, now=app.deps.clock.now(), config=app.settings.reminder_config(),
                                 tz=app.deps.tz)
        planned.sort(key=lambda p: p.run_at)
        print(f"{len(planned)} tin nhắc đang chờ.")
        for p in planned[:args.limit]:
            what = "lịch học" if p.kind == "class" else "hạn đăng ký"
            print(f"{date_time(p.run_at, app.deps.tz)}\t{what}, {p.rung.label()} trước\t{p.job_id}")
    return 0


def cmd_unanswered(app: App, args: argparse.Namespace) -> int:
    """The questions the bot could not answer, newest first, for organisers to fill the gaps."""
    from knowledge import store
    from knowledge.db import session_scope
    from knowledge.format import date_time

    with session_scope(app.deps.session_factory) as session:
        rows = store.recent_unanswered(session=session, limit=args.limit)
        if not rows:
            print("Chưa có câu hỏi nào chưa trả lời được.")
        for row in rows:
            print(f"{date_time(row.asked_at, app.deps.tz)}\t{row.channel}:{row.user_id}\t{row.intent}\t{row.text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cadrebot", description="Trợ lý đào tạo cán bộ công đoàn")
    p.add_argument("-v", "--verbose", action="store_true", help="ghi log chi tiết")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="chạy mọi kênh đã có token; không có token thì mở trò chuyện terminal")
    sub.add_parser("chat", help="trò chuyện trên terminal")
    a = sub.add_parser("ask", help="hỏi một câu; '-' đọc mỗi dòng một câu từ stdin")
    a.add_argument("question")
    a.add_argument("--json", action="store_true")
    a.add_argument("--as", dest="as_", type=_as, metavar="KÊNH:NGƯỜI_DÙNG")
    i = sub.add_parser("import", help="nhập khóa học, chỉ tiêu từ CSV hoặc XLSX")
    i.add_argument("file")
    i.add_argument("--union", help="mã hoặc tên đơn vị nhập kế hoạch: đơn vị tổ chức của lớp không ghi đơn vị, "
                                   "đơn vị cấp trên của đơn vị mới không rõ tỉnh")
    i.add_argument("--theo-tep", action="store_true",
                   help="lớp đã đổi lịch, đổi địa điểm hoặc hủy trên trang quản lý cũng lấy theo tệp (mặc định giữ "
                        "thay đổi trên trang quản lý, và báo từng lớp)")
    e = sub.add_parser("export", help="xuất khóa học, chỉ tiêu ra CSV hoặc XLSX")
    e.add_argument("file")
    e.add_argument("--kind", choices=["courses", "targets"], default=None)
    o = sub.add_parser("organiser", help="quản lý người tổ chức")
    o.add_argument("action", choices=["add", "remove", "list", "link"])
    o.add_argument("who", nargs="?", type=_as)
    o.add_argument("--union", help="mã hoặc tên đơn vị (phạm vi quyền)")
    b = sub.add_parser("broadcast", help="xếp hàng một thông báo; bot đang chạy sẽ gửi")
    b.add_argument("--to", required=True, metavar="NHÓM",
                   help="all | union:MÃ_ĐƠN_VỊ | role:VAI_TRÒ | course:MÃ_LỚP | untrained (chưa học lớp nào năm nay)")
    b.add_argument("--text", required=True, help="nội dung; '-' đọc từ stdin")
    b.add_argument("--course", help="mã lớp đính kèm (thêm chi tiết và nút Đăng ký)")
    b.add_argument("--from", dest="from_", type=_as, metavar="KÊNH:NGƯỜI_DÙNG",
                   help="người tổ chức gửi: giới hạn theo phạm vi của họ, và họ nhận báo cáo")
    b.add_argument("--dry-run", action="store_true", help="chỉ xem trước và đếm người nhận")
    r = sub.add_parser("report", help="báo cáo gửi thông báo")
    r.add_argument("job", nargs="?", type=int)
    r.add_argument("--limit", type=int, default=5)
    g = sub.add_parser("registrations", help="danh sách đăng ký và danh sách chờ của một lớp")
    g.add_argument("code", help="mã lớp")
    g.add_argument("--xlsx", metavar="TỆP", help="ghi danh sách điểm danh in được (STT, họ tên, đơn vị, ký tên) ra tệp .xlsx")
    sp = sub.add_parser("sample", help="dữ liệu mẫu khởi đầu")
    sp.add_argument("action", choices=["remove"], help="remove: xóa lớp và chỉ tiêu mẫu (kèm đăng ký, thông báo)")
    c = sub.add_parser("course", help="đổi lịch, đổi địa điểm, hủy một lớp (báo cho người đã đăng ký), "
                                      "hoặc đặt lịch nhắc riêng của lớp")
    c.add_argument("action", choices=["move", "cancel", "reminders"])
    c.add_argument("code", help="mã lớp")
    c.add_argument("value", nargs="?", help="move: thời gian mới «05/01/2027 08:00» (chỉ ghi ngày: giữ giờ của lớp, "
                   "lớp chưa có giờ vẫn chưa có giờ); reminders: «7 ngày; 2 giờ»")
    c.add_argument("--venue", help="địa điểm mới")
    c.add_argument("--end", help="move: thời gian kết thúc mới «09/01/2027 17:00» (không ghi: giữ thời lượng)")
    m = sub.add_parser("reminders", help="các tin nhắc đang chờ gửi")
    m.add_argument("--limit", type=int, default=50)
    u = sub.add_parser("unanswered", help="các câu hỏi chưa trả lời được (mới nhất trước)")
    u.add_argument("--limit", type=int, default=50)
    w = sub.add_parser("web", help="chỉ chạy trang quản lý trên web (/quanly/), không chạy kênh chat nào")
    w.add_argument("--listen", metavar="HOST:PORT", help="địa chỉ nghe; mặc định WEBHOOK_LISTEN hoặc 0.0.0.0:8080")
    d = sub.add_parser("db", help="cơ sở dữ liệu")
    d.add_argument("action", choices=["upgrade"])
    return p


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    args = build_parser().parse_args(argv)
    from pydantic import ValidationError

    try:
        settings = Settings()
    except ValidationError as exc:
        problem = _settings_error(exc)
        return startup_error(f"cấu hình chưa đúng — {problem}", f"invalid setting — {problem}")
    secrets = [t.get_secret_value() for t in (settings.telegram_bot_token, settings.zalo_bot_token,
                                              settings.webhook_secret) if t]
    import logging

    # A running bot reports starts, stops and failures; one-shot commands stay quiet.
    level = logging.DEBUG if args.verbose else logging.INFO if args.command in ("run", "web") else logging.WARNING
    chatting = args.command == "chat" or (args.command == "run" and settings.telegram_bot_token is None
                                          and settings.zalo_bot_token is None)
    setup_logging(level, secrets, path=chat_log(settings.database_url) if chatting else None, tz=settings.tz)
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if args.command == "db":
            from knowledge.db import make_engine, upgrade

            changed = upgrade(make_engine(settings.database_url))
            print("Đã nâng cấp cơ sở dữ liệu." if changed else "Cơ sở dữ liệu đã ở phiên bản mới nhất.")
            return 0
        app = build_app(settings)
    except SQLAlchemyError as exc:
        # The URL is not printed: it may hold a password.
        reason = type(getattr(exc, "orig", None) or exc).__name__
        return startup_error(f"không mở được cơ sở dữ liệu (CADREBOT_DATABASE_URL): {reason}",
                             f"cannot open the database (CADREBOT_DATABASE_URL): {reason}")
    try:
        handlers: dict[str, Callable[[App, argparse.Namespace], int]] = {"run": cmd_run, "chat": cmd_chat, "ask": cmd_ask, "import": cmd_import, "export": cmd_export,
                    "organiser": cmd_organiser, "unanswered": cmd_unanswered,
                    "broadcast": cmd_broadcast, "report": cmd_report,
                    "registrations": cmd_registrations, "course": cmd_course, "sample": cmd_sample, "reminders": cmd_reminders, "web": cmd_web}
        return handlers[args.command](app, args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `cadrebot unanswered | head`: the reader left; what it did not read is not an error. stdout is
        # pointed at /dev/null so that the interpreter's own flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())
