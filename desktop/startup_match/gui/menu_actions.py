"""Every command of the main window in one place: its shortcut, its menu, its words and when it
can be used. The window connects them to the parts that do the work."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..core.langs import LANGS, Lang
from .translations import LANGUAGE_NAMES

keys = QKeySequence.StandardKey


@dataclass(frozen=True)
class Availability:
    """What the window has now; each action's enabled state follows from it."""

    has_store: bool
    has_session: bool
    has_profile: bool
    has_ranking: bool


class MenuActions(QObject):
    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, lang: Lang) -> None:
        super().__init__(window)
        self._window = window

        def action(shortcut: QKeySequence | str | None = None) -> QAction:
            made = QAction(window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            window.addAction(made)  # shortcuts work while the menu bar is hidden too
            return made

        self.new = action(QKeySequence(keys.New))
        self.open = action(QKeySequence(keys.Open))
        self.save = action(QKeySequence(keys.Save))
        self.save_as = action("Ctrl+Shift+S")
        self.duplicate = action("Ctrl+D")
        self.rename = action("F2")
        self.notes = action()
        self.delete = action()
        self.import_json = action()
        self.export_json = action()
        self.choose_db = action()
        self.connect_server = action()
        self.preview = action("Ctrl+Shift+P")
        self.print = action(QKeySequence(keys.Print))
        self.export_pdf = action("Ctrl+E")
        self.quit = action("Ctrl+Q")  # StandardKey.Quit is empty on some platforms
        self.find = action(QKeySequence(keys.Find))
        self.ineligible = action("Ctrl+I")
        self.ineligible.setCheckable(True)
        self.compare = action("Ctrl+M")
        self.rerank = action("Ctrl+R")
        self.guide = action(QKeySequence(keys.HelpContents))
        self.about = action()

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        for item in (
            self.new,
            self.open,
            self.recent_menu,
            None,
            self.save,
            self.save_as,
            self.duplicate,
            self.rename,
            self.notes,
            self.delete,
            None,
            self.import_json,
            self.export_json,
            self.choose_db,
            self.connect_server,
            None,
            self.preview,
            self.print,
            self.export_pdf,
            None,
            self.quit,
        ):
            if item is None:
                self.file_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.file_menu.addMenu(item)
            else:
                self.file_menu.addAction(item)
        self.view_menu = bar.addMenu("")
        for view_action in (self.find, self.ineligible, self.compare, self.rerank):
            self.view_menu.addAction(view_action)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(window)
        self.languages: dict[Lang, QAction] = {}
        for code in LANGS:
            # Each language is named in itself, so anyone can find their own.
            choice = QAction(LANGUAGE_NAMES[code], self.language_group)
            choice.setCheckable(True)
            choice.setChecked(code == lang)
            choice.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.language_menu.addAction(choice)
            self.languages[code] = choice
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide)
        self.help_menu.addAction(self.about)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        texts = {
            self.new: self.tr("&New Session"),
            self.open: self.tr("&Open Session…"),
            self.save: self.tr("&Save"),
            self.save_as: self.tr("Save &As…"),
            self.duplicate: self.tr("D&uplicate"),
            self.rename: self.tr("Rena&me…"),
            self.notes: self.tr("Session No&tes…"),
            self.delete: self.tr("De&lete Session…"),
            self.import_json: self.tr("&Import Session from JSON…"),
            self.export_json: self.tr("E&xport Session to JSON…"),
            self.choose_db: self.tr("Choose Session &Database…"),
            self.connect_server: self.tr("&Connect to Team Server…"),
            self.preview: self.tr("Print Pre&view…"),
            self.print: self.tr("&Print…"),
            self.export_pdf: self.tr("Export PD&F…"),
            self.quit: self.tr("&Quit"),
            self.compare: self.tr("&Compare Selected…"),
            self.find: self.tr("&Find Programme"),
            self.ineligible: self.tr("Show &Ineligible"),
            self.rerank: self.tr("&Re-rank with Current Catalogue"),
            self.guide: self.tr("&Guide"),
            self.about: self.tr("&About"),
        }
        for item, text in texts.items():
            item.setText(text)

    def fill_recent(self, sessions: list[tuple[int, str]]) -> list[tuple[QAction, int]]:
        """List `sessions` (id, title) under Open Recent; the actions made, with their ids."""
        self.recent_menu.clear()
        made = []
        for session_id, title in sessions:
            recent = self.recent_menu.addAction(title.replace("&", "&&"))  # no stray mnemonic
            made.append((recent, session_id))
        if not made:
            self.recent_menu.addAction(self.tr("No recent sessions")).setEnabled(False)
        return made

    def update(self, now: Availability) -> None:
        self.open.setEnabled(now.has_store)
        self.save.setEnabled(now.has_store and now.has_profile)
        self.save_as.setEnabled(now.has_store and now.has_profile)
        self.import_json.setEnabled(now.has_store)
        for item in (self.duplicate, self.rename, self.delete, self.export_json):
            item.setEnabled(now.has_session)
        for item in (self.preview, self.print, self.export_pdf, self.compare):
            item.setEnabled(now.has_ranking)
        self.rerank.setEnabled(now.has_profile)
