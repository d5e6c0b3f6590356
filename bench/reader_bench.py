"""What the reading pane costs: a page carrying its sources' whole text against the same page
without it, on a generated map whose sources total over 1 MB.

    python -m bench.reader_bench                  # 2000 actors (4 sources, about 1.1 MB), 5 runs
    python -m bench.reader_bench --actors 500 --pad-mb 1 --repeats 3

Reports, as medians of --repeats runs: the page's size, render_html's time, the time to first
draw in headless Chromium (bench/browser.py), and the time to open the pane on the largest
source and to select an element with the pane open, with each ratio "with / without". The pane
draws only the source shown and only once opened, so first draw should not move. `--pad-mb`
adds uncited paragraphs to the first source until it alone holds that many megabytes (the
worst case for opening the pane).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from partnermap import load_map
from partnermap.graph.model.records import PartnerMap
from partnermap.render.html import render_html

from .browser import VIEWPORT, close_browser, measure_page, open_browser
from .generate import generate_map

FILLER = ("Les participants ont rappelé l'importance d'un dialogue suivi entre les pays d'origine, "
          "de transit et de destination, dans le respect des droits des personnes migrantes. ")


def _pad(folder: Path, megabytes: float) -> None:
    """Uncited paragraphs at the end of the first source (quotes' paragraph numbers do not move)."""
    first = sorted((folder / "sources").iterdir())[0]
    text = first.read_text(encoding="utf-8").rstrip("\n")
    paragraph = FILLER * 4
    missing = int(megabytes * 1_000_000) - len(text.encode("utf-8"))
    count = max(0, missing // (len(paragraph.encode("utf-8")) + 2))
    first.write_text(text + "".join(f"\n\n{number}. {paragraph}" for number in range(count)) + "\n",
                     encoding="utf-8")


def _without_texts(partner_map: PartnerMap) -> PartnerMap:
    return replace(partner_map, sources={key: replace(s, text="") for key, s in partner_map.sources.items()})


def _pane_timings(handles: Any, page_path: Path) -> dict[str, float]:
    """Milliseconds to open the pane on the largest source, and to select a link with it open
    (and, first, with it closed: what a selection costs the map itself)."""
    _, browser = handles
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.partnermap && window.partnermap.ready", polling=50)
        timings: dict[str, float] = page.evaluate("""() => {
            const data = JSON.parse(document.getElementById('partnermap-data').textContent);
            const largest = data.sourceTexts.slice().sort((a, b) => b.paragraphs.join('').length
                                                          - a.paragraphs.join('').length)[0];
            const link = data.links.find((l) => l.evidence.some((e) => e.source === largest.id));
            const picker = document.getElementById('reader-source');
            let start = performance.now();
            window.partnermap.select({type: 'link', id: link.id});
            const closed = performance.now() - start;
            window.partnermap.select(null);
            start = performance.now();
            document.getElementById('reader-button').click();
            picker.value = largest.id;
            picker.dispatchEvent(new Event('change'));
            document.getElementById('reader-text').getBoundingClientRect();  // lay it out now
            const open = performance.now() - start;
            start = performance.now();
            window.partnermap.select({type: 'link', id: link.id});
            document.getElementById('reader-text').getBoundingClientRect();
            return {open_ms: open, select_ms: performance.now() - start, select_closed_ms: closed};
        }""")
        return timings
    finally:
        context.close()


def _median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def run(actors: int, repeats: int, pad_mb: float) -> None:
    with tempfile.TemporaryDirectory(prefix="partnermap-reader-bench-") as scratch:
        folder = generate_map(Path(scratch) / "map", actors=actors)
        if pad_mb:
            _pad(folder, pad_mb)
        partner_map = load_map(folder)
        text_bytes = sum(len(s.text.encode("utf-8")) for s in partner_map.sources.values())
        print(f"{actors} actors, {len(partner_map.sources)} sources, {text_bytes / 1e6:.2f} MB of source text")
        variants = {"with texts": partner_map, "without texts": _without_texts(partner_map)}
        samples: dict[str, dict[str, list[float | None]]] = {name: {"render_ms": [], "first_draw_ms": []}
                                                              for name in variants}
        paths: dict[str, Path] = {}
        sizes: dict[str, float] = {}
        handles = open_browser()
        try:
            # The two pages are measured in turn within each run, so that the load of a shared
            # machine weighs on both alike.
            for _ in range(repeats):
                for name, variant in variants.items():
                    start = time.perf_counter()
                    page = render_html(variant)
                    samples[name]["render_ms"].append((time.perf_counter() - start) * 1000)
                    if name not in paths:
                        paths[name] = Path(scratch) / f"{name.replace(' ', '-')}.html"
                        paths[name].write_text(page, encoding="utf-8")
                        sizes[name] = len(page.encode("utf-8")) / 1e6
                    drawn = measure_page(handles, paths[name], timeout=120)
                    samples[name]["first_draw_ms"].append(drawn["first_draw_ms"])
            timings = [_pane_timings(handles, paths["with texts"]) for _ in range(repeats)]
        finally:
            close_browser(handles)
        rows: dict[str, dict[str, Any]] = {
            name: {"page_mb": sizes[name], "render_ms": _median(samples[name]["render_ms"]),
                   "first_draw_ms": _median(samples[name]["first_draw_ms"])} for name in variants}
        for key in ("open_ms", "select_ms", "select_closed_ms"):
            rows["with texts"][key] = _median([t[key] for t in timings])
    with_texts, without = rows["with texts"], rows["without texts"]
    for name, row in rows.items():
        print(f"  {name:<14} page {row['page_mb']:.2f} MB, render_html {row['render_ms']:.0f} ms, "
              f"first draw {row['first_draw_ms']:.0f} ms")
    print(f"  ratios with/without: page {with_texts['page_mb'] / without['page_mb']:.2f}, "
          f"render_html {with_texts['render_ms'] / without['render_ms']:.2f}, "
          f"first draw {with_texts['first_draw_ms'] / without['first_draw_ms']:.2f}")
    print(f"  pane opened on the largest source in {with_texts['open_ms']:.0f} ms; "
          f"a selection with the pane open in {with_texts['select_ms']:.0f} ms "
          f"({with_texts['select_closed_ms']:.0f} ms with the pane closed)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Cost of the sources' text in the page (reading pane).")
    parser.add_argument("--actors", type=int, default=2000, help="actors of the generated map (default %(default)s)")
    parser.add_argument("--repeats", type=int, default=5, help="runs per measure (default %(default)s)")
    parser.add_argument("--pad-mb", type=float, default=0.0,
                        help="grow the first source to this many MB with uncited paragraphs")
    arguments = parser.parse_args()
    run(arguments.actors, arguments.repeats, arguments.pad_mb)


if __name__ == "__main__":
    main()
