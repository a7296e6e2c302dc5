"""Stand-ins for the person at the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog

from startup_match.gui.main_window import MainWindow
from startup_match.gui.prompts import Conflict, ServerLogin, Unsaved
from startup_match.store.repository import SessionStore


class FakePrompts:
    """gui/prompts.py's Prompts answered in place of a person; records the errors shown."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.texts: list[str | None] = []
        self.unsaved = Unsaved.CANCEL
        self.unsaved_asked = 0
        self.confirm = True
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.session_id: int | None = None
        self.notes: str | None = None
        self.server: ServerLogin | None = None
        self.conflicts: list[Conflict | None] = []  # answers, in turn; then "decide later"
        self.conflicts_asked: list[str] = []
        self.texts_shown: list[tuple[str, str]] = []
        # Drives a modal dialog in place of exec(); by default the user closes it at once.
        self.dialogs: Callable[[QDialog], int] = lambda dialog: QDialog.DialogCode.Rejected.value

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def ask_text(self, title: str, label: str, default: str) -> str | None:
        return self.texts.pop(0) if self.texts else default

    def ask_unsaved(self) -> Unsaved:
        self.unsaved_asked += 1
        return self.unsaved

    def ask_confirm(self, title: str, question: str) -> bool:
        return self.confirm

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return self.save_path

    def ask_open_path(self, title: str, filters: str) -> Path | None:
        return self.open_path

    def ask_session_id(self, store: SessionStore) -> int | None:
        return self.session_id

    def ask_notes(self, current: str) -> str | None:
        return self.notes

    def ask_server(self, suggested: ServerLogin) -> ServerLogin | None:
        self.server_suggested = suggested
        return self.server

    def ask_conflict(self, message: str) -> Conflict | None:
        self.conflicts_asked.append(message)
        return self.conflicts.pop(0) if self.conflicts else None

    def show_text(self, title: str, text: str) -> None:
        self.texts_shown.append((title, text))

    def run_dialog(self, dialog: QDialog) -> int:
        return self.dialogs(dialog)


WindowFactory = Callable[..., MainWindow]
