"""reminders: a per-course reminder ladder, per-person opt-outs, calendar attachments, jobs by course

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("courses") as batch:
        batch.add_column(sa.Column("reminders", sa.String(120), nullable=True))
    with op.batch_alter_table("user_profiles") as batch:
        batch.add_column(sa.Column("reminders_off", sa.String(80), nullable=False, server_default=""))
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.add_column(sa.Column("attachment", sa.Text(), nullable=True))
    # The planner asks which reminders of upcoming courses were already queued.
    op.create_index("ix_outbox_jobs_course_id", "outbox_jobs", ["course_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_jobs_course_id", table_name="outbox_jobs")
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.drop_column("attachment")
    with op.batch_alter_table("user_profiles") as batch:
        batch.drop_column("reminders_off")
    with op.batch_alter_table("courses") as batch:
        batch.drop_column("reminders")
