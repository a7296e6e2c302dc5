"""The right-hand side: the ranked programmes with their filters and banners above, and the
selected programme's details below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.model.langs import Lang
from ..core.words.labels import HELP_KIND_LABELS, label_in
from .delegates import ScoreBarDelegate, StatusBadgeDelegate
from .details_pane import DetailsPane
from .plan_pane import PlanPane
from .results_model import ID_ROLE, ResultsFilter, ResultsModel

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.ranking import Ranking

MIN_NAME = 200  # px: "Technology Start-…Universities" still reads

BANNER_STYLE = "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px; padding: 4px;"
NOTE_STYLE = "color: palette(placeholder-text);"


class ResultsPane(QSplitter):
    """Shows one ranking; keeps the selection across re-ranks and the details in step."""

    rerank_requested = Signal()
    show_ineligible_toggled = Signal(bool)

    def __init__(self, show_ineligible: bool, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.lang: Lang = "en"
        self.ranking: Ranking | None = None

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.search.clear)
        self.kind_filter = QComboBox(self)
        # As wide as its longest choice: a minimum length cut "Any kind of help" short.
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.addItem("", None)
        for kind in HELP_KIND_LABELS:
            self.kind_filter.addItem(kind, kind)
        self.show_ineligible = QCheckBox(self)
        self.show_ineligible.setChecked(show_ineligible)
        # "Showing 6 of 22 — Clear filters" while filters hide programmes.
        self.shown_label = QLabel(self)
        self.clear_filters = QPushButton(self)
        self.clear_filters.setFlat(True)
        self.clear_filters.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_filters.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.shown_label.hide()
        self.clear_filters.hide()
        self._build_banners()
        self._build_table(show_ineligible)
        self.below = QTabWidget(self)  # the details, and the plan beside them
        self.details = DetailsPane(self.below)
        self.plan = PlanPane(self.below)
        self.below.addTab(self.details, "")
        # Scrolled: the plan's questions and list would otherwise set the pane's least height,
        # and a 640-px window showed two rows of results above it.
        self.plan_area = QScrollArea(self.below)
        self.plan_area.setWidget(self.plan)
        self.plan_area.setWidgetResizable(True)
        self.plan_area.setFrameShape(QFrame.Shape.NoFrame)
        self.below.addTab(self.plan_area, "")

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_filter)
        narrowing = QHBoxLayout()  # a row of its own, so the window still fits 800 px screens
        narrowing.addWidget(self.show_ineligible)
        narrowing.addStretch(1)
        narrowing.addWidget(self.shown_label)
        narrowing.addWidget(self.clear_filters)
        results = QWidget(self)
        layout = QVBoxLayout(results)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(narrowing)
        for widget in (self.stale_banner, self.invalid_label, self.start_hint, self.order_note):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing_shown, 1)
        self.addWidget(results)
        self.addWidget(self.below)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        # The table first, 3:2, in a small window too (the panes' size hints gave the details
        # most of 640 px and left three rows); a layout the user saved replaces it.
        self.setSizes([300, 200])

        self.search.textChanged.connect(self._search_changed)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.show_ineligible.toggled.connect(self._toggle_ineligible)
        self.rerank_button.clicked.connect(self.rerank_requested)
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_heading_above)
        for rows_changed in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            rows_changed.connect(self._rows_changed)
        self.retranslate()

    def _build_banners(self) -> None:
        self.stale_banner = QFrame(self)
        self.stale_banner.setStyleSheet(BANNER_STYLE)
        self.stale_label = QLabel(self.stale_banner)
        self.stale_label.setWordWrap(True)
        self.rerank_button = QPushButton(self.stale_banner)
        self.stale_changes = QLabel(self.stale_banner)
        self.stale_changes.setTextFormat(Qt.TextFormat.PlainText)
        self.stale_changes.setWordWrap(True)
        banner_layout = QHBoxLayout(self.stale_banner)
        banner_layout.setContentsMargins(6, 2, 6, 2)
        banner_text = QVBoxLayout()
        banner_text.addWidget(self.stale_label)
        banner_text.addWidget(self.stale_changes)
        banner_layout.addLayout(banner_text, 1)
        banner_layout.addWidget(self.rerank_button)
        self.stale_banner.hide()
        self.start_hint = QLabel(self)
        self.start_hint.setWordWrap(True)
        self.start_hint.setStyleSheet("color: palette(mid); padding: 12px; font-size: 11pt;")
        self.invalid_label = QLabel(self)
        self.invalid_label.setStyleSheet(BANNER_STYLE)
        self.invalid_label.setWordWrap(True)
        self.invalid_label.hide()
        # Why the programmes stand in this order (the groups, then fit), in one line.
        self.order_note = QLabel(self)
        self.order_note.setWordWrap(True)
        self.order_note.setStyleSheet(NOTE_STYLE)
        self.order_note.hide()
        # In the table's place when the filters leave no programme to show.
        self.nothing_shown = QLabel(self)
        self.nothing_shown.setWordWrap(True)
        self.nothing_shown.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.nothing_shown.setStyleSheet("padding: 24px; font-size: 11pt;")
        self.nothing_shown.hide()

    def _build_table(self, show_ineligible: bool) -> None:
        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_show_ineligible(show_ineligible)
        table = self.table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        table.setItemDelegateForColumn(ResultsModel.STATUS, StatusBadgeDelegate(table))
        table.setItemDelegateForColumn(ResultsModel.SCORE, ScoreBarDelegate(table))
        table.verticalHeader().hide()
        table.setWordWrap(False)
        # A long name keeps both ends ("Technology Start-up … Universities"); its tooltip all.
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(ResultsModel.PROGRAMME, mode.Interactive)
        header.setSectionResizeMode(ResultsModel.HEADLINE, mode.Stretch)
        table.viewport().installEventFilter(self)
        header.setSectionResizeMode(ResultsModel.CONFIDENCE, mode.ResizeToContents)
        header.setSectionResizeMode(ResultsModel.GROUP, mode.ResizeToContents)
        for column, width in ((ResultsModel.RANK, 36), (ResultsModel.STATUS, 110)):
            header.setSectionResizeMode(column, mode.Fixed)
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(ResultsModel.SCORE, mode.Fixed)
        table.setColumnWidth(ResultsModel.SCORE, 130)
        # The group is each heading row's: a column repeating it on every row took the room
        # the names need.
        table.setColumnHidden(ResultsModel.GROUP, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        return super().eventFilter(watched, event)

    def _fit_name_column(self) -> None:
        """The names take the room first, up to their full width but leaving the headline two
        fifths (what a programme gives: it read "Incu-Bio… 4 years" at 1600 px), and never less
        than a name reads in (the table scrolls sideways then). A narrow window cut every name
        to "…" when the two shared what the fixed columns left."""
        header = self.table.horizontalHeader()
        fixed = sum(
            header.sectionSize(column)
            for column in range(self.model.columnCount())
            if column not in (ResultsModel.PROGRAMME, ResultsModel.HEADLINE)
            and not self.table.isColumnHidden(column)
        )
        room = self.table.viewport().width() - fixed
        wanted = max(self.table.sizeHintForColumn(ResultsModel.PROGRAMME), 160)
        headline = max(120, int(room * 0.4))
        self.table.setColumnWidth(
            ResultsModel.PROGRAMME, max(MIN_NAME, min(wanted, room - headline))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Fin&d:"))
        self.search.setPlaceholderText(self.tr("Search programmes"))
        self.search.setAccessibleName(self.tr("Search programmes"))
        self.show_ineligible.setText(self.tr("Show i&neligible"))
        self.show_ineligible.setAccessibleName(self.tr("Show ineligible programmes"))
        self.kind_filter.setAccessibleName(self.tr("Kind of help"))
        self.kind_filter.setToolTip(self.tr("Show only programmes that give this kind of help"))
        self._relabel_kinds()
        self.table.setAccessibleName(self.tr("Ranked programmes"))
        self.below.setTabText(0, self.tr("Details"))
        self.below.setTabText(1, self.tr("Plan (Ctrl+L)"))
        self.clear_filters.setText(self.tr("Clear filters"))
        self.clear_filters.setAccessibleName(self.tr("Clear filters: show every programme"))
        self.order_note.setToolTip(
            self.tr(
                "Groups: what you asked for (the help ticked under Help wanted), then what else "
                "is open to you, then what is not open now, near misses first. Within a group, "
                "the higher fit first; on equal fit, the larger amount. The fit score weighs the "
                "preferences a programme states that the start-up meets. It does not decide "
                "whether you can apply: the status does. Eligible and possible programmes are "
                "ranked together by fit."
            )
        )
        self.rerank_button.setText(self.tr("Re-rank"))
        self.stale_label.setText(
            self.tr(
                "The catalogue has changed since this session was ranked. These are the saved "
                "results; re-rank to use the current catalogue."
            )
        )
        self.invalid_label.setText(
            self.tr("Fix the marked fields in the profile to see the ranking.")
        )
        self.start_hint.setText(
            self.tr(
                "Type the company's name to begin. Every programme is then ranked, and the "
                "ranking updates as you fill in the rest of the form."
            )
        )

        self._say_order()
        self._say_shown()

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.model.set_language(lang)
        self._relabel_kinds()
        self._rows_changed()

    # -- what is shown ------------------------------------------------------------------------

    def show_ranking(self, ranking: Ranking | None) -> None:
        """Show `ranking`, keeping the current programme selected when it is still there."""
        selected = self.selected_ids()
        self.ranking = ranking
        self.model.set_ranking(ranking, self.lang)
        self._say_order()
        self._fit_name_column()
        if ranking is None:
            self.details.show_outcome(None, self.lang)
        else:
            self.select_programmes(selected[:1])

    def show_edited(self, valid: bool) -> None:
        """The profile was edited: no start hint; a note while a field is invalid."""
        self.start_hint.hide()
        self.invalid_label.setVisible(not valid)

    def show_stale(self, stale: bool, changes: str) -> None:
        self.stale_banner.setVisible(stale)
        self.stale_changes.setText(changes)

    def start_over(self, new: bool) -> None:
        """Another consultation: from the top, no selection; the start hint when it is new."""
        self.table.clearSelection()
        self.table.scrollToTop()
        self.invalid_label.hide()
        self.start_hint.setVisible(new)

    # -- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        ids = (self.proxy.data(index, ID_ROLE) for index in rows)
        return [str(found) for found in ids if found is not None]

    def select_programmes(self, ids: list[str]) -> None:
        """Select these programmes (first one current); the top row when none is shown."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        found = False
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) in ids:
                if not found:
                    selection.setCurrentIndex(index, flags)
                    self.table.scrollTo(index)
                else:
                    selection.select(index, flags)
                found = True
        if not found:
            self._select_first()
        self._selection_changed()

    def _show_heading_above(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The first programme of a group is shown with its heading (scrolled to alone, it hid
        the heading above the table's top edge)."""
        row = current.row()
        if row > 0 and self.proxy.is_heading(row - 1):
            self.table.scrollTo(self.proxy.index(row - 1, 0))
            self.table.scrollTo(current)

    def _select_first_if_none(self) -> None:
        if not self.selected_ids():
            self._select_first()
        self._selection_changed()

    def _select_first(self) -> None:
        """The first programme shown (the row under the first group's heading)."""
        for row in range(self.proxy.rowCount()):
            if not self.proxy.is_heading(row):
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        current: QModelIndex = self.table.currentIndex()
        ids = self.selected_ids()
        outcome = None
        if self.ranking is not None and ids:
            wanted = str(self.proxy.data(current, ID_ROLE)) if current.isValid() else ids[0]
            outcome = self.ranking.result(wanted if wanted in ids else ids[0])
        self.details.show_outcome(outcome, self.lang)

    # -- filters ------------------------------------------------------------------------------

    def show_plan_pane(self) -> None:
        self.below.setCurrentWidget(self.plan_area)
        self.plan.focus()

    def clear_all_filters(self) -> None:
        """Every programme shown again: no search, any kind of help, the ineligible too."""
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.show_ineligible.setChecked(True)

    def _rows_changed(self, *_args: object) -> None:
        """The rows shown changed: headings span their row; say how many are shown."""
        self.table.clearSpans()
        columns = self.model.columnCount()
        for row in range(self.proxy.rowCount()):
            if self.proxy.is_heading(row):
                self.table.setSpan(row, 0, 1, columns)
        self._say_shown()

    def _say_shown(self) -> None:
        shown, total = self.proxy.shown_count(), self.proxy.programme_count()
        narrowed = total > 0 and shown < total
        self.shown_label.setText(
            self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.shown_label.setVisible(narrowed)
        self.clear_filters.setVisible(narrowed and self.proxy.narrowed())
        nothing = total > 0 and shown == 0
        if nothing:
            search = self.search.text().strip()
            text = (
                self.tr("No programme matches “%1” with the filters set.").replace("%1", search)
                if search
                else self.tr("No programme matches the filters set.")
            )
            more = self.tr("Clear filters to see all %1.").replace("%1", str(total))
            self.nothing_shown.setText(f"{text} {more}")
        self.nothing_shown.setVisible(nothing)
        self.table.setVisible(not nothing)
        self.order_note.setVisible(shown > 0)  # it tells the table's order: none, no table

    def _say_order(self) -> None:
        """The order, as the ranking made it, in a line that fits a small window: by group (the
        headings name them; "what you asked for" only once the founder said what help they
        need), then by fit, then by amount. Its tooltip says it in full."""
        outcomes = self.model.outcomes()
        asked = any(o.relevant is not None or o.group == "asked" for o in outcomes)
        if asked:
            text = self.tr(
                "Sorted by group, then by fit (higher first), then by amount (larger first)."
            )
        else:
            text = self.tr(
                "Sorted by group, then by fit (higher first), then by amount. Tick Help wanted "
                "to put the help you need first."
            )
        self.order_note.setText(text)
        self._say_shown()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _toggle_ineligible(self, show: bool) -> None:
        self.proxy.set_show_ineligible(show)
        self.show_ineligible_toggled.emit(show)
        self._select_first_if_none()

    def _kind_changed(self, _index: int) -> None:
        data = self.kind_filter.currentData()
        self.proxy.set_kind(str(data) if data else None)
        self._select_first_if_none()

    def _relabel_kinds(self) -> None:
        self.kind_filter.setItemText(0, self.tr("Any kind of help"))
        for index in range(1, self.kind_filter.count()):
            kind = str(self.kind_filter.itemData(index))
            self.kind_filter.setItemText(index, label_in(HELP_KIND_LABELS, kind, self.lang))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._select_first_if_none()
        self._say_shown()  # "matches nothing" names the text, which changes with no row
