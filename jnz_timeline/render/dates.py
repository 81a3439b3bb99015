"""Tagged documents -> a rich table per document (for `jnz dates`)."""
from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from .common import one_line


def render(document) -> RenderableType:
    """One document's expressions: offsets, text, type, value and how it was reached."""
    records = document.records()
    title = Text(f"{one_line(document.name)} (published {document.published.isoformat()}): {len(records)} expression{'' if len(records) == 1 else 's'}", style="bold")
    table = Table(show_lines=False, expand=True)
    for name, options in (("span", {"no_wrap": True}), ("text", {}), ("type", {"no_wrap": True}),
                          ("value", {"no_wrap": True}), ("rule", {}), ("how", {"ratio": 1})):
        table.add_column(name, **options)
    for r in records:
        value = r["value"] + (f" ({r['mod']})" if r.get("mod") else "")
        table.add_row(f"{r['start']}-{r['end']}", Text(one_line(r["text"])), r["type"], Text(value),
                      Text(one_line(r.get("rule") or "")), Text(one_line(r.get("explanation") or ""), style="dim"))
    return Group(title, table)
