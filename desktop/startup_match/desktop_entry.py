"""`startup-match --install-desktop-entry` / `--uninstall-desktop-entry`: the menu entry and the
icons in this user's XDG folders, for a user who cannot install the .deb. Installing records
what it wrote (and the folders it had to make) in the app's data folder; uninstalling removes
exactly that, and nothing else."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from pathlib import Path

from .paths import resources_dir

APP_ID = "hk.startupmatch.StartupMatch"
INSTALL_FLAG = "--install-desktop-entry"
UNINSTALL_FLAG = "--uninstall-desktop-entry"
FLAGS = (INSTALL_FLAG, UNINSTALL_FLAG)
MANIFEST = "desktop-entry.json"


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share, as the XDG base directory rules say."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def manifest_path(home: Path) -> Path:
    return home / "startup-match" / MANIFEST  # the app's data folder (platformdirs' on Linux)


def launch_command() -> list[str]:
    """How the menu starts this very app: the bundle's executable, the `startup-match` script
    that runs now, or this Python with `-m startup_match`."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0])
    if script.name == "startup-match" and script.is_file():
        return [str(script.resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "startup_match"]


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the specification asks."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def entry_text(command: list[str]) -> str:
    """The shipped entry with Exec (and TryExec) naming `command`."""
    source = resources_dir() / "linux" / f"{APP_ID}.desktop"
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_quote(part) for part in command)
            lines.append(f"TryExec={command[0]}")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _icons() -> list[tuple[Path, str]]:
    """(source, path under the icon theme's folder): the SVG, and the PNGs a bundle carries."""
    icons = resources_dir() / "icons"
    found = [(icons / "startup-match.svg", f"scalable/apps/{APP_ID}.svg")]
    hicolor = icons / "hicolor"
    if hicolor.is_dir():
        found += [(png, png.relative_to(hicolor).as_posix()) for png in hicolor.rglob("*.png")]
    return found


def _make_folder(folder: Path, made: list[str]) -> None:
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir()
        made.append(str(path))


def install(home: Path | None = None) -> list[Path]:
    """Write the entry and the icons; returns the files written."""
    home = home or data_home()
    if manifest_path(home).exists():
        uninstall(home)  # a second install replaces the first, leaving one record
    written: list[Path] = []
    made: list[str] = []
    targets: list[tuple[Path, Path | None]] = [(home / "applications" / f"{APP_ID}.desktop", None)]
    targets += [(home / "icons" / "hicolor" / rel, src) for src, rel in _icons()]
    _make_folder(manifest_path(home).parent, made)
    for target, source in targets:
        _make_folder(target.parent, made)
        if source is None:
            target.write_text(entry_text(launch_command()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    record = {"files": [str(p) for p in written], "folders": made}
    manifest_path(home).write_text(json.dumps(record, indent=1), encoding="utf-8")
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what `install` recorded: its files, then the folders it made if they are empty.
    Returns the files removed."""
    home = home or data_home()
    manifest = manifest_path(home)
    if not manifest.is_file():
        return []
    record = json.loads(manifest.read_text(encoding="utf-8"))
    removed = []
    for name in record.get("files", []):
        path = Path(name)
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    manifest.unlink()
    for name in reversed(record.get("folders", [])):
        with contextlib.suppress(OSError):  # only when empty: something else may have moved in
            Path(name).rmdir()
    return removed


def run_flag(flag: str) -> int:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print(f"startup-match: error: {flag} is for Linux desktops (XDG)", file=sys.stderr)
        return 1
    try:
        done = install() if flag == INSTALL_FLAG else uninstall()
    except OSError as error:
        print(f"startup-match: error: {flag}: {error}", file=sys.stderr)
        return 1
    verb = "installed" if flag == INSTALL_FLAG else "removed"
    for path in done:
        print(f"{verb} {path}")
    if not done:
        print("no desktop entry of this app was installed for this user")
    return 0
