"""Relevance, apart from eligibility: does a programme give the help the founder asked for?

Status answers only "could this start-up get it". Relevance compares the kinds of help the
catalogue says a programme gives with the needs the founder ticked, and sorts results into three
groups: what you asked for, what else is open to you, and what is not open now."""

from __future__ import annotations

from typing import Literal

from ..model.choices import Need
from ..model.profile import Profile

Group = Literal["asked", "open", "closed"]
GROUP_ORDER: dict[str, int] = {"asked": 0, "open": 1, "closed": 2}

# Which kind of help (catalogue `kinds`) answers each need a founder can tick.
NEED_KINDS: dict[Need, str] = {
    Need.FUNDING: "funding",
    Need.INVESTOR_ACCESS: "investment",
    Need.OFFICE_SPACE: "space",
    Need.HOUSING: "space",
    Need.MANUFACTURING: "space",
    Need.MENTORSHIP: "advice",
    Need.TALENT: "talent",
    Need.CLOUD_COMPUTING: "compute",
    Need.OVERSEAS_EXPANSION: "market_access",
    Need.MAINLAND_MARKET: "market_access",
    Need.MARKET_PROMOTION: "market_access",
    Need.REGULATORY_SANDBOX: "regulatory",
    Need.LISTING: "listing",
    Need.LOAN_GUARANTEE: "guarantee",
    Need.PATENT_IP: "ip",
}


def asked_kinds(profile: Profile) -> set[str] | None:
    """The kinds of help the founder asked for; None when they have not said."""
    if not profile.needs:
        return None
    return {NEED_KINDS[need] for need in profile.needs}


def group_of(status: str, relevant: bool | None) -> Group:
    if status == "ineligible":
        return "closed"
    return "asked" if relevant else "open"
