"""Text made safe for a terminal: every control character and bidirectional override escaped,
nothing else touched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from startup_match.core.model.printable import BIDI_CONTROLS, printable, terminal_safe


def _one_by_one(text: str, keep: str = "") -> str:
    """The rule, stated a character at a time."""
    out = []
    for char in text:
        code = ord(char)
        unsafe = code < 0x20 or 0x7F <= code < 0xA0 or code in BIDI_CONTROLS
        out.append(f"\\u{code:04x}" if unsafe and char not in keep else char)
    return "".join(out)


# Mostly the characters at the edges of what is escaped, among ordinary and CJK text.
EDGES = [*range(0x00, 0x21), *range(0x7E, 0xA1), *range(0x200D, 0x2010), *range(0x2029, 0x2030)]
TEXTS = st.text(
    alphabet=st.one_of(
        st.sampled_from([chr(code) for code in [*EDGES, *range(0x2065, 0x206B)]]),
        st.characters(),
    )
)


@given(TEXTS)
def test_printable_escapes_exactly_the_controls_and_overrides(text: str) -> None:
    assert printable(text) == _one_by_one(text)


@given(TEXTS)
def test_terminal_safe_keeps_only_tabs_and_line_breaks(text: str) -> None:
    assert terminal_safe(text) == _one_by_one(text, keep="\t\n")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2Jgone", "\\u001b[2Jgone"),
        ("Acme\u202eoc", "Acme\\u202eoc"),
        ("創新 Ltd\r\n", "創新 Ltd\\u000d\\u000a"),
        ("plain", "plain"),
    ],
)
def test_printable_examples(text: str, shown: str) -> None:
    assert printable(text) == shown
