"""The terminal chat: the same core and channel base as Telegram and Zalo, buttons shown as numbered choices.

Only the transport lives here: lines from a text stream in, numbered text out. Ctrl-C at the prompt leaves
cleanly; log lines go to a file (set up by the CLI), never between the conversation's lines.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from typing import TextIO

from bot.channel import ChannelBase, render_numbered
from bot.guards import FloodGate
from handlers.deps import Deps
from handlers.types import Incoming, Reply
from scheduler.pacer import OutMessage

CHANNEL = "terminal"
EXIT_WORDS = {"thoat", "thoát", "exit", "quit", "/exit", "/quit", "/thoat"}
BANNER = ("Trợ lý đào tạo cán bộ công đoàn — trò chuyện trên terminal. Gõ câu hỏi; gõ «thoát» hoặc bấm Ctrl-C để "
          "kết thúc.")
GOODBYE = "Tạm biệt!"
MAX_TEXT = 100_000  # a terminal has no length limit worth splitting for


class TerminalChannel(ChannelBase):
    name = CHANNEL
    has_buttons = False

    def __init__(self, deps: Deps, out: TextIO) -> None:
        super().__init__(deps, flood=FloodGate(burst=1_000_000))  # one person at a keyboard, or a pasted script
        self.out = out

    async def send_replies(self, chat_id: str, replies: Sequence[Reply]) -> None:
        render(replies, self.out)

    async def send_message(self, chat_id: str, message: OutMessage, replies: Sequence[Reply]) -> None:
        render(replies, self.out)


def render(replies: Sequence[Reply], out: TextIO) -> None:
    """Print replies with the numbered choices the core stored (numbered across the replies of a turn)."""
    for text in render_numbered(replies, MAX_TEXT):
        out.write(f"Bot: {text}\n\n")
    out.flush()


def _reader(inp: TextIO) -> asyncio.Queue[str]:
    """Lines from `inp`, read by a daemon thread: a read blocked at the prompt never holds up leaving."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        while True:
            try:
                line = inp.readline()
            except (OSError, ValueError):
                line = ""
            try:
                loop.call_soon_threadsafe(lines.put_nowait, line)
            except RuntimeError:  # the chat has ended and its loop is closed
                return
            if not line:
                return

    threading.Thread(target=read, name="terminal-input", daemon=True).start()
    return lines


async def chat(deps: Deps, inp: TextIO, out: TextIO, *, user_id: str = "local") -> int:
    """Read lines until EOF, an exit word or Ctrl-C; answer each."""
    channel = TerminalChannel(deps, out)
    out.write(BANNER + "\n\n")
    try:
        await channel.receive(Incoming(CHANNEL, user_id, user_id, "/start"))
        lines = _reader(inp)
        while True:
            out.write("Anh/chị: ")
            out.flush()
            line = await lines.get()
            if not line:
                out.write("\n" + GOODBYE + "\n")
                return 0
            text = line.rstrip("\n")
            if text.strip().lower() in EXIT_WORDS:
                out.write(GOODBYE + "\n")
                return 0
            await channel.receive(Incoming(CHANNEL, user_id, user_id, text))
    except (KeyboardInterrupt, asyncio.CancelledError):
        out.write("\n" + GOODBYE + "\n")
        out.flush()
        return 0
