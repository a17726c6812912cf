"""Composition root: builds the database, the knowledge service and the handler dependencies once."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from bot.settings import Settings
from handlers import notices
from handlers.deps import Clock, Deps, SystemClock
from knowledge import seed, store
from knowledge.db import make_engine, make_session_factory, session_scope, upgrade
from knowledge.models import Course, MetaValue, OrganiserRole
from knowledge.service import KnowledgeService

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class App:
    settings: Settings
    engine: Engine
    deps: Deps

    def close(self) -> None:
        self.engine.dispose()


def prepare_database(engine: Engine, settings: Settings, clock: Clock) -> None:
    """Migrate, load the built-in knowledge (idempotent), the sample into an empty database, and the
    bootstrap organisers."""
    upgrade(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as session:
        seed.load_builtin(session)
        if settings.sample_data and not session.scalar(select(func.count()).select_from(Course)):
            seed.load_sample(session, clock.now().date())
            log.info("sample courses and targets loaded into the empty database")
        sync_env_organisers(session, settings.organiser_refs())


ENV_ORGANISERS_KEY = "env_organisers"


def sync_env_organisers(session: Session, refs: list[tuple[str, str]]) -> None:
    """Grant CADREBOT_ORGANISERS their national role, and withdraw it from those removed from the variable
    since the last start (what the variable granted is remembered in the database; roles given with
    `cadrebot organiser add` are left alone unless the same account was also in the variable)."""
    wanted = {f"{c}:{u}" for c, u in refs}
    row = session.get(MetaValue, ENV_ORGANISERS_KEY)
    before = set(json.loads(row.value)) if row is not None else set()
    for ref in sorted(before - wanted):
        channel, _, user_id = ref.partition(":")
        gone = session.execute(delete(OrganiserRole).where(
            OrganiserRole.channel == channel, OrganiserRole.user_id == user_id,
            OrganiserRole.organisation_id.is_(None)))
        if getattr(gone, "rowcount", 0):
            log.info("organiser %s removed from CADREBOT_ORGANISERS: national role withdrawn", ref)
    for channel, user_id in refs:
        store.add_organiser(session=session, channel=channel, user_id=user_id, organisation=None)
    if row is None:
        row = MetaValue(key=ENV_ORGANISERS_KEY, value="[]")
        session.add(row)
    row.value = json.dumps(sorted(wanted))


def build_app(settings: Settings | None = None, *, clock: Clock | None = None, prepare: bool = True) -> App:
    """Everything the channels need, built once."""
    settings = settings or Settings()
    tz = settings.tz
    clock = clock or SystemClock(tz)
    engine = make_engine(settings.database_url)
    if prepare:
        prepare_database(engine, settings, clock)
    factory = make_session_factory(engine)
    deps = Deps(session_factory=factory, knowledge=KnowledgeService(factory, tz=tz), clock=clock, tz=tz,
                wording=notices.WORDING, public_url=settings.web_url,
                reminders=settings.reminder_config())
    return App(settings, engine, deps)
