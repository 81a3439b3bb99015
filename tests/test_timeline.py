"""Timeline assembly: chronological order, stable ties, filters, grouping by year."""
from datetime import date

from conftest import SAMPLE

from jnz_timeline.api import build
from jnz_timeline.dates import parse
from jnz_timeline.timeline import Filters, by_year


def ids(timeline) -> list[str]:
    return [entry.event.id for entry in timeline.entries]


def test_order_is_by_earliest_then_latest_then_file_order():
    timeline = build(SAMPLE / "events.yaml")
    assert ids(timeline) == [
        "2022-first-talks", "2024-02-joint-exercise", "2024-03-berg-departs",
        "2024-03-07-ministers-meet", "2024-03-08-pact-signed",
    ]
    earliest = [entry.span.earliest for entry in timeline.entries]
    assert earliest == sorted(earliest)


def test_ties_keep_file_order(sample):
    text = sample.read_text().replace("date: 2024-03-07\n", "date: 2024-03-08\n")
    sample.write_text(text.replace("\n        date_text: on Thursday", ""))
    order = ids(build(sample))
    assert order.index("2024-03-08-pact-signed") < order.index("2024-03-07-ministers-meet")


def test_uncertain_publication_gives_a_range():
    entry = next(e for e in build(SAMPLE / "events.yaml").entries if e.event.id == "2024-03-berg-departs")
    assert (entry.span.earliest, entry.span.latest, entry.span.value) == (date(2024, 3, 6), date(2024, 3, 7), "2024-03-06..2024-03-07")
    assert "if published 2024-03-05, 2024-03-06; if published 2024-03-06, 2024-03-07" in entry.span.explanation


def test_filters_by_overlap_actor_and_type():
    path = SAMPLE / "events.yaml"
    assert ids(build(path, Filters(start=parse("2024-03")))) == ["2024-03-berg-departs", "2024-03-07-ministers-meet", "2024-03-08-pact-signed"]
    assert ids(build(path, Filters(end=parse("2024-02-15")))) == ["2022-first-talks", "2024-02-joint-exercise"]
    assert ids(build(path, Filters(actor="ortiz"))) == ["2024-03-08-pact-signed"]
    assert ids(build(path, Filters(actor="sylvania"))) == ["2024-03-berg-departs", "2024-03-08-pact-signed"]
    assert ids(build(path, Filters(types=("exercise", "negotiation")))) == ["2022-first-talks", "2024-02-joint-exercise"]


def test_a_range_overlapping_the_window_is_kept():
    kept = ids(build(SAMPLE / "events.yaml", Filters(start=parse("2024-03-07"), end=parse("2024-03-07"))))
    assert kept == ["2024-03-berg-departs", "2024-03-07-ministers-meet"]


def test_grouped_by_year():
    groups = [(year, [e.event.id for e in entries]) for year, entries in by_year(build(SAMPLE / "events.yaml"))]
    assert [year for year, _ in groups] == [2022, 2024]
    assert len(groups[1][1]) == 4
