"""The tagger does only the work a text asks for: clause tense and connector regexes on demand."""
from __future__ import annotations

import copy
import datetime as dt
import pickle
import re

import pytest

from jnz_timeline.temporal import tag, tagger
from jnz_timeline.temporal._model import Mention
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


def test_mention_tense_is_worked_out_on_first_ask_and_kept(tense_calls):
    (m,) = tagger.mentions("Talks ended on Friday.")
    assert tense_calls == []
    assert m.tense == "past" and m.tense == "past"
    assert tense_calls == ["Friday"]


def test_mention_pickles_with_its_tense_not_its_text():
    (m,) = tagger.mentions("Talks ended on Friday. " + "Nothing else happened. " * 200)
    data = pickle.dumps(m)
    assert len(data) < 1000 and pickle.loads(data).tense == "past"
    bare = Mention(0, 6, "Friday", "DATE", "weekday(5,0)", None, "date_weekday")
    assert pickle.loads(pickle.dumps(bare)).tense is None


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


def test_lazy_regex_set_to_a_plain_value_stays_so():
    two = _Two()
    two.word = None
    del two.word
    with pytest.raises(AttributeError):
        two.word


def test_lazy_regex_copy_compiles_apart_from_the_original():
    two = _Two()
    other = copy.copy(two)
    other.word = Deferred("night")
    assert other.word.search("night") and two.word.search("day") and not two.word.search("night")


def test_lazy_regex_that_does_not_compile_fails_on_every_read():
    two = _Two()
    two.word = Deferred("(")
    for _ in range(2):
        with pytest.raises(re.error):
            two.word


def test_prefix_groups_share_one_tuple_of_rules():
    g = grammar("en")
    groups = {id(rules) for rules in g.by_prefix.values()}
    assert len(groups) < len(g.by_prefix) / 10
