"""The public contract of jnz_timeline.temporal."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import jnz_timeline.temporal as temporal
from jnz_timeline.temporal import PRECISIONS, TemporalError, Timex, interval, precision_of, tag

D = dt.date(2025, 12, 19)  # a Friday


def test_all_is_explicit():
    assert set(temporal.__all__) >= {"tag", "Timex", "interval", "precision_of", "TemporalError"}


def test_timex_fields_and_to_dict():
    t = tag("Last month, they met.", D)[0]
    assert isinstance(t, Timex)
    d = t.to_dict()
    assert list(d) == ["start", "end", "text", "type", "value", "mod", "precision", "rule", "explanation"]
    assert d["value"] == "2025-11" and d["precision"] == "month" and d["mod"] is None
    json.dumps(d)
    with pytest.raises(AttributeError):
        t.value = "x"  # frozen


def test_explanation_is_one_sentence_with_value():
    t = tag("Last month, they met.", D)[0]
    assert t.explanation.startswith("'Last month'")
    assert "2025-12-19" in t.explanation and t.explanation.endswith("2025-11")


def test_datetime_published_is_reduced_to_date():
    assert tag("yesterday", dt.datetime(2025, 12, 19, 23, 59))[0].value == "2025-12-18"


@pytest.mark.parametrize("bad", [None, "2025-12-19", 20251219])
def test_missing_publication_date_is_an_error(bad):
    with pytest.raises(TemporalError):
        tag("yesterday", bad)


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(9001, 1, 1), dt.date(9999, 12, 31)])
def test_publication_date_outside_the_supported_years_is_an_error(published):
    # Outside 1000-9000 "last Friday" or "next year" could leave the calendar.
    with pytest.raises(TemporalError, match="outside the years 1000-9000"):
        tag("He left last Friday and will return next year.", published)


@pytest.mark.parametrize("published,text,unknown", [
    (dt.date(9000, 12, 31), "It may last 3,000 years from now.", "3,000 years from now"),
    (dt.date(1000, 1, 1), "The site was settled 5,000 years ago.", "5,000 years ago"),
    (dt.date(2013, 3, 22), "The town was founded in 1500, and 2,000 years earlier it was a camp.", "2,000 years earlier"),
])
def test_a_date_past_the_calendar_edge_is_kept_with_an_unknown_value(published, text, unknown):
    # One expression whose date cannot be computed does not cost the rest of the text.
    found = {t.text: t for t in tag(text + " He arrived on Monday.", published)}
    assert found[unknown].value == "XXXX" and "beyond the years" in found[unknown].explanation
    assert found["Monday"].value == tag("He arrived on Monday.", published)[0].value


def test_weeks_before_year_1000_keep_four_digits():
    assert tag("Last week it rained.", dt.date(1000, 1, 1))[0].value == "0999-W52"


def test_unknown_language_is_an_error():
    with pytest.raises(TemporalError):
        tag("yesterday", D, lang="xx")


def test_deterministic_and_ordered():
    text = "On Friday, 19 Dicembre 2025, three days after Monday, and now."
    a, b = tag(text, D), tag(text, D)
    assert a == b
    assert all(x.end <= y.start for x, y in zip(a, a[1:]))
    assert all(text[x.start : x.end] == x.text for x in a)


def test_empty_text():
    assert tag("", D) == []
    assert tag("No time here.", D) == []


@pytest.mark.parametrize("value,bounds", [
    ("2025-12-19", ("2025-12-19", "2025-12-19")),
    ("2025-11", ("2025-11-01", "2025-11-30")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2025", ("2025-01-01", "2025-12-31")),
    ("2025-W51", ("2025-12-15", "2025-12-21")),
    ("2026-W01", ("2025-12-29", "2026-01-04")),
    ("2025-W51-WE", ("2025-12-20", "2025-12-21")),
    ("2025-Q4", ("2025-10-01", "2025-12-31")),
    ("2025-H1", ("2025-01-01", "2025-06-30")),
    ("2025-SU", ("2025-06-01", "2025-08-31")),
    ("2025-WI", ("2025-12-01", "2026-02-28")),
    ("199", ("1990-01-01", "1999-12-31")),
    ("19", ("1900-01-01", "1999-12-31")),
    ("2025-12-19T11:40", ("2025-12-19", "2025-12-19")),
    ("2025-12-19TMO", ("2025-12-19", "2025-12-19")),
    ("0079", ("0079-01-01", "0079-12-31")),
])
def test_interval(value, bounds):
    assert interval(value) == tuple(dt.date.fromisoformat(b) for b in bounds)


@pytest.mark.parametrize("value", ["PAST_REF", "PRESENT_REF", "FUTURE_REF", "P2Y", "PT2H", "PXY",
                                   "XXXX-12-25", "XXXX-WXX-1", "2025-13", "garbage", "",
                                   "BC1200", "BC04"])
def test_interval_none(value):
    assert interval(value) is None


@pytest.mark.parametrize("value,precision", [
    ("2025-12-19", "day"), ("2025-11", "month"), ("2025", "year"), ("2025-W51", "week"),
    ("2025-Q4", "quarter"), ("2025-SU", "season"), ("2025-H2", "half"), ("199", "decade"),
    ("19", "century"), ("2025-12-19T11:40", "time"), ("2025-12-19TMO", "time"),
    ("PAST_REF", "past"), ("PRESENT_REF", "present"), ("FUTURE_REF", "future"),
    ("P2Y", "duration"), ("PT2H", "duration"), ("XXXX-12-25", "day"), ("nonsense", "unknown"),
    ("BC1200", "year"), ("BC04", "century"), ("0079", "year"),
])
def test_precision_of(value, precision):
    assert precision_of(value) == precision
    assert precision in PRECISIONS


def test_timex_precision_uses_vocabulary():
    text = "Every week since 2020, for three days, on Friday morning, last month and now."
    for t in tag(text, D):
        assert t.precision in PRECISIONS


def test_package_never_reads_the_clock():
    pkg = Path(temporal.__file__).parent
    clock = re.compile(r"\b(?:date\.today|datetime\.now|datetime\.today|time\.time|utcnow)\s*\(|\bdt\.date\.today|\bnow\(\)")
    offenders = [p.name for p in pkg.rglob("*.py") if clock.search(p.read_text(encoding="utf-8"))]
    assert not offenders


def test_a_date_an_anchoring_rule_fails_on_keeps_the_rest_of_the_document(monkeypatch):
    from jnz_timeline.temporal import anchor

    def broken(self, d, direction="0"):
        raise ValueError("a bug in a rule")

    monkeypatch.setattr(anchor._Resolver, "op_weekday", broken)
    found = {t.text: t for t in tag("He left on Friday and returned in 2020.", dt.date(2025, 12, 19))}
    assert found["Friday"].value == "XXXX"
    assert "not resolved" in found["Friday"].explanation
    assert found["2020"].value == "2020"
