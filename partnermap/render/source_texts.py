"""The sources' full texts for the page's reading pane, and where each quote sits in them.

Paragraphs are numbered as `partnermap paragraphs` numbers them. Each quote's place is found
here, with the validator's comparison (typographic marks and white space made plain), so the
page marks passages by offset and never searches the text itself.
"""

from __future__ import annotations

from typing import Any

from ..graph.analysis.coverage import every_evidence, source_coverage
from ..graph.model.records import Evidence, PartnerMap
from ..textread.paragraphs import quote_spans_in, split_paragraphs
from .ui_text import language_name

Span = tuple[int, int]


def source_texts(partner_map: PartnerMap) -> list[dict[str, Any]]:
    """Per source, in map.yaml order: its language, its paragraphs' texts and which are cited."""
    cited = {coverage.id: list(coverage.cited) for coverage in source_coverage(partner_map)}
    return [
        {"id": source.id, "language": source.language, "languageName": language_name(source.language),
         "paragraphs": [paragraph.text for paragraph in split_paragraphs(source.text)],
         "cited": cited[source.id]}
        for source in partner_map.sources.values()
    ]


def quote_spans(partner_map: PartnerMap) -> dict[Evidence, Span | None]:
    """For each quote of the map, its offsets [start, end) in its paragraph's text (as
    source_texts gives it), or None when the paragraph does not hold it (a map read without
    checking quotes)."""
    wanted: dict[tuple[str, int], list[Evidence]] = {}
    for item in every_evidence(partner_map):
        wanted.setdefault((item.source, item.para), []).append(item)
    spans: dict[Evidence, Span | None] = {}
    for source in partner_map.sources.values():
        for paragraph in split_paragraphs(source.text):
            items = wanted.pop((source.id, paragraph.number), [])
            if items:
                spans.update(zip(items, quote_spans_in(paragraph.text, [item.quote for item in items]), strict=True))
    for items in wanted.values():  # paragraphs the texts do not have
        spans.update(dict.fromkeys(items))
    return spans
