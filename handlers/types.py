"""The channel-agnostic message types: what comes in, what goes out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from knowledge.messages import MAX_BUTTON_DATA, Button, Photo, Reply

__all__ = ["BUTTON_CHANNELS", "MAX_BUTTON_DATA", "PHOTO_CHANNELS", "Button", "Incoming", "Photo", "Reply", "is_id"]

BUTTON_CHANNELS = frozenset({"telegram"})  # the others show options as numbered lines and read the number back
PHOTO_CHANNELS = frozenset({"telegram"})  # Zalo's bot API and the terminal get a link to the picture instead
_ID = re.compile(r"[0-9]{1,9}")


def is_id(text: str) -> bool:
    """ASCII digits that fit a database integer ("²".isdigit() is true, and int() refuses it)."""
    return _ID.fullmatch(text) is not None


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
