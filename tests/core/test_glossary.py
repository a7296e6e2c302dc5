"""One vocabulary: each domain word is defined once, in the glossary or the profile labels, and
the window's Qt translations do not define it again."""

from __future__ import annotations

import re
from pathlib import Path

from startup_match.core.model.text import LocalText
from startup_match.core.words import labels
from startup_match.core.words.glossary import TERMS, term

TS = Path(__file__).parents[2] / "resources" / "translations" / "startup_match_zh_Hant.ts"


def _label_texts() -> dict[str, LocalText]:
    found = {}
    for name in dir(labels):
        table = getattr(labels, name)
        if name.isupper() and isinstance(table, dict):
            for key, text in table.items():
                if isinstance(text, LocalText):
                    found[f"{name}.{key}"] = text
    return found


def test_no_word_is_defined_twice() -> None:
    seen: dict[str, str] = {}
    shared = {id(text) for text in _label_texts().values()}
    for key, text in TERMS.items():
        if id(text) in shared:
            continue  # the glossary refers to the profile's own label
        assert text.en not in seen, (key, seen.get(text.en))
        seen[text.en] = key
    label_words = {text.en for text in _label_texts().values()}
    assert not set(seen) & label_words


def test_the_window_translations_do_not_repeat_the_glossary() -> None:
    sources = set(re.findall(r"<source>([^<]*)</source>", TS.read_text(encoding="utf-8")))
    glossary = {text.en for text in TERMS.values()}
    assert not sources & glossary, sources & glossary


def test_every_term_is_in_all_three_languages() -> None:
    for key, text in TERMS.items():
        assert text.zh_hant and text.zh_hans, key
    assert term("fit", "zh-Hant") == "配對" and term("eligible", "zh-Hans") == "符合资格"
    assert term("a-value-from-newer-data", "en") == "a-value-from-newer-data"
