"""Problems with a user's files that the app reports as one line each, never as a traceback.
Needs no pydantic, so the command line can name what it catches before it loads any model."""

from __future__ import annotations

from dataclasses import dataclass


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the field and the problem."""


@dataclass(frozen=True)
class CatalogueIssue:
    file: str
    programme: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}"
        if self.programme:
            where += f" [{self.programme}]"
        return f"{where} {self.field}: {self.message}"


class CatalogueError(Exception):
    def __init__(self, issues: list[CatalogueIssue]) -> None:
        self.issues = issues
        lines = "\n".join(f"  {issue}" for issue in issues)
        super().__init__(f"catalogue has {len(issues)} problem(s):\n{lines}")
