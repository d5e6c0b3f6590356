"""`partnermap stats` as text: an aligned report for the terminal, or one CSV table.

The numbers come from partnermap.graph.analysis.metrics.map_stats; this module only lays them out.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..analysis.metrics import METRIC_NAMES, StatsReport, possessive
from ..model.vocab import Vocabulary
from .spreadsheet import formula_safe

NAMES_SHOWN = 8

_WORDS = {
    "en": {
        "colon": ": ", "selection": "Selection", "everything": "the whole map",
        "actor": ("actor", "actors"), "link": ("link", "links"),
        "source": ("source", "sources"), "pair": ("pair of partners", "pairs of partners"), "density": "density",
        "component": ("component", "components"), "community_count": ("community", "communities"),
        "exact": "exact", "sampled": "estimated from {n} actors (seed {seed})",
        "betweenness": "Betweenness", "by_kind": "Actors by kind", "by_level": "Actors by level",
        "by_type": "Links by type", "by_strength": "Links by strength", "by_source": "Links by source",
        "actor_table": "Actors", "component_list": "Components", "community_list": "Communities",
        "community": "{name} community", "brokers": "Brokers: whose removal most disconnects communities",
        "coverage": "Coverage: links of each type with an actor of each kind at one end",
        "gaps": "Gaps", "without_links": "Actors in no partnership", "kinds_without": "Kinds in no partnership",
        "types_without": "Link types no actor of a kind takes part in", "types_unused": "Link types no link has",
        "none": "none", "more": "and {n} more", "unspecified": "unspecified",
        "header": ("id", "kind", "degree", "weighted", "betweenness", "pagerank", "community"),
    },
    "fr": {
        "colon": " : ", "selection": "Sélection", "everything": "toute la carte",
        "actor": ("acteur", "acteurs"), "link": ("lien", "liens"),
        "source": ("source", "sources"), "pair": ("paire de partenaires", "paires de partenaires"),
        "density": "densité", "component": ("composante", "composantes"),
        "community_count": ("communauté", "communautés"),
        "exact": "exacte", "sampled": "estimée depuis {n} acteurs (graine {seed})",
        "betweenness": "Intermédiarité", "by_kind": "Acteurs par catégorie", "by_level": "Acteurs par niveau",
        "by_type": "Liens par type", "by_strength": "Liens par force", "by_source": "Liens par source",
        "actor_table": "Acteurs", "component_list": "Composantes", "community_list": "Communautés",
        "community": "communauté de {name}",
        "brokers": "Intermédiaires : ceux dont le retrait déconnecte le plus les communautés",
        "coverage": "Couverture : liens de chaque type dont un acteur de chaque catégorie est partie",
        "gaps": "Lacunes", "without_links": "Acteurs sans partenariat",
        "kinds_without": "Catégories sans partenariat",
        "types_without": "Types de lien auxquels aucun acteur d'une catégorie ne prend part",
        "types_unused": "Types de lien qu'aucun lien n'a", "none": "aucun", "more": "et {n} autres",
        "unspecified": "non précisé",
        "header": ("id", "catégorie", "degré", "pondéré", "intermédiarité", "pagerank", "communauté"),
    },
}


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


def stats_table(report: StatsReport, vocabulary: Vocabulary) -> str:
    """The whole report as aligned text, headings and labels in the report's language."""
    language = report["language"]
    words = _WORDS.get(language, _WORDS["en"])
    names = {row["id"]: row["name"] for row in report["actors"]}
    size = report["size"]
    method = report["betweenness"]
    lines = [
        report["title"],
        f"{words['selection']}{words['colon']}"
        f"{words['everything'] if report['selection'] == 'everything' else report['selection']}",
        f"{_count(size['actors'], words['actor'])}, {_count(size['links'], words['link'])}, "
        f"{_count(size['sources'], words['source'])}; {_count(size['partner_pairs'], words['pair'])}; "
        f"{words['density']} {report['density']}; {_count(len(report['components']), words['component'])}; "
        f"{_count(len(report['communities']), words['community_count'])}",
        f"{words['betweenness']}{words['colon']}" + (words["exact"] if method["method"] == "exact"
                                        else words["sampled"].format(n=method["samples"], seed=method["seed"])),
    ]
    labels = {
        "kind": vocabulary.kinds, "level": vocabulary.levels, "type": vocabulary.link_types,
        "strength": vocabulary.strengths,
    }
    for field, heading in (("kind", "by_kind"), ("level", "by_level"), ("type", "by_type"),
                           ("strength", "by_strength"), ("source", "by_source")):
        counts = report["counts"][field]
        lines += ["", words[heading]]
        shown = {value: _label(labels.get(field, {}), value, language, words) for value in counts}
        width = max((len(text) for text in shown.values()), default=0)
        lines += [f"  {shown[value]:<{width}}  {count:>5}" for value, count in counts.items()] or [f"  {words['none']}"]
    lines += ["", words["actor_table"], *_indent(_actor_table(report, words))]
    lines += ["", words["component_list"]] + ([] if report["components"] else [f"  {words['none']}"])
    for number, members in enumerate(report["components"], 1):
        lines.append(f"  {number}. {_count(len(members), words['actor'])}{words['colon']}{_listed(members, words)}")
    lines += ["", words["community_list"]] + ([] if report["communities"] else [f"  {words['none']}"])
    for community in report["communities"]:
        title = words["community"].format(name=possessive(names[community["named_after"]], language))
        size, members = _count(len(community["actors"]), words["actor"]), _listed(community["actors"], words)
        lines.append(f"  {community['community']}. {title} ({size}){words['colon']}{members}")
    lines += ["", words["brokers"]]
    if not report["brokers"]:
        lines.append(f"  {words['none']}")
    for broker in report["brokers"]:
        lines.append(f"  {broker['actor']} ({broker['name']}), {words['betweenness'].lower()} "
                     f"{broker['betweenness']:.6f}")
        lines += [f"    - {reason}" for reason in broker["reasons"]]
    lines += ["", words["coverage"], *_indent(_coverage_table(report, vocabulary, language, words))]
    lines += ["", words["gaps"], *_indent(_gap_lines(report, vocabulary, language, words))]
    return "\n".join(lines) + "\n"


def _actor_table(report: StatsReport, words: dict[str, Any]) -> list[str]:
    header = words["header"]
    rows = [(row["id"], row["kind"], str(row["degree"]), f"{row['weighted_degree']:g}",
             f"{row['betweenness']:.6f}", f"{row['pagerank']:.6f}", str(row["community"]))
            for row in report["actors"]]
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]

    def line(cells: tuple[str, ...]) -> str:
        left = [f"{cells[i]:<{widths[i]}}" for i in range(2)]
        right = [f"{cells[i]:>{widths[i]}}" for i in range(2, len(cells))]
        return "  ".join(left + right)

    return [line(header), *(line(row) for row in rows)]


def _coverage_table(report: StatsReport, vocabulary: Vocabulary, language: str,
                    words: dict[str, Any]) -> list[str]:
    """Rows: kinds; columns: link types, numbered, with a legend below (type names are long)."""
    matrix = report["coverage"]
    if not matrix:
        return [words["none"]]
    types = list(next(iter(matrix.values())))
    if not types:
        return [words["none"]]
    kinds = {kind: _label(vocabulary.kinds, kind, language, words) for kind in matrix}
    first = max(len(text) for text in kinds.values())
    width = max(len(str(len(types))), *(len(str(n)) for row in matrix.values() for n in row.values()))
    lines = [" " * first + "".join(f"  {number:>{width}}" for number in range(1, len(types) + 1))]
    for kind, row in matrix.items():
        lines.append(f"{kinds[kind]:<{first}}" + "".join(f"  {row[t]:>{width}}" for t in types))
    lines.append("")
    lines += [f"{number:>{len(str(len(types)))}} = {_label(vocabulary.link_types, t, language, words)}"
              for number, t in enumerate(types, 1)]
    return lines


def _gap_lines(report: StatsReport, vocabulary: Vocabulary, language: str, words: dict[str, Any]) -> list[str]:
    gaps = report["gaps"]
    kinds, types = vocabulary.kinds, vocabulary.link_types
    lines = [
        f"{words['without_links']}{words['colon']}{_listed(gaps['actors_without_links'], words) or words['none']}",
        f"{words['kinds_without']}{words['colon']}"
        + (", ".join(_label(kinds, k, language, words) for k in gaps["kinds_without_links"]) or words["none"]),
        f"{words['types_without']}{words['colon'].rstrip()}"
        + ("" if gaps["types_without_kind"] else f" {words['none']}"),
    ]
    for kind, missing in gaps["types_without_kind"].items():
        lines.append(f"  {_label(kinds, kind, language, words)}{words['colon']}"
                     + ", ".join(_label(types, t, language, words) for t in missing))
    lines.append(f"{words['types_unused']}{words['colon']}"
                 + (", ".join(_label(types, t, language, words) for t in gaps["types_unused"]) or words["none"]))
    return lines


def _label(terms: dict, value: str, language: str, words: dict[str, Any]) -> str:
    """A vocabulary term's label in `language`, or the value itself for sources and unknown terms."""
    term = terms.get(value)
    if term is not None:
        return term.label_in(language)
    return words["unspecified"] if value == "unspecified" else value


def _listed(ids: list[str], words: dict[str, Any]) -> str:
    shown = ", ".join(ids[:NAMES_SHOWN])
    if len(ids) > NAMES_SHOWN:
        shown += " " + words["more"].format(n=len(ids) - NAMES_SHOWN)
    return shown


def _count(number: int, nouns: tuple[str, str]) -> str:
    return f"{number} {nouns[0] if number == 1 else nouns[1]}"


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
    }[table]


def _coverage_types(report: StatsReport) -> list[str]:
    matrix = report["coverage"]
    return list(next(iter(matrix.values()))) if matrix else []
