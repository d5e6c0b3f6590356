// Calls to the review server's JSON API, with the token the page was opened with.
"use strict";
window.reviewApi = function reviewApi(token) {
  async function call(method, path, body) {
    const options = {method, headers: {"X-Partnermap-Token": token}};
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    let answer = {};
    try {
      answer = await response.json();
    } catch (error) {
      answer = {error: String(error)};
    }
    return {status: response.status, answer};
  }
  return {
    items: () => call("GET", "/api/items"),
    map: () => call("GET", "/api/map"),
    decide: (type, id, body) => call("POST", `/api/items/${type}/${encodeURIComponent(id)}`, body),
    undo: () => call("POST", "/api/undo", {}),
  };
};
