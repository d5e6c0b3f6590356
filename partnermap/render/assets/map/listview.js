// The list view: every shown actor and, under it, each of its shown partnerships, as buttons in
// the sidebar. It is the accessible twin of the canvas: with the keyboard alone (Tab, Enter) a
// reader reaches any actor or link and opens its evidence in the side panel.
// Draws from `app` (built by page.js) and calls back app.select. Needs data.js (words) and dom.js.
// Gives: pm.renderListView.
(function (pm) {
  "use strict";

  function renderListView(app) {
    const {data, tables, state, words} = app;
    const list = pm.clear(document.getElementById("list-view-body"));
    for (const actor of data.actors) {
      if (!state.visibleActors.has(actor.id)) continue;
      const item = pm.el("li");
      const open = pm.button(words.actorName(actor.id), () => app.select({type: "actor", id: actor.id}), "link-button");
      open.dataset.actor = actor.id;
      item.appendChild(open);
      const links = tables.linksOf.get(actor.id).filter((id) => state.visibleLinks.has(id)
                                                           && tables.links.get(id).from === actor.id);
      if (links.length) {
        const partnerships = pm.el("ul");
        for (const id of links) {
          const link = tables.links.get(id);
          const label = words.linkEnds(link) + " · " + words.termLabel(tables.linkTypes, link.type);
          const entry = pm.el("li");
          const button = pm.button(label, () => app.select({type: "link", id: id}), "link-button");
          button.dataset.link = id;
          entry.appendChild(button);
          partnerships.appendChild(entry);
        }
        item.appendChild(partnerships);
      }
      list.appendChild(item);
    }
  }

  Object.assign(pm, {renderListView});
})(globalThis.partnermapModules ??= {});
