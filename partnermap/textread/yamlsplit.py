"""Reading one large YAML list in two processes: about a third less wall time on two cores.

actors.yaml and links.yaml are lists of records written one after the other, each starting
with "- " at the beginning of a line. Such a file can be cut before one of those lines into
two parts that are YAML lists of their own: a forked child reads (and the caller may also
check) the second part while this process does the first, and the caller joins the two.

The cut is only trusted when it cannot change what the file means:
- both parts read as lists without any problem (a quoted text or a [flow list] cut in two
  leaves the first part unfinished, which is a problem; so does anything else unusual);
- the file starts with a "- " line, so it is a list at the left margin, and every "- " line
  at the left margin then starts one of its records;
- the file holds nothing that would make a part read differently alone: document markers
  (---, ...), directives (%), and line breaks other than LF and CRLF, which libyaml counts
  and this module would not.
Otherwise, or when no child process can be forked, the caller reads the whole file itself:
the result is the same, only slower (tests/graph/test_yamlsplit.py, bench/RESULTS.md).
"""

from __future__ import annotations

import os
import pickle
import re
import sys
from collections.abc import Callable
from typing import Any

# Below this many bytes a second process costs more than it saves (a map of 2,000 actors
# reads in under half a second).
MIN_BYTES = 3_000_000
# Share of the file the child reads. It also pickles its list, and this process unpickles it,
# so it gets the smaller part (measured on links.yaml of 50,000 actors: 6.3 s read whole,
# 4.2 s in two with this share, 4.8 s with 0.45).
CHILD_SHARE = 0.46
# The parts are searched as UTF-8 bytes, not as text: a file holding a few CJK or emoji
# characters is two or four times larger as text, and every search of it slower.
_RECORD_START = re.compile(rb"^-(?: |\r?$)", re.MULTILINE)
_FIRST_CONTENT = re.compile(rb"^(?![ \t\r]*(?:#|$))", re.MULTILINE)  # the first line neither blank nor comment
_DOCUMENT_SYNTAX = (b"---", b"...", b"%")
_OTHER_LINE_BREAKS = ("\x85".encode(), "\u2028".encode(), "\u2029".encode())

Read = Callable[[bytes, str, int], tuple[Any, list[Any]]]
"""read(part, display, first_line) -> (value, problems): how one part of the file is read.

`part` is UTF-8 without a byte order mark; `first_line` is the file's line number of its first
line. The value must be None when the part is not a list, and picklable: the child sends it.
"""


def read_in_two(data: bytes, display: str, read: Read) -> tuple[Any, Any] | None:
    """What `read` gives for each part of `data`, read in two processes.

    None when the caller must read the file whole: too small to be worth it, not a list of
    "- " records, no second core, or a part that does not read without problems.
    """
    if len(data) < MIN_BYTES or not _can_fork():
        return None
    cut = cut_point(data)
    if cut is None:
        return None
    return _read_halves(data, cut, display, read)


def cut_point(data: bytes) -> int | None:
    """Where the second part starts: the first record after the first part's share, if the file is a list."""
    first_content = _FIRST_CONTENT.search(data)
    if first_content is None or not _RECORD_START.match(data, first_content.start()):
        return None
    record = _RECORD_START.search(data, max(int(len(data) * (1 - CHILD_SHARE)), first_content.end()))
    return record.start() if record else None


def can_stand_alone(part: bytes) -> bool:
    """Whether `part` holds nothing that would read differently in the whole file (see the module)."""
    if part.startswith(_DOCUMENT_SYNTAX) or any(b"\n" + syntax in part for syntax in _DOCUMENT_SYNTAX):
        return False
    if any(line_break in part for line_break in _OTHER_LINE_BREAKS):
        return False
    return part.count(b"\r") == part.count(b"\r\n")  # a lone CR is a line break to libyaml


def _can_fork() -> bool:
    """Whether a child can be forked safely, and is worth it (a second core)."""
    return sys.platform == "linux" and running_threads() == 1 and len(os.sched_getaffinity(0)) >= 2


def running_threads() -> int:
    """The threads of this process, native ones included (those of a BLAS or of a browser driver).

    fork copies only the calling thread: a lock another thread holds stays locked forever in the
    child. threading.active_count() would miss the threads Python did not start itself.
    """
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:  # no /proc: assume the worst
        return 2


def _read_halves(data: bytes, cut: int, display: str, read: Read) -> tuple[Any, Any] | None:
    import multiprocessing  # only here: it takes a few hundredths of a second to import

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_read_second_part, args=(data, cut, display, read, sender), daemon=True)
    try:
        child.start()
    except OSError:  # no memory or process left for a child
        return None
    try:
        sender.close()  # only the child writes: the pipe then ends if the child dies
        part = data[:cut]
        if not can_stand_alone(part):
            return None
        first, first_problems = read(part, display, 1)
        if first_problems or first is None:
            return None
        try:
            second_read = pickle.loads(receiver.recv_bytes())
        except (EOFError, OSError):  # the child died (out of memory, killed)
            return None
        if second_read is None:
            return None
        second, second_problems = second_read
        if second_problems or second is None:
            return None
        return first, second
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()


def _read_second_part(data: bytes, cut: int, display: str, read: Read, sender: Any) -> None:
    """In the child: read the file from `cut` on and send the result back, or None if it cannot stand alone."""
    try:
        part = data[cut:]
        result = read(part, display, data.count(b"\n", 0, cut) + 1) if can_stand_alone(part) else None
        # pickle itself, not Connection.send: multiprocessing's own pickler is much slower on a large list.
        sender.send_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:  # the parent sees the pipe end and reads the whole file itself
        os._exit(1)
    finally:
        sender.close()
