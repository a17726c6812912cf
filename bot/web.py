"""The one web server of a process: channel webhooks, one path each, and `/healthz`.

aiohttp runs in the bot's event loop. Request bodies are capped at 1 MiB before they are read, and a
webhook's secret header is compared in constant time before anything is parsed.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # Telegram's updates are a few KiB; anything near a megabyte is not an update
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
HealthCheck = Callable[[], Awaitable[dict[str, Any]]]


def parse_listen(listen: str | None, default_port: int = 8080) -> tuple[str, int]:
    """"host:port" (or ":port", or a bare port) as a pair; the default listens everywhere on 8080."""
    if not listen:
        return "0.0.0.0", default_port
    host, sep, port = listen.rpartition(":")
    if not sep:
        host, port = "", listen
    if not port.isdigit():
        raise ValueError(f"WEBHOOK_LISTEN must look like host:port, got {listen!r}")
    return (host.strip("[]") or "0.0.0.0"), int(port)


def secret_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison, so response timing does not reveal how much of a guess was right."""
    return hmac.compare_digest((given or "").encode(), expected.encode())


async def read_limited(request: web.Request) -> bytes | None:
    """The body, or None when it is larger than MAX_BODY (checked before and while reading)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return None
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        return None


async def webhook_body(request: web.Request, *, header: str, secret: str | None, channel: str) -> bytes | web.Response:
    """The body of an authentic webhook call, or the answer to give: 403 for a wrong or missing secret
    (checked in constant time), 413 for more than 1 MiB."""
    if not secret or not secret_matches(request.headers.get(header), secret):
        log.warning("%s webhook call with a wrong or missing secret from %s refused", channel, request.remote)
        return web.Response(status=403)
    body = await read_limited(request)
    return web.Response(status=413) if body is None else body


class WebServer:
    """aiohttp application and its site; channels add their webhook routes before `start`."""

    def __init__(self, listen: str | None, *, health: HealthCheck) -> None:
        self.host, self.port = parse_listen(listen)
        self._health = health
        self.app = web.Application(client_max_size=MAX_BODY)
        self.app.router.add_get("/healthz", self._healthz)
        self._runner: web.AppRunner | None = None

    def add_webhook(self, path: str, handler: Handler) -> None:
        self.app.router.add_post(path, handler)

    async def _healthz(self, request: web.Request) -> web.Response:
        """200 with a short status while the process and its database work, 503 otherwise."""
        status = await self._health()
        code = 200 if status.get("status") == "ok" else 503
        return web.json_response(status, status=code)

    async def start(self) -> None:
        # Access logs would record every webhook hit; errors are logged by the handlers themselves.
        # A slow request must not hold a stopping process for aiohttp's default 60 s.
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        addresses = self._runner.addresses
        if addresses and self.port == 0:
            self.port = int(addresses[0][1])
        log.info("web server listening on %s:%s", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
