"""Times are stored in UTC and shown in the user's local time zone."""

from __future__ import annotations

from datetime import UTC, datetime


def local(moment: datetime) -> datetime:
    """A stored time (UTC, naive or aware) in the machine's local time zone."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone()


def local_text(moment: datetime) -> str:
    """Minutes are enough for a person reading a list or a title."""
    return f"{local(moment):%Y-%m-%d %H:%M}"


def local_iso(moment: datetime) -> str:
    """For files and JSON: local time with its offset, so the instant stays exact."""
    return local(moment).isoformat(timespec="seconds")


def default_title(company_name: str, when: datetime | None = None) -> str:
    """A new session's title: the company and the local time."""
    return f"{company_name} — {local_text(when or datetime.now(UTC))}"
