"""A cohort spreadsheet read into profiles: its header row found (under a title, over two
rows where a merged heading groups several columns), each column matched to a field, every
cell read, and every bad cell reported as row, column, value and reason, all at once. A row
with any bad cell is left out whole, so nothing of it is imported half-read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from ..model.langs import Lang
from ..model.profile import Profile
from ..words.labels import value_label
from .cells import CellError, is_blank, read_cell, text_of
from .fields import field_kinds
from .grid import Grid, column_letter, read_grid
from .headers import BR_NUMBER, layout_key, mapped
from .words import NOTES, REASONS, TERMS, say

HEADER_SEARCH_ROWS = 20
_EXAMPLE = TERMS["template_example"]
EXAMPLE_NAMES = {_EXAMPLE.en, _EXAMPLE.zh_hant, _EXAMPLE.zh_hans}
MAX_VALUE_SHOWN = 80


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    header: str
    field: str | None  # a profile field, BR_NUMBER, or None (not read)
    hidden: bool = False
    chosen: bool = False  # the adviser mapped it

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    def named(self) -> str:
        """ "D (Team size)": the letter the spreadsheet shows and the header."""
        return f"{self.letter} ({self.header})" if self.header else self.letter


@dataclass(frozen=True)
class CellProblem:
    row: int  # as the spreadsheet numbers it
    column: str  # "D (Team size)"
    value: str
    reason: str  # a key of words.REASONS
    params: tuple[tuple[str, str], ...] = ()

    def reason_text(self, lang: Lang = "en") -> str:
        params = dict(self.params)
        if "close" in params:  # a choice's value, named in the language shown
            params["close"] = value_label(params["close"], lang)
        return say(REASONS, self.reason, lang, **params)

    def line(self, lang: Lang = "en") -> str:
        return f"row {self.row}, column {self.column}: {self.value!r}: {self.reason_text(lang)}"


@dataclass(frozen=True)
class Note:
    key: str  # of words.NOTES
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: Lang = "en") -> str:
        return say(NOTES, self.key, lang, **dict(self.params))


@dataclass(frozen=True)
class CohortRow:
    row: int
    key: str  # "br:…" or "name:…": how a re-import finds this start-up again
    profile: Profile


@dataclass
class CohortFile:
    """What a spreadsheet gave: the good rows, every bad cell, and notes on the columns."""

    source: str
    sheet: str
    layout: str
    columns: list[Column]
    header_rows: tuple[int, ...]
    rows: list[CohortRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def bad_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    def unknown_headers(self) -> list[str]:
        """Headers of visible columns mapped to nothing and not chosen so: for the GUI's
        mapping step."""
        return [c.header for c in self.columns if not c.field and not c.hidden and not c.chosen]


def _header_texts(grid: Grid, row: int, group_row: int | None) -> list[str]:
    """Each column's header: its own text, or under a merged group heading, the sub-heading
    alone when it names a field, else the two together ("Money (HK$) Raised")."""
    texts = []
    for column in range(grid.width):
        own = text_of(grid.value(row, column))
        if group_row is not None:
            group = text_of(grid.value(group_row, column))
            if group and group != own and (not own or mapped(own, {})[0] is None):
                own = f"{group} {own}".strip() if own else group
        texts.append(own)
    return texts


def _score(grid: Grid, row: int) -> int:
    return sum(
        1
        for column in range(grid.width)
        if mapped(text_of(grid.value(row, column)), {})[0] is not None
    )


def find_header(grid: Grid) -> tuple[int, int | None]:
    """The header row (0-based), and the row of group headings above its sub-headings, if
    merged headings group columns. The row that names the most fields wins."""
    candidates = range(min(HEADER_SEARCH_ROWS, len(grid.rows)))
    scores = [(_score(grid, row), -row) for row in candidates]
    if not scores:
        return 0, None
    best = -max(scores)[1]
    if max(scores)[0] == 0:  # nothing known: the first row with anything in it
        best = next((r for r in candidates if any(not is_blank(c) for c in grid.rows[r])), 0)
    # A heading merged across columns in this row with sub-headings under it: the headers
    # are two rows deep.
    for top, left, bottom, right in grid.merged:
        if (
            top == best == bottom
            and right > left
            and best + 1 < len(grid.rows)
            and all(not is_blank(grid.raw(best + 1, c)) for c in range(left, right + 1))
        ):
            return best + 1, best
    # The sub-headings row may itself be the best: its group row is the one above.
    if best > 0 and any(
        top == best - 1 == bottom and right > left for top, left, bottom, right in grid.merged
    ):
        for top, left, bottom, right in grid.merged:
            if top == best - 1 == bottom and right > left and _score(grid, best - 1) > 0:
                return best, best - 1
    return best, None


def columns_of(
    grid: Grid, header: int, group: int | None, chosen: Mapping[str, str]
) -> tuple[list[Column], list[Note]]:
    columns: list[Column] = []
    notes: list[Note] = []
    first_of: dict[str, str] = {}
    for index, text in enumerate(_header_texts(grid, header, group)):
        hidden = index in grid.hidden
        target, by_adviser = mapped(text, chosen)
        if hidden:
            if text:
                notes.append(Note("hidden", (("column", f"{column_letter(index)} ({text})"),)))
            target = None
        elif target is not None and target in first_of:
            notes.append(
                Note(
                    "twice",
                    (("column", f"{column_letter(index)} ({text})"), ("first", first_of[target])),
                )
            )
            target = None
        elif target is None and text and not by_adviser:
            notes.append(Note("unknown", (("column", f"{column_letter(index)} ({text})"),)))
        column = Column(index, text, target, hidden, by_adviser)
        if target is not None:
            first_of[target] = column.letter
        columns.append(column)
    if not any(column.field == "company_name" for column in columns):
        notes.append(Note("no_name"))
    return columns, notes


def _key(profile: Profile, br_number: str | None) -> str:
    if br_number:
        return "br:" + re.sub(r"[\s\-]", "", br_number).upper()
    return "name:" + " ".join(profile.company_name.casefold().split())


def _shown(raw: object) -> str:
    text = text_of(raw)
    return text if len(text) <= MAX_VALUE_SHOWN else text[: MAX_VALUE_SHOWN - 1] + "…"


def read_cohort(
    path: Path, chosen: Mapping[str, str] | None = None, today: date | None = None
) -> CohortFile:
    """Read a cohort file; `chosen` maps headers the adviser mapped (to a field, BR_NUMBER or
    "" for none). Raises UserFileError for a file that is no spreadsheet."""
    return read_grid_cohort(read_grid(path), chosen, today)


def read_grid_cohort(
    grid: Grid, chosen: Mapping[str, str] | None = None, today: date | None = None
) -> CohortFile:
    today = today or date.today()
    header, group = find_header(grid)
    columns, notes = columns_of(grid, header, group, chosen or {})
    result = CohortFile(
        grid.name,
        grid.sheet,
        layout_key(c.header for c in columns),
        columns,
        (header,) if group is None else (group, header),
        notes=notes,
    )
    kinds = field_kinds()
    read = [c for c in columns if c.field is not None]
    seen: dict[str, int] = {}
    for index in range(header + 1, len(grid.rows)):
        cells = grid.rows[index]
        if all(is_blank(cell) for cell in cells):
            result.blank_rows += 1
            continue
        row_number = index + 1
        data: dict[str, object] = {}
        problems: list[CellProblem] = []
        br_number: str | None = None
        for column in read:
            raw = cells[column.index] if column.index < len(cells) else None
            if column.field == BR_NUMBER:
                br_number = None if is_blank(raw) else text_of(raw)
                continue
            assert column.field is not None
            try:
                value = read_cell(kinds[column.field], raw, today)
            except CellError as error:
                params = tuple((k, str(v)) for k, v in error.params.items())
                problems.append(
                    CellProblem(row_number, column.named(), _shown(raw), error.reason, params)
                )
                continue
            if value is not None:
                data[column.field] = value
        name_column = next((c for c in read if c.field == "company_name"), None)
        if not problems and not str(data.get("company_name") or "").strip():
            if name_column is None or all(
                is_blank(cells[c.index] if c.index < len(cells) else None)
                for c in read
                if c.field != BR_NUMBER
            ):
                result.blank_rows += 1  # only a key, or nothing the app reads
                continue
            problems.append(CellProblem(row_number, name_column.named(), "", "required"))
        if not problems and str(data.get("company_name")) in EXAMPLE_NAMES:
            result.notes.append(Note("example", (("row", str(row_number)),)))
            continue
        profile = None
        if not problems:
            try:
                profile = Profile.model_validate(data)
            except ValidationError as error:
                problems.extend(_profile_problems(error, row_number, read, cells))
        if profile is not None:
            key = _key(profile, br_number)
            if key in seen:
                where = next((c for c in read if c.field == BR_NUMBER), name_column)
                shown = br_number or profile.company_name
                named = where.named() if where else ""
                problems.append(
                    CellProblem(row_number, named, shown, "duplicate", (("row", str(seen[key])),))
                )
            else:
                seen[key] = row_number
                result.rows.append(CohortRow(row_number, key, profile))
        result.problems.extend(problems)
    return result


def _profile_problems(
    error: ValidationError, row: int, read: list[Column], cells: list[object]
) -> list[CellProblem]:
    """The model's own rules (a name too long, more technical staff than staff): each named at
    its column where the model names a field."""
    found = []
    by_field = {c.field: c for c in read}
    for item in error.errors():
        message = _message(item)
        name = str(item["loc"][0]) if item["loc"] else message.split(":", 1)[0]
        column = by_field.get(name)
        raw = cells[column.index] if column and column.index < len(cells) else None
        found.append(
            CellProblem(
                row,
                column.named() if column else "",
                _shown(raw),
                "profile",
                (("message", message),),
            )
        )
    return found


def _message(item: object) -> str:
    assert isinstance(item, dict)
    if not item["loc"] and item["type"] == "value_error":
        return str(item.get("ctx", {}).get("error", item["msg"]))
    return str(item["msg"])
