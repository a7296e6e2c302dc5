"""A spreadsheet's cells as a grid: the sheet of an XLSX workbook (openpyxl) or a CSV file,
with what the workbook says about them (merged cells, hidden columns). A percentage cell
reads as "25%", so a 0.25 formatted as a percentage is never taken for 0.25 %."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..model.files import MIB, UserFileError, regular_file_size

MAX_FILE_BYTES = 64 * MIB
MAX_ROWS = 100_000
MAX_COLUMNS = 500
CSV_ENCODINGS = ("utf-8-sig", "utf-16", "big5hkscs", "gb18030")


@dataclass
class Grid:
    """Rows of cells (row 0 is the spreadsheet's row 1); merged ranges as (first row, first
    column, last row, last column), 0-based and inclusive."""

    name: str
    sheet: str
    rows: list[list[object]]
    hidden: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def raw(self, row: int, column: int) -> object:
        if row < len(self.rows) and column < len(self.rows[row]):
            return self.rows[row][column]
        return None

    def value(self, row: int, column: int) -> object:
        """The cell, or for a cell inside a merged range, the range's value."""
        for top, left, bottom, right in self.merged:
            if top <= row <= bottom and left <= column <= right:
                return self.raw(top, left)
        return self.raw(row, column)

    def merge_of(self, row: int, column: int) -> tuple[int, int, int, int] | None:
        for found in self.merged:
            top, left, bottom, right = found
            if top <= row <= bottom and left <= column <= right:
                return found
        return None


def column_letter(index: int) -> str:
    """0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_grid(path: Path) -> Grid:
    """The cells of an .xlsx (its active sheet) or .csv file."""
    size = regular_file_size(path, MAX_FILE_BYTES, "spreadsheet", too_large="cohort")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, size)
    raise UserFileError(f"{path}: not a spreadsheet this app reads (.xlsx or .csv)")


def _read_xlsx(path: Path) -> Grid:
    from openpyxl import load_workbook  # only when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise UserFileError(f"{path}: not a readable .xlsx workbook ({reason})") from None
    try:
        active = book.active
        sheet = next(
            (s for s in book.worksheets if s is active and s.sheet_state == "visible"),
            None,
        ) or next((s for s in book.worksheets if s.sheet_state == "visible"), None)
        if sheet is None:
            raise UserFileError(f"{path}: the workbook has no visible sheet")
        if sheet.max_row > MAX_ROWS + 50 or sheet.max_column > MAX_COLUMNS:
            raise UserFileError(
                f"{path}: {sheet.max_row} rows × {sheet.max_column} columns; a cohort is at "
                f"most {MAX_ROWS:,} start-ups and {MAX_COLUMNS} columns"
            )
        rows: list[list[object]] = []
        for cells in sheet.iter_rows():
            row: list[object] = []
            for cell in cells:
                value = cell.value
                if (
                    isinstance(value, int | float)
                    and not isinstance(value, bool)
                    and "%" in str(cell.number_format)
                ):
                    value = f"{value * 100:g}%"
                row.append(value)
            rows.append(row)
        hidden = {
            index
            for letter, dimension in sheet.column_dimensions.items()
            if dimension.hidden
            for index in _span(letter, dimension.min, dimension.max)
        }
        merged = [
            (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1)
            for r in sheet.merged_cells.ranges
        ]
        return Grid(path.name, sheet.title, rows, hidden, merged)
    finally:
        book.close()


def _span(letter: str, first: int | None, last: int | None) -> range:
    from openpyxl.utils import column_index_from_string

    start = first or column_index_from_string(letter)
    return range(start - 1, (last or start))


def _read_csv(path: Path, size: int) -> Grid:
    data = path.read_bytes()[: size + 1]
    text = None
    for encoding in CSV_ENCODINGS:
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise UserFileError(f"{path}: the text is in no encoding this app reads (UTF-8, Big5)")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append([cell if cell.strip() else None for cell in row])
            if len(rows) > MAX_ROWS + 50:
                raise UserFileError(f"{path}: more than {MAX_ROWS:,} rows; not a cohort")
    except csv.Error as error:
        raise UserFileError(f"{path}: not a readable CSV file ({error})") from None
    return Grid(path.name, path.stem, rows)
