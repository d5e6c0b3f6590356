"""Exceptions raised by the partnermap library; cli.py turns them into messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .problems import Problem


class PartnermapError(Exception):
    """Base class of every error partnermap reports to its user."""


class InvalidMapError(PartnermapError):
    """The map's files hold problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0].format() if problems else "no details"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}")


class OutputError(PartnermapError):
    """An output file could not be written."""


class UsageError(PartnermapError):
    """Options that cannot work together, or that name something unknown."""
