"""What changed for one start-up between a saved ranking and the current catalogue's."""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.rank import rank
from ..model.catalogue import Catalogue
from ..model.langs import Lang
from ..model.ranking import Ranking
from ..model.text import tri
from ..words.glossary import term
from .consultation import Consultation

_WITHDRAWN = tri("withdrawn", "已撤回", "已撤回")
_NEW = tri("new in the catalogue", "目錄新增", "目录新增")
_NO_CHANGES = tri("No status changes.", "資格狀況沒有改變。", "资格状况没有改变。")
_REPLACED_BY = tri("replaced by", "由以下計劃取代：", "由以下计划取代：")


@dataclass(frozen=True)
class StatusChange:
    """One programme whose status differs: `before` or `after` is None when it was added or
    withdrawn."""

    programme_id: str
    name: str
    before: str | None
    after: str | None


def status_changes(saved: Ranking, current: Ranking) -> list[StatusChange]:
    before = {o.id: o for o in saved.results}
    after = {o.id: o for o in current.results}
    changes = []
    for pid, old in before.items():
        new = after.get(pid)
        if new is None or new.status != old.status:
            changes.append(StatusChange(pid, old.name, old.status, new.status if new else None))
    changes += [
        StatusChange(pid, o.name, None, o.status) for pid, o in after.items() if pid not in before
    ]
    return changes


def describe_change(change: StatusChange, catalogue: Catalogue, lang: Lang) -> str:
    """One line: "TSSSU: Eligible → Ineligible", or why a programme is gone."""
    if change.after is None:
        withdrawn = catalogue.withdrawn(change.programme_id)
        text = f"{change.name}: {_WITHDRAWN.get(lang)}"
        if withdrawn and withdrawn.replaced_by:
            names = [catalogue.programme(pid).name.get(lang) for pid in withdrawn.replaced_by]
            text += f" ({_REPLACED_BY.get(lang)} {', '.join(names)})"
        return text
    if change.before is None:
        return f"{change.name}: {_NEW.get(lang)} ({term(change.after, lang)})"
    return f"{change.name}: {term(change.before, lang)} → {term(change.after, lang)}"


def rerank_changes(saved: Consultation, catalogue: Catalogue, lang: Lang) -> str:
    """Which programmes a re-rank with `catalogue` would change, one per line."""
    current = rank(catalogue, saved.profile, lang)
    lines = [
        describe_change(change, catalogue, lang)
        for change in status_changes(saved.ranking, current)
    ]
    return "\n".join(lines) if lines else _NO_CHANGES.get(lang)
