"""Rough edges a new user hit (issue 11), each pinned by the way a person reaches it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from startup_match.core.consultation.consultation import Consultation
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.gui.main_window import MainWindow
from startup_match.gui.prompts import Unsaved
from startup_match.store.repository import SessionStore

from .fakes import FakePrompts, WindowFactory
from .helpers import (
    fill_spin_out_university_profile,
    press,
    statuses,
    tick,
    type_name,
    visible_ids,
)


def test_ctrl_i_and_the_view_menu_toggle_ineligible(qtbot: QtBot, window: MainWindow) -> None:
    fill_spin_out_university_profile(qtbot, window)
    assert "ineligible" in statuses(window).values()
    shown = window.results.show_ineligible.isChecked()
    window.menus.ineligible.trigger()  # View → Show Ineligible
    assert window.results.show_ineligible.isChecked() is not shown
    assert ("ineligible" in statuses(window).values()) is not shown
    press(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.results.show_ineligible.isChecked() is shown
    assert window.menus.ineligible.isChecked() is shown


def test_discard_on_quit_really_discards(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    first = make_window()
    type_name(qtbot, first, "Client To Forget")
    assert first.settings.draft() is not None
    prompts.unsaved = Unsaved.DISCARD
    assert first.close()
    second = make_window()
    second.session.restore_last()
    assert second.form.company_name.text() == ""
    assert second.settings.draft() is None


def test_escape_clears_find(qtbot: QtBot, window: MainWindow) -> None:
    fill_spin_out_university_profile(qtbot, window)
    all_rows = window.results.proxy.rowCount()
    window.results.search.setFocus()
    qtbot.keyClicks(window.results.search, "TSSSU")
    assert visible_ids(window) == ["tsssu"]
    qtbot.keyClick(window.results.search, Qt.Key.Key_Escape)
    assert window.results.search.text() == ""
    assert window.results.proxy.rowCount() == all_rows


def test_opening_another_session_starts_fresh(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path, prompts: FakePrompts
) -> None:
    """A fintech client's Sectors cursor must not tick Fintech in the next (biotech) client."""
    catalogue = default_catalogue()
    with SessionStore(db_path) as store:
        biotech = Profile(company_name="Bio Co", sectors=["biotech"])
        second_id = store.create(Consultation(biotech, rank(catalogue, biotech), title="Bio")).id
    window = make_window()
    type_name(qtbot, window, "Fin Co")
    tick(window.form.sectors, "fintech")
    window.form.sectors.setCurrentRow(3)  # the keyboard cursor on Fintech
    window.results.table.selectRow(5)
    prompts.unsaved = Unsaved.DISCARD
    assert window.session.open_session(second_id)
    assert window.form.sectors.currentRow() == -1
    qtbot.keyClick(window.form.sectors, Qt.Key.Key_Space)
    assert window.form.sectors.checked() == ["biotech"]
    # The first programme (under its group's heading), as a fresh window shows it.
    assert window.results.selected_ids() == visible_ids(window)[:1]


def test_every_form_mnemonic_reaches_its_field_and_is_unique(window: MainWindow) -> None:
    titles = window.form.field_titles()
    letters = []
    for title in titles.values():
        plain = title.replace("&&", "")
        if "&" in plain:
            letters.append(plain[plain.index("&") + 1].lower())
    # Every letter not taken below is used once; the fields added last are reached by Tab.
    assert len(letters) == 20
    assert len(letters) == len(set(letters)), letters
    taken = {"f", "v", "l", "h", "d", "n"}  # menus and result filters
    assert not taken & set(letters)
    links = window.form.widget_for("university_links")
    links.setFocus()
    assert links.focusProxy() is not None


def test_results_read_in_groups_and_filter_by_kind_of_help(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_spin_out_university_profile(qtbot, window)  # asks for funding
    proxy = window.results.proxy
    groups = [
        proxy.index(row, window.results.model.GROUP).data()
        for row in range(proxy.rowCount())
        if not proxy.is_heading(row)
    ]
    assert groups[0] == "Asked for"
    order = {"Asked for": 0, "Also open": 1, "Not open now": 2}
    assert [order[g] for g in groups] == sorted(order[g] for g in groups)
    talent = window.results.kind_filter.findData("talent")
    window.results.kind_filter.setCurrentIndex(talent)
    shown = window.results.model.outcomes()
    visible = set(visible_ids(window))
    assert visible == {o.id for o in shown if "talent" in o.kinds}
    assert window.results.kind_filter.currentText() == "Talent"


def test_details_lead_with_what_to_do_next(qtbot: QtBot, window: MainWindow) -> None:
    fill_spin_out_university_profile(qtbot, window)
    window.results.select_programmes(["itvf"])
    text = window.results.details.toPlainText()
    assert text.index("What to do next") < text.index("What it gives")
    assert "Next step: pitch to the venture capital funds" in text
    assert "Official page: https://www.itf.gov.hk/" in text


def test_message_boxes_show_user_text_as_plain_text(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from startup_match.gui import messages

    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.reject()

    QTimer.singleShot(0, answer)
    messages.question(None, "Delete session", 'Delete “<img src="x"><a href="y">t</a>” for good?')
    assert seen == [(Qt.TextFormat.PlainText, 'Delete “<img src="x"><a href="y">t</a>” for good?')]


def test_every_menu_item_has_its_own_mnemonic_in_every_language(window: MainWindow) -> None:
    """Alt+F, then a letter: each item of a menu answers to a different one."""
    import re

    for lang in ("en", "zh-Hant", "zh-Hans"):
        window.change_language(lang)  # type: ignore[arg-type]
        for menu in (window.menus.file_menu, window.menus.view_menu, window.menus.help_menu):
            keys = []
            for action in menu.actions():
                text = action.menu().title() if action.menu() else action.text()
                if action.isSeparator() or not text:
                    continue
                found = re.search(r"&([^&])", text)
                assert found, (lang, text)
                keys.append(found.group(1).casefold())
            assert len(keys) == len(set(keys)), (lang, menu.title(), keys)
    window.change_language("en")
