"""The hand-made TimeML gold kept in bench/data is well-formed and plausible (bench/check_timeml.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import check_timeml  # noqa: E402

sys.path.remove(str(BENCH))

FILES = sorted((BENCH / "data").rglob("*.tml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_passes_the_checker(path):
    assert check_timeml.check(path) == []


def test_there_is_gold_to_check():
    assert len(FILES) >= 56


def test_the_checker_names_a_bad_value(tmp_path):
    bad = tmp_path / "x.tml"
    bad.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-13" functionInDocument="CREATION_TIME">'
        '2024-03-13</TIMEX3></DCT><TEXT>' + "Talks went on. " * 120 +
        '<TIMEX3 tid="t1" type="DATE" value="2024-3-12">yesterday</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    problems = check_timeml.check(bad)
    assert len(problems) == 1 and "'yesterday' (DATE 2024-3-12)" in problems[0]
