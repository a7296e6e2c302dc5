"""The saved sessions as a collection: duplicate, rename and delete the open one, export and
import it as JSON, and switch to another session database. The open consultation itself stays
with the session controller, which this changes only through its verbs (show_session, renamed,
forget_current, use_store, set_notes, …)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..core.model.files import MAX_SESSION_FILE, UserFileError, read_text_file, write_atomically
from ..store.errors import StoreError
from .keychain import password_for, remember_password
from .prompts import ServerLogin
from .session_controller import SessionController
from .settings import WINDOW_PATIENCE_SECONDS
from .store_calls import off_the_ui_thread
from .unstorable import NUL, nul_refused

if TYPE_CHECKING:
    from ..store.repository import SavedSession


class SessionLibrary(QObject):
    """The commands on saved sessions as a collection, beside the session controller."""

    def __init__(self, session: SessionController) -> None:
        super().__init__(session)
        self._session = session

    def duplicate(self) -> None:
        session = self._session
        if session.store is None or session.current.id is None or not session.maybe_keep_changes():
            return
        store, session_id = session.store, session.current.id
        try:
            copy = session.call(lambda: store.duplicate(session_id))
        except StoreError as error:
            session.prompts.show_error(self.tr("Duplicate session"), str(error))
            return
        session.show_session(copy)

    def rename(self) -> None:
        session, shown = self._session, self._session.current
        if session.store is None or shown.id is None:
            return
        heading = self.tr("Rename session")
        title = session.prompts.ask_text(heading, self.tr("Session title:"), shown.title or "")
        if title is None:
            return
        if NUL in title:
            session.prompts.show_error(heading, nul_refused(self.tr("Session title")))
            return
        store, session_id = session.store, shown.id
        try:
            renamed = session.call(
                lambda: store.rename(session_id, title, expected_version=shown.version)
            )
        except StoreError as error:  # a colleague's newer save included: nothing renamed
            session.prompts.show_error(heading, str(error))
            return
        session.renamed(renamed)

    def delete_session(self) -> None:
        session, shown = self._session, self._session.current
        if session.store is None or shown.id is None:
            return
        heading = self.tr("Delete session")
        question = self.tr("Delete “%1” for good? This cannot be undone.").replace(
            "%1", shown.title or ""
        )
        if not session.prompts.ask_confirm(heading, question):
            return
        store, session_id = session.store, shown.id
        try:
            session.call(lambda: store.delete(session_id, expected_version=shown.version))
        except StoreError as error:
            session.prompts.show_error(heading, str(error))
            return
        session.forget_current()

    def export_json(self) -> None:
        session = self._session
        if session.store is None or session.current.id is None or not session.maybe_keep_changes():
            return
        heading = self.tr("Export session")
        suggested = f"{session.current.title or 'session'}.json"
        path = session.prompts.ask_save_path(heading, suggested, "JSON (*.json)")
        if path is None:
            return
        if session.store.owns_file(path):
            message = self.tr("%1 is the session database itself; choose another file name.")
            session.prompts.show_error(heading, message.replace("%1", str(path)))
            return
        store, session_id = session.store, session.current.id

        def export() -> None:
            data = (store.export_json(session_id) + "\n").encode("utf-8")
            write_atomically(path, data)  # the file dialog has already asked about replacing

        try:
            session.call(export)
        except (UserFileError, StoreError) as error:
            session.prompts.show_error(heading, str(error))
            return
        session.settings.set_last_folder(path.parent)
        session.status.emit(self.tr("Exported to %1").replace("%1", str(path)), 4000)

    def import_json(self) -> None:
        store = self._session.store
        if store is None or not self._session.maybe_keep_changes():
            return
        heading = self.tr("Import session")
        path = self._session.prompts.ask_open_path(heading, "JSON (*.json)")
        if path is None:
            return

        def read_and_import() -> SavedSession:
            # Refused by its kind before it is opened: a named pipe would block the window.
            text = read_text_file(path, MAX_SESSION_FILE, "session file")
            return store.import_json(text, origin=str(path))

        try:
            session = self._session.call(read_and_import)
        except (UserFileError, StoreError) as error:
            self._session.prompts.show_error(heading, str(error))
            return
        self._session.settings.set_last_folder(path.parent)
        self._session.show_session(session)

    def choose_database(self) -> None:
        if not self._session.maybe_keep_changes():
            return
        heading = self.tr("Choose session database")
        path = self._session.prompts.ask_database_path(heading, "SQLite (*.db *.sqlite)")
        if path is None:
            return
        self.use_database(path)

    def open_recent(self, session_id: int) -> None:
        if self._session.maybe_keep_changes():
            self._session.open_session(session_id)

    def recent(self) -> list[tuple[int, str]]:
        """Recent sessions that still exist, newest first, with their titles."""
        store = self._session.store
        if store is None:
            return []
        wanted = self._session.settings.recent_sessions()

        def titles() -> list[tuple[int, str]]:
            found = []
            for session_id in wanted:
                try:
                    found.append((session_id, store.get(session_id).title))
                except StoreError:  # gone, or unreadable: left out as before
                    continue
            return found

        try:
            return self._session.call(titles)
        except StoreError:
            return []  # not reachable now: the menu lists none rather than wait

    def edit_notes(self) -> None:
        notes = self._session.prompts.ask_notes(self._session.current.notes)
        if notes is not None:
            self._session.set_notes(notes)

    def connect_server(self) -> None:
        """Use a team's shared session store on a PostgreSQL server."""
        session = self._session
        if not session.maybe_keep_changes():
            return
        location = session.settings.database_location()
        author = session.settings.author()
        suggested = (
            ServerLogin.from_address(location, author)
            if isinstance(location, str)
            else ServerLogin(user=author, author=author)
        )
        while True:  # a refused login asks again, with everything typed still there
            login = session.prompts.ask_server(suggested)
            if login is None:
                return
            address = login.address()
            session.settings.set_author(login.author)
            if self.use_database(address, login.password or password_for(address)):
                break
            suggested = login
        if login.remember and login.password and not remember_password(address, login.password):
            message = self.tr("No system keychain here: the password will be asked for again.")
            session.status.emit(message, 6000)

    def ask_password(self, address: str) -> tuple[str, str | None, bool]:
        """At start, a team server whose password nothing holds: the login dialog, filled in
        but for the password. The address (the user may correct it), the password typed, and
        whether to keep it in the keychain once it works; Cancel gives no password."""
        settings = self._session.settings
        login = self._session.prompts.ask_server(
            ServerLogin.from_address(address, settings.author())
        )
        if login is None:
            return address, None, False
        settings.set_author(login.author)
        settings.set_database_location(login.address())
        return login.address(), login.password or None, login.remember

    def use_database(self, location: Path | str, password: str | None = None) -> bool:
        from ..store.repository import SessionStore
        from ..store.server import shown

        session = self._session
        author = session.settings.author()
        try:
            store = off_the_ui_thread(
                lambda: SessionStore(location, author, password, WINDOW_PATIENCE_SECONDS),
                shown(location) if isinstance(location, str) else str(location),
                shared=isinstance(location, str),
            )
        except StoreError as error:
            session.prompts.show_error(self.tr("Session database"), str(error))
            return False
        session.use_store(store)  # the user already chose what to keep, before the file dialog
        session.settings.set_database_location(store.location if store.shared else location)
        session.status.emit(self.tr("Using %1").replace("%1", store.location), 4000)
        return True
