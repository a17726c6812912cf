"""The channel base: everything Telegram, Zalo and the terminal share, so that each adapter keeps only its
transport.

Shared here: the durable inbox (every update from a webhook or a poll is a database row before the platform
is told it arrived; bot/inbox.py takes rows and hands them to `process_claim`), the inbound guards (floods,
group chatter, one message at a time per user), handing an `Incoming` to the core (which runs off the event
loop, and keeps the replies in the inbox row in its own transaction), delivering the replies (buttons where
the channel has them, otherwise the one numbered-text renderer), sending outbox messages for the pacer
(their options numbered and stored by the core before the send), marking users who blocked the bot,
starting with back-off, and the apology when a message fails.

In groups only commands are answered, and only those addressed to this bot (`/lich` or `/lich@ThisBot`,
never `/lich@OtherBot`); a personal list asked for there is sent to the person privately, never to the group.

An adapter keeps only its transport: `keep` the raw updates it receives (then acknowledge them), and
`process_update` one raw update taken from the inbox. `receive` answers a message directly, without the
inbox, for the terminal chat, which has no platform to acknowledge.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.guards import FloodGate, KeyedLocks, stopped_within
from bot.inbox import InboxWorker
from handlers import compose
from handlers.core import handle
from handlers.deps import Deps
from handlers.turn import offer_proactive
from handlers.types import Incoming, Reply
from knowledge import inbox, store
from knowledge.db import session_scope
from scheduler.leader import holder_id
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

    def __init__(self, deps: Deps, *, flood: FloodGate | None = None, handler: Handle | None = None,
                 bot: str = "?", claim_seconds: float = 30.0, concurrency: int = 16) -> None:
        self.deps = deps
        self.flood = flood or FloodGate()
        self.locks = KeyedLocks()
        self.handler: Handle | None = handler  # the bench swaps in the old on-the-loop core to compare
        self.inbox = InboxWorker(deps.session_factory, channel=self.name, bot=bot, holder=holder_id(),
                                 process=self.process_claim, now=deps.clock.now, ttl=claim_seconds,
                                 concurrency=concurrency)

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

    async def keep(self, updates: Sequence[inbox.NewUpdate]) -> int:
        """Write updates to the inbox; return only once they are durable (the caller then acknowledges them).
        Raises SQLAlchemyError when the database cannot take them: the caller must not acknowledge.

        From here until its replies are sent, an update is a turn in flight, which a background engine
        rebuild steps aside for (knowledge/turns.py): the inbox's writes and the sends need the GIL too."""
        with self.deps.knowledge.turns.turn():
            return await self.inbox.store(updates)

    async def process_update(self, claim: inbox.Claimed) -> None:
        """One raw update taken from the inbox: parse it and `answer` what needs answering (per channel)."""
        raise NotImplementedError

    async def process_claim(self, claim: inbox.Claimed) -> None:
        """A row from the inbox: send the kept replies if the core already answered it, else process it."""
        with self.deps.knowledge.turns.turn():
            if claim.answer is not None:  # answered before a crash, the replies perhaps not sent: send them
                async with self.locks.hold(claim.user):
                    await self.inbox.hold(claim)
                    await self.send_answer(claim.user, claim.answer)
                return
            await self.process_update(claim)

    def admit(self, msg: Incoming) -> bool:
        """Group chatter is not for the bot: only commands and button presses are answered there."""
        return msg.private or msg.text.startswith("/") or msg.callback_data is not None

    async def receive(self, msg: Incoming) -> None:
        """One message answered directly, without the inbox (the terminal chat); never raises."""
        try:
            if self.admit(msg):
                await self.answer(msg)
        except Exception:
            log.exception("a %s message could not be processed", self.name)

    async def answer(self, msg: Incoming, claim: inbox.Claimed | None = None) -> None:
        """Guards, the core (off the loop) and the replies, one message of a user at a time.

        With a `claim` (an inbox row) the replies are kept in the row in the core's own transaction, and
        `inbox.ClaimLost` is raised if another process took the row meanwhile (nothing is sent then).
        """
        if not self.flood.allow((self.name, msg.user_id)):
            if self.flood.notice_due((self.name, msg.user_id)):
                await self.deliver(msg.chat_id, msg.user_id, [Reply(compose.FLOOD)])
            return
        chat, fallback = msg.chat_id, None
        if not msg.private and msg.callback_data is None:
            command = parse_command(msg.text)
            if command is not None:
                name, target = command
                if target is not None and self.own_name and target.lower() != self.own_name.lower():
                    return  # addressed to another bot in the group
                if name in PERSONAL_COMMANDS:
                    # A personal list asked for in a group: answered in the person's private chat (whose id is
                    # theirs on both apps); if the bot may not write there, the group only gets a note.
                    msg = dataclasses.replace(msg, chat_id=msg.user_id, private=True)
                    chat, fallback = msg.user_id, chat
        async with self.locks.hold(msg.user_id):
            replies = await self.run_core(msg, claim, chat, fallback)
            if claim is not None:  # a process whose claim lapsed while it worked must not send as well
                await self.inbox.hold(claim)
            await self.send_answer(msg.user_id, inbox.Answer(chat, tuple(replies), fallback))

    async def run_core(self, msg: Incoming, claim: inbox.Claimed | None, chat: str,
                       fallback: str | None) -> list[Reply]:
        """The core's replies; with a claim, kept in the inbox row in the same transaction as the turn."""
        kept = False

        def within(session: Session, replies: list[Reply]) -> None:
            nonlocal kept
            assert claim is not None
            inbox.answered(session=session, claim=claim, answer=inbox.Answer(chat, tuple(replies), fallback),
                           now=self.deps.clock.now())
            kept = True

        try:
            if self.handler is not None:
                replies = await self.handler(msg, self.deps)
            else:
                replies = await handle(msg, self.deps, within=within if claim is not None else None)
        except inbox.ClaimLost:
            raise
        except Exception:
            log.exception("%s message %s failed", self.name, msg.message_id)
            replies = [Reply(compose.ERROR)]
        if claim is not None and not kept:  # the turn rolled back (busy, a failure) or another core ran
            answer = inbox.Answer(chat, tuple(replies), fallback)

            def keep_answer() -> None:
                with session_scope(self.deps.session_factory) as session:
                    inbox.answered(session=session, claim=claim, answer=answer, now=self.deps.clock.now())

            await asyncio.to_thread(keep_answer)
        return replies

    async def send_answer(self, user_id: str, answer: inbox.Answer) -> None:
        """Send kept replies; to the fallback chat only a note when the bot may not write to `chat`."""
        if answer.fallback_chat is None:
            await self.deliver(answer.chat, user_id, answer.replies)
            return
        try:
            await self.send_replies(answer.chat, answer.replies)
        except Blocked as exc:  # never started the bot, or blocked it: not marked, they may start it later
            log.info("%s: cannot write privately to %s (%s); told the group", self.name, user_id, exc)
            await self.deliver(answer.fallback_chat, user_id, [Reply(compose.OPEN_PRIVATE_CHAT)])

    # -------------------------------------------------------------- sending

    async def deliver(self, chat_id: str, user_id: str, replies: Sequence[Reply]) -> bool:
        """Send replies in order; False when the user has blocked the bot (remembered, nothing retried) or
        the platform kept failing after the channel's own retries (then the apology is tried once)."""
        try:
            await self.send_replies(chat_id, replies)
        except Blocked as exc:
            log.info("%s chat %s refused a message (%s); marked as blocked", self.name, chat_id, exc)
            await asyncio.to_thread(self.mark_blocked, user_id)
            return False
        except Exception as exc:  # a 5xx or a timeout that outlasted the retries; a 4xx
            log.warning("%s: a reply to chat %s failed (%s: %s)", self.name, chat_id, type(exc).__name__, exc)
            if list(replies) != [Reply(compose.ERROR)]:
                try:
                    await self.send_replies(chat_id, [Reply(compose.ERROR)])
                except Exception as again:
                    log.warning("%s: could not apologise to chat %s (%s)", self.name, chat_id, type(again).__name__)
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
