"""Which changes to a founder's facts are a plan, how hard each is, and how each is said.

One row per fact a founder can change: its effort class and the direction it may move. A fact
not in the table is never offered as a change (nationality, permanent residency, the founder's
age, the sectors a business is in, university links, whether it is listed, its stage), and no
row lets a fact go back: a company cannot become younger, un-incorporate or stop doing R&D in
Hong Kong to fit a rule. The company's age is never a change either: waiting is the timeline's
business (core/plan/timeline.py). Unknown facts are questions, not changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..model.choices import Location
from ..model.langs import Lang
from ..model.text import LocalText, tri
from ..words.labels import format_hkd, value_label

Effort = Literal["paperwork", "money", "people", "relocation"]
# How hard each class of change is, for ranking value against effort (docs/plan.md).
EFFORT_COST: dict[Effort, int] = {"paperwork": 1, "people": 2, "money": 3, "relocation": 4}
EFFORT_LABELS: dict[Effort, LocalText] = {
    "paperwork": tri("paperwork", "文書手續", "文书手续"),
    "money": tri("money", "資金", "资金"),
    "people": tri("people", "人手", "人手"),
    "relocation": tri("relocation", "遷移", "迁移"),
}

# How a fact may move: from false to true only; up or down only; to a Hong Kong location.
Direction = Literal["to_true", "up", "down", "into_hk"]
HK_LOCATIONS = frozenset({Location.HK_SCIENCE_PARK, Location.CYBERPORT, Location.ELSEWHERE_IN_HK})

Say = Callable[[Any, Any, Lang], str]


@dataclass(frozen=True, slots=True)
class Changeable:
    effort: Effort
    direction: Direction
    say: Say  # (old value, new value, language) → the change as a founder does it


def _fixed(text: LocalText) -> Say:
    return lambda old, new, lang: text.get(lang)


def _amount(text: LocalText) -> Say:
    return lambda old, new, lang: text.get(lang).format(amount=format_hkd(new, lang))


def _hire(text: LocalText) -> Say:
    return lambda old, new, lang: text.get(lang).format(more=new - old, total=new)


def _place(old: Any, new: Any, lang: Lang) -> str:
    return _MOVE.get(lang).format(place=value_label(new, lang))


def _equity(old: Any, new: Any, lang: Lang) -> str:
    return _EQUITY.get(lang).format(pct=f"{new:g}")


_MOVE = tri("Move the business to {place}", "把業務遷往{place}", "把业务迁往{place}")
_EQUITY = tri(
    "Give the technical team at least {pct}% of the company's equity",
    "讓技術團隊持有公司最少{pct}%股權",
    "让技术团队持有公司最少{pct}%股权",
)

CHANGEABLE: dict[str, Changeable] = {
    "incorporated_in_hk": Changeable(
        "paperwork",
        "to_true",
        _fixed(
            tri(
                "Incorporate a limited company in Hong Kong",
                "在香港註冊成立有限公司",
                "在香港注册成立有限公司",
            )
        ),
    ),
    "hk_business_registration": Changeable(
        "paperwork",
        "to_true",
        _fixed(
            tri(
                "Register the business in Hong Kong (Business Registration)",
                "在香港辦理商業登記",
                "在香港办理商业登记",
            )
        ),
    ),
    "registered_in_mainland_gba": Changeable(
        "paperwork",
        "to_true",
        _fixed(
            tri(
                "Register a company in a Mainland Greater Bay Area city",
                "在大灣區內地城市註冊公司",
                "在大湾区内地城市注册公司",
            )
        ),
    ),
    "active_operation_in_hk": Changeable(
        "relocation",
        "to_true",
        _fixed(
            tri(
                "Run the business from Hong Kong, with premises and staff here",
                "在香港實際營運業務，設有辦公地點及員工",
                "在香港实际营运业务，设有办公地点及员工",
            )
        ),
    ),
    "rd_in_hk": Changeable(
        "relocation",
        "to_true",
        _fixed(tri("Move R&D work to Hong Kong", "把研發工作遷到香港", "把研发工作迁到香港")),
    ),
    "location": Changeable("relocation", "into_hk", _place),
    "team_size": Changeable(
        "people",
        "up",
        _hire(
            tri(
                "Hire {more} more full-time staff ({total} in all)",
                "增聘{more}名全職員工（合共{total}名）",
                "增聘{more}名全职员工（合共{total}名）",
            )
        ),
    ),
    "technical_staff": Changeable(
        "people",
        "up",
        _hire(
            tri(
                "Hire {more} more full-time technical staff ({total} in all)",
                "增聘{more}名全職技術人員（合共{total}名）",
                "增聘{more}名全职技术人员（合共{total}名）",
            )
        ),
    ),
    "technical_team_equity_pct": Changeable("paperwork", "up", _equity),
    "private_investment_last_year_hkd": Changeable(
        "money",
        "up",
        _amount(
            tri(
                "Secure private investment of at least {amount} in a financial year",
                "在一個財政年度內取得最少{amount}私人投資",
                "在一个财政年度内取得最少{amount}私人投资",
            )
        ),
    ),
    "funding_raised_hkd": Changeable(
        "money",
        "up",
        _amount(
            tri("Raise at least {amount} in all", "累計集資最少{amount}", "累计集资最少{amount}")
        ),
    ),
    "has_private_co_investor": Changeable(
        "money",
        "to_true",
        _fixed(
            tri(
                "Bring in a private investor to co-invest",
                "引入私人共同投資者",
                "引入私人共同投资者",
            )
        ),
    ),
    "has_financial_partner": Changeable(
        "people",
        "to_true",
        _fixed(
            tri(
                "Agree a pilot with a bank or an authorised insurer",
                "與銀行或獲授權保險公司合作進行試驗",
                "与银行或获授权保险公司合作进行试验",
            )
        ),
    ),
}
# Asking for less is a change to the application only; asking for more is as well.
_ASK_LESS = tri("Apply for no more than {amount}", "申請不多於{amount}", "申请不多于{amount}")
_ASK_MORE = tri("Apply for at least {amount}", "申請最少{amount}", "申请最少{amount}")


def _ask(old: Any, new: Any, lang: Lang) -> str:
    text = _ASK_LESS if new < old else _ASK_MORE
    return text.get(lang).format(amount=format_hkd(new, lang))


CHANGEABLE["funding_sought_hkd"] = Changeable("paperwork", "down", _ask)


def can_change(field: str, old: Any, new: Any) -> bool:
    """Whether a founder can move `field` from `old` (known) to `new`."""
    row = CHANGEABLE.get(field)
    if row is None or old is None or old == new:
        return False
    if row.direction == "to_true":
        return old is False and new is True
    if row.direction == "into_hk":
        return new in HK_LOCATIONS and old not in HK_LOCATIONS
    if field == "funding_sought_hkd":
        return bool(new > 0)  # an application asks for something
    return bool(new > old) if row.direction == "up" else bool(new < old)


def say(field: str, old: Any, new: Any, lang: Lang) -> str:
    return CHANGEABLE[field].say(old, new, lang)


def effort_of(field: str) -> Effort:
    return CHANGEABLE[field].effort


def effort_cost(field: str, old: Any, new: Any) -> int:
    """A change's cost by its class; hiring costs one more for every two hires past the first
    (one technical hire is not 27 staff)."""
    cost = EFFORT_COST[effort_of(field)]
    if field in ("team_size", "technical_staff"):
        cost += (new - old - 1) // 2
    return cost
