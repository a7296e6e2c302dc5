"""Cohorts in the session store: a named group of sessions, one per start-up, which a team
shares like any session (SQLite file or team server). A re-import of the spreadsheet updates
the same start-ups, found by their key (Business Registration number or company name), in
one transaction: a file imported again changes nothing, an edited one changes only the
start-ups whose answers changed, and a Cancel or a failure leaves the cohort as it was."""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, func, select
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import Session as OrmSession

from ..core.consultation.consultation import Consultation
from ..core.model.profile import Profile
from ..core.model.ranking import Ranking
from .errors import StoreError
from .models import Base, SessionRow
from .repository import SessionStore, _fill, _now

MAX_NAME = 200


class CohortRow(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(MAX_NAME), unique=True)
    source: Mapped[str] = mapped_column(String(260), default="")
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()


class CohortMemberRow(Base):
    __tablename__ = "cohort_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class CohortSummary:
    id: int
    name: str
    members: int
    source: str
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str


@dataclass(frozen=True)
class StoredMember:
    session_id: int
    key: str
    position: int
    title: str
    profile: Profile


@dataclass(frozen=True)
class CohortImport:
    """What a (re-)import did: the counts, and each key's session."""

    cohort_id: int
    added: int
    updated: int
    unchanged: int
    kept: int  # in the cohort but not in this file: left as they were
    sessions: dict[str, int]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


class ImportCancelled(StoreError):
    """Cancel was pressed: the transaction was rolled back, nothing kept."""


Rank = Callable[[Profile], Ranking]
Progress = Callable[[int, int], bool]  # (done, total) → go on?


def _profile_json(profile: Profile) -> str:
    return profile.model_dump_json(exclude_none=True)


class CohortStore:
    """Cohorts kept in a SessionStore's database."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store

    def list(self) -> builtins.list[CohortSummary]:
        counts = (
            select(CohortMemberRow.cohort_id, func.count(CohortMemberRow.id).label("n"))
            .group_by(CohortMemberRow.cohort_id)
            .subquery()
        )
        query = (
            select(CohortRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.cohort_id == CohortRow.id)
            .order_by(CohortRow.updated_at.desc(), CohortRow.id.desc())
        )

        def work(orm: OrmSession) -> builtins.list[CohortSummary]:
            return [_summary(row, int(n)) for row, n in orm.execute(query)]

        return self.store._run_read(work)

    def find(self, name: str) -> CohortSummary | None:
        return next((c for c in self.list() if c.name == name.strip()), None)

    def members(self, cohort_id: int) -> builtins.list[StoredMember]:
        """The cohort's start-ups in the spreadsheet's order, with their profiles as saved
        (a colleague's edit in the normal window included)."""
        query = (
            select(
                CohortMemberRow.session_id,
                CohortMemberRow.key,
                CohortMemberRow.position,
                SessionRow.title,
                SessionRow.profile_json,
            )
            .join(SessionRow, SessionRow.id == CohortMemberRow.session_id)
            .where(CohortMemberRow.cohort_id == cohort_id)
            .order_by(CohortMemberRow.position, CohortMemberRow.id)
        )

        def work(orm: OrmSession) -> builtins.list[StoredMember]:
            found = []
            for session_id, key, position, title, profile_json in orm.execute(query):
                try:
                    profile = Profile.model_validate_json(profile_json)
                except ValueError:
                    raise StoreError(
                        f"session {session_id} is damaged and cannot be opened"
                    ) from None
                found.append(StoredMember(session_id, key, position, title, profile))
            return found

        return self.store._run_read(work)

    def delete(self, cohort_id: int, with_sessions: bool = False) -> None:
        """Forget the cohort; its sessions stay unless `with_sessions`."""

        def work(orm: OrmSession) -> None:
            row = orm.get(CohortRow, cohort_id)
            if row is None:
                return
            if with_sessions:
                ids = orm.scalars(
                    select(CohortMemberRow.session_id).where(CohortMemberRow.cohort_id == cohort_id)
                ).all()
                for session in orm.scalars(select(SessionRow).where(SessionRow.id.in_(ids))):
                    orm.delete(session)
            orm.query(CohortMemberRow).filter(CohortMemberRow.cohort_id == cohort_id).delete()
            orm.delete(row)

        self.store._run_write(work)

    def import_cohort(
        self,
        name: str,
        rows: Sequence[tuple[str, Profile]],
        rank: Rank,
        source: str = "",
        progress: Progress | None = None,
    ) -> CohortImport:
        """Add or update the cohort `name` with `rows` (key, profile), in the file's order.
        A start-up whose profile is as saved is left alone (not ranked, not written); `rank`
        ranks the others. All of it in one transaction."""
        clean = name.strip()[:MAX_NAME]
        if not clean:
            raise StoreError("cohort name: must not be blank")
        store = self.store
        learned: dict[str, int] = {}

        def work(orm: OrmSession) -> CohortImport:
            now = _now()
            cohort = orm.scalar(select(CohortRow).where(CohortRow.name == clean))
            if cohort is None:
                cohort = CohortRow(
                    uid=uuid.uuid4().hex,
                    name=clean,
                    source=source[:260],
                    created_by=store.author,
                    updated_by=store.author,
                    created_at=now,
                    updated_at=now,
                )
                orm.add(cohort)
                orm.flush()
            existing = {
                member.key: member
                for member in orm.scalars(
                    select(CohortMemberRow).where(CohortMemberRow.cohort_id == cohort.id)
                )
            }
            sessions = (
                {
                    row.id: row
                    for row in orm.scalars(
                        select(SessionRow).where(
                            SessionRow.id.in_([m.session_id for m in existing.values()])
                        )
                    )
                }
                if existing
                else {}
            )
            added = updated = unchanged = 0
            placed: dict[str, int] = {}
            for position, (key, profile) in enumerate(rows):
                if (
                    progress is not None
                    and position % 20 == 0
                    and not progress(position, len(rows))
                ):
                    raise ImportCancelled("cancelled: nothing was imported")
                member = existing.get(key)
                session_row = sessions.get(member.session_id) if member else None
                if member is not None and session_row is not None:
                    if session_row.profile_json == _profile_json(profile):
                        unchanged += 1
                    else:
                        ranking = rank(profile)
                        _fill(
                            session_row,
                            Consultation(
                                profile,
                                ranking,
                                session_row.title,
                                session_row.notes,
                                _comparison(session_row),
                            ),
                        )
                        session_row.results_json = store._parts.put(orm, ranking, learned)
                        store._touch(session_row)
                        updated += 1
                    if member.position != position:
                        member.position = position
                    placed[key] = session_row.id
                    continue
                session_row = SessionRow(
                    uid=uuid.uuid4().hex,
                    version=1,
                    created_by=store.author,
                    updated_by=store.author,
                    title=profile.company_name[:200],
                    created_at=now,
                    updated_at=now,
                )
                ranking = rank(profile)
                _fill(session_row, Consultation(profile, ranking, session_row.title))
                session_row.results_json = store._parts.put(orm, ranking, learned)
                orm.add(session_row)
                orm.flush()
                orm.add(
                    CohortMemberRow(
                        cohort_id=cohort.id, session_id=session_row.id, key=key, position=position
                    )
                )
                added += 1
                placed[key] = session_row.id
            if added or updated:
                cohort.updated_at = now
                cohort.updated_by = store.author
                if source:
                    cohort.source = source[:260]
            if progress is not None:
                progress(len(rows), len(rows))
            kept = len(set(existing) - set(placed))
            return CohortImport(cohort.id, added, updated, unchanged, kept, placed)

        result = store._run_write(work)
        store._parts.learn(learned)
        return result


def _comparison(session: SessionRow) -> builtins.list[str]:

    return [str(item) for item in json.loads(session.comparison_json or "[]")]


def _summary(row: CohortRow, members: int) -> CohortSummary:
    return CohortSummary(
        row.id,
        row.name,
        members,
        row.source,
        row.created_at,
        row.updated_at,
        row.created_by,
        row.updated_by,
    )
