"""a planned class's period as the plan wrote it

Revision ID: 0011_when_written
Revises: 0010_audience

A class the plan gives only a period for («T4/2027», «Quý I/2027») keeps the period read from it
(`tentative`, «tháng 4/2027») for searching, and now the cell as written, which replies show and the export
writes back. Classes imported before keep an empty value and are shown by `tentative`.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_when_written"
down_revision: str | None = "0010_audience"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE (no batch copy of the table on SQLite, which would lose the index on upper(code)).
def upgrade() -> None:
    op.add_column("courses", sa.Column("when_written", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("courses", "when_written")
