"""The catalogue as the window's parts ask for it: one given, or the shipped one, loaded when
first asked for. The window paints before pydantic and the catalogue load (app.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.catalogue import Catalogue

CatalogueSource = Callable[[], "Catalogue"]


def shipped_catalogue() -> Catalogue:
    from ..core.loader import default_catalogue  # loaded once per process, then cached

    return default_catalogue()


def catalogue_source(catalogue: Catalogue | CatalogueSource) -> CatalogueSource:
    if callable(catalogue):
        return catalogue
    return lambda: catalogue
