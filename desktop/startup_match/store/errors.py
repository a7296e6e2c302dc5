"""Store problems, each with a message a user can act on."""


class StoreError(Exception):
    """The session store cannot do what was asked; nothing was lost or overwritten."""


class SessionNotFound(StoreError):
    def __init__(self, session_id: int) -> None:
        super().__init__(f"no session with id {session_id}")
        self.session_id = session_id


class SessionConflict(StoreError):
    """A save based on an older version of a session that someone else has saved since."""

    def __init__(
        self,
        session_id: int,
        changed_by: str,
        changed_at: str,
        version: int,
        kept: str = "your edits were not saved over theirs",
    ) -> None:
        who = changed_by or "someone else"
        super().__init__(
            f"session {session_id} was changed by {who} at {changed_at} after you opened it; {kept}"
        )
        self.session_id = session_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
