"""Import and export of courses and targets as CSV or XLSX with documented Vietnamese column headers.

Organisers keep their training plan in a spreadsheet. `import_file` reads it in four steps: read the file
into raw sheets; find each sheet's header row and recognise its kind (courses or targets) by its headers;
parse and check every cell, collecting every problem with its sheet, row and column; then, only when
nothing is wrong, write everything in one transaction (upsert by code). `export_file` writes the same
headers and formats back, so export → import → export gives identical content. The column reference for
organisers is docs/import-format.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import hashlib
import html
import io
import itertools
import math
import re
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from knowledge import format as vn
from knowledge import reminders, timing, unions
from knowledge.db import bump_data_version
from knowledge.language.places import current_province, is_former, province_key
from knowledge.lexicon import ABBREVIATIONS, FORMATS, PROVINCE_ALIASES, PROVINCES, ROLES, TOPICS, Term
from knowledge.models import Course, Document, Organisation, Registration, Target
from knowledge.orgnames import (
    KIND_LABELS,
    Directory,
    core_key,
    former_union_names,
    from_capitals,
    guess_kind,
    is_national,
    org_key,
    province_in,
    written_out,
)
from knowledge.plans import sample
from knowledge.plans.dates import (
    BAD_CLOCK,
    PART_ENDS,
    BadWhen,
    When,
    excel_serial,
    parse_clock,
    parse_when,
    plan_year,
    whole_year,
)
from knowledge.plans.files import write_atomically
from knowledge.text import hoan_apart, index_tokens

COURSES = "courses"
TARGETS = "targets"
KINDS: tuple[str, ...] = (COURSES, TARGETS)
# The Vietnamese name of each table: the sheet name on export and the tag in messages.
KIND_TITLES: dict[str, str] = {COURSES: "Khóa học", TARGETS: "Chỉ tiêu"}
EXTENSIONS: tuple[str, ...] = (".xlsx", ".xlsm", ".csv")

# Course statuses: stored keys ↔ the labels organisers write.
STATUSES: tuple[Term, ...] = (
    Term("planned", "Dự kiến", ("du kien", "ke hoach", "chua mo", "sap mo")),
    Term("open", "Mở đăng ký", ("mo dang ky", "dang mo", "mo", "dang tuyen sinh", "nhan dang ky")),
    Term("cancelled", "Đã hủy", ("da huy", "huy", "huy bo", "bi huy")),
    Term("finished", "Đã kết thúc", ("da ket thuc", "ket thuc", "da xong", "hoan thanh", "da hoan thanh")),
    # Put off: no registration until the note gives the new date («Hoãn sang 15/03/2027»).
    Term("postponed", "Đã hoãn", ("hoan", "tam hoan", "bi hoan", "hoan lai", "hoan to chuc", "dinh hoan",
                                  "hoan lich", "lui lich", "doi lich")),
)

# A date without a time: a class starts in the morning, ends at the close of office hours, and a
# registration deadline lasts the whole day.
START_TIME = dt.time(8, 0)
END_TIME = dt.time(17, 0)
EVENING_SESSION = dt.timedelta(hours=2)  # an evening class's length when the plan gives only its start
DEADLINE_TIME = dt.time(23, 59)

DATETIME_FORMAT = "%d/%m/%Y %H:%M"
DATE_FORMAT = "%d/%m/%Y"
XLSX_DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
XLSX_DATE_FORMAT = "dd/mm/yyyy"
MAX_LISTED_ISSUES = 100
# How far down a sheet the header row may be (organisers often put a title above the table).
HEADER_SEARCH_ROWS = 30

Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | None


@dataclass(frozen=True)
class Column:
    """One documented column: the field it fills, its Vietnamese header, and whether it is required."""

    field: str
    header: str
    required: bool = False
    aliases: tuple[str, ...] = ()


# The headers offices use in their own plans are aliases; "STT" (row numbers) is read only to recognise
# section rows («I», «II») and is never stored.
COURSE_COLUMNS: tuple[Column, ...] = (
    Column("code", "Mã lớp", False, ("Mã khóa học", "Mã")),
    Column("title", "Tên lớp", True, (
        "Tên khóa học", "Tên lớp học", "Tên lớp tập huấn", "Lớp", "Nội dung", "Nội dung tập huấn",
        "Nội dung đào tạo", "Nội dung bồi dưỡng", "Nội dung lớp học", "Tên lớp, nội dung", "Nội dung chương trình",
        "Tên chương trình", "Chương trình", "Tên chương trình đào tạo", "Tên chuyên đề", "Tên khóa",
    )),
    Column("topic", "Chủ đề", aliases=("Lĩnh vực", "Chuyên đề", "Nhóm nội dung")),
    Column("audiences", "Đối tượng", aliases=(
        "Đối tượng tham gia", "Đối tượng học viên", "Thành phần", "Thành phần tham dự", "Đối tượng tập huấn",
        "Học viên",
    )),
    Column("organiser", "Đơn vị tổ chức", aliases=(
        "Đơn vị chủ trì", "Đơn vị thực hiện", "Cơ quan tổ chức", "Cơ quan chủ trì", "Đơn vị", "Chủ trì",
    )),
    Column("partner", "Đơn vị phối hợp", aliases=("Phối hợp", "Cơ quan phối hợp")),
    Column("province", "Tỉnh/Thành phố", aliases=("Tỉnh/TP", "Tỉnh", "Tỉnh, thành")),
    Column("venue", "Địa điểm", aliases=("Địa điểm tổ chức", "Nơi tổ chức", "Địa điểm học")),
    Column("format", "Hình thức", aliases=("Hình thức tổ chức", "Hình thức học")),
    Column("starts_at", "Ngày bắt đầu", True, (
        "Thời gian", "Thời gian tổ chức", "Thời gian thực hiện", "Thời gian dự kiến", "Dự kiến thời gian",
        "Thời gian học", "Ngày", "Ngày tổ chức", "Từ ngày", "Bắt đầu", "Ngày học",
        # One column for both days («12/3 - 14/3/2027»): the range gives the start and the end.
        "Từ ngày - đến ngày", "Từ ngày đến ngày", "Ngày tháng", "Thời gian bắt đầu",
    )),
    Column("ends_at", "Ngày kết thúc", aliases=("Đến ngày", "Kết thúc", "Thời gian kết thúc")),
    Column("registration_deadline", "Hạn đăng ký", aliases=("Hạn đăng kí", "Thời hạn đăng ký", "Hạn chót đăng ký")),
    Column("capacity", "Số chỗ", aliases=(
        "Số lượng", "Số lượng học viên", "Số học viên", "Số người", "Dự kiến số lượng", "SL", "Số lượng người",
    )),
    Column("status", "Trạng thái"),
    Column("description", "Ghi chú"),
    Column("reminders", "Lịch nhắc", aliases=("Nhắc nhở", "Mốc nhắc")),
    Column("days", "Số ngày", aliases=("Thời lượng", "Số ngày học")),
    Column("stt", "STT", aliases=("TT", "Số TT", "Số thứ tự")),
    # Written by export for the organiser's information, ignored by import.
    Column("registered", "Đã đăng ký"),
    Column("waiting", "Danh sách chờ"),
)
_DAYS_COLUMN = next(column for column in COURSE_COLUMNS if column.field == "days")
# Columns read but never stored.
IGNORED_FIELDS = frozenset({"stt", "registered", "waiting"})
# A second title-like column, kept in the class's notes as «<header>: <text>» (see `_recognise`).
_TITLE_DETAIL = "title_detail"

TARGET_COLUMNS: tuple[Column, ...] = (
    Column("code", "Mã chỉ tiêu", False),
    Column("organisation", "Đơn vị", True, ("Tên đơn vị", "Đơn vị được giao")),
    Column("period", "Năm", True, ("Giai đoạn",)),
    Column("metric", "Nội dung", True, ("Nội dung chỉ tiêu",)),
    Column("audience", "Đối tượng"),
    Column("target_value", "Chỉ tiêu", True, ("Chỉ tiêu giao", "Kế hoạch năm", "Chỉ tiêu được giao")),
    Column("unit", "Đơn vị tính", True),
    Column("achieved_value", "Đã đạt"),
    Column("as_of", "Tính đến ngày"),
    Column("note", "Ghi chú"),
    Column("stt", "STT", aliases=("TT", "Số TT", "Số thứ tự")),
)

COLUMNS: dict[str, tuple[Column, ...]] = {COURSES: COURSE_COLUMNS, TARGETS: TARGET_COLUMNS}
# What export writes: the documented columns, and for classes the places taken and the waiting list.
EXPORT_COLUMNS: dict[str, tuple[Column, ...]] = {
    COURSES: tuple(c for c in COURSE_COLUMNS if c.field != "stt"),
    TARGETS: tuple(c for c in TARGET_COLUMNS if c.field != "stt"),
}

# What an empty optional cell means for each field.
EMPTY_VALUES: dict[str, Any] = {
    "code": None, "topic": "", "audiences": "", "organiser": None, "partner": None, "province": None, "venue": None,
    "format": "tap_trung", "ends_at": None, "registration_deadline": None, "capacity": None,
    "status": "open", "description": "", "audience": None, "achieved_value": None, "as_of": None,
    "note": "", "reminders": None, "days": None, "stt": None, "registered": None, "waiting": None,
    _TITLE_DETAIL: "",
}

# Free-text columns: the only ones whose content could start like a spreadsheet formula.
TEXT_FIELDS = frozenset({
    "title", "organiser", "partner", "province", "venue", "description", "organisation", "metric",
    "unit", "note",
})
# A cell starting like this is run as a formula when a CSV is opened in a spreadsheet (CSV injection).
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")
_CODE_RE = re.compile(r"[A-Za-z0-9._-]{1,40}")


# --- Public results and errors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Issue:
    """One problem or warning, located as the user sees it: sheet, Excel row number, column header."""

    sheet: str | None
    row: int | None
    column: str | None
    value: str | None
    message: str

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(f"dòng {self.row}")
        if self.column is not None:
            place.append(f'cột "{self.column}"')
        where = ", ".join(place)
        where = where[:1].upper() + where[1:]
        prefix = f"[{self.sheet}] " if self.sheet else ""
        return f"{prefix}{where}: {self.message}" if where else f"{prefix}{self.message}"


class TransferError(Exception):
    """Import or export refused, with every problem found; an import that raises wrote nothing."""

    def __init__(self, message: str, issues: Sequence[Issue] = (), warnings: Sequence[Issue] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.issues = list(issues)
        self.warnings = list(warnings)

    def __str__(self) -> str:
        lines = [self.message]
        lines += [f"- {issue}" for issue in self.issues[:MAX_LISTED_ISSUES]]
        if len(self.issues) > MAX_LISTED_ISSUES:
            lines.append(f"… và {len(self.issues) - MAX_LISTED_ISSUES} lỗi khác.")
        return "\n".join(lines)


@dataclass
class KindCounts:
    """Rows of one table created, updated (something changed) and unchanged by an import."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        """All rows of this kind in the file."""
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True)
class RowChange:
    """What an import does to one row of the file: a new record, an update (with the columns that change),
    or nothing. `organisation_id` is the union the record belongs to after the import, `before_id` before."""

    kind: str
    sheet: str
    row: int
    code: str
    title: str
    action: str  # new | updated | unchanged
    columns: tuple[str, ...] = ()
    organisation_id: int | None = None
    before_id: int | None = None
    organisation: str = ""  # the union as written in the file (or the importer's, when none is written)
    # A class changed on the web workspace that this row would change back: what to tell the organiser
    # («… đã được sửa trên trang quản lý ngày …; tải lên sẽ đưa về …»), and whether the web change is kept.
    web_edit: str = ""
    web_kept: bool = False


@dataclass
class ImportReport:
    """What an import did: counts per kind, organisations created, the source document, warnings."""

    path: Path
    document_code: str
    courses: KindCounts = field(default_factory=KindCounts)
    targets: KindCounts = field(default_factory=KindCounts)
    organisations_created: list[str] = field(default_factory=list)
    # National bodies an earlier import had put under a province's union, now under the Tổng Liên đoàn.
    organisations_moved: list[str] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    data_version: int = 0
    notified: dict[str, int] = field(default_factory=dict)  # course code → people told of a change
    # Rows that are not classes or targets (sections, totals, signatures): (sheet, Excel row, why).
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    sample_removed: sample.Removed | None = None
    changes: list[RowChange] = field(default_factory=list)  # one per data row, in file order
    dry_run: bool = False  # nothing was written: what the import would do

    def summary(self) -> str:
        """A few Vietnamese lines for the organiser."""
        lines = [f'Đã nhập tệp "{self.path.name}".']
        for kind, counts in ((COURSES, self.courses), (TARGETS, self.targets)):
            if counts.total:
                lines.append(
                    f"- {KIND_TITLES[kind]}: {counts.created} mới, {counts.updated} cập nhật, "
                    f"{counts.unchanged} không đổi."
                )
        for code, people in self.notified.items():
            lines.append(f"- Lớp {code} đổi lịch, địa điểm hoặc bị hủy: đã báo cho {people} người đã đăng ký.")
        for change in self.changes:
            if change.web_edit:
                lines.append(f"- {change.web_edit} " + ("Đã giữ thay đổi trên trang quản lý." if change.web_kept else
                                                        "Đã đưa về như tệp."))
        if self.sample_removed is not None and self.sample_removed.any:
            lines.append("- " + self.sample_removed.summary() + " Từ nay bot chỉ dùng kế hoạch thật.")
        if self.organisations_created:
            lines.append("- Đã tạo đơn vị mới: " + "; ".join(self.organisations_created) + ".")
        if self.organisations_moved:
            lines.append("- Đã chuyển về trực thuộc Tổng Liên đoàn (đơn vị cấp Trung ương, không thuộc tỉnh nào): "
                         + "; ".join(self.organisations_moved) + ".")
        if self.skipped:
            lines.append("- " + skipped_text(self.skipped))
        if self.warnings:
            lines.append("Cảnh báo:")
            lines += [f"- {warning}" for warning in self.warnings]
        return "\n".join(lines)


@dataclass
class ExportReport:
    """What an export wrote: the file, its tables and row counts."""

    path: Path
    kinds: tuple[str, ...]
    courses: int = 0
    targets: int = 0
    skipped_samples: int = 0

    def summary(self) -> str:
        """One Vietnamese line for the organiser."""
        parts = [f"{getattr(self, kind)} dòng {KIND_TITLES[kind].lower()}" for kind in self.kinds]
        text = f'Đã xuất {", ".join(parts)} ra tệp "{self.path.name}".'
        if self.skipped_samples:
            text += f" Bỏ qua {self.skipped_samples} dòng dữ liệu mẫu."
        return text


def skipped_text(skipped: Sequence[tuple[str, int, str]]) -> str:
    """«Bỏ qua 12 dòng không phải lớp học: 5, 9 (mục); 20 (dòng tổng); 22–30 (phần ký tên).»"""
    # Rows of several sheets say which sheet they are on («[Chỉ tiêu] 8 (dòng tổng)»): row 8 of another
    # sheet is another row.
    several = len({sheet for sheet, _row, _why in skipped}) > 1
    groups: dict[str, list[int]] = {}
    for sheet, row, why in skipped:
        groups.setdefault(f"[{sheet}] {why}" if several else why, []).append(row)
    parts = []
    for why, rows in groups.items():
        runs: list[str] = []
        start = prev = rows[0]
        for row in [*rows[1:], 0]:
            if row == prev + 1:
                prev = row
                continue
            runs.append(str(start) if start == prev else f"{start}–{prev}")
            start = prev = row
        sheet, _, reason = why.rpartition("] ") if several else ("", "", why)
        parts.append(f"{sheet + '] ' if sheet else ''}{', '.join(runs)} ({reason})")
    return f"Bỏ qua {len(skipped)} dòng không phải lớp học hay chỉ tiêu: dòng " + "; ".join(parts) + "."


# --- Folding and vocabulary -----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case without diacritics (đ → d), whitespace collapsed; old and new tone placement agree."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.lower().split())


def _term_key(text: str) -> str:
    """Fold and turn punctuation into spaces, so "Đối thoại, thương lượng" ~ "doi thoai thuong luong"."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def _expand(key: str) -> str:
    """Expand union abbreviations word by word ("ct cdcs" → "chu tich cong doan co so")."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in key.split())


def _header_key(text: str) -> str:
    """Headers compare without diacritics, case, spacing, punctuation or a note in brackets."""
    return re.sub(r"[^a-z0-9]", "", fold(re.sub(r"\(.*?\)", "", text)))


class Vocabulary:
    """Exact lookup of a lexicon term by its key, label or a synonym, after folding."""

    def __init__(self, terms: Sequence[Term], noun: str) -> None:
        self.terms = tuple(terms)
        self.noun = noun
        self._index: dict[str, Term] = {}
        # Keys and labels first, so a synonym of one term never hides another term's own label.
        forms: list[tuple[Term, tuple[str, ...]]] = [(term, (term.key, term.label)) for term in terms]
        forms += [(term, term.synonyms) for term in terms]
        for term, texts in forms:
            for text in texts:
                key = _term_key(text)
                self._index.setdefault(key, term)
                self._index.setdefault(_expand(key), term)

    def find(self, text: str) -> Term | None:
        """The term this text names, or None."""
        key = _term_key(text)
        return self._index.get(key) or self._index.get(_expand(key))

    def label(self, key: str) -> str:
        """The label of a stored key (the key itself when the lexicon no longer has it)."""
        return next((term.label for term in self.terms if term.key == key), key)

    def unknown(self, text: str) -> str:
        """The message for a value that names no term."""
        allowed = "; ".join(term.label for term in self.terms)
        return f'"{_short(text)}" không phải {self.noun} hợp lệ. Chọn một trong: {allowed}.'


TOPIC_VOCABULARY = Vocabulary(TOPICS, "chủ đề")
ROLE_VOCABULARY = Vocabulary(ROLES, "đối tượng")
FORMAT_VOCABULARY = Vocabulary(FORMATS, "hình thức")
STATUS_VOCABULARY = Vocabulary(STATUSES, "trạng thái")


def _forms(terms: Sequence[Term]) -> list[tuple[str, Term]]:
    """Every folded, expanded label and synonym of the terms, longest first."""
    found: dict[str, Term] = {}
    for term in terms:
        for text in (term.label, *term.synonyms):
            found.setdefault(_expand(_term_key(text)), term)
    return sorted(found.items(), key=lambda item: -len(item[0]))


_TOPIC_FORMS = _forms(TOPICS)
_ROLE_FORMS = _forms(ROLES)
_FORMAT_FORMS = _forms(FORMATS)


def _contained(forms: list[tuple[str, Term]], text: str) -> Term | None:
    """The term whose longest label or synonym the text contains as whole words («Tập huấn kỹ năng
    thương lượng tập thể» → thương lượng)."""
    key = f" {_expand(_term_key(text))} "
    return next((term for form, term in forms if f" {form} " in key), None)


def _find_role(text: str, *, exact: bool = False) -> Term | None:
    """A role by its label, synonym or abbreviation («P.Chủ tịch CĐCS», «PCT»), or (not `exact`) the one
    it contains."""
    key = re.sub(r"\bp (?=chu tich|ct\b)", "pho ", _term_key(text))
    if not key or re.search(r"\bke toan truong\b", key):
        return None  # a company's chief accountant (kế toán trưởng) is no union accountant
    return ROLE_VOCABULARY.find(key) or (None if exact else _contained(_ROLE_FORMS, key))


def _province_index() -> dict[str, str]:
    index = {_term_key(alias): name for alias, name in PROVINCE_ALIASES.items()}
    # The official names win over aliases ("Huế" is its own province since 2025).
    index.update({_term_key(name): name for name in PROVINCES})
    return index


_PROVINCES = _province_index()


def _find_province(text: str) -> str | None:
    """The canonical province a text names ("TP HCM", "tỉnh Lạng Sơn", "Hoà Bình"), or None."""
    key = _term_key(text)
    if key in _PROVINCES:
        return _PROVINCES[key]
    stripped = re.sub(r"^(tinh|thanh pho|tp)\s+", "", key)
    if stripped in _PROVINCES:
        return _PROVINCES[stripped]
    return _merged_province(key)


def _merged_province(key: str) -> str | None:
    """The province of a cell that names today's province and the former one it took in, as offices write
    since the 2025 merger: «Cần Thơ (Sóc Trăng cũ)», «Đồng Nai - Bình Phước cũ», «Sóc Trăng cũ», «TP Cần
    Thơ (trước là tỉnh Hậu Giang)». The former name is kept: it is the more precise place, and questions
    naming either province find it (the map links them). Two unrelated provinces give None."""
    words = key.split()
    named: list[str] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            found = _PROVINCES.get(" ".join(words[i:i + size])) if i + size <= len(words) else None
            if found is not None:
                if found not in named:
                    named.append(found)
                i += size
                break
        else:
            i += 1
    if len(named) == 1:
        return named[0] if "cu" in words or "truoc" in words else None
    if len(named) != 2:
        return None
    today = {current_province(name) for name in named}
    if len(today) != 1:
        return None
    former = [name for name in named if is_former(name)]
    return former[0] if len(former) == 1 else None


# --- Cell helpers ---------------------------------------------------------------------------------------


def _is_empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _clean_text(text: str) -> str:
    """NFC, no control characters other than tab and newlines, no surrounding spaces."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    return text.strip()


def _cell_text(cell: Cell) -> str:
    """A cell as the user would read it."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, dt.datetime):
        return cell.strftime(DATETIME_FORMAT)
    if isinstance(cell, dt.date):
        return cell.strftime(DATE_FORMAT)
    if isinstance(cell, dt.time):
        return cell.strftime("%H:%M")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, (int, float)):
        return str(cell)
    return _FOOTNOTE.sub("", _clean_text(cell).replace("\xa0", " "))


# A footnote mark after a cell's text («Tập huấn ATVSLĐ (*)», «15/9/2027*»), pointing at a note under the table.
_FOOTNOTE = re.compile(r"(?<=[\w.)])\s*(?:\(\*{1,3}\)|\*{1,3})$")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Bad(Exception):
    """A cell value that cannot be used; the message says what is expected, in Vietnamese."""

    def __init__(self, message: str, *, names_value: bool = False) -> None:
        super().__init__(message)
        # False: the message only says what is expected, and the bad value is put in front of it.
        self.names_value = names_value


# --- Parsing single values ------------------------------------------------------------------------------

_DMY_RE = re.compile(
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?:\s*[ T,]\s*(?P<t>.+))?"
)
_YMD_RE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s*[ T]\s*(?P<t>.+))?")
_DATE_EXPECTED = "không phải ngày hợp lệ (dd/mm/yyyy, có thể kèm giờ HH:MM)."


def _parse_local(cell: Cell) -> tuple[dt.date, dt.time | None]:
    """A date and, when given, a time of day from a text or Excel date cell."""
    if isinstance(cell, dt.datetime):
        return cell.date(), cell.time().replace(microsecond=0)
    if isinstance(cell, dt.date):
        return cell, None
    if isinstance(cell, str) and re.fullmatch(r"\s*\d{5}\s*", cell):
        cell = int(cell)  # an Excel serial number pasted as text
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and (moment := excel_serial(cell)):
        return moment.date(), moment.time() if moment.time() != dt.time(0) else None
    if not isinstance(cell, str):
        raise _Bad(_DATE_EXPECTED)
    text = re.sub(r"(?<=\d)[ t]0?0:00:00(?:\.0+)?$", "", _clean_text(cell).lower())  # a date written out by a program
    match = _DMY_RE.fullmatch(text) or _YMD_RE.fullmatch(text)
    if match is None:
        raise _Bad(_DATE_EXPECTED)
    try:
        day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError as exc:
        raise _Bad(_DATE_EXPECTED) from exc
    if match["t"] is None:
        return day, None
    clock = parse_clock(match["t"])  # the one time reader (also the web workspace's and the command line's)
    if clock is None:
        raise _Bad(BAD_CLOCK)
    return day, clock


def _check_year(day: dt.date) -> None:
    if not 1900 <= day.year <= 2100:
        raise _Bad("có năm ngoài khoảng 1900–2100.")


def parse_datetime(cell: Cell, tz: ZoneInfo, default_time: dt.time) -> dt.datetime:
    """An aware UTC datetime from a local date (with `default_time`) or local date and time."""
    day, clock = _parse_local(cell)
    _check_year(day)
    return dt.datetime.combine(day, clock or default_time, tzinfo=tz).astimezone(dt.UTC)


def parse_day_and_clock(cell: Cell) -> tuple[dt.date, dt.time | None]:
    """A local date and the time of day when one is written (None: a date alone, whose hour nobody gave)."""
    day, clock = _parse_local(cell)
    _check_year(day)
    return day, clock


def parse_date(cell: Cell) -> dt.date:
    """A calendar date (a time, if any, is ignored)."""
    day, _clock = _parse_local(cell)
    _check_year(day)
    return day


_NUMBER_EXPECTED = 'không phải số hợp lệ (ví dụ 3.580 hoặc 61,23).'


def parse_number(cell: Cell) -> float:
    """A number, Vietnamese style: "." groups thousands ("3.580"), "," is the decimal mark ("61,23")."""
    if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
        raise _Bad(_NUMBER_EXPECTED)
    if isinstance(cell, (int, float)):
        return float(cell)
    text = re.sub(r"\s", "", _clean_text(cell)).removesuffix("%")
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+\.\d+", text):
        # Both marks, "." last: written the English way ("1,234.5").
        text = text.replace(",", "")
    elif re.fullmatch(r"[+-]?\d+,\d+", text):
        text = text.replace(",", ".")
    elif not re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
        raise _Bad(_NUMBER_EXPECTED)
    return float(text)


def parse_years(cell: Cell) -> tuple[int, int]:
    """A year ("2026") or a range of years ("2013-2018", "2013–2018")."""
    expected = 'không phải năm hợp lệ (ví dụ 2026 hoặc 2013-2018).'
    if isinstance(cell, bool):
        raise _Bad(expected)
    if isinstance(cell, (int, float)):
        if not float(cell).is_integer():
            raise _Bad(expected)
        first = last = int(cell)
    elif isinstance(cell, str):
        match = re.fullmatch(r"(\d{4})\s*(?:[-–—]\s*(\d{4}))?", _clean_text(cell))
        if match is None:
            raise _Bad(expected)
        first = int(match[1])
        last = int(match[2] or match[1])
    else:
        raise _Bad(expected)
    if not (1900 <= first <= 2100 and 1900 <= last <= 2100):
        raise _Bad("có năm ngoài khoảng 1900–2100.")
    if last < first:
        raise _Bad("có năm kết thúc trước năm bắt đầu.")
    return first, last


def format_number(value: float) -> str:
    """A number for a CSV cell: no thousands mark, decimal comma, as many digits as the value has."""
    if value.is_integer():
        return str(int(value))
    # repr gives the shortest text that reads back to the same float; Decimal avoids exponent form.
    return format(decimal.Decimal(repr(value)), "f").replace(".", ",")


# --- Reading files --------------------------------------------------------------------------------------


@dataclass
class _RawSheet:
    """Rows of one sheet (or of a CSV file) numbered as the user sees them."""

    name: str
    rows: list[tuple[int, list[Cell]]]


def _check_extension(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TransferError(
            f'Tệp "{path.name}" là định dạng Excel cũ (.xls), chưa hỗ trợ. '
            "Hãy mở bằng Excel và lưu lại thành .xlsx (Excel Workbook) hoặc .csv (UTF-8)."
        )
    if suffix not in EXTENSIONS:
        raise TransferError(
            f'Tệp "{path.name}" không phải .xlsx hoặc .csv; chỉ nhận bảng tính Excel (.xlsx) hoặc CSV.'
        )
    return suffix


def _shows_time(number_format: str) -> bool:
    """Whether an Excel number format displays a time of day (so 00:00 is meant, not "no time")."""
    bare = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format or "").lower()
    return "h" in bare


# Up to this size a workbook is opened whole, so merged cells can be read; larger ones are streamed.
MERGED_READ_LIMIT = 1_000_000  # about 26,000 rows; opened whole they take about 110 MB


def _read_xlsx(path: Path) -> list[_RawSheet]:
    """Every worksheet's cells; Excel dates become dates, or datetimes when their format shows a time.

    A cell merged over several rows (an organiser or a place written once for a group of classes) gives
    its value to every row it covers; merged across columns (a section title) it stays in its first cell.
    """
    whole = path.stat().st_size <= MERGED_READ_LIMIT
    try:
        workbook = openpyxl.load_workbook(path, read_only=not whole, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or non-Excel file
        raise TransferError(
            f'Không đọc được tệp Excel "{path.name}": tệp hỏng hoặc không phải bảng tính .xlsx.'
        ) from exc
    sheets: list[_RawSheet] = []
    try:
        for worksheet in workbook.worksheets:
            fill: dict[tuple[int, int], Cell] = {}
            if whole:
                for merged in worksheet.merged_cells.ranges:
                    top = _xlsx_cell(worksheet.cell(merged.min_row, merged.min_col))
                    for number in range(merged.min_row + 1, merged.max_row + 1):
                        fill[(number, merged.min_col - 1)] = top
            else:
                # Some tools write a wrong sheet size; without this, read-only mode would cut rows off.
                worksheet.reset_dimensions()
            rows: list[tuple[int, list[Cell]]] = []
            for number, row in enumerate(worksheet.iter_rows(min_row=1, min_col=1), start=1):
                cells = [_xlsx_cell(cell) for cell in row]
                for index in range(len(cells)):
                    if (number, index) in fill and _is_empty(cells[index]):
                        cells[index] = fill[(number, index)]
                if not all(_is_empty(cell) for cell in cells):
                    rows.append((number, cells))
            sheets.append(_RawSheet(str(worksheet.title), rows))
    except TransferError:
        raise
    except Exception as exc:  # a sheet that cannot be parsed is a damaged file, not a bug here
        raise TransferError(f'Không đọc được tệp Excel "{path.name}": nội dung bị hỏng.') from exc
    finally:
        workbook.close()
    return sheets


def _xlsx_cell(cell: Any) -> Cell:
    value = cell.value
    if isinstance(value, dt.datetime):
        return value if _shows_time(getattr(cell, "number_format", "") or "") else value.date()
    if isinstance(value, (str, int, float, bool, dt.date, dt.time)):
        return value
    return None if value is None else str(value)


def _decode_csv(path: Path, data: bytes, warnings: list[Issue]) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's «Unicode Text» saved under a .csv name: UTF-16 with its byte-order mark (tab-separated).
        try:
            return unicodedata.normalize("NFC", data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise TransferError(f'Không đọc được tệp "{path.name}": mã UTF-16 bị hỏng.') from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            # Excel's "CSV (Comma delimited)" on Vietnamese Windows writes Windows-1258.
            text = data.decode("cp1258")
        except UnicodeDecodeError as exc:
            raise TransferError(
                f'Không đọc được tệp "{path.name}": không phải văn bản UTF-8. '
                'Hãy lưu lại bằng Excel với kiểu "CSV UTF-8 (Comma delimited)".'
            ) from exc
        warnings.append(Issue(
            path.name, None, None, None,
            "Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258. Nên lưu lại dạng CSV UTF-8.",
        ))
    repaired = repair_mojibake(text)
    if repaired != text:
        warnings.append(Issue(
            path.name, None, None, None,
            "Tệp có chữ bị lỗi bảng mã (chữ UTF-8 đã bị mở nhầm bằng Windows-1252 rồi lưu lại, ví dụ «LiÃªn»); "
            "đã đọc lại thành chữ có dấu. Hãy kiểm tra lại dấu và lưu tệp dạng CSV UTF-8.",
        ))
    return unicodedata.normalize("NFC", repaired)


# Characters Windows-1252 shows for the bytes 0x80–0xFF (its own letters and symbols, and the Latin-1 ones),
# and the C1 controls it has no letter for: a run of two or more of them may be one UTF-8 letter misread.
_CP1252_RUN = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}")


def _cp1252_byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch)  # a C1 control kept for a byte Windows-1252 has no letter for (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def repair_mojibake(text: str) -> str:
    """Vietnamese text that went through Windows-1252 once («LiÃªn Ä‘oÃ n» for «Liên đoàn»), read back as
    written. Only runs that decode as UTF-8 change: two Vietnamese letters never make one (a UTF-8 lead byte
    is a letter in Windows-1252, its continuation bytes are symbols), so correct text stays as it is."""
    if not re.search("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]", text):
        return text

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            return bytes(_cp1252_byte(ch) for ch in run).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return run

    return _CP1252_RUN.sub(fix, text)


def _read_csv(path: Path, warnings: list[Issue]) -> list[_RawSheet]:
    """The records of a CSV file; the delimiter (",", ";" or tab) is the one that reveals a header row."""
    data = path.read_bytes()
    text = _decode_csv(path, data, warnings)
    if not text.strip():
        raise TransferError(f'Tệp "{path.name}" trống.')
    delimiter: str | None = None
    first_line, _, rest = text.partition("\n")
    hint = re.fullmatch(r"\s*sep=(.)\s*", first_line)
    if hint:
        # Excel's "sep=;" line: not shown as a row by Excel, so it does not count in row numbers.
        delimiter, text = hint[1], rest
    try:
        if delimiter is None:
            delimiter = _sniff_delimiter(text)
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise TransferError(f'Không đọc được tệp CSV "{path.name}": {exc}.') from exc
    rows: list[tuple[int, list[Cell]]] = []
    for number, record in enumerate(records, start=1):
        cells: list[Cell] = [_unescape_formula(value) for value in record]
        if not all(_is_empty(cell) for cell in cells):
            rows.append((number, cells))
    return [_RawSheet(path.name, rows)]


def _sniff_delimiter(text: str) -> str:
    best, best_score = ",", (-1, -1)
    for delimiter in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        score = (-1, -1)
        for _, record in zip(range(HEADER_SEARCH_ROWS), reader, strict=False):
            recognised = max(len(_known_headers(record, kind)) for kind in KINDS)
            score = max(score, (recognised, len(record)))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _unescape_formula(value: str) -> str:
    """Undo the "'" that export puts before text that a spreadsheet would run as a formula."""
    return value[1:] if value.startswith("'") and _FORMULA_START.match(value) else value


def _escape_formula(value: str) -> str:
    return "'" + value if _FORMULA_START.match(value) else value


# --- Recognising tables ---------------------------------------------------------------------------------


def _column_index() -> dict[str, dict[str, Column]]:
    index: dict[str, dict[str, Column]] = {}
    for kind, columns in COLUMNS.items():
        index[kind] = {}
        for column in columns:
            for header in (column.header, *column.aliases):
                index[kind][_header_key(header)] = column
    return index


_HEADERS = _column_index()


def _known_headers(cells: Iterable[Cell], kind: str) -> set[str]:
    """The fields of `kind` that these header cells name."""
    found = set()
    for cell in cells:
        if isinstance(cell, str) and (column := _HEADERS[kind].get(_header_key(cell))):
            found.add(column.field)
    return found


@dataclass
class _Table:
    """A recognised table: its sheet, kind, header row, and which cell index holds which column."""

    sheet: str
    kind: str
    header_row: int
    columns: dict[int, Column]
    headers: dict[str, str]  # field → the header as written in the file
    rows: list[tuple[int, list[Cell]]]
    title_lines: list[str] = field(default_factory=list)  # the lines above the table, as written
    default_year: int | None = None  # the plan's year, for dates written without one
    default_unit: str | None = None  # a targets table's unit, from «Chỉ tiêu (người)»
    issuer: Organisation | str | None = None  # the union issuing the plan (title block, else the importer)
    issuer_known: bool = False
    # «Hình thức» split into one column per format («Trực tiếp | Trực tuyến») marked «x»: cell index → format.
    format_marks: dict[int, tuple[str, str]] = field(default_factory=dict)  # index → (format, header as written)

    def index_of(self, name: str) -> int | None:
        """The cell index of a field's column, or None when the table has no such column."""
        return next((i for i, c in self.columns.items() if c.field == name), None)


def _recognise(sheet: _RawSheet, errors: list[Issue], warnings: list[Issue]) -> _Table | None:
    """Find the header row among the first rows; the kind is the one whose headers it names most."""
    for position, (number, cells) in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        counts = {kind: len(_known_headers(cells, kind)) for kind in KINDS}
        kind = max(KINDS, key=lambda k: counts[k])
        other = next(k for k in KINDS if k != kind)
        if counts[kind] < 2 or counts[kind] == counts[other]:
            continue
        columns: dict[int, Column] = {}
        headers: dict[str, str] = {}
        seen: dict[str, int] = {}
        marks: dict[int, tuple[str, str]] = {}
        for index, cell in enumerate(cells):
            if _is_empty(cell):
                continue
            written = " ".join(_cell_text(cell).split())  # «Đối tượng↵học viên»: one line in messages
            column = _HEADERS[kind].get(_header_key(written))
            if column is None and kind == COURSES and (term := FORMAT_VOCABULARY.find(written)) is not None:
                marks[index] = (term.key, written)  # «Trực tiếp | Trực tuyến» side by side, marked «x»
                continue
            if column is None:
                warnings.append(Issue(sheet.name, None, written, None,
                                      "tên cột không có trong mẫu nên cột này được bỏ qua."))
                continue
            if column.field == "starts_at" and "starts_at" in seen and "days" not in seen:
                # «Thời gian» beside «Ngày bắt đầu» is the length of the class («02 ngày»).
                duration = _DAYS_COLUMN
                if _header_key(written).startswith("thoigian"):
                    seen["days"], columns[index], headers["days"] = index, duration, written
                    continue
                if _header_key(headers["starts_at"]).startswith("thoigian"):
                    earlier = seen["starts_at"]
                    seen["days"], columns[earlier], headers["days"] = earlier, duration, headers["starts_at"]
                    del seen["starts_at"]
            if (column.field == "title" and "title" in seen and _TITLE_DETAIL not in headers
                    and _header_key(written) != _header_key(headers["title"])):  # one name twice is a slip
                # «Tên lớp» beside «Nội dung bồi dưỡng»: the one that names the class is the title, the other
                # says more about it and goes to the class's notes.
                earlier = seen["title"]
                if _title_rank(written) < _title_rank(headers["title"]):
                    columns[earlier], headers[_TITLE_DETAIL] = _title_detail(headers["title"]), headers["title"]
                    seen["title"], columns[index], headers["title"] = index, column, written
                else:
                    columns[index], headers[_TITLE_DETAIL] = _title_detail(written), written
                continue
            if column.field in seen:
                errors.append(Issue(
                    sheet.name, number, written, None,
                    f"cột trùng với cột {get_column_letter(seen[column.field] + 1)} "
                    f'("{headers[column.field]}").',
                ))
                continue
            seen[column.field] = index
            columns[index] = column
            headers[column.field] = written
        body = sheet.rows[position + 1:]
        # A two-line header («Thời gian» over «Từ ngày | Đến ngày») and a line of column numbers
        # («(1) (2) (3)») belong to the header, not to the data.
        while body and _header_continuation(body[0][1], kind, columns, headers, marks, cells):
            body = body[1:]
        title_lines = [text for _n, cells_above in sheet.rows[:position]
                       for text in (_cell_text(c) for c in cells_above if not _is_empty(c))]
        table = _Table(sheet.name, kind, number, columns, headers, body, title_lines, plan_year(title_lines),
                       format_marks=marks)
        # «Chỉ tiêu (người)»: the unit in brackets, when there is no unit column.
        unit = re.search(r"\((.{1,40}?)\)", headers.get("target_value", "")) if kind == TARGETS else None
        table.default_unit = unit[1].strip() if unit else None
        if kind == COURSES and "title" not in headers and _header_key(headers.get("topic", "")) == "chuyende":
            # «Chuyên đề» with no column naming the class: each topic taught is the class («Chuyên đề 1: …»).
            at = table.index_of("topic")
            assert at is not None
            title_column = next(c for c in COURSE_COLUMNS if c.field == "title")
            columns[at], headers["title"] = title_column, headers.pop("topic")
        implied = {"period": table.default_year, "unit": table.default_unit}
        found = [" ".join(_cell_text(c).split()) for c in cells if not _is_empty(c)]
        for column in COLUMNS[kind]:
            if column.required and column.field not in headers and implied.get(column.field) is None:
                errors.append(Issue(sheet.name, None, None, None, _missing_column(column, found)))
        return table
    return None


def _missing_column(column: Column, found: Sequence[str]) -> str:
    """A required column the header row lacks: the names it is recognised by, and the headers the row has."""
    names = ", ".join(f"«{name}»" for name in (column.header, *column.aliases))
    have = ", ".join(f"«{_short(name, 40)}»" for name in found) or "không có"
    return (f'Thiếu cột bắt buộc "{column.header}". Cột này được nhận với một trong các tên: {names}. '
            f"Hàng tiêu đề trong tệp có các cột: {have}.")


def _title_rank(header: str) -> int:
    """How plainly a header names the class: «Tên lớp», «Tên khóa học», «Lớp» before «Tên chương trình», «Nội dung
    bồi dưỡng», which often hold the longer content."""
    key = _header_key(header)
    if key.startswith("tenlop") or key.startswith("tenkhoa") or key == "lop":
        return 0
    return 1 if key.startswith("ten") else 2


def _title_detail(header: str) -> Column:
    """A second column that could name the class («Nội dung bồi dưỡng» beside «Tên lớp»): read into its notes."""
    return Column(_TITLE_DETAIL, header)


def _format_under(columns: dict[int, Column], marks: dict[int, tuple[str, str]], index: int) -> bool:
    """Whether cell `index` lies under a «Hình thức» header merged across the columns from it rightwards."""
    start = next((i for i, c in columns.items() if c.field == "format"), None)
    if start is None:
        start = min(marks, default=None)
    if start is None or index < start:
        return False
    return not any(start < i <= index for i in columns if columns[i].field != "format")


def _header_continuation(cells: list[Cell], kind: str, columns: dict[int, Column], headers: dict[str, str],
                         marks: dict[int, tuple[str, str]] | None = None, above: Sequence[Cell] = ()) -> bool:
    """Whether a row under the header is its second line or a line of column numbers; takes its names.
    Under a «Hình thức» header, the names of formats («Trực tiếp | Trực tuyến») make one column per format,
    marked «x» on each class's row (`marks`: cell index → format)."""
    filled = [(i, " ".join(_cell_text(c).split())) for i, c in enumerate(cells) if not _is_empty(c)]
    # A heading merged down over both lines («STT», «Kinh phí») is read again on the second: not a new name.
    repeated = [(i, text) for i, text in filled if i < len(above) and text == " ".join(_cell_text(above[i]).split())]
    if repeated and len(repeated) < len(filled):
        filled = [(i, text) for i, text in filled if (i, text) not in repeated]
    if not filled:
        return False
    if all(re.fullmatch(r"\(?[0-9]{1,2}\)?|\(?[A-Za-z]\)?", text) for _i, text in filled):
        return len(filled) >= 3
    named = {i: _HEADERS[kind].get(_header_key(text)) for i, text in filled}
    formats = {i: (term.key, text) for i, text in filled if named[i] is None and kind == COURSES and marks is not None
               and (term := FORMAT_VOCABULARY.find(text)) is not None and _format_under(columns, marks, i)}
    if not all(column or i in formats for i, column in named.items()):
        return False
    if formats and marks is not None:
        marks.update(formats)
        for i in formats:
            columns.pop(i, None)  # the «Hình thức» cell above holds marks now, not a format's name
            headers["format"] = headers.get("format") or dict(filled)[i]
    for i, column in named.items():
        if column is None:
            continue
        assert column is not None
        previous = columns.get(i)
        if previous is not None and previous.field != column.field:
            headers.pop(previous.field, None)
        if column.field in headers and previous is None:
            continue  # «STT» merged over both lines: already known
        columns[i] = column
        headers[column.field] = dict(filled)[i]
    return True


# --- Organisations --------------------------------------------------------------------------------------


@dataclass
class _NewOrganisation:
    """An organisation named in the file but not in the database: created when the import is written."""

    name: str
    province: str | None


def _planned_province(planned: _NewOrganisation, kind: str) -> str | None:
    """The province of a union a plan names and the database lacks, as written (former names included). A
    national body's classes are held in some city, but the body is not that city's. A commune or ward often
    carries a former province's name («phường Sóc Trăng», «phường Bắc Giang»), a company its home town's
    («Công ty May Hòa Bình» in Lạng Sơn): for them the plan's province says where they are, when it gives one;
    a province's, sector's or zone's name says its province itself."""
    national = is_national(planned.name)
    if national:
        return province_in(planned.name)
    if kind in ("commune", "grassroots", "school", "centre") and planned.province:
        return planned.province
    return province_in(planned.name) or planned.province


class _Organisations:
    """Organisations by code, name and alias, compared by `knowledge.orgnames` keys (abbreviations
    expanded, so «LĐLĐ TP Hà Nội» is the built-in «Liên đoàn Lao động thành phố Hà Nội»); names not found
    are planned as new organisations, placed under their province's union or the importer's own."""

    def __init__(self, session: Session, home: Organisation | None = None) -> None:
        self.all = list(session.scalars(select(Organisation).order_by(Organisation.id)))
        self.by_id = {org.id: org for org in self.all}
        self.by_code = {org.code.casefold(): org for org in self.all}
        self.directory = Directory()
        for org in self.all:
            names = [org.name, *org.aliases.split(";")]
            if org.kind == "province" and org.province and not unions.is_history(org):
                # «LĐLĐ tỉnh Hậu Giang» in a plan written after the merger is Cần Thơ's LĐLĐ.
                names += former_union_names(org.province)
            self.directory.add(org.id, names)
        # Today's provincial LĐLĐs by province: the one each province's new units sit under.
        self.provincial = {province_key(o.province): o for o in reversed(self.all)
                           if o.kind == "province" and o.province and not unions.is_history(o)}
        self.home = home
        self.new: dict[str, _NewOrganisation] = {}
        self.used: set[int] = set()  # existing unions the file names
        self.may_move = False  # whether national bodies filed under a province may be moved (see `relocate`)

    def find(self, text: str) -> Organisation | None:
        """The organisation a code, name or alias names; an ambiguous name is refused."""
        if org := self.by_code.get(text.strip().casefold()):
            return org
        found = list(dict.fromkeys(self._today(i) for i in self.directory.find(text)))
        if len(found) > 1:
            codes = ", ".join(self.by_id[i].code for i in found)
            raise _Bad(f"trùng tên với nhiều đơn vị; hãy ghi mã đơn vị ({codes}).")
        if found:
            self.used.add(found[0])
        return self.by_id[found[0]] if found else None

    def province_of(self, org: Organisation | str | None) -> str | None:
        """The province (today's) a union's classes are held in, when its plan names none: an existing union's,
        or a new one's as the plan names it; None for a national body."""
        if isinstance(org, Organisation):
            return None if org.province is None else (current_province(org.province) or org.province)
        if isinstance(org, str) and (planned := self.new.get(org)) is not None:
            place = _planned_province(planned, guess_kind(planned.name))
            return current_province(place) or place if place else None
        return None

    def _today(self, ident: int) -> int:
        """A merged province's LĐLĐ named in a plan means today's LĐLĐ of its province (it ended in 2025);
        any other union, a former district's included, is the one the plan names."""
        org = self.by_id[ident]
        if org.kind == "province" and org.province and unions.is_history(org):
            heir = self.provincial.get(province_key(current_province(org.province) or ""))
            return heir.id if heir is not None else ident
        return ident

    def relocate(self) -> list[Organisation]:
        """Move the national bodies this file names that an earlier import filed under a province's union
        (where their classes were held) to the Tổng Liên đoàn, with no province; returns them."""
        root = next((o for o in self.all if o.kind == "national"), None)
        moved: list[Organisation] = []
        for ident in sorted(self.used):
            org = self.by_id[ident]
            parent = org.parent
            if (root is not None and org is not root and parent is not None and parent.kind == "province"
                    and is_national(org.name)):
                org.parent, org.parent_id, org.province = root, root.id, None
                moved.append(org)
        return moved

    def resolve(self, text: str, province: str | None) -> Organisation | str:
        """An existing organisation, or the key of a new one to create (the same name once)."""
        if len(text) > 200:
            raise _Bad("dài quá 200 ký tự.")
        org = self.find(text)
        if org is not None:
            return org
        key = org_key(text)
        if not key:
            raise _Bad("không phải tên đơn vị hợp lệ.")
        self.new.setdefault(key, _NewOrganisation(text, province))
        return key

    def label(self, org: Organisation, written: str = "") -> str:
        """What export writes: the plan's own spelling (`written`) or the name, or the code when that would
        find another organisation."""
        for name in filter(None, (written, org.name)):
            try:
                found = self.find(name)
            except _Bad:
                found = None
            if found is org:
                return name
        return org.code

    def _parent(self, name: str, kind: str, province: str | None,
                created: Iterable[Organisation] = ()) -> Organisation | None:
        """Where a new union sits: a province's union and a national body (a national sector union, the
        Tổng Liên đoàn's university: `orgnames.is_national`) under the national one, whatever city the plan
        holds its classes in; any other under its province's LĐLĐ (commune, ward and industrial-zone unions
        since 2025), one this same file creates included, else the importer's union."""
        root = next((o for o in self.all if o.kind == "national"), None)
        if kind == "province" or is_national(name):
            return root if kind != "national" or org_key(name) != org_key(root.name if root else "") else None
        if province is not None:
            today = province_key(current_province(province) or province)
            found = self.provincial.get(today) or next(
                (o for o in created if o.kind == "province" and province_key(o.province) == today), None)
            if found is not None:
                return found
        return self.home

    def create(self, session: Session) -> dict[str, Organisation]:
        """Add the planned organisations to the session, provinces' unions first (the others of the same
        file may sit under them); returns them by key."""
        created: dict[str, Organisation] = {}
        codes = set(self.by_code)
        planned_kinds = {key: guess_kind(planned.name) for key, planned in self.new.items()}
        for key in sorted(self.new, key=lambda k: planned_kinds[k] != "province"):
            planned = self.new[key]
            base = re.sub(r"[^a-z0-9]+", "-", _term_key(planned.name)).strip("-")[:36] or "don-vi"
            code, n = base, 1
            while code.casefold() in codes:
                n += 1
                code = f"{base}-{n}"
            codes.add(code.casefold())
            kind = planned_kinds[key]
            national = is_national(planned.name)
            province = _planned_province(planned, kind)
            if province is not None and kind != "district" and not (kind == "province" and is_former(province)):
                province = current_province(province) or province  # today's province (a district stays history)
            parent = self._parent(planned.name, kind, province, created.values())
            written = from_capitals(planned.name)
            full = written_out(written)
            org = Organisation(code=code, name=full[:200], kind=kind,
                               province=province or (parent.province if parent and not national else None),
                               parent=parent, aliases=written if full != written else "")
            session.add(org)
            created[key] = org
        return {key: created[key] for key in self.new}

    @staticmethod
    def describe(org: Organisation) -> str:
        """«Công đoàn phường Láng (xã/phường, thuộc Liên đoàn Lao động thành phố Hà Nội)» for the summary."""
        kind = KIND_LABELS.get(org.kind, org.kind)
        return f"{org.name} ({kind}" + (f", thuộc {org.parent.name})" if org.parent else ")")


# --- Checking rows --------------------------------------------------------------------------------------


@dataclass
class _Record:
    """One parsed data row: the values of the columns present (only those are written)."""

    table: _Table
    row: int
    values: dict[str, Any]
    raw: dict[str, Cell] = field(default_factory=dict)  # the cells as written, for messages
    ok: bool = True
    inferred: set[str] = field(default_factory=set)  # fields the plan does not give, filled from elsewhere

    @property
    def code(self) -> str | None:
        value = self.values.get("code")
        return value if isinstance(value, str) else None


class _Checker:
    """Parses and checks every row of every table, collecting all errors and warnings."""

    def __init__(self, session: Session, tz: ZoneInfo, home: Organisation | None = None) -> None:
        self.tz = tz
        self.organisations = _Organisations(session, home)
        self.skipped: list[tuple[str, int, str]] = []
        self._table: _Table | None = None
        self.batch: _Batch | None = None  # the batch («Đợt 2») the rows being read are under
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []
        self._where: tuple[str, int, str] = ("", 0, "")
        self._parsers: dict[str, Callable[[Cell, dict[str, Any]], Any]] = {
            "code": self._code,
            "title": self._line(300),
            "topic": self._topic,
            "audiences": self._roles,
            "organiser": self._organisation,
            "partner": self._line(200),
            "province": self._province,
            "venue": self._line(300),
            "format": self._format,
            "starts_at": self._starts,
            "ends_at": self._day(END_TIME),
            "registration_deadline": self._day(DEADLINE_TIME),
            "days": self._days,
            "stt": lambda cell, _row: _cell_text(cell),
            "registered": lambda _cell, _row: None,
            "waiting": lambda _cell, _row: None,
            "capacity": self._capacity,
            "status": self._status,
            "description": self._text(None),
            _TITLE_DETAIL: self._text(None),
            "reminders": self._ladder,
            "organisation": self._organisation,
            "period": lambda cell, _row: parse_years(cell),
            "metric": self._text(None),
            "audience": self._role,
            "target_value": self._quantity,
            "unit": self._text(40),
            "achieved_value": self._quantity,
            "as_of": lambda cell, _row: parse_date(cell),
            "note": self._text(None),
        }

    def error(self, record: _Record, column_field: str, value: Cell, message: str) -> None:
        """Record an error against a cell of a row."""
        header = record.table.headers.get(column_field) or _catalogue_header(record.table.kind, column_field)
        self.errors.append(Issue(record.table.sheet, record.row, header, _cell_text(value) or None, message))
        record.ok = False

    def warn(self, message: str) -> None:
        """Record a warning against the cell being parsed."""
        sheet, row, header = self._where
        self.warnings.append(Issue(sheet, row, header, None, message))

    def parse(self, table: _Table, number: int, cells: list[Cell]) -> _Record:
        """Parse the cells of one data row in column order."""
        record = _Record(table, number, {})
        self._table = table
        if not table.issuer_known:
            table.issuer, table.issuer_known = _default_organiser(self, table), True
        order = {column.field: i for i, column in enumerate(COLUMNS[table.kind])}
        order["province"] = -1  # a new organiser takes the row's province
        order[_TITLE_DETAIL] = len(order)
        for index, column in sorted(table.columns.items(), key=lambda item: order[item[1].field]):
            cell = cells[index] if index < len(cells) else None
            header = table.headers[column.field]
            record.raw[column.field] = cell
            if _is_empty(cell):
                if column.field == "starts_at" and self.batch is not None and self.batch.when is not None:
                    # A class under «Đợt 2 (tháng 3/2027)» with no time of its own: the batch's.
                    record.values["starts_at"] = self.batch.when
                    self.warnings.append(Issue(table.sheet, number, header, None,
                                               f"chưa có thời gian; lấy thời gian của «{self.batch.label}»."))
                elif column.field == "starts_at" and table.default_year is not None:
                    # A class the plan gives no time for yet: kept, as «dự kiến năm 2027».
                    record.values["starts_at"] = whole_year(table.default_year)
                    self.warnings.append(Issue(table.sheet, number, header, None,
                                               f"chưa có thời gian; ghi là dự kiến năm {table.default_year}."))
                elif column.field == "period" and table.default_year is not None:
                    record.values["period"] = (table.default_year, table.default_year)
                elif column.field == "unit" and table.default_unit:
                    record.values["unit"] = table.default_unit
                elif column.required:
                    self.error(record, column.field, None, "không được để trống.")
                else:
                    record.values[column.field] = EMPTY_VALUES[column.field]
                continue
            self._where = (table.sheet, number, header)
            try:
                record.values[column.field] = self._parsers[column.field](cell, record.values)
            except _Bad as bad:
                message = str(bad) if bad.names_value else f'"{_short(_cell_text(cell))}" {bad}'
                self.error(record, column.field, cell, message)
        if table.format_marks:
            self._marked_format(table, record, cells)
        return record

    def _marked_format(self, table: _Table, record: _Record, cells: list[Cell]) -> None:
        """The format from «x» marks in the per-format columns: one mark is that format, in person and
        online together is the combined one, no mark is in person (as an empty «Hình thức» cell)."""
        marked: list[str] = []
        for index, (key, header) in sorted(table.format_marks.items()):
            cell = cells[index] if index < len(cells) else None
            if _is_empty(cell):
                continue
            if fold(_cell_text(cell)) not in _MARKS:
                self.errors.append(Issue(table.sheet, record.row, header, _cell_text(cell),
                                         'cột hình thức chỉ đánh dấu «x» (hoặc để trống).'))
                record.ok = False
                continue
            marked.append(key)
        kinds = set(marked)
        if not kinds:
            record.values["format"] = EMPTY_VALUES["format"]
        elif len(kinds) == 1:
            record.values["format"] = marked[0]
        else:
            record.values["format"] = "ket_hop"

    # Field parsers: each takes the cell and the values parsed so far in the row.

    def _code(self, cell: Cell, _row: dict[str, Any]) -> str:
        text = _cell_text(cell)
        if not _CODE_RE.fullmatch(text):
            raise _Bad(
                'không phải mã hợp lệ (chỉ chữ cái không dấu, chữ số, "-", "_", "."; tối đa 40 ký tự).'
            )
        return text

    @staticmethod
    def _text(limit: int | None) -> Callable[[Cell, dict[str, Any]], str]:
        def parse(cell: Cell, _row: dict[str, Any]) -> str:
            text = _cell_text(cell)
            if limit is not None and len(text) > limit:
                raise _Bad(f"dài quá {limit} ký tự.")
            return text

        return parse

    @staticmethod
    def _line(limit: int) -> Callable[[Cell, dict[str, Any]], str]:
        """A one-line text: a line break typed in the cell («Tập huấn↵ATVSLĐ») is a space."""
        def parse(cell: Cell, _row: dict[str, Any]) -> str:
            text = " ".join(_cell_text(cell).split())
            if len(text) > limit:
                raise _Bad(f"dài quá {limit} ký tự.")
            return text

        return parse

    @staticmethod
    def _ladder(cell: Cell, _row: dict[str, Any]) -> str:
        """A course's own reminder ladder, stored in the canonical short form ("7d; 1d@07:00; 2h")."""
        try:
            rungs = reminders.parse_ladder(_cell_text(cell))
        except reminders.LadderError as exc:
            raise _Bad(str(exc)[:1].upper() + str(exc)[1:] + ".") from exc
        return "; ".join(r.key for r in rungs) if rungs else "không"

    @staticmethod
    def _term(vocabulary: Vocabulary) -> Callable[[Cell, dict[str, Any]], str]:
        def parse(cell: Cell, _row: dict[str, Any]) -> str:
            text = _cell_text(cell)
            term = vocabulary.find(text)
            if term is None:
                raise _Bad(vocabulary.unknown(text), names_value=True)
            return term.key

        return parse

    @staticmethod
    def _status(cell: Cell, _row: dict[str, Any]) -> str:
        """A course status. «Hoàn» (refunded, done) typed with its marks folds to the «hoan» of «Hoãn» but is no
        postponement: refused with what to write, rather than a class put off by a guess."""
        text = _cell_text(cell)
        term = STATUS_VOCABULARY.find(text)
        if term is not None and term.key == "postponed" and hoan_apart(text, fold(text)) != fold(text):
            raise _Bad(STATUS_VOCABULARY.unknown(text) + " Lớp hoãn thì ghi «Hoãn» (dấu ngã); lớp đã học xong ghi "
                       "«Đã kết thúc»; lớp đã hủy ghi «Đã hủy».", names_value=True)
        if term is None:
            raise _Bad(STATUS_VOCABULARY.unknown(text), names_value=True)
        return term.key

    def _topic(self, cell: Cell, row: dict[str, Any]) -> str:
        """A catalogue topic by name, abbreviation or synonym; other words are kept as written (a warning)."""
        text = _cell_text(cell)
        if len(text) > 300:
            raise _Bad("dài quá 300 ký tự.")
        exact = TOPIC_VOCABULARY.find(text)
        term = exact or _contained(_TOPIC_FORMS, text)
        # Words beyond the catalogue's («Tuyên truyền pháp luật» is filed under tuyên truyền) are kept: they are
        # searched, and may name a second topic the class is on.
        row["topic_text"] = "" if exact else text
        if term is None:
            self.warn(f'"{_short(text)}" không có trong danh mục chủ đề; vẫn ghi và tìm được như trong tệp.')
        return term.key if term else ""

    def _format(self, cell: Cell, row: dict[str, Any]) -> str:
        """A catalogue format, or one the text names («Trực tiếp tại hội trường»); other words go to the
        class's notes with a warning, and the class counts as in person."""
        text = _cell_text(cell)
        term = FORMAT_VOCABULARY.find(text) or _contained(_FORMAT_FORMS, text)
        named = {t.key for form, t in _FORMAT_FORMS if re.search(rf"\b{re.escape(form)}\b", _expand(_term_key(text)))}
        if {"tap_trung", "truc_tuyen"} <= named:
            return "ket_hop"  # «Trực tiếp + trực tuyến», «tập trung và online»
        if term is not None:
            return term.key
        row["_format_words"] = _short(text, 200)
        self.warn(f'"{_short(text)}" không có trong danh mục hình thức; ghi vào phần ghi chú, coi là tập trung.')
        return "tap_trung"

    def _role_pieces(self, text: str) -> tuple[list[str], list[str]]:
        """Role keys and the pieces that name no role, from a cell that may list several («Chủ tịch và
        P.Chủ tịch CĐCS», «Thủ quỹ, kế toán công đoàn»)."""
        keys: list[str] = []
        unknown: list[str] = []
        for piece in re.split(r"[;\n]", text):
            # A label may itself contain a comma ("Đoàn viên, người lao động"): try the whole piece first.
            whole = _find_role(piece, exact=True) if piece.strip() else None
            parts = [piece] if whole else _shared_tails([
                part for part in re.split(r",|\+|&|\s+và\s+|\s+va\s+|\s*/\s*", piece) if part.strip()])
            for part in parts:
                term = whole or _find_role(part)
                if term is None:
                    written = part.strip(" .-–:")
                    if written and written not in unknown:
                        unknown.append(written)
                elif term.key not in keys:
                    keys.append(term.key)
        return keys, unknown

    def _roles(self, cell: Cell, row: dict[str, Any]) -> str:
        text = _cell_text(cell)
        if len(text) > 1000:
            raise _Bad("dài quá 1000 ký tự.")
        keys, unknown = self._role_pieces(text)
        row["audience_text"] = "; ".join(unknown)
        # Kept as the plan wrote it, and shown so: the office's own words («Cán bộ CĐ chuyên trách», «Chủ tịch
        # CĐCS mới bầu») are what its members read in the plan. The export's own rendering of the roles keeps
        # nothing, so an exported file imports back unchanged; nor does a cell typed without accents («chu tich
        # cdcs»), which the labels say better.
        labels = "; ".join([*(ROLE_VOCABULARY.label(k) for k in keys), *unknown])
        written = " ".join(text.split())
        row["audience_written"] = written if written != labels and not written.isascii() else ""
        if unknown:
            # Every unknown value of the cell in one warning, so one round of fixing is enough.
            listed = ", ".join(f'"{_short(u)}"' for u in unknown)
            self.warn(f"{listed} không có trong danh mục đối tượng; vẫn ghi và tìm được như trong tệp.")
        return ";".join(keys)

    def _role(self, cell: Cell, row: dict[str, Any]) -> str | None:
        keys, unknown = self._role_pieces(_cell_text(cell))
        if len(keys) + len(unknown) > 1:
            # «Chủ tịch, ủy viên BCH CĐCS»: one target for several roles, as offices count them. The plan is not
            # refused over it: the words are kept with the target, which then counts for no single role.
            written = " ".join(_cell_text(cell).split())
            row["_audience_words"] = written
            self.warn(f'"{_short(written)}" ghi nhiều đối tượng cho một chỉ tiêu; ghi vào phần ghi chú, '
                      "chỉ tiêu không gắn với riêng đối tượng nào.")
            return None
        if unknown:
            row["_audience_words"] = unknown[0]
            self.warn(f'"{_short(unknown[0])}" không có trong danh mục đối tượng; ghi vào phần ghi chú.')
            return None
        return keys[0]

    def _when(self, cell: Cell, _row: dict[str, Any]) -> When:
        try:
            return parse_when(cell, self._table.default_year if self._table else None)
        except BadWhen as exc:
            raise _Bad(str(exc)) from exc

    def _starts(self, cell: Cell, row: dict[str, Any]) -> When:
        when = self._when(cell, row)
        if when.part and when.time is not None and when.time != START_TIME:
            self.warn(f"chỉ ghi buổi «{when.part}», không ghi giờ; đã lấy giờ bắt đầu {when.time:%H:%M}. "
                      "Nếu lớp học giờ khác, hãy ghi giờ vào ô (ví dụ «14h00 ngày 22/12/2026»).")
        # A period only («T4/2027», «Quý I/2027»): kept as the plan wrote it too, which replies show.
        row["when_written"] = " ".join(_cell_text(cell).split())[:80] if when.tentative else ""
        return when

    def _day(self, default_time: dt.time) -> Callable[[Cell, dict[str, Any]], dt.datetime]:
        def parse(cell: Cell, _row: dict[str, Any]) -> dt.datetime:
            when = self._when(cell, _row)
            if when.tentative:
                raise _Bad("cần một ngày cụ thể (ví dụ 15/9/2027), không phải tháng hay quý.")
            clock = when.time or default_time
            if when.part:
                # «Sáng 23/12» as an end or a deadline: the close of that morning, not its start.
                clock = PART_ENDS[when.part]
                if clock != default_time:
                    self.warn(f"chỉ ghi buổi «{when.part}», không ghi giờ; đã lấy {clock:%H:%M}. "
                              "Nếu khác, hãy ghi giờ vào ô (ví dụ «11h30 ngày 23/12/2026»).")
            return dt.datetime.combine(when.end or when.start, clock, tzinfo=self.tz).astimezone(dt.UTC)

        return parse

    @staticmethod
    def _days(cell: Cell, row: dict[str, Any]) -> int:
        sessions = re.fullmatch(r"(\d{1,3})\s*buổi(?:\s*học)?(?:\s*tối|\s*sáng|\s*chiều)?",
                                unicodedata.normalize("NFC", _cell_text(cell)).strip().lower())
        if sessions is not None and 0 < int(sessions.group(1)) <= 366:
            # «6 buổi» (an evening class on six Wednesdays, two sessions a day over three days): sessions, not
            # days. Kept as written in the note; the days of study are reckoned from the dates (`_record`).
            row["_sessions"] = int(sessions.group(1))
            return int(sessions.group(1))
        text = re.sub(r"\s*ngày\s*$", "", _cell_text(cell))
        try:
            value = parse_number(text)
        except _Bad:
            value = -1.0
        if not 0 < value <= 366:
            raise _Bad("không phải số ngày hợp lệ (ví dụ 2).")
        return math.ceil(value)  # «1,5 ngày» takes two days

    def _province(self, cell: Cell, _row: dict[str, Any]) -> str:
        text = _cell_text(cell)
        if len(text) > 80:
            raise _Bad("dài quá 80 ký tự.")
        province = _find_province(text)
        if province is None:
            self.warn(f'"{_short(text)}" không có trong danh sách tỉnh/thành phố; vẫn ghi như trong tệp.')
        return province or text

    def _organisation(self, cell: Cell, row: dict[str, Any]) -> Organisation | str:
        province = row.get("province")
        if not isinstance(province, str) and self._table is not None:
            # A new unit of a provincial plan belongs to that province.
            issuer = self._table.issuer
            province = issuer.province if isinstance(issuer, Organisation) else (
                self.organisations.new[issuer].province if isinstance(issuer, str) else None)
        return self.organisations.resolve(_cell_text(cell), province if isinstance(province, str) else None)

    def _capacity(self, cell: Cell, row: dict[str, Any]) -> int | None:
        written = cell
        if isinstance(cell, str):
            # «50 người», «50 học viên», «~50 HV»: the number is what counts.
            # A note in brackets («100 (2 lớp)») is no part of it; «50/lớp» is 50.
            cell = re.sub(r"\(.*?\)|/\s*lớp\b", " ", _clean_text(cell), flags=re.IGNORECASE)
            cell = re.sub(r"^\s*(?:~|≈|khoảng|dự kiến|tối đa)?\s*|\s*(người|học viên|hv|đại biểu|đb|lượt|người/lớp)\.?\s*$", "",
                          cell.strip(), flags=re.IGNORECASE)
            # «50-60 người»: as many as the plan allows at most.
            if spread := re.fullmatch(r"(\d{1,6})\s*[-–—]\s*(\d{1,6})", cell.strip()):
                cell = max(spread[1], spread[2], key=int)
        try:
            value = parse_number(cell)
        except _Bad:
            value = -1.0
        if not (value.is_integer() and 0 < value <= 1_000_000):
            if isinstance(written, str) and re.search(r"[^\W\d_]", written):
                # Words that count no people («300 điểm cầu», «2 lớp x 50», «theo đăng ký»): an optional
                # column must not refuse a whole plan. The words go to the notes; registration has no limit.
                row["_capacity_words"] = _short(_clean_text(written), 200)
                self.warn(f'"{_short(_cell_text(written))}" không đọc được thành số chỗ; ghi vào phần ghi chú, '
                          "không giới hạn số người đăng ký.")
                return None
            raise _Bad("không phải số nguyên dương (ví dụ 40).")
        return int(value)

    def _quantity(self, cell: Cell, _row: dict[str, Any]) -> float:
        value = parse_number(cell)
        if value < 0:
            raise _Bad("không được là số âm.")
        return value


def _local(value: dt.datetime, tz: ZoneInfo) -> str:
    return value.astimezone(tz).strftime(DATETIME_FORMAT)


def _check_course_dates(checker: _Checker, record: _Record, existing: Course | None) -> None:
    """End not before start, deadline not after start; a column absent from the file keeps its value."""
    values = record.values

    def effective(name: str) -> dt.datetime | None:
        if name in record.table.headers:
            value = values.get(name)
            return value if isinstance(value, dt.datetime) else None
        return getattr(existing, name) if existing is not None else None

    def shown(name: str, value: dt.datetime) -> str:
        return _short(_cell_text(record.raw[name])) if name in record.raw else _local(value, checker.tz)

    if "starts_at" not in values or not isinstance(values["starts_at"], dt.datetime):
        return
    starts = values["starts_at"]
    start_text = _local(starts, checker.tz)
    ends = effective("ends_at")
    deadline = effective("registration_deadline")
    if ends is not None and ends < starts:
        text = shown("ends_at", ends)
        checker.error(record, "ends_at", text, f'"{text}" trước ngày bắt đầu ({start_text}).')
    status = values.get("status", existing.status if existing is not None else None)
    note = values.get("description", existing.description if existing is not None else "")
    note = note if isinstance(note, str) else ""
    _check_note(checker, record, str(status or "open"), note, starts,
                values.get("tentative", existing.tentative if existing is not None else None))
    if status == "postponed":
        # Put off to the day its note gives: the deadline is one before that day (an organiser who puts a class
        # off moves its deadline too), not before the plan's old day, given up.
        new = timing.postponed_to(note, starts)
        if new is not None:
            starts, start_text = new, _local(new, checker.tz)
    if deadline is not None and values.get("tentative"):
        return  # only the period is known: the deadline is checked when the date is
    if deadline is not None and deadline > starts and (
            deadline.astimezone(checker.tz).date() == starts.astimezone(checker.tz).date()):
        # A deadline on the first day (date only): registration stays open until the class starts.
        values["registration_deadline"] = deadline = starts
    if deadline is not None and deadline > starts:
        text = shown("registration_deadline", deadline)
        checker.error(record, "registration_deadline", text,
                      f'"{text}" sau ngày bắt đầu ({start_text}); hạn đăng ký phải trước khi lớp bắt đầu.')


def _check_note(checker: _Checker, record: _Record, status: str, note: str, starts: dt.datetime,
                tentative: object) -> None:
    """Warnings on a class's note that the bot reads: a date whose year is no year («Hoãn sang 15/01/20277»: not
    read as a new date, nor as 15/01 of a year guessed), and a sentence still putting off a class that no longer
    is (left out of what chairs are shown: timing.stale_notes)."""
    if not note:
        return
    column = record.table.headers.get("description") or _catalogue_header(record.table.kind, "description")

    def warn(message: str) -> None:
        checker.warnings.append(Issue(record.table.sheet, record.row, column, None, message))

    written = timing.bad_year(note)
    if written is not None:
        warn(f"ngày «{written}» có năm không hợp lệ; bot không đọc ngày này (lớp hoãn: coi như chưa có lịch mới). "
             "Hãy ghi năm đủ 4 chữ số.")
    stale = timing.stale_notes(status, note, starts, tentative if isinstance(tentative, str) else None)
    if stale:
        said = vn.weekday_date(starts, checker.tz) if not tentative else "theo kế hoạch"
        warn(f"ghi chú «{_short(' '.join(stale))}» vẫn nói lớp bị hoãn, nhưng lớp không còn ở trạng thái hoãn "
             f"(học {said}); bot không hiện câu này cho người hỏi. Nên sửa lại ghi chú.")


def _check_duplicates(checker: _Checker, records: list[_Record]) -> None:
    first: dict[str, _Record] = {}
    for record in records:
        code = record.code
        if code is None:
            continue
        if code.casefold() in first:  # "LS-01" and "ls-01" are one class: codes are looked up ignoring case
            earlier = first[code.casefold()]
            where = f"dòng {earlier.row}" if earlier.table.sheet == record.table.sheet else (
                f'dòng {earlier.row} trang "{earlier.table.sheet}"')
            message = f'"{code}" trùng mã với {where}; mỗi mã chỉ được ghi một lần.'
            checker.error(record, "code", code, message)
        else:
            first[code.casefold()] = record


_Model = TypeVar("_Model", Course, Target)


def _load_existing(session: Session, model: type[_Model], codes: list[str]) -> dict[str, _Model]:
    """The stored rows these codes name, ignoring case (so re-importing "ls-01" updates "LS-01" instead of
    adding a second class), keyed by the code as the file spells it."""
    found: dict[str, _Model] = {}
    spelled = {code.upper(): code for code in codes}
    keys = list(spelled)
    # In chunks: SQLite and drivers limit the number of bound parameters in one statement.
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        # Sample rows are not updated: the first real import removes them (see `_write`).
        for row in session.scalars(select(model).where(func.upper(model.code).in_(chunk),
                                                       model.is_sample.is_(False))):
            found[spelled[row.code.upper()]] = row
    return found


# --- Rows that are not data, and what a data row leaves implicit ----------------------------------------

_SECTION, _TOTAL, _FOOTER, _BLANK = "mục", "dòng tổng", "phần ký tên", "không có tên lớp hay thời gian"
_TOTAL_RE = re.compile(r"(tong cong|tong so( lop)?|cong|tong|total)\b[\s:.]*(\d+\s*(lop|chi tieu)?)?\s*")
_FOOTER_RE = re.compile(
    r"(noi nhan|tm\b|t/m|kt\b|k/t|tl\b|nguoi lap|nguoi ky|xac nhan|thu truong|ky ten|\(?da ky\)?"
    r"|(pho )?chu tich\s*$|ban thuong vu\s*$|ban chap hanh\s*$)")
_SIGNED_RE = re.compile(r"\(da ky\)|\(ky,? ghi ro|ky ten, dong dau|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}")
_ROMAN_RE = re.compile(r"[ivxl]+[.)]?|[a-d][.)]?")
# «Hà Nội, ngày 10 tháng 11 năm 2026»: a place, a comma, then the full date in words, as a signed document is dated.
_PLACE_DATED_RE = re.compile(r"[a-z][a-z ]*, ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\s*")


def _not_data(table: _Table, cells: list[Cell], footer: bool) -> str | None:
    """Why a row under the header is no class or target (a section, a total, the signature block), or None.

    Everything after the first line of the signature block («Nơi nhận», «TM. BAN THƯỜNG VỤ», «…, ngày 5
    tháng 1 năm 2027») is part of it."""
    filled = {i: _cell_text(c) for i, c in enumerate(cells) if not _is_empty(c)}
    title_field, key_field = ("title", "starts_at") if table.kind == COURSES else ("metric", "target_value")
    title_at, key_at, stt_at = table.index_of(title_field), table.index_of(key_field), table.index_of("stt")
    title = filled.get(title_at, "") if title_at is not None else ""
    has_key = key_at is not None and key_at in filled
    key = fold(filled.get(key_at, "")) if has_key and key_at is not None else ""
    if has_key and table.kind == COURSES and not any(ch.isdigit() for ch in key) and (
            footer or _FOOTER_RE.match(key) or _SIGNED_RE.search(key)):
        # The signers' block laid over the whole width of the sheet puts «TL. ĐOÀN CHỦ TỊCH» or «(đã ký)»
        # in the time column and «Nơi nhận:» in the class-name column: words without a figure are no date.
        return _FOOTER
    if has_key and table.kind == COURSES and (fold(title).startswith("noi nhan") or _PLACE_DATED_RE.fullmatch(key)):
        # «Nơi nhận:» under the class names beside «Hà Nội, ngày 10 tháng 11 năm 2026» under the dates: the
        # signature block's first line, whose date is the day the plan was signed, not a class's.
        return _FOOTER
    if footer and not (title and has_key):
        return _FOOTER  # a row with a title and a date is a class even below the signatures
    first = fold(next(iter(filled.values())))
    if (not has_key or not title) and (_FOOTER_RE.match(first) or _SIGNED_RE.search(fold(" ".join(filled.values())))):
        return _FOOTER  # «Nơi nhận:» may stand in the time column: with no class name it is no class
    # («Tổng cộng (học viên)»: the bracketed unit of the figures summed says nothing of the row's kind.)
    if _TOTAL_RE.fullmatch(re.sub(r"\([^)]*\)", " ", fold(title or first)).strip()):
        return _TOTAL
    stt = fold(filled.get(stt_at, "")) if stt_at is not None else ""
    if stt and _ROMAN_RE.fullmatch(stt) and not has_key:
        return _SECTION
    fields = {table.columns[i].field for i in filled if i in table.columns} - IGNORED_FIELDS
    if title and not has_key and fields <= {title_field}:
        return _SECTION  # a heading alone on its line («I. LỚP DO LĐLĐ TỈNH TỔ CHỨC»)
    if not title and not has_key:
        return _BLANK
    return None


def _utc(day: dt.date, clock: dt.time, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, clock, tzinfo=tz).astimezone(dt.UTC)


def _default_organiser(checker: _Checker, table: _Table) -> Organisation | str | None:
    """The union that issues the plan, from its title block («LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN» under
    «TỔNG LĐLĐ VIỆT NAM»: the last union line before «KẾ HOẠCH»), else the importing organiser's union."""
    unions: list[str] = []
    for line in table.title_lines:
        folded = fold(line)
        if folded.startswith(("ke hoach", "danh sach", "bang ", "lich ")):
            break
        if re.match(r"(tong )?(lien doan lao dong|ldld|cong doan|cd |cdcs|tld)", folded):
            unions.append(from_capitals(line))
    issuer = unions[-1] if unions else None
    province = province_in(issuer) if issuer else None
    if issuer and province is None and len(unions) > 1 and not is_national(issuer):
        # «CÔNG ĐOÀN CÁC KHU CÔNG NGHIỆP» under «LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH»: every province has one;
        # this is Bắc Ninh's, and is named so.
        province = province_in(unions[-2])
        place = re.search(r"\b(?:tỉnh|thành phố|TP\.?)\s+\S.*$", unions[-2], flags=re.IGNORECASE)
        if province is not None:
            issuer = f"{issuer} {place.group(0) if place else province}"
    if issuer is not None and len(issuer) <= 200:
        try:
            found = checker.organisations.resolve(issuer, province)
            if isinstance(found, str) and len(unions) > 1 and guess_kind(unions[-2]) == "province":
                # A new union under the province's LĐLĐ the title block names above it: that one too.
                checker.organisations.resolve(unions[-2], province_in(unions[-2]))
            return found
        except _Bad:
            pass
    return checker.organisations.home


def _finish_course(checker: _Checker, record: _Record, batch: _Batch | None = None) -> None:
    """Turn the row's «when» into start, end and tentative period; fill what the plan leaves implicit."""
    values, table = record.values, record.table
    for name in IGNORED_FIELDS:
        values.pop(name, None)
    if detail := values.pop(_TITLE_DETAIL, None):
        said = f"{table.headers[_TITLE_DETAIL]}: {detail}"
        values["description"] = "\n".join(filter(None, (values.get("description") or "", said)))
    title = values.get("title")
    if batch is not None and isinstance(title, str) and title and not _names_batch(title):
        # The batch is said in the title, where search reads a class's batches («… (đợt 2)»); the code is
        # made from the title as written, so the code stays what an import before this rule gave.
        values["_code_title"] = title
        values["title"] = f"{title} (đợt {batch.number})"
    # «Số ngày» is kept as the plan gave it (days of study), and gives the end when no end is given.
    days = values.get("days")
    if words := values.pop("_format_words", None):
        values["description"] = "\n".join(filter(None, (values.get("description") or "", f"Hình thức: {words}")))
    if words := values.pop("_capacity_words", None):
        values["description"] = "\n".join(filter(None, (values.get("description") or "", f"Số chỗ: {words}")))
    when = values.get("starts_at")
    if isinstance(when, When):
        values["starts_at"] = _utc(when.start, when.time or START_TIME, checker.tz)
        # A date alone: the hours above are the import's, never to be said as the plan's (a part of the day,
        # «Chiều 22/12», gives its usual start, which the import warns it took).
        values["hours_written"] = when.time is not None and not when.tentative
        # «Chiều 14/12»: the hour above is that part's usual start, said as «buổi chiều», never as 13:30.
        values["day_part"] = when.part if when.part and not when.tentative else None
        values["tentative"] = when.tentative
        if when.tentative:
            if values.get("ends_at") is None:
                values["ends_at"] = None
        elif values.get("ends_at") is None:
            # The plan gives the last day, not its hour: the working day's end, or, for a class starting at
            # or after it (an evening class, «Tối 13/01», «19:00»), two hours after its start.
            clock = when.time or START_TIME
            ends = END_TIME if clock < END_TIME else _evening_end(clock)
            if when.end is not None:
                values["ends_at"] = _utc(when.end, ends, checker.tz)
            elif days:
                values["ends_at"] = _utc(when.start + dt.timedelta(days=days - 1), ends, checker.tz)
        elif (clock := when.time or START_TIME) >= END_TIME and isinstance(end := values["ends_at"], dt.datetime) \
                and end.astimezone(checker.tz).time() == END_TIME:
            # An evening class's last day written without its hour («Tối 15/01» … «16/01/2027») ends that evening.
            values["ends_at"] = _utc(end.astimezone(checker.tz).date(), _evening_end(clock), checker.tz)
    if sessions := values.pop("_sessions", None):
        values["description"] = "\n".join(filter(None, (values.get("description") or "", f"Số buổi học: {sessions}")))
        first, last = values.get("starts_at"), values.get("ends_at")
        if isinstance(first, dt.datetime) and isinstance(last, dt.datetime) and not values.get("tentative"):
            # No more days than the dates hold: four sessions from Monday to Tuesday are two days of study.
            span = (last.astimezone(checker.tz).date() - first.astimezone(checker.tz).date()).days + 1
            values["days"] = max(1, min(sessions, span))
    _postponed_by_note(checker, record)
    if (values.get("organiser") is None and ("organiser" in values or "organiser" not in table.headers)
            and table.issuer is not None):
        values["organiser"] = table.issuer
    if not values.get("province"):
        # An office's plan often has no «Tỉnh» column: its classes are held in its own province. Without one
        # a card shows no place and a registration cannot say «Lớp tổ chức ở …» to a member of another province.
        province = checker.organisations.province_of(values.get("organiser") or checker.organisations.home)
        if province:
            values["province"] = province
            record.inferred.add("province")
    _check_online_place(checker, record)


def _evening_end(start: dt.time) -> dt.time:
    """When a class starting at or after the working day's end (an evening class) ends on a day given without an
    hour: EVENING_SESSION after its start, within that day."""
    return min((dt.datetime.combine(dt.date.min, start) + EVENING_SESSION).time(), dt.time(23, 59))


def _postponed_by_note(checker: _Checker, record: _Record) -> None:
    """A class whose plan leaves Trạng thái unsaid but whose note puts it off to a day («Lùi lịch đến 12/5/2027»,
    «Hoãn sang 20/2») is put off: held on that day at its own hour, as if «Đã hoãn» were written."""
    values, table = record.values, record.table
    starts, note = values.get("starts_at"), values.get("description")
    if ("status" in table.headers and not _is_empty(record.raw.get("status"))) or not isinstance(note, str) \
            or not note or not isinstance(starts, dt.datetime):
        return
    tentative = values.get("tentative") if isinstance(values.get("tentative"), str) else None
    new = timing.postponed_to(note, starts)
    if new is None or not timing.stale_notes("open", note, starts, tentative):
        return
    values["status"] = "postponed"
    record.inferred.add("status")
    local = new.astimezone(checker.tz)
    header = table.headers.get("description") or _catalogue_header(COURSES, "description")
    checker.warnings.append(Issue(table.sheet, record.row, header, None, (
        f"ghi chú dời lớp sang ngày {local:%d/%m/%Y}; đã ghi lớp là «Đã hoãn», học ngày {local:%d/%m/%Y} lúc "
        f"{local:%H:%M} (giờ như kế hoạch).")))


def _names_batch(title: str) -> bool:
    """Whether a title already says its batch («… (đợt 2)», «… khóa II»)."""
    toks = index_tokens(title)
    return any(a == "dot" and b.isdigit() for a, b in itertools.pairwise(toks))


# «Đợt 1», «Đợt 2 (tháng 3/2027)», «Đợt II:» on a line of its own (folded): the classes below are that batch.
_BATCH_ROW = re.compile(r"dot\s+(?P<n>\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x|mot|hai|ba|bon|nam|sau)\b[\s:.,;–-]*(?P<rest>.*)")
_BATCH_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
                 "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6}


@dataclass(frozen=True)
class _Batch:
    """A batch row of a plan: its number, the time it gives (if any) and its words as written."""

    number: int
    when: When | None
    label: str


def _batch_row(table: _Table, cells: list[Cell]) -> _Batch | None:
    """The batch a row announces («Đợt 2 (tháng 3/2027)» alone on its line, in the class-name or STT column,
    perhaps with the batch's time in the time column), or None for any other row."""
    if table.kind != COURSES:
        return None
    filled = {i: " ".join(_cell_text(c).split()) for i, c in enumerate(cells) if not _is_empty(c)}
    if not filled:
        return None
    title_at, start_at, stt_at = table.index_of("title"), table.index_of("starts_at"), table.index_of("stt")
    label_at = title_at if title_at in filled else next(iter(filled))
    if set(filled) - {label_at, start_at, stt_at}:
        return None
    match = _BATCH_ROW.fullmatch(fold(filled[label_at]))
    if match is None:
        return None
    number = int(match["n"]) if match["n"].isdigit() else _BATCH_NUMBER[match["n"]]
    rest = match["rest"].strip().removeprefix("(").removesuffix(")").strip()
    when: When | None = None
    for said in (rest, filled.get(start_at) if start_at is not None and start_at != label_at else None):
        if not said:
            continue
        try:
            when = parse_when(said, table.default_year)
        except BadWhen:
            if said is rest:
                return None  # «Đợt 1: Tập huấn …»: a class whose name starts with its batch
        break
    return _Batch(number, when, filled[label_at]) if number else None


def _major_section(table: _Table, cells: list[Cell]) -> bool:
    """A section above batches («II», «B. LỚP DO CÔNG ĐOÀN NGÀNH TỔ CHỨC»): a new part of the plan, whose classes
    belong to no batch said before it."""
    stt_at = table.index_of("stt")
    stt = fold(_cell_text(cells[stt_at])) if stt_at is not None and stt_at < len(cells) else ""
    if stt and _ROMAN_RE.fullmatch(stt):
        return True
    words = " ".join(_cell_text(c) for c in cells if not _is_empty(c))
    return any(ch.isalpha() for ch in words) and words.upper() == words


# Words of a place one goes to, in a «Địa điểm» cell (folded); and words that say the class is held online.
_PHYSICAL = re.compile(r"\b(hoi truong|phong|truong|trung tam|nha van hoa|cung van hoa|khach san|tang \d|so \d+|duong"
                       r"|pho|phuong|xa|thi tran|huyen|quan|tinh|thanh pho|tp|tru so|uy ban|ubnd|cong ty|khu|toa nha"
                       r"|hoi quan|diem cau)\b")
_ONLINE = re.compile(r"\b(truc tuyen|online|zoom|google meet|meet|ms teams|microsoft teams|teams|qua mang|tu xa"
                     r"|e ?learning|lms|webex)\b")


def _check_online_place(checker: _Checker, record: _Record) -> None:
    """A «Địa điểm» that is only an online room («Trực tuyến», «Zoom») with «Hình thức» left empty or written
    «Tập trung»: the class is online (chairs asking for «lớp trực tuyến» must find it); a written «Tập trung» is
    flagged in the preview, as is an in-person format beside a place that is both (better «Kết hợp»)."""
    values, table = record.values, record.table
    venue = values.get("venue")
    if not isinstance(venue, str) or not venue.strip() or values.get("format", "tap_trung") != "tap_trung":
        return
    folded = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(venue)).split())
    if not _ONLINE.search(folded):
        return
    written = record.raw.get("format")
    said = None if written is None or _is_empty(written) else _cell_text(written)
    header = table.headers.get("venue") or "Địa điểm"
    if _PHYSICAL.search(folded):
        if said:
            checker.warnings.append(Issue(table.sheet, record.row, header, _short(venue), (
                f"địa điểm có cả nơi học trực tiếp và trực tuyến nhưng Hình thức ghi «{_short(said)}»; nếu lớp học "
                "cả hai cách, sửa Hình thức thành «Kết hợp (trực tiếp và trực tuyến)».")))
        return
    values["format"] = "truc_tuyen"
    if said:
        checker.warnings.append(Issue(table.sheet, record.row, header, _short(venue), (
            f"địa điểm là «{_short(venue)}» nhưng Hình thức ghi «{_short(said)}»; đã ghi lớp là học trực tuyến. "
            "Nếu lớp học tập trung, hãy ghi nơi học vào cột Địa điểm.")))


def _finish_target(record: _Record) -> None:
    values, table = record.values, record.table
    for name in IGNORED_FIELDS:
        values.pop(name, None)
    if "period" not in table.headers and table.default_year is not None:
        values["period"] = (table.default_year, table.default_year)
    if "unit" not in table.headers and table.default_unit:
        values["unit"] = table.default_unit
    words = values.pop("_audience_words", None)
    if words:
        values["note"] = "; ".join(filter(None, (values.get("note") or "", f"Đối tượng: {words}")))


def _derive_codes(checker: _Checker, records: list[_Record]) -> None:
    """A stable code for each class the plan gives none: «KH<year>-<8 hex>» from the organiser, the title,
    the year and which occurrence of that title it is. So a re-import updates instead of duplicating, also
    when a tentative month becomes a date in the same year (docs/import-format.md states the rule)."""
    seen: dict[str, int] = {}
    for record in records:
        values = record.values
        title = values.pop("_code_title", None) or values.get("title")
        if values.get("code") or not isinstance(values.get("starts_at"), dt.datetime) or "title" not in values:
            continue
        org = values.get("organiser")
        owner = org_key(org.name) if isinstance(org, Organisation) else (org or "")
        year = values["starts_at"].astimezone(checker.tz).year
        base = f"{owner}|{_term_key(str(title))}|{year}"
        seen[base] = seen.get(base, 0) + 1
        digest = hashlib.sha1(f"{base}|{seen[base]}".encode(), usedforsecurity=False).hexdigest()[:8]
        values["code"] = f"KH{year}-{digest}"


def _derive_target_codes(records: list[_Record]) -> None:
    """«CT<year>-<8 hex>» for targets given without a code: the same rule as for classes, from the union,
    the content, the audience, the first year and the occurrence."""
    seen: dict[str, int] = {}
    for record in records:
        values = record.values
        period, metric = values.get("period"), values.get("metric")
        if values.get("code") or not isinstance(period, tuple) or not isinstance(metric, str):
            continue
        org = values.get("organisation")
        owner = org_key(org.name) if isinstance(org, Organisation) else (org or "")
        base = f"{owner}|{_term_key(metric)}|{values.get('audience') or ''}|{period[0]}"
        seen[base] = seen.get(base, 0) + 1
        digest = hashlib.sha1(f"{base}|{seen[base]}".encode(), usedforsecurity=False).hexdigest()[:8]
        values["code"] = f"CT{period[0]}-{digest}"


# Titles a list of audiences writes bare before the one that carries the rest («Trưởng, phó ban nữ công»).
# Only «Trưởng», «Phó»: «Chủ tịch, ủy viên BCH CĐCS» are two offices, each read as it is.
_BARE_TITLE = re.compile(r"\s*(trưởng|phó)\s*", re.IGNORECASE)
_TITLE_START = re.compile(r"\s*(trưởng|phó)\s+(?P<tail>(?!chủ tịch)\S.*)", re.IGNORECASE)


def _shared_tails(parts: list[str]) -> list[str]:
    """A bare «Trưởng» or «Phó» followed by the other with its office gets that office too: «Trưởng, phó ban
    nữ công CĐCS» is «Trưởng ban nữ công CĐCS» and «phó ban nữ công CĐCS»."""
    out = list(parts)
    for i in range(len(out) - 2, -1, -1):
        if _BARE_TITLE.fullmatch(out[i]) and (after := _TITLE_START.match(out[i + 1])):
            out[i] = f"{out[i].strip()} {after['tail'].strip()}"
    return out


# What offices put in a per-format column to tick it.
_MARKS = frozenset({"x", "×", "✓", "✔", "v", "1", "co", "*", "+", "x."})


# --- Import ---------------------------------------------------------------------------------------------


def import_file(
    session: Session, path: Path, *, tz: ZoneInfo, now: dt.datetime | None = None,
    reminder_config: reminders.Config, organisation: Organisation | None = None, dry_run: bool = False,
    allowed_unions: Collection[int] | None = None, undo_web: Collection[str] | bool = (),
) -> ImportReport:
    """Check a CSV or XLSX file completely, then upsert its courses and targets by code and commit.

    `organisation` is the importing organiser's union: the organiser of classes that name none, and the
    parent of new units whose province is unknown. Raises TransferError with every problem found and
    writes nothing when anything is wrong.

    `dry_run`: do everything, report it (rows new, updated, unchanged, the people a change would notify),
    then roll back: the preview of exactly what the real import will do. `allowed_unions`: the unions the
    importer may change; a row that would create or change a class or target of another union is an error.

    `undo_web`: classes moved, re-placed or cancelled on the web workspace since (`Course.web_changed_at`) keep
    that change where the file says otherwise, except those whose codes are given (or all, True), which take
    the file's values. Either way the report says so for each (`RowChange.web_edit`).
    """
    path = Path(path)
    _check_extension(path)
    if not path.exists():
        raise TransferError(f'Không tìm thấy tệp "{path}".')
    if not path.is_file():
        raise TransferError(f'"{path}" không phải là một tệp.')
    if path.stat().st_size == 0:
        raise TransferError(f'Tệp "{path.name}" trống.')

    warnings: list[Issue] = []
    try:
        hidden = check_import_limits(path)
        sheets = _read_csv(path, warnings) if path.suffix.lower() == ".csv" else _read_xlsx(path)
    except OSError as exc:
        raise TransferError(f'Không đọc được tệp "{path.name}": {exc.strerror or exc}.') from exc
    if hidden:
        sheets = [sheet for sheet in sheets if sheet.name not in hidden]
        warnings.extend(Issue(name, None, None, None, "Trang này đang bị ẩn; bỏ qua, không nhập."
                              " Nếu cần nhập, hãy bỏ ẩn trang rồi nhập lại.") for name in sorted(hidden))

    checker = _Checker(session, tz, organisation)
    # Only an import for every union may move a union out of a province (a province's organiser may not).
    checker.organisations.may_move = allowed_unions is None
    checker.warnings.extend(warnings)
    tables: list[_Table] = []
    for sheet in sheets:
        table = _recognise(sheet, checker.errors, checker.warnings)
        if table is not None:
            tables.append(table)
        elif sheet.rows and path.suffix.lower() != ".csv":
            checker.warnings.append(Issue(
                sheet.name, None, None, None,
                "Không có hàng tiêu đề của bảng Khóa học hay Chỉ tiêu; bỏ qua trang này.",
            ))
    if not tables:
        if not any(sheet.rows for sheet in sheets):
            raise TransferError(f'Tệp "{path.name}" trống.')
        raise TransferError(
            f'Không nhận ra bảng nào trong tệp "{path.name}". Hàng tiêu đề cần có các cột '
            f'"{COURSE_COLUMNS[0].header}", "{COURSE_COLUMNS[1].header}", "{COURSE_COLUMNS[9].header}" '
            f'(bảng Khóa học) hoặc "{TARGET_COLUMNS[0].header}", "{TARGET_COLUMNS[1].header}", '
            f'"{TARGET_COLUMNS[5].header}" (bảng Chỉ tiêu).' + _headers_seen(sheets),
            warnings=checker.warnings,
        )
    if not any(table.rows for table in tables):
        raise TransferError(f'Tệp "{path.name}" không có dòng dữ liệu nào (chỉ có hàng tiêu đề).',
                            checker.errors, checker.warnings)

    records: dict[str, list[_Record]] = {COURSES: [], TARGETS: []}
    for table in tables:
        footer = False
        checker.batch = None
        for number, cells in table.rows:
            if not footer and (batch := _batch_row(table, cells)) is not None:
                checker.batch = batch
                checker.skipped.append((table.sheet, number, _SECTION))
                continue
            why = _not_data(table, cells, footer)
            if why is not None:
                footer = footer or why == _FOOTER
                if why != _SECTION or _major_section(table, cells):
                    checker.batch = None
                checker.skipped.append((table.sheet, number, why))
                continue
            record = checker.parse(table, number, cells)
            if table.kind == COURSES:
                _finish_course(checker, record, checker.batch)
            else:
                _finish_target(record)
            records[table.kind].append(record)
    if not any(records.values()):
        # A missing column leaves every row without a class name or a time: the columns are what to fix.
        headline = (f'Tệp "{path.name}" có {len(checker.errors)} lỗi; chưa nhập gì. Hãy sửa các lỗi sau rồi nhập lại:'
                    if checker.errors else f'Tệp "{path.name}" không có dòng lớp học hay chỉ tiêu nào.')
        raise TransferError(headline, checker.errors, checker.warnings)
    _derive_codes(checker, records[COURSES])
    _derive_target_codes(records[TARGETS])

    existing_courses: dict[str, Course] = _load_existing(
        session, Course, [c for r in records[COURSES] if (c := r.code)])
    existing_targets: dict[str, Target] = _load_existing(
        session, Target, [c for r in records[TARGETS] if (c := r.code)])
    for record in records[COURSES]:
        _check_course_dates(checker, record, existing_courses.get(record.code or ""))
    for kind in KINDS:
        _check_duplicates(checker, records[kind])

    if checker.errors:
        errors = sorted(checker.errors, key=_issue_order(tables))
        raise TransferError(
            f'Tệp "{path.name}" có {len(errors)} lỗi; chưa nhập gì. Hãy sửa các lỗi sau rồi nhập lại:',
            errors, checker.warnings,
        )

    try:
        report = _write(session, path, records, existing_courses, existing_targets, checker, tz, now,
                        reminder_config, undo_web)
        outside = _outside(session, report, allowed_unions) if allowed_unions is not None else []
        if outside:
            session.rollback()
            raise TransferError(
                f'Tệp "{path.name}" có {len(outside)} dòng thuộc đơn vị ngoài phạm vi của anh/chị; chưa nhập gì. '
                "Hãy bỏ các dòng này (hoặc nhờ người tổ chức của đơn vị đó nhập):", outside, checker.warnings)
        if dry_run:
            report.dry_run = True
            session.rollback()
        else:
            session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise TransferError(
            f'Không ghi được dữ liệu của tệp "{path.name}" vào cơ sở dữ liệu ({type(exc).__name__}); '
            "chưa có thay đổi nào được lưu. Hãy thử lại."
        ) from exc
    return report


def _headers_seen(sheets: Sequence[_RawSheet]) -> str:
    """The row most like a header among the first rows of the file, as written, for a file whose table is not
    recognised: the organiser sees which names were not understood."""
    best: tuple[int, str, int, list[str]] | None = None
    for sheet in sheets:
        for number, cells in sheet.rows[:HEADER_SEARCH_ROWS]:
            texts = [" ".join(_cell_text(c).split()) for c in cells if not _is_empty(c)]
            known = max(len(_known_headers(cells, kind)) for kind in KINDS)
            if len(texts) >= 2 and (best is None or known > best[0]):
                best = (known, sheet.name, number, texts)
    if best is None:
        return ""
    _known, name, number, texts = best
    where = f'dòng {number}' + (f' trang "{name}"' if len(sheets) > 1 else "")
    return f" Hàng giống hàng tiêu đề nhất ({where}) có: " + ", ".join(f"«{_short(t, 40)}»" for t in texts) + "."


def _outside(session: Session, report: ImportReport, allowed: Collection[int]) -> list[Issue]:
    """Rows that would create or change a record of a union outside `allowed` (or move one out of it). A
    union this file creates counts as inside when it is created below one of the allowed unions."""
    inside: dict[int, bool] = {}

    def within(org_id: int | None) -> bool:
        seen: list[int] = []
        while org_id is not None and org_id not in inside:
            if org_id in allowed:
                inside[org_id] = True
                break
            seen.append(org_id)
            org = session.get(Organisation, org_id)
            org_id = org.parent_id if org is not None and org.parent_id not in seen else None
        answer = org_id is not None and inside.get(org_id, False)
        inside.update(dict.fromkeys(seen, answer))
        return answer

    issues = []
    for change in report.changes:
        if change.action == "unchanged":
            continue
        ids = [change.organisation_id] + ([change.before_id] if change.action == "updated" else [])
        if all(within(i) for i in ids):
            continue
        column = "Đơn vị tổ chức" if change.kind == COURSES else "Đơn vị"
        what = "Lớp" if change.kind == COURSES else "Chỉ tiêu"
        issues.append(Issue(change.sheet, change.row, column, change.organisation or None,
                            f"{what} {change.code} thuộc đơn vị «{change.organisation or 'chưa ghi'}», ngoài phạm vi "
                            "của anh/chị."))
    return issues


# Import limits, checked before a file is parsed: a national plan fits well within them, and a file beyond
# them (or a small workbook that unpacks to hundreds of megabytes) would tie up the server for minutes.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
_SHEET_STATE = re.compile(rb'<(?:\w+:)?sheet\b[^>]*>')
_ATTR = re.compile(rb'(\w+)="([^"]*)"')


def check_import_limits(path: Path) -> set[str]:
    """Refuse a file that is too big, has too many rows or unpacks too large, before it is parsed; returns
    the names of hidden worksheets (skipped with a warning)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise TransferError(f'Tệp "{path.name}" quá lớn ({size / 1048576:.1f} MB); tối đa '
                            f'{MAX_FILE_BYTES // 1048576} MB. Hãy chia thành nhiều tệp nhỏ hơn.')
    if path.suffix.lower() == ".csv":
        with path.open("rb") as handle:
            rows = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        _check_rows(path, rows)
        return set()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise TransferError(
            f'Không đọc được tệp Excel "{path.name}": tệp hỏng hoặc không phải bảng tính .xlsx.') from exc
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES or len(archive.infolist()) > 10_000:
            raise TransferError(
                f'Tệp "{path.name}" khi giải nén lớn tới {unpacked / 1048576:.0f} MB; tối đa '
                f'{MAX_UNPACKED_BYTES // 1048576} MB. Hãy lưu lại bảng tính chỉ với các trang cần nhập.')
        rows = 0
        for info in archive.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                with archive.open(info) as sheet:
                    tail = b""
                    for chunk in iter(lambda: sheet.read(1 << 20), b""):
                        data = tail + chunk
                        rows += data.count(b"<row ") + data.count(b"<row>")
                        tail = data[-4:]  # shorter than the pattern: never counted twice, never split
        _check_rows(path, rows)
        try:
            workbook = archive.read("xl/workbook.xml")
        except KeyError:
            return set()
    hidden: set[str] = set()
    for tag in _SHEET_STATE.findall(workbook):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(tag)}
        if attrs.get("state") in ("hidden", "veryHidden") and "name" in attrs:
            hidden.add(html.unescape(attrs["name"]))
    return hidden


def _check_rows(path: Path, rows: int) -> None:
    if rows > MAX_ROWS:
        raise TransferError(f'Tệp "{path.name}" có khoảng {vn.number(rows)} dòng; tối đa {vn.number(MAX_ROWS)} '
                            "dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.")


def _issue_order(tables: list[_Table]) -> Callable[[Issue], tuple[int, int, int]]:
    """Errors sorted by sheet (file order), then row, then column position, as the user reads them."""
    sheet_order = {table.sheet: i for i, table in enumerate(tables)}

    def key(issue: Issue) -> tuple[int, int, int]:
        table = next((t for t in tables if t.sheet == issue.sheet), None)
        column = -1
        if table is not None:
            column = next((i for i, c in table.columns.items() if table.headers[c.field] == issue.column), -1)
        return sheet_order.get(issue.sheet or "", -1), issue.row or 0, column

    return key


def _import_document(session: Session, path: Path, today: dt.date) -> Document:
    """The "import" document citing this file and day: created, or reused by a re-import the same day."""
    slug = re.sub(r"[^a-z0-9]+", "-", _term_key(path.name)).strip("-") or "tep"
    code = f"import-{today:%Y%m%d}-{slug}"[:60]
    document = session.scalar(select(Document).where(Document.code == code))
    if document is None:
        document = Document(
            code=code,
            kind="import",
            title=f'Kế hoạch đào tạo nhập từ tệp "{path.name}" ngày {today:%d/%m/%Y}',
            summary="Khóa học và chỉ tiêu do người tổ chức nhập từ bảng tính.",
            issued_on=today,
            keywords="",
        )
        session.add(document)
    return document


def _apply(obj: Course | Target, values: dict[str, Any]) -> list[str]:
    """Set the given attributes; returns the names of those that changed."""
    changed = []
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)
    return changed


# Attributes the import sets that are not columns of their own, and the column that carries them.
_COLUMN_OF = {"period_start": "period", "period_end": "period", "tentative": "starts_at", "when_written": "starts_at",
              "hours_written": "starts_at", "day_part": "starts_at",
              "organiser_written": "organiser",
              "topic_text": "topic",
              "audience_text": "audiences", "audience_written": "audiences"}
_NOT_SHOWN = frozenset({"is_sample", "stated_percent", "source"})


def _catalogue_header(kind: str, name: str) -> str:
    """The documented header of a field (for a message about a column the file does not have)."""
    columns = COURSE_COLUMNS if kind == COURSES else TARGET_COLUMNS
    return next((c.header for c in columns if c.field == name), name)


def _changed_columns(record: _Record, names: list[str]) -> tuple[str, ...]:
    """The headers (as written in the file, else as documented) of the columns whose values change."""
    out: list[str] = []
    for name in names:
        if name in _NOT_SHOWN:
            continue
        column = _COLUMN_OF.get(name, name)
        header = record.table.headers.get(column) or _catalogue_header(record.table.kind, column)
        if header not in out:
            out.append(header)
    return tuple(out)


def _organiser_written(cell: Cell, org: Organisation | None) -> str:
    """The organiser cell as written, when it is another spelling of its union's own name («LĐLĐ tỉnh Tuyên
    Quang» for «Liên đoàn Lao động tỉnh Tuyên Quang»): a class's replies say it so. "" when it is the name
    itself, or when the cell is empty. A former province's LĐLĐ that today's union took over in 2025 («LĐLĐ
    tỉnh Sóc Trăng» on a class of Cần Thơ's) is said as the plan wrote it too: the organiser's own plan names it
    so, and chairs there still know it by that name."""
    if org is None or cell is None or _is_empty(cell):
        return ""
    written = " ".join(_cell_text(cell).split())[:200]
    former = former_union_names(org.province or "") if org.kind == "province" else []
    own = {core_key(name) for name in (org.name, *org.aliases.split(";"), *former) if name.strip()}
    return written if written != org.name and core_key(written) in own else ""


# What the web workspace changes on a class (`bot/quanly/classes.py`): a re-upload that would change it back asks.
# A move with a typed hour gives the class its hour (`hours_written`): a plan that gave dates only must not take
# it back unseen while the web's start is kept, and `--theo-tep` takes both back together.
_WEB_FIELDS = ("starts_at", "ends_at", "venue", "status", "tentative", "when_written", "registration_deadline",
               "hours_written", "day_part")


def _held_text(values: dict[str, Any], tz: ZoneInfo, *, reopened: bool = False) -> str:
    """A class's time, place and state in a few words, for saying what a re-upload would change back:
    «đã hủy», «13:30–17:00 ngày 09/01/2027, tại Hội trường B», «mở lại lớp, 08:00–17:00 ngày 08/01/2027»."""
    if values.get("status") == "cancelled":
        return "đã hủy"
    starts, ends = values.get("starts_at"), values.get("ends_at")
    if values.get("tentative"):
        when = f"dự kiến {values.get('when_written') or values['tentative']}"
    elif isinstance(starts, dt.datetime) and values.get("hours_written") is False:
        # Days only, as the plan gave them: the import's 08:00–17:00 is not said as anyone's hours.
        start = starts.astimezone(tz)
        end = ends.astimezone(tz) if isinstance(ends, dt.datetime) else None
        when = f"ngày {start:%d/%m/%Y}" + (f" đến ngày {end:%d/%m/%Y}" if end and end.date() != start.date() else "")
        when += " (chưa có giờ học)"
    elif isinstance(starts, dt.datetime):
        start = starts.astimezone(tz)
        end = ends.astimezone(tz) if isinstance(ends, dt.datetime) else None
        if end is None:
            when = f"{start:%H:%M} ngày {start:%d/%m/%Y}"
        elif end.date() == start.date():
            when = f"{start:%H:%M}–{end:%H:%M} ngày {start:%d/%m/%Y}"
        else:
            when = f"{start:%H:%M} ngày {start:%d/%m/%Y} đến {end:%H:%M} ngày {end:%d/%m/%Y}"
    else:
        when = "chưa có lịch"
    venue = values.get("venue")
    said = when + (f", tại {venue}" if venue else "")
    return f"mở lại lớp, {said}" if reopened else said


def _write(
    session: Session,
    path: Path,
    records: dict[str, list[_Record]],
    existing_courses: dict[str, Course],
    existing_targets: dict[str, Target],
    checker: _Checker,
    tz: ZoneInfo,
    now: dt.datetime | None,
    reminder_config: reminders.Config,
    undo_web: Collection[str] | bool = (),
) -> ImportReport:
    moment = now or dt.datetime.now(dt.UTC)
    today = moment.astimezone(tz).date()
    # Never a real plan beside the sample: its classes would be listed and announced as if real.
    removed = sample.remove(session) if sample.has_sample(session) else None
    document = _import_document(session, path, today)
    new_orgs = checker.organisations.create(session)
    moved = checker.organisations.relocate() if checker.organisations.may_move else []

    def organisation(value: Any) -> Organisation | None:
        return new_orgs[value] if isinstance(value, str) else value

    report = ImportReport(path=path, document_code=document.code,
                          organisations_created=[_Organisations.describe(org) for org in new_orgs.values()],
                          organisations_moved=[org.name for org in moved],
                          warnings=checker.warnings, skipped=checker.skipped, sample_removed=removed)

    def upsert(record: _Record, row: Course | Target | None, fresh: Course | Target, values: dict[str, Any],
               counts: KindCounts, web: tuple[str, bool] = ("", False)) -> None:
        before_id = (row.organiser_id if isinstance(row, Course) else row.organisation_id) if row is not None else None
        changed: list[str] = []
        if row is None:
            row = fresh
            _apply(row, values)
            session.add(row)
            counts.created += 1
            action = "new"
        elif changed := _apply(row, values):
            counts.updated += 1
            action = "updated"
        else:
            counts.unchanged += 1
            action = "unchanged"
        row.source = document
        union = row.organiser if isinstance(row, Course) else row.organisation
        if union is not None and union.id is None:
            session.flush()  # a unit this file creates: its id is needed to check the importer's scope
        written = record.raw.get("organiser" if record.table.kind == COURSES else "organisation")
        report.changes.append(RowChange(
            record.table.kind, record.table.sheet, record.row, str(values.get("code", "")),
            str(values.get("title") or values.get("metric") or ""), action, _changed_columns(record, changed),
            union.id if union is not None else None, before_id,
            _cell_text(written) if written is not None and not _is_empty(written) else (union.name if union else ""),
            *web))

    # What registered people were told, to notice a class moved, moved elsewhere or cancelled by this file.
    before = {code: reminders.Snapshot.of(c) for code, c in existing_courses.items()}
    for record in records[COURSES]:
        values = dict(record.values)
        if "organiser" in values:
            values["organiser"] = organisation(values["organiser"])
            values["organiser_written"] = _organiser_written(record.raw.get("organiser"), values["organiser"])
        values["is_sample"] = False
        existing = existing_courses.get(values["code"])
        if existing is not None and existing.province and "province" in record.inferred:
            values.pop("province")  # a province the class has is not replaced by a guess from its union
        # A blank Trạng thái cell says no more than a missing column: only «Mở đăng ký» written in it opens a
        # class the plan dates by a period (docs/import-format.md, «Ngày tháng»).
        status_written = (("status" in record.table.headers and not _is_empty(record.raw.get("status")))
                          or "status" in record.inferred)
        if "tentative" in values:
            # Only a month or a quarter: announced, not yet open; a re-import that gives the date opens it,
            # also when the cell still says «Dự kiến» as the export wrote it for the period.
            if values["tentative"] and not status_written:
                values["status"] = "planned"
            elif (not values["tentative"] and existing is not None and existing.tentative
                  and existing.status == "planned" and values.get("status", "planned") == "planned"):
                values["status"] = "open"
        web = ("", False)
        if existing is not None and existing.web_changed_at is not None:
            # Moved, re-placed or cancelled on the web since: a plan re-uploaded unchanged would silently undo
            # it. Said plainly, and kept unless the organiser chose the file's values (`undo_web`).
            undone = [name for name in _WEB_FIELDS if name in values and values[name] != getattr(existing, name)]
            if undone:
                kept = not (undo_web is True or (not isinstance(undo_web, bool)
                                                 and existing.code.casefold() in {c.casefold() for c in undo_web}))
                now_held = {name: getattr(existing, name) for name in _WEB_FIELDS}
                plan = {name: values.get(name, now_held[name]) for name in _WEB_FIELDS}
                web = (f"Lớp {existing.code} đã được sửa trên trang quản lý ngày {vn.date(existing.web_changed_at, tz)} "
                       f"({_held_text(now_held, tz)}); tải lên sẽ đưa về "
                       f"{_held_text(plan, tz, reopened=existing.status == 'cancelled')}.", kept)
                if kept:
                    for name in undone:
                        values.pop(name)
                else:
                    values["web_changed_at"] = None  # the plan rules again
        upsert(record, existing, Course(), values, report.courses, web)

    for record in records[TARGETS]:
        values = dict(record.values)
        values["organisation"] = organisation(values["organisation"])
        values["period_start"], values["period_end"] = values.pop("period")
        values["is_sample"] = False
        # A percentage printed by an earlier source would contradict the figures now cited from the file.
        values["stated_percent"] = None
        upsert(record, existing_targets.get(values["code"]), Target(), values, report.targets)

    session.flush()
    for code, snapshot in before.items():
        notice = reminders.notify_change(session=session, course=existing_courses[code], before=snapshot, now=moment,
                                         tz=tz, config=reminder_config)
        if notice is not None:
            report.notified[code] = notice.total
    report.data_version = bump_data_version(session)
    return report


# --- Export ---------------------------------------------------------------------------------------------

ExportCell = str | int | float | dt.datetime | dt.date | None


def _course_row(course: Course, orgs: _Organisations, tz: ZoneInfo, counts: tuple[int, int]) -> list[ExportCell]:
    def local(value: dt.datetime | None) -> dt.datetime | None:
        return value.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0) if value else None

    # As the plan wrote it when it was imported (a re-import reads the same roles from it), else the roles.
    audiences = [course.audience_written] if course.audience_written else [
        ROLE_VOCABULARY.label(key) for key in course.audiences.split(";") if key]
    if not course.audience_written:
        audiences += [words for words in course.audience_text.split("; ") if words]
    # The organiser's own words when kept (they read back to the same catalogue topic).
    topic = course.topic_text or (TOPIC_VOCABULARY.label(course.topic) if course.topic else None)
    # A tentative class is written as the plan gave it («Tháng 9/2027»), so a re-import keeps it tentative.
    starts: ExportCell = (course.when_written or course.tentative[:1].upper() + course.tentative[1:]
                          if course.tentative else local(course.starts_at))
    # Dates alone when the plan gave no hours: a re-import reads them as it read the plan, and nobody reads the
    # import's 08:00 and 17:00 as the organiser's.
    start_at, end_at = local(course.starts_at), local(course.ends_at)
    ends: ExportCell = end_at
    if course.day_part and start_at and not course.tentative:
        # «Chiều 14/12/2026» as the plan wrote it: a re-import reads the part of the day again, not an hour.
        starts = f"{course.day_part.capitalize()} {start_at:%d/%m/%Y}"
        ends = end_at.date() if end_at and end_at.time() == END_TIME else end_at
    elif course.hours_written is False and not course.tentative:
        starts = start_at.date() if start_at else None
        # (An end the plan gave with its hour keeps it.)
        ends = end_at.date() if end_at and end_at.time() == END_TIME else end_at
    return [
        course.code,
        course.title,
        topic,
        "; ".join(audiences) or None,
        orgs.label(course.organiser, course.organiser_written) if course.organiser else None,
        course.partner,
        course.province,
        course.venue,
        FORMAT_VOCABULARY.label(course.format) if course.format else None,
        starts,
        ends,
        local(course.registration_deadline),
        course.capacity,
        STATUS_VOCABULARY.label(course.status) if course.status else None,
        course.description or None,
        course.reminders,
        course.days,  # «Số ngày» as the plan gave it: a re-import keeps it
        *counts,
    ]


def _target_row(target: Target, orgs: _Organisations) -> list[ExportCell]:
    def number(value: float | None) -> int | float | None:
        if value is None:
            return None
        return int(value) if float(value).is_integer() else float(value)

    years: ExportCell = (
        target.period_start if target.period_start == target.period_end
        else f"{target.period_start}–{target.period_end}"
    )
    return [
        target.code,
        orgs.label(target.organisation),
        years,
        target.metric,
        ROLE_VOCABULARY.label(target.audience) if target.audience else None,
        number(target.target_value),
        target.unit,
        number(target.achieved_value),
        target.as_of,
        target.note or None,
    ]


def _registration_counts(session: Session) -> dict[int, tuple[int, int]]:
    """Per course id: (places taken, people waiting), in one query."""
    counts: dict[int, list[int]] = {}
    rows = session.execute(select(Registration.course_id, Registration.status, func.count()).where(
        Registration.status.in_(("registered", "waitlisted"))).group_by(Registration.course_id, Registration.status))
    for course_id, status, number in rows.tuples():
        counts.setdefault(course_id, [0, 0])[0 if status == "registered" else 1] = int(number)
    return {course_id: (pair[0], pair[1]) for course_id, pair in counts.items()}


def _csv_cell(value: ExportCell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, int):
        return str(value)
    return _escape_formula(value)


def export_file(
    session: Session, path: Path, *, kind: str | None, tz: ZoneInfo, include_samples: bool = False,
    organisations: Collection[int] | None = None,
) -> ExportReport:
    """Write courses and/or targets to CSV or XLSX with the import headers; sample rows are left out.
    `organisations`: only the classes and targets of these unions (an organiser's scope); None: all."""
    path = Path(path)
    suffix = _check_extension(path)
    if kind is not None and kind not in KINDS:
        raise TransferError(f'Loại bảng "{kind}" không hợp lệ; chọn "{COURSES}" hoặc "{TARGETS}".')
    kinds: tuple[str, ...] = (kind,) if kind else ((COURSES, TARGETS) if suffix != ".csv" else (COURSES,))
    if path.is_dir():
        raise TransferError(f'"{path}" là một thư mục, không phải tệp.')
    if not path.parent.is_dir():
        raise TransferError(f'Thư mục "{path.parent}" không tồn tại.')

    orgs = _Organisations(session)
    report = ExportReport(path=path, kinds=kinds)
    tables: list[tuple[str, list[list[ExportCell]]]] = []
    for name in kinds:
        rows: list[list[ExportCell]] = []
        if name == COURSES:
            counts = _registration_counts(session)
            for course in session.scalars(select(Course).order_by(Course.starts_at, Course.code)):
                if organisations is not None and course.organiser_id not in organisations:
                    continue
                if course.is_sample and not include_samples:
                    report.skipped_samples += 1
                    continue
                rows.append(_course_row(course, orgs, tz, counts.get(course.id, (0, 0))))
            report.courses = len(rows)
        else:
            order = (Target.period_start, Target.period_end, Target.code)
            for target in session.scalars(select(Target).order_by(*order)):
                if organisations is not None and target.organisation_id not in organisations:
                    continue
                if target.is_sample and not include_samples:
                    report.skipped_samples += 1
                    continue
                rows.append(_target_row(target, orgs))
            report.targets = len(rows)
        tables.append((name, rows))

    def write(temporary: Path) -> None:
        if suffix == ".csv":
            _write_csv(temporary, *tables[0])
        else:
            _write_xlsx(temporary, tables)

    try:
        write_atomically(path, write)
    except OSError as exc:
        raise TransferError(f'Không ghi được tệp "{path}": {exc.strerror or exc}.') from exc
    return report


def _write_csv(path: Path, kind: str, rows: list[list[ExportCell]]) -> None:
    # UTF-8 with BOM: without it Excel reads the file in the local code page and garbles the diacritics.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([column.header for column in EXPORT_COLUMNS[kind]])
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])


def _write_xlsx(path: Path, tables: list[tuple[str, list[list[ExportCell]]]]) -> None:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for kind, rows in tables:
        sheet = workbook.create_sheet(KIND_TITLES[kind])
        columns = EXPORT_COLUMNS[kind]
        widths = [len(column.header) + 2 for column in columns]
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=1, column=index, value=column.header)
            cell.font = bold
        for number, row in enumerate(rows, start=2):
            for index, value in enumerate(row, start=1):
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell = sheet.cell(row=number, column=index, value=value)
                if isinstance(value, str):
                    # openpyxl turns text starting with "=" into a formula; keep it the text it is.
                    cell.data_type = "s"
                elif isinstance(value, dt.datetime):
                    cell.number_format = XLSX_DATETIME_FORMAT
                elif isinstance(value, dt.date):
                    cell.number_format = XLSX_DATE_FORMAT
                shown = len(_csv_cell(value)) if not isinstance(value, dt.date) else 16
                widths[index - 1] = min(max(widths[index - 1], shown + 2), 60)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
    workbook.save(path)
