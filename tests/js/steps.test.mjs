// steps.js: the workshop tour, moving between steps, and what the caption says.
import assert from "node:assert/strict";
import {test} from "node:test";

import {loadModules, pageState, plain, sampleData} from "./modules.mjs";

const pm = loadModules();

function setup(changes = {}, stateChanges = {}) {
  const tables = pm.buildTables(sampleData(changes));
  const state = pageState(pm, tables, stateChanges);
  return {tables, state, words: pm.makeWords(tables, state), steps: pm.tourSteps(tables.data)};
}

test("the steps are the map's tour, or one per partnership type when it has none", () => {
  assert.deepEqual(plain(setup().steps), [{title: {fr: "Se parler", en: "Talking"}, links: ["talks", "forum"]},
                                          {title: {fr: "Financer", en: "Funding"}, links: ["grants"]}]);
  assert.deepEqual(plain(setup({tour: []}).steps), [
    {title: {fr: "Dialogue", en: "Dialogue"}, links: ["talks", "forum"]},
    {title: {fr: "Financement", en: "Funding"}, links: ["grants"]},
  ]);
});

test("stepping stays between the overview and the last step, and within a step's links", () => {
  const {steps} = setup();
  const at = (index, linkIndex) => plain(pm.clampStep(steps, index, linkIndex));
  assert.deepEqual(at(0, -1), {step: 0, stepLink: -1});
  assert.deepEqual(at(2, -1), {step: 1, stepLink: -1}, "past the last step");
  assert.deepEqual(at(-3, -1), {step: -1, stepLink: -1}, "before the overview");
  assert.deepEqual(at(0, 1), {step: 0, stepLink: 1});
  assert.deepEqual(at(0, 5), {step: 0, stepLink: 1}, "past the step's last link");
  assert.deepEqual(at(0, -4), {step: 0, stepLink: -1}, "back to the whole step");
  assert.deepEqual(at(-1, 1), {step: -1, stepLink: -1}, "the overview has no links to go through");
});

test("a step's quotes are each given once, in link order", () => {
  const {tables} = setup();
  assert.deepEqual(plain(pm.quotesOf(tables, ["grants", "forum", "talks"])).map((item) => item.quote),
                   ["Q-grants", "Q-shared", "Q-talks"]);
});

test("the caption shows the overview, a step, one link of a step, or the selection", () => {
  const {tables, state, words, steps} = setup({}, {workshop: true});
  const caption = () => plain(pm.captionContent(tables, words, state, steps));
  assert.deepEqual(caption(), {position: null, title: "Carte des partenariats", link: null, note: "Vue d'ensemble",
                               evidence: null, keys: "Flèches : étapes"});
  state.step = 0;
  const step = caption();
  assert.equal(step.position, "Étape 1 sur 2");
  assert.equal(step.title, "Se parler");
  assert.equal(step.link, null);
  assert.deepEqual(step.evidence.map((item) => item.quote), ["Q-talks", "Q-shared"]);
  state.stepLink = 0;
  state.language = "en";
  const link = caption();
  assert.equal(link.position, "Step 1 of 2");
  assert.equal(link.link, "Ministry of the Interior → Cities · Dialogue");
  assert.deepEqual(link.evidence, [{quote: "Q-talks", para: 3, source: "report"}]);
  state.selected = {type: "link", id: "grants"};
  const selected = caption();
  assert.equal(selected.title, "Cities — Civil society");
  assert.equal(selected.position, null);
  assert.deepEqual(selected.evidence.map((item) => item.quote), ["Q-grants", "Q-shared"]);
  state.workshop = false;
  assert.equal(pm.captionContent(tables, words, state, steps), null, "no caption outside workshop mode");
});
