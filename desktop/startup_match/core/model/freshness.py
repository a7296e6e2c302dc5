"""How fresh and how well-founded the catalogue's facts are: what `catalogue check` lists for a
maintainer, and the dates the window and the sheet show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal
from urllib.parse import urlsplit

from .catalogue import Catalogue, Programme, Source

# Facts checked longer ago than this are listed as due for a new look.
STALE_AFTER = timedelta(days=365)

FindingKind = Literal["no_official_page", "unofficial_requirement", "stale"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a maintainer should look at; `blocking` when the programme is shown as
    official all the same (the check then fails)."""

    kind: FindingKind
    programme: str
    detail: str
    blocking: bool


def _site(url: str) -> str:
    """The site an address belongs to: hkpc.org for mainland.bud.hkpc.org, itf.gov.hk for
    www.itf.gov.hk (a country's second level, such as gov.hk, counts as part of the suffix)."""
    labels = (urlsplit(url).hostname or "").split(".")
    second_level = {"gov", "org", "com", "edu", "net", "idv"}
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in second_level else 2
    return ".".join(labels[-keep:])


def cited_sources(catalogue: Catalogue, programme: Programme) -> list[Source]:
    """The sources a programme's passages cite, each once, in order of first citation."""
    seen: dict[str, Source] = {}
    for passage in programme.passages.values():
        seen.setdefault(passage.source, catalogue.source(passage.source))
    return list(seen.values())


def checked_range(sources: list[Source]) -> tuple[str, str] | None:
    """The oldest and the newest date the sources' facts were checked (ISO dates)."""
    dates = sorted(s.checked for s in sources if s.checked)
    return (dates[0], dates[-1]) if dates else None


def check_catalogue(catalogue: Catalogue, today: date) -> list[Finding]:
    """Programmes without an official page, requirements without an official source, and facts
    checked more than STALE_AFTER before `today`."""
    findings: list[Finding] = []
    oldest = (today - STALE_AFTER).isoformat()
    for programme in catalogue.programmes:
        official = catalogue.confidence(programme) == "official"
        sources = cited_sources(catalogue, programme)
        official_sites = {_site(s.url) for s in sources if s.kind == "official" and s.url}
        if programme.url is None:
            findings.append(Finding("no_official_page", programme.id, "no url", official))
        elif _site(programme.url) not in official_sites:
            findings.append(
                Finding(
                    "no_official_page",
                    programme.id,
                    f"{programme.url} is not the address of an official source it cites",
                    official,
                )
            )
        for rule in programme.requirements:
            source = catalogue.source(programme.passages[rule.source].source)
            if source.kind != "official":
                findings.append(
                    Finding(
                        "unofficial_requirement",
                        programme.id,
                        f"requirement {rule.id} rests on {source.id} ({source.kind})",
                        official,
                    )
                )
        for source in sources:
            if source.checked and source.checked < oldest:
                findings.append(
                    Finding(
                        "stale",
                        programme.id,
                        f"{source.id} last checked {source.checked}",
                        False,
                    )
                )
    return findings
