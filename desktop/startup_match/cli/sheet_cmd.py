"""`startup-match sheet PROFILE.json -o OUT.pdf` and `sheet --session ID -o OUT.pdf`: the
arguments. What it does lives in sheet_action."""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import OneLineParser, session_id
from .arguments import database as database_location
from .handlers import deferred


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
    parser.set_defaults(handler=deferred(".sheet_action", "run"))
