"""Build examples/over-time/map from the bundled 2006 map and two later documents, as a curator would.

    python examples/over-time/build.py [--screenshots]

1. copy the bundled map (data/) to examples/over-time/map;
2. `partnermap extract DOC --into map --date … --url …` for each document of DOCUMENTS, in date order;
3. the review decisions of DECISIONS, through `partnermap review`'s library (ReviewStore.decide,
   the calls its JSON API makes), then `accept` for every other record the merges marked;
4. validate; with --screenshots, render the map at 2006, 2013 and today, with pictures.

Same documents, same partnermap: same files (the decisions are listed here, not clicked).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from partnermap.review.store import ReviewStore

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
MAP = HERE / "map"

# (file in documents/, date, where it was published)
DOCUMENTS = [
    ("hld-2013-declaration-a-res-68-4.fr.txt", "2013-10-03",
     "https://www.girlsrightsplatform.org/fr/entity/5ymvtt0nois?page=2"),
    ("gcm-2018-a-res-73-195.en.txt", "2018-12-19",
     "https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?file=1587370301487dgy07rb4bk.pdf&page=6"),
]

# The curator's decisions on what the merges proposed, with the reason; everything else they
# marked (new named organisations, quotes added to existing records) is accepted as drafted.
DECISIONS = [
    # The Compact is the document itself, not a partner: the links drafted from "The Global
    # Compact promotes…" or "…implement this Global Compact" go with it.
    ("actor", "global_compact", {"decision": "reject"}),
    # §7 of the 2013 declaration welcomes drawing on the expertise of the IOM and the GMG:
    # knowledge sharing, not a global dialogue.
    ("link", "governments-international_organizations-global_dialogue", {"set": {"type": "knowledge_sharing"}}),
]


def partnermap(*arguments: str) -> None:
    subprocess.run([sys.executable, "-m", "partnermap", *arguments], check=True)


def build() -> None:
    if MAP.exists():
        shutil.rmtree(MAP)
    shutil.copytree(REPOSITORY / "data", MAP)
    for name, date, url in DOCUMENTS:
        partnermap("extract", str(HERE / "documents" / name), "--into", str(MAP), "--date", date, "--url", url)
    store = ReviewStore(MAP)
    for item_type, item_id, body in DECISIONS:
        store.decide(item_type, item_id, body)
    for item in store.items():
        if item.get("needs_review"):
            store.decide(item["type"], item["id"], {"decision": "accept"})
    store.close()
    partnermap("validate", str(MAP))


def screenshots() -> None:
    """The pictures of the README; the pages themselves are left in a temporary folder."""
    pages = Path(tempfile.mkdtemp(prefix="over-time-"))
    for at, name in (("2006-12-31", "at-2006"), ("2013-12-31", "at-2013"), (None, "at-2018")):
        chosen = ["--at", at] if at else []
        partnermap("render", str(MAP), "--lang", "en", *chosen, "-o", str(pages / f"{name}.html"),
                   "--screenshot", str(HERE / f"{name}.png"))


if __name__ == "__main__":
    build()
    if "--screenshots" in sys.argv[1:]:
        screenshots()
