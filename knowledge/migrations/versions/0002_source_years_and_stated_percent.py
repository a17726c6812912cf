"""source years and stated percentages

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("period_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("period_end", sa.Integer(), nullable=True))
    with op.batch_alter_table("targets") as batch:
        batch.add_column(sa.Column("stated_percent", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("targets") as batch:
        batch.drop_column("stated_percent")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("period_end")
        batch.drop_column("period_start")
