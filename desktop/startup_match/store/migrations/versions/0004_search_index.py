"""Index the search key, so a search reads the index instead of every row.

Revision ID: 0004
Revises: 0003

Rows hold their whole ranking (tens of KiB, in overflow pages); the search key, added last, sits
after it, so a scan of the table reads every ranking. A covering index holds just the key and
the id, and a search scans that instead.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sessions_search_key", "sessions", ["search_key", "id"])


def downgrade() -> None:
    op.drop_index("ix_sessions_search_key", "sessions")
