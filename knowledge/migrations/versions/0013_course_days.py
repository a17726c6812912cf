"""the days of study a plan gives for a class («Số ngày»), kept beside its dates

Revision ID: 0009_course_days
Revises: 0008_inbox

Until now the import used «Số ngày» only to derive the end of a class; a class that meets on days that are
not consecutive studies fewer days than its dates span, so the number is kept. Existing classes get none
(NULL): their plans' numbers were not kept, and the dates still say the span.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_course_days"
down_revision: str | None = "0008_inbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch mode: on SQLite a batch copy of the table would drop the unique index on
# upper(code) (an expression index batch mode does not carry over). SQLite has had DROP COLUMN since 3.35.
def upgrade() -> None:
    op.add_column("courses", sa.Column("days", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("courses", "days")
