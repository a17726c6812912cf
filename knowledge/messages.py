"""The message shape every layer shares: a Reply with its Buttons, and the outbox row codec.

It lives in knowledge/ because every layer may import knowledge: handlers/ build replies, knowledge/ and
scheduler/ queue and send reminders, notices and announcements, bot/ renders them, all with these types.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_BUTTON_DATA = 64  # bytes; Telegram's callback_data limit, kept for every channel


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
class Photo:
    """A picture sent after a reply's text (a target chart). Channels that carry pictures send `png` (Telegram:
    sendPhoto with `caption`); the others, or when there are no bytes, give `url` as a line of text. Either
    may be None: a picture with neither is simply left out."""

    caption: str
    png: bytes | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send: plain text (channels escape it), optional buttons and an optional picture."""

    text: str
    buttons: tuple[Button, ...] = ()
    photo: Photo | None = None


def buttons_to_json(buttons: Iterable[Button]) -> list[list[str]]:
    """Buttons as stored in an outbox row: [[label, data], ...]. The number is not stored: the core gives it
    when the message is offered to a user (after that user's own pending options)."""
    return [[b.label, b.data] for b in buttons]


def buttons_from_json(raw: Sequence[Sequence[object]] | None) -> tuple[Button, ...]:
    """The inverse of `buttons_to_json` (rows written before this codec have the same shape)."""
    return tuple(Button(str(row[0]), str(row[1])) for row in raw or ())
