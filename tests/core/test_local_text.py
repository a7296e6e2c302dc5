"""A catalogue's three-language text: checked by the same rules inside every model, written back as
the catalogue files spell it, and usable without pydantic (the window's labels)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from startup_match.core.model.catalogue import Withdrawn
from startup_match.core.model.text import LocalText, tri

WITHDRAWN = {"id": "old-scheme", "reason": {"en": "Closed"}, "date": "2026-01-05"}


@pytest.mark.parametrize(
    ("name", "where", "kind"),
    [
        ({"en": ""}, ("name", "en"), "string_too_short"),
        ({"zh-Hant": "舊計劃"}, ("name", "en"), "missing"),
        ({"en": "Old", "zh-Hant": ""}, ("name", "zh-Hant"), "string_too_short"),
        ({"en": "Old", "fr": "Vieux"}, ("name", "fr"), "extra_forbidden"),
        ("Old scheme", ("name",), "model_type"),
    ],
)
def test_a_bad_text_is_refused_naming_the_language(
    name: object, where: tuple[str, ...], kind: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Withdrawn.model_validate({**WITHDRAWN, "name": name})
    [error] = raised.value.errors()
    assert (error["loc"], error["type"]) == (where, kind)


def test_both_spellings_of_a_language_are_read_and_the_files_spelling_is_written() -> None:
    name = {"en": "Old scheme", "zh-Hant": "舊計劃", "zh_hans": "旧计划"}
    withdrawn = Withdrawn.model_validate({**WITHDRAWN, "name": name})
    assert withdrawn.name == LocalText("Old scheme", "舊計劃", "旧计划")
    assert withdrawn.model_dump(mode="json")["name"] == {
        "en": "Old scheme",
        "zh-Hant": "舊計劃",
        "zh-Hans": "旧计划",
    }


def test_a_text_already_made_is_taken_as_it_is() -> None:
    reason = tri("Merged", "已合併", "已合并")
    withdrawn = Withdrawn(id="old-scheme", name=LocalText("Old"), reason=reason, date="2026-01-05")
    assert withdrawn.reason is reason
    assert withdrawn.name.get("zh-Hant") == "Old"  # English stands in for a missing language
    assert withdrawn.name.missing() == ["zh-Hant", "zh-Hans"]
