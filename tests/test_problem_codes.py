"""Problem codes: one registry, docs/errors.md generated from it, and no code used without being in it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from partnermap.problem_codes import PROBLEM_CODES
from partnermap.problem_docs import errors_markdown, main
from partnermap.problems import Problem

PACKAGE = Path(__file__).resolve().parents[1] / "partnermap"
ERRORS_DOC = PACKAGE.parent / "docs" / "errors.md"
CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+$")
PROBLEM_MAKERS = {"Problem", "report", "_report"}


def problem_modules() -> list[tuple[Path, ast.Module]]:
    """Every module of the package that makes problems (whose source passes a code=)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if ("code=" in source or "code: str" in source) and path.name not in ("problem_codes.py", "problem_docs.py"):
            found.append((path, ast.parse(source)))
    return found


def test_docs_errors_md_is_what_the_registry_generates() -> None:
    assert ERRORS_DOC.read_text(encoding="utf-8") == errors_markdown(), (
        "docs/errors.md is out of date: run python -m partnermap.problem_docs docs/errors.md")


def test_the_generator_writes_the_file_it_is_given(tmp_path: Path) -> None:
    assert main([str(tmp_path / "errors.md")]) == 0
    text = (tmp_path / "errors.md").read_text(encoding="utf-8")
    assert text == errors_markdown()
    for entry in PROBLEM_CODES.values():
        assert f"### `{entry.code}`: {entry.title}" in text
        assert entry.example in text


def test_every_code_written_in_the_package_is_in_the_registry() -> None:
    used = {}
    for path, module in problem_modules():
        for node in ast.walk(module):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
                used.setdefault(node.value, f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    unknown = {code: where for code, where in used.items() if code not in PROBLEM_CODES}
    assert not unknown, f"codes missing from partnermap/problem_codes.py: {unknown}"
    unused = set(PROBLEM_CODES) - set(used)
    assert not unused, f"codes in the registry that nothing reports: {sorted(unused)}"


def test_every_problem_is_made_with_a_code() -> None:
    missing = []
    for path, module in problem_modules():
        for node in ast.walk(module):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in PROBLEM_MAKERS and not any(keyword.arg == "code" for keyword in node.keywords):
                    missing.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not missing, f"problems made without code=: {missing}"


def test_a_problem_with_an_unregistered_code_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="not-a-code"):
        Problem("map.yaml", 1, "message", code="not-a-code")


def test_every_entry_is_complete() -> None:
    for code, entry in PROBLEM_CODES.items():
        assert CODE.match(code) and entry.code == code
        assert entry.title and entry.description.endswith(".") and entry.example
