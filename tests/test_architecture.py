"""The layers stay honest: the core imports neither Qt nor SQLAlchemy; the store never Qt. Each
probe's failure names the rule it protects and where the rule is kept."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .first_window import FIRST_WINDOW

CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import startup_match.{package} as package
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in module.name:  # Alembic runs those scripts itself
            importlib.import_module(module.name)
    loaded = sorted({{name.split(".")[0] for name in sys.modules}})
    print(" ".join(loaded))
    """
)


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("core", {"PySide6", "shiboken6", "sqlalchemy", "alembic"}),
        ("store", {"PySide6", "shiboken6"}),
        ("report", {"sqlalchemy", "alembic"}),
    ],
)
def test_layer_imports(package: str, forbidden: set[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK.format(package=package)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = set(done.stdout.split())
    assert "startup_match" in loaded
    assert not loaded & forbidden, (
        f"layers: {package}/ imports {sorted(loaded & forbidden)}. The core imports neither Qt "
        "nor SQLAlchemy, the store never Qt, the report no SQLAlchemy"
    )


def test_rank_command_does_not_load_qt() -> None:
    code = (
        "import sys; from startup_match.cli.main import build_parser; build_parser(); "
        "print('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", (
        "building the command line's parser loads Qt: the window's modules load only when it "
        "opens, with no command (cli/main.py)"
    )


IMPORT_PROBE = """
import atexit, sys
def report():
    print("HEAVY:" + ",".join(sorted(m for m in {heavy!r} if m in sys.modules)))
atexit.register(report)  # runs after --help's own exit too
from startup_match.cli.main import main
sys.exit(main(sys.argv[1:]))
"""
HEAVY = ("sqlalchemy", "alembic", "PySide6", "startup_match.report", "importlib.metadata")


def _run_reporting(argv: list[str], heavy: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    """Run the command line with `argv`; its output ends with which of `heavy` it loaded."""
    probe = IMPORT_PROBE.format(heavy=heavy)
    return subprocess.run(
        [sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "argv",
    [["rank", "{profile}", "--json"], ["catalogue", "list"], ["--help"], ["rank", "--help"]],
)
def test_headless_commands_import_neither_qt_nor_the_store(tmp_path: Path, argv: list[str]) -> None:
    """`rank`, `catalogue` and `--help` need no Qt and no database: importing either costs a
    third of a second and tens of MiB. Nor do they need the sheet's report modules."""
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Light Co"}', encoding="utf-8")
    args = [a.replace("{profile}", str(profile)) for a in argv]
    result = _run_reporting(args, HEAVY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("HEAVY:"), (
        "a headless command loaded Qt, the store or the report; each command imports what it "
        f"needs inside its handler (cli/*_cmd.py): {result.stdout[-200:]}"
    )


@pytest.mark.parametrize(
    ("argv", "status"),
    [(["--help"], 0), (["rank", "--help"], 0), (["--version"], 0), (["rank", "--lang", "xx"], 1)],
)
def test_reading_the_arguments_loads_no_model(argv: list[str], status: int) -> None:
    """Help, the version and a mistyped argument answer before pydantic loads (in 0.05 s rather
    than 0.17 s), nor do they look for pydantic plugins."""
    result = _run_reporting(argv, (*HEAVY, "pydantic"))
    assert result.returncode == status, result.stderr
    assert result.stdout.rstrip().endswith("HEAVY:"), (
        "reading the arguments loaded a model: the *_cmd.py modules import only argparse-level "
        f"code at the top, the rest in their handlers (--help in 0.05 s): {result.stdout[-200:]}"
    )


def test_the_store_does_not_rank() -> None:
    """Which results a saved session shows is the consultation's rule (core), not the store's:
    the store keeps and returns what it is given."""
    store_files = (Path(__file__).parents[1] / "desktop" / "startup_match" / "store").rglob("*.py")
    for path in store_files:
        text = path.read_text(encoding="utf-8")
        assert "core.engine" not in text and "import rank" not in text, (
            f"{path.name} ranks: the store keeps and returns what it is given; which results a "
            "session shows is core/consultation.py's rule"
        )


def test_one_palette_for_window_and_sheet() -> None:
    """Status colours are defined once (startup_match/palette.py); "possible" used to be two
    different ambers."""
    from startup_match import palette
    from startup_match.gui.delegates import STATUS_COLOURS as WINDOW
    from startup_match.report.sheet_html import STATUS_COLOURS as SHEET

    once = "status colours are defined once, in startup_match/palette.py"
    assert WINDOW is SHEET is palette.STATUS, once
    code_dirs = Path(__file__).parents[1] / "desktop" / "startup_match"
    for name in ("gui/delegates.py", "report/sheet_html.py", "gui/results_model.py"):
        text = (code_dirs / name).read_text(encoding="utf-8")
        assert "#b36b00" not in text and "#a66300" not in text, f"{name}: {once}"


def test_the_session_controller_imports_no_widgets() -> None:
    """The consultation's life is tested without a window: the controller, and everything it
    imports from the app, stays clear of QtWidgets until a prompt is actually shown."""
    code = (
        "import sys; import startup_match.gui.session_controller; "
        "print('PySide6.QtWidgets' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", (
        "the session controller loads QtWidgets: it asks the user through gui/prompts.py's "
        "protocol and imports no widget module, so it is tested without a window"
    )


CODE = Path(__file__).parents[1] / "desktop" / "startup_match"


def _parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _module_name(path: Path) -> str:
    parts = path.relative_to(CODE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# What holds the open session: the controller (`session`, `_session`, `controller`), the
# resolver's `_host`, and the OpenSession value itself (`current`).
OPEN_SESSION_HOLDERS = re.compile(r"(^|\.)_?(session|controller|host|current)$")


def _open_session_writes(tree: ast.Module) -> list[str]:
    """Assignments to an attribute of whatever holds the open session, other than `self.…`."""
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign | ast.Delete):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call) and ast.unparse(node.func).endswith("setattr") and node.args
        ):
            targets = [ast.Attribute(node.args[0], "?")]
        while targets:
            target = targets.pop()
            if isinstance(target, ast.Tuple | ast.List | ast.Starred):
                targets += target.elts if not isinstance(target, ast.Starred) else [target.value]
            elif isinstance(target, ast.Attribute) and OPEN_SESSION_HOLDERS.search(
                ast.unparse(target.value)
            ):
                found.append(f"line {node.lineno}: {ast.unparse(target)}")
    return found


def test_only_the_session_controller_changes_the_open_session() -> None:
    """Rule: the consultation on screen is one OpenSession, `SessionController.current`, and only
    gui/session_controller.py assigns it or the controller's state. The library, the conflict
    resolver, the window and the tests change it through the controller's verbs (show_session,
    renamed, forget_current, use_store, reload, discard_changes, set_notes, …): when three
    modules wrote twelve loose fields, a session's id, title, version and unsaved mark could go
    out of step."""
    assert _open_session_writes(ast.parse("library._session.dirty = False")), "probe is blind"
    allowed = CODE / "gui" / "session_controller.py"
    written = {
        f"{path.relative_to(CODE.parents[1])} {where}"
        for path in [*CODE.rglob("*.py"), *Path(__file__).parent.rglob("*.py")]
        if path != allowed
        for where in _open_session_writes(_parsed(path))
    }
    assert not written, (
        "only gui/session_controller.py changes the open session; call one of its verbs "
        f"instead: {sorted(written)}"
    )


def _imports(path: Path) -> set[str]:
    """The app's modules that `path` imports: anywhere in it, under TYPE_CHECKING too."""
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(_parsed(path)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("startup_match") and name != here}


# The core's parts, lowest first: a part imports only the parts before it (and the runtime).
CORE_PARTS = ("model", "words", "engine", "plan", "consultation")


def test_the_core_parts_import_only_the_parts_below_them() -> None:
    """Rule: core/model/ (the data) imports neither the engine nor the words; words/ imports no
    engine; engine/ no plan; plan/ no consultation. A new module goes in the lowest part it
    fits."""
    upward = []
    for path in sorted((CODE / "core").rglob("*.py")):
        part = path.relative_to(CODE / "core").parts[0]
        if part not in CORE_PARTS:
            continue
        above = {f"startup_match.core.{p}" for p in CORE_PARTS[CORE_PARTS.index(part) + 1 :]}
        upward += [
            f"{_module_name(path)} → {name}"
            for name in sorted(_imports(path))
            if any(name == a or name.startswith(a + ".") for a in above)
        ]
    assert not upward, (
        f"core parts import upward (model < words < engine < plan < consultation): {upward}"
    )


def test_no_module_imports_one_that_imports_it_back() -> None:
    """Rule: no import circles, counting imports inside functions and under TYPE_CHECKING. In a
    circle neither module is the lower one, so neither can be read, tested or moved alone
    (text ↔ text_schema and session_controller ↔ session_conflicts were the last two); name
    what the lower module needs with a Protocol, or hand it in, instead."""
    modules = {_module_name(path): path for path in CODE.rglob("*.py")}
    graph = {name: _imports(path) & modules.keys() for name, path in modules.items()}
    circles = []
    for start in graph:
        # Depth-first from each module: a path that leads back to it is a circle.
        stack, seen = [(start, (start,))], set()
        while stack:
            name, trail = stack.pop()
            for follows in graph[name]:
                if follows == start:
                    circles.append(" → ".join((*trail, start)))
                elif follows not in seen:
                    seen.add(follows)
                    stack.append((follows, (*trail, follows)))
    assert not circles, f"import circles; no module imports one that imports it back: {circles}"


def test_migrations_never_import_the_app() -> None:
    """Rule: a migration carries what it needs (migration 0005 its own copy of stored-ranking
    format 1) and imports nothing of the app outside store/migrations. One that imported
    store.compact or core.ranking would convert an old database by whatever those became, or
    refuse to: a later change to live code must never alter or block an old upgrade."""
    folder = CODE / "store" / "migrations"
    reached = {
        f"{path.relative_to(folder)} imports {name}"
        for path in folder.rglob("*.py")
        for name in _imports(path)
        if not name.startswith("startup_match.store.migrations")
    }
    assert len(list(folder.rglob("*.py"))) > 5  # the probe reads the migrations
    assert not reached, (
        "migrations import nothing of the app outside store/migrations; copy what an old "
        f"upgrade needs there, frozen: {sorted(reached)}"
    )


# The modules that may import inside a function, and why. Keyed by folder and file name, so a
# module keeps its place here when it moves into a sub-package.
LATE_IMPORTS = {
    ("", "launch.py"): "pauses the collector before the app's modules import (Ctrl-C: quiet)",
    ("", "first_paint.py"): "Qt only when the bundle's first-paint probe is asked for",
    ("cli", "main.py"): "the window only with no command: --help and commands load no Qt",
    ("cli", "rank_cmd.py"): "a command's handler imports its models: --help loads none",
    ("cli", "plan_cmd.py"): "a command's handler imports its models: --help loads none",
    ("cli", "sessions_cmd.py"): "a command's handler imports the store: --help loads none",
    ("cli", "sheet_cmd.py"): "a command's handler imports the report: --help loads none",
    ("cli", "catalogue_cmd.py"): "a command's handler imports the catalogue: --help loads none",
    (
        "cli",
        "cohort_cmd.py",
    ): "a command's handler imports the cohort and report: --help loads none",
    ("cli", "ranking_text.py"): "shutil only for a terminal: rank --json into a pipe skips it",
    ("core", "text.py"): "pydantic's schema for LocalText only when a model needs it",
    ("core", "loader.py"): "tomllib only for a file rtoml declines",
    ("core", "files.py"): "tempfile only when a file is written",
    ("core", "profile.py"): "difflib only to suggest a field for a misspelt one",
    ("core", "grid.py"): "openpyxl only for an XLSX cohort: a CSV one reads without it",
    ("gui", "app.py"): "the store opens and the catalogue loads after the first paint",
    ("gui", "lazy_core.py"): "the core's pydantic side, for the whole GUI, after the first paint",
    ("gui", "main_window.py"): "the compare dialog and the help when first asked for",
    ("gui", "dialog_prompts.py"): "each dialog when first shown",
    ("gui", "printing.py"): "Qt's printing and the sheet when first asked for",
    ("gui", "cohort_menu.py"): "the cohort window, its flows and openpyxl when first asked for",
    ("gui", "plan_pane.py"): "the planner and its words when the first plan is asked for",
    ("gui", "details_pane.py"): "the sheet's HTML at the first programme shown",
    ("gui", "delegates.py"): "QStyle's enums (5 ms) at the first cell painted",
    ("gui", "keychain.py"): "keyring only when a server password is needed",
    ("gui", "session_library.py"): "the store when another database is chosen",
    ("gui", "translations.py"): "lrelease and its helpers only to switch away from English",
    ("store", "database.py"): "Alembic (~50 MiB) only when there is a migration to run",
    ("store", "server.py"): "Alembic only when a server's schema needs a migration",
    ("store", "compact.py"): "PostgreSQL's dialect only on a team's server",
    ("report", "cjk_font.py"): "fontTools and the font copy only when a sheet is first written",
    ("report", "render.py"): "the CJK font copy only when a sheet is first written",
    ("report", "cohort_xlsx.py"): "openpyxl only when an XLSX is written: a CSV matrix needs none",
    ("report", "cohort_template.py"): "openpyxl only when the cohort template is written",
}


def _late_imports(tree: ast.Module) -> list[str]:
    return [
        f"line {node.lineno}: {ast.unparse(node)}"
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]


def _place(path: Path) -> tuple[str, str]:
    """The top folder under startup_match that `path` is in ("" at the top), and its name."""
    return (path.relative_to(CODE).parts[:-1] or ("",))[0], path.name


def test_only_the_listed_modules_import_inside_functions() -> None:
    """Rule: imports stand at the top of a module, where readers, mypy and editors see them;
    only the modules in LATE_IMPORTS import inside a function, each for the reason given
    there. Laziness serves three goals: the first window paints within 2.0 × a bare window's
    start, `rank` runs within 1.5 × it, and `--help` answers in 0.05 s; so a new late import
    either serves one of them (add the module here, saying which) or moves to the top."""
    assert _late_imports(ast.parse("def f():\n    import json")), "probe is blind"
    late: dict[tuple[str, str], list[str]] = {}
    for path in CODE.rglob("*.py"):
        if "migrations" not in path.parts and (found := _late_imports(_parsed(path))):
            late.setdefault(_place(path), []).extend(found)
    unlisted = {
        f"{'/'.join(place)}: {where}"
        for place in late.keys() - LATE_IMPORTS.keys()
        for where in late[place]
    }
    assert not unlisted, (
        "imports inside functions outside the modules allowed them (see LATE_IMPORTS and the "
        f"start-up goals it serves): {sorted(unlisted)}"
    )
    unused = sorted(LATE_IMPORTS.keys() - late.keys())
    assert not unused, f"LATE_IMPORTS lists modules that no longer import late: {unused}"


def test_every_command_ends_start_up_once_its_modules_are_in(
    tmp_path: Path, biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rule: a command's handler imports what it needs and then calls start_up_done() (the
    sessions commands through `_open`). launch.py pauses the collector until then, to keep
    start-up's objects out of fifty collections; a handler that never ends start-up runs its
    whole command with the collector off."""
    import gc

    from startup_match.cli.main import main
    from startup_match.runtime.collector import pause_for_start_up, start_up_done

    db, other, export = tmp_path / "s.db", tmp_path / "other.db", tmp_path / "one.json"
    profile = str(biotech_profile_path)
    commands = [
        ["rank", profile, "--json", "--save", "--db", db],
        ["sessions", "list", "--db", db],
        ["sessions", "show", "1", "--db", db],
        ["sessions", "export", "1", "-o", export, "--db", db],
        ["sessions", "import", export, "--db", other],
        ["sessions", "check", "--db", db],
        ["sessions", "copy", "--from", db, "--to", tmp_path / "copy.db"],
        ["sessions", "delete", "1", "--db", db],
        ["catalogue", "list"],
        ["catalogue", "validate", Path(__file__).parents[1] / "seeds"],
        ["sheet", profile, "-o", tmp_path / "sheet.pdf"],
    ]
    try:
        for argv in commands:
            pause_for_start_up()  # as launch.py leaves it
            assert not gc.isenabled()
            assert main([str(arg) for arg in argv]) == 0, capsys.readouterr().err
            assert gc.isenabled(), f"{argv[:2]} never ended start-up"
    finally:
        start_up_done()
        gc.enable()


def test_tests_share_helpers_through_modules_not_conftests() -> None:
    for path in Path(__file__).parent.rglob("test_*.py"):
        if path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"from \S*conftest import", text), (
            f"{path}: tests share helpers through modules (tests/founders.py, tests/gui/fakes.py, "
            "helpers.py), never by importing a conftest"
        )


def test_opening_a_current_store_leaves_alembic_unloaded(tmp_path: Path) -> None:
    """Alembic (~50 MiB with its dialects) loads only when there is a migration to run."""
    from startup_match.store.repository import SessionStore

    SessionStore(tmp_path / "s.db").close()  # created: migrations ran, in this process
    code = (
        "import sys; from pathlib import Path; from startup_match.store.repository import "
        f"SessionStore; SessionStore(Path({str(tmp_path / 's.db')!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", (
        "opening a current store loaded Alembic (~50 MiB): it loads only when there is a "
        "migration to run (store/database.py)"
    )


FIRST_PAINT = (
    FIRST_WINDOW
    + """
later = ("sqlalchemy", "alembic", "PySide6.QtPrintSupport", "startup_match.report", "pydantic",
         "startup_match.core.model.loader", "startup_match.core.engine.rank",
         "importlib.metadata")  # the last: pydantic's plugin search (core/no_plugins.py)
print(" ".join(sorted(m for m in later if m in sys.modules)))
"""
)


def test_the_first_paint_loads_no_store_no_catalogue_no_printing_and_no_sheet(
    tmp_path: Path,
) -> None:
    """What the window does not show at first loads after it paints (the catalogue with
    pydantic, then the session store) or when first asked for (printing, the sheet)."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(tmp_path / "s.ini"), str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "", (
        f"the first paint loaded {done.stdout.strip()}: GUI modules call the core's pydantic "
        "side through gui/lazy_core.py and name its types under TYPE_CHECKING; the catalogue "
        "and the store load after the paint (gui/app.py); printing and the sheet when asked for"
    )


COLLECTOR_AFTER_PAINT = (
    FIRST_WINDOW
    + """
import gc, time
print("at the first paint", gc.isenabled())
deadline = time.monotonic() + 20
while window.session.store is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.001)
print("once the store is open", gc.isenabled())
from startup_match.core.model.loader import default_catalogue
print("catalogue loaded", default_catalogue.cache_info().currsize)
"""
)


def test_the_collector_waits_for_the_first_paint_and_then_runs(tmp_path: Path) -> None:
    """Start-up makes objects that live on; collecting them before the paint cost 17 ms."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            COLLECTOR_AFTER_PAINT,
            str(tmp_path / "s.ini"),
            str(tmp_path / "s.db"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.splitlines() == [
        "at the first paint False",
        "once the store is open True",
        "catalogue loaded 1",
    ], "the collector waits through start-up (launch.py) and runs again after the first paint"
