"""people: one person behind accounts on several channels, and one-time link codes

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("notify_channel", sa.String(20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "link_codes",
        sa.Column("code", sa.String(12), primary_key=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("user_profiles") as batch:
        batch.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("chat_id", sa.String(64), nullable=True))
        batch.create_foreign_key("fk_user_profiles_person", "people", ["person_id"], ["id"], ondelete="SET NULL")
        batch.create_index("ix_user_profiles_person_id", ["person_id"])


def downgrade() -> None:
    with op.batch_alter_table("user_profiles") as batch:
        batch.drop_index("ix_user_profiles_person_id")
        batch.drop_constraint("fk_user_profiles_person", type_="foreignkey")
        batch.drop_column("chat_id")
        batch.drop_column("person_id")
    op.drop_table("link_codes")
    op.drop_table("people")
