"""`startup-match catalogue list` and `startup-match catalogue validate PATH`: their arguments,
and what they do. The catalogue loads when one runs, so reading the arguments stays quick."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.collector import start_up_done
from ..core.langs import Lang
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


def run_list(args: argparse.Namespace, lang: Lang) -> int:
    from ..core.loader import default_catalogue
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
    from ..core.errors import CatalogueError
    from ..core.loader import load_catalogue

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
