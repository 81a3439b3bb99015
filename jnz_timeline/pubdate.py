"""Publication dates read from an article's own text: date lines and datelines.

News text often carries its date near the top: a date line ("19 Dicembre 2025",
"date 2025-12-19") or a wire dateline ("Seoul, Dec. 19 (Yonhap)", which has
no year). Each finding is `Evidence`, kept at the precision it has.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .models import Publication

_MONTH_ABBR = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTH_ABBR["sept"] = 9
_MONTH_NAME = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS = "|".join(sorted(list(_MONTH_ABBR) + list(_MONTH_NAME), key=len, reverse=True))

# Each pattern: name, regex. Groups y/m/d or month/day; the match is the evidence text.
PATTERNS = (
    ("iso date line", re.compile(r"^[ \t]*(?:date[: \t]+)?(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", re.M | re.I)),
    (
        "wire dateline",
        re.compile(
            rf"^[ \t]*[A-Z][\w.'’ -]{{1,40}},[ \t]+(?P<month>{_MONTHS})\.?[ \t]+(?P<day>\d{{1,2}})"
            rf"(?:,[ \t]*(?P<year>\d{{4}}))?[ \t]*(?:\((?P<agency>[^)\n]{{2,40}})\)|[-–—])",
            re.M | re.I,
        ),
    ),
)
_HEAD_LINES = 12  # date lines stand at the top; further down a bare date is content
_STANDALONE = re.compile(r"^[ \t]*(?=[^\n]*\d{4})(?=[^\n]*[^\W\d_])[^\n]{6,40}?[ \t]*$", re.M)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A date the text gives for itself: a full day, or a month and day with no year."""

    kind: str
    text: str
    offset: int
    day: date | None = None
    month_day: tuple[int, int] | None = None

    def describe(self) -> str:
        when = self.day.isoformat() if self.day else f"--{self.month_day[0]:02d}-{self.month_day[1]:02d}"
        return f"{self.kind} {self.text.strip()!r} ({when})"


def detect(text: str) -> list[Evidence]:
    """Every publication-date evidence at the head of `text`, in text order."""
    found: list[Evidence] = []
    head_end = _head_end(text)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text, 0, head_end):
            evidence = _from_match(kind, match)
            if evidence is not None:
                found.append(evidence)
    found += _standalone_lines(text, head_end, {e.offset for e in found})
    return sorted(found, key=lambda e: e.offset)


def _head_end(text: str) -> int:
    """Where the head of an article ends: further down, a date is content, not a date line."""
    end = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", end) + 1
        if end == 0:
            return len(text)
    return end


def _from_match(kind: str, match: re.Match) -> Evidence | None:
    groups = match.groupdict()
    try:
        if groups.get("y"):
            return Evidence(kind, match.group(0), match.start(), day=date(int(groups["y"]), int(groups["m"]), int(groups["d"])))
        key = groups["month"].lower()
        month = _MONTH_ABBR.get(key) or _MONTH_NAME[key]
        day = int(groups["day"])
        if groups.get("year"):
            return Evidence(kind, match.group(0), match.start(), day=date(int(groups["year"]), month, day))
        date(2000, month, day)  # a leap year: checks the day exists in that month
        return Evidence(kind, match.group(0), match.start(), month_day=(month, day))
    except (ValueError, KeyError):
        return None


def _standalone_lines(text: str, head_end: int, taken: set[int]) -> list[Evidence]:
    """A short line near the top that is nothing but a full date, in any language dateparser reads."""
    found = []
    for match in _STANDALONE.finditer(text, 0, head_end):
        if match.start() in taken:
            continue
        parsed = _parse_full_date(match.group(0).strip())
        if parsed is not None:
            found.append(Evidence("date line", match.group(0), match.start(), day=parsed))
    return found


def _parse_full_date(line: str) -> date | None:
    import dateparser  # heavy: imported only when a candidate line is seen

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": True}
    parsed = dateparser.parse(line, settings=settings)
    return parsed.date() if parsed else None


def agrees(published: Publication, evidence: Evidence) -> bool:
    """Whether the curated publication date allows what the text says."""
    low, high = published.earliest, published.latest
    if evidence.day is not None:
        return (low is None or low <= evidence.day) and (high is None or evidence.day <= high)
    if low is None or high is None:
        return True  # a month and day alone cannot contradict an open range
    month, day = evidence.month_day
    for year in range(low.year, high.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if low <= candidate <= high:
            return True
    return False
