// data.js: map texts in the reader's language, interface phrases, accent-insensitive search.
import assert from "node:assert/strict";
import {test} from "node:test";

import {list, loadModules, plain, sampleData} from "./modules.mjs";

const pm = loadModules();

test("a map text is taken in the current language, then the map's languages, then English, then any", () => {
  const languages = ["fr", "en"];
  assert.equal(pm.textIn({fr: "Syndicats", en: "Unions"}, "en", languages), "Unions");
  assert.equal(pm.textIn({fr: "Syndicats", en: "Unions"}, "fr", languages), "Syndicats");
  assert.equal(pm.textIn({fr: "Syndicats"}, "en", languages), "Syndicats");
  assert.equal(pm.textIn({de: "Gewerkschaften", fr: "Syndicats"}, "en", ["fr", "de"]), "Syndicats",
               "the map's first language before the text's first key");
  assert.equal(pm.textIn({fr: "", en: "Unions"}, "fr", languages), "Unions", "an empty translation is no translation");
  assert.equal(pm.textIn({de: "Gewerkschaften", en: "Unions"}, "fr", ["fr"]), "Unions");
  assert.equal(pm.textIn({de: "Gewerkschaften"}, "fr", ["fr"]), "Gewerkschaften");
  assert.equal(pm.textIn("plain text", "en", languages), "plain text");
  assert.equal(pm.textIn(null, "en", languages), "");
  assert.equal(pm.textIn({}, "en", languages), "");
});

test("interface phrases fill their placeholders and fall back to the map's first language", () => {
  const data = sampleData();
  assert.equal(pm.phrase(data.ui, data.languages, "en", "step", {index: 2, count: 5}), "Step 2 of 5");
  assert.equal(pm.phrase(data.ui, data.languages, "fr", "shown_actors", {shown: 3, total: 4}),
               "Acteurs affichés : 3 sur 4");
  assert.equal(pm.phrase(data.ui, data.languages, "de", "overview"), "Vue d'ensemble");
  assert.equal(pm.phrase(data.ui, data.languages, "en", "no_such_key"), "no_such_key");
});

test("words follow the reader's language switch without being rebuilt", () => {
  const tables = pm.buildTables(sampleData());
  const state = {language: "fr"};
  const words = pm.makeWords(tables, state);
  assert.equal(words.actorName("interior"), "Ministère de l'Intérieur");
  assert.equal(words.linkEnds(tables.links.get("talks")), "Ministère de l'Intérieur → Municipalités");
  state.language = "en";
  assert.equal(words.actorName("interior"), "Ministry of the Interior");
  assert.equal(words.linkEnds(tables.links.get("forum")), "Ministry of the Interior — Civil society");
  assert.equal(words.actorName("charities"), "Œuvres d’entraide", "an actor named in French only keeps its name");
  assert.equal(words.termLabel(tables.kinds, "civil_society"), "Civil society");
  assert.equal(words.termLabel(tables.kinds, "unknown_kind"), "unknown_kind");
  assert.equal(words.actorName("nobody"), "nobody");
});

test("folding drops case, accents, ligatures and typographic apostrophes", () => {
  assert.equal(pm.fold("  Ministère   de l’Intérieur "), "ministere de l'interieur");
  assert.equal(pm.fold("ŒUVRES"), "oeuvres");
  assert.equal(pm.fold("Straße"), "strasse");
  assert.equal(pm.fold("Cæsar"), "caesar");
});

test("search finds actors by French or English name or alias, ignoring accents and case", () => {
  const tables = pm.buildTables(sampleData());
  const found = (query) => list(pm.searchActors(tables, query));
  assert.deepEqual(found("interieur"), ["interior"], "French name typed without accents");
  assert.deepEqual(found("MINISTRY"), ["interior"], "English name");
  assert.deepEqual(found("minint"), ["interior"], "alias");
  assert.deepEqual(found("oeuvres d'entraide"), ["charities"], "ligature and curly apostrophe typed plainly");
  assert.deepEqual(found("societe"), ["ngos"]);
  assert.deepEqual(found("CI"), ["cities", "ngos"], "several matches, in file order");
  assert.deepEqual(found("   "), []);
  assert.deepEqual(found("prefecture"), []);
});

test("tables index the map once: links of each actor in file order, only cited sources", () => {
  const tables = pm.buildTables(sampleData());
  assert.deepEqual(plain(list(tables.linksOf)), [["interior", ["talks", "forum"]], ["cities", ["talks", "grants"]],
                                                 ["ngos", ["grants", "forum"]], ["charities", []]]);
  assert.deepEqual(tables.citedSources.map((source) => source.id), ["report", "note"]);
});
