"""questions organisers dealt with, and what they taught the bot (phrasings and their own answers)

Revision ID: 0008_teach
Revises: 0008_web
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_teach"
down_revision: str | None = "0008_web"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.add_column(sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("handled", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("handled_by", sa.String(90), nullable=True))
    op.create_table(
        "taught_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("normalised", sa.Text(), nullable=False),
        sa.Column("record_kind", sa.String(20), nullable=True),
        sa.Column("record_code", sa.String(60), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(90), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"], ondelete="SET NULL",
                                name=op.f("fk_taught_answers_organisation_id_organisations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taught_answers")),
    )
    op.create_index(op.f("ix_taught_answers_normalised"), "taught_answers", ["normalised"])


def downgrade() -> None:
    op.drop_index(op.f("ix_taught_answers_normalised"), table_name="taught_answers")
    op.drop_table("taught_answers")
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.drop_column("handled_by")
        batch.drop_column("handled")
        batch.drop_column("handled_at")
