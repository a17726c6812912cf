"""The test processes share answering engines by content (tests/conftest.py, `_shared_from_session`): apps
on the same records share one index; a changed record gets an engine of its own; what an app sets on its
engine, or empties in it when retiring it, stays its own."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course
from knowledge.search.taught import TaughtBook
from tests.conftest import FakeClock, build_deps


def test_apps_on_the_same_records_share_the_index_only_and_a_change_gets_its_own(
        sample_deps: Deps, _sqlite_template: Path, tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "other.db"
    shutil.copy(_sqlite_template, path)
    other = build_deps(f"sqlite:///{path}", clock, sample=True)
    try:
        mine, theirs = sample_deps.knowledge.engine(), other.knowledge.engine()
        assert mine is not theirs and mine.orgs is theirs.orgs  # built once for both
        titles = [c.title for c in mine.courses.courses]
        assert titles
        theirs.taught = book = TaughtBook()
        theirs.release()  # what the service does to an engine it replaced
        assert mine.taught is not book and [c.title for c in mine.courses.courses] == titles
        with session_scope(other.session_factory) as s:
            course = s.scalars(select(Course).order_by(Course.id)).first()
            assert course is not None
            course.title = "Lớp tập huấn đổi tên"
            bump_data_version(s)
        other.knowledge.invalidate()
        changed = other.knowledge.engine()
        assert changed.orgs is not mine.orgs  # other records: an engine of its own
        assert "Lớp tập huấn đổi tên" in [c.title for c in changed.courses.courses]
        assert "Lớp tập huấn đổi tên" not in [c.title for c in sample_deps.knowledge.engine().courses.courses]
    finally:
        other.session_factory.kw["bind"].dispose()
