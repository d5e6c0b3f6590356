"""XmlDocument writes what ElementTree writes (escaping included), without building a tree."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from partnermap.graph.output.export.xmltext import XmlDocument

# Characters XML escapes, white space it would fold, and text that is not markup at all.
_TRICKY = st.text(alphabet=st.sampled_from(list("&<>\"'\r\n\t ]x\x85\u2028é😀")), max_size=30)


def with_element_tree(value: str, text: str) -> bytes:
    root = ET.Element("graph", {"title": value})
    parent = ET.SubElement(root, "node", {"id": value})
    ET.SubElement(parent, "data", {"key": value}).text = text
    ET.SubElement(parent, "viz:size", {"value": "1.0"})
    ET.SubElement(root, "edges")
    ET.indent(root, space="  ")
    written = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + written.encode() + b"\n"


def with_xml_document(value: str, text: str) -> bytes:
    document = XmlDocument("graph", {"title": value})
    document.start("node", {"id": value})
    document.element("data", {"key": value}, text=text)
    document.element("viz:size", {"value": "1.0"})
    document.end()
    document.start("edges")  # no child: written as an empty element
    return document.to_bytes()


@settings(max_examples=300)
@given(_TRICKY | st.text(max_size=30), _TRICKY)
def test_the_same_bytes_as_element_tree(value: str, text: str) -> None:
    assert with_xml_document(value, text) == with_element_tree(value, text)


def test_markup_in_values_stays_text() -> None:
    document = XmlDocument("graph", {"title": '"><script>alert(1)</script>'})
    document.element("data", text="</data><evil/>\r\n")
    written = document.to_bytes()
    assert b"<script>" not in written and b"<evil/>" not in written
    root = ET.fromstring(written)
    assert root.get("title") == '"><script>alert(1)</script>'
    assert root.find("data").text == "</data><evil/>\r\n"
