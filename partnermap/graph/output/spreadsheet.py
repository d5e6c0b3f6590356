"""Cells for spreadsheets: the one rule that keeps a text from being run as a formula.

Used by every CSV partnermap writes (`export` tables, `stats --format csv`).
"""

from __future__ import annotations

# Spreadsheets run a cell starting with one of these as a formula; a leading ' keeps it text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(text: str) -> str:
    """`text` with a leading ' when a spreadsheet would take it for a formula, else unchanged."""
    return "'" + text if text.startswith(FORMULA_START) else text
