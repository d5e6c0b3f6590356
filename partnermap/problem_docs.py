"""docs/errors.md, written from the registry of problem codes: `python -m partnermap.problem_docs docs/errors.md`."""

from __future__ import annotations

import sys
from pathlib import Path

from .problem_codes import GROUPS


def errors_markdown() -> str:
    """docs/errors.md: every code with its title, description and an example message."""
    lines = [
        "# Problem codes",
        "",
        "<!-- Generated from partnermap/problem_codes.py by `python -m partnermap.problem_docs "
        "docs/errors.md`; do not edit by hand. -->",
        "",
        "Every problem `partnermap validate` reports has a stable code, given by",
        "`partnermap validate --format json` beside its file, line and message (the text",
        "format shows the message only). Messages may be reworded; codes stay. Lexicon",
        "problems of `partnermap extract --lexicon` use the same codes.",
        "",
    ]
    for group, entries in GROUPS.items():
        lines += [f"## {group}", ""]
        for entry in entries.values():
            lines += [f"### `{entry.code}`: {entry.title}", "", entry.description, "", "    " + entry.example, ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Write errors_markdown() to the file named in `argv` (standard output when none)."""
    text = errors_markdown()
    if not argv:
        sys.stdout.write(text)
        return 0
    from .outputs import write_atomic

    write_atomic(Path(argv[0]), text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
