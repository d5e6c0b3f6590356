"""The graph side of partnermap, in four layers that only import downwards.

- `model`: the records a map is made of, its vocabularies and the table of fields;
- `checking`: reading a map folder, checking it in passes, loading it, its JSON Schemas;
- `analysis`: the networkx graph, selections, network measures, comparisons of two maps;
- `output`: what is made from a map: positions, styles, export files, text reports.

Nothing here imports click or pyvis; reading text files safely lives in `partnermap.textread`.
"""
