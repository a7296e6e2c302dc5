"""The founders the programme cases start from (tests/data/cases/_founders*.toml), for the cases
and the ranking benchmarks alike."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from startup_match.core.model.catalogue import Catalogue

CASES_DIR = Path(__file__).parent / "data" / "cases"


def _founders() -> dict[str, dict[str, Any]]:
    """Every founders file's bases (_founders.toml first); a name may be used once only."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(CASES_DIR.glob("_founders*.toml")):
        bases = tomllib.loads(path.read_text(encoding="utf-8"))["bases"]
        repeated = sorted(set(found) & set(bases))
        assert not repeated, f"{path.name} repeats founders {repeated}"
        found |= bases
    return found


FOUNDERS: dict[str, dict[str, Any]] = _founders()
UNKNOWN = "__unknown__"  # TOML has no null: this marks a field the founder has not filled in


def known(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers without those marked not filled in, as a profile takes them."""
    return {key: value for key, value in answers.items() if value != UNKNOWN}


def afresh(catalogue: Catalogue) -> Catalogue:
    """The same catalogue with nothing worked out yet: no plans, texts or earlier outcomes."""
    return Catalogue.model_construct(
        info=catalogue.info, programmes=catalogue.programmes, digest=catalogue.digest
    )
