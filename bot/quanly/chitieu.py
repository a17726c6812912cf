"""Section «Chỉ tiêu» of the workspace: a placeholder until its pages are built (issue 15, part B)."""

from __future__ import annotations

from aiohttp import web

from bot.quanly.core import Workspace


def setup(ws: Workspace) -> None:
    async def page(request: web.Request) -> web.StreamResponse:
        return ws.render(request, "quanly/placeholder.html", section="chitieu", title="Chỉ tiêu",
                         lead="Chỉ tiêu đào tạo và tiến độ: phần này đang được xây dựng.")

    ws.add("GET", "/chitieu", page)
