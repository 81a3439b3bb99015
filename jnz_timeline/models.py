"""The data jnz works on: plain frozen records, built by `load`, read by everything after."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import DateSpan
from .errors import Location


@dataclass(frozen=True, slots=True)
class Publication:
    """What is known of an article's publication date: a day, a range, or unknown."""

    earliest: date | None
    latest: date | None
    likely: date | None
    evidence: str
    confidence: str
    unknown: bool = False

    @property
    def known(self) -> bool:
        """Both bounds are known, so relative expressions can be resolved (to a range if need be)."""
        return not self.unknown and self.earliest is not None and self.latest is not None

    @property
    def exact(self) -> bool:
        return self.known and self.earliest == self.latest

    def label(self) -> str:
        if self.exact:
            return self.earliest.isoformat()
        if self.known:
            likely = f", likely {self.likely.isoformat()}" if self.likely else ""
            return f"{self.earliest.isoformat()}..{self.latest.isoformat()}{likely}"
        bounds = []
        if self.earliest:
            bounds.append(f"not before {self.earliest.isoformat()}")
        if self.latest:
            bounds.append(f"not after {self.latest.isoformat()}")
        return "unknown" + (f" ({', '.join(bounds)})" if bounds else "")


@dataclass(frozen=True, slots=True)
class Article:
    """One corpus article: its text as received and what is known about it."""

    id: str
    path: Path
    text: str
    title: str
    outlet: str
    url: str | None
    language: str
    published: Publication
    received_as: str | None = None
    note: str | None = None
    where: Location = field(default=Location(""), compare=False)


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """A citation of a corpus article, checked against its text."""

    article: str
    quote: str
    date_text: str | None = None
    where: Location = field(default=Location(""), compare=False)
    marks: dict[str, Location] = field(default_factory=dict, compare=False)  # where each field's value stands

    def at(self, key: str) -> Location:
        return self.marks.get(key, self.where)


@dataclass(frozen=True, slots=True)
class UrlSource:
    """A citation by URL only: its text is not held, so it cannot be quote-checked."""

    url: str
    outlet: str
    published: str | None = None
    title: str | None = None
    note: str | None = None
    where: Location = field(default=Location(""), compare=False)


Source = ArticleSource | UrlSource


@dataclass(frozen=True, slots=True)
class Claim:
    """One side of a dispute, with its sources, or a note of why it has none that can be cited."""

    claim: str
    sources: tuple[Source, ...] = ()
    unsourced: str | None = None


@dataclass(frozen=True, slots=True)
class Dispute:
    """Sources that disagree: every claim is kept with its source."""

    topic: str
    claims: tuple[Claim, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class DateExpression:
    """An event date given as an expression quoted from a corpus article."""

    expression: str
    article: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str | DateExpression
    title: str
    summary: str
    type: str
    sources: tuple[Source, ...]
    place: str | None = None
    actors: tuple[Actor, ...] = ()
    confidence: str | None = None
    confidence_note: str | None = None
    disputes: tuple[Dispute, ...] = ()
    notes: str | None = None
    where: Location = field(default=Location(""), compare=False)
    date_where: Location = field(default=Location(""), compare=False)


@dataclass(frozen=True, slots=True)
class TimelineInfo:
    id: str
    title: str
    parties: tuple[str, ...]
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Dataset:
    """An events file with the corpus it cites."""

    path: Path
    info: TimelineInfo
    events: tuple[Event, ...]
    articles: dict[str, Article]
    corpus_path: Path | None = None
    broken_articles: frozenset[str] = frozenset()  # listed in the index but not loadable

    def inputs(self) -> set[Path]:
        """Every file this dataset was read from: no command may write over one of them."""
        files = {self.path} | {article.path for article in self.articles.values()}
        return files | ({self.corpus_path} if self.corpus_path else set())


@dataclass(frozen=True, slots=True)
class Entry:
    """An event placed in time."""

    event: Event
    span: DateSpan


@dataclass(frozen=True, slots=True)
class Timeline:
    """Events in chronological order (see `timeline.build_timeline`), with what they cite."""

    info: TimelineInfo
    entries: tuple[Entry, ...]
    articles: dict[str, Article]
    inputs: frozenset[Path] = frozenset()
