"""The `startup-match` entry point: imports the app inside a guard, so Ctrl-C while it loads
ends quietly (status 130) instead of printing a traceback."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from .runtime.collector import pause_for_start_up

        pause_for_start_up()  # until the window paints or the command's modules are in
        from .cli.main import main as run

        return run()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
