"""Whole-process timings against a bare PySide6 window measured in the same run, as ratios (the
machine is shared, so absolute seconds move; the ratio is the figure the README reports).

Every process runs once unmeasured first, with bytecode written to a cache of this run's own:
that is how every start but the very first finds an installed app (this machine sets
PYTHONDONTWRITEBYTECODE, which would otherwise compile the app's modules on every start while
the bare window's come compiled with PySide6).

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

from ..first_window import FIRST_WINDOW
from .stores import filled_store

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
"""


Env = dict[str, str]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Env:
    made = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    made["QT_QPA_PLATFORM"] = "offscreen"
    made["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("bytecode"))
    return made


def _against_bare(argv: list[str], env: Env, rounds: int = 7) -> tuple[float, float]:
    """Median seconds of `argv` and of the bare window, started in turn, so that a spell of
    load on a shared machine slows both alike rather than one of them."""
    bare_argv = [sys.executable, "-c", BARE]
    for warm_up in (bare_argv, argv):  # compiles; not measured
        subprocess.run(warm_up, env=env, check=True, capture_output=True)
    app_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(rounds):
        for run, times in ((argv, app_times), (bare_argv, bare_times)):
            start = time.perf_counter()
            subprocess.run(run, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
    return statistics.median(app_times), statistics.median(bare_times)


def _report(benchmark: BenchmarkFixture, name: str, seconds: float, bare: float) -> None:
    ratio = seconds / bare
    benchmark.extra_info.update({"seconds": round(seconds, 3), "bare": round(bare, 3)})
    benchmark.extra_info["ratio"] = round(ratio, 2)
    print(f"\n{name}: {seconds:.3f} s, bare window {bare:.3f} s, ratio {ratio:.2f}")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A store of 100,000 sessions, and the newest one's id (the session the app reopens)."""
    database = tmp_path_factory.mktemp("big") / "sessions.db"
    store = filled_store(database, 100_000)
    newest = store.newest(1)[0].id
    store.close()
    return database, newest


def _start_with(tmp_path: Path, big_store: tuple[Path, int] | None) -> tuple[Path, Path]:
    """Settings and database for a start on a fresh profile (no store), or on one whose last
    session is the newest of 100,000."""
    settings = tmp_path / "s.ini"
    if big_store is None:
        return settings, tmp_path / "s.db"
    database, newest = big_store
    settings.write_text(f"[sessions]\nlast={newest}\n", encoding="utf-8")
    return settings, database


@pytest.mark.parametrize(
    ("what", "store"),
    [("first window", "fresh"), ("first window", "100k"), ("rank --json", "fresh")],
)
def test_bench_startup_against_a_bare_window(
    benchmark: BenchmarkFixture,
    tmp_path: Path,
    env: Env,
    what: str,
    store: str,
    request: pytest.FixtureRequest,
) -> None:
    if what == "first window":
        big = request.getfixturevalue("big_store") if store == "100k" else None
        settings, database = _start_with(tmp_path, big)
        argv = [sys.executable, "-c", FIRST_WINDOW, str(settings), str(database)]
    else:
        profile = tmp_path / "p.json"
        profile.write_text('{"company_name": "Bench Co"}', encoding="utf-8")
        launcher = "import sys; from startup_match.launch import main; sys.exit(main())"
        argv = [sys.executable, "-c", launcher, "rank", str(profile), "--json"]
    seconds, bare = benchmark.pedantic(lambda: _against_bare(argv, env), rounds=1, iterations=1)
    _report(benchmark, f"{what} ({store})", seconds, bare)


PEAK = """
def peak_mib():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
"""

BARE_MEMORY = BARE + PEAK + "print(f'PEAK first-paint {peak_mib():.1f}')\n"

# Appended to FIRST_WINDOW: on until the store has opened and the last session is back (the app
# reopens it in the same step).
SESSIONS_BACK = """
import time
deadline = time.monotonic() + 20
while window.session.store is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.001)
assert window.session.store is not None, "the session store never opened"
app.processEvents()
"""

APP_MEMORY = (
    FIRST_WINDOW
    + PEAK
    + 'print(f"PEAK first-paint {peak_mib():.1f}")\n'
    + SESSIONS_BACK
    + 'print(f"PEAK store-open {peak_mib():.1f}")\n'
)


def test_bench_sessions_back_from_a_big_store(
    benchmark: BenchmarkFixture, tmp_path: Path, env: Env, big_store: tuple[Path, int]
) -> None:
    """Start to the last of 100,000 sessions shown again: the store opens on a worker thread
    after the first paint, and the window asks whether it is ready every 30 ms."""
    settings, database = _start_with(tmp_path, big_store)
    argv = [sys.executable, "-c", FIRST_WINDOW + SESSIONS_BACK, str(settings), str(database)]
    seconds, bare = benchmark.pedantic(lambda: _against_bare(argv, env), rounds=1, iterations=1)
    _report(benchmark, "last session back (100k)", seconds, bare)


def _peaks(argv: list[str], env: Env) -> dict[str, float]:
    subprocess.run(argv, env=env, check=True, capture_output=True)  # compiles; not measured
    done = subprocess.run(argv, env=env, check=True, capture_output=True, text=True)
    return {
        stage: float(mib)
        for _, stage, mib in (line.split() for line in done.stdout.splitlines())
        if _ == "PEAK"
    }


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_bench_peak_memory_at_start(
    benchmark: BenchmarkFixture, tmp_path: Path, env: Env, big_store: tuple[Path, int]
) -> None:
    """Peak resident memory (VmHWM) of the app at its first paint and once its store of 100,000
    sessions has opened and the last one is back, beside a bare window's. Goal: ≤ 110 MiB."""
    settings, database = _start_with(tmp_path, big_store)
    bare = _peaks([sys.executable, "-c", BARE_MEMORY], env)["first-paint"]
    app = benchmark.pedantic(
        lambda: _peaks([sys.executable, "-c", APP_MEMORY, str(settings), str(database)], env),
        rounds=1,
        iterations=1,
    )
    benchmark.extra_info.update({"bare_mib": bare, **{f"{k}_mib": v for k, v in app.items()}})
    print(
        f"\npeak memory: bare window {bare:.0f} MiB; app at first paint "
        f"{app['first-paint']:.0f} MiB, with the store open {app['store-open']:.0f} MiB"
    )
