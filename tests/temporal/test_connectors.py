"""The words that tie two mentions together are data (rules/en/normalization/connector.yaml):
a list word lets a bare month take the year of a dated one before it, a range word keeps the
end of a range after its start, and clock words and "on" tie clock times to the day named
after them."""
from __future__ import annotations

import datetime as dt

import pytest

from jnz_timeline.temporal.anchor import _Joins
from jnz_timeline.temporal.resources import grammar

from . import tagged

DCT = dt.date(2025, 11, 20)  # a Thursday


def _value(text: str, expr: str) -> str:
    return tagged(text, DCT, expr, -1).value


@pytest.mark.parametrize("text,expr,value", [
    # list: the year of the dated month before ("and in", "to early" may stand between)
    ("The plant ran from March 2019 to June.", "June", "2019-06"),
    ("Strikes hit in May 2021 and in July.", "July", "2021-07"),
    ("Output fell from March 2019 to early June.", "early June", "2019-06"),
    # no connector: a month alone keeps the news reading
    ("After the crisis of March 2019, prices rose in June.", "June", "2025-06"),
    # range: the end is not before the start
    ("The season runs from December 1 to January 15.", "January 15", "2026-01-15"),
    ("The season runs from December 1 through mid-January.", "mid-January", "2026-01"),
    # "between ... and" is a range too; a plain "and" is a list, which may go back
    ("He was blamed for robberies between October 2024 and mid-March.", "mid-March", "2025-03"),
    ("Sales rose in October 2024 and in April.", "April", "2024-04"),
    # a list of bare months takes the year of the first, going forward from the publication year
    ("Sales rose in October and in April.", "April", "2025-04"),
    # a past-tense range of bare months or days wholly after publication is last year's
    ("He was blamed for robberies between December and mid-March.", "December", "2024-12"),
    ("He was blamed for robberies between December and mid-March.", "mid-March", "2025-03"),
    ("Fares rose between Dec. 20 and Feb. 5.", "Dec. 20", "2024-12-20"),
    # ... one that spans publication, a future one, or one that ends within the past-tense
    # window (an announced date, DCT 20 November), stays
    ("Tickets went on sale for shows between Nov. 28 and Dec. 5.", "Dec. 5", "2025-12-05"),
    ("The plant was shut from October to December.", "December", "2025-12"),
    ("The festival will run from late December to early January.", "late December", "2025-12"),
    # clock words and "on": the day named after the last clock time
    ("Polls will be open between 8 a.m. and 8 p.m. on Saturday.", "8 a.m.", "2025-11-22T08:00"),
    ("Doors will open at 10:00 (0900 GMT) on Saturday.", "10:00", "2025-11-22T10:00"),
    # report: the day of a report is not the day later clock times fall on
    ("A train crashed late Tuesday, officials said Wednesday. It left at 9:05 pm.", "9:05 pm", "2025-11-18T21:05"),
    ("A train crashed late Tuesday. Help came on Wednesday. It left at 9:05 pm.", "9:05 pm", "2025-11-19T21:05"),
    # ... only a bare weekday: a full date after "reported" stays the date under discussion
    ("The first case was reported on March 3, 2020. Two weeks later schools closed.", "Two weeks later", "2020-03-17"),
])
def test_connectors(text, expr, value):
    assert _value(text, expr) == value


def test_connector_words_come_from_the_table():
    en = _Joins(grammar("en").tables["connector"])
    assert en.list.fullmatch(", and in ") and en.list.fullmatch(" to mid") and en.list.fullmatch(" to mid-")
    assert not en.list.fullmatch(" but ") and not en.range.fullmatch(" and ")
    assert en.clock.fullmatch("-") and en.clock_on.fullmatch(" (0900 GMT) on ")
    assert en.report.search("officials said on ") and not en.report.search("officials met on ")
    assert en.range_pair.fullmatch(" and ") and en.range_open.search("robberies between ")
    other = _Joins({"list": "bis und", "list_lead": "im", "range": "bis", "clock": "bis", "clock_on": "am"})
    assert other.list.fullmatch(" und im ") and not other.list.fullmatch(" and in ")
    assert other.clock_on.fullmatch(" am ") and not other.clock_on.fullmatch(" on ")


def test_language_without_connectors_joins_nothing():
    none = _Joins({})
    for rx in (none.list, none.range, none.range_pair, none.range_open, none.clock, none.clock_on, none.report):
        assert not rx.fullmatch(" and ") and not rx.fullmatch("")
