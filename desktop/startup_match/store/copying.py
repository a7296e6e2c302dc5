"""Copy every session from one store to another (a SQLite file to a team's server, or back),
with nothing lost and nothing twice. A session already in the target (same uid) is brought up
to date when only the source changed it since; one changed in the target too, or one the target
cannot store, is skipped, and the result says which and why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import StoreError
from .repository import CopyState, SavedSession, SessionStore, check_storable

BATCH = 200


@dataclass(frozen=True)
class Skipped:
    session_id: int  # in the source
    title: str
    reason: str


@dataclass
class CopyResult:
    copied: int = 0  # new in the target
    updated: int = 0  # there already, brought up to the source's later version
    unchanged: int = 0  # there already, as in the source
    skipped: list[Skipped] = field(default_factory=list)


def _compare(session: SavedSession, there: CopyState | None) -> str:
    """ "new", "same", "later" (the source has a later version) or why it is skipped."""
    if there is None:
        return "new"
    if (session.version, session.updated_at) == (there.version, there.updated_at):
        return "same"
    if session.version > there.version and session.updated_at > there.updated_at:
        return "later"
    return (
        f"changed in the target since it was copied (session {there.id} there, version "
        f"{there.version}); copy it by hand or export it"
    )


def copy_sessions(
    source: SessionStore,
    target: SessionStore,
    progress: Callable[[int, int], None] | None = None,
) -> CopyResult:
    """`progress(done, total)` is told after every batch."""
    states = target.copy_states()
    total = source.count()
    result = CopyResult()
    done = after = 0
    while batch := source.page(after, BATCH):
        after = batch[-1].id
        new: list[SavedSession] = []
        later: list[tuple[int, SavedSession]] = []
        for session in batch:
            verdict = _compare(session, states.get(session.uid))
            if verdict in ("new", "later"):
                try:
                    check_storable(session)
                except StoreError as error:
                    result.skipped.append(Skipped(session.id, session.title, str(error)))
                    continue
            if verdict == "new":
                new.append(session)
            elif verdict == "later":
                later.append((states[session.uid].id, session))
            elif verdict == "same":
                result.unchanged += 1
            else:
                result.skipped.append(Skipped(session.id, session.title, verdict))
        if new:
            target.adopt(new)
            states.update((s.uid, CopyState(0, s.version, s.updated_at)) for s in new)
        if later:
            target.overwrite(later)
        result.copied += len(new)
        result.updated += len(later)
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return result
