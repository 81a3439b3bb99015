"""The shipped timeline: valid, complete from April 2022 to December 2025, its corpus as received."""
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import SHARED

from jnz_timeline.api import build, load_valid
from jnz_timeline.load import shipped_events_path
from jnz_timeline.render import json as json_render
from jnz_timeline.validate import validate

PACKAGE = Path(__file__).resolve().parents[1] / "jnz_timeline"


@pytest.fixture(scope="module")
def timeline():
    return build(shipped_events_path())


def entry(timeline, event_id):
    return next(e for e in timeline.entries if e.event.id == event_id)


def test_shipped_data_is_valid():
    report = validate(shipped_events_path())
    assert report.ok, "\n".join(map(str, report.problems))
    assert report.events >= 19 and report.dates_checked >= 5


def test_runs_from_the_2022_summit_to_the_december_2025_signing(timeline):
    first, last = timeline.entries[0], timeline.entries[-1]
    assert first.span.earliest == date(2022, 4, 21) and first.event.type == "summit"
    signing = [e for e in timeline.entries if e.event.type == "agreement-signed" and e.span.earliest == date(2025, 12, 19)]
    assert len(signing) == 1
    assert last.span.earliest <= date(2025, 12, 31)


def test_uncertain_publication_gives_the_departure_a_range(timeline):
    departs = [e for e in timeline.entries if e.event.date.__class__.__name__ == "DateExpression"]
    assert departs, "an event dated by an expression"
    span = departs[0].span
    assert (span.earliest, span.latest, span.value) == (date(2025, 12, 17), date(2025, 12, 18), "2025-12-17..2025-12-18")


def test_every_disagreement_in_the_curation_notes_is_kept(timeline):
    topics = " | ".join(d.topic.lower() for e in timeline.entries for d in e.event.disputes)
    for word in ("acsa", "sign", "philippines", "visit"):
        assert word in topics
    assert all(len(d.claims) >= 2 for e in timeline.entries for d in e.event.disputes)


def test_json_export_contract(timeline):
    events = json.loads(json_render.render(timeline))["events"]
    assert [e["earliest"] for e in events] == sorted(e["earliest"] for e in events)
    assert all(e["sources"] for e in events)
    assert all(e["precision"] in ("day", "minute", "month", "year") for e in events)


def test_unknown_publication_date_is_marked_not_invented():
    dataset = load_valid(shipped_events_path())
    unknown = [a for a in dataset.articles.values() if not a.published.known]
    assert unknown and all(a.published.evidence for a in dataset.articles.values())


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds (development material) is absent")
def test_corpus_texts_are_the_seeds_as_received():
    dataset = load_valid(shipped_events_path())
    for article in dataset.articles.values():
        assert article.received_as, article.id
        assert article.path.read_bytes() == (SHARED / "seeds" / article.received_as).read_bytes()


def test_no_country_is_named_in_the_code():
    for path in PACKAGE.rglob("*"):
        if path.suffix in (".py", ".yaml", ".txt") and "_data" not in path.parts:
            text = path.read_text(encoding="utf-8")
            for name in ("Japan", "Zealand"):
                assert name not in text, f"{path} names {name}"


BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_hand_made_timex_gold_is_over_the_shipped_texts_as_they_are():
    """bench/data/seeds-timeml scores the tagger on the shipped articles: its text must be theirs."""
    import sys

    sys.path.insert(0, str(BENCH))
    import tml

    articles = Path(shipped_events_path()).parent / "articles"
    files = sorted((BENCH / "data" / "seeds-timeml").glob("*.tml"))
    assert len(files) == len(list(articles.glob("*.txt")))
    for path in files:
        doc = tml.parse(path)
        assert doc.text == (articles / (path.stem + ".txt")).read_bytes().decode("utf-8"), path.name
        assert doc.timexes and all(doc.text[g.start:g.end] == g.text for g in doc.timexes)
