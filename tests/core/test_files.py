"""Reading a named file: its whole text, and a clear refusal past the size cap."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from startup_match.core.model.files import UserFileError, read_text_file


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 70_000])
def test_the_whole_text_is_read(tmp_path: Path, size: int) -> None:
    path = tmp_path / "profile.json"
    text = ("香港 start-up " * (size // 10 + 1))[:size]
    path.write_text(text, encoding="utf-8")
    assert read_text_file(path, 1024 * 1024) == text


def test_a_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_bytes(b"x" * 1001)
    refusal = re.escape("big.toml: larger than 1 MiB; not a catalogue file")
    with pytest.raises(UserFileError, match=refusal):
        read_text_file(path, 1000, "catalogue file")
    path.write_bytes(b"x" * 1000)
    assert read_text_file(path, 1000) == "x" * 1000


class _Grown(type(Path())):  # type: ignore[misc]
    """A path whose file grows after it was measured: stat() reports it smaller than it is."""

    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        real = super().stat(follow_symlinks=follow_symlinks)
        fields = list(real)
        fields[6] = 10  # st_size
        return os.stat_result(fields)


def test_a_file_that_grew_after_it_was_measured_is_read_whole_or_refused(tmp_path: Path) -> None:
    path = _Grown(tmp_path / "notes.txt")
    path.write_text("y" * 5000, encoding="utf-8")
    assert read_text_file(path, 8000) == "y" * 5000
    with pytest.raises(UserFileError, match="larger than"):
        read_text_file(path, 4000)
