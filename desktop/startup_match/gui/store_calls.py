"""Store calls from the window run off the UI thread: the window keeps painting while one runs
(a nested event loop), and a call that has not answered in STORE_TIMEOUT_SECONDS is given up as
"stopped answering" (its thread is left to finish or fail on its own; nothing waits for it)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from ..store.errors import StoreError

T = TypeVar("T")

STORE_TIMEOUT_SECONDS = 20.0
FIRST_LOOK_SECONDS = 0.01  # the UI thread waits this long at most before turning its loop


class StoreStopped(StoreError):
    """The store did not answer in time; what was being saved is still in the window."""


def stopped_answering(where: str, shared: bool) -> str:
    """The message, in the window's language, for a store that did not answer in time."""
    text = (
        QCoreApplication.translate(
            "StoreCalls",
            "%1: the team server stopped answering (nothing for %2 s); your edits are kept — "
            "try again when it is back",
        )
        if shared
        else QCoreApplication.translate(
            "StoreCalls",
            "%1: the session database stopped answering (nothing for %2 s); your edits are "
            "kept — try again when it is back",
        )
    )
    return text.replace("%1", where).replace("%2", f"{STORE_TIMEOUT_SECONDS:g}")


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
    thread.join(FIRST_LOOK_SECONDS)  # most calls are over by now: no nested loop at all
    if thread.is_alive():
        loop.exec()
    poll.stop()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    if "value" not in outcome:
        raise StoreStopped(stopped_answering(where, shared))
    return outcome["value"]  # type: ignore[return-value]
