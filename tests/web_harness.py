"""The organiser workspace served for tests: the real web server (guards, /healthz, /quanly/) on an ephemeral
port, in its own event loop on a background thread, with a synchronous client that keeps cookies.

The same server serves the aiohttp client tests and the browser tests, so both go through the real HTTP
stack. `sign_in` creates the organiser role and redeems a real one-time link, as a person would.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

import aiohttp
from multidict import CIMultiDictProxy

from bot.quanly import Workspace, attach
from bot.settings import Settings
from bot.web import WebServer
from handlers.deps import Deps
from knowledge import signin
from knowledge.db import session_scope
from tests.people import make_organiser

T = TypeVar("T")
PUBLIC_URL = "http://cadrebot.test"


@dataclass
class Page:
    """One response, read whole."""

    status: int
    headers: CIMultiDictProxy[str]
    body: bytes
    url: str

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def csrf(self) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.text)
        assert found, "no CSRF field on the page"
        return found.group(1)


@dataclass
class WebHarness:
    """A running workspace and a cookie-keeping client; call `close` (the fixtures do)."""

    deps: Deps
    settings: Settings
    loop: asyncio.AbstractEventLoop = field(default_factory=asyncio.new_event_loop)
    server: WebServer | None = None
    workspace: Workspace | None = None
    client: aiohttp.ClientSession | None = None
    _thread: threading.Thread | None = None

    def start(self) -> WebHarness:
        self._thread = threading.Thread(target=self.loop.run_forever, name="web-harness", daemon=True)
        self._thread.start()

        async def up() -> None:
            async def health() -> dict[str, Any]:
                return {"status": "ok"}

            self.server = WebServer("127.0.0.1:0", health=health)
            self.workspace = attach(self.server.app, self.deps, self.settings)
            await self.server.start()
            self.client = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))

        self.run(up())
        return self

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        """Run a coroutine in the server's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.port}"

    def request(self, method: str, path: str, *, data: Any = None, headers: dict[str, str] | None = None,
                follow: bool = False) -> Page:
        async def go() -> Page:
            assert self.client is not None
            async with self.client.request(method, self.base_url + path, data=data, headers=headers,
                                           allow_redirects=follow) as resp:
                return Page(resp.status, resp.headers, await resp.read(), str(resp.url))

        return self.run(go())

    def get(self, path: str, *, follow: bool = False) -> Page:
        return self.request("GET", path, follow=follow)

    def post(self, path: str, data: Any = None, *, follow: bool = False) -> Page:
        return self.request("POST", path, data=data, follow=follow)

    def link(self, channel: str = "telegram", user_id: str = "900") -> str:
        """A fresh one-time sign-in path (with its token) for an existing organiser."""
        with session_scope(self.deps.session_factory) as s:
            token = signin.issue_link(session=s, channel=channel, user_id=user_id, now=self.deps.clock.now())
        assert token is not None, f"{channel}:{user_id} is not an organiser"
        return f"/quanly/vao?t={token}"

    def sign_in(self, channel: str = "telegram", user_id: str = "900", *, union: str | None = None,
                grant: bool = True) -> Page:
        """Make the account an organiser of `union` (None: every union) and sign in by a link."""
        if grant:
            with session_scope(self.deps.session_factory) as s:
                make_organiser(s, channel, user_id, union)
        page = self.post(self.link(channel, user_id))
        assert page.status == 303 and page.headers["Location"] == "/quanly/", page.text
        return page

    def sign_out_client(self) -> None:
        assert self.client is not None
        self.client.cookie_jar.clear()

    def close(self) -> None:
        async def down() -> None:
            if self.client is not None:
                await self.client.close()
            if self.server is not None:
                await self.server.stop()

        try:
            self.run(down())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            if self._thread is not None:
                self._thread.join(10)
            self.loop.close()


def web_settings(deps: Deps) -> Settings:
    url = str(deps.session_factory.kw["bind"].url.render_as_string(hide_password=False))
    return Settings(CADREBOT_DATABASE_URL=url, CADREBOT_PUBLIC_URL=PUBLIC_URL,  # type: ignore[call-arg]
                    CADREBOT_SAMPLE_DATA=False, _env_file=None)


def serve_workspace(deps: Deps) -> WebHarness:
    return WebHarness(deps, web_settings(deps)).start()
