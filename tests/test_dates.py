"""Curated dates: parsed at their precision, never widened or narrowed."""
from datetime import date

import pytest

from jnz_timeline.dates import DateFormatError, label, parse, parse_day, from_bounds


@pytest.mark.parametrize(
    "text, earliest, latest, precision",
    [
        ("2025-12-19", date(2025, 12, 19), date(2025, 12, 19), "day"),
        ("2025-11", date(2025, 11, 1), date(2025, 11, 30), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2022", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("2025-12-19T11:40+09:00", date(2025, 12, 19), date(2025, 12, 19), "minute"),
        ("2025-12-17..2025-12-18", date(2025, 12, 17), date(2025, 12, 18), "day"),
        ("2025-11..2026-01", date(2025, 11, 1), date(2026, 1, 31), "month"),
    ],
)
def test_parse_keeps_precision(text, earliest, latest, precision):
    span = parse(text)
    assert (span.earliest, span.latest, span.precision, span.value) == (earliest, latest, precision, text)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("2025-02-30", "February 2025 has 28 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("2025-13", "no month 13"),
        ("19/12/2025", "is not a date"),
        ("2025-12-19T25:00", "not a time of day"),
        ("2025-12-19..2025-12-01", "ends before it starts"),
    ],
)
def test_invalid_dates_say_why(text, reason):
    with pytest.raises(DateFormatError, match=reason):
        parse(text)


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("2025-12-19", "19 Dec 2025", "19 Dec"),
        ("2025-11", "Nov 2025", "Nov"),
        ("2022", "2022", "2022"),
        ("2025-12-17..2025-12-18", "17–18 Dec 2025", "17–18 Dec"),
        ("2025-12-30..2026-01-02", "30 Dec 2025 – 2 Jan 2026", "30 Dec – 2 Jan"),
        ("2025-12-19T11:40+09:00", "19 Dec 2025, 11:40 +09:00", "19 Dec, 11:40 +09:00"),
    ],
)
def test_labels_never_invent_a_day(text, full, short):
    assert label(parse(text)) == full
    assert label(parse(text), year=False) == short


def test_parse_day_refuses_coarser_values():
    assert parse_day("2025-12-19") == date(2025, 12, 19)
    with pytest.raises(DateFormatError, match="single day"):
        parse_day("2025-12")


def test_from_bounds_collapses_whole_units():
    assert from_bounds(date(2025, 11, 1), date(2025, 11, 30), "month").value == "2025-11"
    assert from_bounds(date(2025, 12, 17), date(2025, 12, 18), "day").value == "2025-12-17..2025-12-18"
    assert from_bounds(date(2025, 12, 17), date(2025, 12, 17), "day").value == "2025-12-17"


def test_from_bounds_writes_ranges_at_their_precision():
    assert from_bounds(date(2024, 11, 1), date(2024, 12, 31), "month").value == "2024-11..2024-12"
    assert from_bounds(date(2023, 1, 1), date(2024, 12, 31), "year").value == "2023..2024"
    assert label(parse("2024-11..2024-12")) == "Nov 2024 – Dec 2024"
    # bounds that are not whole months fall back to days rather than widen
    assert from_bounds(date(2024, 11, 3), date(2024, 12, 31), "month").value == "2024-11-03..2024-12-31"
