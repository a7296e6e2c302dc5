"""The whole window by keyboard alone: Tab, Shift+Tab, Ctrl+Tab / F6, Alt+letter, Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from startup_match.core.model.langs import Lang
from startup_match.gui.main_window import MainWindow

from .helpers import fill_spin_out_university_profile, focused, show_active


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_every_form_mnemonic_focuses_its_field_and_scrolls_it_into_view(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    """Alt+U did nothing; the other letters focused a field below the fold, unseen."""
    window.change_language(lang)
    show_active(qtbot, window)
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
        now = focused()
        field = window.form.widget_for(name)
        assert now is field or field.isAncestorOf(now), (lang, name, now)
        top_left = now.mapTo(viewport, QPoint(0, 0))
        assert viewport.rect().contains(top_left), (lang, name, top_left)


def _walk(qtbot: QtBot, start: QWidget, modifier: Qt.KeyboardModifier) -> list[QWidget]:
    """Tab (or Shift+Tab) from `start` until focus comes back to it."""
    start.setFocus()
    seen: list[QWidget] = []
    key = Qt.Key.Key_Backtab if modifier else Qt.Key.Key_Tab
    for _ in range(300):
        _key(qtbot, key, modifier)
        widget = focused()
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab never came back to the first field: {seen[-5:]}")


def test_tab_walks_the_whole_window_and_shift_tab_walks_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab, Shift+Tab and Ctrl+Tab never left the results table: the details needed a mouse."""
    fill_spin_out_university_profile(qtbot, window)
    show_active(qtbot, window)
    results = window.results
    forward = _walk(qtbot, window.form.company_name, Qt.KeyboardModifier.NoModifier)
    for part in (results.search, results.kind_filter, results.show_ineligible):
        assert part in forward
    assert results.table in forward and results.details in forward
    assert forward.index(results.search) < forward.index(results.table)
    assert forward.index(results.table) < forward.index(results.details)
    assert forward.count(results.table) == 1  # through the table at once, not cell by cell
    backward = _walk(qtbot, window.form.company_name, Qt.KeyboardModifier.ShiftModifier)
    # The same stops in reverse (Remove link is enabled once the list has been visited).
    both = [w for w in dict.fromkeys(reversed(forward)) if w in backward]
    assert [w for w in dict.fromkeys(backward) if w in forward] == both
    assert len(both) >= len(set(forward)) - 1


@pytest.mark.parametrize(
    ("forward", "backward"),
    [
        (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
            (
                Qt.Key.Key_Backtab,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            ),
        ),
        (
            (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier),
        ),
    ],
)
def test_ctrl_tab_and_f6_move_between_the_panes(
    qtbot: QtBot,
    window: MainWindow,
    forward: tuple[Qt.Key, Qt.KeyboardModifier],
    backward: tuple[Qt.Key, Qt.KeyboardModifier],
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    show_active(qtbot, window)
    window.form.stage.setFocus()
    _key(qtbot, *forward)
    assert focused() is window.results.table
    _key(qtbot, *forward)
    assert focused() is window.results.details
    _key(qtbot, *forward)
    assert focused() is window.form.stage  # back where the form was left
    _key(qtbot, *backward)
    assert focused() is window.results.details
    _key(qtbot, *backward)
    assert focused() is window.results.table


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_or_space_opens_the_link_reached_by_tab_in_the_details(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, key: Qt.Key
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    fill_spin_out_university_profile(qtbot, window)
    window.results.select_programmes(["itvf"])
    show_active(qtbot, window)
    details = window.results.details
    details.setFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    assert focused() is details and details.textCursor().hasSelection()  # on the first link
    _key(qtbot, key)
    assert opened and opened[0].startswith("https://")
