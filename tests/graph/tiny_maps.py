"""Small maps written in partnermap's YAML format, for tests that need a graph of a known shape."""

from __future__ import annotations

from pathlib import Path

import yaml

QUOTE = "Partners should cooperate"
SOURCE_TEXT = f"A test document\n\n{QUOTE} with each other.\n"


def write_map(folder: Path, actors: list[tuple[str, str, str]], links: list[tuple[str, str, str, str, str]],
              *, languages: tuple[str, ...] = ("en", "fr")) -> Path:
    """Write a valid map into `folder`: actors are (id, English name, kind), links are
    (id, from, to, type, strength); every element quotes paragraph 2 of one source."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "doc.en.txt").write_text(SOURCE_TEXT, encoding="utf-8")

    def evidence() -> list[dict]:  # a new list each time: a shared one would be dumped as a YAML alias
        return [{"source": "doc", "para": 2, "quote": QUOTE}]

    header = {"title": {"en": "Tiny map", "fr": "Petite carte"}, "languages": list(languages),
              "sources": [{"id": "doc", "path": "sources/doc.en.txt", "title": "Doc", "date": "2026-01-01",
                           "language": "en"}]}
    actor_entries = [{"id": i, "name": {"en": name, "fr": f"{name} (fr)"}, "kind": kind, "evidence": evidence()}
                     for i, name, kind in actors]
    link_entries = [{"id": i, "from": a, "to": b, "type": t, "strength": s, "evidence": evidence()}
                    for i, a, b, t, s in links]
    for name, data in (("map", header), ("actors", actor_entries), ("links", link_entries)):
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
    return folder


def star(folder: Path) -> Path:
    """A hub joined to four others by required capacity-building links, and one actor alone."""
    leaves = ["north", "south", "east", "west"]
    return write_map(
        folder,
        [("hub", "Hub", "government"), *((leaf, leaf.title(), "civil_society") for leaf in leaves),
         ("loner", "Loner", "academia")],
        [(f"hub-{leaf}", "hub", leaf, "capacity_building", "required") for leaf in leaves],
    )


def two_triangles(folder: Path) -> Path:
    """Two triangles of recommended links (ministry, police, courts; unions, employers, workers)
    joined by a single link between the ministry and the unions."""
    return write_map(
        folder,
        [("ministry", "Ministry", "government"), ("police", "Police", "government_sector"),
         ("courts", "Courts", "government_sector"), ("unions", "Unions", "trade_union"),
         ("employers", "Employers", "employers_organization"), ("workers", "Workers", "beneficiary")],
        [("ministry-police", "ministry", "police", "policy_implementation", "recommended"),
         ("police-courts", "police", "courts", "policy_implementation", "recommended"),
         ("courts-ministry", "courts", "ministry", "policy_implementation", "recommended"),
         ("unions-employers", "unions", "employers", "social_dialogue", "recommended"),
         ("employers-workers", "employers", "workers", "social_dialogue", "recommended"),
         ("workers-unions", "workers", "unions", "social_dialogue", "recommended"),
         ("ministry-unions", "ministry", "unions", "social_dialogue", "recommended")],
    )
