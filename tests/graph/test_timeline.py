"""A map over time: who states each link and actor first, what each document adds, the map at a date.

Figures counted by hand on tests/data/timeline (three documents: 2006, 2013, 2018; see its map.yaml).
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.graph.analysis.timeline import map_at, timeline
from partnermap.graph.checking.load import load_map
from tests.conftest import REPOSITORY

FIXTURE = REPOSITORY / "tests" / "data" / "timeline"


def test_per_link_how_many_documents_and_since_when() -> None:
    links = timeline(load_map(FIXTURE)).links
    assert {i: (s.documents, s.first_date, s.sources) for i, s in links.items()} == {
        "private-remittances": (2, "2006-09-15", ("rt2006", "decl2013")),
        "unions-dialogue": (1, "2006-09-15", ("rt2006",)),
        "iom-gov-capacity": (1, "2018-12-19", ("compact2018",)),
        # Its evidence quotes 2018 first: the order is the documents' dates, not the file's.
        "iom-private-knowledge": (2, "2013-10-03", ("decl2013", "compact2018")),
    }


def test_per_actor_its_own_quotes_and_its_links_quotes_count() -> None:
    actors = timeline(load_map(FIXTURE)).actors
    assert {i: (s.documents, s.first_date) for i, s in actors.items()} == {
        "governments": (3, "2006-09-15"),
        "private_sector": (3, "2006-09-15"),
        "trade_unions": (1, "2006-09-15"),
        "iom": (2, "2013-10-03"),  # its own quote is of 2018, but a 2013 link names it
    }


def test_per_document_what_it_adds_and_what_it_restates() -> None:
    documents = {d.source: d for d in timeline(load_map(FIXTURE)).documents}
    assert list(documents) == ["rt2006", "decl2013", "compact2018"]
    first, second, third = documents.values()
    assert (first.adds_links, first.restates_links) == (("private-remittances", "unions-dialogue"), ())
    assert first.adds_actors == ("governments", "private_sector", "trade_unions")
    assert (second.adds_links, second.restates_links) == (("iom-private-knowledge",), ("private-remittances",))
    assert (second.adds_actors, second.restates_actors) == (("iom",), ("governments", "private_sector"))
    assert (third.adds_links, third.restates_links) == (("iom-gov-capacity",), ("iom-private-knowledge",))
    assert (third.adds_actors, third.restates_actors) == ((), ("governments", "private_sector", "iom"))


def test_the_map_at_a_date_holds_what_documents_up_to_it_quote() -> None:
    partner_map = load_map(FIXTURE)
    at_2013 = map_at(partner_map, "2013-12-31")
    assert set(at_2013.sources) == {"rt2006", "decl2013"}
    assert set(at_2013.links) == {"private-remittances", "unions-dialogue", "iom-private-knowledge"}
    assert [e.source for e in at_2013.links["iom-private-knowledge"].evidence] == ["decl2013"]
    assert set(at_2013.actors) == {"governments", "private_sector", "trade_unions", "iom"}
    assert at_2013.actors["iom"].evidence == ()  # named by a 2013 link, quoted on its own in 2018 only
    on_the_day = map_at(partner_map, "2006-09-15")  # a document counts from its own date
    assert set(on_the_day.links) == {"private-remittances", "unions-dialogue"}
    assert len(on_the_day.links["private-remittances"].evidence) == 1
    before = map_at(partner_map, "2000-01-01")
    assert (before.sources, before.actors, before.links) == ({}, {}, {})
    assert map_at(partner_map, "2030-01-01").links == partner_map.links


def run(*arguments: str):
    return CliRunner().invoke(cli, list(arguments))


def test_stats_tables_of_time() -> None:
    links = run("stats", str(FIXTURE), "--format", "csv", "--table", "link_dates")
    assert links.exit_code == 0, links.output
    assert links.output.splitlines() == [
        "id,documents,first_date,sources",
        "private-remittances,2,2006-09-15,rt2006 decl2013",
        "unions-dialogue,1,2006-09-15,rt2006",
        "iom-gov-capacity,1,2018-12-19,compact2018",
        "iom-private-knowledge,2,2013-10-03,decl2013 compact2018",
    ]
    documents = run("stats", str(FIXTURE), "--format", "csv", "--table", "documents")
    assert documents.output.splitlines() == [
        "source,date,adds_links,restates_links,adds_actors,restates_actors",
        "rt2006,2006-09-15,2,0,3,0", "decl2013,2013-10-03,1,1,1,2", "compact2018,2018-12-19,1,1,0,3"]
    actors = run("stats", str(FIXTURE), "--format", "csv", "--table", "actor_dates")
    assert "iom,2,2013-10-03,decl2013 compact2018" in actors.output.splitlines()


def test_stats_table_says_what_each_document_adds_and_restates() -> None:
    result = run("stats", str(FIXTURE))
    assert result.exit_code == 0, result.output
    text = result.output.split("Over time: what each document adds and restates\n", 1)[1]
    assert text.splitlines()[:5] == [
        "  2006-09-15  rt2006       adds 2 links, 3 actors; restates 0 links, 0 actors",
        "  2013-10-03  decl2013     adds 1 link, 1 actor; restates 1 link, 2 actors",
        "      + iom-private-knowledge",
        "  2018-12-19  compact2018  adds 1 link, 0 actors; restates 1 link, 3 actors",
        "      + iom-gov-capacity",
    ]
    assert "Links stated by several documents (2)" in text
    assert "  iom-private-knowledge  2 documents, first 2013-10-03 (decl2013, compact2018)" in text


def test_a_map_of_one_document_has_no_time_section() -> None:
    result = run("stats", str(REPOSITORY / "data"))
    assert result.exit_code == 0
    assert "Over time" not in result.output and "Dans le temps" not in result.output


def test_diff_of_one_map_at_two_dates() -> None:
    result = run("diff", str(FIXTURE), "--at", "2006-12-31", "--at", "2013-12-31")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[:4] == [f"{FIXTURE} at 2006-12-31 -> at 2013-12-31", "sources: 1 added", "actors: 1 added",
                         "links: 1 added, 1 changed"]
    assert lines[-3:] == [
        "+ link iom-private-knowledge: private_sector -- iom (knowledge_sharing, recommended)",
        "~ link private-remittances",
        '    evidence + decl2013 para 2: "Governments and the private sector should keep lowering the cost of '
        'remittances."']
    as_json = json.loads(run("diff", str(FIXTURE), "--at", "2006-12-31", "--at", "2013-12-31",
                             "--format", "json").output)
    assert as_json["summary"] == {"sources": {"added": 1, "removed": 0, "changed": 0},
                                  "actors": {"added": 1, "removed": 0, "changed": 0},
                                  "links": {"added": 1, "removed": 0, "changed": 1}}
    same = run("diff", str(FIXTURE), "--at", "2019-01-01", "--at", "2030-01-01")
    assert same.exit_code == 0 and "no differences" in same.output


def test_diff_at_needs_one_folder_and_two_dates() -> None:
    for arguments in (["--at", "2006-12-31"], [str(FIXTURE), "--at", "2006-12-31", "--at", "2013-12-31"],
                      ["--at", "2006", "--at", "2013-12-31"]):
        result = run("diff", str(FIXTURE), *arguments)
        assert result.exit_code == 2, result.output
    assert "'2006' is not a date written YYYY-MM-DD" in run("diff", str(FIXTURE), "--at", "2006",
                                                            "--at", "2013-12-31").output


def test_stats_json_holds_the_timeline() -> None:
    report = json.loads(run("stats", str(FIXTURE), "--format", "json").output)
    assert report["timeline"]["sources"] == [{"source": "rt2006", "date": "2006-09-15"},
                                             {"source": "decl2013", "date": "2013-10-03"},
                                             {"source": "compact2018", "date": "2018-12-19"}]
    assert report["timeline"]["documents"][1] == {
        "source": "decl2013", "date": "2013-10-03",
        "links": {"adds": ["iom-private-knowledge"], "restates": ["private-remittances"]},
        "actors": {"adds": ["iom"], "restates": ["governments", "private_sector"]}}

