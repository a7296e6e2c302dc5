"""The cohort template an adviser fills in: a header row (each field's label in the chosen
language; the JSON names are accepted too), one example row, a drop-down of the allowed values
in each column that has them, a sheet listing those values and a sheet explaining every
column. What the template's example row says imports as it stands (a test checks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import palette
from ..core.cohort.fields import LINKS, FieldKind, field_kinds
from ..core.cohort.grid import column_letter
from ..core.cohort.headers import BR_NUMBER
from ..core.cohort.words import cohort_term
from ..core.model.langs import Lang
from ..core.words.labels import FIELDS, field_label, value_label
from .cohort_xlsx import save_workbook

_WRITE = {
    "text": "write_text",
    "choice": "write_one",
    "choices": "write_many",
    "yesno": "write_yes_no",
    "whole": "write_whole",
    "money": "write_money",
    "number": "write_number",
    "percent": "write_percent",
    "years": "write_years",
    "date": "write_date",
    LINKS: "write_links",
}


def _allowed(kind: FieldKind, lang: Lang) -> list[str]:
    if kind.choices is not None:
        return [value_label(member.value, lang) for member in kind.choices]
    if kind.kind == "yesno":
        return ["Y", "N"]
    return []


def _example(kind: FieldKind, lang: Lang) -> object:
    allowed = _allowed(kind, lang)
    examples: dict[str, object] = {
        "text": cohort_term("template_example", lang),
        "yesno": "Y",
        "whole": 6,
        "money": "HK$1,500,000",
        "number": 1.5,
        "percent": "60%",
        "date": "2024-03-01",
        LINKS: f"{value_label('hku', lang)} {value_label('staff', lang)}",
    }
    if kind.kind == "choice":
        return allowed[min(2, len(allowed) - 1)]
    if kind.kind == "choices":
        return "; ".join(allowed[:2])
    return examples.get(kind.kind, "")


def _columns() -> list[str]:
    names = list(field_kinds())
    return [names[0], BR_NUMBER, *names[1:]]


def header_of(name: str, lang: Lang) -> str:
    return cohort_term("br_number", lang) if name == BR_NUMBER else field_label(name, lang)


def write_template(output: Path, lang: Lang = "en") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet: Any = book.active
    sheet.title = "Cohort"
    values = book.create_sheet(cohort_term("template_values", lang))
    about = book.create_sheet(cohort_term("template_about", lang))
    kinds = field_kinds()
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=palette.HEADING.lstrip("#"))
    example_font = Font(italic=True, color=palette.NEUTRAL.lstrip("#"))
    about.append(
        [
            cohort_term("column", lang),
            cohort_term("template_field", lang),
            cohort_term("template_meaning", lang),
            cohort_term("template_write", lang),
            cohort_term("template_values", lang),
        ]
    )
    for cell in about[1]:
        cell.font, cell.fill = bold, fill
    value_column = 0
    for index, name in enumerate(_columns(), start=1):
        letter = column_letter(index - 1)
        header = sheet.cell(1, index, header_of(name, lang))
        header.font, header.fill = bold, fill
        header.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[letter].width = 22
        if name == BR_NUMBER:
            sheet.cell(2, index, "12345678").font = example_font
            about.append(
                [header_of(name, lang), name, cohort_term("template_key", lang), "12345678", ""]
            )
            continue
        kind = kinds[name]
        sheet.cell(2, index, _example(kind, lang)).font = example_font
        allowed = _allowed(kind, lang)
        if allowed:
            value_column += 1
            listed = column_letter(value_column - 1)
            values.cell(1, value_column, header_of(name, lang)).font = Font(bold=True)
            for row, allowed_text in enumerate(allowed, start=2):
                values.cell(row, value_column, allowed_text)
            if kind.kind in ("choice", "yesno"):
                quoted = values.title.replace("'", "''")
                rule = DataValidation(
                    type="list",
                    formula1=f"'{quoted}'!${listed}$2:${listed}${len(allowed) + 1}",
                    allow_blank=True,
                    showErrorMessage=False,  # "是", "yes" and blanks are welcome too
                )
                sheet.add_data_validation(rule)
                rule.add(f"{letter}2:{letter}10000")
        words = FIELDS.get(name)
        about.append(
            [
                header_of(name, lang),
                name,
                words.help.get(lang) if words else "",
                cohort_term(_WRITE.get(kind.kind, "write_text"), lang),
                ", ".join(allowed),
            ]
        )
    about.append([])
    about.append([cohort_term("template_blank", lang)])
    for letter, width in zip("ABCDE", (30, 28, 60, 40, 60), strict=True):
        about.column_dimensions[letter].width = width
    for row in about.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"
    save_workbook(book, output)
