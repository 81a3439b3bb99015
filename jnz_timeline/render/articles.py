"""The corpus -> rich renderables (for `jnz articles list`): one block per article."""
from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from ..models import Dataset
from .common import one_line, safe


def render(dataset: Dataset) -> RenderableType:
    """Each article: id and outlet, then its publication date with confidence and evidence."""
    parts: list[RenderableType] = [Text(f"{one_line(dataset.info.title)}: {len(dataset.articles)} articles", style="bold")]
    for article in dataset.articles.values():
        published = article.published
        head = Text(overflow="fold")
        head.append(article.id, style="bold cyan")
        head.append(f"  {one_line(article.outlet)} [{one_line(article.language)}]")
        body = Text(overflow="fold")
        body.append(f"{one_line(article.title)}\n")
        if article.url:
            body.append(f"{safe(article.url)}\n", style="blue")
        body.append(f"published {published.label()} ({published.confidence}): ", style="yellow")
        body.append(one_line(published.evidence), style="dim")
        parts.append(Padding(Group(head, Padding(body, (0, 0, 0, 2))), (1, 0, 0, 0)))
    return Group(*parts)
