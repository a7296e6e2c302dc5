"""Cohorts at scale (figures in the README; goals from issue 28): 10,000 start-ups × the whole
catalogue ranked in under 2 s, 1,000 summary sheets in under 2 minutes, and under 500 MiB for
10,000 start-ups read, ranked and shown in the window's matrix.

Run: .venv/bin/python -m pytest tests/benchmarks -k cohort --benchmark-only -s
(COHORT_SHEETS=100 writes fewer sheets for a quicker run.)"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from startup_match.core.cohort.matrix import Member, rank_cohort
from startup_match.core.cohort.reading import read_cohort
from startup_match.core.model.loader import default_catalogue
from startup_match.report.cohort_pdf import write_sheet_folder
from startup_match.store.cohorts import CohortStore
from startup_match.store.repository import SessionStore

from ..cohort_files import TODAY, make_cohort

BIG = 10_000


@pytest.fixture(scope="module")
def big_cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 10,000-row cohort spreadsheet, messy as the 200-row one (5 % of rows with a bad cell)."""
    return make_cohort(tmp_path_factory.mktemp("cohort") / "big.xlsx", BIG).path


@pytest.fixture(scope="module")
def members(big_cohort: Path) -> list[Member]:
    found = read_cohort(big_cohort, today=TODAY)
    return [Member(row.key, row.profile, row=row.row) for row in found.rows]


def test_bench_cohort_read_10000(benchmark: BenchmarkFixture, big_cohort: Path) -> None:
    found = benchmark.pedantic(read_cohort, (big_cohort,), {"today": TODAY}, rounds=2)
    assert len(found.rows) == BIG * 19 // 20


def test_bench_cohort_rank_10000(benchmark: BenchmarkFixture, members: list[Member]) -> None:
    catalogue = default_catalogue()
    rank_cohort(catalogue, members[:10])  # the catalogue's plans made once, as in the app
    matrix = benchmark.pedantic(rank_cohort, (catalogue, members), rounds=5)
    assert matrix.size == (len(members), len(catalogue.programmes))
    # On a shared machine the wall time follows its load; the CPU time much less.
    cpu = time.process_time()
    rank_cohort(catalogue, members)
    cpu = time.process_time() - cpu
    benchmark.extra_info["cpu_s"] = cpu
    rows, columns = matrix.size
    print(f"\nranked {rows} start-ups × {columns} programmes: {cpu:.2f} s CPU")


def test_bench_cohort_import_1000_into_the_store(
    benchmark: BenchmarkFixture, members: list[Member], tmp_path: Path
) -> None:
    from startup_match.core.engine.rank import rank

    catalogue = default_catalogue()
    rows = [(m.key, m.profile) for m in members[:1000]]

    def once(number: list[int] = [0]) -> None:  # noqa: B006  (a new database each round)
        number[0] += 1
        with SessionStore(tmp_path / f"s{number[0]}.db") as store:
            CohortStore(store).import_cohort("Big", rows, lambda p: rank(catalogue, p))

    benchmark.pedantic(once, rounds=1)


def test_bench_cohort_sheets(
    benchmark: BenchmarkFixture, members: list[Member], tmp_path: Path
) -> None:
    count = int(os.environ.get("COHORT_SHEETS", "1000"))
    folder = tmp_path / "sheets"
    written = benchmark.pedantic(
        write_sheet_folder, (members[:count], default_catalogue(), folder), rounds=1
    )
    assert len(written) == count
    print(f"\n{count} sheets on {os.cpu_count()} worker processes")


MEMORY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTableView
    app = QApplication([])
    from startup_match.core.cohort.matrix import Member, rank_cohort
    from startup_match.core.cohort.reading import read_cohort
    from startup_match.core.model.loader import default_catalogue
    from startup_match.gui.cohort_model import CellDelegate, CohortFilter, CohortModel
    found = read_cohort(Path(sys.argv[1]))
    members = [Member(r.key, r.profile, row=r.row) for r in found.rows]
    del found
    matrix = rank_cohort(default_catalogue(), members)
    model = CohortModel()
    model.set_matrix(matrix)
    proxy = CohortFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setItemDelegate(CellDelegate(view))
    view.resize(1280, 800)
    view.show()
    view.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    for _ in range(20):
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 400)
        app.processEvents()
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(f"PEAK {peak / 1024:.1f}")
    """
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_bench_cohort_peak_memory_10000(benchmark: BenchmarkFixture, big_cohort: Path) -> None:
    """Peak resident memory of a process that reads the 10,000-row spreadsheet, ranks it and
    shows the matrix, sorted and scrolled. Goal: under 500 MiB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run() -> float:
        done = subprocess.run(
            [sys.executable, "-c", MEMORY, str(big_cohort)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return float(done.stdout.split("PEAK")[-1])

    peak = benchmark.pedantic(run, rounds=1)
    benchmark.extra_info["peak_mib"] = peak
    print(f"\npeak memory: {peak:.0f} MiB")
    assert peak < 500
