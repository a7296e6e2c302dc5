"""`startup-match cohort rank / sheets / template`: the matrix, the sheets and the template,
headless; bad cells as warnings naming row, column, value and reason; one-line errors."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from startup_match.cli.main import main

from ..cohort_files import make_cohort


def test_rank_writes_the_matrix_and_names_every_bad_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_cohort(tmp_path / "cohort.xlsx", count=60)
    out = tmp_path / "matrix.xlsx"
    assert main(["cohort", "rank", str(made.path), "--out", str(out), "--lang", "zh-Hans"]) == 0
    captured = capsys.readouterr()
    assert "start-ups ×" in captured.out
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert len(warnings) == made.bad_cells + 1  # each bad cell, then how many rows were left out
    assert all(
        line.startswith("startup-match: warning: cohort.xlsx: row ") for line in warnings[:-1]
    )
    book = load_workbook(out)
    assert book.sheetnames[0] == "总表" and book[book.sheetnames[0]].max_row == made.good + 3


def test_rank_as_csv(tmp_path: Path) -> None:
    made = make_cohort(tmp_path / "cohort.xlsx", count=20)
    out = tmp_path / "matrix.csv"
    assert main(["cohort", "rank", str(made.path), "--out", str(out), "--csv"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == made.good + 1 and rows[0][:2] == ["Start-up", "Key"]


def test_sheets_into_a_folder_and_as_one_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Company name,Stage\nHelix,seed\nQuanta,idea\n", encoding="utf-8")
    assert main(["cohort", "sheets", str(path), "--out", str(tmp_path / "sheets")]) == 0
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [
        "0001 Helix.pdf",
        "0002 Quanta.pdf",
    ]
    assert main(["cohort", "sheets", str(path), "--out", str(tmp_path / "all.pdf")]) == 0
    assert "2 sheets" in capsys.readouterr().out and (tmp_path / "all.pdf").stat().st_size > 1000


def test_template(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["cohort", "template", str(out), "--lang", "zh-Hant"]) == 0
    assert load_workbook(out).active.cell(1, 1).value == "公司名稱"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rank", "{missing}", "--out", "m.xlsx"], "no such file"),
        (["rank", "{empty}", "--out", "m.pdf"], "must end in .xlsx"),
        (["rank", "{empty}", "--out", "m.xlsx"], "no start-up could be read"),
        (["sheets", "{empty}", "--out", "x"], "no start-up could be read"),
        (["template", "t.pdf"], "must end in .xlsx"),
        (["rank", "{empty}"], "required: --out"),
        ([], "required: COMMAND"),
    ],
)
def test_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("Company name\n", encoding="utf-8")
    filled = [
        a.replace("{missing}", str(tmp_path / "no.xlsx")).replace("{empty}", str(empty))
        for a in args
    ]
    assert main(["cohort", *filled]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("startup-match: error:") and message in err[-1], err


def test_cohort_help_loads_no_model_and_no_qt() -> None:
    probe = (
        "import sys\nfrom startup_match.cli.main import main\n"
        "try:\n    main(['cohort', 'rank', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pydantic', 'PySide6', 'sqlalchemy', 'openpyxl') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("[]")
