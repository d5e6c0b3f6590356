"""The partnermap command line: parses options, calls the library, prints. The only module that exits."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .errors import InvalidMapError, PartnermapError
from .graph.checking.load import default_data_dir, load_map
from .graph.model.records import PartnerMap
from .graph.output.export.formats import EXPORT_FORMATS, ExportOptions, formats_taking
from .graph.output.export.gexf import GEXF_VERSIONS

if TYPE_CHECKING:  # the extract package loads only when a command needs it
    from .extract.cooccurrence import PairModel

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

_Command = TypeVar("_Command", bound=Callable[..., Any])


class _Group(click.Group):
    """Turns library errors into a one-line message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InvalidMapError as error:
            for problem in error.problems:
                click.echo(problem.format(), err=True)
            raise click.ClickException(_count(len(error.problems), "problem") + " in the map") from None
        except PartnermapError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="partnermap")
def cli() -> None:
    """Turn a policy document into a map of who should work with whom.

    A map is a folder holding map.yaml, actors.yaml, links.yaml and the source
    documents they quote. DATA_DIR defaults to ./data when it holds a map, else
    to the map that ships with partnermap.
    """


def data_dir_argument(command: _Command) -> _Command:
    """The optional DATA_DIR argument shared by every command that reads a map."""
    return click.argument(
        "data_dir", required=False, type=click.Path(file_okay=False, path_type=Path),
        metavar="[DATA_DIR]",
    )(command)


def resolve_data_dir(data_dir: Path | None) -> Path:
    """DATA_DIR as given, or the default; a folder without map.yaml is a usage error (exit 2)."""
    chosen = data_dir if data_dir is not None else default_data_dir()
    if not chosen.is_dir():
        raise click.BadParameter(f"folder '{chosen}' does not exist", param_hint="DATA_DIR")
    if not (chosen / "map.yaml").is_file():
        raise click.BadParameter(
            f"folder '{chosen}' holds no map.yaml; a map folder has map.yaml, actors.yaml and "
            "links.yaml", param_hint="DATA_DIR")
    return chosen


def load_or_fail(data_dir: Path | None) -> PartnerMap:
    """The map in DATA_DIR; an invalid map lists its problems and exits 1 (see _Group)."""
    return load_map(resolve_data_dir(data_dir))


def _split_values(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """Accept both `--kind a --kind b` and `--kind a,b`."""
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


_SELECTION_OPTIONS = [
    ("--kind", "kinds", "Keep actors of this kind (repeat or separate with commas)."),
    ("--level", "levels", "Keep actors working at this level."),
    ("--type", "types", "Keep links of this type, and the actors they join."),
    ("--strength", "strengths", "Keep links of this strength (required, recommended, endorsed, possible)."),
    ("--source", "sources", "Keep links quoted from this source id."),
    ("--focus", "focus", "Keep only the actors near this actor id (see --depth)."),
]


def selection_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose part of a map, shared by render, export and stats.

    The command receives one `selection` argument (a partnermap.graph.analysis.select.Selection).
    """
    import functools

    from .graph.analysis.select import Selection

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for _, name, _ in _SELECTION_OPTIONS}
        kwargs["selection"] = Selection(depth=kwargs.pop("depth"), **values)
        return command(*args, **kwargs)

    wrapper = click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
                           help="With --focus: how many links away from the focus actors to keep.")(wrapper)
    for flag, name, help_text in reversed(_SELECTION_OPTIONS):
        wrapper = click.option(flag, name, multiple=True, callback=_split_values, metavar="ID",
                               help=help_text)(wrapper)
    return wrapper


def load_selection_or_fail(data_dir: Path | None, selection: Any) -> PartnerMap:
    """The map in DATA_DIR narrowed to `selection` (unknown ids are a usage error, exit 2)."""
    from .errors import UsageError
    from .graph.analysis.select import select

    partner_map = load_or_fail(data_dir)
    try:
        return select(partner_map, selection)
    except UsageError as error:
        raise click.UsageError(str(error)) from None


def _stdout_bytes() -> Any:
    """Standard output as a binary stream, for `-o -` (click's get_binary_stream is deprecated)."""
    return sys.stdout.buffer


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@cli.command()
@data_dir_argument
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: one 'file:line: message' per problem; json: for machines.")
@click.option("--no-quotes", is_flag=True, help="Skip checking that quotes appear in their sources.")
def validate(data_dir: Path | None, output_format: str, no_quotes: bool) -> None:
    """Check every file of a map and report every problem, as file:line: message.

    Exits 0 when the map is valid, 1 when it has problems.
    """
    from .graph.checking.validate import read_map

    chosen = resolve_data_dir(data_dir)
    partner_map, problems = read_map(chosen, check_quotes=not no_quotes)  # read once, even for counts
    if output_format == "json":
        report = {"data_dir": str(chosen), "valid": not problems,
                  "problems": [p.to_dict() for p in problems]}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(problem.format())
    if problems:
        if output_format == "text":
            click.echo(f"{_count(len(problems), 'problem')} in {chosen}", err=True)
        sys.exit(1)
    if output_format == "text" and partner_map is not None:
        click.echo(f"{chosen}: valid ({_count(len(partner_map.actors), 'actor')}, "
                   f"{_count(len(partner_map.links), 'link')}, "
                   f"{_count(len(partner_map.sources), 'source')})", err=True)


@cli.command()
@click.argument("name", type=click.Choice(["map", "actors", "links"]))
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Include the kinds and link types this map declares.")
def schema(name: str, data_dir: Path | None) -> None:
    """Print the JSON Schema of map.yaml, actors.yaml or links.yaml, for editors.

    \b
    e.g. partnermap schema actors > actors.schema.json
    """
    from .graph.checking.schema import json_schema

    vocabulary = load_or_fail(data_dir).vocabulary if data_dir else None
    click.echo(json.dumps(json_schema(name, vocabulary), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("source", type=click.Path(dir_okay=False, exists=True, path_type=Path))
def paragraphs(source: Path) -> None:
    """Print a source text's paragraphs with the numbers evidence uses."""
    from .textread.paragraphs import split_paragraphs
    from .textread.textfile import MAX_FILE_MB, Unreadable, read_text_file

    try:
        text = read_text_file(source)
    except Unreadable as refusal:
        reason = {
            "not-a-regular-file": "not a regular file (a named pipe or a device); name a UTF-8 text file",
            "file-too-large": f"{refusal.size_mb:.0f} MB, larger than the {MAX_FILE_MB} MB partnermap reads",
            "file-not-found": "file not found",
            "file-unreadable": f"cannot be read: {refusal.reason}",
            "not-utf8": f"not UTF-8 text (byte 0x{refusal.byte:02x} on line {refusal.line}); save it as UTF-8",
            "nul-character": f"holds NUL characters (line {refusal.line}); it is not a text file",
        }[refusal.code]
        raise click.ClickException(f"{source}: {reason}") from None
    for paragraph in split_paragraphs(text):
        click.echo(f"[{paragraph.number}] {paragraph.text}\n")


@cli.command()
@click.argument("document", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", metavar="DRAFT_DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the draft map into (created when missing).")
@click.option("--into", "into_dir", metavar="DATA_DIR", type=click.Path(file_okay=False, path_type=Path),
              help="Add the document to the existing map in DATA_DIR instead: new actors and links, new quotes "
                   "for the links it restates, all marked needs_review (see docs/extract.md).")
@click.option("--url", metavar="URL", help="With --into: where the document was published, kept in its source entry.")
@click.option("--lang", default="auto", show_default=True, metavar="auto|fr|en",
              help="Language of the document; auto tells it from its common words.")
@click.option("--lexicon", "lexicons", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Lexicon file extending the shipped one (repeatable); DRAFT_DIR/lexicon.yaml is read "
                   "first when present.")
@click.option("--date", metavar="YYYY-MM-DD", help="Date of the document; default: the first date in its text.")
@click.option("--force", is_flag=True, help="Overwrite the draft files in a DRAFT_DIR that is not empty.")
@click.option("--report", "report_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Form of the report printed on standard output.")
@click.option("--cooccurrence", is_flag=True,
              help="Also draft pairs of actors that share sentences when a model fitted on annotated documents "
                   "scores them high enough: more links found, more to reject (see docs/extract.md).")
def extract(document: Path, out_dir: Path | None, into_dir: Path | None, url: str | None, lang: str,
            lexicons: tuple[Path, ...], date: str | None, force: bool, report_format: str,
            cooccurrence: bool) -> None:
    """Draft a map from a policy document (UTF-8 text), for a curator to correct.

    Cleans the text (hyphenation, page headers, footnote marks), finds the actors it names (by
    lexicons of French and English expressions, named bodies and pycountry's countries, no
    model) and proposes a link where a cooperation cue joins two of them as subject and partner,
    with a type, a strength, a confidence and needs_review: true. A document in a language
    without lexicon is refused unless --lang forces one. Writes map.yaml,
    actors.yaml, links.yaml and a copy of the document into DRAFT_DIR, then prints what it
    found and the sentences that looked relevant but gave nothing. See docs/extract.md.

    With --into DATA_DIR the document joins an existing map instead: each drafted actor is
    matched to the map's by id, names and aliases; only what is new is added, and a link the
    map already has gains the document's quotes. Existing lines are kept byte for byte.

    \b
    e.g. partnermap extract summary.fr.txt -o draft && partnermap render draft
         partnermap extract hld2013.en.txt --into data && partnermap review data
    """
    from .extract import extract_to_folder
    from .extract.cooccurrence import shipped_model
    from .extract.report_text import report_text

    either = "give either -o DRAFT_DIR (a new draft map) or --into DATA_DIR (an existing map)"
    if into_dir is not None:
        if out_dir is not None:
            raise click.UsageError(either)
        _merge_document(document, into_dir, url, lang, lexicons, date, force, report_format,
                        shipped_model() if cooccurrence else None)
        return
    if out_dir is None:
        raise click.UsageError(either)
    if url is not None:
        raise click.UsageError("--url applies with --into only; in a new draft, add url: to the source in map.yaml")
    report = extract_to_folder(document, out_dir, language=lang, lexicon_files=lexicons, date=date,
                               force=force, pair_model=shipped_model() if cooccurrence else None)
    _echo_report(report.to_dict(), lambda: report_text(report), report_format)


def _echo_report(as_dict: dict[str, Any], as_text: Callable[[], str], report_format: str) -> None:
    """An extract or merge report: JSON, or its text (built only when asked for)."""
    if report_format == "json":
        click.echo(json.dumps(as_dict, ensure_ascii=False, indent=2))
    else:
        click.echo(as_text(), nl=False)


def _merge_document(document: Path, into_dir: Path, url: str | None, lang: str, lexicons: tuple[Path, ...],
                    date: str | None, force: bool, report_format: str, pair_model: PairModel | None) -> None:
    from .extract.merge import merge_into

    if force:
        raise click.UsageError("--force applies to -o only: --into never overwrites what the map holds")
    try:
        data_dir = resolve_data_dir(into_dir)
    except click.BadParameter as error:
        error.param_hint = "--into"
        raise
    report = merge_into(document, data_dir, language=lang, lexicon_files=lexicons, date=date,
                        url=url, pair_model=pair_model)
    from .extract.merge_text import merge_text

    _echo_report(report.to_dict(), lambda: merge_text(report), report_format)


# The export options only some formats take: the flags, and the ExportOptions fields they set.
_FORMAT_FLAGS = (
    (("--gexf-version",), ("gexf_version",)),
    (("--width", "--height", "--dpi"), ("width", "height", "dpi")),
    (("--bom",), ("bom",)),
)


# The file names that choose a format written as one file, for the help of -o.
_ONE_FILE_EXTENSIONS = [extension for record in EXPORT_FORMATS.values() if not record.into_folder
                        for extension in record.extensions]


def _taking(option: str) -> str:
    """The formats an export option applies to, as "svg/png"."""
    return "/".join(formats_taking(option))


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


@cli.command()
@data_dir_argument
@click.option("-o", "--output", required=True, metavar="PATH",
              help=f"Where to write: a {_or(_ONE_FILE_EXTENSIONS)} file; for CSV a folder, a .zip or "
                   "NAME.csv (NAME-nodes.csv, NAME-edges.csv); - for standard output (text formats).")
@click.option("--format", "export_format", type=click.Choice(list(EXPORT_FORMATS)),
              help="Format to write; default: guessed from PATH. json is networkx node-link data, graphology "
                   "is graphology's JSON (Gephi Lite).")
@click.option("--lang", metavar="CODE", help="Language of labels and texts; default: the map's first language.")
@click.option("--gexf-version", type=click.Choice(GEXF_VERSIONS),
              help=f"GEXF version (default {ExportOptions.gexf_version}; 1.2draft for older tools, without per-type "
                   "edge kinds).")
@click.option("--width", type=click.IntRange(100, 8000),
              help=f"{_taking('width')}: width in pixels (default {ExportOptions.width}).")
@click.option("--height", type=click.IntRange(100, 8000),
              help=f"{_taking('height')}: height in pixels (default {ExportOptions.height}).")
@click.option("--dpi", type=click.IntRange(30, 1200),
              help=f"{_taking('dpi')}: dots per inch (default {ExportOptions.dpi}).")
@click.option("--bom", is_flag=True, default=None,
              help=f"{_taking('bom')}: start files with a byte-order mark, for Excel.")
@click.option("--no-metrics", is_flag=True, help="Leave out the per-actor measures (degree, betweenness…).")
@selection_options
def export(data_dir: Path | None, output: str, export_format: str | None, lang: str | None,
           gexf_version: str | None, width: int | None, height: int | None, dpi: int | None,
           bom: bool | None, no_metrics: bool, selection: Any) -> None:
    """Export the map (or the part chosen with --kind, --type, --focus…) for other tools.

    \b
    GEXF for Gephi, GraphML for igraph/Cytoscape, JSON for networkx or
    Gephi Lite, CSV for spreadsheets and Kumu, SVG/PNG for reports. Colours,
    sizes and positions are the HTML map's. See docs/exports.md.

    \b
    e.g. partnermap export -o map.gexf
         partnermap export --type capacity_building -o capacity.png
         partnermap export --format graphml -o - | gzip > map.graphml.gz
    """
    from .errors import UsageError
    from .graph.output.export import export_bytes, guess_format, write_export

    chosen = export_format or (None if output == "-" else guess_format(output))
    if chosen is None:
        hint = "with -o -" if output == "-" else f"from '{output}'"
        raise click.UsageError(f"cannot tell the export format {hint}; add --format {_or(list(EXPORT_FORMATS))}")
    given = {"gexf_version": gexf_version, "width": width, "height": height, "dpi": dpi, "bom": bom}
    _check_export_options(chosen, output, {name: value for name, value in given.items() if value is not None})
    default = ExportOptions()
    options = ExportOptions(
        language=lang, metrics=not no_metrics,
        gexf_version=gexf_version if gexf_version is not None else default.gexf_version,
        width=width if width is not None else default.width,
        height=height if height is not None else default.height,
        dpi=dpi if dpi is not None else default.dpi,
        bom=bom if bom is not None else default.bom,
    )
    partner_map = load_selection_or_fail(data_dir, selection)
    try:
        if output == "-":
            _stdout_bytes().write(export_bytes(partner_map, chosen, options))
            return
        written = write_export(partner_map, chosen, output, options)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    counts = f"{_count(len(partner_map.actors), 'actor')}, {_count(len(partner_map.links), 'link')}"
    click.echo(f"wrote {', '.join(str(path) for path in written)} ({counts})", err=True)


def _check_export_options(format_name: str, output: str, given: dict[str, Any]) -> None:
    """Refuse options the chosen format would ignore, and formats standard output cannot take.

    `given` holds the ExportOptions fields the user set; EXPORT_FORMATS says which format takes which.
    """
    chosen = EXPORT_FORMATS[format_name]
    refusal = chosen.stdout_refusal()
    if output == "-" and refusal:
        raise click.UsageError(refusal)
    for flags, names in _FORMAT_FLAGS:
        if any(name in given and name not in chosen.options for name in names):
            verb = "applies" if len(flags) == 1 else "apply"
            raise click.UsageError(f"{_and(list(flags))} {verb} to {_and(formats_taking(names[0]))} only, "
                                   f"not {format_name}")


@cli.command()
@data_dir_argument
@click.option("-o", "--output", default="map.html", show_default=True, metavar="PATH",
              help="Where to write the HTML page; - for standard output.")
@click.option("--lang", metavar="CODE", help="Language the page opens in (readers can switch); default: the "
                                             "map's first language.")
@click.option("--theme", type=click.Choice(["light", "projector"]), default="light", show_default=True,
              help="projector opens the page in workshop mode: high contrast, large labels, arrow keys.")
@click.option("--physics", is_flag=True, help="Let the layout move and settle in the browser (default: fixed "
                                              "positions computed by partnermap).")
@click.option("--screenshot", type=click.Path(dir_okay=False, path_type=Path), metavar="PNG",
              help="Also save a PNG picture of the page, drawn by Chromium (/usr/bin/chromium or "
                   "$PARTNERMAP_CHROMIUM).")
@click.option("--force", is_flag=True, help="Write the page even for a map too large for a browser to open "
                                            "in reasonable time (over 20,000 actors).")
@click.option("--at", "at_date", metavar="YYYY-MM-DD",
              help="The map as it stood at this date: only the sources dated up to it and what they quote "
                   "(with --screenshot, a picture of the map at that date).")
@selection_options
def render(data_dir: Path | None, output: str, lang: str | None, theme: str, physics: bool,
           screenshot: Path | None, force: bool, at_date: str | None, selection: Any) -> None:
    """Write the interactive map: one HTML file that works offline, to open, mail or project.

    \b
    Search, filters, legend, evidence panel, French/English switch,
    workshop mode (key w, arrow keys step through the tour), PNG export.
    e.g. partnermap render -o map.html
         partnermap render --type capacity_building --lang en -o capacity.html
         partnermap render --theme projector -o workshop.html --screenshot workshop.png
    """
    from .graph.output.layout import start_layout
    from .outputs import write_atomic, write_atomic_files
    from .render.html import render_html
    from .render.scale import PANEL_METRICS_MAX_ACTORS, check_page_size

    partner_map = load_selection_or_fail(data_dir, selection)
    if at_date is not None:
        partner_map = _map_at_or_fail(partner_map, at_date)
    check_page_size(partner_map, force=force)
    if lang is not None and lang not in partner_map.languages:
        raise click.BadParameter(f"'{lang}' is not one of the map's languages ({', '.join(partner_map.languages)})",
                                 param_hint="--lang")
    if screenshot is not None:  # checked first: a wrong path is reported before Chromium's seconds of work
        from .outputs import check_target
        from .render.browser import check_browser

        if output != "-" and Path(output).resolve() == screenshot.resolve():
            raise click.UsageError("--screenshot and -o name the same file: give the picture its own name")
        check_browser()
        for target in ([] if output == "-" else [output]) + [screenshot]:
            check_target(target)
    # Started first: on large maps igraph lays the map out in a child process during the measures.
    layout = start_layout(partner_map)
    metrics = None
    if len(partner_map.actors) <= PANEL_METRICS_MAX_ACTORS:
        from .graph.analysis.metrics import actor_metrics

        metrics = actor_metrics(partner_map)
    page = render_html(partner_map, language=lang, theme=theme, metrics=metrics, physics=physics, layout=layout)
    if screenshot is None:
        if output == "-":
            _stdout_bytes().write(page.encode("utf-8"))
        else:
            write_atomic(output, page)
    else:  # the picture is taken first, so that the page and the picture are written both or neither
        picture = _take_screenshot(page, output)
        if output == "-":
            write_atomic(screenshot, picture)
            _stdout_bytes().write(page.encode("utf-8"))
        else:
            write_atomic_files({output: page, screenshot: picture})
    if output != "-":
        click.echo(f"wrote {output} ({_count(len(partner_map.actors), 'actor')}, "
                   f"{_count(len(partner_map.links), 'link')})", err=True)
    if screenshot is not None:
        click.echo(f"wrote {screenshot}", err=True)


def _map_at_or_fail(partner_map: PartnerMap, date: str) -> PartnerMap:
    """The map as it stood at `date`; a malformed date, or one before every source, is a usage error."""
    from .graph.analysis.timeline import map_at
    from .graph.checking.fields import DATE

    if not DATE.match(date):
        raise click.BadParameter(f"{date!r} is not a date written YYYY-MM-DD", param_hint="--at")
    at = map_at(partner_map, date)
    if not at.sources:
        first = min(source.date for source in partner_map.sources.values())
        raise click.BadParameter(f"{date} is before the map's first source ({first}): nothing to show",
                                 param_hint="--at")
    return at


def _take_screenshot(page: str, output: str) -> bytes:
    """Chromium's picture of `page`; on failure the error says that no file was touched."""
    from .render.browser import BrowserError, screenshot

    try:
        return screenshot(page)
    except BrowserError as error:
        kept = f", the previous {output} is unchanged" if output != "-" and Path(output).exists() else ""
        raise BrowserError(f"{error}; nothing was written{kept}") from None


@cli.command()
@data_dir_argument
@click.option("--format", "output_format", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="table: a report to read; json: everything, for machines; csv: one table "
                                      "(see --table).")
@click.option("--table", "csv_table", type=click.Choice(["actors", "counts", "communities", "brokers", "coverage",
                                                         "gaps", "link_dates", "actor_dates", "documents"]),
              help="csv: which table to print (default: actors, one row per actor with its measures; link_dates, "
                   "actor_dates: how many documents state each link or actor, and the first one's date; "
                   "documents: what each document adds and restates).")
@click.option("--lang", metavar="CODE", help="Language of names, labels and reasons; default: the map's first "
                                             "language.")
@selection_options
def stats(data_dir: Path | None, output_format: str, csv_table: str | None, lang: str | None,
          selection: Any) -> None:
    """Measure the map (or the part chosen with --kind, --type, --focus…): who is central, who
    brokers between groups, what is missing.

    \b
    Per actor: degree, strength-weighted degree, betweenness, PageRank, community.
    For the map: counts by kind, level, type, strength and source; density;
    components; communities; brokers, with the reason in words; the coverage
    matrix (actor kind x link type); gaps. With several dated sources: per link
    and actor, how many documents state it and since when; per document, what
    it adds and restates. Per source: the paragraphs the map cites, and the
    first words of those it does not. See docs/analysis.md.
    e.g. partnermap stats
         partnermap stats --format csv > actors.csv
         partnermap stats --type capacity_building --format json
    """
    from .graph.analysis.metrics import map_stats
    from .graph.output.stats_text import stats_csv, stats_table

    if csv_table is not None and output_format != "csv":
        raise click.UsageError(f"--table applies to --format csv only, not {output_format}")
    partner_map = load_selection_or_fail(data_dir, selection)
    if lang is not None and lang not in partner_map.languages:
        raise click.BadParameter(f"'{lang}' is not one of the map's languages ({', '.join(partner_map.languages)})",
                                 param_hint="--lang")
    report = map_stats(partner_map, language=lang, selection=selection.describe())
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif output_format == "csv":
        click.echo(stats_csv(report, csv_table or "actors"), nl=False)
    else:
        click.echo(stats_table(report, partner_map.vocabulary), nl=False)


@cli.command(name="diff")
@click.argument("old_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("new_dir", type=click.Path(file_okay=False, path_type=Path), required=False)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: a summary to review; json: every difference, for machines.")
@click.option("--at", "dates", multiple=True, metavar="YYYY-MM-DD",
              help="Twice, with one map: compare the map as it stood at the first date (the sources dated up "
                   "to it and what they quote) with the map at the second.")
def diff_command(old_dir: Path, new_dir: Path | None, output_format: str, dates: tuple[str, ...]) -> None:
    """Show what changed between two versions of a map: actors, links and sources added,
    removed or changed field by field (evidence included), matched by id.

    Exits 0 when the maps say the same thing, 1 when they differ, 2 on trouble (a missing
    folder, a map that cannot be read), like diff(1). Quotes are not checked against the
    sources here: run `partnermap validate` for that. See docs/analysis.md.

    With --at DATE --at DATE and one folder, compares one map at two dates: the links and
    actors the later documents add, and the evidence they add to links already there.

    \b
    e.g. git worktree add /tmp/base main && partnermap diff /tmp/base/data data
         partnermap diff data --at 2006-12-31 --at 2013-12-31
    """
    from .graph.analysis.diff import diff_maps
    from .graph.output.diff_text import diff_text

    if dates:
        _diff_dates(old_dir, new_dir, dates, output_format)
    if new_dir is None:
        raise click.UsageError("give two map folders (OLD_DIR NEW_DIR), or one and --at DATE --at DATE")
    difference = diff_maps(_map_to_compare(old_dir, "OLD_DIR"), _map_to_compare(new_dir, "NEW_DIR"))
    if output_format == "json":
        report = {"old": str(old_dir), "new": str(new_dir), **difference.to_dict()}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(diff_text(difference), nl=False)
    sys.exit(0 if difference.is_empty() else 1)


def _map_to_compare(folder: Path, hint: str) -> PartnerMap:
    """The map in `folder` for `diff` (its argument named `hint` in messages), quotes unchecked; exits 2,
    as diff(1) does on trouble, when it cannot be read."""
    try:
        return load_map(resolve_data_dir(folder), check_quotes=False)
    except click.BadParameter as error:
        error.param_hint = hint
        raise
    except InvalidMapError as error:
        for problem in error.problems:
            click.echo(problem.format(), err=True)
        click.echo(f"Error: {_count(len(error.problems), 'problem')} in {folder}; cannot compare", err=True)
        sys.exit(2)
    except PartnermapError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(2)


def _diff_dates(data_dir: Path, new_dir: Path | None, dates: tuple[str, ...], output_format: str) -> None:
    """`diff DATA_DIR --at OLD --at NEW`: one map at two dates; exits like diff(1)."""
    from .graph.analysis.diff import diff_maps
    from .graph.analysis.timeline import map_at
    from .graph.checking.fields import DATE
    from .graph.output.diff_text import diff_text

    if new_dir is not None or len(dates) != 2:
        raise click.UsageError("--at compares one map at two dates: give one folder and --at twice "
                               f"(got {1 if new_dir is None else 2} folders and {len(dates)} --at)")
    for date in dates:
        if not DATE.match(date):
            raise click.BadParameter(f"{date!r} is not a date written YYYY-MM-DD", param_hint="--at")
    partner_map = _map_to_compare(data_dir, "DATA_DIR")
    difference = diff_maps(map_at(partner_map, dates[0]), map_at(partner_map, dates[1]))
    if output_format == "json":
        report = {"map": str(data_dir), "old": dates[0], "new": dates[1], **difference.to_dict()}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{data_dir} at {dates[0]} -> at {dates[1]}\n" + diff_text(difference), nl=False)
    sys.exit(0 if difference.is_empty() else 1)


@cli.command()
@data_dir_argument
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port to listen on, on 127.0.0.1 only; 0 takes any free port.")
@click.option("--no-browser", is_flag=True, help="Print the page's address without opening a browser.")
def review(data_dir: Path | None, port: int, no_browser: bool) -> None:
    """Go through a draft map in a local page: one key per decision, the quote highlighted in its text.

    Serves the page and its JSON API on 127.0.0.1 until Ctrl-C or SIGTERM. Each decision
    (accept, reject, change a type, strength, kind or names, merge two actors, undo) is checked
    by the validator and written at once; only the decided record's lines change. See docs/review.md.

    \b
    e.g. partnermap extract report.txt -o draft && partnermap review draft
    """
    import webbrowser

    from .review.server import ReviewServer, serve
    from .review.store import ReviewStore

    if data_dir is None and not (Path("data") / "map.yaml").is_file():
        raise click.UsageError("give the folder of the map to review (DATA_DIR); the map that ships with "
                               "partnermap is not edited in place")
    chosen = resolve_data_dir(data_dir)
    store = ReviewStore(chosen)

    def announce(server: ReviewServer) -> None:
        click.echo(f"Reviewing {chosen} at {server.url}")
        sys.stdout.flush()
        if not no_browser:
            webbrowser.open(server.url)

    try:
        serve(store, port=port, on_ready=announce)
    except OSError as error:
        raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {error.strerror}") from None
    click.echo("Stopped; every decision is written.", err=True)
