"""What a team server's address looks like: kept apart from server.py so the command line can
tell an address from a file path without loading SQLAlchemy."""

from __future__ import annotations

SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


def scheme_of(location: str) -> str | None:
    """The part before "://", or None for a file path."""
    return location.split("://", 1)[0] if "://" in location else None


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and scheme_of(location) in SCHEMES
