"""bench/regress.py: a change in the tagger's output judged against gold (no development data needed)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import regress  # noqa: E402

sys.path.remove(str(BENCH))

TEXT = "It rained on Monday and again last week."
GOLD = [[13, 19, "Monday", "DATE", "2024-03-11"], [30, 39, "last week", "DATE", "2024-W10"]]


def snapshot(tmp_path, name, system):
    path = tmp_path / name
    doc = {"dct": "2024-03-13", "text": TEXT, "gold": GOLD, "system": system}
    path.write_text(json.dumps({"d.tml": doc}), encoding="utf-8")
    return path


def test_a_value_put_right_is_a_better_document(tmp_path, capsys):
    before = snapshot(tmp_path, "a.json", [[13, 19, "Monday", "DATE", "2024-03-04", "date_weekday"]])
    after = snapshot(tmp_path, "b.json", [[13, 19, "Monday", "DATE", "2024-03-11", "date_weekday"]])
    assert regress.main(["diff", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "- 'Monday' DATE 2024-03-04 (value)" in out
    assert "+ 'Monday' DATE 2024-03-11 (ok)" in out
    assert out.rstrip().endswith("documents: 1 better, 0 worse, 0 changed")


def test_a_new_spurious_expression_is_a_worse_document_and_extents_are_marked(tmp_path, capsys):
    before = snapshot(tmp_path, "a.json", [[30, 39, "last week", "DATE", "2024-W10", "r"]])
    after = snapshot(tmp_path, "b.json", [[0, 2, "It", "DATE", "PRESENT_REF", "r"],
                                          [24, 39, "again last week", "DATE", "2024-W10", "r"]])
    regress.main(["diff", str(before), str(after)])
    out = capsys.readouterr().out
    assert "(spurious)" in out and "(ok~extent)" in out
    assert out.rstrip().endswith("documents: 0 better, 1 worse, 0 changed")


def test_identical_snapshots_list_nothing(tmp_path, capsys):
    a = snapshot(tmp_path, "a.json", [[13, 19, "Monday", "DATE", "2024-03-11", "r"]])
    regress.main(["diff", str(a), str(a)])
    assert capsys.readouterr().out.strip() == "documents: 0 better, 0 worse, 0 changed"


def test_dump_of_a_corpus_keeps_gold_and_system(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-13" functionInDocument="CREATION_TIME">'
        '2024-03-13</TIMEX3></DCT><TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="2024-03-12">'
        'yesterday</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    out = tmp_path / "snap.json"
    assert regress.main(["dump", str(out), "--data", str(corpus), "--split", "all"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))["x.tml"]
    assert doc["gold"] == [[12, 21, "yesterday", "DATE", "2024-03-12"]]
    assert [s[:5] for s in doc["system"]] == [[12, 21, "yesterday", "DATE", "2024-03-12"]]
