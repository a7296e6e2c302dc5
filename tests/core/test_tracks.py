"""Amounts and headlines by track: a programme with tracks shows the one the founder fits, or
all of them, named, while that is not known."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from startup_match.core.consultation.compare import amount_text
from startup_match.core.engine.rank import rank
from startup_match.core.model.catalogue import Catalogue, Programme
from startup_match.core.model.errors import CatalogueError
from startup_match.core.model.langs import LANGS, Lang
from startup_match.core.model.loader import default_catalogue, load_catalogue
from startup_match.core.model.profile import Profile, profile_from_dict
from startup_match.paths import seeds_dir

ROBOTICS: dict[str, Any] = {
    "company_name": "Kinetic Arm Robotics Limited",
    "sectors": ["robotics", "artificial_intelligence"],
    "years_since_incorporation": 2,
}


def _shown(data: dict[str, Any], programme: str, lang: Lang = "en") -> tuple[str, str]:
    ranking = rank(default_catalogue(), profile_from_dict(data), lang)
    outcome = ranking.result(programme)
    return outcome.headline, amount_text(outcome, lang)


def test_hkstp_incubation_shows_the_founders_own_track() -> None:
    assert _shown(ROBOTICS, "hkstp-incubation") == (
        "Incu-Tech: 3 years of support (amount not stated)",
        "Not stated in the sources",
    )
    biotech = {**ROBOTICS, "sectors": ["biotech", "robotics"]}
    assert _shown(biotech, "hkstp-incubation") == (
        "Incu-Bio: up to HK$6M over 4 years",
        "Up to HK$6M",
    )
    assert _shown(biotech, "hkstp-incubation", "zh-Hant")[0] == "Incu-Bio：4年最多600萬港元"
    unknown = {"company_name": "Not Yet Said Ltd"}
    headline, _ = _shown(unknown, "hkstp-incubation")
    assert "Incu-Tech" in headline and "Incu-Bio" in headline  # the range, the tracks named


def test_tsssu_shows_tsssu_o_or_tsssu_plus() -> None:
    assert _shown(ROBOTICS, "tsssu")[0] == "TSSSU-O: up to HK$1.5M a year"
    older = {
        **ROBOTICS,
        "years_since_incorporation": 5,
        "private_investment_last_year_hkd": 2_000_000,
        "funding_sought_hkd": 1_000_000,
    }
    assert _shown(older, "tsssu")[0].startswith("TSSSU+: up to HK$1.5M a year")
    assert _shown(older, "tsssu", "zh-Hans")[0].startswith("TSSSU+：每年最多150万港元")
    age_unknown = {"company_name": "Age Unknown Ltd"}
    assert _shown(age_unknown, "tsssu")[0] == "TSSSU-O or TSSSU+: up to HK$1.5M a year"


def test_every_track_headline_is_translated_and_the_offer_names_every_track() -> None:
    for programme in default_catalogue().programmes:
        for track in programme.offer.tracks:
            assert track.headline.missing() == [], (programme.id, track.id)
            for lang in LANGS:
                assert track.name in programme.offer.headline.get(lang)


def _with_track(catalogue: Catalogue, condition: dict[str, Any]) -> Catalogue:
    """The catalogue with TSSSU's tracks replaced by one on a field no rule of TSSSU reads."""
    data = catalogue.programme("tsssu").model_dump(mode="json", by_alias=True)
    data["offer"]["tracks"] = [
        {
            "id": "with-hkid",
            "name": "TSSSU-O",
            "condition": condition,
            "headline": {"en": "TSSSU-O: for a founder with a Hong Kong ID"},
            "max_amount_hkd": 1_500_000,
            "source": "smelink-amount",
        }
    ]
    tsssu = Programme.model_validate(data)
    programmes = [tsssu if p.id == "tsssu" else p for p in catalogue.programmes]
    return Catalogue(info=catalogue.info, programmes=programmes, digest="tracks")


def test_a_change_only_a_track_reads_changes_the_headline() -> None:
    """Ranking again judges only the programmes that read an answer that changed: a track's
    condition counts as read."""
    catalogue = _with_track(
        default_catalogue(), {"type": "equals", "field": "founder_holds_hkid", "value": True}
    )
    assert "founder_holds_hkid" not in {
        field
        for rule in catalogue.programme("tsssu").requirements
        for field in rule.condition.fields()
    }
    profile = Profile(company_name="Holder Ltd")
    first = rank(catalogue, profile).result("tsssu").headline
    then = rank(catalogue, profile.model_copy(update={"founder_holds_hkid": True}))
    assert first == "TSSSU-O or TSSSU+: up to HK$1.5M a year"
    assert then.result("tsssu").headline == "TSSSU-O: for a founder with a Hong Kong ID"
    assert then.result("tsssu").max_amount_hkd == 1_500_000


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), target)
    return target


def _issues(root: Path, old: str, new: str) -> list[str]:
    path = root / "programmes" / "hkstp-incubation.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(root)
    return [str(issue) for issue in caught.value.issues]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'en = "Incu-Tech: amount not stated; Incu-Bio: up to HK$6M over 4 years"',
            'en = "Up to HK$6M over 4 years"',
            "offer: Value error, the headline (en) does not name the track Incu-Bio",
        ),
        (
            'condition = { term = "technology-sector" }\n[offer.tracks.headline]',
            'condition = { term = "tech" }\n[offer.tracks.headline]',
            "offer.tracks.1.condition: unknown term 'tech'",
        ),
        (
            'id = "incu-tech"\nname = "Incu-Tech"\nsource = "incu-tech"',
            'id = "incu-tech"\nname = "Incu-Tech"\nsource = "no-such-passage"',
            "cites passage 'no-such-passage'",
        ),
        ('id = "incu-tech"', 'id = "incu-bio"', "a track id is used twice"),
    ],
)
def test_track_mistakes_are_reported_by_file_and_field(
    catalogue_copy: Path, old: str, new: str, expected: str
) -> None:
    issues = _issues(catalogue_copy, old, new)
    assert any(
        issue.startswith("hkstp-incubation.toml [hkstp-incubation]") and expected in issue
        for issue in issues
    ), issues
