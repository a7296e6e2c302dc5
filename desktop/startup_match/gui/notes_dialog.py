"""Free-text notes on a session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

MAX_NOTES = 20_000


def ask_notes(parent: QWidget, current: str) -> str | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Notes", "Session notes"))
    editor = QPlainTextEdit(dialog)
    editor.setPlainText(current)
    editor.setAccessibleName(QCoreApplication.translate("Notes", "Session notes"))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(editor)
    layout.addWidget(buttons)
    dialog.resize(520, 320)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return editor.toPlainText()[:MAX_NOTES]
