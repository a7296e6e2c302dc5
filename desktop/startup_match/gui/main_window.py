"""The main window: profile form beside live ranked results, with sessions, compare and print."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import Catalogue
from ..core.changes import describe_change, status_changes
from ..core.clock import default_title
from ..core.compare import MAX_COMPARE, MIN_COMPARE
from ..core.engine import rank
from ..core.files import UserFileError, write_atomically
from ..core.labels import HELP_KIND_LABELS, label_in
from ..core.profile import Profile
from ..core.ranking import Ranking
from ..core.text import LANGS, Lang
from ..report.render import ReportError, setup_a4
from ..report.sheet import export_sheet_pdf, paint_sheet
from ..report.sheet_html import SheetInput
from ..store.errors import SessionNotFound, StoreError

if TYPE_CHECKING:  # the store (SQLAlchemy, Alembic) loads after the window is on screen
    from ..store.repository import SavedSession, SessionStore
from . import messages
from .compare_dialog import CompareDialog
from .delegates import ScoreBarDelegate, StatusBadgeDelegate
from .details_pane import DetailsPane
from .help import show_about, show_guide
from .profile_form import ProfileForm
from .results_model import ID_ROLE, ResultsFilter, ResultsModel
from .sessions_dialog import OpenSessionDialog
from .settings import AppSettings
from .translations import LANGUAGE_NAMES, Translations

AUTOSAVE_MS = 1500
BANNER_STYLE = "background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px; padding: 4px;"


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalogue: Catalogue,
        settings: AppSettings,
        store: SessionStore | None,
        store_error: str | None = None,
        lang: Lang = "en",
        translations: Translations | None = None,
    ) -> None:
        super().__init__()
        self.translations = translations or Translations()
        self.catalogue = catalogue
        self.settings = settings
        self.store = store
        self.lang: Lang = lang
        self.session_id: int | None = None
        self.session_title: str | None = None
        self.notes = ""
        self.comparison: list[str] = []
        self.profile: Profile | None = None
        self.ranking: Ranking | None = None
        self.dirty = False
        self.stale = False
        self._save_failing = False

        self.form = ProfileForm(self)
        self.form.set_language(lang)
        scroll = self.form_scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.form.minimumSizeHint().width() + 24)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.search.clear)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter.setMinimumContentsLength(8)
        self.kind_filter.addItem("", None)
        for kind in HELP_KIND_LABELS:
            self.kind_filter.addItem(kind, kind)
        self.show_ineligible = QCheckBox(self)
        self.show_ineligible.setChecked(settings.show_ineligible())
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

        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_show_ineligible(self.show_ineligible.isChecked())
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setItemDelegateForColumn(ResultsModel.STATUS, StatusBadgeDelegate(self.table))
        self.table.setItemDelegateForColumn(ResultsModel.SCORE, ScoreBarDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ResultsModel.PROGRAMME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ResultsModel.HEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ResultsModel.CONFIDENCE, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(ResultsModel.GROUP, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (
            (ResultsModel.RANK, 36),
            (ResultsModel.STATUS, 110),
            (ResultsModel.SCORE, 130),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, width)
        self.details = DetailsPane(self)

        filters = QHBoxLayout()
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_filter)
        narrowing = QHBoxLayout()  # a row of its own, so the window still fits 800 px screens
        narrowing.addWidget(self.show_ineligible)
        narrowing.addStretch(1)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(filters)
        results_layout.addLayout(narrowing)
        results_layout.addWidget(self.stale_banner)
        results_layout.addWidget(self.invalid_label)
        results_layout.addWidget(self.start_hint)
        results_layout.addWidget(self.table, 1)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(results)
        self.right.addWidget(self.details)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([scroll.minimumWidth(), 800])
        self.setCentralWidget(self.splitter)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)

        self._build_actions()
        self._build_menus()
        self.form.edited.connect(self.on_profile_edited)
        self.search.textChanged.connect(self._search_changed)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.show_ineligible.toggled.connect(self._toggle_ineligible)
        self.rerank_button.clicked.connect(self.rerank)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.retranslate()
        self._restore_layout()
        self._update_actions()
        if store_error:
            QTimer.singleShot(0, lambda: self.show_error(self.tr("Session database"), store_error))
        if self.settings.geometry("geometry") is None:
            self.resize(1280, 820)

    # -- building ------------------------------------------------------------------------------

    def _action(self, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.act_new = self._action(QKeySequence(keys.New), self.new_session)
        self.act_open = self._action(QKeySequence(keys.Open), self.open_dialog)
        self.act_save = self._action(QKeySequence(keys.Save), self.save)
        self.act_save_as = self._action("Ctrl+Shift+S", self.save_as)
        self.act_duplicate = self._action("Ctrl+D", self.duplicate)
        self.act_rename = self._action("F2", self.rename)
        self.act_delete = self._action(None, self.delete_session)
        self.act_export_json = self._action(None, self.export_session_json)
        self.act_import_json = self._action(None, self.import_session_json)
        self.act_choose_db = self._action(None, self.choose_database)
        self.act_preview = self._action("Ctrl+Shift+P", self.print_preview)
        self.act_print = self._action(QKeySequence(keys.Print), self.print_sheet)
        self.act_export_pdf = self._action("Ctrl+E", self.export_pdf)
        self.act_quit = self._action(
            "Ctrl+Q", self.close
        )  # StandardKey.Quit is empty on some platforms
        self.act_compare = self._action("Ctrl+M", self.compare)
        self.act_find = self._action(QKeySequence(keys.Find), self._focus_search)
        self.act_ineligible = self._action("Ctrl+I", lambda: None)
        self.act_rerank = self._action("Ctrl+R", self.rerank)
        self.act_notes = self._action(None, self.edit_notes)
        self.act_guide = self._action(QKeySequence(keys.HelpContents), lambda: show_guide(self))
        self.act_about = self._action(None, lambda: show_about(self, self.catalogue, self.lang))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for item in (
            self.act_new,
            self.act_open,
            self.recent_menu,
            None,
            self.act_save,
            self.act_save_as,
            self.act_duplicate,
            self.act_rename,
            self.act_notes,
            self.act_delete,
            None,
            self.act_import_json,
            self.act_export_json,
            self.act_choose_db,
            None,
            self.act_preview,
            self.act_print,
            self.act_export_pdf,
            None,
            self.act_quit,
        ):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(item)
        self.view_menu = bar.addMenu("")
        self.act_ineligible.setCheckable(True)
        self.act_ineligible.setChecked(self.show_ineligible.isChecked())
        self.show_ineligible.toggled.connect(self.act_ineligible.setChecked)
        # `toggled(bool)` has one signature; `triggered` also has a no-argument one, which PySide
        # picked: setChecked() got nothing, and Ctrl+I and View → Show Ineligible did nothing.
        self.act_ineligible.triggered.disconnect()
        self.act_ineligible.toggled.connect(self.show_ineligible.setChecked)
        for action in (self.act_find, self.act_ineligible, self.act_compare, self.act_rerank):
            self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[Lang, QAction] = {}
        for code in LANGS:
            # Each language is named in itself, so anyone can find their own.
            action = QAction(LANGUAGE_NAMES[code], self.language_group)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_guide)
        self.help_menu.addAction(self.act_about)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        texts = {
            self.act_new: self.tr("&New Session"),
            self.act_open: self.tr("&Open Session…"),
            self.act_save: self.tr("&Save"),
            self.act_save_as: self.tr("Save &As…"),
            self.act_duplicate: self.tr("D&uplicate"),
            self.act_rename: self.tr("Rena&me…"),
            self.act_notes: self.tr("Session No&tes…"),
            self.act_delete: self.tr("De&lete Session…"),
            self.act_import_json: self.tr("&Import Session from JSON…"),
            self.act_export_json: self.tr("E&xport Session to JSON…"),
            self.act_choose_db: self.tr("Choose Session &Database…"),
            self.act_preview: self.tr("Print Pre&view…"),
            self.act_print: self.tr("&Print…"),
            self.act_export_pdf: self.tr("Export &PDF…"),
            self.act_quit: self.tr("&Quit"),
            self.act_compare: self.tr("&Compare Selected…"),
            self.act_find: self.tr("&Find Programme"),
            self.act_ineligible: self.tr("Show &Ineligible"),
            self.act_rerank: self.tr("&Re-rank with Current Catalogue"),
            self.act_guide: self.tr("&Guide"),
            self.act_about: self.tr("&About"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.search_label.setText(self.tr("Fin&d:"))
        self.search.setPlaceholderText(self.tr("Search programmes"))
        self.search.setAccessibleName(self.tr("Search programmes"))
        self.show_ineligible.setText(self.tr("Show i&neligible"))
        self.kind_filter.setAccessibleName(self.tr("Kind of help"))
        self.kind_filter.setToolTip(self.tr("Show only programmes that give this kind of help"))
        self._relabel_kinds()
        self.show_ineligible.setAccessibleName(self.tr("Show ineligible programmes"))
        self.table.setAccessibleName(self.tr("Ranked programmes"))
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
        self._update_title()

    # -- layout memory ---------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("splitter", self.splitter.restoreState),
            ("right", self.right.restoreState),
        ):
            value = self.settings.geometry(key)
            if value is not None:
                restore(value)

    def _save_layout(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("state", self.saveState())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.set_geometry("right", self.right.saveState())

    # -- ranking ------------------------------------------------------------------------------

    def on_profile_edited(self) -> None:
        self.start_hint.hide()
        self.stale = False
        self.stale_banner.hide()
        profile, _errors = self.form.read()
        self.profile = profile
        if profile is None:
            self.ranking = None
            self.model.set_ranking(None, self.lang)
            self.details.show_outcome(None, self.lang)
            self.invalid_label.show()
        else:
            self.invalid_label.hide()
            self._show_ranking(rank(self.catalogue, profile, self.lang))
        if self.session_id is None:
            self.settings.set_draft(self.form.raw())
        self._update_actions()
        self._mark_changed()  # autosave skips a profile that does not validate

    def _show_ranking(self, ranking: Ranking) -> None:
        selected = self.selected_ids()
        self.ranking = ranking
        self.model.set_ranking(ranking, self.lang)
        self.select_programmes(selected[:1])

    def rerank(self) -> None:
        if self.profile is None:
            return
        self.stale = False
        self.stale_banner.hide()
        self._show_ranking(rank(self.catalogue, self.profile, self.lang))
        if self.session_id is not None:
            self._mark_changed()
        else:
            self._update_title()

    def change_language(self, lang: Lang) -> None:
        """Switch at once, no restart, and remember the choice."""
        if not self.translations.switch(lang) and lang != "en":
            self.statusBar().showMessage(
                self.tr(
                    "Translations for %1 are unavailable; texts stay in English where missing."
                ).replace("%1", LANGUAGE_NAMES[lang]),
                6000,
            )
        # Qt posts LanguageChange; deliver it now so every label has switched when we return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.settings.set_language(lang)
        self.language_actions[lang].setChecked(True)
        self.set_language(lang)

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        self.form.set_language(lang)
        self._relabel_kinds()
        if self.ranking is None:
            return
        if self.profile is not None and not self.stale:
            self._show_ranking(rank(self.catalogue, self.profile, lang))
        else:
            self._show_ranking(self.ranking)  # a stale snapshot keeps its text; relabel only

    # -- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [str(self.proxy.data(index, ID_ROLE)) for index in rows]

    def select_programmes(self, ids: list[str]) -> None:
        """Select these programmes (first one current); the top row when none is shown."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        found = False
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) in ids:
                flags = (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                if not found:
                    selection.setCurrentIndex(index, flags)
                    self.table.scrollTo(index)
                else:
                    selection.select(index, flags)
                found = True
        if not found and self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def _select_first_if_none(self) -> None:
        if self.proxy.rowCount() and not self.selected_ids():
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        current: QModelIndex = self.table.currentIndex()
        ids = self.selected_ids()
        outcome = None
        if self.ranking is not None and ids:
            wanted = str(self.proxy.data(current, ID_ROLE)) if current.isValid() else ids[0]
            outcome = self.ranking.result(wanted if wanted in ids else ids[0])
        self.details.show_outcome(outcome, self.lang)
        self._update_actions()

    def _toggle_ineligible(self, show: bool) -> None:
        self.proxy.set_show_ineligible(show)
        self.settings.set_show_ineligible(show)
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

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- sessions -----------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.session_title or self.tr("Unsaved session")
        marker = " *" if self.dirty else ""
        app_name = self.tr("Startup Scheme Matcher")
        self.setWindowTitle(f"{name}{marker} — {app_name}")

    def _update_actions(self) -> None:
        has_store = self.store is not None
        has_session = has_store and self.session_id is not None
        has_ranking = self.ranking is not None and self.profile is not None
        self.act_open.setEnabled(has_store)
        self.act_save.setEnabled(has_store and self.profile is not None)
        self.act_save_as.setEnabled(has_store and self.profile is not None)
        self.act_import_json.setEnabled(has_store)
        for action in (self.act_duplicate, self.act_rename, self.act_delete, self.act_export_json):
            action.setEnabled(has_session)
        for action in (self.act_preview, self.act_print, self.act_export_pdf, self.act_compare):
            action.setEnabled(has_ranking)
        self.act_rerank.setEnabled(self.profile is not None)

    def show_error(self, title: str, message: str) -> None:
        messages.error(self, title, message)

    def ask_text(self, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, default)
        return text if ok else None

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return messages.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This session has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def ask_confirm(self, title: str, question: str) -> bool:
        # Plain text: the question quotes the session's title, which the user typed.
        return messages.question(self, title, question) == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        folder = Path(self.settings.last_folder())
        name, _ = QFileDialog.getSaveFileName(self, title, str(folder / suggested), filters)
        return Path(name) if name else None

    def ask_open_path(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, self.settings.last_folder(), filters)
        return Path(name) if name else None

    def ask_session_id(self) -> int | None:
        assert self.store is not None
        dialog = OpenSessionDialog(self.store, self)
        if dialog.exec() == OpenSessionDialog.DialogCode.Accepted:
            return dialog.selected_id()
        return None

    def maybe_keep_changes(self) -> bool:
        """Before the current session is replaced: True when it is safe to go on."""
        self.autosave_timer.stop()
        if not self.dirty:
            return True
        if self.session_id is not None and self.profile is not None and self.save():
            return True
        # Unsaved new work, or a save that just failed: the user decides, so a broken
        # database can never trap them in the window.
        if self.session_id is None and not self.form.company_name.text().strip():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            # The crash-recovery draft holds the discarded work: without this it came back at
            # the next start ("Recovered the unsaved profile…").
            self.settings.set_draft(None)
            self.dirty = False
            return True
        return False

    def _mark_changed(self) -> None:
        """The window now differs from what is saved; a saved session autosaves shortly."""
        self.dirty = True
        if self.session_id is not None:
            self.autosave_timer.start()
        self._update_title()

    def _became_current(self, session: SavedSession) -> None:
        """The window now shows `session`, saved as is: no draft, remembered as recent and last."""
        self.session_id = session.id
        self.session_title = session.title
        self.dirty = False
        self.settings.set_draft(None)
        self.settings.push_recent(session.id)
        self.settings.set_last_session(session.id)
        self._update_actions()
        self._update_title()

    def _show_status_changes(self, session: SavedSession) -> None:
        """List, under the stale banner, which programmes a re-rank would change."""
        if not self.stale:
            self.stale_changes.clear()
            return
        current = rank(self.catalogue, session.profile, self.lang)
        lines = [
            describe_change(change, self.catalogue, self.lang)
            for change in status_changes(session.ranking, current)
        ]
        self.stale_changes.setText("\n".join(lines) if lines else self.tr("No status changes."))

    def _load_into_form(self, session: SavedSession) -> None:
        # Another consultation starts at the top: no selection, cursor or scroll from the last.
        self.table.clearSelection()
        self.table.scrollToTop()
        self.form_scroll.verticalScrollBar().setValue(0)
        self.notes = session.notes
        self.comparison = session.compared()
        self.profile = session.profile
        self.form.load(session.profile)
        self.invalid_label.hide()
        self.start_hint.hide()
        self.stale = session.is_stale(self.catalogue)
        self.stale_banner.setVisible(self.stale)
        self._show_status_changes(session)
        self._show_ranking(session.ranking_for(self.catalogue, self.lang))
        self._became_current(session)

    def new_session(self) -> None:
        if not self.maybe_keep_changes():
            return
        self.session_id = None
        self.session_title = None
        self.notes = ""
        self.comparison = []
        self.profile = None
        self.ranking = None
        self.stale = False
        self.stale_banner.hide()
        self.invalid_label.hide()
        self.form.load(None)
        self.model.set_ranking(None, self.lang)
        self.details.show_outcome(None, self.lang)
        self.start_hint.show()
        self.dirty = False
        self.settings.set_draft(None)
        self.settings.set_last_session(None)
        self._update_actions()
        self._update_title()
        self.form.company_name.setFocus()

    def open_dialog(self) -> None:
        if self.store is None or not self.maybe_keep_changes():
            return
        session_id = self.ask_session_id()
        if session_id is not None:
            self.open_session(session_id)

    def open_session(self, session_id: int) -> bool:
        if self.store is None:
            return False
        try:
            session = self.store.get(session_id)
        except SessionNotFound:
            self.settings.forget_recent(session_id)
            self.show_error(self.tr("Open session"), self.tr("That session no longer exists."))
            return False
        except StoreError as error:
            self.show_error(self.tr("Open session"), str(error))
            return False
        self._load_into_form(session)
        self.statusBar().showMessage(self.tr("Opened “%1”").replace("%1", session.title), 4000)
        return True

    def save(self, quietly: bool = False) -> bool:
        """Save the current session. `quietly` (autosave) reports a failure once per streak."""
        if self.store is None or self.profile is None or self.ranking is None:
            return False
        if self.session_id is None:
            return self.save_as()
        self.autosave_timer.stop()
        try:
            self.store.save(
                self.session_id, self.profile, self.ranking, self.notes, self.comparison
            )
        except StoreError as error:
            if not (quietly and self._save_failing):
                self.show_error(self.tr("Save session"), str(error))
            self._save_failing = True
            self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", str(error)))
            return False
        self._save_failing = False
        self.dirty = False
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved"), 3000)
        return True

    def save_as(self) -> bool:
        if self.store is None or self.profile is None or self.ranking is None:
            return False
        default = self.session_title or default_title(self.profile.company_name)
        title = self.ask_text(self.tr("Save session as"), self.tr("Session title:"), default)
        if title is None:
            return False
        if not title.strip():
            self.show_error(self.tr("Save session as"), self.tr("The title must not be blank."))
            return False
        try:
            session = self.store.create(
                self.profile, self.ranking, title, self.notes, self.comparison
            )
        except StoreError as error:
            self.show_error(self.tr("Save session as"), str(error))
            return False
        self._became_current(session)
        self.statusBar().showMessage(self.tr("Saved as “%1”").replace("%1", session.title), 4000)
        return True

    def autosave(self) -> None:
        if self.session_id is None or self.profile is None or not self.dirty:
            return
        if self.save(quietly=True):
            self.statusBar().showMessage(self.tr("Autosaved"), 2000)

    def duplicate(self) -> None:
        if self.store is None or self.session_id is None or not self.maybe_keep_changes():
            return
        try:
            copy = self.store.duplicate(self.session_id)
        except StoreError as error:
            self.show_error(self.tr("Duplicate session"), str(error))
            return
        self._load_into_form(copy)

    def rename(self) -> None:
        if self.store is None or self.session_id is None:
            return
        title = self.ask_text(
            self.tr("Rename session"), self.tr("Session title:"), self.session_title or ""
        )
        if title is None:
            return
        try:
            session = self.store.rename(self.session_id, title)
        except StoreError as error:
            self.show_error(self.tr("Rename session"), str(error))
            return
        self.session_title = session.title
        self._update_title()

    def edit_notes(self) -> None:
        from .notes_dialog import ask_notes

        notes = ask_notes(self, self.notes)
        if notes is not None and notes != self.notes:
            self.notes = notes
            self._mark_changed()

    def delete_session(self) -> None:
        if self.store is None or self.session_id is None:
            return
        question = self.tr("Delete “%1” for good? This cannot be undone.").replace(
            "%1", self.session_title or ""
        )
        if not self.ask_confirm(self.tr("Delete session"), question):
            return
        try:
            self.store.delete(self.session_id)
        except StoreError as error:
            self.show_error(self.tr("Delete session"), str(error))
            return
        self.settings.forget_recent(self.session_id)
        self.dirty = False
        self.session_id = None
        self.new_session()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        if self.store is None:
            return
        for session_id in self.settings.recent_sessions():
            try:
                title = self.store.get(session_id).title
            except StoreError:
                continue
            action = self.recent_menu.addAction(title.replace("&", "&&"))  # no stray mnemonic
            action.triggered.connect(lambda _checked=False, i=session_id: self._open_recent(i))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent sessions")).setEnabled(False)

    def _open_recent(self, session_id: int) -> None:
        if self.maybe_keep_changes():
            self.open_session(session_id)

    def export_session_json(self) -> None:
        if self.store is None or self.session_id is None or not self.maybe_keep_changes():
            return
        path = self.ask_save_path(
            self.tr("Export session"), f"{self.session_title or 'session'}.json", "JSON (*.json)"
        )
        if path is None:
            return
        if self.store.owns_file(path):
            self.show_error(
                self.tr("Export session"),
                self.tr("%1 is the session database itself; choose another file name.").replace(
                    "%1", str(path)
                ),
            )
            return
        try:
            data = (self.store.export_json(self.session_id) + "\n").encode("utf-8")
            write_atomically(path, data)  # the file dialog has already asked about replacing
        except (UserFileError, StoreError) as error:
            self.show_error(self.tr("Export session"), str(error))
            return
        self.settings.set_last_folder(path.parent)
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 4000)

    def import_session_json(self) -> None:
        if self.store is None or not self.maybe_keep_changes():
            return
        path = self.ask_open_path(self.tr("Import session"), "JSON (*.json)")
        if path is None:
            return
        try:
            session = self.store.import_json(path.read_text(encoding="utf-8"), origin=str(path))
        except (OSError, UnicodeDecodeError) as error:
            self.show_error(self.tr("Import session"), f"{path}: {error}")
            return
        except StoreError as error:
            self.show_error(self.tr("Import session"), str(error))
            return
        self.settings.set_last_folder(path.parent)
        self._load_into_form(session)

    def choose_database(self) -> None:
        if not self.maybe_keep_changes():
            return
        path = self.ask_save_path(
            self.tr("Choose session database"), "sessions.db", "SQLite (*.db *.sqlite)"
        )
        if path is None:
            return
        from ..store.repository import SessionStore

        try:
            store = SessionStore(path)
        except StoreError as error:
            self.show_error(self.tr("Session database"), str(error))
            return
        if self.store is not None:
            self.store.close()
        self.store = store
        self.settings.set_database_path(path)
        self.dirty = False  # the user already chose what to keep, before the file dialog
        self.new_session()
        self.statusBar().showMessage(self.tr("Using %1").replace("%1", str(path)), 4000)

    # -- compare and print --------------------------------------------------------------------

    def compare(self) -> None:
        if self.ranking is None:
            return
        chosen = self.selected_ids()[:MAX_COMPARE]
        if len(chosen) < MIN_COMPARE:
            chosen = self.comparison or [o.id for o in self.ranking.results[:MIN_COMPARE]]
        dialog = CompareDialog(self.ranking, chosen, self.lang, self)
        self.run_dialog(dialog)
        picked = dialog.chosen()
        if len(picked) >= MIN_COMPARE and picked != self.comparison:
            self.comparison = picked
            self._mark_changed()

    def sheet_input(self) -> SheetInput | None:
        if self.profile is None or self.ranking is None:
            return None
        return SheetInput(
            profile=self.profile,
            ranking=self.ranking,
            title=self.session_title,
            comparison=self.comparison,
            notes=self.notes,
            prepared=date.today(),
        )

    def _paint_sheet(self, printer: QPrinter) -> None:
        sheet = self.sheet_input()
        if sheet is None:
            return
        paint_sheet(sheet, printer, self.lang)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_a4(printer)
        return printer

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this to drive it without blocking)."""
        return dialog.exec()

    def print_preview(self) -> None:
        if self.sheet_input() is None:
            return
        # The dialog only points at the printer: keep it referenced while the dialog lives,
        # or Python frees it and the preview paints into freed memory.
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self._paint_sheet)
        dialog.resize(900, 1000)
        self.run_dialog(dialog)
        del dialog, printer

    def print_sheet(self) -> None:
        if self.sheet_input() is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._paint_sheet(printer)

    def export_pdf(self) -> None:
        sheet = self.sheet_input()
        if sheet is None:
            return
        safe = "".join(
            ch if ch.isalnum() or ch in " -_" else "_" for ch in sheet.profile.company_name
        )
        path = self.ask_save_path(
            self.tr("Export PDF"), f"{safe.strip() or 'sheet'} - programmes.pdf", "PDF (*.pdf)"
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = export_sheet_pdf(sheet, path, self.lang)
        except ReportError as error:
            self.show_error(self.tr("Export PDF"), str(error))
            return
        self.settings.set_last_folder(path.parent)
        self.statusBar().showMessage(
            self.tr("Wrote %1 (%2 pages)").replace("%1", str(path)).replace("%2", str(pages)), 5000
        )

    # -- start and close ----------------------------------------------------------------------

    def attach_store(self, store: SessionStore | None, error: str | None) -> None:
        """Sessions switched on once the store has opened (after the first paint)."""
        self.store = store
        self._update_actions()
        if error:
            self.show_error(self.tr("Session database"), error)

    def restore_last(self) -> None:
        """Reopen the last session, or recover an unsaved draft after a crash."""
        last = self.settings.last_session()
        if last is not None and self.store is not None:
            try:
                self._load_into_form(self.store.get(last))
                return
            except StoreError:
                self.settings.set_last_session(None)
        draft = self.settings.draft()
        if draft:
            try:
                profile = Profile.model_validate(draft)
            except ValueError:
                self.settings.set_draft(None)
                return
            self.form.load(profile)
            self.on_profile_edited()
            self.statusBar().showMessage(
                self.tr("Recovered the unsaved profile from last time"), 6000
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self._save_layout()
        self.settings.qt.sync()
        if self.store is not None:
            self.store.close()
        event.accept()
