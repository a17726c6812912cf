"""/nhacnho: each person turns each kind of reminder off and on (class ladder rungs, registration deadlines).

The choice is stored on the account and copied to linked accounts, so it holds on Telegram and Zalo alike.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from handlers.callbacks import pack
from handlers.notices import KIND_LABELS
from handlers.types import Button, Incoming, Reply
from knowledge import reminders, store
from knowledge.language.talk import words
from knowledge.text import fold

ALL_OFF = ("tat", "tat het", "off")
ALL_ON = ("bat", "bat het", "on")


def menu(msg: Incoming, session: Session, note: str = "") -> list[Reply]:
    """The reminder kinds with their state, and a button to flip each."""
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    off = reminders.kinds_off(profile)
    lines = ([note, ""] if note else []) + ["Tin nhắc của anh/chị:"]
    buttons: list[Button] = []
    for kind in reminders.KINDS:
        label = KIND_LABELS[kind]
        lines.append(f"• {label}: {'đã tắt' if kind in off else 'đang bật'}")
        buttons.append(Button(f"Bật: {label}"[:60], pack("nn", "on", kind)) if kind in off
                       else Button(f"Tắt: {label}"[:60], pack("nn", "off", kind)))
    lines.append("Thông báo lớp bị hủy hoặc đổi lịch luôn được gửi. Gõ «/nhacnho tat» để tắt hết, "
                 "«/nhacnho bat» để bật lại.")
    return [Reply("\n".join(lines), tuple(buttons))]


def command(arg: str, msg: Incoming, session: Session) -> list[Reply]:
    """/nhacnho [tat|bat]."""
    word = fold(arg).strip()
    if word in ALL_OFF or word in ALL_ON:
        profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        for kind in reminders.KINDS:
            reminders.set_kind(profile=profile, kind=kind, on=word in ALL_ON)
        return menu(msg, session, "Đã bật lại mọi tin nhắc." if word in ALL_ON else "Đã tắt mọi tin nhắc.")
    return menu(msg, session)


# A reminder setting asked in words (folded): «tắt nhắc trước giờ học», «không nhận tin nhắc nữa», «bật lại nhắc
# hạn đăng ký», «tắt hết nhắc nhở». A verb and the word «nhắc» both, so «nhắc lại lịch học» asks nothing of them.
_OFF = re.compile(r"\b(?:tat|ngung|dung|thoi|bo|huy|khong (?:nhan|can|muon nhan|muon)|khoi)\b")
_ON = re.compile(r"\b(?:bat|mo lai|mo nhac|nhan lai|muon nhan|cho nhan)\b")
_REMINDER = re.compile(r"\b(?:nhac|tin nhac|nhac nho|nhac lich|thong bao nhac)\b")
# Which kind (folded), as the menu's lines name them.
_KIND_WORDS = (
    ("hours", re.compile(r"\b(?:gio hoc|truoc gio|\d+ gio|vai gio|may gio)\b")),
    ("deadline", re.compile(r"\bhan (?:dang ky|dk|chot)?|\bhet han\b")),
    ("day", re.compile(r"\b(?:1|mot) ngay\b|\bhom truoc\b|\bngay hom truoc\b|\btruoc mot hom\b")),
    ("week", re.compile(r"\b(?:7|bay|vai|may) ngay\b|\b(?:1|mot) tuan\b|\btuan truoc\b")),
)


def typed(text: str, msg: Incoming, session: Session, *, menu_shown: bool = False) -> list[Reply] | None:
    """A reminder setting asked in words, done as its button would (the menu said back); None when the message
    asks none. `menu_shown`: the /nhacnho menu is the choice pending, where «tắt hết», «bật lại» alone do too."""
    folded = words(text)
    off, on = bool(_OFF.search(folded)), bool(_ON.search(folded))
    if off == on or not (_REMINDER.search(folded) or (menu_shown and len(folded.split()) <= 4)):
        return None
    kinds = [kind for kind, pat in _KIND_WORDS if pat.search(folded)]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    for kind in kinds or reminders.KINDS:
        reminders.set_kind(profile=profile, kind=kind, on=on)
    verb = "Đã bật" if on else "Đã tắt"
    if not kinds:
        return menu(msg, session, "Đã bật lại mọi tin nhắc." if on else "Đã tắt mọi tin nhắc.")
    return menu(msg, session, f"{verb}: " + "; ".join(KIND_LABELS[k].lower() for k in kinds) + ".")


def on_button(rest: str, msg: Incoming, session: Session) -> list[Reply] | None:
    """nn:on:<kind> / nn:off:<kind>; None for data that is not one of these."""
    action, _, kind = rest.partition(":")
    if action not in ("on", "off") or kind not in reminders.KINDS:
        return None
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    reminders.set_kind(profile=profile, kind=kind, on=action == "on")
    verb = "Đã bật" if action == "on" else "Đã tắt"
    return menu(msg, session, f"{verb}: {KIND_LABELS[kind].lower()}.")
