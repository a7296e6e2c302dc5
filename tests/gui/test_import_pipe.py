"""Import Session on a named pipe (or anything not a regular file) is refused by its kind at
once: the window never waits on a writer that may never come."""

from __future__ import annotations

import os
from pathlib import Path

from startup_match.gui.main_window import MainWindow

from .fakes import FakePrompts


def test_import_of_a_named_pipe_is_refused_without_blocking(
    window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    pipe = tmp_path / "session.json"
    os.mkfifo(pipe)
    prompts.open_path = pipe
    window.library.import_json()
    assert prompts.errors and "not a regular file" in prompts.errors[-1][1]
    assert window.session.store is not None and window.session.store.count() == 0
