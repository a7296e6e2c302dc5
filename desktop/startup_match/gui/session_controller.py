"""The open consultation and its life: ranking on every edit, saving, autosave, the crash draft,
recent sessions, import and export. No widgets: the window shows what the signals say, and the
user is asked through the prompts it was given.

The consultation on screen is one value, `current` (an OpenSession); only this module assigns
it, and the session library and the conflict resolver change it through the verbs below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.consultation.compare import MIN_COMPARE
from ..core.model.clock import default_title
from ..core.model.langs import Lang
from ..store.errors import SessionConflict, SessionNotFound, StoreError
from .catalogue_source import CatalogueSource, catalogue_source
from .lazy_core import checked_profile, consultation_of, rank, rerank_changes
from .open_session import OpenSession
from .prompts import Prompts, Unsaved
from .session_conflicts import ConflictResolver
from .settings import AppSettings, DraftKept
from .store_calls import StoreStopped, off_the_ui_thread
from .unstorable import NUL, nul_refused

if TYPE_CHECKING:
    # Loaded after the window is on screen: the store (SQLAlchemy, Alembic), and the core's
    # pydantic side, which this calls through lazy_core.
    from ..core.consultation.consultation import Consultation
    from ..core.model.catalogue import Catalogue
    from ..core.model.plan import FounderPlan
    from ..core.model.profile import Profile
    from ..store.repository import SavedSession, SessionStore

AUTOSAVE_MS = 1500
T = TypeVar("T")


class SessionController(QObject):
    """Holds the consultation on screen (`current`) and the store it is saved in."""

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
        self.current = OpenSession()
        self._save_failing = False  # autosave reports a failing store once per streak
        self._calling = 0  # store calls under way (the window paints, and its timers fire)
        self._conflicts = ConflictResolver(self, self)
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
        return self.store is not None and self.current.id is not None

    def consultation(self) -> Consultation | None:
        shown = self.current
        if shown.profile is None or shown.ranking is None:
            return None
        return consultation_of(
            shown.profile, shown.ranking, shown.title or "", shown.notes, shown.comparison
        )

    # -- ranking ------------------------------------------------------------------------------

    def edit(self, profile: Profile | None, raw: dict[str, Any]) -> None:
        """The form changed: `profile` is None while a field is invalid."""
        self._conflicts.asked = False
        ranking = None if profile is None else rank(self.catalogue, profile, self.lang)
        typed = bool(str(raw.get("company_name") or "").strip())
        self.current = replace(
            self.current,
            profile=profile,
            ranking=ranking,
            stale=False,
            raw=raw,
            company_typed=typed,
        )
        self.stale_changed.emit(False, "")
        self.ranking_changed.emit(ranking)
        self._mark_changed()  # autosave skips a profile that does not validate

    def rerank(self) -> None:
        shown = self.current
        if shown.profile is None:
            return
        ranking = rank(self.catalogue, shown.profile, self.lang)
        self.current = replace(shown, ranking=ranking, stale=False)
        self.stale_changed.emit(False, "")
        self.ranking_changed.emit(ranking)
        if shown.id is not None:
            self._mark_changed()
        else:
            self.state_changed.emit()

    def set_language(self, lang: Lang) -> None:
        self.lang = lang
        shown = self.current
        if shown.ranking is None:
            return
        if shown.profile is not None and not shown.stale:
            ranking = rank(self.catalogue, shown.profile, lang, shown.ranking.on)
            self.current = replace(shown, ranking=ranking)
        # A stale snapshot keeps its text: shown again, relabelled only.
        self.ranking_changed.emit(self.current.ranking)

    def attach_plan(self, plan: FounderPlan) -> None:
        """Keep the plan made for the ranking shown with it, so the session saves it (it is
        worked out from the ranking: nothing new to save on its own)."""
        ranking = self.current.ranking
        if ranking is not None and ranking.plan != plan and not self.current.stale:
            self.current = replace(self.current, ranking=ranking.model_copy(update={"plan": plan}))

    def set_comparison(self, picked: list[str]) -> None:
        if len(picked) >= MIN_COMPARE and picked != self.current.comparison:
            self.current = replace(self.current, comparison=picked)
            self._mark_changed()

    def set_notes(self, notes: str) -> None:
        if notes != self.current.notes:
            self.current = replace(self.current, notes=notes)
            self._mark_changed()

    # -- saved or not -------------------------------------------------------------------------

    def _mark_changed(self) -> None:
        """What is shown now differs from what is saved; a saved session autosaves shortly."""
        self.current = replace(self.current, dirty=True)
        if self.current.id is not None:
            self.autosave_timer.start()
        else:
            self._keep_draft()  # new work is kept from the first edit
        self.state_changed.emit()

    def maybe_keep_changes(self) -> bool:
        """Before the current session is replaced: True when it is safe to go on."""
        self.autosave_timer.stop()
        shown = self.current
        if not shown.dirty:
            return True
        if shown.id is not None and shown.profile is not None and self.save():
            return True
        # Unsaved new work, or a save that just failed: the user decides, so a broken
        # database can never trap them in the window.
        if shown.id is None and not shown.company_typed:
            return True
        answer = self.prompts.ask_unsaved()
        if answer is Unsaved.SAVE:
            return self.save()
        if answer is Unsaved.DISCARD:
            self.discard_changes()
            return True
        return False

    def discard_changes(self) -> None:
        """The user let the edits shown go: nothing asks about them again, and the crash draft
        that held them is dropped (without that, they came back at the next start)."""
        self.settings.set_draft(None)
        self.current = replace(self.current, dirty=False)

    def became_current(self, session: SavedSession) -> None:
        """What is shown was just saved as `session`: no draft, remembered as recent and last."""
        self.current = replace(
            self.current,
            id=session.id,
            uid=session.uid,
            title=session.title,
            version=session.version,
            dirty=False,
        )
        self._remember(session.id)
        self.state_changed.emit()

    def show_session(self, session: SavedSession) -> None:
        """Show `session` as saved: ranked afresh, or as it was if the catalogue changed since."""
        stale = session.is_stale(self.catalogue)
        changes = rerank_changes(session, self.catalogue, self.lang) if stale else ""
        self.current = OpenSession(
            id=session.id,
            uid=session.uid,
            version=session.version,
            title=session.title,
            notes=session.notes,
            comparison=session.compared(),
            profile=session.profile,
            ranking=session.ranking_for(self.catalogue, self.lang),
            stale=stale,
            raw=session.profile.model_dump(mode="json", exclude_none=True),
            company_typed=True,
        )
        self._remember(session.id)
        self.profile_loaded.emit(session.profile)
        self.stale_changed.emit(stale, changes)
        self.ranking_changed.emit(self.current.ranking)
        self.state_changed.emit()

    def _remember(self, session_id: int) -> None:
        self.settings.set_draft(None)
        self.settings.push_recent(session_id)
        self.settings.set_last_session(session_id)

    def renamed(self, session: SavedSession) -> None:
        """The open session was renamed in the store: a change of its own, not a colleague's."""
        self.current = replace(self.current, title=session.title, version=session.version)
        self.state_changed.emit()

    def forget_current(self) -> None:
        """The open session is gone (deleted): forgotten as recent; a new one starts, unasked."""
        if self.current.id is not None:
            self.settings.forget_recent(self.current.id)
        self._start_new()

    def use_store(self, store: SessionStore) -> None:
        """Keep sessions in `store` from now on (the one before is closed). A new session
        starts, unasked: the user chose what to keep before choosing the store."""
        if self.store is not None:
            self.store.close()
        self.store = store
        self._start_new()

    def reload(self, session_id: int) -> bool:
        """Open `session_id` as saved, in place of the edits shown (the user chose theirs)."""
        self.current = replace(self.current, dirty=False)
        return self.open_session(session_id)

    # -- session commands ---------------------------------------------------------------------

    def new_session(self) -> bool:
        if not self.maybe_keep_changes():
            return False
        self._start_new()
        return True

    def _start_new(self) -> None:
        self.autosave_timer.stop()
        self.current = OpenSession()
        self.settings.set_draft(None)
        self.settings.set_last_session(None)
        self.stale_changed.emit(False, "")
        self.profile_loaded.emit(None)
        self.ranking_changed.emit(None)
        self.state_changed.emit()

    def open_dialog(self) -> None:
        if self.store is None or not self.maybe_keep_changes():
            return
        session_id = self.prompts.ask_session_id(self.store)
        self._forget_if_deleted_here()
        if session_id is not None:
            self.open_session(session_id)

    def _forget_if_deleted_here(self) -> None:
        """The Open dialog can delete the session open here: then it is gone by the user's own
        hand, and a new one starts (the next edit must not blame a colleague)."""
        if self.store is None or self.current.id is None:
            return
        store, session_id = self.store, self.current.id
        try:
            self.call(lambda: store.get(session_id))
        except SessionNotFound:
            self.forget_current()
        except StoreError:
            pass  # not reachable now: the next save says so

    def open_session(self, session_id: int) -> bool:
        if self.store is None:
            return False
        store = self.store
        try:
            session = self.call(lambda: store.get(session_id))
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
        shown = self.current
        if shown.id is None:
            return self.save_as()
        self.autosave_timer.stop()
        heading = self.tr("Save session")
        try:
            store, session_id, version = self.store, shown.id, shown.version
            saved = self.call(lambda: store.save(session_id, consultation, version))
        except SessionConflict as conflict:
            self._keep_draft()
            return self._conflicts.resolve(conflict, quietly)
        except SessionNotFound:
            self._keep_draft()
            gone = self.tr("This session was deleted, perhaps by a colleague. Your edits are kept:")
            self.prompts.show_error(heading, gone + " " + self.tr("use Save As to keep them."))
            self.current = replace(self.current, id=None, version=None)
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
        self.current = replace(self.current, version=saved.version, dirty=False)
        self.settings.set_draft(None)
        self.state_changed.emit()
        self.status.emit(self.tr("Saved"), 3000)
        return True

    def call(self, work: Callable[[], T]) -> T:
        """A store call off the UI thread: the window paints on, and a store that stopped
        answering is a StoreError after a while (the edits stay, with their crash draft).
        Every call the window makes on the store goes through here."""
        assert self.store is not None
        self._calling += 1
        try:
            return off_the_ui_thread(work, self.store.location, self.store.shared)
        finally:
            self._calling -= 1

    def _keep_draft(self) -> None:
        """Unsaved edits survive a crash and a lost connection: kept in the settings, with the
        notes, the comparison and the session (stable id and version) they were made on."""
        shown = self.current
        kept = DraftKept(shown.uid, shown.version, shown.notes, list(shown.comparison))
        self.settings.set_draft(shown.raw, of=shown.id, kept=kept)

    def save_as(self) -> bool:
        shown = self.current
        if self.store is None or shown.profile is None or shown.ranking is None:
            return False
        heading = self.tr("Save session as")
        default = shown.title or default_title(shown.profile.company_name)
        title = self.prompts.ask_text(heading, self.tr("Session title:"), default)
        if title is None:
            return False
        if not title.strip():
            self.prompts.show_error(heading, self.tr("The title must not be blank."))
            return False
        if NUL in title:
            self.prompts.show_error(heading, nul_refused(self.tr("Session title")))
            return False
        return self.save_new(title, heading)

    def save_new(self, title: str, heading: str) -> bool:
        """Save what is shown as a new session titled `title`, which then is the open one."""
        consultation = self.consultation()
        if self.store is None or consultation is None:
            return False
        try:
            store = self.store
            session = self.call(lambda: store.create(replace(consultation, title=title)))
        except StoreError as error:
            self.prompts.show_error(heading, str(error))
            return False
        self.became_current(session)
        self.status.emit(self.tr("Saved as “%1”").replace("%1", session.title), 4000)
        return True

    def autosave(self) -> None:
        shown = self.current
        if shown.id is None or shown.profile is None or not shown.dirty:
            return
        if self._calling:  # another store call is waiting for its answer: not two at once
            self.autosave_timer.start()
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
        kept = self.settings.draft_kept()
        last = self.settings.last_session() if draft_of is None else draft_of
        if last is not None and self.store is not None:
            store, wanted = self.store, last
            try:
                session = self.call(lambda: store.get(wanted))
            except StoreStopped as error:
                # Not gone, only not answering: the last session and any draft stay for the
                # next start, and the user is told why nothing was reopened.
                self.prompts.show_error(self.tr("Session database"), str(error))
                return
            except StoreError:
                self.settings.set_last_session(None)
                last = None
            else:
                # A draft lands only on the session, as it was, that it was made on: not on
                # one that has its id in another store, nor over a colleague's later save.
                if draft_of is not None and (session.uid, session.version) != (
                    kept.uid,
                    kept.version,
                ):
                    last = draft_of = None
                else:
                    self.show_session(session)
        if not draft or (last is not None and draft_of is None):
            return
        profile, _error = checked_profile(draft)
        if profile is None:
            self.settings.set_draft(None)
            return
        self.profile_loaded.emit(profile)
        self.current = replace(self.current, notes=kept.notes, comparison=list(kept.comparison))
        self.edit(profile, draft)
        self.status.emit(self.tr("Recovered the unsaved profile from last time"), 6000)

    def close(self) -> bool:
        """Before the app quits: False when the user chose to stay."""
        if not self.maybe_keep_changes():
            return False
        if self.store is not None:
            self.store.close()
        return True
