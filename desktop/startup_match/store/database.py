"""Open the SQLite file safely: recognise it, upgrade its schema, and set crash-safe pragmas.

Nothing is written to a file until it is known to be ours (or new): another application's
database, a damaged file or one made by a newer version is refused and left byte-identical."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from .errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_SECONDS = 5.0
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables our migrations create; anything else means the file belongs to another application.
OUR_TABLES = {
    "sessions",
    "alembic_version",
    "sqlite_sequence",
    "ranking_parts",
    "cohorts",  # 0009
    "cohort_members",
}
KNOWN_REVISIONS = {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("0*.py")}
HEAD = max(KNOWN_REVISIONS)  # revisions are numbered 0001, 0002, …


def default_database_path() -> Path:
    return Path(user_data_dir("startup-match", appauthor=False)) / "sessions.db"


def describe_sqlite_error(path: Path, error: BaseException) -> str:
    # SQLite's own text can run to many lines (a damaged index lists every page): keep one.
    text = str(getattr(error, "orig", error)).strip().splitlines()[0][:300]
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


def _reader(path: Path) -> sqlite3.Connection:
    """A read-only connection where nothing can be written beside the file (a full disk, a
    read-only folder): reading the log if SQLite can, else the file as written."""
    for as_written in (False, True):
        connection = _connect_read_only(path, as_written)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as error:
            connection.close()
            # Only where the log cannot be read for want of room or rights: a journal left by
            # a crash must still be seen (recognise rolls it back).
            # A read-only folder says READONLY_DIRECTORY: the shared memory cannot be made.
            name = str(getattr(error, "sqlite_errorname", ""))
            cannot_make = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY_DIRECTORY")
            if as_written or not name.startswith(cannot_make):
                raise
            continue
        connection.isolation_level = None
        break
    return connection


def _connect_read_only(path: Path, as_written: bool = False) -> sqlite3.Connection:
    # A URI, so the file is opened read-only; the path is quoted so "?" or "#" in a name stay
    # part of the name. `as_written` reads the file itself, ignoring any journal beside it.
    from urllib.parse import quote

    options = "mode=ro&immutable=1" if as_written else "mode=ro"
    return sqlite3.connect(
        f"file:{quote(str(path.resolve()))}?{options}", uri=True, timeout=BUSY_TIMEOUT_SECONDS
    )


def _file_kind(path: Path) -> str | None:
    """None when `path` may be used; otherwise why not."""
    try:
        if path.is_symlink() and not path.exists():
            return "is a link to a file that does not exist"
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:  # a name over 255 bytes, a path too long, a loop of links
        return f"cannot be used as a session database ({error.strerror})"
    if stat.S_ISDIR(mode):
        return "is a folder, not a session database"
    if not stat.S_ISREG(mode):
        return "is not a regular file (a pipe, socket or device)"
    return None


def unclean_shutdown(path: Path) -> bool:
    """A write-ahead log left behind while no program has the file open: the last one to use
    it did not close it. (A program that has it open keeps a log too: that is no crash.)"""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return False
    return not _in_use(path)


def _in_use(path: Path) -> bool:
    """Whether another process holds the store open (each holds a shared lock beside it)."""
    try:
        import fcntl
    except ImportError:  # Windows: no way to tell cheaply; assume a crash, check the file
        return False
    handle = _open_lock(path, create=False)
    if handle is None:  # none, or one that cannot be opened: no program holds the file open
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def _open_lock(path: Path, create: bool) -> IO[str] | None:
    """The `.lock` beside the file, opened without waiting (a pipe opened for writing would wait
    for a reader) and read-only (a lock needs no writing); None when it is missing, is not a
    regular file (a folder, a pipe) or cannot be opened."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | (os.O_CREAT if create else 0)
    try:
        descriptor = os.open(path.with_name(path.name + ".lock"), flags, 0o644)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        return None
    return os.fdopen(descriptor, "r")


def hold_open(path: Path) -> IO[str] | None:
    """A shared lock that says "this store is open" until the returned handle is closed."""
    try:
        import fcntl
    except ImportError:
        return None
    handle = _open_lock(path, create=True)
    if handle is None:
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }


def _look(path: Path, check_integrity: bool) -> tuple[set[str], str | None]:
    """The file's tables and schema revision, read through a read-only connection; with
    `check_integrity`, a StoreError if the whole-file check finds damage."""
    connection = _reader(path)
    try:
        tables = _tables(connection)
        revision = None
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
        if check_integrity:
            result = connection.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise StoreError(
                    f"{path}: the session database is damaged "
                    f"({str(result[0]).splitlines()[0][:200] if result else 'no answer'}); "
                    "it was left untouched"
                )
    finally:
        connection.close()
    return tables, revision


def _ours_as_written(path: Path) -> bool:
    """Whether a file with a crashed writer's journal beside it is ours (or still empty), read
    as it is, journal ignored: only then may the journal be rolled back."""
    try:
        connection = _connect_read_only(path, as_written=True)
        try:
            return _tables(connection) <= OUR_TABLES
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _roll_back_hot_journal(path: Path) -> None:
    """A process killed in the middle of a transaction in rollback-journal mode (as when it
    turns a new file to write-ahead logging) leaves a "hot" journal, and a read-only connection
    cannot read the file until it is rolled back. SQLite rolls it back when a connection that
    may write first reads the file: the file returns to its last committed state, as the killed
    program itself would have made it on its next start, and nothing committed changes."""
    connection = sqlite3.connect(str(path.resolve()), timeout=BUSY_TIMEOUT_SECONDS)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def recognise(path: Path, check_integrity: bool | None = None) -> str | None:
    """Look at an existing file without writing to it (but for rolling back the journal our
    own writer left when it was killed mid-transaction). Returns its schema revision (None for
    a new or empty file); raises StoreError for anything that is not ours. The whole-file
    integrity check runs only after an unclean shutdown, or when asked."""
    problem = _file_kind(path)
    if problem:
        raise StoreError(f"{path}: {problem}")
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StoreError(
                f"{path}: not a readable session database (not an SQLite file); it was left "
                "untouched — move it aside or choose another file"
            )
    check = check_integrity or (check_integrity is None and unclean_shutdown(path))
    try:
        tables, revision = _look(path, check)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", None) != "SQLITE_READONLY_ROLLBACK":
            raise StoreError(describe_sqlite_error(path, error)) from None
        if not _ours_as_written(path):
            raise StoreError(
                f"{path}: a program was stopped while writing this file, and it is not a "
                "Startup Scheme Matcher database; it was left untouched — choose another file"
            ) from None
        # Our writer was killed mid-transaction: look again once its journal is rolled back,
        # and check the whole file unless told not to, for it did crash.
        try:
            _roll_back_hot_journal(path)
            tables, revision = _look(path, check_integrity is not False)
        except sqlite3.DatabaseError as again:
            raise StoreError(describe_sqlite_error(path, again)) from None
    if not tables:
        return None
    foreign = sorted(tables - OUR_TABLES)
    if foreign or "alembic_version" not in tables:
        listed = ", ".join(foreign[:5]) or "no schema version"
        raise StoreError(
            f"{path}: not a Startup Scheme Matcher database (it has {listed}); "
            "it was left untouched — choose another file"
        )
    if revision not in KNOWN_REVISIONS:
        raise StoreError(
            f"{path}: this session database was made by a newer version of Startup Scheme "
            f"Matcher (schema {revision}); update the app to open it. It was left untouched."
        )
    return str(revision)


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"{path.parent}: cannot create the data folder ({error.strerror})"
        ) from None
    # No probe file: another process creating the real database at that moment would lose it.
    if not path.exists() and not os.access(path.parent, os.W_OK):
        raise StoreError(f"{path}: cannot create the session database (permission denied)")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: SQLAlchemy's "begin" below then opens every transaction
    # itself, so schema changes are transactional too (pysqlite would run DDL outside one).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crashed process loses nothing
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    immediate = connection.info.pop("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migrations_on(connection: Connection) -> AlembicConfig:
    """Alembic's configuration for our migrations, run on `connection`. Alembic is imported
    only here, when there is something to do: it costs ~50 MiB."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema in one write transaction: concurrent first starts queue up
    behind it, and a process killed half-way leaves the file as it was."""
    from alembic import command

    with engine.connect() as connection:
        connection.info["immediate"] = True
        with connection.begin():
            command.upgrade(migrations_on(connection), revision)


def open_engine(path: Path, revision: str = "head") -> Engine:
    """An engine on `path`, its schema at `revision`, or a StoreError saying what is wrong."""
    path = path.expanduser()
    found = recognise(path)
    _prepare_folder(path)
    target = str(path.absolute())

    def connect() -> sqlite3.Connection:
        # A plain path, never a URL: "?", "#" and "%xx" in a file name stay in the name.
        connection = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
        try:
            _on_connect(connection, None)
        except sqlite3.OperationalError:
            if found is None:
                raise
            # A full disk or a read-only folder: the sessions can still be read (a write then
            # says it cannot write here).
            connection.close()
            connection = _reader(path)
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, future=True)
    event.listen(engine, "begin", _on_begin)
    if found == (HEAD if revision == "head" else revision):
        return engine  # already current: no migration to run, and Alembic stays unloaded
    try:
        upgrade_schema(engine, revision)
    except (DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        raise StoreError(describe_sqlite_error(path, error)) from None
    return engine
