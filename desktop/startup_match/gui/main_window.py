"""The main window: the profile form beside the ranked results. It lays out its parts and meets
them in `_connect_signals`; the consultation itself lives in the session controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QSplitter, QWidget

from ..core.consultation.compare import MAX_COMPARE, MIN_COMPARE
from ..core.model.langs import Lang
from .catalogue_source import CatalogueSource
from .cohort_menu import CohortCommands
from .dialog_prompts import DialogPrompts
from .menu_actions import Availability, MenuActions
from .printing import SheetPrinting
from .profile_form import ProfileForm
from .prompts import Prompts
from .results_pane import ResultsPane
from .session_controller import SessionController
from .session_library import SessionLibrary
from .settings import AppSettings
from .translations import LANGUAGE_NAMES, Translations

if TYPE_CHECKING:  # loaded after the window is on screen: see SessionController
    from ..core.model.catalogue import Catalogue
    from ..core.model.plan import Suggestion
    from ..core.model.profile import Profile
    from ..core.model.ranking import Ranking
    from ..store.repository import SessionStore


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalogue: Catalogue | CatalogueSource,
        settings: AppSettings,
        store: SessionStore | None,
        store_error: str | None = None,
        lang: Lang = "en",
        translations: Translations | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__()
        self.translations = translations or Translations()
        self.settings = settings
        self.lang: Lang = lang
        self.prompts: Prompts = prompts or DialogPrompts(self, settings)
        self.session = SessionController(catalogue, settings, store, self.prompts, lang, self)
        self._before_change: Profile | None = None  # the profile before a plan's change
        self.library = SessionLibrary(self.session)
        self.printing = SheetPrinting(
            self.session.consultation, lambda: self.lang, self.prompts, settings, self
        )

        self.form = ProfileForm(self)
        self.form.set_language(lang)
        scroll = self.form_scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no blank Tab stop: its fields scroll it
        scroll.setMinimumWidth(self.form.minimumSizeHint().width() + 24)
        self.results = ResultsPane(settings.show_ineligible(), self)
        self.results.set_language(lang)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([scroll.minimumWidth(), 800])
        self.setCentralWidget(self.splitter)
        self.menus = MenuActions(self, lang)
        self.menus.ineligible.setChecked(self.results.show_ineligible.isChecked())
        self.cohorts = CohortCommands(self, self, self.menus.file_menu, self.menus.choose_db)

        self._pane_keys()
        self._connect_signals()
        self._update_title()
        self._restore_layout()
        self._update_actions()
        if store_error:
            heading = self.tr("Session database")
            QTimer.singleShot(0, lambda: self.prompts.show_error(heading, store_error))
        if self.settings.geometry("geometry") is None:
            self.resize(1280, 820)

    def _connect_signals(self) -> None:
        menus, session, library, results = self.menus, self.session, self.library, self.results
        menus.new.triggered.connect(self.new_session)
        menus.open.triggered.connect(session.open_dialog)
        menus.recent_menu.aboutToShow.connect(self._fill_recent)
        menus.save.triggered.connect(lambda: session.save())
        menus.save_as.triggered.connect(session.save_as)
        menus.duplicate.triggered.connect(library.duplicate)
        menus.rename.triggered.connect(library.rename)
        menus.notes.triggered.connect(library.edit_notes)
        menus.delete.triggered.connect(library.delete_session)
        menus.import_json.triggered.connect(library.import_json)
        menus.export_json.triggered.connect(library.export_json)
        menus.choose_db.triggered.connect(library.choose_database)
        menus.connect_server.triggered.connect(library.connect_server)
        menus.preview.triggered.connect(self.printing.preview)
        menus.print.triggered.connect(self.printing.print_sheet)
        menus.export_pdf.triggered.connect(self.printing.export_pdf)
        menus.quit.triggered.connect(self.close)
        menus.find.triggered.connect(results.focus_search)
        # `toggled(bool)` has one signature; `triggered` also has a no-argument one, which PySide
        # picked: setChecked() got nothing, and Ctrl+I and View → Show Ineligible did nothing.
        menus.ineligible.toggled.connect(results.show_ineligible.setChecked)
        results.show_ineligible.toggled.connect(menus.ineligible.setChecked)
        menus.compare.triggered.connect(self.compare)
        menus.plan.triggered.connect(results.show_plan_pane)
        results.plan.apply_requested.connect(self._apply_change)
        results.plan.undo_requested.connect(self._undo_change)
        results.plan.plan_made.connect(session.attach_plan)
        session.ranking_changed.connect(self._make_plan)
        menus.rerank.triggered.connect(session.rerank)
        menus.guide.triggered.connect(self.show_guide)
        menus.about.triggered.connect(self.show_about)
        menus.language_chosen.connect(lambda code: self.change_language(code))

        self.form.edited.connect(self._profile_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused_field)
        results.rerank_requested.connect(session.rerank)
        results.show_ineligible_toggled.connect(self.settings.set_show_ineligible)
        session.profile_loaded.connect(self._load_profile)
        session.ranking_changed.connect(results.show_ranking)
        session.stale_changed.connect(results.show_stale)
        session.state_changed.connect(self._update_actions)
        session.state_changed.connect(self._update_title)
        session.status.connect(self.statusBar().showMessage)
        self.printing.status.connect(self.statusBar().showMessage)

    def _pane_keys(self) -> None:
        """Ctrl+Tab and F6 go to the next pane (form, results, details), with Shift back."""
        self._last_in_form: QWidget = self.form.company_name
        keys = (("Ctrl+Tab", 1), ("F6", 1), ("Ctrl+Shift+Tab", -1), ("Shift+F6", -1))
        for sequence, step in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(lambda s=step: self.next_pane(s))

    def _panes(self) -> list[QWidget]:
        results = self.results
        table = results.table if results.proxy.rowCount() else results.search
        return [self._last_in_form, table, results.details]

    def next_pane(self, step: int) -> None:
        focused = QApplication.focusWidget()
        here = 0
        if focused is not None and self.results.isAncestorOf(focused):
            here = 2 if focused is self.results.details else 1
        panes = self._panes()
        panes[(here + step) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    # -- what the parts say -------------------------------------------------------------------

    def _profile_edited(self) -> None:
        profile, _errors = self.form.read()
        self.results.show_edited(profile is not None)
        self.session.edit(profile, self.form.raw())

    def _make_plan(self, ranking: Ranking | None) -> None:
        shown = self.session.current
        self.results.plan.request(self.session.catalogue, shown.profile, ranking, self.lang)

    def _apply_change(self, suggestion: Suggestion) -> None:
        """One click: the form takes the change, the ranking follows, the programmes it moved
        are highlighted; the profile before is kept for one undo."""
        before = self.session.current.profile
        if before is None:
            return
        self._before_change = before
        self._load_and_rank(before.model_copy(update=suggestion.changes))
        self.results.model.set_changed(frozenset(o.id for o in suggestion.opens))
        self.results.plan.set_undo_available(True)
        names = ", ".join(o.name for o in suggestion.opens)
        self.statusBar().showMessage(self.tr("Applied; now open: %1").replace("%1", names), 8000)

    def _undo_change(self) -> None:
        before, self._before_change = self._before_change, None
        if before is not None:
            self._load_and_rank(before)
        self.results.plan.set_undo_available(False)

    def _load_and_rank(self, profile: Profile) -> None:
        self.form.load(profile)
        self._profile_edited()

    def _load_profile(self, profile: Profile | None) -> None:
        # Another consultation starts at the top: no selection, cursor or scroll from the last.
        self.results.start_over(new=profile is None)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.form.load(profile)

    def _show_focused_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field reached by Alt+letter (or any key) scrolls into view: typing never lands
        unseen below the fold."""
        if new is not None and self.form.isAncestorOf(new):
            self._last_in_form = new
            self.form_scroll.ensureWidgetVisible(new, 16, 48)

    def _update_title(self) -> None:
        name = self.session.current.title or self.tr("Unsaved session")
        marker = " *" if self.session.current.dirty else ""
        self.setWindowTitle(f"{name}{marker} — {self.tr('Startup Scheme Matcher')}")

    def _update_actions(self) -> None:
        session = self.session
        self.menus.update(
            Availability(
                has_store=session.store is not None,
                has_session=session.has_session,
                has_profile=session.current.profile is not None,
                has_ranking=session.consultation() is not None,
            )
        )

    def _fill_recent(self) -> None:
        for action, session_id in self.menus.fill_recent(self.library.recent()):
            action.triggered.connect(lambda _c=False, i=session_id: self.library.open_recent(i))

    # -- commands that meet two parts ---------------------------------------------------------

    def new_session(self) -> None:
        if self.session.new_session():
            self.form.company_name.setFocus()

    def compare(self) -> None:
        ranking = self.session.current.ranking
        if ranking is None:
            return
        # The selection, else the last comparison, else the top of the ranking.
        chosen = self.results.selected_ids()[:MAX_COMPARE]
        if len(chosen) < MIN_COMPARE:
            chosen = self.session.current.comparison or [
                o.id for o in ranking.results[:MIN_COMPARE]
            ]
        from .compare_dialog import CompareDialog  # pydantic's ranking model: after the paint

        dialog = CompareDialog(ranking, chosen, self.lang, self)
        self.prompts.run_dialog(dialog)
        self.session.set_comparison(dialog.chosen())

    def show_guide(self) -> None:
        from .help import show_guide  # like the dialogs: loaded when first asked for

        show_guide(self)

    def show_about(self) -> None:
        from .help import show_about

        show_about(self, self.session.catalogue, self.lang)

    def change_language(self, lang: Lang) -> None:
        """Switch at once, no restart, and remember the choice."""
        if not self.translations.switch(lang) and lang != "en":
            message = self.tr(
                "Translations for %1 are unavailable; texts stay in English where missing."
            )
            self.statusBar().showMessage(message.replace("%1", LANGUAGE_NAMES[lang]), 6000)
        # Qt posts LanguageChange; deliver it now so every label has switched when we return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.settings.set_language(lang)
        self.menus.languages[lang].setChecked(True)
        self.lang = lang
        self.form.set_language(lang)
        self.results.set_language(lang)
        self.session.set_language(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_title()
        super().changeEvent(event)

    # -- start and close ----------------------------------------------------------------------

    def attach_store(self, store: SessionStore | None, error: str | None) -> None:
        self.session.attach_store(store, error)

    def restore_last(self) -> None:
        self.session.restore_last()

    def _restore_layout(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("splitter", self.splitter.restoreState),
            ("right", self.results.restoreState),
        ):
            value = self.settings.geometry(key)
            if value is not None:
                restore(value)

    def _save_layout(self) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        self.settings.set_geometry("state", self.saveState())
        self.settings.set_geometry("splitter", self.splitter.saveState())
        self.settings.set_geometry("right", self.results.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.close():
            event.ignore()
            return
        self._save_layout()
        self.settings.qt.sync()
        event.accept()
