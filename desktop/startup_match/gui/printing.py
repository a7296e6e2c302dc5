"""The summary sheet from the window: print preview, print, and PDF export.

Qt's print support and the report modules load when the sheet is first asked for, not before
the window's first paint (they were a tenth of the time to it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model.langs import Lang
from .prompts import Prompts
from .settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..core.consultation.consultation import Consultation
    from ..report.sheet_html import SheetInput


def pdf_file_name(company_name: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in company_name)
    return f"{safe.strip() or 'sheet'} - programmes.pdf"


class SheetChoiceDialog(QDialog):
    """What an exported sheet holds: its first pages only, or with the appendix (every
    programme, criterion by criterion); and whether the adviser's notes are printed."""

    def __init__(self, parent: QWidget, appendix: bool, has_notes: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.summary_only = QRadioButton(self.tr("&Summary only: the first pages"))
        self.with_appendix = QRadioButton(
            self.tr("With the &appendix: every programme, criterion by criterion")
        )
        (self.with_appendix if appendix else self.summary_only).setChecked(True)
        self.notes = QCheckBox(self.tr("Print the adviser's &notes"))
        self.notes.setEnabled(has_notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What should the PDF hold?")))
        for widget in (self.summary_only, self.with_appendix, self.notes, buttons):
            layout.addWidget(widget)


class SheetPrinting(QObject):
    """Prints what `consultation()` returns, in the language `lang()` returns."""

    status = Signal(str, int)

    def __init__(
        self,
        consultation: Callable[[], Consultation | None],
        lang: Callable[[], Lang],
        prompts: Prompts,
        settings: AppSettings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._consultation = consultation
        self._lang = lang
        self._prompts = prompts
        self._settings = settings
        self._parent = parent
        self._appendix = True  # the last export's choice, offered again

    def sheet_input(self) -> SheetInput | None:
        from ..report.sheet_html import SheetInput

        shown = self._consultation()
        if shown is None:
            return None
        return SheetInput.of(shown)

    def paint(self, printer: QPrinter) -> None:
        from ..report.sheet import paint_sheet

        sheet = self.sheet_input()
        if sheet is not None:
            paint_sheet(sheet, printer, self._lang())

    def printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from ..report.render import setup_a4

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_a4(printer)
        return printer

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if self.sheet_input() is None:
            return
        # The dialog only points at the printer: keep it referenced while the dialog lives,
        # or Python frees it and the preview paints into freed memory.
        printer = self.printer()
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.paint)
        dialog.resize(900, 1000)
        self._prompts.run_dialog(dialog)
        del dialog, printer

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        if self.sheet_input() is None:
            return
        printer = self.printer()
        dialog = QPrintDialog(printer, self._parent)
        if self._prompts.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.paint(printer)

    def export_pdf(self) -> None:
        from ..report.render import ReportError
        from ..report.sheet import export_sheet_pdf

        sheet = self.sheet_input()
        if sheet is None:
            return
        choice = SheetChoiceDialog(self._parent, self._appendix, bool(sheet.notes.strip()))
        accepted = self._prompts.run_dialog(choice) == QDialog.DialogCode.Accepted
        self._appendix = choice.with_appendix.isChecked()
        with_notes = choice.notes.isEnabled() and choice.notes.isChecked()
        del choice
        if not accepted:
            return
        sheet = replace(sheet, with_appendix=self._appendix, with_notes=with_notes)
        heading = self.tr("Export PDF")
        suggested = pdf_file_name(sheet.profile.company_name)
        path = self._prompts.ask_save_path(heading, suggested, "PDF (*.pdf)")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = export_sheet_pdf(sheet, path, self._lang())
        except ReportError as error:
            self._prompts.show_error(heading, str(error))
            return
        self._settings.set_last_folder(path.parent)
        message = self.tr("Wrote %1 (%2 pages)")
        self.status.emit(message.replace("%1", str(path)).replace("%2", str(pages)), 5000)
