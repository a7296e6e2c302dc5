"""Long cohort work (reading a file, importing into the store, exporting, writing sheets) on a
worker thread, with a progress bar and Cancel in the window's status bar: the window never
blocks. No Qt object crosses threads: the worker reports its progress into plain fields, and a
timer on the GUI thread shows them and delivers the result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from ..core.cohort.matrix import Cancelled
from ..report.cohort_xlsx import ExportError
from ..report.render import ReportError
from ..store.errors import StoreError

POLL_MS = 50
Progress = Callable[[int, int], bool]
Job = Callable[[Progress], Any]


class TaskRunner(QObject):
    """One job at a time. `done` gets the job's result on the GUI thread; `failed` the message
    of a problem the user can fix; a Cancel says so in the status bar."""

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status_bar
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.bar, self.cancel_button):
            status_bar.addPermanentWidget(widget)
            widget.hide()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cohort")
        self._future: Future[Any] | None = None
        self._stop = threading.Event()
        self._done_count = self._total = 0
        self._then: tuple[Callable[[Any], None], Callable[[str], None]] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the cohort task"))

    @property
    def busy(self) -> bool:
        return self._future is not None

    def run(
        self,
        title: str,
        job: Job,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> bool:
        if self.busy:
            return False
        self._stop.clear()
        self._done_count, self._total = 0, 0
        self._then = (done, failed)
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the job says how far it has come
        for widget in (self.label, self.bar, self.cancel_button):
            widget.show()
        self._future = self._pool.submit(job, self._progress)
        self._timer.start()
        return True

    def _progress(self, done: int, total: int) -> bool:
        """Called on the worker thread: only plain fields are touched."""
        self._done_count, self._total = done, total
        return not self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()
        self.label.setText(self.tr("Cancelling…"))

    def wait(self) -> None:
        """Until the job is over (closing the window)."""
        if self._future is not None:
            self._stop.set()
            self._future.exception()
            self._poll()

    def _poll(self) -> None:
        future = self._future
        if future is None:
            return
        if self._total:
            self.bar.setRange(0, self._total)
            self.bar.setValue(self._done_count)
        if not future.done():
            return
        self._timer.stop()
        self._future = None
        for widget in (self.label, self.bar, self.cancel_button):
            widget.hide()
        assert self._then is not None
        done, failed = self._then
        self._then = None
        error = future.exception()
        if error is None:
            done(future.result())
        elif _is_cancel(error):
            self._status.showMessage(self.tr("Cancelled"), 5000)
        elif isinstance(error, ValueError | OSError) or _is_known(error):
            failed(str(error).strip() or type(error).__name__)
        else:
            raise error

    def shutdown(self) -> None:
        self.wait()
        self._pool.shutdown(wait=True)


def _is_cancel(error: BaseException) -> bool:
    return isinstance(error, Cancelled) or type(error).__name__ == "ImportCancelled"


def _is_known(error: BaseException) -> bool:
    """Problems a user can fix: a store that failed, a report that could not be written."""

    return isinstance(error, StoreError | ReportError | ExportError)
