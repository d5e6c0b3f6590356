"""Reading a text file safely: regular files only, at most MAX_FILE_BYTES, UTF-8 without NUL.

Every text partnermap reads from a user (map files, source documents, lexicons) goes through
here, so that a named pipe, a device, a huge or a binary file is refused the same way
everywhere. The reasons are returned, not worded: each caller says them in its own terms.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

# Reading a YAML file builds about 14 bytes of Python objects per byte and takes about 0.1 s per MB
# on one core (links.yaml of 50,000 actors, 63 MB: 6.4 s, 870 MB): larger files are refused unread.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_FILE_MB = MAX_FILE_BYTES // (1024 * 1024)
_BOM = b"\xef\xbb\xbf"


@dataclass
class Unreadable(Exception):
    """Why a file's text was not read.

    `code` is a problem code (partnermap/problem_codes.py): file-not-found, not-a-regular-file
    (`is_folder` tells a folder from a pipe or device), file-too-large (`size_mb`),
    file-unreadable (`reason`, the system's words), not-utf8 (`byte`, on line `line`) or
    nul-character (on line `line`).
    """

    code: str
    line: int | None = None
    is_folder: bool = False
    size_mb: float = 0.0
    reason: str = ""
    byte: int = 0


def read_file_bytes(path: Path) -> bytes:
    """The bytes of `path`; raises Unreadable when it is not a regular file of at most MAX_FILE_BYTES."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a folder, or a pipe or device that could block forever
            raise Unreadable("not-a-regular-file", is_folder=stat.S_ISDIR(status.st_mode))
        if status.st_size > MAX_FILE_BYTES:
            raise Unreadable("file-too-large", size_mb=status.st_size / 1024 / 1024)
        return path.read_bytes()
    except FileNotFoundError:
        raise Unreadable("file-not-found") from None
    except OSError as error:
        raise Unreadable("file-unreadable", reason=error.strerror or str(error)) from None


def decode_text(data: bytes) -> str:
    """`data` as text, without a leading byte order mark; raises Unreadable when not UTF-8 or holding NUL."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise Unreadable("not-utf8", line=line, byte=data[error.start]) from None
    if "\x00" in text:
        raise Unreadable("nul-character", line=text.count("\n", 0, text.index("\x00")) + 1)
    return text


def read_text_file(path: Path) -> str:
    """The text of the UTF-8 file `path`; raises Unreadable (see read_file_bytes and decode_text)."""
    return decode_text(read_file_bytes(path))
