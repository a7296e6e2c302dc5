"""Store problems, each with a message a user can act on."""


class StoreError(Exception):
    """The session store cannot do what was asked; nothing was lost or overwritten."""


class SessionNotFound(StoreError):
    def __init__(self, session_id: int) -> None:
        super().__init__(f"no session with id {session_id}")
        self.session_id = session_id
