"""What the proactive messages say, as an interface: knowledge/ decides when and to whom a reminder, change
notice, promotion or delivery report goes; the words come from handlers/ (handlers.notices), injected by the
composition root (bot/) through `reminders.Config`, `Delivery` and the call sites, so all the user-facing
text lives in one layer and knowledge/ never imports handlers/.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from knowledge.messages import Reply

if TYPE_CHECKING:
    from knowledge.models import Course, OutboxJob
    from knowledge.outbox import Counts


class Wording(Protocol):
    """The texts and buttons of the messages knowledge/ queues in the outbox (the same on every channel)."""

    def class_reminder(self, course: Course, kind: str, now: dt.datetime, tz: dt.tzinfo,
                       link: str | None) -> Reply:
        """A reminder of a class to someone registered; `kind` is the reminder kind (week/day/hours), `link`
        the class's .ics address when the deployment has a public one."""
        ...

    def deadline_reminder(self, course: Course, now: dt.datetime, tz: dt.tzinfo, link: str | None) -> Reply:
        """A reminder of a registration deadline to someone suited who has not registered."""
        ...

    def cancelled(self, course: Course, starts_at: dt.datetime, similar: Course | None, tz: dt.tzinfo) -> Reply:
        """The class that was to start at `starts_at` is cancelled; `similar` still takes registrations."""
        ...

    def postponed(self, course: Course, *, was: dt.datetime | None, new: dt.datetime | None, period: str | None,
                  tz: dt.tzinfo) -> Reply:
        """The class is put off: it was due at `was` (None when the earlier notice said it was put off; `period`
        when it was dated only by one), and is now held from `new` (None: no new date yet)."""
        ...

    def changed(self, course: Course, *, moved_from: dt.datetime | None, new_place: bool, reopened: bool,
                tz: dt.tzinfo, period: str | None = None, hour_given: bool = False,
                earlier_hour: bool = True) -> Reply:
        """The class moved (from `moved_from`), got its day (it was dated only by `period`), got its hour (a plan
        that gave days only: `hour_given`), changed place or was reopened; at least one is true. `earlier_hour`
        false: `moved_from`'s hour was never the plan's, so only its day may be said."""
        ...

    def promoted(self, course: Course, tz: dt.tzinfo) -> Reply:
        """A place came free and the person moved from the waiting list into the class."""
        ...

    def report(self, job: OutboxJob, counts: Counts, tz: dt.tzinfo, number: int | None = None) -> str:
        """The delivery report of an announcement, for the organiser who made it; `number`: the announcement's
        number as organisers see it (`knowledge.outbox.broadcast_number`)."""
        ...
