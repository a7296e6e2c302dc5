"""The two questions an import asks: which field a header the app does not know holds (the
answer is remembered for files laid out the same), and, when cells are bad, whether to import
the good rows, with every bad cell listed as row, column, value and reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.cohort.fields import field_kinds
from ..core.cohort.headers import BR_NUMBER, IGNORE
from ..core.cohort.words import cohort_term
from ..core.model.langs import Lang
from ..core.words.labels import field_label

if TYPE_CHECKING:
    from ..core.cohort.reading import CohortFile


class MappingDialog(QDialog):
    """One drop-down per header the app does not know: a profile field, the BR number, or
    not read."""

    def __init__(self, headers: list[str], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These column headers are not profile fields the app knows. Choose what each "
                "column holds; the choice is remembered for files laid out the same way."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for header in headers:
            combo = QComboBox()
            combo.addItem(self.tr("Not read"), IGNORE)
            combo.addItem(cohort_term("br_number", lang), BR_NUMBER)
            for name in field_kinds():
                combo.addItem(field_label(name, lang), name)
            combo.setAccessibleName(header)
            label = QLabel(header)
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, combo)
            self.choices[header] = combo
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, header: str, field: str) -> None:
        combo = self.choices[header]
        combo.setCurrentIndex(combo.findData(field))

    def chosen(self) -> dict[str, str]:
        return {header: str(combo.currentData()) for header, combo in self.choices.items()}


class ProblemsDialog(QDialog):
    """Every bad cell at once; nothing is saved until the adviser says which rows go in."""

    def __init__(self, found: CohortFile, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cells that cannot be read"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        bad, good = len(found.bad_rows), len(found.rows)
        summary = self.tr(
            "%1 rows have cells that cannot be read, listed below; %2 start-ups can be imported. "
            "Nothing is saved until you choose."
        )
        text = QLabel(summary.replace("%1", str(bad)).replace("%2", str(good)))
        text.setWordWrap(True)
        layout.addWidget(text)
        for note in found.notes:
            shown = QLabel(note.text(lang))
            shown.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(shown)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [cohort_term(key, lang) for key in ("row", "column", "value", "reason")]
        )
        for problem in found.problems:
            items = [
                QStandardItem(str(problem.row)),
                QStandardItem(problem.column),
                QStandardItem(problem.value),
                QStandardItem(problem.reason_text(lang)),
            ]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Cells that cannot be read"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import the %1 good rows").replace("%1", str(good)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(good > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
