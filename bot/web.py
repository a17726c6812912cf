"""The one web server of a process: channel webhooks, one path each, and `/healthz`.

aiohttp runs in the bot's event loop. Request bodies are capped at 1 MiB before they are read, and a
webhook's secret header is compared in constant time before anything is parsed.

It holds against slow or abusive clients: at most `max_connections` open connections (more are closed at
once, so file descriptors stay for genuine webhook calls and /healthz); a connection must deliver a
request's headers within `header_timeout` of opening or of its previous response (which also bounds idle
keep-alive); a body must arrive within `body_timeout`. Refusals are counted and logged once a minute with
the count, never a line each.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # Telegram's updates are a few KiB; anything near a megabyte is not an update
MAX_CONNECTIONS = 512  # well under the usual limit of 1,024 open files
HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 10.0
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


class Tally:
    """Counts a repeated event and logs it once per `every` seconds with the count, instead of once each."""

    def __init__(self, message: str, *, every: float = 60.0, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.message = message  # a %-format with one %d (how many) and one %s (an example detail)
        self.every = every
        self.total = 0
        self._pending = 0
        self._clock = monotonic
        self._last: float | None = None

    def hit(self, detail: str = "") -> None:
        self.total += 1
        self._pending += 1
        now = self._clock()
        if self._last is None or now - self._last >= self.every:
            log.warning(self.message, self._pending, detail)
            self._pending = 0
            self._last = now


_WRONG_SECRET: dict[str, Tally] = {}


def wrong_secret_tally(channel: str) -> Tally:
    return _WRONG_SECRET.setdefault(channel, Tally(
        f"{channel} webhook calls with a wrong or missing secret refused: %d (latest from %s)"))


async def read_limited(request: web.Request, timeout: float | None = None) -> bytes | None:
    """The body, or None when it is larger than MAX_BODY (checked before and while reading) or does not
    arrive within `timeout` seconds (a client trickling it would hold a connection for ever)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return None
    try:
        return await asyncio.wait_for(request.read(), timeout or BODY_TIMEOUT)
    except (web.HTTPRequestEntityTooLarge, TimeoutError):
        return None


async def webhook_body(request: web.Request, *, header: str, secret: str | None, channel: str) -> bytes | web.Response:
    """The body of an authentic webhook call, or the answer to give: 403 for a wrong or missing secret
    (checked in constant time; counted, not logged one line each), 413 for more than 1 MiB or too slow."""
    if not secret or not secret_matches(request.headers.get(header), secret):
        wrong_secret_tally(channel).hit(str(request.remote))
        return web.Response(status=403)
    body = await read_limited(request)
    return web.Response(status=413) if body is None else body


class ConnectionGuard:
    """The connection cap and the header deadline, hooked into aiohttp's server (its connection_made and
    connection_lost) and into each request (a middleware marks when headers have arrived)."""

    def __init__(self, *, max_connections: int, header_timeout: float) -> None:
        self.max_connections = max_connections
        self.header_timeout = header_timeout
        self.open: dict[RequestHandler, asyncio.Transport] = {}
        self._requests: dict[RequestHandler, int] = {}  # requests whose headers arrived, per connection
        self._active: set[RequestHandler] = set()
        self.refused = Tally("web server: %d connections closed to stay within the cap of " + str(max_connections)
                             + " (latest from %s)")
        self.timed_out = Tally("web server: %d connections closed for sending no complete request headers in "
                               + f"{header_timeout:g} s (latest from %s)")

    def attach(self, server: web.Server) -> None:
        made, lost = server.connection_made, server.connection_lost

        def connection_made(handler: RequestHandler, transport: asyncio.Transport) -> None:
            made(handler, transport)
            if len(self.open) >= self.max_connections:
                # Full: make room by closing the oldest connection with no request under way (a slow or
                # idle client), so a genuine call still gets in; with every connection busy, refuse this one.
                idle = next((h for h in self.open if h not in self._active), None)
                victim = self.open.pop(idle) if idle is not None else transport
                self.refused.hit(str(victim.get_extra_info("peername")))
                victim.abort()
                if idle is None:
                    return
            self.open[handler] = transport
            self._arm(handler)

        def connection_lost(handler: RequestHandler, exc: BaseException | None = None) -> None:
            self.open.pop(handler, None)
            self._requests.pop(handler, None)
            self._active.discard(handler)
            lost(handler, exc)

        server.connection_made = connection_made  # type: ignore[method-assign]
        server.connection_lost = connection_lost  # type: ignore[method-assign]

    def _arm(self, handler: RequestHandler) -> None:
        seen = self._requests.get(handler, 0)
        asyncio.get_running_loop().call_later(self.header_timeout, self._check, handler, seen)

    def _check(self, handler: RequestHandler, seen: int) -> None:
        transport = self.open.get(handler)
        if transport is None or handler in self._active or self._requests.get(handler, 0) != seen:
            return
        self.timed_out.hit(str(transport.get_extra_info("peername")))
        transport.abort()

    @web.middleware
    async def middleware(self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
                         ) -> web.StreamResponse:
        proto = request.protocol
        self._requests[proto] = self._requests.get(proto, 0) + 1
        self._active.add(proto)
        try:
            return await handler(request)
        finally:
            self._active.discard(proto)
            if proto in self.open:
                self._arm(proto)  # the next request on this connection gets the same deadline


class _GuardedRunner(web.AppRunner):
    def __init__(self, app: web.Application, guard: ConnectionGuard, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._guard = guard

    async def _make_server(self) -> web.Server:
        server = await super()._make_server()
        self._guard.attach(server)
        return server


class WebServer:
    """aiohttp application and its site; channels add their webhook routes before `start`."""

    def __init__(self, listen: str | None, *, health: HealthCheck, max_connections: int = MAX_CONNECTIONS,
                 header_timeout: float = HEADER_TIMEOUT) -> None:
        self.host, self.port = parse_listen(listen)
        self._health = health
        self.guard = ConnectionGuard(max_connections=max_connections, header_timeout=header_timeout)
        self.app = web.Application(client_max_size=MAX_BODY, middlewares=[self.guard.middleware])
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
        # keepalive_timeout: aiohttp's own idle limit, above the guard's header deadline that normally acts first.
        self._runner = _GuardedRunner(self.app, self.guard, access_log=None, handle_signals=False,
                                      shutdown_timeout=1.0, keepalive_timeout=self.guard.header_timeout + 5)
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
