"""The `startup-match` entry point: imports the app inside a guard, so Ctrl-C while it loads
ends quietly (status 130) instead of printing a traceback."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from .runtime.collector import pause_for_start_up

        pause_for_start_up()  # until the window paints or the command's modules are in
        args = sys.argv[1:]
        if len(args) == 1 and args[0] in ("--install-desktop-entry", "--uninstall-desktop-entry"):
            from .desktop_entry import run_flag

            return run_flag(args[0])
        if getattr(sys, "frozen", False):
            import multiprocessing

            # A cohort's sheet workers are spawned by running this executable again: such a
            # run becomes the worker here and exits, instead of starting the app.
            multiprocessing.freeze_support()
            from .bundle import prepare

            prepare()
        from .first_paint import exit_at_first_paint, wanted

        if wanted(args):
            exit_at_first_paint()
        from .cli.main import main as run

        return run()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
