"""Cells as advisers write them, read as profile values; headers in any language."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from startup_match.core.cohort.cells import CellError, read_cell
from startup_match.core.cohort.fields import field_kinds
from startup_match.core.cohort.headers import BR_NUMBER, field_of, layout_key
from startup_match.core.words.labels import FIELDS

TODAY = date(2026, 12, 1)


def _read(field: str, raw: object) -> object:
    return read_cell(field_kinds()[field], raw, TODAY)


@pytest.mark.parametrize(
    ("field", "raw", "value"),
    [
        ("incorporated_in_hk", "Y", True),
        ("incorporated_in_hk", "yes", True),
        ("incorporated_in_hk", "是", True),
        ("incorporated_in_hk", True, True),
        ("incorporated_in_hk", "否", False),
        ("incorporated_in_hk", "No.", False),
        ("incorporated_in_hk", "", None),
        ("incorporated_in_hk", "  ", None),
        ("incorporated_in_hk", "N/A", None),
        ("incorporated_in_hk", "未知", None),
        ("funding_sought_hkd", "HK$1,500,000", 1_500_000),
        ("funding_sought_hkd", "1.5M", 1_500_000),
        ("funding_sought_hkd", "150萬", 1_500_000),
        ("funding_sought_hkd", "300k", 300_000),
        ("funding_sought_hkd", "HKD 2,000,000", 2_000_000),
        ("funding_sought_hkd", 250000.0, 250_000),
        ("team_size", "12", 12),
        ("team_size", 12.0, 12),
        ("technical_team_equity_pct", "25%", 25.0),
        ("technical_team_equity_pct", 60, 60.0),
        ("years_since_incorporation", "2.5", 2.5),
        ("years_since_incorporation", datetime(2024, 12, 1), 2.0),
        ("years_since_incorporation", "2025-12-01", 1.0),
        ("years_since_incorporation", "01/12/2025", 1.0),
        ("incorporated_on", "2024-03-01", "2024-03-01"),
        ("incorporated_on", "1/3/2024", "2024-03-01"),
        ("incorporated_on", datetime(2024, 3, 1, 0, 0), "2024-03-01"),
        ("incorporated_on", date(2026, 12, 1), "2026-12-01"),
        ("stage", "Pre-seed", "pre_seed"),
        ("stage", "pre_seed", "pre_seed"),
        ("stage", "種子輪", "seed"),
        ("stage", "A轮", "series_a"),
        ("sectors", "Biotechnology; AI", ["biotech", "artificial_intelligence"]),
        ("sectors", "人工智能、大數據", ["artificial_intelligence", "big_data"]),
        ("sectors", "fintech,ict", ["fintech", "ict"]),
        ("needs", "none", []),
        ("university_links", "HKU staff; cuhk:alumnus", [
            {"university": "hku", "role": "staff"},
            {"university": "cuhk", "role": "alumnus"},
        ]),
        ("university_links", "香港大學校友", [{"university": "hku", "role": "alumnus"}]),
        ("university_links", "CityU (student)", [{"university": "cityu", "role": "student"}]),
        ("university_links", "無", []),
        ("company_name", 12345, "12345"),
    ],
)  # fmt: skip
def test_messy_cells_read_as_meant(field: str, raw: object, value: object) -> None:
    assert _read(field, raw) == value


@pytest.mark.parametrize(
    ("field", "raw", "reason"),
    [
        ("incorporated_in_hk", "maybe", "not_yes_no"),
        ("team_size", "about 5", "not_number"),
        ("team_size", "2.5", "not_whole"),
        ("team_size", datetime(2024, 1, 2), "is_date"),
        ("team_size", "2024-01-02", "is_date"),
        ("funding_sought_hkd", "-5", "negative"),
        ("funding_sought_hkd", "5%", "not_number"),
        ("technical_team_equity_pct", "150%", "too_large"),
        ("years_since_incorporation", "2030-01-01", "future_date"),
        ("incorporated_on", "2026-12-02", "future_date"),
        ("incorporated_on", "last spring", "not_date"),
        ("incorporated_on", 2024, "not_date"),
        ("stage", "Series Z", "did_you_mean"),
        ("stage", "banana", "not_choice"),
        ("sectors", "Biotek", "did_you_mean"),
        ("university_links", "Oxford staff", "not_link"),
    ],
)
def test_bad_cells_say_why(field: str, raw: object, reason: str) -> None:
    with pytest.raises(CellError) as raised:
        _read(field, raw)
    assert raised.value.reason == reason


def test_every_field_is_found_by_its_label_in_each_language_and_by_its_json_name() -> None:
    for name, text in FIELDS.items():
        for label in (text.label.en, text.label.zh_hant, text.label.zh_hans):
            assert field_of(label or "") == name, label
            assert field_of(f"  {(label or '').upper()} * ") == name, label
        assert field_of(name) == name
    assert field_of("Business Registration No.") == field_of("商業登記號碼") == BR_NUMBER
    assert field_of("Internal notes") is None and field_of("") is None


def test_the_layout_key_follows_the_headers_not_their_spelling() -> None:
    assert layout_key(["Team size", "Stage"]) == layout_key(["team size *", "STAGE"])
    assert layout_key(["Team size", "Stage"]) != layout_key(["Stage", "Team size"])
