"""The attendance list of a class as an organiser prints it: a titled XLSX with an empty «Ký tên» column.

Rows: everyone registered, then the waiting list in order; each with the name, unit and phone the person
gave with consent (Law 91/2025/QH15), their role, the day they registered and their status. Every text is
written as text, never as a formula, whatever it begins with (= + - @): names and units come from chat.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from knowledge import registrations, timing
from knowledge.lexicon import ROLES
from knowledge.models import Course
from knowledge.plans.files import write_atomically

HEADERS = ("STT", "Họ và tên", "Đơn vị", "Điện thoại", "Vai trò", "Ngày đăng ký", "Trạng thái", "Ký tên")
WIDTHS = (6, 28, 32, 14, 26, 14, 18, 16)
HEADER_ROW = 5
STATUS_LABELS = {"registered": "đã đăng ký", "waitlisted": "danh sách chờ"}
_ROLE_LABELS = {term.key: term.label for term in ROLES}


class RosterError(Exception):
    """The list could not be written; the message is Vietnamese."""


@dataclass(frozen=True, slots=True)
class RosterReport:
    path: Path
    registered: int
    waiting: int

    def summary(self) -> str:
        return (f'Đã ghi danh sách lớp ra tệp "{self.path.name}": {self.registered} người đã đăng ký, '
                f"{self.waiting} người trong danh sách chờ.")


def period(course: Course, tz: ZoneInfo) -> str:
    """«03/09/2027 – 05/09/2027», or «dự kiến tháng 9/2027»."""
    if timing.period_of(course):
        return f"dự kiến {course.when_written or course.tentative}"
    starts_at, ends_at = timing.held(course)  # a class put off: at the new date its note gives
    start = starts_at.astimezone(tz)
    if course.hours_written is False:
        # The plan gave days only: the import's 08:00–17:00 is not printed as the class's hours.
        last = ends_at.astimezone(tz).date() if ends_at is not None else start.date()
        days = f"{start:%d/%m/%Y}" + (f" – {last:%d/%m/%Y}" if last != start.date() else "")
        return f"{days} (chưa có giờ học)"
    text = start.strftime("%d/%m/%Y %H:%M")
    if ends_at is not None:
        end = ends_at.astimezone(tz)
        text += " – " + (end.strftime("%H:%M") if end.date() == start.date() else end.strftime("%d/%m/%Y"))
    return text


def _text(value: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def write_roster(session: Session, course: Course, path: Path, *, tz: ZoneInfo) -> RosterReport:
    """Write the class's attendance list to `path` (.xlsx), atomically."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise RosterError(f'Tệp "{path.name}" phải có đuôi .xlsx.')
    if path.is_dir() or not path.parent.is_dir():
        raise RosterError(f'Không ghi được vào "{path}": thư mục không tồn tại hoặc đó là một thư mục.')
    rows = registrations.course_registrations(session=session, course_id=course.id)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Danh sách lớp"
    last = get_column_letter(len(HEADERS))
    titles = [
        ("DANH SÁCH HỌC VIÊN", Font(bold=True, size=14)),
        (f"{course.title} (mã lớp {course.code})", Font(bold=True, size=12)),
        ("Thời gian: " + period(course, tz) + (f" — Địa điểm: {course.venue}" if course.venue else ""), Font()),
    ]
    for number, (text, font) in enumerate(titles, start=1):
        sheet.merge_cells(f"A{number}:{last}{number}")
        cell = sheet.cell(row=number, column=1, value=_text(text))
        cell.data_type = "s"
        cell.font = font
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for index, header in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=header)
        cell.font = Font(bold=True)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    registered = waiting = 0
    for number, (registration, profile) in enumerate(rows, start=1):
        details = registrations.details_of(session=session, profile=profile)
        if registration.status == "registered":
            registered += 1
        else:
            waiting += 1
        unit = details.unit if details else (profile.organisation.name if profile.organisation else "")
        values: list[str | int | dt.date] = [
            number,
            details.full_name if details else (profile.display_name or "(chưa cung cấp họ tên)"),
            unit,
            (details.phone or "") if details else "",
            _ROLE_LABELS.get(profile.role or "", profile.role or ""),
            registration.created_at.astimezone(tz).date(),
            STATUS_LABELS.get(registration.status, registration.status),
            "",
        ]
        row = HEADER_ROW + number
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=index, value=_text(value) if isinstance(value, str) else value)
            if isinstance(value, str):
                cell.data_type = "s"  # «=HYPERLINK(…)» typed as a name stays the text it is
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            cell.border = border
            cell.alignment = Alignment(vertical="center", wrap_text=index in (2, 3))
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"

    try:
        write_atomically(path, workbook.save)
    except OSError as exc:
        raise RosterError(f'Không ghi được tệp "{path}": {exc.strerror or exc}.') from exc
    return RosterReport(path, registered, waiting)
