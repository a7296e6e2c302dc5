"""The `rank` and `catalogue` commands, as a user would call them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from startup_match.cli.main import main
from startup_match.core.model.loader import default_catalogue
from startup_match.paths import seeds_dir


def test_rank_json_contract(biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", str(biotech_profile_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data["catalogue"]["version"], str)
    results = data["results"]
    assert len(results) == len(default_catalogue().programmes)
    assert len({r["id"] for r in results}) == len(results)
    for result in results:
        assert result["status"] in {"eligible", "possible", "ineligible"}
        assert isinstance(result["score"], int | float)
        assert isinstance(result["name"], str) and isinstance(result["hints"], list)
        for criterion in result["criteria"]:
            assert set(criterion) >= {"id", "verdict", "explanation", "source"}
            assert criterion["verdict"] in {"met", "unmet", "unknown"}
            assert isinstance(criterion["source"], dict)
    order = {"asked": 0, "open": 1, "closed": 2}
    keys = [(order[r["group"]], r["status"] == "ineligible" and not r["hints"]) for r in results]
    assert keys == sorted(keys)


def test_rank_text_table(biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", str(biotech_profile_path)]) == 0
    out = capsys.readouterr().out
    assert "Technology Start-up Support Scheme for Universities" in out
    assert "Near misses" in out
    assert "indicative only" in out


def test_rank_in_chinese(biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", str(biotech_profile_path), "--json", "--lang", "zh-Hans"]) == 0
    out = capsys.readouterr().out
    assert '"name": "大学科技初创企业资助计划"' in out  # readable as printed, not \u escapes
    data = json.loads(out)
    names = {r["id"]: r["name"] for r in data["results"]}
    assert names["tsssu"] == "大学科技初创企业资助计划"
    assert data["lang"] == "zh-Hans"


def _table_rows(out: str) -> tuple[list[str], list[list[str]]]:
    """The table's header and rows, cut at its runs of two spaces (the columns' gaps)."""
    lines = out.splitlines()
    head = next(n for n, line in enumerate(lines) if line.startswith("#  "))
    cells = [re.split(r" {2,}", line.strip()) for line in lines[head:]]
    rows = []
    for row in cells[2:]:
        if not row[0].isdigit():
            break
        rows.append(row)
    return cells[0], rows


def test_rank_table_says_each_group_and_no_fit_where_not_open(
    biotech_profile_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table had no group, and printed a fit beside programmes not open to the founder."""
    assert main(["rank", str(biotech_profile_path), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert main(["rank", str(biotech_profile_path)]) == 0
    header, rows = _table_rows(capsys.readouterr().out)
    assert header == ["#", "Match", "Status", "Fit", "Programme", "Headline"]
    assert len(rows) == len(results)
    words = {"asked": "Asked for", "open": "Also open", "closed": "Not open now"}
    for row, result in zip(rows, results, strict=True):
        assert row[1] == words[result["group"]], row
        assert row[2] == result["status"].capitalize()
        assert row[3] == ("—" if result["status"] == "ineligible" else str(result["score"]))
    assert {row[1] for row in rows} == set(words.values())
    assert main(["rank", str(biotech_profile_path), "--lang", "zh-Hant"]) == 0
    header, rows = _table_rows(capsys.readouterr().out)
    assert header[:4] == ["#", "分組", "狀況", "配對"]
    assert {row[1] for row in rows} == {"符合所需", "亦可申請", "暫不符合"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"company_name": "A", "team_size": -3}', "team_size: Input should be greater than"),
        ('{"company_name": "A", "colour": "red"}', "colour: is not a profile field"),
        ('{"stage": "seed"}', "company_name: is required"),
        ("[1, 2]", "expected a JSON object"),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_profile_exits_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "profile.json"
    path.write_text(content, encoding="utf-8")
    assert main(["rank", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("startup-match: error:")
    assert expected in lines[0]


def test_console_command_prints_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"company_name": "A", "stage": "unicorn"}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "startup_match", "rank", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "stage:" in done.stderr


def test_catalogue_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalogue", "list"]) == 0
    out = capsys.readouterr().out
    for programme_id in ("tsssu", "co-acceleration", "techconnect", "raise-plus"):
        assert programme_id in out


def test_catalogue_validate_good_and_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "validate", str(seeds_dir())]) == 0
    assert "valid, " in capsys.readouterr().out
    (tmp_path / "catalogue.toml").write_text('version = "x"', encoding="utf-8")
    (tmp_path / "programmes").mkdir()
    assert main(["catalogue", "validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "catalogue.toml version:" in err
    assert "Traceback" not in err
    assert main(["catalogue", "validate", str(tmp_path / "nowhere")]) == 1


def test_rank_json_carries_confidence_for_every_programme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Co", "incorporated_in_hk": true}', encoding="utf-8")
    assert main(["rank", str(profile), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    confidence = {r["id"]: r["confidence"] for r in results}
    assert set(confidence.values()) == {"official", "partial", "unconfirmed"}
    assert confidence["tsssu"] == "official" and confidence["techconnect"] == "unconfirmed"
    tsssu = next(r for r in results if r["id"] == "tsssu")
    assert tsssu["acronym"] == "TSSSU" and tsssu["url"].startswith("https://www.itf.gov.hk/")
    requirements = [c for c in tsssu["criteria"] if c["kind"] == "requirement"]
    assert all(c["source"]["kind"] == "official" for c in requirements)


def test_catalogue_check_passes_on_the_shipped_catalogue_and_fails_on_an_unlinked_programme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "check"]) == 0
    out = capsys.readouterr().out
    assert "Requirements without an official source:" in out
    assert "techconnect: requirement" in out  # listed, but it is not shown as official
    assert "none of these concerns a programme shown as official" in out
    # The same catalogue with TSSSU's official page taken away: TSSSU is still shown as
    # official, so the check fails and marks it.
    copy = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), copy)
    tsssu = copy / "programmes" / "tsssu.toml"
    lines = tsssu.read_text(encoding="utf-8").splitlines(keepends=True)
    tsssu.write_text("".join(x for x in lines if not x.startswith("url = ")), encoding="utf-8")
    assert main(["catalogue", "check", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "  ! tsssu: no url" in out
    assert "1 finding(s) marked ! concern programmes shown as official" in out


def test_catalogue_check_lists_facts_checked_over_a_year_ago(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["catalogue", "check", "--today", "2027-11-22"]) == 0
    assert "Facts checked more than 12 months ago: 0" in capsys.readouterr().out
    assert main(["catalogue", "check", "--today", "2027-11-24"]) == 0  # stale facts: listed
    out = capsys.readouterr().out
    assert "Facts checked more than 12 months ago: 0" not in out
    assert "last checked 2026-11-23" in out  # the oldest facts the catalogue holds
    assert main(["catalogue", "check", "--today", "not-a-date"]) == 1
    assert "--today: 'not-a-date' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
