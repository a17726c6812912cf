"""the part of the day a plan gave instead of an hour

Revision ID: 0014_day_part
Revises: 0013_hours_written

A plan that dates a class «Chiều 14/12/2026» gives a part of the day, not an hour: the import stores the usual
start of that part (13:30) so that the class sorts and its reminders fire, but replies must say «buổi chiều», not
13:30–17:00 as if the plan had said them. `courses.day_part` holds «sáng», «trưa», «chiều» or «tối» for such a
class; NULL for every other class, and for classes stored before (their replies stay as they were).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_day_part"
down_revision: str | None = "0013_hours_written"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE (no batch copy of the table on SQLite, which would lose the index on upper(code)).
def upgrade() -> None:
    op.add_column("courses", sa.Column("day_part", sa.String(8), nullable=True))


def downgrade() -> None:
    op.drop_column("courses", "day_part")
