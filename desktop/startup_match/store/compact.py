"""A ranking as the store keeps it: what differs between sessions (status, score, group, each
criterion's verdict, the hints) in the session's row, and the texts that sessions share (a
programme's names and offer, a criterion's source, an explanation) once each, in a table of
parts addressed by their content. Splitting and joining give back exactly the ranking saved.
`RankingParts` keeps them in the database.

A change to this format bumps FORMAT and comes with a new migration that converts the stored
rankings. Never edit migration 0005: it carries its own copy of format 1, so that an old database
upgrades the same way whatever this module becomes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as OrmSession

from ..core.ranking import Ranking
from .models import RankingPart

FORMAT = 1
# What is per session in an outcome and in a criterion; everything else is shared text.
_OUTCOME_OWN = ("status", "score", "relevant", "group", "criteria", "hints")
_CRITERION_OWN = ("verdict", "explanation")


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Split:
    """A ranking taken apart: `own` refers to the shared `parts` by digest."""

    own: dict[str, Any]
    parts: dict[str, str]  # digest → canonical JSON


class _Parts:
    def __init__(self) -> None:
        self.bodies: dict[str, str] = {}

    def ref(self, value: Any) -> str:
        body = canonical(value)
        key = digest(body)
        self.bodies[key] = body
        return key


def split(ranking: dict[str, Any]) -> Split:
    """`ranking` is `Ranking.model_dump(mode="json")`."""
    parts = _Parts()
    head = {key: value for key, value in ranking.items() if key != "results"}
    results = []
    for outcome in ranking["results"]:
        shared = {k: v for k, v in outcome.items() if k not in _OUTCOME_OWN}
        shared["criteria"] = [
            {k: v for k, v in criterion.items() if k not in _CRITERION_OWN}
            for criterion in outcome["criteria"]
        ]
        results.append(
            [
                parts.ref(shared),
                outcome["status"],
                outcome["score"],
                outcome.get("relevant"),
                outcome.get("group"),
                [[c["verdict"], parts.ref(c["explanation"])] for c in outcome["criteria"]],
                [parts.ref(hint) for hint in outcome["hints"]],
            ]
        )
    return Split({"format": FORMAT, "head": parts.ref(head), "results": results}, parts.bodies)


def map_refs(own: dict[str, Any], to: Callable[[Any], Any]) -> dict[str, Any]:
    """`own` with every reference to a part replaced by `to(reference)`: the store keeps small
    integer ids in place of the digests."""
    return {
        "format": own["format"],
        "head": to(own["head"]),
        "results": [
            [
                to(shared),
                status,
                score,
                relevant,
                group,
                [[verdict, to(explanation)] for verdict, explanation in criteria],
                [to(hint) for hint in hints],
            ]
            for shared, status, score, relevant, group, criteria, hints in own["results"]
        ],
    }


def referenced(own: dict[str, Any]) -> set[Any]:
    """The references to parts that `own` holds."""
    found: set[Any] = set()
    map_refs(own, lambda ref: found.add(ref))
    return found


def join(own: dict[str, Any], parts: Mapping[Any, str]) -> dict[str, Any]:
    """The ranking dict again; KeyError when a part is missing, ValueError when malformed."""
    if own.get("format") != FORMAT:
        raise ValueError(f"unknown stored ranking format {own.get('format')!r}")
    ranking: dict[str, Any] = json.loads(parts[own["head"]])
    results = []
    for shared_key, status, score, relevant, group, criteria, hints in own["results"]:
        outcome: dict[str, Any] = json.loads(parts[shared_key])
        shared_criteria = outcome["criteria"]
        if len(shared_criteria) != len(criteria):
            raise ValueError("stored criteria do not match their programme")
        outcome["criteria"] = [
            {**shared, "verdict": verdict, "explanation": json.loads(parts[explanation])}
            for shared, (verdict, explanation) in zip(shared_criteria, criteria, strict=True)
        ]
        outcome.update(status=status, score=score, relevant=relevant, group=group)
        outcome["hints"] = [json.loads(parts[hint]) for hint in hints]
        results.append(outcome)
    ranking["results"] = results
    return ranking


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
