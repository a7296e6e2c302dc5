"""The details of the selected programme: verdicts, sources, what it gives, how to apply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.model.langs import Lang

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.ranking import ProgrammeOutcome


class DetailsPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self._outcome: ProgrammeOutcome | None = None
        self._lang: Lang = "en"
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Programme details"))
        if self._outcome is None:
            self.setPlaceholderText(self.tr("Select a programme to see why it fits or not."))

    def show_outcome(self, outcome: ProgrammeOutcome | None, lang: Lang) -> None:
        # Selection signals repeat themselves on every re-rank; laying out the same HTML
        # again is the costly part, so skip it when nothing shown would change.
        if (outcome, lang) == (self._outcome, self._lang):
            return
        self._outcome, self._lang = outcome, lang
        if outcome is None:
            self.clear()
        else:
            from ..report.sheet_html import programme_details_html  # not needed to first paint

            self.setHtml(programme_details_html(outcome, lang))

    def outcome(self) -> ProgrammeOutcome | None:
        return self._outcome
