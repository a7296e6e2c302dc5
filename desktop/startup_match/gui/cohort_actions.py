"""What the cohort window does, each on a worker thread with a progress bar and Cancel:
import a spreadsheet (mapping the headers it does not know, then listing every bad cell before
anything is saved), keep it in the session store as one named cohort, open a saved cohort,
export the matrix (XLSX, CSV) and write every start-up's sheet (a folder, or one PDF)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ..core.cohort.matrix import CohortMatrix, Member, Progress, rank_cohort
from ..core.cohort.reading import CohortFile, read_cohort
from ..core.engine.rank import rank
from ..core.model.langs import Lang
from ..report.cohort_pdf import write_combined_pdf, write_sheet_folder
from ..report.cohort_xlsx import write_matrix_csv, write_matrix_xlsx
from ..store.cohorts import CohortImport, CohortStore
from ..store.errors import StoreError
from .cohort_dialogs import MappingDialog, ProblemsDialog
from .cohort_host import CohortHost
from .cohort_window import CohortWindow

MAPPINGS_KEY = "cohort/mappings"  # {layout: {header: field}}: the adviser's choices per layout
SPREADSHEETS = "Spreadsheets (*.xlsx *.csv)"


class CohortActions(QObject):
    def __init__(self, window: CohortWindow) -> None:
        super().__init__(window)
        self.window = window
        window.import_button.clicked.connect(self.ask_import)
        window.export_button.clicked.connect(self.export_xlsx)
        window.csv_button.clicked.connect(self.export_csv)
        window.folder_button.clicked.connect(self.sheets_folder)
        window.combined_button.clicked.connect(self.sheets_pdf)
        window.cohorts.activated.connect(self._chosen)
        self.refresh_saved()

    @property
    def _main(self) -> CohortHost:
        return self.window.main

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _failed(self, heading: str) -> Any:
        return lambda message: self._main.prompts.show_error(heading, message)

    # -- saved cohorts ------------------------------------------------------------------------

    def refresh_saved(self) -> None:
        combo = self.window.cohorts
        combo.clear()
        store = self._main.session.store
        if store is None:
            combo.addItem(self.tr("Sessions are off: cohorts are not kept"), None)
            combo.setEnabled(False)
            return
        try:  # off the UI thread, as every store call: a quiet server does not freeze it
            saved = self._main.session.call(CohortStore(store).list)
        except StoreError as error:
            self._main.prompts.show_error(self.tr("Cohorts"), str(error))
            saved = []
        combo.setEnabled(bool(saved))
        combo.addItem(
            self.tr("Choose a saved cohort…") if saved else self.tr("No saved cohort"), None
        )
        for cohort in saved:
            combo.addItem(f"{cohort.name} ({cohort.members})", cohort.id)
        if self.window.cohort_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(self.window.cohort_id)))

    def _chosen(self, index: int) -> None:
        cohort_id = self.window.cohorts.itemData(index)
        if cohort_id is not None:
            self.open_saved(int(cohort_id), self.window.cohorts.itemText(index).rsplit(" (", 1)[0])

    def open_saved(self, cohort_id: int, name: str) -> None:
        store, catalogue, lang = (
            self._main.session.store,
            self._main.session.catalogue,
            self.window.lang,
        )
        if store is None:  # sessions off: no cohort is kept, so none can be chosen
            return

        def job(progress: Progress) -> CohortMatrix:
            stored = CohortStore(store).members(cohort_id)
            members = [Member(s.key, s.profile, s.session_id, s.position + 1) for s in stored]
            return rank_cohort(catalogue, members, lang, progress)

        self.window.tasks.run(
            self.tr("Ranking “%1”…").replace("%1", name),
            job,
            lambda matrix: self.window.show_matrix(matrix, cohort_id, name),
            self._failed(self.tr("Open cohort")),
        )

    # -- importing ----------------------------------------------------------------------------

    def ask_import(self) -> None:
        path = self._main.prompts.ask_open_path(self.tr("Import cohort"), SPREADSHEETS)
        if path is not None:
            self.import_file(path)

    def _mappings(self) -> dict[str, dict[str, str]]:
        try:
            found = json.loads(str(self._main.settings.qt.value(MAPPINGS_KEY, "{}")))
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def _remember(self, layout: str, chosen: dict[str, str]) -> None:
        mappings = self._mappings()
        mappings[layout] = chosen
        self._main.settings.qt.setValue(MAPPINGS_KEY, json.dumps(mappings, ensure_ascii=False))

    def import_file(self, path: Path, chosen: dict[str, str] | None = None) -> None:
        remembered = self._mappings()

        def job(progress: Progress) -> CohortFile:
            found = read_cohort(path, chosen)
            if chosen is None and found.layout in remembered:
                found = read_cohort(path, remembered[found.layout])
            return found

        self.window.main.settings.set_last_folder(path.parent)
        self.window.tasks.run(
            self.tr("Reading %1…").replace("%1", path.name),
            job,
            lambda found: self._read(path, found, chosen is not None),
            self._failed(self.tr("Import cohort")),
        )

    def _read(self, path: Path, found: CohortFile, mapped: bool) -> None:
        prompts, lang = self._main.prompts, self.window.lang
        unknown = found.unknown_headers()
        if unknown and not mapped:
            dialog = MappingDialog(unknown, lang, self.window)
            if prompts.run_dialog(dialog) != QDialog.DialogCode.Accepted.value:
                return
            self._remember(found.layout, dialog.chosen())
            self.import_file(path, dialog.chosen())
            return
        if found.problems or not found.rows:
            problems = ProblemsDialog(found, lang, self.window)
            if prompts.run_dialog(problems) != QDialog.DialogCode.Accepted.value or not found.rows:
                self._status(self.tr("Nothing was imported"))
                return
        name = prompts.ask_text(
            self.tr("Import cohort"),
            self.tr("Cohort name (importing again under the same name updates it):"),
            self.window.cohort_name or path.stem,
        )
        if name and name.strip():
            self.keep_and_show(found, name.strip(), path.name)

    def keep_and_show(self, found: CohortFile, name: str, source: str) -> None:
        """Keep the good rows as the cohort `name` (one transaction), then rank them all."""
        session, lang = self._main.session, self.window.lang
        store, catalogue = session.store, session.catalogue
        rows = [(row.key, row.profile) for row in found.rows]
        positions = {row.key: row.row for row in found.rows}

        def job(progress: Progress) -> tuple[CohortImport | None, CohortMatrix]:
            result = None
            if store is None:
                members = [Member(key, profile, None, positions[key]) for key, profile in rows]
            else:
                cohorts = CohortStore(store)
                result = cohorts.import_cohort(
                    name, rows, lambda p: rank(catalogue, p, lang), source, progress
                )
                members = [
                    Member(s.key, s.profile, s.session_id, positions.get(s.key))
                    for s in cohorts.members(result.cohort_id)
                ]
            return result, rank_cohort(catalogue, members, lang)

        self.window.tasks.run(
            self.tr("Importing “%1”…").replace("%1", name),
            job,
            lambda done: self._imported(name, *done),
            self._failed(self.tr("Import cohort")),
        )

    def _imported(self, name: str, result: CohortImport | None, matrix: CohortMatrix) -> None:
        self.window.show_matrix(matrix, result.cohort_id if result else None, name)
        if result is None:
            self._status(self.tr("Shown, not kept: sessions are off"))
        else:
            said = self.tr("Imported “%1”: %2 added, %3 updated, %4 unchanged")
            for mark, value in (("%1", name), ("%2", result.added), ("%3", result.updated)):
                said = said.replace(mark, str(value))
            self._status(said.replace("%4", str(result.unchanged)))
        self.refresh_saved()

    # -- outputs ------------------------------------------------------------------------------

    def _members(self) -> list[Member]:
        return list(self.window.matrix.members) if self.window.matrix else []

    def export_xlsx(self) -> None:
        catalogue = self._main.session.catalogue
        self._export_matrix(
            ".xlsx",
            "Excel (*.xlsx)",
            lambda matrix, path, lang, progress: write_matrix_xlsx(
                matrix, catalogue, path, lang, progress
            ),
        )

    def export_csv(self) -> None:
        self._export_matrix(
            ".csv",
            "CSV (*.csv)",
            lambda matrix, path, lang, _progress: write_matrix_csv(matrix, path, lang),
        )

    def _export_matrix(
        self,
        suffix: str,
        file_filter: str,
        write: Callable[[CohortMatrix, Path, Lang, Progress], None],
    ) -> None:
        """Asks where, then writes the matrix there on a worker, with progress and Cancel."""
        matrix, heading = self.window.matrix, self.tr("Export cohort matrix")
        name = f"{self.window.cohort_name or 'cohort'} - matrix{suffix}"
        path = self._main.prompts.ask_save_path(heading, name, file_filter)
        if matrix is None or path is None:
            return
        path = Path(path if path.suffix.lower() == suffix else path.with_name(path.name + suffix))
        lang = self.window.lang

        def job(progress: Progress) -> Path:
            write(matrix, path, lang, progress)
            return path

        self._run(self.tr("Writing %1…").replace("%1", path.name), job, heading)

    def sheets_folder(self) -> None:
        heading = self.tr("Sheets into a folder")
        folder = self.window.ask_folder(heading)
        members = self._members()
        if folder is None or not members:
            return
        catalogue, lang = self._main.session.catalogue, self.window.lang

        def job(progress: Progress) -> Path:
            write_sheet_folder(members, catalogue, folder, lang, progress)
            return folder

        self._run(self.tr("Writing %1 sheets…").replace("%1", str(len(members))), job, heading)

    def sheets_pdf(self) -> None:
        heading = self.tr("Sheets as one PDF")
        name = f"{self.window.cohort_name or 'cohort'} - sheets.pdf"
        path = self._main.prompts.ask_save_path(heading, name, "PDF (*.pdf)")
        members = self._members()
        if path is None or not members:
            return
        path = Path(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))
        catalogue, lang, title = (
            self._main.session.catalogue,
            self.window.lang,
            self.window.cohort_name,
        )

        def job(progress: Progress) -> Path:
            write_combined_pdf(members, catalogue, path, lang, progress, title)
            return path

        self._run(self.tr("Writing %1…").replace("%1", path.name), job, heading)

    def _run(self, title: str, job: Callable[[Progress], Path], heading: str) -> None:
        def done(path: Path) -> None:
            self._main.settings.set_last_folder(path if path.is_dir() else path.parent)
            self._status(self.tr("Wrote %1").replace("%1", str(path)))

        self.window.tasks.run(title, job, done, self._failed(heading))
