"""A profile file is a strict contract: wrong types, repeated keys and hostile shapes are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from startup_match.core.model.errors import ProfileError
from startup_match.core.model.profile import load_profile


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"company_name": "A", "team_size": "5"}', "team_size: Input should be a valid integer"),
        ('{"company_name": "A", "rd_in_hk": "yes"}', "rd_in_hk: Input should be a valid boolean"),
        ('{"company_name": "A", "company_name": "B"}', "company_name: appears twice"),
        ('{"company_name": "A", "team_size": 1' + "0" * 5000 + "}", "a number has too many digits"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"company_name": "A", "bad\\nkey<b>": 1}', "bad\\u000akey<b>: is not a profile field"),
        ('{"company_name": "A", "tema_size": 1}', "did you mean team_size?"),
        ('{"company_name": "A", "technical_staff": 5, "team_size": 2}', "technical_staff: cannot"),
    ],
)
def test_bad_profile_files_are_named_on_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_well_formed_file_with_the_new_facts_loads(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        '{"company_name": "A", "years_since_incorporation": 1, "technical_team_equity_pct": 12,'
        ' "stage": "seed", "rd_in_hk": true, "university_links": [{"university": "hku",'
        ' "role": "staff"}]}',
        encoding="utf-8",
    )
    profile = load_profile(path)
    assert profile.years_since_incorporation == 1.0 and profile.rd_in_hk is True
