"""The 2025-map migration (0016_map_2025.py, revision 0012_map_2025) does to a database what it did when it was
written, whatever later edits to the map, the union names or the built-in unions in `knowledge` say: it
carries its own copy of them and imports nothing of `knowledge`. Its downgrade drops the two columns it added
and nothing else. On SQLite and PostgreSQL (the `engine` fixture runs both)."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import knowledge
from knowledge.db import _alembic_config, upgrade
from knowledge.models import Course, Organisation

MIGRATION = Path(knowledge.__file__).parent / "migrations" / "versions" / "0016_map_2025.py"
BEFORE = "0011_when_written"


def _to(engine: Engine, revision: str) -> None:
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _columns(engine: Engine) -> set[tuple[str, str]]:
    inspector = sa.inspect(engine)
    return {(t, c["name"]) for t in inspector.get_table_names() for c in inspector.get_columns(t)}


def test_the_map_migration_imports_nothing_of_knowledge() -> None:
    tree = ast.parse(MIGRATION.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"re", "unicodedata", "collections.abc", "sqlalchemy", "alembic"}, imported


def test_the_map_migration_does_the_same_whatever_knowledge_says_now(engine: Engine,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _to(engine, BEFORE)
    orgs = Organisation.__table__
    with engine.begin() as conn:
        def add(code: str, name: str, kind: str, province: str | None, parent: int | None) -> int:
            return int(conn.execute(orgs.insert().values(code=code, name=name, kind=kind, province=province,
                                                         parent_id=parent, aliases="")).inserted_primary_key[0])
        tld = add("TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None)
        st = add("ST", "Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng", tld)
        imported_ct = add("ldld-ct", "LĐLĐ thành phố Cần Thơ", "province", "Cần Thơ", tld)
        ward = add("cd-phuong-soc-trang", "CĐ phường Sóc Trăng", "commune", "Sóc Trăng", st)
    # Later edits to knowledge, as drastic as can be: no merger, no union ever ended, no built-in union, names as typed.
    import knowledge.language.places as places
    import knowledge.orgnames as orgnames
    import knowledge.seed_data as seed_data
    monkeypatch.setattr(places, "current_province", lambda name: name)
    monkeypatch.setattr(places, "is_former", lambda name: False)
    monkeypatch.setattr(orgnames, "ended_2025", lambda name, kind, province: False)
    monkeypatch.setattr(orgnames, "written_out", lambda name: name)
    monkeypatch.setattr(seed_data, "PROVINCIAL_UNIONS", ())
    monkeypatch.setattr(seed_data, "ORGANISATIONS", ())
    assert upgrade(engine) is True
    with Session(engine) as s:
        ct = s.get(Organisation, imported_ct)
        assert ct is not None and (ct.code, ct.name) == ("CT", "Liên đoàn Lao động thành phố Cần Thơ")
        sold = s.get(Organisation, st)
        assert sold is not None and sold.parent_id == ct.id  # history under today's union
        moved = s.get(Organisation, ward)
        assert moved is not None and (moved.parent_id, moved.province, moved.name) == (
            ct.id, "Cần Thơ", "Công đoàn phường Sóc Trăng")
        # Today's 34 provincial unions, as the migration knew them.
        codes = set(s.scalars(select(Organisation.code).where(Organisation.kind == "province")))
        assert {"HN", "HCM", "CT", "CB", "ST"} <= codes and len(codes) == 35


def test_the_map_migration_downgrade_drops_only_the_two_columns_it_added(engine: Engine) -> None:
    at = dt.datetime(2027, 3, 1, 1, 0, tzinfo=dt.UTC)
    with engine.begin() as conn:
        org = int(conn.execute(Organisation.__table__.insert().values(
            code="X", name="Công đoàn phường X", kind="commune", province="Hà Nội", aliases="")).inserted_primary_key[0])
        conn.execute(Course.__table__.insert().values(
            code="K-1", title="Tập huấn nghiệp vụ", organiser_id=org, starts_at=at, organiser_written="CĐ phường X"))
    _to(engine, "0012_map_2025")  # (later migrations add columns of their own)
    head = _columns(engine)
    _to(engine, BEFORE)
    assert head - _columns(engine) == {("courses", "web_changed_at"), ("courses", "organiser_written")}
    assert _columns(engine) <= head
    with engine.connect() as conn:  # what the tables held is still there
        assert conn.execute(sa.text("SELECT code, organiser_id FROM courses")).all() == [("K-1", org)]
        assert conn.execute(sa.text("SELECT name FROM organisations WHERE code = 'X'")).scalar() == "Công đoàn phường X"
    assert upgrade(engine) is True
    assert head <= _columns(engine)
