"""The whole window by keyboard alone: Tab, Shift+Tab, Ctrl+Tab / F6, Alt+letter, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from startup_match.core.langs import Lang
from startup_match.gui.main_window import MainWindow

from .helpers import fill_spin_out_university_profile


def _show(qtbot: QtBot, window: MainWindow, width: int = 1024, height: int = 640) -> None:
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_every_form_mnemonic_focuses_its_field_and_scrolls_it_into_view(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    """Alt+U did nothing; the other letters focused a field below the fold, unseen."""
    window.change_language(lang)
    _show(qtbot, window)
    viewport = window.form_scroll.viewport()
    for name in window.form.field_titles():
        shown = window.form._labels[name].text().replace("&&", "")
        if "&" not in shown:
            continue
        letter = shown[shown.index("&") + 1]
        window.form_scroll.verticalScrollBar().setValue(0)
        window.results.table.setFocus()
        key = getattr(Qt.Key, f"Key_{letter.upper()}")
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        focused = _focused()
        field = window.form.widget_for(name)
        assert focused is field or field.isAncestorOf(focused), (lang, name, focused)
        top_left = focused.mapTo(viewport, QPoint(0, 0))
        assert viewport.rect().contains(top_left), (lang, name, top_left)
