"""Writing a record's fields as YAML lines in the style of partnermap's files (flow values, one per line)."""

from __future__ import annotations

from typing import Any

import yaml

_LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


# A SafeDumper writing text that holds line breaks double-quoted, with escapes, so that every value
# stays on one line (a plain or single-quoted text would go on over several lines).
_OneLineDumper: Any = type("_OneLineDumper", (yaml.SafeDumper,), {})


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if any(mark in text for mark in _LINE_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_OneLineDumper.add_representer(str, _represent_text)


def flow(value: Any) -> str:
    """`value` as one line of YAML (flow style, quoted where YAML needs it)."""
    dumped: str = yaml.dump(value, Dumper=_OneLineDumper, default_flow_style=True, allow_unicode=True,
                            sort_keys=False, width=1_000_000)
    return dumped.removesuffix("\n").removesuffix("\n...")


def field_lines(key: str, value: Any, *, lead: str, item_indent: str) -> list[str]:
    """The lines of one field, without line endings: `key: value`, or a block list of flow items.

    `lead` goes before the key ('- ' for a record's first field, else its indentation);
    `item_indent` before each `- ` of a list of mappings (evidence).
    """
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return [f"{lead}{key}:", *(f"{item_indent}- {flow(item)}" for item in value)]
    return [f"{lead}{key}: {flow(value)}"]


def plain(value: Any) -> Any:
    """A value read with line numbers (LineDict, LineList) as plain dicts and lists, for JSON."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value
