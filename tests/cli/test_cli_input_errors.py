"""Every bad command-line input gets one `startup-match: error:` line and exit status 1."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.cli.ranking_text import format_ranking
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("startup-match: error: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["sessions", "show", "abc"], "sessions show: argument id: 'abc' is not a session id"),
        (["sessions", "show", str(2**64)], "is not a session id (1 or more)"),
        (["sessions", "delete", "0"], "is not a session id (1 or more)"),
        (["sessions", "list", "--limit", "-5"], "argument --limit: '-5' is out of range"),
        (["sessions", "list", "--offset", str(2**70)], "argument --offset"),
        (["rank"], "rank: the following arguments are required: profile"),
        (["no-such-command"], "invalid choice: 'no-such-command'"),
    ],
)
def test_bad_arguments_are_one_line(
    argv: list[str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "s.db")] if argv[0] == "sessions" else []
    assert main([*argv, *db]) == 1
    assert expected in _one_error_line(capsys)


def test_import_of_a_missing_file_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    assert main(["sessions", "import", str(missing), "--db", str(tmp_path / "s.db")]) == 1
    line = _one_error_line(capsys)
    assert line == f"startup-match: error: {missing}: no such file"
    assert "Errno" not in line


def test_misspelt_profile_field_suggests_the_right_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Co", "tema_size": 3}', encoding="utf-8")
    assert main(["rank", str(profile)]) == 1
    assert "tema_size: is not a profile field (did you mean team_size?)" in _one_error_line(capsys)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_folder_is_refused_by_its_kind_without_hanging(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "profile.json"
    os.mkfifo(fifo)
    assert main(["rank", str(fifo)]) == 1
    assert "is not a regular file" in _one_error_line(capsys)
    assert main(["sessions", "import", str(fifo), "--db", str(tmp_path / "s.db")]) == 1
    assert "is not a regular file" in _one_error_line(capsys)
    assert main(["rank", str(tmp_path)]) == 1
    assert "is a folder, not a profile file" in _one_error_line(capsys)


def test_rank_table_fits_an_80_column_terminal() -> None:
    ranking = rank(default_catalogue(), Profile(company_name="Co"), "zh-Hant")
    text = format_ranking(ranking, width=80)
    table = [line for line in text.splitlines() if line[:2].strip().isdigit() or line[:1] in "#-"]
    width = max(
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in table
    )
    assert 70 <= width <= 80
    assert "…" in text  # long names are cut, not wrapped


def test_sessions_check_reads_the_whole_file_on_demand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Checked Co"}', encoding="utf-8")
    assert main(["rank", str(profile), "--save", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["sessions", "check", "--db", str(db)]) == 0
    assert "intact (schema" in capsys.readouterr().out
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all")
    assert main(["sessions", "check", "--db", str(junk)]) == 1
    assert "not a readable session database" in _one_error_line(capsys)


def test_stored_text_cannot_drive_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Evil\\u001b]0;owned\\u0007 Co"}', encoding="utf-8")
    db = str(tmp_path / "s.db")
    title = "Title \x1b[2J\x1b[31mRED\u202e"
    assert main(["rank", str(profile), "--save", "--db", db, "--title", title]) == 0
    capsys.readouterr()
    assert main(["sessions", "list", "--db", db]) == 0
    assert main(["sessions", "show", "1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\u001b[31mRED" in out


def test_text_that_is_not_utf8_is_refused_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Co"}', encoding="utf-8")
    undecodable = b"bad\xff".decode("utf-8", "surrogateescape")
    db = str(tmp_path / "s.db")
    assert main(["rank", str(profile), "--save", "--db", db, "--title", undecodable]) == 1
    assert "argument --title: is not valid UTF-8 text" in _one_error_line(capsys)
    assert main(["sessions", "list", "--db", db, "--search", undecodable]) == 1
    assert "argument --search: is not valid UTF-8 text" in _one_error_line(capsys)
