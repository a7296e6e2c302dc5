"""Help menu content: About names the version, catalogue and sources; the guide the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from startup_match import __version__
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
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        seen.append(f"{dialog.windowTitle()}: {default_catalogue().info.version in text}")
        dialog.close()

    for action in (window.menus.about, window.menus.guide):
        QTimer.singleShot(0, read_and_close)
        action.trigger()
    assert seen == ["About Startup Scheme Matcher: True", "Guide: False"]
