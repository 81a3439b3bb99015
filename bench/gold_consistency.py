"""How consistently the TempEval-3 training gold normalises expressions whose value the
TIMEX3 guidelines fix from the creation time alone — a ceiling check, not a score.

    python bench/gold_consistency.py [--data DIR] [--split tune|heldout|all]

For each such expression ("last week", "yesterday", "this year", "the 1990s", ...) it
counts the gold values and how many equal the guideline value computed from the DCT.
A gold value that differs is not necessarily wrong (context can shift "last year" to
the quarter under discussion), but a deterministic tagger cannot match every variant.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tml  # noqa: E402
from tempeval import DEFAULT_DATA, dct_date  # noqa: E402


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# expression (lower-case, whole extent) -> guideline value from the DCT
EXPECTED = {
    "today": lambda d: d.isoformat(),
    "yesterday": lambda d: (d - dt.timedelta(days=1)).isoformat(),
    "tomorrow": lambda d: (d + dt.timedelta(days=1)).isoformat(),
    "this week": _week,
    "last week": lambda d: _week(d - dt.timedelta(weeks=1)),
    "next week": lambda d: _week(d + dt.timedelta(weeks=1)),
    "this month": lambda d: f"{d.year:04d}-{d.month:02d}",
    "last month": lambda d: f"{d.year - (d.month == 1):04d}-{(d.month - 2) % 12 + 1:02d}",
    "next month": lambda d: f"{d.year + (d.month == 12):04d}-{d.month % 12 + 1:02d}",
    "this year": lambda d: f"{d.year:04d}",
    "last year": lambda d: f"{d.year - 1:04d}",
    "next year": lambda d: f"{d.year + 1:04d}",
    "now": lambda d: "PRESENT_REF",
    "recent years": lambda d: "PXY",
    "recently": lambda d: "PAST_REF",
}
_DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?|late\s+)?(1[0-9]{2})0'?s$")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: TempEval-3 data not found at {args.data} (use --data DIR)", file=sys.stderr)
        return 2
    seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    agree = collections.Counter()
    for doc in tml.load(args.data, args.split):
        d = dct_date(doc.dct)
        for g in doc.timexes:
            key = " ".join(g.text.lower().split())
            m = _DECADE.match(key)
            if m:
                key, want = "<decade>s", m.group(1)
            elif key in EXPECTED:
                want = EXPECTED[key](d)
            else:
                continue
            seen[key]["=" if g.value == want else g.value] += 1
            agree[key] += g.value == want
    total = sum(sum(c.values()) for c in seen.values())
    print(f"{'expression':14} {'n':>4} {'as guideline':>12}  other gold values")
    for key in sorted(seen, key=lambda k: -sum(seen[k].values())):
        n = sum(seen[key].values())
        others = ", ".join(f"{v} x{c}" for v, c in seen[key].most_common() if v != "=")
        print(f"{key:14} {n:4d} {100 * agree[key] / n:11.0f}%  {others}")
    print(f"{'all':14} {total:4d} {100 * sum(agree.values()) / total:11.0f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
