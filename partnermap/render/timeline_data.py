"""The page's timeline: the dates of the map's sources as stops, and who states each link since when.

Computed by graph/analysis/timeline.py, so that the page shows at a date exactly what
`partnermap diff --at` and `stats` count. Read by assets/map/timeline.js. A map whose sources
share one date has no timeline (None).
"""

from __future__ import annotations

from typing import Any

from ..graph.analysis.timeline import source_order, timeline
from ..graph.model.records import PartnerMap

# The control's words, per language; a language without its own reads English.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "label": "Map as it stood on",
        "documents_to": "documents up to this date",
        "new_links": "{n} new link(s) at this date, drawn thick",
        "stated": "stated", "restated": "restated",
        "stated_by": "Stated by these documents, in date order",
        "keys": "Shift+← → or the slider: step through the documents",
    },
    "fr": {
        "label": "La carte au",
        "documents_to": "documents jusqu'à cette date",
        "new_links": "{n} lien(s) nouveau(x) à cette date, en trait épais",
        "stated": "énoncé", "restated": "repris",
        "stated_by": "Énoncé par ces documents, dans l'ordre des dates",
        "keys": "Maj+← → ou le curseur : parcourir les documents",
    },
}


def timeline_data(partner_map: PartnerMap) -> dict[str, Any] | None:
    """{stops, links, actors, words}, or None for a map of fewer than two source dates.

    `stops`: one per distinct date, oldest first, with the sources of that date; `links`: each
    link's sources in date order (the first states it, the others restate it); `actors`: each
    actor's first date.
    """
    order = source_order(partner_map)
    dates = sorted({source.date for source in order})
    if len(dates) < 2:
        return None
    over_time = timeline(partner_map)
    return {
        "stops": [{"date": date, "sources": [s.id for s in order if s.date == date]} for date in dates],
        "links": {link_id: list(stated.sources) for link_id, stated in over_time.links.items()},
        "actors": {actor_id: stated.first_date for actor_id, stated in over_time.actors.items()},
        "words": {code: WORDS.get(code, WORDS["en"]) for code in partner_map.languages},
    }
