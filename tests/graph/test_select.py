"""Choosing part of a map, as render, export and stats do with --kind, --type, --focus…"""

from __future__ import annotations

import pytest

from partnermap import UsageError, load_map
from partnermap.graph.analysis.select import Selection, select
from tests.conftest import MINIMAL_MAP


@pytest.fixture(scope="module")
def minimal():
    return load_map(MINIMAL_MAP)


def kept(partner_map, **options) -> tuple[list[str], list[str]]:
    chosen = select(partner_map, Selection(**options))
    return list(chosen.actors), list(chosen.links)


def test_no_filter_keeps_everything(minimal) -> None:
    assert select(minimal, Selection()) is minimal


def test_link_type_keeps_only_the_actors_it_joins(minimal) -> None:
    assert kept(minimal, types=("integration",)) == (["civil_society", "local_authorities"], ["civil-society-local"])


def test_actor_kind_drops_the_links_of_other_actors(minimal) -> None:
    assert kept(minimal, kinds=("government", "trade_union")) == (
        ["governments", "trade_unions"], ["gov-unions", "gov-unions-policy"])


def test_strength_and_level(minimal) -> None:
    assert kept(minimal, strengths=("possible",))[1] == ["civil-society-local"]
    assert kept(minimal, levels=("local",)) == (["local_authorities"], [])


def test_focus_and_depth(minimal) -> None:
    assert kept(minimal, focus=("governments",), depth=0) == (["governments"], [])
    assert kept(minimal, focus=("governments",), depth=1) == (
        ["governments", "trade_unions"], ["gov-unions", "gov-unions-policy"])


def test_tour_keeps_only_steps_with_links_left(minimal) -> None:
    assert select(minimal, Selection(types=("integration",))).tour == ()


def test_unknown_values_are_refused_with_a_suggestion(minimal) -> None:
    with pytest.raises(UsageError, match="unknown link type 'capacity' ; did you mean 'capacity_building'?"
                       .replace(" ;", ";")):
        select(minimal, Selection(types=("capacity",)))
    with pytest.raises(UsageError, match="unknown actor 'goverments'; did you mean 'governments'?"):
        select(minimal, Selection(focus=("goverments",)))
