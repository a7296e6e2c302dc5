"""`startup-match sheet`, from a profile file and from a saved session."""

from __future__ import annotations

from pathlib import Path

import pytest

from startup_match.cli.main import main

from ..pdfs import pdf_text


def test_sheet_from_profile(
    tmp_path: Path, biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.pdf"
    assert main(["sheet", str(biotech_profile_path), "-o", str(output)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert "Helix Lab Limited" in pdf_text(output)


def test_sheet_from_session(
    tmp_path: Path, biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert (
        main(["rank", str(biotech_profile_path), "--save", "--title", "Sheet me", "--db", db]) == 0
    )
    output = tmp_path / "session.pdf"
    assert main(["sheet", "--session", "1", "--db", db, "-o", str(output)]) == 0
    text = pdf_text(output)
    assert "Sheet me" in text and "Helix Lab Limited" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.pdf"], "either a PROFILE.json or --session"),
        (["p.json", "--session", "1", "-o", "x.pdf"], "not both"),
        (["p.json", "-o", "x.txt"], "must end in .pdf"),
        (["--session", "9", "-o", "x.pdf"], "no session with id 9"),
    ],
)
def test_sheet_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    full = [*args, "--db", str(tmp_path / "s.db")] if "--session" in args else args
    assert main(["sheet", *full]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
