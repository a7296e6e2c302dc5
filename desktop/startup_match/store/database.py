"""Open the SQLite file safely: check it, upgrade its schema, and set crash-safe pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from .errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_SECONDS = 5.0


def default_database_path() -> Path:
    return Path(user_data_dir("startup-match", appauthor=False)) / "sessions.db"


def describe_sqlite_error(path: Path, error: BaseException) -> str:
    text = str(getattr(error, "orig", error))
    if "locked" in text or "busy" in text:
        return f"{path}: the session database is locked by another program; try again shortly"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (
            f"{path}: not a readable session database ({text}); it was left untouched — "
            "move it aside or choose another file"
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return f"{path}: cannot write the session database here ({text})"
    return f"{path}: database error: {text}"


def _check_readable(path: Path) -> None:
    """Refuse a file that is not an intact SQLite database, before anything writes to it."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a session database")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(describe_sqlite_error(path, error)) from None
    if not result or result[0] != "ok":
        raise StoreError(
            f"{path}: the session database is damaged ({result[0] if result else 'no answer'}); "
            "it was left untouched"
        )


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"{path.parent}: cannot create the data folder ({error.strerror})"
        ) from None
    if path.exists():
        return
    try:
        path.touch()
        path.unlink()
    except OSError as error:
        raise StoreError(f"{path}: cannot create the session database ({error.strerror})") from None


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crashed process loses nothing
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_engine(path: Path, revision: str = "head") -> Engine:
    """An engine on `path`, its schema at `revision`, or a StoreError saying what is wrong."""
    path = path.expanduser()
    _check_readable(path)
    _prepare_folder(path)
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_SECONDS}, future=True
    )
    event.listen(engine, "connect", _set_pragmas)
    try:
        upgrade_schema(engine, revision)
    except (DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise StoreError(describe_sqlite_error(path, error)) from None
    return engine
