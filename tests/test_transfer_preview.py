"""The import's dry run (what the web workspace previews) and its scope check, on both backends."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import data_version
from knowledge.models import Course, Organisation, OutboxJob, Registration, UserProfile
from knowledge.transfer import ImportReport, TransferError, import_file
from tests.test_transfer import NOW, TZ, utc, write_csv

HEADER = ["Mã lớp", "Tên lớp", "Đơn vị tổ chức", "Ngày bắt đầu", "Ngày kết thúc", "Địa điểm"]


def unions(session: Session) -> tuple[Organisation, Organisation]:
    ls = Organisation(code="LS", name="LĐLĐ tỉnh Lạng Sơn", kind="province", province="Lạng Sơn")
    st = Organisation(code="ST", name="LĐLĐ tỉnh Sóc Trăng", kind="province", province="Sóc Trăng")
    session.add_all([ls, st])
    session.flush()
    course = Course(code="LS-01", title="Lớp cũ", organiser=ls, starts_at=utc(2026, 12, 10, 8),
                    ends_at=utc(2026, 12, 10, 17), venue="Hội trường")
    person = UserProfile(channel="telegram", user_id="1", chat_id="1")
    session.add_all([course, person])
    session.flush()
    session.add(Registration(course_id=course.id, profile_id=person.id, status="registered"))
    session.commit()
    return ls, st


def run(session: Session, path: Path, **kwargs: Any) -> ImportReport:
    return import_file(session, path, tz=TZ, now=NOW, reminder_config=reminders.Config(wording=WORDING), **kwargs)


def test_a_dry_run_reports_every_row_and_the_notices_and_writes_nothing(session: Session, tmp_path: Path) -> None:
    unions(session)
    path = write_csv(tmp_path / "kh.csv", [
        HEADER,
        ["LS-01", "Lớp cũ", "LĐLĐ tỉnh Lạng Sơn", "12/12/2026 08:00", "12/12/2026", "Hội trường"],
        ["LS-02", "Lớp mới", "LĐLĐ tỉnh Lạng Sơn", "15/12/2026", "", ""],
        ["ST-01", "Lớp Sóc Trăng", "LĐLĐ tỉnh Sóc Trăng", "16/12/2026", "", ""],
    ])
    version = data_version(session)
    report = run(session, path, dry_run=True)
    assert report.dry_run
    changes = [(c.code, c.action, c.columns, c.row) for c in report.changes]
    # No «Tỉnh» column: the class without a province takes its union's.
    assert changes == [("LS-01", "updated", ("Ngày bắt đầu", "Ngày kết thúc", "Tỉnh/Thành phố"), 2),
                       ("LS-02", "new", (), 3),
                       ("ST-01", "new", (), 4)]
    assert report.notified == {"LS-01": 1}
    session.expire_all()
    assert session.scalars(select(Course.code)).all() == ["LS-01"]
    assert session.scalar(select(Course.starts_at)) == utc(2026, 12, 10, 8)
    assert not session.scalars(select(OutboxJob)).all() and data_version(session) == version
    real = run(session, path)
    assert [c.action for c in real.changes] == ["updated", "new", "new"]
    assert len(session.scalars(select(OutboxJob)).all()) == 1


def test_rows_of_unions_outside_the_scope_refuse_the_whole_file(session: Session, tmp_path: Path) -> None:
    ls, st = unions(session)
    path = write_csv(tmp_path / "kh.csv", [
        HEADER,
        ["LS-02", "Lớp mới", "LĐLĐ tỉnh Lạng Sơn", "15/12/2026", "", ""],
        ["ST-01", "Lớp Sóc Trăng", "LĐLĐ tỉnh Sóc Trăng", "16/12/2026", "", ""],
        ["LS-01", "Lớp cũ", "LĐLĐ tỉnh Sóc Trăng", "10/12/2026 08:00", "10/12/2026", "Hội trường"],  # moved out
    ])
    with pytest.raises(TransferError) as refused:
        run(session, path, allowed_unions={ls.id}, organisation=ls)
    issues = [(i.row, i.column, i.value) for i in refused.value.issues]
    assert issues == [(3, "Đơn vị tổ chức", "LĐLĐ tỉnh Sóc Trăng"), (4, "Đơn vị tổ chức", "LĐLĐ tỉnh Sóc Trăng")]
    session.expire_all()
    assert session.scalars(select(Course.code)).all() == ["LS-01"]
    unchanged_elsewhere = write_csv(tmp_path / "ok.csv", [
        HEADER, ["LS-02", "Lớp mới", "", "15/12/2026", "", ""]])
    report = run(session, unchanged_elsewhere, allowed_unions={ls.id}, organisation=ls)
    assert [(c.code, c.organisation_id) for c in report.changes] == [("LS-02", ls.id)]
    assert st.id not in {c.organisation_id for c in report.changes}
