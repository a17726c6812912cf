"""The database layer on SQLite and PostgreSQL: migrations match the models, UTC round trips, and a
change of data reaches every process's index."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from knowledge import seed
from knowledge.db import bump_data_version, current_revision, head_revision, read_data_version, upgrade
from knowledge.models import Base, Course, Organisation
from knowledge.service import KnowledgeService
from knowledge.store import get_state, set_state
from tests.conftest import TZ_VN


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
