// Workshop steps: the tour the map defines (or one step per partnership type), moving from step
// to step, and what the caption under the map says. Pure (no DOM).
// Needs the tables and words of data.js. Gives: pm.tourSteps, pm.clampStep, pm.quotesOf,
// pm.captionContent.
(function (pm) {
  "use strict";

  function tourSteps(data) {
    // [{title, links}]: the map's tour, or else one step per partnership type, in vocabulary order.
    if (data.tour.length) return data.tour.map((step) => ({title: step.title, links: step.links}));
    return data.linkTypes.map((type) => ({
      title: type.label,
      links: data.links.filter((link) => link.type === type.id).map((link) => link.id),
    }));
  }

  function clampStep(steps, index, linkIndex) {
    // {step, stepLink} kept in range: step -1 is the overview, stepLink -1 the whole step.
    const step = Math.max(-1, Math.min(index, steps.length - 1));
    const stepLink = step >= 0 ? Math.max(-1, Math.min(linkIndex, steps[step].links.length - 1)) : -1;
    return {step: step, stepLink: stepLink};
  }

  function quotesOf(tables, linkIds) {
    // The evidence of these links, each quote once, in link order.
    const seen = new Set();
    const quotes = [];
    for (const id of linkIds) {
      for (const item of tables.links.get(id).evidence) {
        if (seen.has(item.quote)) continue;
        seen.add(item.quote);
        quotes.push(item);
      }
    }
    return quotes;
  }

  function captionContent(tables, words, state, steps) {
    // What the workshop caption shows, as plain values (null when not in workshop mode):
    // {position, title, link, note, evidence, keys}; position, link, note and evidence may be null.
    if (!state.workshop) return null;
    const content = {position: null, title: "", link: null, note: null, evidence: null,
                     keys: words.ui("workshop_keys")};
    if (state.selected) {
      const chosen = state.selected;
      const item = chosen.type === "actor" ? tables.actors.get(chosen.id) : tables.links.get(chosen.id);
      content.title = chosen.type === "actor" ? words.actorName(chosen.id) : words.linkEnds(item);
      content.evidence = item.evidence;
    } else if (state.step < 0) {
      content.title = words.text(tables.data.title);
      content.note = words.ui("overview");
    } else {
      const step = steps[state.step];
      content.position = words.ui("step", {index: state.step + 1, count: steps.length});
      content.title = words.text(step.title);
      let shown = step.links;
      if (state.stepLink >= 0) {
        const link = tables.links.get(step.links[state.stepLink]);
        shown = [link.id];
        content.link = words.linkEnds(link) + " · " + words.termLabel(tables.linkTypes, link.type);
      }
      content.evidence = quotesOf(tables, shown);
    }
    return content;
  }

  Object.assign(pm, {tourSteps, clampStep, quotesOf, captionContent});
})(globalThis.partnermapModules ??= {});
