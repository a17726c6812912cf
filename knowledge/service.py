"""The knowledge service: one answering engine per data version, rebuilt when the data changes."""

from __future__ import annotations

import logging
import threading
import time
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from knowledge.db import read_data_version
from knowledge.qa import QAEngine

log = logging.getLogger(__name__)


class KnowledgeService:
    """Hands out the current engine; checks the data version at most every `check_every` seconds, so
    an import made by another process (the CLI, another worker) shows up without a restart."""

    def __init__(self, factory: sessionmaker[Session], *, tz: ZoneInfo, check_every: float = 2.0) -> None:
        self._factory = factory
        self._tz = tz
        self._check_every = check_every
        self._lock = threading.Lock()
        self._engine: QAEngine | None = None
        self._version = -1
        self._checked = 0.0

    def engine(self) -> QAEngine:
        """The engine for the newest data."""
        now = time.monotonic()
        if self._engine is not None and now - self._checked < self._check_every:
            return self._engine
        with self._lock:
            version = read_data_version(self._factory)
            self._checked = now
            if self._engine is None or version != self._version:
                started = time.perf_counter()
                with self._factory() as session:
                    self._engine = QAEngine.from_session(session, tz=self._tz)
                self._version = version
                log.info("search index built for data version %s in %.2fs", version,
                         time.perf_counter() - started)
            return self._engine

    def invalidate(self) -> None:
        """Force a rebuild on the next question (after this process changed data)."""
        self._checked = 0.0
