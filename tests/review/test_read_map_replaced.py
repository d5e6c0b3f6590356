"""read_map(replaced=...): checking would-be file contents without writing them (used by review)."""

from __future__ import annotations

from pathlib import Path

from partnermap.graph.checking.validate import read_map


def test_replaced_bytes_are_checked_instead_of_the_file_on_disk(map_copy: Path) -> None:
    on_disk = (map_copy / "actors.yaml").read_bytes()
    assert read_map(map_copy)[1] == []
    partner_map, problems = read_map(map_copy, replaced={"actors.yaml": b"- id: lonely\n"})
    assert problems and all(str(map_copy / "actors.yaml") in p.file or "links.yaml" in p.file for p in problems)
    assert (map_copy / "actors.yaml").read_bytes() == on_disk


def test_replaced_bytes_that_are_valid_give_the_map_they_describe(map_copy: Path) -> None:
    actors = (map_copy / "actors.yaml").read_bytes()
    partner_map, problems = read_map(map_copy, replaced={"actors.yaml": actors + b"\n"})
    assert problems == [] and partner_map is not None
