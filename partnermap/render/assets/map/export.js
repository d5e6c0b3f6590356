// Export: the current view as a PNG ready for a slide: the map's title above, the map drawn
// again at EXPORT_SCALE times the screen's resolution, and below it the legend of what is shown
// (the step's kinds and link types in a workshop step). Saved through a blob: URL, the only kind
// besides data: that the page's CSP lets images use.
// Needs emphasis.js (pm.theme), panels.js (pm.legendTerms) and `app` from page.js.
// Gives: pm.exportPng.
(function (pm) {
  "use strict";

  const FILE_NAME = "partnermap.png";
  const URL_LIFETIME_MS = 5000;   // long enough for the download to start
  const EXPORT_SCALE = 2;
  const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  const INK = "#1a1a1a";

  function mapAtScale(app, scale) {
    // vis-network draws at the screen's pixel ratio: pretend it is `scale` for one redraw.
    const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
    Object.defineProperty(window, "devicePixelRatio", {get: () => scale, configurable: true});
    try {
      app.network.setSize(app.container.clientWidth + "px", app.container.clientHeight + "px");
      app.network.redraw();
      const canvas = app.container.querySelector("canvas");
      const copy = document.createElement("canvas");
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext("2d").drawImage(canvas, 0, 0);
      return copy;
    } finally {
      if (own) Object.defineProperty(window, "devicePixelRatio", own);
      else delete window.devicePixelRatio;
      app.network.setSize("100%", "100%");
      app.network.redraw();
    }
  }

  function legendEntries(app) {
    const {data, state, words} = app;
    const terms = pm.legendTerms(app.tables, state.workshop && state.step >= 0 ? app.focus() : null);
    return terms.kinds.map((t) => ({kind: "dot", color: t.color || data.fallbackColor, label: words.text(t.label)}))
      .concat(terms.linkTypes.map((t) => ({kind: "line", color: t.color || data.fallbackColor, dash: t.dash,
                                           label: words.text(t.label)})));
  }

  function layoutLegend(context, entries, width, unit) {
    // Entries in rows across `width`; returns each entry's place and the height they take.
    const gap = 3 * unit, swatch = 3 * unit, line = 2.2 * unit;
    let x = gap, y = gap, placed = [];
    for (const entry of entries) {
      const w = swatch + unit + context.measureText(entry.label).width + 2 * gap;
      if (x + w > width && x > gap) { x = gap; y += line; }
      placed.push(Object.assign({x: x, y: y}, entry));
      x += w;
    }
    return {placed: placed, height: entries.length ? y + line + gap : 0};
  }

  function exportPng(app) {
    const scale = EXPORT_SCALE;
    const map = mapAtScale(app, scale);
    const unit = 7 * scale;  // 7 screen px
    const out = document.createElement("canvas");
    const context = out.getContext("2d");
    context.font = 2 * unit + "px " + FONT;
    const legend = layoutLegend(context, legendEntries(app), map.width, unit);
    const titleHeight = 5 * unit;
    out.width = map.width;
    out.height = titleHeight + map.height + legend.height;
    context.fillStyle = pm.theme(app.state).canvas;
    context.fillRect(0, 0, out.width, out.height);
    context.fillStyle = INK;
    context.textBaseline = "middle";
    context.font = "600 " + 2.6 * unit + "px " + FONT;
    context.fillText(app.words.text(app.data.title), 2 * unit, titleHeight / 2, out.width - 4 * unit);
    context.drawImage(map, 0, titleHeight);
    context.font = 2 * unit + "px " + FONT;
    const top = titleHeight + map.height;
    for (const entry of legend.placed) {
      const middle = top + entry.y + 1.1 * unit;
      context.fillStyle = entry.color;
      context.strokeStyle = entry.color;
      if (entry.kind === "dot") {
        context.beginPath();
        context.arc(entry.x + 1.5 * unit, middle, 1.1 * unit, 0, 2 * Math.PI);
        context.fill();
      } else {
        context.lineWidth = 0.5 * unit;
        context.setLineDash(entry.dash ? entry.dash.map((step) => step * scale) : []);
        context.beginPath();
        context.moveTo(entry.x, middle);
        context.lineTo(entry.x + 3 * unit, middle);
        context.stroke();
        context.setLineDash([]);
      }
      context.fillStyle = INK;
      context.fillText(entry.label, entry.x + 4 * unit, middle);
    }
    out.toBlob((blob) => {
      const link = document.createElement("a");
      const address = URL.createObjectURL(blob);
      link.href = address;
      link.download = FILE_NAME;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(address), URL_LIFETIME_MS);
    }, "image/png");
  }

  Object.assign(pm, {exportPng});
})(globalThis.partnermapModules ??= {});
