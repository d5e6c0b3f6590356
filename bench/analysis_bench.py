"""Time partnermap's analysis on large synthetic maps (not a test: speed is measured, never asserted).

    python bench/analysis_bench.py 1000 10000

Builds a scale-free map (Barabási–Albert, two links per new actor, fixed seed) of each size
and prints how long each step of `actor_metrics` and the whole `map_stats` take.
"""

from __future__ import annotations

import argparse
import random
import time

import networkx as nx

from partnermap.graph.analysis import metrics as analysis
from partnermap.graph.model.records import Actor, Evidence, Link, PartnerMap
from partnermap.graph.model.vocab import shipped_vocabulary


def synthetic_map(actors: int, *, seed: int = 1) -> PartnerMap:
    """A valid-looking map of `actors` actors with random kinds, types and strengths."""
    rng = random.Random(seed)
    vocabulary = shipped_vocabulary()
    kinds, types, strengths = list(vocabulary.kinds), list(vocabulary.link_types), list(vocabulary.strengths)
    evidence = (Evidence("source", 1, "quote"),)
    ids = [f"actor-{i}" for i in range(actors)]
    actor_map = {i: Actor(id=i, name={"en": i}, kind=rng.choice(kinds), evidence=evidence) for i in ids}
    links = {}
    for number, (a, b) in enumerate(nx.barabasi_albert_graph(actors, 2, seed=seed).edges()):
        link_id = f"link-{number}"
        links[link_id] = Link(id=link_id, from_actor=ids[a], to_actor=ids[b], type=rng.choice(types),
                              strength=rng.choice(strengths), evidence=evidence)
    return PartnerMap(title={"en": "synthetic"}, languages=("en",), sources={}, actors=actor_map,
                      links=links, vocabulary=vocabulary)


def timed(label: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    print(f"  {label:<28} {time.perf_counter() - start:6.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000], help="numbers of actors")
    parser.add_argument("--stats", action="store_true", help="also time map_stats (brokers, coverage…)")
    for size in parser.parse_args().sizes:
        partner_map = synthetic_map(size)
        sampled = analysis.betweenness_is_sampled(partner_map)
        print(f"{size} actors, {len(partner_map.links)} links"
              f" (betweenness {'sampled' if sampled else 'exact'}):")
        graph = timed("partnership_graph", analysis.partnership_graph, partner_map)
        timed("betweenness", analysis.betweenness_centrality, graph,
              samples=analysis.BETWEENNESS_SAMPLES if sampled else None)
        timed("pagerank", analysis._pagerank, graph)
        timed("louvain communities", analysis.communities_by_actor, partner_map, graph)
        timed("actor_metrics (all of it)", analysis.actor_metrics, partner_map)
        if parser.parse_args().stats:
            timed("map_stats", analysis.map_stats, partner_map)


if __name__ == "__main__":
    main()
