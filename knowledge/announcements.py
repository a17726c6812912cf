"""Announcements as the organiser workspace lists them: the broadcasts of an organiser's scope with their
delivery reports (sent, pending, failed, blocked, from the outbox tables), and cancelling one still sending.

Whose announcement is it? One made by this organiser; for a national organiser, every one; otherwise one
made by an organiser whose roles all lie within this organiser's unions (a provincial organiser sees the
announcements of the district and commune organisers below, not those of a neighbouring province).
Announcements queued from the command line without `--from` belong to national organisers only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from knowledge.models import OrganiserRole, OutboxJob
from knowledge.outbox import Counts, Scope, broadcast_number, cancel_job, job_counts, subtree

HEADER = "📢 THÔNG BÁO"


def announcement_body(text: str) -> str:
    """The organiser's own words of an announcement: without the «📢 THÔNG BÁO — union» header and the attached
    class's lines (both added by the bot)."""
    if not text.startswith(HEADER):
        return text
    parts = text.split("\n\n")
    return parts[1] if len(parts) > 1 else ""


class AnnouncementError(ValueError):
    """`code`: not_found (another union's, or none), finished (nothing left to cancel)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Report:
    """An announcement and where its delivery stands."""

    job: OutboxJob
    counts: Counts
    number: int = 0  # as organisers see it (`knowledge.outbox.broadcast_number`)

    @property
    def done(self) -> int:
        c = self.counts
        return c.sent + c.failed + c.blocked

    @property
    def share(self) -> float:
        """How much of it has been dealt with, 0–1 (1 when there was nobody to send to)."""
        return self.done / self.job.total if self.job.total else 1.0

    def as_dict(self) -> dict[str, object]:
        c = self.counts
        return {"id": self.job.id, "number": self.number, "status": self.job.status, "total": self.job.total, "skipped": self.job.skipped,
                "sent": c.sent, "pending": c.pending, "failed": c.failed, "blocked": c.blocked}


def _visible_creators(session: Session, scope: Scope, actor: tuple[str, str]) -> set[tuple[str, str]] | None:
    """The organisers whose announcements this one may see; None: everyone's."""
    if scope.roots is None:
        return None
    units = subtree(session=session, roots=scope.roots)
    roles: dict[tuple[str, str], list[int | None]] = {}
    for channel, user_id, org_id in session.execute(select(OrganiserRole.channel, OrganiserRole.user_id,
                                                           OrganiserRole.organisation_id)):
        roles.setdefault((channel, user_id), []).append(org_id)
    mine = {who for who, orgs in roles.items() if all(o is not None and o in units for o in orgs)}
    mine.add(actor)
    return mine


def reports(*, session: Session, scope: Scope, actor: tuple[str, str], limit: int = 50) -> list[Report]:
    """The scope's announcements, newest first, with their delivery counts."""
    creators = _visible_creators(session, scope, actor)
    q = select(OutboxJob).where(OutboxJob.kind == "broadcast").order_by(OutboxJob.id.desc())
    if creators is not None:
        q = q.where(tuple_(OutboxJob.created_by_channel, OutboxJob.created_by_user).in_(sorted(creators)))
    jobs = list(session.scalars(q.limit(limit)))
    counts = job_counts(session=session, job_ids=[j.id for j in jobs])
    return [Report(j, counts[j.id], broadcast_number(session=session, job_id=j.id)) for j in jobs]


def report(*, session: Session, scope: Scope, actor: tuple[str, str], job_id: int) -> Report:
    """One announcement of the scope; AnnouncementError("not_found") otherwise."""
    job = session.get(OutboxJob, job_id)
    if job is None or job.kind != "broadcast":
        raise AnnouncementError("not_found")
    creators = _visible_creators(session, scope, actor)
    if creators is not None and (job.created_by_channel, job.created_by_user) not in creators:
        raise AnnouncementError("not_found")
    return Report(job, job_counts(session=session, job_ids=[job.id])[job.id],
                  broadcast_number(session=session, job_id=job.id))


def cancel(*, session: Session, scope: Scope, actor: tuple[str, str], job_id: int) -> Report:
    """Stop an announcement of the scope that is still sending: what is not sent yet will not be."""
    found = report(session=session, scope=scope, actor=actor, job_id=job_id)
    if not cancel_job(session=session, job_id=job_id):
        raise AnnouncementError("finished")
    session.refresh(found.job)
    return found
