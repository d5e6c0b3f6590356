"""Small helpers shared by the XML writers (GEXF, GraphML)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .flatten import Value

# Characters XML 1.0 forbids even when escaped; YAML's "\x01" escapes could bring them in. Listed as
# they are, not as the complement of what XML allows ([^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-
# \U0010ffff], the same characters): that class took 20 to 60 ms to compile, at every start of the CLI.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_value(value: Value) -> str:
    """A flat value as XML text: booleans `true`/`false`, numbers in their shortest exact form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _NOT_XML.sub("\ufffd", str(value))


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """`#RRGGBB` as three integers."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


class XmlDocument:
    """Indented XML written line by line: the bytes ElementTree.indent() and tostring() give.

    An ElementTree of the elements cost 0.8 GB and 7 s more than these lines for the GEXF of
    50,000 actors (bench/RESULTS.md). Tags and attribute names are partnermap's own; every
    attribute value and text is escaped here.
    """

    def __init__(self, tag: str, attributes: dict[str, str]):
        self._lines: list[str] = []
        self._open: list[tuple[str, int]] = []  # the elements being written: tag, index of their first line
        self.start(tag, attributes)

    def start(self, tag: str, attributes: dict[str, str] | None = None) -> None:
        """Open an element whose children follow, until end()."""
        self._lines.append(f"{_INDENT * len(self._open)}<{tag}{_attributes(attributes)}>")
        self._open.append((tag, len(self._lines) - 1))

    def end(self) -> None:
        tag, first = self._open.pop()
        if first == len(self._lines) - 1:  # no child after all: written as an empty element
            self._lines[first] = self._lines[first][:-1] + " />"
        else:
            self._lines.append(f"{_INDENT * len(self._open)}</{tag}>")

    def element(self, tag: str, attributes: dict[str, str] | None = None, text: str = "") -> None:
        """An element without children, holding `text` if any."""
        indent, written = _INDENT * len(self._open), _attributes(attributes)
        if text:
            self._lines.append(f"{indent}<{tag}{written}>{_escape_text(text)}</{tag}>")
        else:
            self._lines.append(f"{indent}<{tag}{written} />")

    def to_bytes(self) -> bytes:
        while self._open:
            self.end()
        return b'<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(self._lines).encode() + b"\n"


_INDENT = "  "
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}
# In attributes, ElementTree also writes quotes, line feeds and tabs as references (XML would
# otherwise read line feeds and tabs back as spaces); a carriage return is kept as one in both.
_ATTRIBUTE_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\n": "&#10;", "\t": "&#09;"}
_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\r\n\t]')


def _escape_text(text: str) -> str:
    return _TEXT_SPECIAL.sub(lambda found: _TEXT_ESCAPES[found[0]], text)


def _attributes(attributes: dict[str, str] | None) -> str:
    if not attributes:
        return ""
    return "".join(f' {name}="{_ATTRIBUTE_SPECIAL.sub(_attribute_escape, value)}"'
                   for name, value in attributes.items())


def _attribute_escape(found: re.Match[str]) -> str:
    return _ATTRIBUTE_ESCAPES[found[0]]
