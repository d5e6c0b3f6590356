// Export: the map as drawn, saved as a PNG on the theme's background (the canvas itself is
// transparent). Uses a blob: URL, the only kind besides data: that the page's CSP lets images use.
// Needs emphasis.js (pm.theme) and `app` from page.js (container, state). Gives: pm.exportPng.
(function (pm) {
  "use strict";

  const FILE_NAME = "partnermap.png";
  const URL_LIFETIME_MS = 5000;   // long enough for the download to start

  function exportPng(app) {
    const canvas = app.container.querySelector("canvas");
    const out = document.createElement("canvas");
    out.width = canvas.width;
    out.height = canvas.height;
    const context = out.getContext("2d");
    context.fillStyle = pm.theme(app.state).canvas;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(canvas, 0, 0);
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
