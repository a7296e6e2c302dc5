"""Outputs are written whole or not at all, never onto the database, never over a file unasked."""

from __future__ import annotations

import hashlib
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from startup_match.cli.main import main


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Safe Co", "sectors": ["ict"]}', encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["rank", str(profile), "--save", "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("startup-match: error: ")
    return lines[0]


def test_export_never_writes_onto_the_open_database(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(saved)
    assert main(["sessions", "export", "1", "-o", str(saved), "--db", str(saved), "--force"]) == 1
    assert "is the session database itself" in _error(capsys)
    assert _digest(saved) == before
    assert main(["sessions", "list", "--db", str(saved)]) == 0


def test_export_replaces_a_file_only_with_force(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    assert main(["sessions", "export", "1", "-o", str(target), "--db", str(saved)]) == 1
    assert "already exists; add --force" in _error(capsys)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert main(["sessions", "export", "1", "-o", str(target), "--db", str(saved), "--force"]) == 0
    assert '"Safe Co"' in target.read_text(encoding="utf-8")


def _limit_file_size() -> None:
    """A full disk, as the process sees it: writes past 40 KB fail (EFBIG)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))


@pytest.mark.parametrize("command", ["sheet", "export"])
def test_a_full_disk_leaves_the_old_file_untouched(
    saved: Path, tmp_path: Path, command: str
) -> None:
    old = tmp_path / ("old.pdf" if command == "sheet" else "old.json")
    old.write_bytes(b"%PDF-1.4 a good old file\n%%EOF\n" if command == "sheet" else b"{}\n")
    before = _digest(old)
    args = (
        ["sheet", "--session", "1", "--db", str(saved), "-o", str(old)]
        if command == "sheet"
        else ["sessions", "export", "1", "--db", str(saved), "-o", str(old), "--force"]
    )
    if command == "export":
        # An export is small: fill it past the limit with long notes first.
        import sqlite3

        with sqlite3.connect(saved) as connection:
            connection.execute("UPDATE sessions SET notes = ?", ("n" * 60_000,))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from startup_match.cli.main import main; sys.exit(main(sys.argv[1:]))",
            *args,
        ],
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(old) in lines[0] and "cannot write" in lines[0], lines
    assert _digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_stored_session_with_an_odd_language_and_comparison_still_shows(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sessions imported before imports were checked may name an unknown language or a
    programme that is not in their ranking: show and sheet still work."""
    import json
    import sqlite3

    with sqlite3.connect(saved) as connection:
        (own,) = connection.execute("SELECT results_json FROM sessions").fetchone()
        head = json.loads(own)["head"]  # the ranking's shared heading, language included
        (body,) = connection.execute(
            "SELECT body FROM ranking_parts WHERE id = ?", (head,)
        ).fetchone()
        connection.execute(
            "UPDATE ranking_parts SET body = ? WHERE id = ?",
            (json.dumps({**json.loads(body), "lang": "klingon"}), head),
        )
        connection.execute(
            "UPDATE sessions SET comparison_json = ?, notes = ?",
            ('["tsssu", "ghost", "ccmf"]', "n" * 100_000),
        )
    assert main(["sessions", "show", "1", "--db", str(saved)]) == 0
    output = tmp_path / "odd.pdf"
    assert main(["sheet", "--session", "1", "--db", str(saved), "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"%PDF-")
    assert capsys.readouterr().err == ""
