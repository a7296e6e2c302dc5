"""The matrix, its totals and its exports agree with ranking each start-up alone (a property
test over random cohorts); the XLSX reads back with openpyxl; the CSV too; the combined PDF
renders page by page, with its contents page pointing at each sheet's first page."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from startup_match import palette
from startup_match.core.cohort.fields import LINKS, field_kinds
from startup_match.core.cohort.matrix import Cancelled, Member, rank_cohort
from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue
from startup_match.core.model.profile import Profile
from startup_match.core.words.glossary import term
from startup_match.report.cohort_pdf import write_combined_pdf, write_sheet_folder
from startup_match.report.cohort_xlsx import write_matrix_csv, write_matrix_xlsx


def _value(kind: Any) -> st.SearchStrategy[Any]:
    if kind.choices is not None:
        one = st.sampled_from([member.value for member in kind.choices])
        return one if kind.kind == "choice" else st.lists(one, max_size=3)
    if kind.kind == LINKS:
        return st.lists(
            st.fixed_dictionaries(
                {
                    "university": st.sampled_from(["hku", "cuhk", "hkust", "polyu"]),
                    "role": st.sampled_from(["staff", "student", "alumnus"]),
                }
            ),
            max_size=2,
        )
    top = int(kind.maximum or 10**8)
    return {
        "yesno": st.booleans(),
        "whole": st.integers(0, min(top, 60)),
        "money": st.sampled_from([0, 50_000, 500_000, 1_500_000, 6_000_000, 20_000_000]),
        "number": st.floats(0, min(top, 100)),
        "percent": st.floats(0, 100),
        "years": st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.5, 7.0, 12.0]),
    }.get(kind.kind, st.just(None))


@st.composite
def profiles(draw: st.DrawFn) -> Profile:
    data: dict[str, Any] = {"company_name": draw(st.text("abcxyz 港灣", min_size=1, max_size=12))}
    for name, kind in field_kinds().items():
        if name != "company_name" and draw(st.booleans()):
            data[name] = draw(_value(kind))
    if data.get("technical_staff") is not None and data.get("team_size") is not None:
        data["technical_staff"] = min(data["technical_staff"], data["team_size"])
    data["company_name"] = data["company_name"].strip() or "x"
    return Profile.model_validate(data)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(profiles(), min_size=1, max_size=12))
def test_the_matrix_totals_and_export_agree_with_ranking_each_alone(
    tmp_path_factory: pytest.TempPathFactory, cohort: list[Profile]
) -> None:
    catalogue = default_catalogue()
    members = [Member(f"name:{n}", profile) for n, profile in enumerate(cohort)]
    matrix = rank_cohort(catalogue, members)
    alone = [rank(catalogue, profile) for profile in cohort]
    width = len(catalogue.programmes)
    for row, ranking in enumerate(alone):
        for column, programme in enumerate(matrix.programmes):
            outcome = ranking.result(programme.id)
            assert (matrix.status(row, column), matrix.score(row, column)) == (
                outcome.status,
                outcome.score,
            )
        counts = matrix.row_counts(row)
        for status in ("eligible", "possible", "ineligible"):
            assert counts[status] == sum(o.status == status for o in ranking.results)
    for column, programme in enumerate(matrix.programmes):
        counts = matrix.column_counts(column)
        for status in ("eligible", "possible"):
            assert counts[status] == sum(r.result(programme.id).status == status for r in alone)

    out = tmp_path_factory.mktemp("x") / "matrix.xlsx"
    write_matrix_xlsx(matrix, catalogue, out)
    book = load_workbook(out)
    sheet = book[book.sheetnames[0]]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][2 : 2 + width] == tuple(p.label for p in matrix.programmes)
    for row, ranking in enumerate(alone):
        cells = rows[row + 1]
        assert cells[0] == cohort[row].company_name
        assert cells[2 : 2 + width] == tuple(
            term(ranking.result(p.id).status, "en") for p in matrix.programmes
        )
        assert cells[2 + width] == sum(o.status == "eligible" for o in ranking.results)
    eligible_totals = rows[len(cohort) + 1][2 : 2 + width]
    assert eligible_totals == tuple(
        sum(r.result(p.id).status == "eligible" for r in alone) for p in matrix.programmes
    )
    # One sheet per programme listing exactly who could apply, then the sources.
    assert len(book.sheetnames) == 2 + width
    for programme, name in zip(matrix.programmes, book.sheetnames[1:-1], strict=True):
        listed = [r[0] for r in book[name].iter_rows(min_row=1, values_only=True)]
        could = [
            cohort[n].company_name
            for n, r in enumerate(alone)
            if r.result(programme.id).status != "ineligible"
        ]
        assert sorted(c for c in listed if c in {p.company_name for p in cohort}) == sorted(could)


def test_the_export_colours_each_status_and_names_the_sources(tmp_path: Path) -> None:
    catalogue = default_catalogue()
    profile = Profile.model_validate(
        {"company_name": "Helix", "incorporated_in_hk": True, "years_since_incorporation": 1}
    )
    matrix = rank_cohort(catalogue, [Member("name:helix", profile)], "zh-Hant")
    write_matrix_xlsx(matrix, catalogue, tmp_path / "m.xlsx", "zh-Hant")
    book = load_workbook(tmp_path / "m.xlsx")
    sheet = book[book.sheetnames[0]]
    for column in range(3, 3 + len(matrix.programmes)):
        cell = sheet.cell(2, column)
        status = {term(s, "zh-Hant"): s for s in palette.STATUS}[str(cell.value)]
        assert cell.fill.fgColor.rgb.endswith(palette.STATUS[status].lstrip("#").upper())
    sources = book[book.sheetnames[-1]]
    assert sources.max_row == len(catalogue.all_sources()) + 1
    tsssu = book[next(n for n in book.sheetnames if n.startswith("TSSSU"))]
    assert "間公司中有" in str(tsssu.cell(2, 1).value)

    write_matrix_csv(matrix, tmp_path / "m.csv", "zh-Hant")
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][2:-2] == [p.id for p in matrix.programmes]
    assert rows[1][0] == "Helix" and len(rows) == 2


def test_a_cancel_stops_ranking() -> None:
    members = [Member(f"name:{n}", Profile(company_name=f"C{n}")) for n in range(300)]
    with pytest.raises(Cancelled):
        rank_cohort(default_catalogue(), members, progress=lambda done, _total: done < 100)


def test_the_combined_pdf_has_a_contents_page_and_every_sheet(tmp_path: Path) -> None:
    catalogue = default_catalogue()
    names = ["Helix Lab", "港灣科技", "Quanta"]
    members = [Member(f"name:{n}", Profile(company_name=n)) for n in names]
    out = tmp_path / "all.pdf"
    pages = write_combined_pdf(members, catalogue, out, "en")
    texts = [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(out).pages
    ]
    assert len(texts) == pages
    assert "Contents" in texts[0]
    found = [re.search(re.escape(n) + r" (\d+)", texts[0]) for n in names]
    starts = [int(match.group(1)) for match in found if match]
    assert starts[0] == 2 and starts == sorted(starts)
    for name, start in zip(names, starts, strict=True):
        assert name in texts[start - 1] and "Page 1 of" in texts[start - 1]
    written = write_sheet_folder(members, catalogue, tmp_path / "sheets", "en", workers=1)
    assert [p.name for p in written] == [
        "0001 Helix Lab.pdf",
        "0002 港灣科技.pdf",
        "0003 Quanta.pdf",
    ]
    assert all(p.stat().st_size > 1000 for p in written)
    if shutil.which("pdftoppm"):  # renders page by page
        subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "p")], check=True)
        assert len(list(tmp_path.glob("p-*.png"))) == pages


def test_many_sheets_are_written_by_worker_processes(tmp_path: Path) -> None:
    members = [Member(f"name:{n}", Profile(company_name=f"Start-up {n}")) for n in range(16)]
    seen: list[int] = []
    written = write_sheet_folder(
        members,
        default_catalogue(),
        tmp_path,
        "zh-Hans",
        lambda done, _total: seen.append(done) is None,
        workers=2,
    )
    assert len(written) == 16 and all(p.stat().st_size > 1000 for p in written)
    assert seen[-1] == 16 and seen == sorted(seen)


def test_a_cohort_sheet_is_the_summary_unless_the_appendix_is_asked_for(tmp_path: Path) -> None:
    """A cohort's sheets are what an adviser hands over: the two-to-three-page summary; the
    appendix (every programme, criterion by criterion) only when asked for."""
    catalogue = default_catalogue()
    member = Member("name:Helix", Profile(company_name="Helix Robotics", team_size=3))
    [short] = write_sheet_folder([member], catalogue, tmp_path / "short", "en", workers=1)
    [full] = write_sheet_folder(
        [member], catalogue, tmp_path / "full", "en", workers=1, with_appendix=True
    )
    short_pages, full_pages = PdfReader(short).pages, PdfReader(full).pages
    assert len(short_pages) <= 3 < len(full_pages)
    assert not any("Appendix" in (page.extract_text() or "") for page in short_pages)
    assert any("Appendix" in (page.extract_text() or "") for page in full_pages)


def test_a_sheet_worker_that_dies_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker process killed (out of memory, say) breaks the pool: said in one line, not a
    traceback of concurrent.futures."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from startup_match.report import cohort_pdf
    from startup_match.report.render import ReportError

    class DyingPool:
        def __init__(self, **_kwargs: object) -> None:
            pass

        def __enter__(self) -> DyingPool:
            return self

        def __exit__(self, *_args: object) -> None:
            pass

        def submit(self, *_args: object) -> Future[None]:
            future: Future[None] = Future()
            future.set_exception(BrokenProcessPool("A process in the pool was terminated"))
            return future

    monkeypatch.setattr(cohort_pdf, "ProcessPoolExecutor", DyingPool)
    members = [Member(f"name:{n}", Profile(company_name=f"S{n}")) for n in range(16)]
    with pytest.raises(ReportError, match="a worker writing the sheets stopped unexpectedly"):
        write_sheet_folder(members, default_catalogue(), tmp_path, "en", workers=2)
