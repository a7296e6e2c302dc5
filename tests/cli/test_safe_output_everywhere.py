"""Every line the command line prints, on stdout and stderr alike, shows user text escaped, and
no error shows a password, even one containing `@` or `/`."""

from __future__ import annotations

from pathlib import Path

import pytest

from startup_match.cli.main import main


def test_rank_save_prints_the_title_escaped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Term Co"}', encoding="utf-8")
    title = "T \x1b]52;c;ZXZpbA==\x07 \x1b[2J\u202e"
    db = str(tmp_path / "s.db")
    assert main(["rank", str(profile), "--save", "--db", db, "--title", title]) == 0
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "\\u001b]52;c;ZXZpbA==" in captured.err

