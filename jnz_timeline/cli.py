"""The `jnz` command line: parse options, make one library call, report errors. Nothing else.

Conventions: stdout carries data, stderr diagnostics. Exit 0 on success, 1 on
an error or a failed validation, 2 on a usage error. Tracebacks only with
--debug. This is the only module that reads the clock, the environment or the
working directory.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from .errors import JnzError

app = typer.Typer(
    name="jnz",
    help=(
        "Build verified, sourced, chronological timelines of bilateral defence relations "
        "from curated events (events.yaml) and the news articles they cite.\n\n"
        "Without --events, jnz uses ./events.yaml when there is one, else the timeline "
        "shipped with jnz."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
timeline_app = typer.Typer(
    help="Show or export the timeline.", no_args_is_help=True, rich_markup_mode=None
)
articles_app = typer.Typer(
    help="List the article corpus, or draft an entry for a new article.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(timeline_app, name="timeline")
app.add_typer(articles_app, name="articles")

class ExportFormat(str, Enum):
    markdown = "markdown"
    md = "md"
    json = "json"


EventsOption = Annotated[
    Optional[Path],
    typer.Option(
        "--events", "-e", metavar="PATH",
        help="The events file. Default: ./events.yaml if present, else the shipped timeline.",
        dir_okay=False,
    ),
]
FromOption = Annotated[Optional[str], typer.Option("--from", metavar="DATE", help="Only events on or after DATE (2025, 2025-06 or 2025-06-30).")]
ToOption = Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="Only events on or before DATE (same forms as --from).")]
ActorOption = Annotated[Optional[str], typer.Option("--actor", metavar="NAME", help="Only events with an actor whose name or country contains NAME (case-insensitive).")]
TypeOption = Annotated[
    Optional[list[str]],
    typer.Option("--type", "-t", metavar="TYPE", help="Only events of TYPE (repeatable), e.g. summit, agreement-signed. See `jnz types`."),
]


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"jnz {version('jnz')}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version)
    ] = False,
) -> None:
    """Global options. --debug is acted on by main(), where unexpected errors arrive."""


@contextmanager
def _reporting() -> Iterator[None]:
    """Turn library errors into clean stderr lines (located ones as path:line:col: message) and exit 1."""
    from .errors import DataError, LocatedError

    try:
        yield
    except JnzError as exc:
        from .render.common import safe

        if isinstance(exc, DataError):
            lines = [str(problem) for problem in exc.problems]
        elif isinstance(exc, LocatedError):
            lines = [str(exc)]
        else:
            lines = [f"error: {exc}"]
        for line in lines:
            sys.stderr.write(safe(line) + "\n")
        raise typer.Exit(exc.exit_code) from None


def _events_path(events: Path | None) -> Path:
    if events is not None:
        return events
    local = Path("events.yaml")
    if local.is_file():
        return local
    from .load import shipped_events_path

    return shipped_events_path()


def _build(events: Path | None, start: str | None, end: str | None, actor: str | None, types: list[str] | None):
    from .api import build
    from .timeline import Filters

    first, last = _bound(start, "--from"), _bound(end, "--to")
    if first and last and first.earliest > last.latest:
        raise typer.BadParameter(f"--from {start} is after --to {end}", param_hint="--from/--to")
    for kind in types or ():
        _check_type(kind)
    return build(_events_path(events), Filters(first, last, actor, tuple(types or ())))


def _check_type(kind: str) -> None:
    import difflib

    from .vocab import event_types

    if kind not in event_types():
        near = difflib.get_close_matches(kind, list(event_types()), n=1)
        hint = f"; did you mean {near[0]!r}?" if near else "; see `jnz types`"
        raise typer.BadParameter(f"unknown event type {kind!r}{hint}", param_hint="--type")


def _bound(text: str | None, option: str, *, day: bool = False):
    """The date an option names (a single day when `day`), or a usage error saying why not."""
    if text is None:
        return None
    from .dates import DateFormatError, parse, parse_day

    try:
        return parse_day(text) if day else parse(text)
    except DateFormatError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def _console(file=None):
    from rich.console import Console

    return Console(file=file, highlight=False, markup=False, emoji=False)


@timeline_app.command("show")
def show(
    events: EventsOption = None,
    start: FromOption = None,
    end: ToOption = None,
    actor: ActorOption = None,
    types: TypeOption = None,
    no_sources: Annotated[bool, typer.Option("--no-sources", help="Leave out the source lines.")] = False,
) -> None:
    """Show the timeline in the terminal, grouped by year.

    Each date is shown at the precision it is known at (a month stays a month),
    uncertain dates as ranges, disputed claims marked with ⚠.

    \b
    Examples:
      jnz timeline show
      jnz timeline show --from 2025-06 --type agreement-signed --no-sources
      jnz timeline show --events my-pair/events.yaml --actor collins
    """
    with _reporting():
        timeline = _build(events, start, end, actor, types)
        from .render import terminal

        _console().print(terminal.render(timeline, sources=not no_sources))


@timeline_app.command("export")
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="markdown (md) or json.")] = ExportFormat.markdown,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout; - is stdout.", dir_okay=False)
    ] = None,
    events: EventsOption = None,
    start: FromOption = None,
    end: ToOption = None,
    actor: ActorOption = None,
    types: TypeOption = None,
) -> None:
    """Export the timeline as Markdown (readable on GitHub) or JSON.

    JSON is {"schema": ..., "timeline": {...}, "events": [...]}, events in
    chronological order: each event has id, date
    (the normalised value), earliest and latest (ISO days), precision, title,
    sources and more. Events are ordered by earliest day, then latest day, then
    their order in the events file.

    \b
    Examples:
      jnz timeline export -o timeline.md
      jnz timeline export --format json --from 2025 | jq '.events[].date'
    """
    with _reporting():
        timeline = _build(events, start, end, actor, types)
        if format is ExportFormat.json:
            from .render.json import render
        else:
            from .render.markdown import render
        text = render(timeline)
        text = text if text.endswith("\n") else text + "\n"
        if output is None or str(output) == "-":
            sys.stdout.write(text)
            return
        if output.resolve() in {path.resolve() for path in timeline.inputs}:
            raise JnzError(f"{output}: is one of the timeline's input files; refusing to overwrite it")
        from .textio import write_atomic

        write_atomic(output, text)
        sys.stderr.write(f"wrote {output}\n")


@app.command("validate")
def validate_command(
    path: Annotated[
        Optional[Path], typer.Argument(metavar="[PATH]", help="The events file. Default: ./events.yaml, else the shipped one.", dir_okay=False)
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing when the file is valid.")] = False,
) -> None:
    """Check an events file and its corpus; the check CI runs.

    Checks YAML syntax, the schema (required fields, types, unknown keys), unique
    ids, that cited articles exist, that quotes appear in them, that every date
    is valid and resolvable, that curated dates agree with what their sources
    say, and that publication dates agree with the articles' own date lines.
    Exit 0 when valid; 1 with each problem on stderr as path:line:col: message.

    \b
    Examples:
      jnz validate
      jnz validate my-pair/events.yaml --quiet
    """
    with _reporting():
        from .validate import validate

        target = _events_path(path)
        report = validate(target)
        for problem in report.problems:
            from .render.common import safe

            sys.stderr.write(safe(str(problem)) + "\n")
        if not report.ok:
            count = len(report.problems)
            sys.stderr.write(f"{target}: {count} problem{'s' if count != 1 else ''}\n")
            raise typer.Exit(1)
        if not quiet:
            sys.stderr.write(
                f"{target}: valid: {report.events} events; {report.quotes_checked} quotes checked against "
                f"their articles; {report.dates_checked} dates cross-checked; "
                f"{report.url_only} URL-only sources (not quote-checkable)\n"
            )


@app.command("dates")
def dates_command(
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Text files, directories of .txt files, or - for standard input.")
    ],
    published: Annotated[
        Optional[str],
        typer.Option("--published", "-p", metavar="DATE", help="Publication date (YYYY-MM-DD) to resolve against, for files with no corpus metadata."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON list of expressions (each with its file).")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per document, as each is done.")] = False,
) -> None:
    """Find every temporal expression in articles and normalise it.

    Each expression is resolved against its article's publication date: from the
    corpus index (articles.yaml) beside a corpus article, else from --published.
    An article with no known publication date is an error, not a guess.
    Offsets (start, end) are Python string indices into the file's text.

    \b
    Examples:
      jnz dates article.txt --published 2025-12-19
      jnz dates articles/ --jsonl
      echo "They met on Friday." | jnz dates - -p 2025-12-19 --json
    """
    if as_json and as_jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl", param_hint="--json/--jsonl")
    with _reporting():
        from . import api

        reference = _bound(published, "--published", day=True)
        failed = []
        documents = _readable(api.documents(files, reference, stdin=sys.stdin.buffer), failed)
        if as_jsonl:
            _dates_jsonl(documents)
        elif as_json:
            import json

            records = [dict(record, file=doc.name) for doc in documents for record in doc.records()]
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        else:
            from .render.dates import render

            console = _console()
            for doc in documents:
                console.print(render(doc))
        if failed:
            raise typer.Exit(1)


def _readable(items, failed: list):
    """The documents among `items`; each error is reported on stderr as it comes, and noted in `failed`."""
    from .render.common import safe

    for item in items:
        if isinstance(item, JnzError):
            failed.append(item)
            sys.stderr.write(safe(str(item)) + "\n")
        else:
            yield item


def _dates_jsonl(documents) -> None:
    import json

    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(console=_console(sys.stderr), transient=True)
        progress.start()
        task = progress.add_task("tagging", total=None)
    try:
        for doc in documents:
            line = {"file": doc.name, "published": doc.published.isoformat(), "timexes": doc.records()}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()


@articles_app.command("list")
def articles_list(events: EventsOption = None) -> None:
    """List the corpus articles with what is known of their publication dates."""
    with _reporting():
        from .api import load_valid
        from .render.articles import render

        dataset = load_valid(_events_path(events))
        _console().print(render(dataset))


@articles_app.command("register")
def articles_register(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The article text (UTF-8), as received.", dir_okay=False)],
    id: Annotated[Optional[str], typer.Option("--id", help="The id events will cite it by.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Where it was published.")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Who published it.")] = None,
    language: Annotated[Optional[str], typer.Option("--language", help="Language code of the text (en, it, ja ...).")] = None,
) -> None:
    """Draft a corpus index entry for an article, its publication date read from its text.

    Prints YAML to add to articles.yaml by hand: jnz never edits your files. The
    date comes from the text's date line or dateline where there is one; where
    there is none, it is marked unknown for you to fill in with evidence.
    """
    with _reporting():
        from .api import register_stub
        from .schema import check_value

        for value, kind, option in ((id, "slug", "--id"), (url, "url", "--url"), (language, "language", "--language")):
            message = check_value(value, kind) if value is not None else None
            if message:
                raise typer.BadParameter(message, param_hint=option)
        sys.stdout.write(register_stub(file, id=id, url=url, outlet=outlet, language=language))


@app.command("types")
def types_command() -> None:
    """List the event types events.yaml may use."""
    from .vocab import event_types

    for key, info in event_types().items():
        typer.echo(f"{key:20} {info['about']}")


def main() -> None:
    """Entry point: run the app; an unexpected error is one line unless --debug."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    except Exception as exc:  # the one place an unexpected error is caught
        if "--debug" in sys.argv[1:]:
            raise
        from .render.common import safe

        sys.stderr.write(f"internal error: {safe(type(exc).__name__)}: {safe(str(exc))} (run with --debug for the traceback)\n")
        sys.exit(70)
