"""The extract command's report as text (English, like the rest of extract's messages)."""

from __future__ import annotations

from .report import Report


def report_text(report: Report) -> str:
    """The report as the extract command prints it: what was found, then the sentences that gave nothing."""
    lines = [
        f"Draft written to {report.out_dir} from {report.document}",
        f"  language: {report.language}",
        f"  {report.paragraphs} paragraphs, {report.sentences} sentences; source date {report.date} "
        f"({report.date_note})",
        f"  lexicon: {', '.join(report.lexicon_files)}",
        *(["  source: the cleaned text (words joined across line breaks, page headers, footnote marks "
           "or paragraph numbers dealt with) is stored as sources/ in the draft, so quotes match it"]
          if report.cleaned else []),
        "",
        f"Actors ({len(report.actors)}):",
    ]
    id_width = max((len(a.id) for a in report.actors), default=0)
    kind_width = max((len(a.kind) for a in report.actors), default=0)
    for actor in report.actors:
        paras = ", ".join(str(p) for p in actor.paras)
        lines.append(f"  {actor.id:<{id_width}}  {actor.kind:<{kind_width}}  {actor.confidence:.2f}  "
                     f"{actor.sentences} sentence{'s' if actor.sentences != 1 else ''} (¶ {paras})")
    lines += ["", f"Links ({len(report.links)}):"]
    pairs = [f"{link.from_actor} {'->' if link.directed else '--'} {link.to_actor}" for link in report.links]
    pair_width = max((len(p) for p in pairs), default=0)
    type_width = max((len(link.type) for link in report.links), default=0)
    for pair, link in zip(pairs, report.links, strict=True):
        places = ", ".join(link.places)
        lines.append(f"  {pair:<{pair_width}}  {link.type:<{type_width}}  {link.strength:<11}  "
                     f"{link.confidence:.2f}  ¶ {places}{'  (co-occurrence model)' if link.scored else ''}")
    lines += ["", f"Sentences that looked relevant but gave no link ({len(report.unlinked)}):"]
    for item in report.unlinked:
        actors = f" [{', '.join(item.actors)}]" if item.actors else ""
        lines.append(f"  ¶ {item.place}  {item.reason}{actors}")
        lines.append(f"      \"{item.excerpt}\"")
    lines += ["", "Every actor and link carries needs_review: true; check them against the evidence, "
              "then run: partnermap validate " + report.out_dir]
    return "\n".join(lines) + "\n"
