"""Argument parsing that reports a bad argument the way every other error is reported."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from ..core.model.langs import Lang
from ..store.addresses import is_server_url, scheme_of
from .errors import CliError

# What runs a command, set by its parser's `handler=`: it imports what the command needs when it
# runs, then ends start-up (core/collector.py), so that reading the arguments loads no model.
Handler = Callable[[argparse.Namespace, Lang], int]

# SQLite integers are 64-bit: a larger id cannot exist, and would overflow the query.
MAX_SESSION_ID = 2**63 - 1


def _whole_number(text: str, lowest: int, not_a_number: str, out_of_range: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} {not_a_number}") from None
    if not lowest <= value <= MAX_SESSION_ID:
        raise argparse.ArgumentTypeError(f"{text!r} {out_of_range}")
    return value


def session_id(text: str) -> int:
    """An argparse type: a session id, said plainly when it is not one."""
    return _whole_number(
        text, 1, "is not a session id (a whole number)", "is not a session id (1 or more)"
    )


def count(text: str) -> int:
    """An argparse type for --limit and --offset: a whole number from 0 within SQLite's range."""
    return _whole_number(
        text, 0, "is not a whole number", f"is out of range (0 to {MAX_SESSION_ID})"
    )


def text(value: str) -> str:
    """An argparse type for free text: bytes that are not UTF-8 arrive as lone surrogates,
    which could not be stored; say so instead."""
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        raise argparse.ArgumentTypeError("is not valid UTF-8 text")
    return value


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one `startup-match: error: …` line with exit status
    1, like every other input error, instead of argparse's usage block and status 2."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("startup-match").strip()
        raise CliError(f"{command}: {message}" if command else message)


def database(value: str) -> Path | str:
    """An argparse type for --db: a SQLite file, or a team server's PostgreSQL address such as
    postgresql+psycopg://adviser@db.example.org/startups (its password from PGPASSWORD or
    ~/.pgpass, as for psql)."""
    checked = text(value)
    scheme = scheme_of(checked)
    if scheme is None:
        return Path(checked)
    if not is_server_url(checked):
        raise argparse.ArgumentTypeError(
            f"{scheme!r} is not a database kind here: give a file path or "
            "a postgresql+psycopg:// address"
        )
    return checked
