"""The cycle collector is paused while a catalogue loads or a ranking is made, and left as it
was found."""

from __future__ import annotations

import gc

import pytest

from startup_match.core.collector import collector_paused
from startup_match.core.engine import rank
from startup_match.core.loader import default_catalogue, load_catalogue
from startup_match.core.profile import profile_from_dict


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
