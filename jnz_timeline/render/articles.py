"""The corpus -> a rich table (for `jnz articles list`)."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text

from ..models import Dataset
from .common import one_line


def render(dataset: Dataset) -> Table:
    """One row per article: id, outlet, language, publication date with its confidence."""
    table = Table(title=one_line(f"{dataset.info.title}: article corpus"), expand=True)
    for name in ("id", "outlet", "lang", "published", "evidence"):
        table.add_column(name, ratio=2 if name == "evidence" else None)
    for article in dataset.articles.values():
        published = article.published
        table.add_row(
            Text(article.id), Text(one_line(article.outlet)), Text(article.language),
            Text(f"{published.label()}\n({published.confidence})"),
            Text(one_line(published.evidence), style="dim"),
        )
    return table
