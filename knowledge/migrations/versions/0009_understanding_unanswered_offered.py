"""unanswered questions keep why they were not answered and what was offered instead

Revision ID: 0007_understanding
Revises: 0007_plans
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_understanding"
down_revision: str | None = "0007_plans"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.add_column(sa.Column("reason", sa.String(30), nullable=False, server_default=""))
        batch.add_column(sa.Column("offered", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.drop_column("offered")
        batch.drop_column("reason")
