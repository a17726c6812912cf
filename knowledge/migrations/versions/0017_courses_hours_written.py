"""whether a class's plan gave its hour

Revision ID: 0013_hours_written
Revises: 0012_map_2025

A plan that gives only a date («09/12/2026») makes the import store the class at 08:00–17:00 so that it sorts,
reminds and ends on a day; replies must not state those hours as the plan's. `courses.hours_written` is false for
such a class; classes stored before keep true (their replies stay as they were).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_hours_written"
down_revision: str | None = "0012_map_2025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE (no batch copy of the table on SQLite, which would lose the index on upper(code)).
def upgrade() -> None:
    op.add_column("courses", sa.Column("hours_written", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    op.drop_column("courses", "hours_written")
