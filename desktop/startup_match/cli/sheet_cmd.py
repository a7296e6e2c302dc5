"""`startup-match sheet PROFILE.json -o OUT.pdf` and `sheet --session ID -o OUT.pdf`: the
arguments, and what it does. The report, and Qt with it, load only when a sheet is asked for."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model.langs import Lang
from ..runtime.collector import start_up_done
from .arguments import OneLineParser, session_id
from .arguments import database as database_location
from .errors import CliError

if TYPE_CHECKING:
    from ..report.sheet_html import SheetInput


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    parser = subparsers.add_parser(
        "sheet", parents=[common], help="write the summary sheet as a PDF (works with no display)"
    )
    parser.add_argument("profile", type=Path, nargs="?", help="profile JSON file")
    parser.add_argument(
        "--session", type=session_id, help="use a saved session instead of a profile"
    )
    parser.add_argument(
        "--db", type=database_location, help="session database: file or address (with --session)"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    parser.add_argument(
        "--summary-only",
        action="store_true",
        help="only the first pages, without the appendix (every programme, criterion by criterion)",
    )
    parser.add_argument(
        "--notes", action="store_true", help="print the session's notes (never printed otherwise)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.engine.rank import rank
    from ..core.model.loader import default_catalogue
    from ..core.model.profile import load_profile
    from ..core.plan.planner import make_plan
    from ..report.render import ReportError
    from ..report.sheet import export_sheet_pdf
    from ..report.sheet_html import SheetInput

    start_up_done()  # the command's modules are in (core/collector.py)
    if (args.profile is None) == (args.session is None):
        raise CliError("give either a PROFILE.json or --session ID (not both)")
    if args.output.suffix.lower() != ".pdf":
        raise CliError(f"{args.output}: the output file name must end in .pdf")
    if args.session is not None:
        sheet = _saved_sheet(args, lang)
    else:
        profile = load_profile(args.profile)
        catalogue = default_catalogue()
        ranking = rank(catalogue, profile, lang)
        plan = make_plan(catalogue, profile, lang, ranking.on)
        sheet = SheetInput(
            profile=profile,
            ranking=ranking.model_copy(update={"plan": plan}),
            with_appendix=not args.summary_only,
        )
    try:
        pages = export_sheet_pdf(sheet, args.output, lang)
    except ReportError as error:
        raise CliError(str(error)) from None
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def _saved_sheet(args: argparse.Namespace, lang: Lang) -> SheetInput:
    """The sheet of a saved session: as saved if the catalogue changed since (and said so)."""
    from ..core.model.loader import default_catalogue
    from ..report.sheet_html import SheetInput
    from ..store.repository import SessionStore  # only a saved session needs the store

    with SessionStore(args.db) as store:
        session = store.get(args.session)
    catalogue = default_catalogue()
    if session.is_stale(catalogue):
        print(
            "Note: the catalogue changed since this session was ranked; the sheet shows the "
            "session's saved results.",
            file=sys.stderr,
        )
    return SheetInput.of(
        session,
        session.ranking_for(catalogue, lang),
        with_appendix=not args.summary_only,
        with_notes=args.notes,
    )
