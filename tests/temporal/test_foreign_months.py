"""The committed non-English month table matches dateparser's data (dateparser integrity test idea)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_month_foreign_table_is_fresh():
    if importlib.util.find_spec("dateparser") is None:
        pytest.skip("dateparser not installed")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import gen_foreign_months
    finally:
        sys.path.pop(0)
    committed = (ROOT / "jnz_timeline/temporal/rules/en/normalization/month_foreign.yaml").read_text(encoding="utf-8")
    assert committed == gen_foreign_months.render(), "run bench/gen_foreign_months.py to refresh the table"


def test_hot_path_does_not_import_dateparser():
    import subprocess

    code = ("import datetime, sys; from jnz_timeline.temporal import tag; "
            "tag('19 Dicembre 2025 and Dec. 19', datetime.date(2025, 12, 19)); "
            "print('dateparser' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
