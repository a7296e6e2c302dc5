"""Every start-up's summary sheet: one PDF each into a folder, or all in one PDF that opens
with a contents page. Each sheet is the one the normal window prints (report/sheet.py), its
start-up ranked alone. Many sheets into a folder are written by worker processes, one per
core; the combined file is painted in one."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from html import escape
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter

from ..core.cohort.matrix import Cancelled, Member, Progress, ranking_of
from ..core.cohort.words import cohort_term
from ..core.model.catalogue import Catalogue
from ..core.model.langs import Lang
from ..core.model.loader import default_catalogue
from ..core.model.profile import Profile
from ..core.words.glossary import term
from .html_parts import STYLE
from .render import ReportError, lay_out, make_document, paint_laid_out, write_pdf
from .sheet import FooterText, export_sheet_pdf
from .sheet_html import SheetInput, build_sheet_html

PARALLEL_FROM = 16  # fewer sheets are written here: starting workers costs about a second


def sheet_file_name(number: int, company: str) -> str:
    """ "0007 Helix Lab.pdf": numbered in the cohort's order, so the folder lists as it does."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in company).strip()
    return f"{number:04d} {safe[:80] or 'start-up'}.pdf"


def sheet_of(
    catalogue: Catalogue, member: Member, lang: Lang, with_appendix: bool = False
) -> SheetInput:
    """A start-up's sheet: by default its summary (two to three pages), which is what an
    adviser hands over before a round; the appendix lists every programme and criterion."""
    return SheetInput(
        profile=member.profile,
        ranking=ranking_of(catalogue, member, lang),
        title=member.profile.company_name,
        with_appendix=with_appendix,
    )


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ReportError(f"{folder}: cannot create the folder ({error.strerror})") from None
    if not folder.is_dir():
        raise ReportError(f"{folder}: not a folder")


def write_sheet_folder(
    members: Sequence[Member],
    catalogue: Catalogue,
    folder: Path,
    lang: Lang = "en",
    progress: Progress | None = None,
    workers: int | None = None,
    with_appendix: bool = False,
) -> list[Path]:
    """One PDF per start-up in `folder` (created if need be); returns the files written. A
    Cancel stops after the sheets in hand; those written stay, each whole."""
    _prepare_folder(folder)
    paths = [folder / sheet_file_name(n, m.name) for n, m in enumerate(members, start=1)]
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count > 1 and len(members) >= PARALLEL_FROM:
        _in_workers(members, paths, lang, progress, count, with_appendix)
        return paths
    for done, (member, path) in enumerate(zip(members, paths, strict=True)):
        if progress is not None and not progress(done, len(members)):
            raise Cancelled
        export_sheet_pdf(sheet_of(catalogue, member, lang, with_appendix), path, lang)
    if progress is not None:
        progress(len(members), len(members))
    return paths


def _write_one(profile_json: str, path: str, lang: Lang, with_appendix: bool) -> None:
    """In a worker process: rank the start-up with the shipped catalogue and write its sheet."""

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a worker shows nothing
    member = Member("", Profile.model_validate_json(profile_json))
    sheet = sheet_of(default_catalogue(), member, lang, with_appendix)
    export_sheet_pdf(sheet, Path(path), lang)


def _in_workers(
    members: Sequence[Member],
    paths: list[Path],
    lang: Lang,
    progress: Progress | None,
    workers: int,
    with_appendix: bool,
) -> None:
    # Spawned, not forked: a fork of a process running Qt threads can hang.
    context = multiprocessing.get_context("spawn")
    jobs = iter(zip(members, paths, strict=True))
    pending: set[Future[None]] = set()
    done = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            while True:
                while len(pending) < workers * 4:
                    job = next(jobs, None)
                    if job is None:
                        break
                    member, path = job
                    profile_json = member.profile.model_dump_json(exclude_none=True)
                    pending.add(
                        pool.submit(_write_one, profile_json, str(path), lang, with_appendix)
                    )
                if not pending:
                    break
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    try:
                        future.result()  # a ReportError in a worker is raised here
                    except BrokenProcessPool:
                        raise ReportError(
                            "a worker writing the sheets stopped unexpectedly; nothing after "
                            f"the {done} sheets written was made"
                        ) from None
                    done += 1
                if progress is not None and not progress(done, len(members)):
                    raise Cancelled
        except BaseException:
            for future in pending:
                future.cancel()
            raise
    if progress is not None:
        progress(len(members), len(members))


def contents_html(entries: Sequence[tuple[str, int]], lang: Lang) -> str:
    """The contents page: each start-up and the page its sheet starts on."""
    rows = "".join(
        f"<tr><td width='8%'>{n}</td><td>{escape(name)}</td>"
        f"<td width='12%' align='right'>{page}</td></tr>"
        for n, (name, page) in enumerate(entries, start=1)
    )
    heading = escape(cohort_term("contents", lang))
    return (
        f"<html><head><style>{STYLE}</style></head><body><h1>{heading}</h1>"
        "<table width='100%' cellspacing='0' cellpadding='3'>"
        f"<tr><th>#</th><th>{escape(cohort_term('company', lang))}</th>"
        f"<th align='right'>{escape(cohort_term('page', lang))}</th></tr>{rows}</table>"
        "</body></html>"
    )


def write_combined_pdf(
    members: Sequence[Member],
    catalogue: Catalogue,
    output: Path,
    lang: Lang = "en",
    progress: Progress | None = None,
    title: str = "",
    with_appendix: bool = False,
) -> int:
    """One PDF: a contents page, then every start-up's sheet, each starting on a new page.
    Each sheet is laid out twice: once to know where the next one starts, once to paint it.
    Returns the page count."""
    total = len(members)
    steps = 2 * total

    def step(done: int) -> None:
        if progress is not None and not progress(done, steps):
            raise Cancelled

    def paint(device: QPagedPaintDevice) -> int:
        counts = []
        for n, member in enumerate(members):
            step(n)
            document = make_document(
                build_sheet_html(sheet_of(catalogue, member, lang, with_appendix), lang), lang
            )
            counts.append(lay_out(document, device)[1])
        entries: list[tuple[str, int]] = []
        # The contents' own length decides where the first sheet starts.
        contents = make_document(contents_html([(m.name, 0) for m in members], lang), lang)
        page = lay_out(contents, device)[1] + 1
        for member, count in zip(members, counts, strict=True):
            entries.append((member.name, page))
            page += count
        contents = make_document(contents_html(entries, lang), lang)
        body, pages = lay_out(contents, device)
        painter = QPainter()
        if not painter.begin(device):
            raise ReportError("cannot start painting (is the output writable?)")
        try:
            heading = cohort_term("contents", lang)
            paint_laid_out(painter, contents, device, _footer(heading, lang), body, pages)
            for n, member in enumerate(members):
                step(total + n)
                sheet = sheet_of(catalogue, member, lang, with_appendix)
                document = make_document(build_sheet_html(sheet, lang), lang)
                body, pages = lay_out(document, device)
                footer = FooterText(member.name, lang)
                paint_laid_out(painter, document, device, footer, body, pages, after_others=True)
        finally:
            painter.end()
        if progress is not None:
            progress(steps, steps)
        return page - 1

    return write_pdf(output, title or cohort_term("cohort_sheets", lang), paint)


def _footer(heading: str, lang: Lang) -> Callable[[int, int], str]:
    return lambda page, pages: f"{heading} · {term('page', lang).format(page=page, pages=pages)}"
