"""The cohort window with the real widgets: File → Import Cohort, the mapping step, every bad
cell listed before anything is saved, the matrix with its totals, filters and sorting, who
should apply, a row opening its consultation, exports on a worker thread with Cancel, the
template, and the three languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from startup_match.gui.cohort_dialogs import MappingDialog, ProblemsDialog
from startup_match.gui.cohort_model import ROW_ROLE
from startup_match.gui.cohort_window import CohortWindow
from startup_match.gui.main_window import MainWindow
from startup_match.gui.results_model import STATUS_ROLE
from startup_match.store.cohorts import CohortStore

from ..cohort_files import make_cohort
from .fakes import FakePrompts, WindowFactory

ACCEPTED = QDialog.DialogCode.Accepted.value


def _wait(qtbot: QtBot, cohorts: CohortWindow) -> None:
    qtbot.waitUntil(lambda: not cohorts.tasks.busy, timeout=120_000)


def _import(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, path: Path, name: str
) -> CohortWindow:
    prompts.open_path = path
    prompts.texts = [name]
    window.cohorts.import_cohort.trigger()
    cohorts = window.cohorts.cohort_window()
    _wait(qtbot, cohorts)
    return cohorts


def test_import_lists_every_bad_cell_then_keeps_the_good_rows_and_reimport_changes_nothing(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    made = make_cohort(tmp_path / "spring.xlsx", count=80)
    shown: list[QDialog] = []

    def answer(dialog: QDialog) -> int:
        shown.append(dialog)
        assert isinstance(dialog, ProblemsDialog)
        assert dialog.model.rowCount() == made.bad_cells
        assert dialog.import_button.isEnabled()
        return ACCEPTED

    prompts.dialogs = answer
    cohorts = _import(qtbot, window, prompts, made.path, "Spring 2026")
    assert len(shown) == 1 and cohorts.matrix is not None
    assert cohorts.matrix.size[0] == made.good
    assert "added" in cohorts.statusBar().currentMessage()
    store = window.session.store
    assert store is not None and store.count() == made.good
    [saved] = CohortStore(store).list()
    assert (saved.name, saved.members) == ("Spring 2026", made.good)

    cohorts = _import(qtbot, window, prompts, made.path, "Spring 2026")
    assert f"0 added, 0 updated, {made.good} unchanged" in cohorts.statusBar().currentMessage()
    assert store.count() == made.good

    # Cancel on the list of bad cells: nothing is saved.
    prompts.dialogs = lambda dialog: QDialog.DialogCode.Rejected.value
    _import(qtbot, window, prompts, made.path, "Another")
    assert len(CohortStore(store).list()) == 1


def test_unknown_headers_are_mapped_once_per_layout(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    path = tmp_path / "portfolio.csv"
    path.write_text("Startup,Headcount,Stage\nHelix,12,seed\nQuanta,3,idea\n", encoding="utf-8")
    asked: list[list[str]] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, MappingDialog)
        asked.append(list(dialog.choices))
        dialog.choose("Startup", "company_name")
        dialog.choose("Headcount", "team_size")
        return ACCEPTED

    prompts.dialogs = answer
    cohorts = _import(qtbot, window, prompts, path, "Portfolio")
    assert asked == [["Startup", "Headcount"]]
    assert cohorts.matrix is not None
    assert [m.profile.team_size for m in cohorts.matrix.members] == [12, 3]
    path.write_text("Startup,Headcount,Stage\nHelix,14,seed\nQuanta,3,idea\n", encoding="utf-8")
    cohorts = _import(qtbot, window, prompts, path, "Portfolio")
    assert len(asked) == 1  # remembered for this layout
    assert "0 added, 1 updated, 1 unchanged" in cohorts.statusBar().currentMessage()


def test_the_matrix_filters_sorts_shows_totals_and_opens_a_consultation(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    made = make_cohort(tmp_path / "c.xlsx", count=40)
    prompts.dialogs = lambda dialog: ACCEPTED
    cohorts = _import(qtbot, window, prompts, made.path, "C")
    matrix = cohorts.matrix
    assert matrix is not None
    rows, programmes = matrix.size
    proxy, model = cohorts.proxy, cohorts.model
    assert (proxy.rowCount(), proxy.columnCount()) == (rows, programmes + 3)
    tsssu = 3 + matrix.column("tsssu")
    heading = str(model.headerData(tsssu, Qt.Orientation.Horizontal))
    counts = matrix.column_counts(tsssu - 3)
    assert heading.startswith("TSSSU") and f"✓ {counts['eligible']}" in heading
    tip = str(model.headerData(tsssu, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
    assert f"{counts['eligible']} of {rows} companies could apply to TSSSU now" in tip
    cell = model.index(0, tsssu)
    assert "fit" in str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert model.data(cell, STATUS_ROLE) == matrix.status(0, tsssu - 3)

    cohorts.programme_filter.setCurrentIndex(cohorts.programme_filter.findData("tsssu"))
    assert proxy.columnCount() == 4
    cohorts.status_filter.setCurrentIndex(cohorts.status_filter.findData("eligible possible"))
    open_rows = counts["eligible"] + counts["possible"]
    assert proxy.rowCount() == open_rows
    cohorts.programme_filter.setCurrentIndex(0)
    cohorts.status_filter.setCurrentIndex(0)
    cohorts.kind_filter.setCurrentIndex(cohorts.kind_filter.findData("space"))
    assert 3 < proxy.columnCount() < programmes + 3
    cohorts.kind_filter.setCurrentIndex(0)
    cohorts.confidence_filter.setCurrentIndex(cohorts.confidence_filter.findData("official"))
    assert all(
        matrix.programmes[
            model.programme_at(proxy.mapToSource(proxy.index(0, c)).column()) or 0
        ].confidence
        == "official"
        for c in range(3, proxy.columnCount())
    )
    cohorts.confidence_filter.setCurrentIndex(0)

    cohorts.table.sortByColumn(tsssu, Qt.SortOrder.AscendingOrder)
    top = [proxy.data(proxy.index(r, tsssu), STATUS_ROLE) for r in range(proxy.rowCount())]
    assert top == sorted(top, key=["eligible", "possible", "ineligible"].index)

    cohorts.show_programme(tsssu - 3)
    assert cohorts.who.rowCount() == open_rows
    assert "could apply to TSSSU now" in cohorts.panel_title.text()

    row = int(proxy.data(proxy.index(0, 0), ROW_ROLE))
    cohorts.table.doubleClicked.emit(proxy.index(0, 0))
    assert window.session.current.id == matrix.members[row].session_id
    assert window.form.company_name.text() == matrix.members[row].name


def test_exports_run_on_a_worker_and_cancel_keeps_nothing(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    made = make_cohort(tmp_path / "c.xlsx", count=24)
    prompts.dialogs = lambda dialog: ACCEPTED
    cohorts = _import(qtbot, window, prompts, made.path, "C")
    prompts.save_path = tmp_path / "matrix.xlsx"
    qtbot.mouseClick(cohorts.export_button, Qt.MouseButton.LeftButton)
    assert cohorts.tasks.busy and cohorts.tasks.cancel_button.isVisible()
    _wait(qtbot, cohorts)
    assert load_workbook(tmp_path / "matrix.xlsx").sheetnames[0] == "Matrix"
    prompts.save_path = tmp_path / "matrix.csv"
    cohorts.csv_button.click()
    _wait(qtbot, cohorts)
    assert (tmp_path / "matrix.csv").read_text(encoding="utf-8-sig").startswith("Start-up")

    prompts.save_path = tmp_path / "all.pdf"
    cohorts.combined_button.click()
    cohorts.tasks.cancel_button.click()
    _wait(qtbot, cohorts)
    assert cohorts.statusBar().currentMessage() == "Cancelled"
    assert not (tmp_path / "all.pdf").exists()
    cohorts.ask_folder = lambda title: tmp_path / "sheets"
    cohorts.folder_button.click()
    _wait(qtbot, cohorts)
    assert len(list((tmp_path / "sheets").glob("*.pdf"))) == made.good


def test_the_template_and_the_window_in_every_language(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    prompts.save_path = tmp_path / "template.xlsx"
    window.cohorts.template.trigger()
    assert load_workbook(tmp_path / "template.xlsx").active.cell(1, 1).value == "Company name"  # type: ignore[union-attr]
    made = make_cohort(tmp_path / "c.xlsx", count=10)
    prompts.dialogs = lambda dialog: ACCEPTED
    cohorts = _import(qtbot, window, prompts, made.path, "C")
    window.change_language("zh-Hant")
    qtbot.waitUntil(lambda: cohorts.lang == "zh-Hant")
    assert cohorts.import_button.text() == "匯入…"
    assert window.cohorts.import_cohort.text() == "匯入初創組別(&H)…"
    assert cohorts.model.data(cohorts.model.index(0, 3)) in {"符合資格", "或符合資格", "不符合資格"}
    headings = [cohorts.who.headerData(n, Qt.Orientation.Horizontal) for n in range(4)]
    assert "Status" not in headings and "Fit" not in headings, headings
    window.change_language("zh-Hans")
    qtbot.waitUntil(lambda: cohorts.lang == "zh-Hans")
    assert cohorts.export_button.text() == "导出 XLSX…"
    window.change_language("en")
    qtbot.waitUntil(lambda: cohorts.lang == "en")


def test_the_cohort_window_opens_in_the_language_and_within_the_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.change_language("zh-Hans")
    cohorts = window.cohorts.cohort_window()
    headings = [cohorts.who.headerData(n, Qt.Orientation.Horizontal) for n in range(4)]
    assert "Status" not in headings and "Fit" not in headings, headings
    screen, least = window.screen().availableGeometry(), cohorts.minimumSizeHint()
    assert cohorts.width() <= max(screen.width(), least.width())  # 1280 asked for, 800 here
    assert cohorts.height() <= max(screen.height(), least.height())


def test_with_sessions_off_a_cohort_is_shown_not_kept(
    qtbot: QtBot, make_window: WindowFactory, prompts: FakePrompts, tmp_path: Path
) -> None:
    window = make_window(store=None)
    path = tmp_path / "c.csv"
    path.write_text("Company name,Stage\nHelix,seed\n", encoding="utf-8")
    cohorts = _import(qtbot, window, prompts, path, "C")
    assert cohorts.matrix is not None and cohorts.matrix.members[0].session_id is None
    assert "not kept" in cohorts.statusBar().currentMessage()
    assert not cohorts.cohorts.isEnabled()
    cohorts.open_row(0)
    assert window.form.company_name.text() == "Helix" and window.session.current.id is None


def test_the_saved_cohorts_are_listed_off_the_ui_thread(
    window: MainWindow, prompts: FakePrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team server that goes quiet while the cohort window lists its cohorts leaves the window
    painting, and says so after the timeout (it waited on the UI thread for good)."""
    from startup_match.gui import store_calls
    from startup_match.store.cohorts import CohortStore

    from .test_store_calls_off_the_ui_thread import Ticks

    ticks = Ticks(None)  # never answers in time
    real = CohortStore.list

    def held(self: CohortStore) -> object:
        ticks.waiting.set()
        ticks.go.wait(30)
        return real(self)

    monkeypatch.setattr(CohortStore, "list", held)
    monkeypatch.setattr(store_calls, "STORE_TIMEOUT_SECONDS", 0.3)
    try:
        cohorts = window.cohorts.cohort_window()
        assert ticks.turned_while_waiting() > 0
        assert "stopped answering" in prompts.errors[-1][1]
        assert not cohorts.cohorts.isEnabled()
    finally:
        ticks.stop()
