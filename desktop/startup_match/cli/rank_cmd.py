"""`startup-match rank PROFILE.json [--json] [--save [--title T]] [--db PATH] [--lang L]`: its
arguments, and what it does. The core loads when it runs, so reading the arguments stays quick."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.model.langs import Lang
from ..runtime.collector import start_up_done
from .arguments import OneLineParser, text
from .arguments import database as database_location


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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.engine.rank import rank
    from ..core.model.loader import default_catalogue
    from ..core.model.profile import load_profile
    from .ranking_text import format_ranking, ranking_json

    start_up_done()  # the command's modules are in (core/collector.py)
    profile = load_profile(args.profile)
    ranking = rank(default_catalogue(), profile, lang)
    print(
        ranking_json(ranking) if args.json else format_ranking(ranking),
        end="\n" if args.json else "",
    )
    if args.save:
        from .sessions_cmd import save_ranking  # the store only when saving

        save_ranking(args.db, profile, ranking, args.title)
    return 0
