"""Reading a file the user names: regular files only, bounded in size, with one clear message."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MIB = 1024 * 1024


class UserFileError(ValueError):
    """A file that cannot be read as asked; the message names the path and the problem."""


def read_text_file(path: Path, max_bytes: int, what: str = "file") -> str:
    """The file's UTF-8 text. A FIFO, device or folder is refused by its kind before it is
    opened (reading one would hang or never end), and so is a file over `max_bytes`."""
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
        raise UserFileError(f"{path}: larger than {max_bytes // MIB or 1} MiB; not a {what}")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since stat(), open() must not hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise UserFileError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise UserFileError(f"{path}: larger than {max_bytes // MIB or 1} MiB; not a {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UserFileError(f"{path}: not UTF-8 text (byte {error.start})") from None
