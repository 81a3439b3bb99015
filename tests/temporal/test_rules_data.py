"""Every rule loads, every {reference} resolves, and every rule's examples pass."""
from __future__ import annotations

import datetime as dt

import pytest

from jnz_timeline.temporal import tag
from jnz_timeline.temporal.resources import grammar

G = grammar("en")
EXAMPLES = [
    pytest.param(rule, ex, id=f"{rule.id}-{i}")
    for rule in G.rules
    for i, ex in enumerate(rule.examples)
]


def test_every_rule_has_an_example():
    missing = [r.id for r in G.rules if not r.examples]
    assert not missing, f"rules without examples: {missing}"


def test_patterns_have_no_capturing_groups():
    # Pattern files are spliced into rules; a capturing group there would shift %fn(n).
    import re

    from jnz_timeline.temporal.resources import _Expander

    ex = _Expander(G.patterns, G.tables)
    for name in G.patterns:
        assert re.compile(ex.ref(name, (), name)).groups == 0, name


@pytest.mark.parametrize("rule,example", EXAMPLES)
def test_rule_example(rule, example):
    published = example["published"]
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    text = example["text"]
    span = example.get("span")
    found = tag(text, published)
    if span is not None:
        hits = [t for t in found if t.text == span]
        assert hits, f"{rule.id}: no expression {span!r} in {[t.text for t in found]}"
    else:
        hits = [t for t in found if t.rule == rule.id] or found
        assert hits, f"{rule.id}: nothing found in {text!r}"
    t = hits[0]
    assert t.value == str(example["expect"]), t.explanation
    assert t.text == text[t.start : t.end]


@pytest.mark.parametrize("raw,message", [
    ({"id": "x", "type": "DATE", "extract": "{nosuchpattern}", "value": "1"}, "unknown pattern reference"),
    ({"id": "x", "type": "DATE", "extract": "(a)", "value": "%nosuchtable(1)"}, "unknown normalisation table"),
    ({"id": "x", "type": "DATE", "extract": "(a)", "value": "%raw(2)"}, "group 2 does not exist"),
    ({"id": "x", "type": "DATE", "extract": "(a", "value": "1"}, "bad regex"),
    ({"id": "x", "type": "WHEN", "extract": "a", "value": "1"}, "type must be one of"),
    ({"id": "x", "type": "DATE", "extract": "a"}, "missing field 'value'"),
    ({"id": "x", "type": "DATE", "extract": "a", "value": "1", "exampels": []}, "unknown field"),
])
def test_bad_rule_data_raises_temporal_error(raw, message):
    from jnz_timeline.temporal import TemporalError
    from jnz_timeline.temporal.resources import _compile_rule, _Expander

    with pytest.raises(TemporalError, match=message) as e:
        _compile_rule(raw, _Expander(G.patterns, G.tables), "rules/test.yaml", G.tables)
    assert "rules/test.yaml" in str(e.value)


def test_trigger_prefixes_cover_every_example():
    # The trigger index must never hide a rule where it matches (see trigger.py).
    from jnz_timeline.temporal.trigger import K, fold

    for rule in G.rules:
        for ex in rule.examples:
            text = ex["text"]
            folded = fold(text)
            for m in rule.regex.finditer(text):
                keys = {folded[m.start() : m.start() + k] for k in range(1, K + 1)}
                assert rule in G.always or any(rule in G.by_prefix.get(k, ()) for k in keys), (rule.id, text)
