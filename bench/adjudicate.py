"""How far a tagger that follows the TIMEX3 guidelines could score against this gold: a ceiling by adjudication.

    python bench/adjudicate.py dump --split heldout OUT.jsonl
    python bench/adjudicate.py ceiling --split heldout LABELS.jsonl [LABELS.jsonl ...]

`dump` writes every disagreement between jnz and the gold of a split (a wrong value, a
missed expression, a spurious one) with its context, for raters who judge each against the
guidelines (protocol: bench/data/adjudication/README.md). A rater labels each:

    S  the system is wrong          N  neither is right
    A  both readings are defensible G  the gold is wrong

`ceiling` tags the split again, looks each current disagreement up in a label file and
prints the figures a tagger would reach if every S and N were fixed, and, generously, every
A as well. A disagreement no label covers (the code has changed since the labelling) counts
as fixable, so the figures stay an upper bound. With several label files, a key labelled
in more than one takes the label of the last file named.
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
from tempeval import DEFAULT_DATA, dct_date, f1, score  # noqa: E402

from jnz_timeline.temporal import tag  # noqa: E402

LABELS = "SNAG"
_CONTEXT = (700, 250)  # characters before and after: enough for the day under discussion


def _span(timex) -> str:
    return f"{timex.start}-{timex.end}" if timex is not None else "-"


def key(doc, kind: str, gold, system) -> str:
    """A disagreement's identity across runs: document, kind, both extents and both values."""
    return "|".join((doc.name, kind, _span(gold), _span(system),
                     gold.value if gold is not None else "-", system.value if system is not None else "-"))


def disagreements(docs, tagged: dict) -> tuple[dict, list[tuple[str, object, object, object]]]:
    """The split's counts and its disagreements as (kind, doc, gold, system), from `tagged` (name -> timexes)."""
    result = score(docs, tagged)
    items = [("value", doc, g, s) for doc, g, s in result["wrong_value"]]
    items += [("missed", doc, g, None) for doc, g in result["missed"]]
    items += [("spurious", doc, None, s) for doc, s in result["spurious"]]
    counts = {"gold": result["gold"], "system": result["system"], "pairs": result["pairs"],
              "value_ok": result["pairs"] - len(result["wrong_value"])}
    return counts, items


def _record(kind, doc, gold, system, tagged: list) -> dict:
    lo, hi = min(t.start for t in (gold, system) if t), max(t.end for t in (gold, system) if t)
    text = doc.text
    context = text[max(0, lo - _CONTEXT[0]):lo] + "[[" + text[lo:hi] + "]]" + text[hi:hi + _CONTEXT[1]]
    dct = dct_date(doc.dct)
    record = {"key": key(doc, kind, gold, system), "kind": kind, "doc": doc.name,
              "dct": dct.isoformat(), "dct_weekday": dct.strftime("%A"), "context": context.replace("\n", " ")}
    if gold is not None:
        record["gold"] = {"text": gold.text, "type": gold.type, "value": gold.value}
    if system is not None:
        record["system"] = {"text": system.text, "type": system.type, "value": system.value, "rule": system.rule}
    # an overlap left unpaired means one expression split in two, on one side or the other
    if kind == "spurious":
        record["overlapping_gold_expressions"] = [t.text for t in doc.timexes if t.start < hi and lo < t.end]
    elif kind == "missed":
        record["overlapping_system_expressions"] = [t.text for t in tagged if t.start < hi and lo < t.end]
    return record


def read_labels(paths) -> dict[str, str]:
    """Disagreement key -> label, from JSON-lines files of {"key", "label", "why"}; a later file wins."""
    labels: dict[str, str] = {}
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            sys.exit(f"{path}: cannot read: {exc}")
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{n}:{exc.colno}: not JSON: {exc.msg}")
            label = str(entry.get("label", "")).strip().upper() if isinstance(entry, dict) else ""
            if len(label) != 1 or label not in LABELS or not isinstance(entry.get("key"), str):
                sys.exit(f"{path}:{n}: needs a \"key\" and a \"label\" (one of {', '.join(LABELS)})")
            labels[entry["key"]] = label
    return labels


def ceiling(counts: dict, kinds_labels: list[tuple[str, str | None]], fixable: str | None) -> tuple[float, float]:
    """Relaxed and value F1 (percent) once every disagreement labelled in `fixable`, or unlabelled, is fixed.

    `fixable` None fixes nothing: the figures as they are.
    """
    fixed = collections.Counter(kind for kind, label in kinds_labels
                                if fixable is not None and (label is None or label in fixable))
    pairs = counts["pairs"] + fixed["missed"]
    system = counts["system"] + fixed["missed"] - fixed["spurious"]
    value_ok = counts["value_ok"] + fixed["value"] + fixed["missed"]
    relaxed = f1(pairs / system, pairs / counts["gold"]) if system else 0.0
    return 100 * relaxed, 100 * relaxed * value_ok / pairs if pairs else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=["dump", "ceiling"])
    ap.add_argument("files", nargs="+", type=Path, help="dump: the output file; ceiling: label files (JSON lines)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=["tune", "heldout", "all"], default="tune")
    args = ap.parse_args(argv)
    docs = tml.load(args.data, args.split)
    if not docs:
        print(f"no TimeML documents under {args.data}", file=sys.stderr)
        return 1
    tagged = {d.name: tag(d.text, dct_date(d.dct)) for d in docs}
    counts, items = disagreements(docs, tagged)
    if args.command == "dump":
        if len(args.files) != 1:
            ap.error("dump writes one file")
        try:
            with open(args.files[0], "w", encoding="utf-8") as fh:
                for item in items:
                    fh.write(json.dumps(_record(*item, tagged[item[1].name]), ensure_ascii=False) + "\n")
        except OSError as exc:
            print(f"{args.files[0]}: cannot write: {exc}", file=sys.stderr)
            return 1
        print(f"{len(items)} disagreements -> {args.files[0]}")
        return 0
    labels = read_labels(args.files)
    keys = [key(doc, kind, g, s) for kind, doc, g, s in items]
    kinds_labels = [(item[0], labels.get(k)) for item, k in zip(items, keys)]
    table = collections.Counter(kinds_labels)
    # a label no current disagreement has: fixed since, or moved (then unlabelled here)
    stale = len(set(labels) - set(keys))
    print(f"split={args.split} gold={counts['gold']} system={counts['system']} pairs={counts['pairs']} "
          f"disagreements={len(items)} unlabelled={sum(1 for _, label in kinds_labels if label is None)} "
          f"labels matching none={stale}")
    for kind in ("value", "missed", "spurious"):
        print(f"  {kind:9}" + " ".join(f"{label}={table[(kind, label)]}" for label in LABELS)
              + f" unlabelled={table[(kind, None)]}")
    relaxed, value = ceiling(counts, kinds_labels, None)
    print(f"now                              relaxed {relaxed:.2f}  value {value:.2f}")
    for name, fixable in (("S and N fixed", "SN"), ("S, N and A fixed (generous)", "SNA")):
        relaxed, value = ceiling(counts, kinds_labels, fixable)
        print(f"{name:32} relaxed {relaxed:.2f}  value {value:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
