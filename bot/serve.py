"""`cadrebot run` with a channel token: every configured channel in one event loop, until SIGTERM.

Start order: the web server first (a webhook set before it listens would lose updates), then the channels.
Stop order: the web server first (Telegram retries what it cannot deliver, so nothing is lost), then each
channel drains the updates in flight, bounded so the process exits within 10 s of SIGTERM.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiohttp import web
from sqlalchemy import text

from bot.app import App
from bot.settings import Settings
from bot.telegram_channel import TelegramChannel, TelegramConfig
from bot.web import Handler, WebServer
from bot.zalo_channel import ZaloChannel, ZaloConfig
from handlers.types import is_id
from knowledge import inbox, reminders
from knowledge.db import session_scope
from knowledge.models import Course
from scheduler import retention
from scheduler.delivery import Delivery
from scheduler.pacer import OutMessage, PacerConfig
from scheduler.planner import Planner

log = logging.getLogger(__name__)

DRAIN_SECONDS = 8.0  # leaves room under the 10 s an orchestrator gives between SIGTERM and SIGKILL
OUTBOX_DRAIN_SECONDS = 2.0  # what is not sent by then stays pending and goes out after the restart
_TELEGRAM_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Channel(Protocol):
    """What serve needs of a channel adapter (each is also the outbox's sender for its platform)."""

    name: str
    webhook_path: str

    async def send_out(self, chat_id: str, user_id: str, message: OutMessage) -> None: ...

    @property
    def mode(self) -> str: ...

    async def start(self, stopping: asyncio.Event | None = None) -> bool: ...

    async def stop(self) -> None: ...

    @property
    def handle_webhook(self) -> Handler: ...


class ConfigError(Exception):
    """A setting that makes serving impossible; the message is for the operator."""


@dataclass(slots=True)
class Runtime:
    """What `serve` started, for tests and the health check."""

    channels: list[Channel] = field(default_factory=list)
    web: WebServer | None = None
    delivery: Delivery | None = None
    started: asyncio.Event = field(default_factory=asyncio.Event)


def check_settings(settings: Settings) -> None:
    """Refuse a webhook configuration Telegram would reject, with a message that says what to fix."""
    if not settings.webhook_base_url:
        return
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        raise ConfigError("WEBHOOK_SECRET is required with WEBHOOK_BASE_URL (1-256 characters A-Z a-z 0-9 _ -).")
    if not _TELEGRAM_SECRET.fullmatch(secret):
        raise ConfigError("WEBHOOK_SECRET may only contain A-Z a-z 0-9 _ - and be at most 256 characters.")
    if settings.zalo_bot_token is not None and len(secret) < 8:
        raise ConfigError("WEBHOOK_SECRET must be at least 8 characters for Zalo.")


def telegram_config(settings: Settings) -> TelegramConfig | None:
    if settings.telegram_bot_token is None:
        return None
    return TelegramConfig(
        token=settings.telegram_bot_token.get_secret_value(), api_url=settings.telegram_api_url,
        webhook_url=settings.webhook_base_url,
        webhook_secret=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
        claim_seconds=settings.lease_seconds,
    )


def zalo_config(settings: Settings) -> ZaloConfig | None:
    if settings.zalo_bot_token is None:
        return None
    return ZaloConfig(
        token=settings.zalo_bot_token.get_secret_value(), api_url=settings.zalo_api_url,
        webhook_url=settings.webhook_base_url,
        webhook_secret=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
        claim_seconds=settings.lease_seconds,
    )


def bot_ids(settings: Settings) -> dict[str, str]:
    """The public part of each token (the bot's id, before the colon), never the secret part."""
    out: dict[str, str] = {}
    for name, token in (("telegram", settings.telegram_bot_token), ("zalo", settings.zalo_bot_token)):
        if token is not None:
            head, sep, _secret = token.get_secret_value().partition(":")
            out[name] = head[:20] if sep and head.isdigit() else "?"
    return out


def pacer_configs(settings: Settings) -> dict[str, PacerConfig]:
    return {"telegram": PacerConfig(rate=settings.telegram_rate), "zalo": PacerConfig(rate=settings.zalo_rate)}


def _stop_on_signals(stop: asyncio.Event | None, install: bool) -> asyncio.Event:
    """The event that ends a serve loop, set by SIGTERM/SIGINT when `install`."""
    stop = stop or asyncio.Event()
    if install:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
    return stop


def _forget_signals() -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(Exception):
            loop.remove_signal_handler(sig)


async def serve(app: App, *, stop: asyncio.Event | None = None, runtime: Runtime | None = None,
                install_signals: bool = True) -> None:
    """Run every channel whose token is set until `stop` is set (or SIGTERM/SIGINT arrives)."""
    settings = app.settings
    check_settings(settings)
    stop = _stop_on_signals(stop, install_signals)
    rt = runtime or Runtime()

    # Both channels share the core, the database and (later) the outbox; each has its own guards.
    tg_config = telegram_config(settings)
    if tg_config is not None:
        rt.channels.append(TelegramChannel(tg_config, app.deps))
    za_config = zalo_config(settings)
    if za_config is not None:
        rt.channels.append(ZaloChannel(za_config, app.deps))

    async def health() -> dict[str, Any]:
        return await _health(app, rt)

    if settings.webhook_base_url or settings.webhook_listen:
        rt.web = WebServer(settings.webhook_listen, health=health)
        for ch in rt.channels:
            if ch.mode == "webhook":
                rt.web.add_webhook(ch.webhook_path, ch.handle_webhook)

        async def calendar(request: web.Request) -> web.Response:
            return await _calendar(app, request)

        rt.web.app.router.add_get("/ics/{course}.ics", calendar)
        from bot import quanly  # the organiser workspace, whenever this process runs a web server

        quanly.attach(rt.web.app, app.deps, settings)
        await rt.web.start()
    try:
        # Channels start side by side (a blocked Telegram must not keep Zalo from starting), and a stop
        # request interrupts a start that is still waiting on the network.
        starting: asyncio.Future[list[bool]] = asyncio.ensure_future(
            asyncio.gather(*(ch.start(stop) for ch in rt.channels)))
        stopping: asyncio.Future[Any] = asyncio.ensure_future(stop.wait())
        racers: set[asyncio.Future[Any]] = {starting, stopping}
        await asyncio.wait(racers, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():
            starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await starting
        else:
            started = starting.result()  # raises a start's fatal error (a rejected token)
            if any(started):
                # Proactive messages go out only through channels that are up, each channel by the process
                # holding its sender lease; the reminder planner by the holder of the planner lease.
                planner = Planner(app.deps.session_factory, now=app.deps.clock.now, tz=app.deps.tz,
                                  config=settings.reminder_config(app.deps.wording))
                rt.delivery = Delivery(
                    app.engine, app.deps.session_factory,
                    [ch for ch, up in zip(rt.channels, started, strict=True) if up],
                    now=app.deps.clock.now, tz=app.deps.tz, wording=app.deps.wording, configs=pacer_configs(settings), planner=planner,
                    lease_ttl=settings.lease_seconds, bot_ids=bot_ids(settings),
                    retention_policy=retention.Policy(days=settings.retention_days))
                rt.delivery.start()
            rt.started.set()
            if any(started):
                await stopping
        stopping.cancel()
    finally:
        rt.started.set()
        log.info("stopping: finishing the messages in flight")
        if rt.delivery is not None:
            await rt.delivery.stop(OUTBOX_DRAIN_SECONDS)
        if rt.web is not None:
            await rt.web.stop()
        try:
            await asyncio.wait_for(asyncio.gather(*(ch.stop() for ch in rt.channels)), DRAIN_SECONDS)
        except TimeoutError:
            log.warning("gave up waiting for the messages in flight after %.0f s", DRAIN_SECONDS)
        if install_signals:
            _forget_signals()
        log.info("stopped")


async def serve_web(app: App, listen: str | None, *, stop: asyncio.Event | None = None,
                    runtime: Runtime | None = None, install_signals: bool = True) -> None:
    """`cadrebot web`: the organiser workspace (and /healthz, /ics) alone, for a machine that runs no channel."""
    from bot import quanly

    stop = _stop_on_signals(stop, install_signals)
    rt = runtime or Runtime()

    async def health() -> dict[str, Any]:
        return await _health(app, rt)

    async def calendar(request: web.Request) -> web.Response:
        return await _calendar(app, request)

    rt.web = WebServer(listen, health=health)
    rt.web.app.router.add_get("/ics/{course}.ics", calendar)
    quanly.attach(rt.web.app, app.deps, app.settings)
    await rt.web.start()
    rt.started.set()
    try:
        await stop.wait()
    finally:
        await rt.web.stop()
        if install_signals:
            _forget_signals()
        log.info("stopped")


async def _calendar(app: App, request: web.Request) -> web.Response:
    """/ics/<course>.ics: the class as a calendar file, linked from reminders on channels without files."""
    ident = request.match_info["course"]
    if not is_id(ident):  # ASCII digits within a database integer: 2³¹ would make PostgreSQL fail the query
        return web.Response(status=404, text="Không tìm thấy lớp.")

    def read() -> str | None:
        with session_scope(app.deps.session_factory) as session:
            course = session.get(Course, int(ident))
            if course is None or course.status == "cancelled":
                return None
            return reminders.calendar(course, app.deps.clock.now(), app.deps.tz)

    body = await asyncio.to_thread(read)
    if body is None:
        return web.Response(status=404, text="Không tìm thấy lớp hoặc lớp đã bị hủy.")
    return web.Response(body=body.encode(), content_type="text/calendar", charset="utf-8",
                        headers={"Content-Disposition": f'attachment; filename="lop-{ident}.ics"'})


async def _health(app: App, rt: Runtime) -> dict[str, Any]:
    def ping() -> int:
        with app.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        with app.deps.session_factory() as session:  # updates kept and not yet answered: the backlog
            return inbox.open_count(session=session)

    status: dict[str, Any] = {"status": "ok", "channels": {ch.name: ch.mode for ch in rt.channels},
                              "outbox_leader": bool(rt.delivery and rt.delivery.leading.is_set()),
                              "reminders_planned": len(rt.delivery.planner.job_ids())
                              if rt.delivery and rt.delivery.planner else 0}
    if rt.delivery is not None and rt.delivery.unserved:
        # Messages wait for a channel no process serves: shown, not failed (they go out once one does).
        status["unserved_channels"] = {u.channel: u.pending for u in rt.delivery.unserved}
    try:
        status["inbox_waiting"] = await asyncio.to_thread(ping)
        status["database"] = "ok"
    except Exception as exc:  # any failure means unhealthy; the reason is reported
        status.update(status="error", database=type(exc).__name__)
    return status

