"""The tagger does only the work a text asks for: clause tense and connector regexes on demand."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from jnz_timeline.temporal import tag, tagger
from jnz_timeline.temporal.resources import Deferred, LazyRegexes, grammar

DCT = dt.date(2025, 12, 16)


@pytest.fixture
def tense_calls(monkeypatch):
    """The texts `tense_at` was asked about, one entry per call."""
    calls: list[str] = []
    real = tagger.tense_at

    def spy(text, start, end, g):
        calls.append(text[start:end])
        return real(text, start, end, g)

    monkeypatch.setattr(tagger, "tense_at", spy)
    return calls


def test_clause_tense_is_not_worked_out_for_a_day_told_from_publication(tense_calls):
    # "tomorrow" is the day after publication whatever the verb says
    (t,) = tag("Collins will depart for Japan tomorrow.", DCT)
    assert t.value == "2025-12-17"
    assert tense_calls == []


def test_clause_tense_is_worked_out_for_a_weekday_and_once_only(tense_calls):
    past, future = (tag(f"The minister {verb} on Friday.", DCT)[0] for verb in ("arrived", "will arrive"))
    assert (past.value, future.value) == ("2025-12-12", "2025-12-19")
    assert tense_calls == ["Friday", "Friday"]


def test_mention_tense_is_read_on_first_ask():
    (m,) = tagger.mentions("Talks ended on Friday.")
    assert m.tense == "past"
    assert m.tense == "past"


class _Two(LazyRegexes):
    def __init__(self) -> None:
        self.word = Deferred(r"\bday\b", re.IGNORECASE)
        self.none = None


def test_lazy_regex_compiles_on_first_read_and_stays():
    two = _Two()
    assert "word" not in vars(two) and two.none is None
    rx = two.word
    assert rx.search("One DAY") and vars(two)["word"] is rx and two.word is rx


def test_lazy_regex_set_again_replaces_the_compiled_one():
    two = _Two()
    assert two.word.search("day")
    two.word = Deferred("night")
    assert two.word.search("night") and not two.word.search("day")


def test_lazy_regexes_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _Two().nothing


def test_prefix_groups_share_one_tuple_of_rules():
    g = grammar("en")
    groups = {id(rules) for rules in g.by_prefix.values()}
    assert len(groups) < len(g.by_prefix) / 10
