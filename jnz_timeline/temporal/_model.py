"""Data types shared by the tagger (phase 1) and the anchorer (phase 2)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Callable


class TemporalError(Exception):
    """Bad rule data, or a call the engine cannot serve (e.g. an unsupported language)."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class Told:
    """A clause tense already known (Mention.clause)."""

    __slots__ = ("value",)

    def __init__(self, value: str | None) -> None:
        self.value = value

    def __call__(self) -> str | None:
        return self.value

    def __reduce__(self):
        return Told, (self.value,)


@dataclass(frozen=True, slots=True)
class Mention:
    """Phase-1 output: a span with an *underspecified* value; never holds a date."""

    start: int
    end: int
    text: str
    type: str
    value: str  # underspecified template after group substitution, e.g. "weekday(5,0)"
    mod: str | None
    rule: str
    # The clause tense, worked out on first ask (most operations never ask): "past" |
    # "future" | "deferred" | "habitual:<one of those or empty>" | None.
    clause: Callable[[], str | None] = field(default_factory=lambda: Told(None), repr=False, compare=False)

    @property
    def tense(self) -> str | None:
        return self.clause()


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression found in a text, normalised against the publication date."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    precision: str
    rule: str
    explanation: str

    def to_dict(self) -> dict:
        return asdict(self)
