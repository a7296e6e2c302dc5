"""A real-looking cohort of 200 start-ups with messy cells: every bad cell named (row, column,
value, reason), all at once, and the good rows kept; the same in CSV; the template in each
language imports its example as nothing and a filled-in row as a start-up."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from startup_match.core.cohort.reading import read_cohort
from startup_match.core.model.files import UserFileError
from startup_match.core.model.langs import LANGS, Lang
from startup_match.report.cohort_template import write_template

from ..cohort_files import BAD_CELLS, TODAY, make_cohort


def test_two_hundred_messy_start_ups_import_with_every_bad_cell_named(tmp_path: Path) -> None:
    made = make_cohort(tmp_path / "spring.xlsx")
    found = read_cohort(made.path, today=TODAY)
    assert len(found.rows) == made.good == 190
    assert set(found.bad_rows) == made.bad_rows
    assert len(found.problems) == made.bad_cells
    assert {p.reason for p in found.problems} == {reason for _, _, reason in BAD_CELLS}
    sought = next(p for p in found.problems if p.reason == "negative")
    assert (sought.column, sought.value) == ("P (Funding sought)", "-200000")
    assert "cannot be below zero" in sought.line()
    assert "不可小於零" in sought.reason_text("zh-Hant")
    # The title merged across the top is skipped; the money columns, two rows deep under a
    # merged heading, are read by their sub-headings; the hidden column is not read.
    assert found.header_rows == (1, 2)
    by_letter = {c.letter: c for c in found.columns}
    assert by_letter["O"].field == "funding_raised_hkd"
    assert by_letter["J"].hidden and by_letter["J"].field is None
    assert [n.key for n in found.notes] == ["hidden"]
    assert found.blank_rows == 1
    first = found.rows[0].profile
    assert first.technical_team_equity_pct in (25.0, 40.0, 60.0, None)
    assert all(row.row not in made.bad_rows for row in found.rows)
    keys = [row.key for row in found.rows]
    assert len(set(keys)) == len(keys)
    assert sum(key.startswith("br:") for key in keys) > 100


def test_the_same_cohort_as_csv_reads_the_same(tmp_path: Path) -> None:
    made = make_cohort(tmp_path / "spring.xlsx", count=60)
    sheet = load_workbook(made.path, data_only=True).active
    assert sheet is not None
    out = tmp_path / "spring.csv"
    # One header row: each sub-heading, or the heading merged above it.
    names = [sheet.cell(3, c).value or sheet.cell(2, c).value for c in range(1, 17)]
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(names)
        for row in sheet.iter_rows(min_row=4):
            values: list[object] = []
            for cell in row:
                value = cell.value
                if isinstance(value, float) and "%" in cell.number_format:
                    value = f"{value * 100:g}%"
                values.append("" if value is None else value)
            values[9] = ""  # a CSV has no hidden columns
            writer.writerow(values)
    from_csv = read_cohort(out, today=TODAY)
    from_xlsx = read_cohort(made.path, today=TODAY)
    assert [r.profile for r in from_csv.rows] == [r.profile for r in from_xlsx.rows]
    assert [(p.row, p.reason) for p in from_csv.problems] == [
        (p.row - 2, p.reason) for p in from_xlsx.problems
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_template_explains_itself_and_its_example_imports_cleanly(
    tmp_path: Path, lang: Lang
) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, lang)
    book = load_workbook(path)
    assert len(book.sheetnames) == 3
    cohort, values, about = (book[name] for name in book.sheetnames)
    assert cohort.max_row == 2 and cohort.cell(1, 1).value
    assert values.max_column > 5 and about.max_row > 30
    assert cohort.data_validations.dataValidation  # drop-downs of the allowed values
    found = read_cohort(path)
    assert found.rows == [] and found.problems == [] and [n.key for n in found.notes] == ["example"]
    cohort.cell(2, 1).value = "Filled In Ltd"
    book.save(path)
    filled = read_cohort(path)
    assert filled.problems == [] and len(filled.rows) == 1
    profile = filled.rows[0].profile
    assert profile.company_name == "Filled In Ltd" and profile.team_size == 6
    assert profile.funding_sought_hkd == 1_500_000 and filled.rows[0].key == "br:12345678"
    assert all(c.field for c in filled.columns)  # every header is known


def test_files_that_are_not_cohorts_are_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    for path, words in (
        (tmp_path / "x.xlsx", "not a readable .xlsx"),
        (tmp_path / "none.csv", "no such file"),
        (tmp_path, "is a folder"),
        (tmp_path / "x.ods", "not a spreadsheet"),
    ):
        if path.suffix == ".ods":
            path.write_text("x")
        with pytest.raises(UserFileError, match=words):
            read_cohort(path)


def test_an_unknown_header_is_left_for_the_adviser_and_a_choice_maps_it(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "Startup,Headcount,發展階段\nHelix,12,種子輪\nQuanta,3,idea\n", encoding="utf-8"
    )
    found = read_cohort(path)
    assert found.unknown_headers() == ["Startup", "Headcount"]
    assert found.rows == [] and found.problems == []
    chosen = read_cohort(path, {"Startup": "company_name", "Headcount": "team_size"})
    assert [(r.profile.company_name, r.profile.team_size) for r in chosen.rows] == [
        ("Helix", 12),
        ("Quanta", 3),
    ]
    assert chosen.layout == found.layout


def test_rows_breaking_the_profiles_own_rules_and_duplicates_are_named(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "Company name,Full-time staff,technical_staff\nHelix,2,5\nHelix ,3,1\n,4,\nQuanta,1,0\n",
        encoding="utf-8",
    )
    found = read_cohort(path)
    assert [(p.row, p.reason) for p in found.problems] == [(2, "profile"), (4, "required")]
    assert "technical_staff" in found.problems[0].reason_text()
    assert [r.profile.company_name for r in found.rows] == ["Helix", "Quanta"]
    again = tmp_path / "d.csv"
    again.write_text("Company name\nHelix\nHELIX\n", encoding="utf-8")
    duplicate = read_cohort(again).problems
    assert [(p.row, p.reason, p.params) for p in duplicate] == [(3, "duplicate", (("row", "2"),))]
