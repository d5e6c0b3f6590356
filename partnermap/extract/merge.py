"""partnermap extract DOC --into DATA_DIR: add a later document to an existing map.

The document is drafted as for a new map, then each drafted actor is looked up in the map
(matching.py). What the map lacks is appended with `needs_review: true`; a drafted link whose
ends and type an existing link already has gives that link its new quotes instead (and marks it
for review). Existing lines are never written again (merge_edit.py), the result is validated
before anything is written, and merging the same document twice changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from ..errors import PartnermapError, UsageError
from ..graph.checking.fields import DATE
from ..graph.checking.load import check_map, load_map
from ..graph.model.records import Link, PartnerMap
from ..outputs import write_atomic_files
from .cooccurrence import PairModel
from .document import guess_date, guess_title, read_document
from .draft import USER_LEXICON, SourceInfo, draft_files, source_id
from .lexicon import load_lexicon
from .matching import Match, match_actor
from .merge_edit import RecordEdits, add_source, record_lines
from .merge_report import LinkGain, MatchLine, MergeReport
from .pipeline import AUTO, Extraction, extract

ACTORS, LINKS, MAP = "actors.yaml", "links.yaml", "map.yaml"


@dataclass
class _Plan:
    """What the merge adds, record by record, before it is turned into lines."""

    actor_ids: dict[str, str] = field(default_factory=dict)  # drafted concept -> actor id in the map
    matches: list[MatchLine] = field(default_factory=list)
    new_actors: list[dict[str, Any]] = field(default_factory=list)
    new_links: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)  # (file, id) -> items
    same_ends: list[str] = field(default_factory=list)


def merge_into(document: Path, data_dir: Path, *, language: str = AUTO, lexicon_files: tuple[Path, ...] = (),
               date: str | None = None, url: str | None = None, pair_model: PairModel | None = None
               ) -> MergeReport:
    """Add `document` to the map in `data_dir`; return what was matched, added and given evidence.
    With a `pair_model` the co-occurrence model's links are drafted too (cooccurrence.py)."""
    if date is not None and not DATE.match(date):
        raise UsageError(f"--date {date!r} is not a date written YYYY-MM-DD")
    partner_map = load_map(data_dir)
    text = read_document(document)
    extra = ((data_dir / USER_LEXICON,) if (data_dir / USER_LEXICON).is_file() else ()) + tuple(lexicon_files)
    lexicon = load_lexicon(extra)
    extraction = extract(text, lexicon=lexicon, language=language, pair_model=pair_model)
    source_text = extraction.document.text  # quotes are slices of the cleaned text
    known = _known_source(partner_map, data_dir, source_text)
    if known is None:
        chosen_date, date_note = _date(date, text, document)
        source = _new_source(partner_map, data_dir, document, extraction, chosen_date)
    else:
        source = known
        date_note = "already a source of the map"
    try:
        files = draft_files(extraction, source=source, languages=list(partner_map.languages),
                            vocabulary=partner_map.vocabulary)
    except KeyError as missing:  # a map lexicon's cue gave a link type or strength the map does not know
        raise UsageError(f"the lexicon drafts a link of type or strength {missing}, which {data_dir / MAP} does not "
                         "declare; add it to the map's vocabulary, or remove it from the lexicon") from None
    edits = {name: RecordEdits((data_dir / name).read_bytes(), str(data_dir / name)) for name in (ACTORS, LINKS)}
    plan = _plan(partner_map, extraction, files, edits)
    contents = _contents(data_dir, source, source_text, url, known is None, plan, edits, document.name)
    if contents:
        _check_before_writing(data_dir, contents)
        write_atomic_files(contents)
    return MergeReport(
        document=str(document), data_dir=str(data_dir), source=source.id, date=source.date, date_note=date_note,
        source_added=known is None, matched=tuple(plan.matches),
        new_actors=tuple(record["id"] for record in plan.new_actors),
        new_links=tuple(record["id"] for record in plan.new_links),
        gained=tuple(LinkGain(file.removesuffix(".yaml"), record_id, len(items))
                     for (file, record_id), items in plan.evidence.items()),
        same_ends=tuple(plan.same_ends))


def _date(date: str | None, text: str, document: Path) -> tuple[str, str]:
    if date is not None:
        return date, "as given"
    found = guess_date(text)
    if found is None:
        raise UsageError(f"{document}: no date found in the text; a map over time needs one: add --date YYYY-MM-DD")
    return found, "the first date in the text; correct it in map.yaml or use --date"


def _known_source(partner_map: PartnerMap, data_dir: Path, text: str) -> SourceInfo | None:
    """The map's source holding exactly this text, if any: the document was merged before."""
    for source in partner_map.sources.values():
        path = data_dir / source.path
        if path.is_file() and path.read_bytes() == text.encode("utf-8"):
            title = partner_map.text(source.title)
            return SourceInfo(source.id, Path(source.path).name, title, source.date, source.language)
    return None


def _new_source(partner_map: PartnerMap, data_dir: Path, document: Path, extraction: Extraction,
                date: str) -> SourceInfo:
    """A source id and file name the map does not use yet."""
    base_id, name = source_id(document.name), document.name
    new_id, number = base_id, 1
    while new_id in partner_map.sources:
        number += 1
        new_id = f"{base_id}-{number}"
    stem, dot, suffix = name.partition(".")
    number = 1
    while (data_dir / "sources" / name).exists():
        number += 1
        name = f"{stem}-{number}{dot}{suffix}"
    return SourceInfo(new_id, name, guess_title(extraction.document.paragraphs[0].text), date,
                      extraction.language.language)


def _plan(partner_map: PartnerMap, extraction: Extraction, files: dict[str, str],
          edits: dict[str, RecordEdits]) -> _Plan:
    plan = _Plan()
    drafted_actors = yaml.safe_load(files[ACTORS]) or []
    drafted_links = yaml.safe_load(files[LINKS]) or []
    existing = list(partner_map.actors.values())
    for drafted, record in zip(extraction.actors, drafted_actors, strict=True):
        found: Match | None = match_actor(drafted, existing)
        if found is None:
            plan.actor_ids[drafted.concept.id] = record["id"]
            plan.new_actors.append(record)
            continue
        plan.actor_ids[drafted.concept.id] = found.actor
        plan.matches.append(MatchLine(drafted.concept.id, found.actor, found.how, found.words))
        _gain(plan, ACTORS, found.actor, record["evidence"], edits[ACTORS].evidence_of(found.actor))
    taken = set(partner_map.links)
    for record in drafted_links:
        ends = plan.actor_ids[record["from"]], plan.actor_ids[record["to"]]
        if ends[0] == ends[1]:
            plan.same_ends.append(f"{record['from']} / {record['to']} ({record['type']})")
            continue
        same = _same_link(partner_map.links.values(), ends, record)
        if same is not None:
            _gain(plan, LINKS, same.id, record["evidence"], edits[LINKS].evidence_of(same.id))
            continue
        added = next((r for r in plan.new_links if _same_ends(r, ends, record)), None)
        if added is not None:
            added["evidence"] += [item for item in record["evidence"] if item not in added["evidence"]]
            continue
        record = {**record, "id": _free_id(f"{ends[0]}-{ends[1]}-{record['type']}", taken),
                  "from": ends[0], "to": ends[1]}
        taken.add(record["id"])
        plan.new_links.append(record)
    return plan


def _gain(plan: _Plan, file: str, record_id: str, drafted: list[dict[str, Any]], held: list[dict[str, Any]]) -> None:
    """The drafted quotes the record does not hold yet, added to what the plan gives it."""
    items = plan.evidence.setdefault((file, record_id), [])
    items += [item for item in drafted if not _held(item, held) and item not in items]
    if not items:
        del plan.evidence[(file, record_id)]


def _held(item: dict[str, Any], held: list[dict[str, Any]]) -> bool:
    """Whether a quote of the same paragraph already holds the drafted one, or is part of it."""
    return any(item["source"] == other.get("source") and item["para"] == other.get("para")
               and (item["quote"] in str(other.get("quote")) or str(other.get("quote")) in item["quote"])
               for other in held)


def _same_link(links: Iterable[Link], ends: tuple[str, str], record: dict[str, Any]) -> Link | None:
    for link in links:
        if link.type == record["type"] and _ends_agree((link.from_actor, link.to_actor), link.directed, ends,
                                                       bool(record.get("directed"))):
            return link
    return None


def _same_ends(added: dict[str, Any], ends: tuple[str, str], record: dict[str, Any]) -> bool:
    return added["type"] == record["type"] and _ends_agree(
        (added["from"], added["to"]), bool(added.get("directed")), ends, bool(record.get("directed")))


def _ends_agree(held: tuple[str, str], held_directed: bool, ends: tuple[str, str], directed: bool) -> bool:
    """Same ends: in the same order when both links are directed, in any order otherwise."""
    if held_directed and directed:
        return held == ends
    return set(held) == set(ends)


def _free_id(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _contents(data_dir: Path, source: SourceInfo, text: str, url: str | None, add: bool, plan: _Plan,
              edits: dict[str, RecordEdits], document_name: str) -> dict[str | Path, bytes | str]:
    """The bytes of every file the merge changes (none when the map already holds everything)."""
    for (file, record_id), items in plan.evidence.items():
        edits[file].add_evidence(record_id, items)
        edits[file].mark_for_review(record_id)
    note = (f"# Added by partnermap extract --into from {document_name} ({source.date}): "
            "check, then remove needs_review.")
    for file, records in ((ACTORS, plan.new_actors), (LINKS, plan.new_links)):
        for index, record in enumerate(records):
            edits[file].append(([note] if index == 0 else []) + record_lines(record))
    contents: dict[str | Path, bytes | str] = {data_dir / file: edit.to_bytes() for file, edit in edits.items()
                                         if edit.changed()}
    if add:
        entry = {"id": source.id, "path": source.path, "title": source.title, "date": source.date,
                 "language": source.language, **({"url": url} if url else {})}
        contents[data_dir / MAP] = add_source((data_dir / MAP).read_bytes(), str(data_dir / MAP), entry)
        contents = {data_dir / source.path: text, **contents}
    return contents


def _check_before_writing(data_dir: Path, contents: dict[str | Path, bytes | str]) -> None:
    """Validate the merged map in a copy: a merge that would break the map writes nothing."""
    with tempfile.TemporaryDirectory(prefix="partnermap-merge-") as scratch:
        copy = Path(scratch) / "map"
        shutil.copytree(data_dir, copy)
        for path, data in contents.items():
            target = copy / Path(path).relative_to(data_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        problems = check_map(copy)
    if problems:
        lines = [replace(p, file=p.file.replace(str(copy), str(data_dir))).format() for p in problems]
        raise PartnermapError("\n".join([*lines, f"merging would leave {data_dir} invalid "
                                           f"({len(problems)} problem(s) above); nothing was written"]))
