"""Pydantic without plugins. The core's models validate founders' profiles and the catalogue,
and a pydantic plugin, which any package installed beside the app can register, sees every
value they validate: none may. Looking for plugins also cost every start 15–20 ms, for
pydantic's plugin loader imports `importlib.metadata` (and with it the `email` package) and
reads the entry points of every installed distribution.

Pydantic imports that loader, `pydantic.plugin._loader`, only when it builds a validator, and
asks it for nothing but `get_plugins()`; `install()` puts a loader that finds none in its place.
`core/__init__.py` installs it, so it is there before the first model is defined, and a test
checks that a registered plugin is neither loaded nor called."""

from __future__ import annotations

import sys
from types import ModuleType

LOADER = "pydantic.plugin._loader"


def _no_plugins() -> tuple[()]:
    return ()


def install() -> None:
    loader = ModuleType(LOADER, "Stands in for pydantic's plugin loader: no plugins.")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = loader
