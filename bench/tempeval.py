"""Score jnz's temporal tagger on the TempEval-3 training data (TBAQ-cleaned) — dev benchmark.

    python bench/tempeval.py [--data DIR] [--split tune|heldout|all] [--errors N] [--repeat K]

Scoring follows the TempEval-3 Task A method: each gold and system TIMEX3 that overlap
are paired one-to-one, left to right. Relaxed P = pairs / system, R = pairs / gold
(summed over all documents); strict counts only pairs with identical extents; value F1
(and type F1) = relaxed F1 x share of pairs with the identical value (type). The DCT
timex is not scored.

Split: a document is HELD OUT when the first byte of sha1(file name) < 77 (~30%, 77 of
256 files); the rest is the tuning part. Only look at tuning errors when writing rules.
Speed is tag() only, warm, best of --repeat runs over the split's texts.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tml  # noqa: E402

from jnz_timeline.temporal import tag  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3-train"


def dct_date(v: str) -> dt.date:
    return dt.date.fromisoformat(v[:10])


def pair(gold, system):
    """One-to-one overlap pairs, left to right."""
    pairs, used = [], set()
    for g in gold:
        for j, s in enumerate(system):
            if j in used:
                continue
            if s.start < g.end and g.start < s.end:
                pairs.append((g, s))
                used.add(j)
                break
    return pairs


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs, results):
    n_gold = n_sys = n_pairs = n_strict = n_value = n_type = 0
    per_type = collections.Counter()
    per_type_found = collections.Counter()
    missed, spurious, wrong_value, wrong_extent = [], [], [], []
    by_rule = collections.defaultdict(lambda: [0, 0, 0, 0])  # matches, paired, strict, value
    for doc in docs:
        system = results[doc.name]
        gold = doc.timexes
        pairs = pair(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        n_pairs += len(pairs)
        paired_g = {id(g) for g, _ in pairs}
        paired_s = {id(s) for _, s in pairs}
        for g in gold:
            per_type[g.type] += 1
        for s in system:
            by_rule[s.rule][0] += 1
        for g, s in pairs:
            row = by_rule[s.rule]
            row[1] += 1
            row[2] += (g.start, g.end) == (s.start, s.end)
            row[3] += g.value == s.value
            per_type_found[g.type] += 1
            if (g.start, g.end) == (s.start, s.end):
                n_strict += 1
            else:
                wrong_extent.append((doc, g, s))
            if g.value == s.value:
                n_value += 1
            else:
                wrong_value.append((doc, g, s))
            if g.type == s.type:
                n_type += 1
        missed += [(doc, g) for g in gold if id(g) not in paired_g]
        spurious += [(doc, s) for s in system if id(s) not in paired_s]
    p = n_pairs / n_sys if n_sys else 0.0
    r = n_pairs / n_gold if n_gold else 0.0
    sp = n_strict / n_sys if n_sys else 0.0
    sr = n_strict / n_gold if n_gold else 0.0
    rel = f1(p, r)
    return {
        "gold": n_gold, "system": n_sys, "pairs": n_pairs,
        "relaxed": (p, r, rel), "strict": (sp, sr, f1(sp, sr)),
        "value_f1": rel * (n_value / n_pairs if n_pairs else 0),
        "type_f1": rel * (n_type / n_pairs if n_pairs else 0),
        "per_type": {t: (per_type_found[t], per_type[t]) for t in sorted(per_type)},
        "by_rule": by_rule,
        "missed": missed, "spurious": spurious, "wrong_value": wrong_value, "wrong_extent": wrong_extent,
    }


def ctx(doc, start, end, width=35):
    return doc.text[max(0, start - width):end + width].replace("\n", " ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=["tune", "heldout", "all"], default="tune")
    ap.add_argument("--errors", type=int, default=15, help="examples per error class (0 = none)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--by-rule", action="store_true",
                    help="per rule: system matches paired with gold / spurious / right value")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: TempEval-3 data not found at {args.data} (use --data DIR)", file=sys.stderr)
        return 2
    docs = tml.load(args.data, args.split)
    if not docs:
        print(f"error: no .tml files under {args.data}", file=sys.stderr)
        return 2
    dcts = {d.name: dct_date(d.dct) for d in docs}
    results = {d.name: tag(d.text, dcts[d.name]) for d in docs}  # warm-up
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for d in docs:
            tag(d.text, dcts[d.name])
        best = min(best, time.perf_counter() - t0)
    kb = sum(len(d.text.encode("utf-8")) for d in docs) / 1024
    s = score(docs, results)
    print(f"split={args.split} documents={len(docs)} gold={s['gold']} system={s['system']} pairs={s['pairs']}")
    print("relaxed  P={:.1f} R={:.1f} F1={:.1f}".format(*(100 * x for x in s["relaxed"])))
    print("strict   P={:.1f} R={:.1f} F1={:.1f}".format(*(100 * x for x in s["strict"])))
    print(f"value F1={100 * s['value_f1']:.1f}   type F1={100 * s['type_f1']:.1f}")
    print("recall by type: " + ", ".join(f"{t} {a}/{b} ({100 * a / b:.0f}%)" for t, (a, b) in s["per_type"].items()))
    print(f"speed: {kb:.0f} KB in {best * 1000:.0f} ms = {kb / best:.0f} KB/s (tag() only, warm, best of {args.repeat})")
    if args.by_rule:
        print(f"\n{'rule':32} {'matches':>7} {'paired':>6} {'spur':>5} {'strict':>6} {'value':>5}  precision")
        for rule, (n, p, st, v) in sorted(s["by_rule"].items(), key=lambda kv: (kv[1][1] / kv[1][0], kv[0])):
            print(f"{rule:32} {n:7d} {p:6d} {n - p:5d} {st:6d} {v:5d}  {100 * p / n:5.1f}")
    if args.errors:
        n = args.errors
        print(f"\n--- missed ({len(s['missed'])}); most frequent:")
        for (t, v), c in collections.Counter((g.text.lower(), g.type) for _, g in s["missed"]).most_common(n):
            print(f"  {c:3d}  {t!r} {v}")
        print(f"--- spurious ({len(s['spurious'])}); most frequent:")
        for (t, r), c in collections.Counter((x.text.lower(), x.rule) for _, x in s["spurious"]).most_common(n):
            print(f"  {c:3d}  {t!r} [{r}]")
        print(f"--- wrong value ({len(s['wrong_value'])}):")
        for doc, g, x in s["wrong_value"][: n * 2]:
            print(f"  DCT {doc.dct[:10]}  {g.text!r} gold {g.type} {g.value} | sys {x.text!r} {x.type} {x.value} [{x.rule}]")
        print(f"--- wrong extent ({len(s['wrong_extent'])}):")
        for (gt, st), c in collections.Counter((g.text, x.text) for _, g, x in s["wrong_extent"]).most_common(n):
            print(f"  {c:3d}  gold {gt!r} | sys {st!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
