"""Compare the tagger's output on a TimeML corpus before and after a change, against gold.

    python bench/regress.py dump OUT.json [--data DIR] [--split tune|heldout|all]
    python bench/regress.py diff BEFORE.json AFTER.json

`dump` writes every system TIMEX3 of each document (with the gold and the text) to a
JSON file; run it on the commit before a change and on the change. `diff` lists, per
document, the expressions that appeared or went away, each marked as in TempEval-3
pairing: `ok` (paired, same value), `value` (paired, other value), `spurious`; `~extent`
when the paired extents differ. The last line counts documents that got better (more
right values, fewer spurious), worse, or only changed. The held-out split is for the
final figures only: do not diff it while writing rules.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tml  # noqa: E402
from tempeval import DEFAULT_DATA, dct_date, pair  # noqa: E402

_CONTEXT = 50


def dump(data: Path, split: str, out: Path) -> int:
    from jnz_timeline.temporal import tag

    docs = tml.load(data, split)
    if not docs:
        print(f"error: no .tml files under {data}", file=sys.stderr)
        return 2
    snap = {}
    for d in docs:
        snap[d.name] = {
            "dct": d.dct[:10],
            "text": d.text,
            "gold": [[g.start, g.end, g.text, g.type, g.value] for g in d.timexes],
            "system": [[s.start, s.end, s.text, s.type, s.value, s.rule]
                       for s in tag(d.text, dct_date(d.dct))],
        }
    out.write_text(json.dumps(snap), encoding="utf-8")
    print(f"{len(docs)} documents, {sum(len(v['system']) for v in snap.values())} system TIMEX3 -> {out}")
    return 0


class _Span:
    __slots__ = ("start", "end", "row")

    def __init__(self, row):
        self.start, self.end, self.row = row[0], row[1], row


def _judge(doc: dict) -> dict[tuple, str]:
    """Each system row (without its rule) -> ok / value / spurious, plus ~extent."""
    gold = [_Span(g) for g in doc["gold"]]
    system = [_Span(s) for s in doc["system"]]
    paired = {id(s): g for g, s in pair(gold, system)}
    out = {}
    for s in system:
        g = paired.get(id(s))
        key = tuple(s.row[:5])
        if g is None:
            out[key] = "spurious"
        else:
            out[key] = ("ok" if g.row[4] == s.row[4] else "value") + \
                ("" if (g.start, g.end) == (s.start, s.end) else "~extent")
    return out


def _merit(judged: dict[tuple, str]) -> int:
    marks = judged.values()
    return sum(m.startswith("ok") for m in marks) - sum(m == "spurious" for m in marks)


def _line(sign: str, row: tuple, mark: str, doc: dict, rules: dict) -> str:
    gold = [(g[2], g[4]) for g in doc["gold"] if g[0] < row[1] and row[0] < g[1]]
    ctx = doc["text"][max(0, row[0] - _CONTEXT):row[1] + _CONTEXT // 2].replace("\n", " ")
    return f"   {sign} {row[2]!r} {row[3]} {row[4]} ({mark}) [{rules[row]}] gold {gold}  ..{ctx!r}"


def diff(before: Path, after: Path) -> int:
    a_all = json.loads(before.read_text(encoding="utf-8"))
    b_all = json.loads(after.read_text(encoding="utf-8"))
    tally = collections.Counter()
    for name in sorted(set(a_all) & set(b_all)):
        a, b = a_all[name], b_all[name]
        ja, jb = _judge(a), _judge(b)
        if set(ja) == set(jb):
            continue
        rules_a = {tuple(s[:5]): s[5] for s in a["system"]}
        rules_b = {tuple(s[:5]): s[5] for s in b["system"]}
        print(f"== {name} DCT {a['dct']}")
        for row in sorted(set(ja) - set(jb)):
            print(_line("-", row, ja[row], a, rules_a))
        for row in sorted(set(jb) - set(ja)):
            print(_line("+", row, jb[row], b, rules_b))
        delta = _merit(jb) - _merit(ja)
        tally["better" if delta > 0 else "worse" if delta < 0 else "changed"] += 1
    print(f"documents: {tally['better']} better, {tally['worse']} worse, {tally['changed']} changed")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="write the system's TIMEX3 of a corpus to a JSON file")
    d.add_argument("out", type=Path)
    d.add_argument("--data", type=Path, default=DEFAULT_DATA)
    d.add_argument("--split", choices=["tune", "heldout", "all"], default="tune")
    f = sub.add_parser("diff", help="list what changed between two dumps, judged against gold")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.data, args.split, args.out)
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
