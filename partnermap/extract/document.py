"""Reading the document to extract from, and guessing its title and date."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import PartnermapError
from .tokens import fold

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
"""The months' names, in lower case and calendar order (detect, named and cues read them too)."""
_MONTH_NAMES = (FRENCH_MONTHS, ENGLISH_MONTHS)
_MONTHS = {fold(name): number for names in _MONTH_NAMES for number, name in enumerate(names, 1)}
_MONTH = "|".join(sorted({n for names in _MONTH_NAMES for n in names} | set(_MONTHS), key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH})\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


class DocumentError(PartnermapError):
    """The document cannot be read as text."""


def read_document(path: Path) -> str:
    """The text of the UTF-8 file `path` (a byte-order mark is dropped); DocumentError otherwise."""
    if not path.exists():
        raise DocumentError(f"{path}: file not found")
    if not path.is_file():
        raise DocumentError(f"{path}: not a file; give the path of a UTF-8 text document")
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{path}: {size // (1024 * 1024)} MB is more than the "
                            f"{MAX_DOCUMENT_BYTES // (1024 * 1024)} MB extract reads; split the document")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise DocumentError(f"{path}:{line}: not UTF-8 text (byte 0x{data[error.start]:02x}); "
                            "save the document as UTF-8 plain text") from None
    if "\x00" in text:
        raise DocumentError(f"{path}: holds NUL characters; this is not a text file (convert it to .txt)")
    if not text.strip():
        raise DocumentError(f"{path}: the document is empty")
    return text


def guess_date(text: str) -> str | None:
    """The first date written in the text, as YYYY-MM-DD ('15 septembre 2006', 'May 4, 2019'…)."""
    found = []
    for pattern, order in ((_DAY_MONTH_YEAR, (0, 1, 2)), (_MONTH_DAY_YEAR, (1, 0, 2)), (_ISO, None)):
        for match in pattern.finditer(text):
            if order is None:
                year, month, day = (int(g) for g in match.groups())
            else:
                day_text, month_text, year_text = (match.group(i + 1) for i in order)
                day, month, year = int(day_text), _MONTHS[fold(month_text)], int(year_text)
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    return min(found)[1] if found else None


def guess_title(first_paragraph: str, *, limit: int = 150) -> str:
    """A title from the document's first paragraph: white space collapsed, markup stars dropped."""
    title = " ".join(first_paragraph.replace("*", " ").split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return f"{cut}…"
