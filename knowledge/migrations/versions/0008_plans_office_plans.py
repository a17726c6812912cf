"""office plans: tentative periods, organisers' own words for topic and audience, registration details

Revision ID: 0007_plans
Revises: 0007_resilience
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_plans"
down_revision: str | None = "0007_resilience"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("courses") as batch:
        batch.add_column(sa.Column("tentative", sa.String(40), nullable=True))
        batch.add_column(sa.Column("topic_text", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("audience_text", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("user_profiles") as batch:
        batch.add_column(sa.Column("full_name", sa.String(120), nullable=True))
        batch.add_column(sa.Column("unit_name", sa.String(200), nullable=True))
        batch.add_column(sa.Column("phone", sa.String(20), nullable=True))
        batch.add_column(sa.Column("details_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user_profiles") as batch:
        batch.drop_column("details_at")
        batch.drop_column("phone")
        batch.drop_column("unit_name")
        batch.drop_column("full_name")
    with op.batch_alter_table("courses") as batch:
        batch.drop_column("audience_text")
        batch.drop_column("topic_text")
        batch.drop_column("tentative")
