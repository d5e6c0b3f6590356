"""Label sizes estimated without drawing: the font's widths, vis-network's wrapping, each theme's room."""

from __future__ import annotations

import pytest

from partnermap.graph.output.labels import LIGHT, PROJECTOR, UNKNOWN_WIDTH, char_width, label_box, text_width, wrap
from partnermap.graph.output.noverlap import Footprint, overlapping_pairs, separate


def test_widths_are_dejavu_sans_advances_as_matplotlib_measures_them() -> None:
    """The table matches the font the drawings use, to the rounding of its thousandths."""
    pytest.importorskip("matplotlib")
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font, LoadFlags

    font = FT2Font(findfont(FontProperties(family="DejaVu Sans")))
    font.set_size(1000, 72)
    for text in ("Processus multilatéraux sous-régionaux", "Travailleurs migrants et leurs familles",
                 "Employers' associations (ILO)", "Œuvre – « ÿ »"):
        expected = sum(font.load_char(ord(c), flags=LoadFlags.NO_HINTING).linearHoriAdvance / 65536
                       for c in text) * 15 / 1000
        assert expected <= text_width(text, 15) <= expected + len(text) * 15 / 1000, text


def test_unknown_characters_count_a_full_font_size() -> None:
    assert char_width("移") == UNKNOWN_WIDTH
    assert text_width("移民", 20) == 40


def test_labels_wrap_word_by_word_within_the_theme_width() -> None:
    lines = wrap("Personnes ayant besoin de protection internationale", 15, 180)
    assert " ".join(lines) == "Personnes ayant besoin de protection internationale"
    assert len(lines) == 3 and all(text_width(line, 15) <= 180 for line in lines)
    assert wrap("Justice", 15, 180) == ["Justice"]
    # A word longer than a line is cut where it overflows, as vis-network does.
    long = wrap("x" * 60, 15, 180)
    assert "".join(long) == "x" * 60 and all(text_width(line, 15) <= 180 for line in long)
    assert wrap("   ", 15, 180) == []


def test_a_label_box_is_the_widest_and_tallest_of_its_languages() -> None:
    box = label_box(["Syndicats de travailleurs", "Workers' unions"], LIGHT)
    # The French name is wider than a line at 15 px: two lines, the widest of which sets the width.
    assert wrap("Syndicats de travailleurs", 15, LIGHT.wrap_width) == ["Syndicats de", "travailleurs"]
    assert box.width == pytest.approx(max(text_width(text, 15) for text in
                                          ("Syndicats de", "travailleurs", "Workers' unions")))
    assert (box.lines, box.height) == (2, 30)
    large = label_box(["Syndicats de travailleurs", "Workers' unions"], PROJECTOR)
    assert large.width > box.width and (large.lines, large.height) == (2, 60)


def test_separate_parts_overlapping_boxes_the_same_way_every_time() -> None:
    boxes = [Footprint(-50, -10, 50, 30)] * 6
    points = [(0.0, 0.0)] * 3 + [(5.0, 2.0), (-3.0, 1.0), (2.0, -4.0)]  # all on top of each other
    parted = separate(points, boxes, margin=4)
    assert overlapping_pairs([list(point) for point in parted], boxes, 4) == []
    assert separate(points, boxes, margin=4) == parted
    # Boxes already apart do not move.
    apart = [(0.0, 0.0), (200.0, 0.0)]
    assert separate(apart, boxes[:2], margin=4) == apart
