"""Building the PyInstaller bundle and its .deb once per test run, and running what was built
as a user would: no Python on PATH, a clean HOME, nothing of this run's environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / ".packaging" / "build.py"
APP_ID = "hk.startupmatch.StartupMatch"


def project_version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


@dataclass(frozen=True)
class Built:
    bundle: Path
    deb: Path
    seconds: float  # the whole build, bundle and .deb


def build(out: Path) -> Built:
    """Bundle and .deb from this checkout into `out`; a second call in the run reuses them."""
    version = project_version()
    debs = sorted(out.glob(f"startup-match_{version}_*.deb"))
    bundles = sorted(out.glob(f"startup-match-{version}-*/startup-match"))
    timing = out / "seconds"
    if debs and bundles and timing.exists():
        return Built(bundles[0].parent, debs[0], float(timing.read_text()))
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(BUILD), "--deb", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    timing.write_text(f"{seconds:.1f}")
    print(f"\nbundle and .deb built in {seconds:.0f} s")
    return build(out)


def can_install() -> bool:
    """dpkg -i is possible (root, dpkg) and touches nobody's install of the app."""
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        return False
    present = subprocess.run(["dpkg", "-s", "startup-match"], capture_output=True, check=False)
    return present.returncode != 0 and not Path("/opt/startup-match").exists()


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: a fresh HOME, an empty folder as PATH (no Python on it), offscreen
    Qt, a UTF-8 locale; nothing of this run's (no PYTHONPATH, no virtual environment)."""
    empty = home / ".no-programs"
    empty.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": str(empty),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def snapshot(folder: Path) -> dict[str, tuple[int, float]]:
    """Every file and folder under `folder`, a file with its size and modification time."""
    return {
        str(p.relative_to(folder)): (0, 0)
        if p.is_dir()
        else (p.lstat().st_size, p.lstat().st_mtime)
        for p in folder.rglob("*")
    }


def validates(argv: list[str]) -> None:
    """Run a validator (desktop-file-validate, appstreamcli); skip where it is not installed."""
    import pytest

    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed")
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
