"""Background work that steps aside while people are being answered.

An engine rebuild at 100k courses is seconds of pure Python. In a thread beside the chat it takes about half
of the GIL whenever it runs, and every turn (a question's ~15 ms of CPU) then takes twice as long; with a
few dozen questions a second the queue grows while the rebuild lasts (bench/pipeline.py). So the rebuild is
cooperative: the channels and the core mark each turn while it waits or runs (`TurnGate.turn`), and the
build calls `checkpoint` every millisecond or two of its work, which waits — without the GIL — until no
turn is in flight. Answers keep using the previous engine meanwhile, so waiting costs nothing but freshness.

It cannot starve: waiting is paid for with work. Each second of work earns (1 − share) / share seconds of
waiting, up to `max_credit`; with no credit left the build goes on even with turns in flight, so under a
constant stream of turns it still gets `share` of the time. After a quiet stretch, the credit lets a burst
of turns run alone for up to `max_credit` seconds. A fiftieth, not more: on a loaded machine the runs in which
the build went on with turns in flight (at a tenth) were the runs with a bad p99 — a thread holding the GIL
that the OS preempts holds up every turn (bench/pipeline.py, README run 7).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator

Pause = Callable[[], None]


def no_pause() -> None:
    """The checkpoint of work done in line (by a turn itself, or with nobody to yield to)."""


class TurnGate:
    """Counts turns in flight; lets background work wait for none to be."""

    def __init__(self, *, share: float = 0.02, max_credit: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not 0 < share <= 1:
            raise ValueError("share must be in (0, 1]")
        self._cond = threading.Condition(threading.Lock())
        self._busy = 0  # turns waiting or running
        self._ratio = (1 - share) / share
        self._max_credit = max_credit
        self._clock = clock
        self._credit = 0.0
        self._resumed: float | None = None  # when the background work last went on after a checkpoint
        self._waiting = 0  # background threads waiting at a checkpoint
        self.pauses = 0  # checkpoints that found a turn in flight
        self.gave_up = 0  # of those, the ones that went on with turns still in flight (no credit left)
        self.waited = 0.0  # seconds spent waiting at checkpoints (on `clock`)

    @property
    def busy(self) -> int:
        """Turns in flight now."""
        return self._busy

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        """Mark a turn in flight for the duration (nesting is fine: a count)."""
        with self._cond:
            self._busy += 1
        try:
            yield
        finally:
            with self._cond:
                self._busy -= 1
                if self._busy == 0:
                    self._cond.notify_all()

    def start(self) -> None:
        """Background work begins: its credit starts from nothing (called by the builder, optional)."""
        with self._cond:
            self._credit = 0.0
            self._resumed = self._clock()

    def checkpoint(self) -> None:
        """Called by background work between small steps: waits while turns are in flight, as long as its
        credit lasts."""
        if not self._busy:  # the common case costs one attribute read (a stale read only delays a pause)
            return
        with self._cond:
            now = self._clock()
            if self._resumed is not None:
                self._credit = min(self._max_credit, self._credit + (now - self._resumed) * self._ratio)
            if self._busy:
                self.pauses += 1
                self._waiting += 1
                self._cond.notify_all()  # for `wait_paused`
                idle = self._cond.wait_for(lambda: self._busy == 0, timeout=self._credit)
                self._waiting -= 1
                if idle:
                    spent = max(0.0, self._clock() - now)
                else:
                    spent = self._credit  # the whole credit: a clock that did not move still pays it
                    self.gave_up += 1
                self._credit = max(0.0, self._credit - spent)
                self.waited += spent
            self._resumed = self._clock()

    def wait_paused(self, timeout: float | None = None) -> bool:
        """Until background work waits at a checkpoint (tests and diagnostics); False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: self._waiting > 0, timeout=timeout)
