"""What the last ranking in each language was made from, so that the next one judges again only
the programmes that read an answer that changed: an edit to one answer re-judges the programmes
with a rule on it, and a title or a note re-judges none."""

from __future__ import annotations

import threading

from ..model.conditions import Answers
from ..model.langs import Lang

# Every programme's relevance reads which help the founder asked for.
READ_BY_EVERY_PROGRAMME = frozenset({"needs"})


class Baselines:
    """One catalogue's: the answers each language's latest ranking was made from, and the lock
    that keeps two rankings of the catalogue from interleaving (each leaves every programme's
    latest outcome behind for the next)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._answers: dict[Lang, dict[str, object]] = {}
        self._pending: dict[Lang, dict[str, object]] = {}

    def changed(self, lang: Lang, answers: Answers) -> frozenset[str] | None:
        """The answers that differ from the last ranking's in `lang`; None when there was none
        (or it did not finish), so every programme is judged. The last ranking's answers are
        forgotten, and these become the baseline once `keep` says this ranking finished."""
        before = self._answers.pop(lang, None)
        now = self._pending[lang] = _fixed(answers)
        if before is None:
            return None
        return frozenset(field for field, value in now.items() if before.get(field) != value)

    def keep(self, lang: Lang) -> None:
        self._answers[lang] = self._pending.pop(lang)


def _fixed(answers: Answers) -> dict[str, object]:
    """The answers as they are now: a list someone changes later must not change the record."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in answers.items()}
