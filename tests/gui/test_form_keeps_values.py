"""The form never rewrites a saved value it cannot show exactly: a field keeps its value until
the user edits that field."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from startup_match.core.model.profile import Profile
from startup_match.gui.main_window import MainWindow

from .helpers import type_name

EXACT = {
    "years_since_incorporation": 2.04,
    "technical_team_equity_pct": 9.96,
    "annual_revenue_hkd": 1_500_000_000_001,
    "funding_sought_hkd": 2**62 + 1,
}


def test_editing_one_field_keeps_the_others_exactly(qtbot: QtBot, window: MainWindow) -> None:
    window.form.load(Profile(company_name="Exact Co", **EXACT))
    type_name(qtbot, window, "Exact Co Ltd")
    raw = window.form.raw()
    assert raw["company_name"] == "Exact Co Ltd"
    assert {name: raw[name] for name in EXACT} == EXACT


def test_a_field_the_user_edits_takes_the_shown_value(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    form.load(Profile(company_name="Exact Co", **EXACT))
    form.years_since_incorporation.stepBy(1)
    form.technical_team_equity_pct.setValue(20)
    raw = form.raw()
    assert raw["years_since_incorporation"] == 2.5
    assert raw["technical_team_equity_pct"] == 20
    assert raw["annual_revenue_hkd"] == EXACT["annual_revenue_hkd"]
    form.load(Profile(company_name="Next"))  # a new profile forgets the old exact values
    assert form.raw() == {"company_name": "Next"}
