"""Help menu: About (versions and sources) and a short guide."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.model.freshness import checked_range
from ..core.model.langs import Lang
from ..core.words.glossary import term
from ..core.words.labels import SOURCE_KIND_LABELS, label_in

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.catalogue import Catalogue

# The words About uses for the catalogue's sources, strongest first (core.catalogue's order;
# spelt here so that this module loads before pydantic).
SOURCE_KINDS = ("official", "press", "unattributed")


def about_html(catalogue: Catalogue, lang: Lang) -> str:
    info = catalogue.info
    app_name = QCoreApplication.translate("Help", "Startup Scheme Matcher")
    purpose = QCoreApplication.translate(
        "Help",
        "Which Hong Kong support programmes fit a start-up, why, and what would make the others fit.",
    )
    catalogue_word = term("catalogue", lang)
    programmes_word = QCoreApplication.translate("Help", "programmes")
    official_word = QCoreApplication.translate("Help", "with official rules")
    sources_word = term("sources", lang)
    checked_word = term("facts_checked", lang)
    where = QCoreApplication.translate(
        "Help",
        "Each programme's details and every summary sheet list the sources they rest on, with the passage quoted and the date it was checked.",
    )
    sources = catalogue.all_sources()
    kinds: Counter[str] = Counter(source.kind for source in sources)
    by_kind = ", ".join(
        f"{kinds[kind]} {escape(label_in(SOURCE_KIND_LABELS, kind, lang))}"
        for kind in SOURCE_KINDS
        if kinds[kind]
    )
    dates = checked_range(sources)
    span = f"{dates[0]} – {dates[1]}" if dates and dates[0] != dates[1] else info.checked
    official = sum(catalogue.confidence(p) == "official" for p in catalogue.programmes)
    return (
        f"<h3>{escape(app_name)} {escape(__version__)}</h3>"
        f"<p>{escape(purpose)}</p>"
        f"<p><b>{escape(catalogue_word)}:</b> {escape(info.title.get(lang))} "
        f"{escape(info.version)} ({escape(info.date)}), {len(catalogue.programmes)} "
        f"{escape(programmes_word)}, {official} {escape(official_word)}</p>"
        f"<p><b>{escape(sources_word)}:</b> {len(sources)} ({by_kind}); "
        f"{escape(checked_word)} {escape(span)}</p>"
        f"<p>{escape(where)}</p>"
        f"<p><i>{escape(info.disclaimer.get(lang))}</i></p>"
    )


def about_dialog(parent: QWidget, catalogue: Catalogue, lang: Lang) -> QDialog:
    """About, as wide as a paragraph reads well and as tall as its text (QMessageBox wrapped
    it into a column 1343 px tall)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Help", "About Startup Scheme Matcher"))
    text = QLabel(about_html(catalogue, lang), dialog)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    screen = parent.screen().availableGeometry()
    text.setFixedWidth(min(560, int(screen.width() * 0.8)))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.adjustSize()
    return dialog


def show_about(parent: QWidget, catalogue: Catalogue, lang: Lang) -> None:
    about_dialog(parent, catalogue, lang).exec()


def guide_html() -> str:
    steps = [
        QCoreApplication.translate(
            "Help",
            "Describe the start-up in the form on the left. Only the company name is required; anything left as “Not set” counts as unknown.",
        ),
        QCoreApplication.translate(
            "Help",
            "The ranking on the right updates as you type. It comes in groups, each under a heading with its count: what you asked for (the help ticked under Help wanted), then what else is open to you, then what is not open now, near misses first. Within a group the higher fit comes first, and on equal fit the larger amount; eligible and possible programmes are ranked together, the status telling them apart. Fit weighs the preferences the start-up meets; it does not decide whether it can apply.",
        ),
        QCoreApplication.translate(
            "Help",
            "Select a programme to see every criterion with its verdict, the source it rests on, what the programme gives and how to apply. Near misses say what would change them.",
        ),
        QCoreApplication.translate(
            "Help",
            "Select two to four programmes (Ctrl-click) and press Ctrl+M to compare them side by side; rows where they differ are highlighted.",
        ),
        QCoreApplication.translate(
            "Help",
            "Save the consultation with Ctrl+S. Saved sessions are autosaved as you edit; open them again with Ctrl+O.",
        ),
        QCoreApplication.translate(
            "Help",
            "Print the summary sheet with Ctrl+P, preview it with Ctrl+Shift+P, or export a PDF with Ctrl+E.",
        ),
    ]
    items = "".join(f"<li>{escape(step)}</li>" for step in steps)
    heading = QCoreApplication.translate("Help", "How to use the matcher")
    return f"<h3>{escape(heading)}</h3><ol>{items}</ol>"


def show_guide(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Guide"))
    browser = QTextBrowser(dialog)
    browser.setHtml(guide_html())
    browser.setAccessibleName(QCoreApplication.translate("Help", "Guide"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 420)
    dialog.exec()
