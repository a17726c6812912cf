"""The workspace's first page: who is signed in, for which unions, a glance at the coming classes, and the
way to each section."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.quanly.core import Workspace, organiser
from knowledge import registrations
from knowledge.models import Course, Organisation, Registration


@dataclass(frozen=True, slots=True)
class Glance:
    """The organiser's coming classes in numbers."""

    classes: int
    registered: int
    waiting: int


def setup(ws: Workspace) -> None:
    async def home(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        roots = who.scope.roots
        now = ws.now()

        def work(session: Session) -> tuple[list[str], Glance]:
            names = [] if roots is None else list(session.scalars(
                select(Organisation.name).where(Organisation.id.in_(roots)).order_by(Organisation.name)))
            # A class of «quý IV/2026» is still to come in November (knowledge.timing).
            coming = select(Course.id).where(registrations.not_started(session, now), Course.status != "cancelled")
            if who.allowed is not None:
                coming = coming.where(Course.organiser_id.in_(who.allowed))
            classes = int(session.scalar(select(func.count()).select_from(coming.subquery())) or 0)
            counts = dict(session.execute(
                select(Registration.status, func.count()).where(Registration.course_id.in_(coming))
                .group_by(Registration.status)).tuples().all())
            return names, Glance(classes, int(counts.get("registered", 0)), int(counts.get("waitlisted", 0)))

        names, glance = await ws.db(work)
        return ws.render(request, "quanly/home.html", title="Trang quản lý", unions=names, glance=glance)

    ws.add("GET", "/", home)
