"""The library calls behind the commands: each takes paths and values, returns data or raises JnzError."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import IO, Iterable, Iterator

from .errors import DataError, JnzError, Location, LocatedError
from .models import Article, Dataset, Timeline
from .timeline import Filters, build_timeline


def load_valid(path: str | Path) -> Dataset:
    """Load a dataset and check its integrity; raise DataError listing every problem."""
    from .load import load_dataset
    from .validate import integrity

    dataset, problems = load_dataset(path)
    if dataset is not None:
        problems += integrity(dataset)
    if problems or dataset is None:
        raise DataError(problems)
    return dataset


def build(path: str | Path, filters: Filters = Filters()) -> Timeline:
    """Load, check, resolve dates and assemble: the timeline of an events file."""
    from .resolve import resolve_dates

    dataset = load_valid(path)
    spans, problems = resolve_dates(dataset)
    if problems:
        raise DataError(problems)
    return build_timeline(dataset, spans, filters)


@dataclass(frozen=True)
class Document:
    """A text to tag with the date it is resolved against."""

    name: str
    text: str
    published: date

    def records(self) -> list[dict]:
        from .temporal import TemporalError, tag

        try:
            return [timex.to_dict() for timex in tag(self.text, self.published)]
        except (OverflowError, TemporalError) as exc:  # a reference date at the edge of the calendar
            raise LocatedError(Location(self.name), f"cannot resolve against {self.published.isoformat()}: {exc}") from None


def documents(names: Iterable[str], published: date | None, stdin: IO[bytes]) -> Iterator[Document | JnzError]:
    """Documents named on the command line: files, directories of .txt files, or '-' (read from `stdin`).

    A corpus article takes its publication date from the corpus index beside it;
    other texts take `published`; without either it is an error. A document that
    cannot be read is yielded as its error, so that a corpus run goes on past it.
    """
    from .textio import decode, read_text

    for name in names:
        if name == "-":
            if published is None:
                yield LocatedError(Location("<stdin>"), "no publication date: pass --published YYYY-MM-DD")
                continue
            try:
                yield Document("<stdin>", decode(stdin.read(), "<stdin>"), published)
            except JnzError as exc:
                yield exc
            continue
        path = Path(name)
        paths = sorted(p for p in path.iterdir() if p.suffix == ".txt") if path.is_dir() else [path]
        if path.is_dir() and not paths:
            yield LocatedError(Location(name), "no .txt files in this directory")
        for file in paths:
            try:
                yield Document(str(file), read_text(file), _reference_for(file, published))
            except JnzError as exc:
                yield exc


def _reference_for(file: Path, published: date | None) -> date:
    article = _corpus_article(file)
    if article is not None:
        pub = article.published
        if pub.exact:
            return pub.earliest
        if published is not None:
            return published
        raise LocatedError(
            Location(str(file)),
            f"corpus article {article.id!r}: its publication date, {pub.label()}, is not a single day; "
            "pass --published YYYY-MM-DD to choose the reference",
        )
    if published is None:
        raise LocatedError(Location(str(file)), "no publication date: pass --published YYYY-MM-DD (or list it in a corpus index)")
    return published


def _corpus_article(file: Path) -> Article | None:
    """The corpus entry for `file`, from an articles.yaml beside it, if there is one."""
    index = file.parent / "articles.yaml"
    if not index.is_file():
        return None
    corpus = _corpus(index.resolve())
    for article in corpus.articles.values():
        if article.path.resolve() == file.resolve():
            return article
    if corpus.problems:  # the index beside the file is broken: its metadata cannot be trusted
        raise DataError(corpus.problems)
    return None


@lru_cache(maxsize=8)
def _corpus(index: Path):
    """A corpus index, read once however many of its articles are tagged."""
    from .load import load_corpus

    return load_corpus(index)


def register_stub(
    file: Path, *, id: str | None = None, url: str | None = None, outlet: str | None = None, language: str | None = None
) -> str:
    """A corpus index entry for `file` as YAML text, with the publication date read from the text."""
    import yaml

    from . import pubdate
    from .textio import read_text

    text = read_text(file)
    if not text.strip():
        raise LocatedError(Location(str(file)), "the file is empty")
    found = pubdate.detect(text)
    days = sorted({e.day for e in found if e.day})
    evidence = "; ".join(e.describe() for e in found) or "none found in the text: fill in with evidence"
    published: dict = {"evidence": evidence}
    if len(days) == 1:
        published = {"date": days[0].isoformat(), **published, "confidence": "high"}
    elif days:
        published = {"earliest": days[0].isoformat(), "latest": days[-1].isoformat(), **published, "confidence": "low"}
    else:
        published = {"unknown": True, **published, "confidence": "low"}
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    entry = {
        "id": id or _slug(file.stem),
        "file": file.name,
        "title": title[:200],
        "outlet": outlet or "FILL IN",
        "url": url or "FILL IN",
        "language": language or "FILL IN",
        "published": published,
    }
    return yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=100)


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "article"
