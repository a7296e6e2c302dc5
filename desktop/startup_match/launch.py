"""The `startup-match` entry point: imports the app inside a guard, so Ctrl-C while it loads
ends quietly (status 130) instead of printing a traceback."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from .cli.main import main as run

        return run()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
