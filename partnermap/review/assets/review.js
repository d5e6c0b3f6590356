// The review page: one item at a time, one key per decision; it talks only to the JSON API (api.js)
// and puts every text of the map into the page with textContent.
"use strict";
(function () {
  const token = new URLSearchParams(window.location.search).get("token") || "";
  const api = window.reviewApi(token);
  const $ = (id) => document.getElementById(id);
  const state = {
    map: null,
    items: {},
    order: [],  // item keys in the order first shown: needing review first, actors then links
    currentKey: null,
    lang: (navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en",
    mode: null,  // null, "choose", "merge", "names", "help"
    chooser: null,
    confirmReject: false,
    undoKeys: [],
    busy: false,
    queue: [],
    decisions: 0,
    message: {text: "", problems: [], kind: ""},
    banner: false,
  };
  const HELP_KEYS = [
    ["a", "key_accept"], ["x", "key_reject"], ["j / ↓ / →", "key_next"], ["k / ↑ / ←", "key_previous"],
    ["t", "key_type"], ["s", "key_strength"], ["d", "key_kind"], ["n", "key_names"], ["m", "key_merge"],
    ["u", "key_undo"], ["l", "key_language"], ["r", "key_reload"], ["?", "key_help"], ["Esc", "key_escape"],
  ];

  // words and texts

  function t(key, values) {
    let text = (window.reviewWords[state.lang] || window.reviewWords.en)[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split(`{${name}}`).join(String(value));
    return text;
  }
  const words = {t, get lang() { return state.lang; }};

  function textOf(value) {
    if (value === null || value === undefined) return "";
    if (typeof value !== "object") return String(value);
    const languages = state.map ? state.map.languages : [];
    for (const code of [state.lang, ...languages]) if (value[code]) return value[code];
    return Object.values(value)[0] || "";
  }

  function termLabel(vocabulary, id) {
    const term = (state.map.vocabulary[vocabulary] || []).find((entry) => entry.id === id);
    return term ? `${textOf(term.label)} (${id})` : String(id === undefined ? "" : id);
  }

  function actorName(id) {
    const item = state.items[`actor:${id}`];
    return item ? textOf(item.fields.name) || id : id;
  }

  function itemLabel(item) {
    if (item.type === "actor") return textOf(item.fields.name) || item.id;
    return `${actorName(item.fields.from)} ${item.fields.directed ? "→" : "—"} ${actorName(item.fields.to)}`;
  }

  const keyOf = (item) => `${item.type}:${item.id}`;
  const visibleOrder = () => state.order.filter((key) => state.items[key]);
  const current = () => state.items[state.currentKey] || null;

  // loading

  async function load() {
    const [mapCall, itemsCall] = await Promise.all([api.map(), api.items()]);
    if (mapCall.status !== 200 || itemsCall.status !== 200) {
      showError(mapCall.status !== 200 ? mapCall : itemsCall);
      render();
      return;
    }
    state.map = mapCall.answer;
    setItems(itemsCall.answer.items, true);
    state.banner = false;
    if (!state.items[state.currentKey]) state.currentKey = visibleOrder()[0] || null;
  }

  function setItems(list, reorder) {
    state.items = {};
    for (const item of list) state.items[keyOf(item)] = item;
    const fresh = [...list.filter((item) => item.needs_review), ...list.filter((item) => !item.needs_review)];
    if (reorder) {
      state.order = fresh.map(keyOf);
      state.undoKeys = [];
    } else {
      for (const item of fresh) if (!state.order.includes(keyOf(item))) state.order.push(keyOf(item));
    }
  }

  async function refreshItems() {
    const call = await api.items();
    if (call.status !== 200) {
      showError(call);
      return false;
    }
    setItems(call.answer.items, false);
    return true;
  }

  // decisions

  async function send(request, then) {
    const item = current();
    if (!item || state.busy) return;
    state.busy = true;
    closeMode();
    const before = visibleOrder();
    const call = await request(item);
    if (call.status === 200 && (await refreshItems())) {
      state.undoKeys.push(keyOf(item));
      then(call.answer, before.indexOf(keyOf(item)), before);
    } else if (call.status !== 200) {
      showError(call);
    }
    finish();
  }

  // Keys pressed while the server answers run after it, in order: a fast curator loses none.
  function finish() {
    state.busy = false;
    state.decisions += 1;
    render();
    while (!state.busy && state.queue.length) state.queue.shift()();  // stops at the next request sent
  }

  function moveToNextNeeding(before, index) {
    const order = visibleOrder();
    for (let step = 1; step <= before.length; step += 1) {
      const key = before[(index + step) % before.length];
      if (state.items[key] && state.items[key].needs_review) {
        state.currentKey = key;
        return;
      }
    }
    if (!state.items[state.currentKey]) state.currentKey = order[Math.min(index, order.length - 1)] || null;
  }

  function accept() {
    send((item) => api.decide(item.type, item.id, {decision: "accept"}), (answer, index, before) => {
      say(t("accepted"));
      moveToNextNeeding(before, index);
    });
  }

  function reject() {
    const item = current();
    if (!item) return;
    if (item.type === "actor" && item.links > 0 && !state.confirmReject) {
      state.confirmReject = true;
      say(t("confirm_reject", {n: item.links}), "warning");
      render();
      return;
    }
    state.confirmReject = false;
    send((chosen) => api.decide(chosen.type, chosen.id, {decision: "reject"}), (answer, index, before) => {
      const links = answer.removed.links.length;
      say(links ? t("removed_many", {actors: answer.removed.actors.length, links}) : t("rejected"));
      moveToNextNeeding(before, index);
    });
  }

  function setField(field, value) {
    send((item) => api.decide(item.type, item.id, {set: {[field]: value}}), () => say(t("changed")));
  }

  function mergeInto(targetId) {
    send((item) => api.decide(item.type, item.id, {merge_into: targetId}), (answer, index, before) => {
      say(t("merged", {links: answer.changed.links.length + answer.removed.links.length}));
      moveToNextNeeding(before, index);
    });
  }

  async function undo() {
    if (state.busy) return;
    state.busy = true;
    const call = await api.undo();
    if (call.status === 200 && (await refreshItems())) {
      const key = state.undoKeys.pop();
      if (key && state.items[key]) state.currentKey = key;
      say(t("undone"));
    } else if (call.status !== 200) {
      showError(call);
    }
    finish();
  }

  async function reload() {
    await load();
    say("");
    render();
  }

  // messages

  function say(text, kind, problems) {
    state.message = {text, kind: kind || "", problems: problems || []};
  }

  function showError(call) {
    const answer = call.answer || {};
    if (call.status === 409 && answer.error === "nothing to undo") {
      say(t("nothing_to_undo"), "warning");
    } else if (call.status === 409) {
      state.banner = true;
      say(t("changed_on_disk"), "error", answer.problems);
    } else if (call.status === 400 && answer.problems && answer.problems.length) {
      say(t("invalid"), "error", answer.problems);
    } else {
      say(t("error", {error: answer.error || call.status}), "error");
    }
  }

  // modes: short lists, merge, names, help

  function openChooser(field, vocabulary, titleKey) {
    const item = current();
    const options = (state.map.vocabulary[vocabulary] || []).map((term) => ({id: term.id, label: textOf(term.label)}));
    state.mode = "choose";
    state.chooser = {field, options, titleKey, digits: "", highlight: Math.max(0, options.findIndex(
      (option) => option.id === item.fields[field])), timer: null};
    render();
  }

  function openMerge() {
    state.mode = "merge";
    state.chooser = {filter: "", highlight: 0, titleKey: "merge_title"};
    $("chooser-filter").value = "";
    render();
    $("chooser-filter").focus();
  }

  function mergeCandidates() {
    const item = current();
    const wanted = fold(state.chooser.filter);
    return Object.values(state.items).filter((other) => other.type === "actor" && other.id !== item.id)
      .filter((other) => !wanted || [other.id, ...namesOf(other.fields), ...(other.fields.aliases || [])]
        .some((text) => fold(String(text)).includes(wanted))).slice(0, 9);
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function namesOf(fields) {
    const name = fields.name;
    return typeof name === "object" && name !== null ? Object.values(name) : [String(name || "")];
  }

  function openNames() {
    const item = current();
    state.mode = "names";
    const box = $("names-inputs");
    box.replaceChildren();
    for (const code of state.map.languages) {
      const label = document.createElement("label");
      label.textContent = `${code} `;
      const input = document.createElement("input");
      input.type = "text";
      input.name = code;
      input.value = typeof item.fields.name === "object" ? item.fields.name[code] || "" : String(item.fields.name);
      label.append(input);
      box.append(label);
    }
    render();
    const first = box.querySelector("input");
    if (first) first.focus();
  }

  function saveNames() {
    const name = {};
    for (const input of $("names-inputs").querySelectorAll("input")) {
      if (input.value.trim()) name[input.name] = input.value.trim();
    }
    setField("name", name);
  }

  function closeMode() {
    if (state.chooser && state.chooser.timer) clearTimeout(state.chooser.timer);
    state.mode = null;
    state.chooser = null;
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  }

  function chooseNumber(digit) {
    const chooser = state.chooser;
    if (chooser.timer) clearTimeout(chooser.timer);
    chooser.digits += digit;
    const number = Number(chooser.digits);
    // With more than nine options a first digit may start a two-digit number: wait a moment for it.
    if (number * 10 > chooser.options.length || chooser.digits.length === 2) {
      pickNumber();
    } else {
      chooser.highlight = number - 1;
      chooser.timer = setTimeout(pickNumber, 700);
      render();
    }
  }

  function pickNumber() {
    const chooser = state.chooser;
    if (!chooser) return;
    const option = chooser.options[Number(chooser.digits) - 1];
    chooser.digits = "";
    if (option) setField(chooser.field, option.id);
  }

  // keyboard

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (state.mode === "names") {
      if (event.key === "Escape") { closeMode(); render(); }
      if (event.key === "Enter") { event.preventDefault(); saveNames(); }
      return;  // other keys type into the names
    }
    if (state.mode === "merge") return onMergeKey(event);
    if (state.mode === "choose") return onChooserKey(event);
    if (state.mode === "help") {
      if (event.key === "?" || event.key === "Escape") { closeMode(); render(); }
      return;
    }
    const action = KEYS[event.key];
    if (!action) return;
    event.preventDefault();
    const run = () => {
      if (event.key !== "x") state.confirmReject = false;
      action();
    };
    if (state.busy) state.queue.push(run);
    else run();
  }

  function onChooserKey(event) {
    const chooser = state.chooser;
    event.preventDefault();
    if (/^[0-9]$/.test(event.key)) chooseNumber(event.key);
    else if (event.key === "Escape") { closeMode(); render(); }
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : -1;
      chooser.highlight = (chooser.highlight + step + chooser.options.length) % chooser.options.length;
      render();
    } else if (event.key === "Enter") {
      if (chooser.digits) pickNumber();
      else setField(chooser.field, chooser.options[chooser.highlight].id);
    }
  }

  function onMergeKey(event) {
    const chooser = state.chooser;
    if (event.key === "Escape") { event.preventDefault(); closeMode(); render(); return; }
    const candidates = mergeCandidates();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      chooser.highlight = (chooser.highlight + step + candidates.length) % Math.max(candidates.length, 1);
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const target = candidates[chooser.highlight];
      if (target) mergeInto(target.id);
    }
  }

  function needs(type, then) {
    return () => {
      const item = current();
      if (!item) return;
      if (item.type !== type) { say(t(type === "actor" ? "only_actors" : "only_links"), "warning"); render(); return; }
      then();
    };
  }

  function step(delta) {
    const order = visibleOrder();
    if (!order.length) return;
    const index = order.indexOf(state.currentKey);
    state.currentKey = order[Math.min(Math.max(index + delta, 0), order.length - 1)];
    say("");
    render();
  }

  const KEYS = {
    a: accept, x: reject, u: undo, r: reload,
    j: () => step(1), ArrowDown: () => step(1), ArrowRight: () => step(1),
    k: () => step(-1), ArrowUp: () => step(-1), ArrowLeft: () => step(-1),
    t: needs("link", () => openChooser("type", "link_types", "choose_type")),
    s: needs("link", () => openChooser("strength", "strengths", "choose_strength")),
    d: needs("actor", () => openChooser("kind", "kinds", "choose_kind")),
    n: needs("actor", openNames), m: needs("actor", openMerge),
    l: () => { state.lang = state.lang === "fr" ? "en" : "fr"; render(); },
    "?": () => { state.mode = "help"; render(); },
    Escape: () => { say(""); render(); },
  };

  // drawing

  function render() {
    document.documentElement.lang = state.lang;
    for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
    for (const node of document.querySelectorAll("[data-title]")) node.title = t(node.dataset.title);
    for (const node of document.querySelectorAll("[data-label]")) node.setAttribute("aria-label", t(node.dataset.label));
    $("language-button").textContent = t("language_name");
    $("banner").hidden = !state.banner;
    $("banner-text").textContent = t("changed_on_disk");
    renderHelp();
    renderMessage();
    if (!state.map) return;
    $("title").textContent = textOf(state.map.title) || "partnermap review";
    const all = Object.values(state.items);
    $("progress").textContent = t("progress", {done: all.filter((item) => !item.needs_review).length,
                                               total: all.length});
    renderList();
    renderItem();
    renderChooser();
    $("names-form").hidden = state.mode !== "names";
  }

  function renderList() {
    const list = $("items");
    list.replaceChildren();
    for (const key of visibleOrder()) {
      const item = state.items[key];
      const entry = document.createElement("li");
      entry.textContent = itemLabel(item);
      entry.className = [item.type, item.needs_review ? "pending" : "done", key === state.currentKey ? "current" : ""]
        .join(" ").trim();
      entry.addEventListener("click", () => { state.currentKey = key; closeMode(); render(); });
      list.append(entry);
      if (key === state.currentKey) entry.scrollIntoView({block: "nearest"});
    }
  }

  function renderItem() {
    const item = current();
    $("item").hidden = !item;
    if (!item) {
      say(t("done"));
      renderMessage();
      return;
    }
    $("item-kind-label").textContent = t(item.type);
    $("item-name").textContent = itemLabel(item);
    $("item-status").textContent = item.needs_review ? t("needs_review") : t("reviewed");
    $("item-status").className = item.needs_review ? "pending" : "done";
    const fields = $("item-fields");
    fields.replaceChildren();
    const rows = item.type === "actor" ? [
      ["kind", termLabel("kinds", item.fields.kind)], ["level", item.fields.level ? termLabel("levels", item.fields.level) : ""],
      ["aliases", (item.fields.aliases || []).join(", ")], ["description", textOf(item.fields.description)],
      ["links", String(item.links)], ["confidence", item.fields.confidence],
    ] : [
      ["from", actorName(item.fields.from)], ["to", actorName(item.fields.to)],
      ["type", termLabel("link_types", item.fields.type)], ["strength", termLabel("strengths", item.fields.strength)],
      ["directed", item.fields.directed ? t("yes") : t("no")], ["summary", textOf(item.fields.summary)],
      ["description", textOf(item.fields.description)], ["confidence", item.fields.confidence],
    ];
    for (const [name, value] of rows) {
      if (value === undefined || value === null || value === "") continue;
      const term = document.createElement("dt");
      term.textContent = t(name);
      const definition = document.createElement("dd");
      definition.textContent = String(value);
      definition.dataset.field = name;
      fields.append(term, definition);
    }
    $("reject-note").textContent = item.type === "actor" && item.links ? t("reject_links", {n: item.links}) : "";
    const evidence = $("evidence");
    evidence.replaceChildren();
    for (const quoted of item.fields.evidence || []) {
      evidence.append(window.reviewText.evidenceBlock(quoted, state.map.sources[quoted.source], words));
    }
    renderNeighbourhood(item);
  }

  function renderNeighbourhood(item) {
    const links = Object.values(state.items).filter((other) => other.type === "link").map((link) => ({
      id: link.id, from: link.fields.from, to: link.fields.to, needs_review: link.needs_review}));
    const focus = item.type === "actor" ? [item.id] : [item.fields.from, item.fields.to];
    window.reviewNeighbourhood.draw($("neighbourhood"), focus, item.type === "link" ? [item.id] : [], links, actorName);
  }

  function renderChooser() {
    const box = $("chooser");
    const chooser = state.chooser;
    box.hidden = !(state.mode === "choose" || state.mode === "merge");
    $("chooser-filter").hidden = state.mode !== "merge";
    const list = $("chooser-options");
    list.replaceChildren();
    if (box.hidden) return;
    $("chooser-title").textContent = t(chooser.titleKey);
    const options = state.mode === "merge"
      ? mergeCandidates().map((actor) => ({id: actor.id, label: textOf(actor.fields.name) || actor.id}))
      : chooser.options;
    options.forEach((option, index) => {
      const entry = document.createElement("li");
      entry.textContent = `${state.mode === "choose" ? `${index + 1}. ` : ""}${option.label} (${option.id})`;
      if (index === chooser.highlight) entry.className = "highlight";
      if (state.mode === "choose" && current() && current().fields[chooser.field] === option.id) {
        entry.className += " chosen";
      }
      list.append(entry);
    });
  }

  function renderMessage() {
    const box = $("message");
    box.replaceChildren();
    box.className = state.message.kind;
    if (!state.message.text) return;
    const text = document.createElement("p");
    text.textContent = state.message.text;
    box.append(text);
    if (state.message.problems.length) {
      const list = document.createElement("ul");
      for (const problem of state.message.problems) {
        const entry = document.createElement("li");
        entry.textContent = problem;
        list.append(entry);
      }
      box.append(list);
    }
  }

  function renderHelp() {
    $("help").hidden = state.mode !== "help";
    const list = $("help-keys");
    list.replaceChildren();
    for (const [keys, description] of HELP_KEYS) {
      const term = document.createElement("dt");
      term.textContent = keys;
      const definition = document.createElement("dd");
      definition.textContent = t(description);
      list.append(term, definition);
    }
  }

  // start

  document.addEventListener("keydown", onKey);
  $("chooser-filter").addEventListener("input", (event) => {
    state.chooser.filter = event.target.value;
    state.chooser.highlight = 0;
    renderChooser();
  });
  $("names-form").addEventListener("submit", (event) => event.preventDefault());
  $("reload-button").addEventListener("click", reload);
  $("help-button").addEventListener("click", () => { state.mode = state.mode === "help" ? null : "help"; render(); });
  $("language-button").addEventListener("click", () => KEYS.l());

  window.partnermapReview = {
    ready: false,
    view: () => ({
      current: state.currentKey, mode: state.mode, busy: state.busy, decisions: state.decisions,
      message: state.message.text, problems: state.message.problems, banner: state.banner,
      progress: $("progress").textContent,
    }),
  };
  load().then(() => {
    render();
    window.partnermapReview.ready = true;
  });
})();
