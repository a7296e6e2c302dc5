"""What `startup-match rank` does (its arguments: rank_cmd)."""

from __future__ import annotations

import argparse

from ..core.engine import rank
from ..core.langs import Lang
from ..core.loader import default_catalogue
from ..core.profile import load_profile
from .ranking_text import format_ranking, ranking_json


def run(args: argparse.Namespace, lang: Lang) -> int:
    profile = load_profile(args.profile)
    ranking = rank(default_catalogue(), profile, lang)
    print(
        ranking_json(ranking) if args.json else format_ranking(ranking),
        end="\n" if args.json else "",
    )
    if args.save:
        from .session_actions import save_ranking  # the store only when saving

        save_ranking(args.db, profile, ranking, args.title)
    return 0
