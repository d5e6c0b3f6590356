// partnermap's interactive map. Reads the map from the JSON block #partnermap-data and draws it
// with vis-network. Every text that comes from the map is put in the page with textContent (or
// drawn on the canvas): nothing from the data is ever parsed as HTML.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("partnermap-data").textContent);
  const SVG = "http://www.w3.org/2000/svg";
  const DIM_NODE = "#d9dde3";
  const DIM_EDGE = "#dfe3e8";
  const THEMES = {
    light: {label: "#1a1a1a", labelSize: 15, labelWidth: 180, stroke: 4, border: 1.5, nodeScale: 1,
            edgeScale: 1, dimLabel: "#b8bec6", highlight: "#111111", canvas: "#ffffff"},
    // Projector: black on white, labels twice as large; dimmed actors lose their labels.
    projector: {label: "#000000", labelSize: 30, labelWidth: 300, stroke: 7, border: 3, nodeScale: 1.4,
                edgeScale: 1.8, dimLabel: "rgba(0,0,0,0)", highlight: "#000000", canvas: "#ffffff"},
  };

  // ---- lookups -----------------------------------------------------------------------------
  const byId = (list) => new Map(list.map((item) => [item.id, item]));
  const actors = byId(DATA.actors);
  const links = byId(DATA.links);
  const kinds = byId(DATA.kinds);
  const linkTypes = byId(DATA.linkTypes);
  const strengths = byId(DATA.strengths);
  const levels = byId(DATA.levels);
  const sources = byId(DATA.sources);
  const baseNodes = byId(DATA.nodes);
  const baseEdges = byId(DATA.edges);
  const linksOf = new Map(DATA.actors.map((actor) => [actor.id, []]));
  for (const link of DATA.links) {
    linksOf.get(link.from).push(link.id);
    linksOf.get(link.to).push(link.id);
  }
  const citedSources = DATA.sources.filter((s) => DATA.links.some((l) => l.sources.includes(s.id)));

  function everything() {
    // Filters that keep every actor and link.
    return {
      kind: new Set(DATA.kinds.map((t) => t.id)),
      level: new Set(DATA.levels.map((t) => t.id).concat(DATA.unlevelled ? [""] : [])),
      type: new Set(DATA.linkTypes.map((t) => t.id)),
      strength: new Set(DATA.strengths.map((t) => t.id)),
      source: new Set(citedSources.map((s) => s.id)),
    };
  }

  const state = {
    language: DATA.language,
    workshop: false,
    step: -1,          // -1: overview; otherwise an index into steps()
    stepLink: -1,      // -1: the whole step; otherwise one of its links
    selected: null,    // {type: "actor" | "link", id}
    matches: [],       // actor ids found by the search box
    query: "",
    legendShown: true,
    filters: everything(),
    visibleActors: new Set(),
    visibleLinks: new Set(),
  };

  // ---- words -------------------------------------------------------------------------------
  function text(value) {
    // A map text ({fr: ..., en: ...} or a plain string) in the current language, with fallbacks.
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value;
    for (const code of [state.language].concat(DATA.languages, ["en"])) {
      if (value[code]) return value[code];
    }
    const first = Object.keys(value)[0];
    return first === undefined ? "" : value[first];
  }

  function ui(key, params) {
    const words = DATA.ui[state.language] || DATA.ui[DATA.languages[0]];
    let phrase = words[key] === undefined ? key : words[key];
    for (const name of Object.keys(params || {})) phrase = phrase.split("{" + name + "}").join(String(params[name]));
    return phrase;
  }

  const termLabel = (lookup, id) => (lookup.get(id) ? text(lookup.get(id).label) : id);
  const actorName = (id) => (actors.get(id) ? text(actors.get(id).name) : id);

  function fold(value) {
    // Lower case, without accents, with ligatures and typographic apostrophes made plain.
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/[’‘`´]/g, "'")
      .replace(/\s+/g, " ").trim();
  }

  const searchTerms = new Map(DATA.actors.map((actor) => {
    const names = typeof actor.name === "string" ? [actor.name] : Object.values(actor.name);
    return [actor.id, names.concat(actor.aliases).map(fold)];
  }));

  // ---- small DOM helpers (text only) ------------------------------------------------------
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

  function shapeSwatch(shape, color) {
    // The kind's shape as drawn by vis-network, in a 20 x 20 box.
    const box = svg("svg", {width: 20, height: 20, viewBox: "0 0 20 20", "aria-hidden": "true"});
    const paint = {fill: color, stroke: "#333333", "stroke-width": 1};
    const polygon = (points) => svg("polygon", Object.assign({points: points}, paint));
    const ring = (count, outer, inner, turn) => {
      const points = [];
      for (let i = 0; i < count; i++) {
        const angle = turn + (i * Math.PI) / (count / 2);
        const radius = inner && i % 2 ? inner : outer;
        points.push((10 + radius * Math.cos(angle)).toFixed(2) + "," + (10 + radius * Math.sin(angle)).toFixed(2));
      }
      return points.join(" ");
    };
    let shapeNode;
    switch (shape) {
      case "square": shapeNode = svg("rect", Object.assign({x: 3, y: 3, width: 14, height: 14}, paint)); break;
      case "diamond": shapeNode = polygon("10,1.5 18.5,10 10,18.5 1.5,10"); break;
      case "triangle": shapeNode = polygon("10,2 18.5,17 1.5,17"); break;
      case "triangleDown": shapeNode = polygon("1.5,3 18.5,3 10,18"); break;
      case "star": shapeNode = polygon(ring(10, 9, 4, -Math.PI / 2)); break;
      case "hexagon": shapeNode = polygon(ring(6, 8.5, 0, 0)); break;
      default: shapeNode = svg("circle", Object.assign({cx: 10, cy: 10, r: 7.5}, paint));
    }
    box.appendChild(shapeNode);
    return box;
  }

  function lineSwatch(color, dash, width) {
    const box = svg("svg", {width: 36, height: 14, viewBox: "0 0 36 14", "aria-hidden": "true"});
    const line = svg("line", {x1: 1, y1: 7, x2: 35, y2: 7, stroke: color || "#555555", "stroke-width": width || 2.5});
    if (dash && dash.length) line.setAttribute("stroke-dasharray", dash.join(" "));
    box.appendChild(line);
    return box;
  }

  // ---- the network -------------------------------------------------------------------------
  const container = document.getElementById("network");
  const nodes = new vis.DataSet(DATA.nodes.map((node) => Object.assign({}, node)));
  const edges = new vis.DataSet(DATA.edges.map((edge) => Object.assign({}, edge)));
  const network = new vis.Network(container, {nodes: nodes, edges: edges}, DATA.options);
  const api = {network: network, nodes: nodes, edges: edges, ready: false};
  window.partnermap = api;

  function theme() {
    return THEMES[state.workshop ? "projector" : "light"];
  }

  function emphasis() {
    // Which actors and links stand out, or null when nothing does.
    if (state.selected && state.selected.type === "actor") {
      const own = linksOf.get(state.selected.id).filter((id) => state.visibleLinks.has(id));
      return around(own, [state.selected.id]);
    }
    if (state.selected && state.selected.type === "link") return around([state.selected.id], []);
    if (state.workshop && state.step >= 0) {
      const step = steps()[state.step];
      const chosen = state.stepLink >= 0 ? [step.links[state.stepLink]] : step.links;
      return around(chosen.filter((id) => state.visibleLinks.has(id)), []);
    }
    if (state.matches.length) return {actors: new Set(state.matches), links: new Set(), found: true};
    return null;
  }

  function around(linkIds, actorIds) {
    const chosen = {actors: new Set(actorIds), links: new Set(linkIds), found: false};
    for (const id of linkIds) {
      chosen.actors.add(links.get(id).from);
      chosen.actors.add(links.get(id).to);
    }
    return chosen;
  }

  function nodeTitle(actor) {
    return actorName(actor.id) + "\n" + termLabel(kinds, actor.kind);
  }

  function edgeTitle(link) {
    const ends = link.directed ? " → " : " — ";
    const lines = [actorName(link.from) + ends + actorName(link.to),
                   termLabel(linkTypes, link.type) + " · " + termLabel(strengths, link.strength)];
    if (text(link.summary)) lines.push(text(link.summary));
    return lines.join("\n");
  }

  function redrawNetwork() {
    // Pushes the current language, theme, filters and emphasis into vis-network's data sets.
    const look = theme();
    const focus = emphasis();
    const nodeUpdates = DATA.actors.map((actor) => {
      const base = baseNodes.get(actor.id);
      const dim = focus !== null && !focus.actors.has(actor.id);
      const found = focus !== null && focus.found && focus.actors.has(actor.id);
      const fill = dim ? DIM_NODE : base.color;
      return {
        id: actor.id,
        label: actorName(actor.id),
        title: nodeTitle(actor),
        hidden: !state.visibleActors.has(actor.id),
        size: base.size * look.nodeScale,
        borderWidth: found ? 5 : look.border,
        color: {background: fill, border: found ? look.highlight : (dim ? DIM_NODE : "#333333"),
                highlight: {background: base.color, border: look.highlight},
                hover: {background: base.color, border: look.highlight}},
        font: {color: dim ? look.dimLabel : look.label, size: look.labelSize,
               strokeWidth: dim && state.workshop ? 0 : look.stroke},
      };
    });
    const edgeUpdates = DATA.links.map((link) => {
      const base = baseEdges.get(link.id);
      const dim = focus !== null && !focus.links.has(link.id);
      const strong = focus !== null && focus.links.has(link.id);
      return {
        id: link.id,
        title: edgeTitle(link),
        hidden: !state.visibleLinks.has(link.id),
        width: base.width * look.edgeScale * (strong ? 1.5 : 1),
        color: {color: dim ? DIM_EDGE : base.color, highlight: base.color, hover: base.color, opacity: dim ? 0.6 : 1},
      };
    });
    // Hand vis-network only what changed: on large maps, redrawing every node per key press is slow.
    nodes.update(nodeUpdates.filter((update) => changed(appliedNodes, update)));
    edges.update(edgeUpdates.filter((update) => changed(appliedEdges, update)));
  }

  const appliedNodes = new Map();
  const appliedEdges = new Map();

  function changed(applied, update) {
    const signature = JSON.stringify(update);
    if (applied.get(update.id) === signature) return false;
    applied.set(update.id, signature);
    return true;
  }

  // ---- filters -----------------------------------------------------------------------------
  const FILTERS = [
    {key: "kind", heading: "kinds", terms: () => DATA.kinds, of: "actors", value: (a) => [a.kind]},
    {key: "level", heading: "levels", terms: () => DATA.levels.concat(DATA.unlevelled ? [{id: "", label: null}] : []),
     of: "actors", value: (a) => [a.level || ""]},
    {key: "type", heading: "link_types", terms: () => DATA.linkTypes, of: "links", value: (l) => [l.type]},
    {key: "strength", heading: "strengths", terms: () => DATA.strengths, of: "links", value: (l) => [l.strength]},
    {key: "source", heading: "sources", terms: () => citedSources.map((s) => ({id: s.id, label: s.title})),
     of: "links", value: (l) => l.sources},
  ];

  function computeVisibility() {
    const f = state.filters;
    const actorKept = (actor) => f.kind.has(actor.kind) && f.level.has(actor.level || "");
    const all = everything();
    const linkFiltered = ["type", "strength", "source"].some((key) => f[key].size < all[key].size);
    state.visibleLinks = new Set(DATA.links.filter((link) =>
      f.type.has(link.type) && f.strength.has(link.strength) && link.sources.some((s) => f.source.has(s)) &&
      actorKept(actors.get(link.from)) && actorKept(actors.get(link.to))).map((link) => link.id));
    // As with the command line's --type/--strength/--source: actors left with no link go too.
    const touched = new Set();
    for (const id of state.visibleLinks) {
      touched.add(links.get(id).from);
      touched.add(links.get(id).to);
    }
    state.visibleActors = new Set(DATA.actors.filter((actor) =>
      actorKept(actor) && (!linkFiltered || touched.has(actor.id))).map((actor) => actor.id));
  }

  function filterLabel(filter, term) {
    if (filter.key === "level" && term.id === "") return ui("no_level");
    return text(term.label) || term.id;
  }

  function buildFilters() {
    const box = clear(document.getElementById("filters"));
    for (const filter of FILTERS) {
      const terms = filter.terms();
      if (!terms.length) continue;
      const group = el("fieldset", "filter-group");
      group.dataset.filter = filter.key;
      group.appendChild(el("legend", null, ui(filter.heading)));
      for (const term of terms) {
        const row = el("div", "filter-row");
        const label = el("label");
        const check = document.createElement("input");
        check.type = "checkbox";
        check.value = term.id;
        check.checked = state.filters[filter.key].has(term.id);
        check.addEventListener("change", () => {
          if (check.checked) state.filters[filter.key].add(term.id);
          else state.filters[filter.key].delete(term.id);
          update();
        });
        label.appendChild(check);
        if (filter.key === "kind") label.appendChild(shapeSwatch(term.shape, term.color));
        if (filter.key === "type") label.appendChild(lineSwatch(term.color, term.dash, 2.5));
        label.appendChild(el("span", "filter-label", filterLabel(filter, term)));
        const count = el("span", "filter-count");
        count.dataset.count = filter.key + ":" + term.id;
        label.appendChild(count);
        row.appendChild(label);
        row.appendChild(button(ui("only"), () => {
          state.filters[filter.key] = new Set([term.id]);
          buildFilters();
          update();
        }, "only-button"));
        group.appendChild(row);
      }
      box.appendChild(group);
    }
  }

  function updateCounts() {
    const counts = new Map();
    for (const filter of FILTERS) {
      const items = filter.of === "actors"
        ? DATA.actors.filter((a) => state.visibleActors.has(a.id))
        : DATA.links.filter((l) => state.visibleLinks.has(l.id));
      for (const item of items) {
        for (const value of filter.value(item)) {
          const key = filter.key + ":" + value;
          counts.set(key, (counts.get(key) || 0) + 1);
        }
      }
    }
    for (const node of document.querySelectorAll("#filters .filter-count")) {
      node.textContent = String(counts.get(node.dataset.count) || 0);
    }
    document.getElementById("shown-actors").textContent =
      ui("shown_actors", {shown: state.visibleActors.size, total: DATA.actors.length});
    document.getElementById("shown-links").textContent =
      ui("shown_links", {shown: state.visibleLinks.size, total: DATA.links.length});
  }

  function showAll() {
    state.filters = everything();
    buildFilters();
    update();
  }

  // ---- legend ------------------------------------------------------------------------------
  function buildLegend() {
    // In a workshop step, only what the step shows, so the legend stays short on the screen.
    const focus = state.workshop && state.step >= 0 ? emphasis() : null;
    const keepKind = (id) => !focus || Array.from(focus.actors).some((a) => actors.get(a).kind === id);
    const keepType = (id) => !focus || Array.from(focus.links).some((l) => links.get(l).type === id);
    const keepStrength = (id) => !focus || Array.from(focus.links).some((l) => links.get(l).strength === id);
    const body = clear(document.getElementById("legend-body"));
    const section = (heading, entries) => {
      if (!entries.length) return;
      const part = el("div", "legend-part");
      part.appendChild(el("h3", null, heading));
      const list = el("ul");
      for (const [swatch, label, id] of entries) {
        const item = el("li");
        item.dataset.id = id;
        item.appendChild(swatch);
        item.appendChild(el("span", null, label));
        list.appendChild(item);
      }
      part.appendChild(list);
      body.appendChild(part);
    };
    section(ui("kinds"), DATA.kinds.filter((t) => keepKind(t.id))
      .map((t) => [shapeSwatch(t.shape, t.color), text(t.label), t.id]));
    section(ui("link_types"), DATA.linkTypes.filter((t) => keepType(t.id))
      .map((t) => [lineSwatch(t.color, t.dash, 3), text(t.label), t.id]));
    section(ui("strengths"), DATA.strengths.filter((t) => keepStrength(t.id))
      .map((t) => [lineSwatch("#555555", null, t.width), text(t.label), t.id]));
  }

  function setLegend(shown) {
    state.legendShown = shown;
    document.getElementById("legend").hidden = !shown;
    document.getElementById("legend-button").setAttribute("aria-pressed", String(shown));
  }

  // ---- side panel --------------------------------------------------------------------------
  function evidenceList(evidence, short) {
    // `short`: for the projector, the paragraph alone when the map has a single source.
    const list = el("ul", "evidence");
    for (const item of evidence) {
      const entry = el("li");
      entry.appendChild(el("blockquote", null, item.quote));
      const source = sources.get(item.source);
      const where = ui("paragraph", {para: item.para});
      const title = source ? text(source.title) : item.source;
      const cite = el("cite", null, short && DATA.sources.length === 1 ? where : title + " — " + where);
      entry.appendChild(cite);
      list.appendChild(entry);
    }
    return list;
  }

  function fact(list, label, value) {
    if (value === null || value === undefined || value === "") return;
    list.appendChild(el("dt", null, label));
    const cell = el("dd");
    if (value instanceof Node) cell.appendChild(value);
    else cell.textContent = String(value);
    list.appendChild(cell);
  }

  function withSwatch(swatch, label) {
    const span = el("span", "with-swatch");
    span.appendChild(swatch);
    span.appendChild(el("span", null, label));
    return span;
  }

  function formatMetric(value) {
    if (value === null || value === undefined) return "—";
    return Number.isInteger(value) ? String(value) : value.toFixed(3);
  }

  const METRIC_ORDER = ["degree", "weighted_degree", "betweenness", "pagerank", "community"];

  function actorPanel(actor) {
    const box = document.createDocumentFragment();
    box.appendChild(el("h2", "panel-title", actorName(actor.id)));
    if (actor.needsReview) box.appendChild(el("p", "review", ui("needs_review")));
    const facts = el("dl", "facts");
    const kind = kinds.get(actor.kind) || {};
    fact(facts, ui("kind"), withSwatch(shapeSwatch(kind.shape, kind.color || "#777777"), termLabel(kinds, actor.kind)));
    if (actor.level) fact(facts, ui("level"), termLabel(levels, actor.level));
    const current = text(actor.name);
    const otherNames = (typeof actor.name === "string" ? [] : Object.values(actor.name)).concat(actor.aliases)
      .filter((name, index, all) => name !== current && all.indexOf(name) === index);
    if (otherNames.length) fact(facts, ui("other_names"), otherNames.join(" · "));
    if (actor.confidence !== null && actor.confidence !== undefined) fact(facts, ui("confidence"), actor.confidence);
    box.appendChild(facts);
    if (text(actor.description)) {
      box.appendChild(el("h3", null, ui("description")));
      box.appendChild(el("p", "description", text(actor.description)));
    }
    if (actor.metrics) {
      box.appendChild(el("h3", null, ui("metrics")));
      const table = el("dl", "facts metrics");
      const names = Object.keys(actor.metrics).sort((a, b) => {
        const rank = (name) => (METRIC_ORDER.indexOf(name) < 0 ? METRIC_ORDER.length : METRIC_ORDER.indexOf(name));
        return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
      });
      for (const name of names) {
        table.appendChild(el("dt", null, ui(name)));
        const cell = el("dd", null, formatMetric(actor.metrics[name]));
        cell.dataset.metric = name;
        table.appendChild(cell);
      }
      box.appendChild(table);
    }
    box.appendChild(el("h3", null, ui("evidence")));
    box.appendChild(evidenceList(actor.evidence));
    const own = linksOf.get(actor.id).filter((id) => state.visibleLinks.has(id));
    if (own.length) {
      box.appendChild(el("h3", null, ui("partnerships")));
      const list = el("ul", "partnerships");
      for (const id of own) {
        const link = links.get(id);
        const other = link.from === actor.id ? link.to : link.from;
        const arrow = !link.directed ? "— " : link.from === actor.id ? "→ " : "← ";
        const item = el("li");
        const type = linkTypes.get(link.type) || {};
        item.appendChild(lineSwatch(type.color, type.dash, 3));
        item.appendChild(button(arrow + actorName(other) + " (" + termLabel(linkTypes, link.type) + ")",
          () => select({type: "link", id: id}), "link-button"));
        list.appendChild(item);
      }
      box.appendChild(list);
    }
    return box;
  }

  function linkPanel(link) {
    const box = document.createDocumentFragment();
    const ends = actorName(link.from) + (link.directed ? " → " : " — ") + actorName(link.to);
    box.appendChild(el("h2", "panel-title", ends));
    if (link.needsReview) box.appendChild(el("p", "review", ui("needs_review")));
    if (text(link.summary)) box.appendChild(el("p", "summary", text(link.summary)));
    const facts = el("dl", "facts");
    const type = linkTypes.get(link.type) || {};
    fact(facts, ui("link_type"), withSwatch(lineSwatch(type.color, type.dash, 3), termLabel(linkTypes, link.type)));
    fact(facts, ui("strength"), termLabel(strengths, link.strength));
    fact(facts, ui("direction"), link.directed
      ? ui("one_way", {from: actorName(link.from), to: actorName(link.to)}) : ui("both_ways"));
    if (link.confidence !== null && link.confidence !== undefined) fact(facts, ui("confidence"), link.confidence);
    box.appendChild(facts);
    const endButtons = el("p", "ends");
    for (const id of [link.from, link.to]) {
      endButtons.appendChild(button(actorName(id), () => select({type: "actor", id: id}), "link-button"));
    }
    box.appendChild(endButtons);
    if (text(link.description)) {
      box.appendChild(el("h3", null, ui("notes")));
      box.appendChild(el("p", "description", text(link.description)));
    }
    box.appendChild(el("h3", null, ui("evidence")));
    box.appendChild(evidenceList(link.evidence));
    return box;
  }

  function aboutPanel() {
    const box = document.createDocumentFragment();
    box.appendChild(el("h2", "panel-title", ui("about")));
    if (text(DATA.description)) box.appendChild(el("p", "description", text(DATA.description)));
    box.appendChild(el("p", "hint", ui("hint")));
    box.appendChild(el("h3", null, ui("sources_list")));
    const list = el("ul", "sources");
    for (const source of DATA.sources) {
      const item = el("li");
      item.appendChild(el("span", "source-title", text(source.title)));
      item.appendChild(el("span", "source-date", ui("published", {date: source.date})));
      // Shown as text, not as a link: the page never leads anywhere on its own.
      if (source.url) item.appendChild(el("span", "source-url", source.url));
      list.appendChild(item);
    }
    box.appendChild(list);
    return box;
  }

  function renderPanel() {
    const panel = clear(document.getElementById("panel"));
    const chosen = state.selected;
    if (chosen) panel.appendChild(button(ui("close"), () => select(null), "close-button"));
    if (chosen && chosen.type === "actor") panel.appendChild(actorPanel(actors.get(chosen.id)));
    else if (chosen && chosen.type === "link") panel.appendChild(linkPanel(links.get(chosen.id)));
    else panel.appendChild(aboutPanel());
    panel.dataset.selected = chosen ? chosen.type + ":" + chosen.id : "";
  }

  function select(chosen) {
    state.selected = chosen;
    if (chosen === null) network.unselectAll();
    else if (chosen.type === "actor") network.selectNodes([chosen.id]);
    else network.selectEdges([chosen.id]);
    renderPanel();
    renderCaption();
    redrawNetwork();
  }

  // ---- search ------------------------------------------------------------------------------
  function search(query) {
    state.query = query;
    const folded = fold(query);
    state.matches = folded ? DATA.actors.filter((a) => searchTerms.get(a.id).some((t) => t.includes(folded))).map((a) => a.id) : [];
    renderSearch();
    redrawNetwork();
    const shown = state.matches.filter((id) => state.visibleActors.has(id));
    if (shown.length) network.fit({nodes: shown, animation: {duration: 300, easingFunction: "easeInOutQuad"}, maxZoomLevel: 1.5});
  }

  function renderSearch() {
    const results = clear(document.getElementById("search-results"));
    const status = document.getElementById("search-status");
    if (!fold(state.query)) {
      status.textContent = "";
      return;
    }
    status.textContent = state.matches.length ? ui("search_found", {count: state.matches.length})
      : ui("search_none", {query: state.query});
    for (const id of state.matches) {
      const actor = actors.get(id);
      const item = el("li");
      const kind = kinds.get(actor.kind) || {};
      item.appendChild(shapeSwatch(kind.shape, kind.color || "#777777"));
      item.appendChild(button(actorName(id), () => reveal(id), "result-button"));
      results.appendChild(item);
    }
  }

  function reveal(id) {
    // Selects an actor from the search results, clearing filters that hide it.
    if (!state.visibleActors.has(id)) showAll();
    select({type: "actor", id: id});
    network.focus(id, {scale: Math.max(network.getScale(), 1), animation: {duration: 300, easingFunction: "easeInOutQuad"}});
  }

  // ---- workshop mode -----------------------------------------------------------------------
  let cachedSteps = null;

  function steps() {
    // The map's tour, or one step per partnership type.
    if (cachedSteps === null) {
      cachedSteps = DATA.tour.length ? DATA.tour.map((step) => ({title: step.title, links: step.links}))
        : DATA.linkTypes.map((type) => ({title: type.label,
          links: DATA.links.filter((link) => link.type === type.id).map((link) => link.id)}));
    }
    return cachedSteps;
  }

  function quotesOf(linkIds) {
    const seen = new Set();
    const quotes = [];
    for (const id of linkIds) {
      for (const item of links.get(id).evidence) {
        if (seen.has(item.quote)) continue;
        seen.add(item.quote);
        quotes.push(item);
      }
    }
    return quotes;
  }

  function renderCaption() {
    const caption = clear(document.getElementById("caption"));
    caption.hidden = !state.workshop;
    if (!state.workshop) return;
    const all = steps();
    if (state.selected) {
      const chosen = state.selected;
      const item = chosen.type === "actor" ? actors.get(chosen.id) : links.get(chosen.id);
      caption.appendChild(el("h2", "caption-title", chosen.type === "actor" ? actorName(chosen.id)
        : actorName(item.from) + (item.directed ? " → " : " — ") + actorName(item.to)));
      caption.appendChild(evidenceList(item.evidence, true));
    } else if (state.step < 0) {
      caption.appendChild(el("h2", "caption-title", text(DATA.title)));
      caption.appendChild(el("p", "caption-keys", ui("overview")));
    } else {
      const step = all[state.step];
      caption.appendChild(el("p", "caption-step", ui("step", {index: state.step + 1, count: all.length})));
      caption.appendChild(el("h2", "caption-title", text(step.title)));
      let shown = step.links;
      if (state.stepLink >= 0) {
        const link = links.get(step.links[state.stepLink]);
        shown = [link.id];
        caption.appendChild(el("p", "caption-link", actorName(link.from) + (link.directed ? " → " : " — ") +
          actorName(link.to) + " · " + termLabel(linkTypes, link.type)));
      }
      caption.appendChild(evidenceList(quotesOf(shown), true));
    }
    caption.appendChild(el("p", "caption-keys", ui("workshop_keys")));
    caption.dataset.step = String(state.step);
  }

  function goToStep(index, linkIndex) {
    const all = steps();
    state.step = Math.max(-1, Math.min(index, all.length - 1));
    state.stepLink = state.step >= 0 ? Math.max(-1, Math.min(linkIndex, all[state.step].links.length - 1)) : -1;
    state.selected = null;
    network.unselectAll();
    renderCaption();
    buildLegend();
    redrawNetwork();
    const focus = emphasis();
    const shown = focus ? Array.from(focus.actors).filter((id) => state.visibleActors.has(id)) : [];
    refit(shown);
  }

  function refit(actorIds) {
    // The caption and legend change the canvas's height: resize it before fitting.
    requestAnimationFrame(() => {
      network.setSize("100%", "100%");
      network.redraw();
      const options = {animation: {duration: 400, easingFunction: "easeInOutQuad"}};
      if (actorIds && actorIds.length) options.nodes = actorIds;
      network.fit(options);
    });
  }

  function requestFullscreen() {
    const root = document.documentElement;
    if (document.fullscreenElement || !root.requestFullscreen) return;
    // Browsers refuse full screen without a key press or click; the page then stays as it is.
    root.requestFullscreen().catch(() => {});
  }

  function setWorkshop(on, fromUser) {
    state.workshop = on;
    document.body.classList.toggle("workshop", on);
    document.body.dataset.theme = on ? "projector" : "light";
    document.getElementById("workshop-button").setAttribute("aria-pressed", String(on));
    const look = theme();
    network.setOptions({nodes: {font: {size: look.labelSize, strokeWidth: look.stroke},
                                widthConstraint: {maximum: look.labelWidth}}});
    state.step = -1;
    state.stepLink = -1;
    if (on && fromUser) requestFullscreen();
    if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    renderCaption();
    buildLegend();
    redrawNetwork();
    refit(null);
  }

  // ---- PNG export --------------------------------------------------------------------------
  function exportPng() {
    const canvas = container.querySelector("canvas");
    const out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    const context = out.getContext("2d");
    context.fillStyle = theme().canvas;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(canvas, 0, 0);
    out.toBlob((blob) => {
      const link = document.createElement("a");
      const address = URL.createObjectURL(blob);
      link.href = address;
      link.download = "partnermap.png";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(address), 5000);
    }, "image/png");
  }

  // ---- language ----------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = state.language;
    document.title = text(DATA.title);
    document.getElementById("map-title").textContent = text(DATA.title);
    container.setAttribute("aria-label", text(DATA.title));
    for (const node of document.querySelectorAll("[data-ui]")) node.textContent = ui(node.dataset.ui);
    for (const node of document.querySelectorAll("[data-ui-title]")) node.title = ui(node.dataset.uiTitle);
    for (const node of document.querySelectorAll("[data-ui-placeholder]")) node.placeholder = ui(node.dataset.uiPlaceholder);
    buildLegend();
    buildFilters();
    updateCounts();
    renderSearch();
    renderPanel();
    renderCaption();
    redrawNetwork();
  }

  function update() {
    computeVisibility();
    if (state.selected && !(state.selected.type === "actor" ? state.visibleActors : state.visibleLinks).has(state.selected.id)) {
      state.selected = null;
      network.unselectAll();
      renderPanel();
    }
    updateCounts();
    redrawNetwork();
  }

  // ---- events ------------------------------------------------------------------------------
  network.on("click", (event) => {
    if (event.nodes.length) select({type: "actor", id: event.nodes[0]});
    else if (event.edges.length) select({type: "link", id: event.edges[0]});
    else select(null);
  });

  document.getElementById("language-switch").addEventListener("change", (event) => {
    state.language = event.target.value;
    applyLanguage();
    event.target.blur();  // so that the keys (w, l, arrows) reach the map again
  });
  document.getElementById("legend-button").addEventListener("click", () => setLegend(!state.legendShown));
  document.getElementById("workshop-button").addEventListener("click", (event) => {
    setWorkshop(!state.workshop, true);
    event.currentTarget.blur();  // or Space, the "next step" key, would press the button again
  });
  document.getElementById("export-button").addEventListener("click", exportPng);
  document.getElementById("fit-button").addEventListener("click", () => network.fit({animation: {duration: 300}}));
  document.getElementById("show-all-button").addEventListener("click", showAll);
  const searchBox = document.getElementById("search-box");
  searchBox.addEventListener("input", () => search(searchBox.value));
  searchBox.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && state.matches.length) {
      reveal(state.matches[0]);
      searchBox.blur();  // the actor is chosen: keys go back to the map
    }
    if (event.key === "Escape") { searchBox.value = ""; search(""); }
  });

  let fullscreenOnFirstKey = false;
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (fullscreenOnFirstKey && state.workshop) {
      fullscreenOnFirstKey = false;
      requestFullscreen();
    }
    const key = event.key;
    if (key === "w" || key === "W") setWorkshop(!state.workshop, true);
    else if (key === "l" || key === "L") setLegend(!state.legendShown);
    else if (key === "/" && !state.workshop) { event.preventDefault(); searchBox.focus(); }
    else if (key === "Escape") { if (state.workshop) setWorkshop(false, true); else select(null); }
    else if (!state.workshop) return;
    else if (key === "ArrowRight" || key === "PageDown" || key === " ") { event.preventDefault(); goToStep(state.step + 1, -1); }
    else if (key === "ArrowLeft" || key === "PageUp") { event.preventDefault(); goToStep(state.step - 1, -1); }
    else if (key === "ArrowDown" && state.step >= 0) { event.preventDefault(); goToStep(state.step, state.stepLink + 1); }
    else if (key === "ArrowUp" && state.step >= 0) { event.preventDefault(); goToStep(state.step, state.stepLink - 1); }
    else if (key === "Home") goToStep(-1, -1);
  });

  network.once("afterDrawing", () => {
    api.ready = true;
    document.body.dataset.ready = "true";
  });

  // ---- start -------------------------------------------------------------------------------
  computeVisibility();
  applyLanguage();
  setLegend(true);
  if (DATA.theme === "projector") {
    setWorkshop(true, false);
    fullscreenOnFirstKey = true;
  }
  api.view = () => ({
    language: state.language,
    workshop: state.workshop,
    step: state.step,
    stepLink: state.stepLink,
    selected: state.selected,
    matches: state.matches.slice(),
    visibleActors: DATA.actors.map((a) => a.id).filter((id) => state.visibleActors.has(id)),
    visibleLinks: DATA.links.map((l) => l.id).filter((id) => state.visibleLinks.has(id)),
    emphasised: (() => {
      const focus = emphasis();
      return focus ? {actors: Array.from(focus.actors).sort(), links: Array.from(focus.links).sort()} : null;
    })(),
    steps: steps().map((step) => ({title: text(step.title), links: step.links.slice()})),
  });
  api.select = select;
})();
