"""the union tree on the 2025 map (today's 34 provincial LĐLĐs; unions that ended become history), and when
a class was last changed on the web workspace

Revision ID: 0012_map_2025
Revises: 0011_when_written

Since 1/7/2025 (Nghị quyết 202/2025/QH15) there are 34 provinces and no districts. A database made before
holds the unions of the old map: the LĐLĐ of a merged province («LĐLĐ tỉnh Sóc Trăng», now part of Cần
Thơ), districts' LĐLĐs, and commune unions an import filed under them. This migration

- gives every current province its LĐLĐ (an imported «LĐLĐ thành phố Cần Thơ» becomes it, with its full
  name; a missing one is added), with the codes `knowledge.seed_data.PROVINCIAL_UNIONS` gives;
- files each union that ended (`knowledge.orgnames.ended_2025`) under today's LĐLĐ of its province, as
  history (its facts keep its name), and moves what hangs on it to that LĐLĐ: the unions below it, the users
  who chose it (their province as they gave it: a former one is read as today's), organiser roles and taught
  answers;
- writes out abbreviated names of imported unions («CĐ phường X» → «Công đoàn phường X»), the written
  form kept as an alias.

Written with plain tables (only the columns it reads), so later changes to the models cannot break it.
Nothing to undo of the tree on downgrade: the old tree was the mistake.

`courses.web_changed_at`: when an organiser last moved, re-placed or cancelled the class on the web, so a
re-upload of the plan that would undo it can say so (`knowledge.transfer`). `courses.organiser_written`: the
organiser as the plan wrote it, shown in a class's replies; a union renamed here keeps its classes' replies
as they were (its old name).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_map_2025"
down_revision: str | None = "0011_when_written"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_orgs = sa.table("organisations", sa.column("id", sa.Integer), sa.column("code", sa.String),
                 sa.column("name", sa.String), sa.column("kind", sa.String), sa.column("province", sa.String),
                 sa.column("parent_id", sa.Integer), sa.column("aliases", sa.Text))
_profiles = sa.table("user_profiles", sa.column("id", sa.Integer), sa.column("organisation_id", sa.Integer),
                     sa.column("province", sa.String))
_roles = sa.table("organiser_roles", sa.column("id", sa.Integer), sa.column("channel", sa.String),
                  sa.column("user_id", sa.String), sa.column("organisation_id", sa.Integer))
_taught = sa.table("taught_answers", sa.column("organisation_id", sa.Integer))
_courses = sa.table("courses", sa.column("organiser_id", sa.Integer), sa.column("organiser_written", sa.Text))
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    # Plain ALTER TABLE (no batch copy of the table on SQLite, which would lose the index on upper(code)).
    op.add_column("courses", sa.Column("web_changed_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("courses", sa.Column("organiser_written", sa.Text(), nullable=False, server_default=""))
    _map_2025()


def _map_2025() -> None:
    from knowledge.language.places import current_province, is_former, province_key
    from knowledge.orgnames import ended_2025, kind_of, org_key, province_in, written_out
    from knowledge.seed_data import ORGANISATIONS, PROVINCIAL_UNIONS

    conn = op.get_bind()
    rows = [dict(r._mapping) for r in conn.execute(sa.select(_orgs).order_by(_orgs.c.id))]
    if not rows:
        return  # a new database: the built-in load makes today's tree
    root = next((r for r in rows if r["code"] == "TLD"), None) or next((r for r in rows if r["kind"] == "national"),
                                                                       None)
    seeds = {s.code: s for s in ORGANISATIONS}
    codes = {r["code"].casefold() for r in rows}

    def where(row: dict) -> str | None:
        return current_province(row["province"] or province_in(row["name"]) or "")

    def ended(row: dict) -> bool:
        return ended_2025(row["name"], row["kind"], row["province"] or province_in(row["name"]))

    # Today's provincial LĐLĐs: the row with the code, else an imported one of that province, else a new row.
    today: dict[str, int] = {}
    for code, province, _city in PROVINCIAL_UNIONS:
        seed = seeds[code]
        row = next((r for r in rows if r["code"] == code), None)
        if row is None:
            row = next((r for r in rows if kind_of(r["name"], r["kind"]) == "province" and not ended(r)
                        and where(r) == province and r["code"] not in seeds
                        and (r["parent_id"] is None or (root is not None and r["parent_id"] == root["id"]))), None)
            if row is not None and code.casefold() not in codes:
                aliases = [a for a in (row["aliases"] or "").split(";") if a]
                if org_key(row["name"]) != org_key(seed.name) or row["name"] != seed.name:
                    aliases.append(row["name"])
                values = {"code": code, "name": seed.name, "kind": "province", "province": province,
                          "aliases": ";".join(dict.fromkeys([*seed.aliases.split(";"), *aliases]))}
                _written(conn, row["id"], row["name"])
                conn.execute(_orgs.update().where(_orgs.c.id == row["id"]).values(**values))
                row.update(values)
                codes.add(code.casefold())
        if row is None and code.casefold() not in codes:
            values = {"code": code, "name": seed.name, "kind": "province", "province": province,
                      "parent_id": root["id"] if root else None, "aliases": seed.aliases}
            new_id = conn.execute(_orgs.insert().values(**values).returning(_orgs.c.id)).scalar_one()
            row = {"id": new_id, **values}
            rows.append(row)
            codes.add(code.casefold())
        if row is not None:
            today[province_key(province)] = row["id"]

    def successor(row: dict) -> int | None:
        place = where(row)
        return today.get(province_key(place)) if place else None

    by_id = {r["id"]: r for r in rows}
    for row in rows:
        if not ended(row) or (heir := successor(row)) is None or heir == row["id"]:
            continue
        # History under today's union; a district's LĐLĐ stays under its province's (today's) LĐLĐ.
        parent = by_id.get(row["parent_id"]) if row["parent_id"] is not None else None
        if parent is None or parent["kind"] == "national" or ended(parent):
            conn.execute(_orgs.update().where(_orgs.c.id == row["id"]).values(parent_id=heir))
        # The unions below it that still exist answer to today's union, in today's province.
        for child in rows:
            if child["parent_id"] == row["id"] and not ended(child):
                values = {"parent_id": heir}
                if child["province"] and is_former(child["province"]):
                    values["province"] = current_province(child["province"])
                conn.execute(_orgs.update().where(_orgs.c.id == child["id"]).values(**values))
                child.update(values)
        # The profile's province stays as the user gave it (a former one is read as today's everywhere).
        conn.execute(_profiles.update().where(_profiles.c.organisation_id == row["id"]).values(organisation_id=heir))
        conn.execute(_taught.update().where(_taught.c.organisation_id == row["id"]).values(organisation_id=heir))
        for role in conn.execute(sa.select(_roles).where(_roles.c.organisation_id == row["id"])).all():
            twin = conn.execute(sa.select(_roles.c.id).where(
                _roles.c.channel == role.channel, _roles.c.user_id == role.user_id,
                _roles.c.organisation_id == heir)).first()
            if twin is not None:
                conn.execute(_roles.delete().where(_roles.c.id == role.id))
            else:
                conn.execute(_roles.update().where(_roles.c.id == role.id).values(organisation_id=heir))
    # Names as lists show them: abbreviations written out, the written form still found as an alias.
    for row in rows:
        if row["code"] in seeds:
            continue
        full = written_out(row["name"])
        if full != row["name"]:
            _written(conn, row["id"], row["name"])
            aliases = [a for a in (row["aliases"] or "").split(";") if a]
            conn.execute(_orgs.update().where(_orgs.c.id == row["id"]).values(
                name=full[:200], aliases=";".join(dict.fromkeys([*aliases, row["name"]]))))
    version = conn.execute(sa.select(_meta.c.value).where(_meta.c.key == "data_version")).scalar()
    if version is not None:  # every process rebuilds its index from the new tree
        conn.execute(_meta.update().where(_meta.c.key == "data_version").values(value=str(int(version) + 1)))


def _written(conn: sa.Connection, org_id: int, name: str) -> None:
    """The classes of a union about to be renamed keep saying it the way their plan did."""
    conn.execute(_courses.update().where(_courses.c.organiser_id == org_id, _courses.c.organiser_written == "")
                 .values(organiser_written=name))


def downgrade() -> None:
    op.drop_column("courses", "organiser_written")
    op.drop_column("courses", "web_changed_at")
