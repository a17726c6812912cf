"""PTB's network layer on aiohttp, the HTTP library the web server already uses.

PTB's default (`HTTPXRequest`) spends most of a busy bot's CPU inside httpcore's connection pool, whose
bookkeeping grows with connections x waiting requests. This `BaseRequest` (PTB's documented extension
point) keeps the same contract: status and body back, `TimedOut`/`NetworkError` on failure, and error text
that never contains the token (it is in every URL). Failures worth another try are told apart from a 4xx:
a 5xx raises `ServerError` and a failed connection `ConnectionFailed` (both `NetworkError`s, as in PTB).
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logs import redact_urls


class ServerError(NetworkError):
    """Telegram (or a proxy before it) answered 5xx: the request was fine, another try may succeed."""


class ConnectionFailed(NetworkError):
    """No answer at all (refused, reset, DNS): another try may succeed."""


def _description(status: int, body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    text = data.get("description") if isinstance(data, dict) else None
    return f"{text if isinstance(text, str) else 'HTTP error'} ({status})"


class AiohttpRequest(BaseRequest):
    """One aiohttp session with at most `connections` connections."""

    def __init__(self, *, connections: int = 8, read_timeout: float = 15.0, connect_timeout: float = 10.0,
                 write_timeout: float = 15.0) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._write_timeout = write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (idempotent)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections, enable_cleanup_closed=True),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read)
        data: Any = None
        if request_data is not None:
            if request_data.contains_files:
                form = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, part in request_data.multipart_data.items():
                    filename, content, *mime = part
                    form.add_field(name, content, filename=filename, content_type=mime[0] if mime else None)
                data = form
            else:
                data = request_data.json_parameters
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as resp:
                status, body = resp.status, await resp.read()
        except TimeoutError as err:
            raise TimedOut from err
        except (aiohttp.ClientError, OSError) as err:
            raise ConnectionFailed(f"aiohttp.{type(err).__name__}: {redact_urls(str(err))}") from err
        if status >= 500:
            raise ServerError(redact_urls(_description(status, body)))
        return status, body
