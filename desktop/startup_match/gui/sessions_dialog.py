"""Open a saved session: search by title or company, newest first; on a team's server, who
made each session and who changed it last, and only one's own on request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model.clock import local_text
from ..store.errors import StoreError

if TYPE_CHECKING:
    from ..store.repository import SessionStore, SessionSummary
from . import messages
from .store_calls import off_the_ui_thread

PAGE = 200
TYPING_PAUSE_MS = 250


class OpenSessionDialog(QDialog):
    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._summaries: list[SessionSummary] = []
        self._loading = False  # a search is under way (its answer is awaited off the UI thread)
        self._again = False  # and another was asked for meanwhile
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.mine = QCheckBox(self)
        self.mine.setVisible(store.shared)
        self.refresh_button = QPushButton(self)
        # F5 (and the platform's other Refresh keys) from anywhere in the dialog.
        for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh):
            QShortcut(keys, self, self.reload)
        self.table = QTableWidget(0, 5 if store.shared else 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.count_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.delete_button = QPushButton(self)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_label)
        searching = QHBoxLayout()
        searching.addWidget(self.search, 1)
        searching.addWidget(self.mine)
        layout.addLayout(searching)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        # Search when typing pauses, not on every key: with many sessions each query takes a
        # moment, and the dialog should never stall between keystrokes.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.returnPressed.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        self.refresh_button.clicked.connect(self.reload)
        self.mine.toggled.connect(lambda _on: self.reload())
        self.resize(940 if store.shared else 720, 460)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open session"))
        self.search_label.setText(self.tr("&Search title or company:"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.table.setAccessibleName(self.tr("Saved sessions"))
        headings = [self.tr("Title"), self.tr("Company"), self.tr("Last saved")]
        if self._store.shared:
            headings += [self.tr("Created by"), self.tr("Last changed by")]
        self.table.setHorizontalHeaderLabels(headings)
        self.delete_button.setText(self.tr("&Delete"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("List the sessions as they are now (F5)"))
        self.mine.setText(self.tr("Only &mine"))
        self.mine.setToolTip(self.tr("Only sessions you created"))

    def reload(self) -> None:
        """List what the search asks for. The query runs off the UI thread (at 100,000 sessions
        a short search takes most of a second, and a quiet server far longer): the dialog keeps
        answering meanwhile, and a search asked for while one runs follows it."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        try:
            self._again = True
            while self._again:
                self._again = False
                self._load()
        finally:
            self._loading = False

    def _load(self) -> None:
        text = self.search.text().strip()
        store = self._store
        author = store.author if self.mine.isChecked() else None

        def listed() -> tuple[list[SessionSummary], int]:
            found = (
                store.search(text, limit=PAGE, created_by=author)
                if text
                else store.newest(limit=PAGE, created_by=author)
            )
            return found, store.count()

        self.count_label.setText(self.tr("Searching…"))
        try:
            self._summaries, total = off_the_ui_thread(listed, store.location, store.shared)
        except StoreError as error:
            messages.error(self, self.tr("Sessions"), str(error))
            self._summaries, total = [], 0
            self._again = False  # not again at once against a store that just failed
        self._fill()
        if self._summaries:
            self.table.selectRow(0)
        self.count_label.setText(
            self.tr("%1 shown of %2 saved")
            .replace("%1", str(len(self._summaries)))
            .replace("%2", str(total))
        )
        self._update_buttons()

    def _fill(self) -> None:
        """The rows found. Columns sized to their contents are sized once, after the last
        row: sized on every item, 200 rows took the UI thread 2.5 s on a loaded machine."""
        header = self.table.horizontalHeader()
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setRowCount(len(self._summaries))
        for row, summary in enumerate(self._summaries):
            values = [summary.title, summary.company_name, local_text(summary.updated_at)]
            if self._store.shared:
                values += [summary.created_by, summary.updated_by]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                self.table.setItem(row, column, item)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        if open_button:
            open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self._summaries[rows[0].row()].id)

    def _delete(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        listed = self._summaries[self.table.selectionModel().selectedRows()[0].row()]
        answer = messages.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete this session for good? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self._store
        try:
            off_the_ui_thread(
                lambda: store.delete(session_id, expected_version=listed.version),
                store.location,
                store.shared,
            )
        except StoreError as error:
            messages.error(self, self.tr("Delete session"), str(error))
        self.reload()
