// Emphasis: which actors and links stand out (the selected actor and its partners, the selected
// link, the workshop step, the search matches) and how every node and edge is drawn as a result.
// Pure (no DOM, no vis-network): it computes the updates the page hands to vis-network.
// Needs the tables and words of data.js, the visible sets of filters.js (in state) and the steps
// of steps.js. Gives: pm.THEMES, pm.theme, pm.around, pm.emphasis, pm.nodeUpdates, pm.edgeUpdates,
// pm.THIN_LABELS_ABOVE, pm.labelOrder, pm.placeLabels.
(function (pm) {
  "use strict";

  const DIM_NODE = "#d9dde3";
  const DIM_EDGE = "#dfe3e8";
  const NODE_BORDER = "#333333";
  const FOUND_BORDER_WIDTH = 5;
  const EMPHASISED_EDGE_WIDTH = 1.5;   // times the strength's width
  // minLabelPx: the smallest label drawn on screen on maps that thin their labels (placeLabels).
  const THEMES = {
    light: {label: "#1a1a1a", labelSize: 15, labelWidth: 180, minLabelPx: 12, stroke: 4, border: 1.5, nodeScale: 1,
            edgeScale: 1, dimLabel: "#b8bec6", highlight: "#111111", canvas: "#ffffff"},
    // Projector: black on white, labels twice as large; dimmed actors lose their labels.
    projector: {label: "#000000", labelSize: 30, labelWidth: 300, minLabelPx: 20, stroke: 7, border: 3, nodeScale: 1.4,
                edgeScale: 1.8, dimLabel: "rgba(0,0,0,0)", highlight: "#000000", canvas: "#ffffff"},
  };

  const theme = (state) => THEMES[state.workshop ? "projector" : "light"];

  function around(tables, linkIds, actorIds) {
    // The given links and actors, with both ends of every link.
    const chosen = {actors: new Set(actorIds), links: new Set(linkIds), found: false};
    for (const id of linkIds) {
      chosen.actors.add(tables.links.get(id).from);
      chosen.actors.add(tables.links.get(id).to);
    }
    return chosen;
  }

  function emphasis(tables, state, steps) {
    // {actors, links, found} that stand out, or null when nothing does. A selection wins over the
    // workshop step, which wins over the search matches (found: true). Hidden links never count.
    const selected = state.selected;
    if (selected && selected.type === "actor") {
      const own = tables.linksOf.get(selected.id).filter((id) => state.visibleLinks.has(id));
      return around(tables, own, [selected.id]);
    }
    if (selected && selected.type === "link") return around(tables, [selected.id], []);
    if (state.workshop && state.step >= 0) {
      const step = steps[state.step];
      const chosen = state.stepLink >= 0 ? [step.links[state.stepLink]] : step.links;
      return around(tables, chosen.filter((id) => state.visibleLinks.has(id)), []);
    }
    if (state.matches.length) return {actors: new Set(state.matches), links: new Set(), found: true};
    return null;
  }

  function nodeUpdates(tables, words, state, focus) {
    // One vis-network node update per actor, in file order: label, visibility, size and colours.
    const look = theme(state);
    return tables.data.actors.map((actor) => {
      const base = tables.baseNodes.get(actor.id);
      const dim = focus !== null && !focus.actors.has(actor.id);
      const found = focus !== null && focus.found && focus.actors.has(actor.id);
      const fill = dim ? DIM_NODE : base.color;
      // Labels come wrapped from partnermap, line by line as the layout made room for them, in
      // each theme and language (network_data.py); large maps leave wrapping to vis-network.
      const lines = base.lines && base.lines[state.workshop ? "projector" : "light"];
      const usual = dim || !state.stepFont ? look.labelSize : state.stepFont;
      // Maps that thin their labels (state.labels, placeLabels): a label not placed is "", a placed
      // one is drawn in the lines and at the size that were placed, never smaller than usual.
      const placed = state.labels ? state.labels.get(actor.id) : undefined;
      const update = {
        id: actor.id,
        label: state.labels ? (placed ? placed.text : "") : ((lines && lines[state.language]) || words.actorName(actor.id)),
        title: words.actorName(actor.id) + "\n" + words.termLabel(tables.kinds, actor.kind),
        hidden: !state.visibleActors.has(actor.id),
        size: base.size * look.nodeScale,
        borderWidth: found ? FOUND_BORDER_WIDTH : look.border,
        color: {background: fill, border: found ? look.highlight : (dim ? DIM_NODE : NODE_BORDER),
                highlight: {background: base.color, border: look.highlight},
                hover: {background: base.color, border: look.highlight}},
        font: {color: dim ? look.dimLabel : look.label, size: placed ? Math.max(usual, placed.font) : usual,
               strokeWidth: dim && state.workshop ? 0 : look.stroke},
      };
      // Without partnermap's lines vis-network wraps labels; placed labels come wrapped already.
      if (!base.lines) update.widthConstraint = state.labels ? false : {maximum: look.labelWidth};
      return update;
    });
  }

  // Maps of more than THIN_LABELS_ABOVE shown actors label only the actors whose labels fit at the
  // current view: drawn at least the theme's minLabelPx on screen, apart from each other and from
  // every other actor's shape by LABEL_CLEARANCE_PX, in order of importance (labelOrder). Zooming in
  // shrinks each label's box against the map, so more fit, until every label is drawn at its size.
  const THIN_LABELS_ABOVE = 40;
  const LABEL_CLEARANCE_PX = 3;

  function labelOrder(tables, state, focus) {
    // Ids of the shown actors, most important first: the emphasised ones (selected actor and its
    // partners, selected link's ends, workshop step, search matches), then by degree, then file order.
    const forced = focus ? focus.actors : new Set();
    const rank = new Map(tables.data.actors.map((actor, index) => [actor.id, index]));
    return tables.data.actors.map((actor) => actor.id).filter((id) => state.visibleActors.has(id))
      .sort((a, b) => (forced.has(b) - forced.has(a)) || (tables.linksOf.get(b).length - tables.linksOf.get(a).length)
        || (rank.get(a) - rank.get(b)));
  }

  function placeLabels(candidates, shapes, options) {
    // Which labels to draw, and at what size: Map id -> font size in page pixels.
    // candidates: [{id, x, y, radius, width, lines, forced}] in order of importance, width being the
    // label's widest line at options.font; shapes: [{id, x, y, radius}] of every shown actor;
    // options: {font (the theme's size), minPx, scale (the view's), bounds: [left, top, right, bottom]
    // of the map in page pixels, or null}. A label hangs under its shape as vis-network draws it
    // (half a font size plus 4 px below, labels.py). Forced labels are always drawn; the others only
    // where their box crosses no drawn label, no other shape, and stays inside the bounds.
    // Rounded up to a hundredth of a pixel, so that font times scale is never a hair under minPx.
    const font = Math.max(options.font, Math.ceil(options.minPx / options.scale * 100) / 100);
    const grow = font / options.font;
    const pad = LABEL_CLEARANCE_PX / options.scale;
    const cross = (a, b) => Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
    // Shapes sorted by x: a label is compared with the shapes of its strip of the map only.
    const sorted = shapes.slice().sort((a, b) => a.x - b.x);
    const xs = sorted.map((s) => s.x);
    const reach = Math.max(0, ...shapes.map((s) => s.radius));
    const onShape = (id, box) => {
      let low = 0, high = xs.length;
      while (low < high) { const middle = (low + high) >> 1; if (xs[middle] < box[0] - reach) low = middle + 1; else high = middle; }
      for (let i = low; i < xs.length && xs[i] <= box[2] + reach; i++) {
        const s = sorted[i];
        if (s.id !== id && cross(box, [s.x - s.radius, s.y - s.radius, s.x + s.radius, s.y + s.radius])) return true;
      }
      return false;
    };
    const bounds = options.bounds;
    const drawn = [];
    const sizes = new Map();
    for (const c of candidates) {
      const width = c.width * grow, top = c.y + c.radius + font / 2 + 4;
      const box = [c.x - width / 2 - pad, top - pad, c.x + width / 2 + pad, top + c.lines * font + pad];
      if (!c.forced) {
        if (bounds && (box[0] < bounds[0] || box[1] < bounds[1] || box[2] > bounds[2] || box[3] > bounds[3])) continue;
        if (drawn.some((other) => cross(box, other))) continue;
        if (onShape(c.id, box)) continue;
      }
      drawn.push(box);
      sizes.set(c.id, font);
    }
    return sizes;
  }

  function edgeTitle(tables, words, link) {
    // The tooltip: ends, type · strength, and the summary if any.
    const lines = [words.linkEnds(link),
                   words.termLabel(tables.linkTypes, link.type) + " · " + words.termLabel(tables.strengths, link.strength)];
    if (words.text(link.summary)) lines.push(words.text(link.summary));
    return lines.join("\n");
  }

  function edgeUpdates(tables, words, state, focus) {
    // One vis-network edge update per link, in file order.
    const look = theme(state);
    return tables.data.links.map((link) => {
      const base = tables.baseEdges.get(link.id);
      const dim = focus !== null && !focus.links.has(link.id);
      const strong = focus !== null && focus.links.has(link.id);
      return {
        id: link.id,
        title: edgeTitle(tables, words, link),
        hidden: !state.visibleLinks.has(link.id),
        width: base.width * look.edgeScale * (strong ? EMPHASISED_EDGE_WIDTH : 1),
        color: {color: dim ? DIM_EDGE : base.color, highlight: base.color, hover: base.color, opacity: dim ? 0.6 : 1},
      };
    });
  }

  Object.assign(pm, {THEMES, theme, around, emphasis, nodeUpdates, edgeUpdates, THIN_LABELS_ABOVE, labelOrder,
                     placeLabels});
})(globalThis.partnermapModules ??= {});
