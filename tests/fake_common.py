"""What the fake Bot API servers share: recorded traffic, and waiting for it without sleeping."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar


class HasChat(Protocol):
    chat_id: Any


SentT = TypeVar("SentT", bound=HasChat)


class Traffic(Generic[SentT]):
    """Messages the bot sent, and a condition notified whenever something arrives."""

    def __init__(self) -> None:
        self.sent: list[SentT] = []
        self._changed = asyncio.Condition()

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait for a condition on the recorded traffic; the timeout only turns a hang into a failure."""
        async def waiter() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)
        await asyncio.wait_for(waiter(), timeout)

    async def wait_sent(self, count: int, *, chat_id: Any = None, timeout: float = 10.0) -> list[SentT]:
        await self.wait_until(lambda: len(self.to(chat_id)) >= count, timeout)
        return self.to(chat_id)

    def to(self, chat_id: Any) -> list[SentT]:
        return [s for s in self.sent if chat_id is None or s.chat_id == chat_id]
