"""Section «Lớp học»: the classes of the organiser's unions, filtered by time, unit and status; a class's
page with its places, registrations and waiting list in order, the attendance list (.xlsx), and moving or
cancelling it — which tells everyone registered, through the outbox, as `cadrebot course` does."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.quanly.core import Organiser, Workspace, form, organiser
from knowledge import registrations, reminders, timing
from knowledge.db import bump_data_version
from knowledge.lexicon import ROLES
from knowledge.models import Course, Organisation, Registration
from knowledge.plans.dates import parse_clock
from knowledge.plans.roster import RosterError, period, write_roster
from knowledge.transfer import STATUSES

log = logging.getLogger(__name__)

WHEN = {"sap_toi": "Sắp tới", "da_qua": "Đã qua", "tat_ca": "Tất cả"}
STATUS_LABELS = {t.key: t.label for t in STATUSES}
ROLE_LABELS = {t.key: t.label for t in ROLES}
DONE = {"doi": "Đã cập nhật lớp", "huy": "Đã hủy lớp"}
MAX_LISTED = 500
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Row:
    """One class in the list."""

    course: Course
    registered: int
    waiting: int


@dataclass(frozen=True, slots=True)
class Person:
    """One line of a class's registrations or waiting list, as the organiser reads it."""

    number: int
    name: str
    unit: str
    phone: str
    role: str
    account: str
    at: dt.datetime


YEARS = (2000, 2100)  # dates outside are typing slips, and 31/12/9999 + 1 day overflows
BAD_DAY = f"Ngày chưa đúng: gõ dd/mm/yyyy (ví dụ 05/01/2027), năm từ {YEARS[0]} đến {YEARS[1]}."


def _day(text: str) -> dt.date | None:
    """A date typed as dd/mm/yyyy (also with «.» or «-», or yyyy-mm-dd as date pickers send it), in YEARS;
    None when empty, not a date or out of range."""
    text = text.strip()
    try:
        if _ISO_DATE.fullmatch(text):
            day = dt.date.fromisoformat(text)
        else:
            d, m, y = (int(x) for x in re.split(r"\s*[/.-]\s*", text))
            day = dt.date(y, m, d)
    except ValueError:
        return None
    return day if YEARS[0] <= day.year <= YEARS[1] else None


def when_held(course: Course, tz: ZoneInfo) -> str:
    """The class's dates as the list and its page show them: a class put off at its new date (`period`); one
    whose note gives none yet says so, with the day given up for reference."""
    said = period(course, tz)
    if course.status == "postponed" and timing.postponed_to(course.description, course.starts_at) is None:
        return f"Chưa có lịch mới (lịch cũ: {said})"
    return said


def _counts(session: Session, ids: list[int]) -> dict[tuple[int, str], int]:
    if not ids:
        return {}
    rows = session.execute(select(Registration.course_id, Registration.status, func.count())
                           .where(Registration.course_id.in_(ids)).group_by(Registration.course_id, Registration.status))
    return {(cid, status): int(n) for cid, status, n in rows.tuples()}


def _unions(session: Session, who: Organiser) -> list[Organisation]:
    """The unions in scope that organise at least one class (the unit filter's choices)."""
    q = select(Organisation).where(Organisation.id.in_(
        select(Course.organiser_id).where(Course.organiser_id.is_not(None)).distinct()))
    if who.allowed is not None:
        q = q.where(Organisation.id.in_(who.allowed))
    return list(session.scalars(q.order_by(Organisation.name)))


def setup(ws: Workspace) -> None:
    tz = ws.deps.tz

    async def listing(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        query = request.query
        when = query.get("khi", "sap_toi")
        when = when if when in WHEN else "sap_toi"
        status = query.get("trang_thai", "")
        status = status if status in STATUS_LABELS else ""
        union = query.get("don_vi", "")
        union_id = int(union) if union.isascii() and union.isdigit() and len(union) <= 9 else None
        start, end = _day(query.get("tu", "")), _day(query.get("den", ""))
        # The list is still shown (without that bound): a slip in a filter is no reason for an empty page.
        problem = BAD_DAY if ((start is None and query.get("tu", "").strip())
                              or (end is None and query.get("den", "").strip())) else None
        now = ws.now()

        def work(session: Session) -> dict[str, Any]:
            q = select(Course)
            if who.allowed is not None:
                q = q.where(Course.organiser_id.in_(who.allowed))
            if union_id is not None:
                q = q.where(Course.organiser_id == union_id)
            if status:
                q = q.where(Course.status == status)
            # A class dated by a period is over when its period is (knowledge.timing), not on its first day; a
            # class put off is at the new day its note gives, and one with none yet waits among the coming
            # ones for the organiser to date it, whatever the plan's old day.
            under_way = Course.id.in_(registrations.periods_under_way(session, now))
            postponed = registrations.postponed_held(session)
            undated = Course.id.in_([cid for cid, c in postponed.items() if c.undated])
            held = registrations.held_columns(session, postponed)
            if when == "sap_toi":
                q = q.where((func.coalesce(held.ends_at, held.starts_at) >= now) | under_way | undated)
            elif when == "da_qua":
                q = q.where(func.coalesce(held.ends_at, held.starts_at) < now, ~under_way, ~undated)
            if start is not None:
                q = q.where(held.starts_at >= dt.datetime.combine(start, dt.time(0), tz))
            if end is not None:
                q = q.where(held.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), tz))
            order = held.starts_at.desc() if when == "da_qua" else held.starts_at
            courses = list(session.scalars(q.order_by(order, Course.code).limit(MAX_LISTED + 1)).unique())
            counts = _counts(session, [c.id for c in courses[:MAX_LISTED]])
            rows = [Row(c, counts.get((c.id, "registered"), 0), counts.get((c.id, "waitlisted"), 0))
                    for c in courses[:MAX_LISTED]]
            for c in courses:
                session.expunge(c)
            return {"rows": rows, "more": len(courses) > MAX_LISTED, "unions": _unions(session, who)}

        found = await ws.db(work)
        return ws.render(request, "quanly/lop.html", section="lop", title="Lớp học", when=when, whens=WHEN,
                         chosen_status=status, statuses=STATUS_LABELS, union_id=union_id,
                         start=f"{start:%d/%m/%Y}" if start else "", end=f"{end:%d/%m/%Y}" if end else "",
                         period=lambda c: when_held(c, tz), max_listed=MAX_LISTED, problem=problem, **found)

    async def detail(request: web.Request) -> web.StreamResponse:
        return await show(request)

    async def show(request: web.Request, problem: str | None = None, status: int = 200,
                   typed: dict[str, str] | None = None) -> web.StreamResponse:
        """The class's page; `typed`: the move form's fields to show again (a problem, or an end to confirm)."""
        who = organiser(request)
        ident = request.match_info["id"]

        def work(session: Session) -> dict[str, Any]:
            course = ws.course_in_scope(session, who, ident)
            placed: list[Person] = []
            waiting: list[Person] = []
            for reg, profile in registrations.course_registrations(session=session, course_id=course.id):
                details = registrations.details_of(session=session, profile=profile)
                bucket = placed if reg.status == "registered" else waiting
                bucket.append(Person(
                    len(bucket) + 1, details.full_name if details else (profile.display_name or "(chưa cho biết tên)"),
                    details.unit if details else "", (details.phone or "") if details else "",
                    ROLE_LABELS.get(profile.role or "", ""), f"{profile.channel}:{profile.user_id}", reg.created_at))
            session.expunge(course)
            return {"course": course, "placed": placed, "waiting": waiting}

        found = await ws.db(work)
        course: Course = found["course"]
        capacity = course.capacity
        left = max(capacity - len(found["placed"]), 0) if capacity else None
        done = request.query.get("xong", "")
        told = request.query.get("n", "")
        notice = (f"{DONE[done]} {course.code}; {told} người đã đăng ký hoặc đang chờ sẽ nhận thông báo."
                  if done in DONE and told.isascii() and told.isdigit() else None)
        local = timing.held(course)[0].astimezone(tz)  # a class put off: moved on from its new date, if known
        end = course.ends_at.astimezone(tz) if course.ends_at is not None else None
        typed = typed or {}
        # A class whose plan gave no hour: its stored 08:00–17:00 is the import's, so the form offers no hour (left
        # empty, the class stays without one) and says the end by its day.
        hours_known = course.hours_written is not False
        end_now = "" if end is None else (f"lúc {end:%H:%M} ngày {end:%d/%m/%Y}" if hours_known
                                          else f"ngày {end:%d/%m/%Y}")
        return ws.render(
            request, "quanly/lop_chitiet.html", section="lop", title=f"Lớp {course.code}", left=left,
            status=status, notice=notice if problem is None else None, problem=problem, when=when_held(course, tz), status_label=STATUS_LABELS.get(course.status, ""),
            audiences=[ROLE_LABELS.get(a, a) for a in course.audiences.split(";") if a],
            move_date=typed.get("ngay", f"{local:%d/%m/%Y}"),
            move_time=typed.get("gio", f"{local:%H:%M}" if hours_known else ""), hours_known=hours_known,
            end_date=typed.get("ngay_kt", ""), end_time=typed.get("gio_kt", ""),
            move_venue=typed.get("dia_diem", ""), end_now=end_now,
            open_for_change=course.status != "cancelled", **found)

    async def change(request: web.Request) -> web.StreamResponse:
        """Move (new start and/or place) or cancel; everyone registered is told through the outbox."""
        who = organiser(request)
        ident = request.match_info["id"]
        action = request.match_info["action"]
        fields = form(request)
        now = ws.now()
        day: dt.date | None = None
        clock: dt.time | None = None  # None: a date alone, the class keeps its hour (or still has none)
        end_given: tuple[dt.date | None, dt.time | None] | None = None  # made whole with the class's own end
        venue: str | None = None
        problem: str | None = None
        typed = {name: " ".join(fields.get(name, "").split())[:300] for name in ("ngay", "gio", "ngay_kt", "gio_kt",
                                                                                   "dia_diem")}
        if action == "doi":
            day = _day(typed["ngay"])
            # The plans' own time reader: «8h», «13g30», «8 giờ» work here as in an imported plan.
            clock = parse_clock(typed["gio"]) if typed["gio"] else None
            end_day = _day(typed["ngay_kt"]) if typed["ngay_kt"] else None
            end_clock = parse_clock(typed["gio_kt"]) if typed["gio_kt"] else None
            venue_text = typed["dia_diem"]
            if day is None or (typed["gio"] and clock is None):
                problem = (f"Ngày hoặc giờ mới chưa đúng (ngày dd/mm/yyyy, ví dụ 05/01/2027, năm từ {YEARS[0]} đến "
                           f"{YEARS[1]}; giờ như 08:00, 8h, 13h30).")
            elif (typed["ngay_kt"] and end_day is None) or (typed["gio_kt"] and end_clock is None):
                problem = "Ngày hoặc giờ kết thúc chưa đúng (ngày dd/mm/yyyy; giờ như 17:00, 17h, 16h30)."
            elif end_day is not None or end_clock is not None:
                end_given = (end_day, end_clock)
            venue = venue_text or None
        elif fields.get("xacnhan") != "1":
            problem = "Anh/chị đánh dấu ô xác nhận trước khi hủy lớp."

        def whole_end(course: Course, start: dt.datetime, given: tuple[dt.date | None, dt.time | None]) -> dt.datetime:
            """The end the organiser gave: a time alone ends on the class's last day (its span kept), a day alone
            at the class's usual closing time."""
            end_day, end_clock = given
            old_end = (course.ends_at or course.starts_at).astimezone(tz)
            span = old_end.date() - course.starts_at.astimezone(tz).date()
            return dt.datetime.combine(end_day or start.astimezone(tz).date() + span,
                                       end_clock or (old_end.time() if course.ends_at else dt.time(17, 0)), tz)
        def work(session: Session) -> tuple[int, str] | str | None:
            course = ws.course_in_scope(session, who, ident)  # scope first: another union's class is a 404
            if problem is not None:
                return None
            if course.status == "cancelled":
                return -1, course.code
            starts: dt.datetime | None = None
            if day is not None:
                # A date alone keeps the class's hour of day (for a class whose plan gave none, still the import's
                # guess, still not said as the class's hour); a typed hour becomes the class's hour.
                starts = dt.datetime.combine(day, clock or timing.held(course)[0].astimezone(tz).time(), tz)
                if starts <= now:
                    return "Thời gian mới phải ở tương lai."
            hour_given = starts is not None and clock is not None
            # The hour typed for a class whose plan gave none is news even at the start stored (its guessed 08:00).
            timed = hour_given and course.hours_written is False
            new_ends: dt.datetime | None = None
            if starts is not None and end_given is not None:
                new_ends = whole_end(course, starts, end_given)
                if new_ends <= starts:
                    return "Giờ kết thúc phải sau giờ bắt đầu."
            elif starts is not None and starts != course.starts_at:
                kept = reminders.moved_end(course, starts, tz)
                if kept.to_confirm and kept.ends_at is not None:
                    # Keeping the length would run past the class's usual end (13:30 + 9 giờ = 22:30): never
                    # saved unseen; the end is put in the form for the organiser to confirm or change.
                    end = kept.ends_at.astimezone(tz)
                    old = course.ends_at.astimezone(tz) if course.ends_at else end
                    typed.update(ngay_kt=f"{end:%d/%m/%Y}", gio_kt=f"{end:%H:%M}")
                    return (f"Giữ nguyên thời lượng thì lớp sẽ kết thúc lúc {end:%H:%M} ngày {end:%d/%m/%Y}, muộn "
                            f"hơn giờ kết thúc cũ ({old:%H:%M}). Anh/chị xem lại giờ kết thúc bên dưới (sửa nếu cần) "
                            "rồi bấm «Lưu và báo cho học viên» lần nữa.")
            new_starts = starts if starts is not None and starts != course.starts_at else None
            new_venue = venue if venue is not None and venue != (course.venue or "") else None
            if new_ends is not None and new_ends == course.ends_at:
                new_ends = None
            if timed and new_starts is None:
                new_starts = starts
            if action == "doi" and new_starts is None and new_venue is None and new_ends is None:
                return -2, course.code
            notice = reminders.reschedule(session=session, course=course, now=now, tz=tz, config=ws.reminder_config,
                                          starts_at=new_starts, venue=new_venue, cancel=action == "huy",
                                          ends_at=new_ends, hour_given=hour_given)
            course.web_changed_at = now  # a re-upload of the plan that would undo this says so first
            bump_data_version(session)  # every process re-reads the class, and the planner re-plans
            return (notice.total if notice is not None else 0), course.code

        result = await ws.db(work)
        if isinstance(result, str):
            return await show(request, result, 400, typed=typed)
        if result is None or result[0] < 0:
            why = problem or ("Lớp này đã bị hủy từ trước." if result and result[0] == -1 else
                              "Thời gian và địa điểm mới giống như cũ: chưa có gì thay đổi.")
            return await show(request, why, 400, typed=typed if action == "doi" else None)
        told, code = result
        log.info("web: class %s %s by %s; %d people told", code, "cancelled" if action == "huy" else "moved",
                 who.login.account, told)
        raise ws.redirect(f"/quanly/lop/{ident}", xong=action, n=told)

    async def roster(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        ident = request.match_info["id"]
        folder = Path(tempfile.mkdtemp(dir=ws.upload_dir))

        def work(session: Session) -> tuple[str, bytes]:
            course = ws.course_in_scope(session, who, ident)
            path = folder / f"diem-danh-{re.sub(r'[^A-Za-z0-9._-]', '_', course.code)}.xlsx"
            write_roster(session, course, path, tz=tz)
            return path.name, path.read_bytes()

        try:
            name, body = await ws.db(work)
        except RosterError as exc:
            # The detail names a path on the server: for the log, not for the page.
            log.error("web: attendance list of class #%s could not be written: %s", ident, exc)
            return await show(request, "Chưa tạo được danh sách điểm danh. Anh/chị thử lại sau ít phút.", 500)
        finally:
            await asyncio.to_thread(shutil.rmtree, folder, ignore_errors=True)
        log.info("web: attendance list of class #%s downloaded by %s", ident, who.login.account)
        return web.Response(body=body, headers={
            "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Content-Disposition": f'attachment; filename="{name}"'})

    ws.add("GET", "/lop", listing)
    ws.add("GET", "/lop/{id}", detail)
    ws.add("GET", "/lop/{id}/diemdanh.xlsx", roster)
    ws.add("POST", "/lop/{id}/{action:doi|huy}", change)

