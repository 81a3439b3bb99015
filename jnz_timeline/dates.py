"""Dates at their precision: parsing curated values, bounds, and labels.

A curated date is written at the precision that is known (``2025-12-19``,
``2025-11``, ``2022``, ``2025-12-19T11:40+09:00``) or as an inclusive range of
two such values (``2025-12-17..2025-12-18``). Each becomes a `DateSpan`: the
first and last day it may be, and the precision it was known at, so nothing
downstream ever shows a day that was not known.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

# Years jnz accepts: room on both sides for date arithmetic ("a century ago", "next year").
MIN_YEAR, MAX_YEAR = 1000, 9000
PRECISIONS = ("minute", "day", "week", "month", "quarter", "season", "half", "year", "decade", "century")
# Finer first: which of two precisions is the coarser.
PRECISION_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}

_ABSOLUTE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?P<tz>Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = tuple(calendar.month_name)[1:]


class DateFormatError(ValueError):
    """A curated date that cannot be read; the message says why."""


@dataclass(frozen=True, slots=True)
class DateSpan:
    """Where an event may lie: inclusive day bounds and the precision known."""

    earliest: date
    latest: date
    precision: str
    value: str  # normalised text: 2025-12-19, 2025-11, 2022, A..B, or a date-time
    explanation: str = ""

    @property
    def is_range(self) -> bool:
        return ".." in self.value

    def overlaps(self, other: "DateSpan") -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest


def parse(text: str) -> DateSpan:
    """Parse a curated absolute date or range; raise DateFormatError with the reason."""
    text = str(text).strip()
    if ".." in text:
        first, _, last = text.partition("..")
        start, end = _parse_one(first.strip()), _parse_one(last.strip())
        if end.latest < start.earliest:
            raise DateFormatError(f"range {text!r} ends before it starts")
        precision = start.precision if PRECISION_RANK[start.precision] >= PRECISION_RANK[end.precision] else end.precision
        return DateSpan(start.earliest, end.latest, precision, f"{start.value}..{end.value}")
    return _parse_one(text)


def _parse_one(text: str) -> DateSpan:
    match = _ABSOLUTE.fullmatch(text)
    if not match:
        raise DateFormatError(
            f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, YYYY-MM-DDTHH:MM, "
            "or a range A..B"
        )
    year = int(match["y"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateFormatError(f"{text!r}: the year must be between {MIN_YEAR} and {MAX_YEAR}")
    if match["m"] is None:
        return DateSpan(date(year, 1, 1), date(year, 12, 31), "year", text)
    month = int(match["m"])
    if not 1 <= month <= 12:
        raise DateFormatError(f"{text!r}: there is no month {month}")
    last_day = calendar.monthrange(year, month)[1]
    if match["d"] is None:
        return DateSpan(date(year, month, 1), date(year, month, last_day), "month", text)
    day = int(match["d"])
    if not 1 <= day <= last_day:
        raise DateFormatError(
            f"{text!r} is not a valid date: {_MONTH_NAMES[month - 1]} {year} has {last_day} days"
        )
    when = date(year, month, day)
    if match["H"] is None:
        return DateSpan(when, when, "day", text)
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateFormatError(f"{text!r}: {match['H']}:{match['M']} is not a time of day")
    if match["tz"] and match["tz"] != "Z":
        off_h, off_m = int(match["tz"][1:3]), int(match["tz"][4:6])
        if off_h > 14 or off_m > 59:
            raise DateFormatError(f"{text!r}: {match['tz']} is not a UTC offset")
    return DateSpan(when, when, "minute", text)


def parse_day(text: str) -> date:
    """Parse a single day (YYYY-MM-DD), as needed for publication dates and filters."""
    span = parse(text)
    if span.precision not in ("day", "minute") or span.is_range:
        raise DateFormatError(f"{text!r} is not a single day (YYYY-MM-DD)")
    return span.earliest


def from_bounds(earliest: date, latest: date, precision: str, explanation: str = "") -> DateSpan:
    """A span given by its bounds, each written at `precision`: one value, or a range of two.

    Bounds that do not fall on whole units of `precision` are written as days.
    """
    def at_precision(day: date) -> str:
        return {"month": day.isoformat()[:7], "year": str(day.year)}.get(precision, day.isoformat())

    whole_units = {
        "month": earliest.day == 1 and latest == _month_end(latest),
        "year": (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31),
    }
    if precision in whole_units and not whole_units[precision]:
        precision = "day"
    first, last = at_precision(earliest), at_precision(latest)
    value = first if first == last else f"{first}..{last}"
    return DateSpan(earliest, latest, precision, value, explanation)


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def label(span: DateSpan, *, year: bool = True) -> str:
    """Human text at the span's precision: '19 Dec 2025', 'Nov 2025', '17–18 Dec 2025'."""
    if span.is_range:
        first, _, last = span.value.partition("..")
        a, b = parse(first), parse(last)
        if a.precision == b.precision == "day" and a.earliest.year == b.earliest.year:
            if a.earliest.month == b.earliest.month:
                tail = f" {_MONTHS[b.earliest.month - 1]}" + (f" {b.earliest.year}" if year else "")
                return f"{a.earliest.day}–{b.earliest.day}{tail}"
            return f"{label(a, year=False)} – {label(b, year=year)}"
        return f"{label(a, year=year)} – {label(b, year=year)}"
    d = span.earliest
    y = f" {d.year}" if year else ""
    if span.precision == "year":
        return str(d.year)
    if span.precision == "month":
        return f"{_MONTHS[d.month - 1]}{y}".strip()
    text = f"{d.day} {_MONTHS[d.month - 1]}{y}"
    if span.precision == "minute":
        time_part = span.value.partition("T")[2]
        zone = time_part[8:] if time_part[5:6] == ":" else time_part[5:]
        text += f", {time_part[:5]}" + (f" {'UTC' if zone == 'Z' else zone}" if zone else "")
    return text
