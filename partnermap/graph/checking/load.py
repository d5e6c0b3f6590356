"""Finding and loading a map: the entry points of the library."""

from __future__ import annotations

from pathlib import Path

from ...errors import InvalidMapError
from ...problems import Problem
from ..model.records import PartnerMap
from .validate import MAP_FILE, read_map

_PACKAGE = Path(__file__).resolve().parents[2]  # partnermap/, three levels above this file


def bundled_map_dir() -> Path:
    """The folder of the map that ships with partnermap (the Round Table 4 map)."""
    installed = _PACKAGE / "bundled_map"
    if (installed / MAP_FILE).is_file():
        return installed
    # An editable install or a source checkout: the map is the repository's data/ folder.
    return _PACKAGE.parent / "data"


def default_data_dir() -> Path:
    """./data when it holds a map, else the bundled map."""
    local = Path("data")
    return local if (local / MAP_FILE).is_file() else bundled_map_dir()


def check_map(path: str | Path, *, check_quotes: bool = True) -> list[Problem]:
    """Every problem of the map in folder `path`, in file and line order (empty when valid)."""
    return read_map(Path(path), check_quotes=check_quotes)[1]


def load_map(path: str | Path | None = None, *, check_quotes: bool = True) -> PartnerMap:
    """Read the map in folder `path` (default: ./data or the bundled map).

    Raises InvalidMapError, whose `problems` lists every problem, when the map is not valid.
    """
    data_dir = Path(path) if path is not None else default_data_dir()
    partner_map, problems = read_map(data_dir, check_quotes=check_quotes)
    if problems or partner_map is None:
        raise InvalidMapError(problems)
    return partner_map
