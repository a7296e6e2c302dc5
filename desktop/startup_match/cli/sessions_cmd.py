"""`startup-match sessions list|show|export|import|check|copy|delete`, and `rank --save`: their
arguments, and what they do. The store (SQLAlchemy) loads only when one of them runs, so
commands that need no store never import it and reading the arguments stays quick."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.model.langs import Lang
from ..runtime.collector import start_up_done
from .arguments import OneLineParser, count, session_id, text
from .arguments import database as database_location
from .errors import CliError

if TYPE_CHECKING:
    from ..core.model.profile import Profile
    from ..core.model.ranking import Ranking
    from ..store.repository import SessionStore, SessionSummary

MAX_IMPORT_BYTES = 16 * 1024 * 1024  # a session export with its ranking is well under 1 MiB


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
    listing.set_defaults(handler=run_list)

    show = actions.add_parser("show", parents=parents, help="one session with its results")
    show.add_argument("id", type=session_id)
    show.add_argument("--json", action="store_true", help="print the session export JSON")
    show.set_defaults(handler=run_show)

    export = actions.add_parser("export", parents=parents, help="write one session to JSON")
    export.add_argument("id", type=session_id)
    export.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write")
    export.add_argument("--force", action="store_true", help="replace the file if it exists")
    export.set_defaults(handler=run_export)

    importing = actions.add_parser("import", parents=parents, help="add a session from JSON")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=run_import)

    check = actions.add_parser(
        "check", parents=parents, help="check the whole database file for damage (read-only)"
    )
    check.set_defaults(handler=run_check)

    copying = actions.add_parser(
        "copy",
        parents=[common],
        help="copy every session from one database to another (a file to the team's server, "
        "or back); sessions already there are skipped",
    )
    copying.add_argument("--from", dest="source", type=database_location, required=True)
    copying.add_argument("--to", dest="target", type=database_location, required=True)
    copying.set_defaults(handler=run_copy)

    delete = actions.add_parser("delete", parents=parents, help="delete one session")
    delete.add_argument("id", type=session_id)
    delete.set_defaults(handler=run_delete)


def _open(location: Path | str | None) -> SessionStore:
    """The store at `location`. SQLAlchemy loads here, the last of a command's modules, and
    start-up ends with it (core/collector.py)."""
    from ..store.repository import SessionStore

    start_up_done()
    return SessionStore(location)


def _summary_dict(summary: SessionSummary) -> dict[str, object]:
    from ..core.model.clock import local_iso

    return {
        "id": summary.id,
        "title": summary.title,
        "company_name": summary.company_name,
        "catalogue_version": summary.catalogue_version,
        "created_at": local_iso(summary.created_at),
        "updated_at": local_iso(summary.updated_at),
        "created_by": summary.created_by,
        "updated_by": summary.updated_by,
    }


def run_list(args: argparse.Namespace, lang: Lang) -> int:
    import json

    from ..core.model.clock import local_text
    from ..core.model.printable import printable
    from .table import render_table

    if args.limit < 1 or args.offset < 0:
        raise CliError("--limit must be at least 1 and --offset at least 0")
    with _open(args.db) as store:
        if args.search:
            summaries = store.search(args.search, limit=args.limit, offset=args.offset)
        else:
            summaries = store.newest(limit=args.limit, offset=args.offset)
        total = store.count()
        shared = store.shared
    if args.json:
        print(
            json.dumps(
                {"total": total, "sessions": [_summary_dict(s) for s in summaries]},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not summaries:
        print("No sessions saved yet." if total == 0 else "No session matches.")
        return 0
    rows = [
        [
            str(s.id),
            printable(s.title),
            printable(s.company_name),
            local_text(s.updated_at),
            s.catalogue_version,
        ]
        for s in summaries
    ]
    headers = ["ID", "Title", "Company", "Updated", "Catalogue"]
    if shared:  # a team's server: who made each session and who changed it last
        headers += ["By", "Changed by"]
        for row, s in zip(rows, summaries, strict=True):
            row += [printable(s.created_by), printable(s.updated_by)]
    print(render_table(headers, rows))
    print(f"\n{len(summaries)} of {total} session(s)")
    return 0


def run_show(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.clock import local_text
    from ..core.model.loader import default_catalogue
    from .ranking_text import format_ranking

    with _open(args.db) as store:
        if args.json:
            print(store.export_json(args.id))
            return 0
        session = store.get(args.id)
    print(f"Session {session.id}: {session.title}")
    print(f"Company: {session.profile.company_name}")
    created, updated = session.created_at, session.updated_at
    print(f"Created {local_text(created)}, updated {local_text(updated)}")
    if session.notes:
        print(f"Notes: {session.notes}")
    if session.is_stale(default_catalogue()):
        print(
            f"Note: computed with catalogue {session.ranking.catalogue.version}; the catalogue has "
            "changed since. Re-rank with `startup-match rank` to refresh."
        )
    print()
    print(format_ranking(session.ranking), end="")
    return 0


def run_export(args: argparse.Namespace, lang: Lang) -> int:
    """Export never writes onto the session database (or the files beside it), and replaces
    an existing file only when asked to with --force."""
    from ..core.model.files import UserFileError, write_atomically

    with _open(args.db) as store:
        if store.owns_file(args.output):
            raise CliError(
                f"{args.output}: is the session database itself; choose another file name"
            )
        if args.output.exists() and not args.force:
            raise CliError(f"{args.output}: already exists; add --force to replace it")
        text = store.export_json(args.id)
    try:
        write_atomically(args.output, (text + "\n").encode("utf-8"))
    except UserFileError as error:
        raise CliError(str(error)) from None
    print(f"Exported session {args.id} to {args.output}")
    return 0


def run_import(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.files import UserFileError, read_text_file

    try:
        text = read_text_file(args.file, MAX_IMPORT_BYTES, "session file")
    except UserFileError as error:
        raise CliError(str(error)) from None
    with _open(args.db) as store:
        session = store.import_json(text, origin=str(args.file))
    print(f"Imported as session {session.id}: {session.title}")
    return 0


def run_delete(args: argparse.Namespace, lang: Lang) -> int:
    with _open(args.db) as store:
        store.delete(args.id)
    print(f"Deleted session {args.id}")
    return 0


def save_ranking(
    db: Path | str | None, profile: Profile, ranking: Ranking, title: str | None
) -> None:
    """`rank --save`: keep the ranking just printed as a new session."""
    from ..core.consultation.consultation import Consultation

    with _open(db) as store:
        session = store.create(Consultation(profile, ranking, title or ""))
    print(f"Saved as session {session.id}: {session.title}", file=sys.stderr)


def run_check(args: argparse.Namespace, lang: Lang) -> int:
    """The whole-file integrity check that opening skips unless the last shutdown was unclean."""
    from ..store.database import default_database_path, recognise

    start_up_done()  # the command's modules are in
    if isinstance(args.db, str):
        raise CliError("sessions check reads a SQLite file; a PostgreSQL server checks its own")
    path = (args.db or default_database_path()).expanduser()
    if not path.exists():
        raise CliError(f"{path}: no such file")
    revision = recognise(path, check_integrity=True)
    print(f"{path}: intact (schema {revision or 'empty'})")
    return 0


def run_copy(args: argparse.Namespace, lang: Lang) -> int:
    """Copy every session; run again, it copies only what is new (sessions keep their uid)."""
    from ..store.copying import copy_sessions

    if str(args.source) == str(args.target):
        raise CliError("--from and --to are the same database")
    with _open(args.source) as source, _open(args.target) as target:

        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done} of {total} sessions", end="", file=sys.stderr, flush=True)

        result = copy_sessions(source, target, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(
            f"Copied {result.copied} session(s) from {source.location} to {target.location}; "
            f"{result.skipped} were there already"
        )
    return 0
