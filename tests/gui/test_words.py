"""Words a person reads: messages in the interface language with the field's label."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from startup_match.core.model.langs import Lang
from startup_match.gui.main_window import MainWindow

from .helpers import type_name


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_a_rule_across_fields_is_told_with_their_labels_in_the_interface_language(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    """It read `technical_staff: cannot be more than team_size` in English, even in Chinese."""
    window.change_language(lang)
    type_name(qtbot, window, "Robo Works")
    window.form.team_size.setValue(2)
    window.form.technical_staff.setValue(5)
    message = window.form._errors["technical_staff"].text()
    assert window.form.plain_title("technical_staff") in message
    assert window.form.plain_title("team_size") in message
    assert "(&" not in message and "&j" not in message
    assert "technical_staff" not in message and "team_size" not in message
    if lang != "en":
        assert "cannot" not in message


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
def test_qts_own_file_dialog_reads_wholly_in_chinese(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    """Qt's catalogue lacks "Look in" and "Files of type": the file dialogs were half English."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    window.change_language(lang)
    dialog = QFileDialog(window, "", "", "JSON (*.json)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
    english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t.replace("&", ""))]
    assert texts and english == []


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_about_is_sized_to_its_text_and_the_screen(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    """About was 1343 px tall: a narrow column of text."""
    from startup_match.core.model.loader import default_catalogue
    from startup_match.gui.help import about_dialog

    window.change_language(lang)
    dialog = about_dialog(window, default_catalogue(), lang)
    qtbot.addWidget(dialog)
    screen = window.screen().availableGeometry()
    assert 400 <= dialog.width() <= screen.width()
    assert dialog.height() <= min(screen.height(), 560)


def test_save_as_and_rename_are_wide_enough_for_a_title(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They were 200 px wide: a session's title was cut in its own field."""
    from PySide6.QtWidgets import QInputDialog

    from startup_match.gui.dialog_prompts import DialogPrompts

    widths: list[int] = []

    def answer(dialog: QInputDialog) -> int:
        widths.append(dialog.width())
        return 0

    monkeypatch.setattr(QInputDialog, "exec", answer)
    prompts = DialogPrompts(window, window.settings)
    title = "Helix Lab Limited — HKSTP incubation and TSSSU, 7 Dec 2026"
    assert prompts.ask_text("Rename session", "Session title:", title) is None
    line = window.fontMetrics().horizontalAdvance(title)
    assert widths[0] >= min(line, window.screen().availableGeometry().width() * 0.8)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_programme_names_and_the_help_filter_are_readable_in_a_small_window(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    """At 1024×640 the names collapsed to "…"; the filter always read "Any kind of he"."""
    from PySide6.QtCore import Qt

    from startup_match.gui.results_model import ResultsModel
    from startup_match.gui.results_pane import MIN_NAME

    from .helpers import fill_spin_out_university_profile

    fill_spin_out_university_profile(qtbot, window)  # picks answers by their English words
    window.change_language(lang)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    table, kinds = window.results.table, window.results.kind_filter
    assert kinds.width() >= kinds.fontMetrics().horizontalAdvance(kinds.itemText(0)) + 20
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    names = table.columnWidth(ResultsModel.PROGRAMME)
    assert names >= min(table.sizeHintForColumn(ResultsModel.PROGRAMME), MIN_NAME)
    assert names >= table.columnWidth(ResultsModel.HEADLINE)
    proxy = window.results.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, ResultsModel.PROGRAMME)
        assert str(index.data()) in str(index.data(Qt.ItemDataRole.ToolTipRole))


def test_in_a_large_window_the_headline_keeps_room_beside_the_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1600 px the names took all the room up to their full width and left the headline
    ("what it gives") 120 px: "Incu-Bio… 4 years"."""
    from startup_match.gui.results_model import ResultsModel
    from startup_match.gui.results_pane import MIN_NAME

    from .helpers import fill_spin_out_university_profile

    fill_spin_out_university_profile(qtbot, window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    table = window.results.table
    names, headline = (
        table.columnWidth(c) for c in (ResultsModel.PROGRAMME, ResultsModel.HEADLINE)
    )
    assert names >= MIN_NAME
    assert headline >= 0.4 * (names + headline) - 1, (names, headline)


@pytest.mark.parametrize("lang", ["en", "zh-Hant", "zh-Hans"])
def test_every_bounded_field_says_its_limit(window: MainWindow, lang: Lang) -> None:
    """A spin box stops at its maximum and the name at 120 characters, without a word."""
    from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

    from startup_match.core.words.labels import format_hkd
    from startup_match.gui.inputs import HkdSpin

    window.change_language(lang)
    form = window.form
    assert "120" in form._helps["company_name"].text()
    for name in form.field_titles():
        widget = form.widget_for(name)
        if not isinstance(widget, QSpinBox | QDoubleSpinBox):
            continue
        if isinstance(widget, HkdSpin):
            most = format_hkd(widget.maximum(), lang)
        else:
            most = f"{widget.maximum():,.0f}"
        assert most in form._helps[name].text(), (lang, name)
        assert most in widget.toolTip(), (lang, name)


def test_in_a_small_window_the_results_keep_most_of_the_height(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The plan's questions and list set the lower pane's least height, and a 640-px window
    showed two rows of results; the plan now scrolls and the table keeps its 3:2 share."""
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    table_part, lower_part = window.results.sizes()
    assert table_part >= 1.3 * lower_part, (table_part, lower_part)
