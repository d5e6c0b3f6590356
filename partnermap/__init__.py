"""partnermap: turn a policy document into a map of who should work with whom.

    >>> from partnermap import load_map, to_networkx
    >>> partner_map = load_map("data")          # raises InvalidMapError listing every problem
    >>> graph = to_networkx(partner_map)        # networkx MultiDiGraph, every YAML field kept
"""

from .errors import InvalidMapError, OutputError, PartnermapError, UsageError
from .graph.analysis.build import to_networkx
from .graph.checking.load import bundled_map_dir, check_map, default_data_dir, load_map
from .graph.model.records import Actor, Evidence, Link, PartnerMap, Source, TourStep
from .problems import Problem

__version__ = "0.1.0"

__all__ = [
    "Actor", "Evidence", "InvalidMapError", "Link", "OutputError", "PartnerMap", "PartnermapError",
    "Problem", "Source", "TourStep", "UsageError", "__version__", "bundled_map_dir", "check_map",
    "default_data_dir", "load_map", "to_networkx",
]
