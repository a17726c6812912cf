"""Telegram channel: python-telegram-bot 22 around the channel-agnostic core.

The core returns `Reply` objects; this module turns updates into `Incoming`, and replies into HTML messages
with inline keyboards. Updates arrive by long polling or through the shared web server's webhook path, and
either way are written to the inbox first (bot/channel.py): a webhook call is answered 200 only after that,
and PTB's poller asks for the next batch (which confirms the offset) only after the batch is kept. The
updates are then taken from the inbox, by this process or another, and processed here (`process_update`).
PTB is used for its Bot API client and its poller; its handler machinery is not. Everything the channel
needs is passed in (`Deps`, guards); nothing lives in `bot_data`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import json
import logging
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    Defaults,
    ExtBot,
)
from telegram.warnings import PTBDeprecationWarning

from bot.channel import Blocked, ChannelBase, Handle
from bot.guards import FloodGate
from bot.tg_request import AiohttpRequest, ConnectionFailed, ServerError
from bot.web import webhook_body
from handlers import commands, compose
from handlers.deps import Deps
from handlers.types import Incoming, Reply
from knowledge import inbox, store
from knowledge.db import session_scope
from scheduler.pacer import OutMessage, SendError

log = logging.getLogger(__name__)

CHANNEL = "telegram"
MAX_TEXT = 4096  # Telegram's limit, in UTF-16 code units after entity parsing
WEBHOOK_PATH = "/webhook/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]

COMMANDS = tuple(commands.menu(organiser=False))  # the menu everyone sees; organisers get their own per chat
ORGANISER_COMMANDS = tuple(commands.menu(organiser=True))
SEND_ATTEMPTS = 3
MAX_CAPTION = 1024  # Telegram's limit for a file's caption
CALENDAR_FILE = "lich-hoc.ics"
PHOTO_FILE = "bieu-do.png"
MAX_RETRY_AFTER = 30.0  # seconds; a longer flood wait is not worth holding a reply for
RETRY_DELAY = 0.5  # seconds before the second attempt after a 5xx or a timeout, doubled for each further one

TgApp = Application[Any, Any, Any, Any, Any, Any]


# ------------------------------------------------------------------ rendering

def render(reply: Reply) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """One reply as Telegram messages: escaped HTML pieces of at most 4096, buttons under the last one."""
    # A picture without bytes (none drawn for this reply) still reaches the user as a link.
    text = reply.text + (compose.photo_link(reply) if reply.photo is not None and reply.photo.png is None else "")
    pieces = [p for p in compose.split_text(text, MAX_TEXT, size=compose.utf16_len) if p.strip()]
    if not pieces:
        pieces = ["…"]
    markup = None
    if reply.buttons:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(compose.short(b.label), callback_data=b.data)]
                                       for b in reply.buttons])
    # Splitting before escaping is right: the limit counts the text as shown, not the entities.
    out: list[tuple[str, InlineKeyboardMarkup | None]] = [(html.escape(p, quote=False), None) for p in pieces]
    out[-1] = (out[-1][0], markup)
    return out


def to_incoming(update: Update) -> Incoming | None:
    """The core's view of a message or a button press; None for anything else."""
    user = update.effective_user
    chat = update.effective_chat
    query = update.callback_query
    if query is not None:
        chat_id = chat.id if chat else query.from_user.id
        return Incoming(CHANNEL, str(chat_id), str(query.from_user.id), callback_data=query.data or "",
                        display_name=query.from_user.full_name, private=chat is None or chat.type == "private")
    message = update.message
    if message is None:
        return None
    return Incoming(
        CHANNEL, str(message.chat.id), str(user.id if user else message.chat.id),
        text=message.text or message.caption or "", message_id=str(message.message_id), received_at=message.date,
        display_name=user.full_name if user else None, has_media=message.text is None,
        private=message.chat.type == "private",
    )


def _seconds(exc: RetryAfter) -> float:
    """retry_after in seconds, whether PTB gives an int (today) or a timedelta (its announced future)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def file_url(api_url: str) -> str:
    """Where files live on the same Bot API server: ".../bot" becomes ".../file/bot"."""
    return api_url[: -len("/bot")] + "/file/bot" if api_url.endswith("/bot") else api_url


# ------------------------------------------------------------------ the library's hooks

KeepUpdates = Callable[[list[dict[str, Any]]], Awaitable[None]]


class TolerantBot(ExtBot[None]):
    """An ExtBot whose polling keeps every update in the inbox, and survives one it cannot parse.

    PTB confirms a getUpdates batch (its offset) with the next call, which it makes only after this one
    returns: so the batch is written to the inbox here, before returning, and PTB gets the updates back as
    bare ids, which only move the offset on (the inbox worker processes them). If the inbox cannot take them
    the call fails as a network error would: PTB asks again for the same batch.
    """

    _keep_updates: KeepUpdates | None = None

    async def _post(self, endpoint: str, data: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            readable = [raw for raw in result if self._readable(raw)]
            if readable and self._keep_updates is not None:
                try:
                    await self._keep_updates(readable)
                except SQLAlchemyError as exc:
                    raise NetworkError(f"updates not kept, asking again ({type(exc).__name__})") from exc
            return [{"update_id": raw["update_id"]} for raw in result
                    if isinstance(raw, dict) and isinstance(raw.get("update_id"), int)]
        return result

    def _readable(self, raw: Any) -> bool:
        try:
            Update.de_json(raw, self)
            return True
        except Exception:  # any parse failure; the update is skipped, not the batch
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            log.warning("skipped an update that cannot be read (update_id=%s)", update_id)
            return False


def user_key(raw: dict[str, Any]) -> str:
    """Whose update this is, for keeping each user's updates in order: the sender, else the chat."""
    for kind in ("callback_query", "message", "my_chat_member", "edited_message"):
        part = raw.get(kind)
        if isinstance(part, dict):
            sender = part.get("from")
            if isinstance(sender, dict) and sender.get("id") is not None:
                return str(sender["id"])
            chat = part.get("chat")
            if isinstance(chat, dict) and chat.get("id") is not None:
                return str(chat["id"])
    return f"update:{raw.get('update_id')}"


def new_update(raw: dict[str, Any]) -> inbox.NewUpdate:
    return inbox.NewUpdate(str(raw["update_id"]), user_key(raw), raw)


# ------------------------------------------------------------------ the channel

def bot_key(token: str) -> str:
    """The public part of a token (the bot's id, before the colon), never the secret part."""
    head, sep, _secret = token.partition(":")
    return head[:20] if sep and head.isdigit() else "?"


@dataclass(frozen=True, slots=True)
class TelegramConfig:
    token: str
    api_url: str = "https://api.telegram.org/bot"
    webhook_url: str | None = None  # the public base URL; polling when None
    webhook_secret: str | None = None
    poll_timeout: float = 10.0
    max_concurrent_updates: int = 16  # inbox rows this process works on at once (each user's in order)
    claim_seconds: float = 30.0  # an inbox claim of a killed process is taken over after this
    # httpcore's pool does work proportional to connections x queued requests on every request, so a
    # few connections kept busy beat many: sends wait on our semaphore, never in httpcore's queue.
    max_sends: int = 32
    send_timeout: float = 10.0  # seconds an outbox send may take before it counts as a transient failure


class TelegramChannel(ChannelBase):
    """The PTB bot and poller, processing of the updates taken from the inbox, and the webhook endpoint;
    the rest is the channel base's."""

    name = CHANNEL
    has_buttons = True
    webhook_path = WEBHOOK_PATH

    def __init__(self, config: TelegramConfig, deps: Deps, *, flood: FloodGate | None = None,
                 handler: Handle | None = None, sleep: Callable[[float], Awaitable[None]] | None = None) -> None:
        super().__init__(deps, flood=flood, handler=handler, bot=bot_key(config.token),
                         claim_seconds=config.claim_seconds, concurrency=config.max_concurrent_updates)
        self.config = config
        self._sleep = sleep or asyncio.sleep  # tests pass a sleep that only records the back-off
        self._requests = (AiohttpRequest(connections=config.max_sends + 2),
                          AiohttpRequest(connections=2, read_timeout=config.poll_timeout + 10))
        self.bot = TolerantBot(
            config.token, base_url=config.api_url, base_file_url=file_url(config.api_url),
            request=self._requests[0], get_updates_request=self._requests[1],
            defaults=Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)),
        )
        self.bot._keep_updates = self._keep_polled
        self._sending = asyncio.Semaphore(config.max_sends)
        # PTB's application only runs the poller here; the updates it would dispatch are bare ids.
        self.application: TgApp = ApplicationBuilder().bot(self.bot).job_queue(None).build()

    @property
    def mode(self) -> str:
        return "webhook" if self.config.webhook_url else "polling"

    async def _keep_polled(self, raws: list[dict[str, Any]]) -> None:
        await self.keep([new_update(raw) for raw in raws])

    # -------------------------------------------------------------- processing an update from the inbox

    async def process_update(self, claim: inbox.Claimed) -> None:
        """A message, a command, a photo or a button press: the core's answer; a membership change: noted."""
        try:
            update = Update.de_json(claim.payload, self.bot)
        except Exception:  # any parse failure: this update is skipped, never retried
            log.warning("skipped an update that cannot be read (update_id=%s)", claim.key)
            return
        if update.callback_query is not None:
            await self._answer_query(update)  # first, so the phone stops its spinner at once
        if update.my_chat_member is not None:
            await self.on_membership(update)
            return
        if update.callback_query is None and update.message is None:
            return  # an edit or another kind this bot does not answer
        msg = to_incoming(update)
        if msg is None or msg.callback_data == "" or not self.admit(msg):
            return  # an empty press, or chatter in a group
        await self.answer(msg, claim)

    async def _answer_query(self, update: Update) -> None:
        """Stop the phone's spinner; also for a press the flood gate drops."""
        query = update.callback_query
        if query is None:
            return
        try:
            await query.answer()
        except TelegramError as exc:  # too old, or a network blip: the reply still goes out
            log.info("callback query not answered: %s", exc)

    async def on_membership(self, update: Update) -> None:
        """Remember a block at once, instead of at the next failed send."""
        change = update.my_chat_member
        if change is None or change.chat.type != "private":
            return
        if change.new_chat_member.status == "kicked":
            await asyncio.to_thread(self.mark_blocked, str(change.from_user.id))

    async def send_replies(self, chat_id: str, replies: Sequence[Reply]) -> None:
        for reply in replies:
            for text, markup in render(reply):
                try:
                    await self.send(int(chat_id), text, markup)
                except Forbidden as exc:
                    raise Blocked(str(exc)) from exc
            if reply.photo is not None and reply.photo.png is not None:
                await self.send_photo(int(chat_id), reply.photo.png, reply.photo.caption)

    async def send_photo(self, chat_id: int, png: bytes, caption: str) -> None:
        """A picture after its reply's text. It only illustrates what the text says, so a failure other than a
        block is logged and the conversation goes on."""
        try:
            async with self._sending:
                await self.bot.send_photo(chat_id=chat_id, photo=InputFile(png, filename=PHOTO_FILE),
                                          caption=html.escape(caption[:MAX_CAPTION], quote=False),
                                          read_timeout=self.config.send_timeout,
                                          write_timeout=self.config.send_timeout)
        except Forbidden as exc:
            raise Blocked(str(exc)) from exc
        except TelegramError as exc:
            log.warning("a picture for chat %s was not sent: %s", chat_id, type(exc).__name__)

    async def send(self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
        """One sendMessage, at most `max_sends` at a time.

        A 429 waits as long as Telegram asks; a 5xx or a timeout (a blip at Telegram or on the way) is tried
        again after a short, doubling pause, so the user gets the answer rather than the apology. A 4xx is the
        request's own fault and is never repeated. A timed-out message may in rare cases have arrived, so a
        retry can show it twice; that is better than the apology in place of the answer.
        """
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                async with self._sending:
                    await self.bot.send_message(chat_id=chat_id, text=text, reply_markup=markup,
                                                read_timeout=self.config.send_timeout)
                return
            except RetryAfter as exc:
                wait = _seconds(exc)
                if attempt == SEND_ATTEMPTS or wait > MAX_RETRY_AFTER:
                    raise
                log.warning("Telegram asks to slow down for %.0f s (chat %s)", wait, chat_id)
                await self._sleep(wait)
            except (ServerError, ConnectionFailed, TimedOut) as exc:  # never a 4xx (BadRequest, Forbidden…)
                if attempt == SEND_ATTEMPTS:
                    raise
                delay = RETRY_DELAY * 2 ** (attempt - 1)
                log.warning("a reply to chat %s failed (%s); retrying in %.1f s", chat_id, exc, delay)
                await self._sleep(delay)

    async def send_message(self, chat_id: str, message: OutMessage, replies: Sequence[Reply]) -> None:
        [reply] = replies
        try:
            chat = int(chat_id)
        except ValueError as exc:
            raise SendError(f"not a Telegram chat id: {chat_id[:20]!r}", kind="failed") from exc
        pieces = render(reply)
        for i, (text, markup) in enumerate(pieces):
            try:
                if message.calendar and i == len(pieces) - 1 and compose.utf16_len(reply.text) <= MAX_CAPTION:
                    # The reminder and its calendar file in one message: one send, one tap to save the class.
                    await self.bot.send_document(
                        chat_id=chat, document=InputFile(message.calendar.encode(), filename=CALENDAR_FILE),
                        caption=text, reply_markup=markup, read_timeout=self.config.send_timeout,
                        write_timeout=self.config.send_timeout)
                else:
                    await self.bot.send_message(chat_id=chat, text=text, reply_markup=markup,
                                                read_timeout=self.config.send_timeout)
            except RetryAfter as exc:
                raise SendError(str(exc), kind="rate", retry_after=_seconds(exc)) from exc
            except Forbidden as exc:
                raise SendError(str(exc), kind="blocked") from exc
            except BadRequest as exc:
                # "chat not found" means the account is gone: as final as a block.
                gone = "chat not found" in exc.message.lower() or "user is deactivated" in exc.message.lower()
                raise SendError(str(exc), kind="blocked" if gone else "failed") from exc
            except InvalidToken as exc:
                raise SendError(str(exc), kind="transient") from exc
            except TelegramError as exc:  # NetworkError, TimedOut, 5xx: worth another try later
                raise SendError(f"{type(exc).__name__}: {exc}", kind="transient") from exc

    # -------------------------------------------------------------- webhook

    async def handle_webhook(self, request: web.Request) -> web.Response:
        """Check the secret, read at most 1 MiB, keep the update in the inbox, then answer 200.

        If the database cannot keep it, 503: Telegram delivers it again later.
        """
        body = await webhook_body(request, header=SECRET_HEADER, secret=self.config.webhook_secret,
                                  channel="Telegram")
        if isinstance(body, web.Response):
            return body
        try:
            raw = json.loads(body)
            if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
                raise ValueError("not an update")
            kept = new_update(raw)  # parsed fully only when processed (a poison one is skipped there)
        except Exception:  # a poison update must not make Telegram retry it forever
            log.warning("webhook: an update that cannot be read was skipped")
            return web.Response(status=200)
        try:
            await self.keep([kept])
        except SQLAlchemyError as exc:
            log.warning("webhook: update not kept (%s); Telegram will deliver it again", type(exc).__name__)
            return web.Response(status=503)
        return web.Response(status=200)

    # -------------------------------------------------------------- life cycle

    async def start(self, stopping: asyncio.Event | None = None) -> bool:
        """Connect (retrying while Telegram is unreachable), register commands, start updates.

        Returns False when asked to stop before Telegram could be reached.
        """
        def transient(exc: Exception) -> bool:
            return isinstance(exc, NetworkError | TelegramError) and not isinstance(exc, InvalidToken)

        if not await self.start_with_backoff(stopping, transient):
            return False
        await self._register_commands()
        await self.application.start()
        self.inbox.start()
        if self.config.webhook_url:
            for attempt in range(1, 4):  # a blip right after connecting must not end the process
                try:
                    await self.bot.set_webhook(
                        url=self.config.webhook_url.rstrip("/") + WEBHOOK_PATH,
                        secret_token=self.config.webhook_secret, allowed_updates=ALLOWED_UPDATES,
                        max_connections=40,
                    )
                    break
                except NetworkError as exc:
                    if attempt == 3:
                        raise
                    log.warning("setWebhook failed (%s); retrying", exc)
                    await asyncio.sleep(attempt)
        else:
            assert self.application.updater is not None
            await self.application.updater.start_polling(
                timeout=int(self.config.poll_timeout), allowed_updates=ALLOWED_UPDATES,
                error_callback=self._polling_error,
            )
        log.info("Telegram channel started (%s) as @%s", self.mode, self.bot.username)
        return True

    async def connect(self) -> None:
        await self.application.initialize()
        self.own_name = self.bot.username

    def _polling_error(self, exc: TelegramError) -> None:
        log.warning("polling: %s", exc)

    async def _register_commands(self) -> None:
        """Everyone's menu, then the organisers' own menu in each organiser's private chat."""
        try:
            await self.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS])
            for chat_id in await asyncio.to_thread(self._organiser_chats):
                await self.bot.set_my_commands([BotCommand(c, d) for c, d in ORGANISER_COMMANDS],
                                               scope=BotCommandScopeChat(chat_id))
        except TelegramError as exc:
            log.warning("could not register the command menu (the bot still works): %s", exc)

    def _organiser_chats(self) -> list[int]:
        """Private chats of the Telegram organisers (on Telegram a private chat's id is the user's id)."""
        with session_scope(self.deps.session_factory) as session:
            users = {r.user_id for r in store.list_organisers(session=session) if r.channel == CHANNEL}
        return sorted(int(u) for u in users if u.lstrip("-").isdigit())

    async def stop(self) -> None:
        """Stop fetching, finish the updates in flight (the rest stay in the inbox), close connections."""
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        await self.inbox.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()
        for request in self._requests:  # also when Telegram was never reached and PTB skips its shutdown
            await request.shutdown()
