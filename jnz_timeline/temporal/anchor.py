"""Phase 2: underspecified values -> TIMEX3 values, anchored on the publication date.

The only date arithmetic of the package. A mention's underspecified value is either a
literal TIMEX3 value (``P3D``, ``PAST_REF``, ``1998``) or an operation ``op(arg, ...)``
whose arguments are atoms or nested operations (grammar in ``rules/README.md``):

========================  ==============================================================
``date(Y, M[, D])``       calendar date or month; ``Y`` = ``X`` (infer), ``98``, ``1998``,
                          ``R-1`` (publication year - 1), ``L`` (year of the date before)
``numdate(Y, A, B)``      all-numeric date: month first, unless a number or another date
                          in the text shows the day first
``month(M, dir)``         bare month; dir ``0`` tense-aware, ``-1`` last, ``1`` next
``weekday(D, dir)``       ISO weekday 1-7; dir as above
``weekendof(day)``        the weekend of a nested day (a Monday's is the one before it)
``lmonth(M, dir)`` ``lweekday(D, dir)`` ``lseason(S, dir)``  the same, told from the date
                          mentioned before ("that October", "the following Friday")
``monthweek(n, month)``   n-th ISO week (-1: last) of a nested month ("the first week of June")
``weekof(day)``           the ISO week of a nested day ("the week of May 3")
``dayof(n, month)``       first (1) or last (-1) day of a nested month
``rel(unit, n)``          the unit containing the publication date, shifted by n
``spoken(k)``             "today" (k days on): the publication day, in a quotation the day of the news
``ago(unit, n)``          publication date minus n units, at the unit's precision
``shift(unit, n)``        the most recently mentioned date shifted by n units
``lunit(unit, n)``        the unit of the most recently mentioned date shifted by n, at the
                          unit's precision ("the following month", "the previous year")
``ref(unit)``             the most recently mentioned day (or the publication day)
``quarter(Q, Y)`` ``half(H, Y)`` ``season(S, Y)``  with ``Y`` as in ``date``
``decade(DD)`` ``year(YY)`` ``century(N)``  two-digit forms completed by the century
``fiscal(YY)``            a fiscal year, as a plain year
``pod(P, day)``           part of day (MO, AF, EV, NI, MI) of a nested day operation
``time(h, m, ampm, day)`` clock time on a nested day operation
``on_day(D, M, d, day)``  the day after "on": a date, a weekday, a DATE mention right after
                          ("8 p.m. on Thanksgiving Day"), or the nested ``day``
``easter(k)``             Easter Sunday + k days (Good Friday = -2)
``hijri(M, D[, month])``  day D of Hijri month M ("Eid al-Fitr" = 10, 1); its Gregorian month
                          with ``month`` ("Ramadan")
``yearly(Y, dir, day)``   a nested yearly day in year ``Y``, or the last/next one
``plusdays(n, day)``      a nested day operation shifted by n days
``xdate(M[, D])``         ``XXXX-MM(-DD)``: a month or day of any year (SET values)
``dur(n, unit)``          duration; ``n`` = ``X`` gives a vague ``PXY``-style value
``dur_and(n, u, m, v[, o, w])``  two or three counted units as one duration (``PT2H15M``)
========================  ==============================================================

News convention: a bare weekday is the most recent one on or before the publication
date, unless the clause is in the future tense; a bare month or day-month takes the
publication year unless tense or distance says otherwise ("nearest sensible year").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from . import calendar as cal
from .numbers import format_number
from ._model import Mention, TemporalError, Timex, Told
from .resources import Deferred, Grammar, LazyRegexes, alternation, grammar
from .tense import HABITUAL, sentence_end
from .values import interval, precision_of

# How far (characters) back a mentioned date stays the reference of "that day", "two days later".
REF_REACH = 400
# The news day: a day the first expression of a text names, within its opening characters
# (the lede) and within this many days before publication.
LEDE_REACH, LEDE_DAYS = 300, 6
# From this hour on a clock time is the evening's: an a.m. time after it is the next day's.
_EVENING = 17
_SMALL_HOURS_END = 5  # the small hours of the night run up to this hour
_PAST_MIDNIGHT_REACH = 45  # minutes after a 12:xx a.m. time within which a bare 12:xx follows it
_NARRATED_CLOCKS = 2  # clock times told on one day that make it a night told clock by clock
_BARE_PM = 4  # an hour up to this, written with no a.m./p.m., is taken as p.m.
# Days in a year back, the reach of "since" before a bare day-month ("since Dec. 28").
_YEAR_DAYS = 366
# Right after "the year": told up to now or ahead, not whole ("risen 5 percent in the year so
# far", "on the year's first trading day", "the year ahead").
_SO_FAR = re.compile(r"the\s+(?:[\w-]+\s+)?year(?:\s+(?:so\s+far|to\s+date|ahead)\b|['’]s\b)", re.IGNORECASE)
# Days after publication a weekday that a past clause's state holds until may lie (on a
# Monday, "until Friday" is that week's), one that a past clause led up to ("had swung
# ahead of Tuesday's vote"), and one that a present clause leads up to (the week ahead).
_UNTIL_AHEAD = 4
_NEAR_AHEAD = 3
_WEEK_AHEAD = 6
_NEAR_REACH = 40  # characters before such a weekday searched for what leads up to it
_FORECAST_REACH = 30  # characters before a quarter's figures searched for a forecast verb
_HABIT_REACH = 40  # characters on either side of a clock time searched for a recurring time
_STORY_YEARS = 2  # a month told at least this many years before publication sets a story
_PERFECT_NEXT = 12  # characters after a mention searched for the present perfect of its clause
_QUARTER_YOUNG = 45  # days into a quarter before which it has no figures of its own
# How far back in its sentence the act that imposes a state (until_act) is looked for.
_UNTIL_REACH = 80
_HOLIDAY_NEAR_DAY = 7  # days between a movable holiday and a day told beside it, of its year
_UNTIL_LEAD = 32  # how far before a day "until" (and "at least", a clock time) may stand
_RANGE_END_REACH = 60  # how far before a weekday ending a range the day it begins may be told
# How far before a day the opening of a relative clause aside around it is looked for.
_ASIDE_REACH = 80
_MONTH_COMPARE_BACK = 40  # characters before a month compared that a quarter or report word voids it
_WEEKDAY_DET_DAYS = 28  # 'the Sunday' is told from a day at least this far from publication
_WEEKEND_AT_HAND = 5  # ISO weekday (Friday) from which "the weekend" is that week's
_SUNDAY = 7  # ISO weekday on which the week of publication is over
_HALF_YOUNG = 4  # months into a half of the year in which a past clause tells of the last one
_SINCE_DAYS = 7  # a 'since' day older than this is background to clock times
# How far back the start of a mention's sentence is looked for.
_WINDOW_BACK = 300
# How far before "the year" op_cur looks for the words that tell it whole or at its end.
_CUR_REACH = 40
# Up to this day of a month, a past clause's "the end of the month" is the month just ended.
_EARLY_DAYS = 5
# How many months a list of bare months may step over the year's end ("December and January").
_LIST_STEP = 3
# What may stand before a year that opens a sentence: an opening quotation mark; and after
# a written year that names a thing instead: a capitalised word ("2020 Olympic champion").
_OPENING_GAP = re.compile(r"[\s\"'“‘]*")
_NAMES_A_THING = re.compile(r"\s+[A-Z]")
# Before a clock time: it opens a span back from the time told ("up since 6 a.m."); before a
# day or month, a time gone by ("since at least March"); how far back it is looked for.
_SINCE_REACH = 20
_SINCE = re.compile(r"\bsince\s+(?:about\s+|around\s+|at\s+least\s+)?$", re.IGNORECASE)
# How many days after a day of an earlier year a past-tense day may follow it (_follows_told).
_FOLLOW = 31
# How far back a dated month gives a bare month joined to it its year ("March 2019 to June").
_YEAR_REACH = 60
# Between two mentions, what ends the clause of the first.
_CLAUSE_STOP = re.compile(r"[.;!?]\s|,")
# How far before a mention its comparison word may stand ("from $1.11 a year ago").
_COMPARE_REACH = 45
# How far back (characters) a past perfect may head the clause of a day shifted back.
_PERFECT_REACH = 200
# How far back (characters) a record counted from a date may open ("the steepest fall since").
_RECORD_REACH = 130
# The last month of publication in which a year reported whole may still be the one before,
# after a month or quarter of it told (annual trade and earnings figures come out by March).
_REPORTED_LATE_MONTH = 3
_REPORT_LAG = 2  # months before publication whose figures a future clause may still report
_REPORTED = "reported"  # a quarter's year spec or a month's direction before reported figures
_AHEAD = "ahead"  # a month's direction: the publication month or a later one (a contract month)
_THIS = "this"  # a month's direction: the one of the publication year ("this August")
_THIS_MONTH_REACH = 3  # months across the year's end within which "this <month>" is the nearest
# How fine a precision is: a unit told from a date needs one at least as fine ("the following
# month" after a day or a month, not after a year).
_FINENESS = {"day": 0, "time": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "half": 3, "season": 4, "year": 4}
# A unit of a known year, left open.
_OPEN = {"day": "XX-XX", "week": "WXX", "weekend": "WXX-WE", "month": "XX", "quarter": "QX"}
# A day-month this close to publication keeps the year the publication date gives it.
_NEAR = 90
_CALL = re.compile(r"^([a-z_]+)\((.*)\)$", re.S)
_UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
              "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
              "century": "CE", "half": "H", "fortnight": "W", "millennium": "ML"}
# A fraction of a unit in the next smaller one (TIMEX3 values are integers: 1.5 hours -> PT1H30M).
_LOWER = {"hour": ("minute", 60), "day": ("hour", 24), "year": ("month", 12), "week": ("day", 7),
          "month": ("day", 30), "minute": ("second", 60)}
# Units of a two-part duration -> (count, ISO part): weeks are written as days beside another unit.
_DUR_PARTS = {"year": (1, "Y"), "month": (1, "M"), "week": (7, "D"), "day": (1, "D"), "hour": (1, "H"),
              "minute": (1, "MI"), "second": (1, "S")}
# Counted durations written in another unit: TIMEX3 practice is P10Y for a decade (not P1DE),
# P2D for a weekend. (TimeBank writes quarters in their own unit, P1Q, as vague ones: PXQ.)
_IN_YEARS = {"decade": 10, "century": 100, "millennium": 1000}
# A clock time to count hours and minutes from ("two hours later"); a value with one is a TIME.
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_CLOCK_UNITS = ("hour", "minute", "second")
_DUR_AS = {"weekend": (2, "D"), "fortnight": (2, "W")}
# Used when a language has no normalization/tense_window.yaml (same meaning).
_DEFAULT_WINDOWS = {"day future": "-30 334", "day past": "-304 60", "day none": "-182 183",
                    "month future": "0 11", "month past": "-10 1", "month none": "-9 2",
                    "day deferred": "-120 244", "month deferred": "-1 10"}
_PODS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday",
         "DT": "daytime"}


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    wk = (32 + 2 * e + 2 * i - h - k) % 7  # "L" of the published algorithm
    m = (a + 11 * h + 22 * wk) // 451
    month, day = divmod(h + wk - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Orthodox churches, on the Gregorian calendar (Meeus's Julian
    computus, then the Julian calendar's lag: 13 days in 1900-2099)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    lag = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=lag)


def parse(value: str):
    """Parse ``op(a, op2(b), c)`` into nested tuples; a literal stays a string."""
    value = value.strip()
    m = _CALL.match(value)
    if not m:
        return value
    args, depth, cur = [], 0, ""
    for ch in m.group(2):
        if ch == "," and depth == 0:
            args.append(cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    if cur.strip() or args:
        args.append(cur)
    return (m.group(1), *[parse(a) for a in args])


class _Joins(LazyRegexes):
    """The connector words of a language (``connector.yaml``) as the regexes that tie two
    mentions together, each matched against all the text between them."""

    def __init__(self, table: dict[str, str], months: list[str] = ()):
        w = {k: v.split() for k, v in table.items()}
        # A comma that ends a clause: not one in a number ("1,200"), nor before "and" (a
        # clause_break's to tell) or a month of a list ("December, January and February").
        listed = rf"(?!\s*(?:{alternation(months)})\b)" if months else ""
        self.clause_comma = Deferred(rf",(?!\d)(?!\s*and\b){listed}", re.IGNORECASE)
        self.list = self._joiner(w, "list", r",?\s*", r"\s+")
        self.range = self._joiner(w, "range", r"\s*", r"\s*")
        self.clock = self._joiner(w, "clock", r"\s*", r"\s*")
        self.day_clock = self._joiner(w, "day_clock", r",?\s*", r"\s+")
        # A clock time restated in another zone may stand between ("10:00 (0900 GMT) on Friday"),
        # and a comma ("will close early, at 1 p.m., on Friday"). (The clock rules' own
        # lookahead for "on <weekday>" takes no comma: there the day is joined here instead.)
        self.possessive = Deferred(r"['’]s\b")
        self.ended = self._joiner(w, "ended", r",?\s*(?:(?:which|that)\s+)?", r"\s+")
        self.clock_on = self._joiner(w, "clock_on", r",?\s*(?:\([^()\n]{1,20}\)\s*)?", r"\s+")
        # "between October and mid-April": a pair word after an opener joins a range too.
        self.range_pair = self._joiner(w, "range_pair", r"\s*", r"\s+")
        self.range_open = self._ending(w, "range_open")
        self.range_end = self._ending(w, "range_end")
        self.range_start = self._ending(w, "range_start")
        self.half_ahead = self._ending(w, "half_ahead")
        det = rf"(?:(?:{alternation(w['quarter_ahead_det'])})\s+)?" if w.get("quarter_ahead_det") else ""
        self.quarter_ahead = self._ending(w, "quarter_ahead", det)
        # what leads up to a weekday's event in a present clause: "ahead of", a progressive
        # of getting ready ("is preparing for")
        be = alternation(w["near_be"]) if w.get("near_be") else "(?!)"
        ready = self._phrases(w, "near_ready") if w.get("near_ready") else "(?!)"
        self.near_ahead = Deferred(rf"\b(?:(?:{self._phrases(w, 'near_lead')})|(?:{be})\s+(?:{ready})\s+[a-z]+)\s+$", re.IGNORECASE) \
            if w.get("near_lead") else Deferred("(?!)")
        self.half_of = self._word(w, "half_of")
        self.year_at = self._ending(w, "year_at")
        self.quarter_this = Deferred(rf"(?:{alternation(w['quarter_this'])})\b", re.IGNORECASE) \
            if w.get("quarter_this") else Deferred("(?!)")
        self.present_perfect = self._word(w, "present_perfect")
        on = rf"(?:(?:{alternation(w['report_on'])})\s+)?" if w.get("report_on") else ""
        self.report = self._ending(w, "report", on)
        self.background = self._ending(w, "background")
        det = rf"(?:(?:{alternation(w['quarter_after_det'])})\s+)?" if w.get("quarter_after_det") else ""
        self.quarter_after = self._ending(w, "quarter_after", det + r"(?:[a-z-]+\s+)?")
        self.weekday_det = self._ending(w, "weekday_det")
        # a span of months reported: "the (first) nine months"
        lead = rf"(?:(?:{alternation(w['span_lead'])})\s+)?" if w.get("span_lead") else ""
        self.span = Deferred(rf"the\s+{lead}(?:{alternation(w['span_count'])})\s+months", re.IGNORECASE) \
            if w.get("span_count") else Deferred("(?!)")
        # (not a year: "the first nine months of 1998" is still the span)
        self.span_not = Deferred(rf"\s+(?:{alternation(w['span_not'])})\b(?!\s+\d)", re.IGNORECASE) \
            if w.get("span_not") else Deferred("(?!)")
        self.month_compare_not = self._word(w, "month_compare_not")
        # the opening of a relative clause set off by commas, and its closing comma
        opened_by = rf"(?:(?:{self._phrases(w, 'aside_lead')})\s+)?" if w.get("aside_lead") else ""
        # (or by a participle with its agent: "The plan, hammered out by her cabinet on 6
        # July, would ...")
        participle = rf"[a-z]+(?:{alternation(w['participle_suffix'])})|{alternation(w['perfect_participle'])}" \
            if w.get("participle_suffix") and w.get("perfect_participle") else "(?!)"
        agent = rf"|(?:{participle})(?:\s+[a-z]+)?\s+(?:{alternation(w['aside_agent'])})" if w.get("aside_agent") else ""
        self.aside_open = Deferred(rf",\s*(?:{opened_by}(?:{alternation(w['aside'])}){agent})\b[^,;.!?\n]*$", re.IGNORECASE) \
            if w.get("aside") else Deferred("(?!)")
        self.aside_close = Deferred(r"[^,;.!?\n]*,")
        # a day that ends or opens a period of accounts ("the quarter ended Dec. 28", "the new
        # fiscal year, which began July 1")
        self.period_bound = Deferred(
            rf"\b(?:{self._phrases(w, 'period_bound_noun')})(?:,?\s+(?:{alternation(w['relative_that'])}))?\s+"
            rf"(?:{alternation(w['period_bound'])})\s+(?:(?:{alternation(w['period_bound_prep'])})\s+)?$", re.IGNORECASE) \
            if all(w.get(k) for k in ("period_bound", "period_bound_noun", "period_bound_prep", "relative_that")) else Deferred("(?!)")
        self.since_day = Deferred(rf"\b(?:{alternation(w['since_compare'])})\b[^.;!?\n]{{0,80}}\b(?:{alternation(w['since_day'])})\b[^,;.!?\n]{{0,30}}$",
                                    re.IGNORECASE) if w.get("since_day") and w.get("since_compare") else Deferred("(?!)")
        self.role = Deferred(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{alternation(w['role'])})\b", re.IGNORECASE) if w.get("role") else Deferred("(?!)")
        self.report_any = self._word(w, "report")
        # an amount of money or a percentage ("$12 million", "3.4 percent", "7.28%")
        # ("_" joins the words of a phrase in the list: "per_cent")
        money = r"[$€£¥]\s?\d|\d\s?%"
        words = self._phrases(w, "amount")
        self.amount = Deferred(rf"{money}|\d[\d,.]*\s+(?:{words})\b" if words else money, re.IGNORECASE)
        # (and a clock time on the day: "until 10:00 am on Sunday")
        skip = self._phrases(w, "until_skip")
        clock = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?(?:on\s+)?)?"
        self.until = self._ending(w, "until", (rf"(?:(?:{skip})\s+)?" if skip else "") + clock)
        self.night_onward = self._ending(w, "night_onward")
        self.running = self._word(w, "running")
        self.running_after = self._joiner(w, "running_after", r"\s+", r"\b")
        # an act that imposes a state, with no "be/remain" or negation right before it
        # ("closed land borders", not "were closed", "did not close")
        # (and no verb of a span gone by between the act and "until": "closed the airport
        # Saturday and it stayed shut until Wednesday")
        not_after = "".join(rf"(?<!{re.escape(x)}\s)" for x in w.get("until_not", ()))
        over = rf"(?!\b(?:{alternation(w['until_over'])})\b)" if w.get("until_over") else ""
        act = rf"{not_after}\b(?:{alternation(w['until_act'])})\b" if w.get("until_act") else "(?!)"
        if w.get("until_directive"):  # "told residents to boil drinking water"
            # (the words between are its object, no clause of their own: not "told the court
            # she tried to call him until Sunday")
            # ... though a relative clause may qualify the object ("told those who were
            # evacuated to stay away")
            gap = rf"(?!(?:{alternation(w['until_directive_not'])})\b)" if w.get("until_directive_not") else ""
            rel = rf"(?:(?:{alternation(w['until_directive_rel'])})\s+(?:[\w'’-]+\s+){{1,3}}?)?" \
                if w.get("until_directive_rel") else ""
            act = rf"(?:{act}|\b(?:{alternation(w['until_directive'])})\s+(?:{gap}[\w'’-]+\s+){{0,4}}?{rel}to\s+[a-z]+\b)"
        self.until_act = Deferred(rf"{act}(?:{over}[^;!?\n])*$", re.IGNORECASE)
        # after a weekday: a clause that tells what happened on it (", when a caller named him")
        self.until_told = Deferred(rf"[^,.;!?\n]{{0,30}},\s*(?:{alternation(w['period_when'])})\b", re.IGNORECASE) \
            if w.get("period_when") else Deferred("(?!)")
        self.apposition = self._joiner(w, "apposition", r",\s*", r"\s+")
        # a closing a day told with a holiday is for ("are closed Monday for Labor Day")
        self.closed_for = Deferred(rf"\b(?:{alternation(w['closed_for'])})\b(?:\s+(?:on\s+)?)?$", re.IGNORECASE) \
            if w.get("closed_for") else Deferred("(?!)")
        self.holiday_for = Deferred(rf"[ \t]+(?:{alternation(w['holiday_for'])})[ \t]+", re.IGNORECASE) \
            if w.get("holiday_for") else Deferred("(?!)")
        self.near_after = frozenset(x.lower() for x in w.get("near_day_after", ()))
        sides = list(w.get("near_day_after", ())) + list(w.get("near_day_before", ()))
        det = rf"(?:(?:{alternation(w['near_day_det'])})[ \t]+)?" if w.get("near_day_det") else ""
        self.near_day = Deferred(rf",[ \t]*(?:{alternation(w['near_day_lead'])})[ \t]+({alternation(sides)})[ \t]+{det}",
                                 re.IGNORECASE) if w.get("near_day_lead") and sides else Deferred("(?!)")
        self.pointed_back = Deferred(rf"(?:{self._phrases(w, 'pointed_back')})\b", re.IGNORECASE) \
            if w.get("pointed_back") else Deferred("(?!)")
        adverb = rf"(?:(?:{alternation(w['perfect_adverb'])})\s+)?" if w.get("perfect_adverb") else ""
        irregular = rf"|{alternation(w['perfect_participle'])}" if w.get("perfect_participle") else ""
        perfect = rf"(?:{alternation(w['perfect_aux'])})\s+{adverb}(?:[a-z]+(?:ed|en){irregular})\b" if w.get("perfect_aux") else ""
        self.past_perfect = Deferred(rf"\b{perfect}", re.IGNORECASE) if perfect else Deferred("(?!)")
        # ... opening a relative clause ("the rebels who had sunk her deal on Tuesday night")
        relative = w.get("aside", []) + w.get("relative_that", [])
        self.relative_perfect = Deferred(rf"\b(?:{alternation(relative)})\s+{perfect}[^,;.!?]*$", re.IGNORECASE) \
            if perfect and relative else Deferred("(?!)")
        clause = self._phrases(w, "apposition_clause")
        self.apposition_clause = Deferred(rf",\s*(?:{clause})\s+(?:(?:{alternation(w['apposition'])})\s+)?", re.IGNORECASE) \
            if clause and w.get("apposition") else Deferred("(?!)")
        # "over the year" (whole), "the last trading day of the year" (its end): op_cur
        self.over_whole = self._ending(w, "over_whole")
        self.over_whole_early = self._ending(w, "over_whole_early")
        self.period_end = Deferred(
            rf"\b(?:{alternation(w['period_end'])})\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(w['period_end_noun'])})\s+of\s+$"
            rf"|\b(?:{alternation(w['end_to'])})\s+(?:to|of)\s+$", re.IGNORECASE) \
            if w.get("period_end") and w.get("period_end_noun") and w.get("end_to") else Deferred("(?!)")
        self.not_whole = self._word(w, "not_whole")
        # a comparison word and, before the mention, nothing, an amount (a number with up to
        # two words either side: "from $2.61 a week earlier", "from about 7.6 million a year
        # earlier") or a period named (`compare_det`/`compare_noun`: "from the same month a
        # year earlier", "down from a peak a year earlier"), and a word of `compare_lead`
        # ("compared with a year earlier", "lower than in the fourth quarter"); not a place
        # ("returned from Iraq a week ago", "fled from the city a year ago")
        lead = rf"(?:(?:{alternation(w['compare_lead'])})\s+)?" if w.get("compare_lead") else ""
        base = rf"(?:(?:the|a|an|those|that|its|their)\s+)?(?:(?:{alternation(w['compare_det'])})\s+)?(?:{alternation(w['compare_noun'])})\s+(?:of\s+)?" \
            if w.get("compare_noun") else "(?!)"
        # (the words before the number are no relative word, a comma only inside a number:
        # "from Afghanistan, where 1,200 soldiers died a year ago" compares nothing)
        no_rel = rf"(?!(?:{alternation(w['compare_not'])})\b)" if w.get("compare_not") else ""
        amount = (rf"(?:(?:{no_rel}[\w$%.]+(?:,\d+)*\s+){{0,2}}[$€£]?\d[\w$%.,]*\s+(?:[a-z]+\s+){{0,2}}|{base}"
                  r"|(?:(?:where|what)\s+)?(?:it|they|those)\s+(?:was|were|stood|of)\s+|those\s+)?")
        self.compare = self._ending(w, "compare", lead + amount + lead)
        self.compare_any = self._word(w, "compare")
        # a figure compared with, told right before its period ("down from 5.0% in the first
        # quarter", "from $2.56 late Friday"): money, a percentage or a number of `amount` units
        units = self._phrases(w, "amount")
        self.compare_level = Deferred(
            rf"\b(?:{alternation(w['compare'])})\s+(?:[$€£¥]\s?\d[\d,.]*(?:\s+(?:{units}))?|\d[\d,.]*\s?(?:%|(?:{units})\b))"
            rf"\s+(?:(?:{alternation(w['compare_lead'])})\s+)?$", re.IGNORECASE) if w.get("compare") and units else Deferred("(?!)")
        # the words that open a sentence set in a year ("In 2008, ..."), and a clause of its
        # own after a comma that it does not set ("In 2018, it lost money, but the shares have
        # doubled since March")
        self.year_in = self._joiner(w, "year_in", r"\s*", r"\s+")
        self.clause_break = self._joiner(w, "clause_break", r",\s*", r"\b")
        # after a year or season, a clause set in it ("last winter, when a warm December ...")
        self.period_when = self._joiner(w, "period_when", r",\s*", r"\b")

    @staticmethod
    def _phrases(w: dict[str, list[str]], key: str) -> str:
        """The words and phrases of `key` as alternatives ("_" joins a phrase's words)."""
        return alternation(w.get(key, [])).replace("_", r"\s+")

    @staticmethod
    def _word(w: dict[str, list[str]], key: str) -> Deferred:
        """A word or phrase of `key` anywhere: searched in a stretch of text."""
        if not w.get(key):
            return Deferred("(?!)")
        return Deferred(rf"\b(?:{_Joins._phrases(w, key)})\b", re.IGNORECASE)

    @staticmethod
    def _ending(w: dict[str, list[str]], key: str, after: str = "") -> Deferred:
        """A word of `key` (then `after`) right before a mention: searched up to its start."""
        if not w.get(key):
            return Deferred("(?!)")
        return Deferred(rf"\b(?:{alternation(w[key])})\s+{after}$", re.IGNORECASE)

    @staticmethod
    def _joiner(w: dict[str, list[str]], key: str, before: str, after: str) -> Deferred:
        if not w.get(key):
            return Deferred("(?!)")
        # "mid-" is glued to the date after it; other lead words stand apart.
        leads = [re.escape(x[:-1]) + "-?" if x.endswith("-") else re.escape(x) + r"\s+" for x in w.get(key + "_lead", ())]
        lead = f"(?:{'|'.join(leads)})?" if leads else ""
        return Deferred(rf"{before}(?:{alternation(w[key])}){after}{lead}", re.IGNORECASE)


_JOINS: dict[int, tuple[Grammar, _Joins]] = {}


def _joins(g: Grammar) -> _Joins:
    """The connectors of grammar `g`, built on first use (kept with it, so its id is not reused)."""
    j = _JOINS.get(id(g))
    if j is None:
        j = _JOINS[id(g)] = (g, _Joins(g.tables.get("connector", {}), list(g.tables.get("month", {}))))
    return j[1]


# The characters of a value that name its month, year, decade or century, and how fine a
# date told before must be to name one (a year names its decade, not its month).
_TOLD_UNIT = {"month": 7, "year": 4, "decade": 3, "century": 2}
_RANK = {"century": 1, "decade": 2, "year": 3, "season": 3, "half": 3, "quarter": 3, "month": 4, "day": 5, "time": 6}
# The edges of a period that a date told before in the sentence may set ("by the end of the
# decade"; not "the year" alone, which is the report's).
_EDGE_WORDS = ("end", "beginning", "start", "middle")
# A year written out in a mention ("1958", "'58"), not a clock time ("2359 GMT").
_WRITTEN_YEAR = re.compile(r"(?<![\d:])(?:1[5-9]|20)\d\d(?![\d:])|['’]\d\d\b")
# A date that sets the scene of its clause ("in 1958", "on March 3", "during early 2009") ...
_SETTING = re.compile(r"\b(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# ... not one it is compared with or counted from ("since 2019", "Unlike in 2008", "Compared
# with 2019"), nor an edge counted from ("from the beginning of the year")
_NOT_SETTING = re.compile(r"\b(?:since|from|unlike|compared|than|versus|vs)\b", re.IGNORECASE)

# A span of months reported ("the first nine months") by the quarter it ends with, as the
# calendar period it stands for: a year (nine months stand for their year, as the dev gold
# has them), a half, or none ("the six months ended Sept. 30")
_SPAN_PERIOD = {
    "P6M": {"Q2": "-H1", "Q4": "-H2"},
    "P9M": {"Q1": "", "Q2": "", "Q3": "", "Q4": ""},
    "P12M": {"Q4": ""},
}


@dataclass(eq=False, repr=False)  # a working state: never compared or shown
class _Ctx:
    """What the text has told so far, read and updated as each mention is resolved."""

    dct: dt.date
    # The raw clause tense of the mention being resolved (Mention.clause), read through
    # `tense`, `window_tense` and `generic` on first ask.
    clause: Callable[[], str | None]
    last: str | None  # most recent concrete DATE/TIME value in the text
    last_quarter: str | None = None  # most recent quarter mentioned (financial reports)
    last_closed: str | None = None  # most recent quarter mentioned that was over by publication
    last_report: str | None = None  # most recent quarter or half mentioned, a year from which is compared
    span: tuple[str, int] | None = None  # the last span of months reported ("the first nine months"), where it ends
    last_report_end: int = 0  # where the mention of last_report ends
    # quarter number -> the year inferred for it when the text did not write one: the same
    # bare quarter compared with is the same one ("fourth-quarter profit rose ... revenue
    # would be lower than in the fourth quarter", not next year's in a future clause)
    quarters: dict[int, int] = field(default_factory=dict)
    last_start: int = 0  # where the `last` mention started
    last_end: int = 0  # where the `last` mention ended
    last_op: str = ""  # the operation that gave `last` ("weekday", "date", ...)
    # the clause tense of the mention that gave `last`, read on first ask (_Ctx.last_ahead)
    last_clause: Callable[[], str | None] | None = None
    # the last reference told that is not itself compared with, as (value, start, end, op):
    # what a second comparison is set against ("in February, up 3.9% from January and 24%
    # from a year earlier")
    uncompared: tuple[str, int, int, str] | None = None
    pos: int = 0  # where the mention being resolved starts
    end: int = 0  # ... and where it ends
    windows: dict = field(default_factory=dict)  # the tense_window table of the language
    text: str = ""  # the text of the mentions
    dayfirst: str | None = None  # an all-numeric date that shows the text writes the day first
    ahead: str | None = None  # the day named after "on" just after the clock time being resolved
    joins: _Joins | None = None  # the connector words of the language
    sent_end: re.Pattern | None = None  # where a sentence ends (tense.sentence_end)
    dated: dict[int, int] = field(default_factory=dict)  # month -> year of a day dated in full before
    # a day a state still ahead lasts until, told last: (where its sentence ends, where it
    # starts, the references before it)
    held: tuple | None = None
    # The most recent day mentioned that is not before publication, and where it ended: what
    # a future clause refers to when the day mentioned last is one gone by.
    coming: tuple[str, int] | None = None
    # The most recent day (or clock time) mentioned, and where it ended: the day under
    # discussion when a coarser background date came after it ("apologised on Tuesday ...
    # an audit in January had found ... The session opened at 2.30pm").
    day: tuple[str, int] | None = None
    # The day of the news the text opens with ("regulators on Tuesday approved ..."), when it
    # is one of the days just before publication: where a past clock time with no day of its
    # own happened ("The announcement came shortly after 5 p.m.").
    lede: str | None = None
    # The most recent year, season, quarter or half mentioned (even one told from
    # publication, "last winter"), and where it ended: what a clause after it opened by
    # "when" is set in.
    period: tuple[str, int] | None = None
    # The value and end of the expression resolved just before, whatever it is.
    prev: tuple[str, int] | None = None
    # (start, end) of the recurring times (SET) found in the text, for a clock time beside one
    sets: tuple[tuple[int, int], ...] = ()
    last_clock: tuple[str, int] | None = None  # the last clock time told, and where it ends
    # Where a relative clause aside with a day in it ends, where its first day starts, the
    # reference (last, last_start, last_end, day) a clock time after the aside falls back on
    # when the reference is still one told inside it, and whether that day was told from
    # the reference (then anything after the aside falls back on it).
    aside: tuple[int, int, tuple, bool] | None = None
    clocks: list[tuple[str, int]] = field(default_factory=list)  # (day, minute of the day) of each clock time told
    eve: bool = False  # whether the evening or night before publication was told ("last night")
    _told: tuple[str | None, str | None, bool] | None = None  # (tense, window_tense, generic)

    @property
    def tense(self) -> str | None:
        """"past", "future" or None: the clause's direction (a deferral looks ahead)."""
        return self._read()[0]

    @property
    def window_tense(self) -> str | None:
        """The tense whose window places a bare day or month, where it is not `tense`: a
        deferral ("was moved to May 13") looks ahead for a weekday but either way for a date."""
        return self._read()[1]

    @property
    def generic(self) -> bool:
        """Whether the clause tells a habit ("usually starts in May"): a bare month, day or
        season in it is one of any year (XXXX-05)."""
        return self._read()[2]

    def last_ahead(self) -> bool:
        """Whether `last` was told in a clause about the future."""
        return self.last_clause is not None and _tenses(self.last_clause())[0] == "future"

    def _read(self) -> tuple[str | None, str | None, bool]:
        if self._told is None:
            raw = self.clause()
            self._told = (*_tenses(raw), raw is not None and raw.startswith(HABITUAL))
        return self._told

    def at(self, men: Mention) -> None:
        """Make `men` the mention being resolved, its clause tense not yet read."""
        self.clause, self._told, self.pos, self.end = men.clause, None, men.start, men.end


def _tenses(tense: str | None) -> tuple[str | None, str | None]:
    """The (tense, window_tense) of _Ctx for a clause tense: a deferral is future but for
    its own window."""
    if tense == "deferred":
        return "future", "deferred"
    if tense is not None and tense.startswith(HABITUAL):
        return tense[len(HABITUAL):] or None, None
    return tense, None


def _weekend_steps(d: dt.date, k: int) -> int:
    """Weeks from day `d` to the weekend k after it: on a weekday, the coming weekend
    (k = 1) is its own week's."""
    return k - 1 if k > 0 and d.isoweekday() <= 5 else k


def _window(ctx: _Ctx, kind: str, tense: str | None) -> tuple[int, int]:
    """Offsets (days, months) from the DCT a bare `kind` may take in a clause of `tense`."""
    key = f"{kind} {tense or 'none'}"
    lo, hi = (ctx.windows.get(key) or _DEFAULT_WINDOWS[key]).split()
    return int(lo), int(hi)


def _int(a) -> int | None:
    try:
        return int(float(a))
    except (TypeError, ValueError):
        return None


def _whole(n, unit: str, plus_half: str = "") -> tuple[int | None, str]:
    """A count of `unit` (and a half, if `plus_half` is not blank) as a whole count of it or
    of a smaller unit: "half a century" is 50 years, "a year and a half" 18 months (None for a
    vague count). The sign of `n` is kept."""
    try:
        x = float(n)
    except (TypeError, ValueError):
        return None, unit
    if plus_half.strip():
        x += 0.5 if x >= 0 else -0.5
    if not x.is_integer():
        if unit in _IN_YEARS:
            x, unit = x * _IN_YEARS[unit], "year"
        elif unit in _LOWER:
            unit, factor = _LOWER[unit]
            x *= factor
    return round(x), unit


def _months(value: str, prec: str) -> tuple[int, int]:
    """First and last month of the period `value` spans: one, a quarter, a half, or a whole year."""
    if prec in ("day", "time", "month"):
        return (int(value[5:7]),) * 2
    if prec == "quarter":
        return 3 * int(value[6]) - 2, 3 * int(value[6])
    if prec == "half":
        return 6 * int(value[6]) - 5, 6 * int(value[6])
    if prec == "season" and value[5:7] in cal.SEASON_START:
        # a winter runs into the next year; as a span of its own year's months it is December
        first = cal.SEASON_START[value[5:7]]
        return first, min(first + 2, 12)
    return 1, 12


def _fmt_day(d: dt.date) -> str:
    return d.isoformat()


def _dct_desc(c: _Ctx) -> str:
    return f"{c.dct.isoformat()}, a {cal.WEEKDAYS[c.dct.weekday()]}"


class _Resolver:
    """Evaluates one parsed operation; returns (value, reason)."""

    def __init__(self, ctx: _Ctx):
        self.c = ctx
        # The year given around a yearly day ("Thanksgiving 2010"), set by op_yearly for the
        # operation it wraps (a holiday's own op does not see the words around it).
        self.year_hint: int | None = None
        # The year of a day whose year the text writes out ("July 22, 1989"), set by op_date.
        self.full_year: int | None = None
        # Whether the value ends a range whose start is a bare month or day ("between December
        # and mid-March"), its own year inferred too; set by op_date and op_month.
        self.range_end = False
        # Whether the value is a period compared with ("up from a year ago": that Monday a
        # year back), which is no day the narrative moves to; set by _compared.
        self.compared = False
        # Whether op_ref gave the day mentioned before (a clock time then may fall the
        # morning after its night); set by op_ref.
        self.from_last = False
        # Whether op_ref fell back on the publication day, no day being under discussion.
        self.from_pub = False
        # (quarter, year) of a quarter whose year op_quarter inferred; set by op_quarter.
        self.quarter_inferred: tuple[int, int] | None = None
        # op_yearly's direction (-1 last, 1 next) while it tries a year, for a feast that may
        # come twice in one (op_hijri).
        self.year_dir = 0

    def run(self, node) -> tuple[str, str]:
        if isinstance(node, str):
            return node, "fixed value"
        fn = getattr(self, "op_" + node[0], None)
        if fn is None:
            raise TemporalError(f"unknown operation {node[0]!r}")
        return fn(*node[1:])

    # --- years -----------------------------------------------------------
    def year_spec(self, spec) -> int | None:
        if isinstance(spec, tuple):  # a nested operation that gives a year ("spokenyear(19,94)")
            spec = self.run(spec)[0]
        spec = str(spec).strip()
        if spec in ("X", ""):
            return None
        if spec.startswith("R"):
            return self.c.dct.year + int(spec[1:] or 0)
        if spec.startswith("L"):  # "that year" (L), "the following year" (L1): from the year of
            # the date mentioned before, else the DCT's
            last, _ = self._last_base()
            return (int(last[:4]) if last else self.c.dct.year) + int(spec[1:] or 0)
        y = int(spec)
        if len(spec) <= 2:
            # Two-digit year: the century that puts it no more than 10 years after the DCT.
            base = self.c.dct.year // 100 * 100
            y = base + y
            if y > self.c.dct.year + 10:
                y -= 100
        return y

    def window(self, kind: str) -> tuple[int, int]:
        """Offsets (days, months, ...) from the DCT a bare `kind` may take, by clause tense."""
        return _window(self.c, kind, self.c.window_tense or self.c.tense)

    def _tense_why(self) -> str:
        if self.c.window_tense == "deferred":
            return "the nearest such date, as the clause puts something off to it"
        return {"future": "because the clause is about the future",
                "past": "because the clause is in the past tense"}.get(self.c.tense, "by news convention")

    def _window_year(self, offset, unit: str) -> tuple[int, int, int]:
        """The year, of this one, the last and the next, whose ``offset(year)`` from the DCT
        (in days or months, as `unit`) lies in the tense window; else this one. Also the window."""
        y = self.c.dct.year
        lo, hi = self.window(unit)
        if self._after_since():
            # "has climbed since January", said in December: a time gone by, up to a year back
            lo, hi = -(_YEAR_DAYS if unit == "day" else 11), 0
        elif unit == "day" and self._until_state():
            # a state imposed until a day may hold past publication: a deferral's window
            lo, hi = _window(self.c, unit, "deferred")
        for cy in (y, y - 1, y + 1):
            if lo <= offset(cy) <= hi:
                return cy, lo, hi
        return y, lo, hi

    def _infer_year(self, month: int, day: int | None) -> tuple[int, str]:
        c, y = self.c, self.c.dct.year
        if day is not None:
            cy, lo, hi = self._window_year(
                lambda cy: ((cal.valid_date(cy, month, day) or cal.valid_date(cy, month, 28)) - c.dct).days, "day")
        else:
            cy, lo, hi = self._window_year(lambda cy: (cy - y) * 12 + month - c.dct.month, "month")
        if cy == y:
            return y, "the year of publication"
        return cy, f"the {'next' if cy > y else 'last'} such date, {self._tense_why()} (between {-lo} {'days' if day else 'months'} before and {hi} after publication)"

    # --- operations ------------------------------------------------------
    def op_date(self, y, m="X", d=None, wd=None, wd2=None):
        """A calendar date, month or year; `wd` (or `wd2`, a weekday after it: "Nov. 11, a
        Friday") the weekday written with it, which may pick the year."""
        year = self.year_spec(y)
        mon = _int(m)
        day = _int(d)
        why = "an explicit date"
        if year is not None and re.fullmatch(r"\d{4}", str(y).strip()) and day is not None:
            self.full_year = year
        if year is None and mon is None:
            return "XXXX", "an unknown year"
        guessed = False
        if year is None and self.year_hint is not None:
            year, why = self.year_hint, "the year given"
        elif year is None and self.c.generic and mon is not None:
            return self.op_xdate(mon, day)
        elif year is None:
            guessed = True
            year, why = self._infer_year(mon, day)
            why = f"year not given; taken as {why} ({self.c.dct.isoformat()})"
            dated = self.c.dated.get(mon) if day is not None and self.c.tense != "future" else None
            if dated not in (None, year) and self._far(year, mon, day):
                # "on the night of July 22, 1989 ... as late as the morning of July 23",
                # written in March 1991; a date near publication keeps its year ("the record
                # of 10 August 2003 ... the warning comes into force on 5 August").
                year, why = dated, f"year not given; that of the {cal.MONTHS[mon - 1]} day dated in full before it"
            if day is not None and (follows := self._follows_told(year, mon, day)) is not None:
                year, why = follows, f"year not given; the days just after the date told before ({self.c.last})"
            elif day is not None and (inside := self._inside_told(year, mon, day)) is not None:
                year, why = inside, f"year not given; that of the period told before in the sentence ({self.c.last})"
            elif day is not None and (when := self._when_year(mon)) is not None:
                year, why = when, f"year not given; that of the period a clause after it is set in ({self.c.period[0]})"
            self.range_end = mon is not None and self._range_joined()
            if mon is not None and self._joined_before(year, mon, day):
                year, why = year + 1, f"year not given; the {year + 1} one, as it follows {self.c.last} in the text"
        if mon is None:
            return f"{year:04d}", why
        if day is None:
            return f"{year:04d}-{mon:02d}", why
        if cal.valid_date(year, mon, day) is None:
            return f"{year:04d}-{mon:02d}-XX", "not a valid calendar day"
        weekday = _int(wd) or _int(wd2)
        if guessed and weekday is not None and cal.valid_date(year, mon, day).isoweekday() != weekday:
            year, why = self._weekday_year(year, mon, day, weekday, why)
        return f"{year:04d}-{mon:02d}-{day:02d}", why

    def _weekday_year(self, year: int, mon: int, day: int, weekday: int, why: str) -> tuple[int, str]:
        """The year in which a day with no year falls on the weekday written with it ("Monday,
        July 9" after "remember 2001"): the year of the date mentioned before if it fits; else,
        for a day far from publication, the year before or after as far as the tense allows;
        else the weekday is taken for a slip ("Thursday, Dec. 19" three days before)."""
        def fits(y: int) -> bool:
            d = cal.valid_date(y, mon, day)
            return d is not None and d.isoweekday() == weekday

        name, last, tense = cal.WEEKDAYS[weekday - 1], self.c.last, self.c.tense
        if last is not None and last[:4].isdigit() and fits(int(last[:4])):
            return int(last[:4]), f"year not given; that of the date mentioned before ({last}), the one in which it is a {name}"
        if self._far(year, mon, day):
            for y in (year - 1, year + 1):
                if fits(y) and not (tense == "past" and y > year or tense == "future" and y < year):
                    return y, f"year not given; the next or last year, in which it is a {name}"
        d = cal.valid_date(year, mon, day)
        step = 1 if tense == "future" and d is not None and d < self.c.dct else -1 if tense == "past" and d is not None and d > self.c.dct else 0
        if step and not fits(year) and fits(year + step):
            # "The season finishes on Sunday 21 May", said in June: the next year's, a Sunday
            return year + step, f"year not given; the {'next' if step > 0 else 'last'} year, in which it is a {name}, as the clause's tense points there"
        return year, why

    def _follows_told(self, year: int, mon: int, day: int) -> int | None:
        """In a past clause, a day the publication year would put after publication, told just
        on or just after a day of an earlier year, is that day's sequel ("attacked on 29 December
        2010. He died on New Year's Day"): the year that puts it within _FOLLOW days after it."""
        d = cal.valid_date(year, mon, day)  # None for 29 February outside a leap year: go on
        last, prec = self._last_base()
        if self.c.tense != "past" or (d is not None and d <= self.c.dct) or last is None or prec not in ("day", "time") \
                or "X" in last[:10] or int(last[:4]) >= self.c.dct.year:
            return None
        told = dt.date.fromisoformat(last[:10])
        for y in (told.year, told.year + 1):
            cand = cal.valid_date(y, mon, day)
            # (the same day too: "four days later, on July 24")
            if cand is not None and 0 <= (cand - told).days <= _FOLLOW:
                return y
        return None

    def _inside_told(self, year: int, mon: int, day: int) -> int | None:
        """The year of a period of another year told before in the same sentence, when the day
        falls inside it ("the record heat of summer 2022, when temperatures passed 40C on 19
        July", "In 2008, the deadlock ended on Sept. 23"); None otherwise."""
        c = self.c
        last, prec = self._last_base()
        if last is None or last[:4] in ("XXXX", f"{year:04d}"):
            return None
        if c.sent_end.search(c.text, c.last_end, c.pos) and not (
                prec == "month" and c.tense == "past" and int(last[:4]) <= c.dct.year - _STORY_YEARS
                and self._far(year, mon, day)):
            # (a month of a story years back stays the one told in the sentences after it, in
            # a past clause, for a day not near publication: "Allied troops landed in August
            # 1944 ... On Aug. 25, Paris was liberated", written in June 1994; not "in August
            # 1988 ... condemned the invasion of Aug. 2", written on Aug. 15, 1990)
            return None
        if prec == "year":
            return self._opening_year()
        if prec not in ("season", "month"):
            return None
        span = interval(last)
        # a future clause looks past a period gone by ("first held in summer 2012, will return
        # on 20 July"), not past one still ahead ("in December 2004 ... until after Christmas")
        if span is None or (c.tense == "future" and span[1] < c.dct):
            return None
        # a winter runs into the next year
        for y in (int(last[:4]), int(last[:4]) + 1):
            d = cal.valid_date(y, mon, day)
            if d is not None and span[0] <= d <= span[1]:
                return y
        return None

    def _opening_year(self) -> int | None:
        """The year the sentence is set in, told at its start ("In 2008, the deadlock ended on
        Sept. 23", "Last year the elections in May kept tourists away"), for a bare day or
        month in the same clause; a year gone by for a clause not about the future, a year
        still ahead for one that is ("by 2014 it will begin in late June"); not a year that
        names a thing ("after the 2008 crisis, rates were cut in March", "2020 Olympic
        champion Smith won in July"), sets another clause ("Born in 1950, he died in March")
        or is a fiscal one ("Fiscal 2016 begins on Oct. 1": in 2015)."""
        c = self.c
        last, prec = self._last_base()
        if last is None or prec != "year" or not last.isdigit() or c.last_op == "fiscal" \
                or (c.tense == "future") != (int(last) > c.dct.year) \
                or c.sent_end.search(c.text, c.last_end, c.pos) or c.joins.clause_break.search(c.text, c.last_end, c.pos):
            # (a year still ahead sets a future clause: "By 2014, it will begin in late June")
            return None
        lo = max(0, c.last_start - 40)
        start = self._sentence_start(lo, c.last_start)
        if start == lo and lo > 0:
            return None
        # ... or that stands first itself ("Last year's revisions were signed in late July"),
        # not a written year before a name ("2020 Olympic champion Smith won in July"), nor a
        # year's title holder ("Last year's champion lost in June": connector role)
        written = c.text[c.last_start:c.last_end].isdigit()
        opens = c.joins.year_in.fullmatch(c.text, start, c.last_start) or (
            _OPENING_GAP.fullmatch(c.text, start, c.last_start) and not (written and _NAMES_A_THING.match(c.text, c.last_end))
            and not c.joins.role.match(c.text, c.last_end))
        return int(last) if opens else None

    def _when_year(self, mon: int) -> int | None:
        """The year of month `mon` (or a day of it) in a clause set in the year, season,
        quarter or half told just before it ("last winter, when a warm December left resorts
        closed until January": the winter's December, then January of the year after; "the
        fourth quarter of 2018, when stocks fell from their September peak through Christmas
        Eve"), or None."""
        c = self.c
        if c.period is None:
            return None
        value, end = c.period
        when = c.joins.period_when.match(c.text, end)
        comma = c.joins.clause_comma.search(c.text, when.end()) if when is not None else None  # (its lookahead sees on)
        if when is None or c.sent_end.search(c.text, end, c.pos) or (comma is not None and comma.start() < c.pos) \
                or c.joins.clause_break.search(c.text, end, c.pos):
            # (the "when" clause ends at its comma: "if the winter resembles 1978, when a
            # blizzard shut schools, classes could run until the end of June")
            return None
        return int(value[:4]) + (1 if value.endswith("-WI") and mon < 12 else 0)

    def _far(self, year: int, mon: int, day: int) -> bool:
        """Whether a day is more than `_NEAR` days from publication: its year is a guess."""
        d = cal.valid_date(year, mon, day)
        return d is not None and abs((d - self.c.dct).days) > _NEAR

    def op_numdate(self, y, a, b):
        """An all-numeric date "a/b/y": month first, as in US news, unless a number is over 12
        or another date in the text shows the day first ("19/04/2025" ... "05/04/2025")."""
        a, b = int(a), int(b)
        if a > 12:
            value, _ = self.op_date(y, b, a)
            return value, "day first: the first number cannot be a month"
        if b > 12 or self.c.dayfirst is None:
            value, _ = self.op_date(y, a, b)
            return value, "month first: " + ("the second number cannot be a month" if b > 12 else "the US order, the default")
        value, _ = self.op_date(y, b, a)
        return value, f"day first, as the text writes {self.c.dayfirst}"

    def op_month(self, m, direction="0"):
        if str(direction).strip() == _REPORTED:
            # Figures reported for a month: the latest such month up to publication; in a
            # future clause a later month is ahead, but the two months just over are still
            # ones reported, as figures lag ("will report November retail sales" in December,
            # "expect October, November and December sales to be weak" in late December).
            c, mon = self.c, int(m)
            ahead = (mon - c.dct.month) % 12
            if c.tense == "future" and 0 < ahead < 12 - _REPORT_LAG:
                y = c.dct.year + (1 if mon < c.dct.month else 0)
                return f"{y:04d}-{mon:02d}", f"the next {cal.MONTHS[mon - 1]} after publication ({c.dct.isoformat()}), as the clause is about the future"
            y = c.dct.year - (1 if mon > c.dct.month else 0)
            return f"{y:04d}-{mon:02d}", f"the latest {cal.MONTHS[mon - 1]} up to publication ({c.dct.isoformat()}), as figures are reported for it"
        if str(direction).strip() == _AHEAD:
            # A contract month: the publication month or the next one after it, whatever the
            # tense ("the December contract expired" in December, "February Brent" in December);
            # in a past clause the month just before publication ("expired", in January)
            c, mon = self.c, int(m)
            y = c.dct.year + (1 if mon < c.dct.month else 0)
            if c.tense == "past" and (c.dct.month - mon) % 12 == 1:
                y = c.dct.year - (1 if mon > c.dct.month else 0)
                return f"{y:04d}-{mon:02d}", f"the contract month just before publication ({c.dct.isoformat()}), as the clause is past"
            return f"{y:04d}-{mon:02d}", f"the {cal.MONTHS[mon - 1]} of publication ({c.dct.isoformat()}) or the next one, as a contract month"
        if str(direction).strip() == _THIS:
            # "this August" is the publication year's, whatever the tense ("have suspended
            # planning for this August's exercise", in June), but across the year's end the
            # nearest such month: the coming one unless the clause is past ("rises to $15 this
            # January", in December), the one just over in a past clause ("fell this December",
            # in January); a future clause takes the coming one for any month gone by
            c, mon = self.c, int(m)
            ahead, back = (mon - c.dct.month) % 12, (c.dct.month - mon) % 12
            if mon < c.dct.month and (c.tense == "future" or c.tense != "past" and ahead <= _THIS_MONTH_REACH):
                return f"{c.dct.year + 1:04d}-{mon:02d}", f"the next {cal.MONTHS[mon - 1]} after publication ({c.dct.isoformat()})"
            if mon > c.dct.month and c.tense == "past" and back <= _THIS_MONTH_REACH:
                return f"{c.dct.year - 1:04d}-{mon:02d}", f"the last {cal.MONTHS[mon - 1]} before publication ({c.dct.isoformat()}), as the clause is past"
            return f"{c.dct.year:04d}-{mon:02d}", f"the {cal.MONTHS[mon - 1]} of the publication year ({c.dct.isoformat()})"
        mon, k, c = int(m), int(direction), self.c
        if k == 0 and c.generic:
            return self.op_xdate(mon)
        if k == 0 and self._same_sentence_year():
            # "from March 2019 to June", "walkouts in February and March": the year of the
            # range or list ("November 2022 to January": the next). A list may go back in
            # the year written before it ("in October 2024 and in April"); from a guessed
            # year, a step of a few months over the year's end goes on into the next year if
            # the clause's tense allows it ("fell in December and January"), a longer one
            # goes back ("rose in May and in April")
            y = int(c.last[:4])
            self.range_end = self._range_joined()
            if self._joined_before(y, mon, None):
                y += 1
            elif mon < int(c.last[5:7]) and not re.search(r"\d{4}", c.text[c.last_start:c.last_end]):
                lo, hi = self.window("month")
                ahead = (y + 1 - c.dct.year) * 12 + mon - c.dct.month
                y += (mon - int(c.last[5:7])) % 12 <= _LIST_STEP and lo <= ahead <= hi
            return f"{y:04d}-{mon:02d}", f"{cal.MONTHS[mon - 1]} after the date it is joined to ({c.last})"
        if k == 0 and (y := self._opening_year()) is not None:
            return f"{y:04d}-{mon:02d}", f"{cal.MONTHS[mon - 1]} of the year the sentence is set in ({y})"
        if k == 0 and (y := self._when_year(mon)) is not None:
            return f"{y:04d}-{mon:02d}", f"{cal.MONTHS[mon - 1]} of the period a clause after it is set in ({c.period[0]})"
        if k == 0:
            y, why = self._infer_year(mon, None)
            self.range_end = self._range_joined()
            if self._joined_before(y, mon, None):
                return f"{y + 1:04d}-{mon:02d}", f"{cal.MONTHS[mon - 1]} after {c.last}, which it is joined to"
            return f"{y:04d}-{mon:02d}", f"{cal.MONTHS[mon - 1]} of {why} ({c.dct.isoformat()})"
        y = c.dct.year
        if k < 0 and mon >= c.dct.month:
            y -= 1
        if k > 0 and mon <= c.dct.month:
            y += 1
        which = "last" if k < 0 else "next"
        return f"{y:04d}-{mon:02d}", f"the {which} {cal.MONTHS[mon - 1]} before/after the publication month ({c.dct.isoformat()})".replace(
            "before/after", "before" if k < 0 else "after")

    def op_lmonth(self, m, direction="0"):
        """Month `m` told from the date mentioned before: "that October" (0, its year), "the
        following February" (1, the first after it), "the previous June" (-1); with no date
        nearby, from the publication date."""
        mon, k = int(m), int(direction)
        last, prec = self._last_base()
        if last is None or prec not in ("day", "time", "month", "season", "year", "quarter", "half"):
            return self.op_month(m, direction)
        y = int(last[:4])
        first, final = _months(last, prec)
        if k > 0 and mon <= final:
            y += 1
        elif k < 0 and mon >= first:
            y -= 1
        rel = {0: "in the year of", 1: "the first after", -1: "the last before"}[max(-1, min(1, k))]
        return f"{y:04d}-{mon:02d}", f"{cal.MONTHS[mon - 1]}, {rel} the date mentioned before ({last})"

    def op_lseason(self, s, direction="0"):
        """Season `s` told from the date mentioned before: "that summer" (0, its year), "the
        following spring" (1, the first after it), "the previous winter" (-1); with no date
        nearby, from the publication date."""
        k = int(direction)
        last, prec = self._last_base()
        if last is None or prec not in ("day", "time", "month", "season", "year", "quarter", "half"):
            return self.op_season(s, "X", direction)
        if k == 0:
            if prec in ("day", "time", "month"):
                sy, sc = cal.season_of(dt.date(int(last[:4]), int(last[5:7]), 1))
                if sc == s:  # "in January 2020 ... that winter" is the one January is in
                    return f"{sy:04d}-{s}", f"the {s} the date mentioned before ({last}) is in"
            return f"{last[:4]}-{s}", f"the {s} of the year of the date mentioned before ({last})"
        y = int(last[:4])
        if prec == "season":
            lo = hi = cal.season_index(y, last[5:7])
        else:  # the seasons the period mentioned before starts and ends in
            first, final = _months(last, prec)
            lo = cal.season_index(*cal.season_of(dt.date(y, first, 1)))
            hi = cal.season_index(*cal.season_of(dt.date(y, final, 1)))
        cand = cal.season_index(y, s)
        while cand <= hi:
            cand += 4
        while k < 0 and cand >= lo:
            cand -= 4
        yy, ss = cal.season_from_index(cand)
        rel = "the first after" if k > 0 else "the last before"
        return f"{yy:04d}-{ss}", f"{rel} the date mentioned before ({last}; meteorological seasons)"

    def op_monthweek(self, n, month, weekend=""):
        """The n-th week (-1: the last) of a nested month, as an ISO week: the first week is
        the one holding the month's 4th, the last the one holding its 4th-last day (a week
        belongs to the month that has most of its days); with `weekend`, op_monthweekend."""
        if weekend:
            return self.op_monthweekend(n, month)
        base, why = self.run(month)
        k = _int(n)
        if precision_of(base) != "month" or "X" in base or k is None:
            return base, why
        y, m = int(base[:4]), int(base[5:7])
        if k > 0:
            d = dt.date(y, m, 4) + dt.timedelta(weeks=k - 1)
        else:
            d = cal.month_end(y, m) - dt.timedelta(days=3) + dt.timedelta(weeks=k + 1)
        thursday = d + dt.timedelta(days=4 - d.isoweekday())
        if (thursday.year, thursday.month) != (y, m):  # "the fifth week of March" in a four-week March
            return f"{y:04d}-{m:02d}", f"{base} ({why}); it has no week {k}"
        return cal.iso_week(d), f"week {k} of {base} ({why}), the ISO week holding {d.isoformat()}"

    def op_monthweekend(self, n, month):
        """The n-th weekend (-1: the last) of a nested month: the one of its n-th (last)
        Saturday ("the last weekend of March")."""
        base, why = self.run(month)
        k = _int(n)
        if precision_of(base) != "month" or "X" in base or k is None or k == 0:
            return base, why
        y, m = int(base[:4]), int(base[5:7])
        if k > 0:
            first = dt.date(y, m, 1)
            d = first + dt.timedelta(days=(6 - first.isoweekday()) % 7, weeks=k - 1)
        else:
            end = cal.month_end(y, m)
            d = end - dt.timedelta(days=(end.isoweekday() - 6) % 7, weeks=-k - 1)
        if (d.year, d.month) != (y, m):  # "the fifth weekend of March" in a four-weekend March
            return f"{y:04d}-{m:02d}", f"{base} ({why}); it has no weekend {k}"
        return cal.iso_week(d) + "-WE", f"weekend {k} of {base} ({why}), the one of Saturday {d.isoformat()}"

    def op_dayof(self, n, month):
        """The first (1) or last (-1) day of a nested month."""
        base, why = self.run(month)
        k = _int(n)
        if precision_of(base) != "month" or "X" in base or k not in (1, -1):
            return base, why
        y, m = int(base[:4]), int(base[5:7])
        d = dt.date(y, m, 1) if k > 0 else cal.month_end(y, m)
        return _fmt_day(d), f"the {'first' if k > 0 else 'last'} day of {base} ({why})"

    def op_lweekday(self, d, direction="0"):
        """Weekday `d` told from the day mentioned before: "that Sunday" (0, the nearest),
        "the following Friday" (1), "the previous Monday" (-1); with no day nearby, from the
        publication date."""
        wd, k = int(d), int(direction)
        last, prec = self._last_base()
        if last is None or prec not in ("day", "time"):
            return self.op_weekday(d, direction)
        base = dt.date.fromisoformat(last[:10])
        fwd = (wd - base.isoweekday()) % 7
        if k > 0:
            day = base + dt.timedelta(days=fwd or 7)
        elif k < 0:
            day = base - dt.timedelta(days=(7 - fwd) % 7 or 7)
        else:
            day = base + dt.timedelta(days=fwd if fwd <= 3 else fwd - 7)
        rel = {0: "nearest to", 1: "after", -1: "before"}[max(-1, min(1, k))]
        return _fmt_day(day), f"the {cal.WEEKDAYS[wd - 1]} {rel} the day mentioned before ({last[:10]})"

    def _joined(self, joiner: re.Pattern) -> bool:
        """Whether `joiner` joins the mention to a month or day mentioned just before it."""
        c = self.c
        if c.last is None or not c.text or c.pos - c.last_end > _YEAR_REACH:
            return False
        return precision_of(c.last) in ("month", "day") and joiner.fullmatch(c.text, c.last_end, c.pos) is not None

    def _range_joined(self) -> bool:
        """Whether the mention ends a range that starts at the month or day before it ("from
        June 1 to Nov. 30", "between December and March")."""
        j = self.c.joins
        opened = j.range_open.search(self.c.text, max(0, self.c.last_start - 20), self.c.last_start)
        return self._joined(j.range) or (opened is not None and self._joined(j.range_pair))

    def _joined_before(self, year: int, mon: int, day: int | None) -> bool:
        """Whether a date in `year` would fall before the start of the range it ends ("from
        June 1 to Nov. 30", "December to January"): then it is the next year's."""
        if not self._range_joined():
            return False
        last = self.c.last
        both_days = day is not None and len(last) >= 10
        return (year, mon, day if both_days else 0) < (int(last[:4]), int(last[5:7]), int(last[8:10]) if both_days else 0)

    def _same_sentence_year(self) -> bool:
        """Whether the month is joined to a month or day just before it ("from March 2019 to
        June", "in November 2022 and December", "in February and March"). A year alone is
        no such date ("after the 2008 crisis ... in March" is no March 2008); one that opens
        the sentence is `_opening_year`'s."""
        return self._joined(self.c.joins.list)

    def op_on_day(self, d, m, day, fallback):
        """The day after "on": weekday `d` (news convention, as weekday(d,0)), or month `m` and
        `day` when the text gives them ("on Tuesday, June 18"), else the nested `fallback`."""
        if self.c.ahead is not None:  # the same day, as its own mention resolves it
            return self.c.ahead, f"the day named after it ({self.c.ahead})"
        if str(m).strip() not in ("X", "") and str(day).strip() not in ("X", ""):
            return self.op_date("X", m, day)
        if str(d).strip() not in ("X", ""):
            return self.op_weekday(d)
        return self.run(fallback)

    def op_weekday(self, d, direction="0"):
        wd, c = int(d), self.c
        name = cal.WEEKDAYS[wd - 1]
        # A state a past act imposed "until Friday" may end after publication, up to a few
        # days ahead ("closed land borders until Friday" on a Monday, "ordered flags at
        # half-staff until Saturday"): only after such an act (until_act), not a narrated
        # span ("did not identify the victim until Thursday", "were closed until Friday",
        # "remain closed"), a range's end only in the week after its start, nor with a
        # "when" clause that tells what happened then.
        until = str(direction) == "0" and self._until_state()
        if (direction == "near" or until) and c.tense != "future":
            # "ahead of Monday's referendum": the event the clause leads up to is the nearest
            # such day, whichever side of publication ("had swung ahead of Tuesday's vote");
            # in a future clause, the next one ("will meet ahead of Tuesday's vote"), and so in
            # a present one, after "ahead of" or a progressive ("Stocks steady ahead of
            # Thursday's vote", "is preparing for Thursday's vote"; not "The club apologises
            # for Tuesday's match")
            fwd = (wd - c.dct.isoweekday()) % 7
            ahead = c.tense is None and c.joins.near_ahead.search(c.text, max(0, c.pos - _NEAR_REACH), c.pos) is not None
            reach = _UNTIL_AHEAD if until else _WEEK_AHEAD if ahead else _NEAR_AHEAD
            day = c.dct + dt.timedelta(days=fwd if fwd <= reach else fwd - 7)
            if until and self._joined(c.joins.range) and not (
                    precision_of(c.last) in ("day", "time") and 0 < (day - dt.date.fromisoformat(c.last[:10])).days < 7):
                # the end of a range from a day told ("closed the roads from Friday until
                # Sunday", on a Friday) lies in the week after its start
                until = False
            if until:
                return _fmt_day(day), f"the {name} up to {_UNTIL_AHEAD} days after or else before the publication date ({_dct_desc(c)}), until which the state imposed holds"
            if direction == "near":
                return _fmt_day(day), f"the {name} nearest the publication date ({_dct_desc(c)}), which the clause leads up to"
        k = 0 if direction == "near" else int(direction)
        if k == 0 and c.prev is not None and (c.joins.apposition.fullmatch(c.text, c.prev[1], c.pos)
                                              or c.joins.apposition_clause.fullmatch(c.text, c.prev[1], c.pos)) \
                and precision_of(c.prev[0]) in ("day", "time") and c.prev[0][:4].isdigit() \
                and dt.date.fromisoformat(c.prev[0][:10]).isoweekday() == wd:
            # "on Nov. 11, a Friday", "at 3:25 p.m. Feb. 13, 1987, a Friday": the day just
            # named, when it is one (its year, if guessed, picked with the weekday's help)
            return c.prev[0][:10], f"the weekday of the day it follows ({c.prev[0][:10]})"
        told = self._weekday_told(wd) if k == 0 and c.joins.weekday_det.search(c.text, max(0, c.pos - 10), c.pos) else None
        if told is not None:
            return told[0], f"the {name} of {told[1]}, as 'the' points to it"
        if k == 0 and c.last is not None and _CLOCK.match(c.last) and c.pos - c.last_end <= REF_REACH \
                and _DIGIT.match(c.text, c.pos) and sum(d == c.last[:10] for d, _ in c.clocks) >= _NARRATED_CLOCKS:
            # the clock time of a past night told clock time by clock time, weeks before
            # publication, runs on into the next day ("At 12:07 a.m. ... At 12:09 ... was
            # pronounced dead at 1:15 a.m. Sunday"); not a day of the news told after one
            # clock time ("was shot at 11:40 p.m. on Jan. 9. Police charged him on Tuesday")
            on = dt.date.fromisoformat(c.last[:10])
            step = (wd - on.isoweekday()) % 7
            if step <= 1 and (c.dct - on).days > _WEEKDAY_DET_DAYS and c.tense == "past":
                day = on + dt.timedelta(days=step)
                return _fmt_day(day), f"the {name} of the clock time told before ({c.last})" if not step \
                    else f"the {name} after the clock time told before ({c.last})"
        value, why = self._weekday(wd, k, name)
        if k == 0 and c.tense != "past" and self._joined_before(*map(int, value.split("-"))) and len(c.last) >= 10:
            # The end of a range is not before its start: "will run from Thursday to Monday".
            # (In a past clause it is the start that is a week too late: "ran from Saturday
            # to Tuesday" on a Sunday; the end is right as it is.)
            start = dt.date.fromisoformat(c.last[:10])
            day = start + dt.timedelta(days=(wd - start.isoweekday()) % 7)
            return _fmt_day(day), f"the first {name} from the start of the range ({c.last[:10]})"
        if k == 0 and c.window_tense == "deferred" and c.last is not None and precision_of(c.last) in ("day", "time") \
                and c.pos - c.last_end <= _YEAR_REACH and not _CLAUSE_STOP.search(c.text, c.last_end, c.pos):
            # "grounded on Tuesday until Thursday": put off from the day told in the clause
            day, _ = self.op_lweekday(d, 1)
            return day, f"the first {name} after the day the clause puts off from ({c.last[:10]})"
        if k == 0 and c.last_op == "weekday" and self._joined(c.joins.list) and not self._joined(c.joins.range):
            # "on Monday and Tuesday", "Friday or Monday": a list goes forward from its first
            # day, as far as the tense allows (a past clause stops at publication)
            day, _ = self.op_lweekday(d, 1)
            if c.tense == "future" or day <= c.dct.isoformat() or c.tense is None and c.last[:10] > c.dct.isoformat():
                # (also on from a first day still ahead: "landfall late Thursday or early Friday")
                return day, f"the first {name} after the day it is listed after ({c.last[:10]})"
        return value, why

    def _weekday_told(self, wd: int) -> tuple[str, str] | None:
        """Weekday `wd` in the week told just before, or the day told before when it is that
        weekday, where either lies weeks off publication ("the week of 10 June ... By the
        Friday"; "will run from Friday, June 14, through Sunday, June 16 ... will close the
        Sunday night program"; not "debated the bill on Oct. 2. The Tuesday vote passed");
        else None."""
        c = self.c
        if c.last is not None and precision_of(c.last) == "week" and c.pos - c.last_end <= REF_REACH:
            monday = cal.week_start(c.last)
            if monday is not None and abs((monday - c.dct).days) > _WEEKDAY_DET_DAYS:
                return _fmt_day(monday + dt.timedelta(days=wd - 1)), f"the week told before ({c.last})"
        if c.day is not None and c.pos - c.day[1] <= REF_REACH:
            base = dt.date.fromisoformat(c.day[0][:10])
            if abs((base - c.dct).days) > _WEEKDAY_DET_DAYS and base.isoweekday() == wd:
                return c.day[0][:10], f"the day told before ({c.day[0][:10]}), a {cal.WEEKDAYS[wd - 1]}"
        return None

    def _until_state(self) -> bool:
        """Whether the mention ends, after "until" in a past clause, a state a past act
        imposed ("closed land borders until Friday", "offered discounted fees until
        December 31"), which may hold past publication (connector until, until_act)."""
        c = self.c
        return c.tense == "past" and c.joins.until.search(c.text, max(0, c.pos - _UNTIL_LEAD), c.pos) is not None \
            and not c.joins.until_told.match(c.text, c.pos) \
            and c.joins.until_act.search(c.text, self._sentence_start(max(0, c.pos - _UNTIL_REACH), c.pos), c.pos) is not None

    def _weekday(self, wd: int, k: int, name: str) -> tuple[str, str]:
        """Weekday `wd` by direction `k` (-1 last, 1 the next one, 2 "next": the next one but
        the day after publication, 3 "this": ahead unless the clause is past, 0 news
        convention and tense)."""
        c = self.c
        back = (c.dct.isoweekday() - wd) % 7
        if k == 3:  # "this Friday": ahead unless the clause is past, or the day an event's
            # ("The death toll from this Tuesday's earthquake stands at 270")
            k = 0 if c.tense == "past" or (c.tense is None and c.joins.possessive.match(c.text, c.end)) else 1
            if k:
                fwd = (wd - c.dct.isoweekday()) % 7
                day = c.dct + dt.timedelta(days=fwd)
                return _fmt_day(day), f"the {name} of this week, on or after the publication date ({_dct_desc(c)})"
        if k < 0:
            day = c.dct - dt.timedelta(days=back or 7)
            why = f"the {name} before the publication date ({_dct_desc(c)})"
        elif k > 0 or c.tense == "future":
            fwd = (wd - c.dct.isoweekday()) % 7
            if k > 0 and fwd == 0:
                fwd = 7
            if k > 1 and fwd == 1:
                fwd += 7  # "next Thursday" said on a Wednesday: the week after's, not tomorrow
            day = c.dct + dt.timedelta(days=fwd)
            why = (f"the {name} after the next day ({_dct_desc(c)}), as 'next' is not 'tomorrow'" if k > 1 and fwd > 7 else
                   f"the next {name} after the publication date ({_dct_desc(c)})" if k > 0 else
                   f"the first {name} on or after the publication date ({_dct_desc(c)}), because the clause is about the future")
        else:
            day = c.dct - dt.timedelta(days=back)
            why = f"the most recent {name} on or before the publication date ({_dct_desc(c)}), by news convention"
        return _fmt_day(day), why

    def _unit_value(self, d: dt.date, unit: str) -> str:
        if unit == "night":  # "a night later", "two nights ago": that night
            return _fmt_day(d) + "TNI"
        if unit in ("day", "hour", "minute", "second"):
            return _fmt_day(d)
        if unit in ("week", "fortnight"):
            return cal.iso_week(d)
        if unit == "weekend":
            return cal.iso_week(d) + "-WE"
        if unit == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if unit == "quarter":
            return f"{d.year:04d}-Q{cal.quarter_of(d)}"
        if unit == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if unit == "season":
            y, s = cal.season_of(d)
            return f"{y:04d}-{s}"
        if unit == "year":
            return f"{d.year:04d}"
        if unit == "decade":
            return f"{d.year // 10:03d}"
        if unit == "century":
            return f"{d.year // 100:02d}"
        raise TemporalError(f"unknown unit {unit!r}")

    @staticmethod
    def _shift(d: dt.date, unit: str, n: int) -> dt.date:
        if unit in ("day", "night"):
            return d + dt.timedelta(days=n)
        if unit in ("week", "weekend"):
            return d + dt.timedelta(weeks=n)
        if unit == "fortnight":
            return d + dt.timedelta(weeks=2 * n)
        if unit == "month":
            return cal.add_months_day(d, n)
        if unit == "quarter":
            return cal.add_months_day(d, 3 * n)
        if unit in ("half",):
            return cal.add_months_day(d, 6 * n)
        if unit == "season":
            return cal.add_months_day(d, 3 * n)
        if unit == "year":
            return cal.add_years_day(d, n)
        if unit == "decade":
            return cal.add_years_day(d, 10 * n)
        if unit == "century":
            return cal.add_years_day(d, 100 * n)
        if unit in ("hour", "minute", "second"):
            # counted from the middle of the day: a few hours either way stay on it
            noon = dt.datetime(d.year, d.month, d.day, 12)
            return (noon + dt.timedelta(**{f"{unit}s": n})).date()
        raise TemporalError(f"unknown unit {unit!r}")

    def op_rel(self, unit, n="0"):
        k, c = int(n), self.c
        if unit == "weekend":
            k = _weekend_steps(c.dct, k)
        if unit == "week" and k == 0 and c.dct.isoweekday() == _SUNDAY and c.tense == "future":
            # on a Sunday the (ISO) week is over: "this week" still ahead is the one starting
            # ("will sell $30 billion of notes and bonds this week", said on Sunday)
            v = self._unit_value(self._shift(c.dct, unit, 1), unit)
            return v, f"the week after the publication date ({c.dct.isoformat()}), a Sunday, as the clause is about the future"
        if unit == "quarter" and k == 0 and c.last_report is not None \
                and (c.tense == "past" and not c.joins.present_perfect.search(c.text, c.end, c.end + _PERFECT_NEXT)
                     or c.joins.possessive.match(c.text, c.end) is not None) \
                and c.joins.quarter_this.match(c.text, c.pos) is not None \
                and (c.dct - dt.date(c.dct.year, 3 * cal.quarter_of(c.dct) - 2, 1)).days < _QUARTER_YOUNG \
                and c.last_report == self._unit_value(self._shift(c.dct, unit, -1), unit):
            # a quarter not long begun has no figures yet: "this quarter" in a report of the
            # one just over is that one ("This quarter's loss includes charges", "this
            # quarter showed it was worth the pain", early in the next), in a past clause or
            # before its figures ("This quarter has started well", "Sales this quarter are
            # running ahead" are the new one's)
            return c.last_report, f"the quarter reported ({c.last_report}), as the publication quarter has only begun ({c.dct.isoformat()})"
        v = self._unit_value(self._shift(c.dct, unit, k), unit)
        what = {0: f"the {unit} of the publication date", -1: f"the calendar {unit} before the publication {unit}",
                1: f"the calendar {unit} after the publication {unit}"}.get(
            k, f"{abs(k)} {unit}s {'before' if k < 0 else 'after'} the publication {unit}")
        return v, f"{what} ({c.dct.isoformat()})"

    def op_spoken(self, n="0"):
        """"today" (n = 0): the publication day, but inside a quotation the day of the news,
        when the text opens with one before publication ("The auction ended yesterday. ...
        'Today the public got paid for it,' the chairman said"): the day the words were
        spoken. ("tomorrow" and "yesterday" in quotes are as often told in a statement on
        the day of publication: they keep op rel.)"""
        k, c = int(n), self.c
        if c.lede is not None and _in_quote(c.text, c.pos):
            day = dt.date.fromisoformat(c.lede) + dt.timedelta(days=k)
            return _fmt_day(day), f"{k:+d} day(s) from the day of the news ({c.lede}), on which the quotation was spoken"
        return self.op_rel("day", k)

    def op_edgeday(self, which, unit):
        """The first or last (`which`: "first", else last or final) day of the year or month
        (`unit`) a report is about, as "the beginning/end of the year" finds it (that of a date
        told before in a past sentence: "founded in June 2019 and went public on the last day
        of the month"); moved a unit on where the clause's tense says it lies the other side
        of publication ("takes effect on the first day of the year", said in December)."""
        first = str(which).lower() == "first"
        base, why = self.op_cur(unit, "beginning" if first else "end")
        prec = precision_of(base)
        if prec not in ("year", "month") or not base[:4].isdigit():
            return base, why
        y, m = int(base[:4]), int(base[5:7]) if prec == "month" else None

        def edge(y: int, m: int | None) -> dt.date:
            return dt.date(y, m or 1, 1) if first else cal.month_end(y, m or 12)

        day, c = edge(y, m), self.c
        step = 1 if c.tense == "future" and day < c.dct else -1 if c.tense == "past" and day > c.dct else 0
        if c.last is not None and not c.sent_end.search(c.text, c.last_end, c.pos):
            step = 0  # a date told before in the sentence sets it ("In December, the board said the rules would ...")
        if step:
            d = cal.add_months_day(dt.date(y, m or 1, 1), step * (1 if m else 12))
            day = edge(d.year, m and d.month)
            why = f"{why}, the {'next' if step > 0 else 'last'} one {'ahead' if step > 0 else 'gone by'} as the clause's tense says"
        return _fmt_day(day), f"the {'first' if first else 'last'} day of {why}"

    def op_cur(self, unit, edge=""):
        """The year or month a report is about ("the year", "the end of the year", "year-end"):
        at an edge in a past clause, that of a date told before in the sentence (and so for a
        decade or century: see _told_in_sentence); else the publication's, or in a past
        clause early in the next one, the one just ended, when it is told whole or at its end
        (`edge` end, full, ...: "sales for the full year",
        "at the end of the year"; or after the words of connector over_whole, period_end:
        "prices fell 0.5% over the year", "on the last trading day of the year", published on
        2 January; "on the year" only in the first days); not "a forecast for the year", "the
        best start to the year", "the year so far"; a day as `ref(day)` ("by the end of the
        day": the day told); other units as `rel(unit,0)`."""
        c = self.c
        if unit == "day":  # "by the end of the day": the day told, as "that day" is
            return self.op_ref("day")
        edge = str(edge).strip().lower()
        # (a decade or century also alone: "In 1985, stocks had their best year of the decade")
        told_in = self._told_in_sentence(unit) if edge in _EDGE_WORDS or unit in ("decade", "century") else None
        if told_in is not None:
            return told_in
        early = {"year": c.dct.month == 1, "month": c.dct.day <= _EARLY_DAYS,
                 "decade": c.dct.year % 10 == 0 and c.dct.month == 1,
                 "century": c.dct.year % 100 == 0 and c.dct.month == 1}.get(unit, False)
        before = c.text[self._sentence_start(max(0, c.pos - _CUR_REACH), c.pos):c.pos]  # the sentence's words only
        whole = c.joins.over_whole.search(before) or (c.dct.day <= _EARLY_DAYS and c.joins.over_whole_early.search(before))
        told = edge in ("end", "full", "whole", "entire") or (
            not edge and (whole or c.joins.period_end.search(before))
            and not c.joins.not_whole.search(before) and not _SO_FAR.match(c.text, c.pos, c.pos + _CUR_REACH))
        if early and told and c.tense == "past":
            v, why = self.op_rel(unit, "-1")
            return v, f"{why}, as a past clause early in the next {unit} tells of the one just ended"
        if told and c.tense == "past" and unit == "year" and c.dct.month <= _REPORTED_LATE_MONTH and c.last is not None \
                and precision_of(c.last) in ("month", "quarter") and c.last[:4] == f"{c.dct.year - 1:04d}":
            # the year a month or quarter told before closed, reported early in the next
            # ("widened in December ... For the full year, the deficit narrowed", in February)
            v, why = self.op_rel(unit, "-1")
            return v, f"{why}, as a past clause tells the whole of the year the {c.last} reported closed"
        return self.op_rel(unit)

    def _told_in_sentence(self, unit: str) -> tuple[str, str] | None:
        """In a past clause, the month, year, decade or century of a date told before in the
        sentence ("made her first broadcast in 1958, and by the end of the decade was
        presenting the news": 195), or None."""
        c = self.c
        size = _TOLD_UNIT.get(unit)
        last, prec = self._last_base()
        if size is None or c.tense != "past" or last is None or not last[:4].isdigit() \
                or _RANK.get(prec, 0) < _RANK[unit] or c.sent_end.search(c.text, c.last_end, c.pos) \
                or (unit != "month" and not _WRITTEN_YEAR.search(c.text, c.last_start, c.last_end)):
            # (a year, decade or century only from a year written out: one inferred may be a
            # guess)
            return None
        setting = _SETTING.search(c.text, max(0, c.last_start - 20), c.last_start)
        if setting is None or _NOT_SETTING.search(c.text, max(0, setting.start() - 30), setting.start()) \
                or _NOT_SETTING.search(c.text, max(0, c.pos - 30), c.pos):
            return None
        return last[:size], f"the {unit} of the date told before in the sentence ({last}), in a past clause"

    def op_mid(self, unit):
        """The middle of the year or month told before in the sentence ("slumped in 2009 but
        recovered by mid-year"), else of the publication's, or of the next one when a future
        clause speaks after the middle is past ("will be reviewed at mid-year", said in
        December), of the one before when a past clause speaks before it; any other unit
        ("mid-decade", "mid-century") the publication's."""
        c, k = self.c, 0
        last, prec = self._last_base()
        if unit in ("year", "month") and last is not None and last[:4].isdigit() and not c.sent_end.search(c.text, c.last_end, c.pos) \
                and (prec in ("day", "time", "month") or (unit == "year" and prec in ("year", "quarter", "half", "season"))):
            # a year or month told before in the sentence ("slumped in 2009 but recovered by mid-year")
            v = last[:4] if unit == "year" else last[:7]
            return v, f"the middle of the {unit} told before in the sentence ({last})"
        if unit in ("year", "month"):
            pos, size = (c.dct.month, 12) if unit == "year" else (c.dct.day, 30)
            k = 1 if c.tense == "future" and pos > size // 2 + 1 else -1 if c.tense == "past" and pos < size // 2 else 0
        v, why = self.op_rel(unit, str(k))
        return v, f"the middle of {why}"

    def op_newyear(self):
        """"The new year": the year that starts at the 1 January nearest publication, or the
        one begun last after "since" or in a past clause up to September ("prices had risen
        early in the new year", said in August); in the last quarter a past verb is a reported
        one ("talks were expected to resume in the new year")."""
        c = self.c
        if self._after_since() or (c.tense == "past" and c.dct.month <= 9):
            return f"{c.dct.year:04d}", f"the year begun last before publication ({c.dct.isoformat()})"
        y = c.dct.year + (1 if c.dct.month > 6 else 0)
        return f"{y:04d}", f"the year starting on the 1 January nearest publication ({c.dct.isoformat()})"

    def op_aftermidnight(self):
        """Midnight after which something happens: the end of the day mentioned before (T24:00,
        as "midnight" is), or the start of the publication day when none is."""
        last, prec = self._last_base()
        if last is not None and prec in ("day", "time"):
            return f"{last[:10]}T24:00", f"the midnight ending the day mentioned before ({last[:10]})"
        return f"{_fmt_day(self.c.dct)}T00:00", f"the midnight starting the publication day ({self.c.dct.isoformat()})"

    def op_ago(self, unit, n="1", plus_half="", compared="", gran=""):
        """Publication date minus n units, at the unit's precision or at `gran` ("fifty years
        ago today": the day)."""
        k, unit = _whole(n, unit, plus_half)
        c = self.c
        if k is None:
            return "PAST_REF", "an unspecified time before publication"
        if str(gran).strip() not in ("", "X"):
            g = str(gran).strip()
            v = self._unit_value(self._shift(c.dct, unit, -k), g)
            return v, f"{k} {unit}(s) before the publication date ({c.dct.isoformat()}), to the {g}"
        base = self._compared_base() if compared and unit == "year" and k <= 2 else None
        if base is not None and precision_of(base[0]) == "week" and (found := self._compared(-k)) is not None:
            # a week told in the sentence is what the figure is compared with, not the quarter
            # reported before ("fell to $2.13 a gallon this week, down from $3.31 a year ago":
            # that week last year; a day may be the report's, "reported fourth-quarter profit
            # on Monday of $159 million, up from $2 million a year ago")
            return found
        if unit == "year" and c.last_report is not None and k <= 2 and not self._sets_sentence() \
                and not (compared and self._month_compared()):
            # "profit rose from $5 million a year ago": the period under discussion, a year back
            # (not "its incorporation 30 years ago", nor "Two years ago, this deal would have
            # sailed through", which sets a sentence in a year).
            return self._period_years(-k)
        if compared and unit == "year" and (found := self._compared(-k)) is not None:
            return found
        if compared and unit == "week" and (found := self._compared_day(unit, -k)) is not None:
            return found
        # "a decade ago" is a year, not a decade: the distance is what is vague.
        gran = "year" if unit in ("decade", "century") else unit
        v = self._unit_value(self._shift(c.dct, unit, -k), gran)
        return v, f"{k} {unit}(s) before the publication date ({c.dct.isoformat()}), to the {gran}"

    def op_agofrom(self, unit, n, weekday="X", gran=""):
        """Weekday `weekday` near publication, n units back ("Fifty years ago Saturday"); with
        no weekday, as `ago` at `gran` ("Fifty years ago today")."""
        k, whole_unit = _whole(n, unit)
        if str(weekday).strip() in ("X", "") or k is None:
            return self.op_ago(unit, n, gran=gran)
        base, why = self.op_weekday(weekday, "near")
        unit = whole_unit
        d = self._shift(dt.date.fromisoformat(base), unit, -k)
        return _fmt_day(d), f"{k} {unit}(s) before {base} ({why})"

    def op_hence(self, unit, n="1"):
        k, unit = _whole(n, unit)
        c = self.c
        if k is None:
            return "FUTURE_REF", "an unspecified time after publication"
        v = self._unit_value(self._shift(c.dct, unit, k), unit)
        return v, f"{k} {unit}(s) after the publication date ({c.dct.isoformat()}), to the {unit}"

    def _month_compared(self) -> bool:
        """Whether a month named in the sentence is compared right before the mention, with
        no figures of a quarter or a report near it ("traffic in November rose 6.8 percent
        from a year earlier"; not "reported third-quarter earnings in October, up 9% from a
        year earlier", nor "last month")."""
        c = self.c
        base = self._compared_base()
        if base is None or base[3] != "month" or precision_of(base[0]) != "month":
            return False
        start = self._sentence_start(max(0, base[1] - _MONTH_COMPARE_BACK), base[1])
        return not c.joins.month_compare_not.search(c.text, start, c.pos)

    def _span_told(self) -> bool:
        """Whether a span of months told earlier in the sentence is what a year is compared
        with ("For the first nine months, it earned $49 million, up from $41 million a year
        earlier": the year, not the quarter under discussion), after the quarter was told
        ("For the first nine months ..., while third-quarter sales fell from a year earlier"
        is the quarter's); a half's own six months are the half."""
        c = self.c
        return c.span is not None and c.last_report_end <= c.span[1] <= c.pos and "Q" in (c.last_report or "") \
            and not c.sent_end.search(c.text, c.span[1], c.pos)

    def _period_years(self, k: int) -> tuple[str, str]:
        """The period under discussion `k` years on: the span of months told in the sentence
        (_span_years), else the quarter or half reported."""
        c = self.c
        if (found := self._span_years(k)) is not None:
            return found
        when = f"{abs(k)} year(s) {'later' if k > 0 else 'earlier'}"
        return _years_on(c.last_report, k), f"the period under discussion ({c.last_report}) {when}"

    def _span_years(self, k: int) -> tuple[str, str] | None:
        """The span of months told in the sentence `k` years on, as the calendar period it
        ends with the quarter reported (_SPAN_PERIOD), or None if there is no such span or it
        is no calendar period ("the six months ended Sept. 30")."""
        c = self.c
        if not self._span_told():
            return None
        suffix = _SPAN_PERIOD.get(c.span[0], {}).get(c.last_report[5:])
        if suffix is None:
            return None
        year = int(c.last_report[:4]) + k
        when = f"{abs(k)} year(s) {'later' if k > 0 else 'earlier'}" if k else "in the same year"
        return f"{year:04d}{suffix}", f"the span told in the sentence ({c.span[0]} to {c.last_report}) {when}"

    def _compared(self, k: int) -> tuple[str, str] | None:
        """The period a comparison "from a year earlier" is set against, `k` years on: the
        date told before in the same sentence at its own precision ("rose 6.7% in September
        from a year earlier": last September; "$2.86 on Monday, up from a year ago": that
        Monday), or None when no such date or no comparison word comes between, or `k` is
        more than two years."""
        # "than 16 years ago" compares with an event's year, not with the period told; "a
        # year later" compares with nothing
        told = self._told_compared() if -2 <= k < 0 else None
        if told is None or told[1] not in ("day", "time", "week", "month", "season", "half"):
            return None
        self.compared = True
        last, prec = told
        base = last[:10] if prec == "time" else last
        # 29 February a year on is the 28th
        value = _years_on(base, k) or _years_on(base[:8] + "28", k)
        return value, f"the {prec} compared ({last}) {abs(k)} year(s) {'later' if k > 0 else 'earlier'}"

    def _compared_day(self, unit: str, k: int) -> tuple[str, str] | None:
        """The day a comparison "from a week ago" is set against, `k` weeks on from the day
        told before in the same sentence ("$3.05 on Saturday, up 44 cents from a week ago":
        the Saturday before), or None as for _compared. ("a month ago" stays a month.)"""
        told = self._told_compared() if -3 <= k < 0 else None
        if told is None or told[1] not in ("day", "time"):
            return None
        self.compared = True
        last = told[0]
        day = self._shift(dt.date.fromisoformat(last[:10]), unit, k)
        return _fmt_day(day), f"the day compared ({last[:10]}) {abs(k)} {unit}(s) earlier"

    def _told_compared(self) -> tuple[str, str] | None:
        """The date a comparison is set against and its precision (_compared_base)."""
        base = self._compared_base()
        return None if base is None else (base[0], precision_of(base[0]))

    def _compared_base(self) -> tuple[str, int, int, str] | None:
        """The date told before in the same sentence, as (value, start, end, op), when a
        comparison word stands right before the mention ("up 22 cents from a year ago", not
        "from Iraq, where he was wounded two years ago"): the last one told, or where that one
        is itself compared with ("in September from August"), the one told before it that is
        not ("in February, up 3.9% from January and 24% from a year earlier": February)."""
        c = self.c
        last, _ = self._last_base()
        if last is None or c.sent_end.search(c.text, c.last_end, c.pos) \
                or not c.joins.compare.search(c.text, max(c.last_end, c.pos - _COMPARE_REACH), c.pos):
            return None
        if not c.joins.compare.search(c.text, max(0, c.last_start - _COMPARE_REACH), c.last_start):
            return last, c.last_start, c.last_end, c.last_op
        told = c.uncompared
        if told is None or told[2] > c.last_start or c.pos - told[2] > REF_REACH \
                or c.sent_end.search(c.text, told[2], c.pos):
            return None
        return told

    def _after_since(self) -> bool:
        """Whether "since" stands right before the mention ("since January", "since 6 a.m.")."""
        return _SINCE.search(self.c.text, max(0, self.c.pos - _SINCE_REACH), self.c.pos) is not None

    def _sets_sentence(self) -> bool:
        """Whether the mention opens its sentence (an opening quotation mark aside) and the
        sentence tells no amount of money or a percentage, which a period compared would
        have ("Two years ago, this deal would have sailed through", "A year ago, 12 people
        died"; not "A year ago, net was $12 million")."""
        c = self.c
        start = self._sentence_start(max(0, c.pos - _WINDOW_BACK), c.pos)
        if _OPENING_GAP.fullmatch(c.text, start, c.pos) is None:
            return False
        end = c.sent_end.search(c.text, c.pos)
        return c.joins.amount.search(c.text, c.pos, end.start() if end else len(c.text)) is None

    def _sentence_start(self, lo: int, hi: int) -> int:
        """Where the last sentence begun before `hi` starts, looking back to `lo` at most."""
        return _sentence_start(self.c, lo, hi)

    def _last_base(self) -> tuple[str | None, str]:
        c = self.c
        # A date mentioned long before (another paragraph) is no longer what "that day"
        # or "two days later" refers to; the publication date is.
        if c.last is None or c.pos - c.last_end > REF_REACH:
            return None, "unknown"
        return c.last, precision_of(c.last)

    def op_shift(self, unit, n="1", plus_half="", n2="", unit2="", compared=""):
        """The date mentioned before (else publication) moved by n `unit` (and a half, or
        and n2 `unit2` of the next smaller unit: "two hours and 10 minutes later"); when
        `compared`, a comparison takes the period told before (see _compared)."""
        (k, unit), c = _whole(n, unit, plus_half), self.c
        # "two decades later" is a year, as "a decade ago" is: the distance is what is vague
        in_years = unit in _IN_YEARS and k is not None
        if in_years:
            k, unit = k * _IN_YEARS[unit], "year"
            if unit2 == "year" and _int(n2) is not None:  # "a decade and two years later"
                k += (-1 if k < 0 else 1) * _int(n2)
        lower, k2 = _LOWER.get(unit), _int(n2)
        if k is not None and unit2 and lower and lower[0] == unit2 and k2 is not None:
            k, unit = k * lower[1] + (-1 if k < 0 else 1) * k2, unit2
        if k is None:
            return ("PAST_REF" if str(n).startswith("-") else "FUTURE_REF"), "an unspecified shift"
        last, prec = self._last_base()
        clock = _CLOCK.match(last) if last is not None and unit in _CLOCK_UNITS else None
        if not clock and prec == "day" and unit in _CLOCK_UNITS and c.last_clock is not None \
                and c.last_clock[0][:10] < last and last >= c.dct.isoformat() and c.pos - c.last_clock[1] <= REF_REACH \
                and c.sent_end.search(c.text, c.last_end, c.pos):
            # minutes after the time told, not after a day still ahead told since, in a
            # sentence before ("announced at 13:45 CET and take effect on 11 June. Speaking 45
            # minutes later"; but "A vote is set for Jan. 8, and results come two hours later")
            last = c.last_clock[0]
            clock = _CLOCK.match(last)
        if clock:
            # "At 2:45 p.m. ... Forty-five minutes later": a clock time, as the one before is
            day, hhmm = clock.group(0).split("T")
            # "midnight" ending a day is T24:00, which datetime does not read
            when = (dt.datetime.fromisoformat(day) + dt.timedelta(hours=int(hhmm[:2]), minutes=int(hhmm[3:]))
                    + dt.timedelta(**{f"{unit}s": k}))
            return when.strftime("%Y-%m-%dT%H:%M"), f"{abs(k)} {unit}(s) {'after' if k > 0 else 'before'} the time mentioned before ({last})"
        # (not after the quarter's whole year told since: "lost $1.9 billion in the fourth
        # quarter ... in 1991, on top of $3.9 billion the year before"; nor a month named and
        # compared in the sentence: "traffic in November rose 6.8 percent from a year
        # earlier", not "reported first-quarter earnings last month, up 9% from a year earlier")
        month_told = compared and unit == "year" and self._month_compared()
        # (nor after a fiscal year written in its sentence: "Net profit for fiscal 2000 rose to
        # 41.2 billion yen from 12.6 billion yen a year earlier", after a first half reported;
        # not any year: "The company, founded in 1998, said revenue climbed from a year earlier")
        year_told = (c.last_report is not None and prec == "year" and re.search(r"\d{4}", c.text[c.last_start:c.last_end]) is not None
                     and (last == c.last_report[:4] or c.last_op == "fiscal" and not c.sent_end.search(c.text, c.last_end, c.pos)))
        if unit == "year" and c.last_report is not None and not in_years and not month_told and not year_told:
            return self._period_years(k)
        if compared and unit == "year" and (found := self._compared(k)) is not None:
            return found
        if compared and unit == "week" and (found := self._compared_day(unit, k)) is not None:
            return found
        told = c.prev[0] if c.prev is not None else ""
        if in_years and precision_of(told) == "decade" and told.isdigit() and c.pos - c.prev[1] <= REF_REACH:
            # "from clubs in the 1950s to concert halls six decades later": a decade told
            # from the decade just before it (a decade is no reference of other mentions)
            return f"{(int(told) * 10 + k) // 10:03d}", f"the decade of the one told just before ({told}0s) {'+' if k > 0 else ''}{k} years"
        if unit == "year" and last is not None and prec in ("day", "time", "month", "season", "year"):
            return f"{_year_in_calendar(int(last[:4]) + k):04d}", f"the year of the date mentioned before ({last}) {'+' if k > 0 else ''}{k}"
        if last is not None and prec in ("day", "time"):
            base = dt.date.fromisoformat(last[:10])
            # "two months later" is a month, though counted from a day; "two weeks later" a day
            gran = unit if _FINENESS.get(unit, 0) >= _FINENESS["month"] or unit == "night" else "day"
            v = self._unit_value(self._shift(base, unit, k), gran)
            return v, f"{abs(k)} {unit}(s) {'after' if k > 0 else 'before'} the date mentioned before ({last})"
        if last is not None and prec == "week" and unit == "week" and not last.endswith("WE"):
            return self.op_lunit(unit, str(k))  # "next week ... the week after"
        if last is not None and prec in ("month", "quarter", "year", "half") and unit in ("year", "month", "quarter"):
            base = dt.date(int(last[:4]), _months(last, prec)[0], 1)
            if not (prec == "year" and unit != "year"):
                v = self._unit_value(self._shift(base, unit, k), "year" if in_years else prec)
                return v, f"{abs(k)} {unit}(s) {'after' if k > 0 else 'before'} the period mentioned before ({last})"
        # (decades told from publication stay a decade: "two decades later", with nothing told)
        v = self._unit_value(self._shift(c.dct, unit, k), "decade" if in_years else unit)
        return v, f"{abs(k)} {unit}(s) {'after' if k > 0 else 'before'} the publication date ({c.dct.isoformat()})"

    def op_lunit(self, unit, n="1"):
        """The `unit` (week, weekend, month, quarter, year) n after the one of the date
        mentioned before, at the unit's precision: "the following month", "the previous year".
        With no date nearby, as `rel`; after a coarser one, its year with the unit left open
        ("in 2019 ... the following week": 2019-WXX)."""
        k = _int(n)
        last, prec = self._last_base()
        if k is None or unit not in _FINENESS:
            return self.op_shift(unit, n)
        if last is None or prec not in _FINENESS:
            return self.op_rel(unit, n)
        c = self.c
        if prec == "year" and unit == "day" and c.day is not None and c.pos - c.day[1] <= REF_REACH \
                and c.day[0][:4].isdigit() and (c.sent_end.search(c.text, c.last_end, c.pos)
                                                or not c.joins.year_at.search(c.text, max(0, c.last_start - 12), c.last_start)):
            # a day after a year told in passing, in a sentence before or not as the time of
            # an act, counts from the day told before it ("hit 108 on Saturday, breaking a
            # record set in 1981. It reached 112 the following day"; "will shut down on Sept.
            # 30, when fiscal 2025 begins the next day"; not "was arrested in 1981 and
            # released the following day")
            last, prec = c.day[0], "day"
        if _FINENESS[prec] > _FINENESS[unit]:
            return f"{last[:4]}-{_OPEN[unit]}", f"a {unit} of the year mentioned before ({last[:4]}), not pinned down"
        steps = k
        if prec == "week":
            # a weekend counts from its Saturday, and so does a week for the weekend after it
            base = dt.date.fromisocalendar(int(last[:4]), int(last[6:8]), 6 if last.endswith("WE") or unit == "weekend" else 1)
        elif prec in ("day", "time"):
            base = dt.date.fromisoformat(last[:10])
            if unit == "weekend":  # "the following weekend" after a Wednesday is that week's
                steps = _weekend_steps(base, k)
        else:
            # "the following quarter" counts from the end of the period before, "the previous" from its start
            lo, hi = _months(last, prec)
            base = dt.date(int(last[:4]), hi if k > 0 else lo, 1)
        v = self._unit_value(self._shift(base, unit, steps), unit)
        side = "after" if k > 0 else "before"
        which = f"the {unit} {side}" if abs(k) == 1 else f"{abs(k)} {unit}s {side}" if k else f"the {unit} of"
        return v, f"{which} that of the date mentioned before ({last})"

    def op_ref(self, unit="day", told=""):
        """The day (or month) mentioned before, else publication; `told` when the text points
        back to it ("that day", "that night"), which a clause's tense does not move."""
        last, prec = self._last_base()
        if unit == "month":
            if last is not None and prec in ("day", "time", "month"):
                return last[:7], f"the month of the date mentioned before ({last})"
            return "PAST_REF", "a time before an event whose date is not given nearby"
        c = self.c
        # A background period wholly before the day told ("an audit in January had found")
        # leaves that day the one under discussion; one that holds it ("the start of 2008")
        # or a near one ("this weekend") does not, unless the text points back to a day ("the
        # night of 14 March last year ... By early 1992 the firm was struggling ... confronted
        # him that afternoon").
        if prec in ("year", "month") and c.day is not None and c.pos - c.day[1] <= REF_REACH \
                and (last < c.day[0][:len(last)] or told and last == c.day[0][:len(last)]):
            last, prec = c.day[0], "day"
        # A day still ahead is not where a past clause happened ("leave the EU on 29 March
        # 2019 ... published alongside the decision at noon"), nor a day gone by where a
        # future one will ("raised the alert 10 days ago. Officers will close streets at 3 p.m.").
        pub = c.dct.isoformat()
        # A clock time right after its day ("for Sept. 23 at 10 a.m.") is on it, whatever the tense.
        told = told or (prec == "day" and c.joins.day_clock.fullmatch(c.text, c.last_end, c.pos) is not None)
        # (a putting off is no future here: "canceled a third of its flights for the day")
        if last is not None and prec in ("day", "time") and c.tense == "future" and c.window_tense != "deferred" \
                and last[:10] < pub and not told:
            if c.coming is not None and c.pos - c.coming[1] <= REF_REACH:
                return c.coming[0][:10], f"the day still ahead mentioned before ({c.coming[0][:10]})"
            last = None
        if last is not None and prec in ("day", "time") and (told or not (c.tense == "past" and last[:10] > pub)):
            self.from_last = True
            return last[:10], f"the day mentioned before ({last[:10]})"
        self.from_pub = True
        return _fmt_day(c.dct), f"the publication day ({pub})"

    def _period_year(self, y, idx: int, cur: int, label: str) -> tuple[int, str]:
        """Year of a quarter/half given by index `idx` when the year is not written.

        Reports look back: a period later in the year than the publication date is last
        year's unless the clause is about the future; an earlier or current one is this year's.
        """
        # "reported": figures of the period ("will report fourth-quarter results"); in a future
        # clause the period just completed is still last year's (Q4 in January), a later one ahead.
        reported = str(y).strip() == _REPORTED
        year = None if reported else self.year_spec(y)
        if year is not None:
            return year, "the year given"
        c, year = self.c, self.c.dct.year
        just_over = reported and idx == (cur - 2) % 4 + 1
        # (a later period whose figures are forecast is ahead, whatever the tense: "The
        # company forecast third-quarter revenue of $23 billion", said in April)
        # (not in a sentence set in another time, by a date told before in it or a past
        # perfect: "Last year the company projected fourth-quarter sales of $2 billion")
        if idx > cur and (c.tense != "future" or just_over) and not (reported and not just_over and self._forecast()):
            return year - 1, f"the most recent {label} before publication ({c.dct.isoformat()})"
        if idx < cur - 1 and c.tense == "future" and not reported:
            # "expected to keep rates through the first quarter", written in December (the
            # period just over is still this year's: "expects to report a third-quarter loss")
            return year + 1, f"the next {label} after publication ({c.dct.isoformat()}), because the clause is about the future"
        return year, f"the {label} of the publication year ({c.dct.isoformat()})"

    def _forecast(self) -> bool:
        """Whether the figures after the mention are forecast (connector list quarter_ahead),
        in a sentence set in no other time by a date told before in it or a past perfect."""
        c = self.c
        if not c.joins.quarter_ahead.search(c.text, max(0, c.pos - _FORECAST_REACH), c.pos):
            return False
        lo = _sentence_start(c, max(0, c.pos - _WINDOW_BACK), c.pos)
        return not (c.last is not None and c.last_end > lo) and not c.joins.past_perfect.search(c.text, lo, c.pos)

    def op_quarter(self, q, y="X"):
        qi = _int(q)
        if qi is None:
            year = self.year_spec(y) or self.c.dct.year
            return f"{year:04d}-QX", "an unspecified quarter"
        reported = str(y).strip() == _REPORTED
        bare = reported or self.year_spec(y) is None
        c = self.c
        if bare and not reported and qi in c.quarters \
                and c.joins.compare.search(c.text, max(0, c.pos - _COMPARE_REACH), c.pos) is not None:
            year = c.quarters[qi]
            why = f"the same Q{qi} as mentioned before without a year ({year:04d}-Q{qi}), compared with"
        else:
            year, why = self._period_year(y, qi, cal.quarter_of(self.c.dct), f"Q{qi}")
        if bare:
            self.quarter_inferred = (qi, year)
        return f"{year:04d}-Q{qi}", why

    def op_half(self, h, y="X"):
        hi, c = int(h), self.c
        cur = 1 if c.dct.month <= 6 else 2
        if hi == cur and c.tense == "past" and str(y).strip() in ("", "X") and (c.dct.month - 1) % 6 < _HALF_YOUNG \
                and not c.joins.half_ahead.search(c.text, max(0, c.pos - 12), c.pos) \
                and not c.joins.present_perfect.search(c.text, _sentence_start(c, max(0, c.pos - _WINDOW_BACK), c.pos), c.pos) \
                and not c.joins.half_of.search(c.text, c.pos, c.end):
            # a half not long begun is no past one: "In the first half we were ...", said in
            # March, is last year's (not "has been a miserable second half", said in December,
            # nor "declined to give a forecast for the second half", nor in a present perfect,
            # "Sales have slumped in the first half so far", nor "the first half of the year")
            return f"{c.dct.year - 1:04d}-H{hi}", f"the last H{hi} over before publication ({c.dct.isoformat()}), as the clause is in the past tense"
        if c.tense == "future" and str(y).strip() in ("", "X") and c.joins.half_of.search(c.text, c.pos, c.end):
            # "the first half of the year" still ahead: this year's, or next year's once it
            # is over ("Most of the strength is expected in the first half of the year", said
            # in December)
            year = c.dct.year + (hi < cur)
            return f"{year:04d}-H{hi}", f"the next H{hi} of a year not over at publication ({c.dct.isoformat()}), as the clause is about the future"
        year, why = self._period_year(y, hi, cur, f"H{hi}")
        return f"{year:04d}-H{hi}", why

    def op_season(self, s, y="X", direction="0", det=""):
        """Season `s` of year `y`, else told from publication: `direction` -1/0/1 (last/
        the/next), "the summer" by tense; with a determiner `det` of offset 0 ("this") and
        no future verb, the season of the publication year ("this summer", said in May, is
        the coming one; "this winter" the nearer one)."""
        k = int(direction)
        c = self.c
        year = self.year_spec(y)
        if year is not None:
            return f"{year:04d}-{s}", "the year given"
        if k == 0 and not det and (c.generic or c.prev is not None and _ANY_SEASON.fullmatch(c.prev[0]) is not None
                                   and c.joins.list.fullmatch(c.text, c.prev[1], c.pos) is not None):
            # (and one listed after such a season: "twice a year, in the spring and the fall")
            return f"XXXX-{s}", "a season of any year, as the clause tells a habit"
        cy, cs = cal.season_of(c.dct)
        cur = cal.season_index(cy, cs)
        # candidate: the occurrence of s in the current season-year
        cand = cal.season_index(cy, s)
        # "this summer": the one of the publication year, even after a past verb, which in
        # February is a reported one ("said they expected tourists this summer"); a future
        # verb may look into the next year ("will open this spring", said in November)
        if det and k == 0 and s != "WI" and c.tense != "future":
            return f"{c.dct.year:04d}-{s}", f"the season of the publication year ({c.dct.isoformat()})"
        # "this winter" after a past verb is still the nearer one ("prices for delivery this
        # winter have risen", said in October)
        this = det and k == 0 and c.tense != "future"
        if this or (k == 0 and c.tense is None and cand != cur):
            # the nearer of the last and the next: "this winter", which spans two years (a
            # tie going to the one that starts in the publication year), and a season no
            # verb places ("bookings for the spring", "Ask me in the spring"; a tie going ahead)
            back = cand if cand <= cur else cand - 4
            ahead = back if back == cur else back + 4
            tie = (lambda i: cal.season_from_index(i)[0] != c.dct.year) if this else (lambda i: i < cur)
            yy, ss = cal.season_from_index(min((back, ahead), key=lambda i: (abs(i - cur), tie(i))))
            what = "winter" if this else "such season"
            return f"{yy:04d}-{ss}", f"the nearer {what} to publication ({c.dct.isoformat()}; meteorological seasons)"
        if k < 0 or (k == 0 and c.tense != "future"):
            while cand >= cur + (1 if k == 0 else 0):
                cand -= 4
            why = "the most recent such season" + (" before" if k < 0 else " up to") + " publication"
        else:
            while cand <= cur - (1 if k == 0 else 0):
                cand += 4
            why = "the next such season after publication"
        yy, ss = cal.season_from_index(cand)
        return f"{yy:04d}-{ss}", f"{why} ({c.dct.isoformat()}; meteorological seasons)"

    def op_weekend(self, which="the"):
        """The weekend of a week: by tense for "the/this weekend", explicit for last/next."""
        c = self.c
        wd = c.dct.isoweekday()
        which = str(which)
        if which == "that" and c.day is not None and c.pos - c.day[1] <= REF_REACH and c.day[0][:4].isdigit():
            # "announced the change for Dec. 10 ... Rides will be free that weekend": the
            # weekend of the week of the day told before
            return cal.iso_week(dt.date.fromisoformat(c.day[0][:10])) + "-WE", f"the weekend of the week of the day told before ({c.day[0][:10]})"
        if which == "last" or (which in ("the", "that") and c.tense != "future"):
            # From Friday on, "the weekend" is the one at hand whatever the tense ("police
            # expected thousands more over the weekend", "forecasters warned of gales over the
            # weekend", on a Friday: sweeps 40 of 40); the one before is "last weekend"
            k = 0 if wd >= _WEEKEND_AT_HAND and which != "last" else -1
            why = "the weekend at hand" if k == 0 else "the most recent weekend"
        elif which == "next":
            k = 1
            why = "the weekend of the next week"
        else:
            k = 0
            why = "the weekend of the publication week"
        d = c.dct + dt.timedelta(weeks=k)
        return cal.iso_week(d) + "-WE", f"{why} ({_dct_desc(c)})"

    def op_weekendof(self, day):
        """The weekend a holiday belongs to: the one before a Monday holiday ("the Memorial
        Day weekend"), else the one of its own week ("the Thanksgiving weekend")."""
        base, why = self.run(day)
        if precision_of(base) != "day" or "X" in base:
            return base, why
        d = dt.date.fromisoformat(base)
        if d.isoweekday() == 1:
            d -= dt.timedelta(days=1)
        return cal.iso_week(d) + "-WE", f"the weekend of {base} ({why})"

    def op_around(self, k, unit, day):
        """The week or weekend just before (`k` -1) or after (1) a nested day: "the week
        before Christmas" (the ISO week holding most of the seven days before it), "the
        weekend after Thanksgiving" (the first Saturday-Sunday wholly after it)."""
        base, why = self.run(day)
        if precision_of(base) != "day" or "X" in base:
            return base, why
        d, k = dt.date.fromisoformat(base), int(k)
        side = "before" if k < 0 else "after"
        if unit == "week":  # the ISO week that holds most of the seven days before or after it
            return cal.iso_week(d + dt.timedelta(days=4 * k)), f"the week {side} {base} ({why})"
        if k < 0:  # its Sunday is the last one before the day
            end = d - dt.timedelta(days=d.isoweekday() % 7 or 7)
        else:  # its Saturday is the first one after the day
            end = d + dt.timedelta(days=(6 - d.isoweekday()) % 7 or 7)
        return cal.iso_week(end) + "-WE", f"the weekend {side} {base} ({why})"

    def op_dom(self, d):
        """A day of the month with no month: the publication month, or the previous
        month when that day is still ahead but the clause is in the past tense."""
        c, day = self.c, int(d)
        y, m = c.dct.year, c.dct.month
        if c.tense == "past" and day > c.dct.day:
            y, m = cal.add_months(y, m, -1)
        elif c.tense == "future" and day < c.dct.day:
            y, m = cal.add_months(y, m, 1)
        if cal.valid_date(y, m, day) is None:
            return f"{y:04d}-{m:02d}-XX", "not a valid day of that month"
        return f"{y:04d}-{m:02d}-{day:02d}", f"day {day} of the month around the publication date ({c.dct.isoformat()})"

    def op_lday(self, d, y=""):
        """Day `d` in the month of the day mentioned just before, in year `y` if given (the
        next day of a list: "May 21 and 22", "on 4, 5 and 6 June" runs the other way)."""
        last, prec = self._last_base()
        if last is None or prec not in ("day", "time") or "X" in last[:7]:
            return self.op_dom(d)
        year, mon, day = int(y) if y else int(last[:4]), int(last[5:7]), int(d)
        if cal.valid_date(year, mon, day) is None:
            return f"{year:04d}-{mon:02d}-XX", "not a valid day of that month"
        return f"{year:04d}-{mon:02d}-{day:02d}", f"day {day} of the month of the day listed before ({last})"

    def op_yearperiod(self, y, noun="period"):
        year = int(y)
        c = self.c
        if noun.lower() == "period" and c.last_report is not None \
                and (found := self._span_years(year - int(c.last_report[:4]))) is not None:
            return found  # "In the first nine months, ... the 1988 period"
        if c.last_quarter is not None:
            q = c.last_quarter[5:]
            return f"{year:04d}-{q}", f"the quarter under discussion ({c.last_quarter}) in {year}"
        return f"{year:04d}", "the year given"

    def op_xweek(self):
        """An anaphoric "the week" whose week is left open, as TimeBank annotates it."""
        return f"{self.c.dct.year:04d}-WXX", f"a week of the publication year ({self.c.dct.isoformat()}), not pinned down"

    def op_tradingday(self, y, edge):
        """The first weekday of year `y` after New Year's Day (`edge` "01-01"), or its last
        weekday (`edge` "12-31"): a market's first or last trading day."""
        year = int(y)
        if edge == "01-01":
            # (a New Year's Day on a Sunday is kept on the Monday)
            day, step = dt.date(year, 1, 3 if dt.date(year, 1, 1).isoweekday() == 7 else 2), 1
        else:
            day, step = dt.date(year, 12, 31), -1
        while day.isoweekday() > 5:
            day += dt.timedelta(days=step)
        which = "first weekday after New Year's Day" if step > 0 else "last weekday"
        return _fmt_day(day), f"the {which} of {year}, a trading day"

    def op_weekof(self, day):
        base, why = self.run(day)
        if precision_of(base) != "day" or "X" in base:
            return base, why
        return cal.iso_week(dt.date.fromisoformat(base)), f"the week containing {base} ({why})"

    def op_quarter_ref(self):
        c = self.c
        if c.last_quarter is not None and c.last_closed not in (None, c.last_quarter) and c.tense != "future" \
                and not c.joins.running_after.match(c.text, c.end) \
                and not c.joins.running.search(c.text, self._sentence_start(max(0, c.pos - _CUR_REACH), c.pos), c.pos + _CUR_REACH):
            # a clause not about the future tells of the quarter reported, not of one still
            # running that an outlook named since ("third-quarter net fell ... fourth-quarter
            # results would trail. Net for the quarter was ...", "Analysts had expected $1.80 a
            # share for the quarter"), unless it tells the quarter is under way ("orders in the
            # quarter have been strong", "has cost $10 million so far in the quarter")
            # (only the quarter after the one reported: a fiscal label may lie off the calendar,
            # "the fiscal third quarter, which ended June 28", 2025-Q3, told on July 31; that
            # quarter is not over, or it would be `last_closed` too)
            y, q = int(c.last_closed[:4]), int(c.last_closed[6])
            if c.last_quarter == (f"{y:04d}-Q{q + 1}" if q < 4 else f"{y + 1:04d}-Q1"):
                return c.last_closed, f"the quarter reported before ({c.last_closed}), as {c.last_quarter} was not over by publication"
        if c.last_quarter is not None:
            return c.last_quarter, f"the quarter mentioned before ({c.last_quarter})"
        d = cal.add_months_day(c.dct, -3)
        return f"{d.year:04d}-Q{cal.quarter_of(d)}", f"the last completed quarter before publication ({c.dct.isoformat()})"

    def op_nthwd(self, m, n, wd):
        """The n-th (n < 0: last) ISO weekday `wd` of month `m`: Thanksgiving, Memorial Day,
        "the first Sunday in April"."""
        mon, k, w = int(m), int(n), int(wd)

        def on(year: int) -> dt.date:
            if k > 0:
                first = dt.date(year, mon, 1)
                return first + dt.timedelta(days=(w - first.isoweekday()) % 7 + 7 * (k - 1))
            last = cal.month_end(year, mon)
            return last - dt.timedelta(days=(last.isoweekday() - w) % 7)

        year, why = self._nearest_year(on)  # chosen on the day's own date, not on its month
        if on(year).month != mon:  # "the fifth Friday of February": the month has none
            return f"{year:04d}-{mon:02d}", f"the month only: {cal.MONTHS[mon - 1]} {year} has no such weekday"
        return _fmt_day(on(year)), f"the {k if k > 0 else 'last'}{'' if k < 0 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k, 'th')} {cal.WEEKDAYS[w - 1]} of {cal.MONTHS[mon - 1]} in {why}"

    def _nearest_year(self, on) -> tuple[int, str]:
        """Year of a yearly day given by ``on(year) -> date`` (movable holidays): the one
        op_yearly gives, else the one that puts the day inside the tense window for a bare
        day-month (as ``date(X,M,D)``)."""
        c, y = self.c, self.c.dct.year
        if self.year_hint is not None:
            return self.year_hint, "the year given"
        cy, lo, hi = self._window_year(lambda cy: (on(cy) - c.dct).days, "day")
        if c.last is not None and precision_of(c.last) in ("day", "time") and c.last[:4].isdigit() \
                and c.tense != "future" \
                and int(c.last[:4]) != cy and not c.sent_end.search(c.text, c.last_end, c.pos):
            # "on May 26, 1996, during the Memorial Day weekend", written in 2003: the year of
            # a day told just before in the sentence that lies within a week of it
            ly = int(c.last[:4])
            if abs((on(ly) - dt.date.fromisoformat(c.last[:10])).days) <= _HOLIDAY_NEAR_DAY:
                return ly, f"the year of the day told just before ({c.last[:10]}), which it lies near"
        if cy == y:
            return y, f"the year of publication ({c.dct.isoformat()})"
        return cy, (f"the {'next' if cy > y else 'last'} one, {self._tense_why()} (between {-lo} days before and "
                    f"{hi} after publication, {c.dct.isoformat()})")

    def op_easter(self, offset="0", orthodox=""):
        """A day `offset` days from Easter Sunday (Gregorian, or the Orthodox churches' when
        `orthodox`): Good Friday is -2. The year as for a bare day and month, or as op_yearly
        gives it."""
        k = int(offset)
        sunday = orthodox_easter_sunday if orthodox else easter_sunday

        def on(year: int) -> dt.date:
            return sunday(year) + dt.timedelta(days=k)

        year, why = self._nearest_year(on)
        name = "Orthodox Easter Sunday" if orthodox else "Easter Sunday"
        rel = name if k == 0 else f"{abs(k)} day(s) {'after' if k > 0 else 'before'} {name}"
        return _fmt_day(on(year)), f"{rel} in {why}"

    def op_rangestart(self, y, m, d, m2=""):
        """The start of a range whose end gives the year ("May 11 to May 22, 2005"): that
        year, or the one before when the start's month comes after the end's ("Dec. 28 to
        Jan. 3, 2005")."""
        year = int(y) - (1 if m2 and int(m) > int(m2) else 0)
        return self.op_date(str(year), m, d)

    def op_lunarnewyear(self, eve=""):
        """Lunar New Year (its eve when `eve`): its date in the table (calendar.lunar_new_years),
        the year as for a bare day and month, or as op_yearly gives it; outside the table, the
        year alone."""
        table, k = cal.lunar_new_years(), -1 if eve else 0
        y = self.year_hint if self.year_hint is not None else self.c.dct.year
        if y not in table:
            return f"{y:04d}", f"the year {y}; the Lunar New Year table covers {min(table)}-{max(table)}"

        def on(cy: int) -> dt.date:  # a year the table lacks lies outside any window
            return table[cy] + dt.timedelta(days=k) if cy in table else (dt.date.max if cy > y else dt.date.min)

        year, why = self._nearest_year(on)
        return _fmt_day(table[year] + dt.timedelta(days=k)), f"{'the eve of ' if k else ''}Lunar New Year in {why}"

    def op_hijri(self, m, d, prec=""):
        """Day `d` of Hijri month `m` (calendar.hijri_days: "Eid al-Fitr" = 1 Shawwal): in the
        year op_yearly gives, its first; else the one the tense window for a bare day and
        month holds (of two in one year, the right one: 2000 has two Eids al-Fitr), else the
        nearest to publication. With `prec` "month", the Gregorian month it falls in
        ("Ramadan": the month of its first day). Outside the calendar's years, the year
        alone."""
        mon, day, c = int(m), int(d), self.c
        y = self.year_hint if self.year_hint is not None else c.dct.year
        if self.year_hint is not None:
            found = cal.hijri_days(y, mon, day)
            # of two in the year, "last Eid" takes the later one before publication, "next
            # Eid" the earlier one after it (op_yearly's direction)
            before = [x for x in found if x < c.dct]
            after = [x for x in found if x > c.dct]
            pick = (before[-1] if self.year_dir < 0 and before else after[0] if self.year_dir > 0 and after
                    else found[0] if found else None)
            day_found, why = (pick, "the year given") if pick else (None, "")
        else:
            days = [x for cy in (y - 1, y, y + 1) for x in cal.hijri_days(cy, mon, day)]
            lo, hi = self.window("day")
            inside = [x for x in days if lo <= (x - c.dct).days <= hi]
            if inside:
                day_found = min(inside, key=lambda x: (x.year != y, abs((x - c.dct).days)))
                why = f"the one {self._tense_why()} (between {-lo} days before and {hi} after publication, {c.dct.isoformat()})"
            else:
                # at the calendar's edge, the nearest there is on the tense's side, within a year
                side = [x for x in days if abs((x - c.dct).days) <= _YEAR_DAYS and not (
                    c.tense == "past" and x > c.dct or c.tense == "future" and x < c.dct)]
                day_found = min(side, key=lambda x: abs((x - c.dct).days)) if side else None
                why = f"the nearest to publication ({c.dct.isoformat()}) the calendar has"
        if day_found is None:
            return f"{y:04d}", f"the year {y}; the Hijri calendar covers about 1924-2077"
        if str(prec).strip() == "month":
            return f"{day_found.year:04d}-{day_found.month:02d}", f"the month in which Hijri month {mon} begins: {why}"
        return _fmt_day(day_found), f"day {day} of Hijri month {mon} (Umm al-Qura calendar): {why}"

    def op_yearly(self, y, direction, day):
        """A yearly day (a holiday) in year `y`, or the last (-1) / next (1) one before or
        after publication, or as the tense puts it (0 and no year)."""
        year, k = self.year_spec(y), int(direction)
        if year is not None or k == 0:
            return self._in_year(year, day)
        # Direction is decided on the day itself, not on the holiday it is counted from
        # (Cyber Monday, after Thanksgiving, can fall in December).
        dct = _fmt_day(self.c.dct)
        found = []
        self.year_dir = k
        for cy in range(self.c.dct.year - 1, self.c.dct.year + 2):
            value, why = self._in_year(cy, day)
            # (a month, "last Ramadan", against the publication month)
            pub = dct[:len(value[:10])]
            if (value[:10] < pub) if k < 0 else (value[:10] > pub):
                found.append((value, why))
        self.year_dir = 0
        if not found:
            return self._in_year(None, day)
        value, why = found[-1] if k < 0 else found[0]
        when = "before" if k < 0 else "after"
        return value, f"{why}; the {'last' if k < 0 else 'next'} one {when} publication ({dct})"

    def _in_year(self, year: int | None, day) -> tuple[str, str]:
        self.year_hint = year
        try:
            return self.run(day)
        finally:
            self.year_hint = None

    def op_plusdays(self, n, day):
        """A nested day shifted by n days (Black Friday: the day after Thanksgiving)."""
        base, why = self.run(day)
        if precision_of(base) != "day" or "X" in base:
            return base, why
        k = int(n)
        d = dt.date.fromisoformat(base) + dt.timedelta(days=k)
        return _fmt_day(d), f"{abs(k)} day(s) {'after' if k >= 0 else 'before'} {base} ({why})"

    def op_xdate(self, m, d=None):
        """A month or day of any year (the recurring "every October", "every Christmas")."""
        mon, day = int(m), _int(d)
        if day is None:
            return f"XXXX-{mon:02d}", f"{cal.MONTHS[mon - 1]} of any year"
        return f"XXXX-{mon:02d}-{day:02d}", f"{cal.MONTHS[mon - 1]} {day} of any year"

    def op_decade(self, dd):
        d = int(dd)
        base = self.c.dct.year // 100 * 10
        v = base + d // 10
        if v * 10 > self.c.dct.year:
            v -= 10
        return f"{v:03d}", "the decade in the publication century or the one before"

    def op_spokenyear(self, century, rest="0"):
        return f"{int(century) * 100 + int(float(rest)):04d}", "a year read out in words"

    def op_fiscal(self, yy):
        """A fiscal year, named as a plain year (two digits completed as op_year does); as
        the year a sentence opens with, it sets no calendar months (_opening_year)."""
        y = self.year_spec(yy)
        return f"{y:04d}", "the fiscal year written, named by its year"

    def op_year(self, yy):
        y = self.year_spec(yy)
        return f"{y:04d}", "two-digit year completed with the century of publication"

    def op_century(self, n, era="AD"):
        if era == "BC":
            return f"BC{int(n) - 1:02d}", f"the {n}th century before the common era"
        return f"{int(n) - 1:02d}", f"the {n}th century"

    def op_regnal(self, base, n):
        """Year `n` of an era whose year 1 is `base` + 1 ("Heisei 31" -> 2019)."""
        return f"{int(base) + int(n):04d}", f"year {n} of an imperial era, counted from {int(base) + 1}"

    def op_era(self, y, era):
        if era == "BC":
            return f"BC{int(y):04d}", "a year before the common era"
        return f"{int(y):04d}", "a year of the common era"

    def op_pod(self, part, day=None):
        # as a clock time's day: not one in an aside, unless pointed back to ("that morning")
        c = self.c
        back = day is not None and c.joins.pointed_back.match(c.text, c.pos) is not None
        base, why = self.run(day) if back else self._clock_day(day)
        if self.from_pub and self.c.tense == "past" and self.c.lede is not None:
            # a past part of a day with no day near it is the news day's, as a clock time's
            # is ("raised rates Tuesday ... The market, which had rallied in the morning")
            base, why = self.c.lede, f"the day of the news the text opens with ({self.c.lede})"
        if precision_of(base) not in ("day",) or "X" in base:
            return base, why
        last = c.last
        if back and part == "NI" and self.from_last and last is not None and _CLOCK.match(last) \
                and last[:10] == base and int(last[11:13]) < _SMALL_HOURS_END \
                and not c.joins.night_onward.search(c.text, max(0, c.pos - 12), c.pos):
            # "pronounced dead at 12:31 a.m. Saturday ... drove west that night": the night
            # the small hours told belong to, the day before's (not one the story moves on
            # to: "worked until that night", "By that night", "arrested again that night")
            base = _fmt_day(dt.date.fromisoformat(base) - dt.timedelta(days=1))
            return f"{base}TNI", f"the night before the small hours told before ({last})"
        if part == "NI" and self.from_pub and not back and c.tense == "past" and base == _fmt_day(c.dct):
            # a night gone by on the publication day is the one before it, as "last night"
            # ("Rescue teams worked through the night")
            base = _fmt_day(c.dct - dt.timedelta(days=1))
            return f"{base}TNI", f"the night before the publication day ({c.dct.isoformat()}), as the clause is past"
        return f"{base}T{part}", f"the {_PODS.get(part, part)} of {why}"

    def op_dawn(self, day):
        """Dawn: the morning of `day`, or of the day after where the text last told its
        evening or night ("At 11:40 p.m. that Saturday ... By dawn, detectives had")."""
        base, why = self._clock_day(day)
        if precision_of(base) != "day" or "X" in base:
            return base, why
        last = self._reference()[0]
        if self.from_last and last is not None and last[:10] == base[:10] and (
                last.endswith(("TEV", "TNI")) or _CLOCK.match(last) and int(last[11:13]) >= _EVENING):
            base = _fmt_day(dt.date.fromisoformat(base[:10]) + dt.timedelta(days=1))
            why = f"the day after the evening or night told before ({last})"
        return f"{base[:10]}TMO", f"the morning (dawn) of {why}"

    def op_time(self, h, m="00", ampm="X", day=None):
        hh, mm = _int(h), _int(m) or 0
        ap = str(ampm).lower().replace(".", "")
        if hh is None:
            return "XXXX-XX-XXTXX:XX", "an unknown clock time"
        if ap == "night":  # "12 o'clock tonight" is midnight (T24:00), "10 at night" 22:00
            hh = 24 if hh == 12 else hh + 12 if 5 <= hh < 12 else hh
        elif ap.startswith("p") and hh < 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
        if not _own_day(day) and self._clock_habit():
            return f"XXXX-XX-XXT{hh:02d}:{mm:02d}", f"clock time {hh:02d}:{mm:02d} of any day, as a habit is told beside it"
        base, why = self._clock_day(day)
        if precision_of(base) != "day":
            base = _fmt_day(self.c.dct)
        if self.from_pub and self.c.tense == "past" and self.c.lede is not None:
            # No day near it: a past clock time is on the day the news happened, as the text
            # opened with it ("approved on Tuesday ... The decision came at 5 p.m.")
            base, why = self.c.lede, f"the day of the news the text opens with ({self.c.lede})"
        elif self.from_last and self.c.tense == "past" and self.c.lede is not None \
                and base >= self.c.dct.isoformat() and self.c.sent_end.search(self.c.text, self.c.last_end, self.c.pos) \
                and self.c.last is not None and _CLOCK.match(self.c.last) is None \
                and self.c.lede == _fmt_day(self.c.dct - dt.timedelta(days=1)) and self.c.last_ahead():
            # nor on a day still ahead told in a sentence before about the future ("thundered
            # into orbit Tuesday. The astronauts planned to release the telescope today.
            # Liftoff came at 8:34 a.m."; not after a clock time still ahead: "The parade
            # starts at 11am today. 'I got in about 6am,' he said"), where the news is of the
            # day before publication
            base, why = self.c.lede, f"the day of the news the text opens with ({self.c.lede}), not the day ahead told before"
        if ap in ("", "x") and 1 <= hh < 12 and not str(h).startswith("0"):
            # (a two-digit hour may be on a 24-hour clock: "until 23:00 ... signed at 10:15")
            near = self._near_clock(hh * 60 + mm, base) if hh < 10 else None
            if near if near is not None else self._bare_pm(hh, base):
                hh += 12
            if near is not None:
                why = f"{why}; {'p.m.' if near else 'a.m.'}, within an hour of a clock time told before on that day"
        elif ap in ("", "x") and hh == 12 and mm and self.c.clocks and self.c.clocks[-1][0] == base \
                and 0 <= mm - self.c.clocks[-1][1] <= _PAST_MIDNIGHT_REACH:
            # "At 12:07 a.m., the camera recorded ... At 12:09, a woman called ... at 12:40":
            # minutes after the clock time told last, one just past midnight, are past
            # midnight too (not after a later one: "began at 12:01 a.m. Talks resumed at 10
            # a.m. and broke off at 12:30"; nor noon, with no minutes)
            hh = 0
            why = f"{why}; a.m., minutes after the clock time past midnight told before"
        last = self.c.last
        if ap.startswith("a") and hh < _SMALL_HOURS_END and last is not None and last.endswith(("TEV", "TNI")) \
                and (self.from_last or self.from_pub) and _in_closed_aside(self.c, self.c.last_start):
            # the small hours after an evening or night in an aside are still its own ("The
            # man, who was shot on Friday night, died at 3 a.m."), though other clock times go
            # by the day before the aside (and one with its own day keeps it: "died at 1 a.m.
            # Sunday")
            base, self.from_last = last[:10], True
        # a morning time after the day mentioned before (not one that opens a span back: "since 6 a.m.")
        after_last = self.from_last and ap.startswith("a") and last is not None and last[:10] == base and not self._after_since()
        if after_last and _SMALL_HOURS_END <= hh < 12 and last.endswith("TNI") and base != self.c.dct.isoformat():
            # "negotiators met through Monday night. By 7 a.m., traffic was backed up": the
            # morning after a night other than publication's ("Results are expected tonight.
            # Polls open at 7 a.m." is this morning)
            base = _fmt_day(dt.date.fromisoformat(base) + dt.timedelta(days=1))
            why = f"the morning after the night mentioned before ({last})"
        elif after_last and (hh < _SMALL_HOURS_END and last.endswith(("TEV", "TNI")) or self._after_evening_clock(last, hh)) \
                and not (self.c.tense == "past" and base >= self.c.dct.isoformat()) \
                and not self.c.joins.report.search(self.c.text, max(0, self.c.last_start - 30), self.c.last_start) \
                and not (self.c.joins.report_any.search(self.c.text, self.c.last_end, self.c.pos)
                         and not self.c.sent_end.search(self.c.text, self.c.last_end, self.c.pos)):
            # "They arrived on Sunday evening and worked until 4am", "open at 5 p.m. on
            # Thanksgiving Day and until 1 a.m.", "a curfew from 10 p.m. to 5 a.m.": the small
            # hours after it (not in a past clause after the publication night, the small hours
            # of which are still ahead: "Tonight the election comes down to Florida. At 2:16
            # a.m., the networks projected"; the night told is rather the one before, "the
            # last game of the night ended shortly before 1 a.m."; nor where a report is told:
            # "Police said Tuesday night that the
            # shooting happened around 1 a.m.", "The statement, released at 8 p.m. Thursday,
            # said the fire began at 3 a.m."; in the night's own sentence, as one told before
            # is not the time of the report: "did not speak last night. Podesta told
            # supporters at about 2 a.m. to go home")
            base = _fmt_day(dt.date.fromisoformat(base) + dt.timedelta(days=1))
            why = f"the small hours after the evening or night mentioned before ({last})"
        elif self.from_last and hh >= _EVENING and self.c.tense == "past" and base == self.c.dct.isoformat() and self.c.eve \
                and last is not None and _CLOCK.match(last) and last[:10] == base and int(last[11:13]) < _SMALL_HOURS_END:
            # "defeated D'Amato last night. With 97 percent of precincts reporting at 1 a.m.
            # today ... The networks declared him the winner at 9:45 p.m.": in a text of the
            # night before publication, told after its small hours, a past evening is the one
            # before (not in one of the day's own news: "The quake struck at 4:30 a.m. today.
            # Rescuers worked until 8 p.m.")
            base = _fmt_day(self.c.dct - dt.timedelta(days=1))
            why = f"the evening before the small hours told before ({last}), in a past clause"
        return f"{base}T{hh:02d}:{mm:02d}", f"clock time {hh:02d}:{mm:02d} on {why}"

    def op_clockwords(self, minutes, side, h, ampm, day):
        """A clock time told in words: `minutes` after (or before) hour `h` ("half past ten",
        "a quarter to three": 02:45), on the day a bare clock time is."""
        mins, hh, ap = int(minutes), int(h), str(ampm).strip() or "X"
        if side == "before":
            mins, hh = 60 - mins, hh - 1 if hh > 1 else 12
        if hh == 12 and (ap == "night" or ap.lower().startswith("a")):
            hh = 0  # "a quarter to one at night", "half past twelve at night": 00:45, 00:30
        return self.op_time(hh, f"{mins:02d}", ap, day)

    def _clock_habit(self) -> bool:
        """Whether a recurring time (a SET) is told right beside a clock time with no day of
        its own, in its sentence and not in a past clause ("Service will operate daily from
        5 a.m. until 1 a.m.", "open until 9 p.m. every day"; not "who visited the gym daily,
        was shot at 6 p.m."): the time of any day."""
        c = self.c
        if c.tense == "past" or not c.sets:
            return False
        lo = self._sentence_start(max(0, c.pos - _HABIT_REACH), c.pos)
        end = c.sent_end.search(c.text, c.end, c.end + _HABIT_REACH)
        hi = end.start() if end else c.end + _HABIT_REACH
        # (not one in an aside set off by commas: "The museum, open daily, will close at 3
        # p.m." is a day's closing; "is open daily, from 10 a.m. to 5 p.m." a habit)
        # (nor one with a day told between it and the clock time: "will run every hour on
        # Monday, starting at 5 a.m.")
        day_between = c.day is not None and c.day[1] <= c.pos
        return any(lo <= a and b <= hi and not (b <= c.pos and "," in c.text[lo:a] and "," in c.text[b:c.pos])
                   and not (day_between and b <= c.day[1]) for a, b in c.sets)

    def _near_clock(self, minute: int, day: str) -> bool | None:
        """Whether an hour written with no a.m. or p.m. (`minute` of the day, read a.m.) on
        `day` is the p.m. one, when exactly one reading lies within an hour of a clock time
        told before on that day ("heard shots at about 2:15 a.m. ... it was 2:16"); None when
        neither or both do, or a part of that day was told last ("that evening at 7:45":
        _bare_pm's to tell)."""
        c = self.c
        last = c.last
        if last is not None and last[:10] == day and last.endswith(("TMO", "TAF", "TEV", "TNI")):
            return None
        told = [m for d, m in c.clocks if d == day]
        am = any(abs(minute - m) <= 60 for m in told)
        pm = any(abs(minute + 720 - m) <= 60 for m in told)
        return None if am == pm else pm

    def _bare_pm(self, hh: int, day: str) -> bool:
        """Whether an hour written with no a.m. or p.m. is in the afternoon or evening: one
        up to _BARE_PM ("the market closed early, at 3:30") unless a night, a morning or an
        a.m. or late clock time was told before ("just before midnight ... early this
        morning ... about 1 o'clock", "struck at 4:31 a.m. ... came at 4:45"), or a
        single-digit one after an afternoon, an evening or a p.m. clock time told on its
        `day` ("opened at 8 p.m. ... left the table at 6:30"; not after a night, which the
        small hours follow; "10:00" is read on a 24-hour clock)."""
        last = self.c.last
        clock = last is not None and _CLOCK.match(last) is not None
        if hh <= _BARE_PM:
            return not (last is not None and (last.endswith(("TNI", "TMO")) or clock and not 12 <= int(last[11:13]) < 21))
        if hh >= 10 or last is None or last[:10] != day:
            return False
        return last.endswith(("TAF", "TEV")) or (clock and int(last[11:13]) >= 12)

    def _clock_day(self, day) -> tuple[str, str]:
        """The day of a clock time: the nested `day` operation, told from the reference before
        a relative clause aside if the reference is a day in one that has closed."""
        c = self.c
        if day is None:
            return _fmt_day(c.dct), "the publication day"
        held = c.last, c.last_start, c.last_end, c.day
        c.last, c.last_start, c.last_end, c.day = self._reference()
        try:
            return self.run(day)
        finally:
            c.last, c.last_start, c.last_end, c.day = held

    def _reference(self) -> tuple:
        """The reference (last, last_start, last_end, day) a clock time goes by: the one
        before a relative clause aside that has closed, where the reference lies in it."""
        c = self.c
        last, day, a = (c.last, c.last_start, c.last_end), c.day, c.aside
        if _in_closed_aside(c, c.last_start):
            last = a[2][:3]
        if a is not None and c.pos >= a[0] and c.day is not None and a[1] < c.day[1] <= a[0]:
            day = a[2][3]
        return (*last, day)

    def _after_evening_clock(self, last: str, hh: int) -> bool:
        """Whether a morning hour `hh` follows the evening clock time `last` into the night:
        the small hours ("open at 5 p.m. ... until 1 a.m."), or any morning hour that ends a
        range from it ("a curfew from 10 p.m. to 5 a.m.")."""
        if _CLOCK.match(last) is None or int(last[11:13]) < _EVENING:
            return False
        return hh < _SMALL_HOURS_END or self.c.joins.clock.fullmatch(self.c.text, self.c.last_end, self.c.pos) is not None

    def op_dur_and(self, n1, unit1, n2, unit2, n3="", unit3=""):
        """Two (or three) counted units, the larger first, as one duration: "2 hours 15
        minutes" -> PT2H15M, "2 hours 7 minutes 35 seconds" -> PT2H7M35S."""
        try:
            a, b = float(n1), float(n2)
            parts = [(a, unit1), (b, unit2)] + ([(float(n3), unit3)] if unit3 else [])
        except ValueError:
            return self.op_dur(n1, unit1)
        if not a.is_integer():  # "half an hour and 10 minutes": all in the smaller unit
            lower = _LOWER.get(unit1)
            if lower is None or lower[0] != unit2:
                return self.op_dur(n1, unit1)
            whole, rest = divmod(a * lower[1] + b, lower[1])
            if not whole:
                return self.op_dur(format_number(rest), unit2)
            return self.op_dur_and(format_number(whole), unit1, format_number(rest), unit2)
        amounts: dict[str, float] = {}
        for k, unit in parts:
            times, code = _DUR_PARTS[unit]
            amounts[code] = amounts.get(code, 0) + k * times
        if any(not v.is_integer() for v in amounts.values()):
            return self.op_dur(n1, unit1)
        date = "".join(f"{int(amounts[c])}{c}" for c in "YMD" if c in amounts)
        time = "".join(f"{int(amounts[c])}{c[0]}" for c in ("H", "MI", "S") if c in amounts)
        return f"P{date}{'T' + time if time else ''}", " and ".join(f"{format_number(k)} {unit}(s)" for k, unit in parts)

    def op_dur(self, n, unit, plus_half=""):
        k = str(n).strip()
        if plus_half.strip() and k not in ("X", ""):  # "a minute and a half"
            k = str(float(k) + 0.5)
        code = _UNIT_CODE[unit]
        t = "T" if unit in ("hour", "minute", "second") else ""
        if k in ("X", ""):
            return f"P{t}X{code}", f"an unspecified number of {unit}s"
        num = float(k)
        if unit in _IN_YEARS:  # "half a century" -> P50Y, "a decade and a half" -> P15Y
            num, unit, code = num * _IN_YEARS[unit], "year", "Y"
        if not num.is_integer():
            # 1.5 hours -> PT1H30M; 2.5 years -> P2Y6M; 1.5 days -> PT36H: TIMEX3 integers,
            # where the fraction is a whole number of the next smaller unit.
            lower = _LOWER.get(unit)
            whole = int(num)
            exact = (num - whole) * lower[1] if lower else 0.5
            if not lower or abs(exact - round(exact)) > 1e-6 or (unit == "month" and num - whole != 0.5):
                # "7.3 months" is no whole number of days (a month has none): P7.3M, as ISO 8601
                # writes a fraction of the smallest unit
                return f"P{t}{format_number(num)}{code}", f"{k} {unit}s"
            if unit in ("hour", "minute", "year"):  # PT5H30M, P2Y6M (TimeBank's "2 1/2 years")
                first = f"{whole}{code}" if whole else ""
                return f"P{t}{first}{round(exact)}{_UNIT_CODE[lower[0]]}", f"{k} {unit}s"
            t = "T" if lower[0] in ("hour", "minute", "second") else ""
            return f"P{t}{round(num * lower[1])}{_UNIT_CODE[lower[0]]}", f"{k} {unit}s"
        times, code = _DUR_AS.get(unit, (1, code))
        return f"P{t}{int(num) * times}{code}", f"{int(num)} {unit}(s)"


def _in_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1: pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _precision(type_: str, value: str) -> str:
    if type_ == "SET":
        return "set"
    if type_ == "DURATION":
        return "duration"
    return precision_of(value)


_VAGUE_WHY = {
    "PAST_REF": "an unspecified time before publication, not a datable period",
    "PRESENT_REF": "the time around publication in general, not a datable period",
    "FUTURE_REF": "an unspecified time after publication, not a datable period",
}


def _explain(men: Mention, value: str, why: str, prec: str) -> str:
    if men.type == "SET":
        why = f"a recurring time ({why})" if why != "fixed value" else "a recurring time"
    elif men.type == "DURATION":
        why = f"a length of time ({why})" if why != "fixed value" else "a length of time, not a date"
    elif why == "fixed value":
        why = _VAGUE_WHY.get(value) or f"the {prec} written in the text"
    mod = f" (mod {men.mod})" if men.mod else ""
    return f"'{men.text}' = {why} -> {value}{mod}"


def _dayfirst(mentions: list[Mention]) -> str | None:
    """The first all-numeric date whose first number can only be a day, if the text has no
    date that is unambiguously month first: it sets the order of ambiguous ones."""
    first = None
    for men in mentions:
        if men.value.startswith("numdate("):
            _, _, a, b = parse(men.value)
            if int(b) > 12:
                return None
            if int(a) > 12 and first is None:
                first = men.text
    return first


# What may stand between a clock time and the day right after it: spaces, or the same time
# restated in another zone ("3 p.m. local time (1400 GMT) today").
_CLOCK_DAY_GAP = re.compile(r"[ \t]+(?:\([^()\n]{1,20}\)[ \t]+)?")

# Operations of a mention that names its day (a holiday, a weekday, a calendar date), not
# one told from another.
_NAMED_DAY = ("yearly(", "weekday(", "date(", "numdate(", "on_day(", "nthwd(", "easter(")


def _date_after_on(mentions: list[Mention], i: int, text: str, joins: _Joins) -> int | None:
    """Index of the DATE mention after "on" (or right after) that follows clock time `i`,
    alone or with more clock times joined to it ("between 8 p.m. and midnight on Thursday");
    else None."""
    j = i + 1
    while j < len(mentions) and mentions[j].type == "TIME" and joins.clock.fullmatch(text, mentions[j - 1].end, mentions[j].start):
        j += 1
    if j >= len(mentions) or mentions[j].type != "DATE":
        return None
    between = text[mentions[j - 1].end: mentions[j].start]
    # ... or right after it ("land at 7:05 a.m. the next morning", "at 10 a.m. the same day")
    # A capitalised one only when it names its day ("at 11 a.m. Christmas Day"): a relative
    # one opens a new sentence ("arrested at 5 p.m. The next day, police ...", "Two days later").
    # (also past the same time restated in another zone: "until 3 p.m. local time (1400 GMT) today")
    named = mentions[j].text[:1].islower() or mentions[j].value.startswith(_NAMED_DAY)
    if not joins.clock_on.fullmatch(between) and not (_CLOCK_DAY_GAP.fullmatch(between) and named):
        return None
    return j


def _range_start(mentions: list[Mention], i: int, ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A weekday that starts a range whose end names its day ("from Tuesday night into New
    Year's Day", "between Friday and Jan. 2") is not after that end, nor, unless a past
    clause says so, a week before publication when the range runs on after it."""
    j, text, joins = i + 1, ctx.text, ctx.joins
    if j >= len(mentions) or mentions[j].type != "DATE" or _WEEKDAY_OP.match(mentions[j].value):
        return value, why
    between = text[mentions[i].end: mentions[j].start]
    opened = joins.range_open.search(text, max(0, mentions[i].start - 20), mentions[i].start)
    if not (joins.range.fullmatch(between) or opened and joins.range_pair.fullmatch(between)):
        return value, why
    end = _day_of(mentions[j], ctx)
    if end is None:
        return value, why
    start, stop, pub = dt.date.fromisoformat(value[:10]), dt.date.fromisoformat(end[0][:10]), ctx.dct
    name = cal.WEEKDAYS[start.isoweekday() - 1]
    if start > stop:
        day = stop - dt.timedelta(days=(stop.isoweekday() - start.isoweekday()) % 7)
        return _fmt_day(day) + value[10:], f"the {name} in the week up to the end of the range it starts ({end[0][:10]})"
    day = pub + dt.timedelta(days=(start.isoweekday() - pub.isoweekday()) % 7)
    if start < pub <= stop and (stop - start).days >= 7 and day <= stop and ((stop - pub).days < 7 or ctx.tense != "past"):
        # a weekday a week before a range that runs on after publication, read back by
        # the news default ("The main draw runs from Monday until January 11") or by a past
        # clause when the range ends in the week after publication ("has issued warnings
        # from Tuesday night into New Year's Day"; not "the airport was closed from Monday
        # until Jan. 2", said two weeks before it)
        return _fmt_day(day) + value[10:], f"the first {name} on or after the publication date ({_dct_desc(ctx)}), as the range it starts ends after it ({end[0][:10]})"
    return value, why


def _range_end(men: Mention, ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A weekday that ends a range still to run ("through Sunday") begun at a day told just
    before in its clause, on which something starts ("The festival opens on Nov. 25 and runs
    through Sunday"), is the first such weekday after that day, not one before it (not a
    day that names a thing, "Tickets for the Jan. 10 concert are on sale through Sunday",
    nor a past range told as the background of that day: "freed at 4 p.m. Tuesday after
    talks that had lasted through Monday night")."""
    told = ctx.day
    # (the day must be the reference told last: its start is where "on/from" is looked for)
    if told is None or told[1] != ctx.last_end or told[0][:10] <= value[:10] or not told[0][:4].isdigit() or ctx.tense == "past" \
            or men.start - told[1] > _RANGE_END_REACH \
            or not ctx.joins.range_end.search(ctx.text, max(0, men.start - 12), men.start) \
            or ctx.sent_end.search(ctx.text, told[1], men.start) or "," in ctx.text[told[1]:men.start] \
            or not ctx.joins.range_start.search(ctx.text, max(0, ctx.last_start - 12), ctx.last_start):
        return value, why
    start = dt.date.fromisoformat(told[0][:10])
    weekday = dt.date.fromisoformat(value[:10]).isoweekday()
    day = start + dt.timedelta(days=(weekday - start.isoweekday() - 1) % 7 + 1)
    return _fmt_day(day) + value[10:], f"the first {cal.WEEKDAYS[weekday - 1]} after the day the range it ends begins ({told[0][:10]})"


_DIGIT = re.compile(r"\d")  # a mention that opens with a figure: a clock time


def _in_closed_aside(ctx: _Ctx, start: int) -> bool:
    """Whether a mention starting at `start` lies in a relative clause aside that has closed
    before the current mention."""
    a = ctx.aside
    return a is not None and a[1] <= start < a[0] <= ctx.pos


def _compared_figure(ctx: _Ctx, pos: int) -> bool:
    """Whether a figure compared with is told right before `pos` ("than the 22.6% plunge of")."""
    m = ctx.joins.compare.search(ctx.text, max(0, pos - _COMPARE_REACH), pos)
    return m is not None and any(ch.isdigit() for ch in m.group(0))


def _own_day(day) -> bool:
    """Whether the day operation of a clock time names a day of its own ("at 9 a.m.
    Tuesday", "at noon on May 3", "at 9 p.m. yesterday"), not just the one of reference
    (ref(day), or on_day with nothing but it)."""
    if not isinstance(day, tuple) or not day:
        return day is not None
    if day[0] == "ref":
        return False
    if day[0] == "on_day":
        return any(str(a).strip() not in ("X", "") for a in day[1:4])
    return True


def _sentence_start(ctx: _Ctx, lo: int, hi: int) -> int:
    """Where the last sentence begun before `hi` starts, looking back to `lo` at most."""
    for m in ctx.sent_end.finditer(ctx.text, lo, hi):
        lo = m.end()
    return lo


def _named_with(mentions: list[Mention], i: int, out: list[Timex], ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A weekday that names the same day as the date set right beside it, a week off the
    one the weekday alone gives: the date's ("Halloween on Wednesday"; "next Thursday, 21
    March"; "Friday, the day after Thanksgiving"; "worried about deliveries ahead of
    Valentine's Day on Friday"). Not the day a date was set on ("postponed the hearing until
    Nov. 20 on Tuesday", "set the runoff for Dec. 4 on Tuesday"), nor one after a comma
    ("Ahead of Election Day, on Tuesday Obama toured Ohio")."""
    if not value[:4].isdigit():
        return value, why
    text, day = ctx.text, dt.date.fromisoformat(value[:10])
    name = cal.WEEKDAYS[day.isoweekday() - 1]
    near = []
    prev = mentions[i - 1] if i > 0 else None
    if prev is not None and out and out[-1].start == prev.start and out[-1].precision == "day" and "X" not in out[-1].value \
            and not _WEEKDAY_OP.match(prev.value) and _ON.fullmatch(text, prev.end, mentions[i].start) \
            and prev.tense != "deferred":
        near.append((out[-1].value, out[-1].text))
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    # (or the holiday a closing is for: "markets are closed Monday for Labor Day"; not a
    # purpose, "began heading home on Wednesday for Christmas")
    if nxt is not None and nxt.type == "DATE" and nxt.value.startswith(_NAMED_DAY + ("plusdays(",)) \
            and not _WEEKDAY_OP.match(nxt.value) and (_APPOSED.fullmatch(text, mentions[i].end, nxt.start) or (
                ctx.joins.holiday_for.fullmatch(text, mentions[i].end, nxt.start)
                and ctx.joins.closed_for.search(text, max(0, mentions[i].start - _COMPARE_REACH), mentions[i].start))):
        after = _day_of(nxt, ctx)
        if after is not None:
            near.append((after[0], nxt.text))
    for other, said in near:
        d = dt.date.fromisoformat(other[:10])
        if abs((d - day).days) == 7:
            return other[:10] + value[10:], f"the {name} named beside it ('{said}' = {other[:10]})"
    side = ctx.joins.near_day.fullmatch(text, mentions[i].end, nxt.start) if nxt is not None and nxt.type == "DATE" \
        and nxt.value.startswith(_NAMED_DAY) and not _WEEKDAY_OP.match(nxt.value) else None
    named = _day_of(nxt, ctx) if side else None
    if named is not None and named[0][:4].isdigit():
        # "12:01 a.m. Tuesday, just after the Labor Day holiday": the first such weekday
        # after (or the last before) the day named beside it, where the weekday alone is not
        d = dt.date.fromisoformat(named[0][:10])
        step = 1 if side.group(1).lower() in ctx.joins.near_after else -1
        near_day = d + dt.timedelta(days=step * ((step * (day.isoweekday() - d.isoweekday()) - 1) % 7 + 1))
        if near_day != day:
            clock = f"clock time {value[11:16]} on " if _CLOCK.match(value) else ""
            return _fmt_day(near_day) + value[10:], f"{clock}the {name} just {'after' if step > 0 else 'before'} the day named beside it ('{nxt.text}' = {named[0][:10]})"
    return value, why


def _quarter_ended(mentions: list[Mention], i: int, ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A quarter told with the day it ended ("the fiscal fourth quarter, ended June 30", written
    in July 1989; "the quarter ended Sept. 30"): of that day's year, as TBAQ labels even a
    fiscal quarter (its "fourth quarter ended June 30" is 1989-Q4, "the fiscal-first quarter
    ended Sept. 30" 1989-Q1); "the quarter" ended on a calendar quarter's last day, with no
    quarter told before, is that quarter."""
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    own = mentions[i].value
    if nxt is None or nxt.type != "DATE" or not nxt.value.startswith(_NAMED_DAY) \
            or not ctx.joins.ended.fullmatch(ctx.text, mentions[i].end, nxt.start) \
            or not (own.startswith("quarter_ref(") or _BARE_QUARTER.fullmatch(own)):
        # (only a quarter with no year of its own: not "the third quarter of 1988, ended Sept.
        # 30", nor "the latest quarter")
        return value, why
    end = _day_of(nxt, ctx)
    if end is None:
        return value, why
    day = dt.date.fromisoformat(end[0][:10])
    if mentions[i].value.startswith("quarter_ref("):
        # (not where a quarter was told before, whose number a fiscal year may give: "the
        # fiscal second quarter ... the quarter ended Dec. 31")
        if day.month % 3 or day != cal.month_end(day.year, day.month) or ctx.last_quarter is not None:
            return value, why
        return f"{day.year:04d}-Q{cal.quarter_of(day)}", f"the quarter that ended on {end[0][:10]}"
    return f"{day.year:04d}{value[4:]}", f"{value[5:]} of the year of the day it ended ({end[0][:10]})"


_BARE_QUARTER = re.compile(r"quarter\(\d,\s*(?:X|reported)\s*\)")
_APPOSED = re.compile(r",[ \t]*")
_ON = re.compile(r"[ \t]+on[ \t]+")
_ANY_SEASON = re.compile(r"XXXX-(?:SP|SU|FA|WI)")
_APPOSED_ON = re.compile(r",[ \t]*(?:on[ \t]+)?")
_PHRASE_END = re.compile(r"[ \t]*(?:[.;:,)]|$)")
# ... also with "next/last" ("next Thursday")
_WEEKDAY_ANY = re.compile(r"(?:on_day\(X,,,)?(?:pod\([A-Z]+,)?weekday\(")

# a weekday named alone, with or without its part of day
_WEEKDAY_OP = re.compile(r"(?:pod\([A-Z]+,)?weekday\(")
# ... a clock time on one ("12:01 a.m. Tuesday")
_CLOCK_WEEKDAY = re.compile(r"time\([^()]*,weekday\(")


def _op_day(op):
    """The day operation of a parsed clock time value ("time(6,00,pm,on_day(...))"), if any."""
    return op[4] if isinstance(op, tuple) and op[0] == "time" and len(op) > 4 else None


def _clock_range_day(mentions: list[Mention], i: int, ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A clock time with no day of its own that opens a range of clock times whose last one
    names its day is on that day too ("from 1 p.m. to 6 p.m. Thursday")."""
    text, j = ctx.text, i + 1
    while j < len(mentions) and mentions[j].type == "TIME" and ctx.joins.clock.fullmatch(text, mentions[j - 1].end, mentions[j].start):
        try:
            op = parse(mentions[j].value)
        except ValueError:
            return value, why
        if _own_day(_op_day(op)):
            try:
                day, _ = _Resolver(replace(ctx, pos=mentions[j].start, end=mentions[j].end, ahead=None)).run(op)
            except (TemporalError, ValueError, KeyError, IndexError):
                return value, why
            if precision_of(day) in ("day", "time") and day[:4].isdigit() and day[:10] != value[:10]:
                start = dt.date.fromisoformat(day[:10])
                if len(day) > 10 and value[10:] > day[10:]:
                    # a range through the night ends the day after it starts ("from 11 p.m.
                    # to 2 a.m. Friday": Thursday's 11 p.m.)
                    start -= dt.timedelta(days=1)
                return _fmt_day(start) + value[10:], f"{why}; on the day the range it opens ends on ('{mentions[j].text}' = {day[:10]})"
            return value, why
        j += 1
    return value, why


def _shift_apposed(mentions: list[Mention], i: int, out: list[Timex], ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A day counted from another ("six weeks later") set beside a date by a comma names
    that date ("a runoff six weeks later, on April 21", "did not win until Sept. 15, six
    weeks later"): the date's day, whatever the count from the reference gives (a weekday
    alone is no such date: its week is the count's to tell)."""
    text = ctx.text
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and nxt.type == "DATE" and nxt.value.startswith(_NAMED_DAY) and not _WEEKDAY_ANY.match(nxt.value) \
            and _APPOSED_ON.fullmatch(text, mentions[i].end, nxt.start):
        named = _day_of(nxt, ctx)
        if named is not None:
            return named[0][:10], f"the date it is set beside ('{nxt.text}' = {named[0][:10]})"
    prev = mentions[i - 1] if i > 0 else None
    # (the date before it only where the count closes the phrase, an aside of that date:
    # "until Sept. 15, six weeks later."; not where a clause goes on, "closed on March 3, a
    # week later it reopened", whose count is from that date)
    if prev is not None and out and out[-1].start == prev.start and out[-1].precision == "day" \
            and "X" not in out[-1].value and prev.value.startswith(_NAMED_DAY) and not _WEEKDAY_ANY.match(prev.value) \
            and _APPOSED.fullmatch(text, prev.end, mentions[i].start) and _PHRASE_END.match(text, mentions[i].end):
        return out[-1].value[:10], f"the date it is set beside ('{out[-1].text}' = {out[-1].value[:10]})"
    return value, why


def _day_of(men: Mention, ctx: _Ctx) -> tuple[str, str] | None:
    """A DATE mention resolved ahead of its turn, if it names a known day: (value, reason)."""
    try:
        # A day with no tense cue of its own takes the clock time's ("until 09:00 on Friday").
        # (the habit is the clock time's clause's: "usually opens at 9 a.m. on May 5")
        told = (*_tenses(men.tense or ctx.clause()), ctx.generic)
        value, why = _Resolver(replace(ctx, _told=told, pos=men.start, ahead=None)).run(parse(men.value))
    except (TemporalError, ValueError, KeyError, IndexError):
        return None
    return (value, why) if precision_of(value) == "day" and "X" not in value else None


# Operations that tell a day from the one mentioned before ("the previous day", "that Friday").
_TOLD_FROM = ("shift(", "ref(", "lweekday(", "lday(", "plusdays(ref")
# A bare month or day whose year the anchorer infers ("December", "Dec. 20").
_INFERRED = re.compile(r"(?:month|date)\((?:X,)?\d+(?:,\d+)?(?:,0|,X)*\)$")


def _years_on(value: str, k: int) -> str | None:
    """`value` (a day, week, month, quarter, half or season) k years on; None for a day that
    year lacks (29 February). A week keeps its number, or is the year's last without a week 53."""
    y = int(value[:4]) + k
    if value[5:6] == "W" and value[6:7].isdigit():
        week = min(int(value[6:8]), dt.date(y, 12, 28).isocalendar()[1])
        return f"{y:04d}-W{week:02d}{value[8:]}"
    if len(value) >= 10 and cal.valid_date(y, int(value[5:7]), int(value[8:10])) is None:
        return None
    return f"{y:04d}{value[4:]}"


def _past_range(out: list[Timex], mentions: list[Mention], ctx: _Ctx, value: str, why: str) -> tuple[str, str]:
    """A range told in the past tense that would lie wholly after publication ("was blamed
    for robberies between December and mid-March", written in November) is last year's: the
    end and its bare start move back a year together. One that spans publication stays
    ("the season, which runs from June 1 to Nov. 30, has been the busiest")."""
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].start == ctx.last_start), None)
    if k is None or not _INFERRED.fullmatch(mentions[k].value):
        return value, why
    first = out[k].value[:10]
    if first <= ctx.dct.isoformat()[: len(first)]:
        return value, why
    # an end still inside the past-tense window may be an announced date ("went on sale for
    # shows between June 20 and July 5")
    kind = "day" if len(value) >= 10 else "month"
    _, hi = _window(ctx, kind, "past")
    if kind == "day":
        ahead = (dt.date.fromisoformat(value[:10]) - ctx.dct).days
    else:
        ahead = (int(value[:4]) - ctx.dct.year) * 12 + int(value[5:7]) - ctx.dct.month
    if ahead <= hi:
        return value, why
    start, end = _years_on(out[k].value, -1), _years_on(value, -1)
    if start is None or end is None:
        return value, why
    out[k] = replace(out[k], value=start, explanation=out[k].explanation + "; a year back, as the past-tense range it starts ends after publication")
    return end, f"{why}; a year back, as a past-tense range cannot end after publication ({ctx.dct.isoformat()})"


# The value of a date or time past the calendar's edge: TIMEX3's unknown year / clock time.
_UNKNOWN = {"DATE": "XXXX", "TIME": "XXXX-XX-XXTXX:XX"}


def _off_calendar(e: Exception, type_: str) -> bool:
    """Whether date arithmetic for a date or time failed by leaving the years datetime can
    hold ("year 12000 is out of range"; not "day is out of range for month", a rule's bug)."""
    return type_ in _UNKNOWN and (isinstance(e, OverflowError) or (
        isinstance(e, ValueError) and str(e).startswith("year ") and "out of range" in str(e)))


def _year_in_calendar(y: int) -> int:
    """`y`, or the ValueError datetime raises for a year it cannot hold (see _off_calendar)."""
    dt.date(y, 1, 1)
    return y


def resolve(mentions: list[Mention], published: dt.date, lang: str = "en", text: str = "") -> list[Timex]:
    """Anchor phase-1 mentions on the publication date, left to right (`text`: the text they
    were found in, for what lies between two mentions)."""
    g = grammar(lang)
    ctx = _Ctx(published, Told(None), None, windows=g.tables.get("tense_window", {}), text=text, joins=_joins(g),
                sent_end=sentence_end(g))
    ctx.dayfirst = _dayfirst(mentions)
    ctx.sets = tuple((m.start, m.end) for m in mentions if m.type == "SET")
    out: list[Timex] = []
    # mention index -> its day resolved ahead (value, reason), or None if it names no known day
    fixed: dict[int, tuple[str, str] | None] = {}
    first_day = True
    for i, men in enumerate(mentions):
        a = ctx.aside
        if a is not None and a[3] and men.start >= a[0] and a[1] <= ctx.last_start < a[0]:
            # after an aside whose day was told from the one before it ("Police arrested
            # him, who had called her the previous day, four days later"), that one again
            ctx.last, ctx.last_start, ctx.last_end, ctx.day = a[2]
            ctx.aside = None
        if ctx.held is not None and men.start >= ctx.held[0]:
            if ctx.last_start == ctx.held[1]:
                ctx.last, ctx.last_start, ctx.last_end, ctx.last_op, ctx.day, ctx.coming, ctx.last_clause = ctx.held[2]
            ctx.held = None
        ctx.at(men)
        j = _date_after_on(mentions, i, text, ctx.joins) if men.type == "TIME" else None
        if j is not None and j not in fixed:
            # The day after "on" is resolved once, for the clock times and its own mention alike.
            fixed[j] = _day_of(mentions[j], ctx)
        ahead = fixed.get(j) if j is not None else None
        ctx.ahead = ahead[0] if ahead else None
        res = _Resolver(ctx)
        op = None
        try:
            op = parse(men.value)
            value, why = fixed.get(i) or res.run(op)
        except (ValueError, KeyError, IndexError, OverflowError, TemporalError) as e:
            if men.type not in _UNKNOWN:
                raise TemporalError(f"rule {men.rule!r} produced an unusable value {men.value!r} for {men.text!r}: {e}") from None
            # "3,000 years from now" in a text dated 9000: the expression is real, its date is
            # not computable, so it stays in the output with an unknown value; so does a date
            # an anchoring rule failed on, rather than the whole document (the rule examples,
            # which check values, catch such a bug).
            value, why = _UNKNOWN[men.type], (
                f"beyond the years that can be computed ({dt.MINYEAR}-{dt.MAXYEAR}): {e}" if _off_calendar(e, men.type)
                else f"not resolved: rule {men.rule!r} failed on {men.value!r} ({e})")
        prec = _precision(men.type, value)
        if men.type == "DATE" and prec in ("day", "time") and _WEEKDAY_OP.match(men.value):
            value, why = _range_start(mentions, i, ctx, value, why)
            value, why = _range_end(men, ctx, value, why)
        if prec in ("day", "time") and (men.type == "DATE" and _WEEKDAY_ANY.match(men.value)
                                        or men.type == "TIME" and _CLOCK_WEEKDAY.match(men.value)):
            value, why = _named_with(mentions, i, out, ctx, value, why)
        if men.type == "TIME" and prec == "time" and value[:4].isdigit() and not _own_day(_op_day(op)):
            value, why = _clock_range_day(mentions, i, ctx, value, why)
        if men.type == "DATE" and men.value.startswith("shift("):
            value, why = _shift_apposed(mentions, i, out, ctx, value, why)
        if men.type == "DATE" and prec == "quarter" and "X" not in value:
            value, why = _quarter_ended(mentions, i, ctx, value, why)
        if res.range_end and ctx.tense == "past" and prec in ("day", "month"):
            value, why = _past_range(out, mentions, ctx, value, why)
        # Periods computed from another mention ("a year earlier") do not become the
        # new reference, so a chain of them does not drift; narrative days do
        # ("two days later ... the same day").
        # "the 1988 period" is the comparison period, not the one under discussion.
        if men.type == "DURATION" and ctx.joins.span.fullmatch(men.text) and not ctx.joins.span_not.match(ctx.text, men.end):
            ctx.span = (value, men.end)
        if men.type == "DATE" and prec in ("year", "season", "quarter", "half") and value[:4].isdigit():
            ctx.period = (value, men.end)
        derived = men.value.startswith(("shift(", "ago(", "ref(", "yearperiod(")) and prec not in ("day", "time")
        # A season is a reference only with its year written ("the spring of 2016"): a bare
        # one is a guess from the publication date and must not move "two weeks later".
        derived = derived or (prec == "season" and ",X" in men.value) or res.compared
        # The weekday of a report ("..., officials said Sunday") is not the day its events
        # are told on: "killed late Saturday, officials said Sunday. The train left at 9:05 pm".
        derived = derived or (men.value.startswith("weekday(") and ctx.joins.report.search(text, max(0, men.start - 30), men.start) is not None)
        # Nor is a day a past perfect flashes back to ("with whom he had argued at a
        # basketball court two weeks earlier. At 12:07 a.m., ..."): the story goes on from
        # the day told before it.
        derived = derived or (men.value.startswith("shift(") and ctx.last is not None and value < ctx.last[:len(value)]
                              and ctx.joins.past_perfect.search(text, _sentence_start(ctx, max(0, men.start - _PERFECT_REACH), men.start)) is not None)
        # Nor is a day gone by before the one told, in a relative clause in the past perfect
        # ("May survived a vote on Wednesday, with the rebels who had sunk her deal on Tuesday
        # night rallying behind her. Speaking shortly before 10 p.m., ...": Wednesday's).
        derived = derived or (_WEEKDAY_OP.match(men.value) is not None and ctx.last is not None and value < ctx.last[:len(value)]
                              and ctx.joins.relative_perfect.search(text, _sentence_start(ctx, max(0, men.start - _PERFECT_REACH), men.start), men.start) is not None)
        # A day in a relative clause aside is no day clock times after the aside fall on
        # ("The auction, which began on Dec. 5, was the largest ... The final bids came at
        # 11:04 a.m."), though "the next day" may still count from it (op_time).
        # (a day's part too: "The jurors, who began deliberating on Thursday afternoon, reached
        # their verdict at about 11:30 a.m.")
        dayish = prec == "day" or prec == "time" and men.type == "DATE"
        close = ctx.joins.aside_close.match(text, men.end) if dayish and not derived else None
        if close and ctx.joins.aside_open.search(text, max(0, men.start - _ASIDE_REACH), men.start) \
                and not (ctx.aside is not None and ctx.aside[1] <= men.start < ctx.aside[0]):
            held = (ctx.last, ctx.last_start, ctx.last_end, ctx.day)
            if ctx.aside is not None and ctx.aside[0] <= men.start and ctx.aside[1] <= ctx.last_start < ctx.aside[0]:
                # an aside after one whose day is still the reference falls back where that
                # one did ("May, who arrived on Wednesday ..., looked angry. The plan,
                # hammered out on 6 July, would ... she told a news conference at 1330")
                held = ctx.aside[2]
            ctx.aside = (close.end(), men.start, held, men.value.startswith(_TOLD_FROM))
        elif prec == "day" and not derived and (
                (value[:10] < (published - dt.timedelta(days=_SINCE_DAYS)).isoformat()
                 and (ctx.joins.since_day.search(text, max(0, men.start - _RECORD_REACH), men.start)
                      or _compared_figure(ctx, men.start)))
                or (value[:10] < published.isoformat()
                    and ctx.joins.period_bound.search(text, max(0, men.start - _RECORD_REACH), men.start))):
            # a point long past that a record is counted from ("the steepest fall since Oct.
            # 19, 1987") or a figure is compared with ("far smaller than the 22.6% plunge of
            # Oct. 19, 1987"), or the first or last day of a period of accounts ("for the
            # quarter ended Dec. 28 ... after the market closed at 4 p.m."), is no day clock
            # times in later sentences fall on, much as a day in an aside (one in its own
            # sentence may be: "since Oct. 19, 1987, when it fell at 2 p.m.")
            end = ctx.sent_end.search(text, men.end)
            ctx.aside = (end.start() if end else len(text), men.start, (ctx.last, ctx.last_start, ctx.last_end, ctx.day), False)
        # The day after a clock time ("7:30 p.m. on Monday") leaves that finer time the reference.
        derived = derived or (i in fixed and ctx.last is not None and _CLOCK.match(ctx.last) is not None and ctx.last.startswith(value))
        if men.type in ("DATE", "TIME") and prec in ("day", "time", "month", "quarter", "year", "half", "week", "season") \
                and "X" not in value and not value.startswith("BC") and not derived:
            if prec in ("day", "time") and value[:10] > published.isoformat() \
                    and ctx.joins.until.search(text, max(0, men.start - _UNTIL_LEAD), men.start) is not None:
                # The day a state still ahead lasts until is the day its own sentence is on
                # ("The strike will last until Friday, when workers return at 6 a.m."), not the
                # sentences after ("Its emergency center will stay open until Monday morning.
                # The fireworks begin at 8 a.m.", "Schools will remain shut until Jan. 10. The
                # ceremony begins at 11 a.m."), which go back to the day told before it; so too
                # after a past act that imposed the state ("ordering vehicles off the streets
                # until 6 a.m. Tuesday. The airports closed shortly after noon": yesterday).
                end = ctx.sent_end.search(text, men.end)
                ctx.held = (end.start() if end else len(text), men.start,
                            (ctx.last, ctx.last_start, ctx.last_end, ctx.last_op, ctx.day, ctx.coming, ctx.last_clause))
            ctx.last = value
            ctx.last_start, ctx.last_end = men.start, men.end
            ctx.last_op = men.value.partition("(")[0]
            ctx.last_clause = men.clause
            if not ctx.joins.compare.search(text, max(0, men.start - _COMPARE_REACH), men.start):
                ctx.uncompared = (value, men.start, men.end, ctx.last_op)
            if prec in ("day", "time"):
                ctx.day = (value, men.end)
                if first_day and men.start <= LEDE_REACH and value[:10] < published.isoformat() \
                        and value[:10] >= (published - dt.timedelta(days=LEDE_DAYS)).isoformat() \
                        and not ctx.joins.background.search(text, max(0, men.start - 10), men.start):
                    ctx.lede = value[:10]
                first_day = False
                if value[:10] >= published.isoformat():
                    ctx.coming = ctx.day
            after = prec == "quarter" and ctx.last_quarter is not None \
                and ctx.joins.quarter_after.search(text, max(0, men.start - _COMPARE_REACH), men.start) is not None
            if prec == "quarter" and not after and not (ctx.last_quarter is not None and (
                    ctx.joins.compare_level.search(text, max(0, men.start - _COMPARE_REACH), men.start)
                    or ctx.joins.since_day.search(text, max(0, men.start - _RECORD_REACH), men.start))):
                # (not a quarter a figure is compared with, nor one a record is counted from:
                # "grew at a 1.7% rate in the second quarter ... the weakest since the fourth
                # quarter of 1986 ... down from 5.0% in the first quarter. Spending grew during
                # the quarter" is the second)
                ctx.last_quarter = value
                span = interval(value)
                if span is not None and span[1] < published:
                    ctx.last_closed = value
            # a quarter of a year written before the one reported, compared with earlier in its
            # sentence, is a period set beside it, not the new one under discussion ("fourth-
            # quarter profit rose ... compared with a release of $800 million in the fourth
            # quarter of 2021 ... fees fell 58% from the year-earlier quarter": 2021-Q4; but
            # "grew 9.1 percent in the third quarter of 2011 from a year earlier")
            older = ctx.last_report is not None and value[:4] < ctx.last_report[:4] \
                and _WRITTEN_YEAR.search(text, men.start, men.end) is not None \
                and ctx.joins.compare_any.search(text, _sentence_start(ctx, max(0, men.start - _WINDOW_BACK), men.start), men.start) is not None
            if (prec == "quarter" and not after or prec == "half" and ctx.last_quarter is None) and not older:
                # a half is the period reported only in a text with no quarter told
                # ("first-half operating profit rose ... than a year earlier"; not "first-
                # quarter profit fell ... predicted a recovery in the second half"); nor a quarter
                # after the one reported that its results follow ("third-quarter net rose ...
                # After a flat second quarter, the company attributed the gain to ...")
                ctx.last_report, ctx.last_report_end = value, men.end
            if res.quarter_inferred is not None:
                ctx.quarters.setdefault(*res.quarter_inferred)
        if prec in ("day", "time") and res.full_year is not None and value[:4] == f"{res.full_year:04d}":
            ctx.dated[int(value[5:7])] = res.full_year
        explanation = _explain(men, value, why, prec)
        clock = _CLOCK.match(value)
        if clock:
            ctx.clocks.append((value[:10], int(value[11:13]) * 60 + int(value[14:16])))
            ctx.last_clock = (value, men.end)
        if value.endswith(("TEV", "TNI")) and value[:10] == (published - dt.timedelta(days=1)).isoformat():
            ctx.eve = True
        type_ = "TIME" if men.type == "DATE" and clock else men.type
        out.append(Timex(men.start, men.end, men.text, type_, value, men.mod, prec, men.rule, explanation))
        ctx.prev = (value, men.end)
    return out
