"""TIMEX3 value strings: precision and inclusive day bounds.

Precision vocabulary (`Timex.precision`, `precision_of`):
``time`` (clock time or part of day), ``day``, ``week`` (ISO week, or its weekend),
``month``, ``season``, ``quarter``, ``half``, ``year``, ``decade``, ``century``,
``past`` / ``present`` / ``future`` (PAST_REF, PRESENT_REF, FUTURE_REF),
``duration``, ``set``, ``unknown``.
"""
from __future__ import annotations

import datetime as dt
import re

from .calendar import SEASON_START, month_end

PRECISIONS = ("time", "day", "week", "month", "season", "quarter", "half", "year", "decade",
              "century", "past", "present", "future", "duration", "set", "unknown")

_Y = r"(?P<y>\d{4}|XXXX)"
_SHAPES = [
    ("time", re.compile(_Y + r"-(?P<m>\d\d|XX)-(?P<d>\d\d|XX)T.+$")),
    ("day", re.compile(_Y + r"-(?P<m>\d\d|XX)-(?P<d>\d\d|XX)$")),
    ("week", re.compile(_Y + r"-W(?P<w>\d\d|XX)(?:-(?P<we>WE|\d))?$")),
    ("month", re.compile(_Y + r"-(?P<m>\d\d|XX)$")),
    ("quarter", re.compile(_Y + r"-Q(?P<q>[1-4X])$")),
    ("half", re.compile(_Y + r"-H(?P<h>[12X])$")),
    ("season", re.compile(_Y + r"-(?P<s>SP|SU|FA|WI)$")),
    ("year", re.compile(r"(?P<y>\d{4}|XXXX)$")),
    ("decade", re.compile(r"(?P<dec>\d{3})$")),
    ("century", re.compile(r"(?P<c>\d{2})$")),
]
_REFS = {"PAST_REF": "past", "PRESENT_REF": "present", "FUTURE_REF": "future"}


def precision_of(value: str) -> str:
    """Precision of a TIMEX3 value string, from its shape (see the module docstring)."""
    if value in _REFS:
        return _REFS[value]
    if value.startswith("P"):
        return "duration"
    value = value.removeprefix("BC")  # a year or century before the common era
    for name, rx in _SHAPES:
        if rx.match(value):
            return name
    return "unknown"


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """Inclusive (first day, last day) of a DATE/TIME value; None if not a bounded date.

    Seasons are meteorological (see `calendar`); ``YYYY-Www-WE`` is that week's Saturday-Sunday.
    A year before the common era (``BC1200``) is not bounded here: `datetime` has no such days.
    """
    if "X" in value or value in _REFS or value.startswith(("P", "BC")):
        return None
    try:
        for name, rx in _SHAPES:
            m = rx.match(value)
            if not m:
                continue
            g = m.groupdict()
            if name in ("time", "day"):
                d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
                return d, d
            y = int(g["y"]) if g.get("y") else None
            if name == "week":
                mon = dt.date.fromisocalendar(y, int(g["w"]), 1)
                if g.get("we") == "WE":
                    return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6)
                if g.get("we"):
                    d = mon + dt.timedelta(days=int(g["we"]) - 1)
                    return d, d
                return mon, mon + dt.timedelta(days=6)
            if name == "month":
                m_ = int(g["m"])
                return dt.date(y, m_, 1), month_end(y, m_)
            if name == "quarter":
                q = int(g["q"])
                return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)
            if name == "half":
                h = int(g["h"])
                return dt.date(y, 6 * h - 5, 1), month_end(y, 6 * h)
            if name == "season":
                s = SEASON_START[g["s"]]
                end_y, end_m = (y + 1, 2) if s == 12 else (y, s + 2)
                return dt.date(y, s, 1), month_end(end_y, end_m)
            if name == "year":
                return dt.date(y, 1, 1), dt.date(y, 12, 31)
            if name == "decade":
                d0 = int(g["dec"]) * 10
                return dt.date(max(d0, 1), 1, 1), dt.date(d0 + 9, 12, 31)
            if name == "century":
                c0 = int(g["c"]) * 100
                return dt.date(max(c0, 1), 1, 1), dt.date(c0 + 99, 12, 31)
    except ValueError:
        return None
    return None
