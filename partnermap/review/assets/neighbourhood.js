// A small map of the item's neighbourhood, drawn as inline SVG: the item's actors in the middle,
// the actors linked to them on a circle around, the item's own link(s) drawn thicker.
"use strict";
window.reviewNeighbourhood = (function () {
  const SVG = "http://www.w3.org/2000/svg";
  const SIZE = 320;
  const MAX_NEIGHBOURS = 14;

  function element(name, attributes) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  }

  function shortLabel(text) {
    return text.length > 22 ? `${text.slice(0, 21)}…` : text;
  }

  // focus: actor ids at the centre; highlighted: link ids drawn thicker; links: [{id, from, to, needs_review}]
  function draw(svg, focus, highlighted, links, label) {
    svg.replaceChildren();
    const neighbours = [];
    for (const link of links) {
      for (const [end, other] of [[link.from, link.to], [link.to, link.from]]) {
        if (focus.includes(end) && !focus.includes(other) && !neighbours.includes(other)) neighbours.push(other);
      }
    }
    neighbours.sort();
    const shown = neighbours.slice(0, MAX_NEIGHBOURS);
    const positions = {};
    const centre = SIZE / 2;
    focus.forEach((id, index) => {
      const offset = focus.length === 1 ? 0 : (index === 0 ? -45 : 45);
      positions[id] = [centre + offset, centre];
    });
    shown.forEach((id, index) => {
      const angle = (2 * Math.PI * index) / shown.length - Math.PI / 2;
      positions[id] = [centre + 120 * Math.cos(angle), centre + 120 * Math.sin(angle)];
    });
    const edges = element("g", {class: "edges"});
    for (const link of links) {
      const a = positions[link.from];
      const b = positions[link.to];
      if (!a || !b || !(focus.includes(link.from) || focus.includes(link.to))) continue;
      const classes = ["edge", highlighted.includes(link.id) ? "current" : "", link.needs_review ? "draft" : ""];
      edges.append(element("line", {x1: a[0], y1: a[1], x2: b[0], y2: b[1], class: classes.join(" ").trim()}));
    }
    svg.append(edges);
    const nodes = element("g", {class: "nodes"});
    for (const [id, [x, y]] of Object.entries(positions)) {
      const group = element("g", {class: focus.includes(id) ? "node focus" : "node"});
      group.append(element("circle", {cx: x, cy: y, r: focus.includes(id) ? 9 : 6}));
      const words = shortLabel(label(id));
      const half = words.length * 2.9;  // about half the label's width at 10px: kept inside the picture
      const textX = Math.min(Math.max(x, half + 2), SIZE - half - 2);
      const text = element("text", {x: textX, y: y + (y > centre + 60 ? 20 : -12), "text-anchor": "middle"});
      text.textContent = words;
      group.append(text);
      nodes.append(group);
    }
    svg.append(nodes);
    if (neighbours.length > shown.length) {
      const more = element("text", {x: 4, y: SIZE - 6, class: "more"});
      more.textContent = `+${neighbours.length - shown.length}`;
      svg.append(more);
    }
  }

  return {draw};
})();
