// Source paragraphs shown as text, with the quote marked: every string goes in through textContent.
"use strict";
window.reviewText = (function () {
  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // Where `quote` is in `text`: exactly, else with any white space and typographic quotes between words.
  function findQuote(text, quote) {
    const exact = text.indexOf(quote);
    if (exact >= 0) return [exact, exact + quote.length];
    const words = quote.trim().split(/\s+/).map((word) => escapeRegExp(word).replace(/['’‘]/g, "['’‘ʼ]")
      .replace(/["“”«»„]/g, "[\"“”«»„]"));
    if (!words.length || !words[0]) return null;
    const match = new RegExp(words.join("\\s+")).exec(text);
    return match ? [match.index, match.index + match[0].length] : null;
  }

  function paragraph(text, quote, className) {
    const element = document.createElement("p");
    element.className = className;
    const where = quote ? findQuote(text, quote) : null;
    if (!where) {
      element.textContent = text;
      return {element, found: !quote};
    }
    const mark = document.createElement("mark");
    mark.textContent = text.slice(where[0], where[1]);
    element.append(document.createTextNode(text.slice(0, where[0])), mark,
                   document.createTextNode(text.slice(where[1])));
    return {element, found: true};
  }

  // One evidence item: the source's title and paragraph number, the paragraph before, the quoted one, the next.
  function evidenceBlock(evidence, source, words) {
    const block = document.createElement("article");
    block.className = "evidence-item";
    const heading = document.createElement("h4");
    const title = source ? (typeof source.title === "string" ? source.title
      : source.title[words.lang] || Object.values(source.title)[0] || evidence.source) : evidence.source;
    heading.textContent = `${title} — ${words.t("paragraph", {n: evidence.para})}`;
    block.append(heading);
    const paragraphs = source ? source.paragraphs : [];
    const index = evidence.para - 1;
    if (index - 1 >= 0 && index - 1 < paragraphs.length) {
      block.append(paragraph(paragraphs[index - 1], null, "context").element);
    }
    if (index >= 0 && index < paragraphs.length) {
      const shown = paragraph(paragraphs[index], evidence.quote, "quoted");
      block.append(shown.element);
      if (!shown.found) {
        const note = document.createElement("p");
        note.className = "note";
        note.textContent = `${words.t("quote_not_found")} « ${evidence.quote} »`;
        block.append(note);
      }
    }
    if (index + 1 < paragraphs.length) {
      block.append(paragraph(paragraphs[index + 1], null, "context").element);
    }
    return block;
  }

  return {findQuote, evidenceBlock};
})();
