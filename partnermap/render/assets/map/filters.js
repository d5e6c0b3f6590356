// Filters and visibility: which actors and links the reader's filters keep, and the live counts
// shown beside each filter. Pure (no DOM).
// Needs the tables of data.js (pm.buildTables). Gives: pm.FILTERS, pm.allFilters, pm.visibility,
// pm.filterCounts, pm.onlyFilter, pm.toggleFilter, pm.filterLabel.
(function (pm) {
  "use strict";

  // One entry per filter group in the sidebar: what it filters (`of`) and the values of an item.
  // A filters object maps each key to the Set of term ids it keeps; "" is "no level".
  const FILTERS = [
    {key: "kind", heading: "kinds", of: "actors", terms: (t) => t.data.kinds, value: (a) => [a.kind]},
    {key: "level", heading: "levels", of: "actors",
     terms: (t) => t.data.levels.concat(t.data.unlevelled ? [{id: "", label: null}] : []),
     value: (a) => [a.level || ""]},
    {key: "type", heading: "link_types", of: "links", terms: (t) => t.data.linkTypes, value: (l) => [l.type]},
    {key: "strength", heading: "strengths", of: "links", terms: (t) => t.data.strengths,
     value: (l) => [l.strength]},
    {key: "source", heading: "sources", of: "links",
     terms: (t) => t.citedSources.map((s) => ({id: s.id, label: s.title})), value: (l) => l.sources},
  ];
  const LINK_FILTERS = ["type", "strength", "source"];

  function allFilters(tables) {
    // Filters that keep every actor and link.
    const filters = {};
    for (const filter of FILTERS) filters[filter.key] = new Set(filter.terms(tables).map((term) => term.id));
    return filters;
  }

  function visibility(tables, filters) {
    // {actors, links}: Sets of the ids shown. A link shows when its type, strength and one of its
    // sources are kept and both its actors are; as with the command line's --type/--strength/
    // --source, a link filter also hides the actors it leaves without any link.
    const data = tables.data;
    const actorKept = (actor) => filters.kind.has(actor.kind) && filters.level.has(actor.level || "");
    const all = allFilters(tables);
    const linkFiltered = LINK_FILTERS.some((key) => filters[key].size < all[key].size);
    const links = new Set(data.links.filter((link) =>
      filters.type.has(link.type) && filters.strength.has(link.strength) &&
      link.sources.some((s) => filters.source.has(s)) &&
      actorKept(tables.actors.get(link.from)) && actorKept(tables.actors.get(link.to))).map((link) => link.id));
    const touched = new Set();
    for (const id of links) {
      touched.add(tables.links.get(id).from);
      touched.add(tables.links.get(id).to);
    }
    const actors = new Set(data.actors.filter((actor) =>
      actorKept(actor) && (!linkFiltered || touched.has(actor.id))).map((actor) => actor.id));
    return {actors: actors, links: links};
  }

  function filterCounts(tables, visible) {
    // Map "key:term id" -> how many shown actors or links have that value.
    const counts = new Map();
    for (const filter of FILTERS) {
      const items = filter.of === "actors"
        ? tables.data.actors.filter((a) => visible.actors.has(a.id))
        : tables.data.links.filter((l) => visible.links.has(l.id));
      for (const item of items) {
        for (const value of filter.value(item)) {
          const key = filter.key + ":" + value;
          counts.set(key, (counts.get(key) || 0) + 1);
        }
      }
    }
    return counts;
  }

  function onlyFilter(filters, key, id) {
    // The "only" button: this group keeps `id` alone, the other groups stay as they are.
    return Object.assign({}, filters, {[key]: new Set([id])});
  }

  function toggleFilter(filters, key, id, kept) {
    // A ticked or unticked box (changes `filters` in place, as the box it mirrors does).
    if (kept) filters[key].add(id);
    else filters[key].delete(id);
    return filters;
  }

  function filterLabel(words, filter, term) {
    if (filter.key === "level" && term.id === "") return words.ui("no_level");
    return words.text(term.label) || term.id;
  }

  Object.assign(pm, {FILTERS, allFilters, visibility, filterCounts, onlyFilter, toggleFilter, filterLabel});
})(globalThis.partnermapModules ??= {});
