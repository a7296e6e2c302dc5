"""Copy every session from one store to another (a SQLite file to a team's server, or back),
with nothing lost and nothing twice: a session already in the target (same uid) is skipped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .repository import SessionStore

BATCH = 200


@dataclass(frozen=True)
class CopyResult:
    copied: int
    skipped: int


def copy_sessions(
    source: SessionStore,
    target: SessionStore,
    progress: Callable[[int, int], None] | None = None,
) -> CopyResult:
    """`progress(done, total)` is told after every batch."""
    present = target.uids()
    total = source.count()
    copied = skipped = done = 0
    after = 0
    while batch := source.page(after, BATCH):
        after = batch[-1].id
        new = [session for session in batch if session.uid not in present]
        if new:
            target.adopt(new)
            present.update(session.uid for session in new)
        copied += len(new)
        skipped += len(batch) - len(new)
        done += len(batch)
        if progress is not None:
            progress(done, total)
    return CopyResult(copied, skipped)
