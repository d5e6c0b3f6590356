// Time: a slider over the dates of the map's sources (data.timeline, render/timeline_data.py)
// showing the map as it stood at a date — the links and actors quoted by documents up to it —
// with the links new at that date drawn thick, and in a link's panel the documents stating it.
// Wraps pm.visibility, pm.edgeUpdates and pm.renderPanel, so filters, counts, emphasis and
// view().visibleLinks all follow the chosen date. Keys: Shift+←/→ anywhere; in workshop mode,
// → after the tour's last step walks through the documents from the first, ← walks back.
// Needs data.js, filters.js, emphasis.js, dom.js, panels.js. Gives: pm.visibleAt,
// pm.newLinksAt, pm.statedBy, pm.wireTimeline, pm.timelineView. Before page.js.
(function (pm) {
  "use strict";

  const NEW_LINK_WIDTH = 2.2;  // how much thicker a link new at the chosen date is drawn

  const at = {timeline: null, index: -1, walking: false, app: null};

  function chosenDate() {
    // The chosen stop's date, or null at the last stop (the whole map: nothing hidden).
    const stops = at.timeline ? at.timeline.stops : [];
    return at.index >= 0 && at.index < stops.length - 1 ? stops[at.index].date : null;
  }

  function firstDate(timeline, linkId, sourceDates) {
    const sources = timeline.links[linkId] || [];
    return sources.length ? sourceDates.get(sources[0]) : null;
  }

  function datesOf(timeline) {
    const dates = new Map();
    for (const stop of timeline.stops) for (const id of stop.sources) dates.set(id, stop.date);
    return dates;
  }

  // ---- pure: what a date shows ---------------------------------------------------------------
  function visibleAt(timeline, date, visible) {
    // `visible` ({actors, links} Sets) narrowed to what documents dated up to `date` quote.
    const dates = datesOf(timeline);
    const links = new Set(Array.from(visible.links).filter((id) => {
      const first = firstDate(timeline, id, dates);
      return first !== null && first <= date;
    }));
    const actors = new Set(Array.from(visible.actors).filter((id) => {
      const first = timeline.actors[id];
      return first !== null && first !== undefined && first <= date;
    }));
    return {actors: actors, links: links};
  }

  function newLinksAt(timeline, index) {
    // Ids of the links first stated at stop `index` (none at the first stop: all would be).
    if (index <= 0 || index >= timeline.stops.length) return new Set();
    const date = timeline.stops[index].date;
    const dates = datesOf(timeline);
    return new Set(Object.keys(timeline.links).filter((id) => firstDate(timeline, id, dates) === date));
  }

  function statedBy(timeline, linkId) {
    // [{source, date, restated}] in date order: the first states the link, the others restate it.
    const dates = datesOf(timeline);
    return (timeline.links[linkId] || []).map((id, rank) => ({source: id, date: dates.get(id), restated: rank > 0}));
  }

  // ---- wrapping the page's own functions -----------------------------------------------------
  const baseVisibility = pm.visibility;
  pm.visibility = function (tables, filters) {
    const visible = baseVisibility(tables, filters);
    const date = chosenDate();
    return date === null ? visible : visibleAt(at.timeline, date, visible);
  };

  const baseEdgeUpdates = pm.edgeUpdates;
  pm.edgeUpdates = function (tables, words, state, focus) {
    const updates = baseEdgeUpdates(tables, words, state, focus);
    if (!at.timeline) return updates;
    const fresh = newLinksAt(at.timeline, at.index);  // at the last stop too: what its documents add
    return updates.map((update) => {
      const isNew = fresh.has(update.id);
      const color = tables.baseEdges.get(update.id).color;
      return Object.assign(update, {
        width: isNew ? update.width * NEW_LINK_WIDTH : update.width,
        shadow: isNew ? {enabled: true, color: color, size: 14, x: 0, y: 0} : {enabled: false},
      });
    });
  };

  const baseRenderPanel = pm.renderPanel;
  pm.renderPanel = function (app) {
    baseRenderPanel(app);
    const chosen = app.state.selected;
    if (!at.timeline || !chosen || chosen.type !== "link") return;
    const words = wordsOf(app);
    const sources = new Map(app.data.sources.map((source) => [source.id, source]));
    const section = pm.el("section", "stated-by");
    section.appendChild(pm.el("h3", null, words.stated_by));
    const list = pm.el("ol", "stated-list");
    for (const item of statedBy(at.timeline, chosen.id)) {
      const title = sources.has(item.source) ? app.words.text(sources.get(item.source).title) : item.source;
      const entry = pm.el("li", item.restated ? "restated" : "stated");
      entry.appendChild(pm.el("strong", null, (item.restated ? words.restated : words.stated) + " " +
                                              String(item.date).slice(0, 4)));
      entry.appendChild(document.createTextNode(" — " + title + " (" + item.date + ")"));
      list.appendChild(entry);
    }
    section.appendChild(list);
    document.getElementById("panel").appendChild(section);
  };

  // ---- the control -----------------------------------------------------------------------------
  function wordsOf(app) {
    const table = at.timeline.words;
    return table[app.state.language] || table[app.data.languages[0]];
  }

  function moveTo(index) {
    const last = at.timeline.stops.length - 1;
    at.index = Math.max(0, Math.min(last, index));
    render();
    at.app.update();
  }

  function render() {
    const app = at.app;
    const words = wordsOf(app);
    const stop = at.timeline.stops[at.index];
    const slider = document.getElementById("timeline");
    slider.value = String(at.index);
    const sources = new Map(app.data.sources.map((source) => [source.id, source]));
    const named = stop.sources.map((id) => (sources.has(id) ? app.words.text(sources.get(id).title) : id));
    const label = words.label + " " + stop.date;
    slider.setAttribute("aria-valuetext", label + " — " + named.join("; "));
    document.getElementById("timeline-label").textContent = label;
    document.getElementById("timeline-documents").textContent = named.join("; ");
    const fresh = newLinksAt(at.timeline, at.index).size;
    document.getElementById("timeline-new").textContent = fresh ? words.new_links.replace("{n}", String(fresh)) : "";
    document.getElementById("timeline-keys").textContent = words.keys;
    const marks = document.getElementById("timeline-stops");
    pm.clear(marks);
    at.timeline.stops.forEach((item, rank) => {
      const mark = pm.el("li", rank === at.index ? "stop current" : "stop", item.date.slice(0, 4));
      mark.title = item.sources.map((id) => (sources.has(id) ? app.words.text(sources.get(id).title) : id)).join("; ");
      marks.appendChild(mark);
    });
  }

  function build(app) {
    const bar = pm.el("section", null);
    bar.id = "timeline-bar";
    const head = pm.el("p", "timeline-head");
    const label = pm.el("label", null);
    label.id = "timeline-label";
    label.htmlFor = "timeline";
    head.appendChild(label);
    const documents = pm.el("span", null);
    documents.id = "timeline-documents";
    head.appendChild(documents);
    bar.appendChild(head);
    const slider = document.createElement("input");
    slider.type = "range";
    slider.id = "timeline";
    slider.min = "0";
    slider.max = String(at.timeline.stops.length - 1);
    slider.step = "1";
    slider.addEventListener("input", () => { at.walking = false; moveTo(Number(slider.value)); });
    bar.appendChild(slider);
    const stops = pm.el("ol", null);
    stops.id = "timeline-stops";
    bar.appendChild(stops);
    const foot = pm.el("p", "timeline-foot");
    const fresh = pm.el("span", null);
    fresh.id = "timeline-new";
    foot.appendChild(fresh);
    const keys = pm.el("span", null);
    keys.id = "timeline-keys";
    foot.appendChild(keys);
    bar.appendChild(foot);
    const area = document.getElementById("graph-area");
    area.insertBefore(bar, area.firstChild);
  }

  function onKey(event) {
    // Capture phase, before page.js's keys: only the document steps are taken here.
    const app = at.app;
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const right = event.key === "ArrowRight";
    const left = event.key === "ArrowLeft";
    if (!right && !left) return;
    const last = at.timeline.stops.length - 1;
    let next = null;
    if (event.shiftKey) {
      next = at.index + (right ? 1 : -1);
    } else if (app.state.workshop && right && (at.walking || app.state.step === app.steps.length - 1)) {
      // After the tour's last step (or with no tour): the documents, from the first.
      next = at.walking ? at.index + 1 : 0;
      at.walking = true;
    } else if (app.state.workshop && left && at.walking) {
      next = at.index - 1;
      if (next < 0) { at.walking = false; next = last; }
    }
    if (next === null) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    moveTo(next);
  }

  function wireTimeline(app) {
    // Called once by page.js before the first drawing; nothing to do for a map of one date.
    at.app = app;
    at.timeline = app.data.timeline || null;
    if (!at.timeline) return;
    at.index = at.timeline.stops.length - 1;
    build(app);
    render();
    window.addEventListener("keydown", onKey, true);
    document.getElementById("language-switch").addEventListener("change", render);
  }

  function timelineView() {
    // For tests and the page's own view(): the chosen stop and what it shows as new.
    if (!at.timeline) return null;
    return {index: at.index, date: at.timeline.stops[at.index].date, stops: at.timeline.stops.length,
            walking: at.walking, newLinks: Array.from(newLinksAt(at.timeline, at.index)).sort()};
  }

  Object.assign(pm, {visibleAt, newLinksAt, statedBy, wireTimeline, timelineView});
})(globalThis.partnermapModules ??= {});
