"""What kind of value each profile field takes, read off the profile model itself, so a field
added to the profile is a column the cohort import reads with no change here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from types import NoneType, UnionType
from typing import Union, get_args, get_origin

from ..model.profile import Profile, UniversityLink
from ..words.labels import FIELDS

# How a cell is read: see cells.py.
KINDS = (
    "text",
    "choice",
    "choices",
    "yesno",
    "whole",
    "money",
    "number",
    "percent",
    "years",
    "date",
)
LINKS = "links"


@dataclass(frozen=True)
class FieldKind:
    name: str
    kind: str
    choices: type[StrEnum] | None = None  # for "choice" and "choices"
    maximum: float | None = None  # the model's upper bound, where it has one


def _unwrap(annotation: object) -> object:
    """`X | None` → X."""
    if get_origin(annotation) in (UnionType, Union):
        rest = [arg for arg in get_args(annotation) if arg is not NoneType]
        return rest[0] if len(rest) == 1 else annotation
    return annotation


def _maximum(name: str) -> float | None:
    for item in Profile.model_fields[name].metadata:
        for bound in ("le", "lt"):
            value = getattr(item, bound, None)
            if isinstance(value, int | float):
                return float(value)
    return None


def _kind_of(name: str) -> FieldKind:
    annotation = _unwrap(Profile.model_fields[name].annotation)
    maximum = _maximum(name)
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if item is UniversityLink:
            return FieldKind(name, LINKS)
        if isinstance(item, type) and issubclass(item, StrEnum):
            return FieldKind(name, "choices", item)
    if annotation is date:
        return FieldKind(name, "date")
    if isinstance(annotation, type):
        if issubclass(annotation, StrEnum):
            return FieldKind(name, "choice", annotation)
        if annotation is bool:
            return FieldKind(name, "yesno")
        if annotation is int:
            return FieldKind(name, "money" if name.endswith("_hkd") else "whole", None, maximum)
        if annotation is float:
            if name.endswith("_pct"):
                return FieldKind(name, "percent", None, maximum)
            if name == "years_since_incorporation":
                return FieldKind(name, "years", None, maximum)
            return FieldKind(name, "number", None, maximum)
    return FieldKind(name, "text")


@cache
def field_kinds() -> dict[str, FieldKind]:
    """Every profile field, in the form's order (the fields the labels name first)."""
    names = [*FIELDS, *(name for name in Profile.model_fields if name not in FIELDS)]
    return {name: _kind_of(name) for name in names}
