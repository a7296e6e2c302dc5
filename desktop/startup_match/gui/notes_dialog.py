"""Free-text notes on a session. Never cut: notes a session already holds past the limit are
kept as they are, and new notes past it cannot be accepted until shortened (a line says so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.model.text import MAX_NOTES
from .unstorable import NUL, nul_refused


class NotesDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self._current = current
        self.setWindowTitle(QCoreApplication.translate("Notes", "Session notes"))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(current)
        self.editor.setAccessibleName(QCoreApplication.translate("Notes", "Session notes"))
        self.limit_label = QLabel(self)
        self.limit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self.editor.textChanged.connect(self._check_length)
        self._check_length()

    def _check_length(self) -> None:
        """Notes past the limit, or holding U+0000, cannot be accepted: a line says why."""
        length = len(self.notes())
        over = length > MAX_NOTES and self.notes() != self._current
        text = QCoreApplication.translate(
            "Notes", "Notes: at most %1 characters; these have %2. Shorten them to keep them."
        )
        text = text.replace("%1", f"{MAX_NOTES:,}").replace("%2", f"{length:,}")
        nul = NUL in self.notes()
        if nul:
            text = nul_refused(QCoreApplication.translate("Notes", "Session notes"))
        self.limit_label.setText(text)
        self.limit_label.setVisible(over or nul)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not (over or nul))

    def notes(self) -> str:
        return self.editor.toPlainText()


def ask_notes(parent: QWidget, current: str) -> str | None:
    dialog = NotesDialog(parent, current)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.notes()
