"""Help menu: About (versions and sources) and a short guide."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.catalogue import Catalogue
from ..core.text import Lang


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def about_html(catalogue: Catalogue, lang: Lang) -> str:
    info = catalogue.info
    sources = "".join(
        f"<li>{escape(d.title)} — {escape(d.publisher)}"
        f"{'' if d.date == 'not stated' else ', ' + escape(d.date)}"
        f"{'' if not d.url else ', ' + escape(d.url)}</li>"
        for d in info.documents
    )
    return (
        f"<h3>{escape(_tr('Startup Scheme Matcher'))} {escape(__version__)}</h3>"
        f"<p>{escape(_tr('Which Hong Kong support programmes fit a start-up, why, and what would make the others fit.'))}</p>"
        f"<p><b>{escape(_tr('Catalogue'))}:</b> {escape(info.title.get(lang))} "
        f"{escape(info.version)} ({escape(info.date)}), {len(catalogue.programmes)} "
        f"{escape(_tr('programmes'))}</p>"
        f"<p><b>{escape(_tr('Sources'))}:</b></p><ul>{sources}</ul>"
        f"<p><i>{escape(info.disclaimer.get(lang))}</i></p>"
    )


def show_about(parent: QWidget, catalogue: Catalogue, lang: Lang) -> None:
    QMessageBox.about(parent, _tr("About Startup Scheme Matcher"), about_html(catalogue, lang))


def guide_html() -> str:
    steps = [
        _tr(
            "Describe the start-up in the form on the left. Only the company name is required; anything left as “Not set” counts as unknown."
        ),
        _tr(
            "The ranking on the right updates as you type: eligible programmes first, then possible ones (some facts unknown), then ineligible ones; by fit score within each."
        ),
        _tr(
            "Select a programme to see every criterion with its verdict, the source it rests on, what the programme gives and how to apply. Near misses say what would change them."
        ),
        _tr(
            "Select two to four programmes (Ctrl-click) and press Ctrl+M to compare them side by side; rows where they differ are highlighted."
        ),
        _tr(
            "Save the consultation with Ctrl+S. Saved sessions are autosaved as you edit; open them again with Ctrl+O."
        ),
        _tr(
            "Print the summary sheet with Ctrl+P, preview it with Ctrl+Shift+P, or export a PDF with Ctrl+E."
        ),
    ]
    items = "".join(f"<li>{escape(step)}</li>" for step in steps)
    return f"<h3>{escape(_tr('How to use the matcher'))}</h3><ol>{items}</ol>"


def show_guide(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Guide"))
    browser = QTextBrowser(dialog)
    browser.setHtml(guide_html())
    browser.setAccessibleName(_tr("Guide"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 420)
    dialog.exec()
