"""Pausing Python's cycle collector while a burst of objects is made that all live on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading a catalogue or ranking thousands of programmes makes objects faster than the
    collector's thresholds allow for; it would walk the whole catalogue again and again (a third
    of the time) to free nothing. Reference counting still frees what dies."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was made lives on: file it with the oldest objects at once (freeze, then
        # unfreeze), rather than have the next collection walk all of it as young ones.
        gc.freeze()
        gc.unfreeze()
        if collecting:
            gc.enable()
