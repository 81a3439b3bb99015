"""Parts of a named period and periods told from another one: weeks, days and halves of a
month; seasons told from the date under discussion; the period under discussion a year back."""
from __future__ import annotations

import datetime as dt

import pytest

from jnz_timeline.temporal import tag

from . import tagged

JUNE = dt.date(2024, 6, 14)  # a Friday
EARNINGS = dt.date(1989, 11, 1)


@pytest.mark.parametrize("text,expr,value,mod", [
    # a week of a month is the ISO week with most of its days in the month
    ("Talks are due in the first week of July.", "the first week of July", "2024-W27", None),
    ("Talks were held in the first week of September 2019.", "the first week of September 2019", "2019-W36", None),
    ("Prices rose in the last week of May.", "the last week of May", "2024-W22", None),
    ("Prices rose in the final week of February 2015.", "the final week of February 2015", "2015-W09", None),
    # a first or last day is a day
    ("The vote was held on the last day of May.", "the last day of May", "2024-05-31", None),
    ("The vote was held on the last day of February 2024.", "the last day of February 2024", "2024-02-29", None),
    # halves and first/last days of a month are the month with a START/END mod
    ("The strike ended in the second half of May.", "the second half of May", "2024-05", "END"),
    ("Output rose in the first half of April 2019.", "the first half of April 2019", "2019-04", "START"),
    ("Fighting eased in the final days of March.", "the final days of March", "2024-03", "END"),
])
def test_parts_of_a_month(text, expr, value, mod):
    t = tagged(text, JUNE, expr)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("text,expr,value", [
    ("He was arrested in March 2019. That summer he fled.", "That summer", "2019-SU"),
    ("In January 2020 the river froze, and that winter was the coldest in years.", "that winter", "2019-WI"),
    ("He was hired in the summer of 2019. By the following spring he had quit.", "the following spring", "2020-SP"),
    ("It opened in autumn 2021. The previous winter it was shut.", "The previous winter", "2020-WI"),
    ("Sales in the first quarter of 2019 rose; the following summer they fell.", "the following summer", "2019-SU"),
    # with no date under discussion, the season nearest publication in the tense's direction
    ("That winter was mild.", "That winter", "2023-WI"),
    # a month after a season counts from the season's own months
    ("He was hired in the summer of 2019. The following September he quit.", "The following September", "2019-09"),
])
def test_seasons_told_from_the_date_under_discussion(text, expr, value):
    assert tagged(text, JUNE, expr).value == value


@pytest.mark.parametrize("text,expr,value", [
    ("Profit rose 5% in the third quarter from $1.8 million for the corresponding period last year.",
     "the corresponding period last year", "1988-Q3"),
    ("Profit rose in the third quarter. U.K. sales for last year's quarter were $3 million.",
     "last year's quarter", "1988-Q3"),
    ("Profit rose in the third quarter. For the quarter a year ago, it earned $5 million.",
     "the quarter a year ago", "1988-Q3"),
    ("Profit rose in the third quarter. In the comparable year-ago quarter it fell.",
     "the comparable year-ago quarter", "1988-Q3"),
    ("Profit rose in the third quarter. In the year-ago third quarter it fell.",
     "the year-ago third quarter", "1988-Q3"),
    ("Sales in the second quarter fell from the same period a year earlier.",
     "the same period a year earlier", "1988-Q2"),
    # a half reported, in a text with no quarter told
    ("The insurer posted a rise in first-half profit on Friday, helped by fewer claims than a year earlier.",
     "a year earlier", "1988-H1"),
    ("Profit fell in the third quarter. It predicted a recovery in the first half of next year. "
     "Sales fell from a year earlier.", "a year earlier", "1988-Q3"),
    # a span of months told in the sentence is compared, a year of it
    ("Profit rose in the third quarter. For the first nine months, it earned $49 million, up "
     "from $41 million a year earlier.", "a year earlier", "1988"),
    # ... not across a sentence, nor a half's own six months
    ("Profit rose in the third quarter. For the first nine months, it earned $49 million. "
     "Sales rose from a year earlier.", "a year earlier", "1988-Q3"),
    ("Operating profit for the six months to 30 June rose in the first half, up from a year earlier.",
     "a year earlier", "1988-H1"),
    ("Profit rose in the second quarter. For the first six months, profit was $80 million, up from "
     "$70 million a year earlier.", "a year earlier", "1988-H1"),
    # ... nor before a quarter told after it, nor a span back from publication
    ("Profit rose in the third quarter. For the first nine months, profit rose 8%, while "
     "third-quarter sales fell 5% from a year earlier.", "a year earlier", "1988-Q3"),
    ("Profit rose in the third quarter. Over the past 12 months, shares fell 20%, against a 5% gain "
     "a year earlier.", "a year earlier", "1988-Q3"),
    # a month named and compared in its sentence is what a year is told from, not the quarter
    ("Profit rose in the third quarter. Traffic in September rose 6.8 percent from a year earlier.",
     "a year earlier", "1988-09"),
    ("Profit rose in the third quarter. Traffic rose 6.8 percent in September from a year ago.",
     "a year ago", "1988-09"),
    # ... not a month the report came out in, nor one with a quarter's figures near it
    ("The company reported third-quarter earnings last month, up 9% from a year earlier.",
     "a year earlier", "1988-Q3"),
    ("Profit rose in the third quarter. The company reported third-quarter earnings in October, "
     "up 9% from a year earlier.", "a year earlier", "1988-Q3"),
    ("Third-quarter profit rose 9%. Sales in September alone were up 4%, and quarterly sales "
     "rose 6% from a year earlier.", "a year earlier", "1988-Q3"),
])
def test_the_period_under_discussion_a_year_back(text, expr, value):
    assert tagged(text, EARNINGS, expr).value == value


@pytest.mark.parametrize("text,published,not_tagged", [
    # "fall" after "that" is a verb or a drop unless punctuation closes the season
    ("Analysts said that fall in prices was temporary.", JUNE, "fall"),
    ("Shares that fall sharply are sold.", JUNE, "fall"),
    # "that" opening a clause, a modifier after "following"
    ("The airport said that night flights will be banned.", JUNE, "that night"),
    ("Following winter storms that cut power, crews worked.", JUNE, "winter"),
    # a capitalised season before a capitalised word is a name
    ("Summer Daniels said the tour would go ahead.", JUNE, "Summer"),
    ("The Autumn Statement is due next week.", JUNE, "Autumn"),
    # the half of a match is no calendar half
    ("In the second half of the match, Smith scored.", JUNE, "the second half"),
])
def test_not_a_period_part(text, published, not_tagged):
    found = [t.text for t in tag(text, published)]
    assert not any(not_tagged in f for f in found), found


def test_an_event_of_last_year_keeps_last_year_alone():
    # "last year's quarter" is a period, "last year's summit" an event of last year; and
    # "May 1, last year's champion" is no May of last year
    assert [(t.text, t.value) for t in tag("NATO decided at last year's Madrid summit to act.", JUNE)] == [("last year", "2023")]
    assert tagged("On May 1, last year's champion lost.", JUNE, "May 1").value == "2024-05-01"
