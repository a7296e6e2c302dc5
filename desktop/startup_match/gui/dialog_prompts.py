"""The real prompts: modal dialogs and file dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from . import messages
from .prompts import Conflict, ServerLogin, Unsaved
from .settings import AppSettings

if TYPE_CHECKING:
    from ..store.repository import SessionStore


class DialogPrompts:
    """The real prompts: modal dialogs over `parent`, file dialogs in the last folder used."""

    def __init__(self, parent: QWidget, settings: AppSettings) -> None:
        self._parent = parent
        self._settings = settings

    def show_error(self, title: str, message: str) -> None:
        messages.error(self._parent, title, message)

    def ask_text(self, title: str, label: str, default: str) -> str | None:
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(default)
        # Wide enough for a title (Qt's 200 px cut most), never wider than the screen.
        wanted = dialog.fontMetrics().horizontalAdvance(default + "M" * 12)
        screen = self._parent.screen().availableGeometry().width()
        dialog.resize(max(420, min(wanted, int(screen * 0.8))), dialog.sizeHint().height())
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_unsaved(self) -> Unsaved:
        button = QMessageBox.StandardButton
        answer = messages.question(
            self._parent,
            QCoreApplication.translate("Prompts", "Unsaved changes"),
            QCoreApplication.translate(
                "Prompts", "This session has unsaved changes. Save them first?"
            ),
            button.Save | button.Discard | button.Cancel,
            button.Save,
        )
        if answer == button.Save:
            return Unsaved.SAVE
        return Unsaved.DISCARD if answer == button.Discard else Unsaved.CANCEL

    def ask_confirm(self, title: str, question: str) -> bool:
        # Plain text: the question quotes the session's title, which the user typed.
        return messages.question(self._parent, title, question) == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        folder = Path(self._settings.last_folder())
        name, _ = QFileDialog.getSaveFileName(self._parent, title, str(folder / suggested), filters)
        return Path(name) if name else None

    def ask_database_path(self, title: str, filters: str) -> Path | None:
        dialog = QFileDialog(self._parent, title, self._settings.last_folder(), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)  # a new name may be typed
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # opened, never replaced
        dialog.setLabelText(
            QFileDialog.DialogLabel.Accept, QCoreApplication.translate("Prompts", "Open")
        )
        if dialog.exec() != QDialog.DialogCode.Accepted.value or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def ask_open_path(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, title, self._settings.last_folder(), filters
        )
        return Path(name) if name else None

    def ask_session_id(self, store: SessionStore) -> int | None:
        from .sessions_dialog import OpenSessionDialog

        dialog = OpenSessionDialog(store, self._parent)
        if dialog.exec() == OpenSessionDialog.DialogCode.Accepted:
            return dialog.selected_id()
        return None

    def ask_notes(self, current: str) -> str | None:
        from .notes_dialog import ask_notes

        return ask_notes(self._parent, current)

    def run_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def ask_server(self, suggested: ServerLogin) -> ServerLogin | None:
        from .server_dialog import ServerDialog

        dialog = ServerDialog(suggested, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.login()

    def ask_conflict(self, message: str) -> Conflict | None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Prompts", "Changed by a colleague"),
            message,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        choices = {
            box.addButton(
                QCoreApplication.translate("Prompts", "&Reload theirs"),
                QMessageBox.ButtonRole.DestructiveRole,
            ): Conflict.RELOAD,
            box.addButton(
                QCoreApplication.translate("Prompts", "&Keep mine as a copy"),
                QMessageBox.ButtonRole.AcceptRole,
            ): Conflict.COPY,
            box.addButton(
                QCoreApplication.translate("Prompts", "&Compare"),
                QMessageBox.ButtonRole.ActionRole,
            ): Conflict.COMPARE,
        }
        later = box.addButton(
            QCoreApplication.translate("Prompts", "Decide &later"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(later)
        box.exec()
        clicked = box.clickedButton()
        return next((choice for button, choice in choices.items() if button is clicked), None)

    def show_text(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
