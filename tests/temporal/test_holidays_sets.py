"""Movable and fixed holidays, recurring times (SET), wire-service clock times, o'clock and
decimal seconds. Sentences written for these tests; publication date a Friday, 2013-03-22."""
from __future__ import annotations

import datetime as dt

import pytest

from jnz_timeline.temporal import tag
from jnz_timeline.temporal.anchor import easter_sunday

from . import tagged

DCT = dt.date(2013, 3, 22)  # a Friday; Easter 2013 is 31 March


def found(text: str, published: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published)]


def one(text: str, span: str, published: dt.date = DCT):
    return tagged(text, published, span)


@pytest.mark.parametrize("year,expected", [
    (2013, "2013-03-31"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2000, "2000-04-23"),
    (1998, "1998-04-12"), (2019, "2019-04-21"), (2011, "2011-04-24"), (2008, "2008-03-23"),
    # the extremes of the Gregorian computus: 22 March and 25 April
    (1818, "1818-03-22"), (2285, "2285-03-22"), (1943, "1943-04-25"), (2038, "2038-04-25"),
    (1583, "1583-04-10"),
])
def test_easter_sunday(year, expected):
    assert easter_sunday(year).isoformat() == expected


def test_easter_is_a_sunday_in_its_window():
    for y in range(1583, 3000):
        d = easter_sunday(y)
        assert d.isoweekday() == 7, y
        assert dt.date(y, 3, 22) <= d <= dt.date(y, 4, 25), y


@pytest.mark.parametrize("text,span,type_,value", [
    # Easter cycle: the whole holiday wins over the weekday
    ("Easter Sunday services were packed.", "Easter Sunday", "DATE", "2013-03-31"),
    ("The talks resume after the Easter recess.", "Easter", "DATE", "2013-03-31"),
    ("He will be home by Easter.", "Easter", "DATE", "2013-03-31"),
    ("Banks are shut on Easter Monday.", "Easter Monday", "DATE", "2013-04-01"),
    ("Shops close on Good Friday.", "Good Friday", "DATE", "2013-03-29"),
    ("He was arrested on Good Friday.", "Good Friday", "DATE", "2013-03-29"),
    ("Crowds gathered on Palm Sunday.", "Palm Sunday", "DATE", "2013-03-24"),
    ("The pope washes feet on Holy Thursday.", "Holy Thursday", "DATE", "2013-03-28"),
    ("The Maundy Thursday service", "Maundy Thursday", "DATE", "2013-03-28"),
    ("Lent began on Ash Wednesday.", "Ash Wednesday", "DATE", "2013-02-13"),
    ("The synod meets at Pentecost.", "Pentecost", "DATE", "2013-05-19"),
    ("The fair opens on Whit Sunday.", "Whit Sunday", "DATE", "2013-05-19"),
    ("It rained last Easter.", "last Easter", "DATE", "2012-04-08"),
    ("The rebels rose at Easter 1916.", "Easter 1916", "DATE", "1916-04-23"),
    ("GOOD FRIDAY CLOSURES", "GOOD FRIDAY", "DATE", "2013-03-29"),
    # US holidays tied to Thanksgiving
    ("Retailers counted on Black Friday.", "Black Friday", "DATE", "2012-11-23"),
    ("Cyber Monday deals will follow.", "Cyber Monday", "DATE", "2013-12-02"),
    # fixed holidays
    ("Dublin's St. Patrick's Day parade", "St. Patrick's Day", "DATE", "2013-03-17"),
    ("the St Patrick’s Day parade", "St Patrick’s Day", "DATE", "2013-03-17"),
    ("a Fourth of July parade", "Fourth of July", "DATE", "2013-07-04"),
    ("fireworks on July Fourth", "July Fourth", "DATE", "2013-07-04"),
    ("He spoke on Veterans Day.", "Veterans Day", "DATE", "2012-11-11"),
    ("a Veterans’ Day ceremony", "Veterans’ Day", "DATE", "2012-11-11"),
    ("The Bastille Day parade will be held in Paris.", "Bastille Day", "DATE", "2013-07-14"),
    ("May Day rallies are planned.", "May Day", "DATE", "2013-05-01"),
    ("on Remembrance Day", "Remembrance Day", "DATE", "2012-11-11"),
    ("on Guy Fawkes Night", "Guy Fawkes Night", "DATE", "2012-11-05"),
    ("on New Year’s Eve", "New Year’s Eve", "DATE", "2012-12-31"),
    ("a Mother's Day card", "Mother's Day", "DATE", "2013-05-12"),
    ("the Martin Luther King Jr. Day holiday", "Martin Luther King Jr. Day", "DATE", "2013-01-21"),
    # the weekend of a Monday holiday is the one before it
    ("the Columbus Day weekend", "the Columbus Day weekend", "DATE", "2012-W40-WE"),
    ("Labor Day", "Labor Day", "DATE", "2012-09-03"),
    # recurring times
    ("He runs every morning.", "every morning", "SET", "XXXX-XX-XXTMO"),
    ("She calls each evening.", "each evening", "SET", "XXXX-XX-XXTEV"),
    ("The fair is held every October.", "every October", "SET", "XXXX-10"),
    ("They return every summer.", "every summer", "SET", "XXXX-SU"),
    ("The family gathers every Christmas.", "every Christmas", "SET", "XXXX-12-25"),
    ("They visit every Easter.", "every Easter", "SET", "P1Y"),
    ("Protests are held every weekend.", "every weekend", "SET", "XXXX-WXX-WE"),
    ("The market opens every weekday.", "every weekday", "SET", "P1D"),
    ("Mass is said every Sunday.", "every Sunday", "SET", "XXXX-WXX-7"),
    ("They meet each week.", "each week", "SET", "P1W"),
    ("They meet every other week.", "every other week", "SET", "P2W"),
    ("Elections are held every third year.", "every third year", "SET", "P3Y"),
    ("The board meets twice a week.", "twice a week", "SET", "P1W"),
    ("The board meets three times a year.", "three times a year", "SET", "P1Y"),
    # wire-service 24-hour times, anchored on the day in play
    ("The strike began at 0600 GMT.", "0600 GMT", "TIME", "2013-03-22T06:00"),
    ("The blast came late on Friday (2245 GMT).", "2245 GMT", "TIME", "2013-03-22T22:45"),
    ("Trading halted at 1530 GMT.", "1530 GMT", "TIME", "2013-03-22T15:30"),
    ("Trading halted at 14:30 GMT.", "14:30 GMT", "TIME", "2013-03-22T14:30"),
    ("The launch is set for 0600 UTC.", "0600 UTC", "TIME", "2013-03-22T06:00"),
    ("Polls closed at 2000 local time.", "2000 local time", "TIME", "2013-03-22T20:00"),
    ("The deadline passed at 0600 GMT Wednesday.", "0600 GMT Wednesday", "TIME", "2013-03-20T06:00"),
    ("On March 20 the ship sank at 0430 GMT.", "0430 GMT", "TIME", "2013-03-20T04:30"),
    # o'clock
    ("The vote is at 8 o'clock tonight.", "8 o'clock tonight", "TIME", "2013-03-22T20:00"),
    ("We meet at 10 o'clock.", "10 o'clock", "TIME", "2013-03-22T10:00"),
    ("at nine o’clock tomorrow morning", "nine o’clock tomorrow morning", "TIME", "2013-03-23T09:00"),
    # decimal seconds keep their fraction
    ("He ran 100 metres in 9.58 seconds.", "9.58 seconds", "DURATION", "PT9.58S"),
    ("a 0.5-second delay", "0.5-second", "DURATION", "PT0.5S"),
])
def test_expression(text, span, type_, value):
    t = one(text, span)
    assert (t.type, t.value) == (type_, value), t.explanation


@pytest.mark.parametrize("text,expected", [
    # names and phrases made of holiday words that are not the holiday
    ("Statues stand on Easter Island.", []),
    ("The children hunted for Easter eggs.", []),
    # a thing named for the day (sweeps disagree on "Christmas present"; most leave it)
    ("\"It's a great Christmas present,\" he said.", []),
    ("He bought a Christmas tree on Friday.", [("Friday", "DATE", "2013-03-22")]),
    # a crop or a programme named for a season or the night
    ("The winter wheat harvest is under way.", []),
    ("That's World News Tonight.", []),
    ("ABC WORLD NEWS TONIGHT", []),
    # a title inside a sentence, a common noun, names and companies
    ("The Daily Beast website reported it.", []),
    ("Weekly Mass attendance has fallen.", [("Weekly", "SET", "P1W")]),
    ("He will lead a thanksgiving service.", []),
    ("Then-U.S. ambassador April Glaspie met Saddam Hussein.", []),
    ("May Department Stores Co. has said it expects gains.", []),
    # ... a group named for a holiday, mid-sentence with a capitalised word after it
    ("The war began when the rebel May Day Brigade seized the port.", []),
    # an ordinal in a pair of them, not a second of time
    ("Bucharest would table a second and final offer at the meeting.", []),
    ("The light flashed for a second or longer.", [("a second or longer", "DURATION", "PT1S")]),
    ("It was, at least, a fitting Groundhog Day.", [("Groundhog Day", "DATE", "2013-02-02")]),
    ("It felt like Groundhog Day.", []),
    ("It was Christmas all over again.", []),
    # a month before a company after a preposition is the month
    ("In May Federated Department Stores Inc. said it would merge.", [("May", "DATE", "2012-05")]),
    # a news programme's name, not the word after "News"
    ("NBC News tonight reported that the talks failed.", [("tonight", "TIME", "2013-03-22TNI")]),
    ("The Good Friday Agreement was signed in 1998.", [("1998", "DATE", "1998")]),
    ("We had a good Friday, he said.", [("Friday", "DATE", "2013-03-22")]),
    ("His mother's day began early.", []),
    ("The president's day was long.", []),
    ("Officials may day-trade the shares.", []),
    # a 4-digit number or year with no zone is not a wire time
    ("In 1530 the town burned.", [("1530", "DATE", "1530")]),
    ("Flight 1230 from Paris landed.", []),
    ("He scored 1530 points.", []),
    # the same instant restated in another zone is left untagged (TimeBank practice)
    ("It exploded at 10:35 a.m. (0735 GMT) Friday.", [("10:35 a.m.", "TIME", "2013-03-22T10:35"), ("Friday", "DATE", "2013-03-22")]),
    ("He had a five o'clock shadow.", []),
    # "every night", "nightly" are a part of day, as "every morning" is
    ("Guards patrol every night.", [("every night", "SET", "XXXX-XX-XXTNI")]),
    ("The show airs nightly.", [("nightly", "SET", "XXXX-XX-XXTNI")]),
])
def test_found_exactly(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,published,span,value", [
    # year of a movable feast inferred like a bare day-month, by the tense of the clause
    ("Christians marked Easter.", dt.date(2013, 5, 1), "Easter", "2013-03-31"),
    ("Easter will fall early next spring.", dt.date(2013, 6, 1), "Easter", "2014-04-20"),
    ("Pilgrims arrived for Good Friday.", dt.date(2024, 12, 10), "Good Friday", "2024-03-29"),
    ("Retailers expect a strong Black Friday.", dt.date(2024, 10, 1), "Black Friday", "2024-11-29"),
    # Thanksgiving on 28 November (the latest): Black Friday the 29th, Cyber Monday 2 December
    ("Cyber Monday sales rose.", dt.date(2013, 12, 10), "Cyber Monday", "2013-12-02"),
    ("next Easter", dt.date(2013, 3, 22), "next Easter", "2013-03-31"),
    ("last Easter", dt.date(2013, 4, 2), "last Easter", "2013-03-31"),
])
def test_year_inference(text, published, span, value):
    t = one(text, span, published)
    assert t.value == value, t.explanation


@pytest.mark.parametrize("text", [
    "They drank from each spring of water.",
    "Every fall of the index hurt savers.",
])
def test_season_noun_is_not_a_set(text):
    assert [t for t in tag(text, DCT) if t.type == "SET"] == []



@pytest.mark.parametrize("year,expected", [
    # published dates of the Chinese New Year, and the table's ends
    (1993, "1993-01-23"), (2008, "2008-02-07"), (2015, "2015-02-19"), (2020, "2020-01-25"),
    (2023, "2023-01-22"), (2025, "2025-01-29"), (2026, "2026-02-17"), (1900, "1900-01-31"),
    (2099, "2099-01-21"),
])
def test_lunar_new_year_table(year, expected):
    from jnz_timeline.temporal import calendar as cal
    assert cal.lunar_new_years()[year].isoformat() == expected


def test_lunar_new_year_outside_the_table_is_its_year():
    assert [(t.text, t.value) for t in tag("Markets shut for the Lunar New Year.", dt.date(1850, 6, 1))] == \
        [("the Lunar New Year", "1850")]


@pytest.mark.parametrize("text,published,value", [
    # the table's first and last years are used, a year it lacks is no candidate
    ("Lunar New Year 1900", dt.date(1950, 1, 1), "1900-01-31"),
    ("next Lunar New Year", dt.date(2099, 1, 1), "2099-01-21"),
    ("last Lunar New Year", dt.date(1901, 1, 1), "1900-01-31"),
])
def test_lunar_new_year_at_the_table_edges(text, published, value):
    assert [t.value for t in tag(text, published)] == [value]


@pytest.mark.parametrize("year,month,day,expected", [
    # Umm al-Qura dates of Ramadan and the Eids as announced in Saudi Arabia
    (2008, 10, 1, "2008-10-01"), (2012, 10, 1, "2012-08-19"), (2012, 9, 1, "2012-07-20"),
    (2003, 12, 10, "2003-02-11"), (2018, 12, 10, "2018-08-21"), (2024, 10, 1, "2024-04-10"),
    (2025, 9, 1, "2025-03-01"), (1991, 9, 1, "1991-03-17"),
])
def test_hijri_day(year, month, day, expected):
    from jnz_timeline.temporal import calendar as cal
    assert [d.isoformat() for d in cal.hijri_days(year, month, day)] == [expected]


def test_hijri_feast_twice_in_a_year():
    from jnz_timeline.temporal import calendar as cal
    assert [d.isoformat() for d in cal.hijri_days(2000, 10, 1)] == ["2000-01-08", "2000-12-27"]
    assert cal.hijri_days(1900, 10, 1) == ()


@pytest.mark.parametrize("text,published,value", [
    ("Shops close for Eid al-Fitr.", dt.date(2012, 8, 10), "2012-08-19"),
    # after publication's, the next one, as the tense points there
    ("Shops will close for Eid al-Adha.", dt.date(2018, 9, 30), "2019-08-11"),
    # outside the calendar's years, the year alone
    ("Shops closed for Eid al-Fitr.", dt.date(1900, 6, 1), "1900"),
    # of two in one year, the one the tense points to
    ("Shops will close for Eid al-Fitr.", dt.date(2000, 12, 20), "2000-12-27"),
    ("Shops closed for Eid al-Fitr.", dt.date(2033, 12, 30), "2033-12-23"),
    ("Fasting will begin with Ramadan.", dt.date(1997, 12, 20), "1997-12"),
    # at the calendar's edge, only a day on the tense's side within a year, else the year
    ("Families will gather for Eid al-Fitr.", dt.date(2077, 10, 20), "2077"),
    ("Families gathered for Eid al-Adha.", dt.date(1924, 6, 20), "1924"),
    # "last" and "next" pick the one of two in the year that lies that way
    ("Shops closed for last Eid al-Fitr.", dt.date(2001, 1, 5), "2000-12-27"),
    ("Shops will close for next Eid al-Fitr.", dt.date(2000, 3, 1), "2000-12-27"),
])
def test_hijri_feast_year(text, published, value):
    assert [t.value for t in tag(text, published)] == [value]
