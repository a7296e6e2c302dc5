"""The cohort window: a whole portfolio of start-ups × every programme, one status badge a
cell (Qt's model/view: no widget per cell, so 10,000 rows scroll smoothly), the fit and what
is left to settle on hover, sortable by any column, narrowed by programme, kind of help,
status and confidence, with the totals in the column headings. Double-clicking a start-up opens
its consultation in the main window; clicking a programme's heading lists who should apply
and what each still has to settle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.cohort.matrix import CohortMatrix, Member, programme_columns, ranking_of
from ..core.model.langs import Lang
from ..core.model.text import LocalText
from ..core.words.glossary import term
from ..core.words.labels import CONFIDENCE_LABELS, HELP_KIND_LABELS, label_in
from .cohort_host import CohortHost
from .cohort_model import ROW_ROLE, CellDelegate, CohortFilter, CohortModel, WhoShouldApply
from .cohort_tasks import TaskRunner
from .delegates import StatusBadgeDelegate

if TYPE_CHECKING:
    from ..core.model.ranking import ProgrammeOutcome, Ranking

RANKINGS_KEPT = 256  # start-ups ranked alone for hover and the programme panel


class CohortWindow(QMainWindow):
    def __init__(self, main: CohortHost, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.main = main
        self.lang: Lang = main.lang
        self.matrix: CohortMatrix | None = None
        self.cohort_id: int | None = None
        self.cohort_name = ""
        self._rankings: dict[tuple[str, str], Ranking] = {}
        # Asks for a folder; tests answer in its place, as the prompts do for files.
        self.ask_folder: Callable[[str], Path | None] = self._ask_folder
        self.model = CohortModel(self)
        self.proxy = CohortFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tasks = TaskRunner(self.statusBar(), self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.cohorts = QComboBox()
        self.cohorts.setMinimumWidth(220)
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.csv_button = QPushButton()
        self.folder_button = QPushButton()
        self.combined_button = QPushButton()
        self.cohort_label = QLabel()
        bar.addWidget(self.cohort_label)
        bar.addWidget(self.cohorts)
        for button in (
            self.import_button,
            self.export_button,
            self.csv_button,
            self.folder_button,
            self.combined_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        filters = QHBoxLayout()
        self.programme_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.status_filter = QComboBox()
        self.confidence_filter = QComboBox()
        for combo in (
            self.programme_filter,
            self.kind_filter,
            self.status_filter,
            self.confidence_filter,
        ):
            combo.currentIndexChanged.connect(self._filter)
            filters.addWidget(combo)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.totals)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the file's order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(104)
        header.setMinimumHeight(44)
        self.table.doubleClicked.connect(self._open_index)
        header.sectionClicked.connect(self._column_clicked)

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.panel_title = QLabel()
        self.panel_title.setWordWrap(True)
        self.panel_title.setTextFormat(Qt.TextFormat.PlainText)
        self.panel_title.setMinimumHeight(self.panel_title.fontMetrics().height() * 3 + 6)
        self.who = WhoShouldApply(self)
        self.who.lang = self.lang  # its headings in the window's language before a column is chosen
        self.who_view = QTableView()
        self.who_view.setModel(self.who)
        self.who_view.setItemDelegateForColumn(1, StatusBadgeDelegate(self.who_view))
        self.who_view.setWordWrap(True)
        self.who_view.horizontalHeader().setStretchLastSection(True)
        self.who_view.verticalHeader().hide()
        self.who_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.who_view.doubleClicked.connect(self._open_who)
        panel_layout.addWidget(self.panel_title)
        panel_layout.addWidget(self.who_view)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.retranslate()
        # Room for the matrix, but never past the screen (a 1024×640 one cut it off).
        screen = parent.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(760, screen.height()))

    # -- what is shown ------------------------------------------------------------------------

    def outcome(self, member: Member, programme_id: str) -> ProgrammeOutcome:
        """The start-up ranked alone (as the main window would), kept for a while."""
        key = (member.key, self.lang)
        ranking = self._rankings.get(key)
        if ranking is None:
            if len(self._rankings) >= RANKINGS_KEPT:
                self._rankings.clear()
            ranking = self._rankings[key] = ranking_of(
                self.main.session.catalogue, member, self.lang
            )
        return ranking.result(programme_id)

    def show_matrix(self, matrix: CohortMatrix, cohort_id: int | None, name: str) -> None:
        self.matrix, self.cohort_id, self.cohort_name = matrix, cohort_id, name
        self.cohorts.setCurrentIndex(max(0, self.cohorts.findData(cohort_id)))
        self._rankings.clear()
        self.model.set_language(self.lang)
        self.model.set_matrix(matrix, self.outcome)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 220)
        for fixed in (1, 2):
            header.resizeSection(fixed, 84)
        self._fill_programmes()
        self._filter()
        self.who.show_column(None, 0, None, self.lang)
        self.panel_title.setText(self.tr("Click a programme's heading to see who should apply."))
        self._update_title()
        for button in (
            self.export_button,
            self.csv_button,
            self.folder_button,
            self.combined_button,
        ):
            button.setEnabled(True)

    def _fill_programmes(self) -> None:
        combo = self.programme_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All programmes"), None)
        for programme in self.matrix.programmes if self.matrix else []:
            combo.addItem(f"{programme.label} — {programme.name}", programme.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _filter(self) -> None:
        statuses = self.status_filter.currentData()
        self.proxy.set_filters(
            self.programme_filter.currentData(),
            self.kind_filter.currentData(),
            self.confidence_filter.currentData(),
            frozenset(statuses.split()) if statuses else None,
        )
        self._show_totals()

    def _show_totals(self) -> None:
        if self.matrix is None:
            self.totals.setText("")
            return
        shown = self.tr("%1 of %2 start-ups × %3 of %4 programmes shown")
        columns = self.proxy.columnCount() - 3
        self.totals.setText(
            shown.replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(len(self.matrix.members)))
            .replace("%3", str(columns))
            .replace("%4", str(len(self.matrix.programmes)))
        )

    def _update_title(self) -> None:
        name = self.cohort_name or self.tr("No cohort")
        title = self.tr("%1 — Cohort — Startup Scheme Matcher")
        self.setWindowTitle(title.replace("%1", name))

    def _column_clicked(self, section: int) -> None:
        source = self.proxy.mapToSource(self.proxy.index(0, section)).column()
        if source < 0:
            source = section if self.proxy.rowCount() == 0 else source
        programme = self.model.programme_at(source)
        if programme is not None:
            self.show_programme(programme)

    def show_programme(self, programme: int) -> None:
        """The programme's column: who should apply, and what each still has to settle."""
        if self.matrix is None:
            return
        self.who.lang = self.lang
        self.who.show_column(self.matrix, programme, self.outcome, self.lang)
        column = self.matrix.programmes[programme]
        heading = self.tr("Who should apply to %1").replace("%1", column.name)
        self.panel_title.setText(f"{heading}\n{self.model.could_apply_text(programme)}")
        self.who_view.resizeColumnsToContents()
        self.who_view.resizeRowsToContents()

    # -- opening a start-up --------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        self.open_row(int(str(self.proxy.data(index, ROW_ROLE))))

    def _open_who(self, index: QModelIndex) -> None:
        self.open_row(int(str(self.who.data(index, ROW_ROLE))))

    def open_row(self, row: int) -> None:
        """The start-up's consultation in the main window: its saved session when the cohort
        is kept in the store, else its profile as new, unsaved work."""
        if self.matrix is None:
            return
        member = self.matrix.members[row]
        session = self.main.session
        if member.session_id is not None and session.store is not None:
            if not session.maybe_keep_changes() or not session.open_session(member.session_id):
                return
        else:
            if not session.new_session():
                return
            session.profile_loaded.emit(member.profile)
            session.edit(member.profile, member.profile.model_dump(mode="json", exclude_none=True))
        self.main.show()
        self.main.raise_()
        self.main.activateWindow()

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.cohort_label.setText(self.tr("Cohort:"))
        self.cohorts.setAccessibleName(self.tr("Saved cohorts"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export XLSX…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.folder_button.setText(self.tr("Sheets into a Folder…"))
        self.combined_button.setText(self.tr("Sheets as One PDF…"))
        self.table.setAccessibleName(self.tr("Start-ups and programmes"))
        self.who_view.setAccessibleName(self.tr("Who should apply"))
        self._fill_filter(self.kind_filter, self.tr("Any kind of help"), HELP_KIND_LABELS)
        self._fill_filter(self.confidence_filter, self.tr("Any sources"), CONFIDENCE_LABELS)
        self.programme_filter.setAccessibleName(term("programme", self.lang))
        self.kind_filter.setAccessibleName(self.tr("Kind of help"))
        self.status_filter.setAccessibleName(term("status", self.lang))
        self.confidence_filter.setAccessibleName(term("sources", self.lang))
        chosen = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.addItem(self.tr("Could apply now"), "eligible")
        self.status_filter.addItem(self.tr("Eligible or possible"), "eligible possible")
        self.status_filter.addItem(term("possible", self.lang), "possible")
        self.status_filter.addItem(term("ineligible", self.lang), "ineligible")
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(chosen)))
        self.status_filter.blockSignals(False)
        self._fill_programmes()
        self.tasks.retranslate()
        self._update_title()
        self._show_totals()
        if self.matrix is None:
            self.panel_title.setText(
                self.tr("Import a cohort spreadsheet, or choose a saved cohort.")
            )
            for button in (
                self.export_button,
                self.csv_button,
                self.folder_button,
                self.combined_button,
            ):
                button.setEnabled(False)

    def _fill_filter(self, combo: QComboBox, everything: str, labels: dict[str, LocalText]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key in labels:
            combo.addItem(label_in(labels, key, self.lang), key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The main window sets its language just after Qt says it changed.
            QTimer.singleShot(0, self._follow_language)
        super().changeEvent(event)

    def _follow_language(self) -> None:
        if self.lang == self.main.lang:
            self.retranslate()
            return
        self.lang = self.main.lang
        self._rankings.clear()
        self.retranslate()
        self.who.lang = self.lang
        self.who.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.model.set_language(self.lang)
        if self.matrix is not None:
            self.matrix.programmes[:] = programme_columns(self.main.session.catalogue, self.lang)
            self.matrix.lang = self.lang
            self.model.set_matrix(self.matrix, self.outcome)
            self._fill_programmes()

    def _ask_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title, self.main.settings.last_folder())
        return Path(folder) if folder else None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tasks.wait()
        event.accept()
