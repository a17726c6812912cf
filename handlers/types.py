"""The channel-agnostic message types: what comes in, what goes out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MAX_BUTTON_DATA = 64  # bytes; Telegram's callback_data limit, kept for every channel
BUTTON_CHANNELS = frozenset({"telegram"})  # the others show options as numbered lines and read the number back
_ID = re.compile(r"[0-9]{1,9}")


def is_id(text: str) -> bool:
    """ASCII digits that fit a database integer ("²".isdigit() is true, and int() refuses it)."""
    return _ID.fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class Button:
    """A choice; `data` is ASCII and at most 64 bytes so every channel can carry it.

    `number` is the number the core stored for this choice (0 until the core offers it): channels without
    buttons print it, and the same number typed back picks this choice, so no channel counts on its own.
    """

    label: str
    data: str
    number: int = 0

    def __post_init__(self) -> None:
        if not self.data.isascii() or len(self.data.encode()) > MAX_BUTTON_DATA:
            raise ValueError(f"button data must be ASCII and <= {MAX_BUTTON_DATA} bytes: {self.data!r}")


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send: plain text (channels escape it) and optional buttons."""

    text: str
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True, slots=True)
class Incoming:
    """One message or button press from a user on some channel."""

    channel: str
    chat_id: str
    user_id: str
    text: str = ""
    callback_data: str | None = None
    message_id: str | None = None
    received_at: dt.datetime | None = None
    display_name: str | None = None
    has_media: bool = False  # a photo, sticker, voice note… the text is its caption, if any
    private: bool = True  # a one-to-one chat (proactive messages may go to chat_id)
