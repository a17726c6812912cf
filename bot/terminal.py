"""The terminal chat: the same core as the channels, buttons shown as numbered choices."""

from __future__ import annotations

import asyncio
from typing import TextIO

from handlers.core import handle
from handlers.deps import Deps
from handlers.types import Incoming, Reply

EXIT_WORDS = {"thoat", "thoát", "exit", "quit", "/exit", "/quit", "/thoat"}
BANNER = "Trợ lý đào tạo cán bộ công đoàn — trò chuyện trên terminal. Gõ câu hỏi; gõ «thoát» để kết thúc."


def render(replies: list[Reply], out: TextIO) -> None:
    """Print replies, buttons as numbered lines."""
    for r in replies:
        out.write(f"Bot: {r.text}\n")
        for i, b in enumerate(r.buttons, 1):
            out.write(f"  {i}. {b.label}\n")
        if r.buttons:
            out.write("  (Gõ số để chọn)\n")
        out.write("\n")
    out.flush()


async def chat(deps: Deps, inp: TextIO, out: TextIO, *, user_id: str = "local") -> int:
    """Read lines until EOF or an exit word; answer each."""
    out.write(BANNER + "\n\n")
    render(await handle(Incoming("terminal", user_id, user_id, "/start"), deps), out)
    loop = asyncio.get_running_loop()
    while True:
        out.write("Bạn: ")
        out.flush()
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            out.write("\nTạm biệt!\n")
            return 0
        text = line.rstrip("\n")
        if text.strip().lower() in EXIT_WORDS:
            out.write("Tạm biệt!\n")
            return 0
        render(await handle(Incoming("terminal", user_id, user_id, text), deps), out)
