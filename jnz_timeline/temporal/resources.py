"""The rules of one language, as the tagger uses them: loaded fast, compiled lazily.

The sources are ``rules/<lang>/`` (grammar in ``rules/README.md``); `build.py` checks
them, expands every ``{reference}`` and writes the generated file ``rules/<lang>.json``
(plain data). This module only reads that file: no YAML, no regex analysis.

Compiling a rule's regex costs ~0.2 ms; a short article needs fewer than half of the
rules, so each regex is compiled on first use, and only when the text contains the
literal words every match of the rule needs (`Rule.possible`).
"""
from __future__ import annotations

import json
import os
import re

from ._model import TemporalError


class Rule:
    """One extraction rule. ``regex`` and the reject regexes compile on first use."""

    __slots__ = ("id", "type", "value", "mod", "priority", "source", "pattern", "required",
                 "_rb", "_ra", "_nb", "_an", "_rx", "_rbx", "_rax", "_nbx", "_anx", "flags", "order")

    def __init__(self, row: tuple, flags: int, order: int = 0):
        (self.id, self.type, self.value, self.mod, self.priority, self.source, self.pattern,
         self._rb, self._ra, self._nb, self.required, self._an) = row
        self.flags = flags
        self.order = order  # place in the rule files: of two equal matches the earlier rule wins
        self._rx = self._rbx = self._rax = self._nbx = self._anx = None

    def __repr__(self) -> str:
        return f"Rule({self.id!r})"

    @property
    def regex(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    @property
    def reject_before(self) -> re.Pattern | None:
        if self._rbx is None and self._rb is not None:
            self._rbx = re.compile(self._rb, self.flags)
        return self._rbx

    @property
    def reject_after(self) -> re.Pattern | None:
        if self._rax is None and self._ra is not None:
            self._rax = re.compile(self._ra, self.flags)
        return self._rax

    @property
    def need_before(self) -> re.Pattern | None:
        if self._nbx is None and self._nb is not None:
            self._nbx = re.compile(self._nb, self.flags)
        return self._nbx

    @property
    def as_name(self) -> tuple[re.Pattern, re.Pattern | None] | None:
        """(cue, unless_before): where a text names someone with a word this rule matches."""
        if self._anx is None and self._an is not None:
            cue, unless = self._an
            self._anx = (re.compile(cue, self.flags), None if unless is None else re.compile(unless, self.flags))
        return self._anx

    def possible(self, folded: str) -> bool:
        """False if `folded` (see `tagger.fold`) lacks a word every match needs."""
        req = self.required
        return req is None or all(any(w in folded for w in words) for words in req)


class Grammar:
    """The rules of a language, with the trigger index (prefix -> rules to try there)."""

    def __init__(self, data: dict) -> None:
        self.lang: str = data["lang"]
        self.tables: dict[str, dict[str, str]] = data["tables"]
        self.rules: list[Rule] = [Rule(row, data["flags"], i) for i, row in enumerate(data["rules"])]
        self.k: int = data["k"]
        self.by_prefix: dict[str, tuple[Rule, ...]] = {}
        for idx, prefixes in data["prefixes"]:  # [[rule indices, prefixes that trigger them], ...]
            self.by_prefix.update(dict.fromkeys(prefixes, tuple(self.rules[i] for i in idx)))
        self.always: tuple[Rule, ...] = tuple(self.rules[i] for i in data["always"])
        self._scanner_src: str = data["scanner"]
        self._scanner: re.Pattern | None = None

    @property
    def scanner(self) -> re.Pattern:
        """Finds the word starts where some rule may match (runs on folded text)."""
        if self._scanner is None:
            self._scanner = re.compile(self._scanner_src)
        return self._scanner


_GRAMMARS: dict[str, Grammar] = {}


def grammar(lang: str = "en") -> Grammar:
    """The rules of `lang` (loaded once per process)."""
    g = _GRAMMARS.get(lang)
    if g is None:
        if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
            raise TemporalError(f"no temporal rules for language {lang!r}")
        g = _GRAMMARS[lang] = Grammar(json.loads(_read(f"{lang}.json")))
    return g


def _read(name: str) -> str:
    path = os.path.join(os.path.dirname(__file__), "rules", name)
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        pass
    except OSError:  # e.g. imported from a zip file: fall back to the resource API
        from importlib import resources as importlib_resources

        res = importlib_resources.files(__package__) / "rules" / name
        if res.is_file():
            return res.read_text(encoding="utf-8")
    lang = name.split(".")[0]
    raise TemporalError(f"no temporal rules for language {lang!r}")


def alternation(words: list[str]) -> str:
    """`words` as regex alternatives; an apostrophe matches a curly one too."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in words)


# A hyphen or dash in a key is a word break: "twenty-first", "twenty first", "April–June".
_DASHES = re.compile("[-\u2010\u2013\u2014]")


def norm_key(s: str) -> str:
    """Lookup key of a surface form: lower case, dashes as spaces, single spaces, no dots."""
    return " ".join(_DASHES.sub(" ", s.lower().replace(".", "").replace("\u2019", "'")).split())


class Deferred:
    """A regex not compiled yet: see `LazyRegexes`."""

    __slots__ = ("source", "flags")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags


class LazyRegexes:
    """Base of an object holding many regexes, of which one text seldom needs them all: an
    attribute set to a `Deferred` is compiled when first read, and from then on is a plain
    attribute (no cost per use). Compiling costs more than most short texts take to tag."""

    def __setattr__(self, name: str, value) -> None:
        # (a new dict each time: a copy of the object never changes the original's)
        deferred = dict(self.__dict__.get("_deferred", ()))
        if isinstance(value, Deferred):
            deferred[name] = value
            self.__dict__.pop(name, None)
        else:
            deferred.pop(name, None)
            self.__dict__[name] = value
        self.__dict__["_deferred"] = deferred

    def __getattr__(self, name: str):
        # The entry stays: two threads reading at once both compile, and neither finds the
        # attribute missing; a pattern that does not compile raises again on every read.
        deferred = self.__dict__.get("_deferred", {}).get(name)
        if deferred is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        rx = self.__dict__[name] = re.compile(deferred.source, deferred.flags)
        return rx
