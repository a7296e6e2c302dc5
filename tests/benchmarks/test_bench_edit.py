"""One edit in the form, to the ranking and details on screen: re-rank, refill the table, keep
the selection, rewrite the details pane and paint the window (goal: ≤ 16 ms, median ≤ 5 ms).

Run: .venv/bin/python -m pytest tests/benchmarks -k edit --benchmark-only -s"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from startup_match.core.model.loader import default_catalogue
from startup_match.gui.main_window import MainWindow
from startup_match.gui.settings import AppSettings

from ..gui.fakes import FakePrompts
from ..gui.helpers import fill_spin_out_university_profile


def test_bench_one_edit_repaints(benchmark: BenchmarkFixture, qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(default_catalogue(), settings, None, prompts=FakePrompts())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    fill_spin_out_university_profile(qtbot, window)
    sizes = iter(range(1, 1_000_000))

    def edit() -> None:
        window.form.team_size.setValue(next(sizes) % 50 + 1)  # emits `edited`: re-rank
        window.repaint()  # paint now, as the next frame would

    benchmark.pedantic(edit, rounds=60, warmup_rounds=5)
    assert window.results.details.toPlainText()
    stats = benchmark.stats.stats
    print(f"\none edit: median {stats.median * 1000:.1f} ms, max {stats.max * 1000:.1f} ms")
    window.session.discard_changes()
