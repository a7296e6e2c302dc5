"""The cohort matrix: every start-up × every programme, each cell a status and a fit score,
with row and column totals. A cell holds what ranking that start-up alone gives (a test checks
this against `engine.rank` for each); the matrix keeps two bytes a cell, not the outcomes, so
10,000 start-ups fit in a few MiB. What a cell's programme still needs settled comes from
ranking that one start-up when it is asked for (`consultation_of`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ...runtime.collector import collector_paused
from ..engine.plans import judge
from ..engine.rank import plans_of, rank
from ..engine.relevance import asked_kinds
from ..model.catalogue import Catalogue
from ..model.conditions import answers
from ..model.langs import Lang
from ..model.profile import Profile
from ..model.ranking import ProgrammeOutcome, Ranking

STATUSES = ("eligible", "possible", "ineligible")
CODE = {status: code for code, status in enumerate(STATUSES)}
OPEN = ("eligible", "possible")

Progress = Callable[[int, int], bool]  # (done, total) → go on?


class Cancelled(Exception):
    """The adviser pressed Cancel: nothing was kept."""


@dataclass(frozen=True)
class Member:
    """One start-up of a cohort: how re-imports find it, its profile, and where it is kept."""

    key: str
    profile: Profile
    session_id: int | None = None
    row: int | None = None  # in the spreadsheet it came from

    @property
    def name(self) -> str:
        return self.profile.company_name


@dataclass(frozen=True)
class ProgrammeColumn:
    id: str
    name: str
    acronym: str | None
    short_name: str
    kinds: tuple[str, ...]
    confidence: str
    url: str | None

    @property
    def label(self) -> str:
        """What a column heading shows: the acronym or the short name."""
        return self.acronym or self.short_name


def programme_columns(catalogue: Catalogue, lang: Lang = "en") -> list[ProgrammeColumn]:
    return [
        ProgrammeColumn(
            p.id,
            p.name.get(lang),
            p.acronym,
            p.short_name,
            tuple(p.kinds),
            catalogue.confidence(p),
            p.url,
        )
        for p in catalogue.programmes
    ]


@dataclass
class CohortMatrix:
    members: list[Member]
    programmes: list[ProgrammeColumn]
    statuses: bytearray  # row-major: CODE of each cell
    scores: bytearray
    lang: Lang = "en"
    _column_of: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._column_of = {p.id: n for n, p in enumerate(self.programmes)}

    @property
    def size(self) -> tuple[int, int]:
        return len(self.members), len(self.programmes)

    def column(self, programme_id: str) -> int:
        return self._column_of[programme_id]

    def status(self, row: int, column: int) -> str:
        return STATUSES[self.statuses[row * len(self.programmes) + column]]

    def score(self, row: int, column: int) -> int:
        return self.scores[row * len(self.programmes) + column]

    def column_counts(self, column: int) -> dict[str, int]:
        width = len(self.programmes)
        codes = self.statuses[column::width]
        return {status: codes.count(CODE[status]) for status in STATUSES}

    def row_counts(self, row: int) -> dict[str, int]:
        width = len(self.programmes)
        codes = self.statuses[row * width : (row + 1) * width]
        return {status: codes.count(CODE[status]) for status in STATUSES}

    def who_could_apply(self, column: int) -> list[int]:
        """Rows open to the programme: eligible first, then possible, each by fit, best first."""
        rows = [r for r in range(len(self.members)) if self.status(r, column) in OPEN]
        return sorted(
            rows,
            key=lambda r: (
                self.status(r, column) != "eligible",
                -self.score(r, column),
                self.members[r].name.casefold(),
            ),
        )


def rank_cohort(
    catalogue: Catalogue,
    members: Sequence[Member],
    lang: Lang = "en",
    progress: Progress | None = None,
) -> CohortMatrix:
    """Judge every programme for every start-up: the verdicts, status and fit each would get
    ranked alone, without making the outcomes' texts. `progress` may cancel (returns False)."""
    plans, shared = plans_of(catalogue)
    order = {p.id: n for n, p in enumerate(catalogue.programmes)}
    plans = sorted(plans, key=lambda plan: order[plan.programme.id])
    width = len(plans)
    statuses = bytearray(len(members) * width)
    scores = bytearray(len(members) * width)
    code = CODE
    step = max(1, len(members) // 100)
    with collector_paused():
        for row, member in enumerate(members):
            if progress is not None and row % step == 0 and not progress(row, len(members)):
                raise Cancelled
            verdicts = shared.verdicts(answers(member.profile))
            asked = asked_kinds(member.profile)
            base = row * width
            for column, plan in enumerate(plans):
                judgement = judge(plan, verdicts, asked)
                statuses[base + column] = code[judgement.status]
                scores[base + column] = judgement.score
    if progress is not None:
        progress(len(members), len(members))
    return CohortMatrix(list(members), programme_columns(catalogue, lang), statuses, scores, lang)


def ranking_of(catalogue: Catalogue, member: Member, lang: Lang) -> Ranking:
    """The start-up ranked alone, as the normal window shows it."""
    return rank(catalogue, member.profile, lang)


def outcome_of(
    catalogue: Catalogue, member: Member, programme_id: str, lang: Lang
) -> ProgrammeOutcome:
    return ranking_of(catalogue, member, lang).result(programme_id)


def to_settle(outcome: ProgrammeOutcome) -> list[str]:
    """What a start-up still has to settle before applying: the hints of a programme it may
    get (the questions, and the steps a university or investor takes); none when eligible."""
    return list(outcome.hints) if outcome.status == "possible" else []


def why(outcome: ProgrammeOutcome) -> list[str]:
    """Why a start-up qualifies: each requirement's explanation, met or still unknown."""
    return [c.explanation for c in outcome.requirements() if c.verdict != "unmet"]
