"""Compare, the open-session dialog, print and PDF export, driven through the widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.gui.compare_dialog import CompareDialog
from startup_match.gui.dialog_prompts import DialogPrompts
from startup_match.gui.main_window import MainWindow
from startup_match.gui.printing import SheetChoiceDialog
from startup_match.gui.sessions_dialog import OpenSessionDialog
from startup_match.store.repository import SessionStore

from ..pdfs import pdf_text
from .fakes import FakePrompts
from .helpers import fill_spin_out_university_profile, press, programme_row


def _select_rows(qtbot: QtBot, window: MainWindow, ids: list[str]) -> None:
    first = True
    for programme_id in ids:
        rect = window.results.table.visualRect(
            window.results.proxy.index(programme_row(window, programme_id), 1)
        )
        modifier = Qt.KeyboardModifier.NoModifier if first else Qt.KeyboardModifier.ControlModifier
        qtbot.mouseClick(
            window.results.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center()
        )
        first = False


def test_compare_selected_programmes(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    _select_rows(qtbot, window, ["tsssu", "techconnect", "raise-plus"])
    assert sorted(window.results.selected_ids()) == ["raise-plus", "techconnect", "tsssu"]
    opened: list[CompareDialog] = []

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, CompareDialog)
        opened.append(dialog)
        return 0

    prompts.dialogs = drive
    window.compare()
    dialog = opened[0]
    assert dialog.table.columnCount() == 3
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert sorted(headers) == ["RAISe+", "TSSSU", "TechConnect"]
    differing = dialog.differing_rows()
    assert "What it gives" in differing and "Your status" in differing
    assert sorted(window.session.current.comparison) == ["raise-plus", "techconnect", "tsssu"]


def test_compare_dialog_limits_to_four(qtbot: QtBot) -> None:
    profile = Profile(company_name="A")
    ranking = rank(default_catalogue(), profile)
    ids = [o.id for o in ranking.results]
    dialog = CompareDialog(ranking, ids[:4], "en")
    qtbot.addWidget(dialog)
    assert dialog.table.columnCount() == 4
    dialog.picker.item(5).setCheckState(Qt.CheckState.Checked)
    assert len(dialog.chosen()) == 4
    assert "At most four" in dialog.hint.text()
    for row in range(4):
        dialog.picker.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.table.columnCount() == 0
    assert "at least two" in dialog.hint.text()


def test_open_session_dialog_search_and_delete(qtbot: QtBot, tmp_path: Path) -> None:
    with SessionStore(tmp_path / "s.db") as store:
        for name in ("Alpha Bio", "Beta Fin", "Gamma Bio"):
            profile = Profile(company_name=name)
            store.create(
                Consultation(profile, rank(default_catalogue(), profile), title=f"{name} intake")
            )
        dialog = OpenSessionDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 3
        searches: list[str] = []
        search = store.search
        store.search = lambda text, **kw: searches.append(text) or search(text, **kw)  # type: ignore[method-assign]
        qtbot.keyClicks(dialog.search, "bio")
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=2000)
        assert searches == ["bio"]  # one query when typing paused, not one per key
        assert dialog.selected_id() is not None
        assert dialog.table.item(0, 1).text() in {"Alpha Bio", "Gamma Bio"}


def _choose(summary_only: bool, notes: bool, seen: list[str]) -> Callable[[QDialog], int]:
    """Answers the export's choice as a person would, with the keyboard."""

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, SheetChoiceDialog)
        seen.append(
            f"{'appendix' if dialog.with_appendix.isChecked() else 'summary'}, "
            f"notes {'on' if dialog.notes.isChecked() else 'off'}"
            f"{'' if dialog.notes.isEnabled() else ' (none)'}"
        )
        (dialog.summary_only if summary_only else dialog.with_appendix).setChecked(True)
        dialog.notes.setChecked(notes)
        return int(QDialog.DialogCode.Accepted)

    return drive


def test_export_pdf_from_the_window(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    prompts.save_path = tmp_path / "from-gui"
    seen: list[str] = []
    prompts.dialogs = _choose(summary_only=False, notes=False, seen=seen)
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["appendix, notes off (none)"]  # the whole sheet unless asked; no notes
    written = tmp_path / "from-gui.pdf"
    assert written.exists()
    text = pdf_text(written)
    assert "Helix Lab" in text and "Technology Start-up Support Scheme for Universities" in text
    assert "Appendix" in text


def test_export_the_summary_only_with_the_notes(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    window.session.set_notes("Call the KTO on Friday")
    prompts.save_path = tmp_path / "summary.pdf"
    seen: list[str] = []
    prompts.dialogs = _choose(summary_only=True, notes=True, seen=seen)
    window.printing.export_pdf()
    summary = pdf_text(tmp_path / "summary.pdf")
    assert "Call the KTO on Friday" in summary and "Appendix" not in summary
    prompts.save_path = tmp_path / "again.pdf"
    prompts.dialogs = _choose(summary_only=True, notes=False, seen=seen)
    window.printing.export_pdf()
    assert seen == ["appendix, notes off", "summary, notes off"]  # the last choice is offered
    assert "Call the KTO" not in pdf_text(tmp_path / "again.pdf")
    prompts.save_path = tmp_path / "cancelled.pdf"
    prompts.dialogs = lambda dialog: int(QDialog.DialogCode.Rejected)
    window.printing.export_pdf()
    assert not (tmp_path / "cancelled.pdf").exists()


def test_print_paints_the_sheet(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    fill_spin_out_university_profile(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.printing.paint(printer)
    del printer
    text = pdf_text(tmp_path / "printed.pdf")
    assert "Helix Lab" in text and "Page 1 of" in text


def test_print_preview_shows_the_sheet_pages(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    fill_spin_out_university_profile(qtbot, window)
    seen: list[int] = []

    def drive(dialog: QDialog) -> int:
        dialog.show()
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() > 1, timeout=5000)
        seen.append(preview.pageCount())
        dialog.reject()
        return 0

    prompts.dialogs = drive
    window.printing.preview()
    assert seen and seen[0] >= 2


def test_print_accepted_sends_the_sheet_to_the_printer(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDialog

    fill_spin_out_university_profile(qtbot, window)
    target = tmp_path / "printer.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    asked: list[str] = []

    def accept(dialog: QDialog) -> int:
        asked.append(type(dialog).__name__)
        return int(QDialog.DialogCode.Accepted)

    window.printing.printer = pdf_printer  # type: ignore[method-assign]
    prompts.dialogs = accept
    window.printing.print_sheet()
    assert asked == ["QPrintDialog"]
    assert "Helix Lab" in pdf_text(target)


def test_choose_session_database_opens_a_file_without_asking_to_replace_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """It opens the file it is given (or makes it): "replace it?" said it would be overwritten."""
    shown: list[QFileDialog] = []

    def choose(dialog: QFileDialog) -> int:
        shown.append(dialog)
        dialog.selectFile(str(tmp_path / "team.db"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", choose)
    path = DialogPrompts(window, window.settings).ask_database_path("Choose", "SQLite (*.db)")
    assert path == tmp_path / "team.db"
    dialog = shown[0]
    assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "Open"
