"""Text no store can keep, refused where it is typed. No widgets here: the session controller
uses it, and it is tested without a window (tests/test_architecture.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

NUL = "\x00"


def nul_refused(field: str) -> str:
    """One line naming the field whose text holds U+0000, which neither store can keep (the
    team server's text cannot hold it): refused where it is typed, not at the save."""
    text = QCoreApplication.translate(
        "Messages", "“%1” contains the character U+0000 (NUL), which cannot be stored; remove it."
    )
    return text.replace("%1", field)
