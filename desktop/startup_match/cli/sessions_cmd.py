"""`startup-match sessions list|show|export|import|check|copy|delete`: the arguments. What each
does lives in session_actions, imported only when a sessions command runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import OneLineParser, count, session_id, text
from .arguments import database as database_location
from .handlers import deferred


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    database = OneLineParser(add_help=False)
    database.add_argument(
        "--db",
        type=database_location,
        help="session database: a file (default: user data) or a postgresql+psycopg:// address",
    )
    parents = [common, database]
    parser = subparsers.add_parser("sessions", help="list, show, export, import or delete sessions")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", parents=parents, help="saved sessions, newest first")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    listing.add_argument(
        "--search", type=text, help="only sessions whose title or company contains this"
    )
    listing.add_argument("--limit", type=count, default=50, help="how many (default 50)")
    listing.add_argument("--offset", type=count, default=0, help="skip this many (paging)")
    listing.set_defaults(handler=deferred(".session_actions", "run_list"))

    show = actions.add_parser("show", parents=parents, help="one session with its results")
    show.add_argument("id", type=session_id)
    show.add_argument("--json", action="store_true", help="print the session export JSON")
    show.set_defaults(handler=deferred(".session_actions", "run_show"))

    export = actions.add_parser("export", parents=parents, help="write one session to JSON")
    export.add_argument("id", type=session_id)
    export.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write")
    export.add_argument("--force", action="store_true", help="replace the file if it exists")
    export.set_defaults(handler=deferred(".session_actions", "run_export"))

    importing = actions.add_parser("import", parents=parents, help="add a session from JSON")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=deferred(".session_actions", "run_import"))

    check = actions.add_parser(
        "check", parents=parents, help="check the whole database file for damage (read-only)"
    )
    check.set_defaults(handler=deferred(".session_actions", "run_check"))

    copying = actions.add_parser(
        "copy",
        parents=[common],
        help="copy every session from one database to another (a file to the team's server, "
        "or back); sessions already there are skipped",
    )
    copying.add_argument("--from", dest="source", type=database_location, required=True)
    copying.add_argument("--to", dest="target", type=database_location, required=True)
    copying.set_defaults(handler=deferred(".session_actions", "run_copy"))

    delete = actions.add_parser("delete", parents=parents, help="delete one session")
    delete.add_argument("id", type=session_id)
    delete.set_defaults(handler=deferred(".session_actions", "run_delete"))
