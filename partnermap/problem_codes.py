"""Every kind of problem partnermap reports, under a stable code that tools and tests can rely on.

The wording of a message may improve from one version to the next; its code does not change.
docs/errors.md is generated from this registry (partnermap/problem_docs.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProblemCode:
    """One kind of problem: its code, a title, what it means and how to fix it, an example message."""

    code: str
    title: str
    description: str
    example: str


def _codes(*entries: ProblemCode) -> dict[str, ProblemCode]:
    return {entry.code: entry for entry in entries}


# Grouped as docs/errors.md shows them; within a group, in the order a reader meets them.
GROUPS: dict[str, dict[str, ProblemCode]] = {
    "Reading a file": _codes(
        ProblemCode("file-not-found", "File not found",
                    "A file the map needs (map.yaml, actors.yaml, links.yaml, a source document or a "
                    "lexicon) does not exist where it is expected.",
                    "file not found; a map folder holds map.yaml, actors.yaml and links.yaml"),
        ProblemCode("not-a-regular-file", "Not a regular file",
                    "The path names a folder, a named pipe or a device. Reading a pipe or a device could "
                    "wait forever, so only regular files are read.",
                    "not a regular file; a map folder holds map.yaml, actors.yaml and links.yaml as files"),
        ProblemCode("file-too-large", "File too large",
                    "Files larger than 64 MiB are refused unread: reading one would take gigabytes of "
                    "memory. Split the map (or the document) into smaller ones.",
                    "file is 100 MB, larger than the 64 MB partnermap reads; split the map into smaller maps"),
        ProblemCode("file-unreadable", "File cannot be read",
                    "The operating system refused to read the file (permissions, a disk error).",
                    "cannot read file: Permission denied"),
        ProblemCode("not-utf8", "Not UTF-8 text",
                    "The file holds bytes that are not UTF-8, usually because it was saved in Latin-1 or "
                    "a Windows code page. Save it as UTF-8.",
                    "not valid UTF-8 (byte 0xe9); save the file as UTF-8"),
        ProblemCode("nul-character", "NUL character",
                    "The file holds NUL characters: it is a binary file, not text.",
                    "NUL character found; this is not a text file"),
        ProblemCode("source-outside-folder", "Source outside the map folder",
                    "A source's path leads out of the map folder (through '..', an absolute path or a "
                    "symbolic link). Sources are kept inside the folder so that a map can be shared whole.",
                    "source path '../../etc/passwd' leaves the map folder; keep sources inside it"),
    ),
    "YAML syntax": _codes(
        ProblemCode("yaml-syntax", "YAML syntax error",
                    "The file is not valid YAML: an unclosed quote or bracket, a missing colon, a bad "
                    "indentation. The line is where the YAML reader noticed it, sometimes after the mistake.",
                    "YAML syntax error: found unexpected end of stream"),
        ProblemCode("tab-indentation", "Tab in indentation",
                    "YAML indents with spaces only; a tab at the start of a line is refused.",
                    "tab character in indentation; YAML indents with spaces only"),
        ProblemCode("control-character", "Control character",
                    "The text holds an invisible control character (an escape sequence, a bell), written "
                    "raw or as a YAML escape. HTML, XML and CSV outputs cannot carry it.",
                    "control character U+0007 is not allowed in a YAML file; remove it"),
        ProblemCode("nesting-too-deep", "Nesting too deep",
                    "Lists and mappings are nested deeper than 32 levels; a map needs at most 5.",
                    "nesting deeper than 32 levels; a map needs at most 5"),
        ProblemCode("yaml-tag", "YAML tag",
                    "Explicit tags (!!python/object, !include, !!binary, !!set…) can make a YAML reader "
                    "build objects or read files; a map holds plain data only.",
                    "YAML tag '!include' is not allowed; a map holds plain data (text, numbers, lists, "
                    "mappings)"),
        ProblemCode("yaml-anchor", "YAML anchor",
                    "Anchors (&name) let one value be repeated by aliases, which can blow a small file up "
                    "into a huge one; write the values out instead.",
                    "YAML anchor '&shared' is not allowed; write the values out"),
        ProblemCode("yaml-alias", "YAML alias",
                    "Aliases (*name) repeat an anchored value; write the values out instead.",
                    "YAML aliases (*name) are not allowed (1 found); write the values out"),
        ProblemCode("several-documents", "Several YAML documents",
                    "The file holds more than one YAML document (separated by ---); keep one per file.",
                    "more than one YAML document (---); keep one per file"),
        ProblemCode("number-too-long", "Number too long",
                    "A number is written with more than 100 characters; Python could not even print it.",
                    "number 99999999999999999999… has 5000 characters; a map's numbers have at most 100"),
        ProblemCode("key-not-text", "Key not text",
                    "A mapping's key is itself a list or a mapping; keys are single words or texts.",
                    "a key must be a single word or text, not a list or mapping"),
        ProblemCode("duplicate-key", "Duplicate key",
                    "One mapping names the same key twice. YAML readers would silently keep the last one; "
                    "partnermap asks which one you meant.",
                    "duplicate key 'name' (first at line 3); keep only one"),
        ProblemCode("too-many-problems", "Too many problems",
                    "Checking a file stops at the first record after 1,000 problems: past that they repeat "
                    "one mistake. Fix the problems found, then validate again.",
                    "1,000 problems found in this file; checking stopped here: fix these, then validate again"),
    ),
    "Shape of the records": _codes(
        ProblemCode("empty-file", "Empty file",
                    "The file holds no value at all (or only comments, or only a --- marker).",
                    "file is empty; expected a list of actors ('- id: ...')"),
        ProblemCode("not-a-mapping", "Not a mapping",
                    "A record (map.yaml, an actor, a link, a source, evidence, a tour step) must be a "
                    "mapping of fields ('name: value' lines), and something else was found.",
                    "expected an actor (a mapping of fields), found a list"),
        ProblemCode("not-a-list", "Not a list",
                    "A value must be a list ('- ' lines or [a, b]), and something else was found.",
                    "expected a list of {source, para, quote}, found a mapping"),
        ProblemCode("empty-list", "Empty list",
                    "A list that must hold at least one entry is empty (languages, sources, evidence).",
                    "'evidence' is empty; give at least one {source, para, quote}"),
        ProblemCode("unknown-field", "Unknown field",
                    "A record holds a field partnermap does not know, often a misspelt one; the message "
                    "suggests the closest field.",
                    "unknown field 'descripton' in an actor; did you mean 'description'?"),
        ProblemCode("missing-field", "Missing field",
                    "A required field is missing, or present with no value.",
                    "required field 'kind' is missing in an actor"),
    ),
    "Values": _codes(
        ProblemCode("empty-text", "Empty text",
                    "A text field holds only white space.",
                    "'name' is empty; expected text"),
        ProblemCode("not-text", "Not text",
                    "A field that holds text holds a number, true/false, a list or a mapping. Quotes turn a "
                    "number or true/false into text.",
                    "'id' must be text, found a whole number (7); put it in quotes"),
        ProblemCode("not-true-or-false", "Not true or false",
                    "A yes/no field (directed, needs_review) holds something other than true or false.",
                    "'directed' must be true or false, found text 'sometimes'"),
        ProblemCode("bad-id", "Bad id",
                    "Ids are written with lower-case letters, digits, '_' and '-', so that they can be used "
                    "in file names, URLs and exports; the message suggests one.",
                    "'id' 'Trade Unions' is not a valid id: use lower-case letters, digits, '_' and '-' "
                    "(e.g. 'trade_unions')"),
        ProblemCode("bad-language-code", "Bad language code",
                    "Languages are written as ISO 639 codes of two or three letters (fr, en, es), "
                    "optionally with a region (pt-BR).",
                    "'languages' 'English' is not a language code like 'fr'"),
        ProblemCode("unknown-language", "Language not of the map",
                    "A text gives a translation in a language map.yaml does not list.",
                    "language 'de' in 'name' is not one of the map's (fr, en)"),
        ProblemCode("bad-date", "Bad date",
                    "Dates are written YYYY-MM-DD and must be days of the calendar.",
                    "'date' '2026-02-30' is not a day of the calendar"),
        ProblemCode("bad-url", "Bad address",
                    "A source's url must start with http:// or https://; other schemes (javascript:, "
                    "file:) could run code or read files when clicked in the map's page.",
                    "'url' 'javascript:alert(document.cookie)' is not an http:// or https:// address"),
        ProblemCode("bad-color", "Bad colour",
                    "Colours of kinds and link types are written #RRGGBB.",
                    "'color' 'red' is not a colour written #RRGGBB"),
        ProblemCode("bad-dash", "Bad dash pattern",
                    "A link type's dash is false (a solid line) or a list of positive numbers, lengths of "
                    "dashes and gaps.",
                    "'dash' must be false or a list of positive numbers like [8, 4], found [0, -1]"),
        ProblemCode("bad-confidence", "Bad confidence",
                    "confidence is a number from 0 to 1.",
                    "'confidence' must be a number from 0 to 1, found a number (1.5)"),
        ProblemCode("bad-paragraph", "Bad paragraph number",
                    "para is a paragraph number: a whole number from 1.",
                    "'para' must be a paragraph number (1, 2, …), found a whole number (0)"),
        ProblemCode("unknown-shape", "Unknown shape",
                    "A kind's shape is not one the map's page can draw.",
                    "unknown shape 'circle' in 'shape'; accepted: diamond, dot, hexagon, square, star, "
                    "triangle, triangleDown"),
        ProblemCode("unknown-kind", "Unknown actor kind",
                    "An actor's kind is neither a shipped kind nor one map.yaml declares under 'kinds'.",
                    "unknown actor kind 'union' in 'kind'; did you mean 'trade_union'?"),
        ProblemCode("unknown-level", "Unknown level",
                    "An actor's level is not one of the shipped levels.",
                    "unknown level 'nationl' in 'level'; did you mean 'national'?"),
        ProblemCode("unknown-link-type", "Unknown link type",
                    "A link's type is neither a shipped type nor one map.yaml declares under 'link_types'.",
                    "unknown link type 'capacity-building' in 'type'; did you mean 'capacity_building'?"),
        ProblemCode("unknown-strength", "Unknown strength",
                    "A link's strength is not one of required, recommended, endorsed, possible.",
                    "unknown strength 'recommend' in 'strength'; did you mean 'recommended'?"),
    ),
    "References between records": _codes(
        ProblemCode("duplicate-id", "Duplicate id",
                    "Two sources, two actors or two links have the same id; ids name one record each.",
                    "duplicate actor id 'unions' (first at line 2)"),
        ProblemCode("unknown-actor", "Unknown actor",
                    "A link's from or to names an actor that actors.yaml does not declare.",
                    "unknown actor 'civil_socety' in 'to'; did you mean 'civil_society'?"),
        ProblemCode("unknown-source", "Unknown source",
                    "Evidence names a source that map.yaml does not declare.",
                    "unknown source 'acord' in 'source'; did you mean 'accord'?"),
        ProblemCode("unknown-link", "Unknown link",
                    "A tour step names a link that links.yaml does not declare.",
                    "unknown link 'gov-union' in 'links'; did you mean 'gov-unions'?"),
        ProblemCode("self-loop", "Link to itself",
                    "A link's from and to name the same actor; a partnership joins two actors.",
                    "link joins 'governments' to itself; 'from' and 'to' must be two different actors"),
    ),
    "Quotes": _codes(
        ProblemCode("paragraph-not-found", "Paragraph does not exist",
                    "Evidence cites a paragraph number beyond the last paragraph of its source. "
                    "`partnermap paragraphs SOURCE` prints a source's numbered paragraphs.",
                    "paragraph 9 does not exist: source 'accord' has 3 paragraphs"),
        ProblemCode("quote-in-other-paragraph", "Quote in another paragraph",
                    "The quote is in the source, but not in the paragraph cited; the message says where it is.",
                    "quote is in paragraph 3 of source 'accord', not 2"),
        ProblemCode("quote-not-found", "Quote not found",
                    "The quote does not appear in its paragraph. Quotes are compared verbatim, letter case "
                    "included; only runs of white space and typographic quotation marks are normalised. "
                    "The message shows how much of the quote matched.",
                    "quote not found in paragraph 2 of source 'accord'; it matches up to 'governments must "
                    "cooperate with trade '; copy it verbatim from the text"),
    ),
    "Lexicons (partnermap extract)": _codes(
        ProblemCode("unknown-section", "Unknown lexicon section",
                    "A lexicon file holds a top-level section partnermap does not know.",
                    "unknown section 'actor'; did you mean 'actors'?"),
        ProblemCode("unknown-concept", "Unknown actor concept",
                    "A lexicon entry names an actor concept that no lexicon declares under 'actors'.",
                    "unknown actor concept 'unions' in 'pairs'; did you mean 'trade_unions'?"),
        ProblemCode("unknown-context", "Unknown context",
                    "A lexicon entry names a context that no lexicon declares under 'contexts'.",
                    "unknown context 'labour'; declare it under 'contexts'; accepted: government_sectors, "
                    "speakers_support"),
        ProblemCode("bad-phrase", "Bad phrase",
                    "A lexicon phrase is not text, or its pattern syntax (optional words, alternatives) is "
                    "broken (brackets around optional words).",
                    "phrase 'trade [unions' of actor concept 'trade_unions' (en): brackets must come as one pair, "
                    "'[' then ']'"),
        ProblemCode("bad-entry", "Bad lexicon entry",
                    "A lexicon entry does not have the shape its section needs (a word, a plural rule, "
                    "a list of actor concepts or kinds).",
                    "a plural rule must be [ending, replacement], found text 's'"),
    ),
}

PROBLEM_CODES: dict[str, ProblemCode] = {code: entry for group in GROUPS.values() for code, entry in group.items()}
