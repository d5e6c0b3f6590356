"""Writing an extraction as a draft map folder: map.yaml, actors.yaml, links.yaml and the source.

The YAML is written field by field in a fixed order, so the same document and lexicon always
give the same bytes, and in the layout of the curated map (one evidence item per line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import OutputError
from ..graph.model.vocab import Vocabulary, shipped_vocabulary
from ..outputs import write_atomic_files
from .links import CandidateLink, Cue
from .pipeline import DraftActor, Extraction

MAP_FILES = ("map.yaml", "actors.yaml", "links.yaml")
USER_LEXICON = "lexicon.yaml"
"""A lexicon file kept in the draft folder: read by extract, not a file the draft overwrites."""

_ARROW = {True: "→", False: "—"}
_GUESSED = {
    "cue": {"fr": "type lu dans un indice du texte", "en": "type read from a cue in the text"},
    "kinds": {"fr": "type déduit des sortes d'acteurs", "en": "type guessed from the kinds of actors"},
    "fallback": {"fr": "aucun indice de type : type par défaut",
                 "en": "no type cue: default type"},
}
_SCORED = {  # links no rule drafted, scored by cooccurrence.py: the curator should know they are guesses
    "fr": " Aucune règle ne lie ces acteurs : le modèle de cooccurrence leur donne {}.",
    "en": " No rule joins these actors: the co-occurrence model scores them {}.",
}
_CATEGORY = {
    "cooperation": {"fr": "coopération", "en": "cooperation"},
    "support": {"fr": "soutien", "en": "support"},
    "type": {"fr": "type", "en": "type"},
    "strength": {"fr": "force", "en": "strength"},
}


@dataclass(frozen=True)
class SourceInfo:
    """How the draft's map.yaml declares the document."""

    id: str
    file_name: str
    title: str
    date: str
    language: str

    @property
    def path(self) -> str:
        return f"sources/{self.file_name}"


def source_id(file_name: str) -> str:
    """A source id from a file name: 'HLD 2006.fr.txt' -> 'hld-2006-fr'."""
    stem = file_name.rsplit(".", 1)[0] if file_name.lower().endswith(".txt") else file_name
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "document"


def map_languages(extraction: Extraction, languages: list[str]) -> list[str]:
    """The draft's languages: the document's first, then the lexicon's others in order."""
    first = extraction.language.language
    return [first, *(code for code in languages if code != first)]


def draft_files(extraction: Extraction, *, source: SourceInfo, languages: list[str],
                vocabulary: Vocabulary | None = None) -> dict[str, str]:
    """The text of map.yaml, actors.yaml and links.yaml for `extraction`."""
    vocabulary = vocabulary or shipped_vocabulary()
    names = {a.concept.id: _text(a.concept.name, languages) for a in extraction.actors}
    return {
        "map.yaml": _map_yaml(source, languages),
        "actors.yaml": _actors_yaml(extraction.actors, source, languages),
        "links.yaml": _links_yaml(extraction.links, source, languages, names, vocabulary),
    }


def check_output_dir(out_dir: Path, *, force: bool) -> None:
    """Refuse a file, or a non-empty folder without `force` (a lexicon.yaml alone does not count)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder; choose a folder for the draft")
    if not out_dir.is_dir() or force:
        return
    held = sorted(p.name for p in out_dir.iterdir() if p.name != USER_LEXICON)
    if held:
        shown = ", ".join(held[:5]) + (", …" if len(held) > 5 else "")
        raise OutputError(f"{out_dir}: folder is not empty (holds {shown}); use --force to overwrite "
                          "the draft's files in it, or choose an empty folder")


def write_draft(out_dir: Path, files: dict[str, str], *, source: SourceInfo, document_text: str,
                force: bool = False) -> list[Path]:
    """Write the draft folder; return the paths written. Other files in `out_dir` are left alone."""
    check_output_dir(out_dir, force=force)
    try:
        (out_dir / "sources").mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create {out_dir / 'sources'}: {error.strerror}") from None
    # All the draft's files or none: a failure must not leave a new actors.yaml beside an old links.yaml.
    document = out_dir / source.path
    contents: dict[str | Path, str] = {  # the key type write_atomic_files takes
        document: document_text, **{out_dir / name: files[name] for name in MAP_FILES}}
    write_atomic_files(contents)
    return [document, *(out_dir / name for name in MAP_FILES)]


# map.yaml

def _map_yaml(source: SourceInfo, languages: list[str]) -> str:
    title = _text({"fr": f"Ébauche : {source.title}", "en": f"Draft: {source.title}"}, languages)
    description = _text({
        "fr": f"Ébauche produite par partnermap extract à partir de {source.file_name}. Chaque acteur "
              "et chaque lien porte needs_review: true tant que personne ne l'a vérifié.",
        "en": f"Draft written by partnermap extract from {source.file_name}. Every actor and link "
              "carries needs_review: true until someone has checked it.",
    }, languages)
    lines = [
        f"# Draft written by partnermap extract from {source.file_name}.",
        "# Check every actor and link, correct it, then remove its needs_review line.",
        f"title: {_flow(title)}",
        f"description: {_flow(description)}",
        f"languages: {_flow(languages)}",
        "sources:",
        f"  - id: {_flow(source.id)}",
        f"    path: {_flow(source.path)}",
        f"    title: {_flow(source.title)}",
        f"    date: {_flow(source.date)}",
        f"    language: {_flow(source.language)}",
    ]
    return "\n".join(lines) + "\n"


# actors.yaml

def _actors_yaml(actors: list[DraftActor], source: SourceInfo, languages: list[str]) -> str:
    lines = [f"# Actors drafted by partnermap extract from {source.file_name}: one per lexicon concept,",
             "# every sentence naming it kept as evidence."]
    if not actors:
        return "\n".join([*lines, "[]"]) + "\n"
    for actor in actors:
        concept = actor.concept
        paras = sorted({s.para for s in actor.sentences})
        description = _text({
            "fr": f"Ébauche : nommé dans {len(actor.sentences)} phrase(s) (¶ {_numbers(paras)}).",
            "en": f"Draft: named in {len(actor.sentences)} sentence(s) (¶ {_numbers(paras)}).",
        }, languages)
        lines += ["", f"- id: {_flow(concept.id)}", f"  name: {_flow(_text(concept.name, languages))}",
                  f"  kind: {_flow(concept.kind)}"]
        if concept.level:
            lines.append(f"  level: {_flow(concept.level)}")
        if actor.aliases:
            lines.append(f"  aliases: {_flow(actor.aliases)}")
        lines.append(f"  description: {_flow(description)}")
        lines += _evidence_lines(actor.sentences, source)
        lines += [f"  confidence: {actor.confidence}", "  needs_review: true"]
    return "\n".join(lines) + "\n"


# links.yaml

def _links_yaml(links: list[CandidateLink], source: SourceInfo, languages: list[str],
                names: dict[str, dict[str, str]], vocabulary: Vocabulary) -> str:
    lines = [f"# Links drafted by partnermap extract from {source.file_name}: sentences naming two",
             "# actors or more with a cooperation cue; type and strength are guesses from cue words."]
    if not links:
        return "\n".join([*lines, "[]"]) + "\n"
    ids: set[str] = set()
    for link in links:
        link_id = _link_id(link)
        while link_id in ids:  # actor ids holding '-' could make two links read alike
            link_id += "-2"
        ids.add(link_id)
        lines += ["", f"- id: {_flow(link_id)}", f"  from: {_flow(link.from_actor)}",
                  f"  to: {_flow(link.to_actor)}", f"  type: {_flow(link.type)}",
                  f"  strength: {_flow(link.strength)}"]
        if link.directed:
            lines.append("  directed: true")
        lines.append(f"  summary: {_flow(_summary(link, names, vocabulary, languages))}")
        lines.append(f"  description: {_flow(_link_description(link, languages))}")
        lines += _evidence_lines(link.evidence, source)
        lines += [f"  confidence: {link.confidence}", "  needs_review: true"]
    return "\n".join(lines) + "\n"


def _link_id(link: CandidateLink) -> str:
    return f"{link.from_actor}-{link.to_actor}-{link.type}"


def _summary(link: CandidateLink, names: dict[str, dict[str, str]], vocabulary: Vocabulary,
             languages: list[str]) -> dict[str, str]:
    link_type = vocabulary.link_types[link.type]
    strength = vocabulary.strengths[link.strength]
    arrow = _ARROW[link.directed]
    summary = {}
    for code in languages:
        colon = " :" if code == "fr" else ":"  # French typography puts a space before the colon
        summary[code] = (f"{names[link.from_actor][code]} {arrow} {names[link.to_actor][code]}{colon} "
                         f"{link_type.label_in(code)} ({strength.label_in(code).lower()})")
    return summary


def _link_description(link: CandidateLink, languages: list[str]) -> dict[str, str]:
    where = ", ".join(s.label.removeprefix("¶ ") for s in link.evidence)
    texts: dict[str, str] = {}
    for code in ("fr", "en"):
        cues = ", ".join(_cue_text(cue, code) for cue in _distinct(link.cues))
        guessed = _GUESSED[link.type_guessed_from][code]
        scored = _SCORED[code].format(link.confidence) if link.scored else ""
        if code == "fr":
            texts[code] = f"Ébauche d'après ¶ {where}.{scored} Indices : {cues or 'aucun'}. {guessed.capitalize()}."
        else:
            texts[code] = f"Drafted from ¶ {where}.{scored} Cues: {cues or 'none'}. {guessed.capitalize()}."
    return _text(texts, languages)


def _cue_text(cue: Cue, language: str) -> str:
    category = _CATEGORY[cue.category][language]
    return f"« {cue.words} » ({category})" if language == "fr" else f"'{cue.words}' ({category})"


def _distinct(cues: list[Cue]) -> list[Cue]:
    seen: dict[tuple[str, str], Cue] = {}
    for cue in cues:
        seen.setdefault((cue.category, cue.words.casefold()), cue)
    return list(seen.values())


# shared

def _evidence_lines(sentences: list[Any], source: SourceInfo) -> list[str]:
    lines = ["  evidence:"]
    for sentence in sentences:
        item = {"source": source.id, "para": sentence.para, "quote": sentence.quote}
        lines.append(f"    - {_flow(item)}")
    return lines


def _text(value: dict[str, str], languages: list[str]) -> dict[str, str]:
    """A text in each of the map's languages, falling back to any text the value has."""
    fallback = next(iter(value.values()), "")
    return {code: value.get(code) or fallback for code in languages}


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _flow(value: Any) -> str:
    """`value` as one line of YAML (flow style, quoted where YAML needs it)."""
    dumped: str = yaml.dump(value, Dumper=yaml.SafeDumper, default_flow_style=True, allow_unicode=True,
                            sort_keys=False, width=1_000_000)  # PyYAML is untyped: dump returns text without a stream
    return dumped.removesuffix("\n").removesuffix("\n...")
