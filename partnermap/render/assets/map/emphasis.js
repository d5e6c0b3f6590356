// Emphasis: which actors and links stand out (the selected actor and its partners, the selected
// link, the workshop step, the search matches) and how every node and edge is drawn as a result.
// Pure (no DOM, no vis-network): it computes the updates the page hands to vis-network.
// Needs the tables and words of data.js, the visible sets of filters.js (in state) and the steps
// of steps.js. Gives: pm.THEMES, pm.theme, pm.around, pm.emphasis, pm.nodeUpdates, pm.edgeUpdates.
(function (pm) {
  "use strict";

  const DIM_NODE = "#d9dde3";
  const DIM_EDGE = "#dfe3e8";
  const NODE_BORDER = "#333333";
  const FOUND_BORDER_WIDTH = 5;
  const EMPHASISED_EDGE_WIDTH = 1.5;   // times the strength's width
  const THEMES = {
    light: {label: "#1a1a1a", labelSize: 15, labelWidth: 180, stroke: 4, border: 1.5, nodeScale: 1,
            edgeScale: 1, dimLabel: "#b8bec6", highlight: "#111111", canvas: "#ffffff"},
    // Projector: black on white, labels twice as large; dimmed actors lose their labels.
    projector: {label: "#000000", labelSize: 30, labelWidth: 300, stroke: 7, border: 3, nodeScale: 1.4,
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
      return {
        id: actor.id,
        label: (lines && lines[state.language]) || words.actorName(actor.id),
        title: words.actorName(actor.id) + "\n" + words.termLabel(tables.kinds, actor.kind),
        hidden: !state.visibleActors.has(actor.id),
        size: base.size * look.nodeScale,
        borderWidth: found ? FOUND_BORDER_WIDTH : look.border,
        color: {background: fill, border: found ? look.highlight : (dim ? DIM_NODE : NODE_BORDER),
                highlight: {background: base.color, border: look.highlight},
                hover: {background: base.color, border: look.highlight}},
        font: {color: dim ? look.dimLabel : look.label, size: dim || !state.stepFont ? look.labelSize : state.stepFont,
               strokeWidth: dim && state.workshop ? 0 : look.stroke},
      };
    });
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

  Object.assign(pm, {THEMES, theme, around, emphasis, nodeUpdates, edgeUpdates});
})(globalThis.partnermapModules ??= {});
