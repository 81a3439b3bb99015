"""bench/adjudicate.py: the ceiling arithmetic and the label files it reads (no development data needed)."""
from __future__ import annotations

import json
import sys
from types import SimpleNamespace
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import adjudicate  # noqa: E402

sys.path.remove(str(BENCH))

# 10 gold, 11 system, 9 pairs of which 7 have the gold's value
COUNTS = {"gold": 10, "system": 11, "pairs": 9, "value_ok": 7}


def f1(pairs, system, gold):
    p, r = pairs / system, pairs / gold
    return 100 * 2 * p * r / (p + r)


def test_nothing_fixed_gives_the_figures_as_they_are():
    relaxed, value = adjudicate.ceiling(COUNTS, [("value", "S"), ("missed", None)], None)
    assert relaxed == pytest.approx(f1(9, 11, 10))
    assert value == pytest.approx(f1(9, 11, 10) * 7 / 9)


def test_a_fixed_value_raises_value_f1_only():
    relaxed, value = adjudicate.ceiling(COUNTS, [("value", "S"), ("value", "G")], "SN")
    assert relaxed == pytest.approx(f1(9, 11, 10))
    assert value == pytest.approx(f1(9, 11, 10) * 8 / 9)


def test_a_fixed_miss_adds_a_pair_with_its_value_and_a_fixed_spurious_removes_one():
    relaxed, value = adjudicate.ceiling(COUNTS, [("missed", "S"), ("spurious", "N"), ("spurious", "G")], "SN")
    assert relaxed == pytest.approx(f1(10, 11, 10))
    assert value == pytest.approx(f1(10, 11, 10) * 8 / 10)


def test_debatable_items_count_only_in_the_generous_ceiling_and_unlabelled_ones_always():
    items = [("value", "A"), ("value", None)]
    assert adjudicate.ceiling(COUNTS, items, "SN")[1] == pytest.approx(f1(9, 11, 10) * 8 / 9)
    assert adjudicate.ceiling(COUNTS, items, "SNA")[1] == pytest.approx(f1(9, 11, 10) * 9 / 9)


def test_the_key_names_document_kind_extents_and_values():
    doc = SimpleNamespace(name="d.tml")
    gold = SimpleNamespace(start=3, end=9, value="2020-W01")
    assert adjudicate.key(doc, "missed", gold, None) == "d.tml|missed|3-9|-|2020-W01|-"


def test_label_files_name_the_line_of_a_bad_entry(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps({"key": "k1", "label": "s", "why": "x"}) + "\n\n", encoding="utf-8")
    later = tmp_path / "b.jsonl"
    later.write_text(json.dumps({"key": "k1", "label": "G"}) + "\n", encoding="utf-8")
    assert adjudicate.read_labels([good, later]) == {"k1": "G"}
    bad = tmp_path / "c.jsonl"
    bad.write_text(json.dumps({"key": "k1", "label": "S"}) + "\n" + json.dumps({"key": "k2", "label": "maybe"}) + "\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit, match=r"c\.jsonl:2: needs"):
        adjudicate.read_labels([bad])
    broken = tmp_path / "d.jsonl"
    broken.write_text('{"key": "k1",\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"d\.jsonl:1:\d+: not JSON"):
        adjudicate.read_labels([broken])


def test_the_label_files_in_the_repository_are_well_formed():
    for path in sorted((BENCH / "data" / "adjudication").glob("*.jsonl")):
        labels = adjudicate.read_labels([path])
        assert labels and all(len(k.split("|")) == 6 for k in labels), path.name
