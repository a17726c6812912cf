"""A fake Telegram Bot API server over real HTTP, for tests and benchmarks.

The bot under test talks to it through TELEGRAM_API_URL exactly as it would to api.telegram.org: the real
PTB request stack, real sockets. It keeps a queue of updates for getUpdates, records what the bot sends,
checks what Telegram checks (HTML entities, 4096 characters, 64-byte callback data, the token) and can
inject faults: blocked chats, failing methods, slow chats.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

from tests.fake_common import Traffic

TOKEN = "123456789:AAH-fake-token-for-tests-only-0123456789"
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
                "span", "blockquote", "tg-emoji"}
JSON_FIELDS = {"reply_markup", "commands", "scope", "allowed_updates", "link_preview_options", "chat_id", "offset",
               "limit", "timeout", "show_alert", "max_connections", "drop_pending_updates", "message_id"}


class _Entities(HTMLParser):
    """Telegram's HTML parse: only a few tags, everything else must be escaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = f"Bad Request: can't parse entities: Unsupported start tag \"{tag}\""

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = f"Bad Request: can't parse entities: Unexpected end tag \"{tag}\""

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible_text(text: str, parse_mode: str | None) -> tuple[str, str | None]:
    """The text as a user sees it, and the error Telegram would give for it."""
    if parse_mode != "HTML":
        return text, None
    if "<" in text.replace("&lt;", ""):
        p = _Entities()
        p.feed(text)
        p.close()
        return "".join(p.text), p.error
    return html.unescape(text), None


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class Sent:
    """One message the bot sent."""

    chat_id: int
    text: str  # as sent (HTML)
    visible: str  # as shown to the user
    buttons: list[dict[str, str]]
    at: float = field(default_factory=time.monotonic)  # when the answer was ready
    arrived: float = 0.0  # when the request reached the server (monotonic)
    document: tuple[str, bytes] | None = None  # (file name, content) of a sendDocument
    photo: tuple[str, bytes] | None = None  # (file name, content) of a sendPhoto


class FakeTelegram(Traffic[Sent]):
    """The fake server; `async with FakeTelegram() as tg:` starts it on a free port."""

    def __init__(self, token: str = TOKEN, *, latency: float = 0.0) -> None:
        super().__init__()
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.answered_callbacks: list[str] = []
        self.calls: list[str] = []
        self.commands: list[dict[str, str]] | None = None
        self.chat_commands: dict[int, list[dict[str, str]]] = {}  # menus set for one chat (BotCommandScopeChat)
        self.webhook: dict[str, Any] | None = None
        self.blocked: set[int] = set()
        self.failures: dict[str, list[tuple[int, str]]] = {}  # method -> queued (status, description)
        self.chat_delay: dict[int, float] = {}
        self.chat_gate: dict[int, asyncio.Event] = {}  # a send to this chat is answered once the event is set
        self.latency = latency  # seconds before each sendMessage answers, like a real network round trip
        self.errors: list[str] = []  # requests the real Telegram would have refused
        # Outbox faults: chats that no longer exist, per-chat scripts of faults for successive sends
        # ("429", "502", "timeout"), a storm of 429s for a while, and a global rate limit.
        self.unknown: set[int] = set()
        self.scripts: dict[int, list[str]] = {}
        self.storm_until = 0.0  # monotonic time until which every send is answered 429
        self.down_until = 0.0  # monotonic time until which every send is answered 502 (an outage)
        self.retry_after = 1
        self.rate_limit: float | None = None  # messages per second, enforced over a sliding second
        self.attempts: dict[int, int] = {}  # sendMessage calls per chat, whatever their outcome
        self.answered_429 = 0
        self.rejected_at: list[float] = []  # when each 429 was answered (monotonic)
        self.in_flight = 0
        self.max_in_flight = 0
        # Hold every sendMessage until this many were in flight at once: a test of the sending window then
        # does not depend on the machine being fast enough to fill it within one round trip.
        self.hold_until_in_flight = 0
        self._window: list[float] = []
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._port_wanted = 0
        self.port = 0

    # -------------------------------------------------------------- life cycle

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        app.router.add_get("/bot{token}/{method}", self._dispatch)
        # Control routes, for a benchmark that runs this fake in another process.
        app.router.add_post("/_fake/push", self._ctl_push)
        app.router.add_get("/_fake/stats", self._ctl_stats)
        app.router.add_post("/_fake/reset", self._ctl_reset)
        app.router.add_post("/_fake/deliver", self._ctl_deliver)
        app.router.add_post("/_fake/schedule", self._ctl_schedule)
        app.router.add_get("/_fake/sent", self._ctl_sent)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self._port_wanted)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def serve_forever(self, port: int = 0) -> None:
        """Run standalone (for benchmarks): print the port, serve until killed."""
        self._port_wanted = port
        async with self:
            print(self.port, flush=True)
            await asyncio.Event().wait()

    async def __aexit__(self, *exc: object) -> None:
        async with self._changed:
            self._closing = True  # long polls return now instead of holding the shutdown
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -------------------------------------------------------------- updates

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"Người dùng {user_id}", "language_code": "vi"}

    def message_update(self, chat_id: int, text: str, *, user_id: int | None = None,
                       chat_type: str = "private") -> dict[str, Any]:
        uid = user_id or chat_id
        return {"update_id": next(self._ids), "message": {
            "message_id": next(self._message_ids), "date": int(time.time()), "text": text,
            "chat": {"id": chat_id, "type": chat_type, **({"first_name": "A"} if chat_type == "private" else
                                                           {"title": "Nhóm"})},
            "from": self._user(uid),
            **({"entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]}
               if text.startswith("/") else {}),
        }}

    def callback_update(self, chat_id: int, data: str, *, user_id: int | None = None) -> dict[str, Any]:
        uid = user_id or chat_id
        n = next(self._ids)
        return {"update_id": n, "callback_query": {
            "id": f"cb{n}", "from": self._user(uid), "chat_instance": f"ci{chat_id}", "data": data,
            "message": {"message_id": next(self._message_ids), "date": int(time.time()), "text": "…",
                        "chat": {"id": chat_id, "type": "private", "first_name": "A"},
                        "from": {"id": 42, "is_bot": True, "first_name": "Cadre"}},
        }}

    async def push(self, *updates: dict[str, Any]) -> None:
        """Queue updates for getUpdates."""
        async with self._changed:
            self.updates.extend(updates)
            self._changed.notify_all()

    async def send_text(self, chat_id: int, text: str, **kw: Any) -> dict[str, Any]:
        update = self.message_update(chat_id, text, **kw)
        await self.push(update)
        return update

    async def press(self, chat_id: int, data: str, **kw: Any) -> dict[str, Any]:
        update = self.callback_update(chat_id, data, **kw)
        await self.push(update)
        return update

    def storm_for(self, seconds: float) -> None:
        """Answer every sendMessage with 429 for the next `seconds` (Telegram's flood control after a burst)."""
        self.storm_until = time.monotonic() + seconds

    # -------------------------------------------------------------- the API

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data) if isinstance(data, dict) else {}
        form = await request.post()
        out: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                out[key] = (value.filename, value.file.read())  # an uploaded file
                continue
            out[key] = json.loads(value) if key in JSON_FIELDS else value
        return out

    def _fail(self, status: int, description: str, **extra: Any) -> web.Response:
        return web.json_response({"ok": False, "error_code": status, "description": description, **extra},
                                 status=status)

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._fail(401, "Unauthorized")
        method = request.match_info["method"]
        params = await self._params(request)
        async with self._changed:
            self.calls.append(method)  # waiters may be watching for a call that is still in progress
            self._changed.notify_all()
        queued = self.failures.get(method)
        if queued:
            status, description = queued.pop(0)
            if status == 429:
                return self._fail(429, description, parameters={"retry_after": 1})
            return self._fail(status, description)
        handler = getattr(self, "_m_" + method, None)
        if handler is None:
            return self._fail(404, "Not Found: method not found")
        result = await handler(params)
        if isinstance(result, web.Response):
            return result
        async with self._changed:
            self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, p: dict[str, Any]) -> Any:
        return {"id": 42, "is_bot": True, "first_name": "Cadre", "username": "cadre_test_bot",
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _m_setMyCommands(self, p: dict[str, Any]) -> Any:
        scope = p.get("scope") or {"type": "default"}
        if scope.get("type") == "chat":
            self.chat_commands[int(scope["chat_id"])] = p.get("commands") or []
        else:
            self.commands = p.get("commands")
        return True

    async def _m_deleteWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def _m_setWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook = p
        return True

    async def _m_getUpdates(self, p: dict[str, Any]) -> Any:
        offset = int(p.get("offset") or 0)
        limit = int(p.get("limit") or 100)
        timeout = float(p.get("timeout") or 0)
        if self.webhook is not None:
            return self._fail(409, "Conflict: can't use getUpdates method while webhook is active")
        async with self._changed:
            if offset:
                # Telegram forgets every update below the offset: they were confirmed.
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if not self.updates and timeout:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait_for(lambda: bool(self.updates) or self._closing), timeout)
            return self.updates[:limit]

    async def _m_sendMessage(self, p: dict[str, Any]) -> Any:
        arrived = time.monotonic()
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.hold_until_in_flight:
                async with self._changed:
                    self._changed.notify_all()
                    await self._changed.wait_for(
                        lambda: self.max_in_flight >= self.hold_until_in_flight or self._closing)
            return await self._send_message(p, arrived)
        finally:
            self.in_flight -= 1

    def _too_fast(self) -> bool:
        """Telegram's flood control, approximated: more than `rate_limit` messages in the last second."""
        if self.rate_limit is None:
            return False
        now = time.monotonic()
        self._window = [t for t in self._window if now - t < 1.0]
        if len(self._window) >= self.rate_limit:
            return True
        self._window.append(now)
        return False

    async def _send_message(self, p: dict[str, Any], arrived: float) -> Any:
        chat_id = int(p["chat_id"])
        self.attempts[chat_id] = self.attempts.get(chat_id, 0) + 1
        script = self.scripts.get(chat_id)
        fault = script.pop(0) if script else None
        if fault == "timeout":
            # Held until the fake closes, not for a span of real time: the client's own timeout ends the wait
            # however slow the machine, and an answer can never slip in before it.
            async with self._changed:
                await self._changed.wait_for(lambda: self._closing)
            return self._fail(504, "Gateway Timeout")  # the client gave up long ago; nothing was delivered
        if fault == "502" or time.monotonic() < self.down_until:
            return self._fail(502, "Bad Gateway")
        storming = time.monotonic() < self.storm_until
        if fault == "429" or storming or self._too_fast():
            self.answered_429 += 1
            self.rejected_at.append(time.monotonic())
            return self._fail(429, f"Too Many Requests: retry after {self.retry_after}",
                              parameters={"retry_after": self.retry_after})
        delay = self.chat_delay.get(chat_id, self.latency)
        if delay:
            await asyncio.sleep(delay)
        gate = self.chat_gate.get(chat_id)
        if gate is not None:
            await gate.wait()
        if chat_id in self.unknown:
            return self._fail(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            return self._fail(403, "Forbidden: bot was blocked by the user")
        text = str(p.get("text", ""))
        visible, error = visible_text(text, p.get("parse_mode"))
        if error:
            self.errors.append(error)
            return self._fail(400, error)
        if not visible.strip():
            self.errors.append("Bad Request: message text is empty")
            return self._fail(400, "Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            self.errors.append("Bad Request: message is too long")
            return self._fail(400, "Bad Request: message is too long")
        buttons: list[dict[str, str]] = []
        for row in (p.get("reply_markup") or {}).get("inline_keyboard", []):
            for b in row:
                if len(str(b.get("callback_data", "")).encode()) > 64:
                    self.errors.append("Bad Request: BUTTON_DATA_INVALID")
                    return self._fail(400, "Bad Request: BUTTON_DATA_INVALID")
                buttons.append({"text": b["text"], "data": b.get("callback_data", "")})
        self.sent.append(Sent(chat_id, text, visible, buttons, arrived=arrived))
        return {"message_id": next(self._message_ids), "date": int(time.time()), "text": visible,
                "chat": {"id": chat_id, "type": "private", "first_name": "A"},
                "from": {"id": 42, "is_bot": True, "first_name": "Cadre"}}

    async def _m_sendDocument(self, p: dict[str, Any]) -> Any:
        """A file with a caption (at most 1024 characters), answered and counted like a message."""
        document = p.get("document")
        if not isinstance(document, tuple) or not document[1]:
            self.errors.append("Bad Request: there is no document in the request")
            return self._fail(400, "Bad Request: there is no document in the request")
        caption, error = visible_text(str(p.get("caption", "")), p.get("parse_mode"))
        if error or utf16_len(caption) > 1024:
            self.errors.append(error or "Bad Request: message caption is too long")
            return self._fail(400, error or "Bad Request: message caption is too long")
        result = await self._m_sendMessage({**p, "text": p.get("caption") or "(tệp)"})
        if not isinstance(result, web.Response):
            self.sent[-1].document = document
        return result

    async def _m_sendPhoto(self, p: dict[str, Any]) -> Any:
        """A picture with a caption (at most 1024 characters); it must be an image Telegram can read (PNG or
        JPEG here, by its first bytes)."""
        photo = p.get("photo")
        if not isinstance(photo, tuple) or not photo[1]:
            self.errors.append("Bad Request: there is no photo in the request")
            return self._fail(400, "Bad Request: there is no photo in the request")
        if not bytes(photo[1]).startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            self.errors.append("Bad Request: IMAGE_PROCESS_FAILED")
            return self._fail(400, "Bad Request: IMAGE_PROCESS_FAILED")
        caption, error = visible_text(str(p.get("caption", "")), p.get("parse_mode"))
        if error or utf16_len(caption) > 1024:
            self.errors.append(error or "Bad Request: message caption is too long")
            return self._fail(400, error or "Bad Request: message caption is too long")
        result = await self._m_sendMessage({**p, "text": p.get("caption") or "(ảnh)"})
        if not isinstance(result, web.Response):
            self.sent[-1].photo = photo
        return result

    async def _m_answerCallbackQuery(self, p: dict[str, Any]) -> Any:
        self.answered_callbacks.append(str(p.get("callback_query_id")))
        return True

    async def _m_sendChatAction(self, p: dict[str, Any]) -> Any:
        return True

    # -------------------------------------------------------------- control (benchmarks)

    async def _ctl_push(self, request: web.Request) -> web.Response:
        await self.push(*(await request.json())["updates"])
        return web.json_response({"ok": True})

    async def _ctl_stats(self, request: web.Request) -> web.Response:
        return web.json_response({"sent": len(self.sent), "errors": len(self.errors), "pending": len(self.updates),
                                  "calls": {m: self.calls.count(m) for m in set(self.calls)},
                                  "answered_429": self.answered_429, "max_in_flight": self.max_in_flight,
                                  "distinct_chats": len({m.chat_id for m in self.sent})})

    async def _ctl_reset(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else {}
        self.rate_limit = body.get("rate_limit", self.rate_limit)
        self.answered_429 = 0
        self.max_in_flight = 0
        self._window.clear()
        self.sent.clear()
        self.errors.clear()
        self.calls.clear()
        self.webhook = None
        return web.json_response({"ok": True})

    async def _ctl_schedule(self, request: web.Request) -> web.Response:
        """Push updates one by one, `interval` seconds apart, from this process (so a bot whose event loop
        is blocked cannot delay the schedule); answers the monotonic time each was pushed, by update_id."""
        body = await request.json()
        pushed: dict[int, float] = {}
        began = time.monotonic()
        for i, update in enumerate(body["updates"]):
            delay = began + i * float(body["interval"]) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            pushed[int(update["update_id"])] = time.monotonic()
            await self.push(update)
        return web.json_response({"pushed": pushed})

    async def _ctl_sent(self, request: web.Request) -> web.Response:
        """Every message sent since the last reset: chat, monotonic time of arrival, first characters."""
        return web.json_response({"sent": [{"chat_id": m.chat_id, "at": m.at, "text": m.visible[:60]}
                                           for m in self.sent]})

    async def _ctl_deliver(self, request: web.Request) -> web.Response:
        """POST updates to a webhook with `concurrency` connections, as Telegram does (it uses up to 40)."""
        import aiohttp

        body = await request.json()
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        for u in body["updates"]:
            queue.put_nowait(u)
        statuses: dict[int, int] = {}
        headers = {"X-Telegram-Bot-Api-Secret-Token": body["secret"]}

        async def worker(session: aiohttp.ClientSession) -> None:
            while not queue.empty():
                update = queue.get_nowait()
                async with session.post(body["url"], json=update, headers=headers) as resp:
                    statuses[resp.status] = statuses.get(resp.status, 0) + 1

        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(worker(session) for _ in range(int(body.get("concurrency", 40)))))
        return web.json_response({"statuses": statuses})


if __name__ == "__main__":
    import sys

    latency_ms = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
    fake = FakeTelegram(latency=latency_ms / 1000)
    fake.rate_limit = float(sys.argv[2]) if len(sys.argv) > 2 else None
    asyncio.run(fake.serve_forever())
