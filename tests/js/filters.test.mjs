// filters.js: which actors and links the filters keep, the "only" button, the live counts.
import assert from "node:assert/strict";
import {test} from "node:test";

import {list, loadModules, sampleData} from "./modules.mjs";

const pm = loadModules();
const tables = pm.buildTables(sampleData());
const shown = (filters) => {
  const visible = pm.visibility(tables, filters);
  return {actors: list(visible.actors), links: list(visible.links)};
};
const without = (key, id) => {
  const filters = pm.allFilters(tables);
  filters[key].delete(id);
  return filters;
};

test("open filters keep every term, 'no level' when some actor has none, and only cited sources", () => {
  const filters = pm.allFilters(tables);
  assert.deepEqual(list(filters.kind), ["government", "civil_society"]);
  assert.deepEqual(list(filters.level), ["national", "local", ""]);
  assert.deepEqual(list(filters.source), ["report", "note"], "the annex no link cites is not a filter");
  const levelled = pm.allFilters(pm.buildTables(sampleData({unlevelled: false})));
  assert.deepEqual(list(levelled.level), ["national", "local"]);
});

test("with open filters everything shows, an actor without links too", () => {
  assert.deepEqual(shown(pm.allFilters(tables)),
                   {actors: ["interior", "cities", "ngos", "charities"], links: ["talks", "grants", "forum"]});
});

test("hiding a kind hides its actors and every link with a hidden end", () => {
  assert.deepEqual(shown(without("kind", "civil_society")), {actors: ["interior", "cities"], links: ["talks"]});
  assert.deepEqual(shown(without("level", "")), {actors: ["interior", "cities"], links: ["talks"]},
                   "unticking 'no level' hides the unlevelled actors");
  assert.deepEqual(shown(without("level", "local")), {actors: ["interior", "ngos", "charities"], links: ["forum"]});
});

test("a link filter hides the other links and the actors it leaves without a link", () => {
  const dialogue = pm.onlyFilter(pm.allFilters(tables), "type", "dialogue");
  assert.deepEqual(shown(dialogue), {actors: ["interior", "cities", "ngos"], links: ["talks", "forum"]});
  assert.deepEqual(shown(without("strength", "weak")), {actors: ["interior", "cities"], links: ["talks"]});
  // A link citing several sources shows while any of them is kept.
  assert.deepEqual(shown(without("source", "report")), {actors: ["interior", "cities", "ngos"],
                                                        links: ["grants", "forum"]});
  assert.deepEqual(shown(without("source", "note")), {actors: ["interior", "cities", "ngos"],
                                                      links: ["talks", "grants"]});
});

test("'only' keeps one term of its group, leaves the others and the previous filters untouched", () => {
  const before = without("kind", "civil_society");
  const after = pm.onlyFilter(before, "strength", "strong");
  assert.deepEqual(list(after.strength), ["strong"]);
  assert.deepEqual(list(after.kind), ["government"]);
  assert.deepEqual(list(before.strength), ["strong", "weak"], "the filters it started from are unchanged");
  assert.deepEqual(shown(after), {actors: ["interior", "cities"], links: ["talks"]});
  pm.toggleFilter(after, "strength", "weak", true);
  assert.deepEqual(shown(after), {actors: ["interior", "cities"], links: ["talks"]},
                   "the weak links stay hidden: one end of each is a civil society actor");
});

test("counts beside each filter count what is shown, and follow the filters", () => {
  const counts = (filters) => Object.fromEntries(pm.filterCounts(tables, pm.visibility(tables, filters)));
  assert.deepEqual(counts(pm.allFilters(tables)), {
    "kind:government": 2, "kind:civil_society": 2, "level:national": 1, "level:local": 1, "level:": 2,
    "type:dialogue": 2, "type:funding": 1, "strength:strong": 1, "strength:weak": 2,
    "source:report": 2, "source:note": 2,
  });
  assert.deepEqual(counts(pm.onlyFilter(pm.allFilters(tables), "type", "funding")), {
    "kind:government": 1, "kind:civil_society": 1, "level:local": 1, "level:": 1,
    "type:funding": 1, "strength:weak": 1, "source:report": 1, "source:note": 1,
  });
});

test("the 'no level' filter is labelled in the reader's language", () => {
  const state = {language: "en"};
  const words = pm.makeWords(tables, state);
  const level = pm.FILTERS.find((filter) => filter.key === "level");
  const terms = level.terms(tables);
  assert.deepEqual(terms.map((term) => pm.filterLabel(words, level, term)), ["National", "Local", "No level"]);
  state.language = "fr";
  assert.equal(pm.filterLabel(words, level, terms[2]), "Sans niveau");
});
