"""The parts of pyvis the HTML map uses: its Node and Edge builders and its copy of vis-network.

Why not `import pyvis`: pyvis/__init__.py imports pyvis.network, which imports IPython
(about 0.35 s here, a third of the time `partnermap render` may take). Node and Edge live in
two small modules with no imports, so they are loaded on their own from the installed package.
If pyvis is already imported (a notebook), its own modules are used.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import PartnermapError

VIS_NETWORK_VERSION = "9.1.2"
_VIS_FOLDER = ("templates", "lib", f"vis-{VIS_NETWORK_VERSION}")
# The last line of the minified file points browsers' developer tools at a .map file that
# does not exist next to the page; dropping it keeps even that request from happening.
_SOURCE_MAP_LINE = re.compile(r"\n//# sourceMappingURL=[^\n]*\s*$")


class PyvisMissingError(PartnermapError):
    """pyvis, or the vis-network copy it ships, cannot be found."""


@dataclass(frozen=True)
class VisNetwork:
    """vis-network's script and style sheet, as shipped by pyvis, ready to be inlined."""

    script: str
    style: str
    version: str
    pyvis_version: str


def pyvis_folder() -> Path:
    """The installed pyvis package's folder, found without importing pyvis."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise PyvisMissingError("pyvis is not installed; install it with: pip install pyvis==0.3.2")
    return Path(next(iter(spec.submodule_search_locations)))


def _pyvis_module(name: str) -> ModuleType:
    loaded = sys.modules.get(f"pyvis.{name}")
    if loaded is not None:
        return loaded
    path = pyvis_folder() / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"partnermap.render._pyvis_{name}", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise PyvisMissingError(f"pyvis is incomplete: {path} is missing; reinstall it with: "
                                "pip install --force-reinstall pyvis==0.3.2")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def pyvis_builders() -> tuple[Any, Any]:
    """pyvis's `Node` and `Edge` classes (the builders behind Network.add_node / add_edge)."""
    return _pyvis_module("node").Node, _pyvis_module("edge").Edge


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PyvisMissingError(
            f"cannot read {path} ({error}); the HTML map inlines the vis-network {VIS_NETWORK_VERSION} "
            "that pyvis 0.3.2 ships: pip install --force-reinstall pyvis==0.3.2") from None


def _pyvis_version(folder: Path) -> str:
    match = re.search(r"""__version__\s*=\s*['"]([^'"]+)""", _read(folder / "_version.py"))
    return match.group(1) if match else "unknown"


@cache
def vis_network() -> VisNetwork:
    """vis-network's minified script and CSS, read from the installed pyvis at render time."""
    pyvis = pyvis_folder()
    folder = pyvis.joinpath(*_VIS_FOLDER)
    script = _SOURCE_MAP_LINE.sub("\n", _read(folder / "vis-network.min.js"))
    style = _read(folder / "vis-network.css")
    found = re.search(r"@version\s+(\S+)", script[:2000])
    return VisNetwork(script=script, style=style, version=found.group(1) if found else VIS_NETWORK_VERSION,
                      pyvis_version=_pyvis_version(pyvis))
