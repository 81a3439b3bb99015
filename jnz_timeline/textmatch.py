"""Finding quoted text in articles, ignoring differences in white space."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=512)
def _pattern(needle: str, ignore_case: bool) -> re.Pattern | None:
    words = needle.split()
    if not words:
        return None
    return re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE if ignore_case else 0)


def find_all(haystack: str, needle: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Spans of `needle` in `haystack`, where any run of white space matches any other."""
    pattern = _pattern(needle, ignore_case)
    return [m.span() for m in pattern.finditer(haystack)] if pattern else []


def normalise_space(text: str) -> str:
    """Collapse every run of white space to one space, for display."""
    return " ".join(text.split())
