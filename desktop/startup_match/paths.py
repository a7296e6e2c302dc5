"""Where the shipped data lives: inside the wheel, inside a PyInstaller bundle, or at the top of
a source checkout."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen bundle: its data sits in one folder
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "startup_match" / "_data" / name
    installed = _PACKAGE / "_data" / name
    if installed.exists():
        return installed
    return _PACKAGE.parent.parent / name


def seeds_dir() -> Path:
    return _data_dir("seeds")


def resources_dir() -> Path:
    return _data_dir("resources")


def fonts_dir() -> Path:
    """Fonts a bundle carries (Noto Sans CJK where the build machine had it); often absent."""
    return _data_dir("fonts")


def project_version() -> str:
    """The version in pyproject.toml, the only place it is written. Read line by line, not with
    tomllib: that import alone would add 30 ms to every start."""
    table = ""
    for line in _data_dir("pyproject.toml").read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if text.startswith("["):
            table = text
        elif table == "[project]" and text.startswith("version") and "=" in text:
            key, _, value = text.partition("=")
            if key.strip() == "version":
                return value.split("#")[0].strip().strip("\"'")
    raise LookupError("pyproject.toml gives no [project] version")
