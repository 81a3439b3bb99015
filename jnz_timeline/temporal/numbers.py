"""English number words and digits -> numbers ("twenty-four", "5 1/2", "a", "several" -> None)."""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "half": 0.5, "couple": 2, "a couple of": 2,
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}
# The article with "half" is the half alone: "half a century", "a half hour".
_HALF = {"half a", "half an", "a half", "an half"}
# A fraction of one unit: "a quarter of an hour", "three quarters of a century".
_PART_OF = re.compile(r"^(a|one|three) quarters? of an?$")
_PART = {"a": 0.25, "one": 0.25, "three": 0.75}
_ORD_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_FRACTION = re.compile(r"^(\d+)?\s*(?:(\d+)/(\d+)|and a half|½)$")


def parse_number(s: str) -> float | None:
    """Value of a number phrase, or None when it is vague ("several", "a few", "many")."""
    s = s.strip().lower().replace(",", "")
    s = _ORD_SUFFIX.sub(r"\1", s)  # "19th" -> "19"
    if s.startswith(("a couple of", "couple of")):
        return 2.0
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        pass
    m = _FRACTION.match(s)
    if m:
        whole = float(m.group(1) or 0)
        if m.group(2):
            return whole + int(m.group(2)) / int(m.group(3))
        return whole + 0.5
    if s in _HALF:
        return 0.5
    m = _PART_OF.match(s)
    if m:
        return _PART[m.group(1)]
    if s.startswith(("half a ", "half an ")):  # "half a dozen"
        whole = parse_number(s[5:])
        return None if whole is None else whole / 2
    s = s.replace(" and a half", " half_extra").replace("-", " ")
    total, current, seen = 0.0, 0.0, False
    for w in s.split():
        if w == "and":
            continue
        if w == "half_extra":
            current += 0.5
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        elif w.isdigit():
            current += int(w)
        else:
            return None
        seen = True
    return total + current if seen else None


def format_number(x: float) -> str:
    """A number as a TIMEX3 count: "3" for 3.0, "2.5" for 2.5."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
