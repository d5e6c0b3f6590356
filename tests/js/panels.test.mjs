// panels.js: the choices behind the legend and the side panel (metric order, numbers, names, citations).
import assert from "node:assert/strict";
import {test} from "node:test";

import {loadModules, pageState, sampleData} from "./modules.mjs";

const pm = loadModules();

test("metrics are listed in the order the page data gives (METRIC_NAMES), unknown ones last by name", () => {
  const {metricNames} = sampleData();
  assert.deepEqual([...pm.metricOrder(["community", "zeta", "pagerank", "alpha", "degree"], metricNames)],
                   ["degree", "pagerank", "community", "alpha", "zeta"]);
  assert.deepEqual([...pm.metricOrder(["degree", "pagerank"], ["pagerank", "degree"])], ["pagerank", "degree"],
                   "the order comes from the data, not from the script");
});

test("metric values: integers as they are, others with three decimals, missing as a dash", () => {
  assert.equal(pm.formatMetric(3), "3");
  assert.equal(pm.formatMetric(0.0333333), "0.033");
  assert.equal(pm.formatMetric(null), "—");
});

test("in a workshop step the legend lists only the kinds, types and strengths the step uses", () => {
  const tables = pm.buildTables(sampleData());
  const ids = (terms) => ({kinds: terms.kinds.map((t) => t.id), linkTypes: terms.linkTypes.map((t) => t.id),
                           strengths: terms.strengths.map((t) => t.id)});
  assert.deepEqual(ids(pm.legendTerms(tables, null)), {kinds: ["government", "civil_society"],
                                                       linkTypes: ["dialogue", "funding"], strengths: ["strong", "weak"]});
  const state = pageState(pm, tables, {workshop: true, step: 0, stepLink: 0});
  const focus = pm.emphasis(tables, state, pm.tourSteps(tables.data));
  assert.deepEqual(ids(pm.legendTerms(tables, focus)), {kinds: ["government"], linkTypes: ["dialogue"],
                                                        strengths: ["strong"]});
});

test("an actor's other names: other languages and aliases, each once, not the one shown", () => {
  const actor = {name: {fr: "Syndicats", en: "Unions"}, aliases: ["Unions", "CGT"]};
  assert.deepEqual([...pm.otherNames(actor, "Syndicats")], ["Unions", "CGT"]);
  assert.deepEqual([...pm.otherNames({name: "ONG", aliases: []}, "ONG")], []);
});

test("a quote cites its source and paragraph; the projector drops the title of a map's only source", () => {
  const two = pm.buildTables(sampleData());
  const words = pm.makeWords(two, {language: "en"});
  const item = {quote: "Q", para: 7, source: "note"};
  assert.equal(pm.citation(two, words, item, false), "Note — paragraph 7");
  assert.equal(pm.citation(two, words, item, true), "Note — paragraph 7", "several sources: the title stays");
  const one = pm.buildTables(sampleData({sources: [sampleData().sources[1]]}));
  assert.equal(pm.citation(one, pm.makeWords(one, {language: "fr"}), item, true), "paragraphe 7");
  assert.equal(pm.citation(one, words, {quote: "Q", para: 1, source: "gone"}, false), "gone — paragraph 1");
});

test("every module but page.js loads without a DOM; page.js needs the page", () => {
  const loaded = loadModules();
  for (const name of ["buildTables", "visibility", "tourSteps", "emphasis", "renderPanel", "renderFilters", "exportPng"]) {
    assert.equal(typeof loaded[name], "function", name);
  }
  assert.throws(() => loadModules(["data.js", "page.js"]), /document is not defined/);
});
