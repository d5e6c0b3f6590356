"""Small helpers shared by the XML writers (GEXF, GraphML)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .flatten import Value

# Characters XML 1.0 forbids even when escaped; YAML's "\x01" escapes could bring them in.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


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


def serialize(root: ET.Element) -> bytes:
    """Indented UTF-8 XML with a declaration, the same bytes for the same tree."""
    ET.indent(root, space="  ")
    # ElementTree leaves a carriage return raw in element text, where every XML parser turns it into a
    # line feed; written as a character reference it reads back as it was (attributes are escaped already).
    text = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + text.encode() + b"\n"
