// reader.js: the pure parts of the reading pane (where quotes sit, how a paragraph is cut into
// marks, whose passage a mark is, coverage counts, which source follows a selection).
import assert from "node:assert/strict";
import {test} from "node:test";

import {list, loadModules, plain, PURE_MODULES, sampleData} from "./modules.mjs";

const pm = loadModules([...PURE_MODULES, "reader.js"]);

// "report" paragraph 2 is "Le ministère coordonne avec les villes." (39 characters).
const PARAGRAPH = "Le ministère coordonne avec les villes.";

function readerData() {
  const data = sampleData({
    sourceTexts: [
      {id: "report", language: "fr", languageName: "Français", paragraphs: ["Titre", PARAGRAPH, "Trois", "Quatre", "Cinq"],
       cited: [2, 3, 4]},
      {id: "note", language: "en", languageName: "English", paragraphs: ["Title", "Two", "Three", "Four", "Q-shared here"],
       cited: [5]},
    ],
  });
  data.actors[0].evidence = [{quote: "Le ministère coordonne", para: 2, source: "report", start: 0, end: 22}];
  data.links[0].evidence = [{quote: "coordonne avec les villes", para: 2, source: "report", start: 13, end: 38}];
  data.links[1].evidence = [{quote: "Q-grants", para: 4, source: "report", start: null, end: null},
                            {quote: "Q-shared", para: 5, source: "note", start: 0, end: 8}];
  data.links[2].evidence = [{quote: "Q-shared", para: 5, source: "note", start: 0, end: 8}];
  return data;
}

test("quotes are placed by source and paragraph; a quote not found in its paragraph is left out", () => {
  const places = pm.quotePlaces(readerData());
  assert.deepEqual(plain(places.get("report").get(2)), [
    {start: 0, end: 22, key: "actor:interior:0", owner: {type: "actor", id: "interior"}},
    {start: 13, end: 38, key: "link:talks:0", owner: {type: "link", id: "talks"}},
  ]);
  assert.equal(places.get("report").has(4), false, "Q-grants has no offsets");
  assert.deepEqual(plain(places.get("note").get(5)).map((q) => q.key), ["link:grants:1", "link:forum:0"]);
});

test("overlapping quotes cut a paragraph into pieces that cover it exactly, each knowing its quotes", () => {
  const quotes = pm.quotePlaces(readerData()).get("report").get(2);
  const pieces = plain(pm.segments(PARAGRAPH, quotes));
  assert.deepEqual(pieces.map((p) => PARAGRAPH.slice(p.start, p.end)),
                   ["Le ministère ", "coordonne", " avec les villes", "."]);
  assert.deepEqual(pieces.map((p) => p.keys), [["actor:interior:0"], ["actor:interior:0", "link:talks:0"],
                                               ["link:talks:0"], []]);
  assert.equal(pieces.map((p) => PARAGRAPH.slice(p.start, p.end)).join(""), PARAGRAPH);
  assert.deepEqual(plain(pm.segments("Plain text.", [])), [{start: 0, end: 11, keys: []}]);
});

test("offsets beyond the text are held to it", () => {
  const pieces = plain(pm.segments("abc", [{start: 1, end: 99, key: "actor:a:0"}]));
  assert.deepEqual(pieces, [{start: 0, end: 1, keys: []}, {start: 1, end: 3, keys: ["actor:a:0"]}]);
});

test("a mark's owners: each element once, ids with colons or dashes kept whole", () => {
  assert.deepEqual(plain(pm.ownersOf(["link:gov-unions:0", "link:gov-unions:1", "actor:a:b:2"])),
                   [{type: "link", id: "gov-unions"}, {type: "actor", id: "a:b"}]);
});

test("coverage counts the cited paragraphs of all", () => {
  assert.deepEqual(plain(pm.coverageCounts(readerData().sourceTexts[0])), {cited: 3, total: 5});
});

test("the pane follows a selection to a source it quotes, and keeps the shown one when it can", () => {
  const tables = pm.buildTables(readerData());
  assert.equal(pm.readerSourceFor(tables, null, "note"), "note");
  assert.equal(pm.readerSourceFor(tables, {type: "actor", id: "interior"}, "note"), "report");
  assert.equal(pm.readerSourceFor(tables, {type: "link", id: "grants"}, "note"), "note");
  assert.equal(pm.readerSourceFor(tables, {type: "link", id: "grants"}, "report"), "report");
  assert.equal(pm.readerSourceFor(tables, {type: "actor", id: "cities"}, "note"), "note", "no evidence: no move");
  assert.deepEqual(list(tables.sources.keys()), ["report", "note", "annex"]);
});
