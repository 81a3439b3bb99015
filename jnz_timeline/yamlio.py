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
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
MAX_NODES = 200_000  # far above any real timeline; bounds work on hostile input


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


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "aliases (*name) are not allowed in jnz data", event.start_mark
            )
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                None, None, "anchors (&name) are not allowed in jnz data", event.start_mark
            )
        return super().compose_node(parent, index)


def where_of(value: Any, default: Location) -> Location:
    """The location of a Map or Seq, or `default` for a scalar."""
    return getattr(value, "where", default)


def loads(text: str, path: str | Path) -> Any:
    """Parse one YAML document from `text`; errors are LocatedError at `path`."""
    path = str(path)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _loc(path, mark) if mark else Location(path)
        message = exc.problem or exc.context or "invalid YAML"
        raise LocatedError(where, f"YAML syntax: {message}") from None
    except yaml.YAMLError as exc:  # e.g. a document stream with several documents
        raise LocatedError(Location(path), f"YAML: {exc}") from None
    if node is None:
        raise LocatedError(Location(path, 1, 1), "the file is empty")
    budget = [MAX_NODES]
    return _build(node, path, budget)


def load(path: str | Path) -> Any:
    """Read and parse a UTF-8 YAML file."""
    from .textio import read_text

    return loads(read_text(path), path)


def _build(node: yaml.Node, path: str, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise LocatedError(_loc(path, node.start_mark), "the document is too large")
    where = _loc(path, node.start_mark)
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _NULL and node.style is None:
            return None
        if node.tag in _TEXT_TAGS:
            return node.value
        raise LocatedError(where, f"YAML tag {node.tag!r} is not allowed")
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ:
            raise LocatedError(where, f"YAML tag {node.tag!r} is not allowed")
        seq = Seq(_build(item, path, budget) for item in node.value)
        seq.where = where
        seq.item_where = [_loc(path, item.start_mark) for item in node.value]
        return seq
    if isinstance(node, yaml.MappingNode):
        if node.tag != _MAP:
            raise LocatedError(where, f"YAML tag {node.tag!r} is not allowed")
        result = Map()
        result.where = where
        result.key_where = {}
        result.value_where = {}
        for key_node, value_node in node.value:
            key_where = _loc(path, key_node.start_mark)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise LocatedError(key_where, "merge keys (<<) are not allowed in jnz data")
            if not isinstance(key_node, yaml.ScalarNode):
                raise LocatedError(key_where, "a mapping key must be plain text")
            key = str(_build(key_node, path, budget))
            if key in result:
                first = result.key_where[key]
                raise LocatedError(key_where, f"duplicate key {key!r} (first at line {first.line})")
            result[key] = _build(value_node, path, budget)
            result.key_where[key] = key_where
            result.value_where[key] = _loc(path, value_node.start_mark)
        return result
    raise LocatedError(where, "unsupported YAML node")
