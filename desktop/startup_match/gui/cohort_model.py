"""The cohort matrix as Qt models: start-ups × programmes, each cell a status (painted as a
badge by the results' delegate, no widget per cell) with the fit on hover; the filter that
narrows it by programme, kind of help, status and confidence; and one programme's column:
who should apply and what each still has to settle (worked out as its rows are shown)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..core.model.langs import Lang
from ..core.words.glossary import term
from ..core.words.labels import CONFIDENCE_LABELS, label_in
from .delegates import StatusBadgeDelegate
from .results_model import CONFIDENCE_MARKS, STATUS_ROLE

if TYPE_CHECKING:
    from ..core.cohort.matrix import CohortMatrix, Member
    from ..core.model.ranking import ProgrammeOutcome

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
ROW_ROLE = Qt.ItemDataRole.UserRole + 21  # the member's row in the matrix
FIXED = 3  # start-up, eligible count, possible count; the programmes follow
Outcome = Callable[["Member", str], "ProgrammeOutcome"]  # a start-up's outcome for a programme


class CohortModel(QAbstractTableModel):
    NAME, ELIGIBLE, POSSIBLE = range(FIXED)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: CohortMatrix | None = None
        self.lang: Lang = "en"
        self._outcome: Outcome | None = None
        self._counts: list[dict[str, int]] = []
        self._rows: list[dict[str, int]] = []

    def set_matrix(self, matrix: CohortMatrix | None, outcome: Outcome | None = None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._outcome = outcome
        rows, columns = matrix.size if matrix else (0, 0)
        self._counts = [matrix.column_counts(c) for c in range(columns)] if matrix else []
        self._rows = [matrix.row_counts(r) for r in range(rows)] if matrix else []
        self.endResetModel()

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.matrix is None:
            return 0
        return FIXED + len(self.matrix.programmes)

    def programme_at(self, column: int) -> int | None:
        """The matrix column of a model column (None for the fixed ones)."""
        return column - FIXED if column >= FIXED and self.matrix else None

    def could_apply_text(self, programme: int) -> str:
        assert self.matrix is not None
        text = self.tr("%1 of %2 companies could apply to %3 now")
        return (
            text.replace("%1", str(self._counts[programme]["eligible"]))
            .replace("%2", str(len(self.matrix.members)))
            .replace("%3", self.matrix.programmes[programme].label)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        programme = self.programme_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if programme is None:
                return (
                    self.tr("Start-up"),
                    term("eligible", self.lang),
                    term("possible", self.lang),
                )[section]
            counts = self._counts[programme]
            label = self.matrix.programmes[programme].label
            return f"{label}\n✓ {counts['eligible']} · ? {counts['possible']}"
        if role == Qt.ItemDataRole.ToolTipRole and programme is not None:
            column = self.matrix.programmes[programme]
            confidence = label_in(CONFIDENCE_LABELS, column.confidence, self.lang)
            mark = CONFIDENCE_MARKS.get(column.confidence, "")
            possible = self.tr("%1 more possible, once they settle what is unknown").replace(
                "%1", str(self._counts[programme]["possible"])
            )
            could = self.could_apply_text(programme)
            return f"{column.name}\n{could}\n{possible}\n{mark} {confidence}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        matrix = self.matrix
        if not index.isValid() or matrix is None:
            return None
        row, column = index.row(), index.column()
        member = matrix.members[row]
        if role == ROW_ROLE:
            return row
        programme = self.programme_at(column)
        if programme is None:
            counts = self._rows[row]
            value = (member.name, counts["eligible"], counts["possible"])[column]
            if role == Qt.ItemDataRole.DisplayRole:
                return value
            if role == SORT_ROLE:
                return value.casefold() if isinstance(value, str) else value
            if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
                return self.tr("Double-click to open this consultation in the main window")
            return None
        status = matrix.status(row, programme)
        if role == Qt.ItemDataRole.DisplayRole:
            return term(status, self.lang)
        if role == STATUS_ROLE:
            return status
        if role == SORT_ROLE:
            # Eligible first, then possible, then not open; within each, the better fit first.
            return ("eligible", "possible", "ineligible").index(status) * 1000 - matrix.score(
                row, programme
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(member, row, programme)
        return None

    def _tip(self, member: Member, row: int, programme: int) -> str:
        """The fit, and what the start-up still has to settle, on hover."""
        assert self.matrix is not None
        column = self.matrix.programmes[programme]
        status = self.matrix.status(row, programme)
        fit = self.tr("fit %1 of 100").replace("%1", str(self.matrix.score(row, programme)))
        lines = [f"{member.name} — {column.label}", f"{term(status, self.lang)} · {fit}"]
        if status != "eligible" and self._outcome is not None:
            lines += [f"• {hint}" for hint in self._outcome(member, column.id).hints[:4]]
        return "\n".join(lines)


class CellDelegate(StatusBadgeDelegate):
    """A badge where the cell has a status; the start-up's name and the counts as text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(STATUS_ROLE) is None:
            QStyledItemDelegate.paint(self, painter, option, index)
        else:
            super().paint(painter, option, index)


class CohortFilter(QSortFilterProxyModel):
    """Narrows the matrix: programme columns by programme, kind of help and confidence; start-up
    rows by the status they have in the columns shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.programme: str | None = None
        self.kind: str | None = None
        self.confidence: str | None = None
        self.statuses: frozenset[str] | None = None
        self.setSortRole(SORT_ROLE)

    def _model(self) -> CohortModel:
        model = self.sourceModel()
        assert isinstance(model, CohortModel)
        return model

    def set_filters(
        self,
        programme: str | None = None,
        kind: str | None = None,
        confidence: str | None = None,
        statuses: frozenset[str] | None = None,
    ) -> None:
        self.beginFilterChange()
        self.programme, self.kind, self.confidence, self.statuses = (
            programme,
            kind,
            confidence,
            statuses,
        )
        self.endFilterChange(QSortFilterProxyModel.Direction.Both)

    def _shows(self, programme: int) -> bool:
        matrix = self._model().matrix
        assert matrix is not None
        column = matrix.programmes[programme]
        return (
            (self.programme is None or column.id == self.programme)
            and (self.kind is None or self.kind in column.kinds)
            and (self.confidence is None or column.confidence == self.confidence)
        )

    def filterAcceptsColumn(self, source_column: int, source_parent: Index) -> bool:
        programme = self._model().programme_at(source_column)
        return programme is None or self._shows(programme)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        matrix = self._model().matrix
        if self.statuses is None or matrix is None:
            return True
        return any(
            matrix.status(source_row, p) in self.statuses
            for p in range(len(matrix.programmes))
            if self._shows(p)
        )


class WhoShouldApply(QAbstractTableModel):
    """One programme's column: the start-ups open to it, eligible first, each with its fit and
    what it still has to settle (that start-up ranked alone, when its row is first shown)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: CohortMatrix | None = None
        self.column = 0
        self.rows: list[int] = []
        self.lang: Lang = "en"
        self._outcome: Outcome | None = None

    def show_column(
        self, matrix: CohortMatrix | None, column: int, outcome: Outcome | None, lang: Lang
    ) -> None:
        self.beginResetModel()
        self.matrix, self.column, self._outcome, self.lang = matrix, column, outcome, lang
        self.rows = matrix.who_could_apply(column) if matrix else []
        self._settle.cache_clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Start-up"),
            term("status", self.lang),
            term("fit", self.lang),
            self.tr("Still to settle"),
        )[section]

    @lru_cache(maxsize=2048)  # noqa: B019  (cleared with each column shown)
    def _settle(self, row: int) -> str:
        assert self.matrix is not None
        if self._outcome is None or self.matrix.status(row, self.column) == "eligible":
            return "" if self._outcome is None else self.tr("Nothing: it can apply now")
        outcome = self._outcome(self.matrix.members[row], self.matrix.programmes[self.column].id)
        return "\n".join(outcome.hints)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.matrix is None:
            return None
        row = self.rows[index.row()]
        status = self.matrix.status(row, self.column)
        if role == ROW_ROLE:
            return row
        if role == STATUS_ROLE:
            return status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self.matrix.members[row].name
            if column == 1:
                return term(status, self.lang)
            if column == 2:
                return self.matrix.score(row, self.column)
            return self._settle(row)
        return None
