"""Paragraph numbering and quote matching, the basis of every evidence check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from partnermap.cli import cli
from partnermap.textread.paragraphs import QuoteIndex, normalise, split_paragraphs
from partnermap.textread.textfile import Unreadable, read_text_file
from tests.conftest import SEED_MAP

SEED_TEXT = SEED_MAP / "sources" / "hld2006-roundtable4-chair-summary.fr.txt"


def test_paragraphs_are_blocks_between_blank_lines_with_exact_offsets() -> None:
    text = "\n\nTitle\n\nFirst line\nsame paragraph\n   \nLast"
    paragraphs = split_paragraphs(text)
    assert [(p.number, p.text) for p in paragraphs] == [
        (1, "Title"), (2, "First line\nsame paragraph"), (3, "Last")]
    assert all(text[p.start:p.end] == p.text for p in paragraphs)


def test_seed_document_has_thirteen_paragraphs() -> None:
    paragraphs = split_paragraphs(SEED_TEXT.read_text(encoding="utf-8"))
    assert len(paragraphs) == 13
    assert paragraphs[6].text.startswith("Il y a eu un consensus général")
    assert paragraphs[12].text == "Merci, Madame la Présidente."


def test_normalise_only_white_space_and_typographic_quotes() -> None:
    assert normalise("l\u2019Etat  \n «libre»") == "l'Etat \"libre\""
    assert normalise("Étape") != normalise("Etape")


def test_quote_index_finds_quotes_across_line_breaks() -> None:
    index = QuoteIndex("Intro\n\nthe private\nsector and \u201cunions\u201d")
    assert index.contains('private sector and "unions"', 2)
    assert not index.contains("private sector", 1)
    assert index.paragraphs_containing("private") == [2]
    assert index.matching_prefix("the private sector and employers", 2) == "the private sector and "


def test_quotes_are_compared_with_their_letter_case() -> None:
    index = QuoteIndex("Governments must cooperate with trade unions.")
    assert index.contains("Governments must cooperate", 1)
    assert not index.contains("governments must cooperate", 1)
    assert not index.paragraphs_containing("Trade Unions")


# Reading a source document: the same refusals for `validate` and `partnermap paragraphs`.


def test_a_source_is_read_as_utf8_without_its_byte_order_mark(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes(b"\xef\xbb\xbfL\xe2\x80\x99Etat\n")
    assert read_text_file(source) == "L\u2019Etat\n"


@pytest.mark.parametrize(("data", "code", "line"), [
    (b"first\nsecond \xe9\n", "not-utf8", 2),
    (b"first\n\nthird\x00\n", "nul-character", 3),
], ids=["latin-1", "nul"])
def test_a_source_that_is_not_text_is_refused_with_its_line(tmp_path: Path, data: bytes, code: str,
                                                            line: int) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes(data)
    with pytest.raises(Unreadable) as refusal:
        read_text_file(source)
    assert (refusal.value.code, refusal.value.line) == (code, line)


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(Unreadable) as folder:
        read_text_file(tmp_path)
    assert folder.value.code == "not-a-regular-file" and folder.value.is_folder
    with pytest.raises(Unreadable) as missing:
        read_text_file(tmp_path / "nothing.txt")
    assert missing.value.code == "file-not-found"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_paragraphs_refuses_a_named_pipe_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "doc.txt"
    os.mkfifo(pipe)  # opening it for reading would wait until something writes to it

    result = subprocess.run([sys.executable, "-m", "partnermap", "paragraphs", str(pipe)],
                            capture_output=True, text=True, timeout=60)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {pipe}: not a regular file (a named pipe or a device); name a UTF-8 text file\n"


def test_paragraphs_says_where_a_source_is_not_utf8(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes("Résumé\n\nen Latin-1".encode("latin-1"))

    result = CliRunner().invoke(cli, ["paragraphs", str(source)])

    assert result.exit_code == 1
    assert result.output == f"Error: {source}: not UTF-8 text (byte 0xe9 on line 1); save it as UTF-8\n"
