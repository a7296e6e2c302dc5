"""`startup-match sessions …` and `rank --save`, as a user would type them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.store.repository import SessionStore


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_save_list_show_export_import_delete(
    tmp_path: Path, biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    code, _, err = _run(
        capsys, "rank", str(biotech_profile_path), "--save", "--title", "Intake", "--db", db
    )
    assert code == 0 and "Saved as session 1: Intake" in err

    code, out, _ = _run(capsys, "sessions", "list", "--db", db)
    assert code == 0 and "Intake" in out and "Helix Lab Limited" in out

    code, out, _ = _run(capsys, "sessions", "list", "--db", db, "--json")
    listing = json.loads(out)
    assert listing["total"] == 1 and listing["sessions"][0]["title"] == "Intake"

    code, out, _ = _run(capsys, "sessions", "show", "1", "--db", db)
    assert code == 0 and "Session 1: Intake" in out
    assert "Technology Start-up Support Scheme for Universities" in out

    export = tmp_path / "out.json"
    code, _, _ = _run(capsys, "sessions", "export", "1", "-o", str(export), "--db", db)
    assert code == 0 and json.loads(export.read_text())["title"] == "Intake"

    code, out, _ = _run(capsys, "sessions", "import", str(export), "--db", db)
    assert code == 0 and "Imported as session 2" in out

    code, out, _ = _run(capsys, "sessions", "list", "--db", db, "--search", "helix", "--json")
    assert json.loads(out)["total"] == 2

    code, out, _ = _run(capsys, "sessions", "delete", "1", "--db", db)
    assert code == 0
    code, out, _ = _run(capsys, "sessions", "list", "--db", db, "--json")
    assert [s["id"] for s in json.loads(out)["sessions"]] == [2]


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    SessionStore(db).close()
    code, _, err = _run(capsys, "sessions", "show", "42", "--db", db)
    assert code == 1 and err.strip() == "startup-match: error: no session with id 42"

    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x"}', encoding="utf-8")
    code, _, err = _run(capsys, "sessions", "import", str(bad), "--db", db)
    assert code == 1 and "not a session export" in err and len(err.strip().splitlines()) == 1

    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"definitely not a database" * 100)
    code, _, err = _run(capsys, "sessions", "list", "--db", str(corrupt))
    assert code == 1 and "left untouched" in err
    assert corrupt.read_bytes() == b"definitely not a database" * 100


def test_empty_store_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    SessionStore(tmp_path / "new.db").close()
    code, out, _ = _run(capsys, "sessions", "list", "--db", str(tmp_path / "new.db"))
    assert code == 0 and "No sessions saved yet." in out


@pytest.mark.parametrize(
    "command", [["list"], ["show", "1"], ["export", "1", "-o", "out.json"], ["check"]]
)
def test_a_mistyped_db_is_refused_by_commands_that_only_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """A typo in --db made an empty database and said "No sessions saved yet." """
    mistyped = tmp_path / "sesions.db"
    args = [a if a != "out.json" else str(tmp_path / a) for a in command]
    code, out, err = _run(capsys, "sessions", *args, "--db", str(mistyped))
    assert code == 1 and out == ""
    assert err.strip() == f"startup-match: error: {mistyped}: no such file"
    assert not mistyped.exists() and not (tmp_path / "out.json").exists()
