"""Cohorts: a named group of sessions, one per start-up of an incubator's spreadsheet, each
found again on a re-import by its key (the Business Registration number, or the company
name). Deleting a session takes it out of its cohort.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cohorts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("source", sa.String(260), nullable=False, server_default=""),
        sa.Column("created_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("updated_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "cohort_members",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "cohort_id",
            sa.Integer,
            sa.ForeignKey("cohorts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("cohort_id", "key", name="uq_cohort_members_key"),
    )
    op.create_index("ix_cohort_members_session", "cohort_members", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_cohort_members_session", table_name="cohort_members")
    op.drop_table("cohort_members")
    op.drop_table("cohorts")
