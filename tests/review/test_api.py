"""The review API, as a script or the page calls it: every status it answers with."""

from __future__ import annotations

from pathlib import Path

from partnermap import check_map
from tests.review.conftest import Served, ids_of, most_linked_actor


def test_items_lists_every_actor_then_every_link_of_the_map(served: Served) -> None:
    status, answer = served.call("GET", "/api/items")
    assert status == 200
    types = [item["type"] for item in answer["items"]]
    assert types == sorted(types)  # actors first
    for name, item_type in (("actors.yaml", "actor"), ("links.yaml", "link")):
        assert types.count(item_type) == (served.data_dir / name).read_text().count("\n- id: ")
    assert all(item["needs_review"] is True for item in answer["items"])  # a fresh draft
    links = [item["fields"] for item in answer["items"] if item["type"] == "link"]
    for actor in (item for item in answer["items"] if item["type"] == "actor"):
        assert actor["links"] == sum(actor["id"] in (link["from"], link["to"]) for link in links)
        assert actor["fields"]["kind"] and actor["fields"]["evidence"]


def test_accept_removes_needs_review_and_answers_with_the_item(served: Served) -> None:
    actor_id = ids_of(served.items(), "actor")[0]
    status, answer = served.call("POST", f"/api/items/actor/{actor_id}", {"decision": "accept"})
    assert status == 200
    assert answer["item"]["id"] == actor_id and answer["item"]["needs_review"] is False
    assert "needs_review" not in answer["item"]["fields"]
    assert served.items()[f"actor:{actor_id}"]["needs_review"] is False
    assert check_map(served.data_dir) == []


def test_reject_of_an_actor_removes_it_and_every_link_naming_it(served: Served) -> None:
    items = served.items()
    actor_id = most_linked_actor(items)
    status, answer = served.call("POST", f"/api/items/actor/{actor_id}", {"decision": "reject"})
    assert status == 200
    assert answer["item"]["removed"] is True
    assert answer["removed"]["actors"] == [actor_id]
    assert len(answer["removed"]["links"]) == items[f"actor:{actor_id}"]["links"]
    after = served.items()
    assert f"actor:{actor_id}" not in after and len(after) == len(items) - 1 - items[f"actor:{actor_id}"]["links"]
    assert not [i for i in after.values() if actor_id in (i["fields"].get("from"), i["fields"].get("to"))]
    assert check_map(served.data_dir) == []


def test_set_changes_a_field_and_an_invalid_value_is_refused_with_the_validators_message(served: Served) -> None:
    link_id = ids_of(served.items(), "link")[0]
    before = (served.data_dir / "links.yaml").read_bytes()
    status, answer = served.call("POST", f"/api/items/link/{link_id}", {"set": {"type": "capacity_buildin"}})
    assert status == 400
    assert answer["error"] == "the map would not be valid after this change"
    assert any("links.yaml:" in p and "unknown link type 'capacity_buildin'" in p
               and "did you mean 'capacity_building'" in p for p in answer["problems"])
    assert (served.data_dir / "links.yaml").read_bytes() == before  # nothing written
    status, answer = served.call("POST", f"/api/items/link/{link_id}", {"set": {"strength": "required"}})
    assert status == 200 and answer["item"]["fields"]["strength"] == "required"


def test_requests_that_are_not_decisions_are_refused_with_400(served: Served) -> None:
    items = served.items()
    actor_id, link_id = ids_of(items, "actor")[0], ids_of(items, "link")[0]
    path = f"/api/items/actor/{actor_id}"
    assert served.call("POST", path, raw=b"{not json")[0] == 400
    assert served.call("POST", path, {"decision": "maybe"})[0] == 400
    assert served.call("POST", path, {"decision": "accept", "set": {}})[0] == 400
    assert served.call("POST", path, {"set": {"id": "someone_else"}})[0] == 400
    assert served.call("POST", path, {"merge_into": actor_id})[0] == 400
    assert served.call("POST", f"/api/items/link/{link_id}", {"merge_into": actor_id})[0] == 400


def test_unknown_ids_types_and_routes_are_404(served: Served) -> None:
    actor_id = ids_of(served.items(), "actor")[0]
    assert served.call("POST", "/api/items/actor/nobody", {"decision": "accept"})[0] == 404
    assert served.call("POST", f"/api/items/link/{actor_id}", {"decision": "accept"})[0] == 404
    assert served.call("POST", "/api/items/source/x", {"decision": "accept"})[0] == 404
    assert served.call("POST", f"/api/items/actor/{actor_id}", {"merge_into": "nobody"})[0] == 404
    assert served.call("GET", "/api/nothing")[0] == 404
    assert served.call("GET", "/../actors.yaml")[0] == 404
    assert served.call("GET", "/actors.yaml")[0] == 404


def test_a_missing_or_wrong_token_is_403_and_changes_nothing(served: Served) -> None:
    first_actor = ids_of(served.items(), "actor")[0]
    before = (served.data_dir / "actors.yaml").read_bytes()
    assert served.call("GET", "/api/items", token=None)[0] == 403
    assert served.call("GET", "/api/items", token="guessed")[0] == 403
    assert served.call("POST", f"/api/items/actor/{first_actor}", {"decision": "reject"}, token=None)[0] == 403
    assert served.call("POST", "/api/undo", token="")[0] == 403
    assert (served.data_dir / "actors.yaml").read_bytes() == before


def test_a_foreign_host_is_403_even_with_the_token(served: Served) -> None:
    """DNS rebinding: a page of evil.example whose name now points to 127.0.0.1 sends Host: evil.example."""
    first_actor = ids_of(served.items(), "actor")[0]
    before = (served.data_dir / "actors.yaml").read_bytes()
    for host in (f"evil.example:{served.port}", "127.0.0.1", f"127.0.0.1:{served.port + 1}"):
        assert served.call("POST", f"/api/items/actor/{first_actor}", {"decision": "reject"}, host=host)[0] == 403
        assert served.call("GET", "/", host=host)[0] == 403
    assert served.call("GET", "/api/items", host=f"localhost:{served.port}")[0] == 200
    assert (served.data_dir / "actors.yaml").read_bytes() == before


def test_files_changed_on_disk_give_409_until_the_items_are_read_again(served: Served) -> None:
    first_actor = ids_of(served.items(), "actor")[0]
    actors = served.data_dir / "actors.yaml"
    actors.write_bytes(actors.read_bytes() + b"# a note added in an editor\n")
    status, answer = served.call("POST", f"/api/items/actor/{first_actor}", {"decision": "accept"})
    assert status == 409 and "changed on disk" in answer["error"]
    assert actors.read_bytes().endswith(b"# a note added in an editor\n")
    served.items()  # the page's reload
    assert served.call("POST", f"/api/items/actor/{first_actor}", {"decision": "accept"})[0] == 200
    assert actors.read_bytes().endswith(b"# a note added in an editor\n")


def test_undo_restores_the_files_exactly_and_then_has_nothing_left(served: Served, draft: Path) -> None:
    first_actor, merged, target = ids_of(served.items(), "actor")[:3]
    before = {name: (draft / name).read_bytes() for name in ("actors.yaml", "links.yaml")}
    assert served.call("POST", f"/api/items/actor/{first_actor}", {"decision": "accept"})[0] == 200
    assert served.call("POST", f"/api/items/actor/{merged}", {"merge_into": target})[0] == 200
    assert served.call("POST", "/api/undo")[0] == 200
    assert served.call("POST", "/api/undo")[0] == 200
    assert {name: (draft / name).read_bytes() for name in before} == before
    status, answer = served.call("POST", "/api/undo")
    assert status == 409 and answer["error"] == "nothing to undo"


def test_methods_the_api_does_not_offer_are_405(served: Served) -> None:
    assert served.call("GET", "/api/undo")[0] == 405
    assert served.call("POST", "/api/items", {})[0] == 405
def test_the_page_is_served_with_a_strict_content_security_policy(served: Served) -> None:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=10)
    connection.request("GET", "/?token=x", headers={"Host": f"localhost:{served.port}"})
    response = connection.getresponse()
    body = response.read()
    assert response.status == 200 and b"<script" in body
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "unsafe" not in policy
    assert response.getheader("X-Content-Type-Options") == "nosniff"


def test_map_gives_the_vocabularies_and_each_sources_paragraphs(served: Served) -> None:
    status, answer = served.call("GET", "/api/map")
    assert status == 200
    assert answer["languages"][:2] == ["en", "fr"]  # the document's language first
    assert "capacity_building" in [term["id"] for term in answer["vocabulary"]["link_types"]]
    (source,) = answer["sources"].values()
    quote = next(iter(served.items().values()))["fields"]["evidence"][0]
    assert quote["quote"] in source["paragraphs"][quote["para"] - 1].replace("\n", " ")
