"""Every line the command line prints, on stdout and stderr alike, shows user text escaped, and
no error shows a password, even one containing `@` or `/`."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.store.errors import StoreError
from startup_match.store.repository import SessionStore


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


@pytest.mark.parametrize(
    "address",
    [
        "postgresql+psycopg://adviser:Qw7x@Zk9y@127.0.0.1:1/db",
        "postgresql+psycopg://adviser:Qw7x@Zk9y@Jh4v@127.0.0.1:1/",
        "postgresql+psycopg://adviser:Qw7x@Zk9y@127.0.0.1:notaport/db",
        "postgresql://adviser:Qw7x/Zk9y@Jh4v@127.0.0.1:1/db",
        "postgres://adviser:Qw7x:Zk9y@Jh4v@nohost.invalid/db",
        "postgresql://adviser@127.0.0.1:1/db?password=Qw7xZk9y",
    ],
)
def test_a_password_with_at_signs_is_never_shown(
    address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pieces = {"Qw7x", "Zk9y", "Jh4v"}
    with pytest.raises(StoreError) as refused:
        SessionStore(address)
    assert main(["sessions", "list", "--db", address]) == 1
    for message in (str(refused.value), capsys.readouterr().err):
        assert not any(piece in message for piece in pieces), message
        assert "adviser" in message or "127.0.0.1" in message or "nohost" in message


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_copy_progress_line_keeps_its_own_carriage_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Copy Co"}', encoding="utf-8")
    source, target = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    assert main(["rank", str(profile), "--save", "--db", source]) == 0
    terminal = _Tty()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["sessions", "copy", "--from", source, "--to", target]) == 0
    assert "\r1 of 1 sessions" in terminal.getvalue()
