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
