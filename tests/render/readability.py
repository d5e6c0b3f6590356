"""Readability figures of the map as Chromium draws it: label size on screen, overlaps, the map's share.

Everything is measured from vis-network's own geometry, converted to screen pixels with canvasToDOM:
each label's box (`network.body.nodes[id].labelModule.size`), each actor's shape (its position and
`shape.width` / `shape.height`), the font size times the view's scale for the size on screen.
A label counts when it is drawn: its node is visible and its colour is not fully transparent.
The map's share of the window is the fraction of a grid of points of the viewport whose topmost
element is the map's canvas (so a panel drawn over the map does not count as map).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

# Boxes that touch or cross by less than this many screen pixels do not count as overlapping:
# label boxes include the font's line gap, so a pixel of contact is not a visible overlap.
TOLERANCE = 1.0

_GEOMETRY = """() => {
  const network = window.partnermap.network;
  const scale = network.getScale();
  const toScreen = (x, y) => network.canvasToDOM({x: x, y: y});
  const frame = document.getElementById("network").getBoundingClientRect();
  const transparent = (color) => typeof color === "string" && /rgba\\([^)]*,\\s*0\\)$/.test(color.replace(/\\s/g, ""));
  const nodes = [];
  for (const id of network.body.nodeIndices) {
    const node = network.body.nodes[id];
    if (node.options.hidden) continue;
    const label = node.labelModule;
    const font = node.options.font || {};
    const shown = Boolean(node.options.label) && label.size.width > 0 && !transparent(font.color);
    const a = toScreen(label.size.left, label.size.top);
    const b = toScreen(label.size.left + label.size.width, label.size.top + label.size.height);
    const w = node.shape.width || 2 * (node.options.size || 0), h = node.shape.height || w;
    const c = toScreen(node.x - w / 2, node.y - h / 2);
    const d = toScreen(node.x + w / 2, node.y + h / 2);
    nodes.push({id: id, label: shown ? [a.x + frame.left, a.y + frame.top, b.x + frame.left, b.y + frame.top] : null,
                shape: [c.x + frame.left, c.y + frame.top, d.x + frame.left, d.y + frame.top],
                fontPx: (font.size || 0) * scale, text: node.options.label || ""});
  }
  return {scale: scale, nodes: nodes, frame: [frame.left, frame.top, frame.right, frame.bottom]};
}"""

_MAP_SHARE = """(step) => {
  const network = document.getElementById("network");
  let inside = 0, all = 0;
  for (let y = step / 2; y < window.innerHeight; y += step) {
    for (let x = step / 2; x < window.innerWidth; x += step) {
      all += 1;
      const element = document.elementFromPoint(x, y);
      if (element && network.contains(element)) inside += 1;
    }
  }
  return inside / all;
}"""


_VIEW = """() => { const n = window.partnermap.network; const p = n.getViewPosition();
  const c = document.getElementById("network").getBoundingClientRect();
  return [n.getScale(), p.x, p.y, c.width, c.height].map((v) => Math.round(v * 1000) / 1000).join(" "); }"""


def settle(page: Any, *, quiet_s: float = 0.5, timeout_s: float = 15.0) -> None:
    """Wait until the view (zoom, centre, map size) has not moved for `quiet_s`: fits are animated."""
    deadline = time.monotonic() + timeout_s
    last, since = page.evaluate(_VIEW), time.monotonic()
    while time.monotonic() - since < quiet_s:
        if time.monotonic() > deadline:
            raise TimeoutError("the map's view kept moving")
        time.sleep(0.05)
        now = page.evaluate(_VIEW)
        if now != last:
            last, since = now, time.monotonic()


@dataclass(frozen=True)
class Readability:
    """What a reader of the current view sees, in screen pixels."""

    smallest_label_px: float
    label_overlaps: list[tuple[str, str]]
    labels_on_shapes: list[tuple[str, str]]
    labels_outside: list[str]
    map_share: float
    labels: int

    def summary(self) -> str:
        return (f"{self.labels} labels, smallest {self.smallest_label_px:.1f} px, "
                f"{len(self.label_overlaps)} label overlaps, {len(self.labels_on_shapes)} labels on shapes, "
                f"{len(self.labels_outside)} outside the map, map {self.map_share:.0%} of the window")


def _crossing(a: list[float], b: list[float]) -> bool:
    return (min(a[2], b[2]) - max(a[0], b[0]) > TOLERANCE) and (min(a[3], b[3]) - max(a[1], b[1]) > TOLERANCE)


def measure(page: Any, *, among: set[str] | None = None) -> Readability:
    """The figures of the view `page` shows now; `among` limits them to these actors' labels."""
    geometry = page.evaluate(_GEOMETRY)
    nodes = [node for node in geometry["nodes"] if among is None or node["id"] in among]
    labelled = [node for node in nodes if node["label"]]
    overlaps = [(a["id"], b["id"]) for i, a in enumerate(labelled) for b in labelled[i + 1:]
                if _crossing(a["label"], b["label"])]
    on_shapes = [(a["id"], b["id"]) for a in labelled for b in nodes
                 if a["id"] != b["id"] and _crossing(a["label"], b["shape"])]
    frame = geometry["frame"]
    outside = [node["id"] for node in labelled if node["label"][0] < frame[0] - TOLERANCE
               or node["label"][1] < frame[1] - TOLERANCE or node["label"][2] > frame[2] + TOLERANCE
               or node["label"][3] > frame[3] + TOLERANCE]
    return Readability(
        smallest_label_px=min((node["fontPx"] for node in labelled), default=0.0),
        label_overlaps=overlaps, labels_on_shapes=on_shapes, labels_outside=outside,
        map_share=float(page.evaluate(_MAP_SHARE, 10)), labels=len(labelled),
    )
