"""Assembling the timeline: events with resolved dates, filtered and in chronological order.

Order: by the earliest day an event may be, then by the latest (narrower spans
first), then by the order of the events file, so that curators settle ties.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Iterator

from .dates import DateSpan
from .models import Dataset, Entry, Event, Timeline


@dataclass(frozen=True, slots=True)
class Filters:
    """What to keep: events overlapping start..end, with a matching actor and type."""

    start: DateSpan | None = None
    end: DateSpan | None = None
    actor: str | None = None
    types: tuple[str, ...] = ()

    def keep(self, entry: Entry) -> bool:
        span, event = entry.span, entry.event
        if self.start is not None and span.latest < self.start.earliest:
            return False
        if self.end is not None and span.earliest > self.end.latest:
            return False
        if self.types and event.type not in self.types:
            return False
        return self.actor is None or _has_actor(event, self.actor)


def _has_actor(event: Event, needle: str) -> bool:
    needle = needle.casefold()
    return any(
        needle in field.casefold()
        for actor in event.actors
        for field in (actor.name, actor.country or "")
    )


def build_timeline(dataset: Dataset, spans: dict[int, DateSpan], filters: Filters = Filters()) -> Timeline:
    """The events that have a date (`spans`, by position) and pass `filters`, in chronological order."""
    placed = [(index, Entry(event, spans[index])) for index, event in enumerate(dataset.events) if index in spans]
    placed = [(index, entry) for index, entry in placed if filters.keep(entry)]
    placed.sort(key=lambda pair: (pair[1].span.earliest, pair[1].span.latest, pair[0]))
    return Timeline(dataset.info, tuple(entry for _, entry in placed), dataset.articles, frozenset(dataset.inputs()))


def by_year(timeline: Timeline) -> Iterator[tuple[int, list[Entry]]]:
    """Entries grouped by the year of their earliest day."""
    for year, group in groupby(timeline.entries, key=lambda e: e.span.earliest.year):
        yield year, list(group)
