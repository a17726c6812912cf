"""the union tree on the 2025 map (today's 34 provincial LĐLĐs; unions that ended become history), and when
a class was last changed on the web workspace

Revision ID: 0012_map_2025
Revises: 0011_when_written

Since 1/7/2025 (Nghị quyết 202/2025/QH15) there are 34 provinces and no districts. A database made before
holds the unions of the old map: the LĐLĐ of a merged province («LĐLĐ tỉnh Sóc Trăng», now part of Cần
Thơ), districts' LĐLĐs, and commune unions an import filed under them. This migration

- gives every current province its LĐLĐ (an imported «LĐLĐ thành phố Cần Thơ» becomes it, with its full
  name; a missing one is added), with the codes the built-in unions had then (`_PROVINCIAL_UNIONS`);
- files each union that ended (`_ended_2025`) under today's LĐLĐ of its province, as
  history (its facts keep its name), and moves what hangs on it to that LĐLĐ: the unions below it, the users
  who chose it (their province as they gave it: a former one is read as today's), organiser roles and taught
  answers;
- writes out abbreviated names of imported unions («CĐ phường X» → «Công đoàn phường X»), the written
  form kept as an alias.

Written with plain tables (only the columns it reads), so later changes to the models cannot break it; and
with its own copy of what it reads of the map, the union names and the built-in unions (below, as they stood
in `knowledge.language.places`, `knowledge.lexicon`, `knowledge.orgnames` and `knowledge.seed_data` when it
was written), so later edits there cannot change what it does to a database. It imports nothing of
`knowledge`. Nothing to undo of the tree on downgrade (the old tree was the mistake): the downgrade drops the
two columns it added, no more.

`courses.web_changed_at`: when an organiser last moved, re-placed or cancelled the class on the web, so a
re-upload of the plan that would undo it can say so (`knowledge.transfer`). `courses.organiser_written`: the
organiser as the plan wrote it, shown in a class's replies; a union renamed here keeps its classes' replies
as they were (its old name).
"""

import re
import unicodedata
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
    conn = op.get_bind()
    rows = [dict(r._mapping) for r in conn.execute(sa.select(_orgs).order_by(_orgs.c.id))]
    if not rows:
        return  # a new database: the built-in load makes today's tree
    root = next((r for r in rows if r["code"] == "TLD"), None) or next((r for r in rows if r["kind"] == "national"),
                                                                       None)
    codes = {r["code"].casefold() for r in rows}

    def where(row: dict) -> str | None:
        return _current_province(row["province"] or _province_in(row["name"]) or "")

    def ended(row: dict) -> bool:
        return _ended_2025(row["name"], row["kind"], row["province"] or _province_in(row["name"]))

    # Today's provincial LĐLĐs: the row with the code, else an imported one of that province, else a new row.
    today: dict[str, int] = {}
    for code, province, seed_name, seed_aliases in _PROVINCIAL_UNIONS:
        row = next((r for r in rows if r["code"] == code), None)
        if row is None:
            row = next((r for r in rows if _kind_of(r["name"], r["kind"]) == "province" and not ended(r)
                        and where(r) == province and r["code"] not in _BUILT_IN_CODES
                        and (r["parent_id"] is None or (root is not None and r["parent_id"] == root["id"]))), None)
            if row is not None and code.casefold() not in codes:
                aliases = [a for a in (row["aliases"] or "").split(";") if a]
                if _org_key(row["name"]) != _org_key(seed_name) or row["name"] != seed_name:
                    aliases.append(row["name"])
                values = {"code": code, "name": seed_name, "kind": "province", "province": province,
                          "aliases": ";".join(dict.fromkeys([*seed_aliases.split(";"), *aliases]))}
                _written(conn, row["id"], row["name"])
                conn.execute(_orgs.update().where(_orgs.c.id == row["id"]).values(**values))
                row.update(values)
                codes.add(code.casefold())
        if row is None and code.casefold() not in codes:
            values = {"code": code, "name": seed_name, "kind": "province", "province": province,
                      "parent_id": root["id"] if root else None, "aliases": seed_aliases}
            new_id = conn.execute(_orgs.insert().values(**values).returning(_orgs.c.id)).scalar_one()
            row = {"id": new_id, **values}
            rows.append(row)
            codes.add(code.casefold())
        if row is not None:
            today[_province_key(province)] = row["id"]

    def successor(row: dict) -> int | None:
        place = where(row)
        return today.get(_province_key(place)) if place else None

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
                if child["province"] and _is_former(child["province"]):
                    values["province"] = _current_province(child["province"])
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
        if row["code"] in _BUILT_IN_CODES:
            continue
        full = _written_out(row["name"])
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


# ------------------------------------------------------------------ frozen copies
# What the upgrade reads of the 2025 map, the union names and the built-in unions, copied as they stood when
# this migration was written (2/12/2026), from knowledge.seed_data (the provincial unions: code, province,
# name, aliases; the built-in codes), knowledge.language.places (the mergers and spellings), knowledge.lexicon
# (provinces and their other spellings) and knowledge.orgnames (union names: keys, kinds, written out). Never
# edit these to follow those modules: a database upgraded later must come out as one upgraded then.


_PROVINCIAL_UNIONS: tuple[tuple[str, str, str, str], ...] = (
    ("HN", "Hà Nội", "Liên đoàn Lao động thành phố Hà Nội",
     "LĐLĐ thành phố Hà Nội;LĐLĐ Hà Nội;Công đoàn thành phố Hà Nội;LĐLĐ TP Hà Nội;Thủ đô;Công đoàn Thủ đô;LĐLĐ Thành phố"),
    ("HUE", "Huế", "Liên đoàn Lao động thành phố Huế",
     "LĐLĐ thành phố Huế;LĐLĐ Huế;Công đoàn thành phố Huế;LĐLĐ TP Huế"),
    ("HP", "Hải Phòng", "Liên đoàn Lao động thành phố Hải Phòng",
     "LĐLĐ thành phố Hải Phòng;LĐLĐ Hải Phòng;Công đoàn thành phố Hải Phòng;LĐLĐ TP Hải Phòng"),
    ("DNG", "Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng",
     "LĐLĐ thành phố Đà Nẵng;LĐLĐ Đà Nẵng;Công đoàn thành phố Đà Nẵng;LĐLĐ TP Đà Nẵng"),
    ("HCM", "Hồ Chí Minh", "Liên đoàn Lao động thành phố Hồ Chí Minh",
     "LĐLĐ thành phố Hồ Chí Minh;LĐLĐ Hồ Chí Minh;Công đoàn thành phố Hồ Chí Minh;LĐLĐ TP Hồ Chí Minh;LĐLĐ TP.HCM;Công đoàn TP.HCM"),
    ("CT", "Cần Thơ", "Liên đoàn Lao động thành phố Cần Thơ",
     "LĐLĐ thành phố Cần Thơ;LĐLĐ Cần Thơ;Công đoàn thành phố Cần Thơ;LĐLĐ TP Cần Thơ"),
    ("TQ", "Tuyên Quang", "Liên đoàn Lao động tỉnh Tuyên Quang",
     "LĐLĐ tỉnh Tuyên Quang;LĐLĐ Tuyên Quang;Công đoàn tỉnh Tuyên Quang"),
    ("LCI", "Lào Cai", "Liên đoàn Lao động tỉnh Lào Cai",
     "LĐLĐ tỉnh Lào Cai;LĐLĐ Lào Cai;Công đoàn tỉnh Lào Cai"),
    ("TNG", "Thái Nguyên", "Liên đoàn Lao động tỉnh Thái Nguyên",
     "LĐLĐ tỉnh Thái Nguyên;LĐLĐ Thái Nguyên;Công đoàn tỉnh Thái Nguyên"),
    ("PT", "Phú Thọ", "Liên đoàn Lao động tỉnh Phú Thọ",
     "LĐLĐ tỉnh Phú Thọ;LĐLĐ Phú Thọ;Công đoàn tỉnh Phú Thọ"),
    ("BN", "Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh",
     "LĐLĐ tỉnh Bắc Ninh;LĐLĐ Bắc Ninh;Công đoàn tỉnh Bắc Ninh"),
    ("HY", "Hưng Yên", "Liên đoàn Lao động tỉnh Hưng Yên",
     "LĐLĐ tỉnh Hưng Yên;LĐLĐ Hưng Yên;Công đoàn tỉnh Hưng Yên"),
    ("NB", "Ninh Bình", "Liên đoàn Lao động tỉnh Ninh Bình",
     "LĐLĐ tỉnh Ninh Bình;LĐLĐ Ninh Bình;Công đoàn tỉnh Ninh Bình"),
    ("QT", "Quảng Trị", "Liên đoàn Lao động tỉnh Quảng Trị",
     "LĐLĐ tỉnh Quảng Trị;LĐLĐ Quảng Trị;Công đoàn tỉnh Quảng Trị"),
    ("QNG", "Quảng Ngãi", "Liên đoàn Lao động tỉnh Quảng Ngãi",
     "LĐLĐ tỉnh Quảng Ngãi;LĐLĐ Quảng Ngãi;Công đoàn tỉnh Quảng Ngãi"),
    ("GL", "Gia Lai", "Liên đoàn Lao động tỉnh Gia Lai",
     "LĐLĐ tỉnh Gia Lai;LĐLĐ Gia Lai;Công đoàn tỉnh Gia Lai"),
    ("KH", "Khánh Hòa", "Liên đoàn Lao động tỉnh Khánh Hòa",
     "LĐLĐ tỉnh Khánh Hòa;LĐLĐ Khánh Hòa;Công đoàn tỉnh Khánh Hòa"),
    ("LD", "Lâm Đồng", "Liên đoàn Lao động tỉnh Lâm Đồng",
     "LĐLĐ tỉnh Lâm Đồng;LĐLĐ Lâm Đồng;Công đoàn tỉnh Lâm Đồng"),
    ("DLK", "Đắk Lắk", "Liên đoàn Lao động tỉnh Đắk Lắk",
     "LĐLĐ tỉnh Đắk Lắk;LĐLĐ Đắk Lắk;Công đoàn tỉnh Đắk Lắk"),
    ("DNI", "Đồng Nai", "Liên đoàn Lao động tỉnh Đồng Nai",
     "LĐLĐ tỉnh Đồng Nai;LĐLĐ Đồng Nai;Công đoàn tỉnh Đồng Nai"),
    ("TN", "Tây Ninh", "Liên đoàn Lao động tỉnh Tây Ninh",
     "LĐLĐ tỉnh Tây Ninh;LĐLĐ Tây Ninh;Công đoàn tỉnh Tây Ninh"),
    ("VL", "Vĩnh Long", "Liên đoàn Lao động tỉnh Vĩnh Long",
     "LĐLĐ tỉnh Vĩnh Long;LĐLĐ Vĩnh Long;Công đoàn tỉnh Vĩnh Long"),
    ("DT", "Đồng Tháp", "Liên đoàn Lao động tỉnh Đồng Tháp",
     "LĐLĐ tỉnh Đồng Tháp;LĐLĐ Đồng Tháp;Công đoàn tỉnh Đồng Tháp"),
    ("CM", "Cà Mau", "Liên đoàn Lao động tỉnh Cà Mau",
     "LĐLĐ tỉnh Cà Mau;LĐLĐ Cà Mau;Công đoàn tỉnh Cà Mau"),
    ("AG", "An Giang", "Liên đoàn Lao động tỉnh An Giang",
     "LĐLĐ tỉnh An Giang;LĐLĐ An Giang;Công đoàn tỉnh An Giang"),
    ("LCU", "Lai Châu", "Liên đoàn Lao động tỉnh Lai Châu",
     "LĐLĐ tỉnh Lai Châu;LĐLĐ Lai Châu;Công đoàn tỉnh Lai Châu"),
    ("DB", "Điện Biên", "Liên đoàn Lao động tỉnh Điện Biên",
     "LĐLĐ tỉnh Điện Biên;LĐLĐ Điện Biên;Công đoàn tỉnh Điện Biên"),
    ("SL", "Sơn La", "Liên đoàn Lao động tỉnh Sơn La",
     "LĐLĐ tỉnh Sơn La;LĐLĐ Sơn La;Công đoàn tỉnh Sơn La"),
    ("LS", "Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn",
     "LĐLĐ tỉnh Lạng Sơn;LĐLĐ Lạng Sơn;Công đoàn tỉnh Lạng Sơn;Xứ Lạng"),
    ("QNI", "Quảng Ninh", "Liên đoàn Lao động tỉnh Quảng Ninh",
     "LĐLĐ tỉnh Quảng Ninh;LĐLĐ Quảng Ninh;Công đoàn tỉnh Quảng Ninh"),
    ("TH", "Thanh Hóa", "Liên đoàn Lao động tỉnh Thanh Hóa",
     "LĐLĐ tỉnh Thanh Hóa;LĐLĐ Thanh Hóa;Công đoàn tỉnh Thanh Hóa"),
    ("NA", "Nghệ An", "Liên đoàn Lao động tỉnh Nghệ An",
     "LĐLĐ tỉnh Nghệ An;LĐLĐ Nghệ An;Công đoàn tỉnh Nghệ An"),
    ("HT", "Hà Tĩnh", "Liên đoàn Lao động tỉnh Hà Tĩnh",
     "LĐLĐ tỉnh Hà Tĩnh;LĐLĐ Hà Tĩnh;Công đoàn tỉnh Hà Tĩnh"),
    ("CB", "Cao Bằng", "Liên đoàn Lao động tỉnh Cao Bằng",
     "LĐLĐ tỉnh Cao Bằng;LĐLĐ Cao Bằng;Công đoàn tỉnh Cao Bằng"),
)
_BUILT_IN_CODES = frozenset({"TLD", "HN", "HUE", "HP", "DNG", "HCM", "CT", "TQ", "LCI", "TNG", "PT", "BN", "HY", "NB", "QT", "QNG", "GL", "KH", "LD", "DLK", "DNI", "TN", "VL", "DT", "CM", "AG", "LCU", "DB", "SL", "LS", "QNI", "TH", "NA", "HT", "CB", "HN-MELINH", "HN-THUONGTIN", "HN-TRUONGCD", "LS-CHILANG", "LS-CAOLOC", "LS-HTXDONGTAM", "ST"})

_MERGERS_2025: dict[str, tuple[str, ...]] = {
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}
_UNCHANGED_2025: tuple[str, ...] = (
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng",
)
_EARLIER_MERGERS: dict[str, str] = {"Hà Tây": "Hà Nội"}
_PLACE_SPELLINGS: dict[str, str] = {
    "thua thien hue": "Thừa Thiên Huế", "tt hue": "Thừa Thiên Huế", "hue": "Huế",
    "ba ria vung tau": "Bà Rịa - Vũng Tàu", "brvt": "Bà Rịa - Vũng Tàu", "vung tau": "Bà Rịa - Vũng Tàu",
    "ho chi minh": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh",
    "sai gon": "Hồ Chí Minh", "sg": "Hồ Chí Minh", "hn": "Hà Nội", "thu do": "Hà Nội", "daklak": "Đắk Lắk",
    "dac lac": "Đắk Lắk", "dak nong": "Đắk Nông", "daknong": "Đắk Nông", "hoa binh": "Hòa Bình",
    "khanh hoa": "Khánh Hòa", "thanh hoa": "Thanh Hóa",
}
_PROVINCES: tuple[str, ...] = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang",
    "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)
_PROVINCE_ALIASES: dict[str, str] = {
    "hn": "Hà Nội", "thu do": "Hà Nội", "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh",
    "sai gon": "Hồ Chí Minh", "sg": "Hồ Chí Minh", "ho chi minh": "Hồ Chí Minh", "brvt": "Bà Rịa - Vũng Tàu",
    "vung tau": "Bà Rịa - Vũng Tàu", "ba ria vung tau": "Bà Rịa - Vũng Tàu", "br vt": "Bà Rịa - Vũng Tàu",
    "xu thanh": "Thanh Hóa", "xu nghe": "Nghệ An", "xu lang": "Lạng Sơn", "xu quang": "Quảng Nam",
    "dat cang": "Hải Phòng", "thanh pho cang": "Hải Phòng", "vung mo": "Quảng Ninh", "hue": "Thừa Thiên Huế",
    "thua thien hue": "Thừa Thiên Huế", "dak lak": "Đắk Lắk", "daklak": "Đắk Lắk", "dac lac": "Đắk Lắk",
    "lang son": "Lạng Sơn", "soc trang": "Sóc Trăng",
}
_ORG_ABBREVIATIONS: dict[str, str] = {
    "ldld": "lien doan lao dong", "tldld": "tong lien doan lao dong", "tld": "tong lien doan lao dong",
    "cd": "cong doan", "cdcs": "cong doan co so", "cdn": "cong doan nganh", "tp": "thanh pho", "tx": "thi xa",
    "tt": "thi tran", "kcn": "khu cong nghiep", "kcx": "khu che xuat", "kkt": "khu kinh te",
    "kcnc": "khu cong nghe cao", "htx": "hop tac xa", "cty": "cong ty", "ct": "cong ty",
    "tnhh": "trach nhiem huu han", "cp": "co phan", "dn": "doanh nghiep", "vn": "viet nam", "q": "quan",
    "h": "huyen", "p": "phuong", "x": "xa",
}
_LEVEL_WORDS = ("thanh pho", "tinh")
_NATIONAL = "tong lien doan lao dong viet nam"
_KIND_RULES: tuple[tuple[str, str], ...] = (
    ("tong lien doan", "national"), ("cong doan co so", "grassroots"), ("khu cong nghiep", "industrial_zone"),
    ("khu kinh te", "industrial_zone"), ("khu che xuat", "industrial_zone"),
    ("khu cong nghe cao", "industrial_zone"), ("truong", "school"), ("trung tam", "centre"),
    ("cong doan nganh", "sector"), ("nganh", "sector"), ("xa", "commune"), ("phuong", "commune"),
    ("dac khu", "commune"), ("thi tran", "commune"), ("quan", "district"), ("huyen", "district"),
    ("thi xa", "district"), ("cong ty", "grassroots"), ("doanh nghiep", "grassroots"),
    ("hop tac xa", "grassroots"), ("benh vien", "grassroots"),
)
_NATIONAL_BODY_HEADS = ("truong ", "hoc vien ", "vien ", "trung tam ")
_WRITTEN_OUT: dict[str, str] = {
    "ldld": "Liên đoàn Lao động", "tldld": "Tổng Liên đoàn Lao động", "cdcs": "Công đoàn cơ sở",
    "cdn": "Công đoàn ngành", "cd": "Công đoàn", "tp": "thành phố", "tx": "thị xã", "kcn": "khu công nghiệp",
    "kcx": "khu chế xuất", "kkt": "khu kinh tế", "kcnc": "khu công nghệ cao",
}
_ABBREVIATED = re.compile(r"(?<![\w.])(TP\.?\s?HCM|TP\.(?=\S)|[A-Za-zĐđ]{2,6}\.?)(?![\w])")



def _fold(text: str) -> str:
    """Lower-case without diacritics (đ → d), NFC first so NFD input folds the same."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return bare.lower()


def _province_key(name: str | None) -> str:
    """A province as a comparable key ("Thanh Hoá", "thanh hoa" and "Bà Rịa-Vũng Tàu" meet)."""
    return " ".join(_fold(name or "").replace("-", " ").split())


def _current_of() -> dict[str, str]:
    current_of: dict[str, str] = {}
    for current, formers in _MERGERS_2025.items():
        for name in formers:
            current_of[_province_key(name)] = current
    for name in _UNCHANGED_2025:
        current_of[_province_key(name)] = name
    current_of[_province_key("Thừa Thiên Huế")] = "Huế"
    for name, current in _EARLIER_MERGERS.items():
        current_of[_province_key(name)] = current
    for spelling, name in _PLACE_SPELLINGS.items():
        current_of.setdefault(spelling, current_of[_province_key(name)])
    return current_of


_CURRENT_OF = _current_of()


def _current_province(name: str | None) -> str | None:
    """The province a place belongs to today ("Sóc Trăng" -> "Cần Thơ"; "Cần Thơ" -> "Cần Thơ")."""
    return _CURRENT_OF.get(_province_key(name)) if name else None


def _is_former(name: str) -> bool:
    """Whether a name is a province that no longer exists under that name (merged or renamed)."""
    cur = _current_province(name)
    return cur is not None and _province_key(cur) != _province_key(name)


def _words(text: str) -> str:
    """Folded, punctuation and zero-width characters turned into spaces."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", _fold(text)).split())


def _province_forms() -> list[tuple[str, str]]:
    table = {_words(alias): _words(name) for alias, name in _PROVINCE_ALIASES.items()}
    table.update({_words(name): _words(name) for name in _PROVINCES})
    table.pop("hue", None)  # «Huế» is its own province since 2025; keep it as written
    return sorted(table.items(), key=lambda item: -len(item[0]))  # "tp hcm" before "hcm"


_PROVINCE_FORMS = _province_forms()
_CANONICAL = {_words(name): name for name in _PROVINCES}
_CANONICAL.update({_words(alias): name for alias, name in _PROVINCE_ALIASES.items()})


def _org_key(name: str) -> str:
    """The key two spellings of one union share: expanded, provinces under their official name."""
    words = re.sub(r"\b(tp ?hcm|tp ho chi minh)\b", "thanh pho ho chi minh", _words(name))
    key = f" {' '.join(_ORG_ABBREVIATIONS.get(word, word) for word in words.split())} "
    for form, canonical in _PROVINCE_FORMS:
        if f" {form} " in key and form != canonical:
            key = key.replace(f" {form} ", f" {canonical} ")
    return " ".join(key.split())


def _core_key(name: str) -> str:
    """`_org_key` without the words that only give a place's level («tỉnh», «thành phố»)."""
    key = f" {_org_key(name)} "
    for word in _LEVEL_WORDS:
        key = key.replace(f" {word} ", " ")
    key = " ".join(key.split())
    return "tong lien doan lao dong" if key in (_NATIONAL, "tong lien doan") else key


def _province_in(name: str) -> str | None:
    """The province a union's name contains («LĐLĐ tỉnh Lạng Sơn» → «Lạng Sơn»), longest name first."""
    key = f" {_org_key(name)} "
    found = [(len(form), _CANONICAL[form]) for form in _CANONICAL if f" {form} " in key]
    return max(found)[1] if found else None


def _guess_kind(name: str) -> str:
    """The level of a union from its name (a commune's, a province's, a zone's, a sector's, else grassroots)."""
    key = f" {_org_key(name)} "
    for marker, kind in sorted(_KIND_RULES, key=lambda rule: -len(rule[0])):
        if f" {marker} " in key and not (marker == "xa" and (" hop tac xa " in key or " thi xa " in key)):
            return kind
    core = _core_key(name)
    if core.startswith("lien doan lao dong") and _province_in(name) is not None:
        return "province"
    if core.startswith("cong doan ") and core.endswith(" viet nam"):
        return "sector"
    if core.startswith(_NATIONAL_BODY_HEADS) and " cong doan" in f" {core}" and _province_in(name) is None:
        return "school" if core.startswith(("truong ", "hoc vien ")) else "centre"
    return "grassroots"


def _kind_of(name: str, stored: str | None = None) -> str:
    """A union's kind: what the database says, unless it is one of the defaults an older import wrote."""
    if stored and stored not in ("province", "grassroots"):
        return stored
    guessed = _guess_kind(name)
    if stored == "province" and guessed == "grassroots":
        return stored
    return guessed


def _ended_2025(name: str, kind: str | None, province: str | None) -> bool:
    """Whether a union ended on 1/7/2025: a district's LĐLĐ, or the LĐLĐ of a province that merged."""
    level = _kind_of(name, kind)
    if level == "district":
        return True
    return level == "province" and bool(province) and _is_former(province or "")


def _written_out(name: str) -> str:
    """A union's name with its structure's abbreviations written out («CĐ phường X» → «Công đoàn phường X»)."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    name = re.sub(r"\b(TP|Tp|TX|Tx)\.(?=[^\s.])", r"\1. ", name)  # «TP.Cần Thơ»

    def one(match: re.Match[str]) -> str:
        word = match.group(1)
        folded = _words(word).replace(" ", "")
        if folded in ("tphcm", "tp hcm"):
            return "thành phố Hồ Chí Minh"
        if word.endswith(".") and folded == "tp":
            return "thành phố "
        full = _WRITTEN_OUT.get(folded)
        if full is None or not (word.rstrip(".").isupper() or folded in ("tp", "tx")):
            return word
        return full
    out = " ".join(_ABBREVIATED.sub(one, name).split())
    return out[:1].upper() + out[1:] if out else out
