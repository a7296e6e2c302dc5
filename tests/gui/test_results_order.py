"""Results that explain their order: group headings with counts, a line saying the order, how
many the filters show with a way to clear them, and a message when nothing matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from startup_match.core.model.langs import Lang
from startup_match.core.model.ranking import ProgrammeOutcome
from startup_match.core.words.glossary import term
from startup_match.gui.main_window import MainWindow
from startup_match.gui.results_model import ID_ROLE

from .helpers import (
    fill_spin_out_university_profile,
    focused,
    show_active,
    type_name,
    visible_ids,
)


def _shown(window: MainWindow) -> list[str]:
    """Every row as the table shows it: a heading's text, or a programme's id."""
    proxy = window.results.proxy
    rows = []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        found = proxy.data(index, ID_ROLE)
        rows.append(str(found) if found is not None else f"# {index.data()}")
    return rows


def _ranked(window: MainWindow) -> list[ProgrammeOutcome]:
    assert window.results.ranking is not None
    return list(window.results.ranking.results)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_each_group_has_a_heading_with_its_count(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    fill_spin_out_university_profile(qtbot, window)  # asks for funding (English words)
    window.change_language(lang)
    outcomes = _ranked(window)
    count = {g: sum(o.group == g for o in outcomes) for g in ("asked", "open", "closed")}
    assert all(count.values())
    rows = _shown(window)
    headings = [row for row in rows if row.startswith("# ")]
    assert headings == [
        f"# {term('group_asked', lang)} · {count['asked']}",
        f"# {term('group_open', lang)} · {count['open']}",
        f"# {term('group_closed', lang)} · {count['closed']}",
    ]
    assert rows[0] == headings[0]
    assert rows[1 + count["asked"]] == headings[1]  # each heading right above its group
    assert visible_ids(window) == [o.id for o in outcomes]  # headings are no programmes
    table = window.results.table
    assert table.rowSpan(0, 0) == 1 and table.columnSpan(0, 0) == window.results.model.columnCount()
    assert table.isColumnHidden(window.results.model.GROUP)  # no word repeated on every row


def test_headings_are_passed_over_by_the_keys_and_never_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    show_active(qtbot, window)
    outcomes = _ranked(window)
    asked = [o.id for o in outcomes if o.group == "asked"]
    also_open = [o.id for o in outcomes if o.group == "open"]
    results = window.results
    results.select_programmes([asked[-1]])
    results.table.setFocus()
    qtbot.keyClick(results.table, Qt.Key.Key_Down)
    assert results.selected_ids() == [also_open[0]]  # over the "Also open to you" heading
    assert results.ranking is not None
    assert results.ranking.result(also_open[0]).name in results.details.toPlainText()
    qtbot.keyClick(results.table, Qt.Key.Key_Up)
    assert results.selected_ids() == [asked[-1]]
    for _ in range(len(outcomes)):  # the table is shorter with the Plan tab below it
        qtbot.keyClick(results.table, Qt.Key.Key_PageUp)
    assert results.selected_ids() == [asked[0]]  # the first programme, not its heading
    qtbot.keyClick(results.table, Qt.Key.Key_Up)
    assert results.selected_ids() == [asked[0]] and results.table.currentIndex().row() == 1
    heading = results.table.visualRect(results.proxy.index(0, 0))
    qtbot.mouseClick(results.table.viewport(), Qt.MouseButton.LeftButton, pos=heading.center())
    assert results.selected_ids() == [asked[0]]
    results.table.selectAll()
    assert sorted(results.selected_ids()) == sorted(o.id for o in outcomes)


def test_a_line_says_the_order_the_table_is_in(qtbot: QtBot, window: MainWindow) -> None:
    """An "Asked for" programme with fit 0 sat above an "Also open" one with fit 100, unsaid."""
    type_name(qtbot, window, "Acme")  # no needs ticked: no "asked for" group
    note = window.results.order_note
    assert not note.isHidden()
    assert note.text() == (
        "Sorted by group, then by fit (higher first), then by amount. Tick Help wanted to put "
        "the help you need first."
    )
    fill_spin_out_university_profile(qtbot, window)
    assert note.text() == (
        "Sorted by group, then by fit (higher first), then by amount (larger first)."
    )
    assert note.toolTip().startswith(
        "Groups: what you asked for (the help ticked under Help wanted), then what else is open "
        "to you, then what is not open now, near misses first. Within a group, the higher fit "
        "first; on equal fit, the larger amount."
    )
    assert "Eligible and possible programmes are ranked together by fit" in note.toolTip()
    # What it says is what the ranking does: groups in that order, fit falling within each.
    outcomes = _ranked(window)
    place = {"asked": 0, "open": 1, "closed": 2}
    groups = [place[o.group or ""] for o in outcomes]
    assert groups == sorted(groups)
    for group in ("asked", "open"):
        fits = [o.score for o in outcomes if o.group == group]
        assert fits == sorted(fits, reverse=True)
    assert outcomes[[o.group for o in outcomes].index("closed")].hints  # near misses lead


def test_filters_say_how_many_they_show_and_clear_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    show_active(qtbot, window)
    results = window.results
    total = len(_ranked(window))
    assert results.shown_label.isHidden() and results.clear_filters.isHidden()
    results.kind_filter.setCurrentIndex(results.kind_filter.findData("talent"))
    qtbot.mouseClick(results.show_ineligible, Qt.MouseButton.LeftButton)
    shown = visible_ids(window)
    assert 0 < len(shown) < total
    assert results.shown_label.text() == f"Showing {len(shown)} of {total}"
    assert results.shown_label.isVisible() and results.clear_filters.isVisible()
    assert results.clear_filters.text() == "Clear filters"
    # The headings count what is shown.
    talent = [o for o in _ranked(window) if "talent" in o.kinds and o.status != "ineligible"]
    asked = sum(o.group == "asked" for o in talent)
    assert next(r for r in _shown(window) if r.startswith("# ")).endswith(f" · {asked}")
    # Reached by Tab from the ineligible check box, pressed with Space.
    results.show_ineligible.setFocus()
    for _ in range(5):
        if focused() is results.clear_filters:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is results.clear_filters
    qtbot.keyClick(results.clear_filters, Qt.Key.Key_Space)
    assert len(visible_ids(window)) == total
    assert results.kind_filter.currentData() is None
    assert results.show_ineligible.isChecked() and window.settings.show_ineligible()
    assert results.shown_label.isHidden() and results.clear_filters.isHidden()


def test_find_matching_nothing_says_so_instead_of_an_empty_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    show_active(qtbot, window)
    results = window.results
    total = len(_ranked(window))
    results.search.setFocus()
    qtbot.keyClicks(results.search, "quantum teleport")
    assert visible_ids(window) == [] and results.proxy.rowCount() == 0  # no lone heading
    assert results.table.isHidden() and results.order_note.isHidden()
    assert results.nothing_shown.isVisible()
    assert results.nothing_shown.text() == (
        f"No programme matches “quantum teleport” with the filters set. "
        f"Clear filters to see all {total}."
    )
    assert results.shown_label.text() == f"Showing 0 of {total}"
    assert results.selected_ids() == []
    qtbot.mouseClick(results.clear_filters, Qt.MouseButton.LeftButton)
    assert results.search.text() == ""
    assert results.table.isVisible() and results.nothing_shown.isHidden()
    assert results.order_note.isVisible()
    assert len(visible_ids(window)) == total
    assert results.selected_ids() == [visible_ids(window)[0]]


@pytest.mark.parametrize(
    ("lang", "order", "showing", "clear"),
    [
        ("zh-Hant", "先按分組排列，同組按配對分數", "顯示 {total} 個計劃中的 1 個", "清除篩選"),
        ("zh-Hans", "先按分组排列，同组按配对分数", "显示 {total} 个计划中的 1 个", "清除筛选"),
    ],
    ids=["zh-Hant", "zh-Hans"],
)
def test_the_order_line_and_the_count_read_in_chinese(
    qtbot: QtBot, window: MainWindow, lang: Lang, order: str, showing: str, clear: str
) -> None:
    fill_spin_out_university_profile(qtbot, window)
    window.change_language(lang)
    results = window.results
    assert results.order_note.text().startswith(order)
    results.search.setText("TSSSU")
    assert results.shown_label.text() == showing.format(total=len(_ranked(window)))
    assert results.clear_filters.text() == clear


def test_the_first_programme_of_a_group_is_shown_with_its_heading(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Selected at the top after a re-rank, or reached by the Up key, the first programme was
    scrolled to alone and its heading hid above the table's edge."""
    fill_spin_out_university_profile(qtbot, window)
    show_active(qtbot, window)
    results = window.results
    table = results.table
    first = visible_ids(window)[0]
    results.select_programmes([visible_ids(window)[-1]])  # the table scrolled to its end
    assert table.rowAt(0) > 0
    results.select_programmes([first])
    assert table.rowAt(0) == 0  # the heading is the top row shown
    results.select_programmes([visible_ids(window)[-1]])
    table.setFocus()
    for _ in range(len(visible_ids(window)) + 5):
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert results.selected_ids() == [first]
    assert table.rowAt(0) == 0
