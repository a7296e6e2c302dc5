"""A ranking as the store keeps it: what differs between sessions (status, score, group, each
criterion's verdict, the hints) in the session's row, and the texts that sessions share (a
programme's names and offer, a criterion's source, an explanation) once each, in a table of
parts addressed by their content. Splitting and joining give back exactly the ranking saved.
`RankingParts` keeps them in the database.

The format is 1, written in migrations/_compact_v1.py, which migration 0005 converts by and which
is frozen: a change of format is new code here with a new FORMAT, and a new migration that
converts the stored rankings. Never edit 0005 or _compact_v1, so that an old database upgrades
the same way whatever this module becomes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as OrmSession

from ..core.model.ranking import Ranking
from .migrations._compact_v1 import join, map_refs, split
from .models import RankingPart


def referenced(own: dict[str, Any]) -> set[Any]:
    """The references to parts that `own` holds."""
    found: set[Any] = set()
    map_refs(own, lambda ref: found.add(ref))
    return found


class RankingParts:
    """Rankings in the database: a session's row keeps its own part, as JSON that names the
    shared parts by their small integer ids, and each shared part is a `RankingPart` row.

    Parts never change once written, so the ids and bodies read or committed are remembered;
    bounded, since a long session with many catalogues and languages must not grow without end."""

    LIMIT = 50_000

    def __init__(self) -> None:
        self._bodies: dict[int, str] = {}
        self._ids: dict[str, int] = {}

    def put(self, orm: OrmSession, ranking: Ranking, learned: dict[str, int]) -> str:
        """`ranking`'s own part, as its session's row keeps it. Shared parts the database lacks
        are added; the ids looked up are put in `learned`, for `learn` once the transaction has
        committed (until then they may still roll back)."""
        taken = split(ranking.model_dump(mode="json"))
        ids = {key: found for key in taken.parts if (found := self._ids.get(key))}
        missing = [key for key in taken.parts if key not in ids]
        if missing:
            ids.update(_part_ids(orm, missing))
            new = [{"digest": key, "body": taken.parts[key]} for key in missing if key not in ids]
            if new:
                if orm.get_bind().dialect.name == "postgresql":
                    from sqlalchemy.dialects.postgresql import insert as pg_insert

                    # Two advisers saving at once may add the same text: the first one wins.
                    orm.execute(pg_insert(RankingPart).on_conflict_do_nothing(), new)
                else:
                    orm.execute(insert(RankingPart), new)
                ids.update(_part_ids(orm, [part["digest"] for part in new]))
            learned.update({key: ids[key] for key in missing})
        own = map_refs(taken.own, ids.__getitem__)
        return json.dumps(own, ensure_ascii=False, separators=(",", ":"))

    def load(self, orm: OrmSession, results_json: str) -> Ranking:
        """The ranking a row keeps; ValueError, KeyError or TypeError when it is damaged."""
        own = json.loads(results_json)
        if not isinstance(own, dict):
            raise ValueError("not a stored ranking")
        wanted = referenced(own)
        bodies = {ref: body for ref in wanted if (body := self._bodies.get(ref)) is not None}
        missing = [ref for ref in wanted if ref not in bodies]
        if missing:
            query = select(RankingPart.id, RankingPart.body).where(RankingPart.id.in_(missing))
            found = {part_id: body for part_id, body in orm.execute(query)}
            self._trim()
            self._bodies.update(found)
            bodies.update(found)
        return Ranking.model_validate(join(own, bodies))

    def learn(self, ids: dict[str, int]) -> None:
        """Remember the ids of parts that a committed transaction looked up or added."""
        self._trim()
        self._ids.update(ids)

    def _trim(self) -> None:
        if len(self._bodies) + len(self._ids) > self.LIMIT:
            self._bodies.clear()
            self._ids.clear()


def _part_ids(orm: OrmSession, digests: Sequence[str]) -> dict[str, int]:
    """The ids of those of these shared parts that the database has."""
    query = select(RankingPart.digest, RankingPart.id).where(RankingPart.digest.in_(digests))
    return {key: part_id for key, part_id in orm.execute(query)}
