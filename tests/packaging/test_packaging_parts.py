"""The parts of the bundle that need no build: one version, the desktop entry and metainfo, the
icons made from the SVG, the user's own menu entry, and the frozen app's paths."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

import startup_match
from startup_match import desktop_entry, paths
from startup_match.gui import translations

from ..bundles import APP_ID, ROOT, project_version, snapshot, validates


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build", ROOT / ".packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build_script()


def test_one_version_from_pyproject() -> None:
    assert startup_match.__version__ == project_version() == build.project_version()
    shown = subprocess.run(
        [sys.executable, "-m", "startup_match", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == f"startup-match {project_version()}"
    metainfo = build.metainfo_text(project_version(), "2026-01-02")
    assert f'<release version="{project_version()}" date="2026-01-02"/>' in metainfo


def test_the_desktop_entryvalidates() -> None:
    validates(["desktop-file-validate", str(build.DESKTOP_FILE)])


def test_the_metainfo_validates_in_three_languages(tmp_path: Path) -> None:
    metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    text = build.metainfo_text(project_version(), build.release_date())
    metainfo.write_text(text, encoding="utf-8")
    for lang, name in (("zh_HK", "初創計劃配對工具"), ("zh_CN", "初创计划配对工具")):
        assert f'<name xml:lang="{lang}">{name}</name>' in text
    validates(["appstreamcli", "validate", "--no-net", str(metainfo)])


def test_icons_at_every_size_from_the_one_svg() -> None:
    pngs = build.render_pngs((16, 48, 256))
    for size, png in pngs.items():
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
    ico = build.ico_bytes(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 3)
    width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 32 : 6 + 48])
    assert width == 0 and ico[offset : offset + length] == pngs[256]  # 0 stands for 256
    icns = build.icns_bytes(build.render_pngs(tuple(sorted(set(build.ICNS_TYPES.values())))))
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_a_users_menu_entry_goes_in_and_comes_out_exactly(tmp_path: Path) -> None:
    home = tmp_path / "share"
    (home / "icons").mkdir(parents=True)  # a folder the user had: it stays
    before = snapshot(tmp_path)
    written = desktop_entry.install(home)
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert entry in written
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    validates(["desktop-file-validate", str(entry)])
    assert desktop_entry.install(home) == written  # again: replaces, one record
    assert sorted(desktop_entry.uninstall(home)) == sorted(written)
    assert snapshot(tmp_path) == before
    assert desktop_entry.uninstall(home) == []


def test_the_flags_work_from_the_command_line(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    env.update({k: v for k, v in os.environ.items() if k == "PYTHONPATH"})
    for flag in ("--install-desktop-entry", "--uninstall-desktop-entry"):
        done = subprocess.run(
            [sys.executable, "-m", "startup_match", flag],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/opt/startup-match/startup-match", "/opt/startup-match/startup-match"),
        ("/home/a b/app", '"/home/a b/app"'),
        ('/x/"$`\\', '"/x/\\"\\$\\`\\\\"'),
        ("/100%", "/100%%"),
    ],
)
def test_exec_arguments_are_quoted_as_the_specification_asks(argument: str, quoted: str) -> None:
    assert desktop_entry.exec_quote(argument) == quoted


def test_a_frozen_app_reads_its_data_beside_its_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    data = tmp_path / "startup_match" / "_data"
    assert paths.seeds_dir() == data / "seeds"
    assert paths.resources_dir() == data / "resources"
    assert paths.fonts_dir() == data / "fonts"


def test_compiled_translations_are_used_where_no_source_is_shipped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "translations").mkdir()
    shipped = tmp_path / "translations" / "startup_match_zh_Hant.qm"
    shipped.write_bytes(b"qm")
    monkeypatch.setattr(translations, "resources_dir", lambda: tmp_path)
    assert translations.compiled("zh-Hant", tmp_path / "cache") == shipped
    assert translations.compiled("zh-Hans", tmp_path / "cache") is None


def test_the_build_script_passes_lint_and_strict_types() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.prefix) / "bin" / "ruff")
    if not Path(ruff).exists():
        pytest.skip("ruff not installed")
    for check in (["check"], ["format", "--check"]):
        done = subprocess.run([ruff, *check, ".packaging"], cwd=ROOT, capture_output=True)
        assert done.returncode == 0, done.stdout + done.stderr
    pytest.importorskip("mypy")
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", ".packaging/build.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert typed.returncode == 0, typed.stdout


def test_the_bundle_workflow_builds_on_all_three_systems() -> None:
    workflow = (ROOT / ".github" / "workflows" / "bundle.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "python .packaging/build.py" in workflow
