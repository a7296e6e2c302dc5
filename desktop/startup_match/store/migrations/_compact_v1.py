"""Stored-ranking format 1, frozen: how a ranking is split into what is a session's own (status,
score, group, each criterion's verdict, the hints) and the texts sessions share, each kept once
and addressed by its digest, and joined back.

Migration 0005 converts whole stored rankings to this format, and store/compact.py keeps
rankings in it while FORMAT is 1. Never edit it: an old database must upgrade the same way
whatever the app becomes. A new format is new code in store/compact.py with a new FORMAT, and a
migration that converts format 1 rows to it (tests/test_architecture.py keeps migrations from
importing the app's live modules)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

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
    """`ranking` is a ranking as JSON data (today `Ranking.model_dump(mode="json")`)."""
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
