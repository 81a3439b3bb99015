"""Finding quoted text in articles, ignoring differences in white space."""
from __future__ import annotations

import re
from functools import lru_cache

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=64)
def _folded(haystack: str, ignore_case: bool) -> tuple[str, tuple[int, ...]]:
    """`haystack` with each run of white space as one space, and where each folded character came from."""
    pieces, origin, last = [], [], 0
    for match in _SPACE.finditer(haystack):
        pieces.append(haystack[last:match.start()])
        origin.extend(range(last, match.start()))
        pieces.append(" ")
        origin.append(match.start())
        last = match.end()
    pieces.append(haystack[last:])
    origin.extend(range(last, len(haystack)))
    folded = "".join(pieces)
    if ignore_case:
        lowered = folded.lower()
        # A few characters change length when lowered ("İ"); keep offsets exact by
        # lowering character by character for those texts.
        folded = lowered if len(lowered) == len(folded) else "".join(c.lower()[0] for c in folded)
    return folded, tuple(origin)


def find_all(haystack: str, needle: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Spans of `needle` in `haystack`, where any run of white space matches any other."""
    needle = " ".join(needle.split())
    if not needle:
        return []
    folded, origin = _folded(haystack, ignore_case)
    if ignore_case:
        needle = "".join(c.lower()[0] for c in needle)
    spans, at = [], folded.find(needle)
    while at >= 0:
        end = at + len(needle)
        spans.append((origin[at], origin[end - 1] + 1))
        at = folded.find(needle, end)
    return spans

