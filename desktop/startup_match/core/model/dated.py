"""The company's age on a given day, from its date of incorporation.

Age rules compare a number of years ("registered not more than two years", `in_range max = 2`).
With a date of incorporation the age is worked out on the consultation's day, in whole years
since incorporation plus the share of the current year gone: exactly 2.0 on the second
anniversary, so "not more than two years" is met on that day and unmet the day after, and
"at least two years" is met from that day on."""

from __future__ import annotations

from datetime import UTC, date, datetime

from .profile import Profile

AGE_FIELD = "years_since_incorporation"


def today() -> date:
    return datetime.now(UTC).astimezone().date()


def anniversary(start: date, years: int) -> date:
    """The date `years` after `start`; 29 February falls on 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def age_on(start: date, day: date) -> float:
    """Years from `start` to `day` (0 before `start`): whole years plus the share of the year
    between the last anniversary and the next."""
    if day <= start:
        return 0.0
    years = day.year - start.year - ((day.month, day.day) < (start.month, start.day))
    last, following = anniversary(start, years), anniversary(start, years + 1)
    return years + (day - last).days / (following - last).days


def as_of(profile: Profile, day: date | None) -> Profile:
    """The profile with its company's age worked out on `day` (today when None), when it gives
    a date of incorporation; otherwise the profile as it is."""
    if profile.incorporated_on is None:
        return profile
    age = age_on(profile.incorporated_on, day or today())
    if profile.years_since_incorporation == age:
        return profile
    return profile.model_copy(update={AGE_FIELD: age})
