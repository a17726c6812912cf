"""A fake Zalo Bot API server over real HTTP, for the Zalo channel's tests.

Modelled on the platform's documented behaviour: `<base>/bot<TOKEN>/<method>`, `{ok, result}` envelopes,
getUpdates long-polls and hands out ONE update per call (or nothing when the poll ends empty), sendMessage
takes 1-2,000 characters of plain text, setWebhook needs an 8-256 character secret_token, and getUpdates is
refused while a webhook is set. Faults can be queued per method: an HTTP status, or "hang" (no answer
until the fake closes: the client's own timeout ends the wait).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fake_common import Traffic

TOKEN = "zalo-fake-token-0123456789abcdef"


@dataclass
class Sent:
    chat_id: str
    text: str


class FakeZalo(Traffic[Sent]):
    """`async with FakeZalo() as zalo:` starts it on a free port."""

    def __init__(self, token: str = TOKEN, *, empty_poll_error: bool = False, longest_poll: float = 0.25) -> None:
        super().__init__()
        self.blocked: set[str] = set()  # users the bot may not write to privately (403)
        self.token = token
        self.empty_poll_error = empty_poll_error  # some empty polls come back as an error
        # An empty long poll ends after at most this long, whatever the bot asked for (a server may end it
        # early): a stopping bot lets its current poll end, and the tests need not wait the bot's 5 s for it.
        self.longest_poll = longest_poll
        self.queue: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self.webhook: dict[str, Any] | None = None
        self.failures: dict[str, list[int | str]] = {}
        self.errors: list[str] = []
        self._ids = itertools.count(1)
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> FakeZalo:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        async with self._changed:
            self._closing = True
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -------------------------------------------------------------- updates

    def message(self, user_id: str, text: str | None, *, event: str = "message.text.received",
                message_id: str | None = None, chat_type: str = "PRIVATE",
                chat_id: str | None = None) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": message_id or f"m{next(self._ids)}", "date": int(time.time() * 1000),
            "chat": {"id": chat_id or user_id, "chat_type": chat_type},
            "from": {"id": user_id, "display_name": f"Người dùng {user_id}", "is_bot": False},
        }
        if text is not None:
            msg["text"] = text
        return {"event_name": event, "message": msg}

    async def push(self, *updates: dict[str, Any]) -> None:
        async with self._changed:
            self.queue.extend(updates)
            self._changed.notify_all()

    async def say(self, user_id: str, text: str, **kw: Any) -> dict[str, Any]:
        update = self.message(user_id, text, **kw)
        await self.push(update)
        return update

    # -------------------------------------------------------------- the API

    def _error(self, code: int, description: str) -> web.Response:
        return web.json_response({"ok": False, "error_code": code, "description": description}, status=code)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"]
        try:
            params = await request.json()
        except ValueError:
            params = {}
        async with self._changed:
            self.calls.append(method)
            self._changed.notify_all()
        queued = self.failures.get(method)
        if queued:
            fault = queued.pop(0)
            if fault == "hang":
                # Held until the fake closes, not for a span of real time, so the answer can never come
                # before the client gives up, however late a loaded machine runs its timeout.
                async with self._changed:
                    await self._changed.wait_for(lambda: self._closing)
                return web.json_response({"ok": True, "result": None})
            assert isinstance(fault, int)
            return self._error(fault, "Internal Server Error" if fault >= 500 else "Bad Request")
        handler = getattr(self, "_m_" + method, None)
        if handler is None:
            return self._error(404, "Not Found")
        result = await handler(params if isinstance(params, dict) else {})
        if isinstance(result, web.StreamResponse):
            return result
        async with self._changed:
            self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, p: dict[str, Any]) -> Any:
        return {"id": "9001", "name": "Trợ lý đào tạo CĐ", "avatar": ""}

    async def _m_setWebhook(self, p: dict[str, Any]) -> Any:
        secret = str(p.get("secret_token") or "")
        if not 8 <= len(secret) <= 256 or not p.get("url"):
            self.errors.append("setWebhook: bad url or secret_token")
            return self._error(400, "Bad Request: secret_token must be 8-256 characters")
        self.webhook = p
        return {"url": p["url"], "updated_at": int(time.time() * 1000)}

    async def _m_deleteWebhook(self, p: dict[str, Any]) -> Any:
        self.webhook = None
        return {"url": ""}

    async def _m_getUpdates(self, p: dict[str, Any]) -> Any:
        if self.webhook is not None:
            self.errors.append("getUpdates while a webhook is set")
            return self._error(409, "Conflict: webhook is active")
        timeout = min(float(p.get("timeout") or 0), self.longest_poll)
        async with self._changed:
            if not self.queue and timeout:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait_for(lambda: bool(self.queue) or self._closing), timeout)
            if self.queue:
                return self.queue.pop(0)
        if self.empty_poll_error:
            return self._error(408, "Request timeout")
        return None

    async def _m_sendMessage(self, p: dict[str, Any]) -> Any:
        if str(p.get("chat_id")) in self.blocked:
            return self._error(403, "Forbidden: the user has not allowed the bot to message them")
        text = p.get("text")
        if not isinstance(text, str) or not 1 <= len(text) <= 2000:
            self.errors.append(f"sendMessage: text of {len(text) if isinstance(text, str) else 0} characters")
            return self._error(400, "Bad Request: text must be 1-2000 characters")
        self.sent.append(Sent(str(p.get("chat_id")), text))
        return {"message_id": f"out{next(self._ids)}", "date": int(time.time() * 1000)}
