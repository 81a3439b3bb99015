"""Each renderer against its golden file. Run pytest with --update-golden to rewrite them."""
import json

import pytest
from conftest import DATA, SAMPLE, render_text

from jnz_timeline.api import build
from jnz_timeline.render import json as json_render
from jnz_timeline.render import markdown, terminal

GOLDEN = DATA / "golden"

RENDERERS = {
    "timeline.md": lambda t: markdown.render(t),
    "timeline.json": lambda t: json_render.render(t),
    "timeline.term.txt": lambda t: render_text(terminal.render(t), width=100),
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_golden(name, update_golden):
    output = RENDERERS[name](build(SAMPLE / "events.yaml"))
    path = GOLDEN / name
    if update_golden:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8")


def test_json_contract():
    document = json.loads(json_render.render(build(SAMPLE / "events.yaml")))
    events = document["events"]
    for event in events:
        assert {"id", "date", "earliest", "latest", "precision", "title", "sources"} <= set(event)
        assert event["sources"]
    assert [e["earliest"] for e in events] == sorted(e["earliest"] for e in events)
    month = next(e for e in events if e["id"] == "2024-02-joint-exercise")
    assert (month["date"], month["earliest"], month["latest"], month["precision"]) == ("2024-02", "2024-02-01", "2024-02-29", "month")


def test_markdown_shows_precision_ranges_and_disputes():
    text = markdown.render(build(SAMPLE / "events.yaml"))
    assert "| Feb 2024 |" in text and "| 6–7 Mar 2024 |" in text
    assert "> ⚠ **Disputed: Who signed for Sylvania**" in text
    assert "(URL only: not quote-checked)" in text


def test_terminal_shows_year_groups_and_ranges():
    text = render_text(terminal.render(build(SAMPLE / "events.yaml")), width=100)
    assert text.index("2022 ──") < text.index("2024 ──")
    assert "6–7 Mar" in text and "(range)" in text and "(month)" in text
    assert "⚠ disputed" in text
