"""The organiser web workspace under /quanly/: plan upload, classes and rosters, announcements, unanswered
questions, targets. Server-rendered (Jinja2), served by the bot's own aiohttp server or by `cadrebot web`.

Each section is a module with `setup(ws)` registering its routes; PAGES lists them in nav order.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from bot.quanly import auth, cauhoi, chitieu, classes, home, plans, thongbao
from bot.quanly.core import PREFIX, Workspace, mount, parse_proxies
from bot.settings import Settings
from handlers.deps import Deps

__all__ = ["PAGES", "PREFIX", "Workspace", "attach"]

PAGES: tuple[Callable[[Workspace], None], ...] = (
    auth.setup, home.setup, plans.setup, classes.setup, thongbao.setup, cauhoi.setup, chitieu.setup)


def attach(root: web.Application, deps: Deps, settings: Settings) -> Workspace:
    """Build the workspace and mount it under /quanly/ on the given (root) application."""
    proxies = parse_proxies(settings.trusted_proxies)
    ws = Workspace(deps, public_url=settings.web_url, reminder_config=settings.reminder_config(deps.wording),
                   trusted_proxies=proxies)
    mount(root, ws, PAGES)
    chitieu.public_routes(root, deps, trusted_proxies=proxies)  # the chart link «/chitieu» gives on Zalo: no sign-in
    return ws
