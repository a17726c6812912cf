"""One conversation turn: the message, the user's profile and conversation state, loaded once and saved once.

Handlers read and change the turn instead of querying the profile and state again. The turn is also where
the offered choices are numbered and stored, before any channel sends anything: the number a user sees is
the number stored here, on every channel. The state keeps the subject of the last answer
(`knowledge.language.followup.Subject`), so a
follow-up question ("lớp đó học ở đâu?") can refer back to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from handlers.deps import Deps
from handlers.types import BUTTON_CHANNELS, Button, Incoming, Reply
from knowledge import store
from knowledge.language.followup import Subject
from knowledge.models import UserProfile

MAX_CHOICES = 99  # a typed choice is one or two digits


class Turn:
    """The unit of work for one incoming message or button press (one database session)."""

    def __init__(self, msg: Incoming, deps: Deps, session: Session) -> None:
        self.msg = msg
        self.deps = deps
        self.session = session
        self.now: dt.datetime = deps.clock.now()
        self.profile: UserProfile = store.touch_profile(
            session=session, channel=msg.channel, user_id=msg.user_id, display_name=msg.display_name,
            chat_id=msg.chat_id if msg.private else None)
        self.state: dict[str, Any] = store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)

    @property
    def buttons(self) -> bool:
        """Whether this channel shows buttons (else options are numbered lines and wording says «gõ số»)."""
        return self.msg.channel in BUTTON_CHANNELS

    @property
    def subject(self) -> Subject | None:
        return Subject.from_dict(self.state.get("subject"))

    @subject.setter
    def subject(self, value: Subject | None) -> None:
        if value is None:
            self.state.pop("subject", None)
        else:
            self.state["subject"] = value.to_dict()

    def choice(self, number: int) -> str | None:
        """The button data stored under a typed number, if any."""
        choices = self.state.get("choices") or []
        return str(choices[number - 1]) if 1 <= number <= len(choices) else None

    def offer(self, replies: Sequence[Reply], *, keep: bool = False) -> list[Reply]:
        """Number the buttons of this turn's replies 1, 2, 3… across all of them and store them; a turn whose
        replies have no buttons clears the choices, unless `keep` (a reply aside, answering nothing of its own:
        the choices offered before are still the ones a number picks)."""
        numbered, datas = _number(replies, 0)
        if datas:
            self.state["choices"] = datas
        elif not keep:
            self.state.pop("choices", None)
        return numbered

    def save(self) -> None:
        """Write the state back (one row), and share profile changes with linked accounts."""
        store.set_state(session=self.session, channel=self.msg.channel, user_id=self.msg.user_id, state=self.state)
        store.sync_linked(session=self.session, profile=self.profile)


def offer_proactive(*, session: Session, channel: str, user_id: str, replies: Sequence[Reply]) -> list[Reply]:
    """Number a proactive message's buttons after the options the user may still be answering, and store them.

    A reminder or notice never replaces a user's own list: its options get the next free numbers. Called by
    the channel before it sends the message, so a number typed back at once already finds its choice.
    """
    state = store.get_state(session=session, channel=channel, user_id=user_id)
    choices = [str(c) for c in state.get("choices") or []]
    count = sum(len(r.buttons) for r in replies)
    if not count:
        return list(replies)
    if len(choices) + count > MAX_CHOICES:
        choices = []  # a list this long is long stale: start again rather than refuse the new options
    numbered, datas = _number(replies, len(choices))
    state["choices"] = choices + datas
    store.set_state(session=session, channel=channel, user_id=user_id, state=state)
    return numbered


def _number(replies: Sequence[Reply], start: int) -> tuple[list[Reply], list[str]]:
    out: list[Reply] = []
    datas: list[str] = []
    n = start
    for reply in replies:
        buttons: list[Button] = []
        for b in reply.buttons:
            n += 1
            buttons.append(replace(b, number=n))
            datas.append(b.data)
        out.append(replace(reply, buttons=tuple(buttons)) if buttons else reply)
    return out, datas
