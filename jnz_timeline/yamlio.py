"""Read YAML safely, keeping where each value came from.

Only plain scalars, mappings and sequences are built; no constructor ever runs,
so tags such as ``!!python/object`` cannot execute anything. Anchors and aliases
are refused outright: data files need neither, and refusing them removes alias
bombs. Timestamps stay strings, so ``2025-12-19`` is read as it was written.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import Location, LocatedError

# Scalars stay text (so "2025-12-19", "NO" and "2022" read as written); the schema
# decides what a field's text means. Only a plain null becomes None.
_NULL = "tag:yaml.org,2002:null"
_TEXT_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp",
}
_NULL_WORDS = {"", "~", "null", "Null", "NULL"}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
MAX_NODES = 200_000  # far above any real timeline; bounds work on hostile input
MAX_DEPTH = 50  # likewise for nesting
# libyaml's parser when PyYAML was built with it (much faster); the same events either way.
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Map(dict):
    """A mapping that knows where it, each key and each value stand."""

    where: Location
    key_where: dict[str, Location]
    value_where: dict[str, Location]


class Seq(list):
    """A sequence that knows where it and each item stand."""

    where: Location
    item_where: list[Location]


def _loc(path: str, mark: Any) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


def where_of(value: Any, default: Location) -> Location:
    """The location of a Map or Seq, or `default` for a scalar."""
    return getattr(value, "where", default)


def loads(text: str, path: str | Path) -> Any:
    """Parse one YAML document from `text`; errors are LocatedError at `path`."""
    path = str(path)
    try:
        return _Builder(path).build(yaml.parse(text, Loader=_PARSER))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _loc(path, mark) if mark else Location(path)
        message = exc.problem or exc.context or "invalid YAML"
        raise LocatedError(where, f"YAML syntax: {message}") from None
    except yaml.YAMLError as exc:
        raise LocatedError(Location(path), f"YAML: {exc}") from None


def load(path: str | Path) -> Any:
    """Read and parse a UTF-8 YAML file."""
    from .textio import read_text

    return loads(read_text(path), path)


class _Builder:
    """Values from parser events: no composer and no constructor, so nothing but text is built."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.budget = MAX_NODES
        self.depth = 0

    def build(self, events) -> Any:
        events = iter(events)
        documents = 0
        result = None
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise LocatedError(self._at(event), "one YAML document per file; found a second one here")
                result = self._value(next(events), events)
        if documents == 0:
            raise LocatedError(Location(self.path, 1, 1), "the file is empty")
        return result

    def _at(self, event) -> Location:
        return _loc(self.path, event.start_mark)

    def _value(self, event, events) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise LocatedError(self._at(event), "the document is too large")
        if isinstance(event, yaml.AliasEvent):
            raise LocatedError(self._at(event), "aliases (*name) are not allowed in jnz data")
        if getattr(event, "anchor", None):
            raise LocatedError(self._at(event), "anchors (&name) are not allowed in jnz data")
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise LocatedError(self._at(event), f"nested more than {MAX_DEPTH} levels deep")
        try:
            return self._collection(event, events)
        finally:
            self.depth -= 1

    def _collection(self, event, events) -> Any:
        if isinstance(event, yaml.SequenceStartEvent):
            self._check_tag(event, _SEQ)
            seq = Seq()
            seq.where = self._at(event)
            seq.item_where = []
            for item in events:
                if isinstance(item, yaml.SequenceEndEvent):
                    return seq
                seq.item_where.append(self._at(item))
                seq.append(self._value(item, events))
        if isinstance(event, yaml.MappingStartEvent):
            self._check_tag(event, _MAP)
            return self._mapping(event, events)
        raise LocatedError(self._at(event), "unsupported YAML content")

    def _mapping(self, start, events) -> "Map":
        result = Map()
        result.where = self._at(start)
        result.key_where = {}
        result.value_where = {}
        for key_event in events:
            if isinstance(key_event, yaml.MappingEndEvent):
                return result
            key_where = self._at(key_event)
            if not isinstance(key_event, yaml.ScalarEvent):
                raise LocatedError(key_where, "a mapping key must be plain text")
            if key_event.value == "<<" and key_event.implicit[0]:
                raise LocatedError(key_where, "merge keys (<<) are not allowed in jnz data")
            key = str(self._value(key_event, events))
            if key in result:
                first = result.key_where[key]
                raise LocatedError(key_where, f"duplicate key {key!r} (first at line {first.line})")
            value_event = next(events)
            result.key_where[key] = key_where
            result.value_where[key] = self._at(value_event)
            result[key] = self._value(value_event, events)
        return result

    def _scalar(self, event) -> str | None:
        tag = event.tag
        if tag in (None, "!"):
            if event.implicit[0] and event.value in _NULL_WORDS:  # plain, not quoted
                return None
            return event.value
        if tag in _TEXT_TAGS:
            return event.value
        if tag == _NULL and event.value in _NULL_WORDS:
            return None
        raise LocatedError(self._at(event), f"YAML tag {tag!r} is not allowed")

    def _check_tag(self, event, allowed: str) -> None:
        if event.tag not in (None, "!", allowed):
            raise LocatedError(self._at(event), f"YAML tag {event.tag!r} is not allowed")
