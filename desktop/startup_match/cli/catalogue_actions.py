"""What `startup-match catalogue list|validate` do (their arguments: catalogue_cmd)."""

from __future__ import annotations

import argparse

from ..core.errors import CatalogueError
from ..core.langs import Lang
from ..core.loader import default_catalogue, load_catalogue
from .errors import CliError
from .table import render_table


def run_list(args: argparse.Namespace, lang: Lang) -> int:
    catalogue = default_catalogue()
    rows = [
        [p.id, p.name.get(lang), p.operator.get(lang), p.offer.headline.get(lang)]
        for p in catalogue.programmes
    ]
    print(f"Catalogue {catalogue.info.version} ({catalogue.info.date}), {len(rows)} programmes")
    print(render_table(["ID", "Programme", "Operator", "Headline"], rows))
    return 0


def run_validate(args: argparse.Namespace, lang: Lang) -> int:
    if not args.path.is_dir():
        raise CliError(f"{args.path}: not a catalogue folder")
    try:
        catalogue = load_catalogue(args.path)
    except CatalogueError as error:
        raise CliError(str(error)) from None
    count, version = len(catalogue.programmes), catalogue.info.version
    print(f"{args.path}: valid, {count} programmes, version {version}")
    return 0
