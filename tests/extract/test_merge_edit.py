"""Adding lines to a map's YAML files without writing any existing line again (extract/merge_edit.py)."""

from __future__ import annotations

import pytest
import yaml

from partnermap.extract.merge_edit import CannotEdit, LineEdits, RecordEdits, add_source, record_lines

LINKS = (
    "# Partnerships.\r\n"
    "- id: a-b\r\n"
    "  from: a\r\n"
    "  to: b\r\n"
    "  evidence:\r\n"
    "      - {source: s1, para: 2, quote: \"first\"}\r\n"
    "  needs_review: false\r\n"
    "\r\n"
    "# --- section ---\r\n"
    "- id: b-c\r\n"
    "  from: b\r\n"
    "  to: c\r\n"
    "  evidence:\r\n"
    "      - {source: s1, para: 3, quote: 'second'}\r\n"
)


def test_evidence_and_review_marks_go_in_with_the_files_own_indent_and_line_endings() -> None:
    edits = RecordEdits(LINKS.encode(), "links.yaml")
    edits.add_evidence("a-b", [{"source": "s2", "para": 1, "quote": "again"}])
    edits.mark_for_review("a-b")
    edits.add_evidence("b-c", [{"source": "s2", "para": 4, "quote": "once more"}])
    edits.mark_for_review("b-c")
    result = edits.to_bytes().decode()
    assert result == LINKS.replace(
        "      - {source: s1, para: 2, quote: \"first\"}\r\n  needs_review: false\r\n",
        "      - {source: s1, para: 2, quote: \"first\"}\r\n      - {source: s2, para: 1, quote: again}\r\n"
        "  needs_review: true\r\n").replace(
        "      - {source: s1, para: 3, quote: 'second'}\r\n",
        "      - {source: s1, para: 3, quote: 'second'}\r\n      - {source: s2, para: 4, quote: once more}\r\n"
        "  needs_review: true\r\n")
    assert [r["needs_review"] for r in yaml.safe_load(result)] == [True, True]


def test_records_appended_to_an_empty_list_replace_its_brackets() -> None:
    edits = LineEdits(b"# No actors yet.\n[]\n", "actors.yaml")
    edits.append(record_lines({"id": "a", "name": {"en": "A"}, "evidence": [{"source": "s", "para": 1,
                                                                              "quote": "A"}]}))
    assert edits.to_bytes().decode() == (
        "# No actors yet.\n\n- id: a\n  name: {en: A}\n  evidence:\n    - {source: s, para: 1, quote: A}\n")


def test_a_source_is_inserted_after_the_last_one_before_the_next_key_and_its_comment() -> None:
    text = ("title: {en: T}\nsources:\n  - id: s1\n    path: sources/a.txt\n    date: 2006-09-15\n\n"
            "# The tour.\ntour: []\n")
    result = add_source(text.encode(), "map.yaml", {"id": "s2", "path": "sources/b.txt", "title": "B: a title",
                                                    "date": "2013-10-03", "language": "fr"}).decode()
    assert result == text.replace("    date: 2006-09-15\n", "    date: 2006-09-15\n  - id: s2\n    path: "
                                  "sources/b.txt\n    title: 'B: a title'\n    date: 2013-10-03\n    language: fr\n")


def test_evidence_written_as_one_flow_list_is_refused_with_its_line() -> None:
    edits = RecordEdits(b"- id: a-b\n  from: a\n  to: b\n  evidence: [{source: s, para: 1, quote: q}]\n",
                        "links.yaml")
    with pytest.raises(CannotEdit, match=r"links.yaml:4: the evidence of 'a-b' is not a list of one item per line"):
        edits.add_evidence("a-b", [{"source": "s", "para": 2, "quote": "r"}])
