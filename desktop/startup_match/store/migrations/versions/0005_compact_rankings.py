"""Compact rankings: a session keeps its verdicts, scores and hints; the texts that rankings
share (programme names and offers, sources, explanations) are kept once in ranking_parts.

Revision ID: 0005
Revises: 0004

A session used to hold its whole ranking, 70-130 KiB of JSON, almost all of it the catalogue's
own texts repeated in every session. Every existing ranking is split here and joined back to
check that nothing is lost before its old copy is dropped.

Frozen: this step converts by its own copy of stored-ranking format 1 (migrations/_compact_v1.py,
never edited) and compares plain JSON, never the app's Ranking model. So no later change to
store/compact.py or core/ranking.py alters or blocks the upgrade of an old database; a new format
is a new migration.
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from startup_match.store.migrations._compact_v1 import canonical, join, map_refs, split

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_DAMAGED = (ValueError, KeyError, TypeError, AttributeError)


def _as_stored(ranking: dict[str, Any]) -> str:
    """What joining must give back for `ranking`, as canonical JSON: rankings saved before
    relevance and groups have neither, and format 1 stores each as null, which reads the same."""
    results = [{"relevant": None, "group": None, **outcome} for outcome in ranking["results"]]
    return canonical({**ranking, "results": results})


def upgrade() -> None:
    op.create_table(
        "ranking_parts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("results_json", sa.Text, nullable=False, server_default=""))
    bind = op.get_bind()
    ids: dict[str, int] = {}
    rows = bind.execute(sa.text("SELECT id, ranking_json FROM sessions")).all()
    for row_id, ranking_json in rows:
        try:
            ranking = json.loads(ranking_json)
            taken = split(ranking)
            before = _as_stored(ranking)
        except _DAMAGED:
            # Damaged before this migration: kept byte for byte, and still refused on opening.
            bind.execute(
                sa.text("UPDATE sessions SET results_json = :own WHERE id = :id"),
                {"own": ranking_json, "id": row_id},
            )
            continue
        for key, body in taken.parts.items():
            if key not in ids:
                bind.execute(
                    sa.text("INSERT INTO ranking_parts (digest, body) VALUES (:d, :b)"),
                    {"d": key, "b": body},
                )
                ids[key] = bind.execute(
                    sa.text("SELECT id FROM ranking_parts WHERE digest = :d"), {"d": key}
                ).scalar_one()
        if canonical(join(taken.own, taken.parts)) != before:  # never lose one
            raise RuntimeError(f"session {row_id}: its ranking would not survive compaction")
        stored = map_refs(taken.own, ids.__getitem__)
        bind.execute(
            sa.text("UPDATE sessions SET results_json = :own WHERE id = :id"),
            {"own": json.dumps(stored, ensure_ascii=False, separators=(",", ":")), "id": row_id},
        )
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("ranking_json")


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("ranking_json", sa.Text, nullable=False, server_default=""))
    bind = op.get_bind()
    parts: dict[int, str] = dict(bind.execute(sa.text("SELECT id, body FROM ranking_parts")).all())
    for row_id, own in bind.execute(sa.text("SELECT id, results_json FROM sessions")).all():
        try:
            ranking_json = json.dumps(join(json.loads(own), parts), ensure_ascii=False)
        except _DAMAGED:
            ranking_json = own  # a damaged row goes back as it came
        bind.execute(
            sa.text("UPDATE sessions SET ranking_json = :r WHERE id = :id"),
            {"r": ranking_json, "id": row_id},
        )
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("results_json")
    op.drop_table("ranking_parts")
