"""Qt model/view classes over a ranking: the table model and its filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from .. import palette
from ..core.model.langs import Lang
from ..core.words.glossary import term
from ..core.words.labels import CONFIDENCE_LABELS, CONFIDENCE_NOTES, label_in

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.ranking import ProgrammeOutcome, Ranking

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
KINDS_ROLE = Qt.ItemDataRole.UserRole + 5

# A shape as well as a word, so the marker reads without colour.
CONFIDENCE_MARKS = {"official": "●", "partial": "◐", "unconfirmed": "○"}
GROUP_COLOURS = palette.GROUP


CHANGED_BACKGROUND = "#e3f4e1"  # rows a plan's change just moved


class ResultsModel(QAbstractTableModel):
    RANK, PROGRAMME, GROUP, STATUS, SCORE, HEADLINE, CONFIDENCE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[ProgrammeOutcome] = []
        self._lang: Lang = "en"
        self._changed: frozenset[str] = frozenset()  # programmes a plan's change just moved

    def set_ranking(self, ranking: Ranking | None, lang: Lang = "en") -> None:
        self.beginResetModel()
        self._results = list(ranking.results) if ranking else []
        self._lang = lang
        self._changed = frozenset()
        self.endResetModel()

    def set_changed(self, ids: frozenset[str]) -> None:
        """Highlight the rows of these programmes (a suggested change just applied)."""
        self.beginResetModel()
        self._changed = ids
        self.endResetModel()

    def set_language(self, lang: Lang) -> None:
        """Headings in `lang` (the rows follow with the next ranking)."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def outcome(self, row: int) -> ProgrammeOutcome:
        return self._results[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        keys = ("rank", "programme", "match", "status", "fit", "headline", "sources")
        return term(keys[section], self._lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        outcome = self._results[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return outcome.id
        if role == STATUS_ROLE:
            return outcome.status
        if role == SCORE_ROLE:
            return outcome.score
        if role == KINDS_ROLE:
            return list(outcome.kinds)
        if role == SEARCH_ROLE:
            return " ".join(
                [
                    outcome.name,
                    outcome.short_name,
                    outcome.acronym or "",
                    *outcome.search_names,
                    outcome.operator,
                    outcome.offer,
                    outcome.headline,
                ]
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return index.row() + 1
            if column == self.PROGRAMME:
                return outcome.display_name()
            if column == self.GROUP:
                return self._group_text(outcome.group)
            if column == self.STATUS:
                return term(outcome.status, self._lang)
            if column == self.SCORE:
                return outcome.score
            if column == self.HEADLINE:
                return outcome.headline
            if column == self.CONFIDENCE and outcome.confidence:
                return f"{CONFIDENCE_MARKS[outcome.confidence]} " + label_in(
                    CONFIDENCE_LABELS, outcome.confidence, self._lang
                )
        if role == Qt.ItemDataRole.BackgroundRole and outcome.id in self._changed:
            return QBrush(QColor(CHANGED_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.GROUP:
            return self._group_tip(outcome.group)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.GROUP:
            return QBrush(QColor(GROUP_COLOURS.get(outcome.group or "", palette.NEUTRAL)))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CONFIDENCE and outcome.confidence:
            return label_in(CONFIDENCE_NOTES, outcome.confidence, self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.PROGRAMME, self.HEADLINE):
            return f"{outcome.display_name()}\n{outcome.operator}\n\n{outcome.offer}"
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.SCORE:
            return self.tr("Fit score %1 of 100").replace("%1", str(outcome.score))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RANK, self.SCORE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _group_text(self, group: str | None) -> str:
        keys = {"asked": "asked_for", "open": "also_open", "closed": "not_open"}
        return term(keys[group], self._lang) if group in keys else ""

    def _group_tip(self, group: str | None) -> str:
        return {
            "asked": self.tr("Open to you and gives the help you asked for"),
            "open": self.tr("Open to you, though not the help you asked for"),
            "closed": self.tr("A requirement is not met; near misses say what would change it"),
        }.get(group or "", "")


class ResultsFilter(QSortFilterProxyModel):
    """Hides ineligible programmes unless asked, and matches a search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_ineligible = True
        self._search = ""
        self._kind: str | None = None

    def set_show_ineligible(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_ineligible = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: str | None) -> None:
        """Only programmes that give this kind of help (as the catalogue states); None: all."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_ineligible and model.data(index, STATUS_ROLE) == "ineligible":
            return False
        if self._kind and self._kind not in (model.data(index, KINDS_ROLE) or []):
            return False
        if self._search:
            haystack = str(model.data(index, SEARCH_ROLE)).casefold()
            return all(term in haystack for term in self._search.split())
        return True
