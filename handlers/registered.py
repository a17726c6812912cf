"""A class the person already holds a place on (or waits for) is never offered for registration again.

Every reply of a turn passes here before its choices are numbered: a «Đăng ký» choice of such a class is taken
away and the reply says «Anh/chị đã đăng ký lớp này» instead, whichever path built it (a card, a list, a
register step, a seats answer). Done once at the end of the turn rather than in each reply builder, so a new
builder cannot forget it.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers import callbacks
from handlers.compose import REGISTER_THIS
from handlers.types import Reply
from knowledge import registrations
from knowledge.models import Course, UserProfile

ALREADY = "Anh/chị đã đăng ký lớp này."
WAITING = "Anh/chị đang trong danh sách chờ lớp này."
SCHEDULE_HINT = "Gõ /lich để xem các lớp đã đăng ký hoặc hủy đăng ký."


def _course_id(data: str) -> int | None:
    """The class of a «Đăng ký» choice (rg:<id>), else None."""
    press = callbacks.unpack(data)
    return press.ident() if press.prefix == "rg" else None


def _note(status: str, title: str | None) -> str:
    if title is None:
        return ALREADY if status == "registered" else WAITING
    if status == "registered":
        return f"Anh/chị đã đăng ký lớp «{title}»."
    return f"Anh/chị đang trong danh sách chờ lớp «{title}»."


def mark(replies: list[Reply], *, session: Session, profile: UserProfile) -> list[Reply]:
    """`replies` with the «Đăng ký» choices of classes the person already holds taken away, each said instead."""
    offered = {cid for r in replies for b in r.buttons if (cid := _course_id(b.data)) is not None}
    if not offered:
        return replies
    held = registrations.own_status(session=session, profile=profile, course_ids=offered)
    if not held:
        return replies
    titles = {cid: title for cid, title in session.execute(select(Course.id, Course.title).where(Course.id.in_(list(held))))}
    out: list[Reply] = []
    hinted = False
    for reply in replies:
        ids = [cid for b in reply.buttons if (cid := _course_id(b.data)) is not None]
        gone = [cid for cid in ids if cid in held]
        if not gone:
            out.append(reply)
            continue
        kept = tuple(b for b in reply.buttons if _course_id(b.data) not in held)
        one = len(set(ids)) == 1
        # «lớp này» only where the reply is about that one class (its card, its line): else it is named.
        bare = one and reply.text.lstrip("• ").startswith(titles.get(gone[0]) or "\0")
        notes = [_note(held[cid], None if bare else titles.get(cid)) for cid in dict.fromkeys(gone)]
        if not hinted:
            notes.append(SCHEDULE_HINT)
            hinted = True
        if one and f"«{REGISTER_THIS}»" in reply.text:
            # A register step («… gõ số ứng với «Đăng ký lớp này» …»): its words point at the choice taken away,
            # so they give way to the class's name and the person's place on it.
            text = " ".join([_note(held[gone[0]], titles.get(gone[0])), *notes[1:]])
        else:
            text = reply.text + "\n" + " ".join(notes)
        out.append(replace(reply, text=text, buttons=kept))
    return out
