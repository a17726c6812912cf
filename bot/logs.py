"""Logging set-up: tokens and personal data never reach a log line, and httpx stays at WARNING (it logs URLs
with tokens)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from knowledge.store import redact as personal

_TOKEN_IN_URL = re.compile(r"(/bot)([^/\s]+)")
_TELEGRAM_TOKEN = re.compile(r"\b\d{6,12}:[A-Za-z0-9_-]{30,}\b")


def redact_urls(text: str) -> str:
    """Remove anything token-shaped: a Telegram token, or the part after /bot in an API URL."""
    return _TOKEN_IN_URL.sub(r"\1[REDACTED]", _TELEGRAM_TOKEN.sub("[REDACTED]", text))


class RedactingFilter(logging.Filter):
    """Replaces known secrets and anything token-shaped with [REDACTED] in the final message."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        self.secrets = [s for s in (secrets or []) if s]

    def redact(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "[REDACTED]")
        # Personal data a message carried (a name, a phone number) never reaches a log line either.
        return personal(redact_urls(text))

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        record.msg = self.redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class RepeatFilter(logging.Filter):
    """Repeated identical warnings and errors (same logger, level, message template and exception type) are
    written once per `window` seconds; the next one written says how many were left out. A flood of bad
    requests then costs a line a minute, not a traceback each."""

    def __init__(self, window: float = 60.0, monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.window = window
        self._clock = monotonic
        self._seen: dict[tuple[str, int, str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        exc = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else ""
        key = (record.name, record.levelno, str(record.msg), exc)
        now = self._clock()
        first, skipped = self._seen.get(key, (None, 0))
        if first is not None and now - first < self.window:
            self._seen[key] = (first, skipped + 1)
            return False
        if len(self._seen) > 1000:
            self._seen.clear()
        self._seen[key] = (now, 0)
        if skipped:
            record.msg = f"{record.msg} (and {skipped} more like it in the last {self.window:.0f} s)"
        return True


class ZonedFormatter(logging.Formatter):
    """Time stamps in the deployment's zone (Vietnam time), whatever the server's clock zone is."""

    def __init__(self, fmt: str, tz: dt.tzinfo | None) -> None:
        super().__init__(fmt)
        self.tz = tz

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        when = dt.datetime.fromtimestamp(record.created, self.tz)
        return when.strftime(datefmt or "%Y-%m-%d %H:%M:%S") + f",{int(record.msecs):03d}"


def setup_logging(level: int = logging.INFO, secrets: list[str] | None = None, stream: TextIO | None = None, *,
                  path: Path | None = None, tz: dt.tzinfo | None = None) -> None:
    """Configure the root logger once, with redaction on every handler; to the file `path` when given (the
    terminal chat: log lines must not land between the conversation's lines)."""
    handler: logging.Handler
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    else:
        handler = logging.StreamHandler(stream)
    handler.setFormatter(ZonedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", tz))
    handler.addFilter(RepeatFilter())  # first: it keys on the message template, before redaction formats it
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # Migration chatter (plugin set-up, context) says nothing an operator needs; knowledge.db logs the result.
    logging.getLogger("alembic").setLevel(logging.WARNING)
