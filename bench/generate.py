"""Seeded synthetic maps in partnermap's own YAML format, for benchmarks and scale tests.

A generated map looks like a merge of many policy documents: actors of every shipped kind
with names in many scripts (accents, Arabic and Hebrew, CJK…), grouped in communities with
a few hubs, about three links per actor, and every actor and link backed by a quote that
really is in the paragraph it cites of a generated source text. Same arguments, same bytes.

    python -m bench.generate 2000 /tmp/map-2000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SEED = 2026
LINKS_PER_ACTOR = 3.0
# Actors per source document: a merged map cites many documents.
ACTORS_PER_SOURCE = 500

# Kind, how common it is, its usual levels, and French/English name patterns ({place}).
_KINDS: list[tuple[str, int, tuple[str, ...], list[tuple[str, str]]]] = [
    ("government", 3, ("national",), [
        ("Gouvernement de {place}", "Government of {place}"),
        ("Ministère des Affaires étrangères de {place}", "Ministry of Foreign Affairs of {place}"),
    ]),
    ("government_sector", 10, ("national", "local"), [
        ("Service des migrations de {place}", "Migration service of {place}"),
        ("Direction de l'emploi de {place}", "Employment directorate of {place}"),
        ("Police des frontières de {place}", "Border police of {place}"),
        ("Ministère de la Santé de {place}", "Ministry of Health of {place}"),
    ]),
    ("international_organization", 2, ("global", "regional"), [
        ("Bureau de l'OIM à {place}", "IOM office in {place}"),
        ("Bureau du HCR à {place}", "UNHCR office in {place}"),
        ("Bureau de l'OIT à {place}", "ILO office in {place}"),
    ]),
    ("official", 2, ("national", "global"), [
        ("Envoyé spécial pour les migrations de {place}", "Special envoy on migration of {place}"),
        ("Médiateur de {place}", "Ombudsperson of {place}"),
    ]),
    ("multilateral_process", 1, ("global",), [
        ("Forum mondial de {place}", "Global forum of {place}"),
    ]),
    ("regional_process", 2, ("regional", "subregional"), [
        ("Processus consultatif de {place}", "Consultative process of {place}"),
        ("Dialogue régional de {place}", "Regional dialogue of {place}"),
    ]),
    ("regional_institution", 2, ("regional", "subregional"), [
        ("Commission régionale de {place}", "Regional commission of {place}"),
        ("Banque de développement de {place}", "Development bank of {place}"),
    ]),
    ("private_sector", 9, ("national", "local"), [
        ("Société de transferts de fonds de {place}", "Money transfer company of {place}"),
        ("Banque coopérative de {place}", "Cooperative bank of {place}"),
        ("Agence de recrutement de {place}", "Recruitment agency of {place}"),
    ]),
    ("employers_organization", 4, ("national", "local"), [
        ("Fédération des employeurs de {place}", "Employers' federation of {place}"),
        ("Chambre de commerce de {place}", "Chamber of commerce of {place}"),
    ]),
    ("trade_union", 6, ("national", "local"), [
        ("Syndicat des travailleurs migrants de {place}", "Migrant workers' union of {place}"),
        ("Confédération syndicale de {place}", "Trade union confederation of {place}"),
    ]),
    ("civil_society", 14, ("local", "national"), [
        ("Collectif d'aide aux migrants de {place}", "Migrant support collective of {place}"),
        ("Ligue des droits humains de {place}", "Human rights league of {place}"),
        ("Fondation pour l'intégration de {place}", "Integration foundation of {place}"),
    ]),
    ("migrant_association", 14, ("local",), [
        ("Association des ressortissants de {place}", "Association of nationals of {place}"),
        ("Diaspora de {place}", "Diaspora of {place}"),
    ]),
    ("youth_association", 5, ("local",), [
        ("Jeunes migrants de {place}", "Young migrants of {place}"),
    ]),
    ("local_authority", 12, ("local",), [
        ("Mairie de {place}", "City council of {place}"),
        ("Conseil régional de {place}", "Regional council of {place}"),
    ]),
    ("academia", 7, ("national", "global"), [
        ("Université de {place}", "University of {place}"),
        ("Observatoire des migrations de {place}", "Migration observatory of {place}"),
    ]),
    ("public", 2, ("local", "national"), [
        ("Habitants de {place}", "Residents of {place}"),
    ]),
    ("beneficiary", 3, ("local",), [
        ("Travailleurs saisonniers de {place}", "Seasonal workers of {place}"),
        ("Réfugiés accueillis à {place}", "Refugees hosted in {place}"),
    ]),
]

# Places in their own spelling: accents, Arabic, Hebrew, Greek, Cyrillic, CJK, Devanagari…
_PLACES = [
    "Saint-Étienne", "Genève", "Besançon", "Nouméa", "Moûtiers", "Québec", "Zürich", "Kraków",
    "Łódź", "İstanbul", "Diyarbakır", "São Paulo", "Córdoba", "León", "Bogotá", "Asunción",
    "Reykjavík", "Tromsø", "Malmö", "Göteborg", "Dakar", "Saint-Louis", "Bamako", "Ouagadougou",
    "Niamey", "Nouakchott", "Lomé", "Cotonou", "Libreville", "Yaoundé", "Kinshasa", "Antananarivo",
    "Hà Nội", "Đà Nẵng", "Huế", "Phnom Penh", "Manila", "Cebu", "Dhaka", "Kathmandu",
    "الدار البيضاء", "تونس", "عمّان", "بيروت", "الرباط", "القاهرة", "حيفا", "תל אביב",
    "ירושלים", "Αθήνα", "Θεσσαλονίκη", "Київ", "Москва", "Тбилиси", "東京", "大阪", "上海",
    "北京", "香港", "서울", "부산", "मुंबई", "दिल्ली", "Ciudad de México", "Cusco", "La Paz",
]

# Organisations named only in their own language (a plain string, the same in fr and en).
_NATIVE_NAMES = {
    "migrant_association": ["جمعية المهاجرين في {place}", "איגוד המהגרים ב{place}", "{place}移民协会",
                            "Asociación de Migrantes de {place}", "{place} 이주민 협회"],
    "civil_society": ["مؤسسة حقوق الإنسان في {place}", "{place}難民支援協会", "Fundação Cidadania de {place}",
                      "Stowarzyszenie Pomocy Migrantom {place}"],
    "trade_union": ["Sindicato de Trabajadores de {place}", "{place}劳工联合会", "İşçi Sendikası {place}",
                    "Ένωση Εργαζομένων {place}"],
    "local_authority": ["Ayuntamiento de {place}", "{place}市役所", "Urząd Miasta {place}"],
    "academia": ["Universidad de {place}", "{place}大学", "Πανεπιστήμιο {place}", "جامعة {place}"],
}

_DEFAULT_TYPES = ("knowledge_sharing", "capacity_building", "policy_implementation")
# Link types that fit a pair of kinds (either order); other pairs get _DEFAULT_TYPES.
_TYPES_FOR = {
    frozenset({"government"}): ("bilateral_agreement", "multilateral_cooperation", "border_cooperation"),
    frozenset({"government", "trade_union"}): ("social_dialogue", "policy_development"),
    frozenset({"government", "employers_organization"}): ("social_dialogue", "policy_development"),
    frozenset({"government", "private_sector"}): ("public_private_partnership", "remittances"),
    frozenset({"government", "migrant_association"}): ("integration", "remittances", "policy_development"),
    frozenset({"government", "international_organization"}): ("capacity_building", "protection"),
    frozenset({"government", "regional_process"}): ("multilateral_cooperation", "global_dialogue"),
    frozenset({"government", "multilateral_process"}): ("global_dialogue",),
    frozenset({"government_sector", "international_organization"}): ("capacity_building", "border_cooperation"),
    frozenset({"government_sector", "beneficiary"}): ("service_delivery", "protection"),
    frozenset({"local_authority", "migrant_association"}): ("integration", "service_delivery"),
    frozenset({"local_authority", "public"}): ("public_awareness",),
    frozenset({"civil_society", "beneficiary"}): ("service_delivery", "protection"),
    frozenset({"civil_society", "public"}): ("public_awareness",),
    frozenset({"private_sector", "migrant_association"}): ("remittances",),
    frozenset({"academia", "government_sector"}): ("knowledge_sharing", "policy_development"),
    frozenset({"trade_union", "employers_organization"}): ("social_dialogue",),
    frozenset({"government_sector"}): ("irregular_migration", "border_cooperation", "knowledge_sharing"),
}
_TOPICS = {  # French words for each link type, as the source sentences use them
    "bilateral_agreement": "accords bilatéraux", "multilateral_cooperation": "coopération multilatérale",
    "global_dialogue": "dialogue mondial", "public_private_partnership": "partenariats public-privé",
    "social_dialogue": "dialogue social", "policy_development": "élaboration des politiques",
    "policy_implementation": "mise en œuvre des politiques", "service_delivery": "services aux migrants",
    "capacity_building": "renforcement des capacités", "remittances": "transferts de fonds",
    "border_cooperation": "gestion des frontières", "protection": "protection des migrants",
    "integration": "intégration", "irregular_migration": "migrations irrégulières",
    "public_awareness": "sensibilisation du public", "knowledge_sharing": "partage des connaissances",
}
# Strength and the French sentence that asks for it (docs/data-format.md's modal verbs).
_STRENGTHS = [
    ("required", 2, "{a} et {b} doivent coopérer en matière de {topic}"),
    ("recommended", 5, "{a} et {b} devraient travailler ensemble dans le domaine de {topic}"),
    ("endorsed", 2, "le partenariat entre {a} et {b} en matière de {topic} a été salué"),
    ("possible", 2, "{a} et {b} pourraient unir leurs efforts en matière de {topic}"),
]
_ACTOR_SENTENCES = [
    "{name} a présenté son action auprès des migrants",
    "les participants ont entendu le témoignage de {name}",
    "{name} a décrit les difficultés rencontrées sur le terrain",
    "le rôle de {name} a été souligné par plusieurs délégations",
]


@dataclass
class _Actor:
    index: int
    id: str
    name: dict[str, str] | str
    kind: str
    level: str
    community: int
    evidence: list[tuple[str, int, str]] = field(default_factory=list)


@dataclass
class _Link:
    id: str
    source: _Actor
    target: _Actor
    type: str
    strength: str
    directed: bool
    evidence: list[tuple[str, int, str]] = field(default_factory=list)


def generate_map(folder: str | Path, *, actors: int, seed: int = DEFAULT_SEED,
                 links_per_actor: float = LINKS_PER_ACTOR) -> Path:
    """Write a valid map of `actors` actors and about `links_per_actor` links each into `folder`.

    The folder gets map.yaml, actors.yaml, links.yaml and sources/*.txt; returns the folder.
    """
    if actors < 2:
        raise ValueError("a generated map needs at least 2 actors")
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    people = _make_actors(rng, actors)
    links = _make_links(rng, people, round(actors * links_per_actor))
    sources = _write_sources(rng, folder, people, links)
    (folder / "map.yaml").write_text(_map_yaml(actors, len(links), sources, links), encoding="utf-8")
    (folder / "actors.yaml").write_text(_actors_yaml(rng, people), encoding="utf-8")
    (folder / "links.yaml").write_text(_links_yaml(rng, links), encoding="utf-8")
    return folder


def _make_actors(rng: random.Random, count: int) -> list[_Actor]:
    kinds = [k for k, weight, _, _ in _KINDS for _ in range(weight)]
    by_kind = {k: (levels, patterns) for k, _, levels, patterns in _KINDS}
    used: dict[str, int] = {}
    people = []
    community, left = 0, rng.randint(5, 60)
    for index in range(count):
        if left == 0:
            community, left = community + 1, rng.randint(5, 60)
        left -= 1
        kind = rng.choice(kinds)
        levels, patterns = by_kind[kind]
        place = rng.choice(_PLACES)
        if kind in _NATIVE_NAMES and rng.random() < 0.3:
            base_fr = base_en = rng.choice(_NATIVE_NAMES[kind]).format(place=place)
        else:
            fr, en = rng.choice(patterns)
            base_fr, base_en = fr.format(place=place), en.format(place=place)
        used[base_fr] = seen = used.get(base_fr, 0) + 1
        if seen > 1:  # many maps name several branches of one organisation
            base_fr, base_en = f"{base_fr} (antenne {seen})", f"{base_en} (branch {seen})"
        name: dict[str, str] | str = base_fr if base_fr == base_en else {"fr": base_fr, "en": base_en}
        people.append(_Actor(index, _slug(base_en, kind, index), name, kind, rng.choice(levels), community))
    return people


def _slug(name: str, kind: str, index: int) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:40].strip("-") or kind.replace("_", "-")
    return f"{words}-{index:x}"


def _make_links(rng: random.Random, people: list[_Actor], total: int) -> list[_Link]:
    """A spanning tree inside and between communities, then links to hubs (preferential attachment)."""
    members: dict[int, list[_Actor]] = {}
    for actor in people:
        members.setdefault(actor.community, []).append(actor)
    # An actor appears in these lists once, plus once per link: picking from them favours hubs.
    local_pool: dict[int, list[_Actor]] = {c: list(group) for c, group in members.items()}
    global_pool: list[_Actor] = list(people)
    pairs: list[tuple[_Actor, _Actor]] = []
    for community, group in members.items():
        for position, actor in enumerate(group):
            if position:
                pairs.append((actor, rng.choice(group[:position])))
            elif community:
                pairs.append((actor, rng.choice(members[rng.randrange(community)])))
    while len(pairs) < total:
        actor = rng.choice(people)
        pool = local_pool[actor.community] if rng.random() < 0.85 else global_pool
        other = rng.choice(pool)
        if other is not actor:
            pairs.append((actor, other))
            local_pool[actor.community].append(actor)
            local_pool[other.community].append(other)
            global_pool.extend((actor, other))
    strengths = [s for s, weight, _ in _STRENGTHS for _ in range(weight)]
    links = []
    for number, (a, b) in enumerate(pairs[:total]):
        link_type = rng.choice(_TYPES_FOR.get(frozenset({a.kind, b.kind}), _DEFAULT_TYPES))
        link_id = f"{link_type.replace('_', '-')}-{number:x}"
        links.append(_Link(link_id, a, b, link_type, rng.choice(strengths), rng.random() < 0.15))
    return links


def _text_name(actor: _Actor) -> str:
    return actor.name if isinstance(actor.name, str) else actor.name["fr"]


def _capital(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def _write_sources(rng: random.Random, folder: Path, people: list[_Actor], links: list[_Link]) -> list[str]:
    """One source text per ACTORS_PER_SOURCE actors; records each quote's paragraph on its actor/link."""
    count = max(1, -(-len(people) // ACTORS_PER_SOURCE))
    sentences: list[list[tuple[str, list]]] = [[] for _ in range(count)]
    verbs = {s: pattern for s, _, pattern in _STRENGTHS}
    for actor in people:
        pattern = rng.choice(_ACTOR_SENTENCES)
        sentences[actor.index // ACTORS_PER_SOURCE].append(
            (_capital(pattern.format(name=f"« {_text_name(actor)} »")), actor.evidence))
    for link in links:
        sentence = verbs[link.strength].format(a=_text_name(link.source), b=_text_name(link.target),
                                               topic=_TOPICS[link.type])
        sentences[link.source.index // ACTORS_PER_SOURCE].append((_capital(sentence), link.evidence))
    ids = []
    for number, block in enumerate(sentences, 1):
        source_id = f"rapport-{number:03d}"
        rng.shuffle(block)
        paragraphs = [f"Rapport de synthèse n° {number} sur les partenariats pour les migrations",
                      f"Réunion du {1 + number % 28} mars 2026"]
        position = 0
        while position < len(block):
            size = rng.randint(3, 6)
            chunk = block[position:position + size]
            position += size
            for sentence, evidence in chunk:
                evidence.append((source_id, len(paragraphs) + 1, sentence))
            paragraphs.append(" ".join(f"{sentence}." for sentence, _ in chunk))
        (folder / "sources" / f"{source_id}.fr.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        ids.append(source_id)
    return ids


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _text(value: dict[str, str] | str) -> str:
    if isinstance(value, str):
        return _q(value)
    return "{" + ", ".join(f"{language}: {_q(text)}" for language, text in value.items()) + "}"


def _evidence(evidence: list[tuple[str, int, str]]) -> list[str]:
    lines = ["  evidence:"]
    for source, para, sentence in evidence:
        # A whole sentence of the source, without its full stop.
        lines.append(f"    - {{source: {source}, para: {para}, quote: {_q(sentence)}}}")
    return lines


def _map_yaml(actors: int, links: int, sources: list[str], all_links: list[_Link]) -> str:
    lines = [
        "# Generated by bench/generate.py: a synthetic map for benchmarks.",
        f"title: {{fr: {_q(f'Carte synthétique de {actors} acteurs')}, en: {_q(f'Synthetic map of {actors} actors')}}}",
        f"description: {_q(f'{actors} acteurs, {links} partenariats, générés pour les mesures de performance.')}",
        "languages: [fr, en]",
        "sources:",
    ]
    for number, source_id in enumerate(sources, 1):
        lines += [f"  - id: {source_id}", f"    path: sources/{source_id}.fr.txt",
                  f"    title: {{fr: {_q(f'Rapport de synthèse n° {number}')}, en: {_q(f'Summary report {number}')}}}",
                  f"    date: 2026-03-{1 + number % 28:02d}", "    language: fr"]
    lines.append("tour:")
    for link_type in ("social_dialogue", "remittances", "protection"):
        chosen = [link.id for link in all_links if link.type == link_type][:5]
        if chosen:
            step = sum(line.startswith("  - title:") for line in lines) + 1
            lines += [f"  - title: {_q(f'{step}. {_TOPICS[link_type].capitalize()}')}",
                      f"    links: [{', '.join(chosen)}]"]
    if lines[-1] == "tour:":
        lines.pop()
    return "\n".join(lines) + "\n"


def _actors_yaml(rng: random.Random, people: list[_Actor]) -> str:
    lines = ["# Generated by bench/generate.py."]
    for actor in people:
        lines += ["", f"- id: {actor.id}", f"  name: {_text(actor.name)}", f"  kind: {actor.kind}",
                  f"  level: {actor.level}"]
        if rng.random() < 0.3:
            lines.append(f"  aliases: [{_q(actor.id.rsplit('-', 1)[0].upper())}]")
        if rng.random() < 0.2:
            lines.append(f"  description: {{fr: {_q('Acteur cité dans plusieurs rapports.')}, "
                         f"en: {_q('Actor cited in several reports.')}}}")
        lines += _evidence(actor.evidence)
        if rng.random() < 0.05:
            lines += [f"  confidence: {rng.randint(50, 99) / 100}", "  needs_review: true"]
    return "\n".join(lines) + "\n"


def _links_yaml(rng: random.Random, links: list[_Link]) -> str:
    lines = ["# Generated by bench/generate.py."]
    for link in links:
        lines += ["", f"- id: {link.id}", f"  from: {link.source.id}", f"  to: {link.target.id}",
                  f"  type: {link.type}", f"  strength: {link.strength}"]
        if link.directed:
            lines.append("  directed: true")
        if rng.random() < 0.2:
            english = link.type.replace("_", " ")
            lines.append(f"  summary: {{fr: {_q(f'Partenariat en matière de {_TOPICS[link.type]}.')}, "
                         f"en: {_q(f'Partnership on {english}.')}}}")
        lines += _evidence(link.evidence)
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a seeded synthetic partnermap map.")
    parser.add_argument("actors", type=int, help="number of actors")
    parser.add_argument("folder", type=Path, help="folder to write the map into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    parser.add_argument("--links-per-actor", type=float, default=LINKS_PER_ACTOR,
                        help="links per actor (default %(default)s)")
    arguments = parser.parse_args()
    generate_map(arguments.folder, actors=arguments.actors, seed=arguments.seed,
                 links_per_actor=arguments.links_per_actor)


if __name__ == "__main__":
    main()
