"""Fast candidate positions: the literal prefixes a rule can start with.

Trying ~100 rule regexes at every word of a text is slow in Python's ``re``, whose
alternation tries each branch in turn. Instead each rule's regex is analysed once
(with the stdlib regex parser) to list the first ``K`` characters any match can begin
with, lower-cased, whitespace written as one space. One trie-shaped regex over a
lower-cased copy of the text then finds the positions worth trying, and a dict says
which rules to try there. The analysis is conservative: a prefix stops early at any
construct it cannot enumerate, so a rule is never skipped where it could match; a rule
that could start with anything makes `first_prefixes` return None (tried everywhere).
"""
from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore
    import sre_parse as _P  # type: ignore

K = 4
_MAX = 20000  # give up (None) if a rule has more prefixes than this


class _Any(Exception):
    pass


def _class_chars(items) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            out.append(chr(av))
        elif op is _C.RANGE:
            lo, hi = av
            if hi - lo > 200:
                raise _Any
            out.extend(chr(c) for c in range(lo, hi + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            out.extend("0123456789")
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            out.append(" ")
        else:
            raise _Any
    return out


def _expand(items: list, acc: set[str], done: set[str]) -> None:
    """Extend each partial prefix in `acc` along `items`; finished ones go to `done`."""
    for i, (op, av) in enumerate(items):
        if not acc:
            return
        if len(done) + len(acc) > _MAX:
            raise _Any
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op is _C.LITERAL or op is _C.IN:
            chars = [chr(av)] if op is _C.LITERAL else _class_chars(av)
            chars = {(" " if c.isspace() else c.lower()) for c in chars}
            nxt = set()
            for p in acc:
                for c in chars:
                    q = p + c
                    (done if len(q) >= K else nxt).add(q)
            acc = nxt
            continue
        rest = items[i + 1:]
        if op is _C.BRANCH:
            for alt in av[1]:
                _expand(list(alt) + rest, set(acc), done)
            return
        if op is _C.SUBPATTERN:
            _expand(list(av[-1]) + rest, acc, done)
            return
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, sub = av
            if lo == 0:
                _expand(rest, set(acc), done)
            # One repetition, then stop: what follows a repeat is not enumerated.
            inner: set[str] = set()
            _expand(list(sub), set(acc), inner)
            done |= inner
            return
        raise _Any
    done |= acc


def first_prefixes(pattern: str, flags: int = re.IGNORECASE) -> set[str] | None:
    """Lower-cased prefixes (up to K chars) that every match of `pattern` starts with."""
    try:
        tree = _P.parse(pattern, flags)
        done: set[str] = set()
        _expand(list(tree), {""}, done)
    except _Any:
        return None
    if "" in done:
        return None
    return done


def _trie_regex(words: set[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        if list(node) == [""]:
            return ""
        alts, optional = [], "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            # A shorter prefix is enough to trigger: the longer branch is optional.
            return "(?:" + body + ")?"
        return body

    return build(trie)


# Lower-case letters and turn every whitespace into " ", keeping string length.
_FOLD = {}
for _c in range(0x2500):
    _ch = chr(_c)
    if _ch.isspace():
        _FOLD[_c] = " "
    else:
        _lo = _ch.lower()
        if _lo != _ch and len(_lo) == 1:
            _FOLD[_c] = _lo


def fold(text: str) -> str:
    """Lower-cased copy of `text` with the same length (whitespace -> space)."""
    return text.translate(_FOLD)


def build(rules, boundary: str):
    """(trigger regex on folded text, prefix -> rules, rules to try everywhere)."""
    by_prefix: dict[str, list] = {}
    always = []
    for rule in rules:
        prefixes = first_prefixes(rule.regex.pattern)
        if prefixes is None:
            always.append(rule)
            continue
        for p in prefixes:
            by_prefix.setdefault(p, []).append(rule)
    if always:
        rx = re.compile(boundary + r"(?=[\w'’$])")
    else:
        rx = re.compile(boundary + "(?=" + _trie_regex(set(by_prefix)) + ")")
    return rx, by_prefix, always
