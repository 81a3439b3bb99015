"""Counts of units that are not whole ("half a century ago", "a quarter of an hour"), counts
from a clock time ("two hours later" after "at 7:30 p.m."), and fractions that are no time."""
from __future__ import annotations

import datetime as dt

import pytest

from jnz_timeline.temporal import tag

from . import tagged

FRI = dt.date(2025, 12, 19)


@pytest.mark.parametrize("text,expr,type_,value", [
    # a fraction of one unit is one duration
    ("The vote took a quarter of an hour.", "a quarter of an hour", "DURATION", "PT15M"),
    ("The firm has traded for three quarters of a century.", "three quarters of a century", "DURATION", "P75Y"),
    ("They waited half an hour.", "half an hour", "DURATION", "PT30M"),
    # years and a half in years and months, as TimeBank writes "2 1/2 years"
    ("The talks lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("for more than three and a half years", "more than three and a half years", "DURATION", "P3Y6M"),
    ("in a single day", "a single day", "DURATION", "P1D"),
    # a fraction that is no whole number of the next unit stays a decimal of its own
    ("Inventory would last 7.3 months at this pace.", "7.3 months", "DURATION", "P7.3M"),
    ("The repairs took 1.5 weeks.", "1.5 weeks", "DURATION", "P1.5W"),
    # counted back from publication, in years (a century) or months (a year and a half)
    ("The treaty was signed half a century ago.", "half a century ago", "DATE", "1975"),
    ("The plant closed a quarter of a century ago.", "a quarter of a century ago", "DATE", "2000"),
    ("The talks began a year and a half ago.", "a year and a half ago", "DATE", "2024-06"),
    ("The war ended a decade and a half ago.", "a decade and a half ago", "DATE", "2010"),
    # and from the date mentioned before
    ("The line opened in March 2019; a year and a half later it closed.", "a year and a half later", "DATE", "2020-09"),
])
def test_counts_that_are_not_whole(text, expr, type_, value):
    t = tagged(text, FRI, expr)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize("text", [
    "Funds hold more than a quarter of the market.",
    "Three quarters of the firms reported losses.",
    "The family sold a quarter of its shares.",
])
def test_a_fraction_of_a_thing_is_no_time(text):
    assert tag(text, FRI) == []


@pytest.mark.parametrize("text,expr,value", [
    ("At 2:45 p.m. the bank spoke. Forty-five minutes later, markets fell.", "Forty-five minutes later", "2025-12-19T15:30"),
    # the count chains on: the time reached is the one the next count starts from
    ("At 2:45 p.m. the bank spoke. Forty-five minutes later, markets fell. An hour and a half later they rose.",
     "An hour and a half later", "2025-12-19T17:00"),
    ("Winds reached 120 mph at 11 a.m., up from 100 mph six hours earlier.", "six hours earlier", "2025-12-19T05:00"),
    # across midnight, and from a clock time whose day follows it
    ("The fire started at 11 p.m. on Thursday. Two hours later it was out.", "Two hours later", "2025-12-19T01:00"),
    ("The meeting began at 7:30 p.m. on Monday. They were still talking two hours later.", "two hours later", "2025-12-15T21:30"),
    # two units, the second the next smaller one
    ("The race starts at 6 p.m.; the leaders are due about two hours and 10 minutes later.",
     "two hours and 10 minutes later", "2025-12-19T20:10"),
])
def test_hours_from_a_clock_time_are_a_clock_time(text, expr, value):
    t = tagged(text, FRI, expr)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text,expr,value", [
    # no clock time to count from: hours count from the middle of the day, so a few stay on it
    ("He was shot on Monday. Two hours later, he died.", "Two hours later", "2025-12-15"),
    ("He was shot on Monday. 40 hours later, he died.", "40 hours later", "2025-12-17"),
    ("The fire began on May 3. Two days, 12 hours later it was out.", "Two days, 12 hours later", "2025-05-06"),
    ("The fire began on May 3. A year and two months later, the site reopened.", "A year and two months later", "2026-07"),
])
def test_hours_from_a_day_are_a_day(text, expr, value):
    t = tagged(text, FRI, expr)
    assert (t.type, t.value) == ("DATE", value)


def test_three_units_are_one_duration():
    t = tagged("He won in 2 hours, 7 minutes and 35 seconds.", FRI, "2 hours, 7 minutes and 35 seconds")
    assert (t.type, t.value) == ("DURATION", "PT2H7M35S")
