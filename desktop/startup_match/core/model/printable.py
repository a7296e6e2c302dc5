"""User text made safe to print: on a terminal, in a one-line message, on the sheet."""

from __future__ import annotations

import re

# Bidirectional controls: an override in a name prints it reversed on the sheet.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F])


# What printable() escapes: C0 and C1 controls (escape sequences, newlines) and BIDI_CONTROLS;
# terminal_safe() keeps tabs and line breaks, which lay out a block of output.
_BIDI_CLASS = "".join(map(chr, BIDI_CONTROLS))  # none is special inside [...]
_UNSAFE = re.compile(rf"[\x00-\x1f\x7f-\x9f{_BIDI_CLASS}]")
_UNSAFE_IN_BLOCKS = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CLASS}]")


def _escaped(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def printable(text: str) -> str:
    """User text made safe for a terminal or a one-line message: control characters (escape
    sequences, newlines) and bidirectional overrides are shown escaped, not acted on."""
    return _UNSAFE.sub(_escaped, text)


def terminal_safe(text: str) -> str:
    """Like printable(), but line breaks and tabs stay: for whole blocks of terminal output
    (`rank --json` prints hundreds of kilobytes, so the scan runs in the regex engine)."""
    return _UNSAFE_IN_BLOCKS.sub(_escaped, text)


def without_bidi_controls(text: str) -> str:
    """For documents: drop the bidirectional overrides, keep everything else."""
    return text.translate(BIDI_CONTROLS)
