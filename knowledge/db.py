"""Database engine, sessions and migrations (Alembic), the same code on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from knowledge.models import MetaValue

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


LOCK_TIMEOUT = 2.0  # seconds a unit of work may wait for a lock before it gives up (the user is told to retry)
STATEMENT_TIMEOUT = 15.0  # seconds one statement may run on PostgreSQL
NO_TIMEOUTS = {"cadrebot_timeouts": False}  # execution options for work allowed to wait (migrations)


def make_engine(url: str, *, lock_timeout: float = LOCK_TIMEOUT, statement_timeout: float = STATEMENT_TIMEOUT,
                **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout, PostgreSQL pre-ping for restarts
    of the server and a lock and statement timeout on every transaction: one session holding a row must not
    freeze everyone else."""
    # A failed statement's message (logged, shown in tracebacks) must not carry its values: they can be a
    # token digest, a CSRF value or someone's personal details.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        busy_ms = max(1, int(lock_timeout * 1000))

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            # WAL + NORMAL: commits do not fsync every time, which keeps `ask -` fast and is still safe.
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            # A writer waits this long for another's write to commit, then gets "database is locked".
            cur.execute(f"PRAGMA busy_timeout={busy_ms}")
            cur.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if engine.dialect.name == "postgresql":
        # SET LOCAL at the start of each transaction rather than connection options: it holds behind
        # PgBouncer in transaction mode too, where startup parameters are refused or leak between clients.
        settings = (f"SELECT set_config('lock_timeout', '{int(lock_timeout * 1000)}', true), "
                    f"set_config('statement_timeout', '{int(statement_timeout * 1000)}', true)")

        @event.listens_for(engine, "begin")
        def _pg_timeouts(conn: Connection) -> None:
            if conn.get_execution_options().get("cadrebot_timeouts", True):
                conn.exec_driver_sql(settings)

    return engine


def is_busy(exc: BaseException) -> bool:
    """Did this database error come from waiting too long (a lock, a statement, SQLite's busy timeout)?"""
    if not isinstance(exc, OperationalError):
        return False
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if code in ("55P03", "57014"):  # lock_not_available, query_canceled (statement_timeout)
        return True
    return "database is locked" in str(orig) or "database table is locked" in str(orig)


def insert_ignore(session: Session, model: type[Any], values: dict[str, Any], key: str) -> int | None:
    """INSERT … ON CONFLICT (key columns, comma-separated) DO NOTHING on either backend; the new row's id, or
    None when a row with the same key exists.

    No savepoint: under pysqlite a SAVEPOINT opened first becomes the outer transaction and its RELEASE
    commits half a unit of work.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
    stmt = dialect_insert(model).values(**values).on_conflict_do_nothing(
        index_elements=[c.strip() for c in key.split(",")])
    new_id = session.execute(stmt.returning(model.id)).scalar()
    return int(new_id) if new_id is not None else None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (answers are composed after it)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A unit of work: commit on success, roll back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    """The newest migration's revision id."""
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(make_engine("sqlite://"))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest migration; returns whether anything was applied."""
    from alembic import command

    if current_revision(engine) == head_revision():
        return False
    cfg = _alembic_config(engine)
    with engine.execution_options(**NO_TIMEOUTS).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database upgraded to %s", head_revision())
    return True


def data_version(session: Session) -> int:
    """A counter bumped by every change to searchable data."""
    row = session.get(MetaValue, "data_version")
    return int(row.value) if row else 0


def bump_data_version(session: Session) -> int:
    """Mark searchable data as changed so every process rebuilds its index."""
    row = session.get(MetaValue, "data_version")
    if row is None:
        row = MetaValue(key="data_version", value="0")
        session.add(row)
    row.value = str(int(row.value) + 1)
    session.flush()
    return int(row.value)


TAUGHT_VERSION = "taught_version"


def bump_taught_version(session: Session) -> int:
    """Mark what organisers taught as changed: engines reload only that small book, not the index."""
    row = session.get(MetaValue, TAUGHT_VERSION)
    if row is None:
        row = MetaValue(key=TAUGHT_VERSION, value="0")
        session.add(row)
    row.value = str(int(row.value) + 1)
    session.flush()
    return int(row.value)


def read_versions(factory: sessionmaker[Session]) -> tuple[int, int]:
    """The data version and the taught version, in one short read-only query."""
    with factory() as session:
        rows = dict(session.execute(select(MetaValue.key, MetaValue.value).where(
            MetaValue.key.in_(("data_version", TAUGHT_VERSION)))).tuples().all())
    return int(rows.get("data_version") or 0), int(rows.get(TAUGHT_VERSION) or 0)


def read_data_version(factory: sessionmaker[Session]) -> int:
    """The data version in a short read-only session."""
    with factory() as session:
        value = session.scalar(select(MetaValue.value).where(MetaValue.key == "data_version"))
        return int(value) if value else 0
