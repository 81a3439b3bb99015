"""Rule-based temporal expressions (TIMEX3) for English news, anchored on the publication date.

    >>> import datetime
    >>> [t.value for t in tag("Last month they met; on Friday they signed.", datetime.date(2025, 12, 19))]
    ['2025-11', '2025-12-19']

Two phases (see STYLE.md, HeidelTime): `tagger` finds mentions with underspecified values
using the rule data under ``rules/<lang>/``; `anchor` resolves them against the publication
date. Nothing here reads the clock.
"""
from __future__ import annotations

import datetime as _dt

from ..dates import MAX_YEAR, MIN_YEAR
from ._model import TemporalError, Timex
from .anchor import resolve as _resolve
from .tagger import mentions as _mentions
from .values import PRECISIONS, interval, precision_of

__all__ = ["tag", "Timex", "interval", "precision_of", "TemporalError", "PRECISIONS"]


def tag(text: str, published: _dt.date | _dt.datetime, *, lang: str = "en") -> list[Timex]:
    """All temporal expressions in `text`, in text order and non-overlapping.

    `published` is the reference date (DCT) for relative expressions; a datetime is
    reduced to its date. Deterministic: the same input always gives the same output.
    Raises `TemporalError` if `published` is missing, outside the years 1000-9000 (room for
    arithmetic such as "a century ago"), or the language has no rules.
    """
    if isinstance(published, _dt.datetime):
        published = published.date()
    if not isinstance(published, _dt.date):
        raise TemporalError(f"a publication date is required to anchor temporal expressions, got {published!r}")
    if not MIN_YEAR <= published.year <= MAX_YEAR:
        raise TemporalError(f"the publication date {published.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return _resolve(_mentions(text, lang), published, lang, text)
