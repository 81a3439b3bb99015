"""Calendar units and their TIMEX3 spellings: the only place that knows the calendar.

Seasons are *meteorological* (SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec-Feb;
WI of year Y runs from 1 December Y to the end of February Y+1), the convention of
most news writing and of HeidelTime's season normalisation.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
import functools
import os

SEASONS = ("WI", "SP", "SU", "FA")  # index = (month % 12) // 3
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, _cal.monthrange(y, m)[1])


def add_years_day(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def add_months_day(d: dt.date, n: int) -> dt.date:
    y, m = add_months(d.year, d.month, n)
    return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_start(value: str) -> dt.date | None:
    """The Monday of an ISO week value ("2019-W24", with or without "-WE"), or None."""
    try:
        return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    except ValueError:
        return None


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: dt.date) -> tuple[int, str]:
    """(season year, code); December belongs to the winter of its own year."""
    code = SEASONS[(d.month % 12) // 3]
    year = d.year - 1 if d.month in (1, 2) else d.year
    return year, code


def season_index(year: int, code: str) -> int:
    return year * 4 + ("SP", "SU", "FA", "WI").index(code)


def season_from_index(k: int) -> tuple[int, str]:
    return k // 4, ("SP", "SU", "FA", "WI")[k % 4]


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@functools.cache
def lunar_new_years() -> dict[int, dt.date]:
    """Lunar New Year (the first day of the Chinese lunisolar calendar) by Gregorian year,
    1900-2099, from the table next to this module: no astronomy at run time."""
    path = os.path.join(os.path.dirname(__file__), "lunar_new_year.txt")
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                year, md = line.split()
                out[int(year)] = dt.date(int(year), int(md[:2]), int(md[3:]))
    return out


@functools.cache
def hijri_days(year: int, month: int, day: int) -> tuple[dt.date, ...]:
    """The days of Gregorian `year` that are `day` of Hijri `month` (Ramadan = 9), by the
    Umm al-Qura calendar (hijridate: 1343-1500 AH, about 1924-2077), in order: one, or two
    in a year where the Hijri year's 354 days let the feast come round again (2000, 2033);
    none outside the calendar. Observed dates may differ by a day where the new moon is
    sighted later."""
    from hijridate import Hijri  # a Hijri feast is rare: not paid for at start-up

    approx = round((year - 622) * 33 / 32)  # 33 Hijri years to 32 Gregorian ones
    found = []
    for hy in range(approx - 2, approx + 3):
        try:
            g = Hijri(hy, month, day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        if g.year == year:
            found.append(dt.date(g.year, g.month, g.day))
    return tuple(sorted(found))
