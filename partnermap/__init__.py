"""partnermap: turn a policy document into a map of who should work with whom.

    >>> from partnermap import load_map, to_networkx
    >>> partner_map = load_map("data")          # raises InvalidMapError listing every problem
    >>> graph = to_networkx(partner_map)        # networkx MultiDiGraph, every YAML field kept

The names below are imported when first used (PEP 562): `import partnermap`, and every module
run with `python -m partnermap.…` (the layout's child process), then costs nothing; importing
networkx alone took 0.2 to 0.3 s, which the layout's child paid before reading its request.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Where each public name lives, relative to this package.
_HOMES = {
    **dict.fromkeys(("InvalidMapError", "OutputError", "PartnermapError", "UsageError"), ".errors"),
    "to_networkx": ".graph.analysis.build",
    **dict.fromkeys(("bundled_map_dir", "check_map", "default_data_dir", "load_map"), ".graph.checking.load"),
    **dict.fromkeys(("Actor", "Evidence", "Link", "PartnerMap", "Source", "TourStep"), ".graph.model.records"),
    "Problem": ".problems",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
