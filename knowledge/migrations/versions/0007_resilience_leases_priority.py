"""resilience: lease rows for leadership, outbox priority, counts kept when old rows are deleted

Revision ID: 0007_resilience
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_resilience"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Leadership (one sender per channel, one planner) as rows with an expiry and a fencing number: works
    # through PgBouncer in transaction mode, where session advisory locks do not.
    op.create_table(
        "leases",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("holder", sa.String(120), nullable=False),
        sa.Column("fence", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False, server_default=""),
    )
    with op.batch_alter_table("outbox_messages") as batch:
        # 0: reminders, change notices, promotions, reports; 1: broadcasts.
        batch.add_column(sa.Column("priority", sa.SmallInteger(), nullable=False, server_default="1"))
    op.execute("UPDATE outbox_messages SET priority = 0 WHERE job_id IN "
               "(SELECT id FROM outbox_jobs WHERE kind <> 'broadcast')")
    op.create_index("ix_outbox_messages_urgent", "outbox_messages", ["channel", "state", "priority", "id"])
    op.create_index("ix_outbox_messages_job_pending", "outbox_messages", ["job_id", "state", "id"])
    with op.batch_alter_table("outbox_jobs") as batch:
        # Sent rows removed by retention, so a report still counts them.
        batch.add_column(sa.Column("purged_sent", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("outbox_jobs") as batch:
        batch.drop_column("purged_sent")
    op.drop_index("ix_outbox_messages_job_pending", table_name="outbox_messages")
    op.drop_index("ix_outbox_messages_urgent", table_name="outbox_messages")
    with op.batch_alter_table("outbox_messages") as batch:
        batch.drop_column("priority")
    op.drop_table("leases")
