"""/nhacnho: each person turns each kind of reminder off and on (class ladder rungs, registration deadlines).

The choice is stored on the account and copied to linked accounts, so it holds on Telegram and Zalo alike.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from handlers.callbacks import pack
from handlers.notices import KIND_LABELS
from handlers.types import Button, Incoming, Reply
from knowledge import reminders, store
from knowledge.language.talk import words
from knowledge.models import UserProfile
from knowledge.registrations import my_registrations
from knowledge.reminders import Config, Rung
from knowledge.text import fold

ALL_OFF = ("tat", "tat het", "off")
ALL_ON = ("bat", "bat het", "on")


def _no_hour(session: Session, profile: UserProfile, now: dt.datetime | None) -> str:
    """What the «before the hour» line owes a person whose registered classes were planned by the day only:
    those classes get no such reminder (knowledge.reminders.rungs_to_send), so the menu must not promise one."""
    if now is None:
        return ""
    courses = [r.course for r in my_registrations(session=session, profile=profile, now=now)]
    unset = [c.code for c in courses if c.hours_written is False]
    if not unset:
        return ""
    if len(unset) == len(courses):
        return " (lớp anh/chị đã đăng ký chưa báo giờ học: mình nhắc theo ngày)"
    return f" (trừ lớp chưa báo giờ học: {', '.join(unset[:3])}{'…' if len(unset) > 3 else ''})"


def menu(msg: Incoming, session: Session, note: str = "", now: dt.datetime | None = None) -> list[Reply]:
    """The reminder kinds with their state, and a button to flip each."""
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    off = reminders.kinds_off(profile)
    lines = ([note, ""] if note else []) + ["Tin nhắc của anh/chị:"]
    buttons: list[Button] = []
    for kind in reminders.KINDS:
        label = KIND_LABELS[kind]
        aside = _no_hour(session, profile, now) if kind == "hours" and kind not in off else ""
        lines.append(f"• {label}: {'đã tắt' if kind in off else 'đang bật'}{aside}")
        buttons.append(Button(f"Bật: {label}"[:60], pack("nn", "on", kind)) if kind in off
                       else Button(f"Tắt: {label}"[:60], pack("nn", "off", kind)))
    lines.append("Thông báo lớp bị hủy hoặc đổi lịch luôn được gửi. Gõ «/nhacnho tat» để tắt hết, "
                 "«/nhacnho bat» để bật lại.")
    return [Reply("\n".join(lines), tuple(buttons))]


def command(arg: str, msg: Incoming, session: Session, now: dt.datetime | None = None) -> list[Reply]:
    """/nhacnho [tat|bat]."""
    word = fold(arg).strip()
    if word in ALL_OFF or word in ALL_ON:
        profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        for kind in reminders.KINDS:
            reminders.set_kind(profile=profile, kind=kind, on=word in ALL_ON)
        return menu(msg, session, "Đã bật lại mọi tin nhắc." if word in ALL_ON else "Đã tắt mọi tin nhắc.", now)
    return menu(msg, session, now=now)


# A reminder setting asked in words (folded): «tắt nhắc trước giờ học», «không nhận tin nhắc nữa», «bật lại nhắc
# hạn đăng ký», «tắt hết nhắc nhở», «đừng nhắc 2 tiếng trước nữa». A verb and the word «nhắc» both, so «nhắc lại
# lịch học» asks nothing of them.
_OFF = re.compile(r"\b(?:tat|ngung|dung|thoi|bo|huy|khong (?:nhan|can|muon nhan|muon|nhac)|khoi)\b")
_ON = re.compile(r"\b(?:bat|mo lai|mo nhac|nhan lai|muon nhan|cho nhan)\b")
_REMINDER = re.compile(r"\b(?:nhac|tin nhac|nhac nho|nhac lich|thong bao nhac)\b")
# «chỉ nhắc mình trước 1 ngày thôi», «nhac minh truoc 1 ngay thoi»: keep the rung named, drop the other class rungs.
# A trailing «thôi» means «only» here; a leading one («thôi nhắc 1 ngày») means stop.
_ONLY = re.compile(r"\bchi (?:can |muon |de |)nhac\b|\bnhac\b.*\bthoi(?: (?:nhe|nha|nhen|a|ha|nhe a|nha a))?$")
# An «only» said with a stop verb («đừng nhắc 1 ngày thôi») is a stop.
_STOP = re.compile(r"\b(?:tat|ngung|dung|bo|huy|khong (?:nhan|can|muon|nhac)|khoi)\b")
# Which kind (folded), as the menu's lines name them.
_KIND_WORDS = (
    ("hours", re.compile(r"\b(?:gio hoc|truoc gio|\d+ (?:gio|tieng)|vai (?:gio|tieng)|may (?:gio|tieng)"
                         r"|(?:hai|mot|ba) tieng)\b")),
    ("deadline", re.compile(r"\bhan (?:dang ky|dk|chot)?|\bhet han\b")),
    ("day", re.compile(r"\b(?:1|mot) ngay\b|\bhom truoc\b|\bngay hom truoc\b|\btruoc mot hom\b")),
    ("week", re.compile(r"\b(?:7|bay|vai|may) ngay\b|\b(?:1|mot) tuan\b|\btuan truoc\b")),
)
# A span of time named that no kind matches («đừng nhắc 3 ngày trước nữa»): never read as «all of them».
_SPAN = re.compile(r"\b(?:\d+|mot|hai|ba|bon|nam|sau|muoi) (?:ngay|gio|tieng|tuan|hom)\b")
_CLASS_RUNGS = ("week", "day", "hours")
_SHORT = {"week": "nhắc trước vài ngày", "day": "nhắc trước 1 ngày", "hours": "nhắc trước giờ học"}
SPAN_UNCLEAR = "Mình chưa rõ anh/chị muốn đổi loại tin nhắc nào; anh/chị chọn từng loại dưới đây."


def _labels(kinds: list[str] | tuple[str, ...]) -> str:
    return "; ".join(KIND_LABELS[k].lower() for k in kinds)


def typed(text: str, msg: Incoming, session: Session, *, menu_shown: bool = False,
          now: dt.datetime | None = None) -> list[Reply] | None:
    """A reminder setting asked in words, done as its button would (what changed said in one line, then the menu);
    None when the message asks none. `menu_shown`: the /nhacnho menu is the choice pending, where «tắt hết», «bật
    lại» alone do too."""
    folded = words(text)
    kinds = [kind for kind, pat in _KIND_WORDS if pat.search(folded)]
    if kinds and _REMINDER.search(folded) and _ONLY.search(folded) and not _STOP.search(folded):
        profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        dropped = [k for k in _CLASS_RUNGS if k not in kinds]
        for kind in kinds:
            reminders.set_kind(profile=profile, kind=kind, on=True)
        for kind in dropped:
            reminders.set_kind(profile=profile, kind=kind, on=False)
        note = f"Đã đổi: chỉ còn {_labels(kinds)}" + (
            f" (đã tắt {' và '.join(_SHORT[k] for k in dropped)})." if dropped else ".")
        return menu(msg, session, note, now)
    off, on = bool(_OFF.search(folded)), bool(_ON.search(folded))
    if off == on or not (_REMINDER.search(folded) or (menu_shown and len(folded.split()) <= 4)):
        return None
    if not kinds and _SPAN.search(folded):
        return menu(msg, session, SPAN_UNCLEAR, now)
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    for kind in kinds or reminders.KINDS:
        reminders.set_kind(profile=profile, kind=kind, on=on)
    verb = "Đã bật" if on else "Đã tắt"
    if not kinds:
        return menu(msg, session, "Đã bật lại mọi tin nhắc." if on else "Đã tắt mọi tin nhắc.", now)
    return menu(msg, session, f"{verb}: {_labels(kinds)}.", now)


# A question about the reminders themselves (folded): «bot nhắc tôi trước mấy ngày», «có nhắc lịch học không»,
# «nhắc trước bao lâu», «bot có nhắc hạn đăng ký ko». «nhắc lại lịch học» asks for the schedule, not this.
_ABOUT_REMINDER = re.compile(r"\bnhac(?! lai\b)(?! nho (?:toi|em|minh) (?:lop|lich))")
_ASKED_HOW = re.compile(
    r"\btruoc (?:may|bao nhieu|bn|bao lau|khi nao|bao gio|bao nhieu lau)\b|\bbao lau\b|\bmay (?:ngay|gio|tieng|lan|hom)\b"
    r"|\bco nhac\b|\bnhac (?:\w+ ){0,4}(?:khong|ko|k|kg|hong|hok|chua|ak|a)$|\bnhac (?:\w+ )?(?:khi nao|luc nao|bao gio|the nao|"
    r"ntn|nhu the nao|nhu nao|ra sao|gi|j)\b|\b(?:khi nao|luc nao|bao gio|the nao|ntn) (?:\w+ ){0,2}nhac\b")

# A reminder asked for («nhắc em trước 3 ngày nhé», «nhắc mình với nhé»): told which reminders go out.
_ASKED_TO = re.compile(
    r"\bnhac (?:(?:em|minh|toi|tui|anh|chi|giup|gium|dum|ho|voi|lai) ){0,3}truoc (?:\d+|mot|hai|ba|bon|nam) "
    r"(?:ngay|hom|tieng|gio|tuan)\b|\bnhac (?:em|minh|toi|tui|anh|chi) (?:voi|nhe|nha|giup|gium|dum|nhen)\b")


def _rungs(rungs: tuple[Rung, ...]) -> str:
    labels = [r.label() for r in rungs]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " và " + labels[-1]


def reminders_asked(text: str, msg: Incoming, session: Session, config: Config | None) -> list[Reply] | None:
    """How and when the bot reminds, from the deployment's settings, and how to turn it off (/nhacnho); None when
    the message asks nothing of the reminders."""
    folded = words(text)
    # «bot nhắc tôi trước mấy ngày» asks how the reminders go; «nhắc em trước 3 ngày nhé» asks for one.
    request = bool(_ABOUT_REMINDER.search(folded) and _ASKED_TO.search(folded)
                   and not _ASKED_HOW.search(folded) and "?" not in text)
    if not (_ABOUT_REMINDER.search(folded) and (_ASKED_HOW.search(folded) or "?" in text or request)):
        return None
    ladder = config.ladder if config is not None else reminders.DEFAULT_LADDER
    deadline = config.deadline if config is not None else reminders.DEFAULT_DEADLINE
    lines: list[str] = []
    if ladder:
        lines.append(f"• Lớp anh/chị đã đăng ký: nhắc trước giờ học {_rungs(ladder)}. Một số lớp có lịch nhắc riêng "
                     "do ban tổ chức đặt.")
    else:
        lines.append("• Lớp anh/chị đã đăng ký: hiện không gửi tin nhắc trước giờ học (chỉ báo khi lớp đổi lịch "
                     "hoặc bị hủy).")
    if deadline:
        lines.append(f"• Lớp phù hợp với anh/chị (theo vai trò và đơn vị trong /hoso) mà anh/chị chưa đăng ký: "
                     f"nhắc trước hạn đăng ký {_rungs(deadline)}.")
    head = "Có ạ, mình tự nhắn tin nhắc:" if ladder or deadline else "Hiện mình không gửi tin nhắc tự động."
    if request:
        # The ladder is the deployment's, the same for everyone: no reminder is set at one person's word.
        head = ("Mình chưa đặt được lịch nhắc riêng theo yêu cầu; lịch nhắc do đơn vị vận hành đặt chung cho mọi "
                "người. " + ("Mình tự nhắn tin nhắc:" if ladder or deadline else "Hiện mình không gửi tin nhắc tự động."))
    if config is None or config.quiet_start != config.quiet_end:
        start = config.quiet_start if config is not None else dt.time(21, 0)
        end = config.quiet_end if config is not None else dt.time(7, 0)
        if ladder or deadline:
            lines.append(f"Tin nhắc rơi vào khoảng {start:%H:%M}–{end:%H:%M} được dời đến {end:%H:%M}, trừ tin nhắc "
                         "trong ngày học.")
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    off = [KIND_LABELS[k].lower() for k in reminders.KINDS if k in reminders.kinds_off(profile)]
    if off:
        lines.append("Anh/chị đang tắt: " + "; ".join(off) + ".")
    lines.append("Lớp đổi lịch hoặc bị hủy thì luôn được báo. Muốn tắt hoặc bật từng loại tin nhắc, anh/chị gõ "
                 "/nhacnho («/nhacnho tat» để tắt hết).")
    return [Reply("\n".join([head, *lines]))]


def on_button(rest: str, msg: Incoming, session: Session, now: dt.datetime | None = None) -> list[Reply] | None:
    """nn:on:<kind> / nn:off:<kind>; None for data that is not one of these."""
    action, _, kind = rest.partition(":")
    if action not in ("on", "off") or kind not in reminders.KINDS:
        return None
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    reminders.set_kind(profile=profile, kind=kind, on=action == "on")
    verb = "Đã bật" if action == "on" else "Đã tắt"
    return menu(msg, session, f"{verb}: {KIND_LABELS[kind].lower()}.", now)
