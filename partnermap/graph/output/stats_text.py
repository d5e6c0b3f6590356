"""`partnermap stats` as text: an aligned report for the terminal, or one CSV table.

The numbers come from partnermap.graph.analysis.metrics.map_stats, the words from
partnermap.words; this module only lays them out. The text is a list of sections, each a
function of the report giving its lines; a blank line separates them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...words import Words, counted, forms, listed, possessive, report_words, word
from ..analysis.metrics import METRIC_NAMES, StatsReport
from ..model.vocab import Vocabulary
from .spreadsheet import formula_safe

NAMES_SHOWN = 8


def stats_csv(report: StatsReport, table: str = "actors") -> str:
    """One table of the report (see StatsReport.to_rows) as CSV, with a header row."""
    rows = report.to_rows(table)
    buffer = io.StringIO()
    columns = list(rows[0]) if rows else _empty_columns(report, table)
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({key: _safe_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def _safe_cell(value: Any) -> Any:
    """A text a spreadsheet would run as a formula (=, +, -, @…) gets a leading ', as in `export` CSV."""
    return formula_safe(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class _Layout:
    """What every section needs: the report, the map's vocabulary and the words of its language."""

    report: StatsReport
    vocabulary: Vocabulary
    words: Words

    def __call__(self, key: str) -> str:
        return word(self.words, key)

    def count(self, number: int, key: str) -> str:
        return counted(number, self.words, key)

    def label(self, terms: dict[str, Any], value: str) -> str:
        """A vocabulary term's label in the report's language, or the value itself for sources
        and unknown terms."""
        term = terms.get(value)
        if term is not None:
            return str(term.label_in(self.report.language))
        return self("unspecified") if value == "unspecified" else value

    def listed(self, ids: list[str]) -> str:
        return listed(ids, self.words, NAMES_SHOWN)


Section = Callable[[_Layout], list[str]]


def stats_table(report: StatsReport, vocabulary: Vocabulary) -> str:
    """The whole report as aligned text, headings and labels in the report's language."""
    layout = _Layout(report, vocabulary, report_words(report.language))
    blocks = ["\n".join(lines) for lines in (section(layout) for section in SECTIONS) if lines]
    return "\n\n".join(blocks) + "\n"


def _summary(layout: _Layout) -> list[str]:
    report, say = layout.report, layout
    size, method = report.size, report.betweenness
    return [
        report.title,
        f"{say('selection')}{say('colon')}"
        f"{say('everything') if report.selection == 'everything' else report.selection}",
        f"{say.count(size['actors'], 'actor')}, {say.count(size['links'], 'link')}, "
        f"{say.count(size['sources'], 'source')}; {say.count(size['partner_pairs'], 'pair')}; "
        f"{say('density')} {report.density}; {say.count(len(report.components), 'component')}; "
        f"{say.count(len(report.communities), 'community_count')}",
        f"{say('betweenness')}{say('colon')}" + (say("exact") if method["method"] == "exact"
                                                  else say("sampled").format(n=method["samples"], seed=method["seed"])),
    ]


def _counts_by(field: str, heading: str) -> Section:
    """The section counting actors or links by `field` (kind, level, type, strength, source)."""

    def section(layout: _Layout) -> list[str]:
        vocabulary = layout.vocabulary
        terms = {"kind": vocabulary.kinds, "level": vocabulary.levels, "type": vocabulary.link_types,
                 "strength": vocabulary.strengths}.get(field, {})
        counts = layout.report.counts[field]
        shown = {value: layout.label(terms, value) for value in counts}
        width = max((len(text) for text in shown.values()), default=0)
        rows = [f"  {shown[value]:<{width}}  {count:>5}" for value, count in counts.items()]
        return [layout(heading), *(rows or [f"  {layout('none')}"])]

    return section


def _actors(layout: _Layout) -> list[str]:
    header = forms(layout.words, "header")
    rows = [(row["id"], row["kind"], str(row["degree"]), f"{row['weighted_degree']:g}",
             f"{row['betweenness']:.6f}", f"{row['pagerank']:.6f}", str(row["community"]))
            for row in layout.report.actors]
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]

    def line(cells: tuple[str, ...]) -> str:
        left = [f"{cells[i]:<{widths[i]}}" for i in range(2)]
        right = [f"{cells[i]:>{widths[i]}}" for i in range(2, len(cells))]
        return "  ".join(left + right)

    return [layout("actor_table"), *_indent([line(header), *(line(row) for row in rows)])]


def _components(layout: _Layout) -> list[str]:
    components = layout.report.components
    lines = [layout("component_list")] + ([] if components else [f"  {layout('none')}"])
    for number, members in enumerate(components, 1):
        lines.append(f"  {number}. {layout.count(len(members), 'actor')}{layout('colon')}{layout.listed(members)}")
    return lines


def _communities(layout: _Layout) -> list[str]:
    report = layout.report
    names = {row["id"]: row["name"] for row in report.actors}
    lines = [layout("community_list")] + ([] if report.communities else [f"  {layout('none')}"])
    for community in report.communities:
        title = layout("community").format(name=possessive(names[community["named_after"]], report.language))
        size = layout.count(len(community["actors"]), "actor")
        lines.append(f"  {community['community']}. {title} ({size}){layout('colon')}"
                     f"{layout.listed(community['actors'])}")
    return lines


def _brokers(layout: _Layout) -> list[str]:
    lines = [layout("brokers")] + ([] if layout.report.brokers else [f"  {layout('none')}"])
    for broker in layout.report.brokers:
        lines.append(f"  {broker['actor']} ({broker['name']}), {layout('betweenness').lower()} "
                     f"{broker['betweenness']:.6f}")
        lines += [f"    - {reason}" for reason in broker["reasons"]]
    return lines


def _coverage(layout: _Layout) -> list[str]:
    """Rows: kinds; columns: link types, numbered, with a legend below (type names are long)."""
    matrix = layout.report.coverage
    types = list(next(iter(matrix.values()))) if matrix else []
    if not types:
        return [layout("coverage"), f"  {layout('none')}"]
    kinds = {kind: layout.label(layout.vocabulary.kinds, kind) for kind in matrix}
    first = max(len(text) for text in kinds.values())
    width = max(len(str(len(types))), *(len(str(n)) for row in matrix.values() for n in row.values()))
    lines = [" " * first + "".join(f"  {number:>{width}}" for number in range(1, len(types) + 1))]
    for kind, row in matrix.items():
        lines.append(f"{kinds[kind]:<{first}}" + "".join(f"  {row[t]:>{width}}" for t in types))
    lines.append("")
    lines += [f"{number:>{len(str(len(types)))}} = {layout.label(layout.vocabulary.link_types, t)}"
              for number, t in enumerate(types, 1)]
    return [layout("coverage"), *_indent(lines)]


def _gaps(layout: _Layout) -> list[str]:
    gaps, colon, none = layout.report.gaps, layout("colon"), layout("none")
    kinds, types = layout.vocabulary.kinds, layout.vocabulary.link_types
    lines = [
        f"{layout('without_links')}{colon}{layout.listed(gaps['actors_without_links']) or none}",
        f"{layout('kinds_without')}{colon}"
        + (", ".join(layout.label(kinds, k) for k in gaps["kinds_without_links"]) or none),
        f"{layout('types_without')}{colon.rstrip()}" + ("" if gaps["types_without_kind"] else f" {none}"),
    ]
    for kind, missing in gaps["types_without_kind"].items():
        lines.append(f"  {layout.label(kinds, kind)}{colon}" + ", ".join(layout.label(types, t) for t in missing))
    lines.append(f"{layout('types_unused')}{colon}"
                 + (", ".join(layout.label(types, t) for t in gaps["types_unused"]) or none))
    return [layout("gaps"), *_indent(lines)]



def _sources(layout: _Layout) -> list[str]:
    """Per source: how many of its paragraphs the map cites, then each uncited paragraph's
    number and first words, for a curator looking for what the map left out."""
    lines = [layout("sources_cited")]
    for source in layout.report.sources:
        cited = layout("cited_of").format(cited=source.cited_paragraphs, total=source.paragraphs)
        if not source.uncited:
            lines.append(f"  {source.id}{layout('colon')}{cited}")
            continue
        lines.append(f"  {source.id}{layout('colon')}{cited}; {layout('not_cited')}{layout('colon').rstrip()}")
        width = len(str(source.uncited[-1]))
        lines += [f"    {number:>{width}}  {opening}" for number, opening in zip(source.uncited, source.openings,
                                                                                strict=True)]
    return lines if layout.report.sources else [*lines, f"  {layout('none')}"]


# The report's sections, in the order printed: a new section of StatsReport gets its entry here.
def _over_time(layout: _Layout) -> list[str]:
    """What each document adds and restates, then what several documents state; only for a map
    of several sources (graph/analysis/timeline.py)."""
    timeline = layout.report.timeline
    if len(timeline["sources"]) < 2:
        return []
    lines = [layout("over_time")]
    width = max(len(d["source"]) for d in timeline["documents"])
    for index, share in enumerate(timeline["documents"]):
        links, actors = share["links"], share["actors"]
        lines.append(f"  {share['date']}  {share['source']:<{width}}  {layout('adds')} "
                     f"{layout.count(len(links['adds']), 'link')}, {layout.count(len(actors['adds']), 'actor')}; "
                     f"{layout('restates')} {layout.count(len(links['restates']), 'link')}, "
                     f"{layout.count(len(actors['restates']), 'actor')}")
        if index and links["adds"]:
            lines.append(f"      + {layout.listed(links['adds'])}")
    for key, heading in (("links", "several_links"), ("actors", "several_actors")):
        several = sorted((s for s in timeline[key] if s["documents"] > 1), key=lambda s: (-s["documents"], s["id"]))
        lines += ["", f"{layout(heading)} ({len(several)})"]
        lines += [f"  {s['id']}  {layout.count(s['documents'], 'document')}, "
                  f"{layout('since').format(date=s['first_date'])} ({', '.join(s['sources'])})" for s in several]
        if not several:
            lines.append(f"  {layout('none')}")
    return lines


SECTIONS: tuple[Section, ...] = (
    _summary,
    _counts_by("kind", "by_kind"), _counts_by("level", "by_level"), _counts_by("type", "by_type"),
    _counts_by("strength", "by_strength"), _counts_by("source", "by_source"),
    _actors, _components, _communities, _brokers, _coverage, _gaps, _sources, _over_time,
)


def _indent(lines: list[str]) -> list[str]:
    return [f"  {line}" if line else "" for line in lines]


def _empty_columns(report: StatsReport, table: str) -> list[str]:
    """The header of a table that has no rows, so an empty CSV still names its columns."""
    return {
        "actors": ["id", "name", "kind", "level", *METRIC_NAMES],
        "counts": ["field", "value", "count"],
        "communities": ["community", "named_after", "size", "actors"],
        "brokers": ["actor", "name", "only_link_pairs", "cuts_off", "betweenness", "reasons"],
        "coverage": ["kind", *_coverage_types(report)],
        "gaps": ["gap", "kind", "value"],
        "link_dates": ["id", "documents", "first_date", "sources"],
        "actor_dates": ["id", "documents", "first_date", "sources"],
        "documents": ["source", "date", "adds_links", "restates_links", "adds_actors", "restates_actors"],
    }[table]


def _coverage_types(report: StatsReport) -> list[str]:
    matrix = report.coverage
    return list(next(iter(matrix.values()))) if matrix else []
