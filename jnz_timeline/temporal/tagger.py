"""Phase 1: text -> mentions with underspecified values. Never sees a date.

One scan over the text with the combined scanner finds the leftmost position where
any rule matches; at that position every rule is tried and the longest match wins
(ties: higher ``priority``, then file order). The rule's value template is filled
from its groups (``%table(n)`` lookups, ``%num(n)``, ``%raw(n)``).
"""
from __future__ import annotations

import functools
import re

from ._model import Mention, TemporalError, Told
from .numbers import format_number, parse_number
from .resources import Grammar, Rule, grammar, norm_key
from .tense import tense_at

# Whitespace -> " " (the trigger prefixes write any whitespace as one space).
_WS = {c: " " for c in (*range(9, 14), *range(0x1C, 0x20), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                        0x2028, 0x2029, 0x202F, 0x205F, 0x3000)}
# (and the letters a case-blind regex takes for ASCII ones: "ſ", dotless "ı", "İ")
_WS.update({0x17F: "s", 0x131: "i", 0x130: "i"})


def fold(text: str) -> str:
    """Lower-cased copy of `text` with the same length (whitespace -> space)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep those as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_WS) if not low.isascii() or not low.isprintable() else low


class _Unlisted(TemporalError):
    """A matched surface missing from the table the rule looks it up in."""


# How far back (characters) reject_before, need_before and as_name's unless_before look: a few words.
_BEFORE = 40
_FRAME = re.compile(r"^(?:the|this|its|a)\s+|\s+of(?:\s+the)?$")
_SUB = re.compile(r"%([\w+]+)\((\d+)(?:,([^)]*))?\)")


def _fill(template: str, m: re.Match, g: Grammar, rule: Rule) -> str:
    def sub(s: re.Match) -> str:
        fn, n, default = s.group(1), int(s.group(2)), s.group(3)
        raw = m.group(n)
        if raw is None:
            if default is None:
                return "X"
            return default
        if fn == "raw":
            return raw
        if fn == "num":
            v = parse_number(raw)
            return "X" if v is None else format_number(v)
        if fn == "year":  # 2- or 4-digit year, apostrophe dropped
            return raw.lstrip("'\u2019")
        key = norm_key(raw)
        # Lookups ignore a leading article and a trailing "of (the)":
        # "the end of" is looked up as "end", "this past" as "past".
        short = _FRAME.sub("", key)
        for k in (key, short):
            for t in fn.split("+"):
                hit = g.tables[t].get(k)
                if hit is not None:
                    return hit
        raise _Unlisted(f"rule {rule.id!r}: {raw!r} not in table {fn!r}", source=rule.source)

    return _SUB.sub(sub, template)


_PARAGRAPH = re.compile(r"\n\s*\n")


def trigger_window(folded: str, pos: int, k: int) -> str:
    """The first `k` characters of the folded text at `pos` with each run of whitespace
    written as one space, as the trigger prefixes are."""
    window = folded[pos: pos + 2 * k]
    if "  " not in window:
        return window[:k]
    out, i, n = [], pos, len(folded)
    while i < n and len(out) < k:
        out.append(folded[i])
        i += 1
        if out[-1] == " ":
            while i < n and folded[i] == " ":
                i += 1
    return "".join(out)


def _candidates(text: str, folded: str, pos: int, g: Grammar, skip: dict):
    seen: set[int] = set()
    rules: list[Rule] = []
    window = trigger_window(folded, pos, g.k)
    for k in range(1, g.k + 1):
        for rule in g.by_prefix.get(window[:k], ()):
            if id(rule) not in seen:
                seen.add(id(rule))
                rules.append(rule)
    rules += g.always
    for rule in rules:
        rx = rule._rx
        if rx is None:
            # Not compiled yet: compile only if this text can hold a match.
            ok = skip.get(rule.id)
            if ok is None:
                ok = skip[rule.id] = rule.possible(folded)
            if not ok:
                continue
            rx = rule.regex
        m = rx.match(text, pos)
        if m is None or m.end() == pos:
            continue
        if "\n" in m.group(0) and _PARAGRAPH.search(m.group(0)):
            continue  # no expression runs across a paragraph ("at 8:30 a.m.\n\nTonight ...")
        if rule.reject_before is not None and rule.reject_before.search(text, max(0, pos - _BEFORE), pos):
            continue
        if rule.reject_after is not None and rule.reject_after.match(text, m.end()):
            continue
        if rule.need_before is not None and not rule.need_before.search(text, max(0, pos - _BEFORE), pos):
            continue
        yield rule, m


def _named(text: str, pos: int, surface: str, rule: Rule, names: dict[str, set[str]]) -> bool:
    """True if the text uses `surface` as a name elsewhere ("Prime Minister Theresa May"),
    so that here too it names someone ("May's deal"), unless its `unless_before` words say otherwise."""
    cue, unless = rule.as_name
    found = names.get(rule.id)
    if found is None:
        found = names[rule.id] = {c.group(1) for c in cue.finditer(text)}
    if surface not in found:
        return False
    return unless is None or unless.search(text, max(0, pos - _BEFORE), pos) is None


_TITLE_MAX = 50  # at most this many characters between the quotation marks of a title
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAMED_DAY_RULE = "date_holiday"  # the rules of named days, which a quotation may hold alone
_OPENS = " \t\n([—–-"  # what may stand before an opening quotation mark


@functools.cache
def _title_words(g: Grammar) -> tuple[frozenset[str], frozenset[str]]:
    """The small words a title leaves in lower case and the greetings (connector.yaml)."""
    words = g.tables.get("connector", {})
    return frozenset(words.get("title_small", "").split()), frozenset(words.get("title_greeting", "").split())


def _in_title(text: str, start: int, end: int, small: frozenset[str], greeting: frozenset[str], named: bool) -> bool:
    """Whether text[start:end] lies inside a short quoted title in title case ("Sunday in
    September," "Until Sunday", "The Winter's Tale"): two to seven words, all capitalised
    but `small` ones ("in", "of", "the"), and no `greeting` ("Merry"). A quoted sentence is
    no title ("Last June we had 65,000", "for a day"), nor a `named` day alone ("Black
    Friday"), though another expression alone is ("This Week", "Eleven Days")."""
    lo = max(0, start - _TITLE_MAX)
    open_at = max(text.rfind('"', lo, start), text.rfind("“", lo, start))
    if open_at < 0 or (open_at and text[open_at - 1] not in _OPENS):
        return False
    close = text.find('"' if text[open_at] == '"' else "”", end, open_at + _TITLE_MAX + 2)
    if close < 0 or "\n" in text[open_at:close]:
        return False
    words = _TITLE_WORD.findall(text[open_at + 1: close])
    outside = _TITLE_WORD.findall(text[open_at + 1: start] + " " + text[end: close])
    if not (2 <= len(words) <= 7 and all(w[0].isupper() or w in small for w in words)) \
            or any(w.lower() in greeting for w in outside):
        return False
    return not named or any(w[0].isupper() for w in outside)


class _Tense:
    """The clause tense of one mention (`tense.tense_at`), found on first call: its regexes
    and clause walk cost more than most mentions' anchoring, which never asks."""

    __slots__ = ("_args", "_value")

    def __init__(self, *args) -> None:
        self._args = args
        self._value = None

    def __call__(self) -> str | None:
        args = self._args
        if args is not None:
            # (the value first: another thread that finds no arguments left reads it)
            self._value = tense_at(*args)
            self._args = None
        return self._value

    def __reduce__(self):
        return Told, (self(),)  # pickled as the value, not with the text and grammar


def mentions(text: str, lang: str = "en") -> list[Mention]:
    """All rule matches in text order, non-overlapping, with underspecified values."""
    g = grammar(lang)
    folded = fold(text)
    small, greeting = _title_words(g)
    out: list[Mention] = []
    skip: dict[str, bool] = {}
    names: dict[str, set[str]] = {}
    pos = 0
    for hit in g.scanner.finditer(folded):
        p = hit.start()
        if p < pos:
            continue
        best = None
        for rule, m in _candidates(text, folded, p, g, skip):
            if best is None or m.end() > best[1].end() or m.end() == best[1].end() and (
                rule.priority > best[0].priority or rule.priority == best[0].priority and rule.order < best[0].order
            ):
                best = (rule, m)
        if best is None:
            continue
        rule, m = best
        if rule.as_name is not None and _named(text, p, m.group(0), rule, names):
            continue
        if _in_title(text, p, m.end(), small, greeting, rule.id.startswith(_NAMED_DAY_RULE)):
            continue
        try:
            value = _fill(rule.value, m, g, rule)
            mod = _fill(rule.mod, m, g, rule) if rule.mod else None
        except _Unlisted:
            # A surface the rule's regex admits but its table does not list ("the twenty
            # first century"): no expression here, rather than no result for the text.
            continue
        if mod in ("X", ""):
            mod = None
        out.append(Mention(p, m.end(), m.group(0), rule.type, value, mod, rule.id,
                           _Tense(text, p, m.end(), g)))
        pos = m.end()
    return out
