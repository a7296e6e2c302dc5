"""A script that starts the app's window as `startup-match` does and stops at its first paint:
`python -c FIRST_WINDOW SETTINGS.ini SESSIONS.db`, with QT_QPA_PLATFORM=offscreen. Tests and
benchmarks append what they read at that point."""

FIRST_WINDOW = """
from startup_match.runtime.collector import pause_for_start_up
pause_for_start_up()  # as startup-match's entry point does (launch.py)
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from startup_match.gui.app import build_window
from startup_match.gui.settings import AppSettings
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = build_window(settings, Path(sys.argv[2]), open_sessions_later=True)
window.show()
app.processEvents()
"""
