"""Reading a file the user names: regular files only, bounded in size, with one clear message."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .printable import printable

MIB = 1024 * 1024
MAX_SESSION_FILE = 16 * MIB  # a session export with its ranking is well under 1 MiB


class UserFileError(ValueError):
    """A file that cannot be read as asked; the message names the path and the problem."""


def regular_file_size(path: Path, max_bytes: int, what: str, too_large: str = "") -> int:
    """The size of `path`, a regular file of at most `max_bytes`; a missing file, a folder, a
    FIFO or device (reading one would hang or never end) and a larger file are refused, each
    naming `what` was expected (`too_large`, when a larger one is called otherwise)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserFileError(f"{path}: no such file") from None
    except OSError as error:
        raise UserFileError(f"{path}: cannot read ({error.strerror or error})") from None
    if stat.S_ISDIR(info.st_mode):
        raise UserFileError(f"{path}: is a folder, not a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise UserFileError(f"{path}: is not a regular file (a pipe, socket or device)")
    if info.st_size > max_bytes:
        limit = max_bytes // MIB or 1
        raise UserFileError(f"{path}: larger than {limit} MiB; not a {too_large or what}")
    return info.st_size


def read_text_file(path: Path, max_bytes: int, what: str = "file") -> str:
    """The file's UTF-8 text. A FIFO, device or folder is refused by its kind before it is
    opened (reading one would hang or never end), and so is a file over `max_bytes`."""
    size = regular_file_size(path, max_bytes, what)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since stat(), open() must not hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            # Sized by stat(), not by the cap: a buffer of `max_bytes` for every small file
            # was most of the time reading 10,000 catalogue files took.
            data = handle.read(size + 1)
            if len(data) > size:  # it grew since stat(): read on, up to the cap
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as error:
        raise UserFileError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise UserFileError(f"{path}: larger than {max_bytes // MIB or 1} MiB; not a {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserFileError(f"{path}: not UTF-8 text (byte {error.start})") from None


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open a folder; the rename itself is still atomic
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def replace_atomically(temp: Path, output: Path) -> None:
    """Make the finished `temp` (in the same folder) the file at `output`: flushed to disk
    first, so a crash leaves either the old file or the new one, never a part."""
    with temp.open("rb") as handle:
        os.fsync(handle.fileno())
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(temp, 0o666 & ~mask)  # mkstemp makes 0600; exports are for sharing
    os.replace(temp, output)
    _fsync_folder(output.parent)


@contextmanager
def atomic_output(output: Path) -> Iterator[Path]:
    """A temporary path beside `output` to write to; when the block ends without an error it
    becomes `output` (flushed, then renamed), otherwise it is removed and `output` is untouched.
    Problems raise UserFileError naming the path."""
    output = output.expanduser()
    if output.is_dir():
        raise UserFileError(f"{output}: is a folder; give a file name")
    if not output.parent.is_dir():
        raise UserFileError(f"{output.parent}: no such folder")
    import tempfile  # only to write: reading a profile or the catalogue needs none

    try:
        handle, name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    except OSError as error:
        raise UserFileError(f"{output}: cannot write here ({error.strerror})") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        replace_atomically(temp, output)
    except OSError as error:
        raise UserFileError(f"{output}: cannot write ({error.strerror or error})") from None
    finally:
        temp.unlink(missing_ok=True)


def write_atomically(output: Path, data: bytes) -> None:
    """Write `data` to `output` whole or not at all (see atomic_output)."""
    with atomic_output(output) as temp:
        temp.write_bytes(data)


class RepeatedKeyError(ValueError):
    """A JSON object gives the same key twice; the message names it."""


def _unique_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise RepeatedKeyError(f"{printable(key)}: appears twice; give each field once")
        found[key] = value
    return found


def loads_unique(text: str) -> object:
    """JSON where a key given twice is an error, not silently the last one kept."""
    return json.loads(text, object_pairs_hook=_unique_pairs)
