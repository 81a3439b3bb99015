"""Tense cues around a mention: which way a bare weekday or month points.

News convention: a bare weekday or month refers to the past or the current period,
unless the clause around it is about the future ("will meet on Monday").
"""
from __future__ import annotations

import re

# Future markers in the clause before (or just after) the expression.
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|plans? to|planned|planning|plan for|expected to|expects? to|"
    r"scheduled|is due|are due|due to|set to|to be held|intends? to|aims? to|hopes? to|"
    r"upcoming|coming|next|looking forward|would|could|might|may|as early as|as soon as|is to|are to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|says|told|ago|last|earlier|\w+ed|fell|rose|met|took|made|came|went|saw|"
    r"began|won|lost|held|left|hit|spent|sold|bought|paid|grew|gave|got|became|brought|fought|"
    r"thought|knew|found|led|ran|wrote|spoke|broke|chose|drove|flew|sent|built|struck|sank|shot|"
    r"stood|fled|swore|quit|cut|put|shut)\b",
    re.IGNORECASE,
)
# Past-tense words that are never participles after "will be" / "would have".
_STRONG_PAST = re.compile(r"\b(?:was|were|did|said|told|predicted|announced|reported|added|declared|"
                          r"insisted|warned|argued|claimed|confirmed|denied|ago)\b", re.IGNORECASE)
# A plan reported as past ("had been due to expire Friday") is not a future cue.
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:due|scheduled|expected|set|supposed|planned|to)\b", re.I)
_WEAK_FUTURE = re.compile(r"\b(?:effective|starting|beginning|from|by|until|till|before)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[.!?;:\n]|\b(?:and|but|while|after|before|when)\b", re.IGNORECASE)


def _last(rx: re.Pattern, s: str) -> int | None:
    end = None
    for m in rx.finditer(s):
        end = m.end()
    return end


def tense_at(text: str, start: int, end: int) -> str | None:
    """Return "future", "past" or None for the clause containing text[start:end]."""
    left = text[max(0, start - 160) : start]
    # Keep only the current clause on the left.
    cut = 0
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    left = left[cut:]
    right = text[end : end + 40]
    m = re.search(r"[.!?;\n]", right)
    if m:
        right = right[: m.start()]
    if _PAST_PLAN.search(left):
        return "past"
    if re.match(r"\W*(?:will|'ll|is expected|is scheduled)\b", right, re.I):
        return "future"
    # The cue nearest to the expression wins: in "said they would appeal, Cuba predicted
    # Wednesday" the clause is about what was predicted, not what would happen.
    fut = _last(_FUTURE, left)
    past = _last(_STRONG_PAST, left)
    if fut is not None and (past is None or fut > past):
        return "future"
    if past is not None or _PAST.search(left) or _PAST.search(right):
        return "past"
    # Weak cues, only when no verb said otherwise: "effective Feb. 1", "by August".
    if _WEAK_FUTURE.search(left):
        return "future"
    return None
