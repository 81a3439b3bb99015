"""Every rule loads, every {reference} resolves, every rule's examples pass, and the
generated rules/en.json is what the sources compile to."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from jnz_timeline.temporal import build, tag
from jnz_timeline.temporal.resources import grammar
from jnz_timeline.temporal.tagger import fold, mentions, trigger_window

SRC = build.source("en")  # the YAML sources, with examples
G = grammar("en")  # what the tagger loads (the generated file)
EXAMPLES = [
    pytest.param(rule, ex, id=f"{rule.id}-{i}")
    for rule in SRC.rules
    for i, ex in enumerate(rule.examples)
]


def test_generated_rules_are_fresh():
    committed = build.target("en").read_text(encoding="utf-8")
    assert committed == build.render("en"), "stale: run python -m jnz_timeline.temporal.build"


def test_generated_rules_match_sources():
    assert [r.id for r in G.rules] == [r.id for r in SRC.rules]
    for a, b in zip(G.rules, SRC.rules):
        assert (a.type, a.value, a.mod, a.priority, a.pattern) == (b.type, b.value, b.mod, b.priority, b.pattern)
    assert G.tables == SRC.tables


def test_tagging_never_imports_the_build_tools():
    code = ("import datetime, sys; from jnz_timeline.temporal import tag; "
            "tag('On Friday, 19 Dicembre 2025, three days later', datetime.date(2025, 12, 19)); "
            "print(sorted(m for m in sys.modules if m.endswith(('.build', '.trigger')) or m == 'yaml'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_build_check_mode(capsys):
    assert build.main(["--check", "en"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_build_reports_a_bad_rule_without_traceback(tmp_path, monkeypatch, capsys):
    # a rule author's mistake names the file and rule, exits 2 and writes nothing
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "10_bad.yaml").write_text(
        "- id: bad_lookbehind\n  type: DATE\n  extract: '(?<=a|bc)x'\n  value: '1999'\n"
        "  examples:\n    - {text: 'ax', published: 2025-01-01, expect: '1999'}\n", encoding="utf-8")
    out = tmp_path / "xx.json"
    monkeypatch.setattr(build, "_root", lambda lang: tmp_path)
    monkeypatch.setattr(build, "target", lambda lang: out)
    assert build.main(["xx"]) == 2
    err = capsys.readouterr().err
    assert "rules/10_bad.yaml" in err and "bad_lookbehind" in err and "Traceback" not in err
    assert not out.exists()


def _build_tense_cue(tmp_path, monkeypatch, capsys, cues: str) -> tuple[int, str, object]:
    """Build language "xx" whose only table is a tense_cue.yaml of `cues`: (exit code,
    standard error, the file the build would write)."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "normalization").mkdir()
    (tmp_path / "normalization" / "tense_cue.yaml").write_text(cues, encoding="utf-8")
    out = tmp_path / "xx.json"
    monkeypatch.setattr(build, "_root", lambda lang: tmp_path)
    monkeypatch.setattr(build, "target", lambda lang: out)
    code = build.main(["xx"])
    return code, capsys.readouterr().err, out


def test_build_refuses_a_key_written_twice(tmp_path, monkeypatch, capsys):
    # YAML would keep the second silently; the build names the file and both lines
    code, err, out = _build_tense_cue(tmp_path, monkeypatch, capsys, "will: future\nsoon: aux\nwill: past\n")
    assert code == 2
    assert "tense_cue.yaml" in err and "duplicate key 'will'" in err and "line 3" in err and "line 1" in err
    assert not out.exists()


def test_build_refuses_a_tense_cue_of_three_words(tmp_path, monkeypatch, capsys):
    # the clause finder reads cues of one word or two: a longer key would lie dead
    code, err, out = _build_tense_cue(tmp_path, monkeypatch, capsys, "will: future\ngets under way: sched\n")
    assert code == 2
    assert "tense_cue.yaml" in err and "gets under way" in err and "Traceback" not in err
    assert not out.exists()


def test_every_rule_has_an_example():
    missing = [r.id for r in SRC.rules if not r.examples]
    assert not missing, f"rules without examples: {missing}"


def test_patterns_have_no_capturing_groups():
    # Pattern files are spliced into rules; a capturing group there would shift %fn(n).
    import re

    ex = build.Expander(SRC.patterns, SRC.tables)
    for name in SRC.patterns:
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
    # An example shows its own rule at work, unless it says another one wins there.
    assert t.rule == example.get("rule", rule.id), f"{rule.id}: {t.text!r} came from {t.rule}"
    assert t.value == str(example["expect"]), t.explanation
    assert t.text == text[t.start : t.end]


@pytest.mark.parametrize("raw,message", [
    ({"id": "x", "type": "DATE", "extract": "{nosuchpattern}", "value": "1"}, "unknown pattern reference"),
    ({"id": "x", "type": "DATE", "extract": "(a)", "value": "%nosuchtable(1)"}, "unknown normalisation table"),
    ({"id": "x", "type": "DATE", "extract": "(a)", "value": "%raw(2)"}, "group 2 does not exist"),
    ({"id": "x", "type": "DATE", "extract": "(a", "value": "1"}, "bad regex"),
    ({"id": "x", "type": "DATE", "extract": "a", "value": "1", "need_before": "(b"}, "bad regex"),
    ({"id": "x", "type": "WHEN", "extract": "a", "value": "1"}, "type must be one of"),
    ({"id": "x", "type": "DATE", "extract": "a"}, "missing field 'value'"),
    ({"id": "x", "type": "DATE", "extract": "a", "value": "1", "exampels": []}, "unknown field"),
    ({"id": "x", "type": "DATE", "extract": "a", "value": "1", "as_name": "a"}, "as_name must be a mapping"),
    ({"id": "x", "type": "DATE", "extract": "a", "value": "1", "as_name": {"cue": "a"}}, "as_name.cue needs exactly one group"),
    ({"id": "x", "type": "DATE", "extract": "a", "value": "1", "as_name": {"cue": "(a)|(b)"}}, "exactly one group"),
])
def test_bad_rule_data_raises_temporal_error(raw, message):
    from jnz_timeline.temporal import TemporalError

    with pytest.raises(TemporalError, match=message) as e:
        build.compile_rule(raw, build.Expander(SRC.patterns, SRC.tables), "rules/test.yaml", SRC.tables)
    assert "rules/test.yaml" in str(e.value)


def test_quoted_tense_word_raises_temporal_error(tmp_path):
    # a tense word list is split on spaces: '"won't"' would never match "won't"
    from jnz_timeline.temporal import TemporalError

    (tmp_path / "normalization").mkdir()
    (tmp_path / "normalization" / "tense_words.yaml").write_text("told_future: will \"won't\"\n", encoding="utf-8")
    with pytest.raises(TemporalError, match="without quotes") as e:
        build._load_tables(tmp_path)
    assert "tense_words.yaml" in str(e.value)
    (tmp_path / "normalization" / "tense_words.yaml").unlink()
    (tmp_path / "normalization" / "connector.yaml").write_text("compare: from \"than\"\n", encoding="utf-8")
    with pytest.raises(TemporalError, match="connector.yaml"):
        build._load_tables(tmp_path)
    (tmp_path / "normalization" / "connector.yaml").unlink()
    (tmp_path / "normalization" / "tense_words.yaml").write_text("told_future: will won't\nquote_close: '\" x'\n", encoding="utf-8")
    assert build._load_tables(tmp_path)["tense_words"]["told_future"] == "will won't"


def test_trigger_prefixes_cover_every_example():
    # The trigger index must never hide a rule where it matches (see trigger.py).
    for rule in G.rules:
        for ex in _examples_of(rule.id):
            text = ex["text"]
            folded = fold(text)
            for m in rule.regex.finditer(text):
                window = trigger_window(folded, m.start(), G.k)
                keys = {window[:k] for k in range(1, G.k + 1)}
                assert rule in G.always or any(rule in G.by_prefix.get(k, ()) for k in keys), (rule.id, text)


def test_every_rule_has_a_trigger_prefix():
    # A rule the trigger analysis cannot read (a lookbehind with a group at its start, say)
    # is tried at every position and costs the whole scanner its selectivity: a speed bug.
    assert [r.id for r in G.always] == []


ALL_TEXTS = [ex["text"] for r in SRC.rules for ex in r.examples] + [
    "Twenty-one days later, on Friday 19 December 2025 at 11:40 a.m., the FY2025 Q3 report came out.",
    "In the early 1990s, for three-and-a-half years, every two weeks; last year's third quarter.",
]


def _examples_of(rule_id):
    return next(r.examples for r in SRC.rules if r.id == rule_id)


@pytest.mark.parametrize("rule", G.rules, ids=lambda r: r.id)
def test_required_words_never_hide_a_match(rule):
    # The tagger skips compiling a rule when the text lacks a word every match needs
    # (trigger.required_words); that must never hide a real match.
    for text in ALL_TEXTS:
        if rule.regex.search(text):
            assert rule.possible(fold(text)), (rule.id, rule.required, text)


def test_required_words_examples():
    from jnz_timeline.temporal.trigger import required_words

    assert required_words(r"(?:the\s+)?(\d+)\s+(days|weeks)\s+ago") == [{"days", "weeks"}, {"ago"}]
    assert required_words(r"(?:the\s+)?(\d+)") is None
    assert required_words(r"(?:last|next)?\s*(?:day|week)") == [{"day", "week"}]


def test_trigger_prefixes_go_on_past_a_run_of_whitespace():
    # "the\s+weekend" is indexed under "the week", not under "the " with 120 other rules
    from jnz_timeline.temporal.trigger import K, first_prefixes

    assert K == 8 and first_prefixes(r"the\s+weekend") == {"the week"}
    assert first_prefixes(r"the\s*end") == {"theend", "the end"}
    # too many long prefixes (a number) fall back to short ones
    assert first_prefixes(r"\d\d\d\d-\d\d") == {f"{a}{b}{c}{d}" for a in "0123456789" for b in "0123456789"
                                                 for c in "0123456789" for d in "0123456789"}


def test_a_run_of_whitespace_in_the_text_hides_no_rule():
    spaced = tag("They met   over  the \n  weekend,  on   Friday.", dt.date(2013, 3, 22))
    assert [(t.text, t.value) for t in spaced] == [("the \n  weekend", "2013-W12-WE"), ("Friday", "2013-03-22")]
    # however long the run
    assert [m.rule for m in mentions("Sales rose last" + " " * 500 + "week.")] == ["date_rel_unit"]
    # letters a case-blind regex reads as ASCII ones are folded to them too
    assert trigger_window(fold("the followıng afternoon"), 0, 8) == "the foll"
