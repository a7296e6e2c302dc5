"""The shipped catalogue loads, cites its sources, and bad catalogues are reported precisely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from startup_match.core.catalogue import normalise_space
from startup_match.core.loader import CatalogueError, load_catalogue
from startup_match.paths import seeds_dir

REQUIRED_IDS = {"tsssu", "co-acceleration", "techconnect", "raise-plus"}


def test_shipped_catalogue_has_the_required_programmes_and_more() -> None:
    catalogue = load_catalogue()
    ids = {p.id for p in catalogue.programmes}
    assert ids >= REQUIRED_IDS
    assert len(ids) >= 15
    assert len(catalogue.digest) == 64


def test_every_document_citation_is_a_verbatim_passage() -> None:
    catalogue = load_catalogue()
    texts = {
        d.id: normalise_space((seeds_dir() / "documents" / d.file).read_text(encoding="utf-8"))
        for d in catalogue.info.documents
    }
    cited = 0
    for programme in catalogue.programmes:
        for citation in programme.citations():
            if citation.general_knowledge:
                assert citation.url and citation.url.startswith("https://")
                assert citation.note
            else:
                assert normalise_space(citation.passage or "") in texts[citation.document or ""]
                cited += 1
    assert cited > 50


def test_every_programme_offers_what_it_gives_with_a_source() -> None:
    for programme in load_catalogue().programmes:
        assert programme.offer.summary.en and programme.offer.headline.en
        assert programme.requirements and programme.preferences
        for rule in programme.requirements:
            assert rule.hint.en, f"{programme.id}.{rule.id} needs a near-miss hint"


def test_seed_programme_amounts_come_from_the_sources() -> None:
    catalogue = load_catalogue()
    tsssu = catalogue.programme("tsssu")
    assert tsssu.offer.max_amount_hkd == 1_500_000
    assert "HK$1.5 million each year" in (tsssu.offer.source.passage or "")
    raise_plus = catalogue.programme("raise-plus")
    assert (raise_plus.offer.min_amount_hkd, raise_plus.offer.max_amount_hkd) == (
        10_000_000,
        100_000_000,
    )


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(seeds_dir(), target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _issues(root: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(root)
    return [str(issue) for issue in caught.value.issues]


def test_copy_of_shipped_catalogue_is_valid(catalogue_copy: Path) -> None:
    assert len(load_catalogue(catalogue_copy).programmes) >= 15


def test_passage_not_in_document_is_reported(catalogue_copy: Path) -> None:
    _edit(
        catalogue_copy / "programmes" / "tsssu.toml",
        "HK$1.5 million each year",
        "HK$9 million each year",
    )
    issues = _issues(catalogue_copy)
    assert any(
        i.startswith("tsssu.toml [tsssu] offer.source: passage not found") for i in issues
    ), issues


def test_wrong_type_names_file_programme_and_field(catalogue_copy: Path) -> None:
    _edit(catalogue_copy / "programmes" / "techconnect.toml", "weight = 4", 'weight = "high"')
    issues = _issues(catalogue_copy)
    assert any(
        i.startswith("techconnect.toml [techconnect] preferences.0.weight:") for i in issues
    ), issues


def test_unknown_profile_value_in_condition_is_reported(catalogue_copy: Path) -> None:
    _edit(catalogue_copy / "programmes" / "innocell.toml", '["hk_science_park"]', '["tai_po"]')
    issues = _issues(catalogue_copy)
    assert any("innocell.toml [innocell] requirements.0.condition" in i for i in issues), issues
    assert any("tai_po" in i for i in issues)


def test_missing_citation_and_unknown_field(catalogue_copy: Path) -> None:
    path = catalogue_copy / "programmes" / "itvf.toml"
    _edit(path, 'short_name = "ITVF"', 'short_name = "ITVF"\nbudget = 5')
    issues = _issues(catalogue_copy)
    assert "itvf.toml [itvf] budget: unknown field" in issues


def test_unknown_document_and_general_knowledge_without_url(catalogue_copy: Path) -> None:
    _edit(
        catalogue_copy / "programmes" / "rttp.toml",
        'source = { document = "hktdc-it-industry-2021"',
        'source = { document = "no-such-document"',
    )
    _edit(
        catalogue_copy / "programmes" / "tsssu.toml",
        'url = "https://www.itf.gov.hk/en/funding-programmes/supporting-start-ups/tsssu/index.html"\nnote',
        "note",
    )
    issues = _issues(catalogue_copy)
    assert any(i.startswith("rttp.toml [rttp] source: unknown document") for i in issues), issues
    assert any(i.startswith("tsssu.toml [tsssu] apply_source") for i in issues), issues


def test_bad_toml_and_id_mismatch(catalogue_copy: Path) -> None:
    (catalogue_copy / "programmes" / "broken.toml").write_text("id = [", encoding="utf-8")
    shutil.copy(
        catalogue_copy / "programmes" / "innocell.toml", catalogue_copy / "programmes" / "copy.toml"
    )
    issues = _issues(catalogue_copy)
    assert any(i.startswith("broken.toml file: not valid TOML") for i in issues), issues
    assert "copy.toml [innocell] id: must match the file name" in issues
    # copy.toml sorts first, so the original is the one reported as the duplicate
    assert "innocell.toml [innocell] id: used by another file" in issues
