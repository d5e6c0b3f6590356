// The page: reads the map from the JSON block #partnermap-data, holds the one mutable state,
// draws the network with vis-network, wires the buttons and keys, and exposes the test API
// window.partnermap {network, nodes, edges, ready, view(), select()}. Runs last.
// Needs every other file. The other files reach the page through `app`:
//   app.data, .tables, .state, .words, .steps, .network, .container  (read)
//   app.focus(), .select(chosen), .update(), .reveal(actorId)          (call)
(function (pm) {
  "use strict";

  const data = JSON.parse(document.getElementById("partnermap-data").textContent);
  const tables = pm.buildTables(data);
  const state = {
    language: data.language,
    workshop: false,
    step: -1,          // -1: overview; otherwise an index into steps
    stepLink: -1,      // -1: the whole step; otherwise one of its links
    selected: null,    // {type: "actor" | "link", id}
    matches: [],       // actor ids found by the search box
    query: "",
    legendShown: true,
    aboutOpen: false,  // the side panel's "about this map", folded away until asked for
    filters: pm.allFilters(tables),
    visibleActors: new Set(),
    visibleLinks: new Set(),
    inContext: false,  // workshop: the caption shows each quote in its whole paragraph (key c)
    quotePage: 0,      // workshop: the first quote the caption shows (panels.js pages the rest)
    quotePageEnd: 0,
    quoteCount: 0,
    quotePages: [],    // where the earlier pages started, for ↑
    stepFont: null,    // workshop step: its actors' label size, when the theme's is too small fitted
    labels: null,      // while labels are thinned (thinning()): id -> {text, font} of the labels drawn
    labelView: null,   // the view (scale, centre) those labels were placed for
  };
  const words = pm.makeWords(tables, state);
  const steps = pm.tourSteps(data);

  const container = document.getElementById("network");
  const nodes = new vis.DataSet(data.nodes.map((node) => Object.assign({}, node)));
  const edges = new vis.DataSet(data.edges.map((edge) => Object.assign({}, edge)));
  const network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  const api = {network: network, nodes: nodes, edges: edges, ready: false};
  window.partnermap = api;

  const app = {data, tables, state, words, steps, network, container, focus, select, update, reveal, setAbout};

  function focus() {
    return pm.emphasis(tables, state, steps);
  }

  // ---- drawing -------------------------------------------------------------------------------
  const appliedNodes = new Map();
  const appliedEdges = new Map();

  function changed(applied, update) {
    const signature = JSON.stringify(update);
    if (applied.get(update.id) === signature) return false;
    applied.set(update.id, signature);
    return true;
  }

  function redrawNetwork(labelsPlaced) {
    // Pushes the current language, theme, filters and emphasis into vis-network's data sets,
    // handing it only what changed: on large maps, redrawing every node per key press is slow.
    // Unless the labels were just placed, they are placed again for what changed.
    if (!labelsPlaced) labelsChanged();
    const emphasised = focus();
    nodes.update(pm.nodeUpdates(tables, words, state, emphasised).filter((u) => changed(appliedNodes, u)));
    edges.update(pm.edgeUpdates(tables, words, state, emphasised).filter((u) => changed(appliedEdges, u)));
  }

  // ---- labels of larger maps and of a crowded workshop overview (emphasis.js, placeLabels) ----
  // Placed again when the view has moved, at most every LABEL_DELAY ms (and once it stops).
  const LABEL_DELAY = 120;
  const measurer = document.createElement("canvas").getContext("2d");
  const labelTexts = new Map();
  let labelTimer = null;
  let labelsPlacedAt = 0;

  function labelText(id) {
    // {text, width, lines} of an actor's label in the current theme and language at the theme's
    // size: partnermap's lines, or else the name wrapped here as vis-network would wrap it.
    const look = pm.theme(state);
    const key = (state.workshop ? "projector" : "light") + "|" + state.language + "|" + id;
    if (labelTexts.has(key)) return labelTexts.get(key);
    const base = tables.baseNodes.get(id);
    const given = base.lines && base.lines[state.workshop ? "projector" : "light"];
    const face = (data.options.nodes && data.options.nodes.font && data.options.nodes.font.face) || "arial";
    measurer.font = look.labelSize + "px " + face;
    const width = (text) => measurer.measureText(text).width;
    let lines;
    if (given && given[state.language]) {
      lines = given[state.language].split("\n");
    } else {
      lines = [];
      for (const word of words.actorName(id).split(/\s+/).filter(Boolean)) {
        const last = lines.length ? lines[lines.length - 1] + " " + word : null;
        if (last !== null && width(last) <= look.labelWidth - 10 - look.labelSize) lines[lines.length - 1] = last;
        else lines.push(word);
      }
    }
    const entry = {text: lines.join("\n"), width: Math.max(0, ...lines.map(width)), lines: lines.length};
    labelTexts.set(key, entry);
    return entry;
  }

  function thinning() {
    // Larger maps; and the workshop overview of any map whose labels the view draws too small for
    // the back of the room (40 long names fitted in the projector's map area: about 18 px).
    if (state.visibleActors.size > pm.THIN_LABELS_ABOVE) return true;
    const look = pm.theme(state);
    return state.workshop && state.step < 0 && state.selected === null && look.labelSize * network.getScale() < look.minLabelPx;
  }

  function placeLabelsNow() {
    labelTimer = null;
    labelsPlacedAt = performance.now();
    if (!thinning()) {
      if (state.labels) { state.labels = null; state.labelView = null; redrawNetwork(true); }
      return;
    }
    const look = pm.theme(state);
    const scale = network.getScale();
    const centre = network.getViewPosition();
    const positions = network.getPositions();
    const emphasised = focus();
    const shapes = [], candidates = [];
    for (const id of pm.labelOrder(tables, state, emphasised)) {
      const body = network.body.nodes[id];
      const radius = (body ? body.options.size : tables.baseNodes.get(id).size * look.nodeScale) || 0;
      const at = positions[id];
      if (!at) continue;
      shapes.push({id: id, x: at.x, y: at.y, radius: radius});
      const text = labelText(id);
      candidates.push({id: id, x: at.x, y: at.y, radius: radius, width: text.width, lines: text.lines,
                       forced: Boolean(emphasised && emphasised.actors.has(id))});
    }
    const box = container.getBoundingClientRect();
    const a = network.DOMtoCanvas({x: 0, y: 0}), b = network.DOMtoCanvas({x: box.width, y: box.height});
    const sizes = pm.placeLabels(candidates, shapes, {font: look.labelSize, minPx: look.minLabelPx, scale: scale,
                                                      bounds: [a.x, a.y, b.x, b.y]});
    state.labels = new Map(Array.from(sizes, ([id, font]) => [id, {text: labelText(id).text, font: font}]));
    state.labelView = {scale: scale, x: centre.x, y: centre.y};
    // Only labels changed: the nodes, not the edges (thousands on large maps), are handed over.
    nodes.update(pm.nodeUpdates(tables, words, state, emphasised).filter((u) => changed(appliedNodes, u)));
  }

  function scheduleLabels() {
    // Called after every drawing: places the labels again if the view moved since they were placed.
    if (!thinning() && !state.labels) return;
    const view = state.labelView, centre = network.getViewPosition();
    if (view && thinning() && view.scale === network.getScale() && view.x === centre.x && view.y === centre.y) return;
    if (labelTimer !== null) return;
    labelTimer = setTimeout(placeLabelsNow, Math.max(0, LABEL_DELAY - (performance.now() - labelsPlacedAt)));
  }

  function labelsChanged() {
    // Selection, search, filters, language or theme changed what is labelled first: place again.
    state.labelView = null;
    scheduleLabels();
  }

  // vis-network fits shapes and labels as it bounds them, which stops half a font size above the
  // bottom of a label's box: zooming out by FIT_ROOM keeps every label whole inside the map.
  const FIT_ROOM = 0.97;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  function animation(duration) {
    return reducedMotion.matches ? false : {duration: duration, easingFunction: "easeInOutQuad"};
  }

  // A step's actors fill the map; when they are far apart, their labels grow until they are drawn
  // at least STEP_LABEL_PX on screen (up to MAX_STEP_FONT times the theme's size, and never so far
  // that two of them overlap: partnermap made room for larger labels, graph/output/layout.py).
  const STEP_LABEL_PX = 28.5;
  const MAX_STEP_FONT = 1.6;

  function crowded(actorIds) {
    // Whether a label of these actors overlaps another's label or shape (vis-network's own boxes).
    const boxes = actorIds.map((id) => {
      const node = network.body.nodes[id];
      const label = node.labelModule.size;
      const half = (node.shape.width || 0) / 2;
      return {label: [label.left, label.top, label.left + label.width, label.top + label.height],
              shape: [node.x - half, node.y - half, node.x + half, node.y + half]};
    });
    const cross = (a, b) => Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
    return boxes.some((a, i) => boxes.some((b, j) => i !== j && (cross(a.label, b.shape) || (j > i && cross(a.label, b.label)))));
  }

  function enlargeStepLabels(actorIds) {
    const size = pm.theme(state).labelSize;
    for (let round = 0; round < 3; round++) {
      const font = state.stepFont || size;
      const wanted = Math.min(STEP_LABEL_PX / (network.getScale() * FIT_ROOM), size * MAX_STEP_FONT);
      if (wanted <= font) return;
      state.stepFont = Math.ceil(wanted);
      redrawNetwork();
      network.redraw();
      if (crowded(actorIds)) {  // back to the last size that left every label clear
        state.stepFont = font === size ? null : font;
        redrawNetwork();
        network.redraw();
        network.fit({nodes: actorIds, animation: false});
        return;
      }
      network.fit({nodes: actorIds, animation: false});
    }
  }

  function refit(actorIds, instant) {
    // The caption and legend change the canvas's height: resize it before fitting.
    requestAnimationFrame(() => {
      network.setSize("100%", "100%");
      // The fitted view bounds every label at the theme's size, however they are placed now.
      if (state.labels) { state.labels = null; state.labelView = null; redrawNetwork(true); }
      network.redraw();
      const from = {position: network.getViewPosition(), scale: network.getScale()};
      network.fit(actorIds && actorIds.length ? {nodes: actorIds, animation: false} : {animation: false});
      if (state.workshop && state.step >= 0 && actorIds && actorIds.length) enlargeStepLabels(actorIds);
      const to = {position: network.getViewPosition(), scale: network.getScale() * FIT_ROOM};
      network.moveTo(from);
      network.moveTo(Object.assign(to, {animation: instant ? false : animation(400)}));
    });
  }

  // ---- actions -------------------------------------------------------------------------------
  function select(chosen) {
    state.selected = chosen;
    state.quotePage = 0;
    state.quotePages = [];
    if (chosen === null) network.unselectAll();
    else if (chosen.type === "actor") network.selectNodes([chosen.id]);
    else network.selectEdges([chosen.id]);
    pm.renderPanel(app);
    pm.renderCaption(app);
    pm.renderReader(app);
    redrawNetwork();
  }

  function setAbout(open) {
    state.aboutOpen = open;
    pm.renderPanel(app);
  }

  function update() {
    // After a filter changed: new visible sets, and a selection they hide is dropped.
    const visible = pm.visibility(tables, state.filters);
    state.visibleActors = visible.actors;
    state.visibleLinks = visible.links;
    if (state.selected && !(state.selected.type === "actor" ? state.visibleActors : state.visibleLinks).has(state.selected.id)) {
      state.selected = null;
      network.unselectAll();
      pm.renderPanel(app);
    }
    pm.renderCounts(app);
    pm.renderListView(app);
    redrawNetwork();
  }

  function showAll() {
    state.filters = pm.allFilters(tables);
    pm.renderFilters(app);
    update();
  }

  function search(query) {
    state.query = query;
    state.matches = pm.searchActors(tables, query);
    pm.renderSearch(app);
    redrawNetwork();
    const shown = state.matches.filter((id) => state.visibleActors.has(id));
    if (shown.length) network.fit({nodes: shown, animation: animation(300), maxZoomLevel: 1.5});
  }

  function reveal(id) {
    // Selects an actor from the search results, clearing filters that hide it.
    if (!state.visibleActors.has(id)) showAll();
    select({type: "actor", id: id});
    network.focus(id, {scale: Math.max(network.getScale(), 1), animation: animation(300)});
  }

  function turnQuotePage(forward) {
    // ↓/↑ in a step: the caption's next or previous page of quotes, if any; false when none.
    if (forward && state.quotePageEnd < state.quoteCount) {
      state.quotePages.push(state.quotePage);
      state.quotePage = state.quotePageEnd;
    } else if (!forward && state.quotePages.length) {
      state.quotePage = state.quotePages.pop();
    } else {
      return false;
    }
    pm.renderCaption(app);
    return true;
  }

  function goToStep(index, linkIndex) {
    Object.assign(state, pm.clampStep(steps, index, linkIndex));
    state.stepFont = null;
    state.quotePage = 0;
    state.quotePages = [];
    state.selected = null;
    network.unselectAll();
    pm.renderCaption(app);
    pm.renderLegend(app);
    redrawNetwork();
    const emphasised = focus();
    refit(emphasised ? Array.from(emphasised.actors).filter((id) => state.visibleActors.has(id)) : []);
  }

  function requestFullscreen() {
    const root = document.documentElement;
    if (document.fullscreenElement || !root.requestFullscreen) return;
    // Browsers refuse full screen without a key press or click; the page then stays as it is.
    root.requestFullscreen().catch(() => {});
  }

  function placeActors(theme) {
    // Each theme's labels have their own size, and partnermap made room for each in its own
    // positions (graph/output/layout.py); large maps have one layout and no "positions".
    const moves = data.nodes.filter((node) => node.positions && node.positions[theme])
      .map((node) => ({id: node.id, x: node.positions[theme][0], y: node.positions[theme][1]}));
    if (moves.length) nodes.update(moves);
  }

  function setWorkshop(on, fromUser) {
    state.workshop = on;
    placeActors(on ? "projector" : "light");
    document.body.classList.toggle("workshop", on);
    document.body.dataset.theme = on ? "projector" : "light";
    document.getElementById("workshop-button").setAttribute("aria-pressed", String(on));
    const look = pm.theme(state);
    network.setOptions({nodes: {font: {size: look.labelSize, strokeWidth: look.stroke},
                                widthConstraint: {maximum: look.labelWidth}}});
    state.step = -1;
    state.stepLink = -1;
    state.stepFont = null;
    if (on && fromUser) requestFullscreen();
    if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    pm.renderCaption(app);
    pm.renderLegend(app);
    redrawNetwork();
    refit(null);
  }

  function applyLanguage() {
    const title = words.text(data.title);
    document.documentElement.lang = state.language;
    document.title = title;
    document.getElementById("map-title").textContent = title;
    container.setAttribute("aria-label", title);
    for (const node of document.querySelectorAll("[data-ui]")) node.textContent = words.ui(node.dataset.ui);
    for (const node of document.querySelectorAll("[data-ui-title]")) node.title = words.ui(node.dataset.uiTitle);
    for (const node of document.querySelectorAll("[data-ui-placeholder]")) node.placeholder = words.ui(node.dataset.uiPlaceholder);
    pm.renderLegend(app);
    pm.renderFilters(app);
    pm.renderCounts(app);
    pm.renderSearch(app);
    pm.renderListView(app);
    pm.renderPanel(app);
    pm.renderCaption(app);
    pm.renderReader(app, false);
    redrawNetwork();
  }

  // ---- events --------------------------------------------------------------------------------
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
  document.getElementById("legend-button").addEventListener("click", () => pm.setLegend(app, !state.legendShown));
  document.getElementById("workshop-button").addEventListener("click", (event) => {
    setWorkshop(!state.workshop, true);
    event.currentTarget.blur();  // or Space, the "next step" key, would press the button again
  });
  document.getElementById("export-button").addEventListener("click", () => pm.exportPng(app));
  document.getElementById("fit-button").addEventListener("click", () => refit(null));
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
    else if (key === "l" || key === "L") pm.setLegend(app, !state.legendShown);
    else if (key === "/" && !state.workshop) { event.preventDefault(); searchBox.focus(); }
    else if ((key === "t" || key === "T") && !state.workshop) pm.setReader(app, !pm.isReaderOpen());
    else if ((key === "c" || key === "C") && state.workshop) { state.inContext = !state.inContext; pm.renderCaption(app); }
    else if (key === "Escape") { if (state.workshop) setWorkshop(false, true); else select(null); }
    else if (!state.workshop) return;
    else if (key === "ArrowRight" || key === "PageDown" || key === " ") { event.preventDefault(); goToStep(state.step + 1, -1); }
    else if (key === "ArrowLeft" || key === "PageUp") { event.preventDefault(); goToStep(state.step - 1, -1); }
    else if (key === "ArrowDown" && state.step >= 0) {
      event.preventDefault();
      if (!turnQuotePage(true)) goToStep(state.step, state.stepLink + 1);
    } else if (key === "ArrowUp" && state.step >= 0) {
      event.preventDefault();
      if (!turnQuotePage(false)) goToStep(state.step, state.stepLink - 1);
    }
    else if (key === "Home") goToStep(-1, -1);
  });

  network.on("afterDrawing", scheduleLabels);
  network.once("afterDrawing", () => {
    api.ready = true;
    document.body.dataset.ready = "true";
  });

  // ---- start ---------------------------------------------------------------------------------
  pm.wireReader(app);
  pm.wireTimeline(app);  // before the first visibility: the slider's date narrows it
  const visible = pm.visibility(tables, state.filters);
  state.visibleActors = visible.actors;
  state.visibleLinks = visible.links;
  applyLanguage();
  pm.setLegend(app, true);
  if (data.theme === "projector") {
    setWorkshop(true, false);
    fullscreenOnFirstKey = true;
  } else {
    refit(null, true);  // vis-network fitted the map before the legend took its height
  }
  api.view = () => {
    const emphasised = focus();
    return {
      language: state.language,
      workshop: state.workshop,
      step: state.step,
      stepLink: state.stepLink,
      selected: state.selected,
      matches: state.matches.slice(),
      visibleActors: data.actors.map((a) => a.id).filter((id) => state.visibleActors.has(id)),
      visibleLinks: data.links.map((l) => l.id).filter((id) => state.visibleLinks.has(id)),
      emphasised: emphasised ? {actors: Array.from(emphasised.actors).sort(), links: Array.from(emphasised.links).sort()} : null,
      steps: steps.map((step) => ({title: words.text(step.title), links: step.links.slice()})),
      inContext: state.inContext,
      quotes: {first: state.quotePage, end: state.quotePageEnd, count: state.quoteCount},
      reader: pm.readerView(),
      // Maps that thin their labels: the scale they were placed for, null while they wait (tests).
      labelScale: state.labelView && state.labels ? state.labelView.scale : null,
    };
  };
  api.select = select;
})(globalThis.partnermapModules ??= {});
