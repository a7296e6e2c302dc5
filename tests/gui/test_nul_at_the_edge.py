"""U+0000 (NUL) cannot be stored (the team server's text cannot hold it, and SQLite refuses it so
every session can be copied there): the window refuses it where it is typed, in the company
name, a session's title and its notes, with one line naming the field, before any save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from startup_match.gui.main_window import MainWindow
from startup_match.gui.notes_dialog import NotesDialog

from .fakes import FakePrompts
from .helpers import type_name

REFUSED = "contains the character U+0000 (NUL), which cannot be stored; remove it."


def test_a_company_name_with_nul_is_refused_at_the_field(qtbot: QtBot, window: MainWindow) -> None:
    type_name(qtbot, window, "Acme")
    window.form.company_name.insert("\x00Co")  # as a paste would put it there
    error = window.form._errors["company_name"]
    assert error.isVisible()
    assert error.text() == f"“Company name” {REFUSED}"
    assert "\n" not in error.text()
    assert window.session.current.profile is None  # nothing to rank or save with it
    window.form.company_name.backspace()
    window.form.company_name.backspace()
    window.form.company_name.backspace()
    assert not error.isVisible()
    assert window.session.current.profile is not None


def test_a_title_with_nul_is_refused_on_save_as_and_rename(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    store = window.session.store
    assert store is not None
    type_name(qtbot, window, "Acme")
    prompts.texts = ["Acme\x00intake"]
    assert not window.session.save_as()
    assert prompts.errors[-1] == ("Save session as", f"“Session title” {REFUSED}")
    assert store.count() == 0
    prompts.texts = ["Acme intake"]
    assert window.session.save_as()
    prompts.texts = ["Renamed\x00"]
    window.library.rename()
    assert prompts.errors[-1] == ("Rename session", f"“Session title” {REFUSED}")
    assert window.session.current.title == "Acme intake"
    assert store.newest(1)[0].title == "Acme intake"


def test_notes_with_nul_cannot_be_accepted(qtbot: QtBot) -> None:
    dialog = NotesDialog(None, "fine")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.limit_label.isVisible()
    dialog.editor.insertPlainText("\x00")
    assert not ok.isEnabled()
    assert dialog.limit_label.isVisible()
    assert dialog.limit_label.text() == f"“Session notes” {REFUSED}"
    dialog.editor.textCursor().deletePreviousChar()
    assert ok.isEnabled() and not dialog.limit_label.isVisible()
