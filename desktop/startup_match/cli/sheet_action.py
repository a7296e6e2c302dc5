"""What `startup-match sheet` does (its arguments: sheet_cmd). The report, and Qt with it,
load only when a sheet is asked for."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..core.engine import rank
from ..core.langs import Lang
from ..core.loader import default_catalogue
from ..core.profile import load_profile
from ..report.render import ReportError
from ..report.sheet import export_sheet_pdf
from ..report.sheet_html import SheetInput
from .errors import CliError

if TYPE_CHECKING:
    from ..store.repository import SavedSession


def _sheet_from_session(
    session: SavedSession, lang: Lang, args: argparse.Namespace
) -> tuple[SheetInput, bool]:
    catalogue = default_catalogue()
    sheet = SheetInput.of(
        session,
        session.ranking_for(catalogue, lang),
        with_appendix=not args.summary_only,
        with_notes=args.notes,
    )
    return sheet, session.is_stale(catalogue)


def run(args: argparse.Namespace, lang: Lang) -> int:
    if (args.profile is None) == (args.session is None):
        raise CliError("give either a PROFILE.json or --session ID (not both)")
    if args.output.suffix.lower() != ".pdf":
        raise CliError(f"{args.output}: the output file name must end in .pdf")
    if args.session is not None:
        from ..store.repository import SessionStore  # only a saved session needs the store

        with SessionStore(args.db) as store:
            session = store.get(args.session)
        sheet, stale = _sheet_from_session(session, lang, args)
        if stale:
            print(
                "Note: the catalogue changed since this session was ranked; the sheet shows the "
                "session's saved results.",
                file=sys.stderr,
            )
    else:
        profile = load_profile(args.profile)
        sheet = SheetInput(
            profile=profile,
            ranking=rank(default_catalogue(), profile, lang),
            with_appendix=not args.summary_only,
        )
    try:
        pages = export_sheet_pdf(sheet, args.output, lang)
    except ReportError as error:
        raise CliError(str(error)) from None
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''})")
    return 0
