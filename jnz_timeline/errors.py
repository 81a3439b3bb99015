"""Errors and located problems. Every message a user sees names where it applies."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a file: 1-based line and column; 0 means not known."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col or 1}"
        return self.path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the data, reported as `path:line:col: message`."""

    where: Location
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def sort_key(self) -> tuple:
        return (self.where.path, self.where.line, self.where.col, self.message)


class JnzError(Exception):
    """An error the CLI reports in one line and exits 1 on; never a traceback."""

    exit_code = 1


class LocatedError(JnzError):
    """An error at a place in a file."""

    def __init__(self, where: Location, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class DataError(JnzError):
    """The data has problems; all of them are carried, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems))
