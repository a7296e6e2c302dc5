"""Painting the status as a coloured badge and the fit score as a bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from .. import palette
from .results_model import SCORE_ROLE, STATUS_ROLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = palette.STATUS


def _draw_cell_without_text(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The cell's background and selection as the style draws them; the delegate adds the rest."""
    # QStyle's enums take 5 ms to make: import it at the first cell painted, not before the
    # window's first paint (the table is empty then).
    from PySide6.QtWidgets import QStyle

    option.text = ""
    if option.widget:
        element = QStyle.ControlElement.CE_ItemViewItem
        option.widget.style().drawControl(element, option, painter, option.widget)


class StatusBadgeDelegate(QStyledItemDelegate):
    """The status word on a rounded badge of its colour (text too, not colour alone)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text = option.text
        _draw_cell_without_text(painter, option)
        status = str(index.data(STATUS_ROLE))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 6
        rect = QRectF(
            option.rect.x() + 4,
            option.rect.center().y() - height / 2,
            min(width, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(status, palette.NEUTRAL)))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), option.fontMetrics.height() + 10))


class ScoreBarDelegate(QStyledItemDelegate):
    """A bar filled to the fit score, with the number beside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        _draw_cell_without_text(painter, option)
        score = int(index.data(SCORE_ROLE) or 0)
        if index.data(STATUS_ROLE) == "ineligible":
            # Not open now: a full bar beside a red badge read as a good sign. Show a dash.
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(option.rect, int(Qt.AlignmentFlag.AlignCenter), "—")
            painter.restore()
            return
        label_width = option.fontMetrics.horizontalAdvance("100") + 8
        bar = QRectF(option.rect.adjusted(4, 6, -label_width, -6))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRectF(bar.x(), bar.y(), bar.width() * score / 100, bar.height())
        painter.setBrush(QColor(palette.SCORE_BAR))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        text_rect = QRectF(bar.right() + 4, option.rect.y(), label_width - 4, option.rect.height())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), str(score)
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(120, super().sizeHint(option, index).height())
