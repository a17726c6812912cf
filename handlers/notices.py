"""The words of the proactive messages: reminders, change notices, promotions from the waiting list and
delivery reports. knowledge/ decides when and to whom they go and asks this module (through the
`knowledge.wording.Wording` interface, wired in bot/) what they say.

The same outbox text goes to every channel, so options are named as «chọn «…»» (a button on Telegram, a
typed number elsewhere), never «bấm».
"""

from __future__ import annotations

import datetime as dt

from handlers import labels
from handlers.callbacks import pack
from handlers.compose import OTHER_TOPIC, place_of, starts_phrase
from handlers.types import Button, Reply
from knowledge import format as vn
from knowledge import timing
from knowledge.announcements import announcement_body
from knowledge.models import Course, OutboxJob
from knowledge.outbox import Counts

# The reminder kinds (knowledge.reminders.KINDS) as /nhacnho lists them.
KIND_LABELS = {
    "week": "Nhắc trước lớp học vài ngày (7 ngày)",
    "day": "Nhắc trước lớp học 1 ngày",
    "hours": "Nhắc trước giờ học (2 giờ)",
    "deadline": "Nhắc hạn đăng ký lớp phù hợp với anh/chị",
}


def when(course: Course, tz: dt.tzinfo) -> str:
    """ "Thứ Hai, 05/01/2027, lúc 08:00", or «dự kiến tháng 9/2027» when only the period is known."""
    period = timing.period_of(course)  # None once a class put off has its new day
    if period:
        return f"dự kiến {period}"
    moment = timing.held(course)[0]  # a class put off: its new date
    return _dated(course, moment, tz)


def where(course: Course) -> str:
    return place_of(course.venue, course.province)


def countdown(event: dt.datetime, now: dt.datetime, tz: dt.tzinfo, *, hours: bool = True) -> str:
    """How far away the event is, as people say it: "2 giờ nữa", "ngày mai", "7 ngày nữa". `hours` false: the
    event's hour is a guess (a plan that gave only the date), so the same day is just «hôm nay»."""
    days = (event.astimezone(tz).date() - now.astimezone(tz).date()).days
    if days <= 0 and not hours:
        return "hôm nay"
    if days <= 0:
        left = max(1, round((event - now).total_seconds() / 3600))
        return f"hôm nay (còn khoảng {left} giờ nữa)" if left > 1 else "chỉ còn khoảng 1 giờ nữa"
    if days == 1:
        return "ngày mai"
    return f"còn {days} ngày nữa"


def class_text(course: Course, now: dt.datetime, tz: dt.tzinfo) -> str:
    starts_at, ends_at = timing.held(course)
    # (A part of the day only: its stored 13:30 is a guess, so no «còn khoảng 2 giờ nữa» either.)
    soon = countdown(starts_at, now, tz, hours=course.hours_written is not False and not course.day_part)
    lines = [f"⏰ Nhắc lịch học: {soon} là lớp «{course.title}» bắt đầu.",
             f"Thời gian: {when(course, tz)}"]
    if ends_at is not None and ends_at.astimezone(tz).date() != starts_at.astimezone(tz).date():
        lines[-1] += f" đến {vn.weekday_date(ends_at, tz)}"
    if where(course):
        lines.append(f"Địa điểm: {where(course)}")
    lines.append(f"Nếu không đi được, chọn «{labels.GIVE_UP_PLACE}» để nhường chỗ cho người khác.")
    return "\n".join(lines)


def deadline_text(course: Course, now: dt.datetime, tz: dt.tzinfo) -> str:
    deadline = course.registration_deadline
    assert deadline is not None
    days = (deadline.astimezone(tz).date() - now.astimezone(tz).date()).days
    left = "hôm nay là hạn cuối" if days <= 0 else ("ngày mai là hạn cuối" if days == 1 else f"còn {days} ngày")
    lines = [f"📝 Nhắc hạn đăng ký: {left} để đăng ký lớp «{course.title}».",
             f"Hạn đăng ký: {deadline.astimezone(tz):%H:%M} {vn.weekday_date(deadline, tz)}",
             f"Lớp học: {when(course, tz)}"]
    if where(course):
        lines.append(f"Địa điểm: {where(course)}")
    lines.append("Anh/chị nhận tin này vì lớp dành cho đối tượng và đơn vị của anh/chị.")
    return "\n".join(lines)


def report_text(job: OutboxJob, counts: Counts, tz: dt.tzinfo, number: int | None = None) -> str:
    """A delivery report in Vietnamese: the announcement by its number and the organiser's own words (the
    «📢 THÔNG BÁO — union» header is the same on every one, and a body that starts with the union's name
    would repeat it)."""
    excerpt = " ".join(announcement_body(job.text).split())
    excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59].rstrip() + "…"
    if job.status == "done":
        status = "đã gửi xong" + (f" lúc {vn.date_time(job.finished_at, tz)}" if job.finished_at else "")
    elif job.status == "cancelled":
        status = "đã hủy"
    else:
        status = "đang gửi"
    lines = [
        f"Báo cáo thông báo #{number or job.id} ({status})",
        f"Nội dung: «{excerpt}»",
        f"Người nhận: {vn.number(job.total)}" + (f" — {job.audience}" if job.audience else ""),
        f"• Đã gửi: {vn.number(counts.sent)}",
        f"• Đang chờ gửi: {vn.number(counts.pending)}",
        f"• Lỗi, không gửi được: {vn.number(counts.failed)}",
        f"• Đã chặn bot hoặc không còn liên lạc được: {vn.number(counts.blocked)}",
    ]
    if job.skipped:
        lines.append(f"• Không gửi vì đã chặn bot từ trước: {vn.number(job.skipped)}")
    return "\n".join(lines)


def _save(link: str | None) -> str:
    """The .ics link, for channels that cannot carry the calendar file itself."""
    return f"\nLưu vào lịch điện thoại: {link}" if link else ""


def _at(moment: dt.datetime, tz: dt.tzinfo) -> str:
    return f"{vn.weekday_date(moment, tz)}, lúc {moment.astimezone(tz):%H:%M}"


def _dated(course: Course, moment: dt.datetime, tz: dt.tzinfo) -> str:
    """`_at`, or the day alone for a class whose plan gave no hour (the import's 08:00 is never said), or with
    the part of the day the plan named («buổi chiều Thứ Hai, 14/12/2026»: its 13:30 is the import's)."""
    if course.day_part:
        return f"buổi {course.day_part} {vn.weekday_date(moment, tz)}"
    return _at(moment, tz) if course.hours_written is not False else vn.weekday_date(moment, tz)


class Notices:
    """The `knowledge.wording.Wording` of the deployment."""

    def class_reminder(self, course: Course, kind: str, now: dt.datetime, tz: dt.tzinfo,
                       link: str | None) -> Reply:
        return Reply(class_text(course, now, tz) + _save(link), (
            Button(labels.CLASS_DETAILS, pack("c", course.id)), Button(labels.GIVE_UP_PLACE, pack("rc", course.id)),
            Button(labels.REMINDER_OFF, pack("nn", "off", kind))))

    def deadline_reminder(self, course: Course, now: dt.datetime, tz: dt.tzinfo, link: str | None) -> Reply:
        return Reply(deadline_text(course, now, tz) + _save(link), (
            Button(labels.REGISTER_THIS, pack("rg", course.id)), Button(labels.CLASS_DETAILS, pack("c", course.id)),
            Button(labels.DEADLINE_REMINDER_OFF, pack("nn", "off", "deadline"))))

    def cancelled(self, course: Course, starts_at: dt.datetime, similar: Course | None, tz: dt.tzinfo) -> Reply:
        # A class dated only by a period was never due on its period's first day: said by its period.
        was = when(course, tz) if course.tentative else f"dự kiến {_dated(course, starts_at, tz)}"
        lines = [f"❗ Lớp «{course.title}» {was} đã bị HỦY.",
                 "Anh/chị không cần đến lớp. Gõ /khoahoc để xem các lớp khác còn nhận đăng ký."]
        if similar is None:
            return Reply("\n".join(lines))
        same_topic = bool(course.topic) and similar.topic == course.topic
        head = "Lớp tương tự còn nhận đăng ký" if same_topic else OTHER_TOPIC
        lines.append(f"{head}: «{similar.title}», {when(similar, tz)}.")
        return Reply("\n".join(lines), (Button(labels.SIMILAR_CLASS if same_topic else labels.SUGGESTED_CLASS, pack("c", similar.id)),))

    def postponed(self, course: Course, *, was: dt.datetime | None, new: dt.datetime | None, period: str | None,
                  tz: dt.tzinfo) -> Reply:
        if was is None:
            head = f"📢 Lớp «{course.title}» (đã hoãn) đã có lịch mới: {_at(new, tz)}." if new is not None else (
                f"📢 Lớp «{course.title}» đã hoãn, chưa có lịch mới.")
        else:
            planned = f"dự kiến {period}" if period else f"dự kiến {_dated(course, was, tz)}"
            head = f"❗ Lớp «{course.title}» {planned} đã HOÃN. " + (
                f"Lịch mới: {_at(new, tz)}." if new is not None else "Chưa có lịch mới; khi có, mình sẽ báo anh/chị.")
        tail = ("Đăng ký của anh/chị vẫn được giữ" + (", lịch nhắc theo ngày mới" if new is not None else "")
                + f". Nếu không đi được, chọn «{labels.GIVE_UP_PLACE}».")
        return Reply(f"{head}\n{tail}", (Button(labels.CLASS_DETAILS, pack("c", course.id)),
                                          Button(labels.GIVE_UP_PLACE, pack("rc", course.id))))

    def changed(self, course: Course, *, moved_from: dt.datetime | None, new_place: bool, reopened: bool,
                tz: dt.tzinfo, period: str | None = None, hour_given: bool = False,
                earlier_hour: bool = True) -> Reply:
        # Held again: when, unless a new time is said below.
        changes = ([f"Lớp được mở lại: {when(course, tz)}." if moved_from is None and period is None
                    else "Lớp được mở lại."] if reopened else [])
        if period is not None:
            changes.append(f"Đã có ngày học: {when(course, tz)} (trước đây dự kiến {period})")
        if moved_from is not None:
            same_day = vn.date(moved_from, tz) == vn.date(timing.held(course)[0], tz)
            if not earlier_hour and same_day:  # people were told the day only: the hour is the news
                changes.append(f"Đã có giờ học: {when(course, tz)}")
            else:
                was = _at(moved_from, tz) if earlier_hour else vn.weekday_date(moved_from, tz)
                changes.append(f"Thời gian mới: {when(course, tz)} (trước đây: {was})")
        elif hour_given:
            changes.append(f"Đã có giờ học: {when(course, tz)}")
        if new_place:
            changes.append(f"Địa điểm mới: {where(course) or 'sẽ báo sau'}")
        lines = [f"📢 Lớp «{course.title}» có thay đổi:", *changes,
                 "Lịch nhắc của anh/chị đã được cập nhật theo giờ mới. Nếu không đi được nữa, "
                 f"chọn «{labels.GIVE_UP_PLACE}»."]
        return Reply("\n".join(lines), (Button(labels.CLASS_DETAILS, pack("c", course.id)),
                                        Button(labels.GIVE_UP_PLACE, pack("rc", course.id))))

    def promoted(self, course: Course, tz: dt.tzinfo) -> Reply:
        place = where(course)
        return Reply(f"Tin vui: lớp «{course.title}» vừa có chỗ trống và anh/chị đã được chuyển từ danh sách chờ "
                     f"sang danh sách học. Lớp {starts_phrase(course, tz)}"
                     + (f" tại {place}" if place else "")
                     + ". Nếu không đi được, gõ /lich để hủy và nhường chỗ cho người khác.")

    def report(self, job: OutboxJob, counts: Counts, tz: dt.tzinfo, number: int | None = None) -> str:
        return report_text(job, counts, tz, number)


WORDING = Notices()
