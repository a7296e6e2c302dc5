"""Message boxes that show their text as plain text: a session title or a file name can hold
"<img …>" or a link, and Qt would otherwise guess it is rich text and draw it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is. Qt guesses whether a tooltip is rich text and would
    draw an imported session's markup (and load an image from a local file): the text is escaped
    inside a paragraph, so Qt reads it as rich text whose content is only that text."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return Button(box.exec())


def error(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Critical, title, text, Button.Ok, Button.Ok)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.No,
) -> Button:
    return _box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
