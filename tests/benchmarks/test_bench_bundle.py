"""The installed bundle's first window against the pip-installed app's, side by side in one run
(as test_bench_startup.py times the app against a bare window: each started in turn, seven
times, medians). Both start the window exactly as `startup-match` does and exit at its first
paint (STARTUP_MATCH_EXIT_AT_FIRST_PAINT). Goal: the bundle within 1.3 x the pip-installed app.

The bundle is built from this checkout and its .deb unpacked (dpkg-deb -x) into a folder: the
same files dpkg would put in /opt, without needing root.

Run: .venv/bin/python -m pytest tests/benchmarks -k bundle --benchmark-only -s"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from ..bundles import build, user_env

LAUNCHER = "import sys; from startup_match.launch import main; sys.exit(main())"


def _first_paint_seconds(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    assert done.stdout.strip() == "first paint", done.stderr
    return seconds


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_bench_bundle_first_window_against_the_pip_installed_app(
    benchmark: BenchmarkFixture, tmp_path_factory: pytest.TempPathFactory
) -> None:
    pytest.importorskip("PyInstaller")
    built = build(tmp_path_factory.getbasetemp() / "bundle")
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(root)], check=True)
    bundle = [str(root / "opt" / "startup-match" / "startup-match")]
    bundle_env = user_env(tmp_path_factory.mktemp("home"), STARTUP_MATCH_EXIT_AT_FIRST_PAINT="1")
    pip_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    pip_env.update(
        HOME=str(tmp_path_factory.mktemp("home")),
        QT_QPA_PLATFORM="offscreen",
        STARTUP_MATCH_EXIT_AT_FIRST_PAINT="1",
        PYTHONPYCACHEPREFIX=str(tmp_path_factory.mktemp("bytecode")),
    )
    pip_app = [sys.executable, "-c", LAUNCHER]

    def side_by_side(rounds: int = 7) -> tuple[float, float]:
        for argv, env in ((bundle, bundle_env), (pip_app, pip_env)):  # warm up; not measured
            _first_paint_seconds(argv, env)
        bundle_times: list[float] = []
        pip_times: list[float] = []
        for _ in range(rounds):
            bundle_times.append(_first_paint_seconds(bundle, bundle_env))
            pip_times.append(_first_paint_seconds(pip_app, pip_env))
        return statistics.median(bundle_times), statistics.median(pip_times)

    seconds, pip_seconds = benchmark.pedantic(side_by_side, rounds=1, iterations=1)
    ratio = seconds / pip_seconds
    benchmark.extra_info.update(
        {"bundle": round(seconds, 3), "pip": round(pip_seconds, 3), "ratio": round(ratio, 2)}
    )
    print(
        f"\nfirst window: bundle {seconds:.3f} s, pip-installed {pip_seconds:.3f} s, "
        f"ratio {ratio:.2f} (build {built.seconds:.0f} s)"
    )
