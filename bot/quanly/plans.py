"""Section «Kế hoạch» of the workspace."""

from __future__ import annotations

from aiohttp import web

from bot.quanly.core import Workspace


def setup(ws: Workspace) -> None:
    async def page(request: web.Request) -> web.StreamResponse:
        return ws.render(request, "quanly/placeholder.html", section="kehoach", title="Kế hoạch",
                         lead="Phần này đang được xây dựng.")

    ws.add("GET", "/kehoach", page)
