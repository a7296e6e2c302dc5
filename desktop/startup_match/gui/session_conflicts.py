"""When a colleague saved a shared session after it was opened here: reload theirs, keep these
edits as a new session, or compare the two first. Nothing is ever saved over theirs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject

from ..store.errors import SessionConflict, StoreError
from .lazy_core import differences
from .prompts import Conflict, Prompts

if TYPE_CHECKING:
    from ..core.consultation.consultation import Consultation
    from ..core.model.langs import Lang
    from ..store.repository import SessionStore
    from .open_session import OpenSession

T = TypeVar("T")


class ConflictHost(Protocol):
    """What the resolver asks of the session controller, which holds the open session. Named
    here, so that this module need not import the controller that imports it."""

    @property
    def prompts(self) -> Prompts: ...
    @property
    def store(self) -> SessionStore | None: ...
    @property
    def lang(self) -> Lang: ...
    @property
    def current(self) -> OpenSession: ...
    def consultation(self) -> Consultation | None: ...
    def reload(self, session_id: int) -> bool: ...
    def save_new(self, title: str, heading: str) -> bool: ...
    def call(self, work: Callable[[], T]) -> T: ...


class ConflictResolver(QObject):
    """Asks what to do about a save refused because a colleague saved first, and does it."""

    def __init__(self, host: ConflictHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.asked = False  # autosave asks once, then waits for the user

    def resolve(self, conflict: SessionConflict, quietly: bool) -> bool:
        """A colleague saved first: reload theirs, keep these edits as a copy, or compare."""
        if quietly and self.asked:
            return False  # asked already; autosave waits for the user's choice
        self.asked = True
        question = self.tr("Reload their version, keep yours as a new session, or compare?")
        while True:
            choice = self._host.prompts.ask_conflict(f"{conflict}.\n\n{question}")
            if choice is Conflict.COMPARE:
                self._show_differences(conflict.session_id)
                continue
            if choice is Conflict.RELOAD:
                return self._host.reload(conflict.session_id)
            if choice is Conflict.COPY:
                return self._save_copy()
            return False

    def _show_differences(self, session_id: int) -> None:
        host = self._host
        mine = host.consultation()
        if host.store is None or mine is None:
            return
        store = host.store
        try:
            theirs = host.call(lambda: store.get(session_id))
        except StoreError as error:
            host.prompts.show_error(self.tr("Compare"), str(error))
            return
        lines = differences(theirs, mine, host.lang)
        host.prompts.show_text(self.tr("Their version and yours"), "\n".join(lines))

    def _save_copy(self) -> bool:
        shown = self._host.current
        name = shown.title or (shown.profile.company_name if shown.profile else "")
        title = self.tr("%1 (my version)").replace("%1", name)[:200]
        return self._host.save_new(title, self.tr("Save session"))
