"""Section «Chỉ tiêu» of the workspace: the targets of the organiser's unions with their progress, the form
that updates a target's achieved value and as-of date, and one chart per union (PNG drawn by
handlers/charts.py).

The same chart is also served without signing in at `/bieudo/chitieu/<MÃ ĐƠN VỊ>.png` (see `public_routes`):
that is the link Zalo and the terminal get with «/chitieu», and it shows only what the bot tells anyone who
asks in chat.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy.orm import Session

from bot.quanly.core import IPNetwork, RateLimit, Workspace, client_address, form, organiser
from handlers import charts
from handlers.deps import Deps
from knowledge import format as vn
from knowledge import progress
from knowledge.db import session_scope
from knowledge.models import Target
from knowledge.outbox import Scope

ERRORS = {
    "number": "Số đã đạt phải là một số, ví dụ 3.831 hoặc 61,23.",
    "date": "Ngày tính số liệu phải viết dạng ngày/tháng/năm, ví dụ 20/11/2026.",
    "negative": "Số đã đạt không thể âm.",
    "future": "Ngày tính số liệu không thể sau hôm nay.",
    "not_a_number": "Số đã đạt phải là một số.",
}


@dataclass(frozen=True, slots=True)
class UnionTargets:
    """One union's targets, as the page groups them, and whether it has a chart."""

    organisation_id: int
    name: str
    targets: list[Target]
    chart_year: int | None
    chart_height: int = 0  # pixels of the chart image (see handlers/charts.py), so the page does not jump


def _is_id(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 9


def _groups(session: Session, scope: Scope, year: int) -> list[UnionTargets]:
    by_org: dict[int, list[Target]] = {}
    for t in progress.targets_in_scope(session=session, scope=scope):
        by_org.setdefault(t.organisation_id, []).append(t)
    out: list[UnionTargets] = []
    for org_id, targets in by_org.items():
        data = progress.chart_data(session=session, organisation_id=org_id, year=year)
        drawn = data is not None and bool(data.rows)
        out.append(UnionTargets(org_id, targets[0].organisation.name, targets, data.year if drawn and data else None,
                                charts.image_size(data.rows)[1] if drawn and data else 0))
    # Unions with this year's targets first, then by name.
    out.sort(key=lambda g: (-(g.chart_year or 0), g.name))
    return out


def setup(ws: Workspace) -> None:
    async def page(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        year = ws.now().year
        groups = await ws.db(lambda s: _groups(s, who.scope, year))
        return ws.render(request, "quanly/chitieu.html", section="chitieu", title="Chỉ tiêu", groups=groups,
                         ok=request.query.get("ok", ""), error=ERRORS.get(request.query.get("loi", ""), ""),
                         changed=request.query.get("t", ""), today=vn.date(ws.now()))

    async def update(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        target_id = request.match_info["id"]
        if not _is_id(target_id):
            raise web.HTTPNotFound()
        fields = form(request)
        achieved = vn.parse_number(fields.get("achieved", ""))
        as_of = vn.parse_date(fields.get("as_of", ""))

        def work(session: Session) -> str:
            try:
                progress.target_in_scope(session=session, scope=who.scope, target_id=int(target_id))
                if achieved is None:
                    return "number"
                if as_of is None:
                    return "date"
                progress.update_progress(session=session, scope=who.scope, target_id=int(target_id),
                                         achieved=achieved, as_of=as_of, today=ws.now().date())
            except progress.ProgressError as exc:
                if exc.code == "not_found":
                    raise web.HTTPNotFound() from exc
                return exc.code
            return ""

        problem = await ws.db(work)
        if problem:
            raise ws.redirect("/quanly/chitieu", loi=problem, t=target_id)
        ws.deps.knowledge.invalidate()  # this process answers the new figure at once
        raise ws.redirect("/quanly/chitieu", ok="1", t=target_id)

    async def chart(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        org_id = request.match_info["org"]
        if not _is_id(org_id) or not who.may(int(org_id)):
            raise web.HTTPNotFound()
        png = await asyncio.to_thread(_png, ws.deps, int(org_id), ws.now().year)
        if png is None:
            raise web.HTTPNotFound()
        return web.Response(body=png, content_type="image/png")

    ws.add("GET", "/chitieu", page)
    ws.add("POST", r"/chitieu/{id}", update)
    ws.add("GET", r"/chitieu/{org}.png", chart)


def _png(deps: Deps, organisation_id: int, year: int) -> bytes | None:
    with session_scope(deps.session_factory) as session:
        data = progress.chart_data(session=session, organisation_id=organisation_id, year=year)
    return charts.render(data) if data is not None and data.rows else None


def _public_png(deps: Deps, code: str, year: int) -> bytes | None:
    with session_scope(deps.session_factory) as session:
        org = progress.organisation_by_code(session=session, code=code)
        data = progress.chart_data(session=session, organisation_id=org.id, year=year) if org else None
    return charts.render(data) if data is not None and data.rows else None


def public_routes(root: web.Application, deps: Deps, *, limit: RateLimit | None = None,
                  trusted_proxies: frozenset[IPNetwork] = frozenset()) -> None:
    """The chart without signing in, for the link «/chitieu» gives on Zalo and in the terminal. Drawing costs
    about 0.2 s of CPU the first time for each set of figures: an address asking for many unions' charts in a
    row is slowed down (30 a minute), so nobody can keep the server drawing."""
    gate = limit or RateLimit(limit=30, window=60.0)

    async def public_chart(request: web.Request) -> web.StreamResponse:
        if not gate.allow(client_address(request, trusted_proxies)):
            return web.Response(status=429, text="Quá nhiều yêu cầu; anh/chị thử lại sau ít phút.",
                                headers={"Retry-After": "60"})
        code = request.match_info["code"]
        if len(code) > 40 or not code.isascii():
            raise web.HTTPNotFound()
        png = await asyncio.to_thread(_public_png, deps, code, deps.clock.now().year)
        if png is None:
            raise web.HTTPNotFound()
        # Figures change when an organiser updates them: a few minutes of caching is harmless.
        return web.Response(body=png, content_type="image/png", headers={"Cache-Control": "public, max-age=300"})

    root.router.add_get(charts.CHART_PATH.format(code="{code}"), public_chart)
