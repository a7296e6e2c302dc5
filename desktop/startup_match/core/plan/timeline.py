"""When programmes open and close for this company: the age rules (`in_range` on the company's
years since incorporation) read as dates from the date of incorporation.

A rule "not more than N years" is met up to and on the Nth anniversary: the programme closes
the day after, and the timeline gives that anniversary as the last day. A rule "at least N
years" opens on the Nth anniversary. A rule inside `any_of` is one route among others (TSSSU-O
within TSSSU): the timeline says so. Nothing else is dated: how an operator takes applications
is said only where the catalogue cites it, otherwise "check the official page"."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta

from ..model.catalogue import Catalogue, Programme
from ..model.conditions import AllOf, AnyOf, InRange
from ..model.dated import AGE_FIELD, anniversary
from ..model.langs import Lang
from ..model.plan import Cited, Event
from ..model.profile import Profile
from ..model.text import tri

WARN_WITHIN = timedelta(days=183)  # "apply before": an open programme closing within 6 months

_NO_DATE = tri(
    "Give the date of incorporation to see when programmes open and close for the company.",
    "填寫註冊成立日期，即可看到各計劃何時開放及截止。",
    "填写注册成立日期，即可看到各计划何时开放及截止。",
)
_ROUNDS = tri("Rounds: ", "申請輪次：", "申请轮次：")
_ROUNDS_UNKNOWN = tri(
    "Rounds: check the official page",
    "申請輪次：請查閱官方網頁",
    "申请轮次：请查阅官方网页",
)


def _age_bounds(condition: object, nested: bool = False) -> Iterator[tuple[InRange, bool]]:
    """Every age rule in a condition, and whether it is one route of an `any_of`."""
    if isinstance(condition, InRange) and condition.field == AGE_FIELD:
        yield condition, nested
    elif isinstance(condition, AnyOf):
        for part in condition.conditions:
            yield from _age_bounds(part, True)
    elif isinstance(condition, AllOf):
        for part in condition.conditions:
            yield from _age_bounds(part, nested)


def cited(catalogue: Catalogue, programme: Programme, key: str) -> Cited:
    """The passage `key` of a programme, with its source."""
    passage = programme.passages[key]
    source = catalogue.source(passage.source)
    return Cited(
        kind=source.kind,
        title=source.title,
        publisher=source.publisher,
        url=source.url,
        checked=source.checked,
        passage=passage.text,
    )


def _whole_years(bound: float) -> int | None:
    return int(bound) if bound == int(bound) else None


def rounds_text(programme: Programme, lang: Lang) -> str:
    rounds = programme.how_to_apply.rounds if programme.how_to_apply else None
    if rounds is None:
        return _ROUNDS_UNKNOWN.get(lang)
    return f"{_ROUNDS.get(lang)}{rounds.text.get(lang)}"


def timeline(
    catalogue: Catalogue, profile: Profile, status: Mapping[str, str], lang: Lang, day: date
) -> tuple[list[Event], str | None]:
    """The coming days on which an age rule opens or closes a programme, soonest first."""
    start = profile.incorporated_on
    if start is None:
        return [], _NO_DATE.get(lang)
    events = []
    for programme in catalogue.programmes:
        open_now = status.get(programme.id) in ("eligible", "possible")
        for requirement in programme.requirements:
            for rule, route in _age_bounds(requirement.condition):
                for kind, bound in (("opens", rule.min), ("closes", rule.max)):
                    years = None if bound is None else _whole_years(bound)
                    if years is None:
                        continue
                    when = anniversary(start, years)
                    if when < day:
                        continue
                    events.append(
                        Event(
                            id=programme.id,
                            name=programme.name.get(lang),
                            kind=kind,
                            date=when,
                            rule=requirement.explanation.get(lang),
                            route=route,
                            open_now=open_now,
                            apply_before=kind == "closes"
                            and open_now
                            and when - day <= WARN_WITHIN,
                            rounds=rounds_text(programme, lang),
                            source=cited(catalogue, programme, requirement.source),
                        )
                    )
    unique = {(e.id, e.kind, e.date, e.route): e for e in events}  # two rules, one day
    return sorted(unique.values(), key=lambda e: (e.date, e.kind, e.name)), None
