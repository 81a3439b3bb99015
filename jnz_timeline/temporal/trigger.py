"""Fast candidate positions: the literal prefixes a rule can start with.

Trying ~100 rule regexes at every word of a text is slow in Python's ``re``, whose
alternation tries each branch in turn. Instead each rule's regex is analysed once
(with the stdlib regex parser) to list the first ``K`` characters any match can begin
with, lower-cased, a run of whitespace written as one space (fewer, ``K_SHORT``, where
the long ones would be too many). One trie-shaped regex over a lower-cased copy of the
text then finds the positions worth trying, and a dict says which rules to try there.
The analysis is conservative: a prefix stops after one round of a repeat it cannot
follow, and a construct it cannot enumerate at all gives up on the long prefixes, then
on the short ones, where a rule that could start with anything makes `first_prefixes`
return None (tried everywhere); so a rule is never skipped where it could match.

Build time only (`build.py` stores the results in the generated rule module); the
tagger does not import this module.
"""
from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore
    import sre_parse as _P  # type: ignore

K = 8  # longest prefix in the trigger index
K_SHORT = 4  # the prefix length a rule falls back to when its long prefixes are too many
SCAN = 2  # prefix length inside the scanner regex
_MAX = 20000  # give up (None) if a rule has more short prefixes than this
_MAX_LONG = 400  # ... and fall back to short ones if it has more long prefixes than this


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


def _chars(op, av) -> list[str]:
    """The characters a LITERAL or IN item matches (`_Any` if they cannot be listed)."""
    return [chr(av)] if op is _C.LITERAL else _class_chars(av)


def _spaces(sub) -> bool:
    """Whether a repeated item is whitespace alone (`\\s`, a space)."""
    if len(sub) != 1 or sub[0][0] not in (_C.LITERAL, _C.IN):
        return False
    try:
        return all(c.isspace() for c in _chars(*sub[0]))
    except _Any:
        return False


def _expand(items: list, acc: set[str], done: set[str], k: int = K, cap: int = _MAX) -> None:
    """Extend each partial prefix in `acc` along `items` up to `k` characters; finished ones
    go to `done`. A run of whitespace counts as one space (the tagger looks prefixes up in
    the text with its whitespace runs collapsed), so a prefix goes on past it ("the week")."""
    for i, (op, av) in enumerate(items):
        if not acc:
            return
        if len(done) + len(acc) > cap:
            raise _Any
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op is _C.LITERAL or op is _C.IN:
            chars = {(" " if c.isspace() else c.lower()) for c in _chars(op, av)}
            nxt = set()
            for p in acc:
                for c in chars:
                    if c == " " and p.endswith(" "):
                        nxt.add(p)  # (whitespace after whitespace is the same run)
                        continue
                    q = p + c
                    (done if len(q) >= k else nxt).add(q)
            acc = nxt
            continue
        rest = items[i + 1:]
        if op is _C.BRANCH:
            for alt in av[1]:
                _expand(list(alt) + rest, set(acc), done, k, cap)
            return
        if op is _C.SUBPATTERN:
            _expand(list(av[-1]) + rest, acc, done, k, cap)
            return
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, sub = av
            if lo == 0:
                _expand(rest, set(acc), done, k, cap)
            if _spaces(list(sub)):
                # a run of whitespace is one space, and the prefix goes on after it
                _expand([(_C.LITERAL, ord(" "))] + rest, set(acc), done, k, cap)
                return
            # One repetition, then stop: what follows a repeat is not enumerated.
            inner: set[str] = set()
            _expand(list(sub), set(acc), inner, k, cap)
            done |= inner
            return
        raise _Any
    done |= acc


def first_prefixes(pattern: str, flags: int = re.IGNORECASE) -> set[str] | None:
    """Lower-cased prefixes (up to K chars, whitespace runs as one space) that every match
    of `pattern` starts with; up to K_SHORT chars where the long ones would be too many
    (a number: "\\d{1,2}:\\d\\d"). None if any start is possible."""
    tree = list(_P.parse(pattern, flags))
    for k, cap in ((K, _MAX_LONG), (K_SHORT, _MAX)):
        done: set[str] = set()
        try:
            _expand(tree, {""}, done, k, cap)
        except _Any:
            continue
        return None if "" in done else done
    return None


def _trie_regex(words: set[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        if "" in node:
            # A shorter prefix is enough to trigger (the regex is used as a lookahead).
            return ""
        keys = sorted(node)
        alts = [re.escape(ch) + build(node[ch]) for ch in keys]
        if len(alts) == 1:
            return alts[0]
        if all(len(a) == len(re.escape(ch)) for a, ch in zip(alts, keys)):
            return "[" + "".join(alts) + "]"  # single characters: a class compiles faster
        return "(?:" + "|".join(alts) + ")"

    return build(trie)


def scanner(by_prefix: dict, always: list, boundary: str, width: int = SCAN) -> str:
    """The trigger regex (run on `fold`-ed text): a word start followed by a known prefix.

    Only the first `width` characters of the prefixes go into the regex: it stays small
    and compiles in about a millisecond, and the tagger checks the full prefixes (up to
    K characters) with dict lookups anyway.
    """
    if always:
        return boundary + r"(?=[\w'’$])"
    return boundary + "(?=" + _trie_regex({p[:width] for p in by_prefix}) + ")"


def required_words(pattern: str, flags: int = re.IGNORECASE) -> list[set[str]] | None:
    """Literal strings a match must contain: every match contains, for each set in the
    returned list, at least one of its strings (lower-cased). None if nothing is known.

    The tagger compiles a rule's regex only when the text can contain a match, so a short
    article does not pay for compiling rules it cannot need. Conservative like
    `first_prefixes`: any construct not understood contributes nothing.
    """
    try:
        out = [s for s in _necessary(list(_P.parse(pattern, flags))) if min(map(len, s)) >= MIN_WORD]
    except RecursionError:  # pragma: no cover
        return None
    return out or None


MIN_WORD = 2  # shorter necessary strings ("-", "1") select nothing


def _best(sets: list[set[str]]) -> set[str] | None:
    good = [s for s in sets if s]
    if not good:
        return None
    return max(good, key=lambda s: (min(map(len, s)), -len(s)))


def _necessary(items) -> list[set[str]]:
    """A conjunction of disjunctions of literal strings (see `required_words`)."""
    out: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _C.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            out.append({run})
            run = ""
        if op is _C.SUBPATTERN:
            out += _necessary(list(av[-1]))
        elif op is _C.BRANCH:
            alts = [_best(_necessary(list(a))) for a in av[1]]
            if all(a is not None for a in alts):
                out.append(set().union(*alts))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out += _necessary(list(av[2]))
        # anything else (classes, assertions, optional parts) requires nothing
    if run:
        out.append({run})
    return out
