"""`courses.hours_written` (migration 0017_courses_hours_written.py, revision 0013_hours_written): classes stored
before it keep showing their hours (true); its downgrade drops that column and nothing else. On SQLite and
PostgreSQL (the `engine` fixture runs both)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command
from sqlalchemy import Engine

from knowledge.db import _alembic_config, upgrade

BEFORE = "0012_map_2025"


def _to(engine: Engine, revision: str) -> None:
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _columns(engine: Engine) -> set[tuple[str, str]]:
    inspector = sa.inspect(engine)
    return {(t, c["name"]) for t in inspector.get_table_names() for c in inspector.get_columns(t)}


def store_old_class(engine: Engine) -> None:
    """A class as an older version stored it, with only the columns every revision since has had."""
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO courses (code, title, topic, audiences, format, starts_at, status, "
                             "description, is_sample, topic_text, audience_text, created_at, updated_at) VALUES "
                             "('K-1', 'Tập huấn', '', '', 'tap_trung', :at, 'open', '', false, '', '', :at, :at)"),
                     {"at": dt.datetime(2026, 12, 9, 1, 0, tzinfo=dt.UTC)})


def test_classes_stored_before_keep_their_hours_and_downgrade_drops_only_the_column(engine: Engine) -> None:
    head = _columns(engine)
    _to(engine, BEFORE)
    # (and `day_part`, which a later revision added on top of it)
    assert head - _columns(engine) == {("courses", "hours_written"), ("courses", "day_part")}
    store_old_class(engine)
    assert upgrade(engine) is True
    assert _columns(engine) == head
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT code, hours_written FROM courses")).all() == [("K-1", True)]
