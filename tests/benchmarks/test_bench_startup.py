"""Whole-process timings against a bare PySide6 window measured in the same run, as ratios (the
machine is shared, so absolute seconds move; the ratio is the figure the README reports).

Run: .venv/bin/python -m pytest tests/benchmarks -k startup --benchmark-only -s"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from startup_match.gui.app import build_window
from startup_match.gui.settings import AppSettings
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = build_window(settings, Path(sys.argv[2]), open_sessions_later=True)
window.show()
app.processEvents()
"""

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _seconds(argv: list[str], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(argv, env=ENV, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _report(benchmark: BenchmarkFixture, name: str, seconds: float, bare: float) -> None:
    ratio = seconds / bare
    benchmark.extra_info.update({"seconds": round(seconds, 3), "bare": round(bare, 3)})
    benchmark.extra_info["ratio"] = round(ratio, 2)
    print(f"\n{name}: {seconds:.3f} s, bare window {bare:.3f} s, ratio {ratio:.2f}")


@pytest.mark.parametrize("what", ["first window", "rank --json"])
def test_bench_startup_against_a_bare_window(
    benchmark: BenchmarkFixture, tmp_path: Path, what: str
) -> None:
    bare = _seconds([sys.executable, "-c", BARE])
    if what == "first window":
        argv = [sys.executable, "-c", APP, str(tmp_path / "s.ini"), str(tmp_path / "s.db")]
    else:
        profile = tmp_path / "p.json"
        profile.write_text('{"company_name": "Bench Co"}', encoding="utf-8")
        launcher = "import sys; from startup_match.launch import main; sys.exit(main())"
        argv = [sys.executable, "-c", launcher, "rank", str(profile), "--json"]
    seconds = benchmark.pedantic(lambda: _seconds(argv), rounds=1, iterations=1)
    _report(benchmark, what, seconds, bare)
