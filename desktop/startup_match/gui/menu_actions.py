"""Every command of the main window, each declared once, as a row of `MenuActions.commands()`:
its name, its words, its menu, its shortcut and when it can be used. The actions are made,
placed, worded and enabled from that table; the window connects them, by name, to the parts
that do the work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..core.model.langs import LANGS, Lang
from .translations import LANGUAGE_NAMES

keys = QKeySequence.StandardKey


@dataclass(frozen=True)
class Availability:
    """What the window has now; each action's enabled state follows from it."""

    has_store: bool
    has_session: bool
    has_profile: bool
    has_ranking: bool


def _always(now: Availability) -> bool:
    return True


def _with_store(now: Availability) -> bool:
    return now.has_store


def _savable(now: Availability) -> bool:
    return now.has_store and now.has_profile


def _saved(now: Availability) -> bool:
    return now.has_session


def _ranked(now: Availability) -> bool:
    return now.has_ranking


def _with_profile(now: Availability) -> bool:
    return now.has_profile


@dataclass(frozen=True)
class Command:
    """One menu command. Its action is `MenuActions.<name>`, which the window connects."""

    name: str
    text: str  # its words, with their mnemonic (&), in the language in use
    menu: str  # "file", "view" or "help"
    section: int  # within its menu: a separator stands between sections
    shortcut: QKeySequence.StandardKey | str | None = None
    enabled: Callable[[Availability], bool] = _always
    checkable: bool = False


class MenuActions(QObject):
    """The menu bar, and an action per command, an attribute by its name (`menus.save`)."""

    language_chosen = Signal(str)

    def commands(self) -> tuple[Command, ...]:
        """Every command, in menu order, with its words in the language in use (written as
        self.tr("…"), where Qt Linguist finds them: context MenuActions)."""
        return (
            Command("new", self.tr("&New Session"), "file", 0, keys.New),
            Command("open", self.tr("&Open Session…"), "file", 0, keys.Open, _with_store),
            # (Open Recent, a submenu filled as it opens, follows Open.)
            Command("save", self.tr("&Save"), "file", 1, keys.Save, _savable),
            Command("save_as", self.tr("Save &As…"), "file", 1, "Ctrl+Shift+S", _savable),
            Command("duplicate", self.tr("D&uplicate"), "file", 1, "Ctrl+D", _saved),
            Command("rename", self.tr("Rena&me…"), "file", 1, "F2", _saved),
            Command("notes", self.tr("Session No&tes…"), "file", 1),
            Command("delete", self.tr("De&lete Session…"), "file", 1, None, _saved),
            Command(
                "import_json", self.tr("&Import Session from JSON…"), "file", 2, None, _with_store
            ),
            Command("export_json", self.tr("E&xport Session to JSON…"), "file", 2, None, _saved),
            Command("choose_db", self.tr("Choose Session &Database…"), "file", 2),
            Command("connect_server", self.tr("&Connect to Team Server…"), "file", 2),
            Command("preview", self.tr("Print Pre&view…"), "file", 3, "Ctrl+Shift+P", _ranked),
            Command("print", self.tr("&Print…"), "file", 3, keys.Print, _ranked),
            Command("export_pdf", self.tr("Export PD&F…"), "file", 3, "Ctrl+E", _ranked),
            # StandardKey.Quit is empty on some platforms.
            Command("quit", self.tr("&Quit"), "file", 4, "Ctrl+Q"),
            Command("find", self.tr("&Find Programme"), "view", 0, keys.Find),
            Command("ineligible", self.tr("Show &Ineligible"), "view", 0, "Ctrl+I", checkable=True),
            Command("compare", self.tr("&Compare Selected…"), "view", 0, "Ctrl+M", _ranked),
            Command("plan", self.tr("&Plan: What Would Open More"), "view", 0, "Ctrl+L", _ranked),
            Command(
                "rerank",
                self.tr("&Re-rank with Current Catalogue"),
                "view",
                0,
                "Ctrl+R",
                _with_profile,
            ),
            Command("guide", self.tr("&Guide"), "help", 0, keys.HelpContents),
            Command("about", self.tr("&About"), "help", 0),
        )

    def __init__(self, window: QMainWindow, lang: Lang) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        menus = {"file": self.file_menu, "view": self.view_menu, "help": self.help_menu}
        self.actions: dict[str, QAction] = {}
        self._commands = self.commands()
        sections: dict[str, int] = {}
        for command in self._commands:
            action = QAction(window)
            if command.shortcut is not None:
                action.setShortcut(QKeySequence(command.shortcut))
            action.setCheckable(command.checkable)
            window.addAction(action)  # shortcuts work while the menu bar is hidden too
            menu = menus[command.menu]
            if sections.setdefault(command.menu, command.section) != command.section:
                menu.addSeparator()
                sections[command.menu] = command.section
            menu.addAction(action)
            self.actions[command.name] = action
        self.recent_menu = QMenu(window)
        placed = self.file_menu.actions()
        self.file_menu.insertMenu(placed[placed.index(self.actions["open"]) + 1], self.recent_menu)
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
        window.installEventFilter(self)
        self.retranslate()

    def __getattr__(self, name: str) -> QAction:
        """A command's action by its name in `commands()`, as the window connects it."""
        try:
            return self.__dict__["actions"][name]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(name) from None

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
        self._commands = self.commands()
        for command in self._commands:
            self.actions[command.name].setText(command.text)

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
        for command in self._commands:
            self.actions[command.name].setEnabled(command.enabled(now))
