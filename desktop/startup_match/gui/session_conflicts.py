"""When a colleague saved a shared session after it was opened here: reload theirs, keep these
edits as a new session, or compare the two first. Nothing is ever saved over theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..store.errors import SessionConflict, StoreError
from .lazy_core import differences
from .prompts import Conflict

if TYPE_CHECKING:
    from .session_controller import SessionController


class ConflictResolver(QObject):
    def __init__(self, session: SessionController) -> None:
        super().__init__(session)
        self._session = session
        self.asked = False  # autosave asks once, then waits for the user

    def resolve(self, conflict: SessionConflict, quietly: bool) -> bool:
        """A colleague saved first: reload theirs, keep these edits as a copy, or compare."""
        if quietly and self.asked:
            return False  # asked already; autosave waits for the user's choice
        self.asked = True
        question = self.tr("Reload their version, keep yours as a new session, or compare?")
        while True:
            choice = self._session.prompts.ask_conflict(f"{conflict}.\n\n{question}")
            if choice is Conflict.COMPARE:
                self._show_differences(conflict.session_id)
                continue
            if choice is Conflict.RELOAD:
                self._session.dirty = False
                return self._session.open_session(conflict.session_id)
            if choice is Conflict.COPY:
                return self._save_copy()
            return False

    def _show_differences(self, session_id: int) -> None:
        mine = self._session.consultation()
        if self._session.store is None or mine is None:
            return
        try:
            theirs = self._session.store.get(session_id)
        except StoreError as error:
            self._session.prompts.show_error(self.tr("Compare"), str(error))
            return
        lines = differences(theirs, mine, self._session.lang)
        self._session.prompts.show_text(self.tr("Their version and yours"), "\n".join(lines))

    def _save_copy(self) -> bool:
        session = self._session
        name = session.title or (session.profile.company_name if session.profile else "")
        title = self.tr("%1 (my version)").replace("%1", name)[:200]
        return session.save_new(title, self.tr("Save session"))
