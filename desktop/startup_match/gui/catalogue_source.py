"""The catalogue as the window's parts ask for it: one given, or a function that gives it when
first asked for (`lazy_core.shipped_catalogue`: the window paints before the catalogue loads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.model.catalogue import Catalogue

CatalogueSource = Callable[[], "Catalogue"]


def catalogue_source(catalogue: Catalogue | CatalogueSource) -> CatalogueSource:
    if callable(catalogue):
        return catalogue
    return lambda: catalogue
