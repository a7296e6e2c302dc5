"""`startup-match cohort …`: a whole cohort from a spreadsheet, headless.

    cohort rank FILE.xlsx --out MATRIX.xlsx [--csv] [--lang L]
    cohort sheets FILE.xlsx --out FOLDER        (or --out ALL.pdf: one PDF with contents)
    cohort template OUT.xlsx [--lang L]

Reading the arguments loads nothing heavy: each command imports what it needs as it runs.
A bad cell is a warning naming its row, column, value and reason; the good rows go on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model.langs import Lang
from .arguments import OneLineParser
from .errors import CliError

if TYPE_CHECKING:
    from ..core.cohort.matrix import Member


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    parser = subparsers.add_parser(
        "cohort", help="screen a whole cohort of start-ups from a spreadsheet (XLSX or CSV)"
    )
    commands = parser.add_subparsers(dest="cohort_command", metavar="COMMAND", required=True)
    rank = commands.add_parser(
        "rank", parents=[common], help="rank every start-up: the start-ups × programmes matrix"
    )
    rank.add_argument("file", type=Path, help="the cohort: .xlsx or .csv, one row per start-up")
    rank.add_argument("--out", type=Path, required=True, help="the matrix: .xlsx (or .csv)")
    rank.add_argument("--csv", action="store_true", help="write the matrix as CSV")
    rank.set_defaults(handler=run_rank)
    sheets = commands.add_parser(
        "sheets", parents=[common], help="every start-up's summary sheet, as PDFs"
    )
    sheets.add_argument("file", type=Path, help="the cohort: .xlsx or .csv")
    sheets.add_argument(
        "--out", type=Path, required=True, help="a folder (one PDF each) or ALL.pdf (one file)"
    )
    sheets.add_argument(
        "--with-appendix",
        action="store_true",
        help="each sheet with its appendix (every programme and criterion); the summary without",
    )
    sheets.set_defaults(handler=run_sheets)
    template = commands.add_parser(
        "template", parents=[common], help="write the cohort template to fill in"
    )
    template.add_argument("output", type=Path, help="the template: .xlsx")
    template.set_defaults(handler=run_template)


def _members(path: Path, lang: Lang) -> list[Member]:
    """The file's good rows; every bad cell and every column not read said on stderr."""
    from ..core.cohort.matrix import Member
    from ..core.cohort.reading import read_cohort
    from ..core.model.files import UserFileError

    try:
        found = read_cohort(path)
    except UserFileError as error:
        raise CliError(str(error)) from None
    for note in found.notes:
        print(f"startup-match: note: {path.name}: {note.text(lang)}", file=sys.stderr)
    for problem in found.problems:
        print(
            f"startup-match: warning: {path.name}: row {problem.row}, column {problem.column}: "
            f"{problem.value!r}: {problem.reason_text(lang)}",
            file=sys.stderr,
        )
    if not found.rows:
        raise CliError(f"{path}: no start-up could be read (see the warnings above)")
    if found.problems:
        rows = len(found.bad_rows)
        print(
            f"startup-match: warning: {path.name}: {rows} row{'s' if rows != 1 else ''} "
            f"left out; {len(found.rows)} read",
            file=sys.stderr,
        )
    return [Member(row.key, row.profile, row=row.row) for row in found.rows]


def run_rank(args: argparse.Namespace, lang: Lang) -> int:
    as_csv = args.csv or args.out.suffix.lower() == ".csv"
    if not as_csv and args.out.suffix.lower() != ".xlsx":
        raise CliError(f"{args.out}: the matrix file name must end in .xlsx (or use --csv)")
    from ..core.cohort.matrix import rank_cohort
    from ..core.model.loader import default_catalogue
    from ..report.cohort_xlsx import ExportError, write_matrix_csv, write_matrix_xlsx

    members = _members(args.file, lang)
    catalogue = default_catalogue()
    matrix = rank_cohort(catalogue, members, lang)
    try:
        if as_csv:
            write_matrix_csv(matrix, args.out, lang)
        else:
            write_matrix_xlsx(matrix, catalogue, args.out, lang)
    except ExportError as error:
        raise CliError(str(error)) from None
    rows, columns = matrix.size
    print(f"Wrote {args.out} ({rows} start-ups × {columns} programmes)")
    return 0


def run_sheets(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.loader import default_catalogue
    from ..report.cohort_pdf import write_combined_pdf, write_sheet_folder
    from ..report.render import ReportError

    members = _members(args.file, lang)
    catalogue = default_catalogue()
    try:
        if args.out.suffix.lower() == ".pdf":
            pages = write_combined_pdf(
                members, catalogue, args.out, lang, with_appendix=args.with_appendix
            )
            print(f"Wrote {args.out} ({len(members)} sheets, {pages} pages)")
        else:
            written = write_sheet_folder(
                members, catalogue, args.out, lang, with_appendix=args.with_appendix
            )
            print(f"Wrote {len(written)} sheets into {args.out}")
    except ReportError as error:
        raise CliError(str(error)) from None
    return 0


def run_template(args: argparse.Namespace, lang: Lang) -> int:
    if args.output.suffix.lower() != ".xlsx":
        raise CliError(f"{args.output}: the template file name must end in .xlsx")
    from ..report.cohort_template import write_template
    from ..report.cohort_xlsx import ExportError

    try:
        write_template(args.output, lang)
    except ExportError as error:
        raise CliError(str(error)) from None
    print(f"Wrote {args.output}")
    return 0
