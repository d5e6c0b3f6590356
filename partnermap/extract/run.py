"""The whole extract command as one library call: read, extract, write the draft, report."""

from __future__ import annotations

import datetime
from pathlib import Path

from ..errors import UsageError
from ..graph.checking.fields import DATE
from .cooccurrence import PairModel
from .document import guess_date, guess_title, read_document
from .draft import USER_LEXICON, SourceInfo, check_output_dir, draft_files, map_languages, source_id, write_draft
from .lexicon import load_lexicon
from .pipeline import AUTO, extract
from .report import Report, build_report


def extract_to_folder(document: Path, out_dir: Path, *, language: str = AUTO,
                      lexicon_files: tuple[Path, ...] = (), date: str | None = None,
                      force: bool = False, pair_model: PairModel | None = None) -> Report:
    """Draft a map of `document` in `out_dir` and return the report.

    The lexicon is the shipped one, extended by `out_dir/lexicon.yaml` when it exists, then by
    `lexicon_files` in order. With a `pair_model` (cooccurrence.py) the draft also holds the pairs
    of actors it scores high enough. Raises PartnermapError subclasses with a message for the user.
    """
    if date is not None and not DATE.match(date):
        raise UsageError(f"--date {date!r} is not a date written YYYY-MM-DD")
    check_output_dir(out_dir, force=force)  # before any work: a refusal costs nothing
    text = read_document(document)
    extra = ((out_dir / USER_LEXICON,) if (out_dir / USER_LEXICON).is_file() else ()) + tuple(lexicon_files)
    lexicon = load_lexicon(extra)
    extraction = extract(text, lexicon=lexicon, language=language, pair_model=pair_model)
    chosen_date, date_note = _source_date(date, text, document)
    source = SourceInfo(
        id=source_id(document.name),
        file_name=document.name,
        title=guess_title(extraction.document.paragraphs[0].text),
        date=chosen_date,
        language=extraction.language.language,
    )
    languages = map_languages(extraction, list(lexicon.languages))
    files = draft_files(extraction, source=source, languages=languages)
    # Quotes are slices of the cleaned text: the draft keeps that text as its source when the
    # clean-up changed anything, so every quote is found where the validator looks.
    cleaned = extraction.document.text != text.replace("\r\n", "\n")
    source_text = extraction.document.text if cleaned else text
    write_draft(out_dir, files, source=source, document_text=source_text, force=force)
    return build_report(extraction, document=str(document), out_dir=str(out_dir), date=chosen_date,
                        date_note=date_note, lexicon_files=lexicon.files, cleaned=cleaned)


def _source_date(date: str | None, text: str, document: Path) -> tuple[str, str]:
    if date is not None:
        return date, "as given"
    found = guess_date(text)
    if found:
        return found, "the first date in the text; correct it in map.yaml if needed"
    modified = datetime.datetime.fromtimestamp(document.stat().st_mtime, tz=datetime.timezone.utc)
    return modified.strftime("%Y-%m-%d"), "no date in the text: the file's date; set it in map.yaml or use --date"
