"""Untrusted data: never executed, never styling the terminal, never breaking an export's structure."""
import json
import re

import pytest
from conftest import render_text
from typer.testing import CliRunner

from jnz_timeline.api import build
from jnz_timeline.cli import app
from jnz_timeline.render import markdown, terminal

runner = CliRunner()
HOSTILE_TITLE = "[bold red]Pwned[/] \x1b[31mred\x1b[0m \u202eevil | cell # x"


@pytest.fixture
def hostile(sample):
    text = sample.read_text(encoding="utf-8")
    text = text.replace("title: Joint naval exercise", f"title: {json.dumps(HOSTILE_TITLE)}")
    text = text.replace("summary: The two navies exercise together off the coast.",
                        "summary: \"- [click](javascript:alert(1)) <img src=x onerror=alert(1)> **b**\\n# Heading\"")
    sample.write_text(text, encoding="utf-8")
    return sample


def test_terminal_shows_markup_literally_and_escapes_control_codes(hostile):
    out = render_text(terminal.render(build(hostile)))
    assert "[bold red]Pwned[/]" in out
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31mred\\x1b[0m" in out and "\\u202eevil" in out


def test_cli_output_has_no_raw_escape_codes(hostile):
    result = runner.invoke(app, ["timeline", "show", "-e", str(hostile)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "\x1b[31m" not in result.stdout and "[bold red]Pwned[/]" in result.stdout


def test_markdown_escapes_structure(hostile):
    text = markdown.render(build(hostile))
    row = next(line for line in text.splitlines() if "Pwned" in line and line.startswith("|"))
    assert row.count(" | ") == 2  # still three cells: the data's | is escaped
    assert "evil \\| cell" in row
    assert not re.search(r"(?<!\\)<img", text) and "\\<img src=x onerror=alert(1)\\>" in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text)
    assert "\n# Heading" not in text and "\n- [click]" not in text


def test_yaml_code_tag_is_refused_via_cli(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("timeline: !!python/object/apply:os.system ['touch pwned']\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:1:11: YAML tag")
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_is_refused_quickly(tmp_path):
    levels = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    levels += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 10) + "]" for i in range(1, 9)]
    path = tmp_path / "events.yaml"
    path.write_text("\n".join(levels) + "\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "anchors (&name) are not allowed" in result.stderr


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "the file is empty"),
        (b"\xff\xfe bad", "not valid UTF-8"),
        (b"timeline: [unclosed\n", "YAML syntax"),
    ],
)
def test_bad_files_give_one_located_line(tmp_path, content, expected):
    path = tmp_path / "events.yaml"
    path.write_bytes(content)
    for args in (["validate", str(path)], ["timeline", "show", "-e", str(path)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1
        assert expected in result.stderr and result.stderr.startswith(str(path) + ":")
        assert "Traceback" not in result.stderr
    assert path.read_bytes() == content
