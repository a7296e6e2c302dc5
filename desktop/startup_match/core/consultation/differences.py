"""What differs between two versions of one consultation: a colleague's saved one and the one
on screen. Shown before choosing whose to keep."""

from __future__ import annotations

from ..model.langs import Lang
from ..model.text import tri
from ..words.glossary import term
from ..words.labels import FIELD_LABELS, label_in
from .consultation import Consultation

_THEIRS_MINE = tri(
    "theirs: {theirs}; yours: {mine}",
    "對方：{theirs}；你的：{mine}",
    "对方：{theirs}；你的：{mine}",
)
_NOTES = tri("Notes differ", "備註不同", "备注不同")
_TITLE = tri("Title", "標題", "标题")
_SAME = tri(
    "No difference in the profile, the statuses or the notes.",
    "資料、狀況及備註均無分別。",
    "资料、状况及备注均无分别。",
)
_NOT_SET = tri("not set", "未設定", "未设定")


def _shown(value: object, lang: Lang) -> str:
    if value is None or value == []:
        return _NOT_SET.get(lang)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def differences(theirs: Consultation, mine: Consultation, lang: Lang = "en") -> list[str]:
    """One line per difference: title, profile fields, programme statuses, notes."""
    lines = []
    if theirs.title and mine.title and theirs.title != mine.title:
        lines.append(f"{_TITLE.get(lang)}: " + _both(theirs.title, mine.title, lang))
    their_profile = theirs.profile.model_dump(mode="json")
    my_profile = mine.profile.model_dump(mode="json")
    for field, value in their_profile.items():
        if my_profile.get(field) != value:
            name = label_in(FIELD_LABELS, field, lang)
            both = _both(_shown(value, lang), _shown(my_profile.get(field), lang), lang)
            lines.append(f"{name}: {both}")
    my_results = {o.id: o for o in mine.ranking.results}
    for outcome in theirs.ranking.results:
        other = my_results.get(outcome.id)
        if other is not None and other.status != outcome.status:
            statuses = _both(term(outcome.status, lang), term(other.status, lang), lang)
            lines.append(f"{outcome.name}: {statuses}")
    if theirs.notes != mine.notes:
        lines.append(_NOTES.get(lang))
    return lines or [_SAME.get(lang)]


def _both(theirs: str, mine: str, lang: Lang) -> str:
    return _THEIRS_MINE.get(lang).format(theirs=theirs, mine=mine)
