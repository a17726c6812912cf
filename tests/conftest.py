"""Shared fixtures: an empty migrated database per test on SQLite and on PostgreSQL, and a fixed clock.

`db_url` is parametrised over both backends. PostgreSQL tests skip with a visible reason when no server
answers; with CI=true and a reachable server any skip fails the run (see pytest_sessionfinish, which under
pytest-xdist runs on the controller, where every worker's reports arrive).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import filecmp
import gc
import hashlib
import logging
import os
import pickle
import shutil
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool
from sqlalchemy.util import LRUCache

import knowledge.db as knowledge_db
from bot.settings import Settings
from handlers.deps import Deps
from knowledge.db import make_engine, make_session_factory, upgrade
from knowledge.models import Base
from knowledge.qa import QAEngine
from knowledge.store import load_snapshot
from knowledge.turns import Pause, no_pause
from tests.web_harness import WebHarness, serve_workspace

PG_ADMIN_URL = os.environ.get("CADREBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
VN = dt.timezone(dt.timedelta(hours=7))
# The fixed "now" of the tests: Monday 23/11/2026 09:00 in Hà Nội.
FIXED_NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=VN)
TZ_VN = ZoneInfo("Asia/Ho_Chi_Minh")


# Statements compiled once per test process instead of once per engine. SQLAlchemy caches a compiled statement
# per engine, keyed by the engine's dialect object, and every test builds new engines on a new database: about
# a quarter of the suite's CPU went into compiling the same few hundred statements again. A long-running bot
# has one engine and compiles each statement once, so sharing here is closer to production, not further.
# Engines made by `knowledge.db.make_engine` with the same backend and arguments share one dialect (once it
# has met its server, i.e. is initialised: same server, same answers) and one statement cache; so do the
# short-lived engines with which the fixtures below empty and fill PostgreSQL databases.
_SHARED_DIALECTS: dict[tuple[str, str, str], tuple[Any, Any]] = {}
_CANDIDATE_DIALECTS: dict[tuple[str, str, str], Any] = {}


def _sharing_create_engine(url: Any, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    key = (engine.dialect.name, engine.dialect.driver, repr(sorted(kwargs.items())))
    shared = _SHARED_DIALECTS.get(key)
    if shared is None:
        candidate = _CANDIDATE_DIALECTS.get(key)
        if candidate is not None and candidate[0].server_version_info is not None:
            # Room for every statement of the suite (a few hundred), so none is evicted and compiled again.
            shared = _SHARED_DIALECTS[key] = (candidate[0], LRUCache(5000))
        else:
            _CANDIDATE_DIALECTS[key] = (engine.dialect, engine._compiled_cache)
            return engine
    # The new engine's own dialect would still ask the server its version and settings at the first connect
    # (four round trips on PostgreSQL); the shared one already knows.
    engine.dialect.initialize = lambda connection: None  # type: ignore[method-assign]
    engine.dialect, engine._compiled_cache = shared
    engine.pool._dialect = shared[0]
    return engine


knowledge_db.create_engine = _sharing_create_engine  # type: ignore[assignment]

# Answering engines built once per test process for each distinct content instead of once per app. Nearly
# every test builds an app on the same few databases (the built-in knowledge, with or without the sample), and
# its first question built the same engine again: 0.1-0.2 s of CPU each time, the largest single cost of a
# typical test. An engine is a pure function of its snapshot (every searchable record) and its time zone, so
# engines are shared by the exact content they are built from (a hash of the pickled snapshot): a test that
# changed any record gets an engine of its own. Each caller gets its own copy of what is ever changed in
# place or set on an engine (`_own_copy`); what the copies share is the index and the memos of pure functions
# of it, which a running bot shares between all its turns too. Not cached: background builds
# (their pauses are under test), big data sets (their own tests; memory), and tests that replace
# `from_session` themselves (they see their replacement, as before).
_ENGINES: OrderedDict[bytes, QAEngine] = OrderedDict()
_ENGINES_KEPT = 16
_ENGINE_MAX_COURSES = 2000
_from_session = QAEngine.from_session


def _shared_from_session(session: Session, *, tz: ZoneInfo | None = None, pause: Pause = no_pause) -> QAEngine:
    if pause is not no_pause:
        return _from_session(session, tz=tz, pause=pause)
    tz = tz or TZ_VN
    snap = load_snapshot(session=session)
    if len(snap.courses) > _ENGINE_MAX_COURSES:
        return QAEngine(snap, tz=tz)
    key = hashlib.blake2b(pickle.dumps((snap, tz.key), protocol=pickle.HIGHEST_PROTOCOL)).digest()
    engine = _ENGINES.get(key)
    if engine is None:
        engine = _ENGINES[key] = QAEngine(snap, tz=tz)
        if len(_ENGINES) > _ENGINES_KEPT:
            _ENGINES.popitem(last=False)
    else:
        _ENGINES.move_to_end(key)
    return _own_copy(engine)


def _own_copy(engine: QAEngine) -> QAEngine:
    """A copy of `engine` whose attributes (the taught book) and whose containers that `QAEngine.release`
    empties in place (a replaced engine retired by the service) are its own; the rest is shared."""
    mine = copy.copy(engine)
    mine._snap = dataclasses.replace(engine._snap, courses=list(engine._snap.courses))
    index = mine.courses = copy.copy(engine.courses)
    index.courses, index.starts = copy.copy(index.courses), copy.copy(index.starts)
    index.by_code, index.by_id = copy.copy(index.by_code), copy.copy(index.by_id)
    return mine


QAEngine.from_session = _shared_from_session  # type: ignore[method-assign]


class FakeClock:
    """A controllable clock: tests move time with `advance` instead of sleeping."""

    def __init__(self, now: dt.datetime = FIXED_NOW) -> None:
        self._now = now

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _pg_reachable() -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 2})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure to connect means "not here"
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {type(exc).__name__}"


_PG_REASON: str | None = _pg_reachable()


@pytest.fixture(autouse=True)
def _root_logging_restored() -> Iterator[None]:
    """Each test gets the root logger as it found it. `setup_logging` (run by in-process CLI and channel
    tests) replaces the root handlers with ones that redact records in place (exc_info becomes text), which
    would otherwise change what `caplog` sees in every later test of the same worker."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy, which is much faster than migrating again."""
    path = tmp_path_factory.mktemp("tmpl") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    global _MIGRATED_TEMPLATE
    _MIGRATED_TEMPLATE = path
    return path


# The migrated template of this worker, once made, and copies of it already prepared by `build_app`
# (built-in knowledge, and the sample dated for one day), keyed by (sample, day).
_MIGRATED_TEMPLATE: Path | None = None
_PREPARED_TEMPLATES: dict[tuple[bool, dt.date], Path] = {}


def _checkpoint_and_dispose(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


class _PgDatabases:
    """Migrated PostgreSQL databases for one test session (one xdist worker), reused from test to test.

    Creating a database from a template costs about 0.6 s of the server's disk time, and dropping one as much
    again; emptying the tables of a used one costs about 0.05 s. A database goes back to the pool only if
    its schema is still exactly the migrated one, so a test that changed the schema never leaks into
    the next; such a database is dropped and a new one is made from the template.
    """

    def __init__(self) -> None:
        self.admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        self.prefix = f"cadrebot_t_{uuid.uuid4().hex[:8]}"
        self.template = self.prefix + "_tmpl"
        self._made = 0
        self._free: list[str] = []
        self._all: list[str] = []
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.template}"'))
        engine = make_engine(self.url(self.template))
        upgrade(engine)
        self.schema = self._schema(engine)
        self.counts_ddl = self._count_ddl(engine)
        engine.dispose()
        models = [t.name for t in reversed(Base.metadata.sorted_tables)]  # children before parents
        # Emptying a database is one round trip: every table's rows, then every sequence back to its start.
        self._empty = "".join(f'DELETE FROM "{t}";' for t in models) + (
            "SELECT setval((quote_ident(schemaname) || '.' || quote_ident(sequencename))::regclass, start_value, "
            "false) FROM pg_sequences WHERE schemaname = 'public'")  # no '%': psycopg would read a placeholder

    @staticmethod
    def url(name: str) -> str:
        return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    @classmethod
    def _schema(cls, engine: Engine) -> list[tuple[object, ...]]:
        with engine.connect() as conn:
            return cls._schema_of(conn)

    @staticmethod
    def _schema_of(conn: Any) -> list[tuple[object, ...]]:
        """Tables, columns, constraints and indexes: what a test must not have changed for reuse."""
        return [tuple(r) for r in conn.execute(text(
            "SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            "pg_get_expr(d.adbin, d.adrelid) FROM pg_class c "
            "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
            "WHERE c.relnamespace = 'public'::regnamespace "
            "UNION ALL SELECT conname, 'k', pg_get_constraintdef(oid), NULL, NULL, NULL FROM pg_constraint "
            "WHERE connamespace = 'public'::regnamespace "
            "UNION ALL SELECT indexname, 'x', indexdef, NULL, NULL, NULL FROM pg_indexes "
            "WHERE schemaname = 'public' ORDER BY 1, 2, 3"))]

    def take(self) -> str:
        if self._free:
            return self._free.pop()
        self._made += 1
        name = f"{self.prefix}_{self._made}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        self._all.append(name)
        return name

    def _count_ddl(self, engine: Engine) -> bool:
        """Make the template count every DDL command run in it or in a copy of it; False when this server
        does not let us (event triggers need a superuser), and `give_back` then compares the whole schema.

        Comparing the schema read the catalogue with one query per test that cost about 40 ms of the
        server's time, a fifth of a PostgreSQL test's own overhead. Only a DDL command can change what
        that query reads (tables, columns, defaults, constraints, indexes), and an event trigger sees every
        one of them: a copy whose counter moved is dropped, whatever the command was (even one that put the
        schema back as it was, or one rolled back: the counter is not transactional). The counter lives
        outside the `public` schema that the application and the tests read."""
        try:
            with engine.begin() as conn:
                conn.execute(text(
                    "CREATE SCHEMA cadrebot_test; CREATE SEQUENCE cadrebot_test.ddl;"
                    "CREATE FUNCTION cadrebot_test.count_ddl() RETURNS event_trigger LANGUAGE plpgsql "
                    "AS $$ BEGIN PERFORM nextval('cadrebot_test.ddl'); END $$;"
                    "CREATE EVENT TRIGGER cadrebot_test_ddl ON ddl_command_end "
                    "EXECUTE FUNCTION cadrebot_test.count_ddl()"))
            with engine.connect() as conn:
                return conn.execute(text("SELECT is_called FROM cadrebot_test.ddl")).scalar_one() is False
        except Exception:
            return False

    def give_back(self, name: str) -> None:
        """Empty the database as migrations left it (rows, sequences, sessions) and keep it for the next test."""
        with self.admin.connect() as conn:  # sessions a test left behind, and with them their advisory locks
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": name})
        engine = _sharing_create_engine(self.url(name), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                if self.counts_ddl:
                    if conn.execute(text("SELECT is_called FROM cadrebot_test.ddl")).scalar_one():
                        raise RuntimeError("DDL ran: the schema may have changed")
                elif self._schema_of(conn) != self.schema:
                    raise RuntimeError("schema changed")
                conn.exec_driver_sql(self._empty)
        except Exception:
            engine.dispose()
            self._drop(name)
            return
        engine.dispose()
        self._free.append(name)

    def _drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._all.remove(name)

    def close(self) -> None:
        for name in [*self._all, self.template]:
            with self.admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def _pg_databases() -> Iterator[_PgDatabases]:
    """The pool of migrated PostgreSQL databases of this session, dropped at its end."""
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    pool = _PgDatabases()
    yield pool
    pool.close()


def _fresh_pg(request: pytest.FixtureRequest) -> Iterator[str]:
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    pool: _PgDatabases = request.getfixturevalue("_pg_databases")
    name = pool.take()
    yield pool.url(name)
    pool.give_back(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, migrated, empty database on each backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "cadrebot.db"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    yield from _fresh_pg(request)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh migrated PostgreSQL database, for what only PostgreSQL has (advisory locks, server restarts)."""
    yield from _fresh_pg(request)


@pytest.fixture
def sqlite_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh migrated SQLite database only, for tests that are not about the backend."""
    template: Path = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "cadrebot.db"
    shutil.copy(template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as s:
        yield s


# The few tests that take many seconds each (real processes, a real browser), longest first. Two workers
# share the suite by work stealing: a long test collected last would run alone at the end while the other
# worker idles (measured: the three-process inbox test alone takes 15-21 s). Collected first, they run
# while the other worker works through the short ones, and what is stolen at the end is short. A module
# is moved whole, so a module-scoped fixture (the browser) is still set up once per worker.
SLOW_FIRST = (
    "tests/test_inbox.py::test_three_webhook_processes_",
    "tests/test_web_sections_browser.py::",
    "tests/test_web_browser.py::",
    "tests/test_delivery.py::test_sigkill_mid_broadcast_",
    "tests/test_telegram.py::test_sigterm_drains_",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        return next((i for i, prefix in enumerate(SLOW_FIRST) if item.nodeid.startswith(prefix)), len(SLOW_FIRST))

    items.sort(key=rank)  # stable: the same order on every worker, and each module's tests stay together


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With CI=true and PostgreSQL reachable, a skipped test is a failure: nothing may hide there."""
    if os.environ.get("CI", "").lower() != "true" or _PG_REASON:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        if reporter:
            reporter.write_line(f"CI=true and PostgreSQL is reachable, yet {len(skipped)} test(s) skipped", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Freeze the heap once the run is over: the interpreter's collections at exit walked everything the
    worker's tests left behind (engines, statement caches, answering engines) for 3-4 s per worker at load 8,
    and the controller waits for each worker to end; frozen, a worker ends in 0.1-0.2 s. Nothing is left to
    free when the process ends anyway (the PostgreSQL databases are dropped before this, by their fixture)."""
    gc.freeze()


def _settings(url: str, sample: bool) -> Settings:
    from bot.settings import Settings

    return Settings(CADREBOT_DATABASE_URL=url, CADREBOT_SAMPLE_DATA=sample, _env_file=None)  # type: ignore[call-arg]


def _untouched_sqlite_copy(url: str) -> Path | None:
    """The file behind `url` when it is a byte-for-byte copy of the migrated template that nothing has
    written to since (no journal beside it), else None."""
    if _MIGRATED_TEMPLATE is None or not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    for side in ("-wal", "-journal"):
        extra = path.with_name(path.name + side)
        if extra.exists() and extra.stat().st_size:
            return None
    if not path.is_file() or not filecmp.cmp(path, _MIGRATED_TEMPLATE, shallow=False):
        return None
    return path


def _prepared_template(clock: FakeClock, sample: bool) -> Path:
    """A copy of the migrated template on which `build_app` already ran its preparation (migration check,
    built-in knowledge, the sample dated from the clock's day, no organisers), made once per worker."""
    assert _MIGRATED_TEMPLATE is not None
    key = (sample, clock.now().date())
    if key not in _PREPARED_TEMPLATES:
        from bot.app import build_app

        path = _MIGRATED_TEMPLATE.with_name(f"prepared_{int(sample)}_{key[1].isoformat()}.db")
        shutil.copy(_MIGRATED_TEMPLATE, path)
        app = build_app(_settings(f"sqlite:///{path}", sample), clock=FakeClock(clock.now()))
        _checkpoint_and_dispose(app.engine)
        _PREPARED_TEMPLATES[key] = path
    return _PREPARED_TEMPLATES[key]


def template_deps(template: Path, factory: pytest.TempPathFactory, name: str, *, sample: bool = False) -> Deps:
    """A module's own app on a fresh copy of the worker's migrated template (for module-scoped fixtures whose
    tests only ask: one database and one engine for the whole module)."""
    path = factory.mktemp(name) / f"{name}.db"
    shutil.copy(template, path)
    return build_deps(f"sqlite:///{path}", FakeClock(), sample=sample)


def newcomer_engine(template: Path, factory: pytest.TempPathFactory, name: str) -> QAEngine:
    """The engine a newcomer's database gives: the built-in facts and the quick-start sample, on a copy of the
    migrated template."""
    from knowledge.seed import load_builtin, load_sample

    path = factory.mktemp(name) / f"{name}.db"
    shutil.copy(template, path)
    engine = make_engine(f"sqlite:///{path}")
    with make_session_factory(engine)() as session:
        load_builtin(session)
        load_sample(session, FIXED_NOW.date())
        session.commit()
        built = QAEngine.from_session(session, tz=ZoneInfo("Asia/Ho_Chi_Minh"))
    engine.dispose()
    return built


def payload_text(payload: dict[str, object]) -> str:
    """The replies' texts of an `ask --json` payload (bot.cli.ask_payload), joined by lines."""
    replies = payload["replies"]
    assert isinstance(replies, list)
    return "\n".join(str(r["text"]) for r in replies)


def build_deps(url: str, clock: FakeClock, *, sample: bool = False) -> Deps:
    """Deps on a migrated database with the built-in knowledge (and optionally the sample) loaded.

    Preparing a database (loading and comparing the built-in knowledge, the sample) costs about 0.15 s of
    CPU, a third of a typical test. A fresh SQLite copy of the migrated template is therefore replaced by
    a copy of one this worker already prepared with the same inputs (sample or not, the clock's day, no
    organisers), which is byte for byte what preparing it here would give apart from the creation times.
    """
    from bot.app import build_app

    settings = _settings(url, sample)
    if not settings.organiser_refs():
        path = _untouched_sqlite_copy(url)
        if path is not None:
            shutil.copy(_prepared_template(clock, sample), path)
            return build_app(settings, clock=clock, prepare=False).deps
        if url.startswith("postgresql"):
            key = (sample, clock.now().date())
            restored = _pg_restore_if_empty(url, _PG_PREPARED.get(key))
            if restored and key in _PG_PREPARED:
                return build_app(settings, clock=clock, prepare=False).deps
            if restored:
                app = build_app(settings, clock=clock)
                _PG_PREPARED[key] = _pg_snapshot(app.engine)
                return app.deps
    return build_app(settings, clock=clock).deps


# What `build_app` wrote into an empty PostgreSQL database of this worker, per (sample, day): every row of
# every table in foreign-key order, and every sequence's state. Writing it back is a few multi-row inserts.
_PgSnapshot = tuple[list[tuple[str, list[dict[str, object]]]], list[tuple[str, int | None, bool]]]
_PG_PREPARED: dict[tuple[bool, dt.date], _PgSnapshot] = {}
_SEQUENCES = ("SELECT sequencename, last_value, last_value IS NOT NULL FROM pg_sequences "
              "WHERE schemaname = 'public' ORDER BY 1")


def _pg_is_empty(conn: Any) -> bool:
    """True when every table of the models is empty and no sequence was used (a database just taken from
    the pool)."""
    tables = " OR ".join(f'EXISTS (SELECT FROM "{t.name}")' for t in Base.metadata.sorted_tables)
    if conn.execute(text(f"SELECT {tables}")).scalar_one():
        return False
    return not any(used for _, _, used in conn.execute(text(_SEQUENCES)))


def _pg_snapshot(engine: Engine) -> _PgSnapshot:
    with engine.connect() as conn:
        rows = [(t.name, [dict(r._mapping) for r in conn.execute(t.select().order_by(*t.primary_key.columns))])
                for t in Base.metadata.sorted_tables]
        sequences = [(str(n), v, bool(u)) for n, v, u in conn.execute(text(_SEQUENCES))]
    return rows, sequences


def _pg_restore_if_empty(url: str, snapshot: _PgSnapshot | None) -> bool:
    """When the database is empty, write `snapshot` back into it (if any) and say True; else leave it
    alone and say False. One connection and one transaction: each new server session costs about 10 ms."""
    engine = _sharing_create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            if not _pg_is_empty(conn):
                return False
            if snapshot is None:
                return True
            rows, sequences = snapshot
            for name, table_rows in rows:
                if table_rows:
                    conn.execute(Base.metadata.tables[name].insert(), table_rows)
            used = [(seq, value) for seq, value, was_used in sequences if was_used]
            if used:
                conn.execute(text("SELECT setval(format('public.%I', s)::regclass, v, true) "
                                  "FROM unnest(CAST(:s AS text[]), CAST(:v AS bigint[])) AS t(s, v)"),
                             {"s": [seq for seq, _ in used], "v": [value for _, value in used]})
            return True
    finally:
        engine.dispose()


def _disposed(deps: Deps) -> Iterator[Deps]:
    yield deps
    deps.session_factory.kw["bind"].dispose()  # close pooled connections before the database is dropped


@pytest.fixture
def deps(sqlite_url: str, clock: FakeClock) -> Iterator[Deps]:
    """Handler dependencies on a fresh SQLite database with the built-in knowledge, no sample."""
    yield from _disposed(build_deps(sqlite_url, clock))


@pytest.fixture
def sample_deps(sqlite_url: str, clock: FakeClock) -> Iterator[Deps]:
    """Like `deps`, with the labelled sample courses and targets dated from the fixed clock."""
    yield from _disposed(build_deps(sqlite_url, clock, sample=True))


@pytest.fixture
def any_deps(db_url: str, clock: FakeClock) -> Iterator[Deps]:
    """Handler dependencies with the sample, on SQLite and on PostgreSQL."""
    yield from _disposed(build_deps(db_url, clock, sample=True))


# ------------------------------------------------------------------ the organiser web workspace

@pytest.fixture
def web(any_deps: Deps) -> Iterator[WebHarness]:
    """The workspace on a real server (ephemeral port, background loop), sample data, nobody signed in;
    on SQLite and on PostgreSQL."""
    harness = serve_workspace(any_deps)
    yield harness
    harness.close()


@pytest.fixture
def organiser_web(web: WebHarness) -> WebHarness:
    """`web` with telegram:900 signed in as an organiser of LĐLĐ Lạng Sơn (and the unions below it)."""
    web.sign_in("telegram", "900", union="LS")
    return web


@pytest.fixture
def browser_web(sample_deps: Deps) -> Iterator[WebHarness]:
    """The workspace for browser tests: SQLite only (the pages, not the backend, are under test there)."""
    harness = serve_workspace(sample_deps)
    yield harness
    harness.close()


SCREENS = Path(__file__).resolve().parent / "artefacts" / "screens"
CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


class _Chromium:
    """One Debian Chromium per worker for a run of browser tests, driven by Playwright; never downloaded.

    While Playwright's sync API is started, its event loop is the thread's running loop, and any test of
    the same worker that calls asyncio.run() would fail. So the browser is launched by the first test that
    needs it and closed after the last test of an unbroken run of such tests (`pytest_runtest_teardown`
    below looks at the next test). The browser tests are collected together (SLOW_FIRST), so a worker
    normally launches Chromium once for both browser modules instead of once per module."""

    def __init__(self) -> None:
        self._pw: Any = None
        self.browser: Any = None

    def get(self) -> Any:
        if self.browser is None:
            from playwright.sync_api import expect, sync_playwright

            # Waits end as soon as their condition holds; these are only ceilings. Playwright's own 5 s for
            # `expect` was met by a chart rendered on a machine at load 19 (matplotlib's first import and
            # drawing compete with the other worker), so a slow machine must not fail a right page.
            expect.set_options(timeout=30_000)
            self._pw = sync_playwright().start()
            try:
                self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            except BaseException:
                self.close()
                raise
        return self.browser

    def close(self) -> None:
        browser, pw, self.browser, self._pw = self.browser, self._pw, None, None
        try:
            if browser is not None:
                browser.close()
        finally:
            if pw is not None:
                pw.stop()


_CHROMIUM = _Chromium()


@pytest.fixture
def browser() -> Any:
    """The worker's Chromium (see `_Chromium`); skipped when Debian's package is missing."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (.ci/run installs Debian's chromium)")
    return _CHROMIUM.get()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Close Chromium (and Playwright's loop) once the next test does not use it, or at the end."""
    if nextitem is None or "browser" not in getattr(nextitem, "fixturenames", ()):
        _CHROMIUM.close()


@pytest.fixture
def browser_page(browser: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies, downloads accepted) at phone width (390 px), where layouts break
    first; `screenshot` also saves every page at desktop width, so each flow runs once, not once per size."""
    context = browser.new_context(viewport=PHONE, accept_downloads=True, locale="vi-VN")
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.viewport_name = "phone"
    yield page
    context.close()


_SHOT: set[str] = set()  # names this process has saved already


def screenshot(page: Any, name: str) -> list[Path]:
    """Save full-page screenshots as tests/artefacts/screens/<name>-phone.png and <name>-desktop.png
    (git-ignored): the page is laid out again at each width, then put back to the phone's.

    A name is saved once per process: a name stands for one page, and the sign-in page (`sign_in`, used by
    every browser test) is the same page each time; each pair costs about 0.25-0.6 s of Chromium's work."""
    paths = [SCREENS / f"{name}-{label}.png" for label in ("phone", "desktop")]
    if name in _SHOT:
        return paths
    SCREENS.mkdir(parents=True, exist_ok=True)
    for path, size in zip(paths, (PHONE, DESKTOP), strict=True):
        page.set_viewport_size(size)
        page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(PHONE)
    _SHOT.add(name)
    return paths
