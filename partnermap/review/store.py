"""The map under review: read from DATA_DIR, changed one checked decision at a time, with undo."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import InvalidMapError, PartnermapError
from ..graph.checking.validate import ACTORS_FILE, LINKS_FILE, MAP_FILE, read_map
from ..graph.model.records import PartnerMap
from ..graph.model.spec import ACTOR, LINK
from ..outputs import write_atomic_files
from ..problems import shown
from ..textread.paragraphs import split_paragraphs
from ..textread.yamlread import read_file_bytes
from .decisions import DecisionError, apply_decision, links_naming
from .recordfile import RecordFile

RECORD_FILES = (ACTORS_FILE, LINKS_FILE)
_CHANGED_ON_DISK = "the map's files changed on disk since the review page read them; reload the page's items"


class ReviewStore:
    """Reads and writes one map folder; every method is safe to call from several server threads."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.root = self.data_dir.resolve()
        # Held while a decision is checked and written: the server waits for it before stopping.
        self.lock = threading.Lock()
        self._files: dict[str, bytes] = {}
        self._map: PartnerMap | None = None
        self._history: list[dict[str, bytes]] = []
        self._closed = False
        with self.lock:
            self._load(self._read_disk())

    def close(self) -> None:
        """Refuse every later call: waits for the decision being written, if any, to be written whole."""
        with self.lock:
            self._closed = True

    # what the API reads

    def items(self) -> list[dict[str, Any]]:
        """Every actor then every link, as the API gives them; files changed on disk are read again."""
        with self.lock:
            self._check_open()
            disk = self._read_disk()
            if disk != self._files:
                self._load(disk)
                self._history.clear()  # undoing now would overwrite what was changed on disk
            return self._items()

    def map_info(self) -> dict[str, Any]:
        """What the page needs besides the items: title, languages, vocabularies, source paragraphs."""
        with self.lock:
            partner_map = self._current_map()
            vocabulary = partner_map.vocabulary
            terms = {name: [{"id": term.id, "label": term.label} for term in getattr(vocabulary, name).values()]
                     for name in ("kinds", "link_types", "strengths", "levels")}
            sources = {source.id: {"title": source.title, "paragraphs": [p.text for p in split_paragraphs(source.text)]}
                       for source in partner_map.sources.values()}
            return {"title": partner_map.title, "languages": list(partner_map.languages),
                    "vocabulary": terms, "sources": sources, "can_undo": bool(self._history)}

    # what the API changes

    def decide(self, item_type: str, item_id: str, body: Any) -> dict[str, Any]:
        """Apply one decision, check the map it gives, write it; the answer names what changed."""
        with self.lock:
            self._check_unchanged()
            actors, links = self._record_files()
            before = self._item(actors, links, item_type, item_id)
            apply_decision(actors, links, item_type, item_id, body, self._current_map().vocabulary)
            new = {ACTORS_FILE: actors.to_bytes(), LINKS_FILE: links.to_bytes()}
            changed = {name: data for name, data in new.items() if data != self._files[name]}
            if changed:
                self._write_checked(changed)
            after_actors, after_links = self._record_files()
            item = self._item(after_actors, after_links, item_type, item_id, missing_ok=True)
            return {
                "item": item or {**before, "removed": True},
                "changed": {"actors": actors.changed(), "links": links.changed()},
                "removed": {"actors": actors.removed(), "links": links.removed()},
                "can_undo": bool(self._history),
            }

    def undo(self) -> dict[str, Any]:
        """Put the files back exactly as they were before the last decision."""
        with self.lock:
            self._check_unchanged()
            if not self._history:
                raise DecisionError("nothing to undo", 409)
            previous = self._history[-1]
            changed = {name: data for name, data in previous.items() if data != self._files[name]}
            write_atomic_files({self._inside(name): data for name, data in changed.items()})
            self._history.pop()  # only once written: a failed write can be undone again
            self._files.update(changed)
            self._map = None
            return {"restored": sorted(changed), "can_undo": bool(self._history)}

    # reading and writing

    def _write_checked(self, changed: dict[str, bytes]) -> None:
        partner_map, problems = read_map(self.data_dir, replaced=changed)
        if problems or partner_map is None:
            raise DecisionError("the map would not be valid after this change", 400,
                                tuple(problem.format() for problem in problems))
        write_atomic_files({self._inside(name): data for name, data in changed.items()})
        self._history.append({name: self._files[name] for name in RECORD_FILES})
        self._files.update(changed)
        self._map = partner_map

    def _check_unchanged(self) -> None:
        self._check_open()
        if self._read_disk() != self._files:
            raise DecisionError(_CHANGED_ON_DISK, 409)

    def _check_open(self) -> None:
        if self._closed:
            raise DecisionError("the review server is stopping; nothing more is read or written", 503)

    def _load(self, disk: dict[str, bytes]) -> None:
        partner_map, problems = read_map(self.data_dir)
        if problems or partner_map is None:
            raise InvalidMapError(problems)
        self._files, self._map = disk, partner_map

    def _current_map(self) -> PartnerMap:
        if self._map is None:
            self._load(self._read_disk())
        assert self._map is not None
        return self._map

    def _read_disk(self) -> dict[str, bytes]:
        disk = {}
        for name in (MAP_FILE, *RECORD_FILES):
            data, problems = read_file_bytes(self._inside(name), str(self.data_dir / name))
            if data is None:
                raise PartnermapError(problems[0].format())
            disk[name] = data
        return disk

    def _inside(self, name: str) -> Path:
        """DATA_DIR/name, refused when it (a symbolic link) leads out of DATA_DIR."""
        path = self.data_dir / name
        if not path.resolve().is_relative_to(self.root):
            raise PartnermapError(f"{path} leads out of {self.data_dir}; review reads and writes only files "
                                  "inside the map folder")
        return path

    def _record_files(self) -> tuple[RecordFile, RecordFile]:
        return (RecordFile(self._files[ACTORS_FILE], str(self.data_dir / ACTORS_FILE), ACTOR),
                RecordFile(self._files[LINKS_FILE], str(self.data_dir / LINKS_FILE), LINK))

    def _items(self) -> list[dict[str, Any]]:
        actors, links = self._record_files()
        link_records = links.records()
        ends = Counter(end for fields in link_records.values() for end in {fields.get("from"), fields.get("to")})
        return [*(_item_json("actor", actor_id, fields, actors, ends[actor_id])
                  for actor_id, fields in actors.records().items()),
                *(_item_json("link", link_id, fields, links) for link_id, fields in link_records.items())]

    def _item(self, actors: RecordFile, links: RecordFile, item_type: str, item_id: str,
              missing_ok: bool = False) -> dict[str, Any]:
        own = actors if item_type == "actor" else links
        fields = own.records().get(item_id) if item_type in ("actor", "link") else None
        if fields is None:
            if missing_ok:
                return {}
            raise DecisionError(f"no {item_type} with id {shown(item_id)}", 404)
        count = len(links_naming(links, item_id)) if item_type == "actor" else None
        return _item_json(item_type, item_id, fields, own, count)


def _item_json(item_type: str, item_id: str, fields: dict[str, Any], records: RecordFile,
               link_count: int | None = None) -> dict[str, Any]:
    """One item as the API gives it: `fields` are the record's YAML fields; an actor counts its links."""
    item = {"type": item_type, "id": item_id, "needs_review": fields.get("needs_review") is True,
            "line": records.spans[item_id].start + 1, "fields": fields}
    if link_count is not None:
        item["links"] = link_count
    return item
