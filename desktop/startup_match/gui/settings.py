"""What the app remembers between runs (QSettings): layout, database, sessions, language."""

from __future__ import annotations

import getpass
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..store.addresses import scheme_of

MAX_RECENT = 8
# How long a save from the window waits for another program's SQLite write lock before it says
# the file is locked (autosave tries again): the window never stalls for SQLite's 5 s.
WINDOW_PATIENCE_SECONDS = 0.25


@dataclass(frozen=True)
class DraftKept:
    """What a crash draft keeps besides the form: the session it was made on, by its stable id
    and version (it is restored onto that session only as it was), and the notes and
    comparison edited with it."""

    uid: str = ""
    version: int | None = None
    notes: str = ""
    comparison: list[str] = field(default_factory=list)


class AppSettings:
    def __init__(self, settings: QSettings) -> None:
        self.qt = settings

    def _get(self, key: str, default: Any = None) -> Any:
        return self.qt.value(key, default)

    def database_location(self) -> Path | str | None:
        """A SQLite file, or a team server's address (kept without its password)."""
        value = self._get("store/database")
        if not value:
            return None
        text = str(value)
        return text if scheme_of(text) is not None else Path(text)

    def set_database_location(self, location: Path | str | None) -> None:
        if location is None:
            self.qt.remove("store/database")
        else:
            self.qt.setValue("store/database", str(location))

    def author(self) -> str:
        """The adviser's name, recorded on the sessions they save: asked once, the login name
        until then."""
        value = self._get("store/author")
        if value:
            return str(value)
        try:
            return getpass.getuser() or "adviser"
        except (OSError, KeyError, ImportError):
            return "adviser"

    def set_author(self, name: str) -> None:
        self.qt.setValue("store/author", name.strip()[:120])

    def draft_of(self) -> int | None:
        """The saved session the crash draft was edited from (None: new work)."""
        value = self._get("sessions/draft_of")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def recent_sessions(self) -> list[int]:
        raw = self._get("sessions/recent", "[]")
        try:
            values = json.loads(str(raw))
        except ValueError:
            return []
        return [int(v) for v in values if isinstance(v, int)][:MAX_RECENT]

    def push_recent(self, session_id: int) -> None:
        recent = [session_id, *[i for i in self.recent_sessions() if i != session_id]]
        self.qt.setValue("sessions/recent", json.dumps(recent[:MAX_RECENT]))

    def forget_recent(self, session_id: int) -> None:
        recent = [i for i in self.recent_sessions() if i != session_id]
        self.qt.setValue("sessions/recent", json.dumps(recent))

    def last_session(self) -> int | None:
        value = self._get("sessions/last")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_last_session(self, session_id: int | None) -> None:
        self.qt.setValue("sessions/last", "" if session_id is None else session_id)

    def draft(self) -> dict[str, Any] | None:
        raw = self._get("sessions/draft")
        if not raw:
            return None
        try:
            data = json.loads(str(raw))
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def set_draft(
        self, data: dict[str, Any] | None, of: int | None = None, kept: DraftKept | None = None
    ) -> None:
        """Keep `data` (None: forget it), the saved session it was edited from (`of`) and what
        else was edited (`kept`), always together: a draft never points at another draft's
        session."""
        if data is None:
            self.qt.remove("sessions/draft")
            self.qt.remove("sessions/draft_kept")
        else:
            self.qt.setValue("sessions/draft", json.dumps(data))
            self.qt.setValue("sessions/draft_kept", json.dumps(asdict(kept or DraftKept())))
        self.qt.setValue("sessions/draft_of", "" if data is None or of is None else of)

    def draft_kept(self) -> DraftKept:
        """The rest of the crash draft; a draft from an earlier version has none (no uid)."""
        try:
            data = json.loads(str(self._get("sessions/draft_kept", "{}")))
            kept = DraftKept(**data) if isinstance(data, dict) else DraftKept()
        except (ValueError, TypeError):
            return DraftKept()
        valid = isinstance(kept.uid, str) and isinstance(kept.notes, str)
        valid = valid and isinstance(kept.comparison, list) and isinstance(kept.version, int | None)
        return kept if valid else DraftKept()

    def language(self) -> str | None:
        value = self._get("ui/language")
        return str(value) if value else None

    def set_language(self, lang: str) -> None:
        self.qt.setValue("ui/language", lang)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._get(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.qt.setValue(f"window/{key}", value)

    def show_ineligible(self) -> bool:
        return str(self._get("ui/show_ineligible", "true")).lower() == "true"

    def set_show_ineligible(self, show: bool) -> None:
        self.qt.setValue("ui/show_ineligible", "true" if show else "false")

    def last_folder(self) -> str:
        return str(self._get("ui/last_folder", str(Path.home())))

    def set_last_folder(self, folder: Path) -> None:
        self.qt.setValue("ui/last_folder", str(folder))
