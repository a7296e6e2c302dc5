"""Compare 2–4 programmes side by side; rows where they differ are highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import palette
from ..core.consultation.compare import MAX_COMPARE, MIN_COMPARE, column_name, compare
from ..core.model.langs import Lang

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.ranking import Ranking

DIFFERS = QColor(palette.DIFFERS)


class CompareDialog(QDialog):
    def __init__(
        self, ranking: Ranking, chosen: list[str], lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ranking = ranking
        self._lang = lang
        self.picker = QListWidget(self)
        for outcome in ranking.results:
            item = QListWidgetItem(outcome.name, self.picker)
            item.setData(Qt.ItemDataRole.UserRole, outcome.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = outcome.id in chosen[:MAX_COMPARE]
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table = QTableWidget(self)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.picker_label = QLabel(left)
        self.picker_label.setBuddy(self.picker)
        left_layout.addWidget(self.picker_label)
        left_layout.addWidget(self.picker)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._row_fit = QTimer(self)
        self._row_fit.setSingleShot(True)
        self._row_fit.setInterval(0)
        self._row_fit.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows_later)
        self.picker.itemChanged.connect(self._picked)
        self.resize(1100, 700)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare programmes"))
        self.picker_label.setText(self.tr("&Programmes to compare (2 to 4):"))
        self.picker.setAccessibleName(self.tr("Programmes to compare"))
        self.table.setAccessibleName(self.tr("Comparison table"))
        self.refresh()

    def chosen(self) -> list[str]:
        return [
            str(self.picker.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.picker.count())
            if self.picker.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _picked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked and len(self.chosen()) > MAX_COMPARE:
            self.picker.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.picker.blockSignals(False)
            self.hint.setText(self.tr("At most four programmes can be compared at once."))
            return
        self.refresh()

    def refresh(self) -> None:
        ids = self.chosen()
        if len(ids) < MIN_COMPARE:
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.hint.setText(self.tr("Tick at least two programmes to compare them."))
            return
        self.hint.setText(self.tr("Highlighted rows are where the programmes differ."))
        rows = compare(self._ranking, ids, self._lang)
        self.table.clear()
        self.table.setColumnCount(len(ids))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [column_name(self._ranking.result(i), self._lang) for i in ids]
        )
        self.table.setVerticalHeaderLabels([row.label for row in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row.differs:
                    cell.setBackground(DIFFERS)
                self.table.setItem(r, c, cell)
        self.table.resizeRowsToContents()

    def _fit_rows_later(self, *_args: object) -> None:
        # Wrapped cells need new heights whenever the stretched columns change width; many
        # section resizes arrive together, so fit once after they settle.
        self._row_fit.start()

    def differing_rows(self) -> list[str]:
        labels = []
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, 0)
            if cell is not None and cell.background().color() == DIFFERS:
                header = self.table.verticalHeaderItem(r)
                labels.append(header.text() if header else "")
        return labels
