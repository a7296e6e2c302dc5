"""`startup-match catalogue list`, `catalogue validate PATH` and `catalogue check [PATH]`: their
arguments, and what they do. The catalogue loads when one runs, so reading the arguments stays
quick."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.model.langs import Lang
from ..runtime.collector import start_up_done
from .arguments import OneLineParser
from .errors import CliError


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    parser = subparsers.add_parser("catalogue", help="list or validate programme catalogues")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser(
        "list", parents=[common], help="list the programmes of the shipped catalogue"
    )
    listing.set_defaults(handler=run_list)
    validate = actions.add_parser("validate", parents=[common], help="validate a catalogue folder")
    validate.add_argument("path", type=Path, help="folder with catalogue.toml and programmes/")
    validate.set_defaults(handler=run_validate)
    check = actions.add_parser(
        "check",
        parents=[common],
        help="list what a maintainer should look at: programmes without their official page, "
        "requirements without an official source, facts checked over a year ago (exit 1 when a "
        "programme shown as official has either of the first two)",
    )
    check.add_argument(
        "path", type=Path, nargs="?", help="a catalogue folder (default: the shipped catalogue)"
    )
    check.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the day to measure the facts' age from (default: today)",
    )
    check.set_defaults(handler=run_check)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def run_list(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.loader import default_catalogue
    from .table import render_table

    start_up_done()  # the command's modules are in (core/collector.py)
    catalogue = default_catalogue()
    rows = [
        [p.id, p.name.get(lang), p.operator.get(lang), p.offer.headline.get(lang)]
        for p in catalogue.programmes
    ]
    print(f"Catalogue {catalogue.info.version} ({catalogue.info.date}), {len(rows)} programmes")
    print(render_table(["ID", "Programme", "Operator", "Headline"], rows))
    return 0


def run_validate(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.errors import CatalogueError
    from ..core.model.loader import load_catalogue

    start_up_done()
    if not args.path.is_dir():
        raise CliError(f"{args.path}: not a catalogue folder")
    try:
        catalogue = load_catalogue(args.path)
    except CatalogueError as error:
        raise CliError(str(error)) from None
    count, version = len(catalogue.programmes), catalogue.info.version
    print(f"{args.path}: valid, {count} programmes, version {version}")
    return 0


_HEADINGS = {
    "no_official_page": "Programmes without their official page",
    "unofficial_requirement": "Requirements without an official source",
    "stale": "Facts checked more than 12 months ago",
}


def run_check(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.model.errors import CatalogueError
    from ..core.model.freshness import check_catalogue
    from ..core.model.loader import default_catalogue, load_catalogue
    from ..core.model.printable import printable

    start_up_done()
    if args.path is not None and not args.path.is_dir():
        raise CliError(f"{args.path}: not a catalogue folder")
    try:
        catalogue = default_catalogue() if args.path is None else load_catalogue(args.path)
    except CatalogueError as error:
        raise CliError(str(error)) from None
    findings = check_catalogue(catalogue, args.today or date.today())
    for kind, heading in _HEADINGS.items():
        found = [f for f in findings if f.kind == kind]
        print(f"{heading}: {len(found)}")
        for finding in found:
            mark = "  ! " if finding.blocking else "    "
            print(f"{mark}{printable(finding.programme)}: {printable(finding.detail)}")
    blocking = sum(f.blocking for f in findings)
    official = sum(catalogue.confidence(p) == "official" for p in catalogue.programmes)
    print(
        f"Catalogue {printable(catalogue.info.version)}: {len(catalogue.programmes)} programmes, "
        f"{official} shown as official; "
        + (
            f"{blocking} finding(s) marked ! concern programmes shown as official"
            if blocking
            else "none of these concerns a programme shown as official"
        )
    )
    return 1 if blocking else 0
