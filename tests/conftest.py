"""Shared fixtures: a fresh, migrated database per test on SQLite and on PostgreSQL, and a fixed clock.

`db_url` is parametrised over both backends. PostgreSQL tests skip with a visible reason when no server
answers; with CI=true and a reachable server any skip fails the run (see pytest_sessionfinish).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from handlers.deps import Deps
from knowledge.db import make_engine, make_session_factory, upgrade

PG_ADMIN_URL = os.environ.get("CADREBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
VN = dt.timezone(dt.timedelta(hours=7))
# The fixed "now" of the tests: Monday 23/11/2026 09:00 in Hà Nội.
FIXED_NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=VN)
TZ_VN = ZoneInfo("Asia/Ho_Chi_Minh")


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


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy, which is much faster than migrating again."""
    path = tmp_path_factory.mktemp("tmpl") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str]:
    """A migrated PostgreSQL template database, dropped at the end of the session."""
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    name = f"cadrebot_tmpl_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _fresh_pg(request: pytest.FixtureRequest) -> Iterator[str]:
    if _PG_REASON:
        pytest.skip(_PG_REASON)
    template_name: str = request.getfixturevalue("_pg_template")
    name = f"cadrebot_t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


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


def build_deps(url: str, clock: FakeClock, *, sample: bool = False) -> Deps:
    """Deps on a migrated database with the built-in knowledge (and optionally the sample) loaded."""
    from bot.app import build_app
    from bot.settings import Settings

    settings = Settings(CADREBOT_DATABASE_URL=url, CADREBOT_SAMPLE_DATA=sample, _env_file=None)  # type: ignore[call-arg]
    return build_app(settings, clock=clock).deps


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
