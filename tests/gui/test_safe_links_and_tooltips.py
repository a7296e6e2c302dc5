"""User text reaching a tooltip or a link goes through the safe path: the compare table's
tooltips are plain text (an imported session's rich text, or an image from a local file, is not
rendered), and only http(s) links from the shipped catalogue open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, Qt
from pytestqt.qtbot import QtBot

from startup_match.core.model.loader import default_catalogue
from startup_match.gui.details_pane import DetailsPane
from startup_match.gui.messages import plain_tooltip


def test_a_tooltip_shows_markup_as_text() -> None:
    shown = plain_tooltip('<img src="file:///etc/passwd"><b>bold</b>\nline')
    assert "<img" not in shown and "&lt;img" in shown and "&lt;b&gt;bold" in shown
    assert Qt.mightBeRichText(shown)  # so Qt never guesses: the markup is escaped, not read


@pytest.mark.parametrize(
    "link",
    ["file:///etc/passwd", "javascript:alert(1)", "https://evil.example.org/phish"],
)
def test_only_the_catalogues_web_links_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, link: str
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane = DetailsPane()
    qtbot.addWidget(pane)
    assert not pane.openExternalLinks() and not pane.openLinks()
    pane.anchorClicked.emit(QUrl(link))
    official = next(p.url for p in default_catalogue().programmes if p.url)
    pane.anchorClicked.emit(QUrl(official))
    assert opened == [official]


def _anchors(pane: DetailsPane) -> list[str]:
    """The addresses the pane shows as links (what a click, Tab or Enter could follow)."""
    found: list[str] = []
    block = pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href and href not in found:
                found.append(href)
            fragments += 1
        block = block.next()
    return found


@pytest.mark.parametrize(
    "link",
    ["file:///etc/passwd", "javascript:alert(1)", "https://evil.example.org/phish"],
)
def test_a_link_not_in_the_catalogue_is_shown_as_its_address_not_as_a_link(
    qtbot: QtBot, link: str
) -> None:
    from startup_match.core.engine.rank import rank
    from startup_match.core.model.profile import Profile

    ranking = rank(default_catalogue(), Profile(company_name="Linked Co"))
    shipped = next(o for o in ranking.results if o.url and o.status != "ineligible")
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_outcome(shipped, "en")
    assert _anchors(pane) == [shipped.url]  # the catalogue's own page stays a link
    imported = shipped.model_copy(update={"url": link})  # as an imported session may name it
    pane.show_outcome(imported, "en")
    assert _anchors(pane) == []
    text = pane.toPlainText()
    assert f"Official page: {link}" in text  # the address is still there to read
