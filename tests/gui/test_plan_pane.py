"""The Plan pane through the real window: made off the GUI thread, reached by Ctrl+L, one click
applies a change (the programmes it moved highlighted), one undo takes it back; saved with the
session and shown again as it was."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from startup_match.core.model.profile import Profile
from startup_match.gui.main_window import MainWindow
from startup_match.gui.results_model import CHANGED_BACKGROUND

from .fakes import FakePrompts, WindowFactory
from .helpers import press, statuses

PROFILE = Profile(
    company_name="Two Founders",
    stage="seed",
    sectors=["artificial_intelligence"],
    location="hk_science_park",
    incorporated_in_hk=True,
    incorporated_on=date(2026, 1, 5),
    team_size=3,
    technical_staff=1,
    technical_team_equity_pct=50,
)


def _shown(qtbot: QtBot, window: MainWindow, profile: Profile) -> None:
    window.form.load(profile)
    window._profile_edited()
    qtbot.waitUntil(lambda: window.results.plan.suggestions.count() > 0, timeout=5000)


def test_apply_a_change_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    _shown(qtbot, window, PROFILE)
    pane = window.results.plan
    assert pane.plan() is not None
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.results.below.currentWidget() is window.results.plan_area
    assert pane.suggestions.hasFocus()
    before = statuses(window)
    hire = next(
        row
        for row, s in enumerate(pane.plan().suggestions)  # type: ignore[union-attr]
        if s.changes.get("technical_staff") == 2
    )
    pane.suggestions.setCurrentRow(hire)
    qtbot.mouseClick(pane.apply_button, Qt.MouseButton.LeftButton)
    assert window.form.technical_staff.optional_value() == 2
    assert window.form.team_size.optional_value() == 4
    after = statuses(window)
    assert after != before
    model = window.results.model
    programmes = [row for row in range(model.rowCount()) if model.outcome(row) is not None]
    moved = {
        outcome.id
        for row in programmes
        if model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
        and (outcome := model.outcome(row)) is not None
    }
    assert "hkstp-incubation" in moved
    brush = model.data(model.index(programmes[0], 0), Qt.ItemDataRole.BackgroundRole)
    assert brush is None or brush.color().name() == CHANGED_BACKGROUND
    assert pane.undo_button.isEnabled()
    qtbot.mouseClick(pane.undo_button, Qt.MouseButton.LeftButton)
    assert window.form.technical_staff.optional_value() == 1
    assert statuses(window) == before
    assert not pane.undo_button.isEnabled()


def test_the_plan_is_saved_with_the_session(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts
) -> None:
    window = make_window()
    _shown(qtbot, window, PROFILE)
    made = window.results.plan.plan()
    qtbot.waitUntil(lambda: window.session.current.ranking.plan is not None, timeout=5000)  # type: ignore[union-attr]
    prompts.texts = ["With a plan"]
    assert window.session.save_as()
    session_id = window.session.current.id
    assert session_id is not None
    window.new_session()
    assert window.session.open_session(session_id)
    assert window.results.plan.plan() == made  # shown as it was, not made again
