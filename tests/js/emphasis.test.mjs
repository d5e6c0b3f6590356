// emphasis.js: what stands out (selection, workshop step, search) and how nodes and edges are drawn.
import assert from "node:assert/strict";
import {test} from "node:test";

import {list, loadModules, pageState, sampleData} from "./modules.mjs";

const pm = loadModules();
const tables = pm.buildTables(sampleData());
const steps = pm.tourSteps(tables.data);
const emphasised = (state) => {
  const focus = pm.emphasis(tables, state, steps);
  return focus && {actors: list(focus.actors).sort(), links: list(focus.links).sort(), found: focus.found};
};

test("a selected actor stands out with its shown partnerships and partners", () => {
  const state = pageState(pm, tables, {selected: {type: "actor", id: "cities"}});
  assert.deepEqual(emphasised(state), {actors: ["cities", "interior", "ngos"], links: ["grants", "talks"], found: false});
  state.visibleLinks.delete("grants");  // as when a filter hides it
  assert.deepEqual(emphasised(state), {actors: ["cities", "interior"], links: ["talks"], found: false});
  state.selected = {type: "link", id: "forum"};
  assert.deepEqual(emphasised(state), {actors: ["interior", "ngos"], links: ["forum"], found: false});
});

test("in workshop mode the step's shown links stand out, unless something is selected", () => {
  const state = pageState(pm, tables, {workshop: true, step: 0});
  assert.deepEqual(emphasised(state), {actors: ["cities", "interior", "ngos"], links: ["forum", "talks"], found: false});
  state.stepLink = 1;
  assert.deepEqual(emphasised(state), {actors: ["interior", "ngos"], links: ["forum"], found: false});
  state.visibleLinks.delete("forum");
  assert.deepEqual(emphasised(state), {actors: [], links: [], found: false}, "a hidden link is not shown as the step");
  state.selected = {type: "actor", id: "charities"};
  assert.deepEqual(emphasised(state), {actors: ["charities"], links: [], found: false});
  assert.equal(emphasised(pageState(pm, tables, {workshop: true, step: -1})), null, "the overview stresses nothing");
});

test("search matches stand out as found; with nothing chosen nothing stands out", () => {
  assert.deepEqual(emphasised(pageState(pm, tables, {matches: ["ngos", "charities"]})),
                   {actors: ["charities", "ngos"], links: [], found: true});
  assert.equal(emphasised(pageState(pm, tables)), null);
});

test("nodes: names in the reader's language, hidden when filtered, dimmed or ringed by the emphasis", () => {
  const state = pageState(pm, tables, {language: "en", matches: ["ngos"]});
  state.visibleActors.delete("charities");
  const words = pm.makeWords(tables, state);
  const nodes = pm.nodeUpdates(tables, words, state, pm.emphasis(tables, state, steps));
  const byId = Object.fromEntries(nodes.map((node) => [node.id, node]));
  assert.equal(byId.ngos.label, "Civil society");
  assert.equal(byId.ngos.title, "Civil society\nCivil society");
  assert.equal(byId.interior.title, "Ministry of the Interior\nGovernment");
  assert.equal(byId.charities.hidden, true);
  assert.equal(byId.ngos.hidden, false);
  assert.equal(byId.ngos.borderWidth, 5, "a search match is ringed");
  assert.equal(byId.ngos.color.background, "#777777");
  assert.notEqual(byId.interior.color.background, "#1f77b4", "the others are dimmed");
  state.workshop = true;
  const projector = pm.nodeUpdates(tables, words, state, null);
  assert.equal(projector[0].size, 14 * pm.THEMES.projector.nodeScale);
  assert.equal(projector[0].font.size, pm.THEMES.projector.labelSize);
  assert.equal(projector[0].color.background, "#1f77b4", "nothing emphasised: nothing dimmed");
});

test("edges: the emphasised ones are wider, the others dimmed, each with its tooltip", () => {
  const state = pageState(pm, tables, {selected: {type: "link", id: "talks"}});
  const words = pm.makeWords(tables, state);
  const edges = Object.fromEntries(pm.edgeUpdates(tables, words, state, pm.emphasis(tables, state, steps))
    .map((edge) => [edge.id, edge]));
  assert.equal(edges.talks.width, 4 * 1.5);
  assert.equal(edges.talks.color.color, "#2ca02c");
  assert.equal(edges.grants.width, 1);
  assert.equal(edges.grants.color.opacity, 0.6);
  assert.equal(edges.talks.title, "Ministère de l'Intérieur → Municipalités\nDialogue · Forte\nIls se parlent.");
  assert.equal(edges.forum.title, "Ministère de l'Intérieur — Société civile\nDialogue · Faible");
});

test("larger maps place labels by importance, at least minPx on screen, apart from labels and shapes", () => {
  // Three actors in a row, 100 px apart; labels 80 px wide at 10 px, one line.
  const at = (id, x, forced = false) => ({id, x, y: 0, radius: 5, width: 80, lines: 1, forced});
  const shapes = [at("a", 0), at("b", 100), at("c", 200)];
  const options = {font: 10, minPx: 10, scale: 1, bounds: null};
  // Up close every label fits, at the theme's size.
  assert.deepEqual(Object.fromEntries(pm.placeLabels(shapes, shapes, options)), {a: 10, b: 10, c: 10});
  // Zoomed out to half size, labels grow to 20 px (160 px wide): b's would cross a's, so b goes unlabelled.
  const half = pm.placeLabels([at("a", 0), at("b", 100), at("c", 200)], shapes, {...options, scale: 0.5});
  assert.deepEqual([...half.keys()], ["a", "c"]);
  assert.equal(half.get("a"), 20);
  // The first in importance order wins; forced labels are always drawn.
  assert.deepEqual([...pm.placeLabels([at("b", 100), at("a", 0), at("c", 200)], shapes, {...options, scale: 0.5}).keys()], ["b"]);
  assert.deepEqual([...pm.placeLabels([at("b", 100, true), at("a", 0, true)], shapes, {...options, scale: 0.5}).keys()], ["b", "a"]);
  // Nothing that would leave the map.
  assert.deepEqual([...pm.placeLabels([at("a", 0)], shapes, {...options, bounds: [-30, -50, 300, 50]}).keys()], []);
});

test("label importance: emphasised actors first, then by degree, then in file order", () => {
  const state = pageState(pm, tables);
  const order = pm.labelOrder(tables, state, null);
  const degree = (id) => tables.linksOf.get(id).length;
  assert.deepEqual(order.slice().sort(), [...state.visibleActors].sort());
  for (let i = 1; i < order.length; i++) assert.ok(degree(order[i - 1]) >= degree(order[i]));
  const last = order[order.length - 1];
  assert.equal(pm.labelOrder(tables, state, {actors: new Set([last]), links: new Set()})[0], last);
});
