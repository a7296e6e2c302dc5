"""The small repository API that the GUI and the command line share."""

from __future__ import annotations

import getpass
import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import IO, TypeVar

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from ..core.consultation.consultation import Consultation
from ..core.model.clock import default_title as core_default_title
from ..core.model.clock import local
from ..core.model.profile import Profile
from ..core.model.ranking import Ranking
from ..core.model.text import MAX_NOTES
from .addresses import is_server_url
from .compact import RankingParts
from .database import default_database_path, describe_sqlite_error, hold_open, open_engine
from .errors import SessionConflict, SessionNotFound, StoreError
from .exchange import SessionDocument, parse_session_document
from .models import SessionRow
from .server import describe_server_error, open_server_engine, parse_url, shown

T = TypeVar("T")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SessionSummary:
    id: int
    title: str
    company_name: str
    catalogue_version: str
    created_at: datetime
    updated_at: datetime
    created_by: str = ""
    updated_by: str = ""


@dataclass(frozen=True, kw_only=True)
class SavedSession(Consultation):
    """A consultation as the store keeps it: with its id and when it was made and last saved."""

    id: int
    created_at: datetime
    updated_at: datetime
    version: int = 1
    created_by: str = ""
    updated_by: str = ""
    uid: str = ""


def default_title(profile: Profile, when: datetime | None = None) -> str:
    return core_default_title(profile.company_name, when or _now())


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def default_author() -> str:
    try:
        return getpass.getuser()[:120] or "adviser"
    except (OSError, KeyError, ImportError):
        return "adviser"


class SessionStore:
    """Sessions in one SQLite file, or on a PostgreSQL server shared by a team (`location` is
    then its URL). Every write is one transaction; `author` is recorded on what it writes."""

    def __init__(
        self,
        location: Path | str | None = None,
        author: str | None = None,
        password: str | None = None,
    ) -> None:
        self.author = (author or default_author()).strip()[:120] or default_author()
        self._open_mark: IO[str] | None = None
        self.path: Path | None
        if is_server_url(location):
            assert isinstance(location, str)
            url = parse_url(location, password)
            self.path = None
            self.location = shown(url)
            self._engine = open_server_engine(url)
            self._describe: Callable[[BaseException], str] = partial(describe_server_error, url)
        else:
            path = Path(location or default_database_path()).expanduser()
            self.path = path
            self.location = str(path)
            self._engine = open_engine(path)
            self._describe = partial(describe_sqlite_error, path)
            # Tells a later opener that a log beside the file is ours, not left by a crash.
            self._open_mark = hold_open(path)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._parts = RankingParts()

    @property
    def shared(self) -> bool:
        """On a server, where colleagues may change the same sessions."""
        return self.path is None

    def owns_file(self, path: Path) -> bool:
        """Whether `path` is this store's database or one of the files SQLite and the store
        keep beside it: no export may be written there."""
        if self.path is None:
            return False
        database = self.path.resolve()
        siblings = {database.with_name(database.name + end) for end in ("-wal", "-shm", ".lock")}
        return path.expanduser().resolve() in {database, *siblings}

    def close(self) -> None:
        self._engine.dispose()
        if self._open_mark is not None:
            self._open_mark.close()
            self._open_mark = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------

    def _run_read(self, work: Callable[[OrmSession], T]) -> T:
        try:
            with self._sessions() as orm:
                return work(orm)
        except DBAPIError as error:
            raise StoreError(self._describe(error)) from None

    def _run_write(self, work: Callable[[OrmSession], T]) -> T:
        try:
            with self._engine.connect() as connection:
                # BEGIN IMMEDIATE: a save reads (which parts exist) before it writes, and a
                # read transaction that later wants to write fails at once when another
                # process wrote meanwhile; taking the write lock first makes it wait its turn.
                connection.info["immediate"] = True
                with connection.begin(), OrmSession(bind=connection) as orm:
                    result = work(orm)
                    orm.flush()
                    return result
        except DBAPIError as error:
            raise StoreError(self._describe(error)) from None

    def get(self, session_id: int) -> SavedSession:
        return self._run_read(lambda orm: self._to_saved(orm, _row(orm, session_id)))

    def count(self) -> int:
        return self._run_read(lambda orm: orm.scalar(select(func.count(SessionRow.id))) or 0)

    def newest(
        self, limit: int = 50, offset: int = 0, created_by: str | None = None
    ) -> list[SessionSummary]:
        """Newest first (by last save); only those `created_by` someone, if given."""
        query = (
            select(*_SUMMARY_COLUMNS)
            .where(*_made_by(created_by))
            .order_by(SessionRow.updated_at.desc(), SessionRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return self._run_read(lambda orm: [_summary(row) for row in orm.execute(query)])

    def search(
        self, text: str, limit: int = 50, offset: int = 0, created_by: str | None = None
    ) -> list[SessionSummary]:
        """Sessions whose title or company name contains `text`, newest first. Case is folded
        beyond ASCII ("café" finds "CAFÉ Über")."""
        pattern = f"%{_escape_like(text.strip().casefold())}%"
        # The ids come from scanning the small search index, not the rows (see migration 0004).
        matching = (
            select(SessionRow.id)
            .with_hint(SessionRow, "INDEXED BY ix_sessions_search_key", "sqlite")
            .where(SessionRow.search_key.like(pattern, escape="\\"))
        )
        query = (
            select(*_SUMMARY_COLUMNS)
            .where(SessionRow.id.in_(matching), *_made_by(created_by))
            .order_by(SessionRow.updated_at.desc(), SessionRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return self._run_read(lambda orm: [_summary(row) for row in orm.execute(query)])

    # -- writing -------------------------------------------------------------------------------

    def create(self, consultation: Consultation, import_digest: str | None = None) -> SavedSession:
        """Keep `consultation` as a new session; a blank title is made from the company's name
        and the time."""
        now = _now()
        profile = consultation.profile
        row = SessionRow(
            uid=uuid.uuid4().hex,
            version=1,
            created_by=self.author,
            updated_by=self.author,
            title=_clean_title(consultation.title) or default_title(profile, now),
            created_at=now,
            updated_at=now,
            import_digest=import_digest,
        )
        _fill(row, consultation)

        def work(orm: OrmSession, learned: dict[str, int]) -> SavedSession:
            row.results_json = self._parts.put(orm, consultation.ranking, learned)
            orm.add(row)
            orm.flush()
            return _saved(row, profile, consultation.ranking)

        return self._run_write_parts(work)

    def save(
        self, session_id: int, consultation: Consultation, expected_version: int | None = None
    ) -> SavedSession:
        """Overwrite a session's profile, results, notes and comparison in one transaction
        (autosave calls this); its title stays, which `rename` changes. With
        `expected_version`, a session someone saved since that version is not overwritten:
        SessionConflict says who changed it and when."""

        def work(orm: OrmSession, learned: dict[str, int]) -> SavedSession:
            row = _row(orm, session_id, for_update=True)
            _check_version(row, expected_version)
            _fill(row, consultation)
            row.results_json = self._parts.put(orm, consultation.ranking, learned)
            self._touch(row)
            return _saved(row, consultation.profile, consultation.ranking)

        return self._run_write_parts(work)

    def rename(
        self, session_id: int, title: str, expected_version: int | None = None
    ) -> SavedSession:
        clean = _clean_title(title)
        if not clean:
            raise StoreError("title: must not be blank")

        def work(orm: OrmSession) -> SavedSession:
            row = _row(orm, session_id, for_update=True)
            _check_version(row, expected_version)
            row.title = clean
            row.search_key = search_key(clean, row.company_name)
            self._touch(row)
            return self._to_saved(orm, row)

        return self._run_write(work)

    def duplicate(self, session_id: int) -> SavedSession:
        original = self.get(session_id)
        return self.create(replace(original, title=f"{original.title} (copy)"[:200]))

    def delete(self, session_id: int) -> None:
        def work(orm: OrmSession) -> None:
            orm.delete(_row(orm, session_id))

        self._run_write(work)

    def _touch(self, row: SessionRow) -> None:
        row.version = (row.version or 1) + 1
        row.updated_by = self.author
        row.updated_at = _now()

    # -- copying between stores ------------------------------------------------------------------

    def uids(self) -> set[str]:
        return self._run_read(lambda orm: set(orm.scalars(select(SessionRow.uid))))

    def page(self, after_id: int = 0, limit: int = 200) -> list[SavedSession]:
        """Whole sessions in id order, after `after_id`: for copying every one."""

        def work(orm: OrmSession) -> list[SavedSession]:
            query = (
                select(SessionRow)
                .where(SessionRow.id > after_id)
                .order_by(SessionRow.id)
                .limit(limit)
            )
            return [self._to_saved(orm, row) for row in orm.scalars(query)]

        return self._run_read(work)

    def adopt(self, sessions: Sequence[SavedSession]) -> None:
        """Add sessions from another store as they are: same id across stores (uid), times,
        authors and version. One transaction for all of them."""

        def work(orm: OrmSession, learned: dict[str, int]) -> None:
            for session in sessions:
                row = SessionRow(
                    uid=session.uid or uuid.uuid4().hex,
                    title=session.title,
                    version=session.version,
                    created_by=session.created_by,
                    updated_by=session.updated_by,
                    created_at=session.created_at,
                    updated_at=session.updated_at,
                )
                _fill(row, session)
                row.results_json = self._parts.put(orm, session.ranking, learned)
                orm.add(row)

        self._run_write_parts(work)

    # -- rows ----------------------------------------------------------------------------------

    def _run_write_parts(self, work: Callable[[OrmSession, dict[str, int]], T]) -> T:
        """`_run_write` for work that stores rankings: the part ids it looks up are remembered
        once it has committed."""
        learned: dict[str, int] = {}
        result = self._run_write(lambda orm: work(orm, learned))
        self._parts.learn(learned)
        return result

    def _to_saved(self, orm: OrmSession, row: SessionRow) -> SavedSession:
        try:
            profile = Profile.model_validate_json(row.profile_json)
            ranking = self._parts.load(orm, row.results_json)
            comparison = [str(x) for x in json.loads(row.comparison_json)]
        except (ValueError, KeyError, TypeError) as error:
            raise StoreError(
                f"session {row.id} is damaged and cannot be opened ({str(error)[:200]})"
            ) from None
        return _saved(row, profile, ranking, comparison)

    # -- exchange ------------------------------------------------------------------------------

    def export_json(self, session_id: int) -> str:
        session = self.get(session_id)
        document = SessionDocument(
            title=session.title,
            notes=session.notes[:MAX_NOTES],
            profile=session.profile,
            ranking=session.ranking,
            comparison=session.comparison,
            # Local time with its offset: readable, and still the exact instant.
            created_at=local(session.created_at),
            updated_at=local(session.updated_at),
        )
        return document.model_dump_json(indent=2)

    def import_json(self, text: str, origin: str = "import") -> SavedSession:
        """Add the session a JSON export holds. The same file imported again is refused (its
        digest is kept), so a second import makes no duplicate."""
        document = parse_session_document(text, origin)
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
        earlier = self._run_read(
            lambda orm: orm.scalar(
                select(SessionRow.id).where(SessionRow.import_digest == digest).limit(1)
            )
        )
        if earlier is not None:
            raise StoreError(f"{origin}: already imported as session {earlier}")
        consultation = Consultation(
            document.profile, document.ranking, document.title, document.notes, document.comparison
        )
        return self.create(consultation, import_digest=digest)


def _clean_title(title: str | None) -> str:
    return (title or "").strip()[:200]


def _row(orm: OrmSession, session_id: int, for_update: bool = False) -> SessionRow:
    # FOR UPDATE on a server holds the row until the save commits; SQLite's write lock,
    # taken when the transaction began, already does.
    row = orm.get(SessionRow, session_id, with_for_update=for_update)
    if row is None:
        raise SessionNotFound(session_id)
    return row


def _check_version(row: SessionRow, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        when = local(row.updated_at).strftime("%Y-%m-%d %H:%M")
        raise SessionConflict(row.id, row.updated_by, when, row.version)


def _made_by(author: str | None) -> list[ColumnElement[bool]]:
    return [] if author is None else [SessionRow.created_by == author]


def search_key(title: str, company: str) -> str:
    return f"{title}\n{company}".casefold()


# Summaries skip the profile and ranking JSON: listing stays fast however big sessions get.
_SUMMARY_COLUMNS = (
    SessionRow.id,
    SessionRow.title,
    SessionRow.company_name,
    SessionRow.catalogue_version,
    SessionRow.created_at,
    SessionRow.updated_at,
    SessionRow.created_by,
    SessionRow.updated_by,
)


def _summary(row: Row[int, str, str, str, datetime, datetime, str, str]) -> SessionSummary:
    return SessionSummary(
        id=row.id,
        title=row.title,
        company_name=row.company_name,
        catalogue_version=row.catalogue_version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        created_by=row.created_by,
        updated_by=row.updated_by,
    )


def _fill(row: SessionRow, consultation: Consultation) -> None:
    """Put `consultation` in `row`: all but its title, and its ranking, which `RankingParts.put`
    keeps (it needs the database)."""
    profile, ranking = consultation.profile, consultation.ranking
    row.company_name = profile.company_name
    row.profile_json = profile.model_dump_json(exclude_none=True)
    row.notes = consultation.notes[:MAX_NOTES]
    row.comparison_json = json.dumps(list(consultation.comparison)[:4])
    row.search_key = search_key(row.title, profile.company_name)
    row.catalogue_version = ranking.catalogue.version
    row.catalogue_digest = ranking.catalogue.digest


def _saved(
    row: SessionRow, profile: Profile, ranking: Ranking, comparison: list[str] | None = None
) -> SavedSession:
    return SavedSession(
        id=row.id,
        title=row.title,
        notes=row.notes,
        profile=profile,
        ranking=ranking,
        comparison=comparison if comparison is not None else json.loads(row.comparison_json),
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        created_by=row.created_by,
        updated_by=row.updated_by,
        uid=row.uid,
    )
