"""Tests of the built-in knowledge and the sample schedule (knowledge.seed_data, knowledge.seed).

The data checks cross-check every figure against the text of the five source articles, copied below
(ARTICLES) so the test does not depend on ../shared existing. The loading checks run on SQLite and
PostgreSQL through the `session` fixture.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.db import data_version
from knowledge.lexicon import FORMATS, PROVINCES, ROLES, TOPICS
from knowledge.models import Base, Course, Document, Fact, Organisation, Target
from knowledge.seed import LoadReport, load_builtin, load_sample, resolve_day, sample_course_times
from knowledge.seed_data import (
    ARTICLES as ARTICLE_SEEDS,
)
from knowledge.seed_data import (
    DOCUMENTS,
    FACTS,
    ORGANISATIONS,
    PROGRAMMES,
    SAMPLE_COURSES,
    SAMPLE_DOCUMENT,
    SAMPLE_ORGANISATIONS,
    SAMPLE_TARGETS,
    TARGETS,
    When,
)
from tests.golden_seed import GOLDEN

VN = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = dt.date(2026, 11, 23)  # the Monday of conftest's FIXED_NOW
BENCH = Path(__file__).resolve().parent.parent / "bench" / "questions_seed.jsonl"

TOPIC_KEYS = {t.key for t in TOPICS}
ROLE_KEYS = {r.key for r in ROLES}
FORMAT_KEYS = {f.key for f in FORMATS}
ALL_ORGS = ORGANISATIONS + SAMPLE_ORGANISATIONS
ORG_CODES = {o.code for o in ALL_ORGS}
DOC_CODES = {d.code for d in DOCUMENTS}
ARTICLE_CODES = {d.code for d in ARTICLE_SEEDS}
ASCII_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")


# ---------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------


def vi_number(value: float) -> str:
    """3831 -> "3.831", 61.23 -> "61,23", 2.1 -> "2,1" (the Vietnamese way)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:.2f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> set[str]:
    """Every number of a Vietnamese text, normalised: "3.831" and "3831" -> "3831", "01" -> "1", "2,1" stays."""
    found = set()
    for token in _NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
            token = token.replace(".", "")
        if re.fullmatch(r"\d+", token):
            token = str(int(token))
        found.add(token)
    return found


def number_key(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else vi_number(value)


def strings_of(seed: object) -> Iterator[str]:
    for field in dataclasses.fields(seed):  # type: ignore[arg-type]
        value = getattr(seed, field.name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))


def all_seeds() -> list[object]:
    return [*ALL_ORGS, *DOCUMENTS, SAMPLE_DOCUMENT, *FACTS, *TARGETS, *SAMPLE_COURSES, *SAMPLE_TARGETS]


# ---------------------------------------------------------------------------------------------------
# The data itself
# ---------------------------------------------------------------------------------------------------


def test_sizes() -> None:
    assert 40 <= len(FACTS) <= 60
    assert len(TARGETS) >= 10
    assert len(ARTICLE_SEEDS) == 5
    assert len(PROGRAMMES) >= 6
    assert 20 <= len(SAMPLE_COURSES) <= 30


def test_fixed_organisations() -> None:
    orgs = {o.code: o for o in ALL_ORGS}
    expected = {
        "TLD": ("national", None),
        "HN": ("province", "TLD"),
        "HN-MELINH": ("district", "HN"),
        "HN-THUONGTIN": ("district", "HN"),
        "HN-TRUONGCD": ("school", "HN"),
        "LS": ("province", "TLD"),
        "LS-CHILANG": ("district", "LS"),
        "LS-CAOLOC": ("district", "LS"),
        # A grassroots union outlives its district's LĐLĐ; the LĐLĐ of Sóc Trăng is history under Cần Thơ's.
        "LS-HTXDONGTAM": ("grassroots", "LS"),
        "CT": ("province", "TLD"),
        "ST": ("province", "CT"),
    }
    for code, (kind, parent) in expected.items():
        assert (orgs[code].kind, orgs[code].parent) == (kind, parent), code
    assert orgs["TLD"].name == "Tổng Liên đoàn Lao động Việt Nam"
    assert orgs["HN"].name == "Liên đoàn Lao động thành phố Hà Nội"
    assert orgs["HN"].province == "Hà Nội"
    hn_aliases = {"Thủ đô", "LĐLĐ Hà Nội", "Công đoàn Thủ đô", "LĐLĐ Thành phố"}
    assert hn_aliases <= set(orgs["HN"].aliases.split(";"))
    for org in ALL_ORGS:
        if org.kind != "national":
            assert org.province in PROVINCES, org.code


def test_parents_come_first() -> None:
    seen: set[str] = set()
    for org in ALL_ORGS:
        assert org.parent is None or org.parent in seen, org.code
        seen.add(org.code)


def test_text_is_clean_nfc() -> None:
    for seed in all_seeds():
        for text in strings_of(seed):
            assert unicodedata.is_normalized("NFC", text), text
            assert "ð" not in text.casefold(), text
            assert text == text.strip() and "  " not in text, text


def test_codes_unique_and_well_formed() -> None:
    groups = [
        [o.code for o in ALL_ORGS],
        [d.code for d in (*DOCUMENTS, SAMPLE_DOCUMENT)],
        [f.code for f in FACTS],
        [t.code for t in TARGETS] + [t.code for t in SAMPLE_TARGETS],
        [c.code for c in SAMPLE_COURSES],
    ]
    for codes in groups:
        assert len(codes) == len(set(codes)), codes
    for code in [c for i, codes in enumerate(groups) if i != 1 for c in codes]:
        assert ASCII_CODE.match(code) and len(code) <= 40, code
    for doc in DOCUMENTS:
        assert len(doc.code) <= 60
        assert unicodedata.is_normalized("NFC", doc.code)


def test_references_resolve() -> None:
    for fact in FACTS:
        assert fact.organisation in ORG_CODES, fact.code
        assert fact.source in ARTICLE_CODES, fact.code
        assert fact.topic in TOPIC_KEYS or fact.topic == "", fact.code
        assert fact.year_end is None or (fact.year is not None and fact.year_end >= fact.year), fact.code
        assert fact.question.endswith("?"), fact.code
        assert (fact.value is None) == (fact.unit is None), fact.code
    for target in TARGETS:
        assert target.organisation in ORG_CODES and target.source in ARTICLE_CODES, target.code
        assert target.audience is None or target.audience in ROLE_KEYS, target.code
        assert target.period_start <= target.period_end
    for doc in ARTICLE_SEEDS:
        assert doc.kind == "article" and doc.source is None and doc.publisher and doc.period_start
        assert doc.organisation in ORG_CODES
    for doc in PROGRAMMES:
        assert doc.kind in {"programme", "resolution", "plan"}, doc.code
        assert doc.source in ARTICLE_CODES, doc.code
        assert doc.organisation is None or doc.organisation in ORG_CODES
        assert doc.summary and doc.keywords


def test_numbered_documents_are_coded_as_written() -> None:
    expected = {"104/CTr-LĐLĐ", "1644/CTr-TLĐ", "1464/CTr-TLĐ", "4a/NQ-TLĐ", "53/KH-LĐLĐ", "73/KH-UBND"}
    assert expected <= DOC_CODES
    for doc in PROGRAMMES:
        if "/" in doc.code:
            assert doc.code in ARTICLES[doc.source or ""], doc.code
            assert doc.issued_on is not None, doc.code


def test_article_titles_and_authors_come_from_the_articles() -> None:
    for doc in ARTICLE_SEEDS:
        text = ARTICLES[doc.code].casefold()
        assert doc.title.casefold() in text, doc.code
        if doc.author:
            assert doc.author.split(" (")[0].split(",")[0].casefold() in text, doc.code
        if doc.issued_on:
            day = doc.issued_on
            assert {str(day.day), str(day.month), str(day.year)} <= numbers_in(ARTICLES[doc.code]), doc.code


def test_fact_figures_come_from_the_article() -> None:
    for fact in FACTS:
        article = numbers_in(ARTICLES[fact.source])
        for text in (fact.statement, fact.question, fact.keywords):
            extra = numbers_in(text) - article
            assert not extra, f"{fact.code}: {extra} not in {fact.source}"
        for value in (fact.value, fact.planned):
            if value is not None:
                assert number_key(value) in article, f"{fact.code}: {value}"


def test_fact_statements_print_figures_the_vietnamese_way() -> None:
    for fact in FACTS:
        if fact.value is None:
            continue
        assert vi_number(fact.value) in fact.statement, fact.code
        if fact.planned is not None:
            assert f"{vi_number(fact.value)}/{vi_number(fact.planned)}" in fact.statement, fact.code


def test_target_figures_come_from_the_article() -> None:
    for target in TARGETS:
        article = numbers_in(ARTICLES[target.source])
        for value in (target.target_value, target.achieved_value, target.stated_percent):
            if value is not None:
                assert number_key(value) in article, target.code
        if target.stated_percent is not None:
            assert target.achieved_value is not None
            computed = target.achieved_value / target.target_value * 100
            assert abs(computed - target.stated_percent) < 1, target.code
        for text in (target.metric, target.note, target.keywords):
            assert not numbers_in(text) - article, target.code


def test_document_figures_come_from_the_article() -> None:
    for doc in DOCUMENTS:
        article = numbers_in(ARTICLES[doc.source or doc.code])
        for text in (doc.code, doc.title, doc.summary, doc.keywords):
            assert not numbers_in(text) - article, f"{doc.code}: {numbers_in(text) - article}"
        for year in (doc.period_start, doc.period_end):
            assert year is None or str(year) in article, doc.code


def test_key_figures_are_recorded() -> None:
    statements = {f.code: f.statement for f in FACTS}
    assert "3.831/3.580 lượt học viên tham gia (đạt 107% kế hoạch)" in statements["HN2016-HOCVIEN"]
    assert "33/33" in statements["HN2016-LOP"]
    assert "3.060/3.000" in statements["HN2016-ATVSLD"]
    assert "2,1 tỷ đồng" in statements["LS2018-KINHPHI"]
    assert "32.775/53.527" in statements["ST2015-TYLE"] and "61,23%" in statements["ST2015-TYLE"]
    assert "8.891/9.074" in statements["ST2015-CBCDCS"] and "97,9%" in statements["ST2015-CBCDCS"]
    targets = {t.code: t for t in TARGETS}
    assert (targets["T-HN2016-HOCVIEN"].target_value, targets["T-HN2016-HOCVIEN"].achieved_value) == (3580, 3831)
    assert (targets["T-ST2015-NANGCAO"].target_value, targets["T-ST2015-NANGCAO"].achieved_value) == (53527, 32775)


# ---------------------------------------------------------------------------------------------------
# The sample schedule, without a database
# ---------------------------------------------------------------------------------------------------


def test_sample_covers_every_topic_role_and_format() -> None:
    assert {c.topic for c in SAMPLE_COURSES} == TOPIC_KEYS
    assert {r for c in SAMPLE_COURSES for r in c.audiences} == ROLE_KEYS
    assert {c.format for c in SAMPLE_COURSES} == FORMAT_KEYS
    assert sum(c.format == "truc_tuyen" for c in SAMPLE_COURSES) >= 3
    provinces = {c.province for c in SAMPLE_COURSES}
    assert {"Hà Nội", "Lạng Sơn", "Cần Thơ"} <= provinces and len(provinces) >= 6  # today's provinces (2025)
    assert provinces <= set(PROVINCES)
    assert [c.status for c in SAMPLE_COURSES].count("cancelled") == 1
    assert {c.organiser for c in SAMPLE_COURSES} <= ORG_CODES


def _days(start: dt.date, count: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(count)]


@pytest.mark.parametrize("today", [TODAY, *_days(dt.date(2026, 12, 24), 14), dt.date(2027, 1, 31), dt.date(2028, 2, 28)])
def test_sample_dates_are_relative_to_today(today: dt.date) -> None:
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    passed = 0
    for seed in SAMPLE_COURSES:
        start, end, deadline = sample_course_times(seed, today)
        assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(0)
        local = start.astimezone(VN)
        assert local.time() == dt.time(8, 0) and local.weekday() < 5, seed.code
        assert today < local.date() <= today + dt.timedelta(days=106), seed.code
        assert end > start
        assert deadline is not None and deadline < start
        if seed.deadline is not None and seed.deadline.anchor == "before_today":
            passed += 1
            assert deadline.astimezone(VN).date() < today, seed.code
        else:
            assert deadline.astimezone(VN).date() > today, seed.code
        if seed.start.anchor == "next_week":
            assert next_monday <= local.date() < next_monday + dt.timedelta(days=7), seed.code
        if seed.start.anchor == "next_month":
            assert (local.year, local.month) == (next_month.year, next_month.month), seed.code
    assert 2 <= passed <= 4


def test_resolve_day_skips_weekends() -> None:
    for today in _days(dt.date(2026, 1, 1), 400):
        for days in range(0, 110, 7):
            assert resolve_day(When("today", days), today).weekday() < 5


# ---------------------------------------------------------------------------------------------------
# Loading (SQLite and PostgreSQL)
# ---------------------------------------------------------------------------------------------------


def _count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_load_builtin_loads_everything(session: Session) -> None:
    report = load_builtin(session)
    session.commit()
    assert report == LoadReport(
        organisations_created=len(ORGANISATIONS),
        documents_created=len(DOCUMENTS),
        facts_created=len(FACTS),
        targets_created=len(TARGETS),
    )
    assert _count(session, Organisation) == len(ORGANISATIONS)
    assert _count(session, Document) == len(DOCUMENTS)
    assert _count(session, Fact) == len(FACTS)
    assert _count(session, Target) == len(TARGETS)
    assert _count(session, Course) == 0
    assert data_version(session) == 1

    for fact in session.scalars(select(Fact)):
        assert fact.source is not None and fact.source.kind == "article", fact.code
        assert unicodedata.is_normalized("NFC", fact.statement)
    for target in session.scalars(select(Target)):
        assert target.source is not None and not target.is_sample, target.code
    for doc in session.scalars(select(Document)):
        assert doc.kind == "article" or (doc.source is not None and doc.source.kind == "article"), doc.code

    melinh = session.scalars(select(Organisation).where(Organisation.code == "HN-MELINH")).one()
    assert melinh.parent is not None and melinh.parent.code == "HN"
    doc = session.scalars(select(Document).where(Document.code == "1464/CTr-TLĐ")).one()
    assert doc.issued_on == dt.date(2013, 10, 8) and doc.organisation is not None
    assert doc.organisation.code == "TLD"
    hn = session.scalars(select(Fact).where(Fact.code == "HN2016-HOCVIEN")).one()
    assert (hn.value, hn.planned, hn.year, hn.organisation and hn.organisation.code) == (3831, 3580, 2016, "HN")
    article = session.scalars(select(Document).where(Document.code == "BAI-LS-2018")).one()
    assert (article.issued_on, article.period_start, article.period_end) == (None, 2013, 2018)
    stated = session.scalars(select(Target).where(Target.code == "T-ST2015-CBCDCS")).one()
    assert stated.stated_percent == 97.9


def test_second_load_changes_nothing(session_factory: object) -> None:
    from sqlalchemy.orm import sessionmaker

    assert isinstance(session_factory, sessionmaker)
    with session_factory() as first:
        assert load_builtin(first).changes > 0
        first.commit()
    with session_factory() as second:
        report = load_builtin(second)
        second.commit()
        assert report.changes == 0 and str(report) == "no changes"
        assert data_version(second) == 1


def test_load_builtin_restores_edited_rows(session: Session) -> None:
    load_builtin(session)
    session.commit()
    fact = session.scalars(select(Fact).where(Fact.code == "LS2018-KINHPHI")).one()
    fact.statement = "sửa tay"
    target = session.scalars(select(Target).where(Target.code == "T-HN2016-LOP")).one()
    target.achieved_value = 1
    session.commit()

    report = load_builtin(session)
    session.commit()
    assert (report.facts_updated, report.targets_updated, report.changes) == (1, 1, 2)
    assert "2,1 tỷ đồng" in fact.statement and target.achieved_value == 33
    assert data_version(session) == 2


def test_load_sample_into_an_empty_database(session: Session) -> None:
    load_builtin(session)
    session.commit()
    report = load_sample(session, TODAY)
    session.commit()
    assert not report.sample_skipped
    assert report.courses_created == len(SAMPLE_COURSES)
    assert report.organisations_created == len(SAMPLE_ORGANISATIONS)
    assert report.targets_created == len(SAMPLE_TARGETS)
    assert data_version(session) == 2

    courses = list(session.scalars(select(Course)))
    assert len(courses) == len(SAMPLE_COURSES)
    assert {c.topic for c in courses} == TOPIC_KEYS
    assert {r for c in courses for r in c.audiences.split(";")} == ROLE_KEYS
    assert {c.format for c in courses} == FORMAT_KEYS
    for course in courses:
        assert course.is_sample and course.code.startswith("MAU-")
        assert course.source is not None and course.source.code == SAMPLE_DOCUMENT.code
        assert course.source.kind == "sample"
        assert course.source.title == "Dữ liệu mẫu — lịch lớp minh họa, không phải kế hoạch thật"
        assert course.organiser is not None and course.province
        assert course.starts_at.tzinfo is not None
        assert course.starts_at.astimezone(VN).time() == dt.time(8, 0)
        assert course.starts_at.astimezone(VN).date() > TODAY
        assert unicodedata.is_normalized("NFC", course.title)
    passed = [c for c in courses if c.registration_deadline and c.registration_deadline.astimezone(VN).date() < TODAY]
    assert 2 <= len(passed) <= 4

    targets = list(session.scalars(select(Target).where(Target.is_sample)))
    assert len(targets) == len(SAMPLE_TARGETS)
    assert {t.organisation.code for t in targets} >= {"HN", "LS", "CT"}
    for target in targets:
        assert target.period_start == target.period_end == TODAY.year
        assert target.code.startswith("MAU-CT-") and target.source is not None
        assert target.achieved_value is not None and 0 < target.achieved_value < target.target_value


def test_load_sample_works_without_builtin(session: Session) -> None:
    report = load_sample(session, TODAY)
    session.commit()
    assert report.courses_created == len(SAMPLE_COURSES)
    assert report.organisations_created == len(ORGANISATIONS) + len(SAMPLE_ORGANISATIONS)
    # The built-in load afterwards finds its organisations in place and adds the rest.
    again = load_builtin(session)
    assert again.organisations_created == 0 and again.facts_created == len(FACTS)


def test_load_sample_only_into_a_database_without_courses(session: Session) -> None:
    load_builtin(session)
    hn = session.scalars(select(Organisation).where(Organisation.code == "HN")).one()
    session.add(Course(
        code="HN-2026-01", title="Lớp thật", organiser_id=hn.id,
        starts_at=dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC),
    ))
    session.commit()
    version = data_version(session)

    report = load_sample(session, TODAY)
    session.commit()
    assert report.sample_skipped and report.changes == 0
    assert _count(session, Course) == 1
    assert session.scalar(select(func.count()).select_from(Target).where(Target.is_sample)) == 0
    assert data_version(session) == version


def test_load_sample_twice_inserts_once(session: Session) -> None:
    load_sample(session, TODAY)
    session.commit()
    report = load_sample(session, TODAY + dt.timedelta(days=3))
    session.commit()
    assert report.sample_skipped
    assert _count(session, Course) == len(SAMPLE_COURSES)


# ---------------------------------------------------------------------------------------------------
# Golden questions and the benchmark file
# ---------------------------------------------------------------------------------------------------


def _target_renderings(code: str) -> str:
    """Every way the bot may print a target's figures, joined: fraction, percentages, metric, note."""
    target = next(t for t in TARGETS if t.code == code)
    parts = [target.metric, target.note, f"{vi_number(target.target_value)}{target.unit}"]
    if target.stated_percent is not None:
        parts.append(f"{vi_number(target.stated_percent)}%")
    parts.append(f"{vi_number(target.target_value)}%" if target.unit == "%" else vi_number(target.target_value))
    if target.achieved_value is not None:
        parts.append(f"{vi_number(target.achieved_value)}/{vi_number(target.target_value)}")
        if target.unit == "%":
            parts.append(f"{vi_number(target.achieved_value)}%")
        ratio = target.achieved_value / target.target_value * 100
        parts += [f"{round(ratio)}%", f"{vi_number(round(ratio, 2))}%", f"{vi_number(round(ratio, 1))}%"]
    return "\n".join(parts)


def _document_text(code: str) -> str:
    doc = next(d for d in DOCUMENTS if d.code == code)
    date = doc.issued_on.strftime("%d/%m/%Y") if doc.issued_on else ""
    return "\n".join((doc.code, doc.title, doc.summary, date))


def test_golden_covers_every_fact_target_and_programme() -> None:
    expected = [code for _, code, _ in GOLDEN]
    wanted = {f.code for f in FACTS} | {t.code for t in TARGETS} | {d.code for d in PROGRAMMES}
    assert set(expected) == wanted, wanted ^ set(expected)
    assert len(GOLDEN) >= 1.5 * len(wanted)
    questions = [q for q, _, _ in GOLDEN]
    assert len(questions) == len(set(questions))
    for question, _, substrings in GOLDEN:
        assert substrings, question
        assert unicodedata.is_normalized("NFC", question)


def test_golden_substrings_are_what_the_records_print() -> None:
    statements = {f.code: f.statement for f in FACTS}
    for question, code, substrings in GOLDEN:
        if code in statements:
            text = statements[code]
        elif code.startswith("T-"):
            text = _target_renderings(code)
        else:
            text = _document_text(code)
        missing = [s for s in substrings if s not in text]
        assert not missing, f"{question!r} -> {code}: {missing}"


def test_golden_questions_are_typed_like_on_phones() -> None:
    questions = [q for q, _, _ in GOLDEN]
    ascii_only = [q for q in questions if q.isascii()]
    assert len(ascii_only) >= len(questions) // 3
    words = {w for q in questions for w in re.findall(r"\w+", q.casefold())}
    for abbreviation in ("cđcs", "cbcđ", "lđlđ", "tlđ", "atvslđ", "nld", "bhxh", "cnvcld", "cdcs", "cbcd", "ldld"):
        assert abbreviation in words, abbreviation
    for teencode in ("ko", "bn", "j", "dc"):
        assert teencode in words, teencode


def test_bench_questions_file() -> None:
    lines = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 80
    codes = {
        "fact": {f.code for f in FACTS},
        "target": {t.code for t in TARGETS},
        "document": DOC_CODES,
    }
    every = set().union(*codes.values())
    golden = {q for q, _, _ in GOLDEN}
    seen: set[str] = set()
    course_keys = {"topic", "role", "province", "format", "month", "week", "year", "organiser_code"}
    for row in lines:
        assert unicodedata.is_normalized("NFC", row["q"])
        assert row["q"] not in golden and row["q"] not in seen, row
        seen.add(row["q"])
        if row["kind"] == "course":  # see bench/README.md: attributes the answer must have, no code
            assert set(row) == {"q", "kind", "expect"} and set(row["expect"]) <= course_keys, row
            continue
        assert set(row) <= {"q", "kind", "code", "also"}, row
        assert row["code"] in codes[row["kind"]], row
        assert set(row.get("also", [])) <= every - {row["code"]}, row
    assert {row["kind"] for row in lines} >= set(codes)
    assert sum(row["kind"] != "course" for row in lines) >= 80


# ---------------------------------------------------------------------------------------------------
# The source articles (body text only), copied from ../shared/seeds
# ---------------------------------------------------------------------------------------------------

ARTICLES: dict[str, str] = {
    "BAI-HN-2016": (
        "Hiệu quả thiết thực\n"
        "100% cán bộ CĐ chuyên trách được đào tạo, bồi dưỡng nghiệp vụ | |\n"
        "LĐLĐ Hà Nội tìm giải pháp nâng cao chất lượng đào tạo cán bộ công đoàn | |\n"
        "Nâng cao chất lượng công tác đào tạo cán bộ công đoàn |\n"
        "Nội dung thiết thực, phương pháp đổi mới\n"
        "Báo cáo kết quả công tác đào tạo, bồi dưỡng cán bộ CĐ năm 2016, Ủy viên thường vụ, Trưởng ban "
        "Tổ chức LĐLĐ Thành phố Lê Xuân Trường cho biết, mặc dù có nhiều khó khăn, song do luôn nhận "
        "được sự quan tâm lãnh đạo, chỉ đạo sát sao của Tổng LĐLĐ Việt Nam, Thành ủy Hà Nội; sự phối "
        "hợp, tạo điều kiện của các cấp ủy Đảng, chính quyền, ban ngành địa phương; đặc biệt là sự nỗ "
        "lực của các cấp CĐ, công tác đào tạo, bồi dưỡng cán bộ CĐ Thủ đô năm 2016 đã được triển khai có "
        "hiệu quả.\n"
        "Về nội dung, LĐLĐ Thành phố đã xác định và tập trung triển khai những nội dung cơ bản, thiết "
        "thực về công tác đào tạo, bồi dưỡng cán bộ CĐ như bồi dưỡng lý luận, nghiệp vụ cơ bản về công "
        "tác CĐ; bồi dưỡng kỹ năng hoạt động theo các chuyên đề và tổ chức thực hiện nhiệm vụ cho cán bộ "
        "CĐ các cấp đáp ứng tình hình mới hiện nay.\n"
        "Cùng với đó, các cấp CĐ Thủ đô cũng tập trung bồi dưỡng nâng cao trình độ chuyên môn, chính "
        "trị, tin học, ngoại ngữ... để chuẩn hóa đội ngũ cán bộ CĐ chuyên trách; tập huấn nội dung một "
        "số điểm mới của Luật BHXH; tác động của TPP đến tổ chức CĐ; những điểm mới của pháp luật liên "
        "quan đến cán bộ CĐ và người lao động v.v...\n"
        "Một buổi tập huấn cho cán bộ công đoàn do LĐLĐ huyện Thường Tín phối hợp với Trường Trung cấp "
        "Công đoàn Hà Nội tổ chức |\n"
        "Ngoài ra, LĐLĐ Thành phố còn chỉ đạo Trường Trung cấp CĐ thành phố Hà Nội tổ chức huấn luyện an "
        "toàn vệ sinh lao động, tổ chức tập huấn các kỹ năng sử dụng phần mềm quản lý điều hành, viết "
        "bài trang Web; công tác văn thư lưu trữ, kỹ năng tư vấn pháp luật, đối thoại, đàm phán, thương "
        "lượng, kỹ năng giải quyết tranh chấp lao động và đại diện bảo vệ quyền lợi người lao động, nhất "
        "là kỹ năng bảo vệ quyền lợi người lao động tại tòa cho đội ngũ cán bộ CĐ cấp trên cơ sở...\n"
        "Về phương pháp, theo đánh giá của LĐLĐ Thành phố, việc đào tạo, bồi dưỡng cán bộ CĐ Thủ đô "
        "trong năm qua được thực hiện bằng phương pháp tích cực, ứng dụng công nghệ thông tin vào công "
        "tác giảng dạy, phát huy tính tự giác, chủ động và tư duy sáng tạo của người học. Các buổi đào "
        "tạo, tập huấn cho cán bộ CĐ cũng không còn thụ động, một chiều mà tăng cường việc trao đổi "
        "thông tin, kiến thức, kinh nghiệm giữa giảng viên với học viên; giữa các học viên theo nhóm "
        "trong lớp để cán bộ CĐ có thể dễ dàng tiếp thu kiến thức, vận dụng vào thực tế công tác.\n"
        "Nâng cao chất lượng, hiệu quả đào tạo bồi dưỡng cán bộ CĐ\n"
        "Với phương pháp tích cực và nội dung thiết thực, công tác đào tạo, bồi dưỡng của LĐLĐ thành phố "
        "năm 2016 đã hoàn thành chỉ tiêu kế hoạch đề ra. Cụ thể, các cấp CĐ Thủ đô đã tổ chức được 33/33 "
        "lớp (đạt 100% so với kế hoạch) với 3831/3580 lượt học viên tham gia (đạt 107% so với kế hoạch) "
        "từ nguồn kinh phí hỗ trợ của UBND Thành phố.\n"
        "LĐLĐ Thành phố cử cán bộ đi tập huấn công tác dân vận; phối hợp với Trung tâm hội nghị và Đào "
        "tạo cán bộ CĐ (Ban Tổ chức Tổng LĐLĐ Việt Nam) tổ chức 01 lớp tập huấn 3 ngày về kỹ năng tuyên "
        "truyền vận động phát triển đoàn viên cho 23 cán bộ CĐ cấp trên cơ sở.\n"
        "Riêng Trường Trung cấp CĐ Thành phố trong năm qua đã tổ chức huấn luyện ATVSLĐ 42 lớp với "
        "3.060/3000 học viên, đạt 102% so kế hoạch đồng thời chủ động liên kết đào tạo với Trường Cao "
        "đẳng công nghệ và thương mại Hà Nội, Trường Cao đẳng Văn Lang, Trường Trung cấp Thăng Long; "
        "Trung tâm tri thức Bách khoa giáo dục và các hợp đồng dịch vụ theo quy định của pháp luật.\n"
        "Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh phát biểu tại hội nghị |\n"
        "Bên cạnh việc tổ chức các lớp tập huấn bằng nguồn ngân sách của UBND Thành phố, Tổng LĐLĐ Việt "
        "Nam, LĐLĐ Thành phố, LĐLĐ các quận, huyện, thị xã, CĐ ngành, CĐ Tổng Công ty, CĐ cấp trên trực "
        "tiếp cơ sở cũng đã tranh thủ sự ủng hộ, tạo điều kiện của chính quyền đồng cấp và nguồn kinh "
        "phí của Trung tâm bồi dưỡng chính trị các quận, huyện, thị xã để tổ chức các lớp tập huấn, bồi "
        "dưỡng cho cán bộ CĐ tổng số 38.386 lượt cán bộ CĐ tham gia. Ngoài ra, việc hợp tác quốc tế "
        "trong lĩnh vực đào tạo, tập huấn cán bộ CĐ cấp trên cơ sở và CĐCS trong năm qua cũng được các "
        "cấp CĐ Thủ đô đẩy mạnh.\n"
        "Phát biểu tại hội nghị, Phó Chủ tịch LĐLĐ Thành phố Phạm Bá Vĩnh ghi nhận, đánh giá cao kết quả "
        "đạt được trong công tác đào tạo, bồi dưỡng cán bộ CĐ Thủ đô trong năm qua. Định hướng cho công "
        "tác đào tạo, bồi dưỡng cán bộ CĐ trong năm tới, Phó Chủ tịch Phạm Bá Vĩnh đề nghị, mỗi đơn vị, "
        "mỗi cấp CĐ Thủ đô phải rà soát, nắm chắc đối tượng cán bộ CĐ từ tổ phó trở lên, phân tích chất "
        "lượng, trình độ học vấn, chuyên môn nghiệp vụ từ đó đối chiếu với tiêu chuẩn chức danh và yêu "
        "cầu của nhiệm vụ từng cán bộ làm căn cứ xây dựng kế hoạch mở các lớp đào tạo bồi dưỡng.\n"
        "Ngoài giao nhiệm vụ cụ thể cho các đơn vị liên quan như Trường Trung cấp Công đoàn Hà Nội, Ban "
        "Tổ chức LĐLĐ Thành phố, Phó Chủ tịch Phạm Bá Vĩnh chỉ đạo các cấp CĐ Thủ đô cần tiếp tục đổi "
        "mới mạnh mẽ hơn nữa về phương pháp giảng dạy, nội dung chương trình theo hướng tích cực, thiết "
        "thực, xuất phát từ thực tiễn hoạt động của cơ sở để nâng cao chất lượng, hiệu quả công tác đào "
        "tạo, bồi dưỡng cán bộ CĐ.\n"
        "Ngay tại hội nghị, LĐLĐ Thành phố đã triển khai kế hoạch đào tạo, bồi dưỡng cán bộ CĐ giai đoạn "
        "2016-2018. Theo đó, LĐLĐ Thành phố đặt ra mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Thành "
        "phố (2013-2018), sẽ có 100% cán bộ CĐ chuyên trách được đào tạo, bồi dưỡng lý luận và nghiệp vụ "
        "công tác CĐ; kiến thức, kỹ năng phương pháp hoạt động CĐ; 100% cán bộ CĐ chuyên trách được đào "
        "tạo, bồi dưỡng chuẩn ngạch công chức, chức vụ lãnh đạo, quản lý; 100% cán bộ CĐ không chuyên "
        "trách được bồi dưỡng, tập huấn kiến thức, kỹ năng, phương pháp hoạt động CĐ. |\n"
    ),
    "BAI-LS-2018": (
        "Thứ sáu, 20/09/2024\n"
        "Bồi dưỡng nghiệp vụ cho cán bộ: Giải pháp nâng cao chất lượng hoạt động công đoàn\n"
        "LSO- Công tác tập huấn, bồi dưỡng cán bộ công đoàn (CBCĐ) là một trong những nhiệm vụ quan "
        "trọng của tổ chức công đoàn nhằm nâng cao chất lượng hoạt động, phát huy vai trò của tổ chức "
        "công đoàn trong chăm lo, bảo vệ quyền lợi chính đáng của đoàn viên, người lao động.\n"
        "Tháng 12/2012, anh Nguyễn Văn Kiên, cán bộ quản lý giám sát của HTX Đồng Tâm (huyện Cao Lộc) "
        "được đoàn viên, công nhân, lao động bầu giữ chức danh Chủ tịch Công đoàn cơ sở (CĐCS). Ban đầu, "
        "chưa nắm bắt được công việc nên anh Kiên còn nhiều lúng túng khi triển khai các hoạt động. Năm "
        "2012, 2013, CĐCS HTX chỉ xếp loại khá. Sau khi tham dự các lớp bồi dưỡng nghiệp vụ công tác "
        "công đoàn, anh đã có kiến thức cơ bản và chủ động trong các hoạt động. Từ năm 2014 đến nay, "
        "CĐCS HTX Đồng Tâm liên tục đạt vững mạnh.\n"
        "Anh Nguyễn Văn Kiên, Chủ tịch CĐCS HTX Đồng Tâm chia sẻ: Tham gia tập huấn, tôi hiểu hơn về vai "
        "trò, chức năng của công đoàn cũng như cách thức, phương pháp tổ chức hoạt động sao cho hiệu "
        "quả. Trong quá trình thực hiện, có vướng mắc, tôi được cán bộ công đoàn cấp trên hướng dẫn tận "
        "tình. Nhờ đó, Ban Chấp hành CĐCS HTX đã triển khai tốt các hoạt động, thu hút đông người lao "
        "động tham gia vào tổ chức công đoàn. Số lượng đoàn viên công đoàn tăng từ 10 (năm 2012) lên 38 "
        "đoàn viên (năm 2018).\n"
        "Toàn tỉnh hiện có 8.343 CBCĐ, trong đó có 74 CBCĐ chuyên trách và 8.269 CBCĐ không chuyên trách "
        "(kiêm nhiệm). Với CBCĐ không chuyên trách, các cấp công đoàn thường xuyên quan tâm làm tốt công "
        "tác bồi dưỡng, tập huấn để nâng cao kỹ năng nghiệp vụ, phương pháp hoạt động cho CBCĐ. Đặc "
        "biệt, Ban Chấp hành Liên đoàn Lao động (LĐLĐ) tỉnh đã ban hành Chương trình số 104/CTr-LĐLĐ "
        "ngày 29/11/2013 về “Nâng cao chất lượng và hiệu quả hoạt động của CBCĐ”, trong đó xác định rõ "
        "trách nhiệm của từng cấp công đoàn, đồng thời hướng dẫn, chỉ đạo các cấp công đoàn xây dựng kế "
        "hoạch triển khai, thực hiện phù hợp với tình hình thực tế của đơn vị.\n"
        "Cán bộ công đoàn cơ sở các doanh nghiệp tham dự tập huấn nghiệp vụ do LĐLĐ tỉnh tổ chức\n"
        "Ông Hoàng Văn Dũng, Chủ tịch LĐLĐ huyện Chi Lăng cho biết: Chi Lăng hiện có 366 CBCĐ, trong đó "
        "có 363 cán bộ không chuyên trách ở 117 cơ quan, đơn vị và 4 doanh nghiệp. Để đội ngũ CBCĐ hoạt "
        "động có hiệu quả, LĐLĐ huyện thường xuyên tổ chức tập huấn, bồi dưỡng kỹ năng nghiệp vụ cho "
        "CBCĐ. Trong quá trình hoạt động, LĐLĐ huyện quan tâm đôn đốc, kiểm tra và hướng dẫn kịp thời. "
        "Nhờ đó, các CBCĐ nhanh chóng nắm bắt được công việc và triển khai hoạt động có hiệu quả.\n"
        "Cùng với LĐLĐ huyện Chi Lăng, LĐLĐ các huyện, thành phố và công đoàn ngành đã cụ thể hóa chương "
        "trình của LĐLĐ tỉnh, các cấp công đoàn đã xây dựng kế hoạch thực hiện, dành kinh phí tổ chức và "
        "phối hợp tổ chức các lớp tập huấn, bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ. Nội dung "
        "bồi dưỡng cho CBCĐ là các vấn đề về chính sách, chế độ đối với người lao động, nghiệp vụ tổ "
        "chức, kiểm tra, nữ công, tuyên giáo của công đoàn. …\n"
        "Từ năm 2013 đến nay, các cấp công đoàn đã tổ chức được 85 lớp tập huấn, bồi dưỡng nghiệp vụ cho "
        "8.069 lượt CBCĐ với tổng kinh phí hơn 2,1 tỷ đồng. Mặt khác, LĐLĐ tỉnh đã cử 25 CBCĐ tham dự "
        "các lớp tập huấn, bồi dưỡng ngắn hạn do Tổng LĐLĐ Việt Nam tổ chức. Kết quả, 100% CBCĐ chuyên "
        "trách và 70% CBCĐ không chuyên trách đã được bồi dưỡng tập huấn về lý luận, nghiệp vụ công tác "
        "công đoàn (đạt chỉ tiêu đề ra). Nhờ đó, chất lượng hoạt động của các cấp công đoàn ngày được "
        "nâng cao (cuối năm 2017, toàn tỉnh có 1.238 CĐCS vững mạnh, đạt 85,4%, tăng 8,8% so với năm "
        "2013).\n"
        "Bà Hoàng Thị Oanh, Trưởng Ban Tổ chức, LĐLĐ tỉnh cho biết: Trong nhiệm kỳ 2018-2023, toàn tỉnh "
        "có hơn 3.500 CBCĐ lần đầu tham gia vào ban chấp hành công đoàn các cấp. Vì thế, công việc đầu "
        "tiên sau Đại hội Công đoàn tỉnh là tập huấn, bồi dưỡng kiến thức nghiệp vụ, kỹ năng hoạt động "
        "cho đội ngũ CBCĐ mới để họ hiểu, tổ chức tốt các phong trào thi đua và thực hiện chức năng đại "
        "diện bảo vệ quyền lợi hợp pháp của đoàn viên, công nhân, viên chức, lao động.\n"
        "NGỌC HIẾU\n"
    ),
    "BAI-MELINH-2020": (
        "M\n"
        "02/03/2021 21:59\n"
        "Chú trọng công tác đào tạo, bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở\n"
        "(LĐTĐ) Dù gặp nhiều khó khăn, song năm 2020, Ban Thường vụ Liên đoàn Lao động huyện Mê Linh "
        "luôn chú trọng tới công tác đào tạo, bồi dưỡng cán bộ công đoàn cơ sở.\n"
        "Đảm bảo chấp hành nghiêm Điều lệ Công đoàn Việt Nam Nâng cao nhận thức, nghiệp vụ công tác kiểm "
        "tra cho cán bộ công đoàn Nắm bắt tình hình người lao động trở lại làm việc sau kỳ nghỉ Tết\n"
        "Xác định công tác bồi dưỡng cán bộ công đoàn là một trong những nhiệm vụ, mục tiêu quan trọng, "
        "trong năm 2020, Liên đoàn Lao động huyện Mê Linh đã chủ động, tích cực trong việc đào tạo, bồi "
        "dưỡng cán bộ công đoàn cơ sở dưới nhiều hình thức.\n"
        "Thực hiện Chương trình với chủ đề năm “Nâng cao chất lượng hoạt động của Công đoàn cơ sở” với 7 "
        "nhóm vấn đề chủ yếu, Liên đoàn Lao động huyện Mê Linh thường xuyên phối hợp với chính quyền, cơ "
        "quan chuyên môn cùng cấp phát động phong trào thi đua học tập nâng cao trình độ, kỹ năng.\n"
        "Chú trọng công tác đào tạo, bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở\n"
        "Nhiều chương trình đào tạo, bồi dưỡng kiến được Liên đoàn Lao động huyện Mê Linh phối hợp tổ "
        "chức có hiệu quả. (Ảnh minh họa)\n"
        "Cụ thể, nhằm tạo điều kiện thuận lợi cho các cán bộ, đoàn viên, công nhân viên chức lao động "
        "tham gia học tập nâng cao trình độ học vấn, trình độ chính trị, pháp luật... Liên đoàn Lao động "
        "huyện đã mở các lớp tập huấn, bồi dưỡng đào tạo ngắn hạn, dài hạn với đa dạng các hình thức "
        "như: Đào tạo tập trung, tại chức, học từ xa. Qua các chương trình đào tạo, cán bộ, đoàn viên, "
        "công nhân viên chức lao động sẽ có thêm kỹ năng cần thiết đáp ứng đòi hỏi của thời kỳ đẩy mạnh "
        "công nghiệp hóa, hiện đại hóa đất nước.\n"
        "Trong năm 2020, Liên đoàn Lao động huyện đã phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ "
        "chức 2 lớp tập huấn cho trên 400 lượt cán bộ, đoàn viên công đoàn về nghiệp vụ công tác công "
        "đoàn, kiến thức về an toàn, vệ sinh lao động, tư vấn về pháp luật lao động cho công nhân lao "
        "động.\n"
        "Đồng thời cử cán bộ công đoàn tham gia đầy đủ các lớp bồi dưỡng, tập huấn theo từng lĩnh vực "
        "chuyên môn do Liên đoàn Lao động thành phố, Trường Trung cấp Công đoàn Hà Nội, Trung tâm Tư vấn "
        "pháp luật Công đoàn Thành phố, Ban Tuyên giáo, Ban Dân vận, Ủy ban kiểm tra Huyện ủy, Mặt trận "
        "Tổ quốc huyện tổ chức.\n"
        "Lương Hằng\n"
        "Nguồn :\n"
    ),
    "BAI-LS-2014": (
        "Công đoàn tỉnh Lạng Sơn đổi mới nội dung, phương thức hoạt động công đoàn; Tập trung thực hiện "
        "tốt vai trò đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động; "
        "Tham gia xây dựng Đảng, chính quyền, tổ chức Công đoàn vững mạnh toàn diện, góp phần xây dựng "
        "tỉnh Lạng Sơn phát triển nhanh và bền vững.\n"
        "Thứ sáu, 28 Tháng 11 2014 09:12\n"
        "Công tác đào tạo, bồi dưỡng giảng viên kiêm chức công đoàn Liên đoàn Lao động tỉnh Lạng Sơn\n"
        "Trong những năm gần đây, thực hiện Nghị quyết số 4a/NQ-TLĐ ngày 04/3/2010 của Ban Chấp hành "
        "Tổng Liên đoàn Lao động Việt Nam khóa X \"Về tiếp tục đẩy mạnh và nâng cao chất lượng đào tạo, "
        "bồi dưỡng cán bộ công đoàn giai đoạn 2010- 2020\" và Chương trình số 1644/CTr-TLĐ ngày "
        "04/11/2013 của Tổng Liên đoàn Lao động Việt Nam về \"nâng cao chất lượng và hiệu quả hoạt động "
        "của đội ngũ cán bộ công đoàn\".\n"
        "Công tác đào tạo, bồi dưỡng cán bộ công đoàn các cấp được quan tâm lãnh đạo, chỉ đạo thực hiện, "
        "trình độ kiến thức về lý luận chính trị, chuyên môn nghiệp vụ của đa số cán bộ đã được nâng "
        "lên, góp phần thực hiện có hiệu quả nhiệm vụ phát triển kinh tế - xã hội của tỉnh, địa phương. "
        "Tuy nhiên, so với yêu cầu, nhiệm vụ hiện nay vẫn còn nhiều mặt hụt hẫng, chưa đáp ứng yêu cầu, "
        "nhất là về kỹ năng, phương pháp truyền đạt của các giảng viên kiêm chức công đoàn tại các lớp "
        "bồi dưỡng, tập huấn ở cơ sở còn có mặt hạn chế, dẫn đến chưa phát huy được hiệu quả hoạt động "
        "của đội ngũ cán bộ CĐCS.\n"
        "Xuất phát từ tình hình thực tế và để thực hiện tốt Chương trình \"nâng cao chất lượng và hiệu "
        "quả hoạt động của đội ngũ cán bộ công đoàn\"; Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa "
        "XV. Trong thời gian qua được sự giúp đỡ của Ban Tổ chức Tổng Liên đoàn, Ban Thường vụ LĐLĐ tỉnh "
        "đã tổ chức mở lớp giảng viên kiêm chức công đoàn cho 25 đồng chí là Chủ tịch hoặc Phó Chủ tịch "
        "LĐLĐ huyện, thành phố, Công đoàn ngành và một số cán bộ phong trào các Ban LĐLĐ tỉnh. Nhằm "
        "trang bị kiến thức, kỹ năng chuẩn bị bài giảng, kỹ năng lên lớp theo phương pháp tích cực để "
        "giúp giảng viên kiêm chức công đoàn trong quá trình tổ chức có hiệu quả các lớp bồi dưỡng, tập "
        "huấn tại cơ sở.\n"
        "Giang vien kim chuc\n"
        "Đ/c Trần Thị Kim Anh, Phó Chủ tịch Thường trực LĐLĐ tỉnh khai mạc lớp tập huấn\n"
        "Qua lớp tập huấn các học viên đã được nghiên cứu những vấn đề cơ bản về kỹ năng chuẩn bị và "
        "giảng bài theo phương pháp tích cực, được thực hành bài tập theo nhóm với chủ đề bài giảng, đây "
        "là những kiến thức rất quan trọng và rất cần thiết, là cẩm nang cho đội ngũ giảng viên kiêm "
        "chức công đoàn. Đồng thời cũng là các nội dung, công việc thiết thực tạo điều kiện cho các đồng "
        "chí cán bộ giảng viên kiêm chức công đoàn nâng cao hơn nữa về kỹ năng, phương pháp giảng bài "
        "tại các lớp bồi dưỡng, tập huấn cán bộ CĐCS ./.\n"
        "Hứa Đức Việt\n"
        "Ban Tổ chức LĐLĐ tỉnh\n"
    ),
    "BAI-ST-2016": (
        "TIN HOẠT ĐỘNG TIN HOẠT ĐỘNG\n"
        "Voltar\n"
        "HOẠT ĐỘNG CÔNG ĐOÀN VỚI CÔNG TÁC NÂNG CAO TRÌNH ĐỘ CỦA ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG (05/02/2016)\n"
        "Thực Chương trình hành động số 1464/CTr-TLĐ, ngày 8/10/2013 của Đoàn Chủ tịch Tổng LĐLĐ Việt "
        "Nam về “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động”, Ban Thường vụ "
        "LĐLĐ tỉnh đã ban hành Kế hoạch 53/KH-LĐLĐ, ngày 10/12/2013 “Nâng cao trình độ, kỹ năng nghề "
        "nghiệp của đoàn viên và người lao động” triển khai đến các cấp Công đoàn trong tỉnh. Qua 2 năm "
        "tổ chức, triển khai, thực hiện trong các cấp Công đoàn trên địa bàn toàn tỉnh đã thu được nhiều "
        "kết quả phấn khởi thể hiện trên các mặt.\n"
        "Các cấp công đoàn tổ chức tuyên truyền phổ biến chủ trương của Đảng, chính sách, pháp luật của "
        "Nhà nước và Nghị quyết của tổ chức Công đoàn về nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn "
        "viên và người lao động thông qua nhiều hình thức đa dạng, phù hợp với điều kiện làm việc, sản "
        "xuất của đoàn viên và người lao động.. Tính chung triển khai 1.250 cuộc tuyên truyền với 41.640 "
        "lượt cán bộ, đoàn viên, người lao động tham gia. Phối hợp với các ban ngành liên quan xây dựng "
        "kế hoạch phối hợp tuyên truyền, phát hành 500 bộ tài liệu, trên 1.000 tờ rơi tuyên truyền, phổ "
        "biến pháp luật về xây dựng xã hội học tập, tự học tập nâng cao trình độ, kỹ năng nghề nghiệp, "
        "phong trào luyện tay nghề hàng năm tại các đơn vị, doanh nghiệp, gắn với tuyên truyền, vận động "
        "người sử dụng lao động tạo điều kiện về thời gian, kinh phí cho đoàn viên, công nhân lao động "
        "chưa qua đào tạo nghề đang làm công việc đơn giản tại các doanh nghiệp được đào tạo nghề dưới "
        "hình thức bồi dưỡng, tập huấn tại doanh nghiệp.\n"
        "Qua đó, giúp đoàn viên, NLĐ nhận thức rõ hơn về sự cần thiết tầm quan trọng của việc học tập "
        "nâng cao trình độ, kỹ năng nghề nghiệp trong việc tự học tập, vừa là quyền lợi, vừa là yêu cầu "
        "để đảm bảo việc làm, nâng cao thu nhập, vừa là thực hiện trách nhiệm của mình đối với sự phát "
        "triển cơ quan, đơn vị, doanh nghiệp.\n"
        "Bên cạnh, các cấp công đoàn chỉ đạo công đoàn cơ sở khảo sát, nắm chặt trình độ chuyên môn, "
        "nghề nghiệp, phối hợp tốt với chính quyền (NSDLĐ) xây dựng kế hoạch nâng cao trình độ lý luận "
        "chính trị, kỹ năng nghề nghiệp, trình độ ngoại ngữ, tin học và các kỹ năng nghề nghiệp của đoàn "
        "viên, người lao động; nội dung công tác đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn nghiệp "
        "vụ được cụ thể hóa vào nội quy, quy chế làm việc của cơ quan, đơn vị, doanh nghiệp. Công tác "
        "đạo tào bồi dưỡng là một trong những tiêu chí để bình xét thi đua trong hoạt động công đoàn ở "
        "các cấp trong tỉnh.\n"
        "Từ đó, các cấp công đoàn đã tranh thủ với cấp ủy Đảng, phối hợp chính quyền (NSDLĐ) cùng cấp "
        "tạo điều kiện thuận lợi để đoàn viên, công nhân, viên chức, người lao động được học các lớp "
        "nâng cao trình độ lý luận chính trị, chuyên môn, nghiệp vụ, tay nghề, ngoại ngữ, tin học… Kết "
        "quả, từ năm 2013 - 2015 tính chung có 23.339 người được đào tạo nâng cao trình độ chuyên môn "
        "nghiệp vụ, trong đó trên 500 tiến sỹ, thạc sỹ; đại học 12.066 người; cao đẳng, trung cấp 10.773 "
        "người. Có 1.500 đoàn viên, NLĐ được đào tạo, bồi dưỡng nâng cao trình độ lý luận chính trị các "
        "lớp sơ cấp, trung cấp, cao cấp lý luận chính trị. Số cán bộ, công chức, viên chức tham gia "
        "chương trình học tập nâng cao trình độ ứng dụng công nghệ thông tin đáp ứng yêu cầu vị trí việc "
        "làm là 14.581 người, trình độ ngoại ngữ bậc 2 (tương đương A 2) là 3.332 người, bậc 3 (tương "
        "đương B1) là 863 người…Nhìn chung 2 năm qua, đã có có 32.775/53.527 đoàn viên và người lao động "
        "được học tập, cao trình độ, kỹ năng nghề nghiệp đạt 61,23%.\n"
        "Đồng thời, Ban Thường vụ Liên đoàn Lao động tỉnh luôn quan tâm đến công tác đào tạo, bồi dưỡng "
        "nghiệp vụ công đoàn, dành nguồn kinh phí mở các lớp tập huấn nghiệp vụ nhằm trang bị kiến thức "
        "về lý luận và nghiệp vụ công đoàn cho cán bộ công đoàn để xây dựng kế hoạch triển khai thực "
        "hiện đạt hiệu quả công tác đại diện, chăm lo bảo vệ quyền, lợi ích hợp pháp chính đáng CNVCLĐ, "
        "nâng cao trình độ chuyên môn cán bộ công đoàn, chất lượng hoạt động công đoàn các cấp, phát "
        "triển đoàn viên đạt chỉ tiêu đề ra. LĐLĐ tỉnh phối hợp với Trường Đại học Tôn Đức Thắng mở 01 "
        "lớp Bồi dưỡng kiến thức quản lý Nhà nước chương trình chuyên viên chính cho 41 cán bộ Công đoàn "
        "chuyên trách, 01 lớp lý luận nghiệp vụ công tác công đoàn cho 59 cán bộ Công đoàn chuyên trách "
        "và 05 lớp bồi dưỡng nghiệp vụ cho 746 Chủ tịch Công đoàn cơ sở. Liên đoàn Lao động huyện, thị "
        "xã, thành phố, Công đoàn ngành và tương đương đã mở 48 lớp tập huấn nghiệp vụ công tác công "
        "đoàn cho cán bộ công đoàn với các chuyên đề về tài chính, kiểm tra, thanh tra nhân dân, thực "
        "hiện quy chế dân chủ… Đến nay, có 8.891/9.074 cán bộ công đoàn cơ sở đã được bồi dưỡng, tập "
        "huấn nghiệp vụ công tác công đoàn, đạt 97,9%.\n"
        "Đạt được kết quả đáng mừng đó chính nhờ sự quan tâm chỉ đạo của các cấp ủy Đảng, Chính quyền "
        "(NSDLĐ) tạo điều kiện thuận lợi để cán bộ, CNVCLĐ được học tập, nâng cao trình độ chuyên môn "
        "nghiệp vụ nhằm đạt chuẩn theo quy đinh. Các cấp công đoàn nổ lực, tích cực tuyên truyền về hoc "
        "tập nâng cao trình độ kỹ năng, nghề nghiệp để mỗi đoàn viên, NLĐ nhận thức rõ về sự cần thiết, "
        "tầm quan trọng của việc học tập. Sự hưởng ứng nhiệt tình của đoàn viên, CNLĐ về phong trào tự "
        "học, tự rèn, từ đó việc triển khai tổ chức thực hiện kế hoạch đạt hiệu quả thiết thực.\n"
        "Tuy nhiên, kế hoạch nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên và người lao động "
        "trong tỉnh còn có những hạn chế nhất định. Một số công đoàn chưa tích cực tham mưu cho cấp ủy "
        "Đảng, tranh thủ, phối hợp với chính quyền (NSDLĐ) xây dựng kế hoạch cụ thể để đoàn viên, NLĐ "
        "học tập nâng cao trình độ chuyên môn nghiệp vụ, kỹ năng nghề nghiệp đáp ứng yêu cầu nhậm vụ "
        "trong thời kỳ hội nhập quốc tế. Công tác tuyên truyền, phát động phong trào thi đua học tập, "
        "nâng cao trình độ chuyên môn nghiệp vụ, kỹ năng nghề nghiệp chưa thường xuyên, sâu sát, nội "
        "dung chưa cụ thể, ảnh hưởng đến chất lượng phong trào thi đua học tập.\n"
        "Thời gian tới, duy trì và phát huy những kết quả đạt được trong triển khai kế hoạch “Nâng cao "
        "trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động” các cấp công đoàn trong tỉnh "
        "tiếp tục phối hợp với Ngành Giáo dục, Hội Khuyến học, Trung tâm dạy nghề và các cơ quan chức "
        "năng có liên triển khai có hiệu quả hơn Chương trình 1464/CTr-TLĐ, ngày 8/10/2013 của Đoàn Chủ "
        "tịch Tổng LĐLĐ Việt Nam về “Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao "
        "động”; Kế hoạch số 73/KH-UBND, ngày 30/10/2003 của Ủy ban Nhân dân tỉnh Sóc Trăng về việc phê "
        "duyệt Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020” tỉnh Sóc Trăng.\n"
        "Đẩy mạnh công tác tuyên truyền, vận động đoàn viên, người lao động học tập nâng cao trình độ "
        "văn hóa, kỹ năng nghề nghiệp, ngoại ngữ, tin học nhất là đoàn viên, khu công nghiệp, các doanh "
        "nghiệp khu vực ngoài Nhà nước được học tập nâng cao kỹ năng nghề thông qua hình thức luyện tay "
        "nghề, thi thợ giỏi. Tuyên truyền, vận động người sử dụng lao động tạo điều kiện để công nhân "
        "lao động chưa qua đào tạo nghề đang làm công việc đơn giản tại các doanh nghiệp được đào tạo "
        "nghề dưới hình thức bồi dưỡng, tập huấn tại doanh nghiệp hoặc bồi dưỡng kỹ năng nghề nghiệp tại "
        "các cơ sở dạy nghề phù hợp công việc đang làm. Tham mưu với cấp ủy đảng, phối hợp với chính "
        "quyền (NSDLĐ) hàng năm xây dựng chỉ tiêu cụ thể việc “Nâng cao trình độ, kỹ năng nghề nghiệp "
        "của đoàn viên và người lao động” vào nội quy, quy chế của cơ quan, đơn vị, doanh nghiệp và quy "
        "định đây là một trong các tiêu chí để bình xét thi đua hàng năm.\n"
        "Lục Bích Phúc\n"
        "Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng\n"
    ),
}
