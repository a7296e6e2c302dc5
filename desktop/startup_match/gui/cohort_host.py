"""What the cohort window and its commands use of the main window, named here so that the
cohort modules and main_window.py do not import each other."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from ..core.model.langs import Lang
from .prompts import Prompts
from .session_controller import SessionController
from .settings import AppSettings


class CohortHost(Protocol):
    """The main window as the cohort parts see it: its language, open session, settings and
    prompts, and the calls that bring it to the front."""

    lang: Lang
    session: SessionController
    settings: AppSettings
    prompts: Prompts

    def show(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...
