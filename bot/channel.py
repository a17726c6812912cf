"""The channel base: everything Telegram, Zalo and the terminal share, so that each adapter keeps only its
transport.

Shared here: the inbound guards (repeats, floods, one message at a time per user), handing an `Incoming` to
the core (which runs off the event loop), delivering the replies (buttons where the channel has them,
otherwise the one numbered-text renderer), sending outbox messages for the pacer (their options numbered
and stored by the core before the send), marking users who blocked the bot, starting with back-off, and the
apology when a message fails.

In groups only commands are answered, and only those addressed to this bot (`/lich` or `/lich@ThisBot`,
never `/lich@OtherBot`); a personal list asked for there is sent to the person privately, never to the group.

`receive` is the one entry point for an incoming message from a webhook or a poll: a durable inbox can be
put in front of it later without touching the adapters.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sys
from collections.abc import Awaitable, Callable, Hashable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from bot.guards import FloodGate, KeyedLocks, RecentIds, stopped_within
from handlers import compose
from handlers.core import handle
from handlers.deps import Deps
from handlers.turn import offer_proactive
from handlers.types import Incoming, Reply
from knowledge import store
from knowledge.db import session_scope
from scheduler.pacer import OutMessage, SendError

log = logging.getLogger(__name__)

Handle = Callable[[Incoming, Deps], Awaitable[list[Reply]]]

# How long a thread may hold the GIL while another waits for it. CPython's 5 ms default lets a CPU-bound core
# thread (an engine rebuild, a 100k-recipient selection) hold the event loop back 5 ms at every hand-over,
# and one reply needs dozens of them; at 1 ms the loop gets the GIL back quickly, for a few per cent of the
# heavy thread's speed. Measured in bench/pipeline.py.
SWITCH_INTERVAL = 0.001


def favour_the_event_loop() -> None:
    """Called when a channel starts: the process serves chats, so the loop's latency comes first."""
    sys.setswitchinterval(SWITCH_INTERVAL)


# Commands whose answer is one person's own data (registrations, profile, link code): never shown to a group.
PERSONAL_COMMANDS = frozenset({"lich", "hoso", "lienket"})


def parse_command(text: str) -> tuple[str, str | None] | None:
    """("lich", "ThisBot") for "/lich@ThisBot args", ("lich", None) for "/lich"; None for a text."""
    if not text.startswith("/"):
        return None
    head = text.split(maxsplit=1)[0][1:] if text.strip() else ""
    name, at, target = head.partition("@")
    return name.lower(), (target if at else None)


class Blocked(Exception):
    """The user blocked the bot or the chat is gone: marked, never retried."""


def render_numbered(replies: Sequence[Reply], limit: int) -> list[str]:
    """Text messages for a channel without buttons: options as the numbered lines the core stored, each
    message at most `limit` characters, split on line boundaries."""
    out: list[str] = []
    for text in compose.numbered(list(replies)):
        out.extend(p for p in compose.split_text(text, limit) if p.strip())
    return out


class ChannelBase:
    """Shared behaviour of every channel; subclasses implement the transport (`send_replies`, `connect`)."""

    name = "base"
    has_buttons = False
    backoff_max = 60.0
    own_name: str | None = None  # the bot's user name, once known: "/cmd@name" for another bot is ignored

    def __init__(self, deps: Deps, *, flood: FloodGate | None = None, recent: RecentIds | None = None,
                 handler: Handle | None = None) -> None:
        self.deps = deps
        self.flood = flood or FloodGate()
        self.recent = recent or RecentIds()
        self.locks = KeyedLocks()
        self.handler: Handle = handler or handle  # the bench swaps in the old on-the-loop core to compare

    # -------------------------------------------------------------- transport, per channel

    async def send_replies(self, chat_id: str, replies: Sequence[Reply]) -> None:
        """Send the core's replies; raise `Blocked` when the user blocked the bot."""
        raise NotImplementedError

    async def send_message(self, chat_id: str, message: OutMessage, replies: Sequence[Reply]) -> None:
        """Send one outbox message (already numbered); raise `scheduler.pacer.SendError` on failure."""
        raise NotImplementedError

    async def connect(self) -> None:
        """Reach the platform (one attempt); raise `Retry` while it is unreachable."""
        raise NotImplementedError

    # -------------------------------------------------------------- receiving

    def admit(self, msg: Incoming, repeat_key: Hashable | None) -> bool:
        """The inbound guards before a message reaches the core: False for a repeat or group chatter."""
        if repeat_key is not None and self.recent.seen(repeat_key):
            log.info("dropped a repeated %s update %s", self.name, repeat_key)
            return False
        return msg.private or msg.text.startswith("/") or msg.callback_data is not None

    async def receive(self, msg: Incoming, repeat_key: Hashable | None = None) -> None:
        """One incoming message: guards, the core (off the loop), the replies; never raises."""
        try:
            if not self.admit(msg, repeat_key):
                return
            if not self.flood.allow((self.name, msg.user_id)):
                if self.flood.notice_due((self.name, msg.user_id)):
                    await self.deliver(msg.chat_id, msg.user_id, [Reply(compose.FLOOD)])
                return
            async with self.locks.hold(msg.user_id):
                await self.answer(msg)
        except Exception:
            log.exception("a %s message could not be processed", self.name)

    async def answer(self, msg: Incoming) -> None:
        """Ask the core and deliver its replies; an apology when the core fails."""
        if not msg.private and msg.callback_data is None:
            command = parse_command(msg.text)
            if command is not None:
                name, target = command
                if target is not None and self.own_name and target.lower() != self.own_name.lower():
                    return  # addressed to another bot in the group
                if name in PERSONAL_COMMANDS:
                    await self.answer_privately(msg)
                    return
        try:
            replies = await self.handler(msg, self.deps)
        except Exception:
            log.exception("%s message %s failed", self.name, msg.message_id)
            replies = [Reply(compose.ERROR)]
        await self.deliver(msg.chat_id, msg.user_id, replies)

    async def answer_privately(self, msg: Incoming) -> None:
        """A personal list asked for in a group: answered in the person's private chat (whose id is theirs on
        both apps); if the bot may not write to them there, the group only gets a note to open that chat."""
        private = dataclasses.replace(msg, chat_id=msg.user_id, private=True)
        try:
            replies = await self.handler(private, self.deps)
        except Exception:
            log.exception("%s message %s failed", self.name, msg.message_id)
            replies = [Reply(compose.ERROR)]
        try:
            await self.send_replies(private.chat_id, replies)
        except Blocked as exc:  # never started the bot, or blocked it: not marked, they may start it later
            log.info("%s: cannot write privately to %s (%s); told the group", self.name, msg.user_id, exc)
            await self.deliver(msg.chat_id, msg.user_id, [Reply(compose.OPEN_PRIVATE_CHAT)])

    # -------------------------------------------------------------- sending

    async def deliver(self, chat_id: str, user_id: str, replies: Sequence[Reply]) -> bool:
        """Send replies in order; False when the user has blocked the bot (remembered, nothing retried)."""
        try:
            await self.send_replies(chat_id, replies)
        except Blocked as exc:
            log.info("%s chat %s refused a message (%s); marked as blocked", self.name, chat_id, exc)
            await asyncio.to_thread(self.mark_blocked, user_id)
            return False
        return True

    async def send_out(self, chat_id: str, user_id: str, message: OutMessage) -> None:
        """One outbox message for the pacer, with no retry of its own (the pacer decides what a failure means).

        Where options are typed as numbers, the core numbers and stores them first, after the options the
        user may still be answering, so a number typed back at once already finds its choice.
        """
        reply = message.reply
        replies: list[Reply] = [reply]
        if reply.buttons and not self.has_buttons:
            try:
                async with self.locks.hold(user_id):  # not between a turn's reading and saving of the state
                    replies = await asyncio.to_thread(self._offer, user_id, replies)
            except SQLAlchemyError as exc:  # nothing was sent: the pacer tries again later
                raise SendError(f"options not stored: {type(exc).__name__}", kind="transient") from exc
        await self.send_message(chat_id, message, replies)

    def _offer(self, user_id: str, replies: list[Reply]) -> list[Reply]:
        with session_scope(self.deps.session_factory) as session:
            return offer_proactive(session=session, channel=self.name, user_id=user_id, replies=replies)

    def mark_blocked(self, user_id: str) -> None:
        with session_scope(self.deps.session_factory) as session:
            store.mark_blocked(session=session, channel=self.name, user_id=user_id)

    # -------------------------------------------------------------- life cycle

    async def start_with_backoff(self, stopping: asyncio.Event | None,
                                 transient: Callable[[Exception], bool]) -> bool:
        """`connect`, retrying with doubling delays while `transient(exc)`; False if stopped first."""
        favour_the_event_loop()
        delay = 1.0
        while True:
            try:
                await self.connect()
                return True
            except Exception as exc:
                if not transient(exc):
                    raise
                log.warning("cannot reach %s yet (%s); retrying in %.0f s", self.name, exc, delay)
                if await stopped_within(delay, stopping):
                    return False
                delay = min(delay * 2, self.backoff_max)
