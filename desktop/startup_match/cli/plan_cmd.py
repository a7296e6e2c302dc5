"""`startup-match plan PROFILE.json [--json] [--lang L] [--on DATE]`: what would open more
programmes for a founder, the questions to answer first, and the timeline. The core loads when
it runs, so reading the arguments stays quick."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.model.langs import Lang
from ..runtime.collector import start_up_done
from .arguments import OneLineParser


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    parser = subparsers.add_parser(
        "plan",
        parents=[common],
        help="what would open more programmes for a profile (JSON file), and when",
    )
    parser.add_argument("profile", type=Path, help="profile JSON file")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
    parser.add_argument(
        "--on", type=_day, default=None, help="the day to plan on (YYYY-MM-DD; today by default)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.loader import default_catalogue
    from ..core.model.profile import load_profile
    from ..core.plan.planner import make_plan
    from ..core.plan.text import format_plan

    start_up_done()  # the command's modules are in (core/collector.py)
    profile = load_profile(args.profile)
    plan = make_plan(default_catalogue(), profile, lang, args.on)
    print(plan.model_dump_json(indent=2) if args.json else format_plan(plan, lang), end="")
    if args.json:
        print()
    return 0
