"""Controlled vocabularies shipped as data."""
from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def event_types() -> dict[str, dict[str, str]]:
    """The event-type vocabulary: key -> {label, about}."""
    text = resources.files(__package__).joinpath("event_types.yaml").read_text("utf-8")
    return yaml.safe_load(text)


CONFIDENCE = ("high", "medium", "medium-low", "low")
