"""What only the frozen bundle (PyInstaller) needs before Qt loads."""

from __future__ import annotations

import os
import sys

from .paths import fonts_dir


def prepare() -> None:
    """On Linux, add the fonts the bundle carries (Noto Sans CJK, for Chinese text in the window
    and the sheet) to the system's through fontconfig, unless the user chose a configuration."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    config = fonts_dir() / "fonts.conf"
    if config.is_file():
        os.environ.setdefault("FONTCONFIG_FILE", str(config))
