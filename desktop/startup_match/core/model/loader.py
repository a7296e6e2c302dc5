"""Load and validate the catalogue (TOML); every problem names file, programme and field."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import ValidationError

from ...paths import seeds_dir
from ...runtime.collector import collector_paused
from .catalogue import MAX_QUOTE, Catalogue, CatalogueInfo, Programme, Source, normalise_space
from .errors import CatalogueError, CatalogueIssue
from .files import MIB, UserFileError, read_text_file

_rtoml: ModuleType | None
try:  # a speed-up: loading 10,000 programmes was mostly TOML parsing
    import rtoml as _rtoml
except ImportError:  # tomllib alone gives the same results, only slower
    _rtoml = None

CATALOGUE_FILE = "catalogue.toml"
PROGRAMMES_DIR = "programmes"
DOCUMENTS_DIR = "documents"


MAX_FILE_BYTES = 2 * MIB  # the biggest catalogue file is a few KiB
MAX_DOCUMENT_BYTES = 16 * MIB


def parse_toml(text: str) -> dict[str, Any]:
    """TOML by rtoml (compiled; six to seven times faster on these files, same result), and by
    the standard library's tomllib whenever rtoml declines: so a bad file gets tomllib's own
    message, and a document rtoml cannot take (past its nesting limit, say) is still judged by
    the reference parser."""
    if _rtoml is not None:
        try:
            parsed = _rtoml.loads(text)
        except Exception:  # every rtoml refusal: tomllib decides, and explains
            parsed = None
        if isinstance(parsed, dict):
            return parsed
    import tomllib  # only when rtoml declines (or is missing): it costs every start 3-5 ms

    return tomllib.loads(text)


def _read_toml(path: Path, issues: list[CatalogueIssue], digest: Any) -> dict[str, object] | None:
    """A catalogue file's TOML. Regular files only, size-capped, UTF-8; nesting too deep for
    the parser is reported like any other problem."""
    try:
        text = read_text_file(path, MAX_FILE_BYTES, "catalogue file")
        digest.update(path.name.encode() + text.encode("utf-8"))
        return parse_toml(text)
    except UserFileError as error:
        issues.append(CatalogueIssue(path.name, None, "file", str(error).split(": ", 1)[-1]))
    except ValueError as error:  # tomllib.TOMLDecodeError: UserFileError is caught above
        issues.append(CatalogueIssue(path.name, None, "file", f"not valid TOML: {error}"))
    except RecursionError:
        issues.append(CatalogueIssue(path.name, None, "file", "nested too deeply"))
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


Raw = dict[str, object]


class _UnknownTerm(Exception):
    """A `{ term = ... }` naming no shared condition; `path` is where, built on the way out."""

    def __init__(self, name: object) -> None:
        super().__init__(name)
        self.name = name
        self.path: list[str] = []


def _resolve_terms(programme: Raw, terms: Raw) -> Raw:
    """Replace every rule's and offer track's `{ term = "name" }`, at any depth of its
    condition, with the shared condition of that name. Only conditions are walked, and the
    freshly parsed file is changed in place: rebuilding every table of 10,000 files was most of
    the time loading them took."""
    offer = programme.get("offer")
    tracks = offer.get("tracks") if isinstance(offer, dict) else None
    for part, rules in (
        ("requirements", programme.get("requirements")),
        ("preferences", programme.get("preferences")),
        ("offer.tracks", tracks),
    ):
        for index, rule in enumerate(rules if isinstance(rules, list) else []):
            if isinstance(rule, dict) and "condition" in rule:
                try:
                    rule["condition"] = _resolved(rule["condition"], terms)
                except _UnknownTerm as error:
                    error.path += ["condition", str(index), part]
                    raise
    return programme


def _resolved(condition: object, terms: Raw) -> object:
    if isinstance(condition, dict):
        if len(condition) == 1 and "term" in condition:
            name = condition["term"]
            if not isinstance(name, str) or name not in terms:
                raise _UnknownTerm(name)
            return terms[name]
        places: Iterable[tuple[Any, object]] = condition.items()
    elif isinstance(condition, list):
        places = enumerate(condition)
    else:
        return condition
    for key, item in places:
        if isinstance(item, dict | list):
            try:
                condition[key] = _resolved(item, terms)
            except _UnknownTerm as error:
                error.path.append(str(key))
                raise
    return condition


def _read_document(root: Path, file: str) -> str:
    """A seed document's text; only files inside the catalogue's documents folder are read."""
    folder = (root / DOCUMENTS_DIR).resolve()
    try:
        path = (folder / file).resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop
        raise UserFileError(f"{file!r}: cannot be resolved ({error})") from None
    if folder not in path.parents:
        raise UserFileError(f"{file!r} is outside the documents folder")
    return normalise_space(read_text_file(path, MAX_DOCUMENT_BYTES, "document"))


def _check_passages(
    file: str,
    programme: Programme,
    sources: dict[str, Source],
    texts: dict[str, str],
    issues: list[CatalogueIssue],
) -> None:
    for key, passage in programme.passages.items():
        field = f"passages.{key}"
        source = sources.get(passage.source)
        if source is None:
            issues.append(
                CatalogueIssue(file, programme.id, field, f"unknown source {passage.source!r}")
            )
        elif source.file is not None:
            text = texts.get(source.id)
            if text is not None and normalise_space(passage.text) not in text:
                issues.append(
                    CatalogueIssue(
                        file,
                        programme.id,
                        field,
                        f"passage not found in document {source.id!r}: {passage.text[:60]!r}",
                    )
                )
        elif len(passage.text) > MAX_QUOTE:
            issues.append(
                CatalogueIssue(
                    file, programme.id, field, f"a quotation is at most {MAX_QUOTE} characters"
                )
            )


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Load a catalogue folder (catalogue.toml, programmes/*.toml, documents/*)."""
    with collector_paused():
        return _load(root)


def _load(root: Path | None) -> Catalogue:
    root = root or seeds_dir()
    issues: list[CatalogueIssue] = []
    digest = hashlib.sha256()
    info_path = root / CATALOGUE_FILE
    if not info_path.is_file():
        raise CatalogueError([CatalogueIssue(str(info_path), None, "file", "missing")])
    info: CatalogueInfo | None = None
    terms: Raw = {}
    raw_info = _read_toml(info_path, issues, digest)
    if raw_info is not None:
        raw_terms = raw_info.pop("terms", {})
        terms = raw_terms if isinstance(raw_terms, dict) else {}
        try:
            info = CatalogueInfo.model_validate(raw_info)
        except RecursionError:
            issues.append(CatalogueIssue(CATALOGUE_FILE, None, "file", "nested too deeply"))
        except ValidationError as error:
            issues += _pydantic_issues(CATALOGUE_FILE, None, error)

    sources = {s.id: s for s in info.sources} if info else {}
    texts: dict[str, str] = {}
    for source in sources.values():
        if source.file is None:
            continue
        try:
            texts[source.id] = _read_document(root, source.file)
        except UserFileError as error:
            issues.append(CatalogueIssue(CATALOGUE_FILE, None, f"sources.{source.id}", str(error)))

    programmes: list[Programme] = []
    loaded: list[tuple[str, Programme]] = []
    seen_ids: set[str] = set()
    files = sorted((root / PROGRAMMES_DIR).glob("*.toml"), key=lambda path: path.name)
    if not files:
        issues.append(CatalogueIssue(PROGRAMMES_DIR, None, "files", "no programme files"))
    for path in files:
        raw = _read_toml(path, issues, digest)
        if raw is None:
            continue
        raw_id = raw.get("id")
        label = raw_id if isinstance(raw_id, str) else path.stem
        try:
            programme = Programme.model_validate(_resolve_terms(raw, terms))
        except RecursionError:
            issues.append(CatalogueIssue(path.name, label, "conditions", "nested too deeply"))
            continue
        except _UnknownTerm as error:
            where = ".".join(reversed(error.path))
            issues.append(CatalogueIssue(path.name, label, where, f"unknown term {error.name!r}"))
            continue
        except ValidationError as error:
            issues += _pydantic_issues(path.name, label, error)
            continue
        if programme.id != path.stem:
            issues.append(CatalogueIssue(path.name, programme.id, "id", "must match the file name"))
        if programme.id in seen_ids:
            issues.append(CatalogueIssue(path.name, programme.id, "id", "used by another file"))
        seen_ids.add(programme.id)
        for source in programme.sources:
            if source.id in sources:
                issues.append(
                    CatalogueIssue(
                        path.name, programme.id, f"sources.{source.id}", "id used by another source"
                    )
                )
            elif source.file is not None:
                issues.append(
                    CatalogueIssue(
                        path.name,
                        programme.id,
                        f"sources.{source.id}",
                        "a seed document is declared in catalogue.toml",
                    )
                )
            else:
                sources[source.id] = source
        programmes.append(programme)
        loaded.append((path.name, programme))
    # Passages are checked once every file's own sources are known: one may cite another's.
    for file_name, programme in loaded:
        _check_passages(file_name, programme, sources, texts, issues)

    for withdrawn in info.withdrawn if info else []:
        if withdrawn.id in seen_ids:
            issues.append(
                CatalogueIssue(
                    CATALOGUE_FILE, withdrawn.id, "withdrawn", "is also a current programme"
                )
            )
    if issues or info is None:
        raise CatalogueError(issues)
    return Catalogue(info=info, programmes=programmes, digest=digest.hexdigest())


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The shipped catalogue, loaded once per process."""
    return load_catalogue()
