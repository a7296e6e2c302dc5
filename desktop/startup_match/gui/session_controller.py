"""The open consultation and its life: ranking on every edit, saving, autosave, the crash draft,
recent sessions, import and export. No widgets: the window shows what the signals say, and the
user is asked through the prompts it was given."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.clock import default_title
from ..core.compare import MIN_COMPARE
from ..core.langs import Lang
from ..store.errors import SessionConflict, SessionNotFound, StoreError
from .catalogue_source import CatalogueSource, catalogue_source
from .lazy_core import checked_profile, consultation_of, rank, rerank_changes
from .prompts import Prompts, Unsaved
from .session_conflicts import ConflictResolver
from .settings import AppSettings

if TYPE_CHECKING:
    # Loaded after the window is on screen: the store (SQLAlchemy, Alembic), and the core's
    # pydantic side, which this calls through lazy_core.
    from ..core.catalogue import Catalogue
    from ..core.consultation import Consultation
    from ..core.profile import Profile
    from ..core.ranking import Ranking
    from ..store.repository import SavedSession, SessionStore

AUTOSAVE_MS = 1500


class SessionController(QObject):
    """Holds the consultation on screen and whether it is saved."""

    profile_loaded = Signal(object)  # Profile | None: put it in the form (None: a new session)
    ranking_changed = Signal(object)  # Ranking | None
    stale_changed = Signal(bool, str)  # shown as saved, not re-ranked; the changes a re-rank makes
    state_changed = Signal()  # title, unsaved marker or what can be done changed
    status = Signal(str, int)  # a passing message and how long to show it (ms)

    def __init__(
        self,
        catalogue: Catalogue | CatalogueSource,
        settings: AppSettings,
        store: SessionStore | None,
        prompts: Prompts,
        lang: Lang = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue_source(catalogue)
        self.settings = settings
        self.store = store
        self.prompts = prompts
        self.lang: Lang = lang
        self.session_id: int | None = None
        self.title: str | None = None
        self.notes = ""
        self.comparison: list[str] = []
        self.profile: Profile | None = None
        self.ranking: Ranking | None = None
        self.dirty = False
        self.stale = False
        self.version: int | None = None  # of the open session as loaded or last saved here
        self._raw: dict[str, Any] = {}  # the form as typed, kept as a draft when a save fails
        self._company_typed = False
        self._save_failing = False
        self._conflicts = ConflictResolver(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)

    # -- what the window asks -----------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue()

    @property
    def has_session(self) -> bool:
        return self.store is not None and self.session_id is not None

    def consultation(self) -> Consultation | None:
        if self.profile is None or self.ranking is None:
            return None
        return consultation_of(
            self.profile, self.ranking, self.title or "", self.notes, self.comparison
        )

    # -- ranking ------------------------------------------------------------------------------

    def edit(self, profile: Profile | None, raw: dict[str, Any]) -> None:
        """The form changed: `profile` is None while a field is invalid."""
        self._company_typed = bool(str(raw.get("company_name") or "").strip())
        self._raw = raw
        self._conflicts.asked = False
        self._set_stale(False, "")
        self.profile = profile
        self._set_ranking(None if profile is None else rank(self.catalogue, profile, self.lang))
        if self.session_id is None:
            self.settings.set_draft(raw)
        self._mark_changed()  # autosave skips a profile that does not validate

    def rerank(self) -> None:
        if self.profile is None:
            return
        self._set_stale(False, "")
        self._set_ranking(rank(self.catalogue, self.profile, self.lang))
        if self.session_id is not None:
            self._mark_changed()
        else:
            self.state_changed.emit()

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        if self.ranking is None:
            return
        if self.profile is not None and not self.stale:
            self._set_ranking(rank(self.catalogue, self.profile, lang))
        else:
            self._set_ranking(self.ranking)  # a stale snapshot keeps its text; relabel only

    def set_comparison(self, picked: list[str]) -> None:
        if len(picked) >= MIN_COMPARE and picked != self.comparison:
            self.comparison = picked
            self._mark_changed()

    def set_notes(self, notes: str) -> None:
        if notes != self.notes:
            self.notes = notes
            self._mark_changed()

    def _set_ranking(self, ranking: Ranking | None) -> None:
        self.ranking = ranking
        self.ranking_changed.emit(ranking)

    def _set_stale(self, stale: bool, changes: str) -> None:
        self.stale = stale
        self.stale_changed.emit(stale, changes)

    # -- saved or not -------------------------------------------------------------------------

    def _mark_changed(self) -> None:
        """What is shown now differs from what is saved; a saved session autosaves shortly."""
        self.dirty = True
        if self.session_id is not None:
            self.autosave_timer.start()
        self.state_changed.emit()

    def maybe_keep_changes(self) -> bool:
        """Before the current session is replaced: True when it is safe to go on."""
        self.autosave_timer.stop()
        if not self.dirty:
            return True
        if self.session_id is not None and self.profile is not None and self.save():
            return True
        # Unsaved new work, or a save that just failed: the user decides, so a broken
        # database can never trap them in the window.
        if self.session_id is None and not self._company_typed:
            return True
        answer = self.prompts.ask_unsaved()
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            # The crash-recovery draft holds the discarded work: without this it came back at
            # the next start ("Recovered the unsaved profile…").
            self.settings.set_draft(None)
            self.dirty = False
            return True
        return False

    def became_current(self, session: SavedSession) -> None:
        """`session` is shown, saved as is: no draft, remembered as recent and last."""
        self.session_id = session.id
        self.title = session.title
        self.version = session.version
        self.dirty = False
        self.settings.set_draft(None)
        self.settings.push_recent(session.id)
        self.settings.set_last_session(session.id)
        self.state_changed.emit()

    def show_session(self, session: SavedSession) -> None:
        self.notes = session.notes
        self.comparison = session.compared()
        self.profile = session.profile
        self._raw = session.profile.model_dump(mode="json", exclude_none=True)
        self._company_typed = True
        self.profile_loaded.emit(session.profile)
        stale = session.is_stale(self.catalogue)
        self._set_stale(stale, rerank_changes(session, self.catalogue, self.lang) if stale else "")
        self._set_ranking(session.ranking_for(self.catalogue, self.lang))
        self.became_current(session)

    # -- session commands ---------------------------------------------------------------------

    def new_session(self) -> bool:
        if not self.maybe_keep_changes():
            return False
        self.session_id = self.version = None
        self.title = None
        self.notes = ""
        self.comparison = []
        self.profile = None
        self._company_typed = False
        self._set_stale(False, "")
        self.profile_loaded.emit(None)
        self._set_ranking(None)
        self.dirty = False
        self.settings.set_draft(None)
        self.settings.set_last_session(None)
        self.state_changed.emit()
        return True

    def open_dialog(self) -> None:
        if self.store is None or not self.maybe_keep_changes():
            return
        session_id = self.prompts.ask_session_id(self.store)
        if session_id is not None:
            self.open_session(session_id)

    def open_session(self, session_id: int) -> bool:
        if self.store is None:
            return False
        try:
            session = self.store.get(session_id)
        except SessionNotFound:
            self.settings.forget_recent(session_id)
            self.prompts.show_error(
                self.tr("Open session"), self.tr("That session no longer exists.")
            )
            return False
        except StoreError as error:
            self.prompts.show_error(self.tr("Open session"), str(error))
            return False
        self.show_session(session)
        self.status.emit(self.tr("Opened “%1”").replace("%1", session.title), 4000)
        return True

    def save(self, quietly: bool = False) -> bool:
        """Save the current session. `quietly` (autosave) reports a failure once per streak.
        A session a colleague saved since it was opened here is never overwritten."""
        consultation = self.consultation()
        if self.store is None or consultation is None:
            return False
        if self.session_id is None:
            return self.save_as()
        self.autosave_timer.stop()
        heading = self.tr("Save session")
        try:
            saved = self.store.save(self.session_id, consultation, self.version)
        except SessionConflict as conflict:
            self._keep_draft()
            return self._conflicts.resolve(conflict, quietly)
        except SessionNotFound:
            self._keep_draft()
            gone = self.tr("This session was deleted, perhaps by a colleague. Your edits are kept:")
            self.prompts.show_error(heading, gone + " " + self.tr("use Save As to keep them."))
            self.session_id = self.version = None
            self.state_changed.emit()
            return False
        except StoreError as error:
            self._keep_draft()
            if not (quietly and self._save_failing):
                self.prompts.show_error(heading, str(error))
            self._save_failing = True
            self.status.emit(self.tr("Not saved: %1").replace("%1", str(error)), 0)
            return False
        self._save_failing = False
        self.version = saved.version
        self.dirty = False
        self.settings.set_draft(None)
        self.state_changed.emit()
        self.status.emit(self.tr("Saved"), 3000)
        return True

    def _keep_draft(self) -> None:
        """Unsaved edits survive a crash and a lost connection: kept in the settings."""
        self.settings.set_draft(self._raw, of=self.session_id)

    def save_as(self) -> bool:
        if self.store is None or self.profile is None or self.ranking is None:
            return False
        heading = self.tr("Save session as")
        default = self.title or default_title(self.profile.company_name)
        title = self.prompts.ask_text(heading, self.tr("Session title:"), default)
        if title is None:
            return False
        if not title.strip():
            self.prompts.show_error(heading, self.tr("The title must not be blank."))
            return False
        return self.save_new(title, heading)

    def save_new(self, title: str, heading: str) -> bool:
        """Save what is shown as a new session titled `title`, which then is the open one."""
        consultation = self.consultation()
        if self.store is None or consultation is None:
            return False
        try:
            session = self.store.create(replace(consultation, title=title))
        except StoreError as error:
            self.prompts.show_error(heading, str(error))
            return False
        self.became_current(session)
        self.status.emit(self.tr("Saved as “%1”").replace("%1", session.title), 4000)
        return True

    def autosave(self) -> None:
        if self.session_id is None or self.profile is None or not self.dirty:
            return
        if self.save(quietly=True):
            self.status.emit(self.tr("Autosaved"), 2000)

    # -- start and close ----------------------------------------------------------------------

    def attach_store(self, store: SessionStore | None, error: str | None) -> None:
        """Sessions switched on once the store has opened (after the first paint)."""
        self.store = store
        self.state_changed.emit()
        if error:
            self.prompts.show_error(self.tr("Session database"), error)

    def restore_last(self) -> None:
        """Reopen the last session, or recover unsaved edits after a crash or a lost
        connection: on top of the session they were made to, or as new work."""
        draft, draft_of = self.settings.draft(), self.settings.draft_of()
        last = self.settings.last_session() if draft_of is None else draft_of
        if last is not None and self.store is not None:
            try:
                self.show_session(self.store.get(last))
            except StoreError:
                self.settings.set_last_session(None)
                last = None
        if not draft or (last is not None and draft_of is None):
            return
        profile, _error = checked_profile(draft)
        if profile is None:
            self.settings.set_draft(None)
            return
        self.profile_loaded.emit(profile)
        self.edit(profile, draft)
        self.status.emit(self.tr("Recovered the unsaved profile from last time"), 6000)

    def close(self) -> bool:
        """Before the app quits: False when the user chose to stay."""
        if not self.maybe_keep_changes():
            return False
        if self.store is not None:
            self.store.close()
        return True
