"""SQLite: session ids are never reused (AUTOINCREMENT). Without it SQLite gives a new session
the id of the last one deleted, so whatever was kept by id (a crash draft, a recent session)
could land on another session. A PostgreSQL server's sequence never reuses ids: nothing changes
there.

Revision ID: 0008
Revises: 0007

The table is rebuilt (SQLite cannot add AUTOINCREMENT in place), its rows and indexes kept;
copying the rows sets the counter past the highest id.
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "sessions", recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
    ):
        pass


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)
