"""Pausing Python's cycle collector while a burst of objects is made that all live on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Loading a catalogue or ranking thousands of programmes makes objects faster than the
    collector's thresholds allow for, and they live on (the catalogue for good, a ranking until
    the next one). The collector would walk them again and again, and the whole heap now and
    then (a third of a large ranking's time, with pauses of half a second), to free nothing.
    So it waits, and what was made is then filed with the oldest objects at once (freeze, then
    unfreeze): a full collection still frees any of it that becomes cyclic garbage, and
    reference counting frees the rest as usual."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _file_with_the_oldest()
        if collecting:
            gc.enable()


def _file_with_the_oldest() -> None:
    """Move every tracked object to the oldest generation at once (freeze, then unfreeze)."""
    if gc.get_freeze_count() == 0:  # never thaw what someone else froze on purpose
        gc.freeze()
        gc.unfreeze()


_paused_for_start_up = False


def pause_for_start_up() -> None:
    """Start-up (importing the app, defining its models, building the window) makes tens of
    thousands of objects that live as long as the process, and the collector walked them
    about ninety times before the first paint, freeing nothing: 17 ms of the window's start,
    8 ms of `rank`'s. So it waits until `start_up_done()`."""
    global _paused_for_start_up
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = True


def start_up_done() -> None:
    """Collect again, once the first window has painted or a command's modules are imported;
    what start-up made is filed with the oldest objects, as after `collector_paused()`. Does
    nothing unless `pause_for_start_up()` paused the collector."""
    global _paused_for_start_up
    if not _paused_for_start_up:
        return
    _paused_for_start_up = False
    _file_with_the_oldest()
    gc.enable()
