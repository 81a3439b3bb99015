"""Timeline -> GitHub-flavoured Markdown. Every piece of data text is escaped for where it stands."""
from __future__ import annotations

import re
from urllib.parse import quote

from ..dates import label
from ..models import ArticleSource, Entry, Timeline
from ..timeline import by_year
from .common import (
    CHECKED, URL_ONLY, actor_label, claim_lines, one_line, source_outlet, source_published, source_url, type_label,
)

# Characters that open or close inline structure (emphasis, code, links, HTML,
# table cells, entities) wherever they stand...
_INLINE = re.compile(r"([\\`*_\[\]<>|~&#])")
# ...and those that open a block (list, quote, ordered list) at the start of a line.
_ORDERED = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """Data text as inline Markdown: one line, structural characters escaped."""
    text = _INLINE.sub(r"\\\1", one_line(text))
    text = _ORDERED.sub(r"\1\\\2", text)  # "1." would start a list: escape the dot, not the digit
    return re.sub(r"^([>+\-=])", r"\\\1", text)


def link(text: str, url: str) -> str:
    """A link whose target cannot break out of its parentheses."""
    return f"[{escape(text)}]({quote(url, safe=':/?#@!$&*+,;=%~')})"


def render(timeline: Timeline) -> str:
    """The timeline as a Markdown document: a summary table, then each event by year."""
    out = [f"# {escape(timeline.info.title)}", ""]
    if timeline.info.parties:
        out += [f"Parties: {', '.join(escape(p) for p in timeline.info.parties)}", ""]
    if timeline.info.description:
        out += [escape(timeline.info.description), ""]
    if not timeline.entries:
        return "\n".join(out + ["No events match.", ""])
    out += ["| Date | Event | Type |", "|---|---|---|"]
    for entry in timeline.entries:
        title = entry.event.title + (" ⚠ disputed" if entry.event.disputes else "")
        out.append(f"| {escape(label(entry.span))} | [{escape(title)}](#{entry.event.id}) | {escape(type_label(entry.event.type))} |")
    out.append("")
    for year, entries in by_year(timeline):
        out += [f"## {year}", ""]
        for entry in entries:
            out += _event(entry, timeline)
    return "\n".join(out)


def _event(entry: Entry, timeline: Timeline) -> list[str]:
    event = entry.event
    out = [
        f'<a id="{event.id}"></a>',
        f"### {escape(label(entry.span))}: {escape(event.title)}",
        "",
    ]
    facts = [f"**Type:** {escape(type_label(event.type))}"]
    if event.place:
        facts.append(f"**Place:** {escape(event.place)}")
    if entry.span.precision not in ("day", "minute") or entry.span.is_range:
        facts.append(f"**Date known to:** {escape('a range of days' if entry.span.is_range else 'the ' + entry.span.precision)}")
    if event.confidence:
        facts.append(f"**Confidence:** {escape(event.confidence)}")
    out += [" · ".join(facts), ""]
    if event.actors:
        out += [f"**Actors:** {'; '.join(escape(actor_label(a)) for a in event.actors)}", ""]
    out += [escape(event.summary), ""]
    if event.confidence_note:
        out += [f"*Confidence note:* {escape(event.confidence_note)}", ""]
    if event.notes:
        out += [f"*Note:* {escape(event.notes)}", ""]
    if entry.span.explanation:
        out += [f"*How the date was reached:* {escape(entry.span.explanation)}", ""]
    for dispute in event.disputes:
        out.append(f"> ⚠ **Disputed: {escape(dispute.topic)}**")
        for claim, who in claim_lines(dispute, timeline):
            out.append(f"> - {escape(claim)} ({escape(who)})")
        if dispute.note:
            out.append(f">\n> {escape(dispute.note)}")
        out.append("")
    out += ["Sources:", ""]
    for number, source in enumerate(event.sources, 1):
        out.append(f"{number}. {_source(source, timeline)}")
    out.append("")
    return out


def _source(source, timeline: Timeline) -> str:
    outlet = source_outlet(source, timeline)
    url = source_url(source, timeline)
    text = link(outlet, url) if url else escape(outlet)
    published = source_published(source, timeline)
    if published:
        text += f", {escape(published)}"
    if isinstance(source, ArticleSource):
        return f"{text}: “{escape(source.quote)}” ({CHECKED})"
    extra = "".join(f", {escape(part)}" for part in (source.title, source.note) if part)
    return f"{text}{extra} ({URL_ONLY})"
