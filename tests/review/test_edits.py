"""Byte-preserving edits: a decision changes the decided record's lines and nothing else."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from partnermap import check_map
from partnermap.graph.model.spec import ACTOR, LINK
from partnermap.graph.model.vocab import shipped_vocabulary
from partnermap.review.decisions import DecisionError
from partnermap.review.recordfile import RecordFile
from partnermap.review.store import ReviewStore
from tests.conftest import SEED_MAP


def changed_lines(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    """The lines taken out and the lines put in, in order."""
    old, new = before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True)
    removed, added = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The curated seed map (comments, block scalars, records grouped under comment headings), without
    its workshop tour: the tour names every link, so no link could be removed."""
    folder = Path(shutil.copytree(SEED_MAP, tmp_path / "seed"))
    header = (folder / "map.yaml").read_text(encoding="utf-8")
    (folder / "map.yaml").write_text(header[:header.index("\ntour:") + 1], encoding="utf-8")
    return folder


def test_removing_a_link_the_tour_names_is_refused_with_the_validators_message(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(SEED_MAP, tmp_path / "seed"))
    before = (folder / "links.yaml").read_bytes()
    with pytest.raises(DecisionError) as refused:
        ReviewStore(folder).decide("link", "origin-host-bilateral-agreements", {"decision": "reject"})
    assert any("map.yaml" in p and "unknown link 'origin-host-bilateral-agreements'" in p
               for p in refused.value.problems)
    assert (folder / "links.yaml").read_bytes() == before


def test_accept_takes_out_one_line_of_the_draft(draft: Path) -> None:
    before = (draft / "actors.yaml").read_bytes()
    links = (draft / "links.yaml").read_bytes()
    store = ReviewStore(draft)
    store.decide("actor", store.items()[1]["id"], {"decision": "accept"})
    removed, added = changed_lines(before, (draft / "actors.yaml").read_bytes())
    assert (removed, added) == (["  needs_review: true\n"], [])
    assert (draft / "links.yaml").read_bytes() == links


def test_set_rewrites_only_that_field_line(seed_copy: Path) -> None:
    before = (seed_copy / "links.yaml").read_bytes()
    ReviewStore(seed_copy).decide("link", "origin-host-bilateral-agreements", {"set": {"strength": "possible"}})
    assert changed_lines(before, (seed_copy / "links.yaml").read_bytes()) == (
        ["  strength: required\n"], ["  strength: possible\n"])


def test_reject_keeps_the_comment_headings_between_records(seed_copy: Path) -> None:
    path = seed_copy / "links.yaml"
    before = path.read_bytes()
    comments = [line for line in before.decode().splitlines() if line.startswith("#")]
    ReviewStore(seed_copy).decide("link", "origin-host-bilateral-agreements", {"decision": "reject"})
    after = path.read_bytes()
    assert [line for line in after.decode().splitlines() if line.startswith("#")] == comments
    removed, added = changed_lines(before, after)
    assert added == [] and removed[1] == "- id: origin-host-bilateral-agreements\n"
    assert removed[0] == "\n" and all(not line.startswith("#") for line in removed)
    assert check_map(seed_copy) == []


def test_merge_changes_the_target_the_moved_links_and_removes_the_merged_actor(seed_copy: Path) -> None:
    actors_before = (seed_copy / "actors.yaml").read_bytes()
    links_before = (seed_copy / "links.yaml").read_bytes()
    answer = ReviewStore(seed_copy).decide("actor", "countries_of_origin", {"merge_into": "governments"})
    removed, added = changed_lines(actors_before, (seed_copy / "actors.yaml").read_bytes())
    assert "- id: countries_of_origin\n" in removed
    aliases = [line for line in added if line.startswith("  aliases:")]
    assert len(aliases) == 1 and "Pays d'origine" in aliases[0] and "Countries of origin" in aliases[0]
    assert all(line.startswith(("  aliases:", "    - {source:")) for line in added)
    links_removed, links_added = changed_lines(links_before, (seed_copy / "links.yaml").read_bytes())
    assert all("from: countries_of_origin" in line or "to: countries_of_origin" in line or line.startswith(
        ("- id:", "  ", "\n")) for line in links_removed)
    assert "countries_of_origin" not in (seed_copy / "links.yaml").read_text().replace("id: origin", "")
    assert answer["removed"]["actors"] == ["countries_of_origin"]
    assert check_map(seed_copy) == []


def test_merge_folds_the_evidence_of_links_that_become_the_same(draft: Path) -> None:
    store = ReviewStore(draft)
    items = store.items()
    links = [item for item in items if item["type"] == "link"]
    kept, moved = links[0]["fields"], links[1]["fields"]
    other = next(item["id"] for item in items if item["type"] == "actor"
                 and item["id"] not in (kept["from"], kept["to"]))
    # The second link made to say what the first says, but from another actor: merging that actor
    # into the first link's `from` makes the two links the same.
    store.decide("link", moved["id"], {"set": {"from": other, "to": kept["to"], "type": kept["type"],
                                               "directed": kept.get("directed")}})
    answer = store.decide("actor", other, {"merge_into": kept["from"]})
    after = {item["id"]: item["fields"] for item in store.items() if item["type"] == "link"}
    assert moved["id"] not in after and moved["id"] in answer["removed"]["links"]
    assert after[kept["id"]]["evidence"] == kept["evidence"] + [e for e in moved["evidence"]
                                                                  if e not in kept["evidence"]]
    assert check_map(draft) == []


def test_an_edit_that_breaks_the_map_writes_nothing(seed_copy: Path) -> None:
    before = (seed_copy / "actors.yaml").read_bytes()
    with pytest.raises(DecisionError) as refused:
        ReviewStore(seed_copy).decide("actor", "governments", {"set": {"kind": "goverment"}})
    assert refused.value.status == 400 and any("did you mean 'government'" in p for p in refused.value.problems)
    assert (seed_copy / "actors.yaml").read_bytes() == before


TEXT = b"""# heading
- id: a
  name: A
  # a note on a's kind
  kind: government
  evidence:
      - {source: s, para: 1, quote: x}
  needs_review: true
# between a and b

- {id: b, name: B, kind: government, evidence: [{source: s, para: 1, quote: y}]}
"""


def test_comments_inside_and_between_records_stay_and_new_fields_take_the_files_indentation() -> None:
    records = RecordFile(TEXT, "actors.yaml", ACTOR)
    fields = records.records()["a"]
    fields.update(kind="ngo", level="national", evidence=[*fields["evidence"], {"source": "s", "para": 2,
                                                                                 "quote": "z"}])
    records.replace("a", fields)
    assert records.to_bytes().decode() == """# heading
- id: a
  name: A
  # a note on a's kind
  kind: ngo
  level: national
  evidence:
      - {source: s, para: 1, quote: x}
      - {source: s, para: 2, quote: z}
  needs_review: true
# between a and b

- {id: b, name: B, kind: government, evidence: [{source: s, para: 1, quote: y}]}
"""


def test_a_flow_record_is_written_again_whole_one_field_per_line() -> None:
    records = RecordFile(TEXT, "actors.yaml", ACTOR)
    records.replace("b", {**records.records()["b"], "kind": "ngo"})
    assert records.to_bytes().decode().endswith("""# between a and b

- id: b
  name: B
  kind: ngo
  evidence:
    - {source: s, para: 1, quote: y}
""")


def test_removing_every_record_leaves_an_empty_list_and_the_comments() -> None:
    records = RecordFile(TEXT, "actors.yaml", ACTOR)
    records.remove("a")
    records.remove("b")
    assert records.to_bytes().decode() == "# heading\n# between a and b\n[]\n"


def test_crlf_files_stay_crlf() -> None:
    text = b"- id: l\r\n  from: a\r\n  to: b\r\n  type: t\r\n  strength: required\r\n  needs_review: true\r\n"
    records = RecordFile(text, "links.yaml", LINK)
    records.replace("l", {**records.records()["l"], "strength": "possible"})
    assert records.to_bytes() == text.replace(b"required", b"possible")


def test_a_file_without_a_final_line_ending_keeps_it_that_way() -> None:
    text = b"- id: l\n  from: a\n  to: b\n  type: t\n  strength: required\n  needs_review: true"
    records = RecordFile(text, "links.yaml", LINK)
    fields = records.records()["l"]
    del fields["needs_review"]
    records.replace("l", {**fields, "directed": True})
    assert records.to_bytes() == b"- id: l\n  from: a\n  to: b\n  type: t\n  strength: required\n  directed: true"


def test_a_closed_store_refuses_decisions_and_writes_nothing(draft: Path) -> None:
    store = ReviewStore(draft)
    first = store.items()[0]["id"]
    before = (draft / "actors.yaml").read_bytes()
    store.close()
    with pytest.raises(DecisionError) as refused:
        store.decide("actor", first, {"decision": "accept"})
    assert refused.value.status == 503
    assert (draft / "actors.yaml").read_bytes() == before


def test_a_drafted_summary_follows_a_change_of_type_and_strength(draft: Path) -> None:
    store = ReviewStore(draft)
    link = next(item for item in store.items() if item["type"] == "link")
    summary = link["fields"]["summary"]
    vocabulary = shipped_vocabulary()
    old_type, old_strength = vocabulary.link_types[link["fields"]["type"]], vocabulary.strengths[
        link["fields"]["strength"]]
    assert summary["en"].endswith(f": {old_type.label_in('en')} ({old_strength.label_in('en').lower()})")
    new_type = "capacity_building" if link["fields"]["type"] != "capacity_building" else "protection"
    answer = store.decide("link", link["id"], {"set": {"type": new_type, "strength": "required"}})
    labels = {code: (vocabulary.link_types[new_type].label_in(code),
                     vocabulary.strengths["required"].label_in(code).lower()) for code in ("en", "fr")}
    assert answer["item"]["fields"]["summary"] == {
        "en": summary["en"].rsplit(": ", 1)[0] + ": {} ({})".format(*labels["en"]),
        "fr": summary["fr"].rsplit(" : ", 1)[0] + " : {} ({})".format(*labels["fr"]),
    }


def test_a_value_with_line_breaks_stays_on_its_field_line(draft: Path) -> None:
    store = ReviewStore(draft)
    actor = store.items()[0]
    before = (draft / "actors.yaml").read_bytes()
    description = {"en": "First line.\nSecond line.", "fr": "Première ligne.\r\nDeuxième."}
    store.decide("actor", actor["id"], {"set": {"description": description}})
    removed, added = changed_lines(before, (draft / "actors.yaml").read_bytes())
    assert len(removed) == len(added) == 1 and added[0].startswith("  description: {")
    assert store.items()[0]["fields"]["description"] == description
