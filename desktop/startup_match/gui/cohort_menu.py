"""The cohort commands in the main window's File menu: Show Cohorts, Import Cohort and Save
Cohort Template. The cohort window and everything it needs load when first asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from .cohort_host import CohortHost

if TYPE_CHECKING:
    from .cohort_actions import CohortActions
    from .cohort_window import CohortWindow


class CohortCommands(QObject):
    """Adds its actions to `menu` before `before` (at the end when None)."""

    def __init__(
        self, host: CohortHost, window: QWidget, menu: QMenu, before: QAction | None = None
    ) -> None:
        super().__init__(window)
        self._main = host
        self._parent = window
        self._window: CohortWindow | None = None
        self._flows: CohortActions | None = None
        self.show_cohorts = QAction(window)
        self.import_cohort = QAction(window)
        self.template = QAction(window)
        for action in (self.show_cohorts, self.import_cohort, self.template):
            menu.insertAction(before, action) if before else menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)
        self.show_cohorts.triggered.connect(lambda: self.cohort_window())
        self.import_cohort.triggered.connect(lambda: self.cohort_flows().ask_import())
        self.template.triggered.connect(self.save_template)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._parent and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.show_cohorts.setText(self.tr("Sho&w Cohorts…"))
        self.import_cohort.setText(self.tr("Import Co&hort…"))
        self.template.setText(self.tr("Save Cohort Templat&e…"))

    def cohort_window(self) -> CohortWindow:
        return self.cohort_flows().window

    def cohort_flows(self) -> CohortActions:
        """The cohort window, shown, with its flows (import, open, export, print)."""
        if self._flows is None:
            from .cohort_actions import CohortActions
            from .cohort_window import CohortWindow

            self._window = CohortWindow(self._main, self._parent)
            self._flows = CohortActions(self._window)
        self._flows.refresh_saved()
        self._flows.window.show()
        self._flows.window.raise_()
        return self._flows

    def save_template(self) -> None:
        from ..report.cohort_xlsx import ExportError

        heading = self.tr("Save cohort template")
        path = self._main.prompts.ask_save_path(
            heading, self.tr("cohort template") + ".xlsx", "Excel (*.xlsx)"
        )
        if path is None:
            return
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        from ..report.cohort_template import write_template

        try:
            write_template(path, self._main.lang)
        except ExportError as error:
            self._main.prompts.show_error(heading, str(error))
            return
        self._main.settings.set_last_folder(path.parent)
        self._main.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(path)), 5000)
