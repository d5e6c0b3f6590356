"""Whatever a document says, `partnermap extract` writes a draft that partnermap reads back.

A draft is YAML written from the document's own words; quotes, colons, hashes, braces, markup,
right-to-left text or a line that looks like YAML must not break it. Each document mixes sentences
the extractor recognises with hostile text; the draft must load without a YAML problem and every
quote it cites must be found in its paragraph.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from partnermap.errors import PartnermapError
from partnermap.extract.run import extract_to_folder
from partnermap.graph.checking.load import check_map
from tests.hardening.support import HARDENING

SENTENCES = [
    "Les gouvernements doivent coopérer avec les syndicats sur la migration de main-d'œuvre.",
    "La société civile pourrait aider les migrants, en partenariat avec les autorités locales.",
    "Governments must cooperate with trade unions on labour migration.",
    "Civil society could help migrants, in partnership with local authorities.",
    "Les employeurs ont été encouragés à travailler avec les organisations de la diaspora.",
]
HOSTILE = ["« <script>alert(1)</script> »", "\"quoted\" and 'single'", "key: value # not a comment",
           "- a list item?", "{braces} [brackets] &anchor *alias !tag |pipe >fold %percent @at `tick`",
           "--- document marker", "... end marker", "مرحبا بالعالم", "\u202eevil", "👩🏽‍🌾", "\\ backslash \\n",
           "tab\there", "null ~ true no yes 0x10 1e3", "   leading spaces", "é" * 3]
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)
PARAGRAPH = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HOSTILE), WORDS), min_size=1,
                     max_size=5).map(" ".join)
YAML_PROBLEMS = ("YAML", "control character", "not valid UTF-8", "NUL", "quote not found", "quote is in paragraph",
                 "does not exist: source", "duplicate key")


@HARDENING
@given(st.lists(PARAGRAPH, min_size=1, max_size=6), st.sampled_from(["fr", "en"]))
def test_any_document_gives_a_draft_partnermap_reads_back(tmp_path_factory, paragraphs: list[str],
                                                          language: str) -> None:
    folder = tmp_path_factory.mktemp("extract")
    document = folder / f"document.{language}.txt"
    document.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    try:
        extract_to_folder(document, folder / "draft", language=language)
    except PartnermapError:
        return  # e.g. nothing found: a message for the user, not a crash
    problems = [p.format() for p in check_map(folder / "draft")]
    assert not [p for p in problems if any(fragment in p for fragment in YAML_PROBLEMS)], problems
