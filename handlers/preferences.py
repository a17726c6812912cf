"""/nhacnho: each person turns each kind of reminder off and on (class ladder rungs, registration deadlines).

The choice is stored on the account and copied to linked accounts, so it holds on Telegram and Zalo alike.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from handlers.callbacks import pack
from handlers.notices import KIND_LABELS
from handlers.types import Button, Incoming, Reply
from knowledge import reminders, store
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


def on_button(rest: str, msg: Incoming, session: Session) -> list[Reply] | None:
    """nn:on:<kind> / nn:off:<kind>; None for data that is not one of these."""
    action, _, kind = rest.partition(":")
    if action not in ("on", "off") or kind not in reminders.KINDS:
        return None
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    reminders.set_kind(profile=profile, kind=kind, on=action == "on")
    verb = "Đã bật" if action == "on" else "Đã tắt"
    return menu(msg, session, f"{verb}: {KIND_LABELS[kind].lower()}.")
