"""Help menu content: About names the version, catalogue and sources; the guide the shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from startup_match import __version__
from startup_match.core.model.langs import Lang
from startup_match.core.model.loader import default_catalogue
from startup_match.gui.help import about_html, guide_html
from startup_match.gui.main_window import MainWindow


def test_about_names_version_catalogue_and_sources(window: MainWindow) -> None:
    html = about_html(default_catalogue(), "en")
    catalogue = default_catalogue()
    assert __version__ in html
    assert catalogue.info.version in html and catalogue.info.date in html
    sources = catalogue.all_sources()
    official = [s for s in sources if s.kind == "official"]
    assert f"{len(sources)} ({len(official)} official," in html
    dates = sorted(s.checked for s in sources if s.checked)
    assert f"facts checked {dates[0]} – {dates[-1]}" in html
    with_rules = sum(catalogue.confidence(p) == "official" for p in catalogue.programmes)
    assert f"{len(catalogue.programmes)} programmes, {with_rules} with official rules" in html
    assert "indicative only" in html


def test_guide_mentions_the_main_shortcuts(window: MainWindow) -> None:
    html = guide_html()
    for keys in ("Ctrl+S", "Ctrl+O", "Ctrl+M", "Ctrl+P", "Ctrl+E"):
        assert keys in html


def test_help_actions_exist_with_f1(window: MainWindow) -> None:
    assert window.menus.guide.shortcut().toString() == "F1"
    assert window.menus.about in window.menus.help_menu.actions()


def test_the_help_menu_opens_about_and_the_guide(window: MainWindow) -> None:
    """Both load their module when first asked for (not before the first paint)."""
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append(f"{dialog.windowTitle()}: {default_catalogue().info.version in text}")
        dialog.close()

    for action in (window.menus.about, window.menus.guide):
        QTimer.singleShot(0, read_and_close)
        action.trigger()
    assert seen == ["About Startup Scheme Matcher: True", "Guide: False"]


@pytest.mark.parametrize(
    ("lang", "order", "wrong"),
    [
        (
            "en",
            "what you asked for (the help ticked under Help wanted), then what else is open to "
            "you, then what is not open now, near misses first. Within a group the higher fit "
            "comes first, and on equal fit the larger amount",
            "eligible programmes first, then possible ones",
        ),
        (
            "zh-Hant",
            "先列符合你所需的支援（即「所需支援」中勾選的），再列你亦可申請的，最後列暫不符合的"
            "（差一點符合的排先）。同組之內配對分數高者先；分數相同，金額大者先。",
            "先列符合資格的計劃，再列或符合資格的計劃",
        ),
        (
            "zh-Hans",
            "先列符合你所需的支援（即“所需支援”中勾选的），再列你亦可申请的，最后列暂不符合的"
            "（差一点符合的排先）。同组之内配对分数高者先；分数相同，金额大者先。",
            "先列符合资格的计划，再列或符合资格的计划",
        ),
    ],
)
def test_the_guide_tells_the_order_the_ranking_is_in(
    window: MainWindow, lang: Lang, order: str, wrong: str
) -> None:
    """The guide said eligible, then possible, then ineligible; the ranking groups by what was
    asked for and ranks eligible and possible together by fit."""
    window.change_language(lang)
    html = guide_html()
    assert order in html
    assert wrong not in html
