"""The five seed articles of the project (read from ../shared/seeds when it exists).

A user's clone has no shared/ folder next to the repository: these tests then skip.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jnz_timeline.temporal import interval, tag

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("shared/seeds is not available next to the repository")
    files = sorted(SEEDS.glob(prefix + "_*.txt"))
    if not files:
        pytest.skip(f"seed {prefix} not found")
    return files[0].read_text(encoding="utf-8")


def _find(timexes, text, nth=0):
    hits = [t for t in timexes if t.text == text]
    assert len(hits) > nth, f"{text!r} not tagged; got {[t.text for t in timexes]}"
    return hits[nth]


CASES = [
    # seed, published, expression, type, value
    ("000", dt.date(2025, 12, 19), "Friday", "DATE", "2025-12-19"),
    ("000", dt.date(2025, 12, 19), "Thursday", "DATE", "2025-12-18"),
    ("000", dt.date(2025, 12, 19), "Last month", "DATE", "2025-11"),
    ("000", dt.date(2025, 12, 19), "recent years", "DATE", "PAST_REF"),
    ("000", dt.date(2025, 12, 19), "19 Dicembre 2025", "DATE", "2025-12-19"),
    ("000", dt.date(2025, 12, 19), "Dec. 19", "DATE", "2025-12-19"),
    ("000", dt.date(2025, 12, 19), "the day", "DATE", "2025-12-19"),
    ("003", dt.date(2025, 12, 17), "tomorrow", "DATE", "2025-12-18"),
    ("003", dt.date(2025, 12, 16), "tomorrow", "DATE", "2025-12-17"),
    ("003", dt.date(2025, 12, 17), "20 December", "DATE", "2025-12-20"),
    ("003", dt.date(2025, 12, 17), "Recent years", "DATE", "PAST_REF"),
    ("004", dt.date(2022, 4, 21), "21 April", "DATE", "2022-04-21"),
    ("004", dt.date(2022, 4, 23), "21 April", "DATE", "2022-04-21"),
    ("004", dt.date(2022, 4, 21), "three-day", "DURATION", "P3D"),
    ("004", dt.date(2022, 4, 21), "the past two years", "DURATION", "P2Y"),
    ("004", dt.date(2022, 4, 21), "Currently", "DATE", "PRESENT_REF"),
    ("002", dt.date(2025, 12, 19), "2025-12-19", "DATE", "2025-12-19"),
    ("002", dt.date(2025, 12, 19), "Friday", "DATE", "2025-12-19"),
    ("001", dt.date(2026, 1, 15), "December 2025", "DATE", "2025-12"),
]


@pytest.mark.parametrize("seed,published,expr,type_,value", CASES, ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in CASES])
def test_seed_expression(seed, published, expr, type_, value):
    t = _find(tag(_seed(seed), published), expr)
    assert (t.type, t.value) == (type_, value), t.explanation


def test_seed_000_last_month_interval():
    t = _find(tag(_seed("000"), dt.date(2025, 12, 19)), "Last month")
    assert interval(t.value) == (dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert t.precision == "month"
    assert "2025-11" in t.explanation


def test_seed_000_during_the_day():
    # "during the day's talks": the extent is "the day" (preposition excluded).
    text = _seed("000")
    t = _find(tag(text, dt.date(2025, 12, 19)), "the day")
    assert text[t.start - 7 : t.start] == "during "


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_spans_are_consistent(seed):
    text = _seed(seed)
    out = tag(text, dt.date(2025, 12, 19))
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start
    for t in out:
        assert text[t.start : t.end] == t.text
