"""The shipped catalogue loads, cites its sources, and bad catalogues are reported precisely."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from startup_match.core.model.catalogue import normalise_space
from startup_match.core.model.errors import CatalogueError
from startup_match.core.model.loader import load_catalogue
from startup_match.paths import seeds_dir

REQUIRED_IDS = {"tsssu", "co-acceleration", "techconnect", "raise-plus"}


def test_shipped_catalogue_has_the_required_programmes_and_more() -> None:
    catalogue = load_catalogue()
    ids = {p.id for p in catalogue.programmes}
    assert ids >= REQUIRED_IDS
    assert len(ids) >= 15
    assert len(catalogue.digest) == 64


def test_every_seed_document_passage_is_verbatim() -> None:
    catalogue = load_catalogue()
    texts = {
        s.id: normalise_space((seeds_dir() / "documents" / s.file).read_text(encoding="utf-8"))
        for s in catalogue.info.sources
        if s.file
    }
    cited = 0
    for programme in catalogue.programmes:
        for passage in programme.passages.values():
            if passage.source in texts:
                assert normalise_space(passage.text) in texts[passage.source]
                cited += 1
    assert cited > 20


def test_every_rule_cites_a_source_with_standing() -> None:
    """Every requirement, offer and application route cites a passage of a source with a kind;
    official and press sources carry their address and the date the fact was checked."""
    catalogue = load_catalogue()
    for programme in catalogue.programmes:
        keys = [r.source for r in programme.requirements]
        keys += [programme.offer.source, programme.apply_source]
        for key in keys:
            source = catalogue.source(programme.passages[key].source)
            assert source.kind in ("official", "press", "unattributed"), programme.id
            if source.kind != "unattributed":
                assert source.url and source.url.startswith("http"), source.id
                assert source.checked and source.checked >= "2026-11-01", source.id
    text = "".join(p.read_text(encoding="utf-8") for p in (seeds_dir() / "programmes").iterdir())
    assert "general_knowledge" not in text


def test_confidence_is_derived_from_the_sources() -> None:
    catalogue = load_catalogue()
    confidence = {p.id: catalogue.confidence(p) for p in catalogue.programmes}
    assert confidence["tsssu"] == "official"
    assert confidence["hkstp-incubation"] == "official"
    assert confidence["techconnect"] == "unconfirmed"
    assert confidence["advanced-manufacturing-centre"] == "partial"
    assert set(confidence.values()) == {"official", "partial", "unconfirmed"}


def test_programme_files_keep_one_multi_line_style() -> None:
    """Long text is wrapped (no line over 100 characters but an address), shared lists are named
    terms, and every passage is defined once and cited by key."""
    url_line = re.compile(r'^[a-z_]+ = "https?://\S+"$')
    for path in [seeds_dir() / "catalogue.toml", *(seeds_dir() / "programmes").glob("*.toml")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert len(line) <= 100 or url_line.match(line), f"{path.name}:{number}"
        if path.parent.name == "programmes":
            text = path.read_text(encoding="utf-8")
            assert '"materials_precision", "proptech", "big_data"' not in text, path.name
            assert "document =" not in text and "passage =" not in text, path.name


def test_programme_amounts_come_from_official_sources() -> None:
    catalogue = load_catalogue()
    tsssu = catalogue.programme("tsssu")
    assert tsssu.offer.max_amount_hkd == 1_500_000
    assert "HKD1,500,000 each year" in tsssu.passages[tsssu.offer.source].text
    raise_plus = catalogue.programme("raise-plus")
    assert raise_plus.offer.max_amount_hkd == 100_000_000
    assert "HK$100 million per project" in raise_plus.passages[raise_plus.offer.source].text
    incubation = catalogue.programme("hkstp-incubation")
    assert incubation.offer.max_amount_hkd == 6_000_000
    assert catalogue.source(incubation.passages[incubation.offer.source].source).kind == "official"


def test_withdrawn_programme_stays_resolvable() -> None:
    catalogue = load_catalogue()
    withdrawn = catalogue.withdrawn("cyberport-start-up-support")
    assert withdrawn is not None and withdrawn.replaced_by == ["ccmf", "cyberport-incubation"]
    assert catalogue.withdrawn("tsssu") is None


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
    _edit(catalogue_copy / "programmes" / "nittp.toml", "some 1,800", "some 9,800")
    issues = _issues(catalogue_copy)
    assert any(
        i.startswith("nittp.toml [nittp] passages.hktdc-1: passage not found") for i in issues
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


def test_unknown_source_and_uncited_passage_are_reported(catalogue_copy: Path) -> None:
    nittp = catalogue_copy / "programmes" / "nittp.toml"
    _edit(nittp, 'source = "nittp-itf"', 'source = "no-such"')
    _edit(catalogue_copy / "programmes" / "tsssu.toml", 'apply_source = "itf-apply"', "")
    issues = _issues(catalogue_copy)
    assert any(i.startswith("nittp.toml [nittp] passages.") for i in issues), issues
    assert any("unknown source 'no-such'" in i for i in issues), issues
    assert any(i.startswith("tsssu.toml [tsssu] apply_source: Field required") for i in issues)


def test_official_source_without_address_or_date_is_refused(catalogue_copy: Path) -> None:
    _edit(
        catalogue_copy / "catalogue.toml",
        'checked = "2026-12-07"\n\n[[sources]]\nid = "itf-tsssu-old"',
        '\n[[sources]]\nid = "itf-tsssu-old"',
    )
    _edit(catalogue_copy / "catalogue.toml", 'kind = "press"', 'kind = "rumour"')
    issues = _issues(catalogue_copy)
    assert any(
        i.startswith(
            "catalogue.toml sources.0: Value error, an official source needs url and checked"
        )
        for i in issues
    ), issues
    assert any("sources." in i and "kind: Input should be" in i for i in issues), issues


def test_unknown_term_is_reported_at_its_rule(catalogue_copy: Path) -> None:
    _edit(
        catalogue_copy / "programmes" / "tsssu.toml",
        '{ term = "technology-sector" }',
        '{ term = "tech" }',
    )
    issues = _issues(catalogue_copy)
    assert "tsssu.toml [tsssu] requirements.1.condition: unknown term 'tech'" in issues, issues


def test_unknown_term_inside_a_combined_condition_is_reported_where_it_is(
    catalogue_copy: Path,
) -> None:
    _edit(
        catalogue_copy / "programmes" / "ccmf.toml",
        '{ term = "hong-kong-company" },',
        '{ term = "hk-company" },',
    )
    issues = _issues(catalogue_copy)
    assert (
        "ccmf.toml [ccmf] requirements.0.condition.conditions.1: unknown term 'hk-company'"
        in issues
    ), issues


def test_documents_outside_the_catalogue_are_never_read(
    catalogue_copy: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Each funded technology start-up may receive", encoding="utf-8")
    _edit(
        catalogue_copy / "catalogue.toml",
        'file = "002_8bcbb07fed7f5e78.txt"',
        'file = "../../secret.txt"',
    )
    issues = _issues(catalogue_copy)
    assert any("outside the documents folder" in i for i in issues), issues


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


def test_hostile_catalogue_files_are_reported_not_crashed_on(catalogue_copy: Path) -> None:
    programmes = catalogue_copy / "programmes"
    (programmes / "folder.toml").mkdir()
    (programmes / "dangling.toml").symlink_to(catalogue_copy / "nowhere.toml")
    (programmes / "loop.toml").symlink_to(programmes / "loop.toml")
    os.mkfifo(programmes / "pipe.toml")
    (programmes / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    (catalogue_copy / "documents" / "002_8bcbb07fed7f5e78.txt").write_bytes(b"\xff\xfe bad")
    issues = _issues(catalogue_copy)
    text = "\n".join(issues)
    assert "folder.toml file: is a folder" in text
    assert "dangling.toml file: no such file" in text
    assert "loop.toml file: cannot read" in text
    assert "pipe.toml file: is not a regular file" in text
    assert "deep.toml file:" in text
    assert "sources.hktdc-it-industry-2021" in text and "not UTF-8" in text


def test_the_fast_toml_parser_agrees_with_tomllib_and_defers_to_it() -> None:
    """rtoml parses the catalogue; tomllib, the reference, judges whatever rtoml declines."""
    import tomllib

    from startup_match.core.model.loader import parse_toml
    from startup_match.paths import seeds_dir

    for path in sorted(seeds_dir().rglob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert parse_toml(text) == tomllib.loads(text), path.name
    assert parse_toml("big = 123456789012345678901234567890") == {
        "big": 123456789012345678901234567890  # past 64 bits: rtoml declines, tomllib reads it
    }
    deep = "a = " + "[" * 90 + "]" * 90  # past rtoml's nesting limit: tomllib reads it
    assert parse_toml(deep) == tomllib.loads(deep)
    with pytest.raises(tomllib.TOMLDecodeError):
        parse_toml("a = 1\na = 2")  # both refuse; the message is tomllib's
