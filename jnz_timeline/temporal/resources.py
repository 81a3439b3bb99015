"""Load the rule data of one language and compile it once.

Layout under ``rules/<lang>/`` (see ``rules/README.md`` for the grammar):

* ``patterns/<name>.txt``      one regex alternative per line, ``#`` comments;
* ``normalization/<name>.yaml`` a table ``surface -> canonical`` (keys lower case);
* ``rules/*.yaml``             the extraction rules, with runnable ``examples``.

In an ``extract`` pattern ``{name}`` refers to a pattern file or, failing that, to
the keys of a normalisation table (case-insensitive); ``{Name}`` with a capital
initial uses the table keys in Title and UPPER case only (case-sensitive), which keeps
"may" and "march" from being read as months. Alternatives are sorted longest-first
(HeidelTime's RePatternManager) so "Sept" is not shadowed by "Sep".
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources as importlib_resources

import yaml

from . import trigger
from ._model import TemporalError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_FIELDS = {"id", "type", "extract", "value", "mod", "examples", "reject_before", "reject_after",
           "priority", "note"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    extract: str
    value: str
    mod: str | None
    regex: re.Pattern
    reject_before: re.Pattern | None
    reject_after: re.Pattern | None
    priority: int
    examples: tuple = ()
    source: str = ""


@dataclass
class Grammar:
    lang: str
    patterns: dict[str, list[str]]
    tables: dict[str, dict[str, str]]
    rules: list[Rule]
    scanner: re.Pattern = field(repr=False)  # runs on trigger.fold(text)
    by_prefix: dict[str, list[Rule]] = field(repr=False, default_factory=dict)
    always: list[Rule] = field(repr=False, default_factory=list)


def _root(lang: str):
    root = importlib_resources.files("jnz_timeline.temporal") / "rules" / lang
    if not root.is_dir():
        raise TemporalError(f"no temporal rules for language {lang!r}")
    return root


def _read_yaml(path) -> object:
    try:
        # The C loader when PyYAML has it: rule loading is on the CLI's start-up path.
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (safe loader)
    except yaml.YAMLError as e:
        raise TemporalError(f"invalid YAML: {e}", source=str(path)) from None


def norm_key(s: str) -> str:
    """Lookup key of a surface form: lower case, single spaces, no dots."""
    return " ".join(s.lower().replace(".", "").replace("\u2019", "'").split())


def _key_regex(key: str) -> str:
    parts = re.split(r"([ -])", key)
    out = []
    for p in parts:
        if p == " ":
            out.append(r"\s+")
        elif p == "-":
            out.append(r"[- ]?")
        else:
            out.append(re.escape(p))
    return "".join(out)


class _Expander:
    def __init__(self, patterns: dict[str, list[str]], tables: dict[str, dict[str, str]]):
        self.patterns = patterns
        self.tables = tables
        self.cache: dict[str, str] = {}

    def ref(self, name: str, stack: tuple[str, ...], source: str) -> str:
        if name in self.cache:
            return self.cache[name]
        if name in stack:
            raise TemporalError(f"circular pattern reference {{{name}}}", source=source)
        if name in self.patterns:
            alts = [self.expand(a, stack + (name,), f"patterns/{name}.txt") for a in self.patterns[name]]
        elif name.lower() in self.tables:
            keys = self.tables[name.lower()].keys()
            if name[0].isupper():
                alts = sorted({_key_regex(k.title()) for k in keys} | {_key_regex(k.upper()) for k in keys},
                              key=len, reverse=True)
                out = "(?-i:" + "|".join(alts) + ")"
                self.cache[name] = out
                return out
            alts = [_key_regex(k) for k in keys]
        else:
            raise TemporalError(f"unknown pattern reference {{{name}}}", source=source)
        alts = sorted(set(alts), key=len, reverse=True)
        out = "(?:" + "|".join(alts) + ")"
        self.cache[name] = out
        return out

    def expand(self, pattern: str, stack: tuple[str, ...], source: str) -> str:
        return _REF.sub(lambda m: self.ref(m.group(1), stack, source), pattern)


def _load_patterns(root) -> dict[str, list[str]]:
    out = {}
    d = root / "patterns"
    if d.is_dir():
        for f in sorted(d.iterdir(), key=lambda p: p.name):
            if f.name.endswith(".txt"):
                lines = [ln.rstrip("\n") for ln in f.read_text(encoding="utf-8").splitlines()]
                out[f.name[:-4]] = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return out


def _load_tables(root) -> dict[str, dict[str, str]]:
    out = {}
    d = root / "normalization"
    if d.is_dir():
        for f in sorted(d.iterdir(), key=lambda p: p.name):
            if f.name.endswith(".yaml"):
                data = _read_yaml(f)
                if not isinstance(data, dict):
                    raise TemporalError("a normalisation table must be a mapping", source=f"normalization/{f.name}")
                out[f.name[:-5]] = {norm_key(str(k)): str(v) for k, v in data.items()}
    return out


_BOUND_L = r"(?<![\w'])"
_BOUND_R = r"(?![\w])"


def _compile_rule(raw: dict, expander: _Expander, source: str, tables) -> Rule:
    if not isinstance(raw, dict):
        raise TemporalError("each rule must be a mapping", source=source)
    unknown = set(raw) - _FIELDS
    if unknown:
        raise TemporalError(f"rule {raw.get('id')!r}: unknown field(s) {sorted(unknown)}", source=source)
    for req in ("id", "type", "extract", "value"):
        if req not in raw:
            raise TemporalError(f"rule {raw.get('id')!r}: missing field {req!r}", source=source)
    rid = str(raw["id"])
    if raw["type"] not in TYPES:
        raise TemporalError(f"rule {rid!r}: type must be one of {sorted(TYPES)}", source=source)
    body = expander.expand(str(raw["extract"]), (), f"{source}:{rid}")
    try:
        rx = re.compile(_BOUND_L + "(?:" + body + ")" + _BOUND_R, re.IGNORECASE)
        rb = re.compile("(?:" + raw["reject_before"] + r")\s*$", re.IGNORECASE) if raw.get("reject_before") else None
        ra = re.compile(r"\s*(?:" + raw["reject_after"] + ")", re.IGNORECASE) if raw.get("reject_after") else None
    except re.error as e:
        raise TemporalError(f"rule {rid!r}: bad regex: {e}", source=source) from None
    for fn, grp in re.findall(r"%([\w+]+)\((\d+)", str(raw["value"]) + " " + str(raw.get("mod") or "")):
        for t in fn.split("+"):
            if t not in ("raw", "num", "year") and t not in tables:
                raise TemporalError(f"rule {rid!r}: unknown normalisation table {t!r}", source=source)
        if int(grp) > rx.groups:
            raise TemporalError(f"rule {rid!r}: group {grp} does not exist", source=source)
    return Rule(rid, raw["type"], str(raw["extract"]), str(raw["value"]), raw.get("mod"), rx, rb, ra,
                int(raw.get("priority", 0)), tuple(raw.get("examples") or ()), source)


@functools.lru_cache(maxsize=None)
def grammar(lang: str = "en") -> Grammar:
    """The compiled rules of `lang` (cached: compiled once per process)."""
    root = _root(lang)
    patterns = _load_patterns(root)
    tables = _load_tables(root)
    expander = _Expander(patterns, tables)
    rules: list[Rule] = []
    seen: set[str] = set()
    rdir = root / "rules"
    for f in sorted(rdir.iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".yaml"):
            continue
        data = _read_yaml(f) or []
        if not isinstance(data, list):
            raise TemporalError("a rules file must be a list of rules", source=f"rules/{f.name}")
        for raw in data:
            rule = _compile_rule(raw, expander, f"rules/{f.name}", tables)
            if rule.id in seen:
                raise TemporalError(f"duplicate rule id {rule.id!r}", source=f"rules/{f.name}")
            seen.add(rule.id)
            rules.append(rule)
    # One scan over the text: a trie regex of the prefixes rules can start with
    # (trigger.py) finds the positions worth trying and the rules to try there.
    scanner, by_prefix, always = trigger.build(rules, _BOUND_L)
    order = {id(r): i for i, r in enumerate(rules)}
    by_prefix = {k: sorted(v, key=lambda r: order[id(r)]) for k, v in by_prefix.items()}
    return Grammar(lang, patterns, tables, rules, scanner, by_prefix, always)
