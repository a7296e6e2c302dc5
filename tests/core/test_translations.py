"""Catalogue text in three languages: none missing for the four seed programmes."""

from __future__ import annotations

from startup_match.core.model.catalogue import Programme
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.text import LocalText
from startup_match.core.words.labels import FIELD_LABELS, VALUE_LABELS

SEED_PROGRAMMES = ("tsssu", "co-acceleration", "techconnect", "raise-plus")


def _texts(programme: Programme) -> dict[str, LocalText]:
    texts = {
        "name": programme.name,
        "operator": programme.operator,
        "description": programme.description,
        "offer.summary": programme.offer.summary,
        "offer.headline": programme.offer.headline,
        "apply": programme.apply,
    }
    if programme.offer.duration:
        texts["offer.duration"] = programme.offer.duration
    for track in programme.offer.tracks:
        texts[f"offer.tracks.{track.id}.headline"] = track.headline
    for rule in programme.requirements:
        texts[f"requirements.{rule.id}.explanation"] = rule.explanation
        texts[f"requirements.{rule.id}.hint"] = rule.hint
    for pref in programme.preferences:
        texts[f"preferences.{pref.id}.explanation"] = pref.explanation
    return texts


def test_seed_programmes_have_no_missing_translations() -> None:
    catalogue = default_catalogue()
    missing = [
        f"{pid}.{field}: {', '.join(text.missing())}"
        for pid in SEED_PROGRAMMES
        for field, text in _texts(catalogue.programme(pid)).items()
        if text.missing()
    ]
    assert missing == []


def test_every_programme_is_fully_translated() -> None:
    missing = [
        f"{programme.id}.{field}"
        for programme in default_catalogue().programmes
        for field, text in _texts(programme).items()
        if text.missing()
    ]
    assert missing == []


def test_profile_labels_and_disclaimer_are_translated() -> None:
    for key, text in {**VALUE_LABELS, **FIELD_LABELS}.items():
        assert text.missing() == [], key
    info = default_catalogue().info
    assert info.disclaimer.missing() == [] and info.title.missing() == []


def test_missing_translation_falls_back_to_english() -> None:
    text = LocalText(en="Only English")
    assert text.get("zh-Hant") == "Only English"
    assert text.get("zh-Hans") == "Only English"
    assert text.missing() == ["zh-Hant", "zh-Hans"]
