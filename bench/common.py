"""Shared helpers of the benchmarks: the fixed clock, question sets, the oracle, naive folding, tables.

The benchmarks run against a fixed "now" (Monday 23/11/2026 09:00 in Hà Nội, as the tests) so that their
questions ("tháng tới", "tuần sau") and the generated courses always line up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import random
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from knowledge.generate import Dataset
from knowledge.lexicon import FORMATS, PROVINCES, ROLES, TOPICS
from knowledge.records import DocumentRec, FactRec, OrgRec, TargetRec

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
SEED = 1
ACCURACY_COURSES = 300

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"

QUESTION_FILES = {
    "seed": BENCH_DIR / "questions_seed.jsonl",  # facts, targets, documents (written by another engineer)
    "courses": BENCH_DIR / "questions_courses.jsonl",
    "offtopic": BENCH_DIR / "questions_offtopic.jsonl",
}
ANSWERABLE = ("course", "fact", "target", "document")
EXPECT_KEYS = frozenset({"topic", "role", "province", "format", "month", "week", "year", "organiser_code"})
_TOPIC_KEYS = frozenset(t.key for t in TOPICS)
_ROLE_KEYS = frozenset(r.key for r in ROLES)
_FORMAT_KEYS = frozenset(f.key for f in FORMATS)


# ------------------------------------------------------------------ question sets

@dataclass(frozen=True, slots=True)
class Question:
    q: str
    kind: str  # course | fact | target | document | off_topic
    source: str  # which file
    line: int
    expect: dict[str, Any] | None = None  # course questions: the attributes of the answer
    code: str | None = None  # fact/target/document questions: the expected record
    also: tuple[str, ...] = ()  # other acceptable codes


def _validate_expect(expect: dict[str, Any], where: str) -> None:
    unknown = set(expect) - EXPECT_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown expect keys {sorted(unknown)}")
    if "topic" in expect and expect["topic"] not in _TOPIC_KEYS:
        raise ValueError(f"{where}: unknown topic {expect['topic']!r}")
    if "role" in expect and expect["role"] not in _ROLE_KEYS:
        raise ValueError(f"{where}: unknown role {expect['role']!r}")
    if "format" in expect and expect["format"] not in _FORMAT_KEYS:
        raise ValueError(f"{where}: unknown format {expect['format']!r}")
    if "province" in expect and expect["province"] not in PROVINCES:
        raise ValueError(f"{where}: unknown province {expect['province']!r}")
    if "week" in expect and expect["week"] != "+1":
        raise ValueError(f"{where}: week must be '+1'")
    if "month" in expect:
        month_window(str(expect["month"]), NOW)  # raises on a bad value
    if "year" in expect and not isinstance(expect["year"], int):
        raise ValueError(f"{where}: year must be an int")


def load_questions(path: Path) -> list[Question]:
    """One question set; a missing file is an empty set (the seed set is written by someone else)."""
    if not path.exists():
        return []
    out: list[Question] = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        obj = json.loads(raw)
        where = f"{path.name}:{no}"
        kind = obj["kind"]
        q = unicodedata.normalize("NFC", obj["q"])
        if kind == "course":
            expect = obj.get("expect")
            if not expect:
                raise ValueError(f"{where}: a course question needs 'expect'")
            _validate_expect(expect, where)
            out.append(Question(q, kind, path.name, no, expect=expect))
        elif kind in ("fact", "target", "document"):
            also = obj.get("also") or ()
            out.append(Question(q, kind, path.name, no, code=obj["code"],
                                also=tuple([also] if isinstance(also, str) else also)))
        elif kind == "off_topic":
            out.append(Question(q, kind, path.name, no))
        else:
            raise ValueError(f"{where}: unknown kind {kind!r}")
    return out


def load_all_questions() -> list[Question]:
    """Every question set present, seed first."""
    out: list[Question] = []
    for path in QUESTION_FILES.values():
        out += load_questions(path)
    return out


# ------------------------------------------------------------------ the oracle

@dataclass(frozen=True, slots=True)
class OracleCourse:
    """What the oracle needs of a course."""

    code: str
    topic: str
    audiences: tuple[str, ...]
    province: str | None
    format: str
    starts_at: dt.datetime
    status: str
    organiser_codes: frozenset[str]  # the organiser's code, and the generator's code for the same body


def oracle_courses_from_dataset(ds: Dataset) -> list[OracleCourse]:
    codes = {o.id: frozenset({o.code}) for o in ds.organisations}
    return [
        OracleCourse(c.code, c.topic, c.audiences, c.province, c.format, c.starts_at, c.status,
                     codes.get(c.organiser_id, frozenset()) if c.organiser_id is not None else frozenset())
        for c in ds.courses
    ]


def oracle_courses_from_session(session: Any, ds: Dataset | None = None) -> list[OracleCourse]:
    """Every course of the database (generated and built-in alike).

    With the generated dataset, an organiser is also known by its generated code when the database had
    it under another one (LDLD-LANGSON is the built-in LS), so questions can name generated codes.
    """
    from sqlalchemy import select

    from knowledge.generate import resolve_organisations
    from knowledge.models import Course, Organisation

    aliases: dict[int, set[str]] = {}
    for oid, code in session.execute(select(Organisation.id, Organisation.code)).tuples():
        aliases[oid] = {code}
    if ds is not None:
        gen_codes = {o.id: o.code for o in ds.organisations}
        for rec_id, oid in resolve_organisations(session, ds.organisations).items():
            aliases.setdefault(oid, set()).add(gen_codes[rec_id])
    rows = session.execute(
        select(Course.code, Course.topic, Course.audiences, Course.province, Course.format, Course.starts_at,
               Course.status, Course.organiser_id)
    ).tuples()
    return [
        OracleCourse(code, topic, tuple(a for a in audiences.split(";") if a), province, fmt, starts_at,
                     status, frozenset(aliases.get(org, ())) if org is not None else frozenset())
        for code, topic, audiences, province, fmt, starts_at, status, org in rows
    ]


def _month_start(year: int, month: int) -> dt.datetime:
    return dt.datetime(year, month, 1, tzinfo=TZ)


def month_window(spec: str, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """'+0' this month, '+1' next month, 'YYYY-MM': [start, end) in local time."""
    local = now.astimezone(TZ)
    if spec.startswith("+"):
        index = local.year * 12 + local.month - 1 + int(spec[1:])
    else:
        year, month = (int(p) for p in spec.split("-"))
        if not 1 <= month <= 12:
            raise ValueError(f"bad month {spec!r}")
        index = year * 12 + month - 1
    start = _month_start(index // 12, index % 12 + 1)
    end = _month_start((index + 1) // 12, (index + 1) % 12 + 1)
    return start, end


def next_week_window(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Next week, Monday 00:00 to the Monday after, local time."""
    local = now.astimezone(TZ)
    monday = local.date() - dt.timedelta(days=local.weekday()) + dt.timedelta(days=7)
    start = dt.datetime(monday.year, monday.month, monday.day, tzinfo=TZ)
    return start, start + dt.timedelta(days=7)


def satisfies(c: OracleCourse, expect: dict[str, Any], now: dt.datetime) -> bool:
    if c.status == "cancelled" or c.starts_at < now:
        return False
    if "topic" in expect and c.topic != expect["topic"]:
        return False
    if "role" in expect and expect["role"] not in c.audiences:
        return False
    if "province" in expect and c.province != expect["province"]:
        return False
    if "format" in expect and c.format != expect["format"]:
        return False
    if "organiser_code" in expect and expect["organiser_code"] not in c.organiser_codes:
        return False
    if "year" in expect and c.starts_at.astimezone(TZ).year != int(expect["year"]):
        return False
    if "month" in expect:
        start, end = month_window(str(expect["month"]), now)
        if not start <= c.starts_at < end:
            return False
    if "week" in expect:
        start, end = next_week_window(now)
        if not start <= c.starts_at < end:
            return False
    return True


def oracle(expect: dict[str, Any], courses: Iterable[OracleCourse], now: dt.datetime = NOW) -> list[str]:
    """Codes of the right answer: the earliest upcoming, not cancelled course with every attribute.

    Several codes when courses tie on the start time (any of them is right); empty when none matches.
    """
    best: dt.datetime | None = None
    codes: list[str] = []
    for c in courses:
        if not satisfies(c, expect, now):
            continue
        if best is None or c.starts_at < best:
            best, codes = c.starts_at, [c.code]
        elif c.starts_at == best:
            codes.append(c.code)
    return sorted(codes)


def expected_codes(q: Question, courses: Sequence[OracleCourse]) -> list[str]:
    """Acceptable top-1 codes for an answerable question (empty: the question selects nothing)."""
    if q.kind == "course":
        assert q.expect is not None
        return oracle(q.expect, courses)
    assert q.code is not None
    return [q.code, *q.also]


# ------------------------------------------------------------------ built-in records and databases

def fill_database(session: Any, ds: Dataset | None, *, builtin: bool = True) -> dict[str, int]:
    """The benchmarks' data: the built-in facts, then the generated courses.

    The built-in sample schedule (demo courses dated relative to the real clock, loaded only into an
    empty database) is removed before the generated courses go in, as a database with real courses has
    none: the benchmarks stay deterministic. Returns how many built-in sample courses were removed.
    """
    from sqlalchemy import delete

    from knowledge.generate import insert_dataset
    from knowledge.models import Course

    removed = 0
    if builtin and load_builtin_or_warn(session):
        removed = session.execute(delete(Course).where(Course.is_sample.is_(True))).rowcount or 0
    if ds is not None:
        insert_dataset(session, ds)
    session.commit()
    return {"sample_courses_removed": removed}


def temp_database(path: Path, *, builtin: bool = True, ds: Dataset | None = None) -> str:
    """Create a migrated SQLite database at `path` with the built-in facts and a generated dataset."""
    from knowledge.db import make_engine, make_session_factory, upgrade

    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine)
    with make_session_factory(engine)() as session:
        fill_database(session, ds, builtin=builtin)
    engine.dispose()
    return url


def load_builtin_or_warn(session: Any) -> bool:
    """Load the built-in facts, targets and documents; warn (not fail) while knowledge.seed is missing."""
    try:
        from knowledge.seed import load_builtin
    except ImportError as exc:
        print(f"WARNING: built-in facts not loaded ({exc})", file=sys.stderr)
        return False
    load_builtin(session)
    session.flush()
    return True


@dataclass(frozen=True, slots=True)
class Builtin:
    organisations: list[OrgRec]
    facts: list[FactRec]
    targets: list[TargetRec]
    documents: list[DocumentRec]


def builtin_records(workdir: Path) -> Builtin:
    """The built-in records, read through a temporary database (empty lists without knowledge.seed)."""
    from knowledge.db import make_engine, make_session_factory
    from knowledge.store import load_snapshot

    url = temp_database(workdir / "builtin.db", builtin=True)
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        snap = load_snapshot(session=session)
    engine.dispose()
    return Builtin(snap.organisations, snap.facts, snap.targets, snap.documents)


def merge_organisations(generated: Sequence[OrgRec], builtin: Builtin) -> tuple[list[OrgRec], Builtin]:
    """Put built-in organisations next to generated ones without id clashes.

    A built-in organisation whose code is also generated is the same body: its records point to the
    generated one. Others get fresh ids after the generated ones.
    """
    by_code = {o.code: o.id for o in generated}
    next_id = max((o.id for o in generated), default=0) + 1000
    id_map: dict[int, int] = {}
    extra: list[OrgRec] = []
    for o in builtin.organisations:
        if o.code in by_code:
            id_map[o.id] = by_code[o.code]
        else:
            id_map[o.id] = next_id
            next_id += 1
    for o in builtin.organisations:
        if o.code not in by_code:
            parent = id_map.get(o.parent_id) if o.parent_id is not None else None
            extra.append(replace(o, id=id_map[o.id], parent_id=parent))
    facts = [replace(f, organisation_id=id_map.get(f.organisation_id)) if f.organisation_id is not None else f
             for f in builtin.facts]
    targets = [replace(t, organisation_id=id_map.get(t.organisation_id, t.organisation_id))
               for t in builtin.targets]
    return [*generated, *extra], Builtin(extra, facts, targets, builtin.documents)


# ------------------------------------------------------------------ synthetic course questions

_SYN_LEADS = ("co lop", "có lớp", "lop", "khoa hoc", "lớp tập huấn", "tap huan", "cho hoi lop", "mở lớp")
_SYN_TOPICS = {
    "thuong_luong": ("thuong luong tap the", "đối thoại, thương lượng", "dam phan"),
    "atvsld": ("ATVSLĐ", "an toan ve sinh lao dong", "an toàn lao động"),
    "nu_cong": ("nu cong", "nữ công", "binh dang gioi"),
    "tai_chinh": ("tai chinh cd", "kế toán công đoàn", "tài chính công đoàn"),
    "phap_luat": ("phap luat lao dong", "luật lao động", "tư vấn pháp luật"),
    "nghiep_vu": ("nghiep vu cd", "nghiệp vụ công đoàn", "nghiep vu cong tac cong doan"),
    "chuyen_doi_so": ("chuyen doi so", "tin học", "chuyển đổi số"),
    "kiem_tra": ("kiem tra cong doan", "UBKT", "công tác kiểm tra"),
    "tuyen_giao": ("tuyen truyen", "tuyên giáo"),
    "tranh_chap": ("tranh chap lao dong", "giải quyết tranh chấp"),
    "phat_trien_doan_vien": ("phat trien doan vien", "thành lập CĐCS"),
    "giang_day": ("ky nang giang day", "giảng dạy cho giảng viên"),
    "van_thu": ("van thu luu tru", "văn thư"),
    "quan_ly_nha_nuoc": ("quan ly nha nuoc", "lý luận chính trị"),
}
_SYN_ROLES = ("", "", "cho ct cdcs", "cho chủ tịch CĐCS", "cho cbcd chuyen trach", "cho doan vien", "cho NLĐ")
_SYN_TIMES = ("", "", "thang toi", "tháng sau", "tuan sau", "nam sau", "sắp tới", "thang 3/2027", "nam 2027")
_SYN_TAILS = ("", "ko", "khong", "k", "nào không", "ạ", "?")


def synth_course_questions(n: int, seed: int) -> list[str]:
    """Phone-style course questions from the vocabulary, for latency (they have no expected answer)."""
    rng = random.Random(seed)
    provinces = [p for p in PROVINCES if p != "Huế"]
    out: list[str] = []
    for _ in range(n):
        topic = rng.choice(sorted(_SYN_TOPICS))
        parts = [rng.choice(_SYN_LEADS), rng.choice(_SYN_TOPICS[topic]), rng.choice(_SYN_ROLES)]
        if rng.random() < 0.5:
            place = rng.choice(provinces)
            parts.append(("o " if rng.random() < 0.5 else "ở ") + (fold(place) if rng.random() < 0.5 else place))
        parts += [rng.choice(_SYN_TIMES), rng.choice(_SYN_TAILS)]
        out.append(" ".join(p for p in parts if p))
    return out


# ------------------------------------------------------------------ small utilities

def fold(text: str) -> str:
    """The naive folding of the baselines: NFD, no combining marks, đ → d, lower-case."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A markdown table; floats with two decimals."""
    def cell(v: Any) -> str:
        if isinstance(v, float):
            return "n/a" if math.isnan(v) else f"{v:.2f}"
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def write_json(name: str, data: Any) -> Path:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def import_engine() -> Any:
    """knowledge.qa.QAEngine, or exit with a clear message while it does not exist yet."""
    try:
        from knowledge.qa import QAEngine
    except ImportError as exc:
        print(f"knowledge.qa is not available ({exc}); nothing to benchmark.", file=sys.stderr)
        raise SystemExit(0) from exc
    return QAEngine


@contextlib.contextmanager
def fake_bot_api(*args: object) -> Iterator[str]:
    """The tests' fake Telegram Bot API (tests/fake_telegram.py, with its command-line `args`) in its own
    process, so a bot that blocks its own event loop cannot slow the fake down: yields its base URL."""
    fake = subprocess.Popen([sys.executable, "-m", "tests.fake_telegram", *map(str, args)], cwd=str(ROOT),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert fake.stdout is not None
        yield f"http://127.0.0.1:{int(fake.stdout.readline())}"
    finally:
        fake.terminate()
        fake.wait(10)


def loadavg(fields: int = 3) -> str:
    """The machine's load averages (1, 5, 15 min): timings on a shared machine mean little without them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:fields])
    except OSError:
        return "n/a"
