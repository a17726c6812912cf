"""The course generator: deterministic, complete, well-formed, and insertable into a database."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from knowledge.db import data_version, make_engine, make_session_factory
from knowledge.generate import Dataset, generate_dataset, insert_dataset, org_code
from knowledge.lexicon import FORMATS, PROVINCES, ROLES, TOPICS
from knowledge.models import Course, Organisation

TODAY = dt.date(2026, 11, 23)
VN = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return generate_dataset(2000, seed=1, today=TODAY)


def test_deterministic_for_a_seed() -> None:
    a = generate_dataset(300, seed=7, today=TODAY)
    b = generate_dataset(300, seed=7, today=TODAY)
    c = generate_dataset(300, seed=8, today=TODAY)
    assert a.courses == b.courses
    assert a.organisations == b.organisations
    assert a.courses != c.courses


def test_prefix_stable_across_sizes() -> None:
    small = generate_dataset(50, seed=1, today=TODAY)
    large = generate_dataset(500, seed=1, today=TODAY)
    assert large.courses[:50] == small.courses


def test_counts_and_ids(ds: Dataset) -> None:
    assert len(ds.courses) == 2000
    assert [c.id for c in ds.courses] == list(range(1, 2001))
    assert generate_dataset(0, today=TODAY).courses == []
    orgs = ds.organisations
    assert [o.id for o in orgs] == list(range(1, len(orgs) + 1))
    # The LĐLĐ of every province come first, with ids 1..k.
    k = len(PROVINCES)
    assert [o.province for o in orgs[:k]] == list(PROVINCES)
    assert all(o.kind == "province" for o in orgs[:k])
    assert orgs[PROVINCES.index("Lạng Sơn")].code == "LDLD-LANGSON" == org_code("Lạng Sơn")
    kinds = {o.kind for o in orgs}
    assert {"province", "district", "sector", "national"} <= kinds
    ids = {o.id for o in orgs}
    assert all(o.parent_id is None or o.parent_id in ids for o in orgs)


def test_every_topic_role_format_present(ds: Dataset) -> None:
    assert {c.topic for c in ds.courses} == {t.key for t in TOPICS}
    assert {r for c in ds.courses for r in c.audiences} == {r.key for r in ROLES}
    assert {c.format for c in ds.courses} == {f.key for f in FORMATS}
    # Even a small dataset covers them all.
    small = generate_dataset(len(TOPICS), today=TODAY)
    assert {c.topic for c in small.courses} == {t.key for t in TOPICS}
    assert {r for c in small.courses for r in c.audiences} == {r.key for r in ROLES}
    assert {c.format for c in small.courses} == {f.key for f in FORMATS}


def test_field_values(ds: Dataset) -> None:
    topics = {t.key for t in TOPICS}
    roles = {r.key for r in ROLES}
    orgs = {o.id: o for o in ds.organisations}
    online = sum(c.format == "truc_tuyen" for c in ds.courses) / len(ds.courses)
    assert 0.15 < online < 0.25
    statuses = [c.status for c in ds.courses]
    assert statuses.count("open") > len(statuses) / 2
    assert {"planned", "cancelled"} <= set(statuses) <= {"open", "planned", "cancelled", "finished"}
    assert any(c.partner for c in ds.courses) and any(c.partner is None for c in ds.courses)
    for c in ds.courses:
        assert c.topic in topics
        assert 1 <= len(c.audiences) <= 3 and len(set(c.audiences)) == len(c.audiences)
        assert set(c.audiences) <= roles
        assert c.organiser_id in orgs and c.organiser_name == orgs[c.organiser_id].name
        assert c.province in PROVINCES
        assert c.venue
        assert c.capacity and c.capacity > 0
        assert c.title == unicodedata.normalize("NFC", c.title) and len(c.title) <= 300


def test_codes_unique_ascii(ds: Dataset) -> None:
    codes = [c.code for c in ds.courses]
    assert len(set(codes)) == len(codes)
    assert codes[0] == "GEN-000001"
    org_codes = [o.code for o in ds.organisations]
    assert len(set(org_codes)) == len(org_codes)
    assert all(code.isascii() and len(code) <= 40 for code in codes + org_codes)


def test_times(ds: Dataset) -> None:
    for c in ds.courses:
        for t in (c.starts_at, c.ends_at, c.registration_deadline):
            assert t is not None and t.tzinfo is not None and t.utcoffset() == dt.timedelta(0)
        assert c.ends_at is not None and c.registration_deadline is not None
        local = c.starts_at.astimezone(VN)
        assert (local.hour, local.minute) in {(8, 0), (13, 30)}
        assert -60 <= (local.date() - TODAY).days <= 400
        assert local.weekday() != 6
        assert c.ends_at > c.starts_at
        assert 1 <= (c.ends_at.astimezone(VN).date() - local.date()).days + 1 <= 5
        assert c.registration_deadline < c.starts_at
        assert 3 <= (local.date() - c.registration_deadline.astimezone(VN).date()).days <= 14


def test_insert_dataset_round_trip(sqlite_url: str) -> None:
    data = generate_dataset(300, seed=1, today=TODAY)
    engine = make_engine(sqlite_url)
    factory = make_session_factory(engine)
    with factory() as session:
        # Organisations that already exist (as the built-in data creates them) are reused, not duplicated:
        # by code, or by kind and name under another code.
        session.add(Organisation(code="TLD", name="Tổng Liên đoàn Lao động Việt Nam", kind="national",
                                 province=None, aliases=""))
        session.add(Organisation(code="LS", name="Liên đoàn Lao động tỉnh Lạng Sơn",
                                 kind="province", province="Lạng Sơn", aliases=""))
        session.commit()
        before = data_version(session)
        insert_dataset(session, data)
        session.commit()
        assert data_version(session) > before
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Course)) == 300
        assert session.scalar(select(func.count()).select_from(Organisation)) == len(data.organisations)
        by_code = {c.code: c for c in session.scalars(select(Course))}
        for rec in data.courses:
            row = by_code[rec.code]
            assert row.title == rec.title
            assert row.topic == rec.topic
            assert tuple(row.audiences.split(";")) == rec.audiences
            assert row.starts_at == rec.starts_at and row.starts_at.tzinfo is not None
            assert row.ends_at == rec.ends_at
            assert row.registration_deadline == rec.registration_deadline
            assert row.province == rec.province and row.format == rec.format and row.status == rec.status
            assert row.organiser is not None and row.organiser.name == rec.organiser_name
        langson = [c for c in by_code.values() if c.organiser is not None and c.organiser.province == "Lạng Sơn"
                   and c.organiser.kind == "province"]
        assert langson and {c.organiser.code for c in langson if c.organiser} == {"LS"}
        district = session.scalars(select(Organisation).where(Organisation.kind == "district")).first()
        assert district is not None and district.parent is not None and district.parent.kind == "province"
    engine.dispose()


def test_bench_course_questions_select_a_course() -> None:
    """The benchmark's course questions are attributes, answered over this generator's output: if the
    generator changes, every question must still select a course (else fix bench/questions_courses.jsonl)."""
    from bench.common import QUESTION_FILES, load_questions, oracle, oracle_courses_from_dataset

    questions = load_questions(QUESTION_FILES["courses"])
    assert len(questions) >= 70
    courses = oracle_courses_from_dataset(generate_dataset(300, seed=1, today=TODAY))
    empty = [q.q for q in questions if q.expect is not None and not oracle(q.expect, courses)]
    assert empty == []
    offtopic = load_questions(QUESTION_FILES["offtopic"])
    assert len(offtopic) >= 40 and all(q.kind == "off_topic" for q in offtopic)


def test_bench_oracle_rules() -> None:
    """The benchmark oracle: earliest upcoming, not cancelled, every attribute; ties all count."""
    from bench.common import NOW, OracleCourse, month_window, next_week_window, oracle

    assert month_window("+1", NOW)[0] == dt.datetime(2026, 12, 1, tzinfo=VN)
    assert month_window("+0", NOW)[1] == dt.datetime(2026, 12, 1, tzinfo=VN)
    assert month_window("2027-01", NOW) == (dt.datetime(2027, 1, 1, tzinfo=VN), dt.datetime(2027, 2, 1, tzinfo=VN))
    assert next_week_window(NOW) == (dt.datetime(2026, 11, 30, tzinfo=VN), dt.datetime(2026, 12, 7, tzinfo=VN))

    def course(code: str, day: int, status: str = "open", topic: str = "atvsld") -> OracleCourse:
        return OracleCourse(code, topic, ("doan_vien",), "Hà Nội", "tap_trung",
                            dt.datetime(2026, 12, day, 8, tzinfo=VN), status, frozenset({"LDLD-HANOI"}))

    courses = [course("A", 5, "cancelled"), course("B", 9), course("C", 9), course("D", 3, topic="nu_cong")]
    assert oracle({"topic": "atvsld"}, courses, NOW) == ["B", "C"]
    assert oracle({"topic": "atvsld", "week": "+1"}, courses, NOW) == []
    assert oracle({"organiser_code": "LDLD-HANOI", "month": "+1"}, courses, NOW) == ["D"]
    assert oracle({"role": "chu_tich_cdcs"}, courses, NOW) == []
