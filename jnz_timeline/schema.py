"""The shape of events files and corpus indexes, as a table, and its checker.

Each record kind maps its keys to a field spec ``(kind, required)``. Kinds are
scalar checks (``text``, ``slug``, ``date`` ...), ``[kind]`` for a non-empty
list, or the name of another record. ``source`` is a union told apart by its
key (``article`` or ``url``). The checker reports every problem it finds, with
the location of the offending key or value, and a did-you-mean for unknown keys.
"""
from __future__ import annotations

import difflib
import re
from typing import Any

from . import dates
from .errors import Location, Problem
from .vocab import CONFIDENCE, event_types
from .yamlio import Map, Seq, where_of

REQ, OPT = True, False

RECORDS: dict[str, dict[str, tuple[str, bool]]] = {
    "events-file": {"timeline": ("timeline", REQ), "events": ("[event]", REQ)},
    "timeline": {
        "id": ("slug", REQ),
        "title": ("text", REQ),
        "parties": ("[text]", REQ),
        "articles": ("text", OPT),
        "description": ("text", OPT),
    },
    "event": {
        "id": ("slug", REQ),
        "date": ("event-date", REQ),
        "title": ("text", REQ),
        "summary": ("text", REQ),
        "type": ("event-type", REQ),
        "place": ("text", OPT),
        "actors": ("[actor]", OPT),
        "confidence": ("confidence", OPT),
        "confidence_note": ("text", OPT),
        "sources": ("[source]", REQ),
        "disputes": ("[dispute]", OPT),
        "notes": ("text", OPT),
    },
    "date-expression": {"expression": ("text", REQ), "article": ("slug", REQ)},
    "actor": {"name": ("text", REQ), "role": ("text", OPT), "country": ("text", OPT)},
    "article-source": {"article": ("slug", REQ), "quote": ("text", REQ), "date_text": ("text", OPT)},
    "url-source": {
        "url": ("url", REQ),
        "outlet": ("text", REQ),
        "published": ("date", OPT),
        "title": ("text", OPT),
        "note": ("text", OPT),
    },
    "dispute": {"topic": ("text", REQ), "claims": ("[claim]", REQ), "note": ("text", OPT)},
    "claim": {
        "claim": ("text", REQ),
        "source": ("source", OPT),
        "sources": ("[source]", OPT),
        "unsourced": ("text", OPT),
    },
    "corpus-file": {"articles": ("[article]", REQ)},
    "article": {
        "id": ("slug", REQ),
        "file": ("text", REQ),
        "title": ("text", REQ),
        "outlet": ("text", REQ),
        "url": ("url", OPT),
        "language": ("language", REQ),
        "published": ("publication", REQ),
        "received_as": ("text", OPT),
        "note": ("text", OPT),
    },
    "publication": {
        "date": ("day", OPT),
        "earliest": ("day", OPT),
        "latest": ("day", OPT),
        "likely": ("day", OPT),
        "unknown": ("bool", OPT),
        "evidence": ("text", REQ),
        "confidence": ("confidence", REQ),
    },
}

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_URL = re.compile(r"https?://[^\s<>\"]+")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_BOOL = {"true": True, "yes": True, "false": False, "no": False}


def check(value: Any, kind: str, where: Location) -> list[Problem]:
    """Every problem with `value` as a `kind`; empty when it fits the schema."""
    problems: list[Problem] = []
    _check(value, kind, where, problems)
    return problems


def _check(value: Any, kind: str, where: Location, out: list[Problem]) -> None:
    where = where_of(value, where)
    if kind.startswith("["):
        item_kind = kind[1:-1]
        if not isinstance(value, Seq):
            out.append(Problem(where, f"expected a list of {_plural(item_kind)}, got {_describe(value)}"))
            return
        if not value:
            out.append(Problem(where, f"the list of {_plural(item_kind)} is empty"))
        for item, item_where in zip(value, value.item_where):
            _check(item, item_kind, item_where, out)
        return
    if kind == "source":
        kind = _source_kind(value, where, out)
        if kind is None:
            return
    if kind == "event-date" and isinstance(value, Map):
        kind = "date-expression"
    if kind in RECORDS:
        _check_record(value, kind, where, out)
        return
    message = _SCALARS[kind](value)
    if message:
        out.append(Problem(where, message))


def _check_record(value: Any, kind: str, where: Location, out: list[Problem]) -> None:
    if not isinstance(value, Map):
        out.append(Problem(where, f"expected a mapping ({kind}), got {_describe(value)}"))
        return
    fields = RECORDS[kind]
    for key in value:
        if key not in fields:
            near = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else f"; expected one of: {', '.join(fields)}"
            out.append(Problem(value.key_where[key], f"unknown key {key!r} in {kind}{hint}"))
    for key, (field_kind, required) in fields.items():
        if key in value:
            if value[key] is None:
                out.append(Problem(value.value_where[key], f"{kind} field {key!r} is empty: give a value or leave the key out"))
                continue
            _check(value[key], field_kind, value.value_where[key], out)
        elif required:
            out.append(Problem(where, f"{kind} is missing required field {key!r}"))
    if kind == "publication":
        _check_publication(value, out)
    if kind == "claim" and sum(key in value for key in ("source", "sources", "unsourced")) != 1:
        out.append(Problem(value.where, "a claim needs exactly one of 'source', 'sources' or 'unsourced' (what is known of where it comes from)"))


def _check_publication(value: Map, out: list[Problem]) -> None:
    """Exactly one of: a day, a range (earliest and latest), or unknown (with any bound)."""
    has = {k for k in ("date", "earliest", "latest", "unknown") if value.get(k) not in (None, "false", "no")}
    if "date" in has and has != {"date"}:
        out.append(Problem(value.where, "publication: give either 'date' or a range/unknown, not both"))
    elif "unknown" not in has and "date" not in has and not {"earliest", "latest"} <= has:
        out.append(Problem(value.where, "publication: give 'date', both 'earliest' and 'latest', or 'unknown: true'"))
    bounds = {}
    for key in ("earliest", "likely", "latest"):
        try:
            bounds[key] = dates.parse_day(value[key]) if value.get(key) else None
        except dates.DateFormatError:
            return  # already reported as a field problem
    if bounds["earliest"] and bounds["latest"] and bounds["earliest"] > bounds["latest"]:
        out.append(Problem(value.where, "publication: 'earliest' is after 'latest'"))
    if bounds["likely"] and not (
        (bounds["earliest"] is None or bounds["earliest"] <= bounds["likely"])
        and (bounds["latest"] is None or bounds["likely"] <= bounds["latest"])
    ):
        out.append(Problem(value.value_where["likely"], "publication: 'likely' lies outside earliest..latest"))


def _source_kind(value: Any, where: Location, out: list[Problem]) -> str | None:
    if isinstance(value, Map):
        if "article" in value and "url" in value:
            out.append(Problem(where, "a source cites either a corpus 'article' (with a quote) or a 'url', not both"))
            return None
        if "article" in value:
            return "article-source"
        if "url" in value:
            return "url-source"
        out.append(Problem(where, "a source needs 'article' (a corpus article id, with 'quote') or 'url'"))
        return None
    out.append(Problem(where, f"expected a source mapping, got {_describe(value)}"))
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, (Map, Seq)):
        return f"expected text, got {_describe(value)}"
    if not str(value).strip():
        return "expected text, got an empty string"
    return None


def _matches(regex: re.Pattern, what: str):
    def check(value: Any) -> str | None:
        return _text(value) or (None if regex.fullmatch(str(value)) else f"{value!r} is not {what}")
    return check


def _date_with(parser, what: str = ""):
    def check(value: Any) -> str | None:
        if _text(value):
            return _text(value)
        try:
            parser(str(value))
        except dates.DateFormatError as exc:
            return str(exc) + (what if "is not a date" in str(exc) else "")
        return None
    return check


def _one_of(options, what: str):
    def check(value: Any) -> str | None:
        if _text(value):
            return _text(value)
        choices = options() if callable(options) else options
        if str(value) in choices:
            return None
        near = difflib.get_close_matches(str(value), list(choices), n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]!r}?" if near else f"; expected one of: {', '.join(choices)}"
        return f"unknown {what} {value!r}{hint}"
    return check


_SCALARS = {
    "text": _text,
    "slug": _matches(_SLUG, "an id (lower-case letters, digits and hyphens, like 2025-12-19-acsa-signed)"),
    "url": _matches(_URL, "an http(s) URL"),
    "language": _matches(_LANGUAGE, "a language code (like en, it, ja)"),
    "date": _date_with(dates.parse),
    "event-date": _date_with(dates.parse, " (or give {expression: ..., article: ...})"),
    "day": _date_with(dates.parse_day),
    "bool": lambda v: None if str(v).lower() in _BOOL else f"expected true or false, got {v!r}",
    "confidence": _one_of(CONFIDENCE, "confidence"),
    "event-type": _one_of(lambda: list(event_types()), "event type"),
}


def check_value(value: Any, kind: str) -> str | None:
    """What is wrong with one scalar `value` as a `kind` (slug, url, language ...), or None."""
    return _SCALARS[kind](value)


def as_bool(value: Any) -> bool:
    """The boolean a checked `bool` field holds."""
    return _BOOL.get(str(value).lower(), False)


def _plural(kind: str) -> str:
    return {"text": "texts", "event": "events", "actor": "actors", "source": "sources", "claim": "claims", "dispute": "disputes", "article": "articles"}.get(kind, kind)


def _describe(value: Any) -> str:
    if isinstance(value, Map):
        return "a mapping"
    if isinstance(value, Seq):
        return "a list"
    if value is None:
        return "nothing"
    return f"text {str(value)!r}"
