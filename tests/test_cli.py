"""The command line: exit codes, stderr for diagnostics, data on stdout, files never damaged."""
import json
import os
from pathlib import Path

import pytest
from conftest import SAMPLE
from typer.testing import CliRunner

from jnz_timeline.cli import app

runner = CliRunner()


def run(*args, **kwargs):
    return runner.invoke(app, list(args), catch_exceptions=False, **kwargs)


def command_paths(group=app, prefix=()):
    from typer.main import get_command

    command = get_command(group)
    def walk(cmd, path):
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, path + (name,))
    return list(walk(command, prefix))


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "jnz")
def test_every_command_has_help(path):
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 4


def test_show_sample():
    result = run("timeline", "show", "--events", str(SAMPLE / "events.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "Freedonia–Sylvania defence relations" in result.stdout
    assert "6–7 Mar" in result.stdout


def test_show_uses_local_events_yaml(sample, monkeypatch):
    monkeypatch.chdir(sample.parent)
    result = run("timeline", "show", "--no-sources")
    assert "Freedonia–Sylvania" in result.stdout and "[1]" not in result.stdout


def test_show_filters():
    result = run("timeline", "show", "-e", str(SAMPLE / "events.yaml"), "--from", "2024-03-08", "--type", "agreement-signed")
    assert "Logistics agreement signed" in result.stdout and "Joint naval exercise" not in result.stdout


def test_bad_filter_date_is_a_usage_error():
    result = run("timeline", "show", "-e", str(SAMPLE / "events.yaml"), "--from", "2025-02-30")
    assert result.exit_code == 2
    assert "February 2025 has 28 days" in result.stderr


def test_export_json_to_stdout():
    result = run("timeline", "export", "--format", "json", "-e", str(SAMPLE / "events.yaml"))
    assert result.exit_code == 0 and result.stderr == ""
    document = json.loads(result.stdout)
    assert [e["id"] for e in document["events"]][0] == "2022-first-talks"


def test_export_markdown_to_file_atomically(sample, tmp_path):
    before = sample.read_bytes()
    out = tmp_path / "out" / "timeline.md"
    out.parent.mkdir()
    out.write_text("old")
    result = run("timeline", "export", "-f", "md", "-o", str(out), "-e", str(sample))
    assert result.exit_code == 0
    assert out.read_text().startswith("# Freedonia–Sylvania")
    assert sorted(os.listdir(out.parent)) == ["timeline.md"]  # no temporary file left behind
    assert sample.read_bytes() == before


def test_export_refuses_to_overwrite_the_events_file(sample):
    before = sample.read_bytes()
    result = run("timeline", "export", "-o", str(sample), "-e", str(sample))
    assert result.exit_code == 1 and "refusing to overwrite" in result.stderr
    assert sample.read_bytes() == before


def test_export_into_missing_folder_is_a_clean_error(sample, tmp_path):
    result = run("timeline", "export", "-o", str(tmp_path / "nope" / "t.md"), "-e", str(sample))
    assert result.exit_code == 1 and "cannot write" in result.stderr


def test_validate_ok_and_quiet():
    path = str(SAMPLE / "events.yaml")
    result = run("validate", path)
    assert result.exit_code == 0 and "valid: 5 events" in result.stderr and result.stdout == ""
    assert run("validate", "-q", path).stderr == ""


def test_validate_problems_are_located_on_stderr(sample):
    sample.write_text(sample.read_text().replace("type: exercise", "type: exercize"))
    result = run("validate", str(sample))
    assert result.exit_code == 1 and result.stdout == ""
    first = result.stderr.splitlines()[0]
    assert first.endswith("events.yaml:13:11: unknown event type 'exercize'; did you mean 'exercise'?")


def test_validate_missing_file_and_usage():
    result = run("validate", "does-not-exist.yaml")
    assert result.exit_code == 1 and "does-not-exist.yaml: no such file" in result.stderr
    assert run("validate", "--bogus").exit_code == 2


def test_show_refuses_invalid_data_with_locations(sample):
    sample.write_text(sample.read_text().replace("date: 2024-03-08\n", "date: 2024-02-30\n"))
    result = run("timeline", "show", "-e", str(sample))
    assert result.exit_code == 1
    assert "events.yaml:31:11: '2024-02-30' is not a valid date: February 2024 has 29 days" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_dates_json_contract(tmp_path):
    text = "They met on Friday and will meet again next week."
    path = tmp_path / "a.txt"
    path.write_text(text)
    result = run("dates", str(path), "--published", "2025-12-19", "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert records and all({"start", "end", "text", "type", "value"} <= set(r) for r in records)
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"]
    assert [r["value"] for r in records][0] == "2025-12-19"


def test_dates_needs_a_publication_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("on Friday")
    result = run("dates", str(path))
    assert result.exit_code == 1 and "no publication date" in result.stderr
    assert run("dates", str(path), "--published", "2025-12").exit_code == 2


def test_dates_corpus_article_uses_its_metadata():
    article = SAMPLE / "articles" / "wire-2024-03-08.txt"
    records = json.loads(run("dates", str(article), "--json").stdout)
    assert records[0]["file"] == str(article)
    assert any(r["text"] == "Friday" and r["value"] == "2024-03-08" for r in records)


def test_dates_corpus_article_with_uncertain_date_needs_choice():
    article = SAMPLE / "articles" / "herald-2024-03.txt"
    result = run("dates", str(article))
    assert result.exit_code == 1 and "2024-03-05..2024-03-06" in result.stderr


def test_dates_stdin_and_jsonl():
    result = run("dates", "-", "--published", "2025-12-19", "--jsonl", input="Tomorrow is Saturday.\n")
    line = json.loads(result.stdout.splitlines()[0])
    assert line["file"] == "<stdin>" and line["timexes"][0]["value"] == "2025-12-20"


def test_dates_human_table(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Last month they met.")
    result = run("dates", str(path), "-p", "2025-12-19")
    assert "2025-11" in result.stdout and "Last month" in result.stdout


def test_articles_list_and_register(tmp_path):
    listing = run("articles", "list", "-e", str(SAMPLE / "events.yaml"))
    assert "herald-2024-03" in listing.stdout and "2024-03-05..2024-03-06" in listing.stdout
    text = tmp_path / "new.txt"
    text.write_text("Title\n\nTokyo, Dec. 19 (Jiji Press)--x\n19 Dicembre 2025\n")
    stub = run("articles", "register", str(text), "--id", "new-one").stdout
    assert "id: new-one" in stub and "date: '2025-12-19'" in stub and "Jiji Press" in stub


def test_types_lists_the_vocabulary():
    assert "agreement-signed" in run("types").stdout


def test_version():
    assert run("--version").stdout.startswith("jnz ")


def test_filter_mistakes_are_usage_errors():
    path = str(SAMPLE / "events.yaml")
    result = run("timeline", "show", "-e", path, "--type", "sumit")
    assert result.exit_code == 2 and "did you mean 'summit'" in result.stderr
    result = run("timeline", "show", "-e", path, "--from", "2025", "--to", "2024")
    assert result.exit_code == 2 and "is after" in result.stderr


def test_register_checks_its_options(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("A title\n")
    assert run("articles", "register", str(text), "--id", "Not A Slug").exit_code == 2
    assert "language: FILL IN" in run("articles", "register", str(text)).stdout


def test_dates_on_a_corpus_folder_goes_past_articles_it_cannot_date():
    result = run("dates", str(SAMPLE / "articles"), "--jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(line["file"]).name for line in lines] == ["wire-2024-03-08.txt"]
    assert "herald-2024-03" in result.stderr and "not a single day" in result.stderr
    assert result.exit_code == 1


def test_show_and_help_do_not_import_what_they_do_not_use():
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from jnz_timeline.cli import app\n"
        "for args in (['--help'], ['timeline', 'show', '-e', sys.argv[1]]):\n"
        "    try:\n"
        "        app(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ['dateparser', 'pydantic', 'jnz_timeline.pubdate', 'jnz_timeline.temporal.build', 'jnz_timeline.render.markdown']\n"
        "print('HEAVY:' + ' '.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(SAMPLE / "events.yaml")], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "HEAVY:"
