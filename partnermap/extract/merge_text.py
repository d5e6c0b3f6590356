"""The report of `partnermap extract DOC --into DATA_DIR` as text (English, like extract's other messages)."""

from __future__ import annotations

from .merge_report import MergeReport

_HOW = {"id": "same id", "name": "same name", "alias": "name or alias"}


def merge_text(report: MergeReport) -> str:
    """What matched, what is new, what gained evidence; the next step, or that nothing changed."""
    added = "added as source" if report.source_added else "already a source: nothing new from it"
    lines = [f"Merged {report.document} into {report.data_dir}",
             f"  source {report.source}, {report.date} ({report.date_note}); {added}", "",
             f"Actors matched in the map ({len(report.matched)}):"]
    width = max((len(m.drafted) for m in report.matched), default=0)
    for match in report.matched:
        lines.append(f"  {match.drafted:<{width}}  = {match.actor}  ({_HOW[match.how]}: {match.words})")
    lines += ["", f"New actors, needs_review: true ({len(report.new_actors)}):",
              *(f"  {actor}" for actor in report.new_actors),
              "", f"New links, needs_review: true ({len(report.new_links)}):",
              *(f"  {link}" for link in report.new_links),
              "", f"Existing records given the document's quotes, marked for review ({len(report.gained)}):",
              *(f"  {gain.file[:-1]} {gain.id}: +{gain.quotes} quote{'s' if gain.quotes != 1 else ''}"
                for gain in report.gained)]
    if report.same_ends:
        lines += ["", f"Links left out, both ends being one actor of the map ({len(report.same_ends)}):",
                  *(f"  {pair}" for pair in report.same_ends)]
    if report.changed:
        lines += ["", f"Next: partnermap review {report.data_dir}"]
    else:
        lines += ["", "Nothing changed: the map already holds everything this document gives."]
    return "\n".join(lines) + "\n"
