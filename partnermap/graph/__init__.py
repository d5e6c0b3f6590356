"""The graph side of partnermap: model, loading, validation and networkx building.

Nothing here imports click or pyvis.
"""
