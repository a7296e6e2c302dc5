"""Input widgets where "not set" (unknown) is a real choice.

Every profile field's editor speaks one interface (`FieldEditor`): `answer()` gives the field's
value as profile JSON (None: not set), `set_answer()` shows a profile's value without emitting,
and `edited` says the user changed it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ..core.model.langs import Lang
from ..core.words.labels import value_label

NOT_SET = -1


class FieldEditor(Protocol):
    """What the profile form asks of each field's editor (a QWidget)."""

    @property
    def edited(self) -> Signal: ...

    def answer(self) -> Any: ...

    def set_answer(self, value: Any) -> None: ...


def _plain(value: Any) -> Any:
    """An enum answer as its value (the profile holds enums, the form speaks JSON)."""
    return value.value if isinstance(value, StrEnum) else value


class NameEdit(QLineEdit):
    """A one-line text field (the company's name)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def answer(self) -> str:
        return self.text()

    def set_answer(self, value: str | None) -> None:
        self.setText(value or "")


class ChoiceCombo(QComboBox):
    """A combo box over an enum, with a first "Not set" entry meaning unknown."""

    edited = Signal()

    def __init__(self, values: list[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(lambda _index: self.edited.emit())
        self._values = values
        self.addItem("", None)
        for value in values:
            self.addItem(value.value, value.value)
        self.relabel("en", "Not set")

    def relabel(self, lang: Lang, not_set: str) -> None:
        self.setItemText(0, not_set)
        for index, value in enumerate(self._values, start=1):
            self.setItemText(index, value_label(value, lang))

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def answer(self) -> str | None:
        return self.value()

    def set_answer(self, value: StrEnum | str | None) -> None:
        self.set_value(_plain(value))


class YesNoCombo(QComboBox):
    """Not set / Yes / No."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(lambda _index: self.edited.emit())
        for data in (None, True, False):
            self.addItem("", data)
        self.relabel("Not set", "Yes", "No")

    def relabel(self, not_set: str, yes: str, no: str) -> None:
        for index, text in enumerate((not_set, yes, no)):
            self.setItemText(index, text)

    def value(self) -> bool | None:
        data = self.currentData()
        return bool(data) if data is not None else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))

    def answer(self) -> bool | None:
        return self.value()

    def set_answer(self, value: bool | None) -> None:
        self.set_value(value)


class _NotSetSteps:
    """Arrows and typing for spin boxes whose minimum means "not set": Up from not set starts at
    zero (not at minimum + step), stepping below zero returns to not set, and a minus sign is
    refused, since every quantity here is zero or more. `edited` follows every change of value
    (the form blocks its own signal while it loads a profile).

    A loaded value the box cannot show exactly (2.04 years shown as 2.0, a sum past the maximum)
    is kept as loaded until the user changes what the box shows: saving never rewrites it."""

    _loaded: Any = None
    _shown: float | None = None

    def answer(self) -> Any:
        if self._shown is not None and self._spin().value() == self._shown:
            return self._loaded
        return self.optional_value()  # type: ignore[attr-defined]

    def set_answer(self, value: Any) -> None:
        self.set_optional_value(value)  # type: ignore[attr-defined]
        self._loaded, self._shown = value, self._spin().value()

    def _wire(self) -> None:
        self._spin().valueChanged.connect(lambda _value: self.edited.emit())  # type: ignore[attr-defined]

    def stepBy(self, steps: int) -> None:
        spin = self._spin()
        if spin.value() < 0:
            spin.setValue(0 if steps > 0 else NOT_SET)
        elif spin.value() + steps * spin.singleStep() < 0:
            spin.setValue(NOT_SET)
        else:
            super().stepBy(steps)  # type: ignore[misc]

    def validate(self, input: str, pos: int, /) -> tuple[QValidator.State, str, int]:
        if "-" in input:
            return (QValidator.State.Invalid, input, pos)
        result: tuple[QValidator.State, str, int] = super().validate(input, pos)  # type: ignore[misc]
        return result

    def _spin(self) -> QSpinBox | QDoubleSpinBox:
        assert isinstance(self, QSpinBox | QDoubleSpinBox)
        return self


class OptionalIntSpin(_NotSetSteps, QSpinBox):
    """Whole number or "Not set" (the minimum)."""

    edited = Signal()

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_SET, maximum)
        self.setValue(NOT_SET)
        self.setSpecialValueText("Not set")
        self._wire()

    def optional_value(self) -> int | None:
        return None if self.value() == NOT_SET else self.value()

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(NOT_SET if value is None else value)


class _OptionalDecimalSpin(_NotSetSteps, QDoubleSpinBox):
    """A decimal number from 0 to `maximum`, or "Not set" (the minimum)."""

    edited = Signal()

    def __init__(
        self, step: float, maximum: float, suffix: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setSingleStep(step)
        self.setRange(NOT_SET, maximum)
        self.setSuffix(suffix)
        self.setValue(NOT_SET)
        self.setSpecialValueText("Not set")
        self._wire()

    def optional_value(self) -> float | None:
        return None if self.value() < 0 else self.value()

    def set_optional_value(self, value: float | None) -> None:
        self.setValue(NOT_SET if value is None else value)


class OptionalDateEdit(QDateEdit):
    """A date, or "Not set" (the earliest date, shown as its special text). Typing or the
    calendar sets a date; Delete or Backspace on the whole field sets it back to not set; Tab
    moves on to the next field."""

    edited = Signal()
    FIRST = QDate(1800, 1, 1)  # "not set"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setDateRange(self.FIRST, QDate(2999, 12, 31))
        self.setDate(self.FIRST)
        self.setSpecialValueText("Not set")
        self.dateChanged.connect(lambda _date: self.edited.emit())

    def optional_value(self) -> date | None:
        chosen = self.date()
        return None if chosen == self.FIRST else date(chosen.year(), chosen.month(), chosen.day())

    def set_optional_value(self, value: date | None) -> None:
        self.setDate(self.FIRST if value is None else QDate(value.year, value.month, value.day))

    def answer(self) -> str | None:
        chosen = self.optional_value()
        return None if chosen is None else chosen.isoformat()

    def set_answer(self, value: date | None) -> None:
        self.set_optional_value(value)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field, as in every other editor (arrows move between its parts)."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.text()
        ):
            self.setDate(self.FIRST)
            return
        super().keyPressEvent(event)


class OptionalYearsSpin(_OptionalDecimalSpin):
    """Years, in halves, or "Not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0.5, 200, parent=parent)


class OptionalPercentSpin(_OptionalDecimalSpin):
    """A percentage from 0 to 100, or "Not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(5, 100, " %", parent)


class HkdSpin(_NotSetSteps, QDoubleSpinBox):
    """Hong Kong dollars with thousands separators (a double holds amounts past 2^31)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(0)
        self.setRange(NOT_SET, 1e12)
        self.setSingleStep(100_000)
        self.setGroupSeparatorShown(True)
        self.setPrefix("HK$ ")
        self.setValue(NOT_SET)
        self.setSpecialValueText("Not set")
        self._wire()

    def optional_value(self) -> int | None:
        return None if self.value() < 0 else round(self.value())

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(NOT_SET if value is None else float(value))


class CheckList(QListWidget):
    """Checkable list over an enum; nothing checked means "not set"."""

    changed = Signal()
    edited = Signal()

    def __init__(self, values: list[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = values
        for value in values:
            item = QListWidgetItem(value.value, self)
            item.setData(Qt.ItemDataRole.UserRole, value.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.changed.connect(self.edited)
        # As tall as its items, so none hides below a scroll bar; asked again at layout time,
        # after the font (and a Chinese label's taller rows) is known.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # The delegate measures with the widget's font; Chinese text is drawn in a fallback
        # face with taller lines, which the text's own bounding box reflects.
        metrics = QFontMetrics(self.font())
        rows = sum(
            max(self.sizeHintForRow(row), metrics.boundingRect(self.item(row).text()).height() + 6)
            for row in range(self.count())
        )
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def relabel(self, lang: Lang) -> None:
        self.blockSignals(True)
        for row, value in enumerate(self._values):
            self.item(row).setText(value_label(value, lang))
        self.blockSignals(False)
        self.updateGeometry()

    def checked(self) -> list[str] | None:
        chosen = [
            str(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
        return chosen or None

    def set_checked(self, values: list[str] | None) -> None:
        wanted = set(values or [])
        self.blockSignals(True)
        for row in range(self.count()):
            item = self.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        # A loaded profile starts with no current row: Space on a row left current by the last
        # profile would tick it in this one.
        self.setCurrentRow(-1)
        self.scrollToTop()
        self.blockSignals(False)

    def answer(self) -> list[str] | None:
        return self.checked()

    def set_answer(self, values: list[StrEnum] | list[str] | None) -> None:
        self.set_checked([_plain(value) for value in values] if values else None)
