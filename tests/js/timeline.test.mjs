// timeline.js: what the map shows at a date, which links are new there, who states a link.
import assert from "node:assert/strict";
import {test} from "node:test";

import {PURE_MODULES, list, loadModules, plain} from "./modules.mjs";

const pm = loadModules([...PURE_MODULES, "timeline.js"]);

// Three documents (see tests/data/timeline): a 2006 round table, a 2013 declaration, a 2018 compact.
const TIMELINE = {
  stops: [{date: "2006-09-15", sources: ["rt2006"]}, {date: "2013-10-03", sources: ["decl2013"]},
          {date: "2018-12-19", sources: ["compact2018"]}],
  links: {"private-remittances": ["rt2006", "decl2013"], "unions-dialogue": ["rt2006"],
          "iom-gov-capacity": ["compact2018"], "iom-private-knowledge": ["decl2013", "compact2018"]},
  actors: {governments: "2006-09-15", private_sector: "2006-09-15", trade_unions: "2006-09-15", iom: "2013-10-03"},
};
const EVERYTHING = {actors: new Set(Object.keys(TIMELINE.actors)), links: new Set(Object.keys(TIMELINE.links))};

test("at a date, only what documents up to it quote is shown", () => {
  const at2006 = pm.visibleAt(TIMELINE, "2006-12-31", EVERYTHING);
  assert.deepEqual(list(at2006.links), ["private-remittances", "unions-dialogue"]);
  assert.deepEqual(list(at2006.actors), ["governments", "private_sector", "trade_unions"]);
  const at2013 = pm.visibleAt(TIMELINE, "2013-10-03", EVERYTHING);  // a document counts from its own day
  assert.deepEqual(list(at2013.links), ["private-remittances", "unions-dialogue", "iom-private-knowledge"]);
  assert.deepEqual(list(pm.visibleAt(TIMELINE, "2000-01-01", EVERYTHING).actors), []);
});

test("the date narrows what the filters show, never widens it", () => {
  const filtered = {actors: new Set(["governments", "iom"]), links: new Set(["iom-gov-capacity"])};
  assert.deepEqual(plain({actors: list(pm.visibleAt(TIMELINE, "2030-01-01", filtered).actors),
                          links: list(pm.visibleAt(TIMELINE, "2030-01-01", filtered).links)}),
                   {actors: ["governments", "iom"], links: ["iom-gov-capacity"]});
});

test("the links new at a stop are those it states first; none at the first stop", () => {
  assert.deepEqual(list(pm.newLinksAt(TIMELINE, 0)), []);
  assert.deepEqual(list(pm.newLinksAt(TIMELINE, 1)), ["iom-private-knowledge"]);
  assert.deepEqual(list(pm.newLinksAt(TIMELINE, 2)), ["iom-gov-capacity"]);
});

test("a link is stated by its first document and restated by the others, in date order", () => {
  assert.deepEqual(plain(pm.statedBy(TIMELINE, "iom-private-knowledge")), [
    {source: "decl2013", date: "2013-10-03", restated: false},
    {source: "compact2018", date: "2018-12-19", restated: true}]);
  assert.deepEqual(plain(pm.statedBy(TIMELINE, "unknown")), []);
});
