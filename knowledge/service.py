"""The knowledge service: one answering engine per data version, rebuilt when the data changes."""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import threading
import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from knowledge.db import read_versions
from knowledge.qa import QAEngine
from knowledge.search.taught import TaughtBook
from knowledge.teaching import load_book
from knowledge.turns import Pause, TurnGate, no_pause

log = logging.getLogger(__name__)

_pause_lock = threading.Lock()
_paused = 0  # builds in progress (several services may exist in one process: the tests)
_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection while an engine is built.

    A 100k-course build creates hundreds of thousands of tracked objects; each full collection during the
    build walks all of them (and everything else alive) with the GIL held: 0.4–1 s measured, during which no
    other user's question is answered. Reference counting still frees almost everything meanwhile; cycles
    made by other threads in those seconds are collected after.
    """
    global _paused, _was_enabled
    with _pause_lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _pause_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


class KnowledgeService:
    """Hands out the current engine; checks the data version at most every `check_every` seconds, so
    an import made by another process (the CLI, another worker) shows up without a restart.

    A new engine is built beside the old one and swapped in with one assignment: answers keep using the old
    engine until the new one is ready. With more than `background_above` courses (seconds of work at 100k) the
    rebuild runs in a background thread; a small one is done in line, so a small deployment and the tests see
    a change at once. The choice depends on the data, not on a measured time, so it is the same on a busy
    machine.

    A background rebuild is cooperative: it steps aside while any turn is in flight (`turns`, marked by the
    core and the channels; see knowledge/turns.py), so people are answered at full speed by the old engine
    and the rebuild uses the time between their turns.

    What organisers taught (`taught_version`) is a small book put into the current engine on its own, without
    a rebuild: a taught question is answered in chat at the next version check.
    """

    def __init__(self, factory: sessionmaker[Session], *, tz: ZoneInfo, check_every: float = 2.0,
                 background_above: float = 20_000) -> None:
        self._factory = factory
        self._tz = tz
        self._check_every = check_every
        self._background_above = background_above
        self._lock = threading.Lock()  # one build at a time
        self._engine: QAEngine | None = None
        self._version = -1
        self._taught_version = -1
        self._checked = 0.0
        self._last_size = 0  # courses in the last build
        self._building: threading.Thread | None = None
        self._starting = threading.Lock()  # never held during a build: asking never waits for one
        self.turns = TurnGate()  # turns in flight, which a background rebuild waits for
        self.last_build_seconds = 0.0  # wall time of the last build (the bench reports it)

    def engine(self) -> QAEngine:
        """The engine for the newest data, or the previous one while the newest is being built."""
        now = time.monotonic()
        current = self._engine
        if current is not None and now - self._checked < self._check_every:
            return current
        self._checked = now
        version, taught = read_versions(self._factory)
        if current is not None and taught != self._taught_version:
            self._load_taught(current, taught)
        if current is not None and version == self._version:
            return current
        if current is None or self._last_size <= self._background_above:
            with self._lock:
                if self._engine is None or self._version != version:
                    self._build(version)
                assert self._engine is not None
                return self._engine
        self._rebuild_in_background(version)
        return current

    def _load_taught(self, engine: QAEngine, taught_version: int) -> None:
        with self._factory() as session:
            book: TaughtBook = load_book(session=session)
        engine.taught = book
        self._taught_version = taught_version
        log.info("taught answers reloaded (%s questions)", len(book))

    def _build(self, version: int, pause: Pause = no_pause) -> QAEngine | None:
        """Build and swap in; returns the engine replaced, if any. A build in line (by a turn, or the first)
        never pauses: it would wait for its own turn."""
        started = time.perf_counter()
        old = self._engine
        with collector_paused():
            with self._factory() as session:
                engine = QAEngine.from_session(session, tz=self._tz, pause=pause)
                engine.taught = load_book(session=session)
            self._last_size = len(engine.courses.courses)
            self._engine, self._version = engine, version  # the swap: readers see the old or the new, never half
            # The book may have changed while this engine was built: the next check loads it again (it is small).
            self._taught_version = -1
            if self._last_size > self._background_above:
                # A big engine lives until the next data change: later collections need not walk its objects
                # again (a full collection over a 100k engine held the GIL for 0.4 s). Safe because an engine
                # holds no reference cycle (a test checks it): once replaced, reference counting frees it,
                # frozen or not. Whatever else is alive is frozen too; a cycle among it that dies later is not
                # collected — a few objects per data change, against a pause for every user at every collection.
                gc.freeze()
        self.last_build_seconds = time.perf_counter() - started
        log.info("search index built for data version %s in %.2fs", version, self.last_build_seconds)
        return old

    def _build_stepping_aside(self, version: int) -> QAEngine | None:
        gate = self.turns
        gate.start()
        pauses, waited = gate.pauses, gate.waited
        old = self._build(version, gate.checkpoint)
        log.info("the rebuild stepped aside %s times for the chat's turns (%.2fs)", gate.pauses - pauses,
                 gate.waited - waited)
        return old

    def _rebuild_in_background(self, version: int) -> None:
        with self._starting:
            if self._building is not None and self._building.is_alive():
                return
            self._building = threading.Thread(target=self._background, args=(version,), name="engine-rebuild",
                                              daemon=True)
            self._building.start()

    def _background(self, version: int) -> None:
        with self._lock:
            if self._version == version:
                return
            try:
                old = self._build_stepping_aside(version)
            except Exception:
                log.exception("the search index could not be rebuilt; answers keep using the previous one")
                self._checked = 0.0  # try again at the next question
                return
        if old is not None:
            # Handed over in a box the thread empties: its own arguments would otherwise keep the engine held.
            box = [old]
            del old
            threading.Thread(target=_retire, args=(box, self.turns.checkpoint), name="engine-retire",
                             daemon=True).start()

    def wait_rebuilt(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild in progress (tests and the bench)."""
        building = self._building
        if building is not None:
            building.join(timeout)

    def invalidate(self) -> None:
        """Force a version check on the next question (after this process changed data)."""
        self._checked = 0.0


RETIRE_WAIT = 60.0  # seconds a turn may keep using the old engine before it is simply dropped


def _retire(box: list[QAEngine], pause: Pause = no_pause) -> None:
    """Free a replaced engine in steps once no turn uses it any more (see `QAEngine.release`)."""
    engine = box.pop()
    deadline = time.monotonic() + RETIRE_WAIT
    # Two references: this frame's and getrefcount's own argument. A turn that took the engine before the
    # swap holds one more until it has answered.
    while sys.getrefcount(engine) > 2:
        if time.monotonic() > deadline:
            return  # still held (a test, a stuck turn): whoever holds it last frees it at once
        time.sleep(0.05)
    engine.release(pause=pause)
