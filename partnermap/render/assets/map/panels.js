// Panels: the legend, the side panel (about the map, an actor, a link), the evidence lists and
// the workshop caption. Draws from `app` (built by page.js: data, tables, state, words, steps,
// focus(), select()); the choices of what to show are pure helpers, tested under Node.
// Needs data.js (words), steps.js (pm.captionContent) and dom.js. Gives: pm.legendTerms,
// pm.metricOrder, pm.formatMetric, pm.otherNames, pm.citation, pm.renderLegend, pm.setLegend,
// pm.evidenceList, pm.renderPanel, pm.renderCaption.
(function (pm) {
  "use strict";

  // ---- what to show (pure) ------------------------------------------------------------------
  function legendTerms(tables, focus) {
    // The kinds, link types and strengths the legend lists: all of them, or with a `focus` (a
    // workshop step) only those its actors and links use, so the legend stays short on screen.
    const data = tables.data;
    if (!focus) return {kinds: data.kinds, linkTypes: data.linkTypes, strengths: data.strengths};
    const usedBy = (ids, lookup, field) => new Set(Array.from(ids).map((id) => lookup.get(id)[field]));
    const kinds = usedBy(focus.actors, tables.actors, "kind");
    const types = usedBy(focus.links, tables.links, "type");
    const strengths = usedBy(focus.links, tables.links, "strength");
    return {kinds: data.kinds.filter((t) => kinds.has(t.id)),
            linkTypes: data.linkTypes.filter((t) => types.has(t.id)),
            strengths: data.strengths.filter((t) => strengths.has(t.id))};
  }

  function metricOrder(names, metricNames) {
    // Metric names in the analysis' order (METRIC_NAMES in Python), unknown ones after, by name.
    const rank = (name) => (metricNames.indexOf(name) < 0 ? metricNames.length : metricNames.indexOf(name));
    return names.slice().sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  function formatMetric(value) {
    if (value === null || value === undefined) return "—";
    return Number.isInteger(value) ? String(value) : value.toFixed(3);
  }

  function otherNames(actor, current) {
    // The actor's names in other languages and its aliases, each once, without `current`.
    return (typeof actor.name === "string" ? [] : Object.values(actor.name)).concat(actor.aliases)
      .filter((name, index, all) => name !== current && all.indexOf(name) === index);
  }

  function citation(tables, words, item, short) {
    // "Source title — paragraph N"; `short` (the projector) drops the title when the map has one source.
    const source = tables.sources.get(item.source);
    const where = words.ui("paragraph", {para: item.para});
    const title = source ? words.text(source.title) : item.source;
    return short && tables.data.sources.length === 1 ? where : title + " — " + where;
  }

  // ---- legend -------------------------------------------------------------------------------
  function renderLegend(app) {
    const {data, state, words} = app;
    const terms = legendTerms(app.tables, state.workshop && state.step >= 0 ? app.focus() : null);
    const body = pm.clear(document.getElementById("legend-body"));
    const section = (heading, entries) => {
      if (!entries.length) return;
      const part = pm.el("div", "legend-part");
      part.appendChild(pm.el("h3", null, heading));
      const list = pm.el("ul");
      for (const [swatch, label, id] of entries) {
        const item = pm.el("li");
        item.dataset.id = id;
        item.appendChild(swatch);
        item.appendChild(pm.el("span", null, label));
        list.appendChild(item);
      }
      part.appendChild(list);
      body.appendChild(part);
    };
    section(words.ui("kinds"), terms.kinds
      .map((t) => [pm.shapeSwatch(t.shape, t.color || data.fallbackColor), words.text(t.label), t.id]));
    section(words.ui("link_types"), terms.linkTypes
      .map((t) => [pm.lineSwatch(t.color || data.fallbackColor, t.dash, 3), words.text(t.label), t.id]));
    section(words.ui("strengths"), terms.strengths
      .map((t) => [pm.lineSwatch(pm.NEUTRAL_LINE, null, t.width), words.text(t.label), t.id]));
  }

  function setLegend(app, shown) {
    app.state.legendShown = shown;
    document.getElementById("legend").hidden = !shown;
    document.getElementById("legend-button").setAttribute("aria-pressed", String(shown));
  }

  // ---- side panel ---------------------------------------------------------------------------
  function evidenceList(app, evidence, short, owner) {
    // `owner` ({type, id}): the panel's quotes link to their place in the reading pane (reader.js);
    // in the caption (`short`), state.inContext shows each quote in its whole paragraph.
    const list = pm.el("ul", "evidence");
    evidence.forEach((item, index) => {
      const entry = pm.el("li");
      entry.appendChild(short && app.state.inContext ? pm.quoteInParagraph(app, item)
        : pm.el("blockquote", null, item.quote));
      entry.appendChild(pm.el("cite", null, citation(app.tables, app.words, item, short)));
      if (owner && item.start !== null && item.start !== undefined) {
        entry.appendChild(pm.button(app.words.ui("read_in_context"), () => pm.openReaderAt(app, owner, index),
                                    "link-button read-in-context"));
      }
      list.appendChild(entry);
    });
    return list;
  }

  function fact(list, label, value) {
    if (value === null || value === undefined || value === "") return;
    list.appendChild(pm.el("dt", null, label));
    const cell = pm.el("dd");
    if (value instanceof Node) cell.appendChild(value);
    else cell.textContent = String(value);
    list.appendChild(cell);
  }

  function withSwatch(swatch, label) {
    const span = pm.el("span", "with-swatch");
    span.appendChild(swatch);
    span.appendChild(pm.el("span", null, label));
    return span;
  }

  function actorPanel(app, actor) {
    const {data, tables, state, words} = app;
    const box = document.createDocumentFragment();
    box.appendChild(pm.el("h2", "panel-title", words.actorName(actor.id)));
    if (actor.needsReview) box.appendChild(pm.el("p", "review", words.ui("needs_review")));
    const facts = pm.el("dl", "facts");
    const kind = tables.kinds.get(actor.kind) || {};
    fact(facts, words.ui("kind"), withSwatch(pm.shapeSwatch(kind.shape, kind.color || data.fallbackColor),
                                             words.termLabel(tables.kinds, actor.kind)));
    if (actor.level) fact(facts, words.ui("level"), words.termLabel(tables.levels, actor.level));
    const others = otherNames(actor, words.text(actor.name));
    if (others.length) fact(facts, words.ui("other_names"), others.join(" · "));
    if (actor.confidence !== null && actor.confidence !== undefined) fact(facts, words.ui("confidence"), actor.confidence);
    box.appendChild(facts);
    if (words.text(actor.description)) {
      box.appendChild(pm.el("h3", null, words.ui("description")));
      box.appendChild(pm.el("p", "description", words.text(actor.description)));
    }
    if (actor.metrics) {
      box.appendChild(pm.el("h3", null, words.ui("metrics")));
      const table = pm.el("dl", "facts metrics");
      for (const name of metricOrder(Object.keys(actor.metrics), data.metricNames)) {
        table.appendChild(pm.el("dt", null, words.ui(name)));
        const cell = pm.el("dd", null, formatMetric(actor.metrics[name]));
        cell.dataset.metric = name;
        table.appendChild(cell);
      }
      box.appendChild(table);
    }
    box.appendChild(pm.el("h3", null, words.ui("evidence")));
    box.appendChild(evidenceList(app, actor.evidence, false, {type: "actor", id: actor.id}));
    const own = tables.linksOf.get(actor.id).filter((id) => state.visibleLinks.has(id));
    if (own.length) {
      box.appendChild(pm.el("h3", null, words.ui("partnerships")));
      const list = pm.el("ul", "partnerships");
      for (const id of own) {
        const link = tables.links.get(id);
        const other = link.from === actor.id ? link.to : link.from;
        const arrow = !link.directed ? "— " : link.from === actor.id ? "→ " : "← ";
        const item = pm.el("li");
        const type = tables.linkTypes.get(link.type) || {};
        item.appendChild(pm.lineSwatch(type.color || data.fallbackColor, type.dash, 3));
        item.appendChild(pm.button(arrow + words.actorName(other) + " (" + words.termLabel(tables.linkTypes, link.type) + ")",
          () => app.select({type: "link", id: id}), "link-button"));
        list.appendChild(item);
      }
      box.appendChild(list);
    }
    return box;
  }

  function linkPanel(app, link) {
    const {data, tables, words} = app;
    const box = document.createDocumentFragment();
    box.appendChild(pm.el("h2", "panel-title", words.linkEnds(link)));
    if (link.needsReview) box.appendChild(pm.el("p", "review", words.ui("needs_review")));
    if (words.text(link.summary)) box.appendChild(pm.el("p", "summary", words.text(link.summary)));
    const facts = pm.el("dl", "facts");
    const type = tables.linkTypes.get(link.type) || {};
    fact(facts, words.ui("link_type"), withSwatch(pm.lineSwatch(type.color || data.fallbackColor, type.dash, 3),
                                                  words.termLabel(tables.linkTypes, link.type)));
    fact(facts, words.ui("strength"), words.termLabel(tables.strengths, link.strength));
    fact(facts, words.ui("direction"), link.directed
      ? words.ui("one_way", {from: words.actorName(link.from), to: words.actorName(link.to)}) : words.ui("both_ways"));
    if (link.confidence !== null && link.confidence !== undefined) fact(facts, words.ui("confidence"), link.confidence);
    box.appendChild(facts);
    const endButtons = pm.el("p", "ends");
    for (const id of [link.from, link.to]) {
      endButtons.appendChild(pm.button(words.actorName(id), () => app.select({type: "actor", id: id}), "link-button"));
    }
    box.appendChild(endButtons);
    if (words.text(link.description)) {
      box.appendChild(pm.el("h3", null, words.ui("notes")));
      box.appendChild(pm.el("p", "description", words.text(link.description)));
    }
    box.appendChild(pm.el("h3", null, words.ui("evidence")));
    box.appendChild(evidenceList(app, link.evidence, false, {type: "link", id: link.id}));
    return box;
  }

  function aboutPanel(app) {
    const {data, words} = app;
    const box = document.createDocumentFragment();
    box.appendChild(pm.el("h2", "panel-title", words.ui("about")));
    if (words.text(data.description)) box.appendChild(pm.el("p", "description", words.text(data.description)));
    box.appendChild(pm.el("p", "hint", words.ui("hint")));
    box.appendChild(pm.el("h3", null, words.ui("sources_list")));
    const list = pm.el("ul", "sources");
    for (const source of data.sources) {
      const item = pm.el("li");
      item.appendChild(pm.el("span", "source-title", words.text(source.title)));
      item.appendChild(pm.el("span", "source-date", words.ui("published", {date: source.date})));
      // Shown as text, not as a link: the page never leads anywhere on its own.
      if (source.url) item.appendChild(pm.el("span", "source-url", source.url));
      list.appendChild(item);
    }
    box.appendChild(list);
    return box;
  }

  function renderPanel(app) {
    // With nothing selected the panel folds to a tab ("about this map"), so the map has the room;
    // a selection, or the tab, opens it.
    const panel = pm.clear(document.getElementById("panel"));
    const chosen = app.state.selected;
    const open = Boolean(chosen) || app.state.aboutOpen;
    panel.classList.toggle("folded", !open);
    panel.dataset.selected = chosen ? chosen.type + ":" + chosen.id : "";
    if (!open) {
      const tab = pm.button(app.words.ui("about"), () => app.setAbout(true), "about-tab");
      tab.setAttribute("aria-expanded", "false");
      panel.appendChild(tab);
      return;
    }
    if (chosen) panel.appendChild(pm.button(app.words.ui("close"), () => app.select(null), "close-button"));
    else panel.appendChild(pm.button(app.words.ui("close"), () => app.setAbout(false), "close-button"));
    if (chosen && chosen.type === "actor") panel.appendChild(actorPanel(app, app.tables.actors.get(chosen.id)));
    else if (chosen && chosen.type === "link") panel.appendChild(linkPanel(app, app.tables.links.get(chosen.id)));
    else panel.appendChild(aboutPanel(app));
  }

  // ---- workshop caption ---------------------------------------------------------------------
  function renderCaption(app) {
    const caption = pm.clear(document.getElementById("caption"));
    const content = pm.captionContent(app.tables, app.words, app.state, app.steps);
    caption.hidden = content === null;
    if (content === null) return;
    if (content.position !== null) caption.appendChild(pm.el("p", "caption-step", content.position));
    caption.appendChild(pm.el("h2", "caption-title", content.title));
    if (content.link !== null) caption.appendChild(pm.el("p", "caption-link", content.link));
    if (content.note !== null) caption.appendChild(pm.el("p", "caption-keys", content.note));
    const list = content.evidence !== null ? caption.appendChild(evidenceList(app, content.evidence, true)) : null;
    const more = list ? caption.appendChild(pm.el("p", "caption-more")) : null;
    const contextKey = app.data.sourceTexts.length ? " · " + app.words.ui("context_keys") : "";
    caption.appendChild(pm.el("p", "caption-keys", content.keys + contextKey));
    caption.dataset.step = String(app.state.step);
    if (list) pageQuotes(app, caption, list, more);
  }

  function pageQuotes(app, caption, list, more) {
    // Nobody scrolls a projector: quotes that do not fit are paged, never clipped. From
    // state.quotePage on, the caption shows as many whole quotes as it holds (at least one);
    // ↓ shows the next page (page.js). state.quotePageEnd is where the next page starts.
    const items = Array.from(list.children);
    const first = Math.min(app.state.quotePage, Math.max(items.length - 1, 0));
    items.forEach((item, index) => { item.hidden = index < first; });
    more.textContent = app.words.ui("more_quotes", {first: first + 1, last: items.length, count: items.length});
    let end = items.length;
    while (end - first > 1 && caption.scrollHeight > caption.clientHeight + 1) {
      end -= 1;
      items[end].hidden = true;
    }
    app.state.quotePageEnd = end;
    app.state.quoteCount = items.length;
    if (first === 0 && end === items.length) more.remove();
    else more.textContent = app.words.ui("more_quotes", {first: first + 1, last: end, count: items.length});
  }

  Object.assign(pm, {legendTerms, metricOrder, formatMetric, otherNames, citation, renderLegend, setLegend,
                     evidenceList, renderPanel, renderCaption});
})(globalThis.partnermapModules ??= {});
