"""`startup-match catalogue list` and `startup-match catalogue validate PATH`: the arguments.
What they do lives in catalogue_actions."""

from __future__ import annotations

import argparse
from pathlib import Path

from .arguments import OneLineParser
from .handlers import deferred


def add_parser(
    subparsers: argparse._SubParsersAction[OneLineParser],
    common: OneLineParser,
) -> None:
    parser = subparsers.add_parser("catalogue", help="list or validate programme catalogues")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser(
        "list", parents=[common], help="list the programmes of the shipped catalogue"
    )
    listing.set_defaults(handler=deferred(".catalogue_actions", "run_list"))
    validate = actions.add_parser("validate", parents=[common], help="validate a catalogue folder")
    validate.add_argument("path", type=Path, help="folder with catalogue.toml and programmes/")
    validate.set_defaults(handler=deferred(".catalogue_actions", "run_validate"))
