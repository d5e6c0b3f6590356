"""Country actors from pycountry: every ISO 3166 country, with its English and French names.

Each country becomes a concept of kind government (a named government stays distinct from the
generic "Governments"), whose phrases are the frames of lexicons/countries.yaml filled with the
country's names and adjectives. French names come from pycountry's own gettext catalogue of
ISO 3166-1 translations.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry
import yaml

from .lexicon import Concept
from .tokens import fold

COUNTRIES_FILE = "countries.yaml"
_ADJECTIVE_ENDINGS = ("ienne", "aise", "aine", "oise")
"""A French short form ending so is an adjective ("Syrienne, République arabe"), not a name."""


def _uninverted(name: str) -> list[str]:
    """'Moldova, Republic of' -> ['Moldova', 'Republic of Moldova']; a name without comma as it is."""
    name = re.sub(r"\s*\(.*\)$", "", name).strip()
    if ", " not in name:
        return [name]
    short, rest = name.split(", ", 1)
    if rest.endswith("'"):
        full = f"{rest}{short}"
    elif rest.split()[-1].lower() in ("of", "de", "du", "of the", "des", "the"):
        full = f"{rest} {short}"
    else:
        full = f"{rest} {short[:1].lower()}{short[1:]}" if short.endswith(_ADJECTIVE_ENDINGS) else f"{rest} {short}"
    forms = [full]
    if not short.endswith(_ADJECTIVE_ENDINGS):
        forms.insert(0, short)
    return [_capitalised(form) for form in forms]


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(name).replace("'", "")).strip("_")


def _names(country: Any, translate: gettext.NullTranslations | None) -> list[str]:
    # The common name first ("North Korea", "Syria"): it is the name the actor is shown with.
    written = [getattr(country, field, None) for field in ("common_name", "name", "official_name")]
    if translate is not None:
        written = [translate.gettext(name) for name in written if name]
    return list(dict.fromkeys(form for name in written if name for form in _uninverted(name)))


@lru_cache(maxsize=1)
def _french() -> gettext.NullTranslations | None:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # a pycountry without its catalogues: English names only
        return None


@lru_cache(maxsize=1)
def _loaded() -> dict[str, Any]:
    data = (resources.files("partnermap") / "extract" / "lexicons" / COUNTRIES_FILE).read_bytes()
    loaded: dict[str, Any] = yaml.safe_load(data)
    return loaded


def _frames() -> tuple[dict[str, list[str]], dict[str, dict[str, list[str]]]]:
    loaded = _loaded()
    return loaded["frames"], loaded["adjectives"]


def _also_named(code: str, language: str) -> list[str]:
    """Names the UN or common use gives a country besides pycountry's ("Iraq" in French, "Turkey")."""
    names: dict[str, dict[str, list[str]]] = _loaded().get("also_named") or {}
    return list(names.get(code, {}).get(language, ()))


def _common_words(language: str) -> frozenset[str]:
    """Country names that are also ordinary words of `language` ("Réunion", a meeting, in titles)."""
    words: dict[str, list[str]] = _loaded().get("common_words") or {}
    return frozenset(word.casefold() for word in words.get(language, ()))


def _phrases(frames: list[str], names: Iterable[str], adjectives: Iterable[str],
             common_words: frozenset[str] = frozenset()) -> tuple[str, ...]:
    phrases = []
    for frame in frames:
        if "{adjective}" in frame:
            phrases += [frame.replace("{adjective}", adjective) for adjective in adjectives]
        else:
            phrases += [frame.replace("{country}", name) for name in names
                        if frame != "{country}" or name.casefold() not in common_words]
    return tuple(dict.fromkeys(phrases))


@lru_cache(maxsize=4)
def adjectives_by_concept(language: str) -> dict[str, tuple[str, ...]]:
    """Per country concept id, its adjectives in `language`."""
    _, adjectives = _frames()
    by_code = {country.alpha_2: concept_id for concept_id, country in _countries_by_id().items()}
    return {by_code[code]: tuple(words.get(language, ())) for code, words in adjectives.items() if code in by_code}


@lru_cache(maxsize=1)
def _countries_by_id() -> dict[str, Any]:
    """pycountry's countries (records without type hints) keyed by concept id."""
    found: dict[str, Any] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        concept_id = _slug(_names(country, None)[0])
        found[concept_id if concept_id not in found else f"{concept_id}_{country.alpha_2.lower()}"] = country
    return found


@lru_cache(maxsize=1)
def country_concepts() -> dict[str, Concept]:
    """One government concept per ISO 3166 country, keyed by id (its English short name, slugged)."""
    frames, adjectives = _frames()
    concepts: dict[str, Concept] = {}
    every = {concept_id: {"en": _names(country, None), "fr": _names(country, _french()) if _french() else []}
             for concept_id, country in _countries_by_id().items()}
    # A short form two countries share ("Congo", "Korea" from "Korea, Republic of") names neither,
    # unless it is one country's own name as ISO writes it (the Republic of the Congo is "Congo").
    # Counted once per country, whatever its languages: "Moldova" is its English and French name.
    counts = Counter(name for names in every.values()
                     for name in {n.casefold() for code in names for n in names[code]})
    for concept_id, country in _countries_by_id().items():
        names = every[concept_id]
        for code in ("en", "fr"):
            kept = [n for n in names[code] if counts[n.casefold()] == 1 or n == country.name]
            names[code] = kept or names[code]
        if not names["fr"]:
            names["fr"] = names["en"]
        for code in ("en", "fr"):
            names[code] += [name for name in _also_named(country.alpha_2, code) if name not in names[code]]
        own = adjectives.get(getattr(country, "alpha_2", ""), {})
        concepts[concept_id] = Concept(
            id=concept_id,
            name={"en": names["en"][0], "fr": names["fr"][0]},
            kind="government",
            level="national",
            phrases={code: _phrases(frames[code], names[code], own.get(code, ()), _common_words(code))
                     for code in ("en", "fr")},
        )
    return concepts
