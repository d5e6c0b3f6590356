// Sidebar: the filter check boxes with their live counts, and the search results list.
// Draws from `app` (built by page.js) and calls back app.update(), app.reveal(id).
// Needs data.js (words), filters.js (pm.FILTERS, pm.filterCounts, ...) and dom.js.
// Gives: pm.renderFilters, pm.renderCounts, pm.renderSearch.
(function (pm) {
  "use strict";

  function renderFilters(app) {
    const {data, tables, state, words} = app;
    const box = pm.clear(document.getElementById("filters"));
    for (const filter of pm.FILTERS) {
      const terms = filter.terms(tables);
      if (!terms.length) continue;
      const group = pm.el("fieldset", "filter-group");
      group.dataset.filter = filter.key;
      group.appendChild(pm.el("legend", null, words.ui(filter.heading)));
      for (const term of terms) {
        const row = pm.el("div", "filter-row");
        const label = pm.el("label");
        const check = document.createElement("input");
        check.type = "checkbox";
        check.value = term.id;
        check.checked = state.filters[filter.key].has(term.id);
        check.addEventListener("change", () => {
          pm.toggleFilter(state.filters, filter.key, term.id, check.checked);
          app.update();
        });
        label.appendChild(check);
        if (filter.key === "kind") label.appendChild(pm.shapeSwatch(term.shape, term.color || data.fallbackColor));
        if (filter.key === "type") label.appendChild(pm.lineSwatch(term.color || data.fallbackColor, term.dash, 2.5));
        label.appendChild(pm.el("span", "filter-label", pm.filterLabel(words, filter, term)));
        const count = pm.el("span", "filter-count");
        count.dataset.count = filter.key + ":" + term.id;
        label.appendChild(count);
        row.appendChild(label);
        row.appendChild(pm.button(words.ui("only"), () => {
          state.filters = pm.onlyFilter(state.filters, filter.key, term.id);
          renderFilters(app);
          app.update();
        }, "only-button"));
        group.appendChild(row);
      }
      box.appendChild(group);
    }
  }

  function renderCounts(app) {
    const {data, tables, state, words} = app;
    const counts = pm.filterCounts(tables, {actors: state.visibleActors, links: state.visibleLinks});
    for (const node of document.querySelectorAll("#filters .filter-count")) {
      node.textContent = String(counts.get(node.dataset.count) || 0);
    }
    document.getElementById("shown-actors").textContent =
      words.ui("shown_actors", {shown: state.visibleActors.size, total: data.actors.length});
    document.getElementById("shown-links").textContent =
      words.ui("shown_links", {shown: state.visibleLinks.size, total: data.links.length});
  }

  function renderSearch(app) {
    const {data, tables, state, words} = app;
    const results = pm.clear(document.getElementById("search-results"));
    const status = document.getElementById("search-status");
    if (!pm.fold(state.query)) {
      status.textContent = "";
      return;
    }
    status.textContent = state.matches.length ? words.ui("search_found", {count: state.matches.length})
      : words.ui("search_none", {query: state.query});
    for (const id of state.matches) {
      const kind = tables.kinds.get(tables.actors.get(id).kind) || {};
      const item = pm.el("li");
      item.appendChild(pm.shapeSwatch(kind.shape, kind.color || data.fallbackColor));
      item.appendChild(pm.button(words.actorName(id), () => app.reveal(id), "result-button"));
      results.appendChild(item);
    }
  }

  Object.assign(pm, {renderFilters, renderCounts, renderSearch});
})(globalThis.partnermapModules ??= {});
