"""`partnermap render` on a map too large for a browser: a clear message instead of a page."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.generate import generate_map
from partnermap import load_map
from partnermap.cli import cli
from partnermap.render.options import vis_options
from partnermap.render.scale import LARGE_MAP, MAX_ACTORS, MAX_ACTORS_VARIABLE, max_actors, vis_options_for


@pytest.fixture(scope="module")
def map_of_300(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_map(tmp_path_factory.mktemp("limit") / "map", actors=300, seed=9)


def test_a_map_over_the_limit_is_refused_with_the_filters_to_use(map_of_300: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_ACTORS_VARIABLE, "250")
    output = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["render", str(map_of_300), "-o", str(output)])
    assert result.exit_code == 1
    assert not output.exists()
    # The examples come from the map: its rarest kind and its most connected actor.
    partner_map = load_map(map_of_300)
    kinds = Counter(actor.kind for actor in partner_map.actors.values())
    rarest = min(kinds, key=lambda kind: (kinds[kind], kind))
    degree = Counter(end for link in partner_map.links.values() for end in (link.from_actor, link.to_actor))
    hub = max(degree, key=lambda actor: (degree[actor], actor))
    assert " ".join(result.output.split()) == (
        "Error: the map has 300 actors and 900 links: a page this large takes minutes to open in a browser, "
        "if it opens at all (the limit is 250 actors). Render part of it: one kind of actor "
        f"(e.g. --kind {rarest}: {kinds[rarest]} actors), or the actors around one actor (e.g. --focus {hub} "
        "--depth 1). `partnermap export` writes the whole map for Gephi; --force writes the page anyway.")
    message = result.output
    assert "Traceback" not in message


def test_the_suggested_filters_work_and_force_writes_the_page(map_of_300: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_ACTORS_VARIABLE, "250")
    refused = CliRunner().invoke(cli, ["render", str(map_of_300), "-o", str(tmp_path / "x.html")])
    focus = refused.output.split("--focus ")[1].split()[0]
    for options in (["--kind", "multilateral_process"], ["--focus", focus], ["--force"]):
        output = tmp_path / f"{options[0].strip('-')}.html"
        result = CliRunner().invoke(cli, ["render", str(map_of_300), "-o", str(output), *options])
        assert result.exit_code == 0, result.output
        assert output.stat().st_size > 0


def test_the_limit_is_20000_actors_unless_the_variable_lowers_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_ACTORS_VARIABLE, raising=False)
    assert max_actors() == MAX_ACTORS == 20000
    monkeypatch.setenv(MAX_ACTORS_VARIABLE, "not a number")
    assert max_actors() == MAX_ACTORS


def test_large_maps_hide_edges_while_moving_and_drop_hover() -> None:
    assert vis_options_for(LARGE_MAP) == {}
    small, large = vis_options(30)["interaction"], vis_options(LARGE_MAP + 1)["interaction"]
    assert (small["hover"], small["hideEdgesOnDrag"]) == (True, False)
    assert (large["hover"], large["hideEdgesOnDrag"], large["hideEdgesOnZoom"]) == (False, True, True)
    # The page's other interaction options are kept.
    assert large["tooltipDelay"] == small["tooltipDelay"]


def test_large_maps_draw_links_as_solid_lines(tmp_path: Path) -> None:
    """Dashes are the costliest part of a frame; past LARGE_MAP actors colour alone tells link types apart."""
    from partnermap.render.network_data import network_data

    def dashed_edges(actors: int) -> int:
        partner_map = load_map(generate_map(tmp_path / str(actors), actors=actors, seed=2), check_quotes=False)
        positions = dict.fromkeys(partner_map.actors, (0.0, 0.0))
        return sum(1 for edge in network_data(partner_map, positions=positions).edges if edge.get("dashes"))

    assert dashed_edges(LARGE_MAP) > 0
    assert dashed_edges(LARGE_MAP + 1) == 0
