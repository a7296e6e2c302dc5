"""The cycle collector is paused while a catalogue loads or a ranking is made, and left as it
was found; and through start-up."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from startup_match.core.engine.rank import rank
from startup_match.core.model.loader import default_catalogue, load_catalogue
from startup_match.core.model.profile import profile_from_dict
from startup_match.runtime.collector import collector_paused, pause_for_start_up, start_up_done


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        load_catalogue()
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_the_collector_comes_back_after_a_failure_and_still_frees_cycles() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a broken catalogue")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing is kept out of collection for good

    class Node:
        partner: object = None

    first, second = Node(), Node()
    first.partner, second.partner = second, first
    with collector_paused():
        cycle = [first, second]
    del first, second, cycle
    assert gc.collect() >= 2  # what was made while paused is still collected once unreachable


def test_what_someone_else_froze_stays_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            made = [[] for _ in range(10)]
        assert gc.get_freeze_count() == frozen
        assert made
    finally:
        gc.unfreeze()


def test_ranking_leaves_the_collector_on_and_nothing_frozen() -> None:
    ranking = rank(default_catalogue(), profile_from_dict({"company_name": "Helix Lab"}))
    assert ranking.results
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_start_up_pauses_the_collector_until_it_is_done() -> None:
    try:
        pause_for_start_up()
        assert not gc.isenabled()
        with collector_paused():  # a catalogue loading during start-up leaves it paused
            pass
        assert not gc.isenabled()
        start_up_done()
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_the_end_of_start_up_leaves_a_collector_someone_else_turned_off() -> None:
    gc.disable()
    try:
        pause_for_start_up()
        start_up_done()
        assert not gc.isenabled()
    finally:
        gc.enable()


COMMAND = """
import atexit, gc, sys
starts = [0]
gc.callbacks.append(lambda phase, info: phase == "start" and starts.__setitem__(0, starts[0] + 1))
atexit.register(lambda: print("collections", starts[0], "on", gc.isenabled()))
from startup_match.launch import main
main()
"""


def test_a_command_starts_without_collecting_and_runs_with_the_collector_on(
    tmp_path: Path,
) -> None:
    """`startup-match rank` once made about fifty collections while it imported the app."""
    profile = tmp_path / "p.json"
    profile.write_text('{"company_name": "Helix Lab"}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", COMMAND, "rank", str(profile), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    collections, count, on, enabled = done.stdout.splitlines()[-1].split()
    assert (collections, on, enabled) == ("collections", "on", "True")
    # The storm this guards against was about fifty; writing out a ranking of some seventy
    # programmes makes a few young-generation collections of short-lived objects, as it should.
    assert int(count) < 12, count
