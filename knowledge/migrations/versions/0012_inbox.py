"""the durable inbox of platform updates; class codes unique whatever the case

Revision ID: 0008_inbox
Revises: 0007_understanding

Class codes: before the unique index on upper(code) is created, classes whose codes differ only in case
(imported before the import refused such pairs) are told apart. In each such group the oldest class (the
lowest id) keeps its code; every other one gets the suffix "-TRUNG<id>" (cut to fit 40 characters), so
nothing is deleted or merged: registrations, reminders and announcements stay with the class they belong
to, and an organiser can see the renamed code in the export and correct it. Each renaming is logged.
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_inbox"
down_revision: str | None = "0008_teach"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

CODE_LENGTH = 40


def _separate_case_duplicates() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, code FROM courses WHERE upper(code) IN "
        "(SELECT upper(code) FROM courses GROUP BY upper(code) HAVING count(*) > 1) ORDER BY id")).all()
    taken = {str(code).upper() for code in conn.execute(sa.text("SELECT code FROM courses")).scalars()}
    kept: set[str] = set()
    for course_id, code in rows:
        key = str(code).upper()
        if key not in kept:
            kept.add(key)  # the oldest of its group keeps its code
            continue
        suffix = f"-TRUNG{course_id}"
        new = str(code)[: CODE_LENGTH - len(suffix)] + suffix
        while new.upper() in taken:  # practically never; a code that already ends so
            suffix = "-" + suffix.lstrip("-")
            new = str(code)[: CODE_LENGTH - len(suffix)] + suffix
        taken.add(new.upper())
        conn.execute(sa.text("UPDATE courses SET code = :new WHERE id = :id"), {"new": new, "id": course_id})
        log.warning("class %s: code %r differs from another class's only in case; renamed %r", course_id,
                    code, new)


def upgrade() -> None:
    op.create_table(
        "inbox_updates",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("bot", sa.String(40), nullable=False),
        sa.Column("update_key", sa.String(64), nullable=False),
        sa.Column("user_key", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("claimed_by", sa.String(120), nullable=True),
        sa.Column("claim_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("replies", sa.Text(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_updates")),
        sa.UniqueConstraint("channel", "bot", "update_key", name=op.f("uq_inbox_updates_channel")),
    )
    open_rows = sa.text("state <> 'done'")
    op.create_index("ix_inbox_updates_open", "inbox_updates", ["channel", "bot", "id"],
                    postgresql_where=open_rows, sqlite_where=open_rows)
    op.create_index("ix_inbox_updates_user", "inbox_updates", ["channel", "bot", "user_key", "id"],
                    postgresql_where=open_rows, sqlite_where=open_rows)
    op.create_index("ix_inbox_updates_done_at", "inbox_updates", ["done_at"])

    _separate_case_duplicates()
    op.create_index("uq_courses_code_upper", "courses", [sa.text("upper(code)")], unique=True)


def downgrade() -> None:
    op.drop_index("uq_courses_code_upper", table_name="courses")
    op.drop_index("ix_inbox_updates_done_at", table_name="inbox_updates")
    op.drop_index("ix_inbox_updates_user", table_name="inbox_updates")
    op.drop_index("ix_inbox_updates_open", table_name="inbox_updates")
    op.drop_table("inbox_updates")
