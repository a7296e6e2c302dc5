"""Qt model/view classes over a ranking: the table model and its filter.

The rows are the ranking's, in its order, with a heading row before each group (what was asked
for, what else is open, what is not open now). A heading is neither enabled nor selectable, so
the arrow keys pass over it and a selection is only ever programmes; the filter keeps a heading
while a programme of its group is shown, and counts the ones shown."""

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
from PySide6.QtGui import QBrush, QColor, QFont

from .. import palette
from ..core.model.langs import Lang
from ..core.words.glossary import GROUP_TITLES, GROUP_WORDS, term
from ..core.words.labels import CONFIDENCE_LABELS, CONFIDENCE_NOTES, label_in

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.ranking import ProgrammeOutcome, Ranking

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
KINDS_ROLE = Qt.ItemDataRole.UserRole + 5
HEADING_ROLE = Qt.ItemDataRole.UserRole + 6  # a heading row's group; None on a programme's row

# A shape as well as a word, so the marker reads without colour.
CONFIDENCE_MARKS = {"official": "●", "partial": "◐", "unconfirmed": "○"}
GROUP_COLOURS = palette.GROUP
HEADING_BACKGROUND = "#eef1f4"


def heading_text(group: str, count: int, lang: Lang) -> str:
    """ "Matches what you asked for · 9": the group's title and how many programmes it shows."""
    return f"{term(GROUP_TITLES.get(group, group), lang)} · {count}"


CHANGED_BACKGROUND = "#e3f4e1"  # rows a plan's change just moved


class ResultsModel(QAbstractTableModel):
    RANK, PROGRAMME, GROUP, STATUS, SCORE, HEADLINE, CONFIDENCE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Each row: a group's heading (its id) or a programme with its place in the ranking.
        self._rows: list[str | tuple[ProgrammeOutcome, int]] = []
        self._sizes: dict[int, int] = {}  # a heading's row: the programmes under it
        self._lang: Lang = "en"
        self._changed: frozenset[str] = frozenset()  # programmes a plan's change just moved

    def set_ranking(self, ranking: Ranking | None, lang: Lang = "en") -> None:
        self.beginResetModel()
        self._rows, self._sizes = [], {}
        heading = -1
        for place, outcome in enumerate(ranking.results if ranking else [], start=1):
            group = outcome.placed_group()
            if heading < 0 or self._rows[heading] != group:
                heading = len(self._rows)
                self._rows.append(group)
                self._sizes[heading] = 0
            self._rows.append((outcome, place))
            self._sizes[heading] += 1
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

    @property
    def lang(self) -> Lang:
        return self._lang

    def outcome(self, row: int) -> ProgrammeOutcome | None:
        """The programme on this row; None on a group's heading."""
        found = self._rows[row]
        return None if isinstance(found, str) else found[0]

    def outcomes(self) -> list[ProgrammeOutcome]:
        """Every programme, in the ranking's order (the headings left out)."""
        return [row[0] for row in self._rows if not isinstance(row, str)]

    def programme_count(self) -> int:
        return sum(self._sizes.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.NoItemFlags  # a heading: passed over by the keys, never selected
        return super().flags(index)

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
        row = self._rows[index.row()]
        if isinstance(row, str):
            return self._heading_data(row, index, role)
        outcome, place = row
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
                return place
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

    def _heading_data(self, group: str, index: Index, role: int) -> object:
        if role == HEADING_ROLE:
            return group
        if index.column() != 0:
            return None  # the heading spans the row from its first cell
        if role == Qt.ItemDataRole.DisplayRole:
            return heading_text(group, self._sizes.get(index.row(), 0), self._lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._group_tip(group)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(GROUP_COLOURS.get(group, palette.NEUTRAL)))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(HEADING_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _group_text(self, group: str | None) -> str:
        return term(GROUP_WORDS[group], self._lang) if group in GROUP_WORDS else ""

    def _group_tip(self, group: str | None) -> str:
        return {
            "asked": self.tr("Open to you and gives the help you asked for"),
            "open": self.tr("Open to you, though not the help you asked for"),
            "closed": self.tr("A requirement is not met; near misses say what would change it"),
        }.get(group or "", "")


class ResultsFilter(QSortFilterProxyModel):
    """Hides ineligible programmes unless asked, keeps those of a kind of help, and matches a
    search text. A group's heading stays while one of its programmes is shown, and counts them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_ineligible = True
        self._search = ""
        self._kind: str | None = None
        self._shown: dict[int, int] | None = None  # a heading's source row: programmes shown
        # Connected before any view's slots: whoever reads the counts then reads fresh ones.
        self.modelReset.connect(self._forget_counts)
        self.layoutChanged.connect(self._forget_counts)
        self.rowsInserted.connect(self._forget_counts)
        self.rowsRemoved.connect(self._forget_counts)

    def set_show_ineligible(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_ineligible = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._recount()

    def set_kind(self, kind: str | None) -> None:
        """Only programmes that give this kind of help (as the catalogue states); None: all."""
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._recount()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._recount()

    def narrowed(self) -> bool:
        """Whether a filter is set that can hide programmes."""
        return bool(self._search or self._kind or not self._show_ineligible)

    def shown_count(self) -> int:
        """The programmes shown (headings not counted)."""
        return sum(self._counts().values())

    def programme_count(self) -> int:
        """Every programme in the ranking, shown or not."""
        model = self.sourceModel()
        return model.programme_count() if isinstance(model, ResultsModel) else 0

    def is_heading(self, row: int) -> bool:
        return self.data(self.index(row, 0), HEADING_ROLE) is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        group = super().data(index, HEADING_ROLE)
        if group is not None and role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            model = self.sourceModel()
            lang = model.lang if isinstance(model, ResultsModel) else "en"
            count = self._counts().get(self.mapToSource(index).row(), 0)
            return heading_text(str(group), count, lang)
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if model.data(model.index(source_row, 0, source_parent), HEADING_ROLE) is None:
            return self._accepts(source_row, source_parent)
        below = source_row + 1
        while below < model.rowCount(source_parent):
            if model.data(model.index(below, 0, source_parent), HEADING_ROLE) is not None:
                return False  # the next group's heading: none of this group is shown
            if self._accepts(below, source_parent):
                return True
            below += 1
        return False

    def _accepts(self, source_row: int, source_parent: Index) -> bool:
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

    def _counts(self) -> dict[int, int]:
        if self._shown is None:
            shown: dict[int, int] = {}
            heading = -1
            for row in range(self.rowCount()):
                source = self.mapToSource(self.index(row, 0)).row()
                if self.sourceModel().data(self.sourceModel().index(source, 0), HEADING_ROLE):
                    heading = source
                    shown[heading] = 0
                elif heading >= 0:
                    shown[heading] += 1
            self._shown = shown
        return self._shown

    def _forget_counts(self, *_args: object) -> None:
        self._shown = None

    def _recount(self) -> None:
        """The headings' counts follow what is shown."""
        self._shown = None
        last = self.rowCount() - 1
        if last >= 0:
            self.dataChanged.emit(
                self.index(0, 0), self.index(last, 0), [Qt.ItemDataRole.DisplayRole]
            )
