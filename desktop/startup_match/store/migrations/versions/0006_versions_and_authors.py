"""Sessions shared by a team: a version per session (a save based on an older one is refused),
who created it and who changed it last, and a stable id that copies between databases keep.

Revision ID: 0006
Revises: 0005
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
        batch.add_column(sa.Column("created_by", sa.String(120), nullable=False, server_default=""))
        batch.add_column(sa.Column("updated_by", sa.String(120), nullable=False, server_default=""))
        batch.add_column(sa.Column("uid", sa.String(32), nullable=True))
    bind = op.get_bind()
    for (row_id,) in bind.execute(sa.text("SELECT id FROM sessions")).all():
        bind.execute(
            sa.text("UPDATE sessions SET uid = :uid WHERE id = :id"),
            {"uid": uuid.uuid4().hex, "id": row_id},
        )
    with op.batch_alter_table("sessions") as batch:
        batch.alter_column("uid", existing_type=sa.String(32), nullable=False)
        batch.create_index("ix_sessions_uid", ["uid"], unique=True)
        batch.create_index("ix_sessions_created_by", ["created_by"])


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.drop_index("ix_sessions_created_by")
        batch.drop_index("ix_sessions_uid")
        batch.drop_column("uid")
        batch.drop_column("updated_by")
        batch.drop_column("created_by")
        batch.drop_column("version")
