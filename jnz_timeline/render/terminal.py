"""Timeline -> rich renderables for the terminal. Data text always goes in as Text, never as markup."""
from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..dates import label
from ..models import ArticleSource, Entry, Timeline
from ..timeline import by_year
from .common import (
    URL_ONLY, actor_label, claim_lines, one_line, safe, source_outlet, source_published, source_url, type_label,
)


def render(timeline: Timeline, *, sources: bool = True) -> RenderableType:
    """The whole timeline: a heading, then one table per year."""
    parts: list[RenderableType] = [_heading(timeline)]
    if timeline.info.description:
        parts.append(Padding(Text(one_line(timeline.info.description), style="italic"), (0, 0, 1, 0)))
    if not timeline.entries:
        parts.append(Text("No events match.", style="italic"))
    for year, entries in by_year(timeline):
        parts.append(Rule(Text(str(year), style="bold"), align="left", style="dim"))
        table = Table(show_header=False, box=None, padding=(0, 1, 1, 0), expand=True)
        table.add_column("date", width=14, style="cyan", overflow="fold")
        table.add_column("event", ratio=1, overflow="fold")
        for entry in entries:
            table.add_row(_date_cell(entry), _event_cell(entry, timeline, sources))
        parts.append(table)
    return Group(*parts)


def _heading(timeline: Timeline) -> RenderableType:
    title = Text(one_line(timeline.info.title), style="bold")
    sub = Text(" · ".join(one_line(p) for p in timeline.info.parties), style="dim")
    count = len(timeline.entries)
    if count:
        first, last = timeline.entries[0].span, timeline.entries[-1].span
        period = label(first) if label(first) == label(last) else f"{label(first)} to {label(last)}"
        sub.append(f" — {count} event{'s' if count != 1 else ''}, {period}")
    return Padding(Group(title, sub), (0, 0, 1, 0))


def _date_cell(entry: Entry) -> Text:
    # A time of day goes on its own line so the date column stays narrow.
    text = Text(label(entry.span, year=entry.span.earliest.year != entry.span.latest.year).replace(", ", "\n", 1))
    if entry.span.precision not in ("day", "minute") or entry.span.is_range:
        text.append(f"\n{_precision_note(entry)}", style="dim")
    return text


def _precision_note(entry: Entry) -> str:
    return "(range)" if entry.span.is_range else f"({entry.span.precision})"


def _event_cell(entry: Entry, timeline: Timeline, show_sources: bool) -> RenderableType:
    # One Text per block rather than per line: rich's cost is per renderable.
    event = entry.event
    body = Text(overflow="fold")
    body.append(one_line(event.title), style="bold")
    body.append(f"  [{type_label(event.type)}]", style="magenta")
    if event.disputes:
        body.append("  ⚠ disputed", style="bold yellow")
    meta = []
    if event.place:
        meta.append(one_line(event.place))
    if event.actors:
        meta.append("; ".join(one_line(actor_label(a)) for a in event.actors))
    if meta:
        body.append("\n" + " · ".join(meta), style="dim")
    body.append("\n" + one_line(event.summary))
    if event.confidence and event.confidence != "high":
        note = f"confidence {event.confidence}" + (f": {one_line(event.confidence_note)}" if event.confidence_note else "")
        body.append("\n" + note, style="yellow")
    if event.notes:
        body.append(f"\nnote: {one_line(event.notes)}", style="dim")
    if entry.span.explanation:
        body.append(f"\ndate: {one_line(entry.span.explanation)}", style="dim italic")
    blocks: list[RenderableType] = [body]
    for dispute in event.disputes:
        blocks.append(Text(f"⚠ {one_line(dispute.topic)}:", style="yellow"))
        claims = Text(overflow="fold")
        for claim, who in claim_lines(dispute, timeline):
            claims.append(f"• {one_line(claim)} — {one_line(who)}\n", style="yellow")
        if dispute.note:
            claims.append(f"note: {one_line(dispute.note)}\n", style="dim yellow")
        claims.rstrip()
        blocks.append(Padding(claims, (0, 0, 0, 2)))
    if show_sources and event.sources:
        sources = Text(overflow="fold")
        for number, source in enumerate(event.sources, 1):
            if number > 1:
                sources.append("\n")
            sources.append_text(_source_line(number, source, timeline))
        blocks.append(sources)
    return Group(*blocks)


def _source_line(number: int, source, timeline: Timeline) -> Text:
    text = Text(f"[{number}] ", style="dim", overflow="fold")
    text.append(one_line(source_outlet(source, timeline)))
    published = source_published(source, timeline)
    if published:
        text.append(f", {safe(published)}")
    if isinstance(source, ArticleSource):
        text.append(f": “{one_line(source.quote)}”", style="green")
    else:
        for part in (source.title, source.note):
            if part:
                text.append(f", {one_line(part)}")
        text.append(f" ({URL_ONLY})", style="dim")
    url = source_url(source, timeline)
    if url:
        text.append(f" {safe(url)}", style="blue")
    return text
