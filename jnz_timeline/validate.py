"""Checks on a dataset beyond its shape.

`integrity` holds what every command needs before it shows a timeline (unique
ids, citations of articles that exist, quotes that stand in their articles);
`verify` holds the slower cross-checks (dates that agree with what their sources
say, publication dates that agree with the articles' own date lines).
`validate` runs everything.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .dates import DateSpan
from .errors import Problem
from .load import load_dataset
from .models import ArticleSource, Dataset, DateExpression, Event, Source
from .resolve import UnresolvedDate, resolve_dates, resolve_expression
from .textmatch import find_all


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of `validate`: problems in file order, and what was counted."""

    problems: tuple[Problem, ...]
    events: int = 0
    quotes_checked: int = 0
    url_only: int = 0
    dates_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def integrity(dataset: Dataset) -> list[Problem]:
    """Problems that stop a trustworthy timeline from being built: ids, citations, quotes."""
    problems = []
    seen: dict[str, Event] = {}
    for event in dataset.events:
        if event.id in seen:
            problems.append(Problem(event.where, f"duplicate event id {event.id!r} (first at line {seen[event.id].where.line})"))
        else:
            seen[event.id] = event
        for source in _all_sources(event):
            if not isinstance(source, ArticleSource):
                continue
            article = dataset.articles.get(source.article)
            if article is None:
                if source.article not in dataset.broken_articles:  # those are reported where they are listed
                    problems.append(Problem(source.at("article"), _unknown_article(source.article, dataset)))
            elif not find_all(article.text, source.quote):
                problems.append(Problem(source.at("quote"), f"quote not found in article {source.article!r}: {_short(source.quote)!r}"))
        if isinstance(event.date, DateExpression):  # an unknown article here is reported by resolve
            cited = {s.article for s in event.sources if isinstance(s, ArticleSource)}
            if event.date.article in dataset.articles and event.date.article not in cited:
                problems.append(Problem(event.date_where, f"the date quotes article {event.date.article!r}; cite it in 'sources' too"))
        if event.confidence not in (None, "high") and not event.confidence_note:
            problems.append(Problem(event.where, f"event {event.id!r}: confidence is {event.confidence}; say why in 'confidence_note'"))
        for dispute in event.disputes:
            if len(dispute.claims) < 2:
                problems.append(Problem(event.where, f"event {event.id!r}: dispute {dispute.topic!r} needs at least two claims"))
    return problems


def verify(dataset: Dataset, spans: dict[int, DateSpan]) -> tuple[list[Problem], Counter]:
    """Date and publication-date checks; also counts what was checked."""
    from . import pubdate  # only validate reads date lines; keep it off the start-up path of show
    problems: list[Problem] = []
    counts: Counter = Counter()
    for index, event in enumerate(dataset.events):
        # A disputed claim may well disagree with the event's date: that is what it
        # records, so its date_text is checked against nothing (span None).
        checks = [(s, spans.get(index)) for s in event.sources]
        checks += [(s, None) for dispute in event.disputes for claim in dispute.claims for s in claim.sources]
        for source, span in checks:
            if not isinstance(source, ArticleSource):
                counts["url_only"] += 1
                continue
            article = dataset.articles.get(source.article)
            if article is None:
                continue  # reported by integrity
            found = find_all(article.text, source.quote)
            counts["quotes_checked"] += 1
            if found and source.date_text:
                problems += _check_date_text(event, span, source, found[0], dataset, counts)
    for article in dataset.articles.values():
        for evidence in pubdate.detect(article.text):
            if not pubdate.agrees(article.published, evidence):
                problems.append(Problem(
                    article.where,
                    f"article {article.id!r}: curated publication date {article.published.label()} "
                    f"disagrees with the text's {evidence.describe()}",
                ))
    return problems, counts


def _check_date_text(event: Event, span: DateSpan | None, source: ArticleSource, quote_span, dataset, counts) -> list[Problem]:
    """The date_text must stand in its quote; with an event `span`, it must also agree with it."""
    if not find_all(source.quote, source.date_text, ignore_case=True):
        return [Problem(source.at("date_text"), f"date_text {source.date_text!r} is not part of the quote")]
    if span is None:
        return []
    article = dataset.articles[source.article]
    try:
        said = resolve_expression(source.date_text, article, within=quote_span)
    except UnresolvedDate as exc:
        return [Problem(source.at("date_text"), f"event {event.id!r}: {exc}")]
    counts["dates_checked"] += 1
    if not span.overlaps(said):
        return [Problem(
            event.date_where,
            f"event {event.id!r}: date {span.value} disagrees with article {article.id!r}, "
            f"where {source.date_text!r} means {said.value} ({said.explanation})",
        )]
    return []


def validate(path: str | Path) -> Report:
    """Every problem with an events file and its corpus."""
    dataset, problems = load_dataset(path)
    if dataset is None:
        return Report(tuple(sorted(problems, key=Problem.sort_key)))
    problems += integrity(dataset)
    spans, date_problems = resolve_dates(dataset)
    problems += date_problems
    checked, counts = verify(dataset, spans)
    problems += checked
    return Report(
        tuple(sorted(set(problems), key=Problem.sort_key)),
        events=len(dataset.events),
        quotes_checked=counts["quotes_checked"],
        url_only=counts["url_only"],
        dates_checked=counts["dates_checked"],
    )


def _all_sources(event: Event) -> list[Source]:
    return list(event.sources) + [s for dispute in event.disputes for claim in dispute.claims for s in claim.sources]


def _unknown_article(article_id: str, dataset: Dataset) -> str:
    import difflib

    near = difflib.get_close_matches(article_id, list(dataset.articles), n=1, cutoff=0.5)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    if dataset.corpus_path is None:
        hint = "; this events file has no corpus (set timeline.articles)"
    return f"unknown article {article_id!r}{hint}"


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
