"""`startup-match plan`: its JSON contract, its text in three languages, its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.core.model.langs import LANGS

PROFILE = {
    "company_name": "Ledgerly",
    "stage": "seed",
    "sectors": ["fintech"],
    "location": "elsewhere_in_hk",
    "incorporated_in_hk": True,
    "incorporated_on": "2025-06-20",
    "team_size": 3,
    "technical_staff": 1,
    "technical_team_equity_pct": 40,
    "rd_in_hk": False,
    "funding_sought_hkd": 2000000,
    "needs": ["funding", "office_space"],
}


@pytest.fixture
def profile_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return path


def test_plan_json_contract(profile_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", str(profile_path), "--json", "--on", "2026-12-07"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "catalogue_version",
        "catalogue_digest",
        "on",
        "lang",
        "questions",
        "suggestions",
        "timeline",
        "timeline_note",
    }
    assert data["on"] == "2026-12-07"
    assert set(data["questions"]) == {"headline", "settles", "items"}
    for suggestion in data["suggestions"]:
        assert set(suggestion) == {"steps", "changes", "opens", "value", "effort", "score"}
        for step in suggestion["steps"]:
            assert set(step) == {"field", "to", "text", "effort"}
        for opened in suggestion["opens"]:
            assert opened["before"] in {"possible", "ineligible"}
            assert opened["after"] in {"possible", "eligible"}
            for criterion in opened["criteria"]:
                assert set(criterion["source"]) >= {"kind", "title", "url", "passage"}
    hire = data["suggestions"][0]
    assert hire["steps"][0]["text"] == "Hire 1 more full-time technical staff (2 in all)"
    assert hire["changes"] == {"technical_staff": 2, "team_size": 4}
    closes = [e for e in data["timeline"] if e["id"] == "hkstp-incubation"]
    assert closes and closes[0]["date"] == "2027-06-20" and closes[0]["kind"] == "closes"


@pytest.mark.parametrize("lang", LANGS)
def test_plan_text(profile_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    assert main(["plan", str(profile_path), "--lang", lang, "--on", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    words = {
        "en": "Changes that would open more",
        "zh-Hant": "可開放更多計劃的改變",
        "zh-Hans": "可开放更多计划的改变",
    }
    assert words[lang] in out
    assert "technical_staff" not in out


def test_a_bad_date_is_one_line(profile_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", str(profile_path), "--on", "2026-13-01"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("startup-match: error:") and err.count("\n") == 1
