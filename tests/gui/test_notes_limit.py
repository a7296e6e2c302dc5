"""The notes dialog never cuts notes: a session's old notes past the limit are kept as they are;
new notes past it cannot be accepted, and a line naming the field says why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from startup_match.core.model.text import MAX_NOTES
from startup_match.gui.notes_dialog import NotesDialog

LONG = "x" * (MAX_NOTES + 10)


def _ok_enabled(dialog: NotesDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_new_notes_past_the_limit_are_refused_with_a_message(qtbot: QtBot) -> None:
    dialog = NotesDialog(None, "short")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText(LONG)
    assert not _ok_enabled(dialog)
    assert not dialog.limit_label.isHidden() and dialog.limit_label.text().startswith("Notes:")
    dialog.editor.setPlainText("fine")
    assert _ok_enabled(dialog) and dialog.limit_label.isHidden()


def test_old_notes_past_the_limit_are_kept_whole(qtbot: QtBot) -> None:
    dialog = NotesDialog(None, LONG)
    qtbot.addWidget(dialog)
    assert _ok_enabled(dialog) and dialog.notes() == LONG
