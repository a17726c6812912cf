"""The union tree on today's map (since 1/7/2025: 34 provinces, no districts) and union names as people type
them: the built-in tree, onboarding, an organiser's announcement and import scope, the migration of a database
made on the old map, and finding a union by an abbreviated, undiacritised or partial name."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from bot import cli
from handlers.core import handle
from handlers.deps import Deps
from handlers.notices import WORDING
from handlers.types import Incoming, Reply
from knowledge import outbox, reminders, unions
from knowledge.db import _alembic_config, session_scope, upgrade
from knowledge.language.places import CURRENT_PROVINCES
from knowledge.models import Course, Organisation, OrganiserRole, UserProfile
from knowledge.seed import load_builtin
from knowledge.transfer import import_file
from tests.conftest import FIXED_NOW, TZ_VN
from tests.people import add_members, make_organiser, org_id
from tests.test_transfer import write_csv

CT_ORGANISER = "70"


def say(deps: Deps, text: str = "", *, user: str, data: str | None = None) -> list[Reply]:
    return asyncio.run(handle(Incoming("telegram", user, user, text, callback_data=data), deps))


def union_of(deps: Deps, user: str) -> Organisation | None:
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == user))
        assert profile is not None
        return profile.organisation


def add_union(s: Session, code: str, name: str, kind: str, province: str, parent: str) -> Organisation:
    org = Organisation(code=code, name=name, kind=kind, province=province, aliases="",
                       parent_id=org_id(s, parent))
    s.add(org)
    s.flush()
    return org


# ------------------------------------------------------------------ the built-in tree

def test_the_built_in_tree_is_todays_34_provincial_unions_with_the_old_ones_as_history(session: Session) -> None:
    load_builtin(session)
    session.commit()
    orgs = list(session.scalars(select(Organisation)))
    provincial = [o for o in orgs if o.kind == "province" and not unions.is_history(o)]
    assert sorted(o.province or "" for o in provincial) == sorted(CURRENT_PROVINCES)
    ct = next(o for o in provincial if o.province == "Cần Thơ")
    assert ct.name == "Liên đoàn Lao động thành phố Cần Thơ" and ct.parent is not None and ct.parent.code == "TLD"
    # The articles' unions keep their names as history, under today's union of their province.
    by_code = {o.code: o for o in orgs}
    assert by_code["ST"].name == "Liên đoàn Lao động tỉnh Sóc Trăng" and by_code["ST"].parent_id == ct.id
    assert all(unions.is_history(by_code[c]) for c in ("ST", "HN-MELINH", "HN-THUONGTIN", "LS-CHILANG", "LS-CAOLOC"))
    assert unions.current_of(session, by_code["ST"]) == ct
    assert unions.current_of(session, by_code["LS-CHILANG"]).code == "LS"
    # Their facts still cite them.
    assert unions.offered(orgs) == [o for o in orgs if o.code not in ("ST", "HN-MELINH", "HN-THUONGTIN",
                                                                      "LS-CHILANG", "LS-CAOLOC")]


# ------------------------------------------------------------------ onboarding

@pytest.mark.parametrize("typed", ["soc trang", "Sóc Trăng", "LĐLĐ tỉnh Sóc Trăng", "ldld soc trang"])
def test_a_chair_naming_a_merged_province_is_saved_under_todays_union(deps: Deps, typed: str) -> None:
    say(deps, data="role:chu_tich_cdcs", user="c1")
    saved = say(deps, typed, user="c1")
    assert saved[0].text.startswith("Đã lưu đơn vị: Liên đoàn Lao động thành phố Cần Thơ (Sóc Trăng nay thuộc Cần Thơ)")
    union = union_of(deps, "c1")
    assert union is not None and union.code == "CT"
    with deps.session_factory() as s:
        profile = s.scalar(select(UserProfile).where(UserProfile.user_id == "c1"))
        # The province as said: which part of today's Cần Thơ they are in, read as Cần Thơ everywhere.
        assert profile is not None and profile.province == "Sóc Trăng"
    assert "Tỉnh/thành phố: Sóc Trăng (nay thuộc Cần Thơ)" in say(deps, "/hoso", user="c1")[0].text


def test_the_cantho_organisers_scope_announcement_reaches_the_chair_who_typed_soc_trang(deps: Deps) -> None:
    say(deps, data="role:chu_tich_cdcs", user="c2")
    say(deps, "soc trang", user="c2")
    with session_scope(deps.session_factory) as s:
        make_organiser(s, "telegram", CT_ORGANISER, "CT")
        scope = outbox.organiser_scope(session=s, channel="telegram", user_id=CT_ORGANISER)
        assert scope is not None
        found = outbox.select_recipients(session=s, scope=scope, audience=outbox.Audience("scope"), now=FIXED_NOW,
                                         tz=TZ_VN)
    assert [u for _, u, _ in found.accounts] == ["c2"]


def test_sub_unions_offered_are_todays_not_the_former_districts(deps: Deps) -> None:
    say(deps, data="role:chu_tich_cdcs", user="c3")
    picked = say(deps, "Lạng Sơn", user="c3")
    offered = [b.label for b in picked[1].buttons]
    assert offered == ["Công đoàn cơ sở Hợp tác xã Đồng Tâm"]


# ------------------------------------------------------------------ names as people type them

@pytest.fixture
def typed_unions(deps: Deps) -> Deps:
    with session_scope(deps.session_factory) as s:
        add_union(s, "BN-KCN", "Công đoàn các khu công nghiệp tỉnh Bắc Ninh", "industrial_zone", "Bắc Ninh", "BN")
        add_union(s, "CT-GD", "Công đoàn ngành Giáo dục thành phố Cần Thơ", "sector", "Cần Thơ", "CT")
        add_union(s, "NA-GD", "Công đoàn ngành Giáo dục tỉnh Nghệ An", "sector", "Nghệ An", "NA")
        add_union(s, "LS-DK", "Công đoàn phường Đông Kinh", "commune", "Lạng Sơn", "LS")
    return deps


@pytest.mark.parametrize("typed", ["cd cac kcn bac ninh", "cong doan cac khu cong nghiep bac ninh",
                                   "Công đoàn KCN Bắc Ninh", "CĐ các KCN tỉnh Bắc Ninh"])
def test_a_union_typed_with_abbreviations_and_without_diacritics_is_that_union(typed_unions: Deps,
                                                                              typed: str) -> None:
    say(typed_unions, data="role:chu_tich_cdcs", user="t1")
    saved = say(typed_unions, typed, user="t1")
    assert saved[0].text.startswith("Đã lưu đơn vị: Công đoàn các khu công nghiệp tỉnh Bắc Ninh")
    union = union_of(typed_unions, "t1")
    assert union is not None and union.code == "BN-KCN"


def test_the_province_typed_with_a_wards_union_is_said_of_it(typed_unions: Deps) -> None:
    say(typed_unions, data="role:chu_tich_cdcs", user="t4")
    saved = say(typed_unions, "cd phuong dong kinh lang son", user="t4")
    assert saved[0].text.startswith("Đã lưu đơn vị: Công đoàn phường Đông Kinh")


def test_a_union_not_found_is_asked_about_never_saved_as_the_province(deps: Deps) -> None:
    say(deps, data="role:chu_tich_cdcs", user="t2")
    asked = say(deps, "cd cac kcn bac ninh", user="t2")
    assert "chưa có đơn vị «cd cac kcn bac ninh»" in asked[0].text
    assert [b.label for b in asked[0].buttons] == ["Liên đoàn Lao động tỉnh Bắc Ninh"]
    assert union_of(deps, "t2") is None
    assert say(deps, "đúng", user="t2")[0].text.startswith("Đã lưu đơn vị: Liên đoàn Lao động tỉnh Bắc Ninh")


def test_several_unions_that_fit_are_choices(typed_unions: Deps) -> None:
    say(typed_unions, data="role:chu_tich_cdcs", user="t3")
    asked = say(typed_unions, "Công đoàn ngành Giáo dục", user="t3")
    assert asked[0].text.startswith("Có 2 đơn vị khớp với «Công đoàn ngành Giáo dục»")
    assert {b.label for b in asked[0].buttons} == {"Công đoàn ngành Giáo dục thành phố Cần Thơ",
                                                   "Công đoàn ngành Giáo dục tỉnh Nghệ An"}
    assert union_of(typed_unions, "t3") is None
    say(typed_unions, "2", user="t3")  # typing the number works as on Zalo
    union = union_of(typed_unions, "t3")
    assert union is not None and union.code == "NA-GD"


def start_announcement(deps: Deps) -> None:
    assert "Soạn thông báo" in say(deps, "/thongbao", user=CT_ORGANISER)[0].text
    say(deps, "Mời các đồng chí dự lớp.", user=CT_ORGANISER)
    say(deps, data="bc:c:0", user=CT_ORGANISER)  # no class attached
    say(deps, data="bc:a:org", user=CT_ORGANISER)


@pytest.mark.parametrize("typed", ["cd nganh giao duc can tho", "Công đoàn ngành Giáo dục"])
def test_the_organisers_one_union_step_reads_names_as_typed(typed_unions: Deps, typed: str) -> None:
    with session_scope(typed_unions.session_factory) as s:
        make_organiser(s, "telegram", CT_ORGANISER, "CT")
        add_members(s, 2, org="CT-GD", first_id=500)
    start_announcement(typed_unions)
    preview = say(typed_unions, typed, user=CT_ORGANISER)  # within Cần Thơ's scope only one fits
    assert "Người nhận: 2 người — Công đoàn ngành Giáo dục thành phố Cần Thơ" in preview[-1].text


def test_the_organisers_one_union_step_asks_when_several_fit(typed_unions: Deps) -> None:
    with session_scope(typed_unions.session_factory) as s:
        make_organiser(s, "telegram", CT_ORGANISER, None)  # every union
    start_announcement(typed_unions)
    asked = say(typed_unions, "cong doan nganh giao duc", user=CT_ORGANISER)
    assert asked[0].text.startswith("Có 2 đơn vị khớp")
    assert all(b.data.startswith("bc:o:") for b in asked[0].buttons) and len(asked[0].buttons) == 2


def test_cli_organiser_add_finds_a_union_by_its_province_and_refuses_a_guess(
        typed_unions: Deps, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(typed_unions.session_factory.kw["bind"].url)
    typed_unions.session_factory.kw["bind"].dispose()
    monkeypatch.setenv("CADREBOT_DATABASE_URL", url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")
    assert cli.main(["organiser", "add", "telegram:71", "--union", "Cần Thơ"]) == 0
    assert cli.main(["organiser", "add", "telegram:72", "--union", "cd nganh giao duc"]) == 1
    assert "Có 2 đơn vị khớp" in capsys.readouterr().err
    with typed_unions.session_factory() as s:
        roles = {r.user_id: r.organisation.code for r in s.scalars(select(OrganiserRole)) if r.organisation}
    assert roles == {"71": "CT"}


# ------------------------------------------------------------------ imports

PLAN = ["Tên lớp", "Ngày bắt đầu", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm"]


def test_a_cantho_organisers_plan_places_a_ward_named_after_a_former_province_under_cantho(
        session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    ct = session.scalar(select(Organisation).where(Organisation.code == "CT"))
    assert ct is not None
    plan = write_csv(tmp_path / "ke-hoach.csv", [
        PLAN, ["Tập huấn nghiệp vụ cho chủ tịch CĐCS", "15/03/2027", "CĐ phường Sóc Trăng", "", "Hội trường phường"],
        ["Bồi dưỡng kỹ năng thương lượng", "20/03/2027", "LĐLĐ tỉnh Hậu Giang", "Cần Thơ", "Vị Thanh"]])
    within = outbox.subtree(session=session, roots=[ct.id])
    report = import_file(session, plan, tz=TZ_VN, now=FIXED_NOW, organisation=ct, allowed_unions=within,
                         reminder_config=reminders.Config(wording=WORDING))
    assert report.organisations_created == [
        "Công đoàn phường Sóc Trăng (xã/phường, thuộc Liên đoàn Lao động thành phố Cần Thơ)"]
    ward = session.scalar(select(Organisation).where(Organisation.name == "Công đoàn phường Sóc Trăng"))
    assert ward is not None and ward.parent_id == ct.id and ward.province == "Cần Thơ"
    assert ward.aliases == "CĐ phường Sóc Trăng"  # as the plan wrote it, still found
    # A merged province's LĐLĐ named in a plan written after the merger is today's.
    course = session.scalar(select(Course).where(Course.title == "Bồi dưỡng kỹ năng thương lượng"))
    assert course is not None and course.organiser_id == ct.id


def test_a_plan_without_a_province_column_takes_the_organisers_province(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    ct = session.scalar(select(Organisation).where(Organisation.code == "CT"))
    plan = write_csv(tmp_path / "van-phong.csv", [["Tên lớp", "Ngày bắt đầu", "Địa điểm"],
                                                 ["Tập huấn tài chính công đoàn", "15/03/2027", "Hội trường"]])
    import_file(session, plan, tz=TZ_VN, now=FIXED_NOW, organisation=ct,
                reminder_config=reminders.Config(wording=WORDING))
    course = session.scalar(select(Course).where(Course.title == "Tập huấn tài chính công đoàn"))
    assert course is not None and course.province == "Cần Thơ"


def test_an_online_place_with_an_in_person_format_is_flagged_and_read_as_online(session: Session,
                                                                                tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    ct = session.scalar(select(Organisation).where(Organisation.code == "CT"))
    plan = write_csv(tmp_path / "ke-hoach.csv", [
        ["Tên lớp", "Ngày bắt đầu", "Địa điểm", "Hình thức"],
        ["Tập huấn Luật Công đoàn", "15/03/2027", "Trực tuyến", "Tập trung (trực tiếp)"],
        ["Tập huấn an toàn lao động", "16/03/2027", "Trực tuyến qua Zoom", ""],
        ["Tập huấn nữ công", "17/03/2027", "Hội trường LĐLĐ và trực tuyến", "Tập trung"]])
    report = import_file(session, plan, tz=TZ_VN, now=FIXED_NOW, organisation=ct, dry_run=True,
                         reminder_config=reminders.Config(wording=WORDING))
    said = [str(w) for w in report.warnings]
    assert any("Dòng 2" in w and "«Trực tuyến» nhưng Hình thức ghi «Tập trung (trực tiếp)»" in w for w in said)
    assert any("Dòng 4" in w and "Kết hợp" in w for w in said)
    assert not any("Dòng 3" in w for w in said)  # no format written: simply online
    report = import_file(session, plan, tz=TZ_VN, now=FIXED_NOW, organisation=ct,
                         reminder_config=reminders.Config(wording=WORDING))
    formats = {c.title: c.format for c in session.scalars(select(Course))}
    assert formats == {"Tập huấn Luật Công đoàn": "truc_tuyen", "Tập huấn an toàn lao động": "truc_tuyen",
                       "Tập huấn nữ công": "tap_trung"}


def test_an_import_naming_a_former_district_still_files_it_as_history(session: Session, tmp_path: Path) -> None:
    load_builtin(session)
    session.commit()
    plan = write_csv(tmp_path / "cu.csv", [PLAN, ["Tập huấn", "15/03/2027", "LĐLĐ huyện Mỹ Xuyên", "Sóc Trăng", ""]])
    import_file(session, plan, tz=TZ_VN, now=FIXED_NOW, reminder_config=reminders.Config(wording=WORDING))
    district = session.scalar(select(Organisation).where(Organisation.name == "Liên đoàn Lao động huyện Mỹ Xuyên"))
    assert district is not None and unions.is_history(district) and district.province == "Sóc Trăng"
    assert district.parent is not None and district.parent.code == "CT"


# ------------------------------------------------------------------ a database made on the old map

def test_the_migration_moves_what_hung_on_unions_that_ended_to_todays(engine: Engine) -> None:
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0011_when_written")
    at = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    orgs = Organisation.__table__
    with engine.begin() as conn:
        def add(code: str, name: str, kind: str, province: str | None, parent: int | None) -> int:
            return int(conn.execute(orgs.insert().values(code=code, name=name, kind=kind, province=province,
                                                         parent_id=parent, aliases="")).inserted_primary_key[0])
        tld = add("TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None)
        st = add("ST", "Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng", tld)
        imported_ct = add("ldld-thanh-pho-can-tho", "LĐLĐ thành phố Cần Thơ", "province", "Cần Thơ", tld)
        ward = add("cd-phuong-soc-trang", "CĐ phường Sóc Trăng", "commune", "Sóc Trăng", st)
        ls = add("LS", "Liên đoàn Lao động tỉnh Lạng Sơn", "province", "Lạng Sơn", tld)
        cao_loc = add("LS-CAOLOC", "Liên đoàn Lao động huyện Cao Lộc", "district", "Lạng Sơn", ls)
        htx = add("LS-HTXDONGTAM", "Công đoàn cơ sở Hợp tác xã Đồng Tâm", "grassroots", "Lạng Sơn", cao_loc)
        for user, org, province in (("u1", st, "Sóc Trăng"), ("u2", cao_loc, "Lạng Sơn"), ("u3", ward, "Sóc Trăng")):
            conn.execute(UserProfile.__table__.insert().values(channel="telegram", user_id=user, organisation_id=org,
                                                               province=province, created_at=at, last_seen_at=at))
        roles = OrganiserRole.__table__
        conn.execute(roles.insert().values(channel="telegram", user_id="o1", organisation_id=st))
        conn.execute(roles.insert().values(channel="telegram", user_id="o2", organisation_id=st))
        conn.execute(roles.insert().values(channel="telegram", user_id="o2", organisation_id=imported_ct))
    assert upgrade(engine) is True
    with Session(engine) as s:
        ct = s.get(Organisation, imported_ct)
        assert ct is not None and (ct.code, ct.name) == ("CT", "Liên đoàn Lao động thành phố Cần Thơ")
        assert "LĐLĐ thành phố Cần Thơ" in ct.aliases.split(";")
        assert s.get(Organisation, st).parent_id == ct.id  # type: ignore[union-attr]
        moved_ward = s.get(Organisation, ward)
        assert moved_ward is not None and (moved_ward.parent_id, moved_ward.province) == (ct.id, "Cần Thơ")
        assert moved_ward.name == "Công đoàn phường Sóc Trăng"
        assert s.get(Organisation, htx).parent_id == ls  # type: ignore[union-attr]
        profiles = {p.user_id: (p.organisation_id, p.province) for p in s.scalars(select(UserProfile))}
        assert profiles == {"u1": (ct.id, "Sóc Trăng"), "u2": (ls, "Lạng Sơn"), "u3": (ward, "Sóc Trăng")}
        held = sorted((r.user_id, r.organisation_id) for r in s.scalars(select(OrganiserRole)))
        assert held == [("o1", ct.id), ("o2", ct.id)]
        # Today's other provincial unions are there for the built-in load to complete.
        provinces = {o.province for o in s.scalars(select(Organisation).where(Organisation.kind == "province"))
                     if not unions.is_history(o)}
        assert provinces == set(CURRENT_PROVINCES)
    with Session(engine) as s:
        load_builtin(s)  # finds them by code: nothing duplicated
        s.commit()
        assert len(list(s.scalars(select(Organisation).where(Organisation.code == "CT")))) == 1
        assert s.scalar(select(Organisation).where(Organisation.name == "Liên đoàn Lao động thành phố Cần Thơ")) \
            is not None
