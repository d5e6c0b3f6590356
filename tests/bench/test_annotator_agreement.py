"""The second annotations behind bench/annotator_agreement.py: valid maps of dev documents' very texts,
each made apart from the first (not a copy of it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.annotator_agreement import first_annotation, second_annotations
from partnermap.graph.checking.load import check_map, load_map

SECONDS = second_annotations()


@pytest.mark.skipif(not SECONDS, reason="no second annotation in this checkout")
@pytest.mark.parametrize("second", SECONDS, ids=lambda p: p.name)
def test_a_second_annotation_is_a_valid_map_of_the_same_text_made_apart(second: Path) -> None:
    assert check_map(second) == []
    first = first_annotation(second)
    (mine,), (theirs,) = load_map(second).sources.values(), load_map(first).sources.values()
    assert (second / mine.path).read_bytes() == (first / theirs.path).read_bytes()
    assert (second / "links.yaml").read_bytes() != (first / "links.yaml").read_bytes()


def test_a_second_annotation_without_its_dev_map_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no dev map"):
        first_annotation(tmp_path / "zz-en-no-such-document")
