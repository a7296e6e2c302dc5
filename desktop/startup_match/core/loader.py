"""Load and validate the catalogue (TOML); every problem names file, programme and field."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from ..paths import seeds_dir
from .catalogue import Catalogue, CatalogueInfo, Citation, Programme, normalise_space

CATALOGUE_FILE = "catalogue.toml"
PROGRAMMES_DIR = "programmes"
DOCUMENTS_DIR = "documents"


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


def _read_toml(path: Path, issues: list[CatalogueIssue]) -> dict[str, object] | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        issues.append(CatalogueIssue(path.name, None, "file", f"cannot read: {error}"))
    except tomllib.TOMLDecodeError as error:
        issues.append(CatalogueIssue(path.name, None, "file", f"not valid TOML: {error}"))
    return None


def _pydantic_issues(
    file: str, programme: str | None, error: ValidationError
) -> list[CatalogueIssue]:
    found = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = "unknown field" if item["type"] == "extra_forbidden" else item["msg"]
        found.append(CatalogueIssue(file, programme, field, message))
    return found


def _citation_fields(programme: Programme) -> list[tuple[str, Citation]]:
    pairs = [
        ("source", programme.source),
        ("offer.source", programme.offer.source),
        ("apply_source", programme.apply_source),
    ]
    pairs += [(f"requirements.{r.id}.source", r.source) for r in programme.requirements]
    pairs += [(f"preferences.{p.id}.source", p.source) for p in programme.preferences]
    return pairs


def _check_citations(
    file: str, programme: Programme, texts: dict[str, str], issues: list[CatalogueIssue]
) -> None:
    for field, citation in _citation_fields(programme):
        if citation.general_knowledge or citation.document is None:
            continue
        text = texts.get(citation.document)
        if text is None:
            issues.append(
                CatalogueIssue(file, programme.id, field, f"unknown document {citation.document!r}")
            )
        elif normalise_space(citation.passage or "") not in text:
            issues.append(
                CatalogueIssue(
                    file,
                    programme.id,
                    field,
                    f"passage not found in document {citation.document!r}: "
                    f"{(citation.passage or '')[:60]!r}",
                )
            )


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Load a catalogue folder (catalogue.toml, programmes/*.toml, documents/*)."""
    root = root or seeds_dir()
    issues: list[CatalogueIssue] = []
    digest = hashlib.sha256()
    info_path = root / CATALOGUE_FILE
    if not info_path.is_file():
        raise CatalogueError([CatalogueIssue(str(info_path), None, "file", "missing")])
    digest.update(info_path.read_bytes())
    info: CatalogueInfo | None = None
    raw_info = _read_toml(info_path, issues)
    if raw_info is not None:
        try:
            info = CatalogueInfo.model_validate(raw_info)
        except ValidationError as error:
            issues += _pydantic_issues(CATALOGUE_FILE, None, error)

    texts: dict[str, str] = {}
    for document in info.documents if info else []:
        path = root / DOCUMENTS_DIR / document.file
        try:
            texts[document.id] = normalise_space(path.read_text(encoding="utf-8"))
        except OSError as error:
            issues.append(
                CatalogueIssue(CATALOGUE_FILE, None, f"documents.{document.id}", str(error))
            )

    programmes: list[Programme] = []
    files = sorted((root / PROGRAMMES_DIR).glob("*.toml"))
    if not files:
        issues.append(CatalogueIssue(PROGRAMMES_DIR, None, "files", "no programme files"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
        raw = _read_toml(path, issues)
        if raw is None:
            continue
        raw_id = raw.get("id")
        label = raw_id if isinstance(raw_id, str) else path.stem
        try:
            programme = Programme.model_validate(raw)
        except ValidationError as error:
            issues += _pydantic_issues(path.name, label, error)
            continue
        if programme.id != path.stem:
            issues.append(CatalogueIssue(path.name, programme.id, "id", "must match the file name"))
        if any(p.id == programme.id for p in programmes):
            issues.append(CatalogueIssue(path.name, programme.id, "id", "used by another file"))
        _check_citations(path.name, programme, texts, issues)
        programmes.append(programme)

    if issues or info is None:
        raise CatalogueError(issues)
    return Catalogue(info=info, programmes=programmes, digest=digest.hexdigest())


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The shipped catalogue, loaded once per process."""
    return load_catalogue()
