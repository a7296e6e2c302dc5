"""The core's pydantic side as the window's parts call it. Each call imports what it needs the
first time, which comes after the first paint: app.py loads the catalogue just after it, so the
window paints without waiting for pydantic."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import ValidationError

    from ..core.consultation.consultation import Consultation
    from ..core.model.catalogue import Catalogue
    from ..core.model.langs import Lang
    from ..core.model.profile import Profile, UniversityLink
    from ..core.model.ranking import Ranking


def shipped_catalogue() -> Catalogue:
    from ..core.model.loader import default_catalogue  # loaded once per process, then cached

    return default_catalogue()


def rank(catalogue: Catalogue, profile: Profile, lang: Lang, on: date | None = None) -> Ranking:
    """Ranked on the day `on` (a reopened session's), or today."""
    from ..core.engine.rank import rank

    return rank(catalogue, profile, lang, on)


def consultation_of(
    profile: Profile, ranking: Ranking, title: str, notes: str, comparison: list[str]
) -> Consultation:
    from ..core.consultation.consultation import Consultation

    return Consultation(profile, ranking, title, notes, comparison)


def rerank_changes(saved: Consultation, catalogue: Catalogue, lang: Lang) -> str:
    from ..core.consultation.changes import rerank_changes

    return rerank_changes(saved, catalogue, lang)


def checked_profile(data: dict[str, Any]) -> tuple[Profile | None, ValidationError | None]:
    """The profile `data` describes, or why it is not one."""
    from pydantic import ValidationError

    from ..core.model.profile import Profile

    try:
        return Profile.model_validate(data), None
    except ValidationError as error:
        return None, error


def describe_validation_error(error: ValidationError) -> str:
    from ..core.model.profile import describe_validation_error

    return describe_validation_error(error)


def university_link(university: str, role: str) -> UniversityLink:
    from ..core.model.profile import UniversityLink

    return UniversityLink.model_validate({"university": university, "role": role})


def differences(theirs: Consultation, mine: Consultation, lang: Lang) -> list[str]:
    from ..core.consultation.differences import differences

    return differences(theirs, mine, lang)
