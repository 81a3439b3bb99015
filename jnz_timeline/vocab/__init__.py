"""Controlled vocabularies shipped as data."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_HERE = Path(__file__).resolve().parent


@cache
def event_types() -> dict[str, dict[str, str]]:
    """The event-type vocabulary: key -> {label, about}."""
    text = (_HERE / "event_types.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


CONFIDENCE = ("high", "medium", "medium-low", "low")
