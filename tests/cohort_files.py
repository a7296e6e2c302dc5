"""Cohort spreadsheets as an incubator keeps them, made with openpyxl for the tests: a title
row merged across the top, headers in a mix of English, Chinese and JSON names, money under a
merged heading two rows deep, a hidden column of internal notes, and cells written every way
advisers write them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

TODAY = date(2026, 12, 1)
STAGES = ["Idea", "pre_seed", "Seed", "種子輪", "Series A", "growth", "A輪", ""]
SECTORS = [
    "Biotechnology; AI",
    "fintech",
    "Robotics, Smart city",
    "人工智能、大數據",
    "green_tech",
    "ICT",
    "",
    "Electronics; Materials and precision engineering",
]
LOCATIONS = [
    "Hong Kong Science Park",
    "cyberport",
    "香港其他地方",
    "Shenzhen / Greater Bay Area",
    "",
]
YES_NO = ["Y", "yes", "是", "N", "no", "否", "", True, False, "TRUE"]
LINKS = ["HKU staff", "cuhk:alumnus; HKUST student", "香港大學 校友", "none", ""]
NEEDS = ["Funding; Mentorship", "office_space", "資金", "Funding, Access to investors", ""]
# Where a bad cell goes: (column header, value, reason key).
BAD_CELLS = [
    ("Stage", "Series Z", "did_you_mean"),
    ("所在地", "Mars", "not_choice"),
    ("Full-time staff", "about 5", "not_number"),
    ("在香港註冊成立", "maybe", "not_yes_no"),
    ("Sectors", "Biotek", "did_you_mean"),
    ("Funding sought", "-200000", "negative"),
    ("Full-time staff", "2.5", "not_whole"),
    ("university_links", "Oxford staff", "not_link"),
    ("Years since incorporation", "2031-01-01", "future_date"),
]
HEADERS = [
    "Company name",
    "BR No.",
    "Stage",
    "Sectors",
    "所在地",
    "在香港註冊成立",
    "Years since incorporation",
    "Full-time staff",
    "technical_staff",
    "Internal notes",  # hidden
    "university_links",
    "Needs",
    "Technical team's equity (%)",
    "Conducts R&D in Hong Kong",
]
MONEY = ["Funding raised", "Funding sought"]  # under a merged "Money (HK$)" heading


@dataclass
class Made:
    path: Path
    good: int
    bad_rows: set[int]  # spreadsheet row numbers
    bad_cells: int


def _money(rnd: random.Random) -> Any:
    return rnd.choice(
        ["HK$1,500,000", "1.5M", "150萬", 200000, "HK$ 80,000", "", None, "2,000,000", "300k"]
    )


def make_cohort(path: Path, count: int = 200, seed: int = 28) -> Made:
    rnd = random.Random(seed)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Spring cohort"
    width = len(HEADERS) + len(MONEY)
    sheet.cell(1, 1, "Incubation programme — spring 2026 cohort (confidential)")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(2, column, header)
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    money_at = len(HEADERS) + 1
    sheet.cell(2, money_at, "Money (HK$)")
    sheet.merge_cells(start_row=2, start_column=money_at, end_row=2, end_column=width)
    for offset, header in enumerate(MONEY):
        sheet.cell(3, money_at + offset, header)
    sheet.column_dimensions["J"].hidden = True
    bad_rows: set[int] = set()
    bad_cells = 0
    row = 4
    for number in range(count):
        staff = rnd.randint(1, 40)
        values: dict[str, Any] = {
            "Company name": f"{rnd.choice(['Helix', 'Quanta', 'Nova', 'Harbour', '港灣', 'Jade'])}"
            f" {rnd.choice(['Labs', 'Robotics', 'Bio', 'AI', '科技'])} {number + 1}",
            "BR No.": f"{7000000 + number * 13:08d}" if number % 3 else None,
            "Stage": rnd.choice(STAGES),
            "Sectors": rnd.choice(SECTORS),
            "所在地": rnd.choice(LOCATIONS),
            "在香港註冊成立": rnd.choice(YES_NO),
            "Years since incorporation": rnd.choice(
                [1, 2.5, "3", datetime(2024, 3, 1), "2025-06-30", None, 7]
            ),
            "Full-time staff": staff,
            "technical_staff": rnd.randint(0, staff) if number % 4 else None,
            "Internal notes": "Series Z; about 5; maybe",  # hidden: never read
            "university_links": rnd.choice(LINKS),
            "Needs": rnd.choice(NEEDS),
            "Technical team's equity (%)": rnd.choice([0.25, "40%", 60, None]),
            "Conducts R&D in Hong Kong": rnd.choice(YES_NO),
            "Funding raised": _money(rnd),
            "Funding sought": _money(rnd),
        }
        if number % 20 == 7:
            header, value, _reason = BAD_CELLS[(number // 20) % len(BAD_CELLS)]
            values[header] = value
            bad_rows.add(row)
            bad_cells += 1
        for column, header in enumerate([*HEADERS, *MONEY], start=1):
            cell = sheet.cell(row, column, values[header])
            if header == "Technical team's equity (%)" and isinstance(values[header], float):
                cell.number_format = "0%"
        row += 1
        if number == 50:
            row += 1  # a blank row in the middle
    book.save(path)
    return Made(path, count - len(bad_rows), bad_rows, bad_cells)
