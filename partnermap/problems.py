"""A problem found in a data file, located by file and line and named by a code of problem_codes.py."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from .problem_codes import PROBLEM_CODES

# Checking a file stops after this many problems: past it they repeat one mistake, and keeping
# them all cost gigabytes on a hostile 64 MB file of 16 million bad records (bench/RESULTS.md).
MAX_PROBLEMS_PER_FILE = 1000


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file; `line` is 1-based, None when the whole file is at fault.

    `code` names the kind of problem (partnermap/problem_codes.py): it stays when messages are reworded.
    """

    file: str
    line: int | None
    message: str
    code: str

    def __post_init__(self) -> None:
        if self.code not in PROBLEM_CODES:  # a programming error: every code is documented in docs/errors.md
            raise ValueError(f"problem code {self.code!r} is not in partnermap/problem_codes.py")

    def format(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "code": self.code, "message": self.message}


def shown(value: object, *, limit: int = 60) -> str:
    """A value from a data file as messages quote it: in quotes, cut after `limit` characters.

    Control and invisible characters (escape sequences, new lines, right-to-left overrides) are
    written as escapes, so that a hostile file cannot rewrite the terminal or forge a message line.
    """
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool) or value is None:
        text = {True: "true", False: "false", None: "null"}[value]
    else:
        text = str(value)
    if len(text) > limit:
        text = f"{text[:limit]}…"
    return repr(text)


def did_you_mean(found: str, accepted: Iterable[str], *, list_limit: int = 12) -> str:
    """Suffix for an 'unknown X' message: the closest accepted value, else the accepted values."""
    choices = sorted(set(accepted))
    close = difflib.get_close_matches(found, choices, n=1, cutoff=0.6)
    if close:
        return f"; did you mean '{close[0]}'?"
    if not choices:
        return ""
    shown = ", ".join(choices[:list_limit])
    more = ", …" if len(choices) > list_limit else ""
    return f"; accepted: {shown}{more}"


def stopped_checking(file: str, line: int | None, found: int) -> Problem:
    """The last problem reported for a file where `found` (at least MAX_PROBLEMS_PER_FILE) were found."""
    return Problem(file, line, f"{found:,} problems found in this file; checking stopped here: "
                   "fix these, then validate again", code="too-many-problems")
