"""The self-contained bundle, built from this checkout, packed as a .deb, installed (dpkg -i as
root; otherwise unpacked into a folder with dpkg-deb -x) and run as a user would: no Python on
PATH, a clean HOME. Then removed, leaving nothing behind but the user's own data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..bundles import (
    APP_ID,
    ROOT,
    Built,
    build,
    can_install,
    project_version,
    snapshot,
    user_env,
    validates,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian's dpkg)"),
]

PROFILE = ROOT / "tests" / "data" / "profiles" / "fintech-seed.json"
LIMIT_MIB = 250
NOT_BUNDLED = (  # test tools and Qt modules the app does not use
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "pypdf",
    "PyInstaller",
    "libQt6WebEngine",
    "libQt6Multimedia",
    "libQt63D",
    "libQt6Qml",
    "libQt6Quick",
    "libQt6Charts",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    pytest.importorskip("PyInstaller")
    return build(tmp_path_factory.getbasetemp() / "bundle")


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The folder the .deb was installed into: / with dpkg -i, or a folder it was unpacked
    into. Removing it is the last test's job."""
    if can_install():
        done = subprocess.run(["dpkg", "-i", str(built.deb)], capture_output=True, text=True)
        if done.returncode != 0:  # a dependency missing: leave no half-installed package
            subprocess.run(["dpkg", "--purge", "startup-match"], capture_output=True)
            pytest.fail(f"dpkg -i failed:\n{done.stdout}{done.stderr}")
        yield Path("/")
        if Path("/opt/startup-match").exists():  # the removal test did not get to it
            _dpkg("--purge", "startup-match")
    else:
        root = tmp_path_factory.mktemp("unpacked")
        subprocess.run(["dpkg-deb", "-x", str(built.deb), str(root)], check=True)
        yield root


def _dpkg(*args: str) -> None:
    done = subprocess.run(["dpkg", *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def _run(executable: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        env=user_env(home, **env),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_bundle_is_named_by_version_small_and_holds_no_test_tool(built: Built) -> None:
    assert built.bundle.name.startswith(f"startup-match-{project_version()}-linux-")
    assert built.deb.name.startswith(f"startup-match_{project_version()}_")
    files = [p for p in built.bundle.rglob("*") if not p.is_dir() or p.is_symlink()]
    size_mib = sum(p.lstat().st_size for p in files) / 2**20  # a link counts once, as a link
    print(f"\nbundle: {size_mib:.0f} MiB unpacked, .deb {built.deb.stat().st_size / 2**20:.0f} MiB")
    assert size_mib < LIMIT_MIB
    names = {part for p in files for part in p.relative_to(built.bundle).parts}
    for unwanted in NOT_BUNDLED:
        assert not [n for n in names if n.startswith(unwanted)], unwanted
    data = built.bundle / "_internal" / "startup_match" / "_data"
    translations = data / "resources" / "translations"
    assert sorted(p.name for p in translations.iterdir()) == [
        "startup_match_zh_Hans.qm",
        "startup_match_zh_Hant.qm",
    ]
    assert (data / "seeds" / "catalogue.toml").is_file()
    assert (data / "pyproject.toml").is_file()


def test_the_deb_installs_the_app_its_menu_entry_icons_and_metainfo(installed: Path) -> None:
    opt = installed / "opt" / "startup-match"
    assert (opt / "startup-match").is_file()
    link = installed / "usr" / "bin" / "startup-match"
    assert os.readlink(link) == "/opt/startup-match/startup-match"
    share = installed / "usr" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    validates(["desktop-file-validate", str(entry)])
    assert "Name[zh_HK]=初創計劃配對工具" in entry.read_text(encoding="utf-8")
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    validates(["appstreamcli", "validate", "--no-net", str(metainfo)])
    assert f'<release version="{project_version()}"' in metainfo.read_text(encoding="utf-8")
    hicolor = share / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_every_library_the_bundle_needs_is_in_it_or_on_the_system(installed: Path) -> None:
    """What ldd cannot find must be nowhere: the .deb's Depends bring the rest."""
    internal = installed / "opt" / "startup-match" / "_internal"
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = set()
    for library in [*internal.rglob("*.so*"), installed / "opt/startup-match/startup-match"]:
        if library.is_symlink() or not library.is_file():
            continue
        found = subprocess.run(
            ["ldd", str(library)],
            env={"LD_LIBRARY_PATH": search},
            capture_output=True,
            text=True,
            check=False,
        )
        missing |= {line.split()[0] for line in found.stdout.splitlines() if "not found" in line}
    assert missing == set()


def _executable(installed: Path) -> Path:
    if installed == Path("/"):
        return Path("/usr/bin/startup-match")  # as the menu and a terminal start it
    return installed / "opt" / "startup-match" / "startup-match"


def test_the_installed_app_runs_without_python_and_writes_only_to_the_users_folders(
    installed: Path, tmp_path: Path
) -> None:
    executable = _executable(installed)
    before = snapshot(installed / "opt" / "startup-match")
    system_cache = Path("/var/cache/fontconfig")  # root may write there: the app must not
    cached = snapshot(system_cache) if system_cache.is_dir() else {}
    home = tmp_path / "home"

    version = _run(executable, home, "--version")
    assert version.stdout.strip() == f"startup-match {project_version()}", version.stderr

    ranked = _run(executable, home, "rank", str(PROFILE), "--json")
    assert ranked.returncode == 0, ranked.stderr
    pip_app = subprocess.run(
        [sys.executable, "-m", "startup_match", "rank", str(PROFILE), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(ranked.stdout) == json.loads(pip_app.stdout)

    for lang, words in (("zh-Hant", "支援計劃"), ("zh-Hans", "支援计划")):
        pdf = home / f"sheet-{lang}.pdf"
        sheet = _run(executable, home, "sheet", str(PROFILE), "--lang", lang, "-o", str(pdf))
        assert sheet.returncode == 0, sheet.stderr
        assert words in _pdf_text(pdf)

    painted = _run(executable, home, STARTUP_MATCH_EXIT_AT_FIRST_PAINT="1")
    assert painted.returncode == 0, painted.stderr
    assert painted.stdout.strip() == "first paint"

    assert snapshot(installed / "opt" / "startup-match") == before  # nothing written there
    assert (snapshot(system_cache) if system_cache.is_dir() else {}) == cached


def test_the_bundle_writes_a_cohorts_sheets_in_worker_processes(
    installed: Path, tmp_path: Path
) -> None:
    """Sixteen or more sheets are written by spawned workers, which in a frozen app re-run the
    bundle's own executable: without multiprocessing's freeze support each worker started the
    command line with the spawn arguments, and every sheet failed."""
    home = tmp_path / "home"
    home.mkdir()
    cohort = home / "cohort.csv"
    rows = [f"Start-up {n},seed,3" for n in range(18)]
    cohort.write_text("Company name,Stage,Team size\n" + "\n".join(rows) + "\n", "utf-8")
    done = _run(_executable(installed), home, "cohort", "sheets", str(cohort), "--out", "out")
    assert done.returncode == 0, done.stderr
    assert "Wrote 18 sheets" in done.stdout
    written = sorted((home / "out").glob("*.pdf"))
    assert len(written) == 18 and "Start-up 17" in _pdf_text(written[-1])


def _pdf_text(pdf: Path) -> str:
    """The PDF's text as pdftotext reads it (pypdf where poppler is missing), NFKC-folded: the
    extraction gives Kangxi radicals for some ideographs."""
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        from ..pdfs import pdf_text

        text = pdf_text(pdf)
    return unicodedata.normalize("NFKC", text)


def test_the_bundles_fonts_reach_fontconfig(installed: Path) -> None:
    config = installed / "opt/startup-match/_internal/startup_match/_data/fonts/fonts.conf"
    if not config.exists():
        pytest.skip("the build machine had no Noto Sans CJK to bundle")
    if shutil.which("fc-list") is None:
        pytest.skip("fc-list is not installed")
    listed = subprocess.run(
        ["fc-list", ":", "file"],
        env={**os.environ, "FONTCONFIG_FILE": str(config)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(config.parent / "NotoSansCJK-Regular.ttc") in listed


def test_a_user_without_root_installs_and_removes_the_menu_entry(
    installed: Path, tmp_path: Path
) -> None:
    executable = _executable(installed)
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    before = snapshot(home)
    added = _run(executable, home, "--install-desktop-entry")
    assert added.returncode == 0, added.stderr
    share = home / ".local" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    validates(["desktop-file-validate", str(entry)])
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={(installed / 'opt/startup-match/startup-match').resolve()}\n" in text
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    removed = _run(executable, home, "--uninstall-desktop-entry")
    assert removed.returncode == 0, removed.stderr
    assert {k for k in snapshot(home) if not k.startswith(".no-programs")} == set(before)


def test_removing_the_deb_leaves_nothing_behind(built: Built, installed: Path) -> None:
    """Last: dpkg --purge removes every file the package put in place."""
    if installed != Path("/"):
        pytest.skip("not installed with dpkg (needs root): unpacked only")
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = [line.split(None, 5)[5].split(" -> ")[0].lstrip(".") for line in listing.splitlines()]
    placed = [p for p in paths if not p.endswith("/")]  # files and links, not shared folders
    _dpkg("--purge", "startup-match")
    left = [p for p in placed if os.path.lexists(p)]
    assert left == []
    assert not Path("/opt/startup-match").exists()
