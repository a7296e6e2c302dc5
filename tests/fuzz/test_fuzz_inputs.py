"""Fuzzers as tests: random profiles, session files, catalogue files and arguments give exit
status 0 or 1, at most one error line and never a traceback, and change no file they should not.

The normal run tries a few dozen inputs each; set FUZZ_EXAMPLES (say 2000) for a longer run."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from startup_match.cli.main import main
from startup_match.core.model.errors import CatalogueError
from startup_match.core.model.loader import load_catalogue
from startup_match.core.model.profile import Profile
from startup_match.paths import seeds_dir

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from([*Profile.model_fields, "tema_size", "company", "needs "])
profiles = st.one_of(
    json_values,
    st.dictionaries(field_names, json_values, max_size=8),
    st.fixed_dictionaries({"company_name": st.text(max_size=140)}),
)


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exit_:  # --help and --version exit through argparse
            code = int(exit_.code or 0)
    return code, err.getvalue()


def _check(code: int, err: str) -> None:
    assert code in (0, 1), (code, err)
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("startup-match: error: "), err


@FUZZ
@given(profiles)
def test_any_profile_file_gives_a_ranking_or_one_error_line(data: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        code, err = _run(["rank", str(path), "--json"])
        _check(code, err)


@FUZZ
@given(st.one_of(json_values, st.text(max_size=200)))
def test_any_session_file_is_imported_or_refused_on_one_line(data: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        db = Path(folder) / "s.db"
        code, err = _run(["sessions", "import", str(path), "--db", str(db)])
        _check(code, err)
        before = path.read_bytes()
        assert path.read_bytes() == before


words = st.sampled_from(
    [
        "rank",
        "sheet",
        "sessions",
        "list",
        "show",
        "export",
        "import",
        "delete",
        "check",
        "catalogue",
        "validate",
        "--json",
        "--db",
        "--lang",
        "zh-Hant",
        "-o",
        "--limit",
        "--offset",
        "--search",
        "--title",
        "--force",
        "--session",
        "1",
        "-1",
        "abc",
        "999999999999999999999",
    ]
)


@FUZZ
@given(st.lists(st.one_of(words, st.text(max_size=10)), min_size=1, max_size=6))
def test_any_arguments_give_status_0_or_1_and_one_line(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        # Every path the arguments name lands in the scratch folder, never in the project.
        previous = os.getcwd()
        os.chdir(folder)
        try:
            code, err = _run([*argv, "--db", "fuzz.db"] if "sessions" in argv else argv)
        finally:
            os.chdir(previous)
        _check(code, err)


@FUZZ
@given(st.sampled_from(["tsssu.toml", "itvf.toml", "ccmf.toml"]), st.text(max_size=300))
def test_any_programme_file_loads_or_is_reported_by_file(name: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "seeds"
        shutil.copytree(seeds_dir(), root)
        (root / "programmes" / name).write_text(text, encoding="utf-8")
        try:
            load_catalogue(root)
        except CatalogueError as error:
            assert all(issue.file for issue in error.issues)
            assert any(name in str(issue) for issue in error.issues)
