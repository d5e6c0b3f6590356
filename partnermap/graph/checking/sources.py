"""Reading the source documents map.yaml declares: the only step of checking that reads files besides the YAML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...problems import Problem, shown
from ...textread import textfile
from ..model.records import Source
from .fields import RecordChecker
from .records import Record

_SOURCE_NEEDS = frozenset({"path", "title", "date", "language"})


def read_sources(sources: list[Record], data_dir: Path, display: str) -> tuple[dict[str, Source], list[Problem]]:
    """The sources whose fields are right and whose text could be read, by id; `sources` have distinct ids."""
    checker = RecordChecker(display)
    read: dict[str, Source] = {}
    for record in sources:
        fields = record.fields
        if "path" not in fields:
            continue
        text = _source_text(data_dir, fields["path"], record.line_of("path"), checker)
        if text is not None and fields.keys() >= _SOURCE_NEEDS:
            read[fields["id"]] = Source(text=text, **fields)
    return read, checker.problems


def _source_text(data_dir: Path, path: str, line: int, checker: RecordChecker) -> str | None:
    resolved = (data_dir / path).resolve()
    if not resolved.is_relative_to(data_dir.resolve()):
        checker.report(line, f"source path {shown(path)} leaves the map folder; keep sources inside it",
                       code="source-outside-folder")
        return None
    try:
        return textfile.read_text_file(resolved)
    except textfile.Unreadable as refusal:
        checker.report(line, _REFUSALS[refusal.code](shown(path), data_dir, refusal), code=refusal.code)
        return None


_REFUSALS: dict[str, Callable[[str, Path, textfile.Unreadable], str]] = {
    "not-a-regular-file": lambda path, _, refusal: (f"source path {path} is a folder; name a UTF-8 text file"
                                                    if refusal.is_folder else
                                                    f"source path {path} is not a regular file"),
    "file-too-large": lambda path, _, refusal: (f"source file {path} is {refusal.size_mb:.0f} MB, larger than the "
                                                f"{textfile.MAX_FILE_MB} MB partnermap reads; split the document"),
    "file-not-found": lambda path, data_dir, _: f"source file {path} not found in {data_dir}",
    "file-unreadable": lambda path, _, refusal: f"source file {path} cannot be read: {refusal.reason}",
    "not-utf8": lambda path, _, refusal: (f"source file {path} is not UTF-8 text (byte 0x{refusal.byte:02x} on its "
                                          f"line {refusal.line}); save it as UTF-8"),
    "nul-character": lambda path, _, refusal: f"source file {path} holds NUL characters; it is not a text file",
}
