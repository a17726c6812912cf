"""Section «Thông báo» of the workspace: write an announcement (optionally with a class), choose who gets it,
see it exactly as members will with the recipient count, send it; the announcements of the organiser's
unions with their delivery reports, updated while sending (report.js polls a small JSON route), and cancel
one still sending.

The message, the audiences and their checks are those of /thongbao in chat (handlers/announce.py); the
outbox and its pacers deliver it like any other announcement.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.quanly.core import Organiser, Workspace, form, organiser
from handlers import announce
from knowledge import announcements, registrations, store, timing, unions
from knowledge import format as vn
from knowledge.lexicon import ROLES
from knowledge.models import Course, Organisation

AUDIENCES = (("scope", "Mọi người trong phạm vi của tôi"), ("org", "Một đơn vị và các đơn vị cấp dưới"),
             ("role", "Theo vai trò"), ("course", "Người đã đăng ký lớp đính kèm"),
             ("untrained", "Người chưa học lớp nào năm nay"))
ERRORS = {
    "empty": "Anh/chị chưa viết nội dung thông báo.",
    "too_long": "Thông báo dài quá 1.000 ký tự; anh/chị rút gọn giúp.",
    "no_course": "Không thấy lớp này trong phạm vi của anh/chị.",
    "course_closed": "Lớp này đã hủy hoặc đã bắt đầu nên không kèm vào thông báo được.",
    "bad_audience": "Anh/chị chọn lại người nhận (đơn vị, vai trò, hoặc kèm một lớp để gửi cho người đã đăng ký).",
    "nobody": "Nhóm này hiện chưa có ai nhận được tin (chưa ai dùng trợ lý, hoặc đều đã chặn bot). Anh/chị chọn nhóm khác.",
    "finished": "Thông báo này đã gửi xong hoặc đã hủy, không còn gì để dừng.",
}
STATUS = {"sending": "Đang gửi", "done": "Đã gửi xong", "cancelled": "Đã hủy"}


@dataclass(frozen=True, slots=True)
class Draft:
    """What the form holds, as posted (strings), so a page can show it again."""

    body: str = ""
    course_id: str = ""
    kind: str = "scope"
    org: str = ""
    role: str = ""

    @classmethod
    def of(cls, fields: dict[str, str]) -> Draft:
        return cls(fields.get("body", "")[:5000], fields.get("course_id", ""), fields.get("kind", "scope"),
                   fields.get("org", ""), fields.get("role", ""))

    @property
    def value(self) -> str:
        return self.org if self.kind == "org" else self.role if self.kind == "role" else ""

    @property
    def course(self) -> int | None:
        return int(self.course_id) if self.course_id.isascii() and self.course_id.isdigit() and \
            len(self.course_id) <= 9 else None


def _options(session: Session, who: Organiser, ws: Workspace) -> dict[str, Any]:
    """The classes that can be attached and the unions that can be chosen."""
    # Not started as registration counts it: a class of «quý IV/2026» can still be announced in November.
    # A class put off: by the new day its note gives (knowledge.registrations.held_columns).
    q = select(Course).where(registrations.not_started(session, ws.now()), Course.status != "cancelled").order_by(
        registrations.held_columns(session).starts_at, Course.code)
    if who.allowed is not None:
        q = q.where(Course.organiser_id.in_(who.allowed))
    courses = list(session.scalars(q.limit(100)))
    # Today's unions only: a former district's or merged province's LĐLĐ is history (its people moved on).
    if who.allowed is None:
        orgs = unions.offered(store.top_organisations(session=session))
    else:
        orgs = unions.offered(session.scalars(select(Organisation).where(Organisation.id.in_(who.allowed))
                                              .order_by(Organisation.name)))
        roots = set(who.scope.roots or ())
        orgs.sort(key=lambda o: o.id not in roots)  # the organiser's own union first: the usual choice
    return {"courses": courses, "orgs": orgs, "roles": ROLES, "audiences": AUDIENCES}


def attach_when(course: Course, tz: dt.tzinfo) -> str:
    """The date a class to attach is listed with: the day it is held (a class put off: the new day its note
    gives), the period of a class dated by one, or that a class put off has no new date yet."""
    if course.status == "postponed" and timing.postponed_to(course.description, course.starts_at) is None:
        return "đã hoãn, chưa có lịch mới"
    period = timing.period_of(course)
    if period:
        return f"dự kiến {period}"
    said = vn.date(timing.held(course)[0], tz)
    return f"{said} (đã hoãn, lịch mới)" if course.status == "postponed" else said


def excerpt(text: str, limit: int = 90) -> str:
    """The organiser's own words of an announcement (after the «📢 THÔNG BÁO» header), cut for a table."""
    body = announcements.announcement_body(text).replace("\n", " ")
    return body if len(body) <= limit else body[: limit - 1].rsplit(" ", 1)[0] + "…"


def _id(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise web.HTTPNotFound()
    return int(text)


def setup(ws: Workspace) -> None:
    async def compose_page(request: web.Request, draft: Draft, error: str = "", status: int = 200) -> web.Response:
        who = organiser(request)

        def load(session: Session) -> dict[str, Any]:
            reports = announcements.reports(session=session, scope=who.scope,
                                            actor=(who.login.channel, who.login.user_id))
            return {**_options(session, who, ws), "reports": reports}

        ctx = await ws.db(load)
        ok = "Thông báo này đã được xếp hàng gửi rồi." if request.query.get("ok") == "again" else ""
        return ws.render(request, "quanly/thongbao.html", status=status, section="thongbao", title="Thông báo",
                         draft=draft, error=error, ok=ok, status_labels=STATUS, excerpt=excerpt,
                         attach_when=lambda c: attach_when(c, ws.deps.tz), **ctx)

    async def page(request: web.Request) -> web.StreamResponse:
        return await compose_page(request, Draft())

    async def edit(request: web.Request) -> web.StreamResponse:
        return await compose_page(request, Draft.of(form(request)))

    async def show_preview(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        draft = Draft.of(form(request))

        def work(session: Session) -> announce.Preview | str:
            try:
                return announce.preview(session=session, scope=who.scope, body=draft.body, course_id=draft.course,
                                        kind=draft.kind, value=draft.value, now=ws.now(), tz=ws.deps.tz)
            except announce.DraftError as exc:
                return exc.code

        shown = await ws.db(work)
        if isinstance(shown, str):
            return await compose_page(request, draft, ERRORS[shown], status=400)
        return ws.render(request, "quanly/thongbao_xemtruoc.html", section="thongbao", title="Xem trước thông báo",
                         draft=draft, preview=shown, token=secrets.token_urlsafe(16))

    async def send(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        fields = form(request)
        draft = Draft.of(fields)
        token = fields.get("token", "")
        creator = (who.login.channel, who.login.user_id)

        def work(session: Session) -> int | str:
            try:
                job, _ = announce.send(session=session, scope=who.scope, creator=creator, body=draft.body,
                                       course_id=draft.course, kind=draft.kind, value=draft.value,
                                       token=token or secrets.token_urlsafe(16), now=ws.now(), tz=ws.deps.tz)
            except announce.DraftError as exc:
                return exc.code
            if job is None:  # the same form sent twice: show the announcement it already queued
                return "again"
            return job.id

        result = await ws.db(work)
        if result == "again":
            raise ws.redirect("/quanly/thongbao", ok="again")
        if isinstance(result, str):
            return await compose_page(request, draft, ERRORS[result], status=400)
        raise ws.redirect(f"/quanly/thongbao/{result}", ok="sent")

    async def detail(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        job_id = _id(request.match_info["id"])

        def work(session: Session) -> announcements.Report:
            try:
                return announcements.report(session=session, scope=who.scope,
                                            actor=(who.login.channel, who.login.user_id), job_id=job_id)
            except announcements.AnnouncementError as exc:
                raise web.HTTPNotFound() from exc

        found = await ws.db(work)
        return ws.render(request, "quanly/thongbao_baocao.html", section="thongbao", title=f"Thông báo #{found.number}",
                         report=found, status_labels=STATUS, ok=request.query.get("ok", ""),
                         error=ERRORS.get(request.query.get("loi", ""), ""))

    async def detail_json(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        job_id = _id(request.match_info["id"])

        def work(session: Session) -> dict[str, object]:
            try:
                found = announcements.report(session=session, scope=who.scope,
                                             actor=(who.login.channel, who.login.user_id), job_id=job_id)
            except announcements.AnnouncementError as exc:
                raise web.HTTPNotFound() from exc
            return {**found.as_dict(), "status_label": STATUS.get(found.job.status, found.job.status)}

        return web.json_response(await ws.db(work))

    async def cancel(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        job_id = _id(request.match_info["id"])

        def work(session: Session) -> str:
            try:
                announcements.cancel(session=session, scope=who.scope, actor=(who.login.channel, who.login.user_id),
                                     job_id=job_id)
            except announcements.AnnouncementError as exc:
                if exc.code == "not_found":
                    raise web.HTTPNotFound() from exc
                return exc.code
            return ""

        problem = await ws.db(work)
        if problem:
            raise ws.redirect(f"/quanly/thongbao/{job_id}", loi=problem)
        raise ws.redirect(f"/quanly/thongbao/{job_id}", ok="cancelled")

    ws.add("GET", "/thongbao", page)
    ws.add("POST", "/thongbao/sua", edit)
    ws.add("POST", "/thongbao/xemtruoc", show_preview)
    ws.add("POST", "/thongbao/gui", send)
    ws.add("GET", r"/thongbao/{id:\d+}.json", detail_json)
    ws.add("GET", r"/thongbao/{id:\d+}", detail)
    ws.add("POST", r"/thongbao/{id:\d+}/huy", cancel)
