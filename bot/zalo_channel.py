"""Zalo Bot channel: a thin httpx client for the Zalo Bot Platform, long polling or webhook, plain text.

The Zalo Bot API is modelled on Telegram's (`<api>/bot<TOKEN>/<method>`, `{ok, result}` envelopes) but has
no buttons, returns one update per getUpdates call and has no update_id. So options are rendered as the
numbered lines the core stored (bot/channel.py), replies are split at 2,000 characters, and the inbox
recognises repeats by message_id. Every update is kept in the inbox before anything else: a webhook call is
answered only after that, and the poller (Zalo has no offset: a polled update is not handed out again) keeps
each one before it polls again, retrying the write while the database is away. Everything else is the
channel base's.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.channel import Blocked, ChannelBase, Handle, render_numbered
from bot.guards import FloodGate, stopped_within
from bot.logs import redact_urls
from bot.web import webhook_body
from handlers.deps import Deps
from handlers.types import Incoming, Reply
from knowledge import inbox
from scheduler.pacer import OutMessage, SendError

log = logging.getLogger(__name__)

CHANNEL = "zalo"
MAX_TEXT = 2000
WEBHOOK_PATH = "/webhook/zalo"
SECRET_HEADER = "X-Bot-Api-Secret-Token"
TEXT_EVENT = "message.text.received"

Sleep = Callable[[float], Awaitable[None]]


class ZaloError(Exception):
    """A failed call; `transient` ones (network, timeouts, 5xx, 429) are worth retrying."""

    def __init__(self, description: str, *, code: int | None = None, transient: bool = False) -> None:
        super().__init__(description)
        self.code = code
        self.transient = transient


class ZaloTimeout(ZaloError):
    """No answer in time; for a long poll this is the normal "nothing new"."""

    def __init__(self) -> None:
        super().__init__("timed out", transient=True)


class ZaloClient:
    """The few Bot API methods the bot uses, over one httpx client. Error text never holds the token."""

    def __init__(self, token: str, api_url: str, *, timeout: float = 15.0, connections: int = 16,
                 poll_margin: float = 10.0) -> None:
        self._base = f"{api_url}{token}/"
        self._timeout = timeout
        self._poll_margin = poll_margin  # how much longer than the long poll to wait for its answer
        self._http = httpx.AsyncClient(timeout=timeout, limits=httpx.Limits(max_connections=connections))

    async def call(self, method: str, params: dict[str, Any] | None = None, *, timeout: float | None = None) -> Any:
        try:
            resp = await self._http.post(self._base + method, json=params or {}, timeout=timeout or self._timeout)
        except httpx.TimeoutException as exc:
            raise ZaloTimeout() from exc
        except httpx.HTTPError as exc:
            raise ZaloError(f"{type(exc).__name__}: {redact_urls(str(exc))}", transient=True) from exc
        try:
            body = resp.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise ZaloError(f"HTTP {resp.status_code}, not a Bot API answer", code=resp.status_code,
                            transient=resp.status_code >= 500 or resp.status_code == 429)
        if not body.get("ok"):
            code = body.get("error_code", resp.status_code)
            code = code if isinstance(code, int) else resp.status_code
            transient = resp.status_code >= 500 or code >= 500 or code == 429
            raise ZaloError(redact_urls(str(body.get("description") or f"error {code}")), code=code,
                            transient=transient)
        return body.get("result")

    async def get_me(self) -> dict[str, Any]:
        result = await self.call("getMe")
        return result if isinstance(result, dict) else {}

    async def get_update(self, poll_seconds: float) -> dict[str, Any] | None:
        """One update, or None when the long poll ended empty."""
        result = await self.call("getUpdates", {"timeout": str(int(poll_seconds))}, timeout=poll_seconds + self._poll_margin)
        if isinstance(result, list):  # tolerate a list, should the platform ever batch
            result = result[0] if result else None
        return result if isinstance(result, dict) and result else None

    async def send_message(self, chat_id: str, text: str) -> None:
        await self.call("sendMessage", {"chat_id": chat_id, "text": text})

    async def set_webhook(self, url: str, secret_token: str) -> None:
        await self.call("setWebhook", {"url": url, "secret_token": secret_token})

    async def delete_webhook(self) -> None:
        await self.call("deleteWebhook")

    async def close(self) -> None:
        await self._http.aclose()


def to_incoming(update: dict[str, Any]) -> Incoming | None:
    """The core's view of a Zalo update; None when it carries no message."""
    msg = update.get("message")
    if not isinstance(msg, dict):
        return None
    chat: dict[str, Any] = msg["chat"] if isinstance(msg.get("chat"), dict) else {}
    sender: dict[str, Any] = msg["from"] if isinstance(msg.get("from"), dict) else {}
    chat_id = str(chat.get("id") or sender.get("id") or "")
    if not chat_id:
        return None
    is_text = update.get("event_name", TEXT_EVENT) == TEXT_EVENT and isinstance(msg.get("text"), str)
    text = msg.get("text") if is_text else msg.get("caption")
    when = msg.get("date")
    try:
        received = dt.datetime.fromtimestamp(when / 1000, dt.UTC) if isinstance(when, int | float) else None
    except (OverflowError, OSError, ValueError):
        received = None
    return Incoming(
        CHANNEL, chat_id, str(sender.get("id") or chat_id), text=text if isinstance(text, str) else "",
        message_id=str(msg["message_id"]) if msg.get("message_id") is not None else None, received_at=received,
        display_name=sender.get("display_name") or sender.get("name"), has_media=not is_text,
        private=str(chat.get("chat_type", "PRIVATE")).upper() == "PRIVATE",
    )


def new_update(update: dict[str, Any]) -> inbox.NewUpdate:
    """An update as an inbox row: keyed by its message_id (Zalo has no update_id), kept in order per sender."""
    msg = update.get("message") if isinstance(update.get("message"), dict) else {}
    assert isinstance(msg, dict)
    sender = msg.get("from") if isinstance(msg.get("from"), dict) else {}
    chat = msg.get("chat") if isinstance(msg.get("chat"), dict) else {}
    assert isinstance(sender, dict) and isinstance(chat, dict)
    key = msg.get("message_id")
    if key is None:  # never seen; a digest still makes a redelivery of the same update a repeat
        key = "sha:" + hashlib.sha256(json.dumps(update, sort_keys=True).encode()).hexdigest()[:40]
    return inbox.NewUpdate(str(key), str(sender.get("id") or chat.get("id") or key), update)


def bot_key(token: str) -> str:
    """The public part of a token (before the colon), never the secret part."""
    head, sep, _secret = token.partition(":")
    return head[:20] if sep and head.isalnum() else "?"


def render(replies: Sequence[Reply]) -> list[str]:
    """Plain-text messages of at most 2,000 characters, options as the numbered lines the core stored."""
    return render_numbered(replies, MAX_TEXT)


@dataclass(frozen=True, slots=True)
class ZaloConfig:
    token: str
    api_url: str = "https://bot-api.zaloplatforms.com/bot"
    webhook_url: str | None = None  # the public base URL; polling when None
    webhook_secret: str | None = None
    poll_timeout: float = 5.0  # short, so that a stopping process can let the current poll finish
    backoff_max: float = 60.0
    max_concurrent_updates: int = 16  # inbox rows this process works on at once (each user's in order)
    send_attempts: int = 3
    claim_seconds: float = 30.0  # an inbox claim of a killed process is taken over after this


class ZaloChannel(ChannelBase):
    """Polling loop or webhook endpoint; the guards, the core and the replies are the channel base's."""

    name = CHANNEL
    has_buttons = False
    webhook_path = WEBHOOK_PATH

    def __init__(self, config: ZaloConfig, deps: Deps, *, flood: FloodGate | None = None,
                 sleep: Sleep | None = None, client: ZaloClient | None = None, handler: Handle | None = None) -> None:
        super().__init__(deps, flood=flood, handler=handler, bot=bot_key(config.token),
                         claim_seconds=config.claim_seconds, concurrency=config.max_concurrent_updates)
        self.config = config
        self.backoff_max = config.backoff_max
        self.client = client or ZaloClient(config.token, config.api_url)
        self._poller: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._sleep = sleep or self._wait
        self._me: dict[str, Any] = {}

    @property
    def mode(self) -> str:
        return "webhook" if self.config.webhook_url else "polling"

    async def _wait(self, seconds: float) -> None:
        """Sleep, but wake at once when stopping."""
        await stopped_within(seconds, self._stopping)

    # -------------------------------------------------------------- life cycle

    async def connect(self) -> None:
        self._me = await self.client.get_me()
        if self.config.webhook_url:
            assert self.config.webhook_secret
            await self.client.set_webhook(self.config.webhook_url.rstrip("/") + WEBHOOK_PATH,
                                          self.config.webhook_secret)
        else:
            # Polling and a webhook exclude each other: clear any webhook a previous deployment left.
            await self.client.delete_webhook()

    async def start(self, stopping: asyncio.Event | None = None) -> bool:
        """Reach Zalo (retrying), then set the webhook or start polling; False if stopped first."""
        if not await self.start_with_backoff(stopping, lambda exc: isinstance(exc, ZaloError) and exc.transient):
            return False
        self.inbox.start()
        if not self.config.webhook_url:
            self._poller = asyncio.create_task(self._poll(), name="zalo-poll")
        log.info("Zalo channel started (%s) as %s", self.mode, self._me.get("name") or self._me.get("id") or "bot")
        return True

    async def stop(self) -> None:
        """Stop polling, let the updates in flight finish (the rest stay in the inbox), close the client."""
        self._stopping.set()
        if self._poller is not None:
            # Zalo has no offset: an update is handed out when the poll answers, so cutting a poll short could
            # lose one. Let the current poll end (the poll is short for this reason), then cancel if it hangs.
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._poller), self.config.poll_timeout + 1)
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        await self.inbox.stop()
        await self.client.close()

    # -------------------------------------------------------------- receiving

    async def _poll(self) -> None:
        """One update per call; empty polls and timeouts are normal, failures back off and never end the loop."""
        failures = 0
        while not self._stopping.is_set():
            try:
                update = await self.client.get_update(self.config.poll_timeout)
            except ZaloTimeout:
                continue
            except ZaloError as exc:
                if exc.transient or exc.code in (401, 403, 409):
                    failures += 1
                    delay = min(2.0 ** (failures - 1), self.config.backoff_max)
                    log.warning("Zalo getUpdates failed (%s); retrying in %.0f s", exc, delay)
                    await self._sleep(delay)
                else:
                    # Some empty polls come back as an error; pause briefly so that cannot become a busy loop.
                    log.debug("Zalo getUpdates: %s (treated as an empty poll)", exc)
                    await self._sleep(1.0)
                continue
            except Exception:
                log.exception("unexpected failure while polling Zalo")
                failures += 1
                await self._sleep(min(2.0 ** (failures - 1), self.config.backoff_max))
                continue
            failures = 0
            if update is not None:
                await self._keep_polled(update)

    async def accept(self, update: dict[str, Any]) -> bool:
        """Keep an update from either source in the inbox; False (nothing kept) when it carries no message.
        Raises SQLAlchemyError when the database cannot keep it."""
        if to_incoming(update) is None:
            return False
        await self.keep([new_update(update)])
        return True

    async def _keep_polled(self, update: dict[str, Any]) -> None:
        """Keep a polled update before polling again: Zalo will not hand it out a second time."""
        delay = 1.0
        while True:
            try:
                await self.accept(update)
                return
            except SQLAlchemyError as exc:
                log.warning("Zalo: an update not kept yet (%s); retrying in %.0f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)  # not cut short by stopping: the update would be lost
                delay = min(delay * 2, self.config.backoff_max)

    async def process_update(self, claim: inbox.Claimed) -> None:
        """A message taken from the inbox: the core's answer, as the channel base gives it."""
        msg = to_incoming(claim.payload)
        if msg is not None and self.admit(msg):
            await self.answer(msg, claim)

    async def handle_webhook(self, request: web.Request) -> web.Response:
        """Check the secret, read at most 1 MiB, keep the update in the inbox, then answer 200 (503 when it
        cannot be kept, so that the platform delivers it again)."""
        body = await webhook_body(request, header=SECRET_HEADER, secret=self.config.webhook_secret, channel="Zalo")
        if isinstance(body, web.Response):
            return body
        try:
            data = json.loads(body)
        except ValueError:
            log.warning("Zalo webhook: a body that is not JSON was skipped")
            return web.Response(status=200)
        if isinstance(data, dict) and isinstance(data.get("result"), dict):
            data = data["result"]  # the envelope form, if the platform sends one
        if isinstance(data, dict):
            try:
                await self.accept(data)
            except SQLAlchemyError as exc:
                log.warning("Zalo webhook: update not kept (%s); it will be delivered again", type(exc).__name__)
                return web.json_response({"ok": False}, status=503)
        return web.json_response({"ok": True})

    # -------------------------------------------------------------- sending

    async def send_replies(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Send in order; transient failures are retried a few times, permanent ones are not."""
        for text in render(replies):
            for attempt in range(1, self.config.send_attempts + 1):
                try:
                    await self.client.send_message(chat_id, text)
                    break
                except ZaloError as exc:
                    if not exc.transient:
                        if exc.code == 403:
                            raise Blocked(str(exc)) from exc
                        log.info("Zalo refused a message to %s: %s", chat_id, exc)
                        return
                    if attempt == self.config.send_attempts:
                        log.warning("giving up a message to %s after %d attempts: %s", chat_id, attempt, exc)
                        return
                    await self._sleep(float(attempt))

    async def send_message(self, chat_id: str, message: OutMessage, replies: Sequence[Reply]) -> None:
        for text in render(replies):
            try:
                await self.client.send_message(chat_id, text)
            except ZaloError as exc:
                if exc.code == 429:
                    raise SendError(str(exc), kind="rate", retry_after=1.0) from exc
                if exc.transient:
                    raise SendError(str(exc), kind="transient") from exc
                raise SendError(str(exc), kind="blocked" if exc.code == 403 else "failed") from exc
