"""A case-folded search key (search beyond ASCII), and the digest of an imported file.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("search_key", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("import_digest", sa.String(64), nullable=True))
        batch.create_index("ix_sessions_import_digest", ["import_digest"])
    # SQLite's lower() folds only ASCII; Python's casefold() folds "CAFÉ" to "café" and "ß".
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, title, company_name FROM sessions")).all()
    for row_id, title, company in rows:
        bind.execute(
            sa.text("UPDATE sessions SET search_key = :key WHERE id = :id"),
            {"key": f"{title}\n{company}".casefold(), "id": row_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_index("ix_sessions_import_digest")
        batch.drop_column("import_digest")
        batch.drop_column("search_key")
