"""`STARTUP_MATCH_EXIT_AT_FIRST_PAINT=1 startup-match`: start the window exactly as usual, print
"first paint" once it has painted and exit. Start-up checks and benchmarks use it on the
installed bundle, which runs no Python of ours to ask."""

from __future__ import annotations

import os
import sys

VARIABLE = "STARTUP_MATCH_EXIT_AT_FIRST_PAINT"


def wanted(args: list[str]) -> bool:
    return not args and os.environ.get(VARIABLE) == "1"


def exit_at_first_paint() -> None:
    """Make the application now (the window's start-up takes it as its own) and watch it for
    the main window's first paint; exit once that paint is done."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)

    def done() -> None:
        print("first paint", flush=True)
        os._exit(0)  # the moment is measured: no teardown after it

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                QTimer.singleShot(0, done)  # after this paint, ahead of the app's own timers
            return False

    app.installEventFilter(Watch(app))
