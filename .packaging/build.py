"""Build the self-contained app with PyInstaller, and on Linux its .deb.

    python .packaging/build.py [--deb] [--out DIR]

Run it with the Python environment the app is installed in, plus PyInstaller (the `test` extras
bring it). It writes, under DIR (default .packaging/out/):

    startup-match-VERSION-PLATFORM/   the bundle: the app's own executable, the catalogue, the
                                      compiled translations, the icon and (where the build
                                      machine has them) the Noto Sans CJK fonts
    startup-match_VERSION_ARCH.deb    with --deb (Linux, needs dpkg-deb; no root)

The version is pyproject.toml's, the only place it is written. Works on Linux, Windows and
macOS (there: an .ico or .icns made from the one SVG icon, and on macOS an .app as well).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / ".packaging"
APP_ID = "hk.startupmatch.StartupMatch"
NAME = "startup-match"
SVG = ROOT / "resources" / "icons" / "startup-match.svg"
DESKTOP_FILE = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
METAINFO_TEMPLATE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml.in"
# Where resources/screenshots are published, for the metainfo: give it with --screenshots-url
# (CI gives the commit's raw address); this reserved name marks a build that did not.
PLACEHOLDER_SCREENSHOTS = "https://startup-match.invalid/screenshots"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns types that hold PNG data, and the pixel size of each.
ICNS_TYPES = {
    b"ic11": 32,
    b"ic12": 64,
    b"ic07": 128,
    b"ic13": 256,
    b"ic08": 256,
    b"ic14": 512,
    b"ic09": 512,
    b"ic10": 1024,
}
# Regular only (fontconfig draws its bold): Bold would add 20 MiB. OFL; shipped with its licence.
NOTO_CJK = ("NotoSansCJK-Regular.ttc",)
NOTO_CJK_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/noto-cjk"))
NOTO_CJK_LICENCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
# Qt modules the app never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtSvg for
# its icon), and the test tools: none of them goes into the bundle.
EXCLUDED = (
    *(
        f"PySide6.{module}"
        for module in (
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtSpatialAudio",
            "Qt3DCore",
            "Qt3DRender",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DAnimation",
            "Qt3DExtras",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickWidgets",
            "QtCharts",
            "QtDataVisualization",
            "QtGraphs",
            "QtPdf",
            "QtPdfWidgets",
            "QtBluetooth",
            "QtNfc",
            "QtPositioning",
            "QtLocation",
            "QtSensors",
            "QtSerialPort",
            "QtSerialBus",
            "QtRemoteObjects",
            "QtScxml",
            "QtSql",
            "QtTest",
            "QtDesigner",
            "QtHelp",
            "QtUiTools",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtNetwork",
            "QtNetworkAuth",
            "QtHttpServer",
            "QtTextToSpeech",
            "QtStateMachine",
            "QtConcurrent",
            "QtDBus",
            "QtXml",
            "QtAxContainer",
        )
    ),
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_benchmark",
    "hypothesis",
    "pypdf",
    "mypy",
    "ruff",
    "PyInstaller",
)


def project_version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def release_date() -> str:
    """SOURCE_DATE_EPOCH if set, else the date of the commit being built, else today (UTC)."""
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    done = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%cs"],
        capture_output=True,
        text=True,
        check=False,
    )
    dated = done.stdout.strip()
    return dated if done.returncode == 0 and dated else datetime.now(UTC).date().isoformat()


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system or sys.platform}-{machine}"


def bundle_name(version: str) -> str:
    return f"{NAME}-{version}-{platform_tag()}"


# ---------------------------------------------------------------------------------------------
# Data the bundle carries


def lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("build: no lrelease (it comes with the PySide6 wheel)")
    return Path(found)


def stage_data(data: Path) -> None:
    """startup_match/_data as the frozen app reads it (paths.py): the catalogue, pyproject.toml
    (the version), the icon (SVG and hicolor PNGs), the desktop entry and the translations
    compiled now, without their .ts sources, so the bundle needs no lrelease."""
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", data / "seeds")
    shutil.copy2(ROOT / "pyproject.toml", data / "pyproject.toml")
    resources = data / "resources"
    shutil.copytree(ROOT / "resources" / "icons", resources / "icons")
    shutil.copytree(ROOT / "resources" / "linux", resources / "linux")
    for size, png in render_pngs(HICOLOR_SIZES).items():
        target = resources / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png)
    translations = resources / "translations"
    translations.mkdir()
    tool = lrelease()
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        target = translations / source.with_suffix(".qm").name
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)
    stage_fonts(data / "fonts")


def stage_fonts(fonts: Path) -> bool:
    """Noto Sans CJK (SIL OFL 1.1) with its licence, and a fontconfig file that adds them to
    the system's fonts, if the build machine has them; otherwise the bundle relies on the
    system's package (Debian: fonts-noto-cjk)."""
    folder = next((d for d in NOTO_CJK_DIRS if all((d / f).exists() for f in NOTO_CJK)), None)
    if folder is None or sys.platform != "linux":
        print("build: Noto Sans CJK not found: Chinese sheets need the system's fonts-noto-cjk")
        return False
    fonts.mkdir(parents=True)
    for name in NOTO_CJK:
        shutil.copy2(folder / name, fonts / name)
    if NOTO_CJK_LICENCE.exists():
        shutil.copy2(NOTO_CJK_LICENCE, fonts / "LICENSE-Noto-CJK.txt")
    shutil.copy2(PACKAGING / "linux" / "fonts.conf", fonts / "fonts.conf")
    return True


def render_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The SVG icon drawn at each size with QtSvg, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([NAME])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"build: cannot read {SVG}")
    made: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        buffer = QByteArray()
        device = QBuffer(buffer)
        device.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(device, "PNG")  # type: ignore[call-overload]  # stubs say bytes; it takes str
        made[size] = bytes(buffer.data())
    return made


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, offset = b"", 6 + 16 * len(pngs)
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs.values())


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images, one per type."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def platform_icon(work: Path) -> Path | None:
    if sys.platform == "win32":
        icon = work / f"{NAME}.ico"
        icon.write_bytes(ico_bytes(render_pngs(ICO_SIZES)))
        return icon
    if sys.platform == "darwin":
        icon = work / f"{NAME}.icns"
        icon.write_bytes(icns_bytes(render_pngs(tuple(sorted(set(ICNS_TYPES.values()))))))
        return icon
    return None  # Linux desktops take the icon from the theme (hicolor), named in the entry


def metainfo_text(version: str, date: str, screenshots: str = PLACEHOLDER_SCREENSHOTS) -> str:
    """The metainfo for this release. AppStream wants the screenshots on the web: `screenshots`
    is the address of resources/screenshots where they are published."""
    text = METAINFO_TEMPLATE.read_text(encoding="utf-8")
    for key, value in (("VERSION", version), ("DATE", date), ("SCREENSHOTS", screenshots)):
        text = text.replace(f"@{key}@", value.rstrip("/"))
    return text


# ---------------------------------------------------------------------------------------------
# PyInstaller


WORK_VARIABLE = "STARTUP_MATCH_BUILD_WORK"  # how build.py tells the spec where it staged
HIDDEN_IMPORTS = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "PySide6.QtSvg",  # the SVG window icon
)
# Qt parts that come in through plugins the app has no use for, and the libraries only they
# need: Qt Quick and QML (the virtual keyboard), Qt PDF (a PDF image reader), Qt Network (TUIO
# touch input), the embedded and VNC platforms, GTK's theme (which would mix the build machine's
# GTK libraries with the user's), Qt's translations other than the two Chinese ones. Matched
# against paths in the bundle: Linux's libQt6Quick.so, Windows' Qt6Quick.dll, macOS'
# QtQuick.framework.
DROPPED = (
    *(f"Qt6{m}" for m in ("Quick", "Qml", "VirtualKeyboard", "Pdf", "EglF", "Network")),
    *(f"/Qt{m}" for m in ("Quick", "Qml", "VirtualKeyboard", "Pdf", "Network")),
    "virtualkeyboardplugin",
    "qpdf.",
    "plugins/generic/",
    "plugins/egldeviceintegrations/",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqminimalegl",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/platforms/libqvnc",
    "plugins/platforms/qdirect2d",
    "plugins/platformthemes/libqgtk3",
    *(
        lib
        for lib in ("libcairo", "libpango", "libatk", "libgdk", "libgtk", "libpixman", "libepoxy")
        if sys.platform == "linux"
    ),
)
KEPT_QT_TRANSLATIONS = ("zh_TW", "zh_CN")


class SpecSettings:
    """What the spec file needs from the staging step."""

    def __init__(self, work: Path) -> None:
        migrations = ROOT / "desktop" / "startup_match" / "store" / "migrations"
        self.datas = [
            (str(work / "data"), "startup_match/_data"),
            # Alembic reads the migration scripts from files.
            (str(migrations), "startup_match/store/migrations"),
        ]
        icons = [work / f"{NAME}.ico", work / f"{NAME}.icns"]
        self.icon = next((str(icon) for icon in icons if icon.exists()), None)
        self.version = project_version()


def spec_settings() -> SpecSettings:
    return SpecSettings(Path(os.environ[WORK_VARIABLE]))


def keep(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The spec's binaries or data files without what DROPPED names."""

    def wanted(name: str) -> bool:
        path = name.replace("\\", "/")
        if any(part in path for part in DROPPED):
            return False
        if "/Qt/translations/" in path:
            return any(code in path for code in KEPT_QT_TRANSLATIONS)
        return "__pycache__" not in path

    return [entry for entry in entries if wanted(entry[0])]


def run_pyinstaller(work: Path, out: Path, version: str) -> Path:
    platform_icon(work)
    args = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={work / 'dist'}",
        f"--workpath={work / 'pyinstaller'}",
        str(PACKAGING / f"{NAME}.spec"),
    ]
    subprocess.run(args, check=True, cwd=ROOT, env={**os.environ, WORK_VARIABLE: str(work)})
    name = bundle_name(version)
    target = out / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.move(work / "dist" / NAME, target)
    app = work / "dist" / f"{NAME}.app"
    if app.exists():
        shutil.rmtree(out / f"{name}.app", ignore_errors=True)
        shutil.move(app, out / f"{name}.app")
    return target


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


# ---------------------------------------------------------------------------------------------
# The .deb


# What the bundle needs from the system and does not carry: found with ldd on the bundle's
# libraries (tests/packaging checks that nothing else is missing). The C library's version is
# the newest symbol version the bundle asks for (glibc_needed()).
DEPENDS = (
    "libdrm2",
    "libegl1",
    "libgl1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libxcb1",
    "fontconfig-config",
)
RECOMMENDS = ("hicolor-icon-theme",)


def glibc_needed(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any executable or library in the bundle needs."""
    newest = (2, 17)
    if shutil.which("objdump") is None:
        return "2.34"
    for path in bundle.rglob("*"):
        if not path.is_file() or not (".so" in path.name or path.name == NAME):
            continue
        table = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True)
        for word in table.stdout.replace("(", " ").replace(")", " ").split():
            if word.startswith("GLIBC_") and word[6:].replace(".", "").isdigit():
                version = tuple(int(n) for n in word[6:].split("."))
                newest = max(newest, (version[0], version[1] if len(version) > 1 else 0))
    return f"{newest[0]}.{newest[1]}"


def debian_arch() -> str:
    done = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
    return done.stdout.strip() or "amd64"


def build_deb(bundle: Path, data: Path, out: Path, version: str, screenshots: str) -> Path:
    """/opt/startup-match (the bundle), /usr/bin/startup-match (a link), the menu entry, the
    icons and the metainfo. Debian's own triggers refresh the menu and the icon cache."""
    root = out / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / NAME
    shutil.copytree(bundle, opt, symlinks=True)
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    share = usr / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    (share / "metainfo").mkdir()
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo_text(version, release_date(), screenshots), encoding="utf-8"
    )
    icons = share / "icons"
    shutil.copytree(data / "resources" / "icons" / "hicolor", icons / "hicolor")
    scalable = icons / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(SVG, scalable / f"{APP_ID}.svg")
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / "copyright", doc / "copyright")
    fonts = () if (data / "fonts").is_dir() else ("fonts-noto-cjk",)
    depends = (f"libc6 (>= {glibc_needed(bundle)})", *DEPENDS)
    control = (
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {debian_arch()}\n"
        "Maintainer: Startup Scheme Matcher maintainers <maintainers@startup-match.invalid>\n"
        f"Installed-Size: {folder_size(root) // 1024}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join((*RECOMMENDS, *fonts))}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: which Hong Kong start-up support programmes fit, and why\n"
        " Startup Scheme Matcher ranks Hong Kong public support programmes for a\n"
        " start-up's profile, criterion by criterion, with cited sources, and prints\n"
        " a summary sheet in English, Traditional or Simplified Chinese.\n"
    )
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    normalise_modes(root)
    deb = out / f"{NAME}_{version}_{debian_arch()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return deb


def normalise_modes(root: Path) -> None:
    """Folders 0755, executables 0755, every other file 0644, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux)")
    parser.add_argument("--out", type=Path, default=PACKAGING / "out", help="output folder")
    parser.add_argument(
        "--screenshots-url",
        default=os.environ.get("SCREENSHOTS_URL", PLACEHOLDER_SCREENSHOTS),
        help="where resources/screenshots are published (for the AppStream metainfo)",
    )
    parser.add_argument(
        "--depends", action="store_true", help="print the .deb's dependencies' names and stop"
    )
    args = parser.parse_args(argv)
    if args.depends:
        print(" ".join(("libc6", *DEPENDS)))
        return 0
    started = time.monotonic()
    version = project_version()
    out: Path = args.out.resolve()
    work = out / "work"
    data = work / "data"
    stage_data(data)
    bundle = run_pyinstaller(work, out, version)
    size = folder_size(bundle)
    print(f"bundle: {bundle} ({size / 2**20:.0f} MiB)")
    if args.deb:
        if shutil.which("dpkg-deb") is None:
            raise SystemExit("build: --deb needs dpkg-deb (Debian: dpkg)")
        deb = build_deb(bundle, data, out, version, args.screenshots_url)
        print(f"deb: {deb} ({deb.stat().st_size / 2**20:.0f} MiB)")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
