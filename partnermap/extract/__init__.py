"""partnermap extract: a first draft map from a policy document, by lexicon rules (no model).

    >>> from partnermap.extract import extract, load_lexicon
    >>> found = extract(text, lexicon=load_lexicon(), language="auto")
    >>> [actor.concept.id for actor in found.actors], len(found.links)

`extract_to_folder` does what the command does: it also writes the draft folder and returns
the report. See docs/extract.md.
"""

from .lexicon import Lexicon, LexiconError, load_lexicon
from .pipeline import DraftActor, Extraction, extract
from .run import extract_to_folder

__all__ = ["DraftActor", "Extraction", "Lexicon", "LexiconError", "extract", "extract_to_folder",
           "load_lexicon"]
