"""Check hand-made TimeML files: well-formed, a DCT, TIMEX3 types, values and mods plausible.

    python bench/check_timeml.py FILE_OR_DIR ...

Writers of gold (bench/data/fresh-news/) run it after each file; it catches typos in
values ("2019-3-14"), unknown types or mods, stray spaces in extents and short texts.
"""
import re
import sys
import xml.dom.minidom
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tml  # noqa: E402

TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {None, "APPROX", "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
DATE_RE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF|"
                     r"[0-9X]{2,4}(-(W[0-9X]{2}(-WE|-[1-7])?|[0-9X]{2}(-[0-9X]{2})?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)$")
TIME_RE = re.compile(r"^[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-[1-7])?)?T([0-9X]{2}(:[0-9X]{2}(:[0-9X]{2})?)?|MO|AF|EV|NI|DT)$")
DUR_RE = re.compile(r"^P(?!T?$)(([0-9]+(\.[0-9]+)?|X)[YMWDE]|([0-9]+|X)(DE|CE|ML|Q|H))*(T(([0-9]+(\.[0-9]+)?|X)[HMS])*)?$")


def check(path: Path) -> list[str]:
    errs = []
    raw = path.read_text(encoding="utf-8")
    try:
        xml.dom.minidom.parseString(raw)
    except Exception as e:  # noqa: BLE001
        return [f"{path}: not well-formed XML: {e}"]
    d = tml.parse(path)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.dct[:10] or ""):
        errs.append(f"{path}: no DCT TIMEX3 with functionInDocument=\"CREATION_TIME\" and a YYYY-MM-DD value")
    for g in d.timexes:
        where = f"{path}: {g.text!r} ({g.type} {g.value})"
        if g.type not in TYPES:
            errs.append(f"{where}: type must be one of {sorted(TYPES)}")
        if g.mod not in MODS:
            errs.append(f"{where}: unknown mod {g.mod}")
        if g.text != g.text.strip():
            errs.append(f"{where}: extent has leading/trailing space")
        ok = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DUR_RE}.get(g.type)
        if ok and not ok.match(g.value) and not (g.type == "TIME" and DATE_RE.match(g.value)):
            errs.append(f"{where}: value does not look like a TIMEX3 {g.type} value")
        if g.type == "SET" and not (DUR_RE.match(g.value) or DATE_RE.match(g.value) or TIME_RE.match(g.value)):
            errs.append(f"{where}: SET value should be a duration (P1W) or a pattern (XXXX-WXX-1)")
    if len(d.text) < 1500:
        errs.append(f"{path}: text is short ({len(d.text)} chars); aim for 2500-4000")
    return errs


def main(args):
    if not args:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    paths = [Path(a) for a in args]
    files = [q for p in paths for q in (sorted(p.rglob("*.tml")) if p.is_dir() else [p])]
    errs = [e for f in files for e in check(f)]
    n = sum(len(tml.parse(f).timexes) for f in files if not any(e.startswith(f"{f}: not well") for e in errs))
    for e in errs:
        print(e)
    print(f"{len(files)} files, {n} TIMEX3, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
