"""Explicit dependencies of every handler, built once by the composition root (bot/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from handlers.notices import WORDING
from knowledge.reminders import Config
from knowledge.service import KnowledgeService
from knowledge.wording import Wording


class Clock(Protocol):
    """Where "now" comes from; tests pass a controllable one."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real clock, in the deployment's zone."""

    def __init__(self, tz: ZoneInfo) -> None:
        self._tz = tz

    def now(self) -> dt.datetime:
        return dt.datetime.now(self._tz)


@dataclass(frozen=True, slots=True)
class Deps:
    session_factory: sessionmaker[Session]
    knowledge: KnowledgeService
    clock: Clock
    tz: ZoneInfo
    # The words of reminders, notices and reports (knowledge/ and scheduler/ get them from here, via bot/).
    wording: Wording = WORDING
    # The web server's public address (CADREBOT_PUBLIC_URL, else WEBHOOK_BASE_URL): sign-in links are built
    # on it, and chart links for Zalo; None when the deployment has none, and then no link can be given.
    public_url: str | None = None
    # The deployment's reminder settings (CADREBOT_REMINDERS, CADREBOT_DEADLINE_REMINDERS, CADREBOT_QUIET_HOURS),
    # for telling a chair in words when the bot reminds; None: the defaults.
    reminders: Config | None = None
