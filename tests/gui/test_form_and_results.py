"""Filling the form re-ranks live; bad input is marked at the field; details and filters work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.words.labels import FIELD_GROUPS, FIELDS
from startup_match.gui.main_window import MainWindow
from startup_match.gui.profile_form import EDITORS

from .helpers import (
    choose,
    fill_spin_out_university_profile,
    label,
    programme_row,
    statuses,
    type_name,
    visible_ids,
)


def test_typing_a_name_ranks_every_programme(qtbot: QtBot, window: MainWindow) -> None:
    assert window.results.model.rowCount() == 0
    type_name(qtbot, window, "Acme")
    assert window.results.model.programme_count() == len(default_catalogue().programmes)
    assert set(statuses(window).values()) == {"possible"}
    assert "Acme" not in window.windowTitle()  # unsaved session title
    assert window.windowTitle().startswith("Unsaved session *")


def test_ranking_changes_as_the_form_is_filled(qtbot: QtBot, window: MainWindow) -> None:
    type_name(qtbot, window, "Helix Lab")
    assert statuses(window)["tsssu"] == "possible"
    fill_spin_out_university_profile(qtbot, window)
    assert statuses(window)["tsssu"] == "eligible"
    assert visible_ids(window)[0] != "tsssu" or statuses(window)["tsssu"] == "eligible"
    # Moving to Cyberport makes InnoCell (Science Park only) ineligible.
    choose(qtbot, window.form.location, label("cyberport"))
    assert statuses(window)["innocell"] == "ineligible"


def test_invalid_name_is_marked_and_results_cleared(qtbot: QtBot, window: MainWindow) -> None:
    fill_spin_out_university_profile(qtbot, window)
    assert window.results.model.rowCount() > 0
    type_name(qtbot, window, "   ")
    error_label = window.form._errors["company_name"]
    assert error_label.isVisible()
    assert "company" in error_label.text().lower()
    assert window.form.company_name.property("invalid") is True
    assert window.results.model.rowCount() == 0  # never stale results
    assert window.results.invalid_label.isVisible()
    assert not window.menus.export_pdf.isEnabled()
    type_name(qtbot, window, "Fixed")
    assert not error_label.isVisible()
    assert window.results.model.rowCount() > 0


def test_details_show_verdicts_sources_and_hints(qtbot: QtBot, window: MainWindow) -> None:
    fill_spin_out_university_profile(qtbot, window)
    choose(qtbot, window.form.has_private_co_investor, "No")
    row = programme_row(window, "raise-plus")
    rect = window.results.table.visualRect(window.results.proxy.index(row, 1))
    qtbot.mouseClick(window.results.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.results.details.toPlainText()
    assert "Industry-Academia-Research 1+ Plan" in text
    assert "Unmet" in text and "an investor or industry sponsor is putting money in" in text
    assert "itf.gov.hk" in text  # the source it cites
    assert "What would change it" in text
    assert "Secure an industry sponsor" in text


def test_filters_hide_ineligible_and_search(qtbot: QtBot, window: MainWindow) -> None:
    fill_spin_out_university_profile(qtbot, window)
    assert "ineligible" in statuses(window).values()
    qtbot.mouseClick(window.results.show_ineligible, Qt.MouseButton.LeftButton)
    assert "ineligible" not in statuses(window).values()
    assert not window.settings.show_ineligible()
    qtbot.mouseClick(window.results.show_ineligible, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.results.search, "azure")
    assert visible_ids(window) == ["techconnect"]
    assert "TechConnect" in window.results.details.toPlainText()
    window.results.search.clear()
    assert len(visible_ids(window)) == len(default_catalogue().programmes)


def test_keyboard_shortcuts_and_accessible_names(window: MainWindow) -> None:
    assert window.menus.save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.menus.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.menus.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.menus.save_as.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.menus.print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    inputs = [window.form.widget_for(name) for name in window.form.field_titles()]
    inputs += [
        window.results.search,
        window.results.show_ineligible,
        window.results.table,
        window.results.details,
    ]
    for widget in inputs:
        assert widget.accessibleName(), widget
    # Every field label has a buddy, so its mnemonic (where it has one) reaches it.
    for name, widget_label in window.form._labels.items():
        field = window.form.widget_for(name)
        assert widget_label.buddy() is (field.focusProxy() or field), name


def test_every_profile_field_has_an_editor_a_title_words_and_a_group(window: MainWindow) -> None:
    """A new Profile field must reach every place: a test that fails when one is missed (a field
    missing from the words would print its raw name in a hint)."""
    fields = set(Profile.model_fields)
    assert set(EDITORS) == fields
    assert set(window.form.field_titles()) == fields
    assert set(FIELDS) == fields
    assert {name for _, names in FIELD_GROUPS for name in names} == fields
    assert {name for name, text in FIELDS.items() if text.question is None} == {"company_name"}
    for name in fields:
        editor = window.form.widget_for(name)
        assert editor.answer() in (None, ""), name  # a new form answers nothing yet


def test_the_rare_fields_fold_until_asked_for_or_answered(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    assert not form.listed.isVisibleTo(form)
    qtbot.mouseClick(form.more_button, Qt.MouseButton.LeftButton)
    assert form.listed.isVisibleTo(form)
    qtbot.mouseClick(form.more_button, Qt.MouseButton.LeftButton)
    assert not form.listed.isVisibleTo(form)
    form.load(Profile(company_name="Listed Co", listed=True))
    assert form.listed.isVisibleTo(form) and form.listed.answer() is True


def test_every_menu_command_is_one_row_and_one_connection(window: MainWindow) -> None:
    """A command is declared once, as a row of MenuActions.commands() that makes, places,
    words and enables its action, and connected once, in MainWindow._connect_signals()."""
    import inspect
    import re

    menus = window.menus
    placed = {
        action
        for menu in (menus.file_menu, menus.view_menu, menus.help_menu)
        for action in menu.actions()
    }
    commands = menus.commands()
    assert len({command.name for command in commands}) == len(commands) == len(menus.actions)
    connecting = inspect.getsource(MainWindow._connect_signals)
    for command in commands:
        action = getattr(menus, command.name)
        assert action is menus.actions[command.name] and action in placed, command.name
        assert action.text() == command.text and action in window.actions(), command.name
        connected = rf"menus\.{command.name}\.(triggered|toggled)\.connect\("
        assert re.search(connected, connecting), f"{command.name}: not connected by the window"


def test_tab_walks_the_form_in_order_then_the_results(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.form.more_button.setChecked(True)
    window.form.company_name.setFocus()
    order: list[QWidget] = [window.form.company_name]
    for _ in range(60):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        widget = window.focusWidget()
        # A spin box takes focus through its inner line edit: count the spin box itself.
        owner = (
            widget.parentWidget()
            if widget.parentWidget() in window.form.findChildren(QWidget)
            and not widget.accessibleName()
            else widget
        )
        if owner not in order:
            order.append(owner)
    form = window.form
    expected = [form.company_name, form.stage, form.sectors, form.location, form.needs]
    assert order[: len(expected)] == expected
    # Every form field comes before the results search box.
    fields = [form.widget_for(name) for name in form.field_titles() if name != "university_links"]
    positions = {id(w): i for i, w in enumerate(order)}
    assert all(id(f) in positions for f in fields)
    assert id(window.results.search) in positions
    assert max(positions[id(f)] for f in fields) < positions[id(window.results.search)]


def test_spin_boxes_step_out_of_not_set_sensibly(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    for spin in (form.annual_revenue_hkd, form.years_since_incorporation, form.team_size):
        assert spin.text() == "Not set"
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        assert spin.optional_value() == 0, spin.accessibleName()
        qtbot.keyClick(spin, Qt.Key.Key_Down)
        assert spin.text() == "Not set" and spin.optional_value() is None


def test_money_is_typed_and_shown_with_separators(qtbot: QtBot, window: MainWindow) -> None:
    spin = window.form.funding_sought_hkd
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "1500000")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.optional_value() == 1_500_000
    assert spin.text() == "HK$ 1,500,000"
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "-5")
    assert "-" not in spin.text()


def test_empty_window_says_how_to_start(qtbot: QtBot, window: MainWindow) -> None:
    assert window.results.start_hint.isVisible()
    assert "company's name" in window.results.start_hint.text()
    type_name(qtbot, window, "A")
    assert not window.results.start_hint.isVisible()
    window.session.discard_changes()
    window.new_session()
    assert window.results.start_hint.isVisible()
