"""The database layer on SQLite and PostgreSQL: migrations match the models, UTC round trips, and a
change of data reaches every process's index."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from handlers.deps import Deps
from knowledge import seed
from knowledge.db import (
    bump_data_version,
    current_revision,
    head_revision,
    read_data_version,
    session_scope,
    upgrade,
)
from knowledge.models import Base, Course, Organisation
from knowledge.service import KnowledgeService
from knowledge.store import get_state, set_state
from tests.conftest import TZ_VN


# SQLite cannot reflect the index on upper(courses.code), so autogenerate skips it there (with a warning);
# on PostgreSQL it is compared, and test_the_migration_renames_case_duplicate_codes… checks it on both.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_match_the_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert upgrade(engine) is False  # already at head: nothing to do


def test_datetimes_come_back_aware_in_utc(session: Session) -> None:
    org = Organisation(code="X", name="Đơn vị X", kind="province")
    session.add(org)
    local = dt.datetime(2027, 1, 5, 8, 0, tzinfo=TZ_VN)
    session.add(Course(code="C1", title="Lớp", starts_at=local, organiser=org))
    session.commit()
    session.expire_all()
    got = session.scalar(select(Course.starts_at))
    assert got is not None and got.tzinfo is not None and got == local


def test_conversation_state_round_trip(session: Session) -> None:
    set_state(session=session, channel="zalo", user_id="u", state={"choices": ["c:1", "c:2"], "await": "org"})
    session.commit()
    assert get_state(session=session, channel="zalo", user_id="u")["choices"] == ["c:1", "c:2"]
    set_state(session=session, channel="zalo", user_id="u", state={})
    session.commit()
    assert get_state(session=session, channel="zalo", user_id="u") == {}


def test_a_data_change_rebuilds_the_engine(session_factory: sessionmaker[Session]) -> None:
    with session_factory() as s:
        seed.load_builtin(s)
        s.commit()
    service = KnowledgeService(session_factory, tz=TZ_VN, check_every=0.0)
    first = service.engine()
    assert service.engine() is first  # same version: reused
    with session_factory() as s:
        org = s.scalar(select(Organisation).where(Organisation.code == "LS"))
        s.add(Course(code="NEW-1", title="Tập huấn thương lượng tập thể mới", topic="thuong_luong",
                     starts_at=dt.datetime(2027, 3, 1, 1, tzinfo=dt.UTC), organiser=org, province="Lạng Sơn"))
        bump_data_version(s)
        s.commit()
    second = service.engine()
    assert second is not first
    assert "NEW-1" in {c.code for c in second.courses.courses}
    assert read_data_version(session_factory) >= 2


def test_the_snapshot_reads_every_course_field_as_course_rec_does(sample_deps: Deps) -> None:
    """The row-based snapshot (fast at 100k) must give the same records as the ORM mapping, plan fields
    included: a tentative period and organisers' own words that only a row read could drop."""
    from knowledge.store import course_rec, load_snapshot

    with session_scope(sample_deps.session_factory) as s:
        course = s.scalars(select(Course).order_by(Course.id)).first()
        assert course is not None
        course.tentative, course.topic_text, course.audience_text = "tháng 9/2027", "Kỹ năng số", "Thủ quỹ CĐCS"
    with sample_deps.session_factory() as s:
        by_id = {c.id: c for c in load_snapshot(session=s).courses}
        mapped = [course_rec(c) for c in s.scalars(select(Course))]
        assert mapped and all(by_id[m.id] == m for m in mapped)
        assert any(m.tentative == "tháng 9/2027" and m.topic_text == "Kỹ năng số" for m in mapped)


def test_the_migration_renames_case_duplicate_codes_then_codes_are_unique_whatever_the_case(engine: Engine) -> None:
    """Classes imported before codes were compared without case keep their rows: the oldest keeps its code,
    the other gets a suffix; afterwards the database refuses a code that differs only in case."""
    from alembic import command
    from sqlalchemy import column as sa_column
    from sqlalchemy import table as sa_table

    from knowledge.db import _alembic_config

    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_understanding")
    at = dt.datetime(2027, 1, 5, 1, 0, tzinfo=dt.UTC)
    # The table as it was at 0007: the model's later columns (and their defaults) are not there yet.
    later = {"hours_written"}  # added by 0013_hours_written
    defaults = {c.name: c.default.arg for c in Course.__table__.columns
                if c.name not in later and c.default is not None and c.default.is_scalar}
    old_courses = sa_table("courses", *(sa_column(name) for name in
                                        {*defaults, "code", "title", "starts_at", "created_at", "updated_at"}))
    with engine.begin() as conn:
        for code in ("LS-01", "ls-01", "Ls-01", "HN-02"):
            conn.execute(old_courses.insert().values(**defaults, code=code, title=f"Lớp {code}", starts_at=at,
                                                     created_at=at, updated_at=at))
    assert upgrade(engine) is True
    with engine.connect() as conn:
        codes = [tuple(r) for r in conn.execute(select(Course.id, Course.code).order_by(Course.id))]
    assert codes == [(1, "LS-01"), (2, "ls-01-TRUNG2"), (3, "Ls-01-TRUNG3"), (4, "HN-02")]
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(Course.__table__.insert().values(code="hn-02", title="Lớp", starts_at=at, created_at=at,
                                                      updated_at=at))


def test_a_failed_statement_does_not_carry_its_values(engine: Engine) -> None:
    """Security review: a failed insert's message (logged by the web workspace's 500 handler) held its
    parameters, which may be a CSRF value or a token digest."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with engine.connect() as conn, pytest.raises(DBAPIError) as err:
        conn.execute(text("INSERT INTO no_such_table (v) VALUES (:v)"), {"v": "csrf-SECRET-value"})
    assert "csrf-SECRET-value" not in str(err.value)
