"""The Plan pane, beside the details: the questions to answer first, the changes that would
open more programmes (one click applies one; one undo takes it back), and the timeline. The
plan is made on a worker thread, so the window never waits for it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.model.langs import Lang

if TYPE_CHECKING:  # pydantic models: loaded after the first paint
    from ..core.model.catalogue import Catalogue
    from ..core.model.plan import FounderPlan, Suggestion
    from ..core.model.profile import Profile
    from ..core.model.ranking import Ranking

WARNING_STYLE = "color: #b3261e; font-weight: bold;"
QUESTIONS_SHOWN = 4  # the rest are in `plan` and on the sheet


class _Made(QObject):
    """Carries a finished plan from the worker thread to the window (a queued signal)."""

    done = Signal(int, object)  # the request's number, the FounderPlan


class _Job(QRunnable):
    def __init__(self, number: int, work: Any, made: _Made) -> None:
        super().__init__()
        self.number, self.work, self.made = number, work, made

    def run(self) -> None:
        self.made.done.emit(self.number, self.work())


class PlanPane(QWidget):
    """Shows one plan. `apply_requested` carries a suggestion's changes (field → new value);
    `undo_requested` asks for the profile as it was before the last one applied."""

    apply_requested = Signal(object)  # Suggestion
    undo_requested = Signal()
    plan_made = Signal(object)  # FounderPlan, once shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: Lang = "en"
        self._plan: FounderPlan | None = None
        self._asked = 0  # the latest request's number: older answers are dropped
        self._made = _Made(self)
        self._made.done.connect(self._arrived)
        self.busy = QLabel(self)
        self.questions = QLabel(self)
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.more_label = QLabel(self)
        self.suggestions = QListWidget(self)
        self.suggestions.setWordWrap(True)
        self.apply_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.undo_button.setEnabled(False)
        self.timeline_label = QLabel(self)
        self.timeline = QTextBrowser(self)
        self.timeline.setOpenExternalLinks(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.busy, self.questions, self.more_label):
            layout.addWidget(widget)
        layout.addWidget(self.suggestions, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline_label)
        layout.addWidget(self.timeline, 2)
        self.apply_button.clicked.connect(self._apply)
        self.undo_button.clicked.connect(self.undo_requested)
        self.suggestions.itemActivated.connect(lambda _item: self._apply())
        self.suggestions.currentRowChanged.connect(self._selection_moved)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_button.click)
        self.busy.hide()
        self.retranslate()

    # -- words --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Plan"))
        self.busy.setText(self.tr("Working out the plan…"))
        self.more_label.setText(self.tr("What would open more"))
        self.timeline_label.setText(self.tr("Timeline"))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Apply this change (Enter)"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the change (Ctrl+Z)"))
        self.suggestions.setAccessibleName(self.tr("Changes that would open programmes"))
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self._selection_moved(self.suggestions.currentRow())

    # -- the plan -----------------------------------------------------------------------------

    def request(
        self, catalogue: Catalogue, profile: Profile | None, ranking: Ranking | None, lang: Lang
    ) -> None:
        """Show the plan saved with `ranking`, or make one for `profile` on a worker thread."""
        self._asked += 1
        self._lang = lang
        if profile is None or ranking is None:
            self.show_plan(None)
            return
        if ranking.plan is not None and ranking.plan.lang == lang:
            self.show_plan(ranking.plan)  # as it was saved
            return
        from ..core.plan.planner import make_plan

        self.busy.show()
        on = ranking.on

        def work() -> FounderPlan:
            return make_plan(catalogue, profile, lang, on)

        QThreadPool.globalInstance().start(_Job(self._asked, work, self._made))

    def _arrived(self, number: int, plan: FounderPlan) -> None:
        if number != self._asked:
            return  # made for a profile since edited
        self.show_plan(plan)
        self.plan_made.emit(plan)

    def show_plan(self, plan: FounderPlan | None) -> None:
        from ..core.plan.text import event_line, suggestion_line

        self.busy.hide()
        self._plan = plan
        self.suggestions.clear()
        if plan is None:
            self.questions.setText(self.tr("Enter a valid profile to see a plan."))
            self.timeline.clear()
            self._selection_moved(-1)
            return
        asked = "".join(
            f"<li>{html.escape(q.text)}</li>" for q in plan.questions.items[:QUESTIONS_SHOWN]
        )
        self.questions.setText(f"<b>{html.escape(plan.questions.headline)}</b><ul>{asked}</ul>")
        for suggestion in plan.suggestions:
            item = QListWidgetItem(suggestion_line(suggestion, self._lang), self.suggestions)
            item.setToolTip(_why(suggestion))
        if not plan.suggestions:
            self.suggestions.addItem(self.tr("No change you could make opens another programme."))
            self.suggestions.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        lines = [
            f'<p style="{WARNING_STYLE if e.apply_before else ""}">'
            f"{html.escape(event_line(e, self._lang))}</p>"
            for e in plan.timeline
        ]
        self.timeline.setHtml("".join(lines) or html.escape(plan.timeline_note or ""))
        self.suggestions.setCurrentRow(0 if plan.suggestions else -1)
        self._selection_moved(self.suggestions.currentRow())

    def plan(self) -> FounderPlan | None:
        return self._plan

    def _chosen(self) -> Suggestion | None:
        row = self.suggestions.currentRow()
        if self._plan is None or not 0 <= row < len(self._plan.suggestions):
            return None
        return self._plan.suggestions[row]

    def _selection_moved(self, _row: int) -> None:
        self.apply_button.setEnabled(self._chosen() is not None)

    def _apply(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.apply_requested.emit(chosen)

    def set_undo_available(self, available: bool) -> None:
        self.undo_button.setEnabled(available)

    def focus(self) -> None:
        self.suggestions.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _why(suggestion: Suggestion) -> str:
    """Which criteria the change settles in which programme, with the passage it rests on."""
    lines = []
    for opened in suggestion.opens:
        for criterion in opened.criteria:
            source = criterion.source
            lines.append(
                f"{opened.name}: {criterion.explanation} — “{source.passage[:160]}” "
                f"({source.title}, {source.publisher})"
            )
    return "\n".join(lines)
