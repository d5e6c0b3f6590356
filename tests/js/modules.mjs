// Loads the page script's modules (partnermap/render/assets/map/*.js) under Node, without a
// browser or a build: each file runs in one node:vm context and adds its functions to
// partnermapModules there. Also a small bilingual map, shaped like page_data.py's output.
import {readFileSync} from "node:fs";
import vm from "node:vm";

const ASSETS = new URL("../../partnermap/render/assets/map/", import.meta.url);

// The modules without DOM or vis-network at load time, in html.py's SCRIPT_FILES order.
export const PURE_MODULES = ["data.js", "filters.js", "steps.js", "emphasis.js", "dom.js", "panels.js",
                             "sidebar.js", "export.js"];

export function loadModules(names = PURE_MODULES) {
  const context = vm.createContext({});
  for (const name of names) {
    vm.runInContext(readFileSync(new URL(name, ASSETS), "utf8"), context, {filename: name});
  }
  return context.partnermapModules;
}

// Values made in the vm context have that context's prototypes, which deepStrictEqual tells apart
// from this file's: compare them as plain JSON values, and Sets and Maps as arrays.
export const plain = (value) => JSON.parse(JSON.stringify(value));
export const list = (iterable) => Array.from(iterable);

export function sampleData(changes = {}) {
  const evidence = (quote, para, source) => ({quote, para, source});
  // The fields of page_data.py's actors and links that these tests leave at their plain values.
  const actor = (fields) => Object.assign({description: null, confidence: null, needsReview: false, metrics: null},
                                          fields);
  const link = (fields) => Object.assign({description: null, confidence: null, needsReview: false}, fields);
  return Object.assign({
    title: {fr: "Carte des partenariats", en: "Partnership map"},
    description: {fr: "Une carte.", en: "A map."},
    languages: ["fr", "en"],
    languageNames: {fr: "Français", en: "English"},
    language: "fr",
    theme: "light",
    ui: {
      fr: {no_level: "Sans niveau", step: "Étape {index} sur {count}", overview: "Vue d'ensemble",
           workshop_keys: "Flèches : étapes", paragraph: "paragraphe {para}",
           shown_actors: "Acteurs affichés : {shown} sur {total}"},
      en: {no_level: "No level", step: "Step {index} of {count}", overview: "Overview",
           workshop_keys: "Arrows: steps", paragraph: "paragraph {para}",
           shown_actors: "Actors shown: {shown} of {total}"},
    },
    kinds: [{id: "government", label: {fr: "Gouvernement", en: "Government"}, color: "#1f77b4", shape: "square"},
            {id: "civil_society", label: {fr: "Société civile", en: "Civil society"}}],
    linkTypes: [{id: "dialogue", label: {fr: "Dialogue", en: "Dialogue"}, color: "#2ca02c"},
                {id: "funding", label: {fr: "Financement", en: "Funding"}, color: "#d62728", dash: [5, 5]}],
    strengths: [{id: "strong", label: {fr: "Forte", en: "Strong"}, width: 4},
                {id: "weak", label: {fr: "Faible", en: "Weak"}, width: 1}],
    levels: [{id: "national", label: {fr: "National", en: "National"}},
             {id: "local", label: {fr: "Local", en: "Local"}}],
    unlevelled: true,
    sources: [{id: "report", title: {fr: "Rapport", en: "Report"}, date: "2006-09-15", language: "fr", url: null},
              {id: "note", title: {fr: "Note", en: "Note"}, date: "2007-01-01", language: "fr", url: null},
              {id: "annex", title: {fr: "Annexe", en: "Annex"}, date: "2007-02-01", language: "fr", url: null}],
    actors: [
      actor({id: "interior", name: {fr: "Ministère de l'Intérieur", en: "Ministry of the Interior"}, kind: "government",
       level: "national", aliases: ["MinInt"], evidence: [evidence("Le ministère coordonne.", 2, "report")]}),
      actor({id: "cities", name: {fr: "Municipalités", en: "Cities"}, kind: "government", level: "local", aliases: [],
       evidence: []}),
      actor({id: "ngos", name: {fr: "Société civile", en: "Civil society"}, kind: "civil_society", level: null,
       aliases: ["ONG"], evidence: []}),
      actor({id: "charities", name: {fr: "Œuvres d’entraide"}, kind: "civil_society", level: null,
       aliases: ["Caritas"], evidence: []}),
    ],
    links: [
      link({id: "talks", from: "interior", to: "cities", type: "dialogue", strength: "strong", directed: true,
       summary: {fr: "Ils se parlent.", en: "They talk."}, sources: ["report"],
       evidence: [evidence("Q-talks", 3, "report")]}),
      link({id: "grants", from: "cities", to: "ngos", type: "funding", strength: "weak", directed: false,
       summary: null, sources: ["note", "report"],
       evidence: [evidence("Q-grants", 4, "report"), evidence("Q-shared", 5, "note")]}),
      link({id: "forum", from: "interior", to: "ngos", type: "dialogue", strength: "weak", directed: false,
       summary: null, sources: ["note"], evidence: [evidence("Q-shared", 5, "note")]}),
    ],
    tour: [{title: {fr: "Se parler", en: "Talking"}, links: ["talks", "forum"]},
           {title: {fr: "Financer", en: "Funding"}, links: ["grants"]}],
    hasMetrics: false,
    metricNames: ["degree", "weighted_degree", "betweenness", "pagerank", "community"],
    fallbackColor: "#777777",
    nodes: [{id: "interior", color: "#1f77b4", size: 14}, {id: "cities", color: "#1f77b4", size: 14},
            {id: "ngos", color: "#777777", size: 14}, {id: "charities", color: "#777777", size: 10}],
    edges: [{id: "talks", color: "#2ca02c", width: 4}, {id: "grants", color: "#d62728", width: 1},
            {id: "forum", color: "#2ca02c", width: 1}],
    options: {},
  }, changes);
}

export function pageState(pm, tables, changes = {}) {
  // The state page.js keeps, with every filter open and the visible sets computed.
  const filters = pm.allFilters(tables);
  const visible = pm.visibility(tables, filters);
  return Object.assign({language: "fr", workshop: false, step: -1, stepLink: -1, selected: null, matches: [],
                        query: "", legendShown: true, filters, visibleActors: visible.actors,
                        visibleLinks: visible.links}, changes);
}
