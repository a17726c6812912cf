"""The workspace's first page: who is signed in, for which unions, and the way to each section."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.quanly.core import Workspace, organiser
from knowledge.models import Organisation


def setup(ws: Workspace) -> None:
    async def home(request: web.Request) -> web.StreamResponse:
        roots = organiser(request).scope.roots

        def unions(session: Session) -> list[str]:
            if roots is None:
                return []
            return list(session.scalars(select(Organisation.name).where(Organisation.id.in_(roots))
                                        .order_by(Organisation.name)))

        return ws.render(request, "quanly/home.html", title="Trang quản lý", unions=await ws.db(unions))

    ws.add("GET", "/", home)
