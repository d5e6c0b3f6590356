// Data and words: indexes the map's JSON by id and turns the map's texts into the reader's
// language. Pure (no DOM), so tests/js can run it under Node.
// Needs nothing from the other files. Gives: pm.buildTables, pm.textIn, pm.phrase, pm.makeWords,
// pm.fold, pm.searchActors.
(function (pm) {
  "use strict";

  const byId = (list) => new Map(list.map((item) => [item.id, item]));

  function fold(value) {
    // Lower case, without accents, with ligatures and typographic apostrophes made plain.
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/[’‘`´]/g, "'")
      .replace(/\s+/g, " ").trim();
  }

  function allNames(actor) {
    // Every name of an actor, in every language, then its aliases.
    const names = typeof actor.name === "string" ? [actor.name] : Object.values(actor.name);
    return names.concat(actor.aliases);
  }

  function buildTables(data) {
    // The page data (built by page_data.py) with lookups by id, computed once.
    const linksOf = new Map(data.actors.map((actor) => [actor.id, []]));
    for (const link of data.links) {
      linksOf.get(link.from).push(link.id);
      linksOf.get(link.to).push(link.id);
    }
    return {
      data: data,
      actors: byId(data.actors),
      links: byId(data.links),
      kinds: byId(data.kinds),
      linkTypes: byId(data.linkTypes),
      strengths: byId(data.strengths),
      levels: byId(data.levels),
      sources: byId(data.sources),
      baseNodes: byId(data.nodes),   // vis-network's node as Python styled it
      baseEdges: byId(data.edges),
      linksOf: linksOf,              // actor id -> ids of the links touching it, in file order
      // Only sources some link cites can filter links.
      citedSources: data.sources.filter((s) => data.links.some((l) => l.sources.includes(s.id))),
      searchTerms: new Map(data.actors.map((actor) => [actor.id, allNames(actor).map(fold)])),
    };
  }

  function textIn(value, language, languages) {
    // A map text ({fr: ..., en: ...} or a plain string) in `language`, else in the map's
    // languages in order, else English, else whatever it has.
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value;
    for (const code of [language].concat(languages, ["en"])) {
      if (value[code]) return value[code];
    }
    const first = Object.keys(value)[0];
    return first === undefined ? "" : value[first];
  }

  function phrase(uiTable, languages, language, key, params) {
    // An interface phrase (ui_text.py) with its {placeholders} filled; the key itself if unknown.
    const words = uiTable[language] || uiTable[languages[0]];
    let text = words[key] === undefined ? key : words[key];
    for (const name of Object.keys(params || {})) text = text.split("{" + name + "}").join(String(params[name]));
    return text;
  }

  function makeWords(tables, state) {
    // Text helpers in state.language, read at each call: switching language rebuilds nothing.
    const data = tables.data;
    const text = (value) => textIn(value, state.language, data.languages);
    const ui = (key, params) => phrase(data.ui, data.languages, state.language, key, params);
    const termLabel = (lookup, id) => (lookup.get(id) ? text(lookup.get(id).label) : id);
    const actorName = (id) => (tables.actors.get(id) ? text(tables.actors.get(id).name) : id);
    const linkEnds = (link) => actorName(link.from) + (link.directed ? " → " : " — ") + actorName(link.to);
    return {text: text, ui: ui, termLabel: termLabel, actorName: actorName, linkEnds: linkEnds};
  }

  function searchActors(tables, query) {
    // Ids of the actors one of whose names or aliases contains `query`, ignoring case and accents.
    const folded = fold(query);
    if (!folded) return [];
    return tables.data.actors.filter((a) => tables.searchTerms.get(a.id).some((t) => t.includes(folded)))
      .map((a) => a.id);
  }

  Object.assign(pm, {buildTables, textIn, phrase, makeWords, fold, searchActors});
})(globalThis.partnermapModules ??= {});
