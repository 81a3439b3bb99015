"""Tests of the temporal engine; `tagged` finds one expression in the output of `tag`."""
from __future__ import annotations

import datetime as dt

from jnz_timeline.temporal import Timex, tag


def tagged(text: str, published: dt.date, expr: str, nth: int = 0) -> Timex:
    """The `nth` expression tagged with exactly the extent `expr` (-1: the last one)."""
    found = tag(text, published)
    hits = [t for t in found if t.text == expr]
    assert hits, f"{expr!r} not tagged in {text!r}: {[(t.text, t.value) for t in found]}"
    return hits[nth]
