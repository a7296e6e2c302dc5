"""Store calls from the window run off the UI thread: the window keeps painting while one runs
(a nested event loop), and a call that has not answered in STORE_TIMEOUT_SECONDS is given up as
"stopped answering" (its thread is left to finish or fail on its own; nothing waits for it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QTimer

from ..store.errors import StoreError

T = TypeVar("T")

STORE_TIMEOUT_SECONDS = 20.0


class StoreStopped(StoreError):
    """The store did not answer in time; what was being saved is still in the window."""


def off_the_ui_thread(work: Callable[[], T], where: str, shared: bool) -> T:
    """`work()`'s result (or its exception), computed on a thread of its own."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the UI thread as it is
            outcome["error"] = error

    thread = threading.Thread(target=run, name="store call", daemon=True)
    thread.start()
    deadline = time.monotonic() + STORE_TIMEOUT_SECONDS

    def look() -> None:
        if not thread.is_alive() or time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(10)  # the window paints in between
    thread.join(0.05)  # most calls are over by now: no nested loop at all
    if thread.is_alive():
        loop.exec()
    poll.stop()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    if "value" not in outcome:
        who = "the team server" if shared else "the session database"
        raise StoreStopped(
            f"{where}: {who} stopped answering (nothing for {STORE_TIMEOUT_SECONDS:.0f} s); "
            "your edits are kept — try again when it is back"
        )
    return outcome["value"]  # type: ignore[return-value]
