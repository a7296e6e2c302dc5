"""`startup-match rank PROFILE.json [--json] [--save [--title T]] [--db PATH] [--lang L]`. The
arguments; what it does lives in rank_action."""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import OneLineParser, text
from .arguments import database as database_location
from .handlers import deferred


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    parser = subparsers.add_parser(
        "rank", parents=[common], help="rank every programme for a profile (JSON file)"
    )
    parser.add_argument("profile", type=Path, help="profile JSON file")
    parser.add_argument("--json", action="store_true", help="print the ranking as JSON")
    parser.add_argument("--save", action="store_true", help="store the result as a session")
    parser.add_argument("--title", type=text, help="session title (with --save)")
    parser.add_argument("--db", type=database_location, help="session database: file or address")
    parser.set_defaults(handler=deferred(".rank_action", "run"))
