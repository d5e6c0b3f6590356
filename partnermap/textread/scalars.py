"""What a YAML scalar means in a map: the one place both YAML readers (yamlread, yamlquick) type
plain words.

A plain (unquoted) word is read as YAML 1.1 reads it: a number, true/false, null, or text. Dates,
timestamps and other standard types stay the text they are written as. Numbers longer than
MAX_NUMBER_CHARS are refused: Python will not turn more than 4,300 digits into an int.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_NUMBER_CHARS = 100
STANDARD_TAG = "tag:yaml.org,2002:"
STR_TAG = f"{STANDARD_TAG}str"
NUMBER_TAGS = frozenset({f"{STANDARD_TAG}int", f"{STANDARD_TAG}float"})
TRUE_FALSE_NULL_TAGS = frozenset({f"{STANDARD_TAG}bool", f"{STANDARD_TAG}null"})
# The tags a map's scalars may have; any other is refused by yamlread.
PLAIN_SCALAR_TAGS = frozenset({STR_TAG, *NUMBER_TAGS, *TRUE_FALSE_NULL_TAGS})

_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
# Plain words starting with any other character are text: the resolver has no rule for them.
RESOLVED_FIRST_CHARACTERS = frozenset(_resolver.yaml_implicit_resolvers)
# The resolver's rules by first character, as (tag, pattern) pairs.
RESOLVER_RULES: dict[str, list[tuple[str, Any]]] = _resolver.yaml_implicit_resolvers


class NumberTooLong(ValueError):
    """A number of more than MAX_NUMBER_CHARS characters."""


def plain_tag(text: str, implicit: tuple[bool, bool] = (True, False)) -> str:
    """The tag YAML 1.1 gives the plain word `text`."""
    tag: str = _resolver.resolve(yaml.ScalarNode, text, implicit)
    return tag


def typed_scalar(tag: str, text: str) -> Any:
    """The value of the scalar `text` whose tag is `tag`: a number, true/false or None for those tags,
    else the text itself. Raises NumberTooLong for a number over MAX_NUMBER_CHARS characters."""
    if tag == STR_TAG or tag not in PLAIN_SCALAR_TAGS:
        return text  # timestamps and the like stay as written: dates are text here
    if tag in NUMBER_TAGS and len(text) > MAX_NUMBER_CHARS:
        raise NumberTooLong(text)
    return _constructor.yaml_constructors[tag](_constructor, yaml.ScalarNode(tag, text))
