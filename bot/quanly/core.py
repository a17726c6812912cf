"""The frame every workspace page shares: templates, the signed-in organiser, CSRF, scope, uploads, errors.

A page module registers its routes with `Workspace.add(...)` and answers with `ws.render(...)`. The
middlewares below run before any page: security headers; Vietnamese error pages; sign-in (anonymous
requests are sent to the explanation page); CSRF on every POST (403 without the session's value); and
multipart uploads streamed to a temporary file with the 10 MB cap, so no page can forget one of them.
Database work runs off the event loop through `ws.db(...)`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import ipaddress
import logging
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import jinja2
from aiohttp import BodyPartReader, web
from sqlalchemy.orm import Session
from yarl import URL

from handlers.deps import Deps
from knowledge import format as vn
from knowledge import outbox, signin
from knowledge.db import session_scope
from knowledge.models import Course

log = logging.getLogger(__name__)

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

PREFIX = "/quanly"
COOKIE = "cadrebot_quanly"
MAX_UPLOAD = 10 * 1024 * 1024  # an office plan is a few hundred KiB; 10 MB leaves room for pictures in it
MAX_FORM_FIELD = 64 * 1024
PUBLIC_PATHS = (f"{PREFIX}/vao", f"{PREFIX}/dangnhap", f"{PREFIX}/static/")
T = TypeVar("T")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True, slots=True)
class Section:
    """One entry of the navigation."""

    key: str
    label: str
    path: str


# The five sections, in the order of an organiser's year: plan, classes, announcements, questions, targets.
SECTIONS: tuple[Section, ...] = (
    Section("kehoach", "Kế hoạch", f"{PREFIX}/kehoach"),
    Section("lop", "Lớp học", f"{PREFIX}/lop"),
    Section("thongbao", "Thông báo", f"{PREFIX}/thongbao"),
    Section("cauhoi", "Câu hỏi", f"{PREFIX}/cauhoi"),
    Section("chitieu", "Chỉ tiêu", f"{PREFIX}/chitieu"),
)


@dataclass(frozen=True, slots=True)
class Organiser:
    """The signed-in organiser of a request: their login and the unions they may see and change."""

    login: signin.Login
    allowed: frozenset[int] | None  # None: every union (a national organiser)

    @property
    def csrf(self) -> str:
        return self.login.csrf

    @property
    def scope(self) -> outbox.Scope:
        return self.login.scope

    def may(self, organisation_id: int | None) -> bool:
        """Whether a record of this union is within the organiser's scope."""
        return self.allowed is None or (organisation_id is not None and organisation_id in self.allowed)


@dataclass(slots=True)
class Upload:
    """A file sent with a form, already on disk (deleted when the request ends unless a page keeps it)."""

    filename: str
    path: Path
    size: int


ORGANISER = web.RequestKey("organiser", Organiser)
FORM = web.RequestKey("form", dict[str, str])
UPLOAD = web.RequestKey("upload", Upload)


@dataclass(slots=True)
class RateLimit:
    """At most `limit` events per `window` seconds per key (the client address), with an injectable clock.

    `allow` checks and counts; `blocked` only checks and `hit` only counts, for limits that count failures
    alone (a good sign-in link must not use up the organiser's attempts). A key whose newest event is older
    than the window is forgotten at the next sweep (at most once a window), so the table does not grow for
    ever with every address that ever asked."""

    limit: int
    window: float
    monotonic: Callable[[], float] = time.monotonic
    _hits: dict[str, deque[float]] = field(default_factory=dict)
    _swept: float | None = None

    def _sweep(self, now: float) -> None:
        if self._swept is not None and now - self._swept < self.window:
            return
        self._swept = now
        for key in [k for k, v in self._hits.items() if not v or now - v[-1] >= self.window]:
            del self._hits[key]

    def _recent(self, key: str, now: float) -> deque[float] | None:
        hits = self._hits.get(key)
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        return hits

    def blocked(self, key: str) -> bool:
        now = self.monotonic()
        self._sweep(now)
        hits = self._recent(key, now)
        return hits is not None and len(hits) >= self.limit

    def hit(self, key: str) -> None:
        now = self.monotonic()
        self._sweep(now)
        self._hits.setdefault(key, deque()).append(now)

    def allow(self, key: str) -> bool:
        if self.blocked(key):
            return False
        self.hit(key)
        return True

    def __len__(self) -> int:
        return len(self._hits)


def parse_proxies(value: str) -> frozenset[IPNetwork]:
    """CADREBOT_TRUSTED_PROXIES: comma-separated addresses (or networks, 10.0.0.0/8) of the reverse proxies in
    front of the web server; ValueError for anything else."""
    out: set[IPNetwork] = set()
    for part in value.split(","):
        if part.strip():
            out.add(ipaddress.ip_network(part.strip(), strict=False))
    return frozenset(out)


def _trusted(address: str, proxies: frozenset[IPNetwork]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in net for net in proxies)


def client_address(request: web.Request, proxies: frozenset[IPNetwork] = frozenset()) -> str:
    """The address a request came from, for rate limits and logs. Behind trusted proxies every request
    comes from the proxy: then the nearest X-Forwarded-For hop that is not a trusted proxy is the client
    (the hops further left are whatever the client chose to send, so they are not believed). Without
    trusted proxies the header is ignored: anyone could send it."""
    remote = request.remote or ""
    if not proxies or not _trusted(remote, proxies):
        return remote
    hops = [h.strip() for v in request.headers.getall("X-Forwarded-For", []) for h in v.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop[:64]
    return hops[0][:64] if hops else remote


def organiser(request: web.Request) -> Organiser:
    """The signed-in organiser (the auth middleware guarantees one on every non-public page)."""
    return request[ORGANISER]


def form(request: web.Request) -> dict[str, str]:
    """The POSTed fields (already read and CSRF-checked by the middleware)."""
    fields = request.get(FORM)
    return fields if fields is not None else {}


def upload(request: web.Request) -> Upload | None:
    """The file of a multipart form, if one was sent (within the size cap)."""
    return request.get(UPLOAD)


def _date(value: dt.date | dt.datetime | None, tz: ZoneInfo) -> str:
    return vn.date(value, tz) if value is not None else ""


def _datetime(value: dt.datetime | None, tz: ZoneInfo) -> str:
    return f"{value.astimezone(tz):%H:%M %d/%m/%Y}" if value is not None else ""


def _number(value: float | None, decimals: int = 2) -> str:
    return vn.number(value, decimals) if value is not None else ""


def _percent(part: float | None, whole: float | None) -> str:
    return vn.percent(part, whole) if part is not None and whole else "—"


class Workspace:
    """The organiser workspace: an aiohttp sub-application mounted under /quanly/ on the bot's web server."""

    def __init__(self, deps: Deps, *, public_url: str | None, reminder_config: Any,
                 signin_limit: RateLimit | None = None, upload_dir: Path | None = None,
                 trusted_proxies: frozenset[IPNetwork] = frozenset()) -> None:
        self.deps = deps
        self.trusted_proxies = trusted_proxies
        self.public_url = public_url
        self.reminder_config = reminder_config
        self.secure_cookie = bool(public_url and public_url.startswith("https://"))
        self.signin_limit = signin_limit or RateLimit(limit=10, window=300.0)
        self._own_dir = upload_dir is None
        self.upload_dir = upload_dir or Path(tempfile.mkdtemp(prefix="cadrebot-quanly-"))
        self.env = jinja2.Environment(loader=jinja2.PackageLoader("bot", "templates"),
                                      autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
                                      undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        tz = deps.tz
        self.env.filters.update(
            vn_date=lambda v: _date(v, tz), vn_datetime=lambda v: _datetime(v, tz), vn_number=_number,
            vn_weekday=lambda v: vn.weekday_date(v, tz) if v is not None else "")
        self.env.globals.update(vn_percent=_percent, sections=SECTIONS, prefix=PREFIX)
        self.app = web.Application(middlewares=[self._headers, self._errors, self._auth])
        self.app.on_cleanup.append(self._cleanup)
        self.app.router.add_static("/static/", Path(__file__).resolve().parent.parent / "static" / "quanly")

    # ------------------------------------------------------------------ what pages use

    def add(self, method: str, path: str, handler: Handler, *, name: str | None = None) -> None:
        """Register a page: `path` is relative to /quanly (e.g. "/lop/{id}")."""
        self.app.router.add_route(method, path, handler, name=name)

    async def db(self, work: Callable[[Session], T]) -> T:
        """Run `work(session)` in one transaction, off the event loop."""
        def run() -> T:
            with session_scope(self.deps.session_factory) as session:
                return work(session)

        return await asyncio.to_thread(run)

    def now(self) -> dt.datetime:
        return self.deps.clock.now()

    def render(self, request: web.Request, template: str, *, status: int = 200, section: str | None = None,
               **context: Any) -> web.Response:
        """A page of the workspace: the base layout with the signed-in organiser, the nav and the CSRF value."""
        who = request.get(ORGANISER)
        body = self.env.get_template(template).render(
            organiser=who, csrf=who.csrf if who else "", section=section, path=request.path, **context)
        return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")

    def redirect(self, path: str, **query: str | int) -> web.HTTPSeeOther:
        url = URL(path)
        return web.HTTPSeeOther(str(url.with_query({k: str(v) for k, v in query.items()}) if query else url))

    def course_in_scope(self, session: Session, who: Organiser, course_id: str) -> Course:
        """The class a URL names, or 404 when it does not exist or is outside the organiser's unions (the
        same answer for both, so a URL reveals nothing about other unions' classes)."""
        course = session.get(Course, int(course_id)) if course_id.isascii() and course_id.isdigit() and \
            len(course_id) <= 9 else None
        if course is None or not who.may(course.organiser_id):
            raise web.HTTPNotFound()
        return course

    def signin_url(self, token: str) -> str:
        base = (self.public_url or "").rstrip("/")
        return f"{base}{PREFIX}/vao?t={token}"

    # ------------------------------------------------------------------ middlewares

    @web.middleware
    async def _headers(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        response = await handler(request)
        # The sign-in token travels in a URL: no Referer may carry it elsewhere, no cache may keep a page.
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        if not request.path.startswith(f"{PREFIX}/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @web.middleware
    async def _errors(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path == PREFIX:
            raise web.HTTPMovedPermanently(f"{PREFIX}/")
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status == 404:
                return self.render(request, "quanly/error.html", status=404, title="Không tìm thấy",
                                   message="Không có trang này, hoặc nội dung nằm ngoài phạm vi đơn vị của anh/chị.")
            if exc.status == 403:
                return self.render(request, "quanly/error.html", status=403, title="Không được phép",
                                   message=exc.text if exc.text and not exc.text.startswith("403") else
                                   "Yêu cầu bị từ chối. Anh/chị tải lại trang rồi thử lại.")
            if exc.status == 413:  # a form over the server's 1 MiB (files have their own cap and page)
                return self.render(request, "quanly/error.html", status=413, title="Nội dung quá lớn",
                                   message="Nội dung gửi lên quá lớn nên không nhận. Anh/chị rút gọn rồi thử lại.")
            if exc.status == 405:
                return self.render(request, "quanly/error.html", status=405, title="Không được phép",
                                   message="Trang này không nhận yêu cầu kiểu đó.")
            raise
        except Exception:
            log.exception("web workspace: %s %s failed", request.method, request.path)
            return self.render(request, "quanly/error.html", status=500, title="Có lỗi",
                               message="Máy chủ gặp lỗi khi xử lý yêu cầu; chưa có gì bị thay đổi. "
                                       "Anh/chị thử lại sau ít phút.")

    @web.middleware
    async def _auth(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith(PUBLIC_PATHS):
            return await handler(request)
        token = request.cookies.get(COOKIE, "")
        who = await self.db(lambda s: self._organiser(s, token)) if token else None
        if who is None:
            raise web.HTTPSeeOther(f"{PREFIX}/dangnhap")
        request[ORGANISER] = who
        try:
            if request.method == "POST":
                refused = await self._read_post(request, who)
                if refused is not None:
                    return refused
            return await handler(request)
        finally:
            up = upload(request)
            if up is not None:
                up.path.unlink(missing_ok=True)

    def _organiser(self, session: Session, token: str) -> Organiser | None:
        login = signin.login_for(session=session, token=token, now=self.now())
        if login is None:
            return None
        allowed = signin.allowed_unions(session=session, scope=login.scope)
        return Organiser(login, frozenset(allowed) if allowed is not None else None)

    async def _read_post(self, request: web.Request, who: Organiser) -> web.StreamResponse | None:
        """Read the form (streaming a file to disk within the cap) and check its CSRF value; a response to
        give instead of the page, or None."""
        if request.content_type == "multipart/form-data":
            if request.content_length is not None and request.content_length > MAX_UPLOAD + MAX_FORM_FIELD:
                return self._too_large(request)
            fields, up, too_large = await self._read_multipart(request)
            if up is not None:
                request[UPLOAD] = up
            if too_large:
                return self._too_large(request)
        else:
            fields = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        request[FORM] = fields
        if not hmac.compare_digest(fields.get("csrf", "").encode(), who.csrf.encode()):
            log.warning("web workspace: POST %s without a valid CSRF value from %s (%s)", request.path,
                        request.remote, who.login.account)
            raise web.HTTPForbidden(text="Biểu mẫu đã cũ hoặc không hợp lệ. Anh/chị tải lại trang rồi thử lại.")
        return None

    def _too_large(self, request: web.Request) -> web.Response:
        return self.render(request, "quanly/error.html", status=413, title="Tệp quá lớn",
                           message=f"Tệp lớn hơn {MAX_UPLOAD // (1024 * 1024)} MB nên không nhận. Anh/chị lưu lại "
                                   "bảng tính chỉ với các trang cần nhập, hoặc chia thành nhiều tệp nhỏ hơn.")

    async def _read_multipart(self, request: web.Request) -> tuple[dict[str, str], Upload | None, bool]:
        fields: dict[str, str] = {}
        up: Upload | None = None
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(part, BodyPartReader):
                continue
            if part.filename is None:
                # A chunk is what has arrived so far: a field split across TCP segments needs several reads.
                data = bytearray()
                while len(data) < MAX_FORM_FIELD and (chunk := await part.read_chunk(MAX_FORM_FIELD - len(data))):
                    data += chunk
                fields[part.name or ""] = data.decode("utf-8", "replace")
                continue
            if up is not None or not part.filename:
                continue  # one file per form; an empty file input sends a part without a name
            size = 0
            with tempfile.NamedTemporaryFile(dir=self.upload_dir, delete=False, suffix=".part") as handle:
                up = Upload(Path(part.filename).name[:200], Path(handle.name), 0)
                try:
                    while chunk := await part.read_chunk(1 << 16):
                        size += len(chunk)
                        if size > MAX_UPLOAD:
                            break
                        await asyncio.to_thread(handle.write, chunk)
                except BaseException:
                    up.path.unlink(missing_ok=True)
                    raise
            up.size = size
            if size > MAX_UPLOAD:
                return fields, up, True
        return fields, up, False

    async def _cleanup(self, _app: web.Application) -> None:
        if self._own_dir:
            shutil.rmtree(self.upload_dir, ignore_errors=True)


def mount(root: web.Application, ws: Workspace, modules: Iterable[Callable[[Workspace], None]]) -> None:
    """Let each page module register its routes, then mount the workspace under /quanly/ on `root`."""
    for setup in modules:
        setup(ws)
    root.add_subapp(PREFIX, ws.app)
