"""whom a class is for, as the plan wrote it

Revision ID: 0010_audience
Revises: 0009_course_days

The import reads the audience cell into catalogue roles and the words no role says; a reply that says whom
a class is for shows the cell as written («Chủ tịch CĐCS mới bầu», «Ban nữ công và Chủ tịch CĐCS»), which
the roles alone lose. Classes imported before keep an empty value and are shown by their roles.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_audience"
down_revision: str | None = "0009_course_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE (no batch copy of the table on SQLite, which would lose the index on upper(code)).
def upgrade() -> None:
    op.add_column("courses", sa.Column("audience_written", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("courses", "audience_written")
