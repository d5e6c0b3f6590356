"""How much room an actor's label takes, in each theme it is drawn in, without drawing it.

The page (vis-network) and the SVG/PNG drawing (matplotlib) both draw labels in DejaVu Sans on
Debian, wrapped at a theme's width like vis-network's `widthConstraint.maximum`, under the actor's
shape. Sizes are estimated from the font's advance widths (font_widths.py), so positions can make
room for labels before anything is drawn, quickly and the same on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from .font_widths import WIDTH_RUNS

# Width of a character the table lacks (CJK, Arabic, emoji…), in font sizes: a full em is on the
# safe side for every script DejaVu Sans does not cover.
UNKNOWN_WIDTH = 1.0
# The most a workshop step enlarges its actors' labels (assets/map/page.js, MAX_STEP_FONT there too).
MAX_STEP_FONT = 1.6


@dataclass(frozen=True)
class LabelTheme:
    """How a theme draws labels and actors, and the window its fitted view is designed for."""

    name: str
    font_size: float  # label font, page pixels
    wrap_width: float  # longest label line, page pixels (vis-network widthConstraint.maximum)
    node_scale: float  # actors drawn this many times their style size
    margin: float  # free space kept around each actor and its label, page pixels
    # The map area the fitted view should fill (screen pixels) and the smallest on-screen label
    # font wanted there: the layout aims its density at font_size * scale >= min_screen_font.
    view: tuple[float, float]
    min_screen_font: float
    # A workshop step fits its actors in the map beside its quotes (about step_view at 1920x1080)
    # and wants their labels step_font on screen (the page enlarges them, up to MAX_STEP_FONT times).
    step_view: tuple[float, float] = (1400.0, 1020.0)
    step_font: float = 28.5

    @property
    def line_width(self) -> float:
        """The longest label line, page pixels. Labels are wrapped here, not by vis-network, whose
        line breaks do not follow a fixed width (at 15 px and a maximum of 180 it breaks "Services de
        migration", 164 px wide, and keeps "Subregional multilateral", 166 px): the page draws the
        lines partnermap wrapped, and the layout knows their size."""
        return self.wrap_width - 10 - self.font_size

    @property
    def gap(self) -> float:
        """From the bottom of an actor's shape to the top of its label's box, page pixels: vis-network
        hangs a label half a font size plus 4 px below the shape (its labelModule box)."""
        return self.font_size / 2 + 4


LIGHT = LabelTheme(name="light", font_size=15.0, wrap_width=180.0, node_scale=1.0, margin=6.0,
                   view=(1100.0, 730.0), min_screen_font=12.0)
PROJECTOR = LabelTheme(name="projector", font_size=30.0, wrap_width=300.0, node_scale=1.4, margin=10.0,
                       view=(1400.0, 1000.0), min_screen_font=20.0)
THEMES = {"light": LIGHT, "projector": PROJECTOR}


@dataclass(frozen=True)
class LabelBox:
    """A label's size in page pixels, once wrapped."""

    width: float
    height: float
    lines: int


def char_width(character: str) -> float:
    """Advance width of one character, in font sizes."""
    return _char_width(ord(character))


@cache
def _char_width(code: int) -> float:
    for first, widths in WIDTH_RUNS.items():
        if first <= code < first + len(widths):
            return widths[code - first] / 1000 if widths[code - first] else UNKNOWN_WIDTH
    return UNKNOWN_WIDTH


def text_width(text: str, font_size: float) -> float:
    """Width of `text` on one line, in pixels, at `font_size` pixels."""
    return sum(_char_width(ord(character)) for character in text) * font_size


def wrap(text: str, font_size: float, max_width: float) -> list[str]:
    """`text` in lines no wider than `max_width`, as vis-network wraps a label: word by word, a word
    wider than a line cut where it overflows."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font_size) <= max_width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for character in word:
            if line and text_width(line + character, font_size) > max_width:
                lines.append(line)
                line = ""
            line += character
    if line:
        lines.append(line)
    return lines


def label_lines(text: str, theme: LabelTheme) -> list[str]:
    """`text` as `theme` draws it: wrapped at the theme's line width. The page draws these very
    lines (network_data.py), so the layout knows each label's size exactly."""
    return list(_wrapped(text, theme))


def label_box(texts: Iterable[str], theme: LabelTheme) -> LabelBox:
    """The room a label needs in `theme`: the widest and tallest of `texts` (one per language), wrapped."""
    width, lines = 0.0, 0
    for text in texts:
        wrapped = _wrapped(text, theme)
        width = max([width, *(_line_width(line, theme.font_size) for line in wrapped)])
        lines = max(lines, len(wrapped))
    return LabelBox(width=width, height=lines * theme.font_size, lines=lines)


# A render wraps each label several times (layout tries, page lines): wrap each once.
@lru_cache(maxsize=1 << 16)
def _wrapped(text: str, theme: LabelTheme) -> tuple[str, ...]:
    return tuple(wrap(text, theme.font_size, theme.line_width))


# Layouts measure each actor's label again for every theme, spread and workshop step: once each.
@lru_cache(maxsize=1 << 16)
def _line_width(line: str, font_size: float) -> float:
    return text_width(line, font_size)
