"""Compile the human-edited rule sources into the generated module the tagger loads.

    python -m jnz_timeline.temporal.build [--check] [LANG ...]

The YAML and pattern files under ``rules/<lang>/`` are the source (grammar in
``rules/README.md``). Reading ~40 YAML files, expanding ``{references}`` and analysing
every regex for the trigger index costs ~100 ms, too much for the CLI's start-up, so
this script does it once and writes ``rules/<lang>.json``: plain data (expanded regex
strings, tables, trigger prefixes) that ``json`` loads in about a millisecond
(dateparser's ``write_complete_data.py`` idea; JSON rather than a generated module,
which would cost ~25 ms to compile wherever no ``.pyc`` can be written). The generated file is committed;
``tests/temporal/test_rules_data.py`` regenerates it in memory and fails when it is
stale. ``--check`` exits 1 instead of writing when a file would change.

The tagger never imports this module (nor PyYAML); tests and tools use `source`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path

import yaml

from . import trigger
from ..textio import write_atomic
from ._model import TemporalError
from .resources import norm_key

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_FIELDS = {"id", "type", "extract", "value", "mod", "examples", "reject_before", "reject_after",
           "need_before", "as_name", "priority", "note"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
# Not inside a word, nor after an apostrophe ("o'clock"), unless it opens a quotation: a
# single quote after a space, before a capital ("'This Christmas we ..."). The scanner
# reads lower-cased text, so it only keeps out the apostrophe inside a word. Nor a number
# inside a number ("11:11", "1.2080"): the minutes of a clock time rejected are no start of
# another.
BOUND_L = r"(?<!\w)(?!(?<=\d[:.])\d)(?:(?<!['’])|(?<=(?<!\S)['’])(?=(?-i:[A-Z])))"
SCAN_L = r"(?<!\w)(?<!\w['’])"
BOUND_R = r"(?![\w])"
FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class SourceRule:
    """A rule as read from the YAML, with its expanded and checked regex."""

    id: str
    type: str
    extract: str
    value: str
    mod: str | None
    pattern: str  # the full regex: boundaries + expanded extract
    reject_before: str | None  # full regexes, as compiled by the tagger
    reject_after: str | None
    need_before: str | None
    priority: int
    examples: tuple = ()
    source: str = ""
    as_name: tuple[str, str | None] | None = None  # (cue, unless_before), full regexes

    @property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern, FLAGS)


@dataclass
class Source:
    lang: str
    patterns: dict[str, list[str]]
    tables: dict[str, dict[str, str]]
    rules: list[SourceRule] = field(default_factory=list)


def _root(lang: str):
    if not re.fullmatch(r"[a-z]{2,3}", lang or ""):
        raise TemporalError(f"no temporal rules for language {lang!r}")
    root = importlib_resources.files("jnz_timeline.temporal") / "rules" / lang
    if not root.is_dir():
        raise TemporalError(f"no temporal rules for language {lang!r}")
    return root


def _read_yaml(path) -> object:
    text = path.read_text(encoding="utf-8")
    try:
        _no_duplicate_keys(yaml.compose(text, Loader=_LOADER), path)  # noqa: S506 (safe loader)
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 (safe loader)
    except yaml.YAMLError as e:
        raise TemporalError(f"invalid YAML: {e}", source=str(path)) from None


def _no_duplicate_keys(node, path) -> None:
    """Refuse a key written twice in one mapping: YAML would keep the last one silently."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                line = key.start_mark.line + 1
                if key.value in seen:
                    raise TemporalError(f"line {line}: duplicate key {key.value!r} (first at line {seen[key.value]})",
                                        source=str(path))
                seen[key.value] = line
            _no_duplicate_keys(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _no_duplicate_keys(item, path)


# Keys are written without dots; these words may carry one in the text ("St. Patrick's Day").
_ABBREVIATIONS = frozenset({"st", "jr", "sr", "mt", "ft"})


def _key_regex(key: str) -> str:
    """Regex of a lookup key, matching the surfaces `norm_key` folds onto it: a space or
    dash between words, any apostrophe, and a dot after an abbreviation ("St." Patrick's)."""
    words = key.split(" ")
    out = []
    for i, w in enumerate(words):
        out.append("['’]".join(re.escape(p) for p in w.split("'")))
        if i + 1 < len(words):
            if w.lower() in _ABBREVIATIONS:
                out.append(r"\.?")
            out.append("(?:\\s+|[-\u2010\u2013\u2014])")
    return "".join(out)


def _title(key: str) -> str:
    # str.title() would write "Patrick'S"; only the first letter of each word is raised.
    return re.sub(r"(^|[ -])([a-z])", lambda m: m.group(1) + m.group(2).upper(), key)


def _longest_first(alts: set[str]) -> list[str]:
    # Longest first (HeidelTime's RePatternManager), then alphabetical: deterministic output.
    return sorted(alts, key=lambda a: (-len(a), a))


class Expander:
    """Expands ``{name}`` references of a pattern (see rules/README.md)."""

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
                alts = _longest_first({_key_regex(_title(k)) for k in keys} | {_key_regex(k.upper()) for k in keys})
                out = "(?-i:" + "|".join(alts) + ")"
                self.cache[name] = out
                return out
            alts = [_key_regex(k) for k in keys]
        else:
            raise TemporalError(f"unknown pattern reference {{{name}}}", source=source)
        alts = _longest_first(set(alts))
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


# Normalisation tables whose values are lists of words split on spaces.
_WORD_LISTS = ("tense_words.yaml", "connector.yaml")


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
                # the clause finder reads cues of one word or two: a longer key would lie dead
                long = [str(k) for k in data if f.name == "tense_cue.yaml" and len(str(k).lstrip("@").split()) > 2]
                if long:
                    raise TemporalError(f"tense cue keys have one or two words, not {long}", source=f"normalization/{f.name}")
                # a word list is split on spaces, so quotes inside it are kept as part of the word
                quoted = [f"{k}: {w}" for k, v in data.items() if f.name in _WORD_LISTS
                          for w in str(v).split() if len(w) > 1 and w[0] == w[-1] == '"']
                if quoted:
                    raise TemporalError(f"words in a word list stand bare, without quotes: {quoted}", source=f"normalization/{f.name}")
    return out


def compile_rule(raw: dict, expander: Expander, source: str, tables) -> SourceRule:
    """Check one YAML rule and expand its regex; raises `TemporalError` on bad data."""
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
    pattern = BOUND_L + "(?:" + body + ")" + BOUND_R
    rb, ra, nb = (expander.expand(str(raw[k]), (), f"{source}:{rid}") if raw.get(k) else None
                  for k in ("reject_before", "reject_after", "need_before"))
    rb = "(?:" + rb + r")\s*$" if rb else None
    ra = r"\s*(?:" + ra + ")" if ra else None
    nb = "(?:" + nb + r")\s*$" if nb else None
    as_name = _as_name(raw.get("as_name"), expander, source, rid)
    try:
        rx = re.compile(pattern, FLAGS)
        for extra in (rb, ra, nb, *(as_name or ())):
            if extra is not None:
                re.compile(extra, FLAGS)
        if as_name is not None and re.compile(as_name[0], FLAGS).groups != 1:
            raise TemporalError(f"rule {rid!r}: as_name.cue needs exactly one group: the name", source=source)
    except re.error as e:
        raise TemporalError(f"rule {rid!r}: bad regex: {e}", source=source) from None
    for fn, grp in re.findall(r"%([\w+]+)\((\d+)", str(raw["value"]) + " " + str(raw.get("mod") or "")):
        for t in fn.split("+"):
            if t not in ("raw", "num", "year") and t not in tables:
                raise TemporalError(f"rule {rid!r}: unknown normalisation table {t!r}", source=source)
        if int(grp) > rx.groups:
            raise TemporalError(f"rule {rid!r}: group {grp} does not exist", source=source)
    mod = raw.get("mod")
    return SourceRule(rid, raw["type"], str(raw["extract"]), str(raw["value"]),
                      None if mod is None else str(mod), pattern, rb, ra, nb,
                      int(raw.get("priority", 0)), tuple(raw.get("examples") or ()), source, as_name)


def _as_name(spec, expander: Expander, source: str, rid: str) -> tuple[str, str | None] | None:
    """The ``as_name`` field: where a text uses a match's word as a name (``cue``, group 1),
    and the words before which it is still no name (``unless_before``)."""
    if spec is None:
        return None
    if not isinstance(spec, dict) or "cue" not in spec or set(spec) - {"cue", "unless_before"}:
        raise TemporalError(f"rule {rid!r}: as_name must be a mapping with 'cue' and optional 'unless_before'",
                            source=source)
    cue = expander.expand(str(spec["cue"]), (), f"{source}:{rid}")
    unless = spec.get("unless_before")
    unless = "(?:" + expander.expand(str(unless), (), f"{source}:{rid}") + r")\s*$" if unless else None
    return cue, unless


def source(lang: str = "en") -> Source:
    """Read and check the rule sources of `lang` (patterns, tables, rules with examples)."""
    root = _root(lang)
    patterns = _load_patterns(root)
    tables = _load_tables(root)
    expander = Expander(patterns, tables)
    out = Source(lang, patterns, tables)
    seen: set[str] = set()
    for f in sorted((root / "rules").iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".yaml"):
            continue
        data = _read_yaml(f) or []
        if not isinstance(data, list):
            raise TemporalError("a rules file must be a list of rules", source=f"rules/{f.name}")
        for raw in data:
            rule = compile_rule(raw, expander, f"rules/{f.name}", tables)
            if rule.id in seen:
                raise TemporalError(f"duplicate rule id {rule.id!r}", source=f"rules/{f.name}")
            seen.add(rule.id)
            out.rules.append(rule)
    return out


def render(lang: str = "en") -> str:
    """The text of the generated file ``rules/<lang>.json`` (deterministic)."""
    src = source(lang)
    # Trigger index: the first characters a rule can start with (see trigger.py).
    by_prefix: dict[str, list[int]] = {}
    always: list[int] = []
    for i, rule in enumerate(src.rules):
        prefixes = trigger.first_prefixes(rule.pattern, FLAGS)
        if prefixes is None:
            always.append(i)
            continue
        for p in prefixes:
            by_prefix.setdefault(p, []).append(i)
    rules = []
    for rule in src.rules:
        req = trigger.required_words(rule.pattern, FLAGS)
        req = None if req is None else [sorted(ws) for ws in req]
        rules.append([rule.id, rule.type, rule.value, rule.mod, rule.priority, rule.source, rule.pattern,
                      rule.reject_before, rule.reject_after, rule.need_before, req,
                      None if rule.as_name is None else list(rule.as_name)])
    head = {
        "generated_by": f"python -m jnz_timeline.temporal.build {lang} (do not edit: edit rules/{lang}/ instead)",
        "lang": lang,
        "k": trigger.K,
        "flags": int(FLAGS),
        "scanner": trigger.scanner(by_prefix, always, SCAN_L),
        "rule_fields": ["id", "type", "value", "mod", "priority", "source", "pattern",
                        "reject_before", "reject_after", "need_before", "required_words", "as_name"],
        "always": always,
    }

    def dump(x) -> str:
        return json.dumps(x, ensure_ascii=False)

    # One rule, prefix group or table per line: readable diffs when a rule changes.
    lines = ["{"] + [f"{dump(k)}: {dump(v)}," for k, v in head.items()]
    lines += ['"rules": [', ",\n".join(dump(r) for r in rules), "],"]
    # Prefixes grouped by the rules they trigger (5,000 prefixes share under 200 lists):
    # a third of the bytes to parse, and one tuple of rules per group when loaded.
    groups: dict[tuple[int, ...], list[str]] = {}
    for p in sorted(by_prefix):
        groups.setdefault(tuple(by_prefix[p]), []).append(p)
    lines += ['"prefixes": [', ",\n".join(dump([list(idx), ps]) for idx, ps in sorted(groups.items())), "],"]
    lines += ['"tables": {', ",\n".join(f"{dump(n)}: {dump(t)}" for n, t in src.tables.items()), "}", "}"]
    return "\n".join(lines) + "\n"


def target(lang: str) -> Path:
    return Path(__file__).resolve().parent / "rules" / f"{lang}.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m jnz_timeline.temporal.build", description=__doc__.splitlines()[0])
    ap.add_argument("langs", nargs="*", default=["en"])
    ap.add_argument("--check", action="store_true", help="exit 1 if a generated file is stale; write nothing")
    args = ap.parse_args(argv)
    stale = 0
    for lang in args.langs:
        try:
            text = render(lang)
        except TemporalError as e:  # a rule author's mistake: say where, no traceback
            print(f"error: {e}", file=sys.stderr)
            return 2
        path = target(lang)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            print(f"{path.name}: up to date")
            continue
        stale += 1
        if args.check:
            print(f"{path.name}: STALE (run python -m jnz_timeline.temporal.build {lang})")
        else:
            write_atomic(path, text)
            print(f"{path.name}: written")
    return 1 if (stale and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
