"""Entry point of `startup-match`. Parsing the arguments loads no model: `--help`, `--version`
and a mistyped command answer at once, and each command loads what it needs when it runs."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from typing import TextIO

from .. import __version__
from ..core.model.errors import CatalogueError, ProfileError
from ..core.model.langs import LANGS, parse_lang
from ..core.model.printable import terminal_safe
from ..store.errors import StoreError
from . import catalogue_cmd, cohort_cmd, plan_cmd, rank_cmd, sessions_cmd, sheet_cmd
from .arguments import Handler, OneLineParser
from .errors import CliError

# Problems a user can fix: reported as one line, never as a traceback.
KNOWN_ERRORS: tuple[type[Exception], ...] = (CliError, ProfileError, CatalogueError, StoreError)


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="startup-match",
        description="Which Hong Kong support programmes fit a start-up, and why. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = OneLineParser(add_help=False)
    common.add_argument("--lang", choices=LANGS, default=None, help="language of the output")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    rank_cmd.add_parser(subparsers, common)
    plan_cmd.add_parser(subparsers, common)
    sheet_cmd.add_parser(subparsers, common)
    sessions_cmd.add_parser(subparsers, common)
    catalogue_cmd.add_parser(subparsers, common)
    cohort_cmd.add_parser(subparsers, common)
    return parser


class SafeTerminal(io.TextIOBase):
    """Standard output or error with control characters from stored text (a session title with
    an escape sequence, say) shown escaped, so nothing a user typed can drive the terminal.
    `raw` is the stream itself, for the app's own control characters (a progress line's \r)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    @property
    def raw(self) -> TextIO:
        return self._stream

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from ..gui.app import run_gui

        return run_gui()
    terminal, errors = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeTerminal(terminal), SafeTerminal(errors)
    try:
        return _run(build_parser(), args_list)
    finally:
        sys.stdout, sys.stderr = terminal, errors


def _run(parser: OneLineParser, args_list: list[str]) -> int:
    try:
        args = parser.parse_args(args_list)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help()
            return 2
        lang = parse_lang(args.lang) if args.lang else "en"
        return handler(args, lang)
    except KNOWN_ERRORS as error:
        message = str(error).strip() or error.__class__.__name__
        print(f"startup-match: error: {terminal_safe(message)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
