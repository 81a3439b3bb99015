"""Events files and corpus indexes -> models. Structure only: no date logic, no cross-checks.

`load_dataset` returns the dataset together with every problem found while
reading it; records with problems are left out of the dataset so that later
stages only ever see well-formed data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import dates, schema, yamlio
from .errors import LocatedError, Location, Problem
from .models import (
    Actor, Article, ArticleSource, Claim, Dataset, DateExpression, Dispute, Event,
    Publication, Source, TimelineInfo, UrlSource,
)
from .textio import read_text
from .yamlio import Map, Seq


def load_dataset(path: str | Path) -> tuple[Dataset | None, list[Problem]]:
    """Read an events file and the corpus it names; None when the file cannot be read at all."""
    path = Path(path)
    try:
        doc = yamlio.load(path)
    except LocatedError as exc:
        return None, [Problem(exc.where, exc.message)]
    top = Location(str(path), 1, 1)
    if not isinstance(doc, Map):
        return None, [Problem(yamlio.where_of(doc, top), "an events file is a mapping with 'timeline' and 'events'")]
    problems = schema.check(doc, "events-file", top)
    bad = _bad_records(problems)

    info = _timeline_info(doc.get("timeline"))
    if info is None:
        return None, problems

    corpus = Corpus()
    corpus_ref = doc["timeline"].get("articles")
    if corpus_ref and isinstance(corpus_ref, str):
        corpus = load_corpus(path.parent / corpus_ref, doc["timeline"].value_where["articles"])
        problems += corpus.problems

    events = []
    raw_events = doc.get("events")
    if isinstance(raw_events, Seq):
        for raw, where in zip(raw_events, raw_events.item_where):
            if not _has_problem(raw, where, bad):
                events.append(_event(raw, where))
    return Dataset(path, info, tuple(events), corpus.articles, corpus.index, corpus.broken), problems


@dataclass
class Corpus:
    """A corpus index as read: its articles, the ids it lists but could not load, and its problems."""

    index: Path | None = None
    articles: dict[str, Article] = field(default_factory=dict)
    broken: frozenset[str] = frozenset()
    problems: list[Problem] = field(default_factory=list)


def load_corpus(path: str | Path, cited_at: Location | None = None) -> Corpus:
    """Read a corpus index and the article texts it lists; `cited_at` is where the index is named."""
    path = Path(path)
    try:
        doc = yamlio.load(path)
    except LocatedError as exc:
        if cited_at is not None and not exc.where.line:  # the file itself is the problem: say where it is named
            return Corpus(path, problems=[Problem(cited_at, f"corpus index {exc.where.path}: {exc.message}")])
        return Corpus(path, problems=[Problem(exc.where, exc.message)])
    top = Location(str(path), 1, 1)
    problems = schema.check(doc, "corpus-file", top)
    bad = _bad_records(problems)
    articles: dict[str, Article] = {}
    listed: set[str] = set()
    raw_articles = doc.get("articles") if isinstance(doc, Map) else None
    if not isinstance(raw_articles, Seq):
        return Corpus(path, problems=problems)
    for raw, where in zip(raw_articles, raw_articles.item_where):
        if isinstance(raw, Map) and isinstance(raw.get("id"), str):
            listed.add(raw["id"])
        if _has_problem(raw, where, bad):
            continue
        if raw["id"] in articles:
            problems.append(Problem(raw.value_where["id"], f"duplicate article id {raw['id']!r}"))
            continue
        file = Path(raw["file"])
        if file.is_absolute() or ".." in file.parts:
            problems.append(Problem(raw.value_where["file"], f"article {raw['id']!r}: 'file' must be a path inside the corpus folder"))
            continue
        text_path = path.parent / file
        try:
            text = read_text(text_path)
        except LocatedError as exc:
            problems.append(Problem(raw.value_where["file"], f"article {raw['id']!r}: {exc.where}: {exc.message}"))
            continue
        if not text.strip():
            problems.append(Problem(raw.value_where["file"], f"article {raw['id']!r}: {text_path} is empty"))
            continue
        articles[raw["id"]] = Article(
            id=raw["id"], path=text_path, text=text, title=raw["title"], outlet=raw["outlet"],
            url=raw.get("url"), language=raw["language"], published=_publication(raw["published"]),
            received_as=raw.get("received_as"), note=raw.get("note"), where=where,
        )
    return Corpus(path, articles, frozenset(listed - set(articles)), problems)


def _bad_records(problems: list[Problem]) -> set[tuple[str, int]]:
    return {(p.where.path, p.where.line) for p in problems}


def _has_problem(raw: Any, where: Location, bad: set[tuple[str, int]]) -> bool:
    """Whether any problem lies within this record's lines."""
    if not isinstance(raw, Map):
        return True
    first, last = where.line, _last_line(raw, where.line)
    return any(path == where.path and first <= line <= last for path, line in bad)


def _last_line(value: Any, line: int) -> int:
    if isinstance(value, Map):
        for key in value:
            line = max(line, value.value_where[key].line, _last_line(value[key], value.value_where[key].line))
    elif isinstance(value, Seq):
        for item, where in zip(value, value.item_where):
            line = max(line, where.line, _last_line(item, where.line))
    return line


def _timeline_info(raw: Any) -> TimelineInfo | None:
    if not isinstance(raw, Map) or not all(isinstance(raw.get(k), str) for k in ("id", "title")):
        return None
    parties = raw.get("parties")
    return TimelineInfo(
        id=raw["id"], title=raw["title"],
        parties=tuple(str(p) for p in parties) if isinstance(parties, Seq) else (),
        description=raw.get("description"),
    )


def _publication(raw: Map) -> Publication:
    def day(key: str):
        return dates.parse_day(raw[key]) if raw.get(key) else None

    if raw.get("date"):
        exact = day("date")
        return Publication(exact, exact, exact, raw["evidence"], raw["confidence"], False)
    unknown = schema.as_bool(raw.get("unknown", "false"))
    return Publication(day("earliest"), day("latest"), day("likely"), raw["evidence"], raw["confidence"], unknown)


def _source(raw: Map) -> Source:
    if "article" in raw:
        return ArticleSource(raw["article"], raw["quote"], raw.get("date_text"), raw.where, dict(raw.value_where))
    return UrlSource(raw["url"], raw["outlet"], raw.get("published"), raw.get("title"), raw.get("note"), raw.where)


def _claim(raw: Map) -> Claim:
    if "sources" in raw:
        sources = tuple(_source(s) for s in raw["sources"])
    elif "source" in raw:
        sources = (_source(raw["source"]),)
    else:
        sources = ()
    return Claim(raw["claim"], sources, raw.get("unsourced"))


def _event(raw: Map, where: Location) -> Event:
    date_value = raw["date"]
    if isinstance(date_value, Map):
        date_value = DateExpression(date_value["expression"], date_value["article"])
    sources = raw["sources"]
    disputes = raw.get("disputes") or ()
    return Event(
        id=raw["id"],
        date=date_value,
        title=raw["title"],
        summary=raw["summary"],
        type=raw["type"],
        sources=tuple(_source(s) for s in sources),
        place=raw.get("place"),
        actors=tuple(Actor(a["name"], a.get("role"), a.get("country")) for a in raw.get("actors") or ()),
        confidence=raw.get("confidence"),
        confidence_note=raw.get("confidence_note"),
        disputes=tuple(
            Dispute(d["topic"], tuple(_claim(c) for c in d["claims"]), d.get("note"))
            for d in disputes
        ),
        notes=raw.get("notes"),
        where=where,
        date_where=raw.value_where["date"],
    )


def shipped_events_path() -> Path:
    """The events file shipped with jnz (the default timeline)."""
    # Installed packages live on disk (the wheel is not zip-safe: it ships data files),
    # so a path beside this module is enough, and cheaper than importlib.resources.
    packaged = Path(__file__).resolve().parent / "_data" / "events.yaml"
    if packaged.is_file():
        return packaged
    # A source checkout (an editable install): the data lives at the top of the repository.
    return Path(__file__).resolve().parent.parent / "events.yaml"
