"""A small editor for founders' university links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ..core.model.choices import Role, University
from ..core.model.langs import Lang
from ..core.words.labels import FIELD_LABELS, label_in, value_label
from .lazy_core import university_link

if TYPE_CHECKING:  # pydantic loads after the first paint
    from ..core.model.profile import UniversityLink


class LinksEditor(QWidget):
    """Pick university and role, then Add; select a link to Remove. "None" records none."""

    changed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed.connect(self.edited)
        self._lang: Lang = "en"
        self._links: list[UniversityLink] = []
        self.university = QComboBox(self)
        self.role = QComboBox(self)
        for university in University:
            self.university.addItem(university.value, university.value)
        for role in Role:
            self.role.addItem(role.value, role.value)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(80)
        self.none_box = QCheckBox(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.university, 0, 0)
        layout.addWidget(self.role, 0, 1)
        layout.addWidget(self.add_button, 0, 2)
        layout.addWidget(self.list, 1, 0, 1, 2)
        layout.addWidget(self.remove_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.none_box, 2, 0, 1, 3)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.none_box.toggled.connect(self._none_toggled)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.setFocusProxy(self.university)  # so the label's Alt+U lands on a control
        self.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add link"))
        self.remove_button.setText(self.tr("Remove"))
        self.none_box.setText(self.tr("No founder has a university link"))
        self.none_box.setAccessibleName(self.none_box.text())
        self.university.setAccessibleName(self.tr("University"))
        self.role.setAccessibleName(self.tr("Role at the university"))
        self.list.setAccessibleName(label_in(FIELD_LABELS, "university_links", self._lang))
        self.add_button.setAccessibleName(self.tr("Add university link"))
        self.remove_button.setAccessibleName(self.tr("Remove selected university link"))

    def relabel(self, lang: Lang) -> None:
        self._lang = lang
        for index, university in enumerate(University):
            self.university.setItemText(index, value_label(university, lang))
        for index, role in enumerate(Role):
            self.role.setItemText(index, value_label(role, lang))
        self.list.setAccessibleName(label_in(FIELD_LABELS, "university_links", lang))
        self._refresh_list()

    def _refresh_list(self) -> None:
        self.list.clear()
        for link in self._links:
            text = (
                f"{value_label(link.university, self._lang)} — {value_label(link.role, self._lang)}"
            )
            QListWidgetItem(text, self.list)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.none_box.setEnabled(not self._links)
        self.university.setEnabled(not self.none_box.isChecked())
        self.role.setEnabled(not self.none_box.isChecked())
        self.add_button.setEnabled(not self.none_box.isChecked())

    def _add(self) -> None:
        link = university_link(self.university.currentData(), self.role.currentData())
        if link not in self._links:
            self._links.append(link)
            self._refresh_list()
            self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._links):
            del self._links[row]
            self._refresh_list()
            self.changed.emit()

    def _none_toggled(self, _checked: bool) -> None:
        self._update_buttons()
        self.changed.emit()

    def value(self) -> list[UniversityLink] | None:
        if self._links:
            return list(self._links)
        return [] if self.none_box.isChecked() else None

    def set_value(self, links: list[UniversityLink] | None) -> None:
        self.blockSignals(True)
        self._links = list(links or [])
        self.none_box.setChecked(links == [])
        self._refresh_list()
        self.blockSignals(False)

    def answer(self) -> list[dict[str, str]] | None:
        links = self.value()
        return None if links is None else [link.model_dump(mode="json") for link in links]

    def set_answer(self, links: list[UniversityLink] | None) -> None:
        self.set_value(links)
