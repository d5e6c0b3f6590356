"""Measures of a map: who is central, who brokers between groups, what the map covers and misses.

Every measure treats a partnership as going both ways (a `directed` link still means the two
actors work together) and is deterministic: fixed seeds, file order, values rounded to
DECIMALS places, so the same map gives the same numbers, and the same bytes, every time.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, ClassVar

from ...words import broker_reasons
from ..model.records import PartnerMap
from .coverage import SourceCoverage, source_coverage
from .timeline import timeline

if TYPE_CHECKING:
    from collections.abc import Iterator

    import networkx as nx

    from ..model.vocab import Term

DECIMALS = 6
COMMUNITY_SEED = 42
BETWEENNESS_SEED = 42
# Exact betweenness costs one breadth-first search per actor (O(n·m)). Above this many actors
# it is estimated from the searches of BETWEENNESS_SAMPLES actors drawn with a fixed seed
# (timings in docs/analysis.md, measured with bench/analysis_bench.py).
EXACT_BETWEENNESS_MAX_ACTORS = 1000
BETWEENNESS_SAMPLES = 64
PAGERANK_DAMPING = 0.85
PAGERANK_TOLERANCE = 1e-9  # stop when no rank moves by more: well below the 6 decimals kept
PAGERANK_MAX_ITERATIONS = 1000

METRIC_NAMES = ("degree", "weighted_degree", "betweenness", "pagerank", "community")
# How many brokers a report lists, best first: on a large map most actors with one partner
# "cut off" nobody, but a long tail of small cut-points would drown the ones that matter.
BROKERS_LISTED = 20
NO_LEVEL = "unspecified"


def partnership_graph(partner_map: PartnerMap) -> nx.Graph:
    """An undirected simple graph of the map: one edge per pair of partners.

    Several links between the same two actors become one edge whose `weight` is the sum of
    their strengths' weights and whose `links` lists their ids in file order.
    """
    import networkx as nx

    strengths = partner_map.vocabulary.strengths
    pairs: dict[tuple[str, str], dict[str, Any]] = {}  # first orientation met -> edge data
    for link in partner_map.links.values():
        pair = (link.from_actor, link.to_actor)
        if pair not in pairs:
            pair = (link.to_actor, link.from_actor) if (link.to_actor, link.from_actor) in pairs else pair
        data = pairs.setdefault(pair, {"weight": 0.0, "links": []})
        data["weight"] += _strength_weight(strengths, link.strength)
        data["links"].append(link.id)
    graph = nx.Graph()
    graph.add_nodes_from(partner_map.actors)
    graph.add_edges_from((a, b, data) for (a, b), data in pairs.items())
    return graph


def betweenness_is_sampled(partner_map: PartnerMap) -> bool:
    """Whether actor_metrics estimates betweenness from samples rather than computing it exactly."""
    return len(partner_map.actors) > EXACT_BETWEENNESS_MAX_ACTORS


def actor_metrics(partner_map: PartnerMap) -> dict[str, dict[str, float | int]]:
    """Per actor, in file order: degree, weighted_degree, betweenness, pagerank, community.

    - degree: number of links touching the actor (two links with the same partner count twice);
    - weighted_degree: the sum of those links' strength weights (required 4 … possible 1);
    - betweenness: share of shortest paths between other actors that pass through it
      (normalised to 0..1, link strengths ignored); estimated from BETWEENNESS_SAMPLES
      sources with a fixed seed on maps above EXACT_BETWEENNESS_MAX_ACTORS actors;
    - pagerank: PageRank over partnerships weighted by strength (sums to 1);
    - community: Louvain community number (fixed seed), numbered 0, 1, … in the order
      their first actor appears in actors.yaml.
    """
    graph = partnership_graph(partner_map)
    degree = dict.fromkeys(partner_map.actors, 0)
    weighted = dict.fromkeys(partner_map.actors, 0.0)
    strengths = partner_map.vocabulary.strengths
    for link in partner_map.links.values():
        weight = _strength_weight(strengths, link.strength)
        for end in (link.from_actor, link.to_actor):
            degree[end] += 1
            weighted[end] += weight
    betweenness = betweenness_centrality(graph, samples=(
        BETWEENNESS_SAMPLES if betweenness_is_sampled(partner_map) else None))
    pagerank = _pagerank(graph)
    community = communities_by_actor(partner_map, graph)
    return {
        actor: {
            "degree": degree[actor],
            "weighted_degree": round(weighted[actor], DECIMALS),
            "betweenness": round(betweenness[actor], DECIMALS),
            "pagerank": round(pagerank[actor], DECIMALS),
            "community": community[actor],
        }
        for actor in partner_map.actors
    }


def communities_by_actor(partner_map: PartnerMap, graph: nx.Graph | None = None) -> dict[str, int]:
    """Louvain community of each actor, numbered by the file order of each community's first actor."""
    import networkx as nx

    graph = partnership_graph(partner_map) if graph is None else graph
    if graph.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(graph, weight="weight", seed=COMMUNITY_SEED)
    member_of = {actor: index for index, members in enumerate(found) for actor in members}
    renumbered: dict[int, int] = {}
    for actor in partner_map.actors:
        renumbered.setdefault(member_of[actor], len(renumbered))
    return {actor: renumbered[member_of[actor]] for actor in partner_map.actors}


def betweenness_centrality(graph: nx.Graph, *, samples: int | None = None,
                           seed: int = BETWEENNESS_SEED) -> dict[str, float]:
    """Normalised betweenness (Brandes' algorithm, unweighted), the same values as networkx's.

    With `samples`, only the shortest paths from that many actors drawn with `seed` are
    counted and the sums are scaled up, as `networkx.betweenness_centrality(k=..., seed=...)`
    does since networkx 3.5. Written over integer indices because it runs about four
    times faster than networkx's version, which matters on maps of thousands of actors.
    """
    import random

    nodes = list(graph)
    count = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    neighbours = [[index[other] for other in graph[node]] for node in nodes]
    score = [0.0] * count
    sources: range | list[int]
    if samples is None or samples >= count:
        sources, samples = range(count), None
    else:
        sources = [index[node] for node in random.Random(seed).sample(nodes, samples)]
    for source in sources:
        _accumulate_paths_from(source, neighbours, score)
    if count <= 2:
        return dict.fromkeys(nodes, 0.0)
    if samples is None:
        scale = [1.0 / ((count - 1) * (count - 2))] * count
    else:
        # A sampled source cannot lie inside its own paths, so it had one source fewer to gain from.
        scale = [1.0 / (samples * (count - 2))] * count
        for source in sources:
            scale[source] = 1.0 / ((samples - 1) * (count - 2)) if samples > 1 else 0.0
    return {node: score[i] * scale[i] for i, node in enumerate(nodes)}


def _accumulate_paths_from(source: int, neighbours: list[list[int]], score: list[float]) -> None:
    """Add to `score` each actor's share of the shortest paths starting at `source`."""
    count = len(neighbours)
    paths = [0] * count  # number of shortest paths from source
    distance = [-1] * count
    paths[source], distance[source] = 1, 0
    order = [source]  # actors in the order the breadth-first search reaches them
    position = 0
    while position < len(order):
        actor = order[position]
        position += 1
        next_distance, actor_paths = distance[actor] + 1, paths[actor]
        for other in neighbours[actor]:
            if distance[other] < 0:
                distance[other] = next_distance
                paths[other] = actor_paths
                order.append(other)
            elif distance[other] == next_distance:
                paths[other] += actor_paths
    dependency = [0.0] * count
    for actor in reversed(order):
        previous_distance = distance[actor] - 1
        share = (1.0 + dependency[actor]) / paths[actor]
        for other in neighbours[actor]:
            if distance[other] == previous_distance:
                dependency[other] += paths[other] * share
        if actor != source:
            score[actor] += dependency[actor]


def _strength_weight(strengths: dict[str, Term], strength: str) -> float:
    term = strengths.get(strength)
    return float(term.weight) if term is not None and term.weight is not None else 1.0


def _pagerank(graph: nx.Graph) -> dict[str, float]:
    """Weighted PageRank by power iteration, in pure Python (networkx's own needs scipy).

    An actor with no partner spreads its rank evenly over every actor, as networkx does.
    Each step "pulls" rank from partners with map() over lists, which keeps the loops in C.
    """
    from operator import mul, sub

    nodes = list(graph)
    count = len(nodes)
    if count == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    total = [graph.degree(node, weight="weight") for node in nodes]
    # For each actor: its partners' indices, and the damped share of each partner's rank it receives.
    partners = [[index[other] for other in graph[node]] for node in nodes]
    shares = [[PAGERANK_DAMPING * graph[node][other]["weight"] / total[index[other]] for other in graph[node]]
              for node in nodes]
    lonely = [i for i, weight in enumerate(total) if not weight]
    rank = [1.0 / count] * count
    for _ in range(PAGERANK_MAX_ITERATIONS):
        spread = (PAGERANK_DAMPING * sum(rank[i] for i in lonely) + 1.0 - PAGERANK_DAMPING) / count
        new = [spread + sum(map(mul, map(rank.__getitem__, partners[j]), shares[j])) for j in range(count)]
        change = max(map(abs, map(sub, new, rank)))
        rank = new
        if change < PAGERANK_TOLERANCE:
            break
    return dict(zip(nodes, rank, strict=True))


# --- The whole map: counts, components, communities, brokers, coverage, gaps -----------------


@dataclass(frozen=True)
class StatsReport:
    """What `partnermap stats` reports, one field per section, as plain dicts and lists.

    `to_dict()` is the report as `--format json` prints it (see docs/analysis.md);
    `to_rows(table)` flattens one part into a list of flat dicts, for csv.DictWriter or a
    DataFrame; partnermap.graph.output.stats_text lays it out as text. A new section is a new
    field here (and, to be read, an entry in stats_text's sections).
    """

    title: str
    selection: str  # the words describing the selection, "everything" when nothing was left out
    language: str
    size: dict[str, int]
    density: float
    betweenness: dict[str, Any]  # how betweenness was computed: exact, or sampled with a seed
    counts: dict[str, dict[str, int]]
    components: list[list[str]]
    communities: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    brokers: list[dict[str, Any]]
    coverage: dict[str, dict[str, int]]
    gaps: dict[str, Any]
    timeline: dict[str, Any]  # per link, actor and document: who states what, since when (timeline.py)
    sources: tuple[SourceCoverage, ...]  # per source: its paragraphs, those cited, the others (coverage.py)

    TABLES: ClassVar[tuple[str, ...]] = ("actors", "counts", "communities", "brokers", "coverage", "gaps",
                                         "link_dates", "actor_dates", "documents")

    def to_dict(self) -> dict[str, Any]:
        """The whole report as plain data, sections in field order (json.dumps takes it as is)."""
        data = {field.name: getattr(self, field.name) for field in fields(self)}
        data["sources"] = [source.to_dict() for source in self.sources]  # without the first words
        return data

    def to_rows(self, table: str = "actors") -> list[dict[str, Any]]:
        """One part of the report as rows of scalars: actors (default), counts, communities,
        brokers, coverage or gaps. Raises ValueError for another name."""
        if table not in self.TABLES:
            raise ValueError(f"unknown table '{table}'; accepted: {', '.join(self.TABLES)}")
        rows: list[dict[str, Any]] = getattr(self, f"_{table}_rows")()  # one method per table below
        return rows

    def _actors_rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.actors]

    def _counts_rows(self) -> list[dict[str, Any]]:
        return [{"field": field, "value": value, "count": count}
                for field, counts in self.counts.items() for value, count in counts.items()]

    def _communities_rows(self) -> list[dict[str, Any]]:
        return [{"community": c["community"], "named_after": c["named_after"], "size": len(c["actors"]),
                 "actors": " ".join(c["actors"])} for c in self.communities]

    def _brokers_rows(self) -> list[dict[str, Any]]:
        return [{"actor": b["actor"], "name": b["name"], "only_link_pairs": len(b["only_link_between"]),
                 "cuts_off": len(b["cuts_off"]), "betweenness": b["betweenness"],
                 "reasons": "; ".join(b["reasons"])} for b in self.brokers]

    def _coverage_rows(self) -> list[dict[str, Any]]:
        return [{"kind": kind, **row} for kind, row in self.coverage.items()]

    def _gaps_rows(self) -> list[dict[str, Any]]:
        gaps = self.gaps
        rows = [{"gap": "actor_without_links", "kind": "", "value": a} for a in gaps["actors_without_links"]]
        rows += [{"gap": "kind_without_links", "kind": k, "value": ""} for k in gaps["kinds_without_links"]]
        rows += [{"gap": "type_without_kind", "kind": k, "value": t}
                 for k, types in gaps["types_without_kind"].items() for t in types]
        rows += [{"gap": "type_unused", "kind": "", "value": t} for t in gaps["types_unused"]]
        return rows

    def _link_dates_rows(self) -> list[dict[str, Any]]:
        return [{**stated, "sources": " ".join(stated["sources"])} for stated in self.timeline["links"]]

    def _actor_dates_rows(self) -> list[dict[str, Any]]:
        return [{**stated, "sources": " ".join(stated["sources"])} for stated in self.timeline["actors"]]

    def _documents_rows(self) -> list[dict[str, Any]]:
        return [{"source": d["source"], "date": d["date"], "adds_links": len(d["links"]["adds"]),
                 "restates_links": len(d["links"]["restates"]), "adds_actors": len(d["actors"]["adds"]),
                 "restates_actors": len(d["actors"]["restates"])} for d in self.timeline["documents"]]


def map_stats(partner_map: PartnerMap, *, language: str | None = None, selection: str = "everything",
              metrics: dict[str, dict[str, float | int]] | None = None) -> StatsReport:
    """Everything `partnermap stats` reports about `partner_map` (already narrowed by a selection).

    `language` chooses names and reasons (default: the map's); `selection` is the words
    describing the selection, kept in the report; `metrics` saves recomputing actor_metrics.
    """
    import networkx as nx

    language = language or partner_map.language
    graph = partnership_graph(partner_map)
    metrics = metrics if metrics is not None else actor_metrics(partner_map)
    communities = _communities(partner_map, metrics)
    return StatsReport(
        title=partner_map.text(partner_map.title, language),
        selection=selection,
        language=language,
        size={"actors": len(partner_map.actors), "links": len(partner_map.links),
              "sources": len(partner_map.sources), "partner_pairs": graph.number_of_edges()},
        density=round(nx.density(graph), DECIMALS) if len(graph) > 1 else 0.0,
        betweenness=({"method": "sampled", "samples": BETWEENNESS_SAMPLES, "seed": BETWEENNESS_SEED}
                     if betweenness_is_sampled(partner_map) else {"method": "exact"}),
        counts=counts(partner_map),
        components=components(partner_map, graph),
        communities=communities,
        actors=[{"id": actor.id, "name": partner_map.text(actor.name, language), "kind": actor.kind,
                 "level": actor.level or NO_LEVEL, **metrics[actor.id]}
                for actor in partner_map.actors.values()],
        brokers=brokers(partner_map, graph=graph, metrics=metrics, language=language),
        coverage=coverage(partner_map),
        gaps=gaps(partner_map),
        sources=tuple(source_coverage(partner_map)),
        timeline=timeline(partner_map).to_dict(),
    )


def counts(partner_map: PartnerMap) -> dict[str, dict[str, int]]:
    """Actors by kind and level, links by type, strength and source (the sources their evidence
    quotes), each in vocabulary order and leaving out what the map does not use."""
    vocabulary = partner_map.vocabulary
    by_level = _tally((a.level or NO_LEVEL for a in partner_map.actors.values()), [*vocabulary.levels, NO_LEVEL])
    links = partner_map.links.values()
    return {
        "kind": _tally((a.kind for a in partner_map.actors.values()), vocabulary.kinds),
        "level": by_level,
        "type": _tally((link.type for link in links), vocabulary.link_types),
        "strength": _tally((link.strength for link in links), vocabulary.strengths),
        "source": _tally((s for link in links for s in sorted({e.source for e in link.evidence})),
                         partner_map.sources),
    }


def components(partner_map: PartnerMap, graph: nx.Graph | None = None) -> list[list[str]]:
    """Groups of actors joined by some chain of partnerships: largest first, actors in file order."""
    import networkx as nx

    graph = partnership_graph(partner_map) if graph is None else graph
    order = {actor: i for i, actor in enumerate(partner_map.actors)}
    found = [sorted(members, key=order.__getitem__) for members in nx.connected_components(graph)]
    return sorted(found, key=lambda members: (-len(members), order[members[0]]))


def coverage(partner_map: PartnerMap) -> dict[str, dict[str, int]]:
    """Kind × link type: how many links of each type have an actor of each kind at one end.

    Rows are the kinds of the map's actors, columns the link types its links use (both in
    vocabulary order); a link between two actors of one kind counts once for that kind.
    """
    vocabulary = partner_map.vocabulary
    kinds = [k for k in _in_order({a.kind for a in partner_map.actors.values()}, vocabulary.kinds)]
    types = [t for t in _in_order({link.type for link in partner_map.links.values()}, vocabulary.link_types)]
    matrix = {kind: dict.fromkeys(types, 0) for kind in kinds}
    actors = partner_map.actors
    for link in partner_map.links.values():
        for kind in {actors[link.from_actor].kind, actors[link.to_actor].kind}:
            matrix[kind][link.type] += 1
    return matrix


def gaps(partner_map: PartnerMap) -> dict[str, Any]:
    """What the map names but does not connect.

    - actors_without_links: actors in no partnership (file order);
    - kinds_without_links: kinds that have actors, none of them in a partnership;
    - types_without_kind: for each kind that has partnerships, the link types of the map
      that no actor of that kind takes part in;
    - types_unused: link types of the vocabulary no link of the map has.
    """
    matrix = coverage(partner_map)
    linked = {end for link in partner_map.links.values() for end in (link.from_actor, link.to_actor)}
    without_kind = {kind: [t for t, n in row.items() if n == 0] for kind, row in matrix.items()
                    if any(row.values())}
    used = {link.type for link in partner_map.links.values()}
    return {
        "actors_without_links": [a for a in partner_map.actors if a not in linked],
        "kinds_without_links": [kind for kind, row in matrix.items() if not any(row.values())],
        "types_without_kind": {kind: types for kind, types in without_kind.items() if types},
        "types_unused": [t for t in partner_map.vocabulary.link_types if t not in used],
    }


def brokers(partner_map: PartnerMap, *, graph: nx.Graph | None = None,
            metrics: dict[str, dict[str, float | int]] | None = None,
            language: str | None = None, limit: int = BROKERS_LISTED) -> list[dict[str, Any]]:
    """The actors whose removal most disconnects the map's partnership communities, best first.

    An actor is a broker when it is the only link between two communities (every partnership
    between their members involves it) or when removing it cuts actors off from the rest of
    its component. Ranked by the number of community pairs it alone links, then the number
    of actors it cuts off, then betweenness, then file order. Each comes with its reasons in
    words, in `language` (see partnermap.words).
    """
    language = language or partner_map.language
    graph = partnership_graph(partner_map) if graph is None else graph
    metrics = metrics if metrics is not None else actor_metrics(partner_map)
    community = {actor: int(values["community"]) for actor, values in metrics.items()}
    namer = {c["community"]: c["named_after"] for c in _communities(partner_map, metrics)}
    order = {actor: i for i, actor in enumerate(partner_map.actors)}
    only_link = _only_links(graph, community)
    cut_points = _CutPoints(graph, order)
    ranked = sorted(
        (actor for actor in partner_map.actors if actor in only_link or cut_points.count(actor)),
        key=lambda a: (-len(only_link.get(a, ())), -cut_points.count(a), -metrics[a]["betweenness"], order[a]))
    found = []
    for actor in ranked[:limit]:
        pairs = sorted(only_link.get(actor, ()))
        cut = cut_points.cut_off(actor)
        found.append({
            "actor": actor,
            "name": partner_map.text(partner_map.actors[actor].name, language),
            "community": community[actor],
            "only_link_between": [list(pair) for pair in pairs],
            "cuts_off": cut,
            "betweenness": metrics[actor]["betweenness"],
            "reasons": _reasons(partner_map, pairs, cut, namer, language),
        })
    return found


def _communities(partner_map: PartnerMap, metrics: dict[str, dict[str, float | int]]) -> list[dict[str, Any]]:
    """Each community with its actors (file order), named after its member of highest weighted degree."""
    members: dict[int, list[str]] = {}
    for actor in partner_map.actors:
        members.setdefault(int(metrics[actor]["community"]), []).append(actor)
    return [{"community": number,
             # max() keeps the first of equals: the earliest in file order wins a tie.
             "named_after": max(actors, key=lambda a: metrics[a]["weighted_degree"]),
             "actors": actors}
            for number, actors in sorted(members.items())]


def _only_links(graph: nx.Graph, community: dict[str, int]) -> dict[str, set[tuple[int, int]]]:
    """For each actor, the community pairs all of whose partnerships involve it."""
    touching: dict[tuple[int, int], set[str]] = {}
    for a, b in graph.edges():
        first, second = sorted((community[a], community[b]))
        if first == second:
            continue
        pair = (first, second)
        # The actors every partnership of this pair has gone through so far.
        common = {a, b} if pair not in touching else touching[pair] & {a, b}
        touching[pair] = common
    result: dict[str, set[tuple[int, int]]] = {}
    for pair, actors in touching.items():
        for actor in actors:
            result.setdefault(actor, set()).add(pair)
    return result


class _CutPoints:
    """The actors whose removal splits their component, and whom each would cut off.

    One depth-first search per component (Hopcroft–Tarjan low points), started from the
    component's first actor in file order: a child whose subtree cannot reach above an actor
    is a part that only this actor holds to the rest. Subtrees are kept as ranges of the
    search's preorder, so counting is linear and lists are built only for the actors shown.
    """

    def __init__(self, graph: nx.Graph, order: dict[str, int]):
        self._order = order
        self._preorder: list[str] = []
        self._position: dict[str, int] = {}
        # actor -> (first and past-the-end preorder positions of its component, its held subtrees)
        self._held: dict[str, tuple[int, int, list[tuple[int, int]]]] = {}
        for root in sorted(graph, key=order.__getitem__):
            if root not in self._position:
                self._search(graph, root)

    def count(self, actor: str) -> int:
        """How many actors lose every path to the largest part of the component without `actor`."""
        if actor not in self._held:
            return 0
        first, end, _ = self._held[actor]
        return end - first - 1 - max(size for size, _ in self._parts(actor))

    def cut_off(self, actor: str) -> list[str]:
        """Those actors, in file order. On a tie for the largest part, the part holding the
        component's first actor stays, else the part the search reached first."""
        if not self.count(actor):
            return []
        parts = self._parts(actor)
        kept = max(range(len(parts)), key=lambda i: (parts[i][0], -i))
        first, end, held = self._held[actor]
        cut = []
        for i, (_, span) in enumerate(parts):
            if i == kept:
                continue
            if span is None:  # the rest of the component: neither the actor nor a held subtree
                inside = {p for a, b in held for p in range(a, b)}
                cut += [self._preorder[p] for p in range(first, end)
                        if p not in inside and self._preorder[p] != actor]
            else:
                cut += self._preorder[span[0]:span[1]]
        return sorted(cut, key=self._order.__getitem__)

    def _parts(self, actor: str) -> list[tuple[int, tuple[int, int] | None]]:
        """(size, preorder span) of each part the component falls into; span None is the rest."""
        first, end, held = self._held[actor]
        rest = end - first - 1 - sum(b - a for a, b in held)
        parts: list[tuple[int, tuple[int, int] | None]] = [(rest, None)] if rest else []
        return parts + [(b - a, (a, b)) for a, b in held]

    def _search(self, graph: nx.Graph, root: str) -> None:
        first = len(self._preorder)
        low: dict[str, int] = {}
        held: dict[str, list[tuple[int, int]]] = {}

        def enter(actor: str) -> None:
            self._position[actor] = low[actor] = len(self._preorder)
            self._preorder.append(actor)

        enter(root)
        stack: list[tuple[str, str | None, Iterator[str]]] = [(root, None, iter(graph[root]))]
        while stack:
            actor, parent, neighbours = stack[-1]
            for other in neighbours:
                if other not in self._position:
                    enter(other)
                    stack.append((other, actor, iter(graph[other])))
                    break
                if other != parent:
                    low[actor] = min(low[actor], self._position[other])
            else:
                stack.pop()
                if parent is not None:
                    low[parent] = min(low[parent], low[actor])
                    if low[actor] >= self._position[parent]:
                        held.setdefault(parent, []).append((self._position[actor], len(self._preorder)))
        end = len(self._preorder)
        for actor, spans in held.items():
            # The root holds every subtree; it splits the component only when it has two or more.
            if actor != root or len(spans) > 1:
                self._held[actor] = (first, end, spans)


def _reasons(partner_map: PartnerMap, pairs: list[tuple[int, int]], cut: list[str], namer: dict[int, str],
             language: str) -> list[str]:
    def name(actor: str) -> str:
        return partner_map.text(partner_map.actors[actor].name, language)

    return broker_reasons(language, [(name(namer[first]), name(namer[second])) for first, second in pairs],
                          [name(actor) for actor in cut])


def _tally(values: Any, known: Any) -> dict[str, int]:
    counted: dict[str, int] = {}
    for value in values:
        counted[value] = counted.get(value, 0) + 1
    return {key: counted[key] for key in _in_order(counted, known)}


def _in_order(present: Any, known: Any) -> list[str]:
    """`present` in the order of `known` (a vocabulary), anything unknown after it, sorted."""
    known = list(known)
    return [k for k in known if k in present] + sorted(k for k in present if k not in known)
