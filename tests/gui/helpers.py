"""Acting on the form as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from startup_match.core.words.labels import value_label
from startup_match.gui.main_window import MainWindow
from startup_match.gui.results_model import ID_ROLE, STATUS_ROLE


def type_name(qtbot: QtBot, window: MainWindow, name: str) -> None:
    field = window.form.company_name
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, name)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard, as a user would."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def tick(checklist: QListWidget, value: str) -> None:
    for row in range(checklist.count()):
        item = checklist.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == value:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(value)


def label(value: str) -> str:
    return value_label(value, "en")


def statuses(window: MainWindow) -> dict[str, str]:
    """Each programme shown: its status (the groups' headings are no programmes)."""
    proxy = window.results.proxy
    return {
        str(proxy.data(proxy.index(r, 0), ID_ROLE)): str(proxy.data(proxy.index(r, 0), STATUS_ROLE))
        for r in range(proxy.rowCount())
        if proxy.data(proxy.index(r, 0), ID_ROLE) is not None
    }


def visible_ids(window: MainWindow) -> list[str]:
    """The programmes shown, in order (the groups' headings left out)."""
    proxy = window.results.proxy
    ids = (proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(proxy.rowCount()))
    return [str(found) for found in ids if found is not None]


def programme_row(window: MainWindow, programme_id: str) -> int:
    """The table row a programme is shown on (headings count as rows here)."""
    proxy = window.results.proxy
    for row in range(proxy.rowCount()):
        if proxy.data(proxy.index(row, 0), ID_ROLE) == programme_id:
            return row
    raise AssertionError(programme_id)


def fill_spin_out_university_profile(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    type_name(qtbot, window, "Helix Lab")
    choose(qtbot, form.stage, label("pre_seed"))
    tick(form.sectors, "biotech")
    choose(qtbot, form.location, label("hk_science_park"))
    choose(qtbot, form.incorporated_in_hk, "Yes")
    form.years_since_incorporation.setValue(1)
    links = form.university_links
    links.university.setCurrentIndex(links.university.findText(label("hku")))
    links.role.setCurrentIndex(links.role.findText(label("staff")))
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)
    tick(form.needs, "funding")


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key press as the user makes it: to the focused widget of the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def show_active(qtbot: QtBot, window: MainWindow, width: int = 1024, height: int = 640) -> None:
    """The window shown at `width` × `height` and active, so keys reach it."""
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget
