"""Leader election: exactly one process per deployment sends the outbox (and, later, runs the scheduler).

On PostgreSQL the leader holds a session-level advisory lock on a connection of its own; when the process
dies, the server ends that session and the lock is free for the next process that tries. On SQLite (one
host by nature) an exclusive `flock` on a file next to the database does the same job.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock from a readable name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class Leadership:
    """Try to become the leader, check it is still held, give it up. Blocking calls: run them in a thread."""

    def __init__(self, engine: Engine, name: str = "cadrebot-delivery") -> None:
        self.engine = engine
        self.name = name
        self.key = lock_key(name)
        self._conn: Connection | None = None
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None or self._file is not None

    def try_acquire(self) -> bool:
        """Become the leader if nobody is; True when this process leads."""
        if self.held:
            return self.still_held()
        if self.engine.dialect.name == "postgresql":
            return self._acquire_pg()
        return self._acquire_file()

    def _acquire_pg(self) -> bool:
        conn: Connection | None = None
        try:
            conn = self.engine.connect()
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())
            conn.commit()
        except SQLAlchemyError as exc:
            log.warning("leader election: database unavailable (%s)", type(exc).__name__)
            if conn is not None:
                with contextlib.suppress(SQLAlchemyError):
                    conn.invalidate()
            return False
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def _acquire_file(self) -> bool:
        database = self.engine.url.database
        if not database or database == ":memory:":
            self._file = open(os.devnull, "rb")  # noqa: SIM115 - a private database has one process
            return True
        path = Path(database).with_name(Path(database).name + ".leader")
        handle = open(path, "ab")  # noqa: SIM115 - kept open for as long as the lock is held
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def still_held(self) -> bool:
        """False when the lock's connection was lost (the lock went with it)."""
        if self._file is not None:
            return True
        if self._conn is None:
            return False
        try:
            self._conn.execute(text("SELECT 1")).scalar()
            self._conn.commit()
            return True
        except SQLAlchemyError as exc:
            log.warning("leader election: lost the database session (%s); no longer the leader",
                        type(exc).__name__)
            with contextlib.suppress(SQLAlchemyError):
                self._conn.invalidate()
            self._conn = None
            return False

    def release(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._conn.commit()
            with contextlib.suppress(SQLAlchemyError):
                self._conn.close()
            self._conn = None
        if self._file is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def backend_pid(self) -> int | None:
        """The PostgreSQL session holding the lock (tests end it to simulate a crash)."""
        if self._conn is None:
            return None
        return int(self._conn.execute(text("SELECT pg_backend_pid()")).scalar_one())
