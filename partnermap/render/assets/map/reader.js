// The reading pane: a source's whole text beside the map, numbered as `partnermap paragraphs`
// numbers it, every quoted passage a <mark> (the selected element's stand out), paragraphs
// nothing cites greyed, and a click on a passage selecting what it supports. Quote offsets come
// from page_data.py (found with the validator's comparison): the page never searches the text.
// Only the source shown is put in the page, and only once the pane opens, so that a map with
// megabytes of sources opens as fast as one without.
// Needs data.js (words) and dom.js. Gives: pm.quotePlaces, pm.segments, pm.ownersOf,
// pm.coverageCounts, pm.readerSourceFor (pure); pm.wireReader, pm.renderReader, pm.setReader,
// pm.isReaderOpen, pm.openReaderAt, pm.quoteInParagraph, pm.readerView.
(function (pm) {
  "use strict";

  // ---- what to show (pure) ------------------------------------------------------------------
  function quoteKey(type, id, index) {
    // One quote of one element: "link:gov-unions:0" (ids never hold a space, so keys can be listed).
    return type + ":" + id + ":" + index;
  }

  function quotePlaces(data) {
    // source id -> paragraph number -> [{start, end, key, owner: {type, id}}], for every quote
    // the page data could place (start and end are null for a quote not found in its paragraph).
    const places = new Map(data.sourceTexts.map((source) => [source.id, new Map()]));
    const add = (type, record) => record.evidence.forEach((item, index) => {
      if (item.start === null || item.start === undefined || !places.has(item.source)) return;
      const paragraphs = places.get(item.source);
      if (!paragraphs.has(item.para)) paragraphs.set(item.para, []);
      paragraphs.get(item.para).push({start: item.start, end: item.end, key: quoteKey(type, record.id, index),
                                      owner: {type: type, id: record.id}});
    });
    data.actors.forEach((actor) => add("actor", actor));
    data.links.forEach((link) => add("link", link));
    return places;
  }

  function segments(text, quotes) {
    // The paragraph cut where any quote starts or ends: [{start, end, keys}] covering the whole
    // text in order; `keys` are the quotes covering that piece (none for plain text). Quotes may
    // overlap, so a quote can span several pieces.
    const cuts = new Set([0, text.length]);
    for (const quote of quotes) {
      cuts.add(Math.max(0, Math.min(quote.start, text.length)));
      cuts.add(Math.max(0, Math.min(quote.end, text.length)));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i];
      const end = points[i + 1];
      const keys = quotes.filter((q) => q.start <= start && q.end >= end).map((q) => q.key);
      pieces.push({start: start, end: end, keys: keys});
    }
    return pieces;
  }

  function ownersOf(keys) {
    // The elements ({type, id}) these quote keys belong to, each once, in order.
    const seen = new Set();
    const owners = [];
    for (const key of keys) {
      const cut = key.lastIndexOf(":");
      const owner = key.slice(0, cut);
      if (seen.has(owner)) continue;
      seen.add(owner);
      const type = owner.slice(0, owner.indexOf(":"));
      owners.push({type: type, id: owner.slice(type.length + 1)});
    }
    return owners;
  }

  function coverageCounts(source) {
    // {cited, total}: the paragraphs some quote of the map comes from, of all the source's.
    return {cited: source.cited.length, total: source.paragraphs.length};
  }

  function readerSourceFor(tables, chosen, current) {
    // Which source the pane shows for a selection: the current one if the element quotes it,
    // else the source of its first quote; with nothing selected, the current one.
    if (!chosen) return current;
    const record = chosen.type === "actor" ? tables.actors.get(chosen.id) : tables.links.get(chosen.id);
    if (!record || !record.evidence.length || record.evidence.some((item) => item.source === current)) return current;
    return record.evidence[0].source;
  }

  // ---- the pane (DOM) -----------------------------------------------------------------------
  // What is drawn: which source, and its marks by element, so a new selection only moves classes.
  const drawn = {source: null, language: null, marksByOwner: new Map(), marks: []};
  const pane = {open: false, wide: false, source: null};

  function sourceText(app, id) {
    return app.data.sourceTexts.find((source) => source.id === id) || app.data.sourceTexts[0];
  }

  function ownerKey(owner) {
    return owner.type + ":" + owner.id;
  }

  function ownerLabel(app, owner) {
    const {tables, words} = app;
    if (owner.type === "actor") return words.actorName(owner.id);
    const link = tables.links.get(owner.id);
    return words.linkEnds(link) + " (" + words.termLabel(tables.linkTypes, link.type) + ")";
  }

  function paragraphNode(app, source, number, quotes) {
    const text = source.paragraphs[number - 1];
    const node = pm.el("p", "reader-para");
    node.dataset.para = String(number);
    node.appendChild(pm.el("span", "para-number", String(number)));
    if (!source.cited.includes(number)) {
      node.classList.add("uncited");
      node.title = app.words.ui("reader_uncited");
    }
    for (const piece of segments(text, quotes)) {
      const part = text.slice(piece.start, piece.end);
      if (!piece.keys.length) {
        node.appendChild(document.createTextNode(part));
        continue;
      }
      const mark = pm.el("mark", null, part);
      mark.dataset.quotes = piece.keys.join(" ");
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
      const owners = ownersOf(piece.keys);
      for (const owner of owners) {
        const key = ownerKey(owner);
        if (!drawn.marksByOwner.has(key)) drawn.marksByOwner.set(key, []);
        drawn.marksByOwner.get(key).push(mark);
      }
      drawn.marks.push(mark);
      node.appendChild(mark);
    }
    return node;
  }

  function drawSource(app) {
    // The whole text of the chosen source, once per source (and language, for the labels).
    const source = sourceText(app, pane.source);
    if (drawn.source === source.id && drawn.language === app.state.language) return;
    const body = pm.clear(document.getElementById("reader-text"));
    drawn.source = source.id;
    drawn.language = app.state.language;
    drawn.marksByOwner = new Map();
    drawn.marks = [];
    const places = (app.readerPlaces || (app.readerPlaces = quotePlaces(app.data))).get(source.id);
    body.lang = source.language;
    const fragment = document.createDocumentFragment();
    source.paragraphs.forEach((_, index) => {
      fragment.appendChild(paragraphNode(app, source, index + 1, places.get(index + 1) || []));
    });
    body.appendChild(fragment);
    body.scrollTop = 0;
  }

  function drawHeader(app) {
    const {words} = app;
    const source = sourceText(app, pane.source);
    const picker = document.getElementById("reader-source");
    if (picker.options.length !== app.data.sourceTexts.length || picker.dataset.language !== app.state.language) {
      pm.clear(picker);
      for (const entry of app.data.sourceTexts) {
        const option = pm.el("option", null, words.text(app.tables.sources.get(entry.id).title));
        option.value = entry.id;
        picker.appendChild(option);
      }
      picker.dataset.language = app.state.language;
    }
    picker.value = source.id;
    picker.setAttribute("aria-label", words.ui("reader_source"));
    picker.hidden = app.data.sourceTexts.length < 2;
    const title = document.getElementById("reader-source-title");
    title.textContent = words.text(app.tables.sources.get(source.id).title);
    title.title = title.textContent;  // shown whole on hover: the pane keeps two lines of it
    title.hidden = app.data.sourceTexts.length > 1;
    document.getElementById("reader-language").textContent = words.ui("reader_language", {language: source.languageName});
    const counts = coverageCounts(source);
    document.getElementById("reader-coverage").textContent = words.ui("reader_coverage", counts);
    document.getElementById("reader-wide").textContent = words.ui(pane.wide ? "reader_narrow" : "reader_wide");
  }

  function highlight(app, scroll) {
    // The selected element's marks stand out; the first is scrolled into view.
    for (const mark of document.querySelectorAll("#reader-text mark.chosen")) mark.classList.remove("chosen");
    const chosen = app.state.selected;
    const marks = chosen ? drawn.marksByOwner.get(ownerKey(chosen)) || [] : [];
    for (const mark of marks) mark.classList.add("chosen");
    if (scroll && marks.length) marks[0].scrollIntoView({block: "center"});
  }

  function renderReader(app, follow, scroll) {
    // After a selection (`follow`, the default: the pane goes to a source the selection quotes
    // and scrolls to its first quote there) or a language or source change (`follow` false).
    // Nothing is drawn while the pane is closed.
    if (pane.source === null) pane.source = app.data.sourceTexts.length ? app.data.sourceTexts[0].id : null;
    if (pane.source === null) return;
    if (follow !== false) pane.source = readerSourceFor(app.tables, app.state.selected, pane.source);
    closeChooser();
    if (!pane.open) return;
    drawHeader(app);
    drawSource(app);
    highlight(app, scroll === undefined ? follow !== false : scroll);
  }

  function setReader(app, open, wide) {
    pane.open = open && app.data.sourceTexts.length > 0;
    if (wide !== undefined) pane.wide = wide;
    const node = document.getElementById("reader");
    node.hidden = !pane.open;
    node.classList.toggle("wide", pane.wide);
    document.getElementById("reader-button").setAttribute("aria-pressed", String(pane.open));
    document.getElementById("reader-wide").setAttribute("aria-pressed", String(pane.wide));
    // The map draws beside the pane, not under it; vis-network is told its canvas changed size.
    const area = document.getElementById("canvas-area");
    if (area.classList.contains("reading") !== pane.open) {
      area.classList.toggle("reading", pane.open);
      requestAnimationFrame(() => {
        app.network.setSize("100%", "100%");
        app.network.redraw();
      });
    }
    renderReader(app, false, pane.open);
  }

  function openReaderAt(app, owner, index) {
    // "Read in context": the pane opens on the quote's source and its mark gets the focus.
    const record = owner.type === "actor" ? app.tables.actors.get(owner.id) : app.tables.links.get(owner.id);
    pane.source = record.evidence[index].source;
    setReader(app, true);
    const mark = document.querySelector('#reader-text mark[data-quotes~="' + CSS.escape(quoteKey(owner.type, owner.id, index)) + '"]');
    if (mark) {
      mark.scrollIntoView({block: "center"});
      mark.focus({preventScroll: true});
    }
  }

  // ---- from text to map ---------------------------------------------------------------------
  function closeChooser() {
    const chooser = document.getElementById("reader-chooser");
    if (chooser && !chooser.hidden) {
      chooser.hidden = true;
      pm.clear(chooser);
    }
  }

  function choose(app, mark) {
    // One element cites the passage: select it; several: list them to choose from.
    const owners = ownersOf(mark.dataset.quotes.split(" "));
    if (owners.length === 1) {
      app.select(owners[0]);
      return;
    }
    const chooser = pm.clear(document.getElementById("reader-chooser"));
    chooser.appendChild(pm.el("p", "chooser-heading", app.words.ui("reader_supports")));
    const list = pm.el("ul");
    for (const owner of owners) {
      const item = pm.el("li");
      item.appendChild(pm.button(ownerLabel(app, owner), () => {
        closeChooser();
        app.select(owner);
      }, "link-button"));
      list.appendChild(item);
    }
    chooser.appendChild(list);
    const box = mark.getBoundingClientRect();
    const frame = document.getElementById("reader").getBoundingClientRect();
    chooser.style.top = Math.round(box.bottom - frame.top + 4) + "px";
    chooser.style.left = Math.round(Math.max(0, Math.min(box.left - frame.left, frame.width - 260))) + "px";
    chooser.hidden = false;
    chooser.querySelector("button").focus();
  }

  function wireReader(app) {
    const text = document.getElementById("reader-text");
    text.addEventListener("click", (event) => {
      const mark = event.target.closest("mark");
      if (mark) choose(app, mark);
    });
    text.addEventListener("keydown", (event) => {
      const mark = event.target.closest && event.target.closest("mark");
      if (!mark || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      event.stopPropagation();
      choose(app, mark);
    });
    const chooser = document.getElementById("reader-chooser");
    chooser.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      closeChooser();
    });
    document.getElementById("reader-source").addEventListener("change", (event) => {
      pane.source = event.target.value;
      renderReader(app, false);
    });
    document.getElementById("reader-button").addEventListener("click", () => setReader(app, !pane.open));
    document.getElementById("reader-wide").addEventListener("click", () => setReader(app, true, !pane.wide));
    document.getElementById("reader-close").addEventListener("click", () => setReader(app, false));
  }

  // ---- workshop: a quote in its paragraph ---------------------------------------------------
  function quoteInParagraph(app, item) {
    // A <blockquote> holding the quote's whole paragraph, the quote itself marked; just the
    // quote when its place is unknown.
    const source = app.data.sourceTexts.find((entry) => entry.id === item.source);
    const text = source && source.paragraphs[item.para - 1];
    const block = pm.el("blockquote", "in-context");
    if (!text || item.start === null || item.start === undefined) {
      block.textContent = item.quote;
      return block;
    }
    block.lang = source.language;
    block.appendChild(document.createTextNode(text.slice(0, item.start)));
    block.appendChild(pm.el("mark", "chosen", text.slice(item.start, item.end)));
    block.appendChild(document.createTextNode(text.slice(item.end)));
    return block;
  }

  function readerView() {
    // For tests: what the pane shows.
    return {open: pane.open, wide: pane.wide, source: pane.source, drawnSource: drawn.source,
            marks: drawn.marks.length,
            chosenMarks: document.querySelectorAll("#reader-text mark.chosen").length};
  }

  Object.assign(pm, {quotePlaces, segments, ownersOf, coverageCounts, readerSourceFor, renderReader, setReader,
                     openReaderAt, wireReader, quoteInParagraph, readerView, isReaderOpen: () => pane.open});
})(globalThis.partnermapModules ??= {});
