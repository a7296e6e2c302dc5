"""The details of the selected programme: verdicts, sources, what it gives, how to apply."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.model.langs import Lang
from .lazy_core import shipped_catalogue

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.ranking import ProgrammeOutcome


@cache
def shipped_links() -> frozenset[str]:
    """The web pages the shipped catalogue cites: the only links the window opens (a session's
    ranking, imported from a file, may name any address: file://, javascript:)."""
    catalogue = shipped_catalogue()
    links = [programme.url for programme in catalogue.programmes]
    links += [source.url for source in catalogue.all_sources()]
    return frozenset(link for link in links if link and link.startswith(("https://", "http://")))


def followable(address: str) -> bool:
    """A link the window offers and opens: an http(s) page the shipped catalogue cites.
    Any other address is shown as plain text, so nothing dead looks clickable."""
    url = QUrl(address)
    return url.scheme() in ("http", "https") and url.toString() in shipped_links()


class DetailsPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Links open here (not by Qt behind our back), by click, Enter or Space, and only
        # after _follow has checked them.
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self._outcome: ProgrammeOutcome | None = None
        self._lang: Lang = "en"
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab reaches each link; Enter opens it (Qt's own), and Space too, as on a button."""
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            anchor = self._selected_anchor()
            if anchor:
                self.anchorClicked.emit(QUrl(anchor))
                return
        super().keyPressEvent(event)

    def _selected_anchor(self) -> str:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        probe = QTextCursor(cursor)
        probe.setPosition(cursor.selectionStart() + 1)
        return probe.charFormat().anchorHref()

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

            self.setHtml(programme_details_html(outcome, lang, followable))

    def _follow(self, url: QUrl) -> None:
        if followable(url.toString()):
            QDesktopServices.openUrl(url)

    def outcome(self) -> ProgrammeOutcome | None:
        return self._outcome
