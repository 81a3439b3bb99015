"""Event dates -> DateSpans: curated values as written, expressions through the temporal engine.

An expression date ("tomorrow", quoting an article) is resolved in the article
itself, so that tense and context count, against each bound of the article's
publication date; an uncertain publication date gives an uncertain event date.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from . import dates
from .dates import DateSpan
from .errors import Problem
from .models import Article, Dataset, DateExpression, Event
from .textmatch import find_all

# The engine's precision names -> the precision a DateSpan is shown at.
_PRECISION = {"time": "day", "minute": "minute"}


# Two references far apart, to tell an absolute expression from a relative one.
_FAR_APART = (date(2000, 1, 3), date(2003, 7, 16))


class UnresolvedDate(Exception):
    """An expression that does not give a date; the message says why."""


def resolve_dates(dataset: Dataset) -> tuple[dict[int, DateSpan], list[Problem]]:
    """The DateSpan of every event that has one, by position in the dataset, and a problem for every one that does not."""
    spans: dict[int, DateSpan] = {}
    problems: list[Problem] = []
    for index, event in enumerate(dataset.events):
        try:
            spans[index] = event_span(event, dataset.articles)
        except (UnresolvedDate, dates.DateFormatError) as exc:
            problems.append(Problem(event.date_where, f"event {event.id!r}: {exc}"))
    return spans, problems


def event_span(event: Event, articles: dict[str, Article]) -> DateSpan:
    """The date of one event; raises UnresolvedDate or DateFormatError."""
    if isinstance(event.date, DateExpression):
        article = articles.get(event.date.article)
        if article is None:
            raise UnresolvedDate(f"date cites article {event.date.article!r}, which is not in the corpus")
        return resolve_expression(event.date.expression, article)
    return dates.parse(event.date)


def resolve_expression(expression: str, article: Article, within: tuple[int, int] | None = None) -> DateSpan:
    """Resolve `expression` where it stands in `article` (inside `within`, a span, when given)."""
    published = article.published
    spans = find_all(article.text, expression, ignore_case=True)
    if within is not None:
        spans = [s for s in spans if within[0] <= s[0] and s[1] <= within[1]]
    if not spans:
        raise UnresolvedDate(f"{expression!r} does not occur in article {article.id!r}")
    start, end = spans[0]
    if published.known:
        references = sorted({published.earliest, published.latest})
    else:
        # No publication date: only an expression that names its date outright
        # ("December 2025") can be read, and such a reading does not move when
        # the reference does.
        anchor = published.earliest or published.latest or _FAR_APART[0]
        references = [anchor, anchor + (_FAR_APART[1] - _FAR_APART[0])]
    bounds = []
    for reference in references:
        try:
            timex = _timex_at(article.text, reference, start, end)
        except (OverflowError, ValueError) as exc:  # a reference at the edge of the calendar
            raise UnresolvedDate(f"{expression!r} in article {article.id!r} cannot be resolved against {reference}: {exc}") from None
        if timex is None:
            raise UnresolvedDate(f"{expression!r} in article {article.id!r} is not a temporal expression jnz can read")
        interval = _interval(timex.value)
        if interval is None:
            raise UnresolvedDate(
                f"{expression!r} in article {article.id!r} does not name a date (it means {timex.value}, {timex.type.lower()})"
            )
        bounds.append((reference, timex, interval))
    if not published.known:
        if bounds[0][1].value != bounds[1][1].value:
            raise UnresolvedDate(
                f"{expression!r} is relative, and the publication date of article {article.id!r} "
                f"is {published.label()}: it cannot be resolved"
            )
        bounds = bounds[:1]
    return _merge(expression, article, bounds)


def _merge(expression: str, article: Article, bounds) -> DateSpan:
    """One span over the readings at each publication bound: a range when they differ."""
    low = min(interval[0] for _, _, interval in bounds)
    high = max(interval[1] for _, _, interval in bounds)
    first = bounds[0][1]
    precision = _PRECISION.get(first.precision, first.precision)
    if precision not in dates.PRECISION_RANK:
        precision = "day"
    values = {timex.value for _, timex, _ in bounds}
    if len(values) == 1:
        why = f"{first.explanation} (article {article.id!r}, published {article.published.label()})"
        if _is_plain(first.value):
            return DateSpan(low, high, precision, first.value, why)
        return dates.from_bounds(low, high, precision, why)
    readings = "; ".join(f"if published {ref.isoformat()}, {timex.value}" for ref, timex, _ in bounds)
    why = f"{expression!r} in article {article.id!r}, published {article.published.label()}: {readings}"
    return dates.from_bounds(low, high, precision, why)


def _is_plain(value: str) -> bool:
    try:
        dates.parse(value)
        return True
    except dates.DateFormatError:
        return False


def _interval(value: str) -> tuple[date, date] | None:
    from .temporal import interval

    return interval(value)


def _timex_at(text: str, reference: date, start: int, end: int):
    """The expression the engine finds over text[start:end], read in its context.

    The context is the article up to the end of the expression's paragraph: all
    that anchoring and tense can look at, and no more text than that to tag.
    """
    paragraph_end = text.find("\n", end)
    context = text if paragraph_end < 0 else text[:paragraph_end]
    for timex in _tag(context, reference):
        if timex.start < end and start < timex.end:
            return timex
    return None


@lru_cache(maxsize=64)
def _tag(text: str, reference: date):
    from .temporal import tag

    return tuple(tag(text, reference))
