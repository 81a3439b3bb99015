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


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("target", ["articles/articles.yaml", "articles/wire-2024-03-08.txt", "events.yaml"])
def test_export_never_overwrites_an_input(sample, target):
    victim = sample.parent / target
    before = victim.read_bytes()
    result = runner.invoke(app, ["timeline", "export", "-e", str(sample), "-o", str(victim)])
    assert result.exit_code == 1 and "refusing to overwrite" in result.stderr
    assert victim.read_bytes() == before


def test_export_to_a_device_writes_through_it(sample):
    import os
    import stat

    result = runner.invoke(app, ["timeline", "export", "-e", str(sample), "-o", os.devnull])
    assert result.exit_code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # still the device, not a regular file


def test_export_dash_is_stdout(sample, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["timeline", "export", "-e", str(sample), "-o", "-", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["events"]
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("value", ["0000-01-01", "0999-12-31", "9999-12-31"])
def test_out_of_range_years_are_located_errors(sample, value):
    _edit(sample, "date: 2024-03-08\n", f"date: {value}\n")
    result = runner.invoke(app, ["validate", str(sample)])
    assert result.exit_code == 1 and "the year must be between" in result.stderr


def test_reference_dates_out_of_range_are_usage_errors():
    result = runner.invoke(app, ["dates", "-", "-p", "0000-01-01"], input="yesterday")
    assert result.exit_code == 2


def test_null_fields_are_located_not_crashes(sample):
    _edit(sample, "source: {url: https://example.org/other, outlet: Other Outlet}", "source:")
    result = runner.invoke(app, ["validate", str(sample)])
    assert result.exit_code == 1 and "field 'source' is empty" in result.stderr
    assert "internal error" not in result.stderr


def test_deep_nesting_is_refused(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 400 + "]" * 400 + "\n")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "nested more than" in result.stderr


def test_article_file_must_stay_inside_the_corpus(sample):
    _edit(sample.parent / "articles" / "articles.yaml", "file: herald-2024-03.txt", "file: ../events.yaml")
    result = runner.invoke(app, ["validate", str(sample)])
    assert "'file' must be a path inside the corpus folder" in result.stderr
    assert "unknown article 'herald-2024-03'" not in result.stderr  # no follow-on noise


def test_non_utf8_stdin_is_a_located_error():
    result = runner.invoke(app, ["dates", "-", "-p", "2025-12-19"], input=b"caf\xe9 tomorrow")
    assert result.exit_code == 1 and result.stderr.startswith("<stdin>:1:4: not valid UTF-8")


def test_markdown_keeps_numbers_and_hashes_literal(sample):
    _edit(sample, "title: Joint naval exercise", 'title: "1. Exercise #"')
    text = markdown.render(build(sample))
    assert "### Feb 2024: 1\\. Exercise \\#" in text
    assert "\\1" not in text
