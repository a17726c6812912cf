"""Guards every channel puts in front of the core: floods, and one-at-a-time per user. (Repeated updates are
recognised by the durable inbox, knowledge/inbox.py, in every process and across restarts.)"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Hashable
from contextlib import asynccontextmanager
from dataclasses import dataclass


async def stopped_within(seconds: float, stopping: asyncio.Event | None) -> bool:
    """Wait `seconds`, or less if `stopping` is set meanwhile; True when it was (the caller gives up)."""
    if stopping is None:
        await asyncio.sleep(seconds)
        return False
    try:
        await asyncio.wait_for(stopping.wait(), seconds)
        return True
    except TimeoutError:
        return False


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float
    noticed: bool = False


class FloodGate:
    """A token bucket per user: `burst` messages at once, then `per_second` more each second.

    A user over the limit has their extra messages dropped with one notice, so a flood costs the bot little
    and never holds up anyone else. The defaults let a person type quickly (30 messages in 10 s pass).
    """

    def __init__(self, *, burst: int = 20, per_second: float = 1.0,
                 clock: Callable[[], float] = time.monotonic, max_users: int = 100_000) -> None:
        self.burst = burst
        self.per_second = per_second
        self.clock = clock
        self.max_users = max_users
        self._buckets: dict[Hashable, _Bucket] = {}

    def allow(self, key: Hashable) -> bool:
        now = self.clock()
        b = self._buckets.get(key)
        if b is None:
            if len(self._buckets) >= self.max_users:
                self._forget_idle(now)
            b = self._buckets[key] = _Bucket(float(self.burst), now)
        b.tokens = min(float(self.burst), b.tokens + (now - b.at) * self.per_second)
        b.at = now
        if b.tokens >= 1.0:
            b.tokens -= 1.0
            b.noticed = False
            return True
        return False

    def notice_due(self, key: Hashable) -> bool:
        """True once per flood: the first refused message gets a notice, the rest are dropped quietly."""
        b = self._buckets.get(key)
        if b is None or b.noticed:
            return False
        b.noticed = True
        return True

    def _forget_idle(self, now: float) -> None:
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.at) * self.per_second >= self.burst]
        for k in full:
            del self._buckets[k]


class KeyedLocks:
    """One asyncio lock per key, dropped when nobody holds or waits for it: a user's messages run in order."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)
