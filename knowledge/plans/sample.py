"""Removing the quick-start sample so it never sits beside a real plan.

The sample (classes and targets marked `is_sample`, cited to the «MAU» document) helps someone trying the
bot; once an organiser imports a real plan it would only mislead: members would see sample classes first
and organisers would pick among them when announcing. The first real import removes it, and
`cadrebot sample remove` does it by hand. Registrations and announcements of sample classes go with them.
The sample's organisations stay: they are real unions that a real plan may name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Delete, delete, func, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from knowledge.db import bump_data_version
from knowledge.models import Course, Document, MetaValue, OutboxJob, OutboxMessage, Registration, Target

SAMPLE_DOCUMENT_CODE = "MAU"
# Set once the sample was removed: it is never loaded again into that database, even when it is empty.
REMOVED_KEY = "sample_removed"


@dataclass(frozen=True, slots=True)
class Removed:
    """What was removed: sample classes, targets, registrations and announcements (outbox jobs)."""

    courses: int = 0
    targets: int = 0
    registrations: int = 0
    announcements: int = 0

    @property
    def any(self) -> bool:
        return bool(self.courses or self.targets)

    def summary(self) -> str:
        """One Vietnamese line for the organiser."""
        if not self.any:
            return "Không có dữ liệu mẫu nào để xóa."
        text = f"Đã xóa dữ liệu mẫu: {self.courses} lớp, {self.targets} chỉ tiêu"
        if self.registrations:
            text += f", {self.registrations} lượt đăng ký"
        if self.announcements:
            text += f", {self.announcements} thông báo"
        return text + " (mẫu)."


def has_sample(session: Session) -> bool:
    """Whether any sample class or target is still in the database."""
    return bool(session.scalar(select(func.count()).select_from(Course).where(Course.is_sample))
                or session.scalar(select(func.count()).select_from(Target).where(Target.is_sample)))


def has_real_data(session: Session) -> bool:
    """Whether an organiser's own classes or targets are in the database, or the sample was removed once
    (then the sample is not loaded)."""
    if session.get(MetaValue, REMOVED_KEY) is not None:
        return True
    return bool(session.scalar(select(func.count()).select_from(Course).where(Course.is_sample.is_(False)))
                or session.scalar(select(func.count()).select_from(Target).where(Target.is_sample.is_(False))
                                  .join(Document, Document.id == Target.source_id).where(Document.kind == "import")))


def _delete(session: Session, statement: Delete) -> int:
    return int(cast("CursorResult[Any]", session.execute(statement)).rowcount or 0)


def remove(session: Session) -> Removed:
    """Delete every sample class and target, with their registrations and announcements (not committed)."""
    ids = list(session.scalars(select(Course.id).where(Course.is_sample)))
    registrations = announcements = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        registrations += _delete(session, delete(Registration).where(Registration.course_id.in_(chunk)))
        jobs = list(session.scalars(select(OutboxJob.id).where(OutboxJob.course_id.in_(chunk))))
        if jobs:
            _delete(session, delete(OutboxMessage).where(OutboxMessage.job_id.in_(jobs)))
            announcements += _delete(session, delete(OutboxJob).where(OutboxJob.id.in_(jobs)))
    courses = _delete(session, delete(Course).where(Course.is_sample))
    targets = _delete(session, delete(Target).where(Target.is_sample))
    session.execute(delete(Document).where(Document.code == SAMPLE_DOCUMENT_CODE, Document.kind == "sample"))
    if session.get(MetaValue, REMOVED_KEY) is None:
        session.add(MetaValue(key=REMOVED_KEY, value="1"))
    if courses or targets:
        bump_data_version(session)
    session.flush()
    session.expire_all()
    return Removed(courses, targets, registrations, announcements)
