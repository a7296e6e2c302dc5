"""`startup-match sheet`, from a profile file and from a saved session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


def test_summary_only_and_notes_on_request(
    tmp_path: Path, biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    exported = tmp_path / "session.json"
    assert main(["rank", str(biotech_profile_path), "--save", "--db", db]) == 0
    assert main(["sessions", "export", "1", "-o", str(exported), "--db", db]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    exported.write_text(json.dumps({**data, "notes": "Private: call the KTO"}), encoding="utf-8")
    assert main(["sessions", "import", str(exported), "--db", db]) == 0
    capsys.readouterr()
    full, short, noted = (tmp_path / f"{name}.pdf" for name in ("full", "short", "noted"))
    assert main(["sheet", "--session", "2", "--db", db, "-o", str(full)]) == 0
    assert main(["sheet", "--session", "2", "--db", db, "-o", str(short), "--summary-only"]) == 0
    assert main(["sheet", "--session", "2", "--db", db, "-o", str(noted), "--notes"]) == 0
    written = [int(line.split("(")[1].split()[0]) for line in capsys.readouterr().out.splitlines()]
    assert written[1] <= 3 < written[0]
    assert "Appendix" in pdf_text(full) and "Appendix" not in pdf_text(short)
    assert "call the KTO" not in pdf_text(full) + pdf_text(short)
    assert "Private: call the KTO" in pdf_text(noted)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland displays")
@pytest.mark.parametrize("platform", [None, "xcb"])
def test_sheet_works_with_a_display_that_cannot_be_opened(
    tmp_path: Path, biotech_profile_path: Path, platform: str | None
) -> None:
    """A DISPLAY left set (an ssh session, a stopped X server) used to abort the command with
    status 134, as Qt aborts when its platform cannot start: the sheet needs no display."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env |= {"DISPLAY": ":97", "XAUTHORITY": str(tmp_path / "none")}
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    output = tmp_path / "headless.pdf"
    command = ["sheet", str(biotech_profile_path), "-o", str(output), "--summary-only"]
    # As installed: the entry point, which opens the window when given no command.
    run = [sys.executable, "-m", "startup_match", *command]
    result = subprocess.run(run, capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "Helix Lab Limited" in pdf_text(output)
