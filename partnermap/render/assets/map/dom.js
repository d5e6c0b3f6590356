// Small DOM helpers: elements filled with textContent only (nothing from the map is ever parsed
// as HTML) and the SVG swatches that show a kind's shape or a link type's line.
// Needs a document when called, nothing from the other files. Gives: pm.el, pm.clear, pm.button,
// pm.shapeSwatch, pm.lineSwatch, pm.NEUTRAL_LINE.
(function (pm) {
  "use strict";

  const SVG = "http://www.w3.org/2000/svg";
  const NEUTRAL_LINE = "#555555";   // strength swatches: the width matters, not the colour
  const SWATCH_OUTLINE = "#333333";

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = String(content);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function button(label, onClick, className) {
    const node = el("button", className, label);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const name of Object.keys(attributes)) node.setAttribute(name, String(attributes[name]));
    return node;
  }

  function ringPoints(count, outer, inner, turn) {
    // `count` corners around (10, 10), alternating between two radii when `inner` is set (a star).
    const points = [];
    for (let i = 0; i < count; i++) {
      const angle = turn + (i * Math.PI) / (count / 2);
      const radius = inner && i % 2 ? inner : outer;
      points.push((10 + radius * Math.cos(angle)).toFixed(2) + "," + (10 + radius * Math.sin(angle)).toFixed(2));
    }
    return points.join(" ");
  }

  function shapeSwatch(shape, color) {
    // The kind's shape as drawn by vis-network, in a 20 x 20 box.
    const box = svg("svg", {width: 20, height: 20, viewBox: "0 0 20 20", "aria-hidden": "true"});
    const paint = {fill: color, stroke: SWATCH_OUTLINE, "stroke-width": 1};
    const polygon = (points) => svg("polygon", Object.assign({points: points}, paint));
    let shapeNode;
    switch (shape) {
      case "square": shapeNode = svg("rect", Object.assign({x: 3, y: 3, width: 14, height: 14}, paint)); break;
      case "diamond": shapeNode = polygon("10,1.5 18.5,10 10,18.5 1.5,10"); break;
      case "triangle": shapeNode = polygon("10,2 18.5,17 1.5,17"); break;
      case "triangleDown": shapeNode = polygon("1.5,3 18.5,3 10,18"); break;
      case "star": shapeNode = polygon(ringPoints(10, 9, 4, -Math.PI / 2)); break;
      case "hexagon": shapeNode = polygon(ringPoints(6, 8.5, 0, 0)); break;
      default: shapeNode = svg("circle", Object.assign({cx: 10, cy: 10, r: 7.5}, paint));
    }
    box.appendChild(shapeNode);
    return box;
  }

  function lineSwatch(color, dash, width) {
    const box = svg("svg", {width: 36, height: 14, viewBox: "0 0 36 14", "aria-hidden": "true"});
    const line = svg("line", {x1: 1, y1: 7, x2: 35, y2: 7, stroke: color || NEUTRAL_LINE, "stroke-width": width || 2.5});
    if (dash && dash.length) line.setAttribute("stroke-dasharray", dash.join(" "));
    box.appendChild(line);
    return box;
  }

  Object.assign(pm, {el, clear, button, shapeSwatch, lineSwatch, NEUTRAL_LINE});
})(globalThis.partnermapModules ??= {});
