"""The questions the app asks its user, behind one small interface: the window passes the real
dialogs (dialog_prompts.py) to its parts, and tests pass a fake that answers at once."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # no widgets here: the session controller uses this without a window
    from PySide6.QtWidgets import QDialog

    from ..store.repository import SessionStore


class Unsaved(Enum):
    """The answer to "this session has unsaved changes"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts(Protocol):
    def show_error(self, title: str, message: str) -> None: ...

    def ask_text(self, title: str, label: str, default: str) -> str | None: ...

    def ask_unsaved(self) -> Unsaved: ...

    def ask_confirm(self, title: str, question: str) -> bool: ...

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None: ...

    def ask_open_path(self, title: str, filters: str) -> Path | None: ...

    def ask_session_id(self, store: SessionStore) -> int | None: ...

    def ask_notes(self, current: str) -> str | None: ...

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog and return its result code."""
        ...
