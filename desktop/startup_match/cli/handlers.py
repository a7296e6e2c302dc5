"""What runs a command: imported only when that command runs."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from ..core.collector import start_up_done
from ..core.langs import Lang

Handler = Callable[[argparse.Namespace, Lang], int]


def deferred(module: str, name: str) -> Handler:
    """The handler `name` of `module` (relative to this package), imported when its command
    runs: reading the arguments (`--help`, a typo) loads no model and no store. Start-up ends
    with that import (core/collector.py)."""

    def handler(args: argparse.Namespace, lang: Lang) -> int:
        run: Handler = getattr(importlib.import_module(module, __package__), name)
        start_up_done()
        return run(args, lang)

    return handler
