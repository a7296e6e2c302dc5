"""The questions the app asks its user, behind one small interface: the window passes the real
dialogs (dialog_prompts.py) to its parts, and tests pass a fake that answers at once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote, unquote, urlsplit

if TYPE_CHECKING:  # no widgets here: the session controller uses this without a window
    from PySide6.QtWidgets import QDialog

    from ..store.repository import SessionStore


class Unsaved(Enum):
    """The answer to "this session has unsaved changes"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ServerLogin:
    """Where a team's shared session store is, who is connecting, and as whom sessions are
    signed."""

    host: str = "localhost"
    port: int = 5432
    database: str = "startups"
    user: str = ""
    password: str = ""
    author: str = ""
    remember: bool = True

    def address(self) -> str:
        """The address kept in settings: no password in it."""
        user = quote(self.user, safe="")
        return f"postgresql+psycopg://{user}@{self.host}:{self.port}/{quote(self.database)}"

    @classmethod
    def from_address(cls, address: str, author: str) -> ServerLogin:
        parts = urlsplit(address)
        return cls(
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            database=unquote(parts.path.lstrip("/")) or "startups",
            user=unquote(parts.username or ""),
            author=author,
        )


class Conflict(Enum):
    """What to do when a colleague saved the session after it was opened here."""

    RELOAD = "reload"  # show their version; these edits are dropped
    COPY = "copy"  # keep these edits as a new session
    COMPARE = "compare"  # see what differs, then choose


class Prompts(Protocol):
    def show_error(self, title: str, message: str) -> None: ...

    def ask_text(self, title: str, label: str, default: str) -> str | None: ...

    def ask_unsaved(self) -> Unsaved: ...

    def ask_confirm(self, title: str, question: str) -> bool: ...

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None: ...

    def ask_open_path(self, title: str, filters: str) -> Path | None: ...

    def ask_database_path(self, title: str, filters: str) -> Path | None:
        """A file to open, or a new name to create: never asks to replace what it opens."""
        ...

    def ask_session_id(self, store: SessionStore) -> int | None: ...

    def ask_notes(self, current: str) -> str | None: ...

    def ask_server(self, suggested: ServerLogin) -> ServerLogin | None: ...

    def ask_conflict(self, message: str) -> Conflict | None:
        """None: decide later (nothing is saved over theirs meanwhile)."""
        ...

    def show_text(self, title: str, text: str) -> None: ...

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog and return its result code."""
        ...
